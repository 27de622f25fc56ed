"""The services' sentences shown in the reader's language (see onestop.i18n).

Kept apart from gui.labels, which imports the services: the sign-in window shows these
messages and must open without loading the vault's libraries.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from onestop.i18n import translated


def phrase(text: str) -> str:
    """A sentence written by the services, in the reader's language.

    A Phrase carries the English template that lupdate read from its ``QT_TRANSLATE_NOOP`` call
    (onestop.i18n): the template is translated by the translators installed in the
    application, then the values are put in, each translated in turn when it is itself a
    Phrase. Values typed by staff are never looked up, and each value put into a sentence (a
    name, a date, an agency) is kept in direction isolates (onestop.i18n.isolated), so a
    Latin value in an Arabic line, or an Arabic name in an English one, keeps its place.
    Plain text is shown as it is.
    """
    return translated(text, QCoreApplication.translate, isolate=True)
