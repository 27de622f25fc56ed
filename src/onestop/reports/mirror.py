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
    return Table(rows, **options)


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
