"""This workstation's preferences that are not its language: which centre server it is a
workstation of. Kept in the same preferences file as the language (QSettings, beside the
program in portable mode), never survivor data: a server's address and the path of the
centre's CA certificate."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from onestop.paths import config_dir

SERVER = "workstation/server"


def _settings() -> QSettings:
    return QSettings(str(config_dir() / "settings.ini"), QSettings.Format.IniFormat)


def kept_server() -> str:
    """The server URL this workstation was last started with, or "" for a local vault."""
    return str(_settings().value(SERVER, "") or "")


def keep_server(url: str) -> None:
    """Remember the server (a URL without a password), or forget it with ""."""
    settings = _settings()
    if url:
        settings.setValue(SERVER, url)
    else:
        settings.remove(SERVER)
    settings.sync()
