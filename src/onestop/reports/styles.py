"""The documents' paragraph styles: one body font chain, shaping on, sizes for print."""

from __future__ import annotations

from functools import cache

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from onestop.reports import fonts

INK = HexColor("#1a1a1a")
MUTED = HexColor("#555555")
RULE = HexColor("#999999")


@cache
def styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    body = ParagraphStyle(
        "body", fontName=fonts.BODY, fontSize=10, leading=13.5, textColor=INK, shaping=1
    )
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=MUTED),
        "label": ParagraphStyle("label", parent=body, fontName=fonts.BOLD, fontSize=9),
        # Counts in a table's column, and their total.
        "number": ParagraphStyle("number", parent=body, alignment=TA_RIGHT),
        "total": ParagraphStyle(
            "total", parent=body, fontName=fonts.BOLD, fontSize=9, alignment=TA_RIGHT
        ),
        "title": ParagraphStyle(
            "title", parent=body, fontName=fonts.BOLD, fontSize=16, leading=20, spaceAfter=6
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=13,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
    }
