"""Every edit keeps its history, for every versioned table.

The tables are found in the models' metadata (every mapped class with db.base.Versioned), not
listed by hand: a new versioned table without an editor here fails the first test, and each
editor changes a row through its service, then the version replaced must be in record_history.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session

from onestop.db.base import Versioned
from onestop.db.conferences import ConferenceReferral
from onestop.db.models import Base
from onestop.db.records import RecordVersion
from onestop.db.server import TABLE_SECTIONS
from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.coordination import ActionStatus, Sector
from onestop.domain.counselling import SessionType
from onestop.domain.forensic import SpecimenType
from onestop.domain.referrals import Urgency
from onestop.domain.roles import Access, Role, Section, access
from onestop.services.attachments import AttachmentService
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.conferences import ConferenceService, PlannedAction
from onestop.services.conferences import ReferralDetails as ConferenceReferralDetails
from onestop.services.consent import ConsentService
from onestop.services.counselling import CounsellingService, SessionDetails
from onestop.services.directory import AgencyDetails, DirectoryService
from onestop.services.forensic import ExamDetails, ForensicService, SpecimenDetails
from onestop.services.health import EncounterDetails, HealthService
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.legal import (
    HearingDetails,
    Hearings,
    LegalMatters,
    MatterDetails,
    OrderDetails,
    ProtectionOrders,
)
from onestop.services.perpetrators import PerpetratorDetails, PerpetratorService
from onestop.services.referrals import ReferralDetails, ReferralService
from onestop.services.risk import SafetyPlanDetails, SafetyPlanService
from onestop.services.shelter import ShelterService, StayDetails
from onestop.services.tasks import TaskDetails, TaskService

pytestmark = pytest.mark.both_backends

NOW = datetime.now(UTC).replace(microsecond=0)

# An editor makes a row of its table through the service, edits it once through the service,
# and says which record it was: (record type in record_history, row id).
Editor = Callable[..., tuple[str, int]]


def _incident(vault, ref: str) -> int:
    with vault.sign_in(Role.CASEWORKER) as cw:
        return (
            IncidentService(cw)
            .record(
                ref,
                IncidentDetails(
                    occurred=IncidentTime.exact(NOW - timedelta(days=1)),
                    gbv_type=GbvType.PHYSICAL_ASSAULT,
                    context=IncidentContext.INTIMATE_PARTNER,
                    place="At home",
                ),
            )
            .incident_id
        )


def _consent(vault, ref: str, purpose: Purpose) -> None:
    with vault.sign_in(Role.CLINICIAN) as clinician:
        ConsentService(clinician).record(
            ref, purpose, Decision.GIVEN, decided_at=NOW - timedelta(hours=3)
        )


def edit_case(vault, ref: str) -> tuple[str, int]:
    with vault.sign_in(Role.CASEWORKER) as cw:
        cases = CaseService(cw)
        cases.update(ref, SurvivorDetails(alias="Changed"), 1)
    return "case", _row_id_of_case(vault, ref)


def edit_incident(vault, ref: str) -> tuple[str, int]:
    incident_id = _incident(vault, ref)
    with vault.sign_in(Role.CASEWORKER) as cw:
        incidents = IncidentService(cw)
        [made] = incidents.list(ref)
        incidents.update(ref, incident_id, replace(made.details, place="A street"), 1)
    return "incident", incident_id


def edit_perpetrator(vault, ref: str) -> tuple[str, int]:
    incident_id = _incident(vault, ref)
    with vault.sign_in(Role.CASEWORKER) as cw:
        people = PerpetratorService(cw)
        made = people.add(ref, incident_id, PerpetratorDetails("Name Withheld"), "Husband")
        people.update(ref, made.perpetrator_id, PerpetratorDetails("Name Withheld", "Tall"), 1)
    return "perpetrator", made.perpetrator_id


def _exam(clinician, ref: str) -> int:
    details = ExamDetails("Dr Example", NOW - timedelta(hours=2))
    return ForensicService(clinician).open_exam(ref, details).exam_id


def edit_forensic_exam(vault, ref: str) -> tuple[str, int]:
    with vault.sign_in(Role.CLINICIAN) as clinician:
        exam_id = _exam(clinician, ref)
        details = ExamDetails("Dr Example", NOW - timedelta(hours=2), notes="Photographs taken")
        ForensicService(clinician).update_exam(ref, exam_id, details, 1)
    return "forensic_exam", exam_id


def edit_specimen(vault, ref: str) -> tuple[str, int]:
    _consent(vault, ref, Purpose.FORENSIC_COLLECTION)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        forensic = ForensicService(clinician)
        exam_id = _exam(clinician, ref)
        swab = SpecimenDetails(
            SpecimenType.SKIN_SWAB, NOW - timedelta(hours=1), "Dr Example", "SEAL-0001"
        )
        [made] = forensic.add_specimen(ref, exam_id, swab).specimens
        forensic.update_specimen(ref, made.specimen_id, replace(swab, notes="Left wrist"), 1)
    return "specimen", made.specimen_id


def edit_health_encounter(vault, ref: str) -> tuple[str, int]:
    with vault.sign_in(Role.CLINICIAN) as clinician:
        health = HealthService(clinician)
        made = health.record(ref, EncounterDetails(NOW - timedelta(hours=1), history="Pain"))
        health.update(
            ref, made.encounter_id, EncounterDetails(made.details.seen_at, history="Less"), 1
        )
    return "health_encounter", made.encounter_id


def edit_attachment(vault, ref: str) -> tuple[str, int]:
    _consent(vault, ref, Purpose.PHOTOGRAPHY)
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "red").save(out, format="JPEG")
    with vault.sign_in(Role.CLINICIAN) as clinician:
        files = AttachmentService(clinician)
        made = files.add(ref, Section.HEALTH, out.getvalue(), "image/jpeg", title="Arm")
        files.describe(
            ref,
            made.attachment_id,
            section=Section.HEALTH,
            title="Left arm",
            taken_at=None,
            expected_version=1,
        )
    return "attachment", made.attachment_id


def edit_agency(vault, ref: str) -> tuple[str, int]:
    with vault.sign_in(Role.CASEWORKER) as cw:
        directory = DirectoryService(cw)
        made = directory.add(AgencyDetails("Legal Aid Clinic", Sector.JUSTICE))
        directory.update(made.id, AgencyDetails("Legal Aid Centre", Sector.JUSTICE), 1)
    return "agency", made.id


def edit_conference_action(vault, ref: str) -> tuple[str, int]:
    with vault.sign_in(Role.MANAGER) as manager:
        conferences = ConferenceService(manager)
        meeting = conferences.schedule(date.today() + timedelta(days=1), ["Police"])
        planned = PlannedAction("Police", "Duty officer", "Patrols", date.today() + timedelta(8))
        [made] = conferences.hear(meeting.id, ref, [planned])
        conferences.update_action(made.id, ActionStatus.DONE, 1)
    return "conference_action", made.id


def edit_conference_referral(vault, ref: str) -> tuple[str, int]:
    with vault.sign_in(Role.CASEWORKER) as cw:
        conferences = ConferenceService(cw)
        conferences.refer(ref, "Professional judgement: she is frightened for her life")
        waiting = conferences.referral(ref)
        assert waiting is not None
        conferences.update_referral(
            ref, ConferenceReferralDetails("Police", date.today()), waiting.version
        )
    with vault.sign_in(Role.MANAGER) as manager, Session(manager.engine) as s:
        row_id = s.scalars(select(ConferenceReferral.id)).one()
    return "conference_referral", row_id


def _minutes_recorded_twice(vault, ref: str):
    """A meeting hears the case; its minutes are recorded, then edited once."""
    from onestop.services.conferences import Attendance, Discussion

    with vault.sign_in(Role.MANAGER) as manager:
        conferences = ConferenceService(manager)
        meeting = conferences.schedule(date.today() + timedelta(days=1), ["Police"])
        conferences.hear(meeting.id, ref, [])
        kept = conferences.record_minutes(
            meeting.id, Attendance("Chair"), {ref: Discussion("Heard.")}
        )
        conferences.record_minutes(
            meeting.id,
            Attendance("Another chair", version=kept.attendance.version),
            {ref: Discussion("Heard again.", kept.discussions[ref].version)},
        )
    return meeting.id


def edit_conference_attendance(vault, ref: str) -> tuple[str, int]:
    from onestop.db.conferences import ConferenceAttendance

    meeting = _minutes_recorded_twice(vault, ref)
    with vault.sign_in(Role.MANAGER) as manager, Session(manager.engine) as s:
        row_id = s.scalars(
            select(ConferenceAttendance.id).where(ConferenceAttendance.conference_id == meeting)
        ).one()
    return "conference_attendance", row_id


def edit_conference_discussion(vault, ref: str) -> tuple[str, int]:
    from onestop.db.conferences import CaseDiscussion

    meeting = _minutes_recorded_twice(vault, ref)
    with vault.sign_in(Role.MANAGER) as manager, Session(manager.engine) as s:
        row_id = s.scalars(
            select(CaseDiscussion.id).where(CaseDiscussion.conference_id == meeting)
        ).one()
    return "conference_discussion", row_id


def case_record(
    service: type, role: Role, first: object, second: object
) -> Callable[[object, str], tuple[str, int]]:
    """An editor for a services.records.CaseRecords service: record, then update once."""

    def edit(vault, ref: str) -> tuple[str, int]:
        with vault.sign_in(role) as person:
            records = service(person)
            made = records.record(ref, first)
            records.update(ref, made.record_id, second, 1)
        return service.record_type, made.record_id

    return edit


_LATER = NOW + timedelta(days=3)
EDITORS: dict[str, Callable[[object, str], tuple[str, int]]] = {
    "cases": edit_case,
    "incidents": edit_incident,
    "perpetrators": edit_perpetrator,
    "forensic_exams": edit_forensic_exam,
    "specimens": edit_specimen,
    "health_encounters": edit_health_encounter,
    "attachments": edit_attachment,
    "agencies": edit_agency,
    "conference_actions": edit_conference_action,
    "conference_referrals": edit_conference_referral,
    "conference_attendance": edit_conference_attendance,
    "conference_discussions": edit_conference_discussion,
    "counselling_sessions": case_record(
        CounsellingService,
        Role.COUNSELLOR,
        SessionDetails(NOW - timedelta(days=1), SessionType.INDIVIDUAL, "Notes"),
        SessionDetails(NOW - timedelta(days=1), SessionType.GROUP, "Notes"),
    ),
    "legal_matters": case_record(
        LegalMatters,
        Role.LEGAL_ADVOCATE,
        MatterDetails(police_reference="P-1"),
        MatterDetails(police_reference="P-2"),
    ),
    "hearings": case_record(
        Hearings,
        Role.LEGAL_ADVOCATE,
        HearingDetails(_LATER, "Family court", "Order"),
        HearingDetails(_LATER, "Family court", "Protection order"),
    ),
    "protection_orders": case_record(
        ProtectionOrders,
        Role.LEGAL_ADVOCATE,
        OrderDetails("Non-molestation", date.today(), date.today() + timedelta(days=90)),
        OrderDetails("Non-molestation", date.today(), date.today() + timedelta(days=180)),
    ),
    "referrals": case_record(
        ReferralService,
        Role.CASEWORKER,
        ReferralDetails("Housing", "A flat", notes="She asked."),
        ReferralDetails("Housing", "A flat", Urgency.URGENT, "She asked."),
    ),
    "safety_plans": case_record(
        SafetyPlanService,
        Role.CASEWORKER,
        SafetyPlanDetails(safe_places="A friend's flat"),
        SafetyPlanDetails(safe_places="The refuge"),
    ),
    "shelter_stays": case_record(
        ShelterService,
        Role.SHELTER_OFFICER,
        StayDetails(NOW - timedelta(days=1), "Room 1", "Bed A"),
        StayDetails(NOW - timedelta(days=1), "Room 1", "Bed B"),
    ),
    "tasks": case_record(
        TaskService,
        Role.CASEWORKER,
        TaskDetails("Call back", _LATER),
        TaskDetails("Call back", _LATER, done=True),
    ),
}


def versioned_tables() -> dict[str, type]:
    return {
        mapper.class_.__tablename__: mapper.class_
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, Versioned)
    }


def _row_id_of_case(vault, ref: str) -> int:
    from onestop.db.cases import Case

    with vault.sign_in(Role.CASEWORKER) as cw, Session(cw.engine) as s:
        return s.scalars(select(Case.id).where(Case.reference == ref)).one()


def _reader(table: str) -> Role:
    """A member of staff who reads the table's rows (on a server the admin's login reads no
    survivor table; the attachment edited here is a health one)."""
    section = Section.HEALTH if table == "attachments" else TABLE_SECTIONS[table]
    return next(r for r in Role if r is not Role.ADMIN and access(r, section) >= Access.READ)


def test_every_versioned_table_has_an_editor_here() -> None:
    tables = versioned_tables()
    assert len(tables) >= 17  # the mixin is found (a broken discovery would find none)
    assert set(tables) == set(EDITORS)


@pytest.mark.parametrize("table", sorted(EDITORS))
def test_an_edit_keeps_the_version_it_replaced(vault, table: str) -> None:
    model = versioned_tables()[table]
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Testalias")).reference
    record_type, record_id = EDITORS[table](vault, ref)
    with vault.sign_in(_reader(table)) as reader, Session(reader.engine) as s:
        assert s.get_one(model, record_id).version == 2
        kept = s.scalars(
            select(RecordVersion.version).where(
                RecordVersion.record_type == record_type, RecordVersion.record_id == record_id
            )
        ).all()
    assert kept == [1]
