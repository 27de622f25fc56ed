"""Section keys: the text of a section of survivors' files encrypted under that section's key.

The vault key (SQLCipher) opens the whole database to everyone who can sign in, the admin and
the recovery key included. So the text only some roles may read (a counsellor's notes) is
encrypted a second time, inside the database, under a key of its own section:

- Each section has a random 256-bit key with a version (1, 2, … when it is replaced).
- A key is *granted* to a key slot by sealing it to the slot's X25519 public key
  (keyslots.seal, the same construction that seals the vault key), with the vault, section,
  version and slot in the associated data. Only the slot's owner, with her password, opens it.
  The grants are rows of the vault (``section_key_grants``), so a server can keep them too.
- A field is encrypted with AES-256-GCM under the section key; the associated data names the
  table, the column, the row's id and the row's version, so a ciphertext copied to another row,
  another column or another version of the same row does not decrypt. The row id is known once
  the row is flushed; the services write a new row's sealed fields after that flush (the INSERT
  carries an empty value, never the plaintext).
- A stored field is text: ``osk1.<section>.<key version>.<base64 of nonce|ciphertext>``.
- Form 2 (migration 0069), for a row that belongs to a survivor's case: the associated data
  also names the case's id and reference (``CaseRef``), and the field is
  ``osk2.<section>.<key version>.<case id>.<base64>``: a field moved to a row of another case
  (one UPDATE of a coded ``case_id``) does not open there, nor does a purged survivor's field
  written back under ids a later case reuses (a reference is never reused). The case id in
  clear says, without any key, that a field was sealed for another case than its row's.

Nothing here knows SQLCipher or SQLAlchemy: the same functions work over any database.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from onestop.vault.keyslots import seal, unseal

KEY_BYTES = 32
NONCE_BYTES = 12
PREFIX = "osk1"
BOUND_PREFIX = "osk2"  # form 2: bound to the row's case


class SealedFieldError(ValueError):
    """A sealed field that does not open: the wrong key, another row's text, or altered."""


class SealedElsewhere(SealedFieldError):
    """A field in form 2 that names another case than the row it is read in."""


@dataclass(frozen=True)
class CaseRef:
    """The case a row belongs to, in form 2's associated data: the case's id (0: the row
    names no case, a task of the centre's own) and its reference, which is never reused, so
    a purged survivor's text does not open under a later case that reuses her ids."""

    case_id: int
    reference: str


NO_CASE = CaseRef(0, "")


@dataclass(frozen=True)
class SectionKey:
    section: str
    version: int
    key: bytes = field(repr=False)
    # The key's AES-GCM context, made once: opening a hundred thousand names at sign-in (the
    # search index) costs a third of what it would with a new context per field.
    aead: AESGCM = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "aead", AESGCM(self.key))


def new_key(section: str, version: int) -> SectionKey:
    return SectionKey(section, version, secrets.token_bytes(KEY_BYTES))


# ----- grants: a section key sealed to one key slot --------------------------------------------


def grant_aad(vault_id: str, section: str, version: int, slot_id: str) -> bytes:
    return f"onestop-section-key|{vault_id}|{section}|{version}|{slot_id}".encode()


def seal_grant(public: bytes, key: SectionKey, vault_id: str, slot_id: str) -> str:
    """``key`` sealed to the slot whose raw X25519 public key is ``public`` (JSON text)."""
    aad = grant_aad(vault_id, key.section, key.version, slot_id)
    return json.dumps(seal(X25519PublicKey.from_public_bytes(public), key.key, aad))


def open_grant(
    private: X25519PrivateKey, sealed: str, vault_id: str, section: str, version: int, slot_id: str
) -> SectionKey | None:
    """The section key in a grant, or None if this slot's private key does not open it."""
    try:
        raw = unseal(private, json.loads(sealed), grant_aad(vault_id, section, version, slot_id))
    except (InvalidTag, ValueError, KeyError, TypeError, binascii.Error):
        return None
    if len(raw) != KEY_BYTES:
        return None
    return SectionKey(section, version, raw)


def fingerprint(public: bytes) -> str:
    """A short, readable fingerprint of a slot's public key, for two colleagues to compare
    (in person) before one grants the other a section key: eight groups of four hex digits."""
    digest = hashlib.sha256(b"onestop-slot-fingerprint|" + public).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


# ----- the key ring a signed-in person holds ---------------------------------------------------


class KeyRing:
    """The section keys one session has opened, by section and version (in memory only).

    A key opened from a grant its holder did not make (a revocation's version made by the
    admin or the recovery key before migration 0053: services.grantsigs) is held for reading
    only: ``current`` never offers it to seal new text."""

    def __init__(self) -> None:
        self._keys: dict[tuple[str, int], SectionKey] = {}
        self._read_only: set[tuple[str, int]] = set()

    def add(self, key: SectionKey, *, writable: bool = True) -> None:
        pair = (key.section, key.version)
        self._keys[pair] = key
        if writable:
            self._read_only.discard(pair)
        else:
            self._read_only.add(pair)

    def get(self, section: str, version: int) -> SectionKey | None:
        return self._keys.get((section, version))

    def newest(self, section: str) -> SectionKey | None:
        """The newest version of ``section``'s key held, for reading or writing."""
        held = [k for (sec, _), k in self._keys.items() if sec == section]
        return max(held, key=lambda k: k.version) if held else None

    def current(self, section: str) -> SectionKey | None:
        """The version to seal new text of ``section`` under: the newest held, unless that
        one is held for reading only (then None, until a holder makes a new version)."""
        key = self.newest(section)
        if key is None or (key.section, key.version) in self._read_only:
            return None
        return key

    def writable(self, key: SectionKey) -> bool:
        return (key.section, key.version) not in self._read_only

    def holds(self, section: str) -> bool:
        return self.newest(section) is not None

    def held(self) -> tuple[SectionKey, ...]:
        return tuple(self._keys.values())

    def discard(self, section: str) -> None:
        for pair in [p for p in self._keys if p[0] == section]:
            del self._keys[pair]
            self._read_only.discard(pair)

    def remove(self, key: SectionKey) -> None:
        """Forget one version (a new version whose grants were rolled back)."""
        pair = (key.section, key.version)
        self._keys.pop(pair, None)
        self._read_only.discard(pair)

    def clear(self) -> None:
        self._keys.clear()
        self._read_only.clear()


# ----- fields ----------------------------------------------------------------------------------


def field_aad(
    table: str, column: str, row_id: int, version: int, case: CaseRef | None = None
) -> bytes:
    """A field's associated data: form 1 (``case`` None) or form 2, naming the row's case."""
    if case is None:
        return f"onestop-field|{table}|{column}|{row_id}|{version}".encode()
    return (
        f"onestop-field 2|{table}|{column}|{row_id}|{version}|{case.case_id}|{case.reference}"
    ).encode()


def is_sealed(value: object) -> bool:
    return isinstance(value, str) and (
        value.startswith(PREFIX + ".") or value.startswith(BOUND_PREFIX + ".")
    )


def is_bound(value: object) -> bool:
    """Whether ``value`` is a field in form 2 (bound to its row's case)."""
    return isinstance(value, str) and value.startswith(BOUND_PREFIX + ".")


def encrypt_field(key: SectionKey, plaintext: str, aad: bytes) -> str:
    """``plaintext`` sealed in form 1 (``aad``: ``field_aad`` without a case)."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    body = nonce + key.aead.encrypt(nonce, plaintext.encode("utf-8"), aad)
    return f"{PREFIX}.{key.section}.{key.version}.{base64.b64encode(body).decode('ascii')}"


def encrypt_bound(
    key: SectionKey,
    plaintext: str,
    table: str,
    column: str,
    row_id: int,
    version: int,
    case: CaseRef,
) -> str:
    """``plaintext`` sealed in form 2: bound to its row and to the row's ``case``."""
    aad = field_aad(table, column, row_id, version, case)
    nonce = secrets.token_bytes(NONCE_BYTES)
    body = nonce + key.aead.encrypt(nonce, plaintext.encode("utf-8"), aad)
    encoded = base64.b64encode(body).decode("ascii")
    return f"{BOUND_PREFIX}.{key.section}.{key.version}.{case.case_id}.{encoded}"


def sealed_version(token: str) -> tuple[str, int]:
    """The section and key version a sealed field was written under."""
    try:
        prefix, section, version, _ = token.split(".", 3)
        if prefix not in (PREFIX, BOUND_PREFIX):
            raise ValueError
        return section, int(version)
    except ValueError:
        raise SealedFieldError("not a sealed field") from None


def sealed_case(token: object) -> int | None:
    """The case id a field in form 2 names in clear (None for anything else)."""
    if not is_bound(token):
        return None
    try:
        return int(str(token).split(".", 4)[3])
    except (ValueError, IndexError):
        return None


def _open(
    ring: KeyRing, section: str, version: str, text: str, aad: bytes, section_of: str | None
) -> str:
    try:
        if section_of is not None and section != section_of:
            raise ValueError
        key = ring.get(section, int(version))
    except ValueError:
        raise SealedFieldError("not a sealed field") from None
    if key is None:
        raise SealedFieldError("the key of this field is not held")
    try:
        body = binascii.a2b_base64(text, strict_mode=True)
        plain = key.aead.decrypt(body[:NONCE_BYTES], body[NONCE_BYTES:], aad)
    except (InvalidTag, ValueError, binascii.Error):
        raise SealedFieldError("a sealed field did not open") from None
    return plain.decode("utf-8")


def decrypt_field(ring: KeyRing, token: str, aad: bytes, section_of: str | None = None) -> str:
    """The plaintext of a sealed field in form 1; SealedFieldError if it does not open with
    ``ring``, or (``section_of``: the section whose key seals the field) if it names another
    section's key: the associated data does not name the section, so text sealed under a key
    its writer holds (identity's) would otherwise open as a counselling note (a red team's)."""
    # One split and a strict base64 decode: a sign-in opens every survivor's name this way
    # (services.caseindex), so this path is kept short.
    try:
        prefix, section, version, text = token.split(".", 3)
    except ValueError:
        raise SealedFieldError("not a sealed field") from None
    if prefix != PREFIX:
        raise SealedFieldError("not a sealed field")
    return _open(ring, section, version, text, aad, section_of)


def open_field(
    ring: KeyRing,
    token: str,
    table: str,
    column: str,
    row_id: int,
    version: int,
    case: CaseRef | None,
    section_of: str | None = None,
    older_ok: Callable[[], bool] | None = None,
) -> str:
    """The plaintext of a field of a row: in form 2 when ``case`` is the row's case (it must
    name that case: SealedElsewhere if it names another), in form 1 when the row names no
    case (``case`` None), or when ``older_ok()`` says form 1 may still open in a row of a case
    (its section is not recorded as bound yet; None: never)."""
    try:
        prefix, section, key_version, text = token.split(".", 3)
    except ValueError:
        raise SealedFieldError("not a sealed field") from None
    if prefix == BOUND_PREFIX:
        if case is None:
            raise SealedFieldError("a field bound to a case in a row of none")
        named, _, text = text.partition(".")
        if named != str(case.case_id):
            raise SealedElsewhere("a field sealed for another case")
        aad = field_aad(table, column, row_id, version, case)
    elif prefix == PREFIX:
        if case is not None and (older_ok is None or not older_ok()):
            raise SealedFieldError("an older form in a section bound to its cases")
        aad = field_aad(table, column, row_id, version)
    else:
        raise SealedFieldError("not a sealed field")
    return _open(ring, section, key_version, text, aad, section_of)


# ----- blind indexes ---------------------------------------------------------------------------


def blind_index(key: SectionKey, purpose: str, text: str) -> str:
    """A keyed hash of ``text`` for finding equal values without storing them: what a column
    holds instead of a folded name (``bi1.<key version>.<hex>``). Only holders of the section
    key can compute it, so the vault key alone neither reads it back nor tests guesses."""
    mac = hmac.new(key.key, f"onestop-blind|{purpose}|".encode() + text.encode("utf-8"), "sha256")
    return f"bi1.{key.version}.{mac.hexdigest()}"


def blind_indexes(ring: KeyRing, section: str, purpose: str, text: str) -> tuple[str, ...]:
    """``text``'s blind index under every version of ``section``'s key the ring holds (rows
    written before a key's replacement keep the older version's)."""
    return tuple(blind_index(key, purpose, text) for key in ring.held() if key.section == section)
