"""Moving in, at the screen: the caseworker reads the centre's old register (a CSV), sees its
format and the fields chosen for its columns, checks every row, decides that one row is a
survivor already in the vault (its incident goes into her file), imports the rest as a new
case, and finds that case by its register id in the Cases tab."""

from __future__ import annotations

from pathlib import Path

import pytest

from onestop.domain.roles import Role
from onestop.services.cases import CaseService, SurvivorDetails
from tests.gui.journey import (
    choose,
    click,
    click_tab,
    find_button,
    find_field,
    on_screen,
    sign_in_by_keyboard,
    type_into,
)

DROP_DOWN = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


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
    assert "0 would be refused, 1 may be cases already in the vault" in summary.text()
    assert existing in on_screen(find_field(shell, "Possible duplicates"))
    choose(shell, "Decision for line 2", f"Add to {existing}")

    click(find_button(shell, "Import"))
    qtbot.waitUntil(lambda: "Imported: 1 new case," in on_screen(shell), timeout=30_000)
    assert "2 incidents, 1 row added to existing cases" in on_screen(shell)

    click_tab(shell, "Cases")
    type_into(shell, "Find a case", "R-101")
    cases = find_field(shell, "Cases")
    qtbot.waitUntil(lambda: "Zoë Núñez" in on_screen(cases), timeout=10_000)
    assert "Amina Hassan" not in on_screen(cases)


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
    type_into(shell, "Register file", str(register))
    click(find_button(shell, "Read file"))
    qtbot.waitUntil(lambda: bool(find_field(shell, "File format").text()), timeout=5_000)
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
