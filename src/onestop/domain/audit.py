"""What the audit trail records and how its entries are chained.

An entry says who did what to which record, when, and with what outcome, never the record's
content. Each entry's hash covers its own fields and the previous entry's hash, so editing,
removing or reordering an entry breaks every link after it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

GENESIS_HASH = "0" * 64
# How every time is written in the vault: UTC, microseconds, sortable as text.
UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


class AuditAction(StrEnum):
    VAULT_CREATED = "vault.created"
    VAULT_MIGRATED = "vault.migrated"
    SIGN_IN = "session.sign_in"
    SIGN_IN_FAILED = "session.sign_in_failed"
    SIGN_OUT = "session.sign_out"
    LOCK = "session.lock"
    UNLOCK = "session.unlock"
    RECORD_READ = "record.read"
    RECORD_WRITE = "record.write"
    RECORD_PURGED = "record.purged"  # a tombstone: the reference, never the content
    EXPORT = "record.export"
    PRINT = "record.print"
    BREAK_GLASS = "record.break_glass"
    USER_CREATED = "user.created"
    USER_UPDATED = "user.updated"
    USER_DISABLED = "user.disabled"
    USER_ENABLED = "user.enabled"
    PASSWORD_CHANGED = "user.password_changed"  # noqa: S105 - an action name
    PASSWORD_RESET = "user.password_reset"  # noqa: S105 - an action name
    USERS_LISTED = "user.listed"
    BACKUP_CREATED = "backup.created"
    BACKUP_RESTORED = "backup.restored"
    # An automatic pre-upgrade backup deleted: it held attachments since sealed, under the vault
    # key alone (services.attachmentblobs.backups_holding).
    BACKUP_REMOVED = "backup.removed"
    SLOTS_VOUCHED = "keyslots.vouched"
    KEY_ROTATED = "vault.key_rotated"
    MOVED_TO_SERVER = "vault.moved_to_server"
    VERIFIED = "vault.verified"
    AUDIT_READ = "audit.read"
    SETTINGS_CHANGED = "settings.changed"
    TAMPER_DETECTED = "audit.tamper_detected"
    TAMPER_ACKNOWLEDGED = "audit.tamper_acknowledged"
    KEY_REGISTERED = "audit.key_registered"
    REPORTS_REFUSED = "audit.reports_refused"
    SECTION_KEY_CREATED = "key.section_created"
    SECTION_KEY_GRANTED = "key.section_granted"
    # A revocation: the section's key is due a new version, made by its next holder's session.
    SECTION_KEY_DUE = "key.section_due"
    SECTION_TEXT_SEALED = "key.section_text_sealed"  # older plaintext sealed at a holder's sign-in


class Outcome(StrEnum):
    OK = "ok"
    DENIED = "denied"
    FAILED = "failed"
    # A report made before anyone signed in (a failed sign-in, a sign-out from the lock screen):
    # it came from keyslots.json, which anyone with the folder can write, so it proves nothing.
    UNVERIFIED = "unverified"


# The only kinds of report accepted from keyslots.json, written as UNVERIFIED entries.
UNVERIFIED_KINDS = frozenset({"session.sign_in_failed", "session.sign_out"})


@dataclass(frozen=True)
class AuditFields:
    """The hashed content of one entry.

    ``detail`` is a short code or a count, never record content.
    """

    seq: int
    at: str  # UTC, ISO 8601 with microseconds
    actor: str
    role: str
    action: str
    section: str
    record_ref: str
    outcome: str
    detail: str
    signer: str = ""  # the key id of the member of staff who signed it; "" before signing


def entry_hash(prev_hash: str, fields: AuditFields) -> str:
    """SHA-256 over the previous hash and the entry's fields (signer included) in a canonical
    JSON form: what the signer's signature covers."""
    payload = json.dumps(
        [
            prev_hash,
            fields.seq,
            fields.at,
            fields.actor,
            fields.role,
            fields.action,
            fields.section,
            fields.record_ref,
            fields.outcome,
            fields.detail,
            # Entries written before signing began hash as they always did.
            *([fields.signer] if fields.signer else []),
        ],
        ensure_ascii=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("ascii")).hexdigest()


def signed_message(vault_id: str, digest: str) -> bytes:
    """The bytes an entry's signature is made over: its hash (which covers the previous hash
    and every field, signer included) bound to this vault."""
    return f"onestop-audit|{vault_id}|{digest}".encode("ascii")


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    reason: str


class LinkCheck:
    """The chain rule, one entry at a time (a trail of a million entries is read in batches
    and never held whole): feed entries in table order; ``broken`` is the first bad link."""

    def __init__(self) -> None:
        self._prev = GENESIS_HASH
        self._seq = 1
        self.broken: ChainBreak | None = None

    def feed(self, fields: AuditFields, prev: str, digest: str) -> None:
        if self.broken is not None:
            return
        expected = self._seq
        if fields.seq > expected:
            gap = (
                f"entry {expected} is"
                if fields.seq == expected + 1
                else f"entries {expected} to {fields.seq - 1} are"
            )
            self.broken = ChainBreak(fields.seq, f"{gap} missing")
        elif fields.seq != expected:
            self.broken = ChainBreak(fields.seq, f"out of order (expected entry {expected})")
        elif prev != self._prev:
            self.broken = ChainBreak(fields.seq, "does not link to the entry before it")
        elif entry_hash(prev, fields) != digest:
            self.broken = ChainBreak(fields.seq, "its content was changed after it was written")
        else:
            self._prev = digest
            self._seq += 1


def find_chain_break(
    entries: Iterable[tuple[AuditFields, str, str]],
) -> ChainBreak | None:
    """The first entry whose link is broken, given (fields, prev_hash, hash) in table order."""
    check = LinkCheck()
    for fields, prev, digest in entries:
        check.feed(fields, prev, digest)
        if check.broken is not None:
            break
    return check.broken
