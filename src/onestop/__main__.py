"""``python -m onestop`` and the ``onestop`` command: the desktop application by default,
the headless ``demo``, ``admin`` and ``export`` commands when one is named."""

import sys

CLI_OPTIONS = frozenset({"--version", "-h", "--help"})


def main() -> None:
    from onestop.paths import apply_portable

    argv = apply_portable(sys.argv[1:])
    # A command word (or --version, --help) is the command line; options alone (--vault DIR,
    # Qt's own) or nothing at all start the window.
    if argv and (not argv[0].startswith("-") or argv[0] in CLI_OPTIONS):
        from onestop.cli import main as cli_main

        sys.exit(cli_main(argv))
    from onestop.gui.app import run

    sys.exit(run(argv))


def cli() -> None:
    """``onestop-cli``: the command line only, never the window."""
    from onestop.cli import main as cli_main
    from onestop.paths import apply_portable

    sys.exit(cli_main(apply_portable(sys.argv[1:])))


if __name__ == "__main__":
    main()
