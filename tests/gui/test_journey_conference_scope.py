"""Whose cases the Conferences screen shows (issue 23), from the sign-in window with only
what is on screen.

A caseworker with no cases of her own opens Conferences: the agenda names no one, a line says
she sees her own cases and the manager every case, and what the meeting does with a case is
disabled, its tooltip saying who does it. A clinician, a counsellor, a legal advocate and a
shelter officer see no one either, and are told why in words that fit them (cases are held by
caseworkers), not as if they were one; the manager sees both cases.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QAbstractButton

from onestop.domain.roles import Role
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.conferences import ConferenceService
from tests.gui.journey import (
    click_tab,
    find_button,
    labels_saying,
    on_screen,
    resize_window,
    shows_button,
    sign_in_by_keyboard,
    snap,
)

NOW = datetime.now(UTC).replace(microsecond=0)
ALIASES = ("Heron", "Kestrel")
SCOPE = "You see the cases on the agenda you are the caseworker of.*"
# A role that holds no case is told what scopes her list, not that she is a caseworker.
NOT_HELD = (
    "A case on the agenda is shown only to the manager, who runs the meeting, and to the "
    "case's own caseworker; cases are held by caseworkers, so none is shown to you here.*"
)


def _two_cases_of_no_one(vault) -> list[str]:
    """Two cases referred to the next meeting, neither of them the caseworker's any more."""
    refs = []
    with vault.sign_in(Role.CASEWORKER) as cw:
        cases = CaseService(cw)
        for alias in ALIASES:
            ref = cases.open_case(SurvivorDetails(alias=alias)).reference
            ConferenceService(cw).refer(ref, "She fears for her life")
            cases.assign(ref, None, cases.get(ref).version)
            refs.append(ref)
    with vault.sign_in(Role.MANAGER) as manager:
        ConferenceService(manager).schedule(NOW.date() + timedelta(days=3), ["Police"])
    return refs


def _conferences(qtbot, make_shell, vault, role: Role):
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, role)
    resize_window(shell, 1280, 800)
    click_tab(shell, "Conferences")
    qtbot.waitUntil(lambda: "Meeting of" in on_screen(shell), timeout=10_000)
    where = os.environ.get("ONESTOP_GRAB_DIR")
    if where:
        shell.grab().save(os.path.join(where, f"conferences-{role.value}.png"))
    return shell


def test_a_caseworker_with_no_cases_sees_no_one_and_is_told_who_does(
    qtbot, make_shell, vault
) -> None:
    refs = _two_cases_of_no_one(vault)
    shell = _conferences(qtbot, make_shell, vault, Role.CASEWORKER)
    snap("a caseworker with no cases on the Conferences screen", shell)
    shown = on_screen(shell)
    for text in (*refs, *ALIASES):
        assert text not in shown, text
    assert labels_saying(shell, SCOPE)
    for text in ("Hear the selected case…", "Referral…", "Record outcome"):
        button = find_button(shell, text)
        assert not button.isEnabled(), text
        assert "manager" in button.toolTip(), text
    for text in ("Print the pack…", "Print the minutes…"):
        button = find_button(shell, text)
        assert not button.isEnabled() and "manager" in button.toolTip(), text


@pytest.mark.parametrize(
    "role",
    [Role.CLINICIAN, Role.COUNSELLOR, Role.LEGAL_ADVOCATE, Role.SHELTER_OFFICER],
    ids=lambda r: r.value,
)
def test_the_other_case_roles_see_no_one_s_case(qtbot, make_shell, vault, role: Role) -> None:
    refs = _two_cases_of_no_one(vault)
    shell = _conferences(qtbot, make_shell, vault, role)
    shown = on_screen(shell)
    for text in (*refs, *ALIASES):
        assert text not in shown, (role, text)
    assert not labels_saying(shell, SCOPE)
    assert labels_saying(
        shell,
        NOT_HELD
        + (
            ".*You read the conferences.*"
            if role in (Role.CLINICIAN, Role.COUNSELLOR, Role.SHELTER_OFFICER)
            else ""
        ),
    )
    writes = role is Role.LEGAL_ADVOCATE
    assert shows_button(shell, "Hear the selected case…") is writes
    if writes:
        assert not find_button(shell, "Hear the selected case…").isEnabled()
    assert not find_button(shell, "Print the pack…").isEnabled()


def test_the_manager_sees_every_case_and_may_hear_them(qtbot, make_shell, vault) -> None:
    refs = _two_cases_of_no_one(vault)
    shell = _conferences(qtbot, make_shell, vault, Role.MANAGER)
    shown = on_screen(shell)
    for text in (*refs, *ALIASES):
        assert text in shown, text
    assert not labels_saying(shell, SCOPE) and not labels_saying(shell, NOT_HELD)
    hear = find_button(shell, "Hear the selected case…")
    assert isinstance(hear, QAbstractButton) and hear.isEnabled()
    assert find_button(shell, "Print the pack…").isEnabled()
