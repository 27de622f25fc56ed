"""Red team (session 12, red22c): attachments' content under the section's key, attacked.

The attacker is the legal advocate: her own password, keyslots.json, vault.db (sqlcipher3,
keyed with the vault key her slot opens), blobs/ and the project's primitives. She cannot open
a counselling scan (the section layer stops her), but the rows that say which sealed file is
which attachment's are written with the vault key, and the section layer's associated data
names the section, the key version, the kind and the original's SHA-256, never the row. So:

- she copies one survivor's counselling scan into another survivor's counselling attachment
  (sha256, thumbnail_sha256, content_sha256, blob_key_version copied between rows); the
  counsellor opening the second survivor's file is shown the first survivor's scan, "verified".
  Sealed text does not allow this (docs/SECURITY.md "Section keys": the row id is in the
  associated data, "a ciphertext copied to another row ... does not open").
- she turns a sealed counselling attachment back into an older, vault-layer-only one
  (blob_key_version and content_sha256 NULL, sha256 naming a file she wrote with the vault
  key): the counsellor opening it is shown her forged document as the counselling scan,
  checked against the SHA-256 she also wrote.
- after an upgrade to 0063 seals an older counselling scan, the automatic pre-upgrade backup
  the upgrade itself wrote into backups/ still holds it under the vault key alone, and she
  reads it there. docs/SECURITY.md says "Backups made before that sign-in keep the older
  form"; this one is made by every upgrade, unasked, and kept beside the vault.

Each test fails on the code as it stands (the attack works); it passes once the product
refuses the copied or downgraded row.
"""

from __future__ import annotations

import hashlib
import secrets
import zipfile
from pathlib import Path

import pytest

from onestop.domain.roles import Role, Section
from onestop.errors import OneStopError
from onestop.services.attachments import AttachmentService
from onestop.vault.blobs import BlobStore
from onestop.vault.keyslots import VAULT_KEY, KeySlotFile, user_slot_id
from tests.conftest import SampleVault, password_for, username_for
from tests.helpers import raw_connection

pytestmark = pytest.mark.local_only(
    reason="the attacker reads and writes the vault folder's files: vault.db, blobs/"
)


def scan() -> bytes:
    return b"%PDF-1.7 a scanned counselling page " + secrets.token_bytes(16)


def her_vault_key(vault: SampleVault) -> bytes:
    """The legal advocate's slot, opened with her own password: the vault key."""
    slots = KeySlotFile.load(vault.path / "keyslots.json")
    mine = slots.open_slot(
        user_slot_id(username_for(Role.LEGAL_ADVOCATE)), password_for(Role.LEGAL_ADVOCATE)
    )
    assert mine is not None
    return bytes(mine.keys[VAULT_KEY])


def test_a_counselling_scan_copied_to_another_survivors_row_does_not_open(vault, make_case) -> None:
    first, second = make_case(), make_case()
    first_scan, second_scan = scan(), scan()
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        service = AttachmentService(counsellor)
        source = service.add(first, Section.COUNSELLING, first_scan, "application/pdf", title="a")
        target = service.add(second, Section.COUNSELLING, second_scan, "application/pdf", title="b")

    # The legal advocate, with sqlcipher3 and the vault key: the first survivor's sealed scan
    # named as the second survivor's.
    conn = raw_connection(vault.path / "vault.db", her_vault_key(vault))
    try:
        columns = "sha256, thumbnail_sha256, content_sha256, blob_key_version"
        row = conn.execute(
            f"SELECT {columns} FROM attachments WHERE id = ?", (source.attachment_id,)
        ).fetchone()
        assert row is not None and row[3] is not None  # sealed under the counselling key
        conn.execute(
            "UPDATE attachments SET sha256 = ?, thumbnail_sha256 = ?, content_sha256 = ?, "
            "blob_key_version = ? WHERE id = ?",
            (*row, target.attachment_id),
        )
    finally:
        conn.close()

    # The counsellor opens the second survivor's counselling attachment.
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        try:
            shown = AttachmentService(counsellor).open(second, target.attachment_id)
        except OneStopError:
            return  # refused: the copied sealed file does not pass for this row's
    assert shown != first_scan, (
        "one survivor's counselling scan, copied by a vault-key holder into another survivor's "
        "attachment row, opens there as that survivor's scan"
    )


def test_a_sealed_counselling_attachment_downgraded_to_the_vault_layer_is_refused(
    vault, make_case
) -> None:
    reference = make_case()
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        added = AttachmentService(counsellor).add(
            reference, Section.COUNSELLING, scan(), "application/pdf", title="session notes"
        )

    # The legal advocate writes a document of her own with the vault key and makes the sealed
    # counselling attachment an "older" one naming it, its SHA-256 recorded to match.
    forged = b"%PDF-1.7 a page the legal advocate wrote " + secrets.token_bytes(16)
    key = her_vault_key(vault)
    digest = BlobStore(vault.path / "blobs", key).put(forged)
    assert digest == hashlib.sha256(forged).hexdigest()
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        conn.execute(
            "INSERT OR IGNORE INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)",
            (digest, len(forged), "2026-12-05 08:00:00.000000"),
        )
        conn.execute(
            "UPDATE attachments SET sha256 = ?, thumbnail_sha256 = NULL, content_sha256 = NULL, "
            "blob_key_version = NULL, size = ? WHERE id = ?",
            (digest, len(forged), added.attachment_id),
        )
    finally:
        conn.close()

    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        try:
            shown = AttachmentService(counsellor).open(reference, added.attachment_id)
        except OneStopError:
            return  # refused: a counselling attachment the section layer did not seal
    assert shown != forged, (
        "a vault-key holder without the counselling key replaces a sealed counselling scan "
        "with her own document, shown to the counsellor as verified"
    )


def test_no_copy_of_a_sealed_counselling_scan_opens_with_the_vault_key_in_backups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A vault from before 0063 (the 0052 demo vault, tests/olderattachments.py) with a
    counselling scan stored the older way: the counsellor's sign-in upgrades it and seals the
    scan, and the older file leaves blobs/. But the upgrade first wrote its automatic
    pre-upgrade backup into backups/, holding that older file under the vault key alone; the
    legal advocate opens it there, after the sealing, with nothing but her own password (no
    one chose to make that backup; it stays beside the vault).

    (As the red team wrote it, the vault was a new one rewound to 0045 after its counsellor had
    signed in; since 0067 that sign-in records counselling as bound, and an older form found
    there afterwards is refused, not sealed, so the scenario is built from a real older vault.
    The fix deletes the automatic backup once the sealing commits, and says so in the trail.)"""
    from tests.olderattachments import older_vault

    note = scan()
    older = older_vault(tmp_path, monkeypatch, [(Section.COUNSELLING, note, None)])
    ((attachment_id,), (original_hash,)) = older.ids, older.digests
    key = older.key
    backups = older.path / "backups"
    before = set(backups.glob("*"))

    with older.sign_in(Role.COUNSELLOR):
        pass  # upgraded (with its automatic backup), then the older scan sealed
    blobs = BlobStore(older.path / "blobs", key)
    assert not blobs.exists(original_hash)  # the older file left blobs/
    conn = raw_connection(older.path / "vault.db", key)
    try:
        (version, original) = conn.execute(
            "SELECT blob_key_version, content_sha256 FROM attachments WHERE id = ?",
            (attachment_id,),
        ).fetchone()
        removed = conn.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'backup.removed'"
        ).fetchone()[0]
        migrated = conn.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'vault.migrated'"
        ).fetchone()[0]
    finally:
        conn.close()
    assert version is not None and original == original_hash  # sealed now

    # The legal advocate, in backups/: the zip's attachment files, opened with the vault key
    # under the original's SHA-256 that vault.db shows her.
    made = sorted(set(backups.glob("*")) - before)
    assert migrated and (made or removed), "the upgrade wrote no backup"
    found: list[bytes] = []
    for archive in made:
        unpacked = tmp_path / archive.name
        with zipfile.ZipFile(archive) as z:
            z.extractall(unpacked)
        for folder in {p.parent.parent for p in unpacked.rglob("*") if p.is_file()}:
            copy = BlobStore(folder, key)
            if copy.exists(original):
                found.append(copy.get(original))
    assert note not in found, (
        "the automatic pre-upgrade backup in backups/ keeps the counselling scan under the "
        "vault key after the sign-in sealed it: the legal advocate reads it"
    )
