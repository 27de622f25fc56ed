"""Shelter text under the shelter key, tested as the insider with her own password.

The attack: the admin, whoever holds the recovery key, or a colleague whose role does not read
shelter stays (a counsellor, a legal advocate) opens her own key slot, takes the vault key and
reads ``vault.db`` with a bare ``sqlcipher3`` connection. Where she went when she left the
shelter, what she needs while she waits for a place, why she left the waiting list: these
tests plant a canary in each, through the services, and look for it everywhere she can read;
they check that those who read shelter stays still read them, that a clinician reads a stay by
break-glass only after the access is audited, and that older text is sealed at a holder's next
sign-in.
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from onestop.domain.roles import Role, Section
from onestop.errors import PermissionDenied
from onestop.services.breakglass import BreakGlassService
from onestop.services.shelter import ShelterBoardService, ShelterService, StayDetails
from onestop.vault.keyslots import VAULT_KEY
from tests.helpers import raw_connection
from tests.oldertext import WHEN, add_history, older_text_vault, raw, reference_of
from tests.unit.test_insider_forensic import FORENSIC_ATTACKERS, _staff
from tests.unit.test_insider_section_keys import attacker_slot, every_text_value, holding

NOW = datetime.now(UTC).replace(microsecond=0)
SHELTER_ATTACKERS = {
    "admin": FORENSIC_ATTACKERS["admin"],
    "recovery key": FORENSIC_ATTACKERS["recovery key"],
    "counsellor": FORENSIC_ATTACKERS["counsellor"],
    "legal advocate": _staff(Role.LEGAL_ADVOCATE),
}
REASON = "Unconscious on arrival; need to know where she is staying"


def canary() -> str:
    return f"canary-{secrets.token_hex(8)}"


def plant(vault, reference: str, waiting: str, marker: str) -> int:
    """As the shelter officer: a stay that ended with ``marker`` as its destination, edited once
    (its history holds a version), and ``waiting`` on the list with ``marker`` in its needs and
    the reason it left the list."""
    with vault.sign_in(Role.SHELTER_OFFICER) as officer:
        stays = ShelterService(officer)
        admitted = NOW - timedelta(days=3)
        details = StayDetails(
            admitted, "Room 1", "Bed A", 0, None, NOW - timedelta(hours=2), f"to {marker}"
        )
        stay = stays.record(reference, details)
        stays.update(
            reference, stay.record_id, replace(details, exit_destination=f"went {marker}"), 1
        )
        board = ShelterBoardService(officer)
        entry = board.add_waiting(waiting, 1, f"needs {marker}")
        board.remove_waiting(entry.id, f"left {marker}")
        board.add_waiting(waiting, 1, f"still {marker}")
        return stay.record_id


@pytest.mark.parametrize("who", sorted(SHELTER_ATTACKERS))
def test_an_insider_without_the_shelter_key_finds_no_shelter_text(vault, make_case, who) -> None:
    marker = canary()
    plant(vault, make_case(), make_case(), marker)
    slot_id, secret = SHELTER_ATTACKERS[who](vault)
    _, opened = attacker_slot(vault, slot_id, secret)
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        values = every_text_value(conn)
        history = conn.execute(
            "SELECT count(*) FROM record_history WHERE record_type = 'shelter_stay'"
        ).fetchone()[0]
        waiting = conn.execute("SELECT count(*) FROM shelter_waiting").fetchone()[0]
        grants = conn.execute(
            "SELECT count(*) FROM section_key_grants WHERE section = 'shelter' "
            "AND slot_id IN (?, ?)",
            (slot_id, "glass:" + slot_id),
        ).fetchone()[0]
    finally:
        conn.close()
    assert values and history == 1 and waiting == 2
    assert holding(values, marker) == []
    assert grants == 0


def test_those_who_read_shelter_read_it_and_a_clinician_by_break_glass(vault, make_case) -> None:
    marker = canary()
    reference, waiting = make_case(), make_case()
    stay_id = plant(vault, reference, waiting, marker)
    for role in (Role.SHELTER_OFFICER, Role.CASEWORKER, Role.MANAGER):
        with vault.sign_in(role) as reader:
            (stay,) = ShelterService(reader).list(reference)
            assert stay.details.exit_destination == f"went {marker}", role
            (before,) = ShelterService(reader).history(reference, stay_id)
            assert before.fields["exit_destination"] == f"to {marker}"
    with vault.sign_in(Role.SHELTER_OFFICER) as officer:
        (entry,) = ShelterBoardService(officer).waiting()
        assert entry.needs == f"still {marker}"
    with vault.sign_in(Role.CLINICIAN) as clinician:
        with pytest.raises(PermissionDenied):
            ShelterService(clinician).list(reference)
        BreakGlassService(clinician).open(reference, Section.SHELTER, REASON)
        assert clinician.holds_glass_key(Section.SHELTER, reference)
        assert not clinician.holds_glass_key(Section.LEGAL, reference)
        (stay,) = ShelterService(clinician).list(reference)
        assert stay.details.exit_destination == f"went {marker}"


def test_older_shelter_text_is_sealed_at_the_next_sign_in_of_a_holder(
    tmp_path, monkeypatch
) -> None:
    """A vault an earlier release wrote (tests/fixtures/vault-demo-0052) holding a stay, its
    history and a waiting-list entry from before the shelter section was sealed, in clear:
    the first sign-in of a holder seals them. (In a vault whose holders have signed in since,
    the same rows are a forgery: tests/unit/test_redteam_older_text.py.)"""
    older = older_text_vault(tmp_path, monkeypatch)
    marker = canary()
    with raw(older) as conn:  # as an older vault had it: in clear
        first, second = (
            r[0] for r in conn.execute("SELECT id FROM cases ORDER BY id LIMIT 2").fetchall()
        )
        reference = reference_of(conn, first)
        stay_id = conn.execute(
            "INSERT INTO shelter_stays (case_id, admitted_at, room, bed, children_count, "
            "exited_at, exit_destination, created_at, created_by, updated_at, updated_by, "
            "version) VALUES (?, ?, 'Room 1', 'Bed A', 0, ?, ?, ?, 'x', ?, 'x', 1)",
            (first, WHEN, WHEN, f"old {marker}", WHEN, WHEN),
        ).lastrowid
        conn.execute(
            "INSERT INTO shelter_waiting (case_id, children_count, needs, added_at, added_by, "
            "outcome) VALUES (?, 1, ?, ?, 'x', '')",
            (second, f"old needs {marker}", WHEN),
        )
        fields = {"exit_destination": f"older {marker}", "room": "Room 1"}
        add_history(conn, "shelter_stays", "shelter_stay", stay_id, fields, "x")
        assert len(holding(every_text_value(conn), marker)) == 3
    with older.sign_in(Role.MANAGER) as manager:
        (stay,) = ShelterService(manager).list(reference)
        assert stay.details.exit_destination == f"old {marker}"
        (before,) = ShelterService(manager).history(reference, stay_id)
        assert before.fields["exit_destination"] == f"older {marker}"
        assert {w.needs for w in ShelterBoardService(manager).waiting()} == {f"old needs {marker}"}
    with raw(older) as conn:
        assert holding(every_text_value(conn), marker) == []
