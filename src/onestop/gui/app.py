"""Start the desktop application: ``onestop [--vault DIR | --server URL]``.

``--server URL`` makes this computer a workstation of the centre's server
(services/workstation.py); the choice is kept in the workstation's preferences, so a plain
``onestop`` starts on that server again, until ``--vault DIR`` names a local vault."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from onestop import __version__, logs, paths
from onestop.errors import OneStopError

if TYPE_CHECKING:
    from onestop.services.workstation import WorkstationServer


def style_sheet() -> str:
    path = paths.resources() / "style" / "onestop.qss"
    return path.read_text("utf-8") if path.exists() else ""


def load_fonts() -> list[str]:
    """The fonts shipped for documents serve the screen too: every script a name may be
    written in (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Ethiopic, CJK) has a
    glyph, whatever the workstation has installed."""
    families: list[str] = []
    for path in sorted((paths.resources() / "fonts").glob("*.[ot]tf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return families


def forget_settings() -> None:
    """Keep Qt's own settings out of every file: the file dialogs write the folders and files
    last chosen (history, last visited) to ~/.config/QtProject.conf, or the registry, and a
    folder's name can name a survivor. Every QSettings is sent to an INI path that cannot be
    created, so nothing is read from or written to the disk; native dialogs (which keep their
    own recent-files lists) are not used."""
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    nowhere = str(Path(os.devnull) / "onestop-no-settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, nowhere)
        QSettings.setPath(QSettings.Format.NativeFormat, scope, nowhere)


def make_application(argv: Sequence[str] = ()) -> QApplication:
    forget_settings()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "onestop", *argv])
    app.setApplicationName("OneStop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.onestop.OneStop")
    app.setStyleSheet(style_sheet())
    from onestop.gui.language import install_english_plurals

    install_english_plurals(app)
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    shipped = load_fonts()
    # Devanagari first: other fonts hold a few of its characters without its shaping rules
    # (and Qt warns about each); Noto Sans Devanagari draws Latin in the same design.
    first = [f for f in ("Noto Sans Devanagari", "Noto Sans") if f in shipped]
    font.setFamilies([*first, *[f for f in shipped if f not in first], *font.families()])
    QApplication.setFont(font)
    return app


def chosen_server(given: str | None, vault: Path | None) -> WorkstationServer | None:
    """The server this start is a workstation of: ``--server URL`` (kept for the next
    start), else the one kept, unless ``--vault DIR`` names a local vault (the kept server is
    then forgotten). ValidationFailed, in words, for an address that cannot be used."""
    from onestop.gui import preferences

    if given is None:
        if vault is not None:
            preferences.keep_server("")
            return None
        kept = preferences.kept_server()
        if not kept:
            return None
    else:
        kept = given
    # Only for a workstation: it loads the database libraries (most of a second) before the
    # first window, which a local vault's start leaves to the background (gui.warm).
    from onestop.services.workstation import WorkstationServer

    server = WorkstationServer.parse(kept)
    if given is not None:
        preferences.keep_server(server.url())
    return server


def run(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="onestop", description="OneStop case manager.")
    parser.add_argument("--vault", type=Path, default=None, help="the vault folder")
    parser.add_argument(
        "--server",
        default=None,
        metavar="URL",
        help="a workstation of the centre's server: "
        "postgresql://LOGIN@HOST:PORT/DATABASE?sslrootcert=CA-FILE (no password in it)",
    )
    parser.add_argument("--lang", default=None, help="the interface's language: en, fr, es, ar")
    # For the start-up benchmark of a built program: print the monotonic clock once the first
    # window is painted, then quit (nothing is opened or written).
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    args, qt_args = parser.parse_known_args(list(argv))
    logs.setup()
    app = make_application(qt_args)
    from onestop.gui.language import chosen_language, install

    translators = install(app, chosen_language(args.lang))  # noqa: F841 - kept alive
    from onestop.gui.shell import Shell  # after the QApplication exists

    try:
        server = chosen_server(args.server, args.vault)
    except OneStopError as exc:
        from onestop.gui.dialogs import explain

        print(f"onestop: {explain(exc)}", file=sys.stderr)
        return 2
    if server is not None:
        shell = Shell(server.folder_in(paths.data_dir()), server=server)
    else:
        shell = Shell(args.vault or paths.default_vault())
    shell.show()
    shell.start()
    if args.startup_probe:
        import time

        from PySide6.QtCore import QTimer

        def painted() -> None:
            shell.repaint()
            print(time.monotonic(), flush=True)
            app.quit()

        QTimer.singleShot(0, painted)
    return int(app.exec())
