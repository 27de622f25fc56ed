"""Red team (session 13, red22d): attachments bound to their rows (migration 0067), attacked.

The attacker is the legal advocate (no counselling key): her own password, keyslots.json,
vault.db (sqlcipher3, keyed with the vault key her slot opens), blobs/, backups/ and the
project's primitives (onestop.vault.*); she never calls a service as someone else.

What works:

- **Suppressing the "bound" record with a row nobody can bind.** A section is recorded as
  bound only if the holder's sign-in bound *every* older attachment there; one sealed with a
  version of the key she was not given is "left for a holder", and the section is then not
  recorded (services.sectionkeys._bind_attachments: ``unfinished``). In a vault upgraded from
  before 0067, before the counsellor's first sign-in, the legal advocate inserts one
  counselling attachment row naming a key version that does not exist (99) with
  ``content_bound`` 0, in no case (case id -1: nothing checks the foreign key, and no
  survivor's file lists it). The counsellor's sign-in seals the real scans and leaves that row, and
  counselling is never recorded as bound, at this sign-in or any later one while the row
  stays. So the window docs/SECURITY.md says closes at the holder's first sign-in stays open
  for good: afterwards she replaces the counsellor's (now sealed, form 2) scan with a document
  of her own under the vault key alone, as the third red team did; the counsellor is shown it
  as the scan, verified against the SHA-256 the attacker wrote, and her sign-in seals it in
  form 2, bound to the row (laundered). ``verify`` says nothing: it names older forms only in
  sections recorded as bound, and does not name a row sealed with a key version no grant has.
- **A purged survivor's scan under the id the next one reuses.** The associated data binds a
  sealed file to the attachment's id and its case's id, but a local vault gives a new row one
  past the highest id (sealedcolumns.next_id), so both come back once the newest case is
  purged. The legal advocate keeps the bytes of a counselling scan's stored file (sealed:
  useless to her) and its row's columns; the manager purges the case at the end of its
  retention (the purge deletes the file); the next survivor's case gets the same case id and
  the counsellor's next counselling scan the same attachment id. The legal advocate writes the
  kept file back into blobs/ and names it from the new row: the counsellor opening the new
  survivor's scan is shown the purged survivor's, verified, and ``verify`` passes (form 2, in
  a bound section, its file matching the hash in ``blobs``). A backup restored over a vault in
  which attachments were filed after that backup should give the same reuse (not tested).

Held (the product stops it; "tried" means run against this code, the rest read in it):

- (tried) another attachment's form-2 file of the same case named from a row: refused
  (VaultDamaged), the row id is in the associated data; another survivor's likewise (the case
  id too, and the third red team's test);
- (tried) a photograph's original and thumbnail files swapped in its row: both refused (the
  kind is in the associated data);
- (tried) ``content_bound`` set to 0 on a form-2 row: the stored file's magic decides, so it
  opens as what it is, its own content (and, by the code, ``verify`` names it); form 1
  in a bound section, whatever the column says, is refused (tests/unit/test_attachments_bound.py);
- reading a counselling scan (goal 1): a new attachment of a keyed section is always sealed
  (the set of keyed sections is fixed in the code; no current key is KeyNotHeld, never the
  vault layer alone), no role has a break-glass grant of counselling, a move needs the right
  to write both sections and reseals bound to the same row, and the preview is made in
  memory; she reads only what the documented window leaves (pre-0063 files before a holder's
  first sign-in);
- a "bound" entry for counselling written by herself, signed with her own registered key
  (accepted: any actor's genuine entry counts) only makes counselling stricter: older forms
  there refused, not sealed, and named by ``verify``;
- deleting or altering the counsellor's "bound" entry, or her registered key's row, so the
  entry no longer counts: the trail's check in ``verify`` names it (docs/SECURITY.md, "Still
  possible"; cutting the tail needs a head recorded elsewhere);
- the deletion of pre-upgrade backups: only a file in backups/ named as an automatic backup
  and holding a let-go file's name is deleted, so an admin's backup goes only if she renames
  it there first, which gains her nothing over deleting it herself (availability is not
  protected); a symlink so named is unlinked, not its target.
"""

from __future__ import annotations

import hashlib
import secrets
from pathlib import Path

import pytest

from onestop.domain.roles import Role, Section
from onestop.errors import OneStopError, VaultDamaged
from onestop.services.attachments import AttachmentService
from onestop.services.cases import CaseService
from onestop.services.maintenance import MaintenanceService
from onestop.services.retention import RetentionService
from onestop.vault.blobs import BlobStore
from onestop.vault.keyslots import VAULT_KEY, KeySlotFile, user_slot_id
from tests.conftest import SampleVault, password_for, username_for
from tests.helpers import raw_connection
from tests.olderattachments import OlderVault, older_vault

pytestmark = pytest.mark.local_only(
    reason="the attacker reads and writes the vault folder's files: vault.db, blobs/"
)

NOW = "2026-12-05 08:00:00.000000"


def scan() -> bytes:
    return b"%PDF-1.7 a scanned counselling page " + secrets.token_bytes(16)


def her_vault_key(older: OlderVault) -> bytes:
    """The legal advocate's slot, opened with her own password: the vault key."""
    username, password = older.credentials(Role.LEGAL_ADVOCATE)
    mine = KeySlotFile.load(older.path / "keyslots.json").open_slot(
        user_slot_id(username), password
    )
    assert mine is not None
    return bytes(mine.keys[VAULT_KEY])


def plant_an_unbindable_row(older: OlderVault, key: bytes, like: int) -> int:
    """A counselling attachment row (a copy of row ``like``'s columns) naming key version 99,
    which no one holds, and a file of hers under the vault key, in no case (so no one sees it
    listed): no sign-in can bind it."""
    junk = b"%PDF-1.7 " + secrets.token_bytes(32)
    digest = BlobStore(older.path / "blobs", key).put(junk)
    conn = raw_connection(older.path / "vault.db", key)
    try:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(attachments)") if r[1] != "id"]
        (new_id,) = conn.execute("SELECT max(id) + 1 FROM attachments").fetchone()
        values = {
            "sha256": "?",
            "thumbnail_sha256": "NULL",
            "content_sha256": "?",
            "blob_key_version": "99",
            "content_bound": "0",
            "section": "'counselling'",
            "case_id": "-1",  # no case: listed in no survivor's file (no check of the key)
        }
        conn.execute(
            "INSERT OR IGNORE INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)",
            (digest, len(junk), NOW),
        )
        conn.execute(
            f"INSERT INTO attachments (id, {', '.join(columns)}) SELECT ?, "
            + ", ".join(values.get(c, c) for c in columns)
            + " FROM attachments WHERE id = ?",
            (new_id, digest, digest, like),
        )
    finally:
        conn.close()
    return int(new_id)


def replace_with_her_document(older: OlderVault, key: bytes, attachment_id: int) -> bytes:
    """The counsellor's sealed scan turned into an "older" attachment naming a document the
    legal advocate wrote under the vault key alone (the third red team's downgrade)."""
    forged = b"%PDF-1.7 a page the legal advocate wrote " + secrets.token_bytes(16)
    digest = BlobStore(older.path / "blobs", key).put(forged)
    assert digest == hashlib.sha256(forged).hexdigest()
    conn = raw_connection(older.path / "vault.db", key)
    try:
        conn.execute(
            "INSERT OR IGNORE INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)",
            (digest, len(forged), NOW),
        )
        conn.execute(
            "UPDATE attachments SET sha256 = ?, thumbnail_sha256 = NULL, content_sha256 = NULL, "
            "blob_key_version = NULL, content_bound = 0, size = ? WHERE id = ?",
            (digest, len(forged), attachment_id),
        )
    finally:
        conn.close()
    return forged


def _forged_after_binding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The 0052 demo vault with one counselling scan (pre-0063, tests/olderattachments.py),
    upgraded by the legal advocate's own sign-in; she plants the unbindable row; the
    counsellor signs in (her scan sealed, bound to its row) and opens it; then the legal
    advocate replaces it with her document."""
    note = scan()
    older = older_vault(tmp_path, monkeypatch, [(Section.COUNSELLING, note, None)])
    (scan_id,) = older.ids
    with older.sign_in(Role.LEGAL_ADVOCATE):
        pass  # her Monday-morning sign-in upgrades the vault to 0067
    key = her_vault_key(older)
    plant_an_unbindable_row(older, key, like=scan_id)

    with older.sign_in(Role.COUNSELLOR) as counsellor:  # her first sign-in since the upgrade
        files = AttachmentService(counsellor)
        assert files.open(older.reference, scan_id) == note
        assert [a.attachment_id for a in files.list(older.reference)] == [scan_id]
    conn = raw_connection(older.path / "vault.db", key)
    try:
        (bound,) = conn.execute(
            "SELECT content_bound FROM attachments WHERE id = ?", (scan_id,)
        ).fetchone()
    finally:
        conn.close()
    assert bound  # the real scan is sealed in form 2: the window should be closed now

    forged = replace_with_her_document(older, key, scan_id)
    return older, scan_id, note, forged


def test_a_row_no_one_can_bind_keeps_counselling_open_to_a_forgery(tmp_path, monkeypatch) -> None:
    older, scan_id, _, forged = _forged_after_binding(tmp_path, monkeypatch)

    # The counsellor, any later day, opens the survivor's counselling scan.
    with older.sign_in(Role.COUNSELLOR) as counsellor:
        try:
            shown = AttachmentService(counsellor).open(older.reference, scan_id)
        except OneStopError:
            return  # refused: an older form after the counsellor's sign-in bound the section
    assert shown != forged, (
        "after the counsellor's first sign-in sealed her scan in form 2, the legal advocate "
        "(one planted row naming a key version no one holds keeps counselling from being "
        "recorded as bound) replaces it with her own document under the vault key alone: the "
        "counsellor is shown it as the survivor's scan, verified"
    )


def test_verify_names_the_forgery_kept_open_by_an_unbindable_row(tmp_path, monkeypatch) -> None:
    older, scan_id, _, forged = _forged_after_binding(tmp_path, monkeypatch)
    # The attack succeeds only if the counsellor is shown the forgery AND verify passes: a
    # forgery refused at opening (VaultDamaged) is not shown, whatever verify says.
    # (Lead, on merging: as the red team wrote it, this test required the forgery to be shown
    # first; the fix refuses it, which ends the attack before verify is asked.)
    with older.sign_in(Role.COUNSELLOR) as counsellor:
        try:
            shown = AttachmentService(counsellor).open(older.reference, scan_id)
        except VaultDamaged:
            return
    assert shown == forged  # the attack of the test above (its own test says it should fail)

    conn = raw_connection(older.path / "vault.db", older.key)
    try:
        (version, bound) = conn.execute(
            "SELECT blob_key_version, content_bound FROM attachments WHERE id = ?", (scan_id,)
        ).fetchone()
    finally:
        conn.close()
    assert version is not None and bound  # her sign-in sealed the forgery in form 2: laundered

    with older.sign_in(Role.ADMIN) as admin:
        report = MaintenanceService(admin).verify()
    assert not report.ok, (
        "the counselling scan replaced by the legal advocate's document (and sealed by the "
        "counsellor's sign-in, bound to the row), and the planted row no key version opens, "
        f"pass `verify`: {[(c.name, c.ok) for c in report.checks]}"
    )


# ----- a purged survivor's scan, named by the row that reuses its id ----------------------------


def _legal_advocates_key(vault: SampleVault) -> bytes:
    slots = KeySlotFile.load(vault.path / "keyslots.json")
    mine = slots.open_slot(
        user_slot_id(username_for(Role.LEGAL_ADVOCATE)), password_for(Role.LEGAL_ADVOCATE)
    )
    assert mine is not None
    return bytes(mine.keys[VAULT_KEY])


_FILE_COLUMNS = "sha256, thumbnail_sha256, content_sha256, blob_key_version, size"


def _purged_scan_put_back(vault: SampleVault, make_case) -> tuple[str, int, bytes, bytes]:
    """A survivor's counselling scan (the newest case, the newest attachment) is kept by the
    legal advocate (its row's columns, and its stored file's bytes, which she cannot open);
    the case is purged at the end of its retention; the next survivor's case and the next
    counselling scan get the same ids (one past the highest); she names the purged file from
    the new row."""
    first = make_case()
    purged_scan = scan()
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        old = AttachmentService(counsellor).add(
            first, Section.COUNSELLING, purged_scan, "application/pdf", title="a"
        )
    key = _legal_advocates_key(vault)
    blobs = BlobStore(vault.path / "blobs", key)
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        kept = conn.execute(
            f"SELECT {_FILE_COLUMNS}, case_id FROM attachments WHERE id = ?", (old.attachment_id,)
        ).fetchone()
        (kept_size,) = conn.execute(
            "SELECT size FROM blobs WHERE sha256 = ?", (kept[0],)
        ).fetchone()
    finally:
        conn.close()
    kept_file = blobs.path_for(kept[0]).read_bytes()  # sealed under counselling: no use to her

    with vault.sign_in(Role.CASEWORKER) as caseworker:
        CaseService(caseworker).close(
            first, "Moved away", CaseService(caseworker).get(first).version
        )
    with vault.sign_in(Role.MANAGER) as manager:
        RetentionService(manager, retention_years=0).purge(first, first)
    assert not blobs.exists(kept[0])  # the purge deleted it

    second = make_case()
    new_scan = scan()
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        new = AttachmentService(counsellor).add(
            second, Section.COUNSELLING, new_scan, "application/pdf", title="b"
        )
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        (case_id,) = conn.execute(
            "SELECT case_id FROM attachments WHERE id = ?", (new.attachment_id,)
        ).fetchone()
        assert (new.attachment_id, case_id) == (old.attachment_id, kept[5])  # ids reused
        path = blobs.path_for(kept[0])
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(kept_file)
        conn.execute(
            "INSERT OR IGNORE INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)",
            (kept[0], kept_size, NOW),
        )
        conn.execute(
            "UPDATE attachments SET sha256 = ?, thumbnail_sha256 = ?, content_sha256 = ?, "
            "blob_key_version = ?, size = ? WHERE id = ?",
            (*kept[:5], new.attachment_id),
        )
    finally:
        conn.close()
    return second, new.attachment_id, purged_scan, new_scan


def test_a_purged_survivors_scan_does_not_open_as_the_next_survivors(vault, make_case) -> None:
    second, attachment_id, purged_scan, _ = _purged_scan_put_back(vault, make_case)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        try:
            shown = AttachmentService(counsellor).open(second, attachment_id)
        except OneStopError:
            return  # refused: the file was sealed for another attachment, since purged
    assert shown != purged_scan, (
        "a survivor's counselling scan, purged with her case, is put back by the legal "
        "advocate (a copy of its sealed file) under the next survivor's attachment, which "
        "reuses its attachment id and case id: the counsellor is shown it, verified"
    )


def test_verify_names_a_purged_scan_put_back_under_a_reused_id(vault, make_case) -> None:
    second, attachment_id, purged_scan, _ = _purged_scan_put_back(vault, make_case)
    # As above: the attack needs the purged scan shown AND verify passing; refused at opening
    # (VaultDamaged), it is not shown. (Lead, on merging: see the test above.)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        try:
            shown = AttachmentService(counsellor).open(second, attachment_id)
        except VaultDamaged:
            return
    assert shown == purged_scan
    with vault.sign_in(Role.ADMIN) as admin:
        report = MaintenanceService(admin).verify()
    assert not report.ok, (
        "the purged survivor's scan, named by the next survivor's attachment, passes "
        f"`verify`: {[(c.name, c.ok) for c in report.checks]}"
    )
