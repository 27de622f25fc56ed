"""Health encounters: injuries on the body map, treatment times from the incident, history."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime, Window, WindowState
from onestop.domain.health import (
    BodySide,
    FollowUp,
    Injury,
    Treatment,
    TreatmentKind,
    window_alerts,
)
from onestop.domain.roles import Action, Role, Section, permits
from onestop.errors import Conflict, PermissionDenied, ValidationFailed
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.health import EncounterDetails, HealthService
from onestop.services.incidents import IncidentDetails, IncidentService

pytestmark = pytest.mark.both_backends

INCIDENT_AT = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=40)


@pytest.fixture
def case(vault):
    with vault.sign_in(Role.CASEWORKER) as cw:
        reference = CaseService(cw).open_case(SurvivorDetails(alias="Nadia")).reference
        incident = IncidentService(cw).record(
            reference,
            IncidentDetails(
                occurred=IncidentTime.exact(INCIDENT_AT),
                gbv_type=GbvType.RAPE,
                context=IncidentContext.OTHER,
            ),
        )
        return reference, incident.incident_id


def exam(incident_id: int) -> EncounterDetails:
    seen = INCIDENT_AT + timedelta(hours=30)
    return EncounterDetails(
        seen_at=seen,
        incident_id=incident_id,
        history="Assault reported by the survivor; consents to examination.",
        examination="Alert, oriented. See injuries.",
        injuries=(
            Injury(1, "Bruise", "3 x 2 cm", "Left upper arm", BodySide.FRONT, 0.31, 0.28),
            Injury(2, "Abrasion", "1 cm", "Right scapula", BodySide.BACK, 0.62, 0.22),
        ),
        treatments=(
            Treatment(TreatmentKind.PEP_FIRST_DOSE, INCIDENT_AT + timedelta(hours=31)),
            Treatment(TreatmentKind.EMERGENCY_CONTRACEPTION, INCIDENT_AT + timedelta(hours=31)),
        ),
        follow_ups=(FollowUp(seen + timedelta(days=14), "HIV test and PEP adherence"),),
    )


def test_record_read_and_treatment_timing(vault, case) -> None:
    reference, incident_id = case
    with vault.sign_in(Role.CLINICIAN) as clinician:
        health = HealthService(clinician)
        made = health.record(reference, exam(incident_id))
        (again,) = health.list(reference)
    assert again.details == exam(incident_id)
    assert made.treatment_timings() == (
        "PEP first dose 31 h after the incident",
        "Emergency contraception 31 h after the incident",
    )


def test_edits_replace_children_and_keep_the_old_version(vault, case) -> None:
    reference, incident_id = case
    with vault.sign_in(Role.CLINICIAN) as clinician:
        health = HealthService(clinician)
        made = health.record(reference, exam(incident_id))
        fewer = replace(exam(incident_id), injuries=exam(incident_id).injuries[:1])
        edited = health.update(reference, made.encounter_id, fewer, 1)
        assert len(edited.details.injuries) == 1 and edited.version == 2
        with pytest.raises(Conflict):
            health.update(reference, made.encounter_id, fewer, 1)
        (v1,) = health.history(reference, made.encounter_id)
    assert [i["number"] for i in v1.fields["injuries"]] == [1, 2]
    assert v1.fields["treatments"][0]["kind"] == "pep_first_dose"


def test_validation(vault, case) -> None:
    reference, incident_id = case
    good = exam(incident_id)
    bad = replace(
        good,
        seen_at=INCIDENT_AT - timedelta(hours=1),
        injuries=(replace(good.injuries[0], x=1.4), good.injuries[1]),
        treatments=(Treatment(TreatmentKind.TETANUS, INCIDENT_AT - timedelta(hours=2)),),
        follow_ups=(FollowUp(INCIDENT_AT - timedelta(days=1), "x"),),
    )
    with vault.sign_in(Role.CLINICIAN) as clinician:
        health = HealthService(clinician)
        with pytest.raises(ValidationFailed) as error:
            health.record(reference, bad)
        assert set(error.value.fields) == {"seen_at", "injuries", "treatments", "follow_ups"}
        assert "before the incident" in error.value.fields["seen_at"]
        twice = replace(good, injuries=(good.injuries[0], good.injuries[0]))
        with pytest.raises(ValidationFailed, match="no number used twice"):
            health.record(reference, twice)
        with pytest.raises(ValidationFailed, match="incident of this case"):
            health.record(reference, replace(good, incident_id=987654))
        assert health.list(reference) == ()


@pytest.mark.parametrize("role", list(Role))
def test_health_follows_the_matrix(vault, case, role: Role) -> None:
    reference, incident_id = case
    with vault.sign_in(role) as session:
        health = HealthService(session)
        for action, call in (
            (Action.WRITE, lambda: health.record(reference, exam(incident_id))),
            (Action.READ, lambda: health.list(reference)),
        ):
            if permits(role, Section.HEALTH, action):
                call()
            else:
                with pytest.raises(PermissionDenied):
                    call()


def test_window_alerts_know_which_treatment_meets_which_window() -> None:
    at = datetime(2026, 3, 1, 22, 0, tzinfo=UTC)
    incident = IncidentTime.exact(at)
    now = at + timedelta(hours=65)  # PEP: 7 h left (closing); EC: 55 h left
    pep = Treatment(TreatmentKind.PEP_FIRST_DOSE, at + timedelta(hours=31))
    later = Treatment(TreatmentKind.PEP_FIRST_DOSE, at + timedelta(hours=40))
    alerts = {a.status.rule.window: a for a in window_alerts(incident, (later, pep), now)}
    assert alerts[Window.PEP].given_at == pep.given_at  # the first dose counts
    assert alerts[Window.PEP].status.state is WindowState.CLOSING
    assert not alerts[Window.PEP].needs_action
    assert alerts[Window.EMERGENCY_CONTRACEPTION].needs_action
    assert alerts[Window.FORENSIC_ORAL].status.state is WindowState.CLOSED
    assert not alerts[Window.FORENSIC_ORAL].needs_action


def test_treatments_schedule_their_follow_ups() -> None:
    from onestop.domain.health import scheduled_follow_ups

    first = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    pep = Treatment(TreatmentKind.PEP_FIRST_DOSE, first)
    hep = [Treatment(TreatmentKind.HEPATITIS_B, first + timedelta(days=d)) for d in (0, 30, 61)]
    assert scheduled_follow_ups([]) == []
    [course] = scheduled_follow_ups([pep])
    assert course.due_at == first + timedelta(days=28) and "PEP course" in course.purpose
    due = [f for f in scheduled_follow_ups([pep, *hep[:1]]) if "Hepatitis" in f.purpose]
    assert [(f.due_at, "dose 2" in f.purpose) for f in due] == [(first + timedelta(30), True)]
    [booster] = [f for f in scheduled_follow_ups(hep) if "Hepatitis" in f.purpose]
    assert booster.due_at == first + timedelta(days=365) and "booster" in booster.purpose
    four = [*hep, Treatment(TreatmentKind.HEPATITIS_B, first + timedelta(days=365))]
    assert not [f for f in scheduled_follow_ups(four) if "Hepatitis" in f.purpose]


@pytest.mark.local_only(reason="reads vault.db with SQLCipher")
def test_the_vault_keeps_each_cases_first_dose_and_count_through_every_change(vault, case) -> None:
    """DoseSummary is kept by triggers: after adding, editing and purging it equals the
    grouping of the treatments themselves."""
    from onestop.services.retention import RetentionService
    from tests.helpers import raw_connection

    reference, incident_id = case
    hep_b, pep = TreatmentKind.HEPATITIS_B, TreatmentKind.PEP_FIRST_DOSE
    with vault.sign_in(Role.CLINICIAN) as nurse:
        health = HealthService(nurse)
        first = health.record(reference, exam(incident_id))
        for days in (0, 30, 60):
            given = INCIDENT_AT - timedelta(days=days)
            health.record(
                reference,
                EncounterDetails(seen_at=given, treatments=(Treatment(hep_b, given),)),
            )
        # the first encounter edited: its PEP dose now a day later, a hepatitis B dose added
        later = INCIDENT_AT + timedelta(hours=35)
        health.update(
            reference,
            first.encounter_id,
            replace(
                first.details,
                treatments=(
                    Treatment(pep, later),
                    Treatment(hep_b, INCIDENT_AT + timedelta(hours=33)),
                ),
            ),
            first.version,
        )
        key = nurse.key

    def summaries() -> set[tuple[int, str, str, int]]:
        conn = raw_connection(vault.path / "vault.db", key)
        try:
            kept = set(
                conn.execute("SELECT case_id, kind, first_given_at, doses FROM dose_summaries")
            )
            grouped = set(
                conn.execute(
                    "SELECT e.case_id, t.kind, min(t.given_at), count(*) FROM treatments t "
                    "JOIN health_encounters e ON e.id = t.encounter_id "
                    "WHERE t.kind IN ('pep_first_dose', 'hepatitis_b') GROUP BY e.case_id, t.kind"
                )
            )
        finally:
            conn.close()
        assert kept == grouped
        return kept

    kept = summaries()
    assert {(kind, doses) for _, kind, _, doses in kept} == {
        ("pep_first_dose", 1),
        ("hepatitis_b", 4),
    }
    with vault.sign_in(Role.CASEWORKER) as cw:
        record = CaseService(cw).get(reference)
        CaseService(cw).close(reference, "Moved away", record.version)
    with vault.sign_in(Role.MANAGER) as manager:
        RetentionService(manager, retention_years=0).purge(reference, reference)
    assert summaries() == set()


def test_an_hiv_baseline_test_is_kept_with_its_result_and_meets_no_window(vault, case) -> None:
    reference, incident_id = case
    at = INCIDENT_AT + timedelta(hours=30)
    hiv = Treatment(TreatmentKind.HIV_BASELINE_TEST, at, "Rapid test: negative")
    with vault.sign_in(Role.CLINICIAN) as clinician:
        health = HealthService(clinician)
        made = health.record(
            reference, EncounterDetails(seen_at=at, incident_id=incident_id, treatments=(hiv,))
        )
        (kept,) = health.list(reference)
    assert kept.details.treatments == (hiv,)
    assert "HIV baseline test 30 h after the incident" in made.treatment_timings()
    alerts = window_alerts(IncidentTime.exact(INCIDENT_AT), (hiv,), at)
    assert all(a.given_at is None for a in alerts)
