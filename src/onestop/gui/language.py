"""The interface's language: the workstation's, or the one chosen (``--lang``, or the choice
kept in this workstation's settings), loaded at start-up from the compiled Qt Linguist files in
resources/translations/, with Qt's own strings (buttons of message boxes) in the same language.
A right-to-left language (Arabic) turns the whole layout around.

The choice is a preference of the workstation (QSettings), never survivor data.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from onestop.paths import config_dir, resources

SHIPPED = ("en", "fr", "es", "ar")  # English is the source text
# Each language by its own name, as a language menu shows them (never translated).
NATIVE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}
_installed: list[QTranslator] = []  # the translators in the application now
_current = ["en"]
RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur"})
SETTING = "interface/language"
# The locale a language's dates and numbers are written in, when not the language's default.
# Arabic: one digit system throughout, the Western digits 0-9. Qt's default Arabic (ar_EG)
# writes Arabic-Indic digits (٢٠٢٦), while every count, case reference, phone number and
# translated sentence is written with 0-9; the Arabic of the Gulf (ar_AE) writes 0-9 too.
LOCALES = {"ar": "ar_AE"}


def chosen_language(explicit: str | None = None) -> str:
    """The language to show: ``explicit``, else the one kept in settings, else the
    workstation's own if OneStop ships it, else English."""
    for candidate in (explicit, _kept()):
        if candidate:
            code = candidate.split("_")[0].lower()
            if code in SHIPPED:
                return code
    system = QLocale.system().name().split("_")[0].lower()
    return system if system in SHIPPED else "en"


def _settings() -> QSettings:
    """The workstation's preferences file (beside the program in portable mode)."""
    return QSettings(str(config_dir() / "settings.ini"), QSettings.Format.IniFormat)


def _kept() -> str:
    return str(_settings().value(SETTING, "") or "")


def keep_language(code: str) -> None:
    """Remember ``code`` for the next start on this workstation."""
    settings = _settings()
    settings.setValue(SETTING, code)
    settings.sync()


def current_language() -> str:
    return _current[0]


def install_english_plurals(app: QApplication) -> None:
    """English's plural forms ("1 case", "2 cases" for the source "%n case(s)"), beneath
    whatever language is installed next (Qt asks the translator installed last first). Done by
    :func:`install`, and at start-up before any language is chosen."""
    if _installed:
        return
    english = QTranslator(app)
    if english.load(str(resources() / "translations" / "onestop_en.qm")):
        app.installTranslator(english)
        _installed.append(english)


def install(app: QApplication, code: str) -> list[QTranslator]:
    """Load OneStop's and Qt's translations for ``code`` into ``app`` (in place of those of
    the language before) and set the layout direction; returns the translators installed.
    Every widget is sent a LanguageChange event: the forms translate themselves again."""
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(QLocale.system())
    installed = _installed
    install_english_plurals(app)
    if code != "en":
        ours = QTranslator(app)
        if ours.load(str(resources() / "translations" / f"onestop_{code}.qm")):
            app.installTranslator(ours)
            installed.append(ours)
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{code}", folder):
            app.installTranslator(qt)
            installed.append(qt)
    if code in LOCALES:
        QLocale.setDefault(QLocale(LOCALES[code]))
    elif code != QLocale.system().name().split("_")[0].lower():
        QLocale.setDefault(QLocale(code))  # dates and numbers as the language writes them
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
    )
    _current[0] = code
    return list(installed)
