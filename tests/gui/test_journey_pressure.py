"""Journey 5, a shared workstation under pressure: with any dialog open, F12 hides every
OneStop window at once, Ctrl+L locks, another person may sign in, or the idle lock comes; what
was typed in the dialog is kept as its author's private draft, never lost, never submitted,
never shown to the next person; the password typed at the lock lands in the lock's own field.

Only what is on screen is used (buttons by their text, fields by their accessible name); what
was or was not recorded is read back through the services.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from onestop.domain.referrals import Urgency
from onestop.domain.roles import Role
from onestop.services.cases import SurvivorDetails
from onestop.services.drafts import DraftService
from onestop.services.intake import Intake, IntakeService
from onestop.services.referrals import ReferralService
from onestop.services.search import CaseSearch
from tests.conftest import password_for
from tests.gui.journey import (
    activate,
    click,
    find_button,
    find_field,
    find_window,
    focused,
    has_window,
    nothing_of_onestop_on_screen,
    on_screen,
    open_file_from_list,
    press,
    shows_button,
    sign_in_by_keyboard,
    sign_out_by_mouse,
    type_any_text,
    type_text,
    unlock_by_keyboard,
)
from tests.gui.test_journeys import DROP_DOWN

START = time.monotonic()


@dataclass
class Typed:
    """A dialog opened and typed into: its window title, and how to check it afterwards."""

    role: Role
    title: str
    back: Callable[[QWidget], None]  # the typing is in the reopened dialog
    unsubmitted: Callable[[], None]  # through the services: nothing was recorded
    close: Callable[[object, QWidget], None]  # leave the dialog without submitting


def _her_file(vault) -> str:
    with vault.sign_in(Role.CASEWORKER) as cw:
        service = IntakeService(cw)
        details = SurvivorDetails(alias="Plover")
        return service.register(
            Intake(details), service.possible_matches("", "Plover").confirm_new()
        ).reference


def _discard_intake(qtbot, dialog: QWidget) -> None:
    click(find_button(dialog, "Cancel"))
    qtbot.waitUntil(lambda: has_window("Discard this intake?"), timeout=5_000)
    click(find_button(find_window("Discard this intake?"), "Discard"))
    qtbot.waitUntil(lambda: not has_window("New intake"), timeout=5_000)


def _cancel(title: str) -> Callable[[object, QWidget], None]:
    def close(qtbot, dialog: QWidget) -> None:
        click(find_button(dialog, "Cancel"))
        qtbot.waitUntil(lambda: not has_window(title), timeout=5_000)

    return close


def open_intake(
    qtbot, shell, vault, hostile_text, _reference: str, *, discard_box: bool = False
) -> Typed:
    """A caseworker's intake of a walk-in, typed in (and, with ``discard_box``, Escape pressed
    so that the "Discard this intake?" box is in front of it)."""
    alias, notes = hostile_text["names"][10], hostile_text["notes"][3]
    qtbot.waitUntil(lambda: shows_button(shell, "New intake…"), timeout=5_000)
    click(find_button(shell, "New intake…"))
    dialog = find_window("New intake")
    type_any_text(dialog, "Alias", alias)
    type_any_text(dialog, "Safe contact notes", notes)
    if discard_box:
        press(Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: has_window("Discard this intake?"), timeout=5_000)
        find_window("Discard this intake?")

    def back(again: QWidget) -> None:
        assert find_field(again, "Alias").text() == alias
        assert find_field(again, "Safe contact notes").toPlainText() == notes

    def unsubmitted() -> None:
        with vault.sign_in(Role.CASEWORKER) as cw:
            assert CaseSearch(cw).find().cases == ()
            assert DraftService(cw).mine() == ()

    return Typed(Role.CASEWORKER, "New intake", back, unsubmitted, _discard_intake)


def open_referral(qtbot, shell, vault, hostile_text, reference: str) -> Typed:
    """A caseworker's new referral from her file's Referrals tab, typed in."""
    open_file_from_list(qtbot, shell, reference)
    from tests.gui.journey import click_tab

    click_tab(shell, "Referrals")
    click(find_button(shell, "New referral…"))
    dialog = find_window("New referral")
    agency, reason = hostile_text["names"][20], hostile_text["notes"][1].replace("\n", " ")
    type_any_text(dialog, "Agency", agency)
    type_any_text(dialog, "Reason for referral", reason)

    def back(again: QWidget) -> None:
        assert find_field(again, "Agency").currentText() == agency
        assert find_field(again, "Reason for referral").toPlainText() == reason
        assert find_field(again, "Urgency").currentData() == Urgency.ROUTINE.value

    def unsubmitted() -> None:
        with vault.sign_in(Role.CASEWORKER) as cw:
            assert ReferralService(cw).list(reference) == ()
            assert DraftService(cw).mine() == ()

    return Typed(Role.CASEWORKER, "New referral", back, unsubmitted, _cancel("New referral"))


def open_export(qtbot, shell, vault, hostile_text, reference: str) -> Typed:
    """A legal advocate's court bundle export, its file name typed in."""
    open_file_from_list(qtbot, shell, reference)
    from tests.gui.journey import click_tab

    click_tab(shell, "Legal")
    click(find_button(shell, "Print the court bundle…"))
    title = "Export: Court bundle"
    dialog = find_window(title)
    before = find_field(dialog, "Save as").text()
    type_any_text(dialog, "Save as", hostile_text["names"][4])
    typed = find_field(dialog, "Save as").text()
    assert typed != before

    def back(again: QWidget) -> None:
        assert find_field(again, "Save as").text() == typed

    def unsubmitted() -> None:
        assert not Path(typed).exists() and not Path(before).exists()
        with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
            assert DraftService(advocate).mine() == ()

    return Typed(Role.LEGAL_ADVOCATE, title, back, unsubmitted, _cancel(title))


OPENERS = {
    "intake": open_intake,
    "discard box": lambda *a: open_intake(*a, discard_box=True),
    "referral": open_referral,
    "export": open_export,
}


def _role(kind: str) -> Role:
    return Role.LEGAL_ADVOCATE if kind == "export" else Role.CASEWORKER


def _back_and_unsubmitted(qtbot, shell, typed: Typed) -> None:
    """The typing is back in its dialog; she leaves it and signs out; nothing was recorded
    and no draft is left behind (the vault is read once the window has let it go)."""
    qtbot.waitUntil(lambda: has_window(typed.title), timeout=10_000)
    dialog = find_window(typed.title)
    typed.back(dialog)
    assert not has_window("Discard this intake?")  # the box itself is not brought back
    typed.close(qtbot, dialog)
    sign_out_by_mouse(qtbot, shell)
    typed.unsubmitted()


@DROP_DOWN
@pytest.mark.parametrize("kind", list(OPENERS))
def test_f12_hides_every_window_and_keeps_the_dialog(
    qtbot, make_shell, vault, hostile_text, kind
) -> None:
    started = time.monotonic()
    reference = _her_file(vault) if kind in ("referral", "export") else ""
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, _role(kind))
    qtbot.waitUntil(lambda: shows_button(shell, "Sign out"), timeout=5_000)
    typed = OPENERS[kind](qtbot, shell, vault, hostile_text, reference)
    press(Qt.Key.Key_F12)  # the focus is in the dialog
    nothing_of_onestop_on_screen(shell)
    unlock_by_keyboard(qtbot, shell, typed.role)
    _back_and_unsubmitted(qtbot, shell, typed)
    print(f"journey 5, F12 with {kind}: {time.monotonic() - started:.1f} s")


def _signed_in_with(qtbot, make_shell, vault, hostile_text, kind: str, **shell_options):
    reference = _her_file(vault) if kind in ("referral", "export") else ""
    shell = make_shell(vault.path, **shell_options)
    sign_in_by_keyboard(qtbot, shell, _role(kind))
    return shell, OPENERS[kind](qtbot, shell, vault, hostile_text, reference)


def _locked_with_nothing_behind(qtbot, shell) -> None:
    """The lock screen alone; the password field has the keyboard, so what is typed next
    cannot land in a field of a survivor's form."""
    qtbot.waitUntil(lambda: shows_button(shell, "Unlock"), timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shell, timeout=5_000)
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [shell]
    assert focused() is find_field(shell, "Password")


@DROP_DOWN
@pytest.mark.parametrize("kind", list(OPENERS))
def test_ctrl_l_locks_with_the_dialog_open_and_keeps_it(
    qtbot, make_shell, vault, hostile_text, kind
) -> None:
    started = time.monotonic()
    shell, typed = _signed_in_with(qtbot, make_shell, vault, hostile_text, kind)
    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _locked_with_nothing_behind(qtbot, shell)
    unlock_by_keyboard(qtbot, shell, typed.role)
    _back_and_unsubmitted(qtbot, shell, typed)
    print(f"journey 5, Ctrl+L with {kind}: {time.monotonic() - started:.1f} s")


@DROP_DOWN
@pytest.mark.parametrize("kind", ["intake", "referral"])
def test_switch_user_keeps_the_dialog_for_its_author_alone(
    qtbot, make_shell, vault, hostile_text, kind
) -> None:
    started = time.monotonic()
    shell, typed = _signed_in_with(qtbot, make_shell, vault, hostile_text, kind)
    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _locked_with_nothing_behind(qtbot, shell)
    click(find_button(shell, "Switch user"))
    assert find_field(shell, "User name").text() == ""
    sign_in_by_keyboard(qtbot, shell, Role.COUNSELLOR)  # another person at the same desk
    assert not has_window(typed.title) and not has_window("Unsaved work restored")
    assert "Plover" not in on_screen(shell) and "S&P" not in on_screen(shell)
    sign_out_by_mouse(qtbot, shell)
    sign_in_by_keyboard(qtbot, shell, typed.role)  # she is back: her draft, where she left it
    qtbot.waitUntil(lambda: has_window("Unsaved work restored"), timeout=10_000)
    click(find_button(find_window("Unsaved work restored"), "OK"))
    _back_and_unsubmitted(qtbot, shell, typed)
    print(f"journey 5, switch user with {kind}: {time.monotonic() - started:.1f} s")


@DROP_DOWN
@pytest.mark.parametrize("kind", ["discard box", "export"])
def test_the_idle_lock_with_a_dialog_open_keeps_it(
    qtbot, make_shell, vault, hostile_text, kind
) -> None:
    started = time.monotonic()
    shell, typed = _signed_in_with(qtbot, make_shell, vault, hostile_text, kind, idle_msecs=4000)
    # Nobody touches the keyboard or the mouse: the admin's (here short) period runs out.
    _locked_with_nothing_behind(qtbot, shell)
    unlock_by_keyboard(qtbot, shell, typed.role)
    _back_and_unsubmitted(qtbot, shell, typed)
    print(f"journey 5, idle lock with {kind}: {time.monotonic() - started:.1f} s")


def _error_styled(label: QWidget) -> bool:
    return label.property("role") == "error"


def test_the_sign_in_and_lock_screens_say_what_is_missing_in_the_error_style(
    qtbot, make_shell, vault
) -> None:
    started = time.monotonic()
    shell = make_shell(vault.path)
    activate(shell)
    click(find_button(shell, "Sign in"))
    message = find_field(shell, "Sign-in message")
    assert message.text() == "Type your user name and your password."
    assert _error_styled(message)
    assert focused() is find_field(shell, "User name")
    type_text("u-caseworker")
    press(Qt.Key.Key_Return)  # on to the password field; Enter there with it empty
    press(Qt.Key.Key_Return)
    assert message.text() == "Type your password." and _error_styled(message)
    type_text(password_for(Role.CASEWORKER))
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shows_button(shell, "Sign out"), timeout=20_000)
    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _locked_with_nothing_behind(qtbot, shell)
    press(Qt.Key.Key_Return)
    unlock_message = find_field(shell, "Unlock message")
    assert unlock_message.text() == "Type your password." and _error_styled(unlock_message)
    type_text("not her password 000")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Type your password." not in unlock_message.text(), timeout=20_000)
    qtbot.waitUntil(lambda: "…" not in unlock_message.text(), timeout=20_000)
    assert unlock_message.text() and _error_styled(unlock_message)
    assert focused() is find_field(shell, "Password")
    unlock_by_keyboard(qtbot, shell, Role.CASEWORKER)
    sign_out_by_mouse(qtbot, shell)  # a shared desk: the next person types their own name
    assert find_field(shell, "User name").text() == ""
    assert focused() is find_field(shell, "User name")
    print(f"journey 5, sign-in and lock messages: {time.monotonic() - started:.1f} s")


def test_a_field_message_goes_when_the_field_changes(qtbot, make_shell, vault, hostile_text):
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    qtbot.waitUntil(lambda: shows_button(shell, "New intake…"), timeout=5_000)
    click(find_button(shell, "New intake…"))
    dialog = find_window("New intake")
    type_any_text(dialog, "Alias", hostile_text["names"][12])
    type_any_text(dialog, "Date of birth", hostile_text["dates_to_reject"][3])
    before = set(on_screen(dialog).splitlines())
    click(find_button(dialog, "Check for existing files…"))
    said = set(on_screen(dialog).splitlines()) - before
    assert said and focused() is find_field(dialog, "Date of birth")
    press(Qt.Key.Key_Backspace)  # she corrects it: the message about what was there goes
    assert said.isdisjoint(on_screen(dialog).splitlines())
    _discard_intake(qtbot, dialog)
