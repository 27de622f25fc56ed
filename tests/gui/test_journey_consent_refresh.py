"""Her open file after an export from the Conferences screen (issue 23), from the sign-in
window with only what is on screen: the manager has her file open on its Consent tab, prints
the meeting's pack, sharing her case without her consent, and back on her file the sharing is
listed at once, without closing and opening it again; at 1280×800 the list of sharings shows
at least three rows.
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import QTableView

from onestop.domain.roles import Role
from tests.gui.conftest import DROP_DOWN, NOTE, WHY, save_as
from tests.gui.journey import (
    choose,
    click,
    click_tab,
    find_button,
    find_field,
    find_window,
    has_window,
    on_screen,
    open_file_from_list,
    resize_window,
    shows_button,
    sign_in_by_keyboard,
    snap,
    type_any_text,
    type_into,
)


@DROP_DOWN
def test_her_open_file_lists_the_sharing_at_once(
    qtbot, make_shell, vault, tmp_path, opened, conference
) -> None:
    [ref] = conference.refer("Heron")
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.MANAGER)
    resize_window(shell, 1280, 800)
    open_file_from_list(qtbot, shell, ref)
    click_tab(shell, "Consent")
    qtbot.waitUntil(lambda: "Consent decisions" in on_screen(shell), timeout=10_000)
    assert "Case-conference pack" not in on_screen(shell)

    click_tab(shell, "Conferences")
    qtbot.waitUntil(lambda: shows_button(shell, "Print the pack…"), timeout=10_000)
    click(find_button(shell, "Print the pack…"))
    title = "Export: Case-conference pack"
    qtbot.waitUntil(lambda: has_window(title), timeout=5_000)
    dialog = find_window(title)
    save_as(dialog, tmp_path / "pack.pdf")
    choose(dialog, f"Why {ref} is shared", "High risk of serious harm or homicide")
    type_into(dialog, f"What makes it so for {ref}", NOTE)
    choose(
        dialog,
        f"Has she been told of the sharing of {ref}?",
        "No: it would put her or others at risk",
    )
    type_any_text(dialog, f"Who will tell her, or why not, for {ref}", WHY)
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(lambda: bool(opened.urls), timeout=30_000)
    click(find_button(dialog, "Close"))
    qtbot.waitUntil(lambda: not has_window(title), timeout=5_000)

    # Back on her file, still open: the sharing is there, without opening it again.
    click_tab(shell, ref)
    click_tab(shell, "Consent")
    qtbot.waitUntil(lambda: "Case-conference pack" in on_screen(shell), timeout=10_000)
    table = find_field(shell, "Shared without her consent")
    assert isinstance(table, QTableView)
    snap("her file, the sharing listed", shell)
    where = os.environ.get("ONESTOP_GRAB_DIR")
    if where:
        shell.grab().save(os.path.join(where, "consent-1280x800.png"))
    rows = table.viewport().height() / table.verticalHeader().defaultSectionSize()
    assert rows >= 3, rows
