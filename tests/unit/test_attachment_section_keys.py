"""An attachment's content and thumbnail sealed under its section's key (red-team finding F3).

The attacker is a member of staff who may not read the section (or the admin): her password,
keyslots.json, vault.db, blobs/ and the project's primitives. Before, a counselling scan opened
with the vault key every slot holds. Here: a holder still opens it, anyone else gets nothing
from the files even with every section key her own slot opens; the same bytes filed in two
sections are two files; an attachment stored the older way (vault key alone) is sealed at the
next sign-in of a holder and still opens; verify (by the admin, without a section key) names a
damaged file; a vault-key rotation keeps every sealed attachment.
"""

from __future__ import annotations

import hashlib
import io
import secrets
from datetime import timedelta

import pytest
from PIL import Image

from onestop.db.base import UTC_FORMAT, utcnow
from onestop.domain.consent import Decision, Purpose
from onestop.domain.roles import Role, Section
from onestop.errors import PermissionDenied, VaultDamaged
from onestop.services.attachments import AttachmentService
from onestop.services.breakglass import BreakGlassService
from onestop.services.consent import ConsentService
from onestop.services.maintenance import MaintenanceService
from onestop.vault.blobs import CONTENT, THUMBNAIL, BlobStore, Row, open_content
from onestop.vault.keyslots import VAULT_KEY, KeySlotFile, user_slot_id
from onestop.vault.sectionkeys import open_grant
from tests.conftest import password_for, username_for
from tests.helpers import raw_connection

pytestmark = pytest.mark.local_only(
    reason="the attacker reads the vault folder's files: vault.db, blobs/, keyslots.json"
)


def scan() -> bytes:
    return b"%PDF-1.7 a scanned counselling page " + secrets.token_bytes(16)


def picture() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (secrets.randbelow(256), 90, 40)).save(out, format="PNG")
    return out.getvalue()


def consent_to_photos(vault, reference: str) -> None:
    with vault.sign_in(Role.CLINICIAN) as clinician:
        ConsentService(clinician).record(
            reference, Purpose.PHOTOGRAPHY, Decision.GIVEN, decided_at=utcnow() - timedelta(hours=1)
        )


def attacker(vault, role: Role):
    """Her own slot opened with keyslots' functions: the vault key, and every section key
    granted to her slot, opened from vault.db with her private key."""
    slots = KeySlotFile.load(vault.path / "keyslots.json")
    slot_id = user_slot_id(username_for(role))
    opened = slots.open_slot(slot_id, password_for(role))
    assert opened is not None
    key = opened.keys[VAULT_KEY]
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        grants = conn.execute(
            "SELECT section, version, sealed FROM section_key_grants WHERE slot_id = ?",
            (slot_id,),
        ).fetchall()
    finally:
        conn.close()
    keys = [
        k
        for section, version, sealed in grants
        if (k := open_grant(opened.private, sealed, slots.vault_id, section, version, slot_id))
    ]
    return key, keys


def rows(vault, key: bytes, section: Section) -> list[tuple]:
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        return conn.execute(
            "SELECT id, sha256, thumbnail_sha256, content_sha256, blob_key_version "
            "FROM attachments WHERE section = ? ORDER BY id",
            (section.value,),
        ).fetchall()
    finally:
        conn.close()


def everything_she_can_open(vault, role: Role) -> list[bytes]:
    """Every attachment file, opened with the vault key and then with every section key her
    slot opens, whichever hash she tries (the stored one, the original's)."""
    return [data for _, data in what_she_opens(vault, role)]


def what_she_opens(vault, role: Role) -> list[tuple[str, bytes]]:
    """``everything_she_can_open``, each with the hash of the stored file it came from."""
    key, section_keys = attacker(vault, role)
    blobs = BlobStore(vault.path / "blobs", key)
    found: list[tuple[str, bytes]] = []
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        hashes = conn.execute(
            "SELECT a.sha256, a.thumbnail_sha256, a.content_sha256, a.id, a.case_id, c.reference "
            "FROM attachments a JOIN cases c ON c.id = a.case_id"
        ).fetchall()
    finally:
        conn.close()
    for stored, thumb, original, row_id, case_id, reference in hashes:
        for digest in (stored, thumb, original):
            if digest is None:
                continue
            try:
                held = blobs.get(digest)
            except VaultDamaged:
                continue
            found.append((digest, held))
            for section_key in section_keys:
                for kind in (CONTENT, THUMBNAIL):
                    try:
                        opened = open_content(
                            section_key,
                            kind,
                            original or stored,
                            held,
                            Row(row_id, case_id, reference),
                            unbound_ok=True,
                        )
                    except VaultDamaged:
                        continue
                    found.append((digest, opened))
    return found


def test_a_holder_opens_and_no_one_else_reads_it_from_the_files(vault, make_case) -> None:
    """The same bytes in counselling and in health: two files, each under its own section's
    key. The clinician (health, not counselling) reads hers and not the counsellor's copy."""
    reference = make_case()
    note = scan()
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        mine = AttachmentService(counsellor).add(
            reference, Section.COUNSELLING, note, "application/pdf", title="session notes"
        )
        assert mine.sha256 == hashlib.sha256(note).hexdigest()  # the original's, for evidence
        assert mine.stored_sha256 != mine.sha256
        assert AttachmentService(counsellor).open(reference, mine.attachment_id) == note
    with vault.sign_in(Role.CLINICIAN) as clinician:
        theirs = AttachmentService(clinician).add(
            reference, Section.HEALTH, note, "application/pdf", title="referral letter"
        )
        assert theirs.stored_sha256 != mine.stored_sha256  # not one file for both sections
        assert AttachmentService(clinician).open(reference, theirs.attachment_id) == note
    # Her raw attempt: every file, with the vault key and every section key of her slot.
    opened = what_she_opens(vault, Role.CLINICIAN)
    assert [d for d, data in opened if data == note] == [theirs.stored_sha256]  # hers only
    # The legal advocate holds health's key for break-glass (docs/SECURITY.md), not
    # counselling's; the admin holds none.
    advocate = what_she_opens(vault, Role.LEGAL_ADVOCATE)
    assert mine.stored_sha256 not in [d for d, data in advocate if data == note]
    assert note not in everything_she_can_open(vault, Role.ADMIN)
    with vault.sign_in(Role.ADMIN) as admin:
        key = bytes(admin.key)
    ((_, stored, _, original, version),) = rows(vault, key, Section.COUNSELLING)
    assert original == mine.sha256 and version == 1 and stored == mine.stored_sha256


def test_thumbnails_and_open_many_come_from_the_sealed_files(vault, make_case) -> None:
    reference = make_case()
    consent_to_photos(vault, reference)
    pictures = [picture(), picture()]
    with vault.sign_in(Role.CLINICIAN) as clinician:
        files = AttachmentService(clinician)
        ids = [files.add(reference, Section.HEALTH, p, "image/png").attachment_id for p in pictures]
        assert files.open_many(reference, ids) == dict(zip(ids, pictures, strict=True))
        thumbs = files.open_many(reference, ids, thumbnails=True)
        assert set(thumbs) == set(ids)
        assert all(Image.open(io.BytesIO(t)).size[0] == 256 for t in thumbs.values())
        assert files.thumbnail(reference, ids[0]) == thumbs[ids[0]]
    with vault.sign_in(Role.ADMIN) as admin:
        key = bytes(admin.key)
    for _, _, thumb, _, version in rows(vault, key, Section.HEALTH):
        assert version == 1 and thumb is not None
    # The shelter officer holds no health key (the legal advocate does, for break-glass).
    opened = everything_she_can_open(vault, Role.SHELTER_OFFICER)
    assert opened and not any(p in opened for p in pictures)


def make_older(vault, key: bytes, attachment_id: int, data: bytes, thumb: bytes | None) -> str:
    """Store an attachment as the code did before migration 0063: the original (and its
    thumbnail) under the vault key alone, named after the original's hash, the row naming
    that hash, no content_sha256, no blob_key_version; the sealed files gone."""
    blobs = BlobStore(vault.path / "blobs", key)
    digest = blobs.put(data)
    small = blobs.put(thumb) if thumb is not None else None
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        (sealed, sealed_thumb) = conn.execute(
            "SELECT sha256, thumbnail_sha256 FROM attachments WHERE id = ?", (attachment_id,)
        ).fetchone()
        now = utcnow().strftime(UTC_FORMAT)
        for h, content in ((digest, data), (small, thumb)):
            if h is not None and content is not None:
                conn.execute(
                    "INSERT OR IGNORE INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)",
                    (h, len(content), now),
                )
        conn.execute(
            "UPDATE attachments SET sha256 = ?, thumbnail_sha256 = ?, content_sha256 = NULL, "
            "blob_key_version = NULL WHERE id = ?",
            (digest, small, attachment_id),
        )
        for h in (sealed, sealed_thumb):
            if h is not None:
                conn.execute("DELETE FROM blobs WHERE sha256 = ?", (h,))
                blobs.delete(h)
        conn.commit()
    finally:
        conn.close()
    return digest


def test_verify_names_a_damaged_file_without_a_section_key(vault, make_case) -> None:
    reference = make_case()
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        info = AttachmentService(counsellor).add(
            reference, Section.COUNSELLING, scan(), "application/pdf"
        )
        path = counsellor.blobs.path_for(info.stored_sha256)
    with vault.sign_in(Role.ADMIN) as admin:
        assert not admin.section_keys.held()
        (check,) = [c for c in MaintenanceService(admin).verify().checks if c.name == "attachments"]
        assert check.ok and "present and unaltered" in check.message
    raw = bytearray(path.read_bytes())
    raw[-5] ^= 1
    path.write_bytes(bytes(raw))
    with vault.sign_in(Role.ADMIN) as admin:
        report = MaintenanceService(admin).verify()
    (check,) = [c for c in report.checks if c.name == "attachments"]
    assert not report.ok and not check.ok
    assert f"attachment {info.attachment_id} of case {reference}" in check.message
    with vault.sign_in(Role.COUNSELLOR) as counsellor, pytest.raises(VaultDamaged):
        AttachmentService(counsellor).open(reference, info.attachment_id)
    path.unlink()
    with vault.sign_in(Role.ADMIN) as admin:
        (check,) = [c for c in MaintenanceService(admin).verify().checks if c.name == "attachments"]
    assert not check.ok and f"attachment {info.attachment_id} of case" in check.message


def test_rotation_by_the_admin_keeps_sealed_attachments(vault, make_case) -> None:
    reference = make_case()
    note = scan()
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        info = AttachmentService(counsellor).add(
            reference, Section.COUNSELLING, note, "application/pdf"
        )
    with vault.sign_in(Role.ADMIN) as admin:
        old = bytes(admin.key)
        MaintenanceService(admin).rotate_key()
        assert bytes(admin.key) != old
        assert MaintenanceService(admin).verify().ok
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        assert AttachmentService(counsellor).open(reference, info.attachment_id) == note
    assert note not in everything_she_can_open(vault, Role.LEGAL_ADVOCATE)
    files = [p for p in (vault.path / "blobs").rglob("*") if p.is_file()]
    assert len(files) == 1  # no copy left under the old key


def test_a_moved_attachment_is_sealed_under_the_new_sections_key(vault, make_case) -> None:
    """Filed under forensic, moved to health by the clinician (who writes both): sealed
    under health's key, the forensic file gone."""
    reference = make_case()
    note = scan()
    with vault.sign_in(Role.CLINICIAN) as clinician:
        files = AttachmentService(clinician)
        info = files.add(reference, Section.FORENSIC, note, "application/pdf", title="x")
        moved = files.describe(
            reference,
            info.attachment_id,
            section=Section.HEALTH,
            title="x",
            taken_at=None,
            expected_version=info.version,
        )
        assert moved.stored_sha256 != info.stored_sha256 and moved.sha256 == info.sha256
        assert files.open(reference, info.attachment_id) == note
        assert not clinician.blobs.exists(info.stored_sha256)
    with vault.sign_in(Role.ADMIN) as admin:
        key = bytes(admin.key)
        assert MaintenanceService(admin).verify().ok
    ((_, stored, _, original, version),) = rows(vault, key, Section.HEALTH)
    assert stored == moved.stored_sha256 and original == info.sha256 and version == 1
    _, section_keys = attacker(vault, Role.CLINICIAN)
    health = next(k for k in section_keys if k.section == Section.HEALTH.value)
    held = BlobStore(vault.path / "blobs", key).get(stored)
    row = Row(info.attachment_id, rows_case(vault, key, info.attachment_id), reference)
    assert open_content(health, CONTENT, original, held, row, unbound_ok=False) == note


def test_a_scan_read_by_break_glass_opens_with_the_lent_key(vault, make_case) -> None:
    """A clinician holds no legal key of her own to read with: after breaking glass (audited
    first), the legal scan opens with the key lent for that read; before, it is refused."""
    reference = make_case()
    order = scan()
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        info = AttachmentService(advocate).add(reference, Section.LEGAL, order, "application/pdf")
    with vault.sign_in(Role.CLINICIAN) as clinician:
        files = AttachmentService(clinician)
        with pytest.raises(PermissionDenied):
            files.open(reference, info.attachment_id)
        BreakGlassService(clinician).open(
            reference, Section.LEGAL, "Unconscious on arrival; need the order's conditions"
        )
        assert files.open(reference, info.attachment_id) == order
        assert files.open_many(reference, [info.attachment_id]) == {info.attachment_id: order}


def rows_case(vault, key: bytes, attachment_id: int) -> int:
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        (case_id,) = conn.execute(
            "SELECT case_id FROM attachments WHERE id = ?", (attachment_id,)
        ).fetchone()
    finally:
        conn.close()
    return int(case_id)
