"""Render packaging/icons/onestop.svg into the icon sizes desktops use, and a Windows .ico.

Run after changing the SVG (the PNGs and the .ico are kept in git, so a build needs no tool).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "packaging" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def main() -> int:
    QGuiApplication(sys.argv[:1])
    svg = ICONS / "onestop.svg"
    for size in SIZES:
        folder = ICONS / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "org.onestop.OneStop.png").write_bytes(render(svg, size))
    largest = Image.open(io.BytesIO(render(svg, 256)))
    largest.save(ICONS / "onestop.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    print(f"{len(SIZES)} sizes and onestop.ico in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
