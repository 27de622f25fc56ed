"""Tables laid out for the document's direction: in a document written right to left (Arabic),
a table reads from the right, so its columns are reversed, and its style (which cells are
bold, where a rule is drawn, which column is aligned where) follows its columns.

The documents build their tables with :func:`table` and style them with :func:`style`, written
as for a left-to-right page; nothing changes in a left-to-right document.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Table, TableStyle

from onestop.reports.language import right_to_left

_SWAPPED = {"LEFT": "RIGHT", "RIGHT": "LEFT"}
_SIDES = {"LINEBEFORE": "LINEAFTER", "LINEAFTER": "LINEBEFORE"}


class ReadingTable(Table):  # type: ignore[misc]
    """A table of a document written right to left, whose cells are drawn, in each row, in the
    order they are read: from the right.

    PDF readers take the text objects on one baseline for one line only while nothing on
    another height comes between them: PDFium gives a row's line back whole (a label beside
    the first line of its value, ``actual_text``) when its cells are drawn one after the
    other, not when a value of two lines drawn first (on the left, in Arabic) put its second
    line between the label and its first. Readers that take the text in the order drawn
    (pypdf, search indexes) then also read the label first, as in a left-to-right table."""

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        row = self.__dict__.setdefault("_row", [])
        if row and row[-1][2][1] != pos[1]:
            self._draw_row()
            row = self._row
        row.append((cellval, cellstyle, pos, size))

    def _draw_row(self) -> None:
        row: list[tuple[Any, Any, Any, Any]] = self.__dict__.get("_row", [])
        self._row: list[tuple[Any, Any, Any, Any]] = []
        row.sort(key=lambda cell: -cell[2][0])  # ReportLab draws them from the left
        for cellval, cellstyle, pos, size in row:
            super()._drawCell(cellval, cellstyle, pos, size)

    def _drawLines(self) -> None:
        self._draw_row()  # the last row, before the rules drawn over the cells
        super()._drawLines()


def table(data: Sequence[Sequence[Any]], **options: Any) -> Table:
    """A ReportLab Table of ``data`` (rows of cells, the first column first), its columns
    reversed in a right-to-left document; ``options`` as Table takes them."""
    if not right_to_left():
        return Table(data, **options)
    rows = [list(reversed(row)) for row in data]
    widths = options.get("colWidths")
    if widths is not None:
        options["colWidths"] = list(reversed(widths))
    if "hAlign" in options:
        options["hAlign"] = _SWAPPED.get(options["hAlign"], options["hAlign"])
    return ReadingTable(rows, **options)


def style(table: Table, commands: Sequence[tuple[Any, ...]]) -> None:
    """Set ``commands`` (a TableStyle's, with the columns counted as for a left-to-right page)
    on ``table``, made with :func:`table`."""
    if not right_to_left():
        table.setStyle(TableStyle(list(commands)))
        return
    columns = table._ncols
    table.setStyle(TableStyle([_mirrored(command, columns) for command in commands]))


def _mirrored(command: tuple[Any, ...], columns: int) -> tuple[Any, ...]:
    name, (c0, r0), (c1, r1), *rest = command
    first, last = (c % columns for c in (c0, c1))
    name = _SIDES.get(name, name)
    if name == "ALIGN" and rest:
        rest = [_SWAPPED.get(str(rest[0]).upper(), rest[0]), *rest[1:]]
    return (name, (columns - 1 - last, r0), (columns - 1 - first, r1), *rest)
