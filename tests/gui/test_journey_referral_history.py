"""A referral's history on the referrals tab: the caseworker signs in at the sign-in window,
opens the file, selects a referral and presses "History…": made, the letter printed, sent
(dated when it was sent, recorded later), the agency's answer with its reply slip (contact,
reference, what was said) and completed, each with who recorded it. Read-only; the manager,
who reads referrals without writing them, sees it too."""

from __future__ import annotations

from datetime import timedelta

from onestop.db.base import utcnow
from onestop.domain.consent import Decision, Purpose
from onestop.domain.referrals import ReferralStatus
from onestop.domain.roles import Role
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.exports import ExportOptions, ExportService
from onestop.services.referrals import ReferralDetails, ReferralService
from tests.gui.journey import (
    click,
    click_tab,
    find_button,
    find_field,
    find_window,
    has_window,
    on_screen,
    open_row,
    select_row,
    shows_button,
    sign_in_after_a_colleague,
    sign_in_by_keyboard,
)

AGENCY = "Legal Aid Clinic"


def _open_file(qtbot, shell, ref: str) -> None:
    click_tab(shell, "Cases")
    cases = find_field(shell, "Cases")
    qtbot.waitUntil(lambda: ref in on_screen(cases), timeout=10_000)
    open_row(cases, ref)
    qtbot.waitUntil(lambda: find_field(shell, "caseReference").text() == ref, timeout=10_000)
    click_tab(shell, "Referrals")


def _history(qtbot, shell) -> str:
    table = find_field(shell, "Referrals and where they stand")
    qtbot.waitUntil(lambda: AGENCY in on_screen(table), timeout=10_000)
    select_row(table, AGENCY)
    click(find_button(shell, "History…"))
    dialog = find_window("Referral history")
    shown = on_screen(find_field(dialog, "Steps of the referral"))
    click(find_button(dialog, "Close"))
    qtbot.waitUntil(lambda: not has_window("Referral history"), timeout=5_000)
    return shown


def test_the_history_of_a_referral(qtbot, make_shell, vault, tmp_path) -> None:
    sent_at = utcnow() - timedelta(hours=3)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = (
            CaseService(cw)
            .open_case(SurvivorDetails(alias="Sparrow"), opened_at=utcnow() - timedelta(days=1))
            .reference
        )
        ConsentService(cw).record(
            ref,
            Purpose.SHARE_WITH_AGENCY,
            Decision.GIVEN,
            agency=AGENCY,
            decided_at=sent_at - timedelta(hours=1),
        )
        referrals = ReferralService(cw)
        made = referrals.record(ref, ReferralDetails(AGENCY, "Divorce advice", notes="Advice."))
        ExportService(cw).referral_letter(ref, made.record_id, ExportOptions(tmp_path))
        referrals.advance(ref, made.record_id, ReferralStatus.SENT, made.version, at=sent_at)
        referrals.advance(
            ref,
            made.record_id,
            ReferralStatus.ACCEPTED,
            made.version + 1,
            "First appointment on Monday",
            answer_contact="Duty solicitor, ext. 12",
            agency_reference="LAC-0042",
        )
        referrals.advance(ref, made.record_id, ReferralStatus.COMPLETED, made.version + 2)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    _open_file(qtbot, shell, ref)
    history_button = find_button(shell, "History…")
    assert not history_button.isEnabled()  # until a referral is chosen
    shown = _history(qtbot, shell)
    steps = [
        "Made (draft)",
        "Sent",
        "Letter printed",
        "Accepted",
        "Duty solicitor, ext. 12",
        "LAC-0042",
        "First appointment on Monday",
        "Completed",
    ]
    at = [shown.find(step) for step in steps]
    assert all(i >= 0 for i in at) and at == sorted(at), shown
    assert "Test Caseworker" in shown
    # Read-only: the manager reads referrals without writing them, and sees the same history.
    click(find_button(shell, "Sign out"))
    qtbot.waitUntil(lambda: shell.workspace is None, timeout=10_000)
    sign_in_after_a_colleague(qtbot, shell, Role.MANAGER)
    _open_file(qtbot, shell, ref)
    assert not shows_button(shell, "Mark as sent")
    assert "LAC-0042" in _history(qtbot, shell)
