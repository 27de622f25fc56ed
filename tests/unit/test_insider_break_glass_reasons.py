"""Break-glass reasons and review notes sealed for the review, tested as the insider with her
own password (services.glassreasons, migration 0047).

The attack: the admin, whoever holds the recovery key, or a colleague who does not review
break-glass (a legal advocate, a shelter officer, a counsellor) opens her own key slot, takes
the vault key and reads ``vault.db`` with a bare ``sqlcipher3`` connection. A reason may say
something of the survivor ("her brother works here"), and so may the manager's note; both used
to be there in clear. These tests plant canaries through the services, look for them
everywhere she can read, check that the manager reads them through the service and that the
author opens her own reason with her own slot, and that an older reason is sealed at a
manager's next sign-in with the progress bar.
"""

from __future__ import annotations

import pytest

from onestop.db.base import UTC_FORMAT, utcnow
from onestop.domain.roles import Capability, Role, Section, may
from onestop.services import glassreasons, sectionkeys
from onestop.services.auth import sign_in
from onestop.services.breakglass import BreakGlassService
from onestop.vault.keyslots import VAULT_KEY, user_slot_id
from tests.conftest import password_for, username_for
from tests.helpers import raw_connection
from tests.unit.test_insider_forensic import canary, plant
from tests.unit.test_insider_section_keys import (
    ATTACKERS,
    attacker_slot,
    every_text_value,
    holding,
)

GLASS_ATTACKERS = {
    **ATTACKERS,
    "counsellor": lambda vault: (
        user_slot_id(username_for(Role.COUNSELLOR)),
        password_for(Role.COUNSELLOR),
    ),
}


def break_glass(vault, reference: str, marker: str) -> int:
    """As the caseworker: break glass into the file's forensic section with ``marker`` in the
    reason; as the manager: review it with ``marker`` in the note. Returns the access id."""
    plant(vault, reference, canary())  # the clinician's exam; her sign-in seals the grants
    reason = f"Her brother {marker} is the suspect; I need the examination now"
    with vault.sign_in(Role.CASEWORKER) as caseworker:
        access = BreakGlassService(caseworker).open(reference, Section.FORENSIC, reason)
    assert access.reason == reason
    with vault.sign_in(Role.MANAGER) as manager:
        review = BreakGlassService(manager)
        (waiting,) = review.to_review()
        assert waiting.reason == reason  # the reviewer reads it through the service
        done = review.review(access.access_id, f"Checked with {marker}: justified")
        assert done.reason == reason and done.review_note == f"Checked with {marker}: justified"
    return access.access_id


def test_only_the_manager_holds_the_reviewers_key() -> None:
    assert sectionkeys.readers(glassreasons.SECTION) == frozenset({Role.MANAGER})
    assert all(may(role, Capability.REVIEW_BREAK_GLASS) for role in glassreasons.reviewers())
    assert Role.ADMIN not in sectionkeys.readers(glassreasons.SECTION)


@pytest.mark.parametrize("who", sorted(GLASS_ATTACKERS))
def test_an_insider_who_does_not_review_finds_no_reason_nor_note(vault, make_case, who) -> None:
    marker = canary()
    access_id = break_glass(vault, make_case(), marker)
    slot_id, secret = GLASS_ATTACKERS[who](vault)
    _, opened = attacker_slot(vault, slot_id, secret)
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        values = every_text_value(conn)
        reason, note, version = conn.execute(
            "SELECT reason, review_note, key_version FROM break_glass WHERE id = ?", (access_id,)
        ).fetchone()
    finally:
        conn.close()
    assert values and holding(values, marker) == []
    assert glassreasons.is_sealed(reason) and glassreasons.is_sealed(note) and version
    # Her own slot's private key opens neither the reviewers' copy nor the author's.
    with vault.sign_in(Role.ADMIN) as admin:
        vid = admin.vault_id
    mine = opened.private
    for copy in ("review", "author"):
        assert glassreasons.open_text(mine, vid, "reason", access_id, reason, copy) is None
    assert glassreasons.open_text(mine, vid, "review_note", access_id, note, "review") is None


def test_the_author_opens_her_own_reason_with_her_own_slot(vault, make_case) -> None:
    marker = canary()
    access_id = break_glass(vault, make_case(), marker)
    _, opened = attacker_slot(
        vault, user_slot_id(username_for(Role.CASEWORKER)), password_for(Role.CASEWORKER)
    )
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        (reason,) = conn.execute(
            "SELECT reason FROM break_glass WHERE id = ?", (access_id,)
        ).fetchone()
    finally:
        conn.close()
    with vault.sign_in(Role.ADMIN) as admin:
        vid = admin.vault_id
    mine = glassreasons.open_text(opened.private, vid, "reason", access_id, reason, "author")
    assert mine is not None and marker in mine
    # Moved to another row, it no longer opens (the row id is in the associated data).
    moved = glassreasons.open_text(opened.private, vid, "reason", access_id + 1, reason, "author")
    assert moved is None


def test_an_older_reason_is_sealed_at_a_managers_sign_in_with_progress(vault, make_case) -> None:
    reference = make_case()
    plant(vault, reference, canary())
    marker = canary()
    with vault.sign_in(Role.ADMIN) as admin:
        key = bytes(admin.key)
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        # A row as a vault from before migration 0047 holds it: reason and note in clear.
        case_id = conn.execute("SELECT id FROM cases ORDER BY id DESC").fetchone()[0]
        now = utcnow().strftime(UTC_FORMAT)
        conn.execute(
            "INSERT INTO break_glass (username, case_id, section, reason, opened_at, "
            "expires_at, review_note) VALUES (?, ?, 'forensic', ?, ?, ?, ?)",
            (
                username_for(Role.CLINICIAN),
                case_id,
                f"Old reason {marker} for the file",
                now,
                now,
                f"Old note {marker}",
            ),
        )
        conn.commit()
    finally:
        conn.close()
    told: list[tuple[int, int]] = []
    with sign_in(
        vault.path,
        username_for(Role.MANAGER),
        password_for(Role.MANAGER),
        progress=lambda done, total: told.append((done, total)),
    ) as manager:
        (older,) = BreakGlassService(manager).to_review()
        assert older.reason == f"Old reason {marker} for the file"
        assert older.review_note == f"Old note {marker}"
    # Sealed to the end, then a busy bar while the sign-in ends (services.sectionkeys.start).
    assert len(told) >= 2 and told[-1] == (0, 0) and told[-2][0] == told[-2][1] >= 1
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        assert holding(every_text_value(conn), marker) == []
        assert conn.execute(
            "SELECT count(*) FROM break_glass WHERE key_version IS NULL"
        ).fetchone() == (0,)
    finally:
        conn.close()
