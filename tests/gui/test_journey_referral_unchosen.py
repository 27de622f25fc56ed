"""A referral's letter and history with no referral chosen (issue 23: "There is no referral 0"):
on the Referrals tab the buttons that act on one referral are disabled until a row is chosen,
their keyboard shortcuts open nothing, and nothing on screen names an internal id."""

from __future__ import annotations

import re

from faker import Faker
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from onestop.domain.referrals import Urgency
from onestop.domain.roles import Role
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.referrals import ReferralDetails, ReferralService
from tests.gui.journey import (
    click,
    click_tab,
    find_button,
    find_field,
    has_window,
    on_screen,
    open_row,
    select_row,
    sign_in_by_keyboard,
)

fake = Faker()


def test_the_letter_waits_for_a_referral_to_be_chosen(qtbot, make_shell, vault) -> None:
    agency = fake.company()
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(name=fake.name())).reference
        ReferralService(cw).record(
            ref, ReferralDetails(agency, "Assessment", Urgency.ROUTINE, "She asked for help.")
        )
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    click_tab(shell, "Cases")
    cases = find_field(shell, "Cases")
    qtbot.waitUntil(lambda: ref in on_screen(cases), timeout=10_000)
    open_row(cases, ref)
    qtbot.waitUntil(lambda: find_field(shell, "caseReference").text() == ref, timeout=10_000)
    click_tab(shell, "Referrals")
    table = find_field(shell, "Referrals and where they stand")
    qtbot.waitUntil(lambda: agency in on_screen(table), timeout=10_000)
    table.clearSelection()
    letter, history = find_button(shell, "Print the letter…"), find_button(shell, "History…")
    assert not letter.isEnabled() and not history.isEnabled()
    for key in (Qt.Key.Key_L, Qt.Key.Key_H):  # their shortcuts open nothing either
        QTest.keyClick(table, key, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(200)
    assert not has_window("Export: Referral letter")
    assert not re.search(r"\breferral \d", on_screen(shell))  # no "There is no referral 0"
    select_row(table, agency)
    assert letter.isEnabled() and history.isEnabled()
    click(letter)
    qtbot.waitUntil(lambda: has_window("Export: Referral letter"), timeout=10_000)
