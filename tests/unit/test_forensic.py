"""Forensic examinations: consent before collection, seal numbers, the chain of custody."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.forensic import Handover, SpecimenType
from onestop.domain.roles import Action, Role, Section, permits
from onestop.errors import Conflict, ConsentRequired, PermissionDenied, ValidationFailed
from onestop.services.audit import AuditService
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.forensic import ExamDetails, ForensicService, SpecimenDetails
from onestop.services.incidents import IncidentDetails, IncidentService
from tests.helpers import raw_connection

pytestmark = pytest.mark.both_backends

NOW = datetime.now(UTC).replace(microsecond=0)
INCIDENT_AT = NOW - timedelta(hours=20)
EXAM_AT = NOW - timedelta(hours=6)


@pytest.fixture
def case(vault):
    with vault.sign_in(Role.CASEWORKER) as cw:
        reference = CaseService(cw).open_case(SurvivorDetails(alias="Joy")).reference
        incident = IncidentService(cw).record(
            reference,
            IncidentDetails(
                occurred=IncidentTime.exact(INCIDENT_AT),
                gbv_type=GbvType.RAPE,
                context=IncidentContext.OTHER,
            ),
        )
    return reference, incident.incident_id


def swab(seal: str = "SEAL-0001", hours_ago: float = 5) -> SpecimenDetails:
    return SpecimenDetails(
        SpecimenType.VAGINAL_SWAB, NOW - timedelta(hours=hours_ago), "Dr Okafor", seal
    )


@pytest.mark.local_only(reason="reads vault.db with SQLCipher")
def test_collection_needs_consent_then_the_chain_is_kept_in_order(vault, case) -> None:
    reference, incident_id = case
    with vault.sign_in(Role.CLINICIAN) as clinician:
        forensic = ForensicService(clinician)
        exam = forensic.open_exam(reference, ExamDetails("Dr Okafor", EXAM_AT, incident_id))
        with pytest.raises(ConsentRequired, match="nothing was saved"):
            forensic.add_specimen(reference, exam.exam_id, swab())
        ConsentService(clinician).record(
            reference,
            Purpose.FORENSIC_COLLECTION,
            Decision.GIVEN,
            decided_at=EXAM_AT + timedelta(minutes=5),
        )
        exam = forensic.add_specimen(reference, exam.exam_id, swab())
        (specimen,) = exam.specimens
        assert specimen.holder == "Dr Okafor"
        first = Handover(
            "dr okafor",
            "PC Mensah",
            "City Police",
            NOW - timedelta(hours=3),
            "Transport to the laboratory",
        )
        after = forensic.hand_over(reference, specimen.specimen_id, first)
        assert after.holder == "PC Mensah"
        with pytest.raises(ValidationFailed, match="last with PC Mensah"):
            forensic.hand_over(
                reference,
                specimen.specimen_id,
                Handover("Dr Okafor", "Lab", "Forensic Lab", NOW - timedelta(hours=2), "Analysis"),
            )
        with pytest.raises(ValidationFailed, match="in order"):
            forensic.hand_over(
                reference,
                specimen.specimen_id,
                Handover("PC Mensah", "Lab", "Forensic Lab", NOW - timedelta(hours=4), "x"),
            )
        forensic.hand_over(
            reference,
            specimen.specimen_id,
            Handover(
                "PC Mensah", "Ms Tadesse", "Forensic Lab", NOW - timedelta(hours=1), "Analysis"
            ),
        )
        (listed,) = forensic.list(reference)
        chain = listed.specimens[0].chain
        assert [h.handed_to for h in chain] == ["PC Mensah", "Ms Tadesse"]
        with pytest.raises(ValidationFailed, match="already recorded"):
            forensic.add_specimen(reference, exam.exam_id, swab())
        key = clinician.key
    conn = raw_connection(vault.path / "vault.db", key)
    with pytest.raises(sqlcipher.IntegrityError, match="append-only"):
        conn.execute("UPDATE custody_events SET handed_to = 'someone else'")
    with pytest.raises(sqlcipher.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM custody_events")
    conn.close()


def test_withdrawn_or_refused_consent_blocks_collection(vault, case) -> None:
    reference, incident_id = case
    with vault.sign_in(Role.CLINICIAN) as clinician:
        forensic = ForensicService(clinician)
        exam = forensic.open_exam(reference, ExamDetails("Dr Okafor", EXAM_AT, incident_id))
        consent = ConsentService(clinician)
        consent.record(reference, Purpose.FORENSIC_COLLECTION, Decision.GIVEN, decided_at=EXAM_AT)
        consent.record(
            reference,
            Purpose.FORENSIC_COLLECTION,
            Decision.WITHDRAWN,
            decided_at=NOW - timedelta(hours=2),
        )
        forensic.add_specimen(reference, exam.exam_id, swab("S-1", hours_ago=5))  # before
        with pytest.raises(ConsentRequired):
            forensic.add_specimen(reference, exam.exam_id, swab("S-2", hours_ago=1))  # after


def test_exam_validation_and_history(vault, case) -> None:
    reference, incident_id = case
    with vault.sign_in(Role.CLINICIAN) as clinician:
        forensic = ForensicService(clinician)
        with pytest.raises(ValidationFailed, match="before the incident"):
            forensic.open_exam(
                reference, ExamDetails("Dr Okafor", INCIDENT_AT - timedelta(hours=1), incident_id)
            )
        with pytest.raises(ValidationFailed, match="Name the examiner"):
            forensic.open_exam(reference, ExamDetails(" ", EXAM_AT))
        exam = forensic.open_exam(reference, ExamDetails("Dr Okafor", EXAM_AT, incident_id))
        forensic.update_exam(
            reference, exam.exam_id, replace(exam.details, notes="Photographs taken"), 1
        )
        (v1,) = forensic.history(reference, exam.exam_id)
        assert v1.fields["notes"] == ""


@pytest.mark.parametrize("role", list(Role))
def test_forensic_follows_the_matrix(vault, case, role: Role) -> None:
    reference, _ = case
    with vault.sign_in(role) as session:
        forensic = ForensicService(session)
        for action, call in (
            (Action.WRITE, lambda: forensic.open_exam(reference, ExamDetails("Dr X", EXAM_AT))),
            (Action.READ, lambda: forensic.list(reference)),
        ):
            if permits(role, Section.FORENSIC, action):
                call()
            else:
                with pytest.raises(PermissionDenied):
                    call()


def collected(vault, case):
    """An exam with one consented specimen handed once to the police."""
    reference, incident_id = case
    with vault.sign_in(Role.CLINICIAN) as clinician:
        ConsentService(clinician).record(
            reference, Purpose.FORENSIC_COLLECTION, Decision.GIVEN, decided_at=EXAM_AT
        )
        forensic = ForensicService(clinician)
        exam = forensic.open_exam(reference, ExamDetails("Dr Okafor", EXAM_AT, incident_id))
        (specimen,) = forensic.add_specimen(reference, exam.exam_id, swab()).specimens
        forensic.hand_over(
            reference,
            specimen.specimen_id,
            Handover("Dr Okafor", "PC Mensah", "City Police", NOW - timedelta(hours=3), "Lab"),
        )
    return reference, specimen


def test_a_specimen_is_corrected_with_its_history_and_the_chain_stays_whole(vault, case) -> None:
    reference, specimen = collected(vault, case)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        forensic = ForensicService(clinician)
        fixed = replace(specimen.details, seal_number="SEAL-0100", notes="Label re-checked")
        after = forensic.update_specimen(reference, specimen.specimen_id, fixed, 1)
        assert (after.version, after.details.seal_number) == (2, "SEAL-0100")
        assert after.holder == "PC Mensah"  # the chain is untouched
        with pytest.raises(Conflict, match="Someone else saved"):
            forensic.update_specimen(reference, specimen.specimen_id, fixed, 1)
        # A correction that would break the chain is refused, with the reason.
        later = replace(fixed, collected_at=NOW - timedelta(hours=2))
        with pytest.raises(ValidationFailed, match="chain of custody at hand-over 1") as refused:
            forensic.update_specimen(reference, specimen.specimen_id, later, 2)
        assert "collected_at" in refused.value.fields
        someone_else = replace(fixed, collected_by="Nurse Abebe")
        with pytest.raises(ValidationFailed, match="last with Nurse Abebe") as refused:
            forensic.update_specimen(reference, specimen.specimen_id, someone_else, 2)
        assert "collected_by" in refused.value.fields
        # Another specimen's seal number is refused; its own is fine.
        exam_id = forensic.list(reference)[0].exam_id
        other = forensic.add_specimen(reference, exam_id, swab("SEAL-0200", hours_ago=4))
        with pytest.raises(ValidationFailed, match="already recorded"):
            forensic.update_specimen(
                reference, specimen.specimen_id, replace(fixed, seal_number="SEAL-0200"), 2
            )
        assert len(other.specimens) == 2
        (old,) = forensic.specimen_history(reference, specimen.specimen_id)
        assert (old.version, old.fields["seal_number"], old.fields["notes"]) == (1, "SEAL-0001", "")
        assert old.replaced_by == clinician.actor.username
    with vault.sign_in(Role.MANAGER) as manager:
        details = [e.detail for e in AuditService(manager).entries() if e.record_ref == reference]
        assert f"specimen {specimen.specimen_id} v2" in details
        assert f"specimen {specimen.specimen_id} history" in details


@pytest.mark.parametrize("role", list(Role))
def test_specimen_corrections_follow_the_matrix(vault, case, role: Role) -> None:
    reference, specimen = collected(vault, case)
    with vault.sign_in(role) as session:
        forensic = ForensicService(session)
        fixed = replace(specimen.details, notes="checked")
        if permits(role, Section.FORENSIC, Action.WRITE):
            assert forensic.update_specimen(reference, specimen.specimen_id, fixed, 1).version == 2
        else:
            with pytest.raises(PermissionDenied):
                forensic.update_specimen(reference, specimen.specimen_id, fixed, 1)
        if permits(role, Section.FORENSIC, Action.READ):
            forensic.specimen_history(reference, specimen.specimen_id)
        else:
            with pytest.raises(PermissionDenied):
                forensic.specimen_history(reference, specimen.specimen_id)
