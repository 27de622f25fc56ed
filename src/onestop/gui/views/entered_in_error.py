"""Marking an incident or a health encounter as entered in error (or clearing the mark): the
reason, asked for.

Nothing is deleted: the service keeps the record and its history, and the reason is kept
with it. The dialog stays open with the service's message under the reason when it refuses
(an empty reason, a colleague's change since the file was opened); Escape cancels.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from onestop.gui.widgets.screen import report_errors


class EnteredInErrorDialog(QDialog):
    """Ask why; ``done`` (given the reason) does the marking and raises when refused."""

    def __init__(
        self,
        title: str,
        explanation: str,
        action: str,
        done: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enteredInErrorDialog")
        self.setWindowTitle(title)
        self._done = done
        col = QVBoxLayout(self)
        intro = QLabel(explanation, self)
        intro.setWordWrap(True)
        col.addWidget(intro)
        caption = QLabel(self.tr("&Reason"), self)
        col.addWidget(caption)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("errorReason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        caption.setBuddy(self.reason)
        col.addWidget(self.reason)
        self.message = QLabel(self)
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        col.addWidget(self.message)
        self.reason.textChanged.connect(lambda: self.message.clear())
        buttons = QDialogButtonBox(self)
        buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        self.reason.setFocus()

    def accept(self) -> None:
        with report_errors(self.message) as outcome:
            self._done(self.reason.toPlainText())
        if not outcome.failed:
            super().accept()
