"""Where OneStop keeps things on this workstation (platformdirs), or under $ONESTOP_HOME.

Tests and the portable mode set ONESTOP_HOME so that nothing is written anywhere else.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP = "OneStop"


def home() -> Path | None:
    value = os.environ.get("ONESTOP_HOME")
    return Path(value) if value else None


PORTABLE_FLAG = "--portable"
PORTABLE_MARKER = "onestop-portable.txt"  # beside the program: portable without the flag
PORTABLE_FOLDER = "OneStop-data"


def program_folder() -> Path:
    """The folder of the running program: the frozen build's, or the launching script's."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0]).resolve().parent


def apply_portable(argv: list[str], folder: Path | None = None) -> list[str]:
    """Portable mode (a USB stick kept in a safe): with ``--portable`` among the arguments, or
    a file ``onestop-portable.txt`` beside the program, everything (vault, settings, logs) is
    kept in ``OneStop-data`` beside the program and nothing on the workstation. Returns the
    arguments without the flag."""
    folder = folder or program_folder()
    wanted = PORTABLE_FLAG in argv or (folder / PORTABLE_MARKER).is_file()
    if wanted:
        os.environ["ONESTOP_HOME"] = str(folder / PORTABLE_FOLDER)
    return [a for a in argv if a != PORTABLE_FLAG]


def data_dir() -> Path:
    root = home()
    return root / "data" if root else Path(platformdirs.user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    """This workstation's preferences (the interface's language): never survivor data."""
    root = home()
    return root / "config" if root else Path(platformdirs.user_config_dir(APP, appauthor=False))


def log_dir() -> Path:
    root = home()
    return root / "logs" if root else Path(platformdirs.user_log_dir(APP, appauthor=False))


def default_vault() -> Path:
    return data_dir() / "vault"


def resources() -> Path:
    """The read-only files shipped with OneStop (fonts, icons, instruments, translations):
    inside the installed package, or the source checkout's ``resources/`` folder."""
    package = Path(__file__).resolve().parent
    packaged = package / "resources"
    return packaged if packaged.is_dir() else package.parents[1] / "resources"
