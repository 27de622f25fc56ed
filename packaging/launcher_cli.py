"""The frozen build's command line: the same as ``onestop-cli`` (never the window)."""

from onestop.__main__ import cli

if __name__ == "__main__":
    cli()
