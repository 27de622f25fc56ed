"""Purging a case after its retention period: everything goes but a content-free tombstone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.forensic import Handover, SpecimenType
from onestop.domain.roles import Role, Section
from onestop.errors import NotFound, PermissionDenied, ValidationFailed
from onestop.services.audit import AuditService
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.drafts import DraftService
from onestop.services.forensic import ExamDetails, ForensicService, SpecimenDetails
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.perpetrators import PerpetratorDetails, PerpetratorService
from onestop.services.retention import RetentionService
from onestop.services.search import CaseSearch
from tests.helpers import raw_connection

pytestmark = pytest.mark.both_backends

CANARY = "Purgecanary Wambui"
NOW = datetime.now(UTC).replace(microsecond=0)


def incident() -> IncidentDetails:
    return IncidentDetails(
        IncidentTime.exact(NOW - timedelta(days=2)), GbvType.RAPE, IncidentContext.INTIMATE_PARTNER
    )


@pytest.fixture
def files(vault):
    """A closed case full of records, and another file sharing one perpetrator."""
    with vault.sign_in(Role.CASEWORKER) as cw:
        cases = CaseService(cw)
        gone = cases.open_case(SurvivorDetails(name=CANARY, safe_notes=CANARY + " notes"))
        kept = cases.open_case(SurvivorDetails(alias="Kept"))
        inc_gone = IncidentService(cw).record(gone.reference, incident()).incident_id
        inc_kept = IncidentService(cw).record(kept.reference, incident()).incident_id
        people = PerpetratorService(cw)
        shared = people.add(gone.reference, inc_gone, PerpetratorDetails("Shared Man"), "Husband")
        people.link(kept.reference, inc_kept, shared.perpetrator_id, "Neighbour")
        people.add(gone.reference, inc_gone, PerpetratorDetails(CANARY + " Brother"), "Brother")
        ConsentService(cw).record(
            gone.reference,
            Purpose.FORENSIC_COLLECTION,
            Decision.GIVEN,
            decided_at=NOW - timedelta(hours=4),
        )
        cases.update(gone.reference, SurvivorDetails(name=CANARY, alias="Edited"), 1)
        cases.close(gone.reference, "Moved away", 2)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        forensic = ForensicService(clinician)
        exam = forensic.open_exam(gone.reference, ExamDetails("Dr A", NOW - timedelta(hours=3)))
        exam = forensic.add_specimen(
            gone.reference,
            exam.exam_id,
            SpecimenDetails(SpecimenType.BLOOD, NOW - timedelta(hours=2), "Dr A", "SEAL-9"),
        )
        forensic.hand_over(
            gone.reference,
            exam.specimens[0].specimen_id,
            Handover("Dr A", "PC B", "Police", NOW - timedelta(hours=1), "Lab"),
        )
        # an unsaved form kept when the screen locked: it goes with the case too
        DraftService(clinician).keep(
            "encounter", Section.HEALTH, gone.reference, {"history": CANARY + " draft"}
        )
    return gone.reference, kept.reference


def test_purge_needs_a_manager_a_confirmation_and_the_period_over(vault, files) -> None:
    gone, _ = files
    with vault.sign_in(Role.CASEWORKER) as cw, pytest.raises(PermissionDenied):
        RetentionService(cw, retention_years=0).purge(gone, gone)
    with vault.sign_in(Role.MANAGER) as manager:
        with pytest.raises(ValidationFailed, match="Type the case reference again"):
            RetentionService(manager, retention_years=0).purge(gone, "yes")
        with pytest.raises(ValidationFailed, match="within its retention period"):
            RetentionService(manager).purge(gone, gone)


def purge_as_manager(vault, files) -> None:
    """The manager purges the closed file: it is gone, the shared perpetrator stays with the
    other file, and the trail keeps only a tombstone."""
    gone, kept = files
    with vault.sign_in(Role.MANAGER) as manager:
        RetentionService(manager, retention_years=0).purge(gone, gone.lower())
        with pytest.raises(NotFound):
            CaseService(manager).get(gone)
        assert CaseSearch(manager).find("purgecanary").cases == ()
        (shared,) = PerpetratorService(manager).of_case(kept)
        assert shared.perpetrator.details.name == "Shared Man" and shared.other_cases == ()
        tombstone = [e for e in AuditService(manager).entries() if e.action == "record.purged"]
    assert [(t.record_ref, t.detail) for t in tombstone] == [(gone, "retention period over")]


def test_purge_removes_everything_but_a_tombstone(vault, files) -> None:
    gone, _ = files
    purge_as_manager(vault, files)
    if vault.server is None:
        return  # the vault file's own check: test_purge_leaves_nothing_in_the_vault_file
    # On a server, the rows are gone from the database itself (its content is ciphertext:
    # the canary's name is never there to look for): no row of the case's, no version kept
    # of them, the lonely perpetrator gone, the shared one kept.
    with vault.server.superuser() as conn:
        assert conn.execute(
            "SELECT count(*) FROM cases WHERE reference = %s", (gone,)
        ).fetchone() == (0,)
        counts = {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("cases", "specimens", "custody_events", "forensic_exams", "drafts")
        }
        assert counts == {
            "cases": 1,
            "specimens": 0,
            "custody_events": 0,
            "forensic_exams": 0,
            "drafts": 0,
        }
        assert conn.execute("SELECT count(*) FROM perpetrators").fetchone() == (1,)
        history = conn.execute(
            "SELECT count(*) FROM record_history WHERE record_type IN ('case', 'perpetrator')"
        ).fetchone()
        assert history == (0,)  # the kept file was never edited


@pytest.mark.local_only(reason="reads vault.db with SQLCipher")
def test_purge_leaves_nothing_in_the_vault_file(vault, files, tmp_path) -> None:
    purge_as_manager(vault, files)
    with vault.sign_in(Role.ADMIN) as admin:
        key = admin.key
    conn = raw_connection(vault.path / "vault.db", key)
    for table in (
        "cases",
        "incidents",
        "consent_entries",
        "specimens",
        "custody_events",
        "perpetrators",
        "record_history",
        "forensic_exams",
        "drafts",
    ):
        dump = repr(conn.execute(f"SELECT * FROM {table}").fetchall())
        assert "Purgecanary" not in dump, table
    plain = tmp_path / "plain.db"
    conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')").fetchall()
    conn.execute("DETACH DATABASE plain")
    conn.close()
    exported = plain.read_bytes()
    assert b"SQLite format 3" in exported[:16]  # the export is readable...
    assert b"Purgecanary" not in exported and b"purgecanary" not in exported  # ...and clean
    assert b"Kept" in exported or b"kept" in exported
    plain.unlink()
