"""A vault an earlier release wrote, holding attachments in the forms before 0063 and 0067.

tests/fixtures/vault-demo-0052 (tests/fixtures/FIXTURES.md) is a real vault at migration
0052, where an attachment's content was held by the vault layer alone, under the original's
own hash, and its title stood in the row until a holder's sign-in sealed it. ``older_vault``
copies it and adds such attachments at the raw level, exactly as that release stored them: no
one has signed in since, so nothing in it says a section's attachments were bound
(services.attachmentblobs).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from onestop.db.base import UTC_FORMAT, utcnow
from onestop.domain.roles import Role, Section
from onestop.services.auth import sign_in
from onestop.services.session import VaultSession
from onestop.vault.blobs import BlobStore
from onestop.vault.keyslots import VAULT_KEY, KeySlotFile, user_slot_id
from tests.helpers import raw_connection

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "vault-demo-0052"


@dataclass(frozen=True)
class OlderVault:
    path: Path
    accounts: dict[str, tuple[str, str]]  # role -> (username, password)
    key: bytes  # the vault key (every slot opens it)
    reference: str  # the case the attachments are filed in
    ids: tuple[int, ...]
    digests: tuple[str, ...]  # each original's SHA-256: the name of its vault-layer file

    def credentials(self, role: Role) -> tuple[str, str]:
        return self.accounts[role.value]

    def sign_in(
        self, role: Role, progress: Callable[[int, int], None] | None = None
    ) -> VaultSession:
        username, password = self.credentials(role)
        return sign_in(self.path, username, password, progress=progress)


def older_vault(
    tmp_path: Path, monkeypatch, files: list[tuple[Section, bytes, bytes | None]]
) -> OlderVault:
    """The 0052 demo vault with ``files`` (section, original, thumbnail) attached to its first
    case as that release stored them."""
    monkeypatch.setenv("ONESTOP_HOME", str(tmp_path / "home"))
    path = tmp_path / "older-vault"
    shutil.copytree(FIXTURE, path, ignore=shutil.ignore_patterns("accounts.json"))
    meta = json.loads((FIXTURE / "accounts.json").read_text())
    accounts = {a["role"]: (a["username"], a["password"]) for a in meta["accounts"]}
    username, password = accounts[Role.ADMIN.value]
    opened = KeySlotFile.load(path / "keyslots.json").open_slot(user_slot_id(username), password)
    assert opened is not None
    key = bytes(opened.keys[VAULT_KEY])
    blobs = BlobStore(path / "blobs", key)
    (path / "blobs").mkdir(exist_ok=True)
    conn = raw_connection(path / "vault.db", key)
    ids, digests = [], []
    try:
        (case_id, reference) = conn.execute(
            "SELECT id, reference FROM cases ORDER BY id LIMIT 1"
        ).fetchone()
        now = utcnow().strftime(UTC_FORMAT)
        for n, (section, data, thumb) in enumerate(files, start=1):
            digest = blobs.put(data)
            small = blobs.put(thumb) if thumb is not None else None
            for h, content in ((digest, data), (small, thumb)):
                if h is not None and content is not None:
                    conn.execute(
                        "INSERT OR IGNORE INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)",
                        (h, len(content), now),
                    )
            media = "application/pdf" if thumb is None else "image/png"
            cursor = conn.execute(
                "INSERT INTO attachments (case_id, section, sha256, thumbnail_sha256, "
                "media_type, original_name, title, size, added_at, added_by, updated_at, "
                "updated_by) VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, 'demo.admin', ?, 'demo.admin')",
                (case_id, section.value, digest, small, media, f"older {n}", len(data), now, now),
            )
            ids.append(int(cursor.lastrowid or 0))
            digests.append(digest)
        conn.commit()
    finally:
        conn.close()
    return OlderVault(path, accounts, key, str(reference), tuple(ids), tuple(digests))
