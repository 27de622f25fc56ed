"""The documents' paragraph styles: one body font chain, shaping on, sizes for print."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from onestop.reports import fonts

INK = HexColor("#1a1a1a")
MUTED = HexColor("#555555")
RULE = HexColor("#999999")


_for_court: ContextVar[bool] = ContextVar("for_court", default=False)


@contextmanager
def court_print() -> Iterator[None]:
    """The documents built inside are printed as a court asks (Practice Direction 27A):
    body text 12 point at 1.5 line spacing, headings and table text to match."""
    token = _for_court.set(True)
    try:
        yield
    finally:
        _for_court.reset(token)


def styles() -> dict[str, ParagraphStyle]:
    """The styles of the document being built (a court's, inside :func:`court_print`)."""
    return _styles(_for_court.get())


@cache
def _styles(court: bool) -> dict[str, ParagraphStyle]:
    fonts.register()
    size = 12 if court else 10
    body = ParagraphStyle(
        "body",
        fontName=fonts.BODY,
        fontSize=size,
        leading=size * 1.5 if court else 13.5,
        textColor=INK,
        shaping=1,
    )
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=MUTED)
    return {
        "body": body,
        "small": small,
        # A table's cells: the small print, or for a court a size that can be read at arm's
        # length (a table of twelve-point cells no longer fits the page's width).
        "cell": ParagraphStyle("cell", parent=body, fontSize=9.5, leading=13.5, textColor=INK)
        if court
        else small,
        "label": ParagraphStyle(
            "label", parent=body, fontName=fonts.BOLD, fontSize=10 if court else 9
        ),
        # Counts in a table's column, and their total.
        "number": ParagraphStyle("number", parent=body, alignment=TA_RIGHT),
        "total": ParagraphStyle(
            "total", parent=body, fontName=fonts.BOLD, fontSize=9, alignment=TA_RIGHT
        ),
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=18 if court else 16,
            leading=22 if court else 20,
            spaceAfter=6,
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=14 if court else 13,
            leading=18 if court else 16,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=fonts.BOLD,
            fontSize=12.5 if court else 11,
            leading=17 if court else 14,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
    }
