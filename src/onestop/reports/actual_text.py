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
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from typing import Any

from bidi.mirror import MIRRORED
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import paragraph


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
    out: list[str] = []
    run: list[str] = []
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


# Is the paragraph being drawn a right-to-left one? Set by text.Text while it draws, with the
# text of each of its lines in logical order when they are given whole (``_whole_lines``).
_rtl_paragraph: ContextVar[bool] = ContextVar("rtl_paragraph", default=False)
_line_texts: ContextVar[list[str] | None] = ContextVar("line_texts", default=None)
_in_whole_line: ContextVar[bool] = ContextVar("in_whole_line", default=False)


@contextmanager
def drawing_paragraph(rtl: bool, lines: Sequence[str] = ()) -> Iterator[None]:
    """Draw a paragraph (right to left or not); ``lines``: the text of each of its lines in
    logical order, each line then drawn inside one span that gives it whole."""
    token = _rtl_paragraph.set(rtl)
    lines_token = _line_texts.set(list(lines) or None)
    try:
        yield
    finally:
        _line_texts.reset(lines_token)
        _rtl_paragraph.reset(token)


def _segments(text: str) -> list[tuple[str, str]]:
    """``text`` cut as PDFium cuts a line: runs of left-to-right letters ("L"), of
    right-to-left letters ("R"), of digits, marks and number punctuation ("W"), and of the rest
    ("N"); each (kind, run)."""
    out: list[tuple[str, str]] = []
    for char in text:
        bidi = unicodedata.bidirectional(char)
        kind = (
            "L"
            if bidi == "L"
            else "R"
            if bidi in ("R", "AL")
            else "W"
            if bidi in ("AN", "EN", "NSM", "CS", "ES", "ET", "BN")
            else "N"
        )
        if out and out[-1][0] == kind:
            out[-1] = (kind, out[-1][1] + char)
        else:
            out.append((kind, char))
    return out


def whole_line(logical: str, drawn_from_the_right: bool = True) -> str:
    """What a span around a whole line of a right-to-left paragraph says, so that PDFium gives
    ``logical`` back.

    PDFium reads such a span by the direction of the line's first drawn run
    (``drawn_from_the_right``: it has right-to-left letters) and by whether the line holds
    more runs of right-to-left letters than of left-to-right ones. Its rules are not the
    Unicode bidirectional algorithm; these were found by reading PDFium's text back, on random
    lines of Arabic and Latin words, numbers, punctuation and brackets:

    - a right-to-left run first and more right-to-left runs (most lines of an Arabic
      document): PDFium reverses each run where it stands and mirrors the brackets it meets
      while reading right to left; the span gives each run reversed, those brackets mirrored;
    - a left-to-right run first (a line that ends in a number or a Latin name) and more
      right-to-left runs: the same, in the opposite order;
    - a right-to-left run first and fewer: PDFium reverses the span whole;
    - a left-to-right run first and fewer (a line of Latin names after an Arabic label):
      PDFium gives the span as it stands."""
    cut = _segments(logical)
    right = sum(1 for kind, _ in cut if kind == "R")
    left = sum(1 for kind, _ in cut if kind == "L")
    if right <= left:
        return logical[::-1] if drawn_from_the_right else logical
    out: list[str] = []
    reading = "R"
    for kind, run in cut:
        if kind in ("R", "L"):
            reading = kind
        if kind == "N" and reading == "R":
            run = "".join(MIRRORED.get(char, char) for char in run)
        out.append(run[::-1])
    each_run = "".join(out)
    return each_run if drawn_from_the_right else each_run[::-1]


def whole_left_to_right_line(logical: str, drawn_from_the_right: bool = False) -> str:
    """What a span around a whole line of a left-to-right paragraph that holds right-to-left
    words (an Arabic name in an English sentence) says, so that PDFium gives ``logical`` back.

    PDFium mirrors the brackets that follow a right-to-left run ("(فاطمة) known" came out as
    "(فاطمة( known"), and reverses the span whole when its first drawn run is right to left
    (a line that starts with her name): the span gives those brackets mirrored already, and
    the line reversed when PDFium will reverse it. A line of more right-to-left runs than
    left-to-right ones ("Referred فاطمة الزهراء, 12") PDFium reads as it reads a line of a
    right-to-left paragraph (:func:`whole_line`)."""
    cut = _segments(logical)
    if sum(kind == "R" for kind, _ in cut) > sum(kind == "L" for kind, _ in cut):
        return whole_line(logical, drawn_from_the_right)
    out: list[str] = []
    after_rtl = False
    for kind, run in cut:
        if kind == "N" and after_rtl:
            run = "".join(MIRRORED.get(char, char) for char in run)
        elif kind in ("R", "L"):
            after_rtl = kind == "R"
        out.append(run)
    each = "".join(out)
    return each[::-1] if drawn_from_the_right else each


def _first_drawn(line: Any) -> str:
    """The text of the first fragment ReportLab draws of ``line`` that is not a space."""
    for word in getattr(line, "words", ()):
        text = str(getattr(word, "text", ""))
        if text.strip():
            return text
    return ""


def _put_line(cur_x: float, tx: PDFTextObject, line: Any, last: Any, kind: str) -> Any:
    """ReportLab's ``_putFragLine``, inside a span giving the line whole when its text is
    known (a right-to-left paragraph's line, ``drawing_paragraph``)."""
    pending = _line_texts.get()
    if not pending:
        return _reportlab_put_line(cur_x, tx, line, last, kind)
    first_rtl = right_to_left(_first_drawn(line))
    actual = (
        whole_line(pending.pop(0), first_rtl)
        if _rtl_paragraph.get()
        else whole_left_to_right_line(pending.pop(0), first_rtl)
    )
    tx._code.append(f"/Span <</ActualText {utf16(actual)}>> BDC")
    token = _in_whole_line.set(True)
    try:
        return _reportlab_put_line(cur_x, tx, line, last, kind)
    finally:
        _in_whole_line.reset(token)
        tx._code.append("EMC")


_reportlab_format = PDFTextObject._formatText
_reportlab_put_line = paragraph._putFragLine


def format_text(self: PDFTextObject, text: Any) -> str:
    """ReportLab's ``_formatText`` (the operators that draw ``text``), each tagged stretch of a
    shaped string inside a span that gives its letters."""
    if _in_whole_line.get() or not isinstance(text, ShapedStr) or text.__shapeData__ is None:
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
    paragraph._putFragLine = _put_line
