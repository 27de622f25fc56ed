"""A shared workstation: the referral letter's and the conference pack's export dialogs, open
with a file name typed in, are kept through Ctrl+L as their author's private draft and open
again, as they were, after she unlocks; nothing is written and no draft is left behind."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from onestop.domain.referrals import Urgency
from onestop.domain.roles import Role
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.conferences import ConferenceService
from onestop.services.drafts import DraftService
from onestop.services.referrals import ReferralDetails, ReferralService
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
    press,
    select_row,
    shows_button,
    sign_in_by_keyboard,
    sign_out_by_mouse,
    type_text,
    unlock_by_keyboard,
)

DROP_DOWN = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
TODAY = datetime.now(UTC).date()


def _type_a_name(dialog) -> tuple[str, str]:
    """A file name typed into "Save as" (the name before, the name typed)."""
    field = find_field(dialog, "Save as")
    before = field.text()
    click(field)
    field.end(False)
    for _ in range(len(".pdf")):
        press(Qt.Key.Key_Backspace)
    type_text("-for-the-agency.pdf")
    assert field.text() != before
    return before, field.text()


def _locked_and_back(qtbot, shell, role: Role, title: str, typed: str) -> None:
    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shows_button(shell, "Unlock"), timeout=10_000)
    assert not has_window(title)  # closed at the lock, nothing submitted
    unlock_by_keyboard(qtbot, shell, role)
    qtbot.waitUntil(lambda: has_window(title), timeout=10_000)
    again = find_window(title)
    assert find_field(again, "Save as").text() == typed
    click(find_button(again, "Cancel"))
    qtbot.waitUntil(lambda: not has_window(title), timeout=5_000)


@DROP_DOWN
def test_the_referral_letters_export_is_kept_through_a_lock(qtbot, make_shell, vault) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Plover")).reference
        ReferralService(cw).record(
            ref, ReferralDetails("Hill Legal Aid", "Advice", Urgency.ROUTINE, "She asked.")
        )
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    open_file_from_list(qtbot, shell, ref)
    click_tab(shell, "Referrals")
    select_row(find_field(shell, "Referrals and where they stand"), "Hill Legal Aid")
    click(find_button(shell, "Print the letter…"))
    title = "Export: Referral letter"
    before, typed = _type_a_name(find_window(title))
    _locked_and_back(qtbot, shell, Role.CASEWORKER, title, typed)
    assert "Hill Legal Aid" in on_screen(shell)  # her file, on the referral, behind it
    sign_out_by_mouse(qtbot, shell)
    assert not Path(typed).exists() and not Path(before).exists()
    with vault.sign_in(Role.CASEWORKER) as cw:
        assert DraftService(cw).mine() == ()


@DROP_DOWN
def test_the_conference_packs_export_is_kept_through_a_lock(qtbot, make_shell, vault) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Kite")).reference
        ConferenceService(cw).refer(ref, "She fears for her life")
    with vault.sign_in(Role.MANAGER) as manager:
        service = ConferenceService(manager)
        service.schedule(TODAY + timedelta(days=8), ["Police"])
        second = service.schedule(TODAY + timedelta(days=3), ["Police"])
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.MANAGER)
    click_tab(shell, "Conferences")
    qtbot.waitUntil(lambda: shows_button(shell, "Print the pack…"), timeout=10_000)
    click(find_button(shell, "Print the pack…"))
    title = "Export: Case-conference pack"
    qtbot.waitUntil(lambda: has_window(title), timeout=5_000)
    before, typed = _type_a_name(find_window(title))
    assert second.held_on.isoformat() in before  # the meeting shown: the next one
    _locked_and_back(qtbot, shell, Role.MANAGER, title, typed)
    sign_out_by_mouse(qtbot, shell)
    assert not Path(typed).exists() and not Path(before).exists()
    with vault.sign_in(Role.MANAGER) as manager:
        assert DraftService(manager).mine() == ()


@DROP_DOWN
def test_the_statistics_export_is_kept_through_a_lock(qtbot, make_shell, vault) -> None:
    """The manager reads statistics and writes none: her dialog's choices (the period, the
    file name; no record) are kept all the same, as hers alone."""
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.MANAGER)
    qtbot.waitUntil(lambda: shows_button(shell, "Print anonymised statistics…"), timeout=10_000)
    click(find_button(shell, "Print anonymised statistics…"))
    title = "Export: Anonymised statistics"
    qtbot.waitUntil(lambda: has_window(title), timeout=5_000)
    dialog = find_window(title)
    choose(dialog, "Month, quarter or year", "A quarter")
    quarter = find_field(dialog, "Which period").currentText()  # type: ignore[attr-defined]
    before, typed = _type_a_name(dialog)
    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shows_button(shell, "Unlock"), timeout=10_000)
    assert not has_window(title)  # closed at the lock, nothing submitted
    unlock_by_keyboard(qtbot, shell, Role.MANAGER)
    qtbot.waitUntil(lambda: has_window(title), timeout=10_000)
    again = find_window(title)
    assert find_field(again, "Save as").text() == typed  # type: ignore[attr-defined]
    assert find_field(again, "Month, quarter or year").currentText() == "A quarter"  # type: ignore[attr-defined]
    assert find_field(again, "Which period").currentText() == quarter  # type: ignore[attr-defined]
    click(find_button(again, "Cancel"))
    qtbot.waitUntil(lambda: not has_window(title), timeout=5_000)
    sign_out_by_mouse(qtbot, shell)
    assert not Path(typed).exists() and not Path(before).exists()
    with vault.sign_in(Role.MANAGER) as manager:
        assert DraftService(manager).mine() == ()
