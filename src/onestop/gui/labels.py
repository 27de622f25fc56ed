"""Every value the screens show from a list (a type, a status, a purpose…) by its label in the
reader's language. The labels are written once, below the screens, in ``services.labels``
(context "Labels"), where the documents find them too; a value without one shows as its
stored word.
"""

from __future__ import annotations

from enum import Enum

from onestop.domain.clinical import Window
from onestop.gui.phrases import phrase
from onestop.services import labels


def label(value: Enum) -> str:
    """The translated label of a value from a list."""
    return phrase(labels.label(value))


def window_label(window: Window) -> str:
    """A clinical window's name on its countdown ("PEP", "Forensic: oral"…), translated."""
    return phrase(labels.window_label(window))


def document_title(name: str) -> str:
    """A document's name (a value of ``services.exports.DOCUMENT_NAMES``), translated."""
    return phrase(name)


def plan_heading(name: str) -> str:
    """A safety plan's heading ("safe_places"…), translated."""
    return phrase(labels.plan_heading(name))
