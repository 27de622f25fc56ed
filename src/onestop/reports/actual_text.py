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

PDFium takes the text objects on one baseline for one line, whatever drew them: the cells of a
table's row. Their spans are written together when the page is done (:func:`cell_spans`):
each line of a paragraph is drawn between placeholders that the page's end turns into spans.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import count, pairwise
from typing import Any

from bidi.mirror import MIRRORED
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen.canvas import Canvas
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


@lru_cache(maxsize=4096)  # a line's text is cut again to write its span, and a row's
def _segments(text: str) -> tuple[tuple[str, str], ...]:
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
    return tuple(out)


def _drawn_from_the_right(segments: Sequence[tuple[str, str]]) -> bool:
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


# ----- the lines on a baseline, written together once the page is done ---------------------
#
# PDFium takes every text object on one baseline for one line, whichever paragraph drew it:
# the cells of a table's row are one line to it, read in one direction, their runs reordered
# together. The span of a cell's line, written as if the line stood alone, came out with its
# words swapped or after its neighbour ("FD26P00123 القضية رقم"). So each line of a paragraph
# is drawn between two placeholders (PDF comments, harmless if left), and when the page is
# done the lines that share a baseline are known and the placeholders become their spans.


@dataclass(eq=False)
class Drawn:
    """A line of a paragraph drawn on the page, or another text object (a string drawn on
    the canvas, a label of a drawing): what PDFium will meet, in the order drawn."""

    key: int
    reading_rtl: bool  # the document is read right to left
    x: float | None = None  # where its first text object is drawn (None: nothing drawn)
    y: float = 0.0
    text: str = ""  # its letters as typed (a line given whole), else as drawn
    first: bool = False  # does PDFium take its first text object for a right-to-left one
    last: bool = False  # and its last one
    first_width: float = 0.0  # the width of its first glyph, in points
    last_width: float = 0.0  # and of its last (PDFium's lines are as tall as glyphs are wide)
    line: bool = False  # a paragraph's line without spans of its own: its span is written here
    span: str | None = None  # the span it is given when it stands alone on its baseline


_drawing: ContextVar[Drawn | None] = ContextVar("drawing", default=None)
_DRAWN = "_onestop_drawn"  # on the canvas: the page's number → what was drawn on it, in order
_PLACEHOLDER = re.compile(r"%OS(\d+)([<>])\n")


_keys = count()


def _new_drawn(canvas: Any, line: bool) -> Drawn:
    from onestop.reports import language  # it imports nothing of the documents'

    pages = getattr(canvas, _DRAWN, None)
    if pages is None:
        pages = {}
        setattr(canvas, _DRAWN, pages)
    drawn = Drawn(next(_keys), language.right_to_left(), line=line)
    pages.setdefault(canvas.getPageNumber(), []).append(drawn)
    return drawn


def _width(tx: PDFTextObject, text: Any, k: int) -> float:
    """The width of the ``k``-th glyph of ``text`` as the font gives it (its /Widths)."""
    if isinstance(text, ShapedStr) and text.__shapeData__ is not None:
        return float(text.__shapeData__[k].width * tx._fontsize) / 1000
    return float(pdfmetrics.stringWidth(str(text)[k], tx._fontname, tx._fontsize))


def _note(drawn: Drawn, tx: PDFTextObject, text: Any, rtl: bool | None) -> None:
    """A text object of ``drawn``: its letters and, if it has any, its direction."""
    if rtl is None:
        return
    if drawn.x is None:
        drawn.x, drawn.y = _where(tx)
        drawn.first = rtl
        drawn.first_width = _width(tx, text, 0)
    drawn.last = rtl
    drawn.last_width = _width(tx, text, len(text) - 1)
    drawn.text += str(text)


@contextmanager
def _drawing_line(tx: PDFTextObject) -> Iterator[Drawn]:
    """Draw one line of a paragraph between its placeholders."""
    drawn = _new_drawn(tx._canvas, line=True)
    tx._code.append(f"%OS{drawn.key}<\n")
    token = _drawing.set(drawn)
    try:
        yield drawn
    finally:
        _drawing.reset(token)
        tx._code.append(f"%OS{drawn.key}>\n")
        setattr(tx, _LINE_DROP, getattr(tx, _LINE_DROP, 0.0) + tx._leading)  # its T*


def _put_line(cur_x: float, tx: PDFTextObject, line: Any, last: Any, kind: str) -> Any:
    """ReportLab's ``_putFragLine``, inside a span giving the line whole when its text is
    known (a right-to-left paragraph's line, ``drawing_paragraph``). The span's text is
    written once the line is drawn, when the text objects PDFium will read it by are known."""
    pending = _line_texts.get()
    with _drawing_line(tx) as drawn:
        if not pending:
            return _reportlab_put_line(cur_x, tx, line, last, kind)
        return _put_whole_line(cur_x, tx, line, last, kind, pending.pop(0), drawn)


def _put_whole_line(
    cur_x: float, tx: PDFTextObject, line: Any, last: Any, kind: str, logical: str, drawn: Drawn
) -> Any:
    token = _in_whole_line.set(True)
    place = _where(tx)
    try:
        return _reportlab_put_line(cur_x, tx, line, last, kind)
    finally:
        _in_whole_line.reset(token)
        drawn.text = logical
        before = _before(tx, place)
        objects = drawn.x is not None
        turned = (objects and drawn.first) or (before and reads_right_to_left(logical))
        if objects:
            _drew(tx, drawn.first, place)  # the span's first text object: the one PDFium reads
        drawn.span = line_span(logical, turned)


def _simple_line(reportlab: Any) -> Any:
    """One of ReportLab's ways to draw a line of a paragraph of one font (left, right,
    centred, justified), between placeholders like the others."""

    def draw(tx: PDFTextObject, offset: float, extraspace: float, words: Any, last: Any = 0) -> Any:
        with _drawing_line(tx):
            return reportlab(tx, offset, extraspace, words, last)

    return draw


def _runs_in_reading(logical: str) -> tuple[str, list[int]]:
    """:func:`line_span` not turned, and where each character of ``logical`` is in it."""
    cut = _segments(logical)
    from_the_right = _drawn_from_the_right(cut)
    reading = "R" if from_the_right else "L"
    runs: list[tuple[str, int]] = []
    at = 0
    for kind, run in cut:
        if kind == "R" or (kind == "N" and reading == "R"):
            reading = "R"
            run = "".join(MIRRORED.get(char, char) for char in run)
        elif kind != "W":
            reading = "L"
        runs.append((run, at))
        at += len(run)
    span, where = "", [0] * len(logical)
    for run, start in reversed(runs) if from_the_right else runs:
        for k in range(len(run)):
            where[start + k] = len(span) + k
        span += run
    return span, where


@dataclass(frozen=True)
class Cell:
    """A line on a shared baseline, as :func:`cell_spans` needs it."""

    text: str  # as typed, its spaces single
    first: bool  # does PDFium take its first text object for a right-to-left one
    last: bool  # and its last
    plain: bool  # drawn without a span (left-to-right letters as typed): it may stay so


def _pieces(cells: Sequence[Cell], order: list[int]) -> list[tuple[str, int, int]] | None:
    """The line of ``cells`` taken in ``order`` (their places from the left) as PDFium will
    read it back (:func:`_runs_in_reading`), cut between cells: for each cell from the left,
    the piece of that line it is given and where the spaces around the piece are in it (the
    piece's start and end). None when a piece would hold another cell's letters: PDFium reads
    the line in the other direction, and a cell's text would stand on its neighbour's glyphs
    (copying that cell alone would copy its neighbour)."""
    logical = " ".join(cells[k].text for k in order)
    span, where = _runs_in_reading(logical)
    owner = [-1] * len(span)
    at = 0
    for k in order:
        for i in range(at, at + len(cells[k].text)):
            owner[where[i]] = k
        at += len(cells[k].text) + 1
    spaces = sorted(where[i] for i in range(len(logical)) if owner[where[i]] == -1)
    cuts = [-1, *spaces, len(span)]
    out = []
    for k, (a, b) in enumerate(pairwise(cuts)):
        if not span[a + 1 : b] or {owner[i] for i in range(a + 1, b)} != {k}:
            return None
        out.append((span, a, b))
    return out


def cell_spans(cells: Sequence[Cell], reading_rtl: bool, before: bool) -> list[str | None] | None:
    """The spans of lines that share a baseline (``cells``, from the left), so that PDFium
    copies them out as one line: each cell as typed, a space between two, the cells in the
    order the document is read (from the right when ``reading_rtl``), or, when PDFium reads
    that line in the other direction, in the other order (each cell keeps its own letters).
    None for a cell that needs no span; None for all when no cut gives each cell its own.

    PDFium puts the spans' texts one after the other from the left and reads the whole as one
    line (:func:`pdfium_reading`), each span's text turned around first when its first text
    object reads right to left, or when the one it took letters from just before does
    (``before``, for the first cell) and so does the span's text (:func:`line_span`). The
    line is therefore written as PDFium will read it back, cut between the cells, each piece
    turned where PDFium will turn it. A cell drawn without a span whose piece is its own
    text stays without one (its characters keep the boxes of their glyphs). The space
    between two cells goes in the span of one of them (PDFium adds a space between two text
    objects far apart, but not always: none between a date and the Arabic beside it; and it
    keeps one of two): the second's, unless that one stays without a span."""
    if len(cells) < 2 or not all(cell.text for cell in cells):
        return None
    ahead = list(range(len(cells)))
    orders = (ahead[::-1], ahead) if reading_rtl else (ahead, ahead[::-1])
    pieces = _pieces(cells, orders[0]) or _pieces(cells, orders[1])
    if pieces is None:
        return None
    stays = [
        cell.plain and not cell.first and span[a + 1 : b] == cell.text
        for cell, (span, a, b) in zip(cells, pieces, strict=True)
    ]
    out: list[str | None] = []
    after = before
    for k, (cell, (span, a, b)) in enumerate(zip(cells, pieces, strict=True)):
        if stays[k]:
            out.append(None)
            after = cell.last
            continue
        start = a if k else 0  # the space before it
        end = b + 1 if k + 1 < len(cells) and stays[k + 1] else b  # and the one after it
        piece = span[start:end]
        turned = cell.first or (after and reads_right_to_left(piece))
        out.append(piece[::-1] if turned else piece)
        after = cell.first
    return out


def _baselines(drawn: list[Drawn]) -> list[list[Drawn]]:
    """What was drawn, in PDFium's lines: it gathers text objects as they come while each is
    on the height of the rightmost gathered so far, give or take half the width of the wider
    of the two glyphs that meet (the last of that one, the first of the next)."""
    lines: list[list[Drawn]] = []
    rightmost = Drawn(-1, False)
    for item in drawn:
        if item.x is None:
            continue
        if lines and abs(item.y - rightmost.y) <= max(rightmost.last_width, item.first_width) / 2:
            lines[-1].append(item)
            if item.x >= (rightmost.x or 0.0):  # PDFium puts one at the same place after
                rightmost = item
            continue
        lines.append([item])
        rightmost = item
    return lines


def _spans_of_page(drawn: list[Drawn]) -> dict[int, tuple[str, str]]:
    """What each placeholder on a page becomes: the operators that open and close a line's
    span (or nothing)."""
    out: dict[int, tuple[str, str]] = {}
    for item in drawn:
        if item.line and item.span is not None:
            out[item.key] = (f"/Span <</ActualText {utf16(item.span)}>> BDC", "EMC")
    before = False
    for line in _baselines(drawn):
        line.sort(key=lambda placed: placed.x or 0.0)
        spans = None
        if all(item.line for item in line) and any(right_to_left(item.text) for item in line):
            cells = [
                Cell(" ".join(item.text.split()), item.first, item.last, item.span is None)
                for item in line
            ]
            spans = cell_spans(cells, line[0].reading_rtl, before)
        if spans is not None:
            for item, span in zip(line, spans, strict=True):
                if span is not None:
                    out[item.key] = (f"/Span <</ActualText {utf16(span)}>> BDC", "EMC")
        right = line[-1]
        before = right.first if right.key in out else right.last
    return out


def write_spans(canvas: Any) -> None:
    """Turn the placeholders of the page being finished into spans."""
    pages = getattr(canvas, _DRAWN, None)
    drawn = pages.pop(canvas.getPageNumber(), None) if pages else None
    spans = _spans_of_page(drawn) if drawn else {}
    code = canvas._code
    for k, piece in enumerate(code):
        if "%OS" in piece:
            code[k] = _PLACEHOLDER.sub(
                lambda found: spans.get(int(found[1]), ("", ""))[found[2] == ">"], piece
            )


_reportlab_format = PDFTextObject._formatText
_reportlab_put_line = paragraph._putFragLine
_reportlab_show_page = Canvas.showPage


def _show_page(self: Canvas) -> None:
    write_spans(self)
    _reportlab_show_page(self)


def format_text(self: PDFTextObject, text: Any) -> str:
    """ReportLab's ``_formatText`` (the operators that draw ``text``), each tagged stretch of a
    shaped string inside a span that gives its letters."""
    rtl = reads_right_to_left(_first_object_letters(self, text)) if str(text) else None
    drawn = _drawing.get()
    if drawn is None:  # not a paragraph's line: PDFium reads it as it is
        drawn = _new_drawn(self._canvas, line=False) if rtl is not None else Drawn(-1, False)
    if _in_whole_line.get():
        _note(drawn, self, text, rtl)
        return _reportlab_format(self, text)  # type: ignore[no-any-return]
    if not isinstance(text, ShapedStr) or text.__shapeData__ is None:
        _note(drawn, self, text, rtl)
        if rtl is not None:
            _drew(self, rtl)
        return _reportlab_format(self, text)  # type: ignore[no-any-return]
    cut = _spans(text, _rtl_paragraph.get())
    if all(span.actual is None for span in cut):
        _note(drawn, self, text, rtl)
        if rtl is not None:
            _drew(self, rtl)
        return _reportlab_format(self, text)  # type: ignore[no-any-return]
    drawn.line = False  # its spans are its own
    _note(drawn, self, text, rtl)
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


# ReportLab's ways to draw a line of a paragraph in one font (it looks them up as it draws).
_SIMPLE_LINES = (
    "_leftDrawParaLine",
    "_rightDrawParaLine",
    "_centerDrawParaLine",
    "_justifyDrawParaLine",
)


@cache
def install() -> None:
    """Draw shaped text with its spans, once per process."""
    PDFTextObject._formatText = format_text
    paragraph._putFragLine = _put_line
    for name in _SIMPLE_LINES:
        setattr(paragraph, name, _simple_line(getattr(paragraph, name)))
    Canvas.showPage = _show_page
