"""A long table of a case file (a long file's 200 encounters) has its columns sized once from
a sample of its rows, not measured at every layout: the columns come out as wide as sizing to
the whole contents makes them, every row is still there, and a short table is sized to its
contents as before."""

from __future__ import annotations

import random

from faker import Faker
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from onestop.gui.models.rows import RowsModel
from onestop.gui.views.case_file._parts import SAMPLE_ROWS, table
from onestop.gui.widgets.controls import table_view

HEADERS = ["Seen", "By", "Injuries", "Treatments", "Entered in error"]


def _rows(count: int, hostile: list[str]) -> list[list[str]]:
    fake, rng = Faker(["en_US", "ar_AA"]), random.Random(7)
    fake.seed_instance(7)
    rows = [
        [
            fake.date_time().strftime("%d %m %Y %H:%M"),
            fake.user_name(),
            ", ".join(f"{k}. {fake.word()}" for k in range(1, rng.randint(1, 4))),
            fake.word(),
            "",
        ]
        for _ in range(count)
    ]
    # The widest cell of a column far from the evenly spread rows: still measured.
    rows[count // 2 + 1][2] = " ".join(hostile[:3]) + " " + fake.sentence(nb_words=12)
    return rows


def _widths(view: QTableView) -> list[int]:
    header = view.horizontalHeader()
    return [header.sectionSize(c) for c in range(header.count() - 1)]  # the last stretches


def test_a_long_table_is_sized_from_a_sample_as_wide_as_its_contents(
    qtbot, hostile_text: dict[str, list[str]]
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(1366, 768)
    rows = _rows(200, [t for texts in hostile_text.values() for t in texts if t.strip()])
    sampled = table(parent, "encounterTable", HEADERS, rows)
    whole = table_view(parent, "whole", "whole", RowsModel(HEADERS, rows, parent=parent))
    for view in (sampled, whole):
        view.resize(1300, 600)
        view.show()
    qtbot.waitExposed(sampled)
    header = sampled.horizontalHeader()
    assert header.sectionResizeMode(0) is QHeaderView.ResizeMode.Interactive
    assert whole.horizontalHeader().sectionResizeMode(0) is QHeaderView.ResizeMode.ResizeToContents
    assert _widths(sampled) == _widths(whole)
    assert sampled.model().rowCount() == 200  # every encounter listed, none paged away
    heights = {sampled.rowHeight(r) for r in range(200)}
    assert len(heights) == 1 and sampled.verticalHeader().sectionResizeMode(0) is (
        QHeaderView.ResizeMode.Fixed
    )


def test_a_short_table_is_sized_to_its_contents_as_before(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    view = table(parent, "shelterTable", HEADERS, _rows(SAMPLE_ROWS, ["x"]))
    header = view.horizontalHeader()
    assert header.sectionResizeMode(0) is QHeaderView.ResizeMode.ResizeToContents
