"""Where OneStop keeps things on this workstation (platformdirs), or under $ONESTOP_HOME.

Tests and the portable mode set ONESTOP_HOME so that nothing is written anywhere else.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "OneStop"


def home() -> Path | None:
    value = os.environ.get("ONESTOP_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    root = home()
    return root / "data" if root else Path(platformdirs.user_data_dir(APP, appauthor=False))


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
