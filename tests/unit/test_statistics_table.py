"""A table of published counts is read by row label: a row it does not have is an error, and
so is the total of a table printed without one (never a zero that was not counted)."""

from __future__ import annotations

import pytest

from onestop.domain.statistics import SMALL, TOTAL, Table, suppress_column


def table(with_total: bool) -> Table:
    cells, total = suppress_column([12, 3, 7], with_total)
    rows = [
        (label, [cell]) for label, cell in zip(("Rape", "Denial", "Physical"), cells, strict=True)
    ]
    return Table("By type", "incidents", ["Incidents"], rows, [total] if total else None)


def test_a_row_is_read_by_its_label_and_the_total_only_when_printed() -> None:
    printed = table(with_total=True)
    assert [printed.shown(row).text for row in ("Rape", "Denial", TOTAL)] == ["12", SMALL, "22"]
    bare = table(with_total=False)
    assert bare.shown("Denial").text == SMALL
    with pytest.raises(KeyError):
        bare.shown(TOTAL)
    with pytest.raises(KeyError):
        printed.shown("Trafficking")
