"""Perpetrators under the incidents key, tested as the insider with her own password.

The attack: the admin, whoever holds the recovery key, or a shelter officer (whose role does
not read incidents) opens her own key slot, takes the vault key, and reads ``vault.db`` with a
bare ``sqlcipher3`` connection. A perpetrator's name, his folded name kept for matching, his
addresses, weapons and bail conditions, and how he is related to her, used to be there in
clear: a staff member related to him could learn what the survivor told the centre, or where
the centre thinks he lives. These tests plant a canary in each, through the services, and look
for it (whole and folded) everywhere she can read; and check that those who read incidents
still read him, match him by any accent or case, and that an older vault's perpetrators are
sealed (and matched again) at a holder's first sign-in.
"""

from __future__ import annotations

import secrets

import pytest

from onestop.domain.roles import Role
from onestop.services.incidents import IncidentService
from onestop.services.perpetrators import PerpetratorDetails, PerpetratorService
from onestop.vault.keyslots import VAULT_KEY
from tests.helpers import raw_connection
from tests.oldertext import add_history, older_text_vault, raw, reference_of
from tests.unit.test_insider_identity import where_found
from tests.unit.test_insider_section_keys import ATTACKERS, attacker_slot, every_text_value
from tests.unit.test_perpetrators import incident

INSIDERS = ("admin", "recovery key", "shelter officer")


def canary_name() -> tuple[str, str]:
    """A name no fixture holds (with an accent, so the folded form differs), and its surname."""
    surname = f"Élodin{secrets.token_hex(5)}"
    return f"Kwabena {surname}", surname


def plant(vault, make_case, name: str) -> tuple[str, int]:
    """As the caseworker: a perpetrator named ``name`` in every text field of his record,
    linked to an incident with a relationship naming him, edited once (a history version)."""
    reference = make_case()
    with vault.sign_in(Role.CASEWORKER) as cw:
        incident_id = IncidentService(cw).record(reference, incident()).incident_id
        people = PerpetratorService(cw)
        details = PerpetratorDetails(
            name, f"tall, {name}", f"12 Hill Road, {name}", f"knife {name}", f"bail {name}"
        )
        him = people.add(reference, incident_id, details, f"husband {name}"[:100])
        people.update(reference, him.perpetrator_id, details, him.version)
        return reference, him.perpetrator_id


@pytest.mark.parametrize("who", INSIDERS)
def test_an_insider_without_the_incidents_key_finds_no_perpetrator(vault, make_case, who) -> None:
    name, surname = canary_name()
    plant(vault, make_case, name)
    folded = surname.casefold().replace("é", "e")  # what the matching column kept
    slot_id, secret = ATTACKERS[who](vault)
    _, opened = attacker_slot(vault, slot_id, secret)
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        values = every_text_value(conn)
        schema = [
            ("sqlite_master", "sql", r[0] or "")
            for r in conn.execute("SELECT sql FROM sqlite_master").fetchall()
        ]
        history = conn.execute(
            "SELECT count(*) FROM record_history WHERE record_type = 'perpetrator'"
        ).fetchone()[0]
        grants = conn.execute(
            "SELECT count(*) FROM section_key_grants WHERE section = 'incidents' AND slot_id = ?",
            (slot_id,),
        ).fetchone()[0]
    finally:
        conn.close()
    assert values and history == 1  # she did read the vault, his record's history among it
    assert where_found(values + schema, [surname, folded, "Hill Road"]) == []
    assert grants == 0


def test_those_who_read_incidents_read_and_match_him(vault, make_case) -> None:
    name, surname = canary_name()
    reference, perpetrator_id = plant(vault, make_case, name)
    for role in (Role.CASEWORKER, Role.CLINICIAN, Role.LEGAL_ADVOCATE, Role.MANAGER):
        with vault.sign_in(role) as reader:
            people = PerpetratorService(reader)
            (linked,) = people.of_case(reference)
            assert linked.perpetrator.details.name == name, role
            assert linked.perpetrator.details.known_addresses == f"12 Hill Road, {name}"
            assert linked.relationship == f"husband {name}"[:100]
            for typed in (name, name.upper(), f"kwabena {surname.replace('É', 'e')}"):
                assert [m.perpetrator_id for m in people.matching(typed)] == [perpetrator_id]
            assert people.matching("Kwabena") == ()  # the whole name, as before
            (before,) = people.history(reference, perpetrator_id)
            assert before.fields["weapons"] == f"knife {name}"


def test_older_perpetrators_are_sealed_and_matched_at_a_holders_first_sign_in(
    tmp_path, monkeypatch
) -> None:
    """A vault an earlier release wrote (tests/fixtures/vault-demo-0052) holding a perpetrator
    as migration 0031 left him: his text in clear, key_version NULL, his matching key
    emptied, a history snapshot in clear; the first sign-in of a holder seals and matches
    him. (In a vault whose holders have signed in since, the same rows are a forgery:
    tests/unit/test_redteam_older_text.py.)"""
    name, surname = canary_name()
    older = older_text_vault(tmp_path, monkeypatch)
    with raw(older) as conn:  # as the migration leaves an older vault
        perpetrator_id, case_id = conn.execute(
            "SELECT p.perpetrator_id, i.case_id FROM incident_perpetrators p "
            "JOIN incidents i ON i.id = p.incident_id ORDER BY p.incident_id LIMIT 1"
        ).fetchone()
        reference = reference_of(conn, case_id)
        conn.execute(
            "UPDATE perpetrators SET name = ?, name_key = '', description = '', "
            "known_addresses = ?, weapons = '', conditions = '', key_version = NULL WHERE id = ?",
            (name, f"12 Hill Road, {name}", perpetrator_id),
        )
        links = conn.execute(
            "UPDATE incident_perpetrators SET relationship = ?, key_version = NULL "
            "WHERE perpetrator_id = ?",
            (f"ex {name}", perpetrator_id),
        ).rowcount
        fields = {"name": name, "weapons": f"older {name}"}
        add_history(conn, "perpetrators", "perpetrator", perpetrator_id, fields, "x")
        assert links and len(where_found(every_text_value(conn), [surname])) == 4  # by column
    with older.sign_in(Role.CASEWORKER) as cw:  # a holder of the incidents key
        people = PerpetratorService(cw)
        linked = [
            p for p in people.of_case(reference) if p.perpetrator.perpetrator_id == perpetrator_id
        ]
        assert linked
        for link in linked:
            assert link.perpetrator.details.name == name
            assert link.relationship == f"ex {name}"
        assert [m.perpetrator_id for m in people.matching(name.lower())] == [perpetrator_id]
        (before,) = people.history(reference, perpetrator_id)
        assert before.fields == {"name": name, "weapons": f"older {name}"}
    with raw(older) as conn:
        assert where_found(every_text_value(conn), [surname, "Hill Road"]) == []
