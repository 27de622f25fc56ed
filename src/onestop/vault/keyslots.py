"""keyslots.json: one slot per staff member and one for the recovery key.

Each slot holds Argon2id parameters and salt, an X25519 private key wrapped with AES-256-GCM under
the key Argon2id derives from the slot's secret (a password, or the recovery key), and one or
more keys sealed to that slot's public key. The vault key
never changes when a slot is added, removed or re-passworded; only that slot is rewritten. Each
wrapped key is bound (as GCM associated data) to the vault, the slot and the key's name, so a
slot copied into another place or another vault does not open.

Each slot also holds an Ed25519 signing key: its private half sealed to the slot's public key
(so it opens with the slot's password and survives password changes and key rotations), its
public half registered in the vault. Every audit entry is signed with the acting person's key,
so the vault key alone (which every member of staff can derive) cannot forge a colleague's
entry or re-chain the trail behind her back.

The file also keeps what must survive a restart before anyone has unlocked: failed-attempt
counters for the back-off, and reports of failed sign-ins waiting to be written to the audit
trail. Anyone who can write the folder can write those reports, so they are capped when the
file is read, and the trail marks them unverified.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import math
import os
import secrets
import time
import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from onestop.errors import VaultDamaged
from onestop.i18n import QT_TRANSLATE_NOOP

FORMAT = "onestop-keyslots"
FORMAT_VERSION = 1
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12

# The floor from RFC 9106 §4's second recommendation; calibration only goes up from here.
MIN_TIME_COST = 3
MIN_MEMORY_KIB = 64 * 1024
PARALLELISM = 4
DEFAULT_TARGET_SECONDS = 0.5

VAULT_KEY = "vault"  # the name of the SQLCipher key inside a slot
NEXT_VAULT_KEY = "vault-next"  # present only while a key rotation is under way

RECOVERY_SLOT = "recovery"
SLOT_ALTERED = QT_TRANSLATE_NOOP(
    "Messages",
    "A key slot in keyslots.json was altered; the key was not changed. "
    "Restore the vault from a backup.",
)

# Back-off: a few free attempts, then the wait doubles, up to a quarter of an hour.
FREE_ATTEMPTS = 3
BACKOFF_BASE_SECONDS = 5.0
BACKOFF_MAX_SECONDS = 900.0
MAX_PENDING_EVENTS = 500
# A counter read from the file is trusted only as far as it slows guessing: anything that is
# not a plain count (negative, fractional nonsense, NaN, huge) is read as this many failures.
MAX_FAILURES = 1_000_000

# Far above any calibrated cost (calibration keeps 64 MiB and at most t=200), far below what
# would exhaust a workstation: a slot asking for more was edited, and is refused before
# Argon2id allocates anything.
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_TIME_COST = 1000
MAX_PARALLELISM = 64


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int
    salt: bytes

    def derive(self, secret: str) -> bytes:
        return hash_secret_raw(
            secret=secret.encode("utf-8"),
            salt=self.salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )

    def with_new_salt(self) -> KdfParams:
        return replace(self, salt=secrets.token_bytes(SALT_BYTES))

    def to_json(self) -> dict[str, Any]:
        return {
            "alg": "argon2id",
            "version": 19,
            "t": self.time_cost,
            "m": self.memory_kib,
            "p": self.parallelism,
            "salt": _b64(self.salt),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("alg") != "argon2id":
            raise ValueError("unsupported key derivation")
        params = cls(int(data["t"]), int(data["m"]), int(data["p"]), _unb64(data["salt"]))
        if params.time_cost < MIN_TIME_COST or params.memory_kib < MIN_MEMORY_KIB:
            raise ValueError("key derivation below the minimum cost")
        if (
            params.time_cost > MAX_TIME_COST
            or params.memory_kib > MAX_MEMORY_KIB
            or not 1 <= params.parallelism <= MAX_PARALLELISM
        ):
            raise ValueError("key derivation beyond any real cost")
        return params


def calibrate(target_seconds: float = DEFAULT_TARGET_SECONDS) -> KdfParams:
    """Argon2id parameters that take about ``target_seconds`` here, never below the floor.

    Memory stays at 64 MiB (shared workstations are often small); the time cost rises until one
    derivation takes the target.
    """
    params = KdfParams(MIN_TIME_COST, MIN_MEMORY_KIB, PARALLELISM, secrets.token_bytes(SALT_BYTES))
    start = time.perf_counter()
    params.derive("calibration")
    elapsed = time.perf_counter() - start
    if elapsed >= target_seconds:
        return params
    per_pass = elapsed / MIN_TIME_COST
    t = max(MIN_TIME_COST, int(target_seconds / per_pass))
    return replace(params, time_cost=min(t, 200))


def wrap(kek: bytes, key: bytes, aad: bytes) -> dict[str, str]:
    nonce = secrets.token_bytes(NONCE_BYTES)
    return {"nonce": _b64(nonce), "ct": _b64(AESGCM(kek).encrypt(nonce, key, aad))}


def unwrap(kek: bytes, wrapped: dict[str, str], aad: bytes) -> bytes:
    """The key inside ``wrapped``; InvalidTag if ``kek`` is wrong or anything was altered."""
    return AESGCM(kek).decrypt(_unb64(wrapped["nonce"]), _unb64(wrapped["ct"]), aad)


# ----- the recovery key ---------------------------------------------------------------------

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 6
RECOVERY_GROUP_LEN = 5


def generate_recovery_key() -> str:
    """150 random bits as six groups of five characters (Crockford base32, no I, L, O or U)."""
    chars = "".join(secrets.choice(_CROCKFORD) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN))
    return format_recovery_key(chars)


def format_recovery_key(chars: str) -> str:
    n = RECOVERY_GROUP_LEN
    return "-".join(chars[i : i + n] for i in range(0, len(chars), n))


def normalise_recovery_key(text: str) -> str:
    """The canonical 30 characters of a recovery key as typed (case, spaces, O/0 and I/L/1)."""
    cleaned = unicodedata.normalize("NFKC", text).upper()
    cleaned = "".join(c for c in cleaned if c not in " -\t\r\n")
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    if len(cleaned) != RECOVERY_GROUPS * RECOVERY_GROUP_LEN or any(
        c not in _CROCKFORD for c in cleaned
    ):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "A recovery key is six groups of five letters and digits, like ABCDE-12345-…",
            )
        )
    return cleaned


# ----- slots and the file ---------------------------------------------------------------------


def _hkdf(shared: bytes, aad: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"onestop-seal|" + aad
    ).derive(shared)


def seal(public: X25519PublicKey, key: bytes, aad: bytes) -> dict[str, str]:
    """``key`` encrypted so that only the holder of ``public``'s private half can open it."""
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(public)
    epk = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    sealed = wrap(_hkdf(shared, aad), key, aad)
    return {"epk": _b64(epk), **sealed}


def unseal(private: X25519PrivateKey, sealed: dict[str, str], aad: bytes) -> bytes:
    shared = private.exchange(X25519PublicKey.from_public_bytes(_unb64(sealed["epk"])))
    return unwrap(_hkdf(shared, aad), sealed, aad)


@dataclass(frozen=True)
class Slot:
    """One person's (or the recovery key's) way into the vault.

    ``private`` is the slot's X25519 private key wrapped under Argon2id(secret); ``sealed`` holds
    the vault's keys sealed to the slot's public key, so that whoever holds the vault key can
    give every slot a new key (rotation) without knowing anyone's password. ``public_mac``
    authenticates the public key under a key derived from the vault key: a public key swapped
    in the file is refused instead of receiving the next key.
    """

    slot_id: str  # "user:<name>" or "recovery"
    kdf: KdfParams
    private: dict[str, str]
    public: bytes
    public_mac: str
    sealed: dict[str, dict[str, str]]  # key name -> sealed key
    failures: int = 0
    last_failure: float = 0.0
    created_at: str = ""
    # {"public": the Ed25519 public key, "sealed": its private half sealed to ``public``};
    # None for a slot made before audit entries were signed (it gets one at its next sign-in).
    signing: dict[str, Any] | None = None
    # {"by": a signing key's id, "sig": its Ed25519 signature over the slot's public key}: the
    # slot's own signing key (registered in the signed trail), or for a slot made before slots
    # were bound, the key of the sign-in that upgraded the vault (services.slotbinding). Unlike
    # ``public_mac`` (keyed by the vault key, which every holder has), no colleague can make it
    # for a public key of her own.
    binding: dict[str, str] | None = None

    @property
    def username(self) -> str | None:
        return self.slot_id.removeprefix("user:") if self.slot_id.startswith("user:") else None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.slot_id,
            "kdf": self.kdf.to_json(),
            "private": self.private,
            "public": _b64(self.public),
            "public_mac": self.public_mac,
            "keys": self.sealed,
            "failures": self.failures,
            "last_failure": self.last_failure,
            "created_at": self.created_at,
            **({"signing": self.signing} if self.signing is not None else {}),
            **({"binding": self.binding} if self.binding is not None else {}),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        keys = data["keys"]
        if not isinstance(keys, dict) or VAULT_KEY not in keys:
            raise ValueError("slot without a vault key")
        sealed = {
            str(k): {"epk": v["epk"], "nonce": v["nonce"], "ct": v["ct"]} for k, v in keys.items()
        }
        for item in sealed.values():
            for part in item.values():
                _unb64(part)
        private = {"nonce": data["private"]["nonce"], "ct": data["private"]["ct"]}
        _unb64(private["nonce"])
        _unb64(private["ct"])
        public = _unb64(data["public"])
        if len(public) != KEY_BYTES:
            raise ValueError("bad public key")
        signing = None
        if data.get("signing") is not None:
            raw = data["signing"]
            item = {k: str(raw["sealed"][k]) for k in ("epk", "nonce", "ct")}
            signing_public = str(raw["public"])
            if len(_unb64(signing_public)) != KEY_BYTES:
                raise ValueError("bad signing key")
            for part in item.values():
                _unb64(part)
            signing = {"public": signing_public, "sealed": item}
        binding = None
        if data.get("binding") is not None:
            by, sig = str(data["binding"]["by"]), str(data["binding"]["sig"])
            if len(_unb64(sig)) != 64:
                raise ValueError("bad binding")
            binding = {"by": by, "sig": sig}
        return cls(
            slot_id=str(data["id"]),
            kdf=KdfParams.from_json(data["kdf"]),
            private=private,
            public=public,
            public_mac=str(data["public_mac"]),
            sealed=sealed,
            failures=_counter(data.get("failures", 0)),
            last_failure=_moment(data.get("last_failure", 0.0)),
            created_at=str(data.get("created_at", "")),
            signing=signing,
            binding=binding,
        )

    @property
    def signing_public(self) -> bytes | None:
        return _unb64(self.signing["public"]) if self.signing is not None else None


def key_id(public: bytes) -> str:
    """A signing key's name in the trail: the first 16 bytes of its SHA-256, in hex."""
    return hashlib.sha256(public).hexdigest()[:32]


@dataclass(frozen=True)
class OpenedSlot:
    slot_id: str
    private: X25519PrivateKey
    keys: dict[str, bytes]
    signing: Ed25519PrivateKey | None = None


def user_slot_id(username: str) -> str:
    return f"user:{username}"


def _counter(value: Any) -> int:
    """A failure count from the file; anything but a plain count means the most back-off."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_FAILURES:
        return value
    return MAX_FAILURES


def _moment(value: Any) -> float:
    """A time from the file; anything but a finite number is kept as infinity, which
    ``wait_seconds`` reads as "just now" (never as long ago)."""
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return math.inf


def backoff_seconds(failures: int) -> float:
    """How long to wait after ``failures`` consecutive failures before the next attempt."""
    if failures < 0:  # not a count: never a free attempt
        return BACKOFF_MAX_SECONDS
    if failures < FREE_ATTEMPTS:
        return 0.0
    steps = min(failures - FREE_ATTEMPTS, 32)  # 5 s * 2**8 already passes the cap
    return float(min(BACKOFF_BASE_SECONDS * 2**steps, BACKOFF_MAX_SECONDS))


@dataclass
class KeySlotFile:
    """The parsed keyslots.json; change it through the methods, then ``save``."""

    path: Path
    vault_id: str
    created_at: str
    kdf_template: KdfParams
    slots: dict[str, Slot] = field(default_factory=dict)
    disabled: set[str] = field(default_factory=set)
    unknown_failures: int = 0
    unknown_last_failure: float = 0.0
    pending_events: list[dict[str, Any]] = field(default_factory=list)

    # -- creation and persistence --

    @classmethod
    def new(cls, path: Path, kdf_template: KdfParams) -> KeySlotFile:
        return cls(
            path=path,
            vault_id=str(uuid.uuid4()),
            created_at=datetime.now(UTC).isoformat(),
            kdf_template=kdf_template,
        )

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        damaged = QT_TRANSLATE_NOOP(
            "Messages",
            "The vault's key file (keyslots.json) is damaged or was edited, so no one can sign in. "
            "Restore the vault from a backup.",
        )
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise VaultDamaged(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The vault's key file (keyslots.json) is missing. Restore the vault from a "
                    "backup.",
                )
            ) from None
        return cls.parse(raw, path, damaged)

    @classmethod
    def parse(cls, raw: bytes, path: Path, damaged: str) -> KeySlotFile:
        """The key file in ``raw`` (keyslots.json's bytes, or one account's slot kept by a
        centre server); ``damaged`` is the message of the VaultDamaged raised if it is not."""
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError("not a key file")
            if int(data.get("version", 0)) > FORMAT_VERSION:
                raise ValueError("newer format")
            slots = [Slot.from_json(s) for s in data["slots"]]
            template = data["kdf_template"]
            return cls(
                path=path,
                vault_id=str(uuid.UUID(data["vault_id"])),
                created_at=str(data.get("created_at", "")),
                kdf_template=KdfParams.from_json({**template, "salt": _b64(b"\0")}),
                slots={s.slot_id: s for s in slots},
                disabled={str(u) for u in data.get("disabled", [])},
                unknown_failures=_counter(data.get("unknown_failures", 0)),
                unknown_last_failure=_moment(data.get("unknown_last_failure", 0.0)),
                pending_events=_pending(data.get("pending_events", [])),
            )
        except (ValueError, KeyError, TypeError, AttributeError, binascii.Error):
            raise VaultDamaged(damaged) from None

    def to_json(self) -> dict[str, Any]:
        template = self.kdf_template.to_json()
        del template["salt"]
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "kdf_template": template,
            "slots": [s.to_json() for s in self.slots.values()],
            "disabled": sorted(self.disabled),
            "unknown_failures": self.unknown_failures,
            "unknown_last_failure": self.unknown_last_failure,
            "pending_events": self.pending_events,
        }

    def restore_from(self, other: KeySlotFile) -> None:
        """Take every field of ``other`` (an earlier copy of this file's state)."""
        for f in fields(self):
            setattr(self, f.name, getattr(other, f.name))

    def save(self) -> None:
        atomic_write(self.path, json.dumps(self.to_json(), indent=2).encode("utf-8"))

    # -- slots --

    def aad(self, slot_id: str, what: str) -> bytes:
        return f"onestop-keyslot|{self.vault_id}|{slot_id}|{what}".encode()

    def _public_mac(self, mac_key: bytes, slot_id: str, public: bytes) -> str:
        return hmac.new(mac_key, self.aad(slot_id, "public") + public, hashlib.sha256).hexdigest()

    def put_slot(
        self,
        slot_id: str,
        secret: str,
        keys: dict[str, bytes],
        mac_key: bytes,
        signing: Ed25519PrivateKey | None = None,
    ) -> bytes:
        """Create or replace a slot that opens ``keys`` with ``secret``; returns the public half
        of its new signing key, for the caller to register in the vault.

        ``mac_key`` is the slot-public subkey of the vault key in ``keys``.
        """
        private = X25519PrivateKey.generate()
        public = private.public_key()
        public_raw = public.public_bytes(Encoding.Raw, PublicFormat.Raw)
        kdf = self.kdf_template.with_new_salt()
        self.slots[slot_id] = Slot(
            slot_id=slot_id,
            kdf=kdf,
            private=self._wrap_private(slot_id, kdf, secret, private),
            public=public_raw,
            public_mac=self._public_mac(mac_key, slot_id, public_raw),
            sealed={name: seal(public, key, self.aad(slot_id, name)) for name, key in keys.items()},
            created_at=datetime.now(UTC).isoformat(),
        )
        given = self.give_signing_key(slot_id, signing)
        return given.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    def give_signing_key(
        self, slot_id: str, signing: Ed25519PrivateKey | None = None
    ) -> Ed25519PrivateKey:
        """Give the slot ``signing`` (a new Ed25519 key unless given), its private half sealed
        to the slot so that only the slot's secret opens it; register the public half in the
        vault."""
        slot = self.slots[slot_id]
        signing = signing or Ed25519PrivateKey.generate()
        raw = signing.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        public = signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        sealed = seal(
            X25519PublicKey.from_public_bytes(slot.public), raw, self.aad(slot_id, "signing")
        )
        self.slots[slot_id] = replace(slot, signing={"public": _b64(public), "sealed": sealed})
        self.bind_public(slot_id, signing)
        return signing

    def binding_message(self, slot_id: str, public: bytes) -> bytes:
        """What a slot's binding signs: the vault, the slot and its X25519 public key."""
        return self.aad(slot_id, "public-binding") + public

    def bind_public(self, slot_id: str, signer: Ed25519PrivateKey) -> None:
        """Sign the slot's public key with ``signer`` (the slot's own signing key, or the
        upgrading sign-in's for a slot made before slots were bound)."""
        slot = self.slots[slot_id]
        signer_public = signer.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        signature = signer.sign(self.binding_message(slot_id, slot.public))
        self.slots[slot_id] = replace(
            slot, binding={"by": key_id(signer_public), "sig": _b64(signature)}
        )

    def binding_holds(self, slot: Slot, by: Ed25519PublicKey) -> bool:
        """Whether the slot's binding is ``by``'s signature over its public key as it is."""
        if slot.binding is None:
            return False
        by_raw = by.public_bytes(Encoding.Raw, PublicFormat.Raw)
        if slot.binding["by"] != key_id(by_raw):
            return False
        try:
            by.verify(_unb64(slot.binding["sig"]), self.binding_message(slot.slot_id, slot.public))
        except (InvalidSignature, ValueError):
            return False
        return True

    def _wrap_private(
        self, slot_id: str, kdf: KdfParams, secret: str, private: X25519PrivateKey
    ) -> dict[str, str]:
        raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        return wrap(kdf.derive(secret), raw, self.aad(slot_id, "private"))

    def open_slot(self, slot_id: str, secret: str) -> OpenedSlot | None:
        """The slot's keys if ``secret`` opens it; None if it does not.

        A secret that opens the private key but a sealed key that does not open means the file
        was altered: that is VaultDamaged, not a wrong password.
        """
        slot = self.slots[slot_id]
        kek = slot.kdf.derive(secret)
        try:
            raw = unwrap(kek, slot.private, self.aad(slot_id, "private"))
        except InvalidTag:
            return None
        private = X25519PrivateKey.from_private_bytes(raw)
        # The slot's public key is what a colleague confirms (its fingerprint) and what keys are
        # sealed to: one that is not this private key's half was put there by someone else
        # (with the vault key she can MAC it again), to receive what is sealed to this slot.
        own_public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        try:
            if not hmac.compare_digest(own_public, slot.public):
                raise ValueError("the slot's public key is not its own")
            keys = {
                name: unseal(private, sealed, self.aad(slot_id, name))
                for name, sealed in slot.sealed.items()
            }
        except (InvalidTag, ValueError):
            raise VaultDamaged(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The vault's key file (keyslots.json) was altered and cannot be trusted. "
                    "Restore the vault from a backup.",
                )
            ) from None
        signing = None
        if slot.signing is not None:
            try:
                raw = unseal(private, slot.signing["sealed"], self.aad(slot_id, "signing"))
                signing = Ed25519PrivateKey.from_private_bytes(raw)
            except (InvalidTag, ValueError):
                signing = None
            public = slot.signing_public
            if signing is not None and public != signing.public_key().public_bytes(
                Encoding.Raw, PublicFormat.Raw
            ):
                signing = None
            if signing is None:
                raise VaultDamaged(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The vault's key file (keyslots.json) was altered and cannot be trusted. "
                        "Restore the vault from a backup.",
                    )
                )
        return OpenedSlot(slot_id, private, keys, signing)

    def change_secret(self, opened: OpenedSlot, new_secret: str) -> None:
        """Rewrap the slot's private key under ``new_secret`` (new salt); its keys stay."""
        slot = self.slots[opened.slot_id]
        kdf = self.kdf_template.with_new_salt()
        self.slots[opened.slot_id] = replace(
            slot,
            kdf=kdf,
            private=self._wrap_private(opened.slot_id, kdf, new_secret, opened.private),
            failures=0,
            last_failure=0.0,
        )

    def renew_key_pair(self, opened: OpenedSlot, new_secret: str, mac_key: bytes) -> OpenedSlot:
        """Give the slot a fresh X25519 key pair under ``new_secret`` (new salt), its keys
        sealed to the new public key. For a first password after a one-time one: whoever issued
        the one-time password could have kept the old private key, and anything sealed to the
        slot from now on (section keys, vault.sectionkeys) must be for its owner alone."""
        slot = self.slots[opened.slot_id]
        private = X25519PrivateKey.generate()
        public = private.public_key()
        public_raw = public.public_bytes(Encoding.Raw, PublicFormat.Raw)
        kdf = self.kdf_template.with_new_salt()
        # Her signing key stays hers (its public half is registered in the vault): sealed anew to
        # the new key pair. A signing key that could not be opened is dropped; the next sign-in
        # gives the slot a new one, registered in the trail.
        signing: dict[str, Any] | None = None
        if opened.signing is not None:
            raw = opened.signing.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
            signing = {
                "public": _b64(
                    opened.signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
                ),
                "sealed": seal(public, raw, self.aad(opened.slot_id, "signing")),
            }
        self.slots[opened.slot_id] = replace(
            slot,
            kdf=kdf,
            private=self._wrap_private(opened.slot_id, kdf, new_secret, private),
            public=public_raw,
            public_mac=self._public_mac(mac_key, opened.slot_id, public_raw),
            sealed={
                name: seal(public, key, self.aad(opened.slot_id, name))
                for name, key in opened.keys.items()
            },
            signing=signing,
            binding=None,
            failures=0,
            last_failure=0.0,
        )
        if opened.signing is not None:
            self.bind_public(opened.slot_id, opened.signing)
        return OpenedSlot(opened.slot_id, private, dict(opened.keys), opened.signing)

    def check_public_keys(self, mac_key: bytes) -> None:
        """VaultDamaged unless every slot's public key is the one the vault gave it."""
        for slot in self.slots.values():
            self.check_public_key(mac_key, slot.slot_id, slot.public, slot.public_mac)

    def check_public_key(self, mac_key: bytes, slot_id: str, public: bytes, mac: str) -> None:
        """VaultDamaged unless ``public`` is the key the vault gave ``slot_id`` (a colleague's
        slot read from a centre's server is checked as the file's own are)."""
        expected = self._public_mac(mac_key, slot_id, public)
        if not hmac.compare_digest(expected, mac):
            raise VaultDamaged(SLOT_ALTERED)

    def seal_for_all(self, name: str, key: bytes) -> None:
        """Give every slot ``key`` under ``name`` (check_public_keys first)."""
        for slot_id, slot in list(self.slots.items()):
            public = X25519PublicKey.from_public_bytes(slot.public)
            sealed = {**slot.sealed, name: seal(public, key, self.aad(slot_id, name))}
            self.slots[slot_id] = replace(slot, sealed=sealed)

    def promote(self, key: bytes, mac_key: bytes) -> None:
        """Make ``key`` (the rotation's next key) every slot's vault key, sealed afresh under
        the vault key's name, and re-authenticate the public keys under ``mac_key``."""
        for slot_id, slot in list(self.slots.items()):
            public = X25519PublicKey.from_public_bytes(slot.public)
            self.slots[slot_id] = replace(
                slot,
                sealed={VAULT_KEY: seal(public, key, self.aad(slot_id, VAULT_KEY))},
                public_mac=self._public_mac(mac_key, slot_id, slot.public),
            )

    def drop_key(self, name: str) -> None:
        for slot_id, slot in list(self.slots.items()):
            if name in slot.sealed:
                sealed = {k: v for k, v in slot.sealed.items() if k != name}
                self.slots[slot_id] = replace(slot, sealed=sealed)

    def has_key(self, name: str) -> bool:
        return any(name in s.sealed for s in self.slots.values())

    def remove_slot(self, slot_id: str) -> None:
        self.slots.pop(slot_id, None)

    def user_slots(self) -> Iterator[Slot]:
        return (s for s in self.slots.values() if s.username is not None)

    # -- failures and back-off --

    def wait_seconds(self, slot_id: str | None, now: float) -> float:
        if slot_id is not None and slot_id in self.slots:
            slot = self.slots[slot_id]
            failures, last = slot.failures, slot.last_failure
        else:
            failures, last = self.unknown_failures, self.unknown_last_failure
        if not math.isfinite(last) or last > now:
            # Not a real past moment (edited, or a clock set back): the wait starts now, and
            # is recorded as starting now so that it does end.
            self.charge_attempt(slot_id, now, count=False)
            last = now
        return min(max(0.0, last + backoff_seconds(failures) - now), BACKOFF_MAX_SECONDS)

    def charge_attempt(self, slot_id: str | None, now: float, *, count: bool = True) -> None:
        """Count an attempt as failed before it is tried (``count``), or only move the moment
        of the last failure to ``now``; ``note_success`` undoes it for a right password."""
        if slot_id is not None and slot_id in self.slots:
            slot = self.slots[slot_id]
            failures = min(slot.failures + count, MAX_FAILURES)
            self.slots[slot_id] = replace(slot, failures=failures, last_failure=now)
        else:
            self.unknown_failures = min(self.unknown_failures + count, MAX_FAILURES)
            self.unknown_last_failure = now

    def note_failure(self, slot_id: str | None, now: float, event: dict[str, Any]) -> None:
        if slot_id is not None and slot_id in self.slots:
            slot = self.slots[slot_id]
            self.slots[slot_id] = replace(slot, failures=slot.failures + 1, last_failure=now)
        else:
            self.unknown_failures += 1
            self.unknown_last_failure = now
        self.queue_event(event)

    def queue_event(self, event: dict[str, Any]) -> None:
        """An audit event that happened without the key; written at the next sign-in."""
        self.pending_events.append(event)
        del self.pending_events[:-MAX_PENDING_EVENTS]

    def note_success(self, slot_id: str) -> None:
        slot = self.slots[slot_id]
        if slot.failures:
            self.slots[slot_id] = replace(slot, failures=0, last_failure=0.0)


def _pending(raw: object) -> list[dict[str, Any]]:
    """The waiting reports as read, capped: the newest MAX_PENDING_EVENTS, whatever was
    planted. Their shape is judged when they are written (a malformed one is refused there,
    and the sign-in goes on), so a damaged list does not lock everyone out."""
    if not isinstance(raw, list):
        return [{"malformed": True}]
    return [e if isinstance(e, dict) else {"malformed": True} for e in raw[-MAX_PENDING_EVENTS:]]


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
