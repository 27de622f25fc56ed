"""The services' sentences shown in the reader's language (see onestop.i18n).

Kept apart from gui.labels, which imports the services: the sign-in window shows these
messages and must open without loading the vault's libraries.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from onestop.gui import fmt
from onestop.i18n import translated


def phrase(text: str) -> str:
    """A sentence written by the services, in the reader's language.

    A Phrase carries the English template that lupdate read from its ``QT_TRANSLATE_NOOP`` call
    (onestop.i18n): the template is translated by the translators installed in the
    application, then the values are put in, each translated in turn when it is itself a
    Phrase. Values typed by staff are never looked up. In a right-to-left interface (Arabic)
    each value put into a sentence (a name, a date, an agency, a reference) is kept in
    direction isolates (onestop.i18n.isolated), so a Latin value keeps its place in an Arabic
    line. In a left-to-right one the services' sentences are left as they are: there a value
    is at risk only when it is right to left and followed by digits, and the screen lines
    that put a person's name or an agency beside a number or a role isolate their values
    themselves, in every language. A day is written as the locale writes dates (gui.fmt.day).
    Plain text is shown as it is.
    """
    right_to_left = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # A day in a sentence as the screens write every other date (gui.fmt): one format on
    # screen, whether a date is in a column or in a reminder's words (issue 23).
    return translated(text, QCoreApplication.translate, isolate=right_to_left, day=fmt.day)
