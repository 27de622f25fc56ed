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

import json
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


def test_older_health_text_is_sealed_at_the_next_sign_in_of_a_holder(vault, make_case) -> None:
    """A vault migrated from before migration 0030: its health text in clear, key_version NULL,
    the history snapshot and a draft in clear too; the first sign-in of a holder seals them."""
    reference = make_case()
    encounter_id = plant(vault, reference, canary())
    marker = canary()
    with vault.sign_in(Role.ADMIN) as admin:
        key = bytes(admin.key)
    conn = raw_connection(vault.path / "vault.db", key)
    try:  # put it back as an older vault had it: in clear
        conn.execute(
            "UPDATE health_encounters SET history = ?, examination = '', key_version = NULL",
            (f"old {marker}",),
        )
        conn.execute(
            "UPDATE injuries SET kind = ?, size = '', description = ?, key_version = NULL",
            (f"kind {marker}", f"old injury {marker}"),
        )
        conn.execute("UPDATE treatments SET notes = ?, key_version = NULL", (f"dose {marker}",))
        conn.execute("UPDATE follow_ups SET purpose = ?, key_version = NULL", (f"fu {marker}",))
        snapshot = {
            "history": f"older {marker}",
            "examination": "",
            "injuries": [{"description": f"older injury {marker}"}],
            "treatments": [],
            "follow_ups": [],
        }
        conn.execute(
            "UPDATE record_history SET snapshot = ? WHERE record_type = 'health_encounter'",
            (json.dumps(snapshot),),
        )
        conn.execute(
            "UPDATE drafts SET content = ? WHERE section = 'health'",
            (json.dumps({"history": f"draft {marker}"}),),
        )
        assert len(holding(every_text_value(conn), marker)) == 7
    finally:
        conn.close()
    with vault.sign_in(Role.CASEWORKER) as cw:  # a holder (she reads health)
        (read,) = HealthService(cw).list(reference)
        assert read.details.history == f"old {marker}"
        assert read.details.injuries[0].description == f"old injury {marker}"
        assert read.details.treatments[0].notes == f"dose {marker}"
        assert read.details.follow_ups[0].purpose == f"fu {marker}"
        (before,) = HealthService(cw).history(reference, encounter_id)
        assert before.fields["history"] == f"older {marker}"
        assert before.fields["injuries"] == [{"description": f"older injury {marker}"}]
    with vault.sign_in(Role.CLINICIAN) as clinician:
        (draft,) = [d for d in DraftService(clinician).mine() if d.section == Section.HEALTH]
        assert draft.fields == {"history": f"draft {marker}"}
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        assert holding(every_text_value(conn), marker) == []
    finally:
        conn.close()
