"""Password boxes that notice Caps Lock, the way people notice it: letters of the wrong case.

Qt has no portable query for the Caps Lock key, so the box watches what is typed: an upper-case
letter without Shift, or a lower-case one with Shift, means Caps Lock is on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit


class CapsLockWatch(QObject):
    changed = Signal(bool)

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.on = False
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            text = event.text()
            if len(text) == 1 and text.isalpha() and text.upper() != text.lower():
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                on = text.isupper() != shift
                if on != self.on:
                    self.on = on
                    self.changed.emit(on)
            elif event.key() == Qt.Key.Key_CapsLock:
                self.on = not self.on
                self.changed.emit(self.on)
        return False
