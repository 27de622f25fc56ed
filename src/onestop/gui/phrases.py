"""The services' sentences shown in the reader's language (see onestop.i18n).

Kept apart from gui.labels, which imports the services: the sign-in window shows these
messages and must open without loading the vault's libraries.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from onestop.i18n import Phrase


def phrase(text: str) -> str:
    """A sentence written by the services, in the reader's language.

    A Phrase carries the English template that lupdate read from its ``QT_TRANSLATE_NOOP`` call
    (onestop.i18n): the template is translated, then the values are put in, each translated in
    turn when it is itself a Phrase. Values typed by staff are never looked up. Plain text is
    shown as it is. A translation that does not fit its values falls back to the English.
    """
    if not isinstance(text, Phrase):
        return text
    values = {k: phrase(v) if isinstance(v, str) else v for k, v in text.params.items()}
    template = text.template
    if text.context:
        # The one translate() of a variable: its sources were marked for lupdate where they
        # were written, by QT_TRANSLATE_NOOP in the Qt-free layers.
        template = QCoreApplication.translate(text.context, text.template)  # noqa: translated-variable
    if not values:
        return template
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return str(text)
