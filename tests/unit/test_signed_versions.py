"""A record put back below the version its signed edits record (services/signedversions.py).

The insider of tests/unit/test_redteam_standing_second.py (finding 8: the legal advocate, her
password, the vault folder's files, sqlcipher3) puts a row back to an earlier version: its
version, key version and sealed columns copied from its ``record_history`` snapshot, whose sealed
text opens under that version's associated data. The signed trail records each edit as
"``<kind> <id> v<N>``": the list of the case file refuses a row below that, in words, and verify
names it. Here for kinds other than counselling (an incident, a health encounter), and an honest
history (several edits, entered in error and cleared) that reads and verifies as it is.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event

from onestop.db.base import utcnow
from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.counselling import SessionType
from onestop.domain.roles import Role
from onestop.services.cases import CaseService
from onestop.services.counselling import CounsellingService, SessionDetails
from onestop.services.health import EncounterDetails, HealthService
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.maintenance import SIGNED_VERSIONS, MaintenanceService
from onestop.services.signedversions import RecordPutBack, _edits
from onestop.vault.keyslots import VAULT_KEY
from onestop.vault.sectionkeys import is_sealed
from tests.conftest import open_case_in
from tests.helpers import case_references, raw_connection
from tests.unit.test_redteam_slots_third import _open_mine

AT = datetime.now(UTC).replace(microsecond=0) - timedelta(days=3)


def _incident(description: str) -> IncidentDetails:
    return IncidentDetails(
        occurred=IncidentTime.exact(AT),
        gbv_type=GbvType.PHYSICAL_ASSAULT,
        context=IncidentContext.OTHER,
        description=description,
    )


def _put_back(vault, table: str, record_type: str, row_id: int) -> int:
    """As the insider: the row's version, key version and sealed columns copied from its
    earliest ``record_history`` snapshot (the vault key alone). Returns that version."""
    key = _open_mine(vault.path / "keyslots.json").keys[VAULT_KEY]
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        (earlier, snapshot) = conn.execute(
            "SELECT version, snapshot FROM record_history WHERE record_type = ? "
            "AND record_id = ? ORDER BY version LIMIT 1",
            (record_type, row_id),
        ).fetchone()
        fields = json.loads(snapshot)
        columns = {c[1] for c in conn.execute(f"PRAGMA table_info({table})")}
        copied = {
            name: value
            for name, value in fields.items()
            if name in columns and (name == "key_version" or is_sealed(value))
        }
        assert copied, "the snapshot holds no sealed column to put back"
        copied["version"] = earlier
        assignments = ", ".join(f"{name} = ?" for name in copied)
        conn.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", (*copied.values(), row_id))
    finally:
        conn.close()
    return int(earlier)


def _failed(vault) -> dict[str, str]:
    with vault.sign_in() as admin:
        report = MaintenanceService(admin).verify()
    return {c.name: c.message for c in report.checks if not c.ok}


def test_an_incident_put_back_to_its_earlier_version_is_refused_and_named(vault) -> None:
    reference = open_case_in(vault)
    with vault.sign_in(Role.CASEWORKER) as caseworker:
        incidents = IncidentService(caseworker)
        first = incidents.record(reference, _incident("first account"))
        second = incidents.update(
            reference, first.incident_id, _incident("corrected account"), first.version
        )
        incidents.update(reference, first.incident_id, _incident("corrected again"), second.version)
    assert _put_back(vault, "incidents", "incident", first.incident_id) == 1
    with vault.sign_in(Role.CASEWORKER) as caseworker, pytest.raises(RecordPutBack):
        IncidentService(caseworker).list(reference)
    failed = _failed(vault)
    assert f"incident {first.incident_id} of case {reference} (v1, signed v3)" in failed.get(
        SIGNED_VERSIONS, ""
    ), failed
    assert "first account" not in failed.get(SIGNED_VERSIONS, "")


def test_a_health_encounter_put_back_is_refused_and_named(vault) -> None:
    reference = open_case_in(vault)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        health = HealthService(clinician)
        seen = utcnow() - timedelta(hours=2)
        encounter = health.record(
            reference, EncounterDetails(seen_at=seen, history="seen before the correction")
        )
        health.update(
            reference,
            encounter.encounter_id,
            EncounterDetails(seen_at=seen, history="seen, corrected"),
            encounter.version,
        )
    _put_back(vault, "health_encounters", "health_encounter", encounter.encounter_id)
    with vault.sign_in(Role.CLINICIAN) as clinician, pytest.raises(RecordPutBack):
        HealthService(clinician).list(reference)
    failed = _failed(vault)
    assert (
        f"health_encounter {encounter.encounter_id} of case {reference} (v1, signed v2)"
        in failed.get(SIGNED_VERSIONS, "")
    ), failed


def test_her_identity_put_back_is_refused_and_named(vault) -> None:
    """Her alias corrected, then her identity row put back to the one before."""
    reference = open_case_in(vault, alias="Wren")
    with vault.sign_in(Role.CASEWORKER) as caseworker:
        cases = CaseService(caseworker)
        first = cases.get(reference)
        cases.update(reference, replace(first.details, alias="Lark"), first.version)
    key = _open_mine(vault.path / "keyslots.json").keys[VAULT_KEY]
    references = case_references(vault.path / "vault.db", key)
    [case_id] = [i for i, r in references.items() if r == reference]
    assert _put_back(vault, "cases", "case", case_id) == 1
    with vault.sign_in(Role.CASEWORKER) as caseworker, pytest.raises(RecordPutBack):
        CaseService(caseworker).get(reference)
    failed = _failed(vault)
    assert f"case {case_id} of case {reference} (v1, signed v2)" in failed.get(
        SIGNED_VERSIONS, ""
    ), failed


@pytest.mark.both_backends
def test_an_honest_history_reads_and_verifies_as_it_is(vault) -> None:
    """Several edits, an entered-in-error mark and its clearing: every row at the version its
    entries record, read as it is; verify's check passes (on the local vault, where it runs)."""
    reference = open_case_in(vault)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        notes = CounsellingService(counsellor)
        note = notes.record(reference, SessionDetails(AT, SessionType.INDIVIDUAL, "one", ""))
        for text in ("two", "three", "four"):
            note = notes.update(
                reference,
                note.record_id,
                SessionDetails(AT, SessionType.INDIVIDUAL, text, ""),
                note.version,
            )
        other = notes.record(reference, SessionDetails(AT, SessionType.GROUP, "other", ""))
    with vault.sign_in(Role.CASEWORKER) as caseworker:
        incidents = IncidentService(caseworker)
        incident = incidents.record(reference, _incident("first"))
        incident = incidents.update(
            reference, incident.incident_id, _incident("second"), incident.version
        )
        incident = incidents.mark_entered_in_error(
            reference, incident.incident_id, "The wrong file", incident.version
        )
        incident = incidents.clear_entered_in_error(
            reference, incident.incident_id, "The right file after all", incident.version
        )
    with vault.sign_in(Role.CLINICIAN) as clinician:
        health = HealthService(clinician)
        seen = utcnow() - timedelta(hours=1)
        encounter = health.record(reference, EncounterDetails(seen_at=seen, history="a"))
        encounter = health.update(
            reference,
            encounter.encounter_id,
            EncounterDetails(seen_at=seen, history="b"),
            encounter.version,
        )
        health.mark_entered_in_error(
            reference, encounter.encounter_id, "A duplicate", encounter.version
        )
        (shown_encounter,) = health.list(reference)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        shown = {
            r.record_id: (r.version, r.details.notes)
            for r in CounsellingService(counsellor).list(reference)
        }
    with vault.sign_in(Role.CASEWORKER) as caseworker:
        (shown_incident,) = IncidentService(caseworker).list(reference)
    assert shown == {note.record_id: (4, "four"), other.record_id: (1, "other")}
    assert (shown_incident.version, shown_incident.details.description) == (4, "second")
    assert (shown_encounter.version, shown_encounter.details.history) == (3, "b")
    with vault.sign_in() as admin:
        report = MaintenanceService(admin).verify()
    checks = {c.name: c for c in report.checks}
    assert SIGNED_VERSIONS not in {c.name for c in report.checks if not c.ok}
    if vault.backend == "vault":
        assert checks[SIGNED_VERSIONS].ok, checks[SIGNED_VERSIONS].message


def test_a_long_files_list_reads_the_trail_once(vault) -> None:
    """The check costs one query of the trail per list, not one per row."""
    reference = open_case_in(vault)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        notes = CounsellingService(counsellor)
        for n in range(12):
            note = notes.record(reference, SessionDetails(AT, SessionType.INDIVIDUAL, f"{n}", ""))
            notes.update(
                reference,
                note.record_id,
                SessionDetails(AT, SessionType.INDIVIDUAL, f"{n}.", ""),
                note.version,
            )
        trail_reads: list[str] = []

        def count(_conn, _cursor, statement: str, *_args: object) -> None:
            # the trail's edit entries of her case (services.signedversions._edits)
            said = " ".join(statement.split())
            if said.startswith("SELECT") and "FROM audit_log WHERE" in said:
                trail_reads.append(said)

        engine = counsellor.engine
        event.listen(engine, "before_cursor_execute", count)
        try:
            listed = notes.list(reference)
        finally:
            event.remove(engine, "before_cursor_execute", count)
    assert len(listed) == 12
    assert len(trail_reads) == 1, trail_reads


def test_one_cases_edits_are_found_by_its_reference_not_every_write(vault) -> None:
    """The trail query of one case's edits walks that case's entries (the index of its
    reference), never every record write in the vault: SQLite's planner, left to itself,
    took the action's index (36 ms at 2,000 survivors for one long file, growing with the
    vault; 0.3 ms by the reference's)."""
    reference = open_case_in(vault)
    with vault.sign_in(Role.ADMIN) as admin:
        key = bytes(admin.key)
        statement = _edits(reference).compile(admin.engine)
        sql, params = str(statement), statement.params
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        plan = conn.execute(
            "EXPLAIN QUERY PLAN " + sql,
            [params[name] for name in statement.positiontup or ()],
        ).fetchall()
    finally:
        conn.close()
    used = " ".join(str(step[-1]) for step in plan)
    assert "ix_audit_log_record_ref" in used and "ix_audit_log_action" not in used, used
