"""Whole-vault work at the screen: the admin exports the audit trail as CSV and verifies the
vault from her window; each runs off the GUI thread with a progress bar that counts (entries
written, entries and checks done), the window keeps answering while it runs, and the result is
shown in words."""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QProgressBar

from onestop.domain.audit import AuditAction
from onestop.domain.roles import Action, Role, Section
from onestop.services.audit import CSV_COLUMNS
from tests.gui.journey import (
    click,
    click_tab,
    find_button,
    find_window,
    on_screen,
    press,
    sign_in_by_keyboard,
    type_text,
)

# Enough entries that the work takes several batches (the CSV streams 2,000 at a time, verify
# checks 5,000 at a time), written through the services' own audit path.
ENTRIES = 12_000


def long_trail(vault) -> None:  # type: ignore[no-untyped-def]
    with vault.sign_in(Role.ADMIN) as admin, admin.unit_of_work(Section.AUDIT, Action.READ) as s:
        for i in range(ENTRIES):
            admin.audit(s, AuditAction.AUDIT_READ, Section.AUDIT, detail=str(i))


def bar_named(window, name: str) -> QProgressBar:  # type: ignore[no-untyped-def]
    """The progress bar a screen reader calls ``name`` (hidden until its job starts, so it
    is watched from before it appears)."""
    (bar,) = [b for b in window.findChildren(QProgressBar) if b.accessibleName() == name]
    return bar


class Watch:
    """What a person sees of a progress bar while a job runs (each value and its maximum),
    and how long the window went without answering (the longest gap between the ticks of a
    timer on the GUI thread)."""

    def __init__(self, bar: QProgressBar) -> None:
        self.seen: list[tuple[int, int]] = []
        bar.valueChanged.connect(lambda v: self.seen.append((v, bar.maximum())))
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        self.timer.start(10)

    def stop(self) -> float:
        self.timer.stop()
        gaps = [b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False)]
        return max(gaps, default=0.0)

    @property
    def counted(self) -> list[tuple[int, int]]:
        """The values shown while the bar had a known end (determinate)."""
        return [(v, m) for v, m in self.seen if m > 0]


# The file chooser is a window of its own: the offscreen platform cannot raise it.
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
    "This plugin does not support propagateSizeHints",
)
def test_the_admin_exports_the_trail_and_verifies_with_progress(
    qtbot, make_shell, vault, tmp_path: Path
) -> None:
    long_trail(vault)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.ADMIN)

    # The audit trail as CSV: a file chosen, then the job with its bar and Cancel.
    click_tab(shell, "Audit trail")
    click(find_button(shell, "Export as CSV…"))
    chooser = find_window("Export the audit trail")
    (name,) = [e for e in chooser.findChildren(QLineEdit) if e.objectName() == "fileNameEdit"]
    name.setFocus()
    name.selectAll()
    target = tmp_path / "trail.csv"
    type_text(str(target))
    bar = bar_named(shell, "Audit trail export progress")
    watch = Watch(bar)
    press(Qt.Key.Key_Return)
    assert find_button(shell, "Cancel the export").isVisible() and bar.isVisible()
    qtbot.waitUntil(lambda: "written to" in on_screen(shell), timeout=120_000)
    longest = watch.stop()
    assert not bar.isVisible()
    counted = watch.counted
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) - 1 > ENTRIES
    assert len(counted) >= 3, watch.seen  # a bar that counts, batch by batch
    assert [v for v, _ in counted] == sorted(v for v, _ in counted)
    assert counted[-1][0] == counted[-1][1] == len(rows) - 1
    assert f"{len(rows) - 1} entries written to {target}" in on_screen(shell)
    assert longest < 1.5, f"the window did not answer for {longest:.2f} s"

    # Verify: the checks run as a job; the bar counts the trail's entries and the checks.
    click_tab(shell, "Backups and checks")
    bar = bar_named(shell, "Progress")
    watch = Watch(bar)
    click(find_button(shell, "Verify the vault"))
    assert find_button(shell, "Cancel").isVisible() and bar.isVisible()
    qtbot.waitUntil(lambda: "Every check passed." in on_screen(shell), timeout=180_000)
    longest = watch.stop()
    counted = watch.counted
    assert len(counted) >= 4, watch.seen
    entries = len(rows) - 1
    (total,) = {m for _, m in counted}
    assert total >= 3 * entries  # two whole-file checks weighed as the trail, then the trail
    assert [v for v, _ in counted] == sorted(v for v, _ in counted) and counted[-1][0] == total
    assert any(2 * entries < v < total for v, _ in counted)  # part-way through the trail
    screen = on_screen(shell)
    assert "entries, every link and signature intact" in screen
    assert "PROBLEM" not in screen
    assert longest < 1.5, f"the window did not answer for {longest:.2f} s"
