"""Encrypted attachments: photos and scans kept as files in ``blobs/``, never in the database.

Two layers:

- **The vault layer** (``BlobStore``): each file is AES-256-GCM under a key derived from the
  vault key, with the SHA-256 of what it holds as associated data. The file name is an HMAC of
  that hash, not the hash itself, so a copy of the folder does not tell whether a known picture
  is in it. The ``blobs`` table lists every file by that hash; ``verify`` (the admin, who holds
  no section key) checks every file against it, and a vault-key rotation re-encrypts every file,
  without opening anything below this layer.
- **The section layer** (``seal_content``/``open_content``): what the vault layer holds for an
  attachment of a section that has a section key is not the original but the original sealed
  under that section's key (a subkey of one version of it: ``content_key``), with the section,
  the version, the kind (the original or its thumbnail) and the original's SHA-256 as
  associated data. Its stored hash is then the hash of that sealed form (random nonce: the
  same picture filed twice, or in two sections, is two files, and one section's holders never
  read another section's copy). The original's SHA-256 is kept in the database beside it
  (``attachments.content_sha256``) for evidence integrity, and checked on every opening.
  Since migration 0067 the associated data also names the attachment's row and case
  (``Row``), so a sealed file named by another attachment's row does not open there.

Older forms: an attachment written before migration 0063 is held by the vault layer alone,
under the original's own hash; one sealed between 0063 and 0067 is in form 1 (``OSS1``: its
associated data does not name the row). A holder's sign-in seals or rebinds them
(services.attachmentblobs.bind_older); once her section is recorded as bound, neither form is
opened there (``open_content``'s ``unbound_ok``).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from onestop.errors import VaultDamaged
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.vault.keyslots import atomic_write
from onestop.vault.sectionkeys import SectionKey
from onestop.vault.subkeys import Purpose, subkey

MAGIC = b"OSB1"
NONCE_BYTES = 12
SEALED_MAGIC = b"OSS1"  # the section layer's form 1 (0063-0066), inside the vault layer
BOUND_MAGIC = b"OSS2"  # its form 2 (0067): bound to the attachment's row and case
CONTENT = "content"
THUMBNAIL = "thumbnail"


class BlobStore:
    def __init__(self, folder: Path, vault_key: bytes) -> None:
        self.folder = folder
        self._content_key = subkey(vault_key, Purpose.BLOB_CONTENT)
        self._name_key = subkey(vault_key, Purpose.BLOB_NAME)

    def name_for(self, sha256: str) -> str:
        """The blob's stored name: an HMAC of its hash, never the hash itself."""
        return hmac.new(self._name_key, bytes.fromhex(sha256), hashlib.sha256).hexdigest()

    def path_for(self, sha256: str) -> Path:
        name = self.name_for(sha256)
        return self.folder / name[:2] / name

    def put(self, data: bytes) -> str:
        """Store ``data`` encrypted; returns the SHA-256 (hex) of the plaintext."""
        digest = hashlib.sha256(data).hexdigest()
        path = self.path_for(digest)
        if path.exists():
            return digest
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write(path, self.seal(digest, data))
        return digest

    def seal(self, digest: str, data: bytes) -> bytes:
        """The stored form of a blob: magic, nonce and AES-256-GCM ciphertext."""
        nonce = secrets.token_bytes(NONCE_BYTES)
        return MAGIC + nonce + AESGCM(self._content_key).encrypt(nonce, data, self._aad(digest))

    def get(self, sha256: str) -> bytes:
        """The plaintext of the blob with this hash, checked against it."""
        path = self.path_for(sha256)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise VaultDamaged(
                QT_TRANSLATE_NOOP("Messages", "An attachment file is missing from the vault.")
            ) from None
        return self.unseal(sha256, raw)

    def unseal(self, sha256: str, raw: bytes) -> bytes:
        """The plaintext of a stored blob, checked against its hash (VaultDamaged if not)."""
        if raw[: len(MAGIC)] != MAGIC:
            raise VaultDamaged(
                QT_TRANSLATE_NOOP("Messages", "An attachment file in the vault is damaged.")
            )
        nonce = raw[len(MAGIC) : len(MAGIC) + NONCE_BYTES]
        try:
            data = AESGCM(self._content_key).decrypt(
                nonce, raw[len(MAGIC) + NONCE_BYTES :], self._aad(sha256)
            )
        except InvalidTag:
            raise VaultDamaged(
                QT_TRANSLATE_NOOP(
                    "Messages", "An attachment file in the vault is damaged or was altered."
                )
            ) from None
        if hashlib.sha256(data).hexdigest() != sha256:
            raise VaultDamaged(
                QT_TRANSLATE_NOOP(
                    "Messages", "An attachment file does not match its recorded SHA-256."
                )
            )
        return data

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()

    def delete(self, sha256: str) -> None:
        self.path_for(sha256).unlink(missing_ok=True)

    def copy_into(self, target: BlobStore, hashes: Iterable[str]) -> None:
        """Re-encrypt each blob for ``target`` (another key or folder); idempotent."""
        if target is self:
            return
        for digest in hashes:
            if target.exists(digest):
                try:
                    target.get(digest)
                    continue
                except VaultDamaged:
                    target.delete(digest)
            target.put(self.get(digest))

    @staticmethod
    def _aad(sha256: str) -> bytes:
        return b"onestop-blob|" + bytes.fromhex(sha256)


# ----- the section layer -----------------------------------------------------------------------


def content_key(key: SectionKey) -> bytes:
    """The subkey of one version of a section key that seals attachments' content (never the
    key that seals fields with it)."""
    info = f"onestop attachment content v1|{key.section}|{key.version}".encode()
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(key.key)


@dataclass(frozen=True)
class Row:
    """The attachment a sealed file belongs to, in the associated data of form 2: its id, its
    case's id and its case's reference (never given to another case, even once a case is
    purged and its ids come back)."""

    attachment_id: int
    case_id: int
    case_reference: str


def _content_aad(key: SectionKey, kind: str, sha256: str, row: Row | None) -> bytes:
    if row is None:  # form 1
        return f"onestop-attachment|{kind}|{key.section}|{key.version}|{sha256}".encode()
    return (
        f"onestop-attachment 2|{kind}|{key.section}|{key.version}|{row.attachment_id}|"
        f"{row.case_id}|{row.case_reference}|{sha256}"
    ).encode()


def seal_content(key: SectionKey, kind: str, sha256: str, data: bytes, row: Row) -> bytes:
    """``data`` (an attachment's original, or its thumbnail: ``kind``) sealed under a version of
    its section's key, bound to its ``row``; ``sha256`` is the original's (a thumbnail is bound
    to its original)."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    sealed = AESGCM(content_key(key)).encrypt(nonce, data, _content_aad(key, kind, sha256, row))
    return BOUND_MAGIC + nonce + sealed


def is_bound(sealed: bytes) -> bool:
    """Whether ``sealed`` (what the vault layer holds) is in form 2, bound to its row."""
    return sealed[: len(BOUND_MAGIC)] == BOUND_MAGIC


def open_content(
    key: SectionKey, kind: str, sha256: str, sealed: bytes, row: Row, *, unbound_ok: bool
) -> bytes:
    """What ``seal_content`` sealed for ``row``, checked: the original against its SHA-256
    (VaultDamaged if it does not open with ``key`` or does not match). Form 1 (not bound to a
    row) opens only if ``unbound_ok``: its section is not recorded as bound yet."""
    magic = sealed[: len(BOUND_MAGIC)]
    if magic == BOUND_MAGIC:
        aad = _content_aad(key, kind, sha256, row)
    elif magic == SEALED_MAGIC and unbound_ok:
        aad = _content_aad(key, kind, sha256, None)
    else:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP(
                "Messages", "An attachment file in the vault is damaged or was altered."
            )
        )
    nonce = sealed[len(BOUND_MAGIC) : len(BOUND_MAGIC) + NONCE_BYTES]
    try:
        data = AESGCM(content_key(key)).decrypt(
            nonce, sealed[len(BOUND_MAGIC) + NONCE_BYTES :], aad
        )
    except InvalidTag:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP(
                "Messages", "An attachment file in the vault is damaged or was altered."
            )
        ) from None
    if kind == CONTENT and hashlib.sha256(data).hexdigest() != sha256:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP("Messages", "An attachment file does not match its recorded SHA-256.")
        )
    return data
