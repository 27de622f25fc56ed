"""The chain of custody under the forensic key, tested as the insider with her own password.

The attack: the admin, whoever holds the recovery key, or a colleague whose role does not read
forensic examinations (a counsellor, a shelter officer) opens her own key slot, takes the vault
key and reads ``vault.db`` with a bare ``sqlcipher3`` connection. Each hand-over of a specimen
(who handed it to whom, the organisation, why) was there in clear: the chain is append-only, and
a sealed field used to be written by an UPDATE once the row had its id. Now a hand-over's id is
chosen before its INSERT, which carries the text sealed. These tests plant canaries in every
field of two hand-overs, look for them everywhere she can read, check that the forensic
readers read the chain whole, that the triggers still refuse every edit, and that an older
vault's hand-overs are sealed (the one update the trigger allows) at a holder's next sign-in.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

import pytest
import sqlcipher3 as sqlcipher

from onestop.db.base import UTC_FORMAT
from onestop.domain.consent import Decision, Purpose
from onestop.domain.forensic import Handover, SpecimenType
from onestop.domain.roles import Role
from onestop.services.consent import ConsentService
from onestop.services.forensic import ExamDetails, ForensicService, SpecimenDetails
from onestop.vault.keyslots import VAULT_KEY
from tests.helpers import raw_connection
from tests.oldertext import older_text_vault, raw, reference_of
from tests.unit.test_insider_forensic import FORENSIC_ATTACKERS
from tests.unit.test_insider_section_keys import attacker_slot, every_text_value, holding

NOW = datetime.now(UTC).replace(microsecond=0)
EXAM_AT = NOW - timedelta(hours=6)
COLLECTED_AT = NOW - timedelta(hours=5)


def canary() -> str:
    return f"canary-{secrets.token_hex(8)}"


def chain_of(marker: str) -> list[Handover]:
    """Two hand-overs, each field holding ``marker``, continuous from the collector."""
    return [
        Handover(
            f"collector {marker}",
            f"officer {marker}",
            f"police {marker}",
            NOW - timedelta(hours=4),
            f"kept {marker}",
        ),
        Handover(
            f"officer {marker}",
            f"analyst {marker}",
            f"laboratory {marker}",
            NOW - timedelta(hours=3),
            f"analysis {marker}",
        ),
    ]


def plant(vault, reference: str, marker: str) -> int:
    """As the clinician: an examination, a specimen collected by ``collector <marker>`` and
    handed over twice."""
    with vault.sign_in(Role.CLINICIAN) as clinician:
        ConsentService(clinician).record(
            reference, Purpose.FORENSIC_COLLECTION, Decision.GIVEN, decided_at=EXAM_AT
        )
        forensic = ForensicService(clinician)
        exam = forensic.open_exam(reference, ExamDetails("Dr Examiner", EXAM_AT))
        swab = SpecimenDetails(
            SpecimenType.VAGINAL_SWAB,
            COLLECTED_AT,
            f"collector {marker}",
            f"SEAL-{secrets.token_hex(3)}",
        )
        (specimen,) = forensic.add_specimen(reference, exam.exam_id, swab).specimens
        for handover in chain_of(marker):
            forensic.hand_over(reference, specimen.specimen_id, handover)
        return specimen.specimen_id


@pytest.mark.parametrize("who", sorted(FORENSIC_ATTACKERS))
def test_an_insider_without_the_forensic_key_finds_no_hand_over(vault, make_case, who) -> None:
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
        events = conn.execute("SELECT count(*) FROM custody_events").fetchone()[0]
    finally:
        conn.close()
    assert values and events == 2  # she did read the vault, the chain among it
    assert holding(values + schema, marker) == []


def test_those_who_read_forensic_read_the_chain(vault, make_case) -> None:
    marker = canary()
    reference = make_case()
    plant(vault, reference, marker)
    for role in (Role.CLINICIAN, Role.LEGAL_ADVOCATE, Role.MANAGER):
        with vault.sign_in(role) as reader:
            (exam,) = ForensicService(reader).list(reference)
            (specimen,) = exam.specimens
            assert list(specimen.chain) == chain_of(marker), role
            assert specimen.holder == f"analyst {marker}"
    with vault.sign_in(Role.CLINICIAN) as clinician:  # continuity is checked on the opened text
        forensic = ForensicService(clinician)
        with pytest.raises(Exception, match="last with"):
            forensic.hand_over(
                reference,
                specimen.specimen_id,
                Handover("someone", "court", "court", NOW - timedelta(hours=1), "trial"),
            )


def test_the_triggers_still_refuse_every_edit_of_a_sealed_hand_over(vault, make_case) -> None:
    plant(vault, make_case(), canary())
    with vault.sign_in(Role.ADMIN) as admin:
        key = bytes(admin.key)
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        ((token, version),) = conn.execute(
            "SELECT purpose, key_version FROM custody_events ORDER BY id LIMIT 1"
        ).fetchall()
        assert token.startswith(f"osk2.forensic.{version}.")  # bound to its case (0069)
        for change in (
            "purpose = 'rewritten'",
            "purpose = handed_to",  # another sealed value: still an edit
            "key_version = NULL",
            "key_version = key_version + 1",
            "at = at",
        ):
            with pytest.raises(sqlcipher.IntegrityError, match="append-only"):
                conn.execute(f"UPDATE custody_events SET {change}")
        with pytest.raises(sqlcipher.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM custody_events")
    finally:
        conn.close()


def test_older_hand_overs_are_sealed_at_the_next_sign_in_of_a_holder(tmp_path, monkeypatch) -> None:
    """A vault an earlier release wrote (tests/fixtures/vault-demo-0052) holding a hand-over
    from before migration 0042: in clear, key_version NULL. The trigger lets its holder's
    sign-in seal it, once, and refuses an update that would change anything else on the way.
    (In a vault whose holders have signed in since, the same row is a forgery:
    tests/unit/test_redteam_older_text.py.)"""
    older = older_text_vault(tmp_path, monkeypatch)
    marker = canary()
    at = (NOW - timedelta(hours=2)).strftime(UTC_FORMAT)
    with raw(older) as conn:  # an older vault's hand-over: in clear (the chain is append-only)
        specimen_id, case_id = conn.execute(
            "SELECT s.id, e.case_id FROM specimens s JOIN forensic_exams e ON e.id = s.exam_id "
            "ORDER BY s.id LIMIT 1"
        ).fetchone()
        reference = reference_of(conn, case_id)
        conn.execute(
            "INSERT INTO custody_events (specimen_id, handed_from, handed_to, organisation, "
            "at, purpose, recorded_at, recorded_by) VALUES (?, 'x', ?, ?, ?, ?, ?, 'x')",
            (specimen_id, f"court clerk {marker}", f"court {marker}", at, f"trial {marker}", at),
        )
        # Sealing it must not change its time, nor write text that is not sealed.
        for change in (
            "key_version = 1",
            "key_version = 1, purpose = 'osk1.x', at = '2020-01-01'",
        ):
            with pytest.raises(sqlcipher.IntegrityError, match="append-only"):
                conn.execute(f"UPDATE custody_events SET {change} WHERE key_version IS NULL")
    with older.sign_in(Role.MANAGER) as manager:  # a holder signs in: sealed in her sign-in
        (exam,) = ForensicService(manager).list(reference)
        (specimen,) = [s for s in exam.specimens if s.specimen_id == specimen_id]
        last = max(specimen.chain, key=lambda h: h.at)
        assert last.handed_to == f"court clerk {marker}"
        assert last.purpose == f"trial {marker}"
    with raw(older) as conn:
        assert holding(every_text_value(conn), marker) == []
        assert conn.execute(
            "SELECT count(*) FROM custody_events WHERE key_version IS NULL"
        ).fetchone() == (0,)
