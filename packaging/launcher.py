"""The frozen build's entry point: the same as ``onestop`` (the window, or a command)."""

from onestop.__main__ import main

if __name__ == "__main__":
    main()
