"""Incidents (times with precision, clinical windows, validation) and the consent ledger."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime, Window, WindowState
from onestop.domain.consent import Decision, GivenBy, Purpose
from onestop.domain.roles import Action, Role, Section, permits
from onestop.domain.validation import parse_date
from onestop.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from onestop.services.audit import AuditService
from onestop.services.consent import ConsentService
from onestop.services.incidents import IncidentDetails, IncidentService
from tests.helpers import raw_connection

pytestmark = pytest.mark.both_backends


def now() -> datetime:
    return datetime.now(UTC)


@pytest.fixture
def case_ref(make_case) -> str:
    return make_case(alias="Rosa", date_of_birth=date(2001, 2, 3))


def rape_hours_ago(hours: float) -> IncidentDetails:
    return IncidentDetails(
        occurred=IncidentTime.exact(now() - timedelta(hours=hours)),
        gbv_type=GbvType.RAPE,
        context=IncidentContext.INTIMATE_PARTNER,
        place="At home",
        perpetrator_relationship="Former partner",
        perpetrator_count=1,
        reported_to_police=False,
    )


def test_incidents_record_list_edit_and_windows(vault, case_ref) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        incidents = IncidentService(cw)
        older = incidents.record(case_ref, rape_hours_ago(300))
        recent = incidents.record(case_ref, rape_hours_ago(40))
        unknown = incidents.record(
            case_ref, replace(rape_hours_ago(1), occurred=IncidentTime.unknown())
        )
        listed = incidents.list(case_ref)
        assert [r.incident_id for r in listed] == [
            older.incident_id,
            recent.incident_id,
            unknown.incident_id,
        ]
        windows = {w.rule.window: w.state for w in recent.windows(now())}
        assert windows[Window.PEP] is WindowState.OPEN
        beaten = replace(recent.details, gbv_type=GbvType.PHYSICAL_ASSAULT)
        assert replace(recent, details=beaten).windows(now()) == ()  # PEP is not for this
        assert windows[Window.FORENSIC_ORAL] is WindowState.CLOSING  # 8 h left of 48
        edited = incidents.update(
            case_ref, recent.incident_id, replace(recent.details, place="Street"), 1
        )
        assert edited.version == 2 and edited.details.place == "Street"
        with pytest.raises(Conflict):
            incidents.update(case_ref, recent.incident_id, recent.details, 1)
        (v1,) = incidents.history(case_ref, recent.incident_id)
        assert v1.fields["place"] == "At home"
        with pytest.raises(NotFound):
            incidents.update(case_ref, 99999, recent.details, 1)


def test_incident_dates_that_cannot_be(vault, case_ref, hostile_text) -> None:
    assert "2999-01-01 incident in the future" in hostile_text["dates_to_reject"]
    with vault.sign_in(Role.CASEWORKER) as cw:
        incidents = IncidentService(cw)
        future = replace(
            rape_hours_ago(0), occurred=IncidentTime.exact(datetime(2999, 1, 1, tzinfo=UTC))
        )
        with pytest.raises(ValidationFailed, match="future") as error:
            incidents.record(case_ref, future)
        assert set(error.value.fields) == {"occurred"}
        before_birth = replace(
            rape_hours_ago(0), occurred=IncidentTime.exact(datetime(2000, 6, 1, tzinfo=UTC))
        )
        with pytest.raises(ValidationFailed, match="date of birth is after the incident"):
            incidents.record(case_ref, before_birth)
        with pytest.raises(ValidationFailed, match="between 1 and 50"):
            incidents.record(case_ref, replace(rape_hours_ago(2), perpetrator_count=0))
        assert incidents.list(case_ref) == ()
    with pytest.raises(ValueError, match="There is no 31 February 2025"):
        parse_date("31/02/2025")
    assert parse_date("2025-02-28") == date(2025, 2, 28)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_date("yesterday")


@pytest.mark.parametrize("role", list(Role))
def test_incidents_and_consent_follow_the_matrix(vault, case_ref, role: Role) -> None:
    with vault.sign_in(role) as session:
        for section, read, write in (
            (
                Section.INCIDENTS,
                lambda: IncidentService(session).list(case_ref),
                lambda: IncidentService(session).record(case_ref, rape_hours_ago(5)),
            ),
            (
                Section.CONSENT,
                lambda: ConsentService(session).ledger(case_ref),
                lambda: ConsentService(session).record(
                    case_ref, Purpose.STATISTICS, Decision.GIVEN
                ),
            ),
        ):
            for action, call in ((Action.READ, read), (Action.WRITE, write)):
                if permits(role, section, action):
                    call()
                else:
                    with pytest.raises(PermissionDenied):
                        call()


@pytest.mark.local_only(reason="reads vault.db with SQLCipher")
def test_consent_ledger_is_append_only_and_answers_may_it_leave(vault, case_ref) -> None:
    with vault.sign_in(Role.CLINICIAN) as clinician:
        consent = ConsentService(clinician)
        assert not consent.may_leave(case_ref, Purpose.SHARE_WITH_POLICE).allowed
        consent.record(
            case_ref,
            Purpose.SHARE_WITH_POLICE,
            Decision.GIVEN,
            decided_at=now() - timedelta(hours=2),
        )
        answer = consent.may_leave(case_ref, Purpose.SHARE_WITH_POLICE)
        assert answer.allowed and "given" in answer.reason
        consent.record(case_ref, Purpose.SHARE_WITH_POLICE, Decision.WITHDRAWN)
        withdrawn = consent.may_leave(case_ref, Purpose.SHARE_WITH_POLICE)
        assert not withdrawn.allowed and "withdrawn" in withdrawn.reason
        # Asked about an earlier moment, the answer is what was in force then.
        assert consent.may_leave(
            case_ref, Purpose.SHARE_WITH_POLICE, at=now() - timedelta(hours=1)
        ).allowed
        consent.record(
            case_ref,
            Purpose.SHARE_WITH_AGENCY,
            Decision.GIVEN,
            agency="Legal Aid Clinic",
            given_by=GivenBy.GUARDIAN,
            guardian_name="Her aunt",
        )
        assert consent.may_leave(case_ref, Purpose.SHARE_WITH_AGENCY, "legal aid clinic").allowed
        assert not consent.may_leave(case_ref, Purpose.SHARE_WITH_AGENCY, "Police").allowed
        ledger = consent.ledger(case_ref)
        assert [e.decision for e in ledger] == [Decision.GIVEN, Decision.WITHDRAWN, Decision.GIVEN]
        key = clinician.key
    conn = raw_connection(vault.path / "vault.db", key)
    with pytest.raises(sqlcipher.IntegrityError, match="append-only"):
        conn.execute("UPDATE consent_entries SET decision = 'given'")
    with pytest.raises(sqlcipher.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM consent_entries")
    conn.close()


def test_consent_validation(vault, case_ref) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        consent = ConsentService(cw)
        with pytest.raises(ValidationFailed) as error:
            consent.record(
                case_ref,
                Purpose.SHARE_WITH_AGENCY,
                Decision.GIVEN,
                given_by=GivenBy.GUARDIAN,
                decided_at=now() + timedelta(days=1),
            )
        # no agency named: the problem is the directory's choice of agency (agency_id)
        assert set(error.value.fields) == {"agency_id", "guardian_name", "decided_at"}
        with pytest.raises(ValidationFailed, match="older than 30 days"):
            consent.record(
                case_ref,
                Purpose.PHOTOGRAPHY,
                Decision.GIVEN,
                decided_at=now() - timedelta(days=40),
            )
        assert consent.ledger(case_ref) == ()


def test_every_read_and_write_is_audited_without_content(vault, case_ref) -> None:
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        IncidentService(advocate).list(case_ref)
        ConsentService(advocate).record(case_ref, Purpose.USE_IN_COURT, Decision.GIVEN)
        ConsentService(advocate).may_leave(case_ref, Purpose.USE_IN_COURT)
        who = advocate.actor.username
    with vault.sign_in(Role.MANAGER) as manager:
        mine = [
            (e.action, e.section, e.detail)
            for e in AuditService(manager).entries(actor=who)
            if e.record_ref == case_ref
        ]
    assert mine == [
        ("record.read", "incidents", ""),
        ("record.write", "consent", "use_in_court given"),
        ("record.read", "consent", "may leave for use_in_court"),
    ]
