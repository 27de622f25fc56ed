"""Journey 6, the manager's week and the admin's backup: the manager prints the anonymised
statistics for last month and reviews a break-glass access; the admin makes a backup and sees
it in the list of earlier backups with the date of the last one, and reads the audit trail by
its labels.

From the sign-in window, with only what is on screen; what was written is read back (the PDF
with pypdf, the review and the backup through the services).
"""

from __future__ import annotations

import json
import time
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from onestop.domain.roles import Role, Section
from onestop.paths import resources
from onestop.services.breakglass import BreakGlassService
from onestop.services.cases import SurvivorDetails
from onestop.services.intake import Intake, IntakeService
from onestop.services.maintenance import MaintenanceService
from tests.gui.journey import (
    activate,
    alt,
    click,
    click_tab,
    find_button,
    find_field,
    find_window,
    has_window,
    on_screen,
    press,
    shows_button,
    sign_in_by_keyboard,
    sign_out_by_mouse,
    type_any_text,
    type_text,
)

REASON = "Unconscious on arrival; need the protection order's conditions"


def _retype(window, accessible_name: str, text: str) -> None:
    """Click the field, select what is in it, and type ``text`` over it."""
    field = find_field(window, accessible_name)
    click(field)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(text)
    assert field.text() == text, field.text()  # type: ignore[attr-defined]


def _type_date(window, accessible_name: str, day: date) -> None:
    """A date field (yyyy-MM-dd) typed as a person does: each part selected, then typed."""
    field = find_field(window, accessible_name)
    click(field)
    text = day.isoformat()
    for start, part in ((0, text[:4]), (5, text[5:7]), (8, text[8:])):
        press(Qt.Key.Key_Home)
        for _ in range(start):
            press(Qt.Key.Key_Right)
        for _ in part:
            press(Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
        type_text(part)
    assert field.text() == text, field.text()  # type: ignore[attr-defined]


def test_the_managers_week(qtbot, make_shell, vault, clock, tmp_path, hostile_text) -> None:
    started = time.monotonic()
    with vault.sign_in(Role.CASEWORKER) as cw:  # a file, and a colleague who broke the glass
        service = IntakeService(cw)
        check = service.possible_matches(hostile_text["names"][13])
        reference = service.register(
            Intake(SurvivorDetails(name=hostile_text["names"][13])), check.confirm_new()
        ).reference
    with vault.sign_in(Role.CLINICIAN) as clinician:
        BreakGlassService(clinician).open(reference, Section.LEGAL, REASON)
    today = clock().date()
    last_day = today.replace(day=1) - timedelta(days=1)
    first_day = last_day.replace(day=1)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.MANAGER)

    # The statistics for last month.
    qtbot.waitUntil(lambda: shows_button(shell, "Print anonymised statistics…"), timeout=5_000)
    click(find_button(shell, "Print anonymised statistics…"))
    title = next(
        w.windowTitle()
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w.windowTitle().startswith("Export:")
    )
    dialog = find_window(title)
    # A whole month only: she picks last month, and the DHIS2 file for the ministry too.
    span, which = find_field(dialog, "Month, quarter or year"), find_field(dialog, "Which period")
    assert span.currentText() == "A month"  # type: ignore[attr-defined]
    assert which.currentText() == first_day.strftime("%Y-%m")  # type: ignore[attr-defined]
    click(find_button(dialog, "Also write a DHIS2 data value set (JSON and CSV)"))
    _retype(dialog, "DHIS2 mapping file", str(resources() / "dhis2" / "sample-mapping.json"))
    pdf = tmp_path / "statistics-last-month.pdf"
    _retype(dialog, "Save as", str(pdf))
    open_after = find_button(dialog, "Open the document when it is written")
    alt("o")  # its mnemonic: not opened on this shared screen
    assert not open_after.isChecked()
    click(find_button(dialog, "Export"))
    # Written: the dialog says where, and she closes it herself.
    qtbot.waitUntil(lambda: shows_button(dialog, "Close"), timeout=60_000)
    assert f"Written to {pdf}" in on_screen(dialog)
    click(find_button(dialog, "Close"))
    qtbot.waitUntil(lambda: not has_window(title), timeout=5_000)
    activate(shell)  # the dialog closed: the window manager gives her window the keyboard
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert first_day.isoformat() in text or first_day.strftime("%d") in text, text[:400]
    assert hostile_text["names"][13] not in text and reference not in text  # anonymised
    assert "Time between the incident and its report" in text
    value_set = json.loads((tmp_path / "statistics-last-month-dhis2.json").read_text())
    assert value_set["period"] == first_day.strftime("%Y%m") and value_set["orgUnit"]

    # The break-glass review.
    click_tab(shell, "Break-glass review")
    table = find_field(shell, "Break-glass accesses")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=5_000)  # type: ignore[attr-defined]
    listed = on_screen(table)
    assert reference in listed and "Legal" in listed and "Test Clinician" in listed
    rect = table.visualRect(table.model().index(0, 0))  # type: ignore[attr-defined]
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # type: ignore[attr-defined]
    type_any_text(shell, "Review note", "Asked her colleague: emergency, justified.")
    click(find_button(shell, "Mark reviewed"))
    qtbot.waitUntil(lambda: "Marked reviewed." in on_screen(shell), timeout=5_000)
    sign_out_by_mouse(qtbot, shell)
    with vault.sign_in(Role.MANAGER) as manager:
        assert BreakGlassService(manager).to_review() == ()
    print(f"journey 6, the manager's week: {time.monotonic() - started:.1f} s")


def _has_tab(shell, text: str) -> bool:
    try:
        click_tab(shell, text)
    except AssertionError:
        return False
    return True


def test_the_admins_backup(qtbot, make_shell, vault, clock) -> None:
    started = time.monotonic()
    with vault.sign_in(Role.ADMIN) as admin:  # an earlier backup
        earlier = MaintenanceService(admin).backup()
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.ADMIN)
    qtbot.waitUntil(lambda: _has_tab(shell, "Backups and checks"), timeout=10_000)
    click_tab(shell, "Backups and checks")
    backups = find_field(shell, "Earlier backups")
    assert earlier.path.name in on_screen(backups)
    last = find_field(shell, "Last backup")
    last_said = last.text()  # type: ignore[attr-defined]
    assert last_said.startswith("Last backup: ") and "none yet" not in last_said
    click(find_button(shell, "Back up now"))
    qtbot.waitUntil(lambda: "Backup written" in on_screen(shell), timeout=60_000)
    qtbot.waitUntil(lambda: backups.model().rowCount() == 2, timeout=5_000)  # type: ignore[attr-defined]
    rows = on_screen(backups).splitlines()
    newest = [p for p in Path(earlier.path).parent.iterdir() if p != earlier.path]
    assert len(newest) == 1
    # The newest first, the date of the last one said above the list.
    assert rows.index(newest[0].name) < rows.index(earlier.path.name)
    assert find_field(shell, "Last backup").text() == f"Last backup: {rows[0]}"  # type: ignore[attr-defined]

    # The audit trail says what happened in words, the stored code beside.
    click_tab(shell, "Audit trail")
    click(find_button(shell, "Show"))
    trail = on_screen(find_field(shell, "Audit trail"))
    assert "Backup made" in trail and "backup.created" in trail
    assert "Signed in" in trail and "session.sign_in" in trail
    sign_out_by_mouse(qtbot, shell)
    with vault.sign_in(Role.ADMIN) as admin:
        kept = MaintenanceService(admin).backups()
        assert [b.path for b in kept] == [newest[0], earlier.path]
        last = MaintenanceService(admin).last_backup()
        assert last is not None and kept[0].created_at is not None
        assert abs((last - kept[0].created_at).total_seconds()) < 60
    print(f"journey 6, the admin's backup: {time.monotonic() - started:.1f} s")
