"""A form that shows each validation message under the field it is about.

Services raise ``ValidationFailed`` with ``fields`` (field name → message); ``show(exc)`` puts
each message under its field, in red, and focuses the first field at fault. A message about a
field the form does not show goes to the form's general message line.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from onestop.errors import OneStopError, ValidationFailed
from onestop.gui.dialogs import explain
from onestop.gui.phrases import phrase
from onestop.gui.widgets.controls import mark_as_error
from onestop.gui.widgets.dates import MomentEdit


class InlineForm(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.layout_ = QFormLayout()
        outer.addLayout(self.layout_)
        self.message = QLabel(self)
        self.message.setObjectName(f"{name}Message")
        self.message.setWordWrap(True)
        mark_as_error(self.message)
        self.message.hide()
        outer.addWidget(self.message)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def add(self, key: str, label: str, widget: QWidget) -> QWidget:
        """A row ``label`` (with its & mnemonic) for ``widget``, with room for its message."""
        box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        widget.setParent(box)
        col.addWidget(widget)
        error = QLabel(box)
        error.setObjectName(f"{key}Error")
        error.setWordWrap(True)
        mark_as_error(error)
        error.hide()
        col.addWidget(error)
        self.layout_.addRow(label, box)
        buddy = self.layout_.labelForField(box)
        if isinstance(buddy, QLabel):
            buddy.setBuddy(_focus_taker(widget))
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", ""))
        self.fields[key] = widget
        self.errors[key] = error
        _on_change(widget, lambda *_: self.clear_error(key))
        return widget

    def clear_error(self, key: str) -> None:
        """A field's message is about what was typed before: it goes when the field changes."""
        label = self.errors.get(key)
        if label is not None and not label.isHidden():
            label.clear()
            label.hide()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.message.clear()
        self.message.hide()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_error(self, exc: BaseException) -> None:
        """Each field's message under it; anything else on the general line."""
        self.clear_errors()
        if not isinstance(exc, OneStopError):
            self.say(explain(exc))
            return
        fields = exc.fields if isinstance(exc, ValidationFailed) else {}
        rest: list[str] = []
        first: QWidget | None = None
        for key, text in fields.items():
            label = self.errors.get(key)
            if label is None:
                rest.append(phrase(text))
                continue
            label.setText(phrase(text))
            label.show()
            if first is None:
                first = self.fields[key]
        if not fields:
            rest.append(explain(exc))
        self.say(" ".join(rest))
        if first is not None:
            first.setFocus()

    def error_text(self, key: str) -> str:
        label = self.errors.get(key)
        return label.text() if label is not None and not label.isHidden() else ""


def _focus_taker(widget: QWidget) -> QWidget:
    """The widget that takes the focus for ``widget`` (its focus proxy's, for a compound
    field): a label's mnemonic focuses its buddy only if the buddy itself accepts focus."""
    while (proxy := widget.focusProxy()) is not None:
        widget = proxy
    return widget


def _on_change(widget: QWidget, slot: Callable[..., None]) -> None:
    """Connect the signal that says ``widget``'s value changed (by the person or the code)."""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
        if widget.isEditable():
            widget.editTextChanged.connect(slot)
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(slot)
    elif isinstance(widget, QDateTimeEdit | MomentEdit):
        widget.dateTimeChanged.connect(slot)
    elif isinstance(widget, QSpinBox):
        widget.valueChanged.connect(slot)
