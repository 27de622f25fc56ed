"""The quick-hide cover: a neutral screen that says nothing about the centre's work.

Any key or click leads on to the lock screen (the session is already locked underneath).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class CoverView(QWidget):
    leave = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cover")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Blank screen"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Press any key to continue"), self)
        label.setObjectName("coverHint")
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        layout.addWidget(label)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.leave.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.leave.emit()
