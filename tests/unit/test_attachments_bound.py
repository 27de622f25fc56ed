"""Attachments in the forms before 0063 and 0067, in a vault an earlier release wrote.

A holder's sign-in seals an attachment held by the vault layer alone (before 0063) and seals
again one sealed in form 1 (0063-0066, not bound to its row), then records her section as
bound in the signed trail; from then on neither older form opens there (the third red team's
re-pointed row and downgraded file: tests/unit/test_redteam_attachment_keys.py). A sign-in
killed between the commit and the deletion of an older file leaves it listed, and the next
holder's sign-in deletes it.
"""

from __future__ import annotations

import hashlib
import secrets

import pytest
from sqlalchemy.orm import Session

from onestop.db.base import UTC_FORMAT, utcnow
from onestop.domain.roles import Role, Section
from onestop.errors import VaultDamaged
from onestop.services import attachmentblobs, sectionkeys
from onestop.services.attachments import AttachmentService, make_thumbnail
from onestop.services.audit import AuditService
from onestop.services.maintenance import MaintenanceService
from onestop.vault.blobs import CONTENT, NONCE_BYTES, SEALED_MAGIC, BlobStore, content_key
from onestop.vault.keyslots import KeySlotFile, user_slot_id
from onestop.vault.sectionkeys import SectionKey, open_grant
from tests.helpers import raw_connection
from tests.olderattachments import OlderVault, older_vault
from tests.unit.test_attachment_section_keys import picture, scan

pytestmark = pytest.mark.local_only(
    reason="an earlier release's vault folder, read and written at the raw level"
)


def _rows(older: OlderVault) -> dict[int, tuple]:
    conn = raw_connection(older.path / "vault.db", older.key)
    try:
        found = conn.execute(
            "SELECT id, sha256, thumbnail_sha256, content_sha256, blob_key_version, "
            "content_bound FROM attachments"
        ).fetchall()
    finally:
        conn.close()
    return {r[0]: r[1:] for r in found}


def _trail(older: OlderVault, role: Role) -> list:
    with older.sign_in(Role.MANAGER) as manager:
        return AuditService(manager).entries(actor=older.credentials(role)[0])


def test_older_attachments_are_sealed_and_bound_at_holders_sign_ins(tmp_path, monkeypatch):
    note, photo = scan(), picture()
    thumb = make_thumbnail(photo)
    older = older_vault(
        tmp_path, monkeypatch, [(Section.COUNSELLING, note, None), (Section.FORENSIC, photo, thumb)]
    )
    (note_id, photo_id), (note_hash, photo_hash) = older.ids, older.digests
    blobs = BlobStore(older.path / "blobs", older.key)
    assert blobs.get(note_hash) == note  # as the earlier release left it: the vault key opens it
    with older.sign_in(Role.COUNSELLOR) as counsellor:  # the upgrade, then her section sealed
        assert AttachmentService(counsellor).open(older.reference, note_id) == note
    with older.sign_in(Role.ADMIN) as admin:
        with Session(admin.engine) as s:
            assert Section.FORENSIC in sectionkeys.sections_not_sealed(s)
            assert Section.COUNSELLING not in sectionkeys.sections_not_sealed(s)
        assert MaintenanceService(admin).verify().ok  # the older forensic file is whole
    told: list[tuple[int, int]] = []
    with older.sign_in(Role.CLINICIAN, progress=lambda d, t: told.append((d, t))) as clinician:
        files = AttachmentService(clinician)
        assert files.open(older.reference, photo_id) == photo
        assert files.thumbnail(older.reference, photo_id) == thumb
        (listed,) = [a for a in files.list(older.reference) if a.attachment_id == photo_id]
        assert listed.sha256 == photo_hash == hashlib.sha256(photo).hexdigest()
    assert told and told[-1][0] == told[-1][1]
    details = {(e.section, e.detail) for e in _trail(older, Role.CLINICIAN)}
    assert (Section.FORENSIC.value, "1 attachment(s)") in details
    assert (Section.FORENSIC.value, attachmentblobs.BOUND) in details
    rows = _rows(older)
    for row_id, original in ((note_id, note_hash), (photo_id, photo_hash)):
        stored, _, content, version, bound = rows[row_id]
        assert content == original and stored != original and version is not None and bound
    assert not blobs.exists(photo_hash) and not blobs.exists(note_hash)  # the older files gone
    with older.sign_in(Role.ADMIN) as admin:
        with Session(admin.engine) as s:
            assert sectionkeys.sections_not_sealed(s) == ()
        report = MaintenanceService(admin).verify()
        assert report.ok, report
    with older.sign_in(Role.COUNSELLOR) as counsellor:
        assert AttachmentService(counsellor).open(older.reference, note_id) == note


def test_an_older_file_a_killed_sign_in_left_is_deleted_at_the_next(tmp_path, monkeypatch):
    """A sign-in killed after the commit that sealed an older attachment, before its older
    file (under the vault key alone) was deleted, leaves that file and the setting that lists
    it; the next holder's sign-in deletes it. Rebuilt at the raw level, as the kill leaves it."""
    note = scan()
    older = older_vault(tmp_path, monkeypatch, [(Section.COUNSELLING, note, None)])
    ((note_id,), (digest,)) = older.ids, older.digests
    with older.sign_in(Role.COUNSELLOR):
        pass
    blobs = BlobStore(older.path / "blobs", older.key)
    setting = "SELECT value FROM settings WHERE key = 'attachments.files_to_drop'"
    conn = raw_connection(older.path / "vault.db", older.key)
    try:
        assert not blobs.exists(digest) and conn.execute(setting).fetchall() == []
        blobs.put(note)  # as the kill left it: the file, and the list naming it
        conn.execute(
            "INSERT INTO settings (key, value, updated_at, updated_by) VALUES "
            "('attachments.files_to_drop', ?, ?, 'x')",
            (f'["{digest}"]', utcnow().strftime(UTC_FORMAT)),
        )
        conn.commit()
    finally:
        conn.close()
    with older.sign_in(Role.COUNSELLOR) as counsellor:
        assert AttachmentService(counsellor).open(older.reference, note_id) == note
    assert not blobs.exists(digest)
    conn = raw_connection(older.path / "vault.db", older.key)
    try:
        assert conn.execute(setting).fetchall() == []
    finally:
        conn.close()


def _counselling_key(older: OlderVault) -> SectionKey:
    """The counselling key, from the counsellor's own slot (as her sign-in opens it)."""
    username, password = older.credentials(Role.COUNSELLOR)
    slots = KeySlotFile.load(older.path / "keyslots.json")
    slot_id = user_slot_id(username)
    opened = slots.open_slot(slot_id, password)
    assert opened is not None
    conn = raw_connection(older.path / "vault.db", older.key)
    try:
        grants = conn.execute(
            "SELECT version, sealed FROM section_key_grants WHERE slot_id = ? AND section = ? "
            "ORDER BY version DESC",
            (slot_id, Section.COUNSELLING.value),
        ).fetchall()
    finally:
        conn.close()
    for version, sealed in grants:
        key = open_grant(opened.private, sealed, slots.vault_id, "counselling", version, slot_id)
        if key is not None:
            return key
    raise AssertionError("the counsellor's slot opens no counselling key")


def _form_1(key: SectionKey, original: str, data: bytes) -> bytes:
    """What 0063-0066 wrote: sealed under the section key, its row not named."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(NONCE_BYTES)
    aad = f"onestop-attachment|{CONTENT}|{key.section}|{key.version}|{original}".encode()
    return SEALED_MAGIC + nonce + AESGCM(content_key(key)).encrypt(nonce, data, aad)


def test_form_1_is_bound_at_the_holders_sign_in_and_refused_once_bound(tmp_path, monkeypatch):
    """Two counselling scans as 0063-0066 sealed them (form 1): the counsellor's sign-in seals
    both again bound to their rows and records counselling as bound. A form-1 file put back in
    a row afterwards (its own earlier file, or another survivor's) does not open."""
    first, second = scan(), scan()
    older = older_vault(
        tmp_path,
        monkeypatch,
        [(Section.COUNSELLING, first, None), (Section.COUNSELLING, second, None)],
    )
    with older.sign_in(Role.ADMIN):
        pass  # upgraded to 0067 by the admin, who holds no section key: nothing sealed
    key = _counselling_key(older)
    blobs = BlobStore(older.path / "blobs", older.key)
    conn = raw_connection(older.path / "vault.db", older.key)
    sealed: dict[int, str] = {}
    try:
        for row_id, original, data in zip(older.ids, older.digests, (first, second), strict=True):
            stored = blobs.put(_form_1(key, original, data))
            sealed[row_id] = stored
            conn.execute(
                "INSERT INTO blobs (sha256, size, created_at) VALUES (?, 1, '2026-12-01')",
                (stored,),
            )
            conn.execute(
                "UPDATE attachments SET sha256 = ?, content_sha256 = ?, blob_key_version = ?, "
                "content_bound = 0 WHERE id = ?",
                (stored, original, key.version, row_id),
            )
            blobs.delete(original)
            conn.execute("DELETE FROM blobs WHERE sha256 = ?", (original,))
        conn.commit()
    finally:
        conn.close()
    with older.sign_in(Role.COUNSELLOR) as counsellor:
        files = AttachmentService(counsellor)
        assert files.open(older.reference, older.ids[0]) == first
        assert files.open(older.reference, older.ids[1]) == second
    rows = _rows(older)
    assert all(rows[i][4] and rows[i][0] != sealed[i] for i in older.ids)  # form 2 now
    assert not any(blobs.exists(s) for s in sealed.values())  # the form-1 files gone
    details = {(e.section, e.detail) for e in _trail(older, Role.COUNSELLOR)}
    assert ("counselling", "2 attachment(s) bound to their rows") in details
    assert ("counselling", attachmentblobs.BOUND) in details
    # Someone with the vault key puts the first scan back in form 1, named by the second row.
    stored = blobs.put(_form_1(key, older.digests[0], first))
    conn = raw_connection(older.path / "vault.db", older.key)
    try:
        conn.execute(
            "INSERT INTO blobs (sha256, size, created_at) VALUES (?, 1, '2026-12-01')", (stored,)
        )
        conn.execute(
            "UPDATE attachments SET sha256 = ?, content_sha256 = ?, content_bound = 0 WHERE id = ?",
            (stored, older.digests[0], older.ids[1]),
        )
        conn.commit()
    finally:
        conn.close()
    # Not sealed again at her sign-in (that would launder it), and not opened.
    with older.sign_in(Role.COUNSELLOR) as counsellor, pytest.raises(VaultDamaged):
        AttachmentService(counsellor).open(older.reference, older.ids[1])
    assert _rows(older)[older.ids[1]][0] == stored
    with older.sign_in(Role.ADMIN) as admin:  # verify names it, by attachment and case
        report = MaintenanceService(admin).verify()
    (check,) = [c for c in report.checks if c.name == "attachments"]
    assert not report.ok and not check.ok
    assert f"attachment {older.ids[1]} of case {older.reference} (counselling)" in check.message


def test_verify_names_a_sealed_attachment_put_back_under_the_vault_key(vault, make_case) -> None:
    """In a new vault: the counsellor's sign-in recorded counselling as bound; her scan's row
    made to look pre-0063 by someone with the vault key, naming a file of hers, is named by
    verify (and refused at opening: tests/unit/test_redteam_attachment_keys.py)."""
    reference = make_case()
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        added = AttachmentService(counsellor).add(
            reference, Section.COUNSELLING, scan(), "application/pdf"
        )
    with vault.sign_in(Role.ADMIN) as admin:
        assert MaintenanceService(admin).verify().ok
        key = bytes(admin.key)
    forged = b"%PDF-1.7 another page " + secrets.token_bytes(8)
    digest = BlobStore(vault.path / "blobs", key).put(forged)
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        conn.execute(
            "INSERT INTO blobs (sha256, size, created_at) VALUES (?, 1, '2026-12-01')", (digest,)
        )
        conn.execute(
            "UPDATE attachments SET sha256 = ?, content_sha256 = NULL, blob_key_version = NULL, "
            "content_bound = 0 WHERE id = ?",
            (digest, added.attachment_id),
        )
        conn.commit()
    finally:
        conn.close()
    with vault.sign_in(Role.ADMIN) as admin:
        report = MaintenanceService(admin).verify()
    (check,) = [c for c in report.checks if c.name == "attachments"]
    assert not check.ok and f"attachment {added.attachment_id} of case {reference}" in check.message


def test_a_row_no_one_can_bind_does_not_hold_the_section_open(tmp_path, monkeypatch) -> None:
    """A counselling row planted before the counsellor's first sign-in, sealed (it says) with a
    key version no one holds and in no case: her sign-in binds the rest and records
    counselling as bound all the same (the fourth red team held it open this way), and verify
    names the row."""
    older = older_vault(tmp_path, monkeypatch, [(Section.COUNSELLING, scan(), None)])
    with older.sign_in(Role.ADMIN):
        pass  # upgraded by the admin, who holds no section key
    conn = raw_connection(older.path / "vault.db", older.key)
    try:
        (stored,) = conn.execute("SELECT sha256 FROM attachments").fetchone()
        cursor = conn.execute(
            "INSERT INTO attachments (case_id, section, sha256, media_type, original_name, "
            "title, size, added_at, added_by, updated_at, updated_by, blob_key_version, "
            "content_sha256, content_bound) VALUES (-1, 'counselling', ?, 'application/pdf', "
            "'', '', 1, '2026-12-01', 'x', '2026-12-01', 'x', 99, ?, 0)",
            (stored, stored),
        )
        planted = cursor.lastrowid
        conn.commit()
    finally:
        conn.close()
    with older.sign_in(Role.COUNSELLOR) as counsellor:
        assert AttachmentService(counsellor).open(older.reference, older.ids[0])
    details = {(e.section, e.detail) for e in _trail(older, Role.COUNSELLOR)}
    assert ("counselling", attachmentblobs.BOUND) in details
    with older.sign_in(Role.ADMIN) as admin:
        report = MaintenanceService(admin).verify()
    (check,) = [c for c in report.checks if c.name == "attachments"]
    assert not check.ok and f"attachment {planted} of case (no case) (counselling)" in check.message
