"""The body map: front and back outlines (domain/bodymap.py, the same outline the medico-legal
report draws), each marked with her right and left; a click places the next numbered injury
marker, a drag moves one. Markers are kept in outline coordinates (0..1), so the report puts
them on the same spot."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from onestop.domain.bodymap import ASPECT, HEAD, OUTLINE
from onestop.domain.health import BodySide

MARGIN = 12
MARKER_RADIUS = 10


@dataclass(frozen=True)
class Marker:
    number: int
    side: BodySide
    x: float
    y: float


class BodyMap(QWidget):
    """``placed(marker)`` for a new marker, ``moved(marker)`` after a drag."""

    placed = Signal(object)
    moved = Signal(object)
    selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodyMap")
        self.setAccessibleName(self.tr("Body map"))
        self.setAccessibleDescription(
            self.tr("Front and back outlines. Click to place an injury marker; drag to move it.")
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 260)
        self.markers: list[Marker] = []
        self.read_only = False
        self._dragging: int | None = None

    def sizeHint(self) -> QSize:
        return QSize(420, 440)

    # -- geometry: each side gets half the width --

    def side_rect(self, side: BodySide) -> QRectF:
        w, h = self.width() / 2, float(self.height())
        box_h = min(h - 2 * MARGIN - 18, (w - 2 * MARGIN) / ASPECT)
        box_w = box_h * ASPECT
        left = (0 if side is BodySide.FRONT else w) + (w - box_w) / 2
        return QRectF(left, MARGIN + 18, box_w, box_h)

    def to_widget(self, side: BodySide, x: float, y: float) -> QPointF:
        r = self.side_rect(side)
        return QPointF(r.left() + x * r.width(), r.top() + y * r.height())

    def to_outline(self, point: QPointF) -> tuple[BodySide, float, float] | None:
        for side in BodySide:
            r = self.side_rect(side)
            if r.contains(point):
                return side, (point.x() - r.left()) / r.width(), (point.y() - r.top()) / r.height()
        return None

    def _inside_body(self, side: BodySide, x: float, y: float) -> bool:
        outline = QPolygonF([QPointF(px, py) for px, py in OUTLINE])
        if outline.containsPoint(QPointF(x, y), Qt.FillRule.OddEvenFill):
            return True
        cx, cy, rx, ry = HEAD
        return ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1.0

    # -- markers --

    def set_markers(self, markers: list[Marker]) -> None:
        self.markers = list(markers)
        self.update()

    def next_number(self) -> int:
        return max((m.number for m in self.markers), default=0) + 1

    def place(self, side: BodySide, x: float, y: float) -> Marker | None:
        """Place the next marker at outline coordinates (what a click does)."""
        if self.read_only or not self._inside_body(side, x, y):
            return None
        marker = Marker(self.next_number(), side, x, y)
        self.markers.append(marker)
        self.update()
        self.placed.emit(marker)
        return marker

    def remove(self, number: int) -> None:
        self.markers = [m for m in self.markers if m.number != number]
        self.update()

    def _marker_at(self, point: QPointF) -> int | None:
        for i, m in enumerate(self.markers):
            centre = self.to_widget(m.side, m.x, m.y)
            if (centre - point).manhattanLength() <= MARKER_RADIUS * 1.5:
                return i
        return None

    # -- mouse --

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self._marker_at(event.position())
        if hit is not None:
            self._dragging = None if self.read_only else hit
            self.selected.emit(self.markers[hit].number)
            return
        where = self.to_outline(event.position())
        if where is not None:
            self.place(*where)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging is None:
            return
        where = self.to_outline(event.position())
        if where is None or not self._inside_body(*where):
            return
        side, x, y = where
        self.markers[self._dragging] = replace(self.markers[self._dragging], side=side, x=x, y=y)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._dragging is not None:
            self.moved.emit(self.markers[self._dragging])
        self._dragging = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keyboard: Enter places a marker at the centre of the front view's chest, to be
        dragged or described; the injury table is the keyboard's way to edit them."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.place(BodySide.FRONT, 0.5, 0.3)
        else:
            super().keyPressEvent(event)

    # -- drawing --

    def sides(self, side: BodySide) -> tuple[tuple[str, Qt.AlignmentFlag], ...]:
        """Her right and left on an outline, at the top corners: seen from the front her
        right is on the viewer's left; seen from the back, on the viewer's right."""
        right, left = self.tr("Right"), self.tr("Left")
        start, end = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        if side is BodySide.FRONT:
            return ((right, start), (left, end))
        return ((left, start), (right, end))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        ink = self.palette().text().color()
        for side in BodySide:
            r = self.side_rect(side)
            p.setPen(ink)
            caption = self.tr("Front") if side is BodySide.FRONT else self.tr("Back")
            p.drawText(
                QRectF(r.left() - 40, MARGIN, r.width() + 80, 16),
                Qt.AlignmentFlag.AlignCenter,
                caption,
            )
            p.setPen(QPen(QColor("#6b7280"), 1.5))
            p.setBrush(QColor("#f3f4f6"))
            p.drawPolygon(QPolygonF([self.to_widget(side, x, y) for x, y in OUTLINE]))
            cx, cy, rx, ry = HEAD
            centre = self.to_widget(side, cx, cy)
            p.drawEllipse(centre, rx * r.width(), ry * r.height())
            p.setPen(ink)
            for text, align in self.sides(side):
                p.drawText(QRectF(r.left(), r.top(), r.width(), 16), align, text)
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        for m in self.markers:
            centre = self.to_widget(m.side, m.x, m.y)
            p.setPen(QPen(QColor("#ffffff"), 1.5))
            p.setBrush(QColor("#b00020"))
            p.drawEllipse(centre, MARKER_RADIUS, MARKER_RADIUS)
            p.drawText(
                QRectF(
                    centre.x() - MARKER_RADIUS,
                    centre.y() - MARKER_RADIUS,
                    2 * MARKER_RADIUS,
                    2 * MARKER_RADIUS,
                ),
                Qt.AlignmentFlag.AlignCenter,
                str(m.number),
            )
        p.end()
