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

import hashlib
import json
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
from onestop.services.auth import restore_unreadable_vault
from onestop.services.counselling import CounsellingService, SessionDetails
from onestop.services.maintenance import MaintenanceService
from onestop.vault.keyslots import VAULT_KEY, KeySlotFile, key_id, user_slot_id
from onestop.vault.sectionkeys import (
    KeyRing,
    SealedFieldError,
    new_key,
    seal_grant,
    sealed_version,
)
from tests.conftest import ADMIN, ADMIN_PASSWORD, password_for, username_for
from tests.helpers import case_references, open_stored, raw_connection
from tests.unit.test_insider_section_keys import attacker_slot

COUNSELLOR = username_for(Role.COUNSELLOR)
# Between them, every section's key (the reviewers' key: the manager).
ROLES_HOLDING_KEYS = (
    Role.COUNSELLOR,
    Role.CASEWORKER,
    Role.CLINICIAN,
    Role.LEGAL_ADVOCATE,
    Role.SHELTER_OFFICER,
    Role.MANAGER,
)
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


def references(vault) -> dict[int, str]:
    """Every case's id and reference (coded), read with the vault key."""
    with vault.sign_in(Role.ADMIN) as admin:
        key = bytes(admin.key)
    return case_references(vault.path / "vault.db", key)


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
        open_stored(ring, token, "counselling_sessions", "notes", note, 1, references(vault))

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


def rewind_to_0045(vault, key: bytes | None = None) -> int:
    """The vault as it was at 0045: no signature columns (nor what 0047-0067 add); returns
    how many grants it holds (all unsigned now)."""
    if key is None:
        with vault.sign_in(Role.ADMIN) as admin:
            key = bytes(admin.key)
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        # 0054's indexes of the rows not sealed yet (one is on break_glass.key_version).
        unsealed = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%_unsealed'"
        ).fetchall()
        for (index,) in unsealed:
            conn.execute(f"DROP INDEX {index}")
        conn.execute("ALTER TABLE section_key_grants DROP COLUMN signer")
        conn.execute("ALTER TABLE section_key_grants DROP COLUMN signature")
        conn.execute("ALTER TABLE break_glass DROP COLUMN key_version")
        conn.execute("DROP TABLE conference_attendance")
        conn.execute("DROP TABLE conference_discussions")
        conn.execute("DROP TABLE case_index_snapshots")
        for column in ("taken_by", "body_site", "injury_number"):
            conn.execute(f"ALTER TABLE attachments DROP COLUMN {column}")
        for column in ("content_sha256", "blob_key_version", "content_bound"):  # 0063, 0067
            conn.execute(f"ALTER TABLE attachments DROP COLUMN {column}")
        conn.execute("ALTER TABLE document_issues DROP COLUMN examiner")  # 0068
        # 0069 adds no column: it makes the ledgers' update triggers again (DROP IF EXISTS,
        # then CREATE) on the way up, whichever form they are in here.
        for column in ("starts_at", "venue"):  # 0058
            conn.execute(f"ALTER TABLE conferences DROP COLUMN {column}")
        for trigger in ("no_update", "no_delete"):  # 0060
            conn.execute(f"DROP TRIGGER sharings_without_consent_{trigger}")
        conn.execute("DROP TABLE sharings_without_consent")  # 0059, with 0062's columns
        for index in (
            "ix_cases_version",
            "ix_counselling_sessions_held_at",
            "ix_shelter_stays_current",
            "ix_referrals_awaiting",  # 0061
            "ix_tasks_open_due",  # 0061
            "ix_cases_caseworker_id",  # 0064
            "ix_hearings_held_at_case_id",  # 0064
            "ix_dose_summaries_schedule_case_id",  # 0064
            "ix_incidents_counted_by_type",  # 0064
        ):
            conn.execute(f"DROP INDEX {index}")
        # 0053 adds nothing to the schema: its entry in the trail is what it marks.
        conn.execute("UPDATE alembic_version SET version_num = '0045'")
        conn.commit()
        (count,) = conn.execute("SELECT count(*) FROM section_key_grants").fetchone()
    finally:
        conn.close()
    return int(count)


def unsigned_sections(vault, key: bytes) -> set[str]:
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        return {
            section
            for (section,) in conn.execute(
                "SELECT DISTINCT section FROM section_key_grants WHERE signature = ''"
            ).fetchall()
        }
    finally:
        conn.close()


def test_grants_made_before_signatures_are_signed_at_the_migrating_sign_in(
    vault, make_case
) -> None:
    """A vault from before migration 0046: its grants have no signature. The sign-in that
    runs the migration commits, in signed entries, to exactly those grants, and signs those
    of the sections her role holds; the others are signed by the first holder of each section
    who signs in after (never by the admin, who holds none). Grants left unsigned would be
    refused."""
    reference = make_case()
    note = record_note(vault, reference, "older")
    count = rewind_to_0045(vault)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:  # migrates, then signs hers
        (read,) = CounsellingService(counsellor).list(reference)
        assert read.details.notes == "notes older" and read.record_id == note
        key = bytes(counsellor.key)
    waiting = unsigned_sections(vault, key)
    # What a counsellor does not read (health, forensic, the reviewers' key, …) waits.
    assert waiting and COUNSELLING not in waiting and Section.HEALTH.value in waiting
    assert not any(grantsigs.holds_key(Role.COUNSELLOR, section) for section in waiting)
    with vault.sign_in(Role.ADMIN) as admin:  # the admin signs nothing
        key = bytes(admin.key)
    assert unsigned_sections(vault, key) == waiting
    for role in ROLES_HOLDING_KEYS:
        with vault.sign_in(role):
            pass
    assert unsigned_sections(vault, key) == set()
    report, check = grants_check(vault)
    assert check.ok and report.ok, check.message
    with vault.sign_in(Role.MANAGER) as manager:
        entries = AuditService(manager).entries()
    signed: dict[str, int] = {}
    for e in entries:
        if e.detail.startswith("older grants signed="):
            signed[e.actor] = signed.get(e.actor, 0) + int(e.detail.split("=")[1])
    assert COUNSELLOR in signed and username_for(Role.ADMIN) not in signed
    assert sum(signed.values()) == count
    committed = [e for e in entries if e.detail.startswith(grantsigs.COMMITTED)]
    assert {e.actor for e in committed} == {COUNSELLOR}
    assert sum(int(e.detail.split()[3].removeprefix("rows=")) for e in committed) == count


def test_a_backup_from_before_signatures_restores_and_its_holders_sign_its_grants(
    vault, make_case, tmp_path
) -> None:
    """``admin restore --from`` of a backup from before migration 0046 when the vault cannot
    be opened: the restoring admin signs none of its grants (she holds no section key); she
    commits to them, and each section's holder signs them at her next sign-in."""
    reference = make_case()
    note = record_note(vault, reference, "older")
    with vault.sign_in(Role.ADMIN) as admin:
        count = rewind_to_0045(vault, bytes(admin.key))
        backup = MaintenanceService(admin).backup(tmp_path).path
    for part in (vault.path / "vault.db", vault.path / "vault.db-wal", vault.path / "vault.db-shm"):
        part.unlink(missing_ok=True)
    restore_unreadable_vault(vault.path, ADMIN, ADMIN_PASSWORD, backup)
    with vault.sign_in(Role.ADMIN) as admin:
        key = bytes(admin.key)
    assert unsigned_sections(vault, key)  # the admin signed none
    for role in ROLES_HOLDING_KEYS:
        with vault.sign_in(role):
            pass
    assert unsigned_sections(vault, key) == set()
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        (read,) = CounsellingService(counsellor).list(reference)
        assert read.details.notes == "notes older" and read.record_id == note
    report, check = grants_check(vault)
    assert check.ok and report.ok, check.message
    with vault.sign_in(Role.MANAGER) as manager:
        entries = AuditService(manager).entries()
    committed = [e for e in entries if e.detail.startswith(grantsigs.COMMITTED)]
    assert {e.actor for e in committed} == {ADMIN}
    assert sum(int(e.detail.split()[3].removeprefix("rows=")) for e in committed) == count
    assert not any(
        e.actor == ADMIN and e.detail.startswith("older grants signed=") for e in entries
    )


# ----- F2: the setting alone vouches for nothing ------------------------------------------------


@pytest.mark.parametrize("setting", ["as the earlier code wrote it", "with her row's digest"])
def test_a_grant_planted_with_the_vouch_setting_is_never_signed(vault, make_case, setting) -> None:
    """The red team's F2, performed: the legal advocate, with her own password and
    sqlcipher3, lists counselling in the setting ``grants.vouch_pending`` and plants an
    unsigned grant of a newer counselling version, a key she chose, sealed to the counsellor's
    slot. No signed commitment lists that row, so the counsellor's sign-in does not sign it,
    her next note is sealed under the true version (which the advocate's key does not open),
    and verify names the grant."""
    reference = make_case()
    record_note(vault, reference, "before")
    slot_id = user_slot_id(COUNSELLOR)
    vault_id = _vault_id(vault)
    conn = advocates_connection(vault)
    try:
        (newest,) = conn.execute(
            "SELECT max(version) FROM section_key_grants WHERE section = ?", (COUNSELLING,)
        ).fetchone()
        planted = new_key(COUNSELLING, newest + 1)
        public = counsellor_public(vault).hex()
        sealed = seal_grant(bytes.fromhex(public), planted, vault_id, slot_id)
        conn.execute(
            "INSERT INTO section_key_grants (section, version, slot_id, public_key, sealed, "
            "granted_by, granted_at, signer, signature) VALUES (?, ?, ?, ?, ?, ?, ?, '', '')",
            (
                COUNSELLING,
                newest + 1,
                slot_id,
                public,
                sealed,
                COUNSELLOR,
                utcnow().strftime(UTC_FORMAT),
            ),
        )
        if setting == "with her row's digest":
            message = grantsigs.grant_message(
                vault_id, COUNSELLING, newest + 1, slot_id, public, sealed, COUNSELLOR
            )
            value = json.dumps({COUNSELLING: [hashlib.sha256(message).hexdigest()]})
        else:
            value = json.dumps([COUNSELLING])
        conn.execute(
            "INSERT OR REPLACE INTO settings (key, value, updated_at, updated_by) "
            "VALUES ('grants.vouch_pending', ?, ?, '')",
            (value, utcnow().strftime(UTC_FORMAT)),
        )
        conn.commit()
    finally:
        conn.close()

    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        assert counsellor.section_keys.get(COUNSELLING, newest + 1) is None
        current = counsellor.section_keys.current(COUNSELLING)
        assert current is not None and current.version == newest
    note = record_note(vault, reference, secrets.token_hex(6))
    token = note_token(vault, note)
    assert sealed_version(token) == (COUNSELLING, newest)
    ring = KeyRing()
    ring.add(type(planted)(COUNSELLING, newest, planted.key))
    with pytest.raises(SealedFieldError):
        open_stored(ring, token, "counselling_sessions", "notes", note, 1, references(vault))

    report, check = grants_check(vault)
    assert not check.ok and not report.ok
    assert f"{COUNSELLING} v{newest + 1} to {slot_id} (granted by {COUNSELLOR}): unsigned" in (
        check.message
    )


# ----- F3: the admin never knows a section key ---------------------------------------------------


def test_a_version_the_admin_plants_and_signs_is_refused_and_named(vault, make_case) -> None:
    """The red team's F3, performed: the admin, with her own password and sqlcipher3, makes a
    new identity version, seals it to every holder and to herself, and signs each grant with
    her own registered key (a revocation used to do exactly that). The admin holds no section
    key, so a holder's sign-in refuses it, nothing is written under it, and verify names
    it."""
    make_case()
    admin_name = username_for(Role.ADMIN)
    _, opened = attacker_slot(vault, user_slot_id(admin_name), password_for(Role.ADMIN))
    assert opened.signing is not None
    signing_public = opened.signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    vault_id = _vault_id(vault)
    slots = KeySlotFile.load(vault.path / "keyslots.json")
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        (newest,) = conn.execute(
            "SELECT max(version) FROM section_key_grants WHERE section = ?", (IDENTITY,)
        ).fetchone()
        holders = {
            slot
            for (slot,) in conn.execute(
                "SELECT DISTINCT slot_id FROM section_key_grants WHERE section = ? "
                "AND slot_id LIKE 'user:%'",
                (IDENTITY,),
            ).fetchall()
        }
        assert user_slot_id(username_for(Role.CASEWORKER)) in holders
        planted = new_key(IDENTITY, newest + 1)
        for slot_id in sorted(holders | {user_slot_id(admin_name)}):
            public = slots.slots[slot_id].public.hex()
            sealed = seal_grant(bytes.fromhex(public), planted, vault_id, slot_id)
            message = grantsigs.grant_message(
                vault_id, IDENTITY, newest + 1, slot_id, public, sealed, admin_name
            )
            conn.execute(
                "INSERT INTO section_key_grants (section, version, slot_id, public_key, sealed, "
                "granted_by, granted_at, signer, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    IDENTITY,
                    newest + 1,
                    slot_id,
                    public,
                    sealed,
                    admin_name,
                    utcnow().strftime(UTC_FORMAT),
                    key_id(signing_public),
                    opened.signing.sign(message).hex(),
                ),
            )
        conn.commit()
    finally:
        conn.close()

    with vault.sign_in(Role.CASEWORKER) as worker:  # a holder: the planted version refused
        assert worker.section_keys.get(IDENTITY, newest + 1) is None
        current = worker.section_keys.current(IDENTITY)
        assert current is not None and current.version != newest + 1
    alias = f"canary-{secrets.token_hex(6)}"
    reference = make_case(alias=alias)
    with vault.sign_in(Role.ADMIN) as admin:
        key = bytes(admin.key)
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        ((case_id, version, token),) = conn.execute(
            "SELECT id, version, alias FROM cases WHERE reference = ?", (reference,)
        ).fetchall()
    finally:
        conn.close()
    section, sealed_under = sealed_version(token)
    assert section == IDENTITY and sealed_under != newest + 1  # nothing written under hers
    ring = KeyRing()
    ring.add(type(planted)(IDENTITY, sealed_under, planted.key))
    with pytest.raises(SealedFieldError):
        open_stored(ring, token, "cases", "alias", case_id, version, references(vault))

    report, check = grants_check(vault)
    assert not check.ok and not report.ok
    for slot_id in holders:
        assert f"{IDENTITY} v{newest + 1} to {slot_id} (granted by {admin_name})" in (check.message)
    assert "no signed revocation entry" in check.message
