"""Moving in, at the screen: the caseworker reads the centre's old register (a CSV), sees its
format and the fields chosen for its columns, checks every row, decides that one row is a
survivor already in the vault (its incident goes into her file), imports the rest as a new
case, and finds that case by its register id in the Cases tab."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QTabBar, QTableView, QWidget

from onestop.domain.roles import Capability, Role, may
from onestop.services.cases import CaseService, SurvivorDetails
from tests.gui.journey import (
    choose,
    click,
    click_tab,
    find_button,
    find_field,
    on_screen,
    open_file_from_list,
    press,
    shows_button,
    sign_in_by_keyboard,
    type_into,
)

DROP_DOWN = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def assert_in_view(shell: QWidget, widget: QWidget) -> None:
    """``widget`` is whole inside the shell's window as it is sized, not cut off below."""
    shell.layout().activate()
    box = QRect(widget.mapTo(shell, QPoint(0, 0)), widget.size())
    assert widget.isVisible() and box.height() > 0
    assert shell.rect().contains(box), (box, shell.rect())


@DROP_DOWN
def test_a_caseworker_imports_a_register(qtbot, make_shell, vault, tmp_path: Path) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        existing = CaseService(cw).open_case(SurvivorDetails(name="Amina Hassan")).reference
    register = tmp_path / "register.csv"
    register.write_text(
        "Register id;Name;Type of incident\n"
        "R-100;Amina Hassan;Rape\n"
        "R-101;Zoë Núñez;Physical Assault\n",
        encoding="utf-8",
    )
    shell = make_shell(vault.path)
    shell.resize(1280, 768)  # a common laptop screen
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    click_tab(shell, "Import register")
    type_into(shell, "Register file", str(register))
    click(find_button(shell, "Read file"))
    qtbot.waitUntil(lambda: bool(find_field(shell, "File format").text()), timeout=5_000)
    assert find_field(shell, "File format").text() == "CSV file, encoding utf-8, delimiter ;"
    assert find_field(shell, "Field for Name").currentText() == "Name"
    assert find_field(shell, "Field for Register id").currentText() == "Register id"
    assert find_field(shell, "Field for Type of incident").currentText() == "Type of incident"
    assert not find_button(shell, "Import").isEnabled()  # not before the dry run

    click(find_button(shell, "Check every row (dry run)"))
    summary = find_field(shell, "Dry run")
    qtbot.waitUntil(lambda: "2 rows checked" in summary.text(), timeout=20_000)
    assert "0 would be refused, 1 may be a case already in the vault" in summary.text()
    assert existing in on_screen(find_field(shell, "Possible duplicates"))
    choose(shell, "Decision for line 2", f"Add to {existing}")

    click(find_button(shell, "Import"))
    qtbot.waitUntil(lambda: "Imported: 1 new case," in on_screen(shell), timeout=30_000)
    assert "2 incidents, 1 row added to existing cases" in on_screen(shell)
    result = find_field(shell, "Import result")
    assert result.property("role") != "error"  # news, not an error
    assert_in_view(shell, result)
    assert_in_view(shell, find_button(shell, "Import"))
    mapping = find_field(shell, "Columns and fields")
    assert mapping.viewport().height() >= 6 * mapping.rowHeight(0)  # not a four-row slit

    click_tab(shell, "Cases")
    type_into(shell, "Find a case", "R-101")
    cases = find_field(shell, "Cases")
    qtbot.waitUntil(lambda: "Zoë Núñez" in on_screen(cases), timeout=10_000)
    assert "Amina Hassan" not in on_screen(cases)

    # Her file says where it came from: the register, its id there, and the day of the import.
    model = cases.model()
    reference = next(
        cell
        for row in range(model.rowCount())
        for cell in (model.index(row, c).data() for c in range(model.columnCount()))
        if isinstance(cell, str) and cell.startswith("OSC-")
    )
    open_file_from_list(qtbot, shell, reference)
    click_tab(shell, "Identity")
    identity = on_screen(shell)
    assert "Imported from a register" in identity and "R-101" in identity, identity
    assert "Not known (not in the register)" in identity  # the register gave no date
    imported_on = find_field(shell, "identity_Imported from a register").text()
    assert str(date.today().year) in imported_on
    click_tab(shell, "Timeline")
    qtbot.waitUntil(lambda: "Imported from a register" in on_screen(shell), timeout=10_000)
    timeline = next(
        t
        for t in shell.findChildren(QTableView)
        if t.isVisible() and "Imported from a register" in on_screen(t)
    )
    first = [timeline.model().index(0, c).data() for c in range(timeline.model().columnCount())]
    assert first[0] == imported_on and first[2] == "Imported from a register", first
    assert "Case opened" not in on_screen(timeline)


@DROP_DOWN
def test_a_corrected_file_is_checked_again_and_imported(
    qtbot, make_shell, vault, tmp_path: Path
) -> None:
    """A refused date is corrected in the file; checking again reads the file anew and keeps
    the fields she chose and her decision on a row whose possible match is the same."""
    with vault.sign_in(Role.CASEWORKER) as cw:
        existing = CaseService(cw).open_case(SurvivorDetails(name="Amina Hassan")).reference
    register = tmp_path / "register.csv"
    header = "Register id;Name;Date of birth;Type of incident\n"
    register.write_text(
        header + "R-100;Amina Hassan;;Rape\nR-101;Zoë Núñez;31/02/1990;Physical Assault\n",
        encoding="utf-8",
    )
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    click_tab(shell, "Import register")
    type_into(shell, "Register file", str(register) + ".old")
    click(find_button(shell, "Read file"))
    result = find_field(shell, "Import result")
    assert result.text() == "There is no such file." and result.property("role") == "error"
    click(find_field(shell, "Register file"))
    press(Qt.Key.Key_End)
    for _ in ".old":
        press(Qt.Key.Key_Backspace)
    click(find_button(shell, "Read file"))
    qtbot.waitUntil(lambda: bool(find_field(shell, "File format").text()), timeout=5_000)
    assert result.text() == ""
    choose(shell, "Field for Type of incident", "(not imported)")

    click(find_button(shell, "Check every row (dry run)"))
    summary = find_field(shell, "Dry run")
    qtbot.waitUntil(lambda: "2 rows checked" in summary.text(), timeout=20_000)
    assert "1 would be refused" in summary.text()
    assert not find_button(shell, "Import").isEnabled()
    choose(shell, "Decision for line 2", f"Add to {existing}")

    register.write_text(
        header + "R-100;Amina Hassan;;Rape\nR-101;Zoë Núñez;28/02/1990;Physical Assault\n",
        encoding="utf-8",
    )
    click(find_button(shell, "Check every row (dry run)"))
    qtbot.waitUntil(lambda: "0 would be refused" in summary.text(), timeout=20_000)
    assert find_field(shell, "Field for Type of incident").currentText() == "(not imported)"
    assert find_field(shell, "Decision for line 2").currentText() == f"Add to {existing}"
    assert find_button(shell, "Import").isEnabled()

    click(find_button(shell, "Import"))
    qtbot.waitUntil(lambda: "Imported: 1 new case," in on_screen(shell), timeout=30_000)
    assert "0 incidents, 1 row added to existing cases" in on_screen(shell)


def tab_titles(shell: QWidget) -> set[str]:
    return {
        bar.tabText(i).replace("&", "")
        for bar in shell.findChildren(QTabBar)
        if bar.isVisible()
        for i in range(bar.count())
    }


@pytest.mark.parametrize("role", list(Role))
def test_the_import_tab_is_for_the_caseworker_and_the_manager(
    qtbot, make_shell, vault, role: Role
) -> None:
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, role)
    shown = "Import register" in tab_titles(shell)
    assert shown is (role in (Role.CASEWORKER, Role.MANAGER))
    assert shown is may(role, Capability.CHECK_REGISTER)


@DROP_DOWN
def test_a_manager_checks_a_register_and_is_told_a_caseworker_imports_it(
    qtbot, make_shell, vault, tmp_path: Path
) -> None:
    register = tmp_path / "register.csv"
    register.write_text("Register id;Name\nR-100;Zoë Núñez\nR-101;Amina Hassan\n", "utf-8")
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.MANAGER)
    click_tab(shell, "Import register")
    who = find_field(shell, "Who imports")
    assert who.isVisible()
    assert "A caseworker imports it" in who.text()
    assert "Nothing is written until you import" not in on_screen(shell)
    assert not shows_button(shell, "Import")
    type_into(shell, "Register file", str(register))
    click(find_button(shell, "Read file"))
    qtbot.waitUntil(lambda: bool(find_field(shell, "File format").text()), timeout=5_000)
    click(find_button(shell, "Check every row (dry run)"))
    summary = find_field(shell, "Dry run")
    qtbot.waitUntil(lambda: "2 rows checked" in summary.text(), timeout=20_000)
    assert "0 would be refused, 0 may be cases already in the vault" in summary.text()
    assert not shows_button(shell, "Import")
    assert not shows_button(shell, "Cancel import")


@DROP_DOWN
def test_the_check_shows_its_progress_and_cancel_stops_it(
    qtbot, make_shell, vault, tmp_path: Path
) -> None:
    """A long register is checked off the window's thread: the bar moves, Cancel stops the
    check, and the screen is usable again (checking anew works)."""
    register = tmp_path / "register.csv"
    register.write_text(
        "Register id;Name;Type of incident\n"
        + "".join(f"R-{i};Person {i};Rape\n" for i in range(60_000)),
        encoding="utf-8",
    )
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    click_tab(shell, "Import register")
    type_into(shell, "Register file", str(register))
    click(find_button(shell, "Read file"))
    qtbot.waitUntil(lambda: bool(find_field(shell, "File format").text()), timeout=5_000)
    click(find_button(shell, "Check every row (dry run)"))
    bar = find_field(shell, "Import progress")
    assert bar.isVisible() and bar.maximum() == 0  # busy while it checks
    assert "Checking every row…" in on_screen(shell)
    cancel = find_button(shell, "Cancel check")
    assert cancel.isEnabled() and not find_button(shell, "Check every row (dry run)").isEnabled()
    click(cancel)
    qtbot.waitUntil(lambda: "Check cancelled" in on_screen(shell), timeout=20_000)
    assert find_field(shell, "Dry run").text() == ""
    assert not find_button(shell, "Import").isEnabled()
    assert find_button(shell, "Check every row (dry run)").isEnabled()
    assert bar.maximum() == 1 and not find_button(shell, "Cancel import").isEnabled()

    register.write_text("Register id;Name;Type of incident\nR-1;Zoë Núñez;Rape\n", encoding="utf-8")
    click(find_button(shell, "Check every row (dry run)"))
    qtbot.waitUntil(lambda: "1 row checked" in find_field(shell, "Dry run").text(), timeout=20_000)
    assert find_button(shell, "Import").isEnabled()
