"""Keys derived from the vault key, one per purpose, with HKDF-SHA256.

The vault key itself only ever keys SQLCipher; everything else (attachment encryption, the
names of attachment files, the audit-chain anchor, the authentication of key slots) uses a key
derived from it for that purpose alone.

Every member of staff who signs in holds the vault key, so nothing derived from it protects
against one of them: the audit anchor's MAC only stands for the entries written before audit
entries were signed; since then the head is protected by the signature of whoever wrote it
(services.audit).
"""

from __future__ import annotations

from enum import StrEnum

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


class Purpose(StrEnum):
    BLOB_CONTENT = "onestop blob content v1"
    BLOB_NAME = "onestop blob name v1"
    AUDIT_ANCHOR = "onestop audit anchor v1"
    SLOT_PUBLIC = "onestop slot public key v1"
    BACKUP_MANIFEST = "onestop backup manifest v1"


def subkey(vault_key: bytes, purpose: Purpose) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.value.encode("ascii")
    ).derive(vault_key)
