"""``python -m onestop`` and the ``onestop`` command."""

import sys

from onestop.cli import main as cli_main


def main() -> None:
    sys.exit(cli_main(sys.argv[1:]))


if __name__ == "__main__":
    main()
