"""Health text under the health key, tested as the insider with her own password.

The attack: the admin, whoever holds the recovery key, or a colleague whose role does not read
health (a counsellor, a shelter officer) opens her own key slot, takes the vault key, and reads
``vault.db`` with a bare ``sqlcipher3`` connection: every table, the history of records, drafts,
the audit trail's details and ``sqlite_master``. An encounter's history and examination, its
injuries, treatments' notes and follow-ups' purposes used to be there in clear. These tests
plant a canary in every one of those fields, through the services, and look for it everywhere
she can read; and check that those who read health still read it all (history and reminders
included), and that an older vault's health text is sealed at a holder's first sign-in.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

import pytest

from onestop.db.base import utcnow
from onestop.domain.health import BodySide, FollowUp, Injury, Treatment, TreatmentKind
from onestop.domain.roles import Role, Section
from onestop.services import sectionkeys
from onestop.services.drafts import DraftService
from onestop.services.health import EncounterDetails, HealthService
from onestop.services.reminders import ReminderService
from onestop.vault.keyslots import VAULT_KEY, user_slot_id
from tests.conftest import password_for, username_for
from tests.helpers import raw_connection
from tests.oldertext import add_draft, add_history, older_text_vault, raw, reference_of
from tests.unit.test_insider_section_keys import ATTACKERS, attacker_slot, every_text_value, holding

HEALTH_ATTACKERS = {
    "admin": ATTACKERS["admin"],
    "recovery key": ATTACKERS["recovery key"],
    "shelter officer": ATTACKERS["shelter officer"],
    "counsellor": lambda vault: (
        user_slot_id(username_for(Role.COUNSELLOR)),
        password_for(Role.COUNSELLOR),
    ),
}


def canary() -> str:
    return f"canary-{secrets.token_hex(8)}"


def details(marker: str, note: str = "") -> EncounterDetails:
    seen = utcnow().replace(microsecond=0) - timedelta(hours=2)
    return EncounterDetails(
        seen_at=seen,
        history=f"history {marker} {note}",
        examination=f"examination {marker}",
        injuries=(
            Injury(
                1,
                f"kind {marker}"[:100],
                f"size {marker}"[:100],
                f"injury {marker}",
                BodySide.FRONT,
                0.3,
                0.3,
            ),
        ),
        treatments=(Treatment(TreatmentKind.PEP_FIRST_DOSE, seen, f"dose {marker}"),),
        follow_ups=(FollowUp(utcnow() + timedelta(days=1), f"follow-up {marker}"),),
    )


def plant(vault, reference: str, marker: str) -> int:
    """As the clinician: an encounter with ``marker`` in every free-text field, edited once
    (its history keeps the version with its injuries, treatments and follow-ups), and a draft
    of a health form holding ``marker`` too."""
    with vault.sign_in(Role.CLINICIAN) as clinician:
        health = HealthService(clinician)
        first = health.record(reference, details(marker))
        health.update(reference, first.encounter_id, details(marker, "edited"), first.version)
        DraftService(clinician).keep(
            "health", Section.HEALTH, reference, {"history": f"draft {marker}"}
        )
        return first.encounter_id


@pytest.mark.parametrize("who", sorted(HEALTH_ATTACKERS))
def test_an_insider_without_the_health_key_finds_no_health_text(vault, make_case, who) -> None:
    marker = canary()
    plant(vault, make_case(), marker)
    slot_id, secret = HEALTH_ATTACKERS[who](vault)
    _, opened = attacker_slot(vault, slot_id, secret)
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        values = every_text_value(conn)
        schema = [
            ("sqlite_master", "sql", r[0] or "")
            for r in conn.execute("SELECT sql FROM sqlite_master").fetchall()
        ]
        history = conn.execute(
            "SELECT count(*) FROM record_history WHERE record_type = 'health_encounter'"
        ).fetchone()[0]
        grants = conn.execute(
            "SELECT count(*) FROM section_key_grants WHERE section = 'health' AND slot_id = ?",
            (slot_id,),
        ).fetchone()[0]
    finally:
        conn.close()
    assert values and history == 1  # she did read the vault, the encounter's history among it
    assert holding(values + schema, marker) == []
    assert grants == 0  # no health key is sealed to her slot


def test_those_who_read_health_read_it_all(vault, make_case) -> None:
    marker = canary()
    reference = make_case()
    encounter_id = plant(vault, reference, marker)
    for role in (Role.CLINICIAN, Role.CASEWORKER, Role.LEGAL_ADVOCATE, Role.MANAGER):
        with vault.sign_in(role) as reader:
            (read,) = HealthService(reader).list(reference)
            assert read.details.history.startswith(f"history {marker} edited"), role
            assert read.details.examination == f"examination {marker}"
            (injury,) = read.details.injuries
            assert injury.description == f"injury {marker}"
            assert injury.kind == f"kind {marker}" and injury.size == f"size {marker}"
            assert read.details.treatments[0].notes == f"dose {marker}"
            assert read.details.follow_ups[0].purpose == f"follow-up {marker}"
            (before,) = HealthService(reader).history(reference, encounter_id)
            assert before.fields["history"].startswith(f"history {marker} ")
            assert before.fields["injuries"][0]["description"] == f"injury {marker}"
            assert before.fields["follow_ups"][0]["purpose"] == f"follow-up {marker}"
    with vault.sign_in(Role.CLINICIAN) as clinician:  # her reminders still say what is due
        due = ReminderService(clinician).due(utcnow())
        assert f"follow-up {marker}" in [r.what for r in due if r.reference == reference]
        (draft,) = [d for d in DraftService(clinician).mine() if d.section == Section.HEALTH]
        assert draft.fields == {"history": f"draft {marker}"}
        assert sectionkeys.is_encrypted(Section.HEALTH)


def test_older_health_text_is_sealed_at_the_next_sign_in_of_a_holder(tmp_path, monkeypatch) -> None:
    """A vault an earlier release wrote (tests/fixtures/vault-demo-0052) holding health text
    from before migration 0030: in clear, key_version NULL, the history snapshot and a draft
    in clear too; the first sign-in of a holder seals them. (In a vault whose holders have
    signed in since, the same rows are a forgery: tests/unit/test_redteam_older_text.py.)"""
    older = older_text_vault(tmp_path, monkeypatch)
    marker = canary()
    with raw(older) as conn:  # as an older vault had it: in clear
        encounter_id, case_id = conn.execute(
            "SELECT id, case_id FROM health_encounters ORDER BY id LIMIT 1"
        ).fetchone()
        reference = reference_of(conn, case_id)
        conn.execute(
            "UPDATE health_encounters SET history = ?, examination = '', key_version = NULL "
            "WHERE id = ?",
            (f"old {marker}", encounter_id),
        )
        conn.execute(
            "INSERT INTO injuries (encounter_id, number, kind, size, description, side, x, y) "
            "VALUES (?, 1, ?, '', ?, 'front', 0.3, 0.3)",
            (encounter_id, f"kind {marker}", f"old injury {marker}"),
        )
        conn.execute(
            "UPDATE treatments SET notes = ?, key_version = NULL WHERE encounter_id = ?",
            (f"dose {marker}", encounter_id),
        )
        conn.execute(
            "UPDATE follow_ups SET purpose = ?, key_version = NULL WHERE encounter_id = ?",
            (f"fu {marker}", encounter_id),
        )
        snapshot = {
            "history": f"older {marker}",
            "examination": "",
            "injuries": [{"description": f"older injury {marker}"}],
            "treatments": [],
            "follow_ups": [],
        }
        add_history(conn, "health_encounters", "health_encounter", encounter_id, snapshot, "x")
        clinician_name = older.credentials(Role.CLINICIAN)[0]
        add_draft(conn, clinician_name, "health", "health", case_id, {"history": f"draft {marker}"})
        treatments = conn.execute(
            "SELECT count(*) FROM treatments WHERE encounter_id = ?", (encounter_id,)
        ).fetchone()[0]
        follow_ups = conn.execute(
            "SELECT count(*) FROM follow_ups WHERE encounter_id = ?", (encounter_id,)
        ).fetchone()[0]
        assert treatments and follow_ups
        texts = 5 + treatments + follow_ups  # history, injury x2, snapshot, draft
        assert len(holding(every_text_value(conn), marker)) == texts
    with older.sign_in(Role.CASEWORKER) as cw:  # a holder (she reads health)
        (read,) = HealthService(cw).list(reference)
        assert read.details.history == f"old {marker}"
        assert read.details.injuries[0].description == f"old injury {marker}"
        assert {t.notes for t in read.details.treatments} == {f"dose {marker}"}
        assert {f.purpose for f in read.details.follow_ups} == {f"fu {marker}"}
        (before,) = HealthService(cw).history(reference, encounter_id)
        assert before.fields["history"] == f"older {marker}"
        assert before.fields["injuries"] == [{"description": f"older injury {marker}"}]
    with older.sign_in(Role.CLINICIAN) as clinician:
        (draft,) = [d for d in DraftService(clinician).mine() if d.section == Section.HEALTH]
        assert draft.fields == {"history": f"draft {marker}"}
    with raw(older) as conn:
        assert holding(every_text_value(conn), marker) == []
