"""Whose cases a conference shows (issue 23): the manager, who runs the meeting, sees every
case of its agenda, minutes, pack and lists; anyone else who reads the conferences section
sees, and records, only the cases she is the caseworker of. Checked in the service, on the
local vault and on a centre server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from onestop.domain.coordination import ActionStatus
from onestop.domain.risk import Answer
from onestop.domain.roles import Role
from onestop.errors import PermissionDenied, ValidationFailed
from onestop.services.audit import AuditService
from onestop.services.cases import CaseService
from onestop.services.conferences import (
    Attendance,
    ConferenceService,
    Discussion,
    PlannedAction,
    ReferralDetails,
)
from onestop.services.risk import RiskService
from tests.conftest import open_case_in, username_for

pytestmark = pytest.mark.both_backends

TODAY = datetime.now(UTC).date()
# Every role that reads the conferences section, and what it is to see of the two cases.
READERS_BUT_NOT_HERS = (
    Role.CLINICIAN,
    Role.COUNSELLOR,
    Role.LEGAL_ADVOCATE,
    Role.SHELTER_OFFICER,
)


def assess_high(session, ref: str) -> None:
    risk = RiskService(session)
    instrument = risk.default_instrument()
    ids = instrument.question_ids()
    answers = {q: Answer.YES if i < 18 else Answer.NO for i, q in enumerate(ids)}
    risk.assess(ref, instrument, answers)


def two_cases(vault) -> tuple[str, str]:
    """Two high-risk cases the caseworker opened; the second is then no longer hers."""
    mine, other = open_case_in(vault, alias="Mine"), open_case_in(vault, alias="Other")
    with vault.sign_in(Role.CASEWORKER) as cw:
        assess_high(cw, mine)
        assess_high(cw, other)
        cases = CaseService(cw)
        cases.assign(other, None, cases.get(other).version)
    return mine, other


def action(what: str) -> PlannedAction:
    return PlannedAction("Police", "Inspector on duty", what, TODAY + timedelta(days=7))


def test_the_agenda_shows_each_role_only_the_cases_it_may_see(vault) -> None:
    mine, other = two_cases(vault)
    with vault.sign_in(Role.MANAGER) as manager:
        meeting = ConferenceService(manager).schedule(TODAY + timedelta(days=1), ["Police"])
        whole = ConferenceService(manager)
        assert whole.sees_every_case
        assert [c.reference for c in whole.agenda(meeting.id)] == sorted([mine, other])
    with vault.sign_in(Role.CASEWORKER) as cw:
        conferences = ConferenceService(cw)
        assert not conferences.sees_every_case
        assert [c.reference for c in conferences.agenda(meeting.id)] == [mine]
    for role in READERS_BUT_NOT_HERS:
        with vault.sign_in(role) as reader:
            assert ConferenceService(reader).agenda(meeting.id) == (), role


def test_a_caseworker_with_no_cases_sees_no_case_and_may_record_none(vault) -> None:
    mine, other = two_cases(vault)
    with vault.sign_in(Role.CASEWORKER) as cw:
        cases = CaseService(cw)
        cases.assign(mine, None, cases.get(mine).version)  # now she has none
    with vault.sign_in(Role.MANAGER) as manager:
        meeting = ConferenceService(manager).schedule(TODAY + timedelta(days=1), ["Police"])
    with vault.sign_in(Role.CASEWORKER) as cw:
        conferences = ConferenceService(cw)
        assert conferences.agenda(meeting.id) == ()
        for ref in (mine, other):
            with pytest.raises(PermissionDenied, match="Only the manager"):
                conferences.hear(meeting.id, ref, [action("Marker patrol")])
            with pytest.raises(PermissionDenied, match="Only the manager"):
                conferences.update_referral(ref, ReferralDetails("Police", TODAY), 1)
            with pytest.raises(PermissionDenied, match="Only the manager"):
                conferences.record_minutes(meeting.id, Attendance(), {ref: Discussion("Said.")})
    with vault.sign_in(Role.MANAGER) as manager:
        conferences = ConferenceService(manager)
        assert len(conferences.agenda(meeting.id)) == 2  # nothing was heard or written
        assert conferences.minutes(meeting.id).discussions == {}
        refused = [
            e
            for e in AuditService(manager).entries(actor="u-caseworker", section="conferences")
            if e.outcome != "success"
        ]
        assert {e.record_ref for e in refused} >= {mine, other}


def test_minutes_lists_and_reviews_show_and_take_only_her_cases(vault) -> None:
    mine, other = two_cases(vault)
    with vault.sign_in(Role.MANAGER) as manager:
        conferences = ConferenceService(manager)
        first = conferences.schedule(TODAY + timedelta(days=1), ["Police"])
        second = conferences.schedule(TODAY + timedelta(days=29), ["Police"])
        [hers] = conferences.hear(first.id, mine, [action("Her action")])
        [theirs] = conferences.hear(first.id, other, [action("Their action")])
        conferences.record_minutes(
            first.id, Attendance("Chair"), {mine: Discussion("Of her."), other: Discussion("No.")}
        )
        conferences.close(first.id)
        assert {a.id for a in conferences.actions_due(TODAY + timedelta(days=30))} == {
            hers.id,
            theirs.id,
        }
    with vault.sign_in(Role.CASEWORKER) as cw:
        conferences = ConferenceService(cw)
        minutes = conferences.minutes(first.id)
        assert minutes.heard == (mine,)
        assert [a.id for a in minutes.agreed] == [hers.id]
        assert set(minutes.discussions) == {mine}
        assert minutes.attendance.chair == "Chair"  # the meeting's own, no one's case
        [item] = conferences.agenda(second.id)
        assert item.reference == mine and [a.id for a in item.carried] == [hers.id]
        assert [a.id for a in conferences.actions_due(TODAY + timedelta(days=30))] == [hers.id]
        with pytest.raises(PermissionDenied, match="Only the manager"):
            conferences.review(second.id, theirs.id, ActionStatus.DONE)
        conferences.review(second.id, hers.id, ActionStatus.DONE)
    for role in READERS_BUT_NOT_HERS:
        with vault.sign_in(role) as reader:
            conferences = ConferenceService(reader)
            minutes = conferences.minutes(first.id)
            assert (minutes.heard, minutes.agreed, minutes.discussions) == ((), (), {}), role
            assert conferences.agenda(second.id) == (), role
            assert conferences.actions_due(TODAY + timedelta(days=30)) == (), role
    with vault.sign_in(Role.MANAGER) as manager:
        [line] = ConferenceService(manager).minutes(second.id).reviewed
        assert line.action.id == hers.id  # the refused review wrote nothing


def test_only_the_manager_closes_the_minutes_and_a_refusal_is_audited(vault) -> None:
    """Closing is the chair's act (issue 23): a caseworker or a legal advocate, who write the
    conferences section but see only their own cases, is refused before anything is counted
    (she is not told of actions on cases she cannot see), the refusal audited; the manager
    closes them."""
    mine, other = two_cases(vault)
    with vault.sign_in(Role.MANAGER) as manager:
        conferences = ConferenceService(manager)
        first = conferences.schedule(TODAY + timedelta(days=1), ["Police"])
        second = conferences.schedule(TODAY + timedelta(days=29), ["Police"])
        conferences.hear(first.id, mine, [action("Her action")])
        conferences.hear(first.id, other, [action("Their action")])
        conferences.close(first.id)
    with vault.sign_in(Role.CASEWORKER) as cw:  # her own case is on it: still not hers to close
        assert [c.reference for c in ConferenceService(cw).agenda(second.id)] == [mine]
    for role in (Role.CASEWORKER, Role.LEGAL_ADVOCATE):
        with vault.sign_in(role) as writer:
            conferences = ConferenceService(writer)
            with pytest.raises(PermissionDenied, match="Only the manager") as refused:
                conferences.close(second.id)
            assert "action" not in str(refused.value)
            assert not conferences.meetings()[1].is_held
    with vault.sign_in(Role.MANAGER) as manager:
        audit = AuditService(manager)
        for role in (Role.CASEWORKER, Role.LEGAL_ADVOCATE):
            entries = audit.entries(actor=username_for(role), section="conferences")
            assert [e for e in entries if e.outcome != "success"], role
        with pytest.raises(ValidationFailed, match="no outcome yet"):
            ConferenceService(manager).close(second.id)  # the carried action, the chair's
