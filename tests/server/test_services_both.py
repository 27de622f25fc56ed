"""The services on both backends: the same calls, the same results, on a local vault and on
the centre's PostgreSQL server.

``centre`` is parametrised: ``local`` is the test vault of tests/conftest.py; ``server`` is the
same vault moved onto the cluster (tests/server/conftest.py ``centre_template``), each member
of staff signing in from a workstation folder with her own database login. Nothing in the
tests below knows which it is: they are the services' own behaviour, held to both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from typing import Any

import pytest
from faker import Faker

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.counselling import SessionType
from onestop.domain.forensic import Handover, SpecimenType
from onestop.domain.periods import Period
from onestop.domain.roles import Role, Section
from onestop.errors import NotFound, PermissionDenied, ValidationFailed
from onestop.services import audit
from onestop.services.attachments import AttachmentService
from onestop.services.audit import AuditService
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.counselling import CounsellingService, SessionDetails
from onestop.services.forensic import ExamDetails, ForensicService, SpecimenDetails
from onestop.services.health import EncounterDetails, HealthService
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.intake import Intake, IntakeService
from onestop.services.maintenance import MaintenanceService
from onestop.services.search import CaseSearch
from onestop.services.session import VaultSession
from onestop.services.statistics import StatisticsService
from tests.backdate import backdate
from tests.conftest import password_for, username_for
from tests.helpers import raw_connection
from tests.unit.test_statistics import open_cases

NOW = datetime.now(UTC).replace(microsecond=0)


@dataclass(frozen=True)
class Both:
    """A centre on one backend: sign in as a role; ``as_owner`` runs one statement as whoever
    owns the database (the vault key's holder with sqlcipher3, the server's superuser), its
    parameters written ``?``."""

    name: str
    sign_in: Callable[[Role], VaultSession]
    as_owner: Callable[[str, tuple[Any, ...]], None]


@pytest.fixture(params=["local", "server"])
def centre(request: pytest.FixtureRequest) -> Both:
    if request.param == "local":
        vault = request.getfixturevalue("vault")

        def local(statement: str, params: tuple[Any, ...]) -> None:
            with vault.sign_in(Role.ADMIN) as admin:
                key = bytes(admin.key)
            conn = raw_connection(vault.path / "vault.db", key)
            try:
                conn.execute(statement, params)
            finally:
                conn.close()

        return Both("local", vault.sign_in, local)
    on_server = request.getfixturevalue("centre_on_server")

    def server(statement: str, params: tuple[Any, ...]) -> None:
        with on_server.superuser() as su:
            su.execute(statement.replace("?", "%s"), params)

    return Both("server", on_server.sign_in, server)


def test_signing_in_knows_the_backend(centre: Both) -> None:
    with centre.sign_in(Role.CASEWORKER) as cw:
        assert cw.actor.role is Role.CASEWORKER
        assert (
            type(cw.backend).__name__
            == {"local": "LocalVault", "server": "CentreServer"}[centre.name]
        )


def _incident() -> IncidentDetails:
    return IncidentDetails(
        occurred=IncidentTime.exact(NOW - timedelta(hours=30)),
        gbv_type=GbvType.RAPE,
        context=IncidentContext.OTHER,
        description="Reported at the front desk.",
    )


def test_intake_opens_a_case_found_by_any_part_of_her_name(centre: Both) -> None:
    fake = Faker()
    name = f"{fake.first_name()} {fake.last_name()}"
    with centre.sign_in(Role.CASEWORKER) as cw:
        service = IntakeService(cw)
        check = service.possible_matches(name, "", None, "")
        opened = service.register(Intake(SurvivorDetails(name=name)), check.confirm_new())
        reference = opened.reference
        found = CaseSearch(cw).find(name.split()[-1][1:].lower())
        assert reference in [c.reference for c in found.cases]
        again = service.possible_matches(name, "", None, "")
        assert again.matches  # the same name at the next intake is offered as a match
    with centre.sign_in(Role.CLINICIAN) as clinician:
        assert reference in [c.reference for c in CaseSearch(clinician).find(name).cases]


def test_incidents_and_health_encounters_round_trip(centre: Both) -> None:
    with centre.sign_in(Role.CASEWORKER) as cw:
        reference = CaseService(cw).open_case(SurvivorDetails(alias="Wren")).reference
        incident = IncidentService(cw).record(reference, _incident())
        assert [i.details.description for i in IncidentService(cw).list(reference)] == [
            "Reported at the front desk."
        ]
    details = EncounterDetails(
        seen_at=NOW - timedelta(hours=2),
        incident_id=incident.incident_id,
        history="Seen the morning after.",
        examination="Alert and oriented.",
    )
    with centre.sign_in(Role.CLINICIAN) as clinician:
        health = HealthService(clinician)
        made = health.record(reference, details)
        listed = health.list(reference)
        assert [(e.encounter_id, e.details.history) for e in listed] == [
            (made.encounter_id, "Seen the morning after.")
        ]
        with pytest.raises(PermissionDenied):
            IncidentService(clinician).record(reference, _incident())


def test_counselling_notes_are_the_counsellors_alone(centre: Both, hostile_text: Any) -> None:
    with centre.sign_in(Role.CASEWORKER) as cw:
        reference = CaseService(cw).open_case(SurvivorDetails(alias="Lark")).reference
    note = hostile_text["notes"][0]
    with centre.sign_in(Role.COUNSELLOR) as counsellor:
        notes = CounsellingService(counsellor)
        notes.record(
            reference, SessionDetails(NOW - timedelta(days=1), SessionType.INDIVIDUAL, note)
        )
        assert [n.details.notes for n in notes.list(reference)] == [note]
    with centre.sign_in(Role.CLINICIAN) as clinician, pytest.raises(PermissionDenied):
        CounsellingService(clinician).list(reference)


def test_a_note_moved_to_another_survivors_file_is_not_shown_there(centre: Both) -> None:
    """Sealed text is bound to its case (form 2, migration 0069) on both backends: a note
    moved to another survivor's file by the database's owner (one UPDATE of ``case_id``) is
    not in that file, nor in its own any more."""
    with centre.sign_in(Role.CASEWORKER) as cw:
        first = CaseService(cw).open_case(SurvivorDetails(alias="First")).reference
        second = CaseService(cw).open_case(SurvivorDetails(alias="Second")).reference
    marker = f"about the first survivor {Faker().uuid4()}"
    with centre.sign_in(Role.COUNSELLOR) as counsellor:
        note = CounsellingService(counsellor).record(
            first, SessionDetails(NOW, SessionType.INDIVIDUAL, marker, "")
        )
        assert [r.details.notes for r in CounsellingService(counsellor).list(first)] == [marker]
    centre.as_owner(
        "UPDATE counselling_sessions SET case_id = (SELECT id FROM cases WHERE reference = ?) "
        "WHERE id = ?",
        (second, note.record_id),
    )
    with centre.sign_in(Role.COUNSELLOR) as counsellor:
        assert CounsellingService(counsellor).list(second) == ()
        assert CounsellingService(counsellor).list(first) == ()


def test_the_audit_chain_verifies_after_the_work(centre: Both) -> None:
    with centre.sign_in(Role.CASEWORKER) as cw:
        reference = CaseService(cw).open_case(SurvivorDetails(alias="Finch")).reference
        IncidentService(cw).record(reference, _incident())
    with centre.sign_in(Role.MANAGER) as manager, manager.engine.connect() as conn:
        report = audit.verify_chain(conn, manager.key, manager.vault_id, manager.folder.anchor)
        assert report.ok, report.problems
        assert report.entries > 5


def test_statistics_are_compiled_and_their_release_kept(centre: Both) -> None:
    open_cases(centre, 6, GbvType.RAPE)
    backdate(centre, Period.last_month(datetime.now(UTC).date()))
    month = Period.last_month(datetime.now(UTC).date())
    with centre.sign_in(Role.MANAGER) as manager:
        service = StatisticsService(manager)
        compiled = service.compile(month)
        assert compiled.tables[0].shown("Rape").text == "6"
        assert [period for period, _ in service.released()] == [month.name]


def test_a_chain_of_custody_is_sealed_and_read_back_in_order(centre: Both) -> None:
    """A hand-over's id is chosen before its INSERT (the server's sequence, or the vault's
    next id), so its text goes in sealed: several in a row come back whole, in order."""
    with centre.sign_in(Role.CASEWORKER) as cw:
        reference = CaseService(cw).open_case(SurvivorDetails(alias="Heron")).reference
    exam_at = NOW - timedelta(hours=6)
    names = ["Nurse Able", "Officer Baker", "Analyst Cole", "Clerk Dunn"]
    with centre.sign_in(Role.CLINICIAN) as clinician:
        ConsentService(clinician).record(
            reference, Purpose.FORENSIC_COLLECTION, Decision.GIVEN, decided_at=exam_at
        )
        forensic = ForensicService(clinician)
        exam = forensic.open_exam(reference, ExamDetails("Dr Examiner", exam_at))
        seal = f"SEAL-{Faker().uuid4()[:8]}"
        swab = SpecimenDetails(SpecimenType.VAGINAL_SWAB, exam_at, names[0], seal)
        (specimen,) = forensic.add_specimen(reference, exam.exam_id, swab).specimens
        for n, (handed_from, handed_to) in enumerate(pairwise(names)):
            at = NOW - timedelta(hours=4 - n)
            handover = Handover(handed_from, handed_to, "Laboratory", at, "Analysis")
            forensic.hand_over(reference, specimen.specimen_id, handover)
    with centre.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        (listed,) = ForensicService(advocate).list(reference)
        assert [h.handed_to for h in listed.specimens[0].chain] == names[1:]


def test_attachments_are_kept_sealed_and_come_back_checked(centre: Both) -> None:
    with centre.sign_in(Role.CASEWORKER) as cw:
        reference = CaseService(cw).open_case(SurvivorDetails(alias="Ibis")).reference
    data = b"%PDF-1.7 a scanned statement " + Faker().sentence().encode()
    with centre.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        files = AttachmentService(advocate)
        info = files.add(reference, Section.LEGAL, data, "application/pdf", title="Statement")
        again = files.add(reference, Section.LEGAL, data, "application/pdf")  # the same bytes
        assert files.open(reference, again.attachment_id) == data
        assert [a.title for a in files.list(reference)] == ["Statement", ""]
    # Refused on both alike (the server's row policy hides the row; its section is asked of
    # onestop_attachment_section, so she is refused, not told there is no such attachment).
    with centre.sign_in(Role.CLINICIAN) as clinician:
        with pytest.raises(PermissionDenied):
            AttachmentService(clinician).open(reference, info.attachment_id)
        with pytest.raises(NotFound):
            AttachmentService(clinician).open(reference, info.attachment_id + 100)


def test_a_workstation_leaves_a_servers_backups_to_the_command_line(centre: Both, tmp_path) -> None:
    """A server's archive is a pg_dump made by an account that reads the whole database
    (services/serverbackup.py): a workstation's backup and restore are refused in words, and
    write nothing; on the local vault they work as ever."""
    out = tmp_path / "out"
    out.mkdir()
    with centre.sign_in(Role.ADMIN) as admin:
        maintenance = MaintenanceService(admin)
        if centre.name == "local":
            assert maintenance.backup(out).path.parent == out
            return
        with pytest.raises(ValidationFailed, match="with the command line"):
            maintenance.backup(out)
        with pytest.raises(ValidationFailed, match="with the command line"):
            maintenance.restore(out / "a.onestop-backup", password_for(Role.ADMIN))
    assert list(out.iterdir()) == []


def test_a_sign_out_from_the_lock_screen(centre: Both) -> None:
    """The local vault keeps it in keyslots.json for the next sign-in, which writes it as an
    unverified report; a server keeps no such report: its trail ends at her lock."""
    session = centre.sign_in(Role.CLINICIAN)
    session.lock()
    session.close()
    with centre.sign_in(Role.MANAGER) as manager:
        entries = AuditService(manager).entries(actor=username_for(Role.CLINICIAN))
    last = {"local": "session.sign_out", "server": "session.lock"}[centre.name]
    assert [e.action for e in entries][-1] == last
