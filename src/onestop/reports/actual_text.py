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

A line of a paragraph with right-to-left letters is drawn inside one span that gives it whole,
written as PDFium (OneStop's preview, Chrome, Edge) will read it back (:func:`line_span`): the
rules PDFium reads a span by were found by reading its text back, and depend on the text
objects drawn before the span on the page, which the canvas keeps track of.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from typing import Any

from bidi.mirror import MIRRORED
from reportlab.pdfbase import pdfmetrics
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


def _drawn_from_the_right(segments: list[tuple[str, str]]) -> bool:
    """Does PDFium read a string of these segments from the right? When it holds more runs of
    right-to-left letters than of left-to-right ones (a tie reads from the left)."""
    right = sum(kind == "R" for kind, _ in segments)
    return right > sum(kind == "L" for kind, _ in segments)


def pdfium_reading(text: str) -> str:
    """What PDFium gives back for a line whose only text is a span saying ``text``, when it
    takes the span as it stands (:func:`line_span`). For the tests, and to explain the rule:

    PDFium cuts the line into runs (:func:`_segments`); when it holds more right-to-left runs
    than left-to-right ones it takes the runs in the opposite order. The letters inside a run
    keep their order, and the brackets of a right-to-left run, and of a run of spaces and
    punctuation that follows one in its reading, are mirrored."""
    cut = _segments(re.sub(" {2,}", " ", text))  # PDFium keeps one of two spaces
    from_the_right = _drawn_from_the_right(cut)
    reading = "R" if from_the_right else "L"
    out: list[str] = []
    for kind, run in reversed(cut) if from_the_right else cut:
        if kind == "R" or (kind == "N" and reading == "R"):
            reading = "R"
            run = "".join(MIRRORED.get(char, char) for char in run)
        elif kind != "W":
            reading = "L"
        out.append(run)
    return "".join(out)


def line_span(logical: str, turned: bool) -> str:
    """What a span around a whole line says, so that PDFium gives ``logical`` back.

    PDFium (the build pypdfium2 ships; its rules are not the Unicode bidirectional algorithm)
    reads a span's text in two steps:

    1. it turns the span's text around (``turned``) when the first text object of the span it
       meets (the leftmost) holds more runs of right-to-left letters than of left-to-right
       ones; or when the text object it took letters from just before does (it takes a line's
       text objects from the left: the one on the left on the same line, else the last of the
       line before; of a span, only its first text object counts) and so does the span's text;
    2. it reads the line (:func:`pdfium_reading`): from the right when the line holds more
       right-to-left runs than left-to-right ones, run by run, each run as it stands, the
       brackets it reads right to left mirrored.

    The span therefore gives the runs of ``logical`` in the order PDFium will take them back,
    those it mirrors mirrored already, and the whole turned around when PDFium will turn it.
    Found by reading PDFium's text back: a line that mixed Arabic with a number ("عدد
    الحالات: 3") under a line of Arabic copied out backwards when step 1 was not known."""
    cut = _segments(logical)
    from_the_right = _drawn_from_the_right(cut)
    reading = "R" if from_the_right else "L"
    runs: list[str] = []
    for kind, run in cut:  # in the order PDFium will give them: where each is mirrored
        if kind == "R" or (kind == "N" and reading == "R"):
            reading = "R"
            run = "".join(MIRRORED.get(char, char) for char in run)
        elif kind != "W":
            reading = "L"
        runs.append(run)
    span = "".join(reversed(runs) if from_the_right else runs)
    return span[::-1] if turned else span


def reads_right_to_left(letters: str) -> bool:
    """Does PDFium take a text object with these letters for a right-to-left one?"""
    return _drawn_from_the_right(_segments(letters))


def _first_object_letters(tx: PDFTextObject, text: Any) -> str:
    """The letters of the text object PDFium meets first of those ReportLab writes to draw
    ``text``, each glyph as its ToUnicode entry says: what PDFium reads its direction from.

    A shaped string is written as one text object (Tj or TJ) for each stretch of glyphs of
    one font subset and one height (a mark raised or lowered has one of its own), and PDFium
    takes them from the left, by where their first glyph is drawn: a mark drawn first but
    moved over the letter after it ("راسٍ") comes after that letter."""
    if not isinstance(text, ShapedStr) or text.__shapeData__ is None:
        return str(text)
    from onestop.reports import fonts  # fonts imports this module

    font = pdfmetrics.getFont(tx._fontname)
    face = font.face.name.decode("latin-1")
    data = text.__shapeData__
    cuts, at = set(), 0
    for _, piece in font.splitString(text, tx._canvas._doc):
        cuts.add(at)
        at += len(piece)
    best: tuple[float, int, int] | None = None  # where it is drawn, its first and last glyph
    pen = pen_at_first = 0.0
    first = 0
    for k in range(len(text) + 1):
        if k == len(text) or (k and (k in cuts or data[k].y_offset != data[k - 1].y_offset)):
            if k > first:
                drawn_at = pen_at_first + data[first].x_offset
                if best is None or drawn_at < best[0]:
                    best = (drawn_at, first, k)
            first = k
        if k == len(text):
            break
        if k == first:
            pen_at_first = pen
        pen += data[k].x_advance
    if best is None:
        return ""
    return "".join(fonts.glyph_letters(face, ord(text[k])) for k in range(best[1], best[2]))


# The text objects of the line being drawn inside a whole-line span, whether each reads right
# to left.
_line_objects: ContextVar[list[bool] | None] = ContextVar("line_objects", default=None)
# Where a canvas keeps the text objects PDFium takes letters from (a text object outside any
# span, or the first of a span's: it skips the others) on the line of the page being drawn:
# the page, the line's height, each object's place along it and whether it reads right to
# left, and whether the last one PDFium took on the line before reads right to left. PDFium
# takes a line's text objects from the left, whatever order they were drawn in (the
# letterhead's "Centre" on the right is drawn before "سري" on the left). On the canvas
# itself: a canvas that keeps its pages to number them at the end (document.NumberedCanvas)
# keeps this with them, and the footer drawn then follows its page.
_LINE = "_onestop_text_line"
_SAME_LINE = 3.0  # points between two heights PDFium takes for one line (about)
_LINE_DROP = "_onestop_line_drop"  # how far a text object has moved down by lines (T*)


def _where(tx: PDFTextObject) -> tuple[float, float]:
    """Where on the page the line ``tx`` draws now starts."""
    a, b, c, d, e, f = tx._canvas._currentMatrix
    x, y = tx._x0, tx._y0 - getattr(tx, _LINE_DROP, 0.0)
    return a * x + c * y + e, b * x + d * y + f


def _line_state(tx: PDFTextObject) -> tuple[float | None, list[tuple[float, bool]], bool]:
    canvas = tx._canvas
    page, height, objects, before = getattr(canvas, _LINE, (None, None, [], False))
    if page != canvas.getPageNumber():
        return None, [], False
    return height, objects, before


def _drew(tx: PDFTextObject, rtl: bool, at: tuple[float, float] | None = None) -> None:
    """Note a text object PDFium takes letters from, drawn at ``at`` (the start of the line
    ``tx`` draws now, and after what it drew there before), and its direction."""
    x, y = at or _where(tx)
    height, objects, before = _line_state(tx)
    if height is None or abs(y - height) > _SAME_LINE:
        before = max(objects)[1] if objects else before  # the last of the line before
        height, objects = y, []
    else:
        objects = list(objects)
    if at is None:
        x += 1e-3 * len(objects)  # drawn after the others of its line: to their right
    objects.append((x, rtl))
    setattr(tx._canvas, _LINE, (tx._canvas.getPageNumber(), height, objects, before))


def _before(tx: PDFTextObject, at: tuple[float, float]) -> bool:
    """Does the text object PDFium takes letters from just before one drawn at ``at`` read
    right to left?"""
    x, y = at
    height, objects, before = _line_state(tx)
    if height is not None and abs(y - height) <= _SAME_LINE:
        left = [placed for placed in objects if placed[0] <= x]
        return max(left)[1] if left else before
    return max(objects)[1] if objects else before


def _put_line(cur_x: float, tx: PDFTextObject, line: Any, last: Any, kind: str) -> Any:
    """ReportLab's ``_putFragLine``, inside a span giving the line whole when its text is
    known (a right-to-left paragraph's line, ``drawing_paragraph``). The span's text is
    written once the line is drawn, when the text objects PDFium will read it by are known."""
    pending = _line_texts.get()
    try:
        if not pending:
            return _reportlab_put_line(cur_x, tx, line, last, kind)
        return _put_whole_line(cur_x, tx, line, last, kind, pending.pop(0))
    finally:
        setattr(tx, _LINE_DROP, getattr(tx, _LINE_DROP, 0.0) + tx._leading)  # its T*


def _put_whole_line(
    cur_x: float, tx: PDFTextObject, line: Any, last: Any, kind: str, logical: str
) -> Any:
    at = len(tx._code)
    tx._code.append("")  # the span's start, once its text is known
    token = _in_whole_line.set(True)
    objects_token = _line_objects.set([])
    place = _where(tx)
    try:
        return _reportlab_put_line(cur_x, tx, line, last, kind)
    finally:
        objects = _line_objects.get() or []
        _line_objects.reset(objects_token)
        _in_whole_line.reset(token)
        before = _before(tx, place)
        turned = (bool(objects) and objects[0]) or (before and reads_right_to_left(logical))
        if objects:
            _drew(tx, objects[0], place)  # the span's first text object: the one PDFium reads
        tx._code[at] = f"/Span <</ActualText {utf16(line_span(logical, turned))}>> BDC"
        tx._code.append("EMC")


_reportlab_format = PDFTextObject._formatText
_reportlab_put_line = paragraph._putFragLine


def format_text(self: PDFTextObject, text: Any) -> str:
    """ReportLab's ``_formatText`` (the operators that draw ``text``), each tagged stretch of a
    shaped string inside a span that gives its letters."""
    rtl = reads_right_to_left(_first_object_letters(self, text)) if str(text) else None
    objects = _line_objects.get()
    if objects is not None and _in_whole_line.get():
        if rtl is not None:
            objects.append(rtl)
        return _reportlab_format(self, text)  # type: ignore[no-any-return]
    if not isinstance(text, ShapedStr) or text.__shapeData__ is None:
        if rtl is not None:
            _drew(self, rtl)
        return _reportlab_format(self, text)  # type: ignore[no-any-return]
    cut = _spans(text, _rtl_paragraph.get())
    if all(span.actual is None for span in cut):
        if rtl is not None:
            _drew(self, rtl)
        return _reportlab_format(self, text)  # type: ignore[no-any-return]
    last = text[cut[-1].start : cut[-1].end]  # its first text object, if a span; else its last
    letters = _first_object_letters(self, last) if cut[-1].actual else str(last)
    _drew(self, reads_right_to_left(letters))
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
