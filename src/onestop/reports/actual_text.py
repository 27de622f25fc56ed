"""The letters a reader copies out of a shaped word: each shaped run is drawn inside a marked
content span whose /ActualText is the text as typed (PDF 32000-1, 14.9.4).

A shaped word is drawn as glyphs, not letters: Arabic in its presentation forms and in visual
order (a lam-alef ligature is one glyph for two letters), Devanagari with a vowel sign drawn
before its consonant and conjuncts that stand for several letters. The fonts' ToUnicode maps
(``fonts.to_unicode_cmap``) give each glyph's letters, but not their order: a reader that
takes the glyphs in the order drawn copied "िप्रया" for "प्रिया", and one that reverses a
right-to-left run turned lam-alef into alef-lam. A prosecutor searching the PDF for her name
types the letters in the order she says them; the span says what the glyphs stand for, and
readers that honour it (PDFium, Acrobat, Ghostscript) give back exactly that. Readers that
ignore it still have the ToUnicode maps.

How: when a word is shaped (``fonts._shape``), each glyph's position data is tagged with the
text of the run it came from; the tag survives ReportLab joining and cutting the shaped
strings into lines. When a line is drawn, the glyphs are cut where the tag changes and each
tagged stretch is drawn inside ``/Span <</ActualText <FEFF…>>> BDC … EMC``, its text being the
letters of the clusters the stretch draws (a word cut by a line break gives each part its own
letters).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen.textobject import PDFTextObject


@dataclass(frozen=True, eq=False)
class Source:
    """The text one run of glyphs was shaped from, and where its clusters start in it."""

    text: str
    starts: tuple[int, ...]

    def letters(self, clusters: list[int]) -> str:
        """The letters of the clusters ``clusters`` (in any order): from the first one's start
        to the end of the last one, as typed."""
        first, last = min(clusters), max(clusters)
        after = bisect_right(self.starts, last)
        end = self.starts[after] if after < len(self.starts) else len(self.text)
        return self.text[first:end]


def mark(text: str, shaped: list[Any]) -> None:
    """Tag the glyphs of ``shaped`` (a shaped frag word: width, then (frag, glyphs) pairs)
    with ``text``, the letters they were shaped from, unless they spell it already (a Latin
    word kerned: the glyphs are the letters, in order, and need no span)."""
    pieces = [piece for _, piece in shaped[1:] if isinstance(piece, ShapedStr)]
    drawn = "".join(str(piece) for piece in pieces)
    if not pieces or drawn == text:
        return
    data = [sd for piece in pieces for sd in piece.__shapeData__]
    source = Source(text, tuple(sorted({sd.cluster for sd in data})))
    for sd in data:
        sd.source = source  # ReportLab's ShapeData is a namedtuple with a __dict__


def spans(text: ShapedStr) -> list[tuple[int, int, Source | None]]:
    """``text`` cut where its glyphs' source changes: (start, end, source or None)."""
    out: list[tuple[int, int, Source | None]] = []
    for k, sd in enumerate(text.__shapeData__[: len(text)]):
        source = getattr(sd, "source", None)
        if out and out[-1][2] is source:
            out[-1] = (out[-1][0], k + 1, source)
        else:
            out.append((k, k + 1, source))
    return out


@dataclass
class Span:
    start: int
    end: int
    actual: str | None  # the letters, in the order of the glyphs they replace; None: no span
    rtl: bool = False


def _spans(text: ShapedStr, rtl_paragraph: bool) -> list[Span]:
    """The stretches of ``text`` to draw, each with its span's text.

    A right-to-left run gives its letters reversed, in the order of the glyphs they replace:
    readers put a right-to-left line's characters into reading order themselves (PDFium, which
    OneStop's own preview uses, pypdf, pdf.js), and with the letters in reading order they
    turned "فاطمة" into "ةمطاف". Words of one direction separated by spaces share one span when
    the readers would otherwise break them apart: left-to-right words always (PDFium dropped
    the space between two spans of Devanagari), right-to-left words in a left-to-right
    paragraph (an Arabic name in an English sentence: PDFium read "سلامة علا" for "علا سلامة"
    from two spans), but not in a right-to-left paragraph, whose words PDFium orders itself.
    """
    out: list[Span] = []
    data = text.__shapeData__
    for start, end, source in spans(text):
        if source is None:
            out.append(Span(start, end, None))
            continue
        letters = source.letters([sd.cluster for sd in data[start:end]])
        rtl = right_to_left(letters)
        if rtl and rtl_paragraph:
            actual = runs_reversed(letters)
        else:
            actual = letters[::-1] if rtl else letters
        gap = out[-1] if out else None
        if (
            gap is not None
            and len(out) >= 2
            and gap.actual is None
            and str(text[gap.start : gap.end]).isspace()
            and out[-2].actual is not None
            and out[-2].rtl == rtl
            and not (rtl and rtl_paragraph)
        ):
            out.pop()
            joined = out[-1]
            joined.end = end
            joined.actual = f"{joined.actual}{text[gap.start : gap.end]}{actual}"
            continue
        out.append(Span(start, end, actual, rtl))
    return out


def runs_reversed(letters: str) -> str:
    """``letters`` with each run of right-to-left letters reversed where it stands, and
    everything else (combining marks, digits, punctuation) left in place.

    What an Arabic word in a right-to-left paragraph's span says, for PDFium: it puts the
    span's right-to-left letters back in reading order run by run and leaves the rest of the
    span where it is. With the whole span reversed, a vowel mark came out before its letter
    ("جعنُر" for "رُجعن"), a colon before the word it ends (":قلم" for "قلم:"), and
    Arabic-Indic digits backwards."""
    out, run = [], []
    for char in letters:
        if unicodedata.bidirectional(char) in ("R", "AL"):
            run.append(char)
            continue
        out += reversed(run)
        run = []
        out.append(char)
    out += reversed(run)
    return "".join(out)


def right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def utf16(text: str) -> str:
    """``text`` as a PDF text string in hexadecimal: UTF-16BE after its byte order mark."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


# Is the paragraph being drawn a right-to-left one? Set by text.Text while it draws.
_rtl_paragraph: ContextVar[bool] = ContextVar("rtl_paragraph", default=False)


@contextmanager
def drawing_paragraph(rtl: bool) -> Iterator[None]:
    token = _rtl_paragraph.set(rtl)
    try:
        yield
    finally:
        _rtl_paragraph.reset(token)


_reportlab_format = PDFTextObject._formatText


def format_text(self: PDFTextObject, text: Any) -> str:
    """ReportLab's ``_formatText`` (the operators that draw ``text``), each tagged stretch of a
    shaped string inside a span that gives its letters."""
    if not isinstance(text, ShapedStr) or text.__shapeData__ is None:
        return _reportlab_format(self, text)  # type: ignore[no-any-return]
    cut = _spans(text, _rtl_paragraph.get())
    if all(span.actual is None for span in cut):
        return _reportlab_format(self, text)  # type: ignore[no-any-return]
    out = []
    for span in cut:
        if text.__shapeData__[span.start].y_offset:
            # ReportLab raises a glyph by looking at the operator before it, and there is none
            # when a stretch starts with a raised glyph (a mark in Devanagari, in Arabic):
            # choosing the font again gives it one.
            self._curSubset = -1
        operators = _reportlab_format(self, text[span.start : span.end])
        if span.actual is None:
            out.append(operators)
        else:
            out.append(f"/Span <</ActualText {utf16(span.actual)}>> BDC {operators} EMC")
    return " ".join(out)


@cache
def install() -> None:
    """Draw shaped text with its spans, once per process."""
    PDFTextObject._formatText = format_text
