"""Journey: a new counsellor gets her keys from a colleague who holds them (Bitwarden's
"confirm member"). The admin adds her; she signs in, chooses her password, and sees that she
waits and her fingerprint; the first counsellor signs in, is asked, types the fingerprint she
reads aloud, confirms; the new counsellor signs in again and reads a counselling note. A wrong
fingerprint is refused in words; a caseworker confirms what she holds, never counselling."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from onestop.db.base import utcnow
from onestop.domain.counselling import SessionType
from onestop.domain.roles import Role
from onestop.services import colleagues
from onestop.services.auth import sign_in
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.counselling import CounsellingService, SessionDetails
from onestop.services.users import UserService
from tests.gui.journey import (
    activate,
    choose,
    click,
    click_tab,
    find_button,
    find_field,
    find_window,
    focused,
    has_window,
    on_screen,
    open_file_from_list,
    press,
    shows_button,
    sign_in_after_a_colleague,
    sign_in_by_keyboard,
    sign_out_by_mouse,
    type_into,
    type_text,
)
from tests.gui.test_accessibility import _unnamed

NEWCOMER = "t.okafor"
NEWCOMER_NAME = "Temi Okafor"
NEWCOMER_PASSWORD = "heron marble window lately 47"
NOTE = "Synthetic note: sleeping better, wants a group session."
WAITING = "Your account is waiting for a colleague to confirm it"
DROP_DOWN = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def _case_with_a_note(vault) -> str:
    with vault.sign_in(Role.CASEWORKER) as cw:
        reference = CaseService(cw).open_case(SurvivorDetails(alias="Wren")).reference
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        CounsellingService(counsellor).record(
            reference,
            SessionDetails(utcnow() - timedelta(hours=3), SessionType.INDIVIDUAL, NOTE),
        )
    return reference


def _newcomer_waiting(vault) -> str:
    """Made through the services: the admin adds her, she chooses her password; her
    fingerprint, as her home screen shows it."""
    with vault.sign_in(Role.ADMIN) as admin:
        otp = UserService(admin).create(NEWCOMER, Role.COUNSELLOR, NEWCOMER_NAME)
    with sign_in(vault.path, NEWCOMER, otp.one_time_password) as newcomer:
        UserService(newcomer).change_own_password(otp.one_time_password, NEWCOMER_PASSWORD)
    with sign_in(vault.path, NEWCOMER, NEWCOMER_PASSWORD) as newcomer:
        wait = colleagues.my_wait(newcomer)
    assert wait is not None
    return wait.fingerprint


def _sign_in_as(qtbot, shell, username: str, password: str) -> None:
    """At the sign-in window, by the keyboard: the user name (replacing any left there), Tab,
    the password, Enter."""
    activate(shell)
    user = find_field(shell, "User name")
    click(user)
    QTest.keyClick(user, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(username)
    press(Qt.Key.Key_Tab)
    assert focused() is find_field(shell, "Password")
    type_text(password)
    press(Qt.Key.Key_Return)


@DROP_DOWN
def test_a_new_counsellor_is_confirmed_by_a_counsellor_and_reads_notes(
    qtbot, make_shell, vault
) -> None:
    reference = _case_with_a_note(vault)
    shell = make_shell(vault.path)

    # The admin adds her and hands over the one-time password.
    sign_in_by_keyboard(qtbot, shell, Role.ADMIN)
    click(find_button(shell, "New account…"))
    form = find_window("New staff account")
    type_into(form, "User name", NEWCOMER)
    type_into(form, "Name", NEWCOMER_NAME)
    choose(form, "Role", "Counsellor")
    click(find_button(form, "Create"))
    handed = find_window("One-time password")
    otp = find_field(handed, "One-time password").text()  # type: ignore[attr-defined]
    click(find_button(handed, "I have handed it over"))
    sign_out_by_mouse(qtbot, shell)

    # She signs in, chooses her own password, and sees that she waits, with her fingerprint.
    _sign_in_as(qtbot, shell, NEWCOMER, otp)
    qtbot.waitUntil(lambda: has_window("Choose a new password"), timeout=20_000)
    change = find_window("Choose a new password")
    type_into(change, "Current password", otp)
    type_into(change, "New password", NEWCOMER_PASSWORD)
    type_into(change, "Repeat the new password", NEWCOMER_PASSWORD)
    click(find_button(change, "Change password"))
    qtbot.waitUntil(lambda: shows_button(shell, "Sign out"), timeout=20_000)
    qtbot.waitUntil(lambda: WAITING in on_screen(shell), timeout=5_000)
    assert "Counselling notes" in find_field(shell, "Waiting sections").text()  # type: ignore[attr-defined]
    fingerprint = find_field(shell, "Your fingerprint").text()  # type: ignore[attr-defined]
    assert len(fingerprint.split()) == 8
    sign_out_by_mouse(qtbot, shell)

    # The first counsellor signs in and is asked; she types what her colleague reads aloud.
    sign_in_after_a_colleague(qtbot, shell, Role.COUNSELLOR)
    asked = find_window("Confirm colleagues")
    shown = on_screen(asked)
    assert f"{NEWCOMER_NAME} ({NEWCOMER}), Counsellor" in shown
    assert "Counselling notes" in shown
    type_into(asked, "Fingerprint read to you", fingerprint)
    click(find_button(asked, "Confirm"))
    message = find_field(asked, "Confirmation message")
    assert "is confirmed" in message.text()  # type: ignore[attr-defined]
    click(find_button(asked, "Close"))
    qtbot.waitUntil(lambda: not has_window("Confirm colleagues"), timeout=5_000)
    qtbot.waitUntil(lambda: not shows_button(shell, "Confirm colleagues…"), timeout=5_000)
    sign_out_by_mouse(qtbot, shell)

    # She signs in again: no longer waiting, and she reads the counselling note.
    _sign_in_as(qtbot, shell, NEWCOMER, NEWCOMER_PASSWORD)
    qtbot.waitUntil(lambda: shows_button(shell, "Sign out"), timeout=20_000)
    assert WAITING not in on_screen(shell)
    open_file_from_list(qtbot, shell, reference)
    click_tab(shell, "Counselling notes")
    qtbot.waitUntil(lambda: NOTE in on_screen(shell), timeout=10_000)


def test_a_wrong_fingerprint_is_refused_and_not_now_waits(qtbot, make_shell, vault) -> None:
    fingerprint = _newcomer_waiting(vault)
    wrong = fingerprint[:-4] + ("0000" if not fingerprint.endswith("0000") else "1111")
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.COUNSELLOR)
    asked = find_window("Confirm colleagues")
    assert not _unnamed(asked) and not _unnamed(shell)  # a screen reader names every control
    assert focused() is find_field(asked, "Fingerprint read to you")  # typing starts there
    type_text(wrong)
    press(Qt.Key.Key_Return)
    message = find_field(asked, "Confirmation message")
    qtbot.waitUntil(lambda: "does not match" in message.text(), timeout=5_000)  # type: ignore[attr-defined]
    assert "nothing was granted" in message.text()  # type: ignore[attr-defined]
    click(find_button(asked, "Not now"))
    qtbot.waitUntil(lambda: not has_window("Confirm colleagues"), timeout=5_000)
    # Postponed, not forgotten: the home screen says who waits and leads back to it.
    assert NEWCOMER_NAME in find_field(shell, "Colleagues waiting").text()  # type: ignore[attr-defined]
    click(find_button(shell, "Confirm colleagues…"))
    again = find_window("Confirm colleagues")
    type_text(fingerprint)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shows_button(again, "Close"), timeout=5_000)
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not has_window("Confirm colleagues"), timeout=5_000)
    qtbot.waitUntil(lambda: not shows_button(shell, "Confirm colleagues…"), timeout=5_000)
    sign_out_by_mouse(qtbot, shell)
    _sign_in_as(qtbot, shell, NEWCOMER, NEWCOMER_PASSWORD)
    qtbot.waitUntil(lambda: shows_button(shell, "Sign out"), timeout=20_000)
    assert WAITING not in on_screen(shell)


def test_a_caseworker_cannot_confirm_counselling(qtbot, make_shell, vault) -> None:
    fingerprint = _newcomer_waiting(vault)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    asked = find_window("Confirm colleagues")
    gives = on_screen(asked)
    assert "Identity" in gives and "Counselling notes" not in gives
    type_into(asked, "Fingerprint read to you", fingerprint)
    click(find_button(asked, "Confirm"))
    qtbot.waitUntil(lambda: shows_button(asked, "Close"), timeout=5_000)
    click(find_button(asked, "Close"))
    sign_out_by_mouse(qtbot, shell)
    # She now reads names, but counselling still waits for a counsellor.
    _sign_in_as(qtbot, shell, NEWCOMER, NEWCOMER_PASSWORD)
    qtbot.waitUntil(lambda: shows_button(shell, "Sign out"), timeout=20_000)
    qtbot.waitUntil(lambda: WAITING in on_screen(shell), timeout=5_000)
    waits_for = find_field(shell, "Waiting sections").text()  # type: ignore[attr-defined]
    assert "Counselling notes" in waits_for and "Identity" not in waits_for
