"""Opening a whole file: each role gets exactly its sections, every read audited, in one
transaction that commits whole (and keeps the audit chain and its anchor consistent)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from onestop.domain.audit import AuditAction
from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.health import Treatment, TreatmentKind
from onestop.domain.roles import Action, Role, Section, permits
from onestop.errors import NotFound, PermissionDenied
from onestop.services.audit import AuditService
from onestop.services.casefile import HEADER_SECTIONS, open_case_file, read_more
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.counselling import CounsellingService
from onestop.services.health import EncounterDetails, HealthService
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.maintenance import MaintenanceService
from onestop.services.tasks import TaskDetails, TaskService

pytestmark = pytest.mark.both_backends

SECTIONS = {
    "incidents": Section.INCIDENTS,
    "perpetrators": Section.INCIDENTS,
    "consent": Section.CONSENT,
    "health": Section.HEALTH,
    "forensic": Section.FORENSIC,
    "counselling": Section.COUNSELLING,
    "legal_matters": Section.LEGAL,
    "hearings": Section.LEGAL,
    "protection_orders": Section.LEGAL,
    "shelter": Section.SHELTER,
    "referrals": Section.REFERRALS,
    "tasks": Section.TASKS,
}


@pytest.fixture
def ref(vault) -> str:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Whole file")).reference
        TaskService(cw).record(ref, TaskDetails("Call back", datetime.now(UTC) + timedelta(days=1)))
        return ref


def reads_by(vault, username: str) -> list[tuple[str, str, str]]:
    with vault.sign_in(Role.MANAGER) as manager:
        return [
            (e.section, e.outcome, e.record_ref)
            for e in AuditService(manager).entries(actor=username)
            if e.action == AuditAction.RECORD_READ.value
        ]


@pytest.mark.parametrize("role", [r for r in Role if permits(r, Section.IDENTITY, Action.READ)])
def test_each_role_gets_exactly_its_sections_each_read_audited(vault, ref, role: Role) -> None:
    with vault.sign_in(role) as session:
        view = open_case_file(session, ref)
        who = session.actor.username
    assert view.case.reference == ref
    for name, section in SECTIONS.items():
        assert (getattr(view, name) is not None) == permits(role, section, Action.READ), name
    if view.tasks is not None:
        assert [t.details.title for t in view.tasks] == ["Call back"]
    read = {section for section, outcome, r in reads_by(vault, who) if r == ref}
    expected = {s.value for s in set(SECTIONS.values()) if permits(role, s, Action.READ)}
    assert read >= expected | {Section.IDENTITY.value}
    with vault.sign_in(Role.ADMIN) as admin:
        assert MaintenanceService(admin).verify().ok  # chain and anchor agree after the batch


def test_a_role_that_may_not_read_files_is_refused_and_the_refusal_kept(vault, ref) -> None:
    with vault.sign_in(Role.ADMIN) as admin:
        with pytest.raises(PermissionDenied):
            open_case_file(admin, ref)
        who = admin.actor.username
    assert (Section.IDENTITY.value, "denied", ref) in reads_by(vault, who)


def test_a_refusal_inside_a_batch_survives_and_a_failed_batch_leaves_nothing(vault, ref) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        who = cw.actor.username
        with cw.batch():
            CaseService(cw).get(ref)
            with pytest.raises(PermissionDenied):
                CounsellingService(cw).list(ref)
        with pytest.raises(NotFound), cw.batch():
            CaseService(cw).get(ref)  # read, then the batch fails: rolled back whole
            CaseService(cw).get("OSC-2026-99999")
    reads = [(s, o) for s, o, r in reads_by(vault, who) if r == ref]
    assert reads.count((Section.IDENTITY.value, "ok")) == 1  # the failed batch left nothing
    assert (Section.COUNSELLING.value, "denied") in reads


def test_a_file_opened_on_one_tab_reads_the_others_when_they_are_shown(vault, ref) -> None:
    """open_case_file(sections=...) reads only those sections (and her details and the list
    of attachments) and lists the others the role may read, and the timeline, as unread;
    read_more reads them later, audited, and the file is then what a whole opening gives."""
    with vault.sign_in(Role.CASEWORKER) as cw:
        who = cw.actor.username
        whole = open_case_file(cw, ref)
    before = len(reads_by(vault, who))
    with vault.sign_in(Role.CASEWORKER) as cw:
        first = open_case_file(cw, ref, sections={Section.TASKS})
    opened = {section for section, _o, _r in reads_by(vault, who)[before:]}
    assert first.tasks == whole.tasks and first.attachments == whole.attachments
    assert first.timeline == () and first.timeline_unread and whole.timeline
    assert first.incidents is None and first.consent is None
    assert Section.INCIDENTS in first.unread and Section.TASKS not in first.unread
    assert Section.COUNSELLING not in first.unread  # not hers to read: absent, not later
    assert Section.TASKS.value in opened and Section.CONSENT.value not in opened
    with vault.sign_in(Role.CASEWORKER) as cw:
        later = read_more(cw, first, {Section.INCIDENTS, Section.CONSENT})
        assert later.incidents == whole.incidents and later.consent == whole.consent
        assert Section.INCIDENTS not in later.unread and Section.REFERRALS in later.unread
        everything = read_more(cw, later, later.unread, timeline=True)
    assert Section.CONSENT.value in {s for s, _o, _r in reads_by(vault, who)[before:]}
    assert not everything.unread and not everything.timeline_unread
    assert everything == replace(whole, glass=everything.glass)


def test_a_lazy_opening_reads_the_doses_of_her_windows_not_her_encounters(vault, ref) -> None:
    """The header's clinical windows need only the doses given: a file opened on a tab other
    than Health reads them (audited as a health read) and leaves her encounters for later;
    a dose of an encounter entered in error is not among them."""
    at = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=40)
    with vault.sign_in(Role.CASEWORKER) as cw:
        incident = (
            IncidentService(cw)
            .record(
                ref,
                IncidentDetails(
                    occurred=IncidentTime.exact(at),
                    gbv_type=GbvType.RAPE,
                    context=IncidentContext.OTHER,
                ),
            )
            .incident_id
        )
    pep = Treatment(TreatmentKind.PEP_FIRST_DOSE, at + timedelta(hours=31), "synthetic 5521")
    wrong = Treatment(TreatmentKind.EMERGENCY_CONTRACEPTION, at + timedelta(hours=32))
    with vault.sign_in(Role.CLINICIAN) as clinician:
        health = HealthService(clinician)
        health.record(ref, EncounterDetails(at + timedelta(hours=30), incident, treatments=(pep,)))
        mistaken = health.record(
            ref, EncounterDetails(at + timedelta(hours=31), incident, treatments=(wrong,))
        )
        health.mark_entered_in_error(ref, mistaken.encounter_id, "Wrong survivor", mistaken.version)
    with vault.sign_in(Role.CASEWORKER) as cw:
        who = cw.actor.username
        whole = open_case_file(cw, ref)
    before = len(reads_by(vault, who))
    with vault.sign_in(Role.CASEWORKER) as cw:
        lazy = open_case_file(cw, ref, HEADER_SECTIONS, windows=True)
    reads = reads_by(vault, who)[before:]
    with vault.sign_in(Role.CASEWORKER) as cw:
        shown = read_more(cw, lazy, {Section.HEALTH})
    assert lazy.health is None and Section.HEALTH in lazy.unread
    assert lazy.doses == {incident: (Treatment(pep.kind, pep.given_at),)}
    assert lazy.given() == {incident: [Treatment(pep.kind, pep.given_at)]}
    assert whole.given() == {incident: [pep]}  # the same doses, with their notes
    assert (Section.HEALTH.value, "ok", ref) in reads
    assert shown.health == whole.health and shown.given() == whole.given()
    with vault.sign_in(Role.CASEWORKER) as cw:
        plain = open_case_file(cw, ref, {Section.TASKS}, windows=True)
    assert plain.doses is None  # her incidents not read: no windows to show


def test_the_list_of_attachments_is_read_only_when_its_tab_asks(vault, ref) -> None:
    """A file opened on a tab that shows no attachments (a long file's 60 photographs) leaves
    their list for later, unread and unaudited; read_more reads it (audited) when the
    attachments tab is shown, and the file is then what a whole opening gives."""
    from onestop.services.attachments import AttachmentService

    with vault.sign_in(Role.CASEWORKER) as cw:
        AttachmentService(cw).add(
            ref, Section.IDENTITY, b"%PDF-1.7 a scanned letter", "application/pdf"
        )
        who = cw.actor.username
        whole = open_case_file(cw, ref)
    assert len(whole.attachments) == 1 and not whole.attachments_unread

    def listed() -> int:
        with vault.sign_in(Role.MANAGER) as manager:
            entries = AuditService(manager).entries(actor=who, record_ref=ref)
        return sum(1 for e in entries if e.detail == "attachments listed")

    before = listed()
    with vault.sign_in(Role.CASEWORKER) as cw:
        first = open_case_file(cw, ref, {Section.TASKS}, attachments=False)
    assert first.attachments == () and first.attachments_unread
    assert listed() == before  # not read, so not audited as read
    with vault.sign_in(Role.CASEWORKER) as cw:
        shown = read_more(cw, first, attachments=True)
        assert read_more(cw, shown, attachments=True) is shown  # once
    assert shown.attachments == whole.attachments and not shown.attachments_unread
    assert listed() == before + 1
