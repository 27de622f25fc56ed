"""A table row copied out of a document (PDFium: Chrome, Edge and OneStop's own preview) reads
as its cells do, each cell's text as typed; and a cell copied alone (its column selected)
gives its own text.

PDFium takes the cells of a row, which sit on one baseline, for one line and reorders that
line as a whole: a row with an Arabic label and a Latin case reference copied out as
"FD26P00123 القضية رقم" (the label's words swapped), a row with an Arabic reference in
brackets as "الحالة(-2026-00001OSC )مفتوحة". The spans of the cells on a baseline are
therefore written together, once the page is done (``actual_text.cell_spans``), and a table
written right to left draws its cells from the right (``mirror.ReadingTable``).

The cells come in the order the document is read (the label first) where PDFium reads the
line in the document's direction; where it reads it the other way (more runs of Latin
letters than of Arabic ones in an Arabic document: "FD26P00123 رقم القضية"), in the other
order: given in the document's order, a cell's letters would have stood on its neighbour's
glyphs, and selecting that cell alone copied its neighbour.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime

import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from onestop.reports import mirror, parts
from onestop.reports.document import MARGIN, PAGE_HEIGHT, PAGE_WIDTH, Letterhead, render
from onestop.reports.language import writing_in
from onestop.reports.styles import styles
from onestop.reports.text import Text

HEAD = Letterhead("Centre", "Referral letter", "OSC-2026-00001", "Staff", datetime.now(UTC))
ARABIC_HEAD = Letterhead(**{**HEAD.__dict__, "language": "ar"})

Cell = str | list[str]  # a value, or its lines, each a paragraph of its own

# A two-column table of labels and values in a document written in Arabic: a Latin case
# reference, an Arabic name, a date, a count, a court's name in English, a telephone number,
# a reference in brackets after an Arabic word, and an address on two lines.
ARABIC_ROWS: list[tuple[str, Cell]] = [
    ("رقم القضية", "FD26P00123"),
    ("الاسم", "فاطمة الزهراء"),
    ("تاريخ الميلاد", "1990-01-02"),
    ("عدد الجلسات", "3"),
    ("المحكمة", "Family Court at Leeds"),
    ("الهاتف", "+44 20 7946 0321"),
    ("الحالة", "مفتوحة (OSC-2026-00001)"),
    ("العنوان", ["12 شارع النيل", "Cairo 11511"]),
]
# The same in an English document, with Arabic in one cell of a row.
LATIN_ROWS: list[tuple[str, Cell]] = [
    ("Case reference", "FD26P00123"),
    ("Name", "فاطمة الزهراء"),
    ("Known as", "Zayan"),
    ("Date of birth", "1990-01-02"),
    ("Court", "محكمة الأسرة"),
    ("Name in Arabic", "سلمى أحمد (Salma)"),
    ("Address", ["12 شارع النيل", "Cairo 11511"]),
]
# A table with a header row and three columns: dates, events, places.
ARABIC_GRID = (
    ("التاريخ", "الحدث", "المكان"),
    [
        ("2026-03-01", "جلسة استماع", "Leeds"),
        ("2026-04-12", "أمر حماية 3", "محكمة الأسرة"),
        ("2026-05-30 10:00", "Hearing", "قاعة 2"),
    ],
)
LATIN_GRID = (
    ("Date", "Event", "Place"),
    [
        ("2026-03-01", "Hearing", "محكمة الأسرة"),
        ("2026-04-12", "أمر حماية", "Leeds"),
        ("2026-05-30", "Directions 3", "Court 2"),
    ],
)


PAIRS_WIDTHS = [45 * mm, None]  # the label's column, the value's (the rest of the frame)
GRID_WIDTHS = [35 * mm, 60 * mm, 50 * mm]
FRAME_LEFT, FRAME_RIGHT = MARGIN + 6, PAGE_WIDTH - MARGIN - 6  # the body frame's padding


def pairs(rows: list[tuple[str, Cell]]) -> Flowable:
    """A label and value table as the documents draw one (the referral letter's, the
    medico-legal report's: a value of several lines is a paragraph for each line)."""
    st = styles()
    data = [
        [
            Text(label, st["label"]),
            Text(value, st["body"])
            if isinstance(value, str)
            else [Text(line, st["body"]) for line in value],
        ]
        for label, value in rows
    ]
    table = mirror.table(data, colWidths=PAIRS_WIDTHS)
    mirror.style(table, [("VALIGN", (0, 0), (-1, -1), "TOP")])
    return table


def grid(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> Flowable:
    return parts.table(header, rows, GRID_WIDTHS)


def build(head: Letterhead, rows: list[tuple[str, Cell]], table: tuple) -> bytes:
    with writing_in(head.language):
        story = [pairs(rows), Spacer(1, 6 * mm), grid(*table)]
        return render(head, story)


def copied_lines(pdf: bytes) -> list[str]:
    """Each line PDFium copies out of the first page, its spaces made single."""
    document = pdfium.PdfDocument(pdf)
    try:
        text = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    return [" ".join(line.split()) for line in unicodedata.normalize("NFC", text).splitlines()]


def row_copied(cells: list[Cell], lines: list[str]) -> bool:
    """Does a row copy out as its cells as typed: their first lines on one line, in the order
    the document is read or in the other, then the further lines of a cell of several?"""
    first = [cell if isinstance(cell, str) else cell[0] for cell in cells]
    more = [line for cell in cells if not isinstance(cell, str) for line in cell[1:]]
    together = {" ".join(first), " ".join(reversed(first))}
    normal = [unicodedata.normalize("NFC", line) for line in more]
    return any(unicodedata.normalize("NFC", line) in lines for line in together) and all(
        line in lines for line in normal
    )


@pytest.mark.parametrize(
    ("head", "rows", "table"),
    [(ARABIC_HEAD, ARABIC_ROWS, ARABIC_GRID), (HEAD, LATIN_ROWS, LATIN_GRID)],
    ids=["arabic", "english"],
)
def test_each_row_copies_out_its_cells_as_typed(head, rows, table) -> None:
    lines = copied_lines(build(head, rows, table))
    header, grid_rows = table
    cells = [[label, value] for label, value in rows] + [list(row) for row in [header, *grid_rows]]
    garbled = [row for row in cells if not row_copied(row, lines)]
    assert not garbled, (garbled, lines)


def column_lines(pdf: bytes, left: float, right: float) -> list[str]:
    """What PDFium copies out of a column of the first page selected alone, line by line."""
    document = pdfium.PdfDocument(pdf)
    try:
        text = document[0].get_textpage().get_text_bounded(left + 1, 0, right - 1, PAGE_HEIGHT)
    finally:
        document.close()
    return [" ".join(line.split()) for line in unicodedata.normalize("NFC", text).splitlines()]


def columns(widths: list[float | None], rtl: bool) -> list[tuple[float, float]]:
    """Where each column of a table of the frame's width or less stands (the first column
    first), centred in the frame as ReportLab sets a table."""
    frame = FRAME_RIGHT - FRAME_LEFT
    sized = [w if w is not None else frame - sum(v or 0 for v in widths) for w in widths]
    drawn = list(reversed(sized)) if rtl else sized
    x, out = FRAME_LEFT + (frame - sum(sized)) / 2, []
    for width in drawn:
        out.append((x, x + width))
        x += width
    return list(reversed(out)) if rtl else out


@pytest.mark.parametrize(
    ("head", "rows", "table"),
    [(ARABIC_HEAD, ARABIC_ROWS, ARABIC_GRID), (HEAD, LATIN_ROWS, LATIN_GRID)],
    ids=["arabic", "english"],
)
def test_a_cell_selected_alone_copies_out_its_own_text(head, rows, table) -> None:
    pdf = build(head, rows, table)
    rtl = head.language == "ar"
    header, grid_rows = table
    for widths, cells in (
        (PAIRS_WIDTHS, [[label, value] for label, value in rows]),
        (GRID_WIDTHS, [list(row) for row in [header, *grid_rows]]),
    ):
        for k, (left, right) in enumerate(columns(widths, rtl)):
            lines = column_lines(pdf, left, right)
            for row in cells:
                cell = row[k]
                for line in [cell] if isinstance(cell, str) else cell:
                    assert unicodedata.normalize("NFC", line) in lines, (line, lines)


def test_a_row_copies_out_the_same_whatever_row_is_above_it() -> None:
    """PDFium reads a line's span by the text object it read just before (the end of the row
    above): each row under rows of each kind copies out as typed."""
    for above in ARABIC_ROWS:
        for row in ARABIC_ROWS:
            lines = copied_lines(build(ARABIC_HEAD, [above, row], ARABIC_GRID))
            assert row_copied(list(row), lines), (above, row, lines)
