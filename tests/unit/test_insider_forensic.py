"""Forensic text under the forensic key, tested as the insider with her own password.

The attack: the admin, whoever holds the recovery key, or a colleague whose role does not read
forensic examinations (a counsellor, a shelter officer) opens her own key slot, takes the vault
key, and reads ``vault.db`` with a bare ``sqlcipher3`` connection: every table, the history of
records, drafts, the audit trail's details and ``sqlite_master``. An examination's notes and
opinion, a specimen's notes used to be there in clear. These tests plant a canary in every
sealed field, through the services, and look for it everywhere she can read; they check that
those who read forensic examinations still read them all, that an older vault's text is sealed
at a holder's next sign-in, and they show the one thing a caseworker with break-glass rights
can still do with her own password (docs/SECURITY.md).
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from onestop.domain.consent import Decision, Purpose
from onestop.domain.forensic import SpecimenType
from onestop.domain.roles import Role, Section
from onestop.services import glasskeys
from onestop.services.consent import ConsentService
from onestop.services.drafts import DraftService
from onestop.services.forensic import ExamDetails, ForensicService, SpecimenDetails
from onestop.vault.keyslots import VAULT_KEY, user_slot_id
from onestop.vault.sectionkeys import KeyRing, open_grant
from tests.conftest import password_for, username_for
from tests.helpers import case_references, open_stored, raw_connection
from tests.oldertext import add_draft, add_history, older_text_vault, raw, reference_of
from tests.unit.test_insider_section_keys import ATTACKERS, attacker_slot, every_text_value, holding

NOW = datetime.now(UTC).replace(microsecond=0)
EXAM_AT = NOW - timedelta(hours=6)


def _staff(role: Role):
    return lambda vault: (user_slot_id(username_for(role)), password_for(role))


FORENSIC_ATTACKERS = {
    "admin": ATTACKERS["admin"],
    "recovery key": ATTACKERS["recovery key"],
    "shelter officer": ATTACKERS["shelter officer"],
    "counsellor": _staff(Role.COUNSELLOR),
}


def canary() -> str:
    return f"canary-{secrets.token_hex(8)}"


def plant(vault, reference: str, marker: str) -> tuple[int, int]:
    """As the clinician: an examination and a specimen with ``marker`` in every sealed field,
    each edited once (so their history holds a version), and a forensic draft holding it."""
    with vault.sign_in(Role.CLINICIAN) as clinician:
        ConsentService(clinician).record(
            reference, Purpose.FORENSIC_COLLECTION, Decision.GIVEN, decided_at=EXAM_AT
        )
        forensic = ForensicService(clinician)
        details = ExamDetails(f"examiner {marker}", EXAM_AT, None, f"notes {marker}")
        details = replace(details, opinion=f"opinion {marker}")
        exam = forensic.open_exam(reference, details)
        forensic.update_exam(
            reference, exam.exam_id, replace(details, notes=f"edited {marker}"), exam.version
        )
        swab = SpecimenDetails(
            SpecimenType.VAGINAL_SWAB,
            NOW - timedelta(hours=5),
            f"collector {marker}",
            f"SEAL-{secrets.token_hex(3)}",
            f"specimen {marker}",
        )
        (specimen,) = forensic.add_specimen(reference, exam.exam_id, swab).specimens
        forensic.update_specimen(
            reference, specimen.specimen_id, replace(swab, notes=f"fixed {marker}"), 1
        )
        DraftService(clinician).keep(
            "forensic", Section.FORENSIC, reference, {"notes": f"draft {marker}"}
        )
        return exam.exam_id, specimen.specimen_id


@pytest.mark.parametrize("who", sorted(FORENSIC_ATTACKERS))
def test_an_insider_without_the_forensic_key_finds_no_forensic_text(vault, make_case, who) -> None:
    marker = canary()
    plant(vault, make_case(), marker)
    slot_id, secret = FORENSIC_ATTACKERS[who](vault)
    _, opened = attacker_slot(vault, slot_id, secret)
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        values = every_text_value(conn)
        schema = [
            ("sqlite_master", "sql", r[0] or "")
            for r in conn.execute("SELECT sql FROM sqlite_master").fetchall()
        ]
        history = conn.execute(
            "SELECT count(*) FROM record_history WHERE record_type IN ('forensic_exam', 'specimen')"
        ).fetchone()[0]
        grants = conn.execute(
            "SELECT count(*) FROM section_key_grants WHERE section = 'forensic' "
            "AND slot_id IN (?, ?)",
            (slot_id, "glass:" + slot_id),
        ).fetchone()[0]
    finally:
        conn.close()
    assert values and history == 2  # she did read the vault, the history among it
    assert holding(values + schema, marker) == []
    assert grants == 0  # no forensic key, ordinary or break-glass, is sealed to her slot


def test_those_who_read_forensic_read_it_all(vault, make_case) -> None:
    marker = canary()
    reference = make_case()
    exam_id, specimen_id = plant(vault, reference, marker)
    for role in (Role.CLINICIAN, Role.LEGAL_ADVOCATE, Role.MANAGER):
        with vault.sign_in(role) as reader:
            forensic = ForensicService(reader)
            (exam,) = forensic.list(reference)
            assert exam.details.examiner == f"examiner {marker}", role
            assert exam.details.notes == f"edited {marker}"
            assert exam.details.opinion == f"opinion {marker}"
            (specimen,) = exam.specimens
            assert specimen.details.collected_by == f"collector {marker}"
            assert specimen.details.notes == f"fixed {marker}"
            (before,) = forensic.history(reference, exam_id)
            assert before.fields["notes"] == f"notes {marker}"
            (earlier,) = forensic.specimen_history(reference, specimen_id)
            assert earlier.fields["notes"] == f"specimen {marker}"
    with vault.sign_in(Role.CLINICIAN) as clinician:
        (draft,) = [d for d in DraftService(clinician).mine() if d.section == Section.FORENSIC]
        assert draft.fields == {"notes": f"draft {marker}"}


def test_older_forensic_text_is_sealed_at_the_next_sign_in_of_a_holder(
    tmp_path, monkeypatch
) -> None:
    """A vault an earlier release wrote (tests/fixtures/vault-demo-0052) holding forensic text
    (before migration 0036) from before its section was sealed: in clear, key_version NULL, the
    history and a draft in clear too; the first sign-in of a holder seals them. (In a vault whose
    holders have signed in since, the same rows are a forgery:
    tests/unit/test_redteam_older_text.py.)"""
    older = older_text_vault(tmp_path, monkeypatch)
    marker = canary()
    with raw(older) as conn:  # as an older vault had it: in clear
        exam_id, case_id = conn.execute(
            "SELECT id, case_id FROM forensic_exams ORDER BY id LIMIT 1"
        ).fetchone()
        reference = reference_of(conn, case_id)
        conn.execute(
            "UPDATE forensic_exams SET notes = ?, examiner = 'Dr Old', opinion = '', "
            "key_version = NULL WHERE id = ?",
            (f"old {marker}", exam_id),
        )
        specimens = conn.execute(
            "UPDATE specimens SET notes = ?, collected_by = 'Dr Old', key_version = NULL "
            "WHERE exam_id = ?",
            (f"old specimen {marker}", exam_id),
        ).rowcount
        assert specimens
        snapshot = {
            "examiner": "Dr Old",
            "notes": f"older {marker}",
            "opinion": "",
            "started_at": EXAM_AT.isoformat(),
            "incident_id": None,
            "examined_by": None,
        }
        add_history(conn, "forensic_exams", "forensic_exam", exam_id, snapshot, "x")
        clinician = older.credentials(Role.CLINICIAN)[0]
        add_draft(conn, clinician, "forensic", "forensic", case_id, {"notes": f"draft {marker}"})
        assert len(holding(every_text_value(conn), marker)) == 3 + specimens
    with older.sign_in(Role.MANAGER) as manager:  # a holder signs in: sealed in her sign-in
        forensic = ForensicService(manager)
        (exam,) = forensic.list(reference)
        assert exam.details.notes == f"old {marker}"
        assert {s.details.notes for s in exam.specimens} == {f"old specimen {marker}"}
        (before,) = forensic.history(reference, exam_id)
        assert before.fields["notes"] == f"older {marker}"
    with older.sign_in(Role.CLINICIAN) as clinician:
        (draft,) = [d for d in DraftService(clinician).mine() if d.section == Section.FORENSIC]
        assert draft.fields == {"notes": f"draft {marker}"}
    with raw(older) as conn:
        assert holding(every_text_value(conn), marker) == []


def test_a_caseworker_with_break_glass_rights_can_open_it_from_the_files(vault, make_case) -> None:
    """What docs/SECURITY.md says cannot be prevented on one workstation: the forensic key's
    break-glass grant is sealed to the caseworker's own slot, so with her password and
    sqlcipher3 she opens it, and the text, without writing any audit entry."""
    marker = canary()
    reference = make_case()
    exam_id, _ = plant(vault, reference, marker)
    slot_id, secret = _staff(Role.CASEWORKER)(vault)
    slots, opened = attacker_slot(vault, slot_id, secret)
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        glass = glasskeys.glass_slot(username_for(Role.CASEWORKER))
        ((version, sealed),) = conn.execute(
            "SELECT version, sealed FROM section_key_grants "
            "WHERE section = 'forensic' AND slot_id = ?",
            (glass,),
        ).fetchall()
        ((token,),) = conn.execute(
            "SELECT notes FROM forensic_exams WHERE id = ?", (exam_id,)
        ).fetchall()
        ((ordinary,),) = conn.execute(
            "SELECT count(*) FROM section_key_grants WHERE section = 'forensic' AND slot_id = ?",
            (slot_id,),
        ).fetchall()
    finally:
        conn.close()
    assert ordinary == 0  # her slot holds no ordinary forensic grant
    key = open_grant(opened.private, sealed, slots.vault_id, "forensic", version, glass)
    assert key is not None
    ring = KeyRing()
    ring.add(key)
    refs = case_references(vault.path / "vault.db", opened.keys[VAULT_KEY])
    plain = open_stored(ring, token, "forensic_exams", "notes", exam_id, 2, refs)
    assert plain == f"edited {marker}"
