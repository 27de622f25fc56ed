"""Who holds her file, said as colleagues say it: a walk-in registered by a caseworker shows her
caseworker's name (not a user name) in the case list and on the identity tab, the status as
"Open" (as the filter and the file say it), and the identity tab's "Edit…" at its own width."""

from __future__ import annotations

from onestop.domain.roles import Role
from tests.gui.journey import (
    click,
    click_tab,
    find_button,
    find_field,
    find_window,
    on_screen,
    sign_in_by_keyboard,
    snap,
    type_into,
)


def test_the_case_list_and_identity_name_her_caseworker(qtbot, make_shell, vault) -> None:
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    click_tab(shell, "Cases")
    click(find_button(shell, "New intake…"))
    dialog = find_window("New intake")
    type_into(dialog, "Alias", "Wren")
    click(find_button(dialog, "Check for existing files…"))
    assert "No existing file has her name, alias, date of birth or phone." in on_screen(dialog)
    checked = on_screen(dialog)  # what will be registered, read through before it is
    assert "Consent decisions" in checked and "Test Caseworker" in checked
    assert "Not recorded now" in checked and "u-caseworker" not in checked
    snap("the check for existing files")
    click(find_button(dialog, "Register her"))
    qtbot.waitUntil(lambda: find_field(shell, "caseReference").text() != "", timeout=10_000)
    identity = on_screen(shell)
    assert "Test Caseworker" in identity and "u-caseworker" not in identity
    assert "Open" in identity
    edit = find_button(shell, "Edit…")
    assert edit.width() < edit.sizeHint().width() * 2 < shell.width() // 2  # not stretched
    snap("her identity tab")
    click_tab(shell, "Cases")
    cases = find_field(shell, "Cases")
    qtbot.waitUntil(lambda: "Wren" in on_screen(cases), timeout=10_000)
    listed = on_screen(cases)
    assert "Test Caseworker" in listed and "u-caseworker" not in listed
    assert "Open" in listed and "open" not in listed.replace("Open", "")
    snap("the case list")
