"""Signed grants, tested as the insider who can write vault.db (services.grantsigs).

The attack: the legal advocate opens her own slot, takes the vault key and, with `sqlcipher3`,
writes `section_key_grants`. She plants a grant of a counselling key she made herself, sealed
to the counsellor's slot as the newest version (the counsellor would seal new notes under a key
the advocate knows), or swaps the sealed key of the counsellor's identity grant for one she
made, leaving its signature. Both are refused at the counsellor's sign-in (her ring keeps the
true keys; her new note is sealed under the true version and does not open with the planted
key) and `verify` names each grant.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

import pytest
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from onestop.db.base import utcnow
from onestop.domain.audit import UTC_FORMAT
from onestop.domain.counselling import SessionType
from onestop.domain.roles import Role, Section
from onestop.services import grantsigs
from onestop.services.audit import AuditService
from onestop.services.counselling import CounsellingService, SessionDetails
from onestop.services.maintenance import MaintenanceService
from onestop.vault.keyslots import VAULT_KEY, KeySlotFile, key_id, user_slot_id
from onestop.vault.sectionkeys import (
    KeyRing,
    SealedFieldError,
    decrypt_field,
    field_aad,
    new_key,
    seal_grant,
    sealed_version,
)
from tests.conftest import password_for, username_for
from tests.helpers import raw_connection
from tests.unit.test_insider_section_keys import attacker_slot

COUNSELLOR = username_for(Role.COUNSELLOR)
COUNSELLING = Section.COUNSELLING.value
IDENTITY = Section.IDENTITY.value


def advocates_connection(vault):
    """The advocate's own slot opened with her password: the vault key, then sqlcipher3."""
    _, opened = attacker_slot(
        vault, user_slot_id(username_for(Role.LEGAL_ADVOCATE)), password_for(Role.LEGAL_ADVOCATE)
    )
    return raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])


def counsellor_public(vault) -> bytes:
    return KeySlotFile.load(vault.path / "keyslots.json").slots[user_slot_id(COUNSELLOR)].public


def record_note(vault, reference: str, marker: str) -> int:
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        held = utcnow() - timedelta(hours=1)
        details = SessionDetails(held, SessionType.INDIVIDUAL, f"notes {marker}", "")
        return CounsellingService(counsellor).record(reference, details).record_id


def note_token(vault, note_id: int) -> str:
    with vault.sign_in(Role.ADMIN) as admin:
        key = bytes(admin.key)
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        ((token,),) = conn.execute(
            "SELECT notes FROM counselling_sessions WHERE id = ?", (note_id,)
        ).fetchall()
    finally:
        conn.close()
    return str(token)


def grants_check(vault):
    with vault.sign_in(Role.ADMIN) as admin:
        report = MaintenanceService(admin).verify()
    (check,) = [c for c in report.checks if c.name == "grants"]
    return report, check


def test_every_grant_is_signed_and_verify_says_so(vault, make_case) -> None:
    record_note(vault, make_case(), "x")
    report, check = grants_check(vault)
    assert check.ok and report.ok
    conn = advocates_connection(vault)
    try:
        unsigned = conn.execute(
            "SELECT count(*) FROM section_key_grants WHERE signer = '' OR signature = ''"
        ).fetchone()[0]
        total = conn.execute("SELECT count(*) FROM section_key_grants").fetchone()[0]
    finally:
        conn.close()
    assert total > 0 and unsigned == 0


@pytest.mark.parametrize("signature", ["none", "another grant's"])
def test_a_planted_grant_is_refused_and_named(vault, make_case, signature) -> None:
    reference = make_case()
    record_note(vault, reference, "before")
    planted = None
    conn = advocates_connection(vault)
    try:
        (newest,) = conn.execute(
            "SELECT max(version) FROM section_key_grants WHERE section = ?", (COUNSELLING,)
        ).fetchone()
        planted = new_key(COUNSELLING, newest + 1)
        slot_id = user_slot_id(COUNSELLOR)
        public = counsellor_public(vault)
        sealed = seal_grant(public, planted, _vault_id(vault), slot_id)
        signer, sig, at = conn.execute(
            "SELECT signer, signature, granted_at FROM section_key_grants WHERE slot_id = ? "
            "AND section = ?",
            (slot_id, COUNSELLING),
        ).fetchone()
        if signature == "none":
            signer, sig = "", ""
        conn.execute(
            "INSERT INTO section_key_grants (section, version, slot_id, public_key, sealed, "
            "granted_by, granted_at, signer, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (COUNSELLING, newest + 1, slot_id, public.hex(), sealed, COUNSELLOR, at, signer, sig),
        )
        conn.commit()
    finally:
        conn.close()

    # The counsellor signs in: the planted version is not in her ring; her note is sealed
    # under the true one, which the advocate's key does not open.
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        current = counsellor.section_keys.current(COUNSELLING)
        assert current is not None and current.version == newest
    note = record_note(vault, reference, secrets.token_hex(6))
    token = note_token(vault, note)
    assert sealed_version(token) == (COUNSELLING, newest)
    ring = KeyRing()
    ring.add(type(planted)(COUNSELLING, newest, planted.key))
    with pytest.raises(SealedFieldError):
        decrypt_field(ring, token, field_aad("counselling_sessions", "notes", note, 1))

    report, check = grants_check(vault)
    assert not check.ok and not report.ok
    assert f"{COUNSELLING} v{newest + 1} to {user_slot_id(COUNSELLOR)}" in check.message


def test_a_swapped_sealed_key_is_refused_and_named(vault, make_case) -> None:
    reference = make_case()
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        true_identity = counsellor.section_keys.current(IDENTITY)
        assert true_identity is not None
    conn = advocates_connection(vault)
    try:
        mine = new_key(IDENTITY, true_identity.version)  # the same version, her own key
        sealed = seal_grant(
            counsellor_public(vault), mine, _vault_id(vault), user_slot_id(COUNSELLOR)
        )
        conn.execute(
            "UPDATE section_key_grants SET sealed = ? WHERE slot_id = ? AND section = ? "
            "AND version = ?",
            (sealed, user_slot_id(COUNSELLOR), IDENTITY, true_identity.version),
        )
        conn.commit()
    finally:
        conn.close()
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        held = counsellor.section_keys.get(IDENTITY, true_identity.version)
        assert held is None  # the swapped grant is refused: her planted key is never taken
    _report, check = grants_check(vault)
    assert not check.ok
    assert f"{IDENTITY} v{true_identity.version} to {user_slot_id(COUNSELLOR)}" in check.message
    assert "does not verify" in check.message
    with vault.sign_in(Role.CASEWORKER) as caseworker:  # the others' grants still open
        assert caseworker.section_keys.get(IDENTITY, true_identity.version) is not None
    assert reference


def _vault_id(vault) -> str:
    return KeySlotFile.load(vault.path / "keyslots.json").vault_id


def test_a_grant_signed_by_a_role_that_cannot_hold_its_section_is_refused_and_named(
    vault, make_case
) -> None:
    """The legal advocate plants a counselling grant of a key she made, sealed to the
    counsellor's slot as the newest version, and signs it with her own registered key, as
    herself: the signature verifies, but a legal advocate holds no counselling key, so the
    counsellor's sign-in refuses it and verify names it (services.grantsigs.may_sign)."""
    reference = make_case()
    record_note(vault, reference, "before")
    advocate = username_for(Role.LEGAL_ADVOCATE)
    _, opened = attacker_slot(vault, user_slot_id(advocate), password_for(Role.LEGAL_ADVOCATE))
    assert opened.signing is not None
    signing_public = opened.signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        (newest,) = conn.execute(
            "SELECT max(version) FROM section_key_grants WHERE section = ?", (COUNSELLING,)
        ).fetchone()
        (registered,) = conn.execute(
            "SELECT count(*) FROM staff_signing_keys WHERE key_id = ? AND username = ?",
            (key_id(signing_public), advocate),
        ).fetchone()
        assert registered == 1  # her own key, registered when she was confirmed
        planted = new_key(COUNSELLING, newest + 1)
        slot_id = user_slot_id(COUNSELLOR)
        public = counsellor_public(vault).hex()
        sealed = seal_grant(bytes.fromhex(public), planted, _vault_id(vault), slot_id)
        message = grantsigs.grant_message(
            _vault_id(vault), COUNSELLING, newest + 1, slot_id, public, sealed, advocate
        )
        conn.execute(
            "INSERT INTO section_key_grants (section, version, slot_id, public_key, sealed, "
            "granted_by, granted_at, signer, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                COUNSELLING,
                newest + 1,
                slot_id,
                public,
                sealed,
                advocate,
                utcnow().strftime(UTC_FORMAT),
                key_id(signing_public),
                opened.signing.sign(message).hex(),
            ),
        )
        conn.commit()
    finally:
        conn.close()

    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        current = counsellor.section_keys.current(COUNSELLING)
        assert current is not None and current.version == newest  # the planted one refused
    token = note_token(vault, record_note(vault, reference, secrets.token_hex(6)))
    assert sealed_version(token) == (COUNSELLING, newest)

    report, check = grants_check(vault)
    assert not check.ok and not report.ok
    assert f"{COUNSELLING} v{newest + 1} to {user_slot_id(COUNSELLOR)}" in check.message
    assert f"granted by {advocate}" in check.message and "legal_advocate" in check.message


def test_grants_made_before_signatures_are_signed_at_the_migrating_sign_in(
    vault, make_case
) -> None:
    """A vault from before migration 0046: its grants have no signature. The sign-in that
    runs the migration signs those of the sections her role may sign (one audited entry), so
    no one loses her keys; the others wait for the first sign-in of someone who may sign them
    (the admin's here, who may sign any: a revocation does). Grants left unsigned would be
    refused."""
    reference = make_case()
    note = record_note(vault, reference, "older")
    with vault.sign_in(Role.ADMIN) as admin:
        key = bytes(admin.key)
    conn = raw_connection(vault.path / "vault.db", key)
    try:  # the vault as it was at 0045: no signature columns (nor what 0047-0057 add)
        conn.execute("ALTER TABLE section_key_grants DROP COLUMN signer")
        conn.execute("ALTER TABLE section_key_grants DROP COLUMN signature")
        conn.execute("ALTER TABLE break_glass DROP COLUMN key_version")
        conn.execute("DROP TABLE conference_attendance")
        conn.execute("DROP TABLE conference_discussions")
        conn.execute("DROP TABLE case_index_snapshots")
        for column in ("taken_by", "body_site", "injury_number"):
            conn.execute(f"ALTER TABLE attachments DROP COLUMN {column}")
        for index in (
            "ix_cases_version",
            "ix_counselling_sessions_held_at",
            "ix_shelter_stays_current",
        ):
            conn.execute(f"DROP INDEX {index}")
        conn.execute("UPDATE alembic_version SET version_num = '0045'")
        conn.commit()
        (count,) = conn.execute("SELECT count(*) FROM section_key_grants").fetchone()
    finally:
        conn.close()
    with vault.sign_in(Role.COUNSELLOR) as counsellor:  # migrates, then signs hers
        (read,) = CounsellingService(counsellor).list(reference)
        assert read.details.notes == "notes older" and read.record_id == note
        key = bytes(counsellor.key)
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        waiting = {
            section
            for (section,) in conn.execute(
                "SELECT DISTINCT section FROM section_key_grants WHERE signature = ''"
            ).fetchall()
        }
    finally:
        conn.close()
    # What a counsellor does not read (health, forensic, the reviewers' key, …) waits.
    assert waiting and COUNSELLING not in waiting and Section.HEALTH.value in waiting
    assert not any(grantsigs.holds_key(Role.COUNSELLOR, section) for section in waiting)
    report, check = grants_check(vault)  # the admin signs in: she signs the rest
    assert check.ok and report.ok
    with vault.sign_in(Role.MANAGER) as manager:
        entries = AuditService(manager).entries()
    signed = {
        e.actor: int(e.detail.removeprefix("older grants signed="))
        for e in entries
        if e.detail.startswith("older grants signed=")
    }
    assert set(signed) == {COUNSELLOR, username_for(Role.ADMIN)}
    assert sum(signed.values()) == count
