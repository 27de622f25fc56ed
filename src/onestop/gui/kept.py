"""Dialogs that keep what was typed in them when the screen is hidden or locked.

A shared workstation: F12, Ctrl+L, the idle lock or another person signing in may come while
any dialog is open. A dialog that holds typing implements :class:`KeepsDraft`; the shell
walks the application's windows at that moment (:func:`drafting_dialogs`), writes each one's
``keep_draft()`` to the vault as its author's private draft, closes the dialog (nothing is
submitted) and, when the same person is back, the workspace reopens it with ``restore``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from onestop.domain.roles import Section

DIALOG = "dialog:"  # the kind of every dialog's draft starts so


@dataclass(frozen=True)
class DialogDraft:
    """What a dialog keeps: ``kind`` says which dialog reopens it, ``reference`` the file it
    is about ("" for none), ``fields`` what was typed (JSON)."""

    kind: str
    section: Section
    reference: str
    fields: dict[str, Any]


@runtime_checkable
class KeepsDraft(Protocol):
    def keep_draft(self) -> DialogDraft | None:
        """What was typed, or None when nothing was."""

    def restore(self, fields: dict[str, Any]) -> None:
        """Put ``fields`` (from ``keep_draft``) back where they were typed."""


def drafting_dialogs(owner: QWidget) -> list[QDialog]:
    """The open dialogs of ``owner``'s window that keep a draft, outermost first."""
    found: list[QDialog] = []
    for window in QApplication.topLevelWidgets():
        if (
            isinstance(window, QDialog)
            and isinstance(window, KeepsDraft)
            and window.isVisible()
            and belongs_to(window, owner)
        ):
            found.append(window)
    return found


def belongs_to(widget: QWidget, owner: QWidget) -> bool:
    """``widget`` is ``owner`` or inside it, or in a dialog opened from it."""
    parent: QWidget | None = widget
    while parent is not None:
        if parent is owner:
            return True
        parent = parent.parentWidget()
    return False
