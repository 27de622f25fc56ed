"""The timeline of a file, in order, filtered by what the viewer may read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.counselling import SessionType
from onestop.domain.health import Treatment, TreatmentKind
from onestop.domain.roles import Action, Role, Section, permits
from onestop.errors import PermissionDenied
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.counselling import CounsellingService, SessionDetails
from onestop.services.health import EncounterDetails, HealthService
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.legal import HearingDetails, Hearings
from onestop.services.timeline import TimelineService

pytestmark = pytest.mark.both_backends

NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def ref(vault) -> str:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Ama")).reference
        IncidentService(cw).record(
            ref,
            IncidentDetails(
                IncidentTime.exact(NOW - timedelta(hours=50)), GbvType.RAPE, IncidentContext.OTHER
            ),
        )
        ConsentService(cw).record(
            ref, Purpose.MEDICAL_EXAMINATION, Decision.GIVEN, decided_at=NOW - timedelta(hours=20)
        )
    with vault.sign_in(Role.CLINICIAN) as clinician:
        HealthService(clinician).record(
            ref,
            EncounterDetails(
                NOW - timedelta(hours=19),
                treatments=(Treatment(TreatmentKind.PEP_FIRST_DOSE, NOW - timedelta(hours=18)),),
            ),
        )
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        CounsellingService(counsellor).record(
            ref, SessionDetails(NOW - timedelta(hours=2), SessionType.CRISIS)
        )
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        Hearings(advocate).record(
            ref, HearingDetails(NOW + timedelta(days=5), "Family Court", "Interim order")
        )
    return ref


def test_events_are_in_order_and_readable_only(vault, ref) -> None:
    with vault.sign_in(Role.CLINICIAN) as clinician:
        kinds = [e.kind for e in TimelineService(clinician).of_case(ref)]
    # The clinician does not read legal records or counselling notes.
    assert kinds == ["incident", "consent", "encounter", "treatment", "opened"]
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        events = TimelineService(counsellor).of_case(ref)
    assert [e.kind for e in events] == ["incident", "consent", "counselling", "opened"]
    assert all(events[i].at <= events[i + 1].at for i in range(len(events) - 1))
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        summaries = [e.summary for e in TimelineService(advocate).of_case(ref)]
    assert summaries[-1] == "Hearing at Family Court"
    assert "PEP first dose" in summaries and not any("Counselling" in x for x in summaries)


@pytest.mark.parametrize("role", list(Role))
def test_each_role_sees_only_its_sections(vault, ref, role: Role) -> None:
    with vault.sign_in(role) as session:
        if not permits(role, Section.IDENTITY, Action.READ):
            with pytest.raises(PermissionDenied):
                TimelineService(session).of_case(ref)
            return
        events = TimelineService(session).of_case(ref)
    assert all(permits(role, e.section, Action.READ) for e in events)
