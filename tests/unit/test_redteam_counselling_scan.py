"""Red team (session 11, red22): a scan filed under counselling, read by the legal advocate.

docs/SECURITY.md: "an attachment has the permissions of its section (... a scan filed under
counselling by counsellors only)", and counselling is "counsellors only". Only the attachment's
title and file name are sealed under the section key; its content is a blob under a key derived
from the vault key, which every member of staff holds. With her own password and the project's
primitives, the legal advocate reads the counsellor's scanned note byte for byte.
"""

from __future__ import annotations

import secrets

from onestop.domain.roles import Role, Section
from onestop.services.attachments import AttachmentService
from onestop.vault.blobs import BlobStore
from onestop.vault.keyslots import VAULT_KEY, KeySlotFile, user_slot_id
from tests.conftest import password_for, username_for
from tests.helpers import raw_connection


def test_a_counselling_scan_does_not_open_with_the_legal_advocates_password(
    vault, make_case
) -> None:
    reference = make_case()
    note = b"%PDF-1.7 a scanned counselling page " + secrets.token_bytes(16)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        AttachmentService(counsellor).add(
            reference, Section.COUNSELLING, note, "application/pdf", title="session notes"
        )

    # The legal advocate: her password, keyslots.json, vault.db, blobs/.
    slots = KeySlotFile.load(vault.path / "keyslots.json")
    mine = slots.open_slot(
        user_slot_id(username_for(Role.LEGAL_ADVOCATE)), password_for(Role.LEGAL_ADVOCATE)
    )
    assert mine is not None
    key = mine.keys[VAULT_KEY]
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        digests = [
            row[0]
            for row in conn.execute(
                "SELECT sha256 FROM attachments WHERE section = ?", (Section.COUNSELLING.value,)
            )
        ]
    finally:
        conn.close()
    assert digests
    blobs = BlobStore(vault.path / "blobs", key)
    read = [blobs.get(d) for d in digests]
    assert note not in read, "the legal advocate reads a counselling scan with the vault key"
