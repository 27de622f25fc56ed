"""A bar chart drawn with QPainter: the manager's trends on her home screen.

QtCharts is not part of PySide6-Essentials; a bar chart of a dozen counts does not justify the
whole add-on set in every installation. The bars follow the palette (light, dark, high
contrast), scale with the font, and the numbers are in the accessible description and the
tooltip for a screen reader or a keyboard user.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class BarChart(QWidget):
    def __init__(
        self,
        title: str,
        bars: Sequence[tuple[str, int]],
        parent: QWidget | None = None,
        *,
        horizontal: bool = False,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.bars = list(bars)
        self.horizontal = horizontal
        self.setAccessibleName(title)
        described = "; ".join(f"{label}: {value}" for label, value in self.bars)
        self.setAccessibleDescription(described)
        self.setToolTip(f"{title}\n" + "\n".join(f"{lab}: {v}" for lab, v in self.bars))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so the reader says it
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        if self.horizontal:
            return QSize(40 * line, int(line * (2.5 + 1.6 * len(self.bars))))
        return QSize(40 * line, 14 * line)

    def minimumSizeHint(self) -> QSize:
        return QSize(20 * self.fontMetrics().height(), self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        bar = palette.color(QPalette.ColorRole.Highlight)
        metrics = self.fontMetrics()
        line = metrics.height()
        painter.setPen(text)
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.drawText(QRectF(0, 0, self.width(), line * 1.4), self.title)
        painter.setFont(self.font())
        top = line * 1.6
        peak = max((v for _, v in self.bars), default=0) or 1
        if self.horizontal:
            label_w = min(
                self.width() * 0.45,
                max((metrics.horizontalAdvance(b[0]) for b in self.bars), default=0) + line,
            )
            row = line * 1.6
            for i, (label, value) in enumerate(self.bars):
                y = top + i * row
                painter.setPen(text)
                painter.drawText(
                    QRectF(0, y, label_w - line * 0.5, row),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    metrics.elidedText(
                        label, Qt.TextElideMode.ElideRight, int(label_w - line * 0.5) + 1
                    ),
                )
                room = self.width() - label_w - line * 3
                length = room * value / peak
                painter.fillRect(QRectF(label_w, y + row * 0.2, length, row * 0.6), bar)
                painter.drawText(
                    QRectF(label_w + length + line * 0.3, y, line * 3, row),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    str(value),
                )
            painter.end()
            return
        bottom = self.height() - line * 1.4
        count = max(len(self.bars), 1)
        slot = self.width() / count
        axis = QColor(text)
        axis.setAlpha(90)
        painter.setPen(axis)
        painter.drawLine(0, int(bottom), self.width(), int(bottom))
        for i, (label, value) in enumerate(self.bars):
            x = i * slot
            height = (bottom - top - line) * value / peak
            painter.fillRect(QRectF(x + slot * 0.18, bottom - height, slot * 0.64, height), bar)
            painter.setPen(text)
            painter.drawText(
                QRectF(x, bottom - height - line, slot, line),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                str(value),
            )
            painter.drawText(
                QRectF(x, bottom + line * 0.2, slot, line),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(slot)),
            )
        painter.end()
