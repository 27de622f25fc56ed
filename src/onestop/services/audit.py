"""Writing, reading and checking the audit trail.

``append`` is called inside every service's unit of work, so an action and its entry commit or
roll back together. Entries never hold record content: who, role, action, section, a record
reference, the outcome, and at most a short code in ``detail``.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import hmac
import io
import json
import os
import re
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, cast

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    Table,
    UnaryExpression,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from onestop.db import writelock
from onestop.db.audit import AuditAnchor, AuditEntry, StaffSigningKey
from onestop.domain.audit import (
    GENESIS_HASH,
    UNVERIFIED_KINDS,
    UTC_FORMAT,
    AuditAction,
    AuditFields,
    LinkCheck,
    Outcome,
    entry_hash,
    signed_message,
)
from onestop.domain.casefile import REFERENCE_PATTERN
from onestop.domain.roles import Action, Section
from onestop.vault.backup import RecordedHead
from onestop.vault.keyslots import RECOVERY_SLOT, atomic_write, key_id
from onestop.vault.subkeys import Purpose, subkey

if TYPE_CHECKING:
    from onestop.services.session import VaultSession

MAX_REF = 64
MAX_DETAIL = 200


def _now() -> str:
    return datetime.now(UTC).strftime(UTC_FORMAT)


_STAFF_REF = re.compile(r"^staff:[a-z0-9][a-z0-9._-]{1,31}$")


def safe_reference(text: str) -> str:
    """``text`` if it has the shape of a record reference, else a placeholder.

    What a refused caller passed as a reference was typed by someone; it may be a name typed
    in the wrong box, and names never go into the audit trail.
    """
    candidate = text.strip().upper()
    if REFERENCE_PATTERN.fullmatch(candidate):
        return candidate
    if _STAFF_REF.fullmatch(text.strip()):
        return text.strip()
    return "(not a reference)" if text.strip() else ""


def anchor_mac(vault_key: bytes, vault_id: str, seq: int, digest: str) -> str:
    """The vault-key HMAC of a head: all an anchor had before entries were signed. Anyone who
    can sign in can compute it, so it only matters while no signing key is registered."""
    key = subkey(vault_key, Purpose.AUDIT_ANCHOR)
    return hmac.new(key, f"{vault_id}|{seq}|{digest}".encode("ascii"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Anchor:
    """The head of the chain: its entry's number and hash, and that entry's signer and
    signature (so moving an anchor needs the private key of whoever wrote the head)."""

    seq: int
    hash: str
    mac: str
    signer: str = ""
    signature: str = ""


@dataclass(frozen=True)
class SigningKey:
    """The acting person's signing key, opened from her key slot at sign-in."""

    key_id: str
    private: Ed25519PrivateKey

    @classmethod
    def of(cls, private: Ed25519PrivateKey) -> SigningKey:
        return cls(key_id(public_bytes(private)), private)


def public_bytes(private: Ed25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


@dataclass(frozen=True)
class RegisteredKey:
    key_id: str
    slot_id: str
    username: str
    public: Ed25519PublicKey
    registered_by: str
    from_seq: int


def registered_keys(conn: Connection) -> dict[str, RegisteredKey]:
    """Every staff signing key the vault lists (none in a vault not yet migrated)."""
    if not inspect(conn).has_table("staff_signing_keys"):  # SQLite or PostgreSQL alike
        return {}
    keys: dict[str, RegisteredKey] = {}
    for row in conn.execute(
        text(
            "SELECT key_id, slot_id, username, public_key, registered_by, from_seq "
            "FROM staff_signing_keys"
        )
    ):
        if _slot_of(str(row[2])) != str(row[1]):
            # The account a key signs for is its slot's (a registration names the slot's
            # account): a row whose user name was changed to another's signs for no one (a
            # red team relabelled her own key as the counsellor's and the admin's).
            continue
        try:
            public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(str(row[3])))
        except ValueError:
            continue  # a damaged row signs nothing; entries naming it are reported
        keys[str(row[0])] = RegisteredKey(
            str(row[0]), str(row[1]), str(row[2]), public, str(row[4]), int(row[5])
        )
    return keys


def signature_valid(key: RegisteredKey | None, vault_id: str, digest: str, signature: str) -> bool:
    if key is None:
        return False
    try:
        key.public.verify(bytes.fromhex(signature), signed_message(vault_id, digest))
    except (InvalidSignature, ValueError):
        return False
    return True


def check_short(record_ref: str, detail: str) -> None:
    """Refuse an entry's reference or detail that is too long to be a short code."""
    if len(record_ref) > MAX_REF or len(detail) > MAX_DETAIL:
        raise ValueError("audit references and details are short codes, never record content")


def append(
    s: Session,
    *,
    vault_key: bytes,
    vault_id: str,
    actor: str,
    role: str,
    action: AuditAction,
    section: Section | str = "",
    record_ref: str = "",
    outcome: Outcome = Outcome.OK,
    detail: str = "",
    signer: SigningKey | None = None,
) -> AuditFields:
    """Append one entry, signed by ``signer`` (and move the anchor) inside the caller's
    transaction. ``signer`` is None only for a slot that has no signing key yet."""
    check_short(record_ref, detail)
    # The head is read only under the write lock: a unit of work that only reads began
    # without it on a centre's server and takes it here, before its first entry (once per
    # transaction; nothing to take on a local vault, whose transaction began with it).
    writelock.before_writing(s.connection())
    # Chain from the anchor, not from the table's last row: if entries were cut off the end,
    # the next entry still follows the true head, and the gap stays visible to verify. The
    # transaction's first entry reads it from the database, whatever the session holds: a
    # copy loaded before the lock may be an older head.
    first = "audit_anchor_row" not in s.info
    row = s.get(AuditAnchor, 1, populate_existing=first)
    # Held by the transaction: the identity map keeps only weak references, so a clean row
    # would otherwise be dropped after each flush and read again by the next entry's get().
    s.info["audit_anchor_row"] = row
    if row is not None:
        prev_seq, prev_hash = row.seq, row.hash
    else:
        last = s.execute(
            select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
        ).first()
        prev_seq, prev_hash = (last[0], last[1]) if last else (0, GENESIS_HASH)
    fields = AuditFields(
        seq=prev_seq + 1,
        at=_now(),
        actor=actor,
        role=role,
        action=action.value,
        section=section.value if isinstance(section, Section) else section,
        record_ref=record_ref,
        outcome=outcome.value,
        detail=detail,
        signer=signer.key_id if signer is not None else "",
    )
    digest = entry_hash(prev_hash, fields)
    signature = (
        signer.private.sign(signed_message(vault_id, digest)).hex() if signer is not None else ""
    )
    s.add(
        AuditEntry(
            seq=fields.seq,
            at=fields.at,
            actor=fields.actor,
            role=fields.role,
            action=fields.action,
            section=fields.section,
            record_ref=fields.record_ref,
            outcome=fields.outcome,
            detail=fields.detail,
            prev_hash=prev_hash,
            hash=digest,
            signer=fields.signer,
            signature=signature,
        )
    )
    anchor = Anchor(
        fields.seq,
        digest,
        anchor_mac(vault_key, vault_id, fields.seq, digest),
        fields.signer,
        signature,
    )
    if row is None:
        s.add(
            AuditAnchor(
                id=1,
                seq=anchor.seq,
                hash=anchor.hash,
                mac=anchor.mac,
                signer=anchor.signer,
                signature=anchor.signature,
            )
        )
    else:
        row.seq, row.hash, row.mac = anchor.seq, anchor.hash, anchor.mac
        row.signer, row.signature = anchor.signer, anchor.signature
    # No flush: the entry goes to the database with the rest of the unit of work.
    s.info["audit_anchor"] = anchor
    return fields


# An entry's columns, in the order a multi-row write lists them.
_ENTRY_COLUMNS: tuple[str, ...] = tuple(c.name for c in AuditEntry.__table__.columns)

# A head nothing chains from (no anchor has it): the first try of a transaction that knows
# no head yet, which reads the true one on the way.
_NO_HEAD: tuple[int, str] = (-1, "")


# The centre server's write of a batch's entries, one statement built once (a statement of
# VALUES rows is compiled again for every write): the anchor row moved only if it still holds
# the head they follow, the entries inserted (one array a column, unnested) only if it moved,
# and the head as it was, read in the same snapshot.
_MOVE_HEAD_PG = text(
    "WITH head AS (SELECT seq, hash FROM audit_anchor WHERE id = 1), "
    "moved AS (UPDATE audit_anchor SET seq = :seq, hash = :hash, mac = :mac, "
    "signer = :signer, signature = :signature "
    "WHERE id = 1 AND seq = :prev_seq AND hash = :prev_hash RETURNING id), "
    f"added AS (INSERT INTO audit_log ({', '.join(_ENTRY_COLUMNS)}) "
    "SELECT * FROM unnest("
    + ", ".join(
        f"CAST(:e_{name} AS {'integer' if name == 'seq' else 'text'}[])" for name in _ENTRY_COLUMNS
    )
    + ") WHERE EXISTS (SELECT 1 FROM moved)) "
    "SELECT head.seq, head.hash, EXISTS (SELECT 1 FROM moved) FROM head"
)


def _links(
    entries: Sequence[dict[str, Any]], prev_seq: int, prev_hash: str
) -> tuple[list[dict[str, Any]], Anchor]:
    """``entries`` (``append``'s keyword arguments) chained after the head ``prev_seq``,
    ``prev_hash``, each signed: their rows, and the anchor of the last."""
    rows: list[dict[str, Any]] = []
    anchor: Anchor | None = None
    for entry in entries:
        signer: SigningKey | None = entry.get("signer")
        action: AuditAction = entry["action"]
        section = entry.get("section", "")
        fields = AuditFields(
            seq=prev_seq + 1,
            at=_now(),
            actor=entry["actor"],
            role=entry["role"],
            action=action.value,
            section=section.value if isinstance(section, Section) else section,
            record_ref=entry.get("record_ref", ""),
            outcome=entry.get("outcome", Outcome.OK).value,
            detail=entry.get("detail", ""),
            signer=signer.key_id if signer is not None else "",
        )
        digest = entry_hash(prev_hash, fields)
        signature = (
            signer.private.sign(signed_message(entry["vault_id"], digest)).hex()
            if signer is not None
            else ""
        )
        rows.append(
            {
                "seq": fields.seq,
                "at": fields.at,
                "actor": fields.actor,
                "role": fields.role,
                "action": fields.action,
                "section": fields.section,
                "record_ref": fields.record_ref,
                "outcome": fields.outcome,
                "detail": fields.detail,
                "prev_hash": prev_hash,
                "hash": digest,
                "signer": fields.signer,
                "signature": signature,
            }
        )
        anchor = Anchor(
            fields.seq,
            digest,
            anchor_mac(entry["vault_key"], entry["vault_id"], fields.seq, digest),
            fields.signer,
            signature,
        )
        prev_seq, prev_hash = fields.seq, digest
    assert anchor is not None
    return rows, anchor


def _move_head(
    s: Session, rows: list[dict[str, Any]], prev: tuple[int, str], anchor: Anchor
) -> tuple[bool, tuple[int, str] | None]:
    """Write ``rows`` and move the anchor to ``anchor`` if the head is still ``prev``; else
    write nothing. Whether they were written, and the head as it was (None: no anchor row).

    On a centre's server, one statement: the anchor's UPDATE guarded by the head it follows,
    the entries' INSERT only if that UPDATE moved it, and the head read in the same snapshot.
    On the local vault (SQLite has no writing WITH), the guarded UPDATE, then the INSERT; the
    head is read only when the UPDATE found it moved."""
    head_table = cast(Table, AuditAnchor.__table__)
    log = cast(Table, AuditEntry.__table__)
    moved = (
        update(head_table)
        .where(head_table.c.id == 1, head_table.c.seq == prev[0], head_table.c.hash == prev[1])
        .values(
            seq=anchor.seq,
            hash=anchor.hash,
            mac=anchor.mac,
            signer=anchor.signer,
            signature=anchor.signature,
        )
    )
    if s.get_bind().dialect.name == "postgresql":
        columns = {f"e_{name}": [row[name] for row in rows] for name in _ENTRY_COLUMNS}
        found = s.execute(
            _MOVE_HEAD_PG,
            {
                "prev_seq": prev[0],
                "prev_hash": prev[1],
                "seq": anchor.seq,
                "hash": anchor.hash,
                "mac": anchor.mac,
                "signer": anchor.signer,
                "signature": anchor.signature,
                **columns,
            },
        ).first()
        if found is None:
            return False, None
        return bool(found[2]), (int(found[0]), str(found[1]))
    if s.execute(moved).rowcount == 1:  # type: ignore[attr-defined]
        s.execute(insert(log), rows)
        return True, prev
    found = s.execute(
        select(head_table.c.seq, head_table.c.hash).where(head_table.c.id == 1)
    ).first()
    return False, (int(found[0]), str(found[1])) if found is not None else None


def append_many(
    s: Session, entries: Sequence[dict[str, Any]], head: tuple[int, str] | None = None
) -> None:
    """Append ``entries`` (each ``append``'s keyword arguments, in order) in the caller's
    transaction with as few statements as the chain allows: a batch of reads writes its
    entries together at its end (services/session.py ``batch``).

    ``head``: the head the caller last saw (seq, hash), a guess. Under the write lock the
    entries are chained after it and written, with the anchor moved, only if the anchor still
    holds it (the guarded write reads the true head when it does not); chained again after the
    true head and written if not (another workstation wrote since). So the chain links each
    entry to the head the last writer committed, exactly as ``append`` does: one statement on
    a centre's server when the guess holds, two when it does not."""
    if not entries:
        return
    writelock.before_writing(s.connection())
    if "audit_anchor_row" in s.info:  # this transaction moved the head row by row already
        for entry in entries:
            append(s, **entry)
        return
    for entry in entries:
        check_short(entry.get("record_ref", ""), entry.get("detail", ""))
    prev = head if head is not None else _NO_HEAD
    if head is None and s.get_bind().dialect.name != "postgresql":
        # The local vault: read the head first rather than try a write bound to fail.
        row = s.execute(select(AuditAnchor.seq, AuditAnchor.hash).where(AuditAnchor.id == 1))
        found = row.first()
        prev = (int(found[0]), str(found[1])) if found is not None else _NO_HEAD
    for _ in range(2):
        rows, anchor = _links(entries, *prev)
        written, current = _move_head(s, rows, prev, anchor)
        if written:
            s.info["audit_anchor"] = anchor
            return
        if current is None:
            break
        prev = current
    # No anchor row (a trail from before anchors): entry by entry, as ``append`` chains them.
    for entry in entries:
        append(s, **entry)


def register_key(
    s: Session, *, slot_id: str, username: str, public: bytes, registered_by: str, entry: int
) -> str:
    """List a slot's signing key in the vault, valid from ``entry`` (the KEY_REGISTERED entry
    that records it, in the same transaction); returns its key id."""
    kid = key_id(public)
    s.add(
        StaffSigningKey(
            key_id=kid,
            slot_id=slot_id,
            username=username,
            public_key=public.hex(),
            registered_at=_now(),
            registered_by=registered_by,
            from_seq=entry,
        )
    )
    return kid


def _anchor_json(anchor: Anchor) -> dict[str, object]:
    return {
        "seq": anchor.seq,
        "hash": anchor.hash,
        "mac": anchor.mac,
        "signer": anchor.signer,
        "signature": anchor.signature,
    }


def write_anchor_file(
    path: Path, vault_id: str, anchor: Anchor, *, upcoming: Anchor | None = None
) -> None:
    """The copy of the chain head kept outside the database (see head_problems).

    ``upcoming`` is given only while the database is being swapped for another (a restore): for
    that moment either head is the true one, so a crash on either side of the swap is not
    mistaken for tampering.
    """
    data: dict[str, object] = {"vault_id": vault_id, **_anchor_json(anchor)}
    if upcoming is not None:
        data["next"] = _anchor_json(upcoming)
    atomic_write(path, json.dumps(data).encode("ascii"))


INVALID_ANCHOR = Anchor(-1, "", "")


def read_anchor_file(path: Path) -> tuple[Anchor, ...] | None:
    """The head(s) in the anchor file; None if there is none, INVALID_ANCHOR if unreadable."""
    try:
        data = json.loads(path.read_text("ascii"))
        heads = [data, *([data["next"]] if "next" in data else [])]
        return tuple(
            Anchor(
                int(h["seq"]),
                str(h["hash"]),
                str(h["mac"]),
                str(h.get("signer", "")),
                str(h.get("signature", "")),
            )
            for h in heads
        )
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError, AttributeError):
        return (INVALID_ANCHOR,)


def rewrite_anchor(conn: Connection, vault_key: bytes, vault_id: str) -> Anchor | None:
    """Point the anchor row at the last entry, with that entry's own signature, and
    re-authenticate its MAC under ``vault_key`` (after a key rotation or a restore)."""
    last = conn.execute(
        text("SELECT seq, hash, signer, signature FROM audit_log ORDER BY seq DESC LIMIT 1")
    ).first()
    if last is None:
        return None
    anchor = Anchor(
        int(last[0]),
        str(last[1]),
        anchor_mac(vault_key, vault_id, last[0], last[1]),
        str(last[2]),
        str(last[3]),
    )
    conn.execute(text("DELETE FROM audit_anchor"))
    conn.execute(
        text(
            "INSERT INTO audit_anchor (id, seq, hash, mac, signer, signature) "
            "VALUES (1, :seq, :hash, :mac, :signer, :signature)"
        ),
        _anchor_json(anchor),
    )
    return anchor


def anchor_genuine(
    anchor: Anchor, vault_key: bytes, vault_id: str, keys: dict[str, RegisteredKey]
) -> bool:
    """Whether ``anchor`` is a head the vault wrote: signed by the member of staff who wrote
    that entry once anyone signs, or (before signing began) carrying the vault-key MAC."""
    if anchor.seq < 0:
        return False
    if not hmac.compare_digest(
        anchor.mac, anchor_mac(vault_key, vault_id, anchor.seq, anchor.hash)
    ):
        return False
    if not anchor.signer:
        return not keys  # an unsigned head only before any key was registered
    return signature_valid(keys.get(anchor.signer), vault_id, anchor.hash, anchor.signature)


HEAD_PROBLEMS = {
    "db-anchor-missing": "The audit trail's anchor is missing from the database.",
    "db-anchor-forged": "The audit trail's anchor in the database was altered.",
    "entries-removed": "The last entries of the audit trail were removed.",
    "head-forged": (
        "The last entry of the audit trail does not match its signature: it was forged, or "
        "the trail was re-chained."
    ),
    "file-anchor-missing": "The copy of the audit anchor beside the database is missing.",
    "file-anchor-invalid": (
        "The copy of the audit anchor beside the database was damaged or altered."
    ),
    "file-anchor-ahead": (
        "The database was replaced by an older copy, or entries were removed: the anchor "
        "beside it had seen later entries."
    ),
}


def head_problems(
    conn: Connection, vault_key: bytes, vault_id: str, anchor_file: Path
) -> list[str]:
    """Where the head of the chain disagrees with its two anchors (cheap: a few indexed reads).

    Removing the last entries leaves the database anchor past the end; forging that anchor
    breaks its signature; putting back an older database leaves the file anchor ahead of it; a
    head entry re-chained by someone other than its writer no longer matches its signature. The
    file may lag the table by the entries of a session cut off by a crash (it is written just
    after each commit): that is not a problem. Returns codes, keys of HEAD_PROBLEMS.
    """
    problems: list[str] = []
    keys = registered_keys(conn)
    has_signer = _has_signer_column(conn)
    cols = "seq, hash, signer, signature" if has_signer else "seq, hash, '', ''"
    last = _last_entry(conn, cols)
    last_seq = int(last[0]) if last else 0
    if (
        last is not None
        and last[2]
        and not signature_valid(keys.get(str(last[2])), vault_id, str(last[1]), str(last[3]))
    ):
        problems.append("head-forged")

    def hash_at(seq: int) -> str | None:
        return _hash_at(conn, seq)

    anchor_cols = "seq, hash, mac, signer, signature" if has_signer else "seq, hash, mac, '', ''"
    row = conn.execute(text(f"SELECT {anchor_cols} FROM audit_anchor WHERE id = 1")).first()
    if row is None:
        if last is not None:
            problems.append("db-anchor-missing")
    else:
        db_anchor = Anchor(int(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]))
        if not anchor_genuine(db_anchor, vault_key, vault_id, keys):
            problems.append("db-anchor-forged")
        elif db_anchor.seq != last_seq or hash_at(db_anchor.seq) != db_anchor.hash:
            problems.append("entries-removed")
    file_heads = read_anchor_file(anchor_file)
    if file_heads is None:
        if last is not None:
            problems.append("file-anchor-missing")
        return problems

    def genuine(a: Anchor) -> bool:
        return anchor_genuine(a, vault_key, vault_id, keys)

    if not any(genuine(a) for a in file_heads):
        problems.append("file-anchor-invalid")
    elif not any(genuine(a) and a.seq <= last_seq and hash_at(a.seq) == a.hash for a in file_heads):
        problems.append("file-anchor-ahead")
    return problems


# A centre server lets staff read the chain's head, not the trail: two SECURITY DEFINER
# functions give the last entry and one entry's hash (db/server.py).
def _last_entry(conn: Connection, cols: str) -> Any:
    if conn.dialect.name == "postgresql":
        return conn.execute(text("SELECT * FROM onestop_audit_head()")).first()
    return conn.execute(text(f"SELECT {cols} FROM audit_log ORDER BY seq DESC LIMIT 1")).first()


def _hash_at(conn: Connection, seq: int) -> str | None:
    if conn.dialect.name == "postgresql":
        found = conn.execute(text("SELECT onestop_audit_hash(:s)"), {"s": seq}).scalar()
        return str(found) if found is not None else None
    row = conn.execute(text("SELECT hash FROM audit_log WHERE seq = :s"), {"s": seq}).first()
    return str(row[0]) if row else None


def _has_signer_column(conn: Connection) -> bool:
    return any(c["name"] == "signer" for c in inspect(conn).get_columns("audit_log"))


# ----- verification ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the trail: a short code (what an acknowledgement names, and what
    a tamper entry records) and the words for it."""

    code: str
    message: str


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    problems: tuple[str, ...]
    notes: tuple[str, ...]
    # The codes of the unacknowledged problems found now (not those found earlier).
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Finding:
    """A tamper finding recorded in the trail (at a sign-in, or by verify)."""

    seq: int
    at: str
    found_by: str
    codes: tuple[str, ...]
    acknowledged_by: str = ""
    reason: str = ""

    @property
    def description(self) -> str:
        return " ".join(describe(c) for c in self.codes)


_SIG_KINDS = {
    "sig": "do not match their signatures: they were forged, or the trail was re-chained "
    "after they were written",
    "unsigned": "are unsigned, although every entry since signing began must be signed",
    "unknown-key": "are signed with a key the vault does not list",
    "early-key": "are signed with a key registered only after them",
    "not-signer": "name someone other than the member of staff who signed them",
    "not-a-report": "are marked unverified but are not a failed sign-in or a sign-out "
    "reported before anyone signed in (the only entries that may be unverified)",
}


# Tamper findings other than the trail's own, by code (services.caseindex.check_snapshot).
OTHER_PROBLEMS = {
    "index-snapshot": (
        "The search index's sealed snapshot showed other names than the cases' own: someone "
        "who holds the identity key replaced it. It was dropped and the index built again "
        "from the cases."
    ),
}


def describe(code: str) -> str:
    """The words for a problem code (as stored in a tamper entry)."""
    if code in HEAD_PROBLEMS:
        return HEAD_PROBLEMS[code]
    if code in OTHER_PROBLEMS:
        return OTHER_PROBLEMS[code]
    kind, _, where = code.partition(":")
    if kind in _SIG_KINDS:
        first, _, last = where.partition("-")
        span = (
            f"Audit entry {first}"
            if not last or last == first
            else (f"Audit entries {first} to {last}")
        )
        return f"{span} {_SIG_KINDS[kind]}."
    if kind == "chain":
        return f"The audit chain breaks at entry {where}."
    if kind == "cut":
        return (
            f"The audit trail was cut back or rewritten: a backup recorded entry {where}, "
            "which the trail no longer holds as it was."
        )
    if kind == "key":
        return f"The signing key {where} was not registered by an admin or by its holder."
    return code


def _parse_time(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


# Entries a verify keeps after its one pass (the rest are checked and dropped): what the checks
# after the pass look up again.
_KEPT_ACTIONS = frozenset(
    {
        AuditAction.KEY_REGISTERED.value,
        AuditAction.BACKUP_RESTORED.value,
        AuditAction.TAMPER_DETECTED.value,
        AuditAction.TAMPER_ACKNOWLEDGED.value,
    }
)
VERIFY_BATCH = 5000


@dataclass
class _Walk:
    """What one pass over the trail leaves for the checks after it: the link check, runs of
    bad signatures, counts, and the few entries looked up again (key registrations, restores,
    tamper findings and acknowledgements, the heads backups recorded) with their validity.
    Memory stays flat whatever the length of the trail."""

    keys: dict[str, RegisteredKey]
    vault_id: str
    wanted: frozenset[int]
    link: LinkCheck = field(default_factory=LinkCheck)
    bad: list[tuple[str, int, int, str]] = field(default_factory=list)  # kind, first, last, signer
    kept: dict[int, tuple[AuditFields, str]] = field(default_factory=dict)
    valid: set[int] = field(default_factory=set)  # of the kept entries only
    entries: int = 0
    last_seq: int = 0
    unsigned_before: int = 0
    unverified: int = 0

    def feed(self, fields: AuditFields, prev: str, digest: str, signature: str) -> None:
        self.entries += 1
        self.last_seq = fields.seq
        self.link.feed(fields, prev, digest)
        keep = fields.action in _KEPT_ACTIONS or fields.seq in self.wanted
        if keep:
            self.kept[fields.seq] = (fields, digest)
        if fields.outcome == Outcome.UNVERIFIED.value:
            self.unverified += 1
        problem = self._signature_problem(fields, digest, signature)
        if problem is None:
            if keep:
                self.valid.add(fields.seq)
        elif problem == "unsigned-before":
            self.unsigned_before += 1
        elif self.bad and self.bad[-1][0] == problem and self.bad[-1][2] == fields.seq - 1:
            kind, first, _, signer = self.bad[-1]
            self.bad[-1] = (kind, first, fields.seq, signer)
        else:
            self.bad.append((problem, fields.seq, fields.seq, fields.signer))

    def _signature_problem(self, fields: AuditFields, digest: str, signature: str) -> str | None:
        """Who wrote the entry, and whether it is still what she wrote (None: genuine)."""
        if not fields.signer:
            since = min((k.from_seq for k in self.keys.values()), default=None)
            return "unsigned-before" if since is None or fields.seq < since else "unsigned"
        key = self.keys.get(fields.signer)
        if key is None:
            return "unknown-key"
        if fields.seq < key.from_seq:
            return "early-key"
        if not signature_valid(key, self.vault_id, digest, signature):
            return "sig"
        if fields.outcome == Outcome.UNVERIFIED.value:
            # Taken in by whoever signed in next, so it may name someone else; but only a
            # report of a failed sign-in or a sign-out, with no role and no record, may be.
            if (
                fields.action not in UNVERIFIED_KINDS
                or fields.role
                or fields.section
                or fields.record_ref
            ):
                return "not-a-report"
            return None
        if fields.actor != key.username:
            return "not-signer"
        return None

    def problems(self) -> list[Problem]:
        live: list[Problem] = []
        broken = self.link.broken
        if broken is not None:
            live.append(
                Problem(f"chain:{broken.seq}", f"Audit entry {broken.seq}: {broken.reason}.")
            )
        for kind, first, last, signer in self.bad:
            code = f"{kind}:{first}-{last}"
            who = self.keys[signer].username if signer in self.keys else ""
            extra = f" (the first is signed as {who})" if who and kind == "sig" else ""
            live.append(Problem(code, describe(code)[:-1] + extra + "."))
        return live


def _walk_trail(
    conn: Connection,
    keys: dict[str, RegisteredKey],
    vault_id: str,
    wanted: Iterable[int],
    progress: Callable[[int], None] | None = None,
) -> _Walk:
    walk = _Walk(keys, vault_id, frozenset(wanted) | {k.from_seq for k in keys.values()})
    sig_cols = (
        "signer, prev_hash, hash, signature"
        if _has_signer_column(conn)
        else "'', prev_hash, hash, ''"
    )
    # seq is the table's INTEGER PRIMARY KEY, so in SQLite it is the rowid itself: ordering by
    # it is the stored order there, and the same order on PostgreSQL (which has no rowid).
    # The option for this statement only: Connection.execution_options sets it on the
    # connection in place, and every later statement there (in a caller's transaction on
    # PostgreSQL) would open a server-side cursor that nothing consumes.
    result = conn.execute(
        text(
            "SELECT seq, at, actor, role, action, section, record_ref, outcome, detail, "
            f"{sig_cols} FROM audit_log ORDER BY seq"
        ),
        execution_options={"yield_per": VERIFY_BATCH},
    )
    for batch in result.partitions(VERIFY_BATCH):
        for r in batch:
            walk.feed(AuditFields(*r[0:10]), str(r[10]), str(r[11]), str(r[12]))
        if progress is not None:
            progress(walk.entries)
    return walk


def _slot_of(username: str) -> str:
    """The slot a key registered by its own holder must be listed for: hers (the recovery
    key's entries name ``services.session.RECOVERY_ACTOR``, which imports this module)."""
    return RECOVERY_SLOT if username == "(recovery key)" else f"user:{username}"


_REGISTERED_KEY = re.compile(r"\bkey=([0-9a-f]{32})\b")


def _key_problems(walk: _Walk, roles: dict[str, str]) -> list[Problem]:
    """Each key must have been registered by an admin, the recovery key, or (first key of a
    slot made before signing) its own holder, in a genuine entry."""
    keys = walk.keys
    live: list[Problem] = []
    refused: set[str] = set()
    for key in sorted(keys.values(), key=lambda k: k.from_seq):
        entry = walk.kept.get(key.from_seq)
        registration = entry[0] if entry else None
        registrar = keys.get(registration.signer) if registration is not None else None
        earlier = any(k.slot_id == key.slot_id and k.from_seq < key.from_seq for k in keys.values())
        ok = (
            registration is not None
            and registration.seq in walk.valid
            and registration.action == AuditAction.KEY_REGISTERED.value
            and key.key_id in registration.detail
            and registrar is not None
            and (
                # Her own first key, registered by its holder: the entry's actor is the key's.
                (
                    registrar.key_id == key.key_id
                    and not earlier
                    and registration.actor == key.username
                    and key.slot_id == _slot_of(key.username)
                )
                # Another key, itself registered before and genuinely (what a key's own row
                # claims, an admin's name or the recovery slot, proves nothing by itself: the
                # red team listed a key of hers as the recovery slot's, registered by itself).
                or (
                    registrar.key_id != key.key_id
                    and registrar.from_seq < key.from_seq
                    and registrar.key_id not in refused
                    and (
                        roles.get(registrar.username) == "admin"
                        or registrar.slot_id == RECOVERY_SLOT
                        or registrar.slot_id == key.slot_id
                    )
                )
            )
        )
        if not ok:
            refused.add(key.key_id)
            live.append(
                Problem(
                    f"key:{key.key_id[:12]}",
                    f"The signing key listed for {key.username or key.slot_id} was not "
                    "registered by an admin or by its holder: entries signed with it prove "
                    "nothing.",
                )
            )
    # A registration in the trail whose key the vault no longer lists: someone removed it
    # (to register a key of her own as that slot's first).
    for seq in sorted(walk.valid):
        fields, _ = walk.kept[seq]
        if fields.action != AuditAction.KEY_REGISTERED.value:
            continue
        listed = _REGISTERED_KEY.search(fields.detail)
        if listed is not None and listed.group(1) not in keys:
            live.append(
                Problem(
                    f"key-gone:{listed.group(1)[:12]}",
                    f"The signing key registered in entry {seq} is no longer in the vault's "
                    "list of keys: someone removed it.",
                )
            )
    return live


def _cut_problems(
    walk: _Walk, recorded_heads: Sequence[RecordedHead], notes: list[str]
) -> list[Problem]:
    """Heads recorded in backups: the trail must still hold each of them as it was."""
    restores = [
        t
        for f, _ in walk.kept.values()
        if f.action == AuditAction.BACKUP_RESTORED.value
        and f.seq in walk.valid
        and (t := _parse_time(f.at.rstrip("Z") + "+00:00")) is not None
    ]
    live: list[Problem] = []
    for head in recorded_heads:
        if head.vault_id != walk.vault_id:
            notes.append(f"The backup {head.source} belongs to another vault; it was not compared.")
            continue
        held = walk.kept.get(head.seq)
        if held is not None and held[1] == head.hash:
            continue
        made = _parse_time(head.created_at)
        if made is not None and any(t > made for t in restores):
            notes.append(
                f"The backup {head.source} recorded entry {head.seq}, which the trail no "
                "longer holds: the vault was restored from an earlier backup since."
            )
            continue
        how = (
            f"the trail now ends at entry {walk.last_seq}"
            if held is None
            else f"the trail holds a different entry {head.seq}"
        )
        live.append(
            Problem(
                f"cut:{head.seq}",
                f"The audit trail was cut back or rewritten: the backup {head.source} "
                f"(made {head.created_at[:16]}) recorded entry {head.seq}, but {how}.",
            )
        )
    return live


def verify_chain(
    conn: Connection,
    vault_key: bytes,
    vault_id: str,
    anchor_file: Path,
    recorded_heads: Sequence[RecordedHead] = (),
    progress: Callable[[int], None] | None = None,
) -> ChainReport:
    """Check every link and signature, the two anchors, the heads that backups recorded, and
    the tampering recorded earlier; what an admin acknowledged is reported, not failed.

    Editing, removing or reordering an entry breaks a link; re-chaining after a removal breaks
    the signature of every later entry written by someone else; cutting the tail off leaves a
    backup's recorded head out of reach. The trail is read once, in batches;
    ``progress(entries)`` is told how many were checked after each batch (it may raise to
    cancel).
    """
    keys = registered_keys(conn)
    roles = {
        str(r[0]): str(r[1]) for r in conn.execute(text("SELECT username, role FROM staff")).all()
    }
    walk = _walk_trail(conn, keys, vault_id, (h.seq for h in recorded_heads), progress)
    notes: list[str] = []
    live = [
        *walk.problems(),
        *_key_problems(walk, roles),
        *(
            Problem(code, HEAD_PROBLEMS[code])
            for code in head_problems(conn, vault_key, vault_id, anchor_file)
        ),
        *_cut_problems(walk, recorded_heads, notes),
    ]
    kept = [(f, "", digest) for _, (f, digest) in sorted(walk.kept.items())]
    found = findings_in(kept, walk.valid, {u for u, r in roles.items() if r == "admin"})
    problems, codes = _weigh(live, found, notes)
    if walk.unsigned_before:
        notes.append(f"{walk.unsigned_before} entries are unsigned (written before signing).")
    if walk.unverified:
        notes.append(
            f"{walk.unverified} entries are unverified reports (failed sign-ins and sign-outs "
            "from the lock screen, recorded before anyone signed in)."
        )
    file_heads = read_anchor_file(anchor_file)
    if file_heads and not problems and max(a.seq for a in file_heads) < walk.last_seq:
        behind = walk.last_seq - max(a.seq for a in file_heads)
        notes.append(
            f"The anchor copy is {behind} entries behind (an interrupted session); "
            "the entries after it link correctly."
        )
    return ChainReport(not problems, walk.entries, tuple(problems), tuple(notes), tuple(codes))


def _weigh(
    live: list[Problem], found: list[Finding], notes: list[str]
) -> tuple[list[str], list[str]]:
    """Problems found now and findings recorded earlier, less what an admin acknowledged
    (those become notes): the messages that fail the check, and the codes found now."""
    acknowledged = {c for f in found if f.acknowledged_by for c in f.codes}
    problems: list[str] = []
    codes: list[str] = []
    for problem in live:
        if problem.code in acknowledged:
            notes.append(f"Acknowledged by an admin: {problem.message}")
        else:
            problems.append(problem.message)
            codes.append(problem.code)
    for f in found:
        text_ = f"{f.found_by} {f.at[:16]} UTC (entry {f.seq}): {f.description}"
        if f.acknowledged_by:
            notes.append(f"Acknowledged by {f.acknowledged_by} (reason: {f.reason}): {text_}")
        else:
            problems.append(text_)
    return problems, codes


def findings_in(
    chain: Sequence[tuple[AuditFields, str, str]], valid: set[int], admins: set[str]
) -> list[Finding]:
    """The tamper findings in the trail, each with the admin's acknowledgement if any.

    An acknowledgement counts only in a genuine entry (``valid``: signed and intact) by one of
    ``admins``; one forged under a colleague's name does not match its signature.
    """
    acks: dict[int, tuple[str, str]] = {}
    for f, _, _ in chain:
        if (
            f.action == AuditAction.TAMPER_ACKNOWLEDGED.value
            and f.role == "admin"
            and f.actor in admins
            and f.seq in valid
            and f.record_ref.startswith("audit:")
            and f.record_ref[6:].isdigit()
        ):
            acks[int(f.record_ref[6:])] = (f.actor, f.detail)
    out: list[Finding] = []
    for f, _, _ in chain:
        if f.action != AuditAction.TAMPER_DETECTED.value:
            continue
        by, reason = acks.get(f.seq, ("", ""))
        found_by = "Found by verify on" if f.section == "verify" else "Found at the sign-in of"
        codes = tuple(c for c in f.detail.split(",") if c)
        out.append(Finding(f.seq, f.at, found_by, codes, by, reason))
    return out


def codes_detail(codes: Sequence[str]) -> str:
    """As many whole codes as fit in an entry's detail."""
    out = ""
    for code in codes:
        candidate = f"{out},{code}" if out else code
        if len(candidate) > MAX_DETAIL:
            break
        out = candidate
    return out


@dataclass(frozen=True)
class AuditRecord:
    """A read-only view of one entry."""

    seq: int
    at: datetime
    actor: str
    role: str
    action: str
    section: str
    record_ref: str
    outcome: str
    detail: str


CSV_COLUMNS = ("seq", "at", "actor", "role", "action", "section", "record_ref", "outcome", "detail")


def _csv_safe(value: str) -> str:
    """Neutralise spreadsheet formulas (CSV injection) in an exported cell."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _csv_row(r: AuditRecord) -> list[object]:
    return [
        r.seq,
        r.at.strftime(UTC_FORMAT),
        *(_csv_safe(v) for v in (r.actor, r.role, r.action, r.section, r.record_ref, r.outcome)),
        _csv_safe(r.detail),
    ]


def write_csv(records: Iterable[AuditRecord], out: TextIO) -> int:
    """The records as CSV into ``out``, one at a time (a million entries never sit in memory
    together); returns how many were written."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    n = 0
    for r in records:
        writer.writerow(_csv_row(r))
        n += 1
    return n


def to_csv(records: Iterable[AuditRecord]) -> str:
    out = io.StringIO()
    write_csv(records, out)
    return out.getvalue()


# Rows fetched from the database at a time when the trail is streamed.
STREAM_BATCH = 2000


@dataclass(frozen=True)
class AuditFilter:
    """Which entries: by member of staff, action, section, record and time (UTC, half-open)."""

    actor: str | None = None
    action: str | None = None
    section: str | None = None
    record_ref: str | None = None
    since: datetime | None = None
    until: datetime | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = []
        if self.actor:
            found.append(AuditEntry.actor == self.actor)
        if self.action:
            found.append(AuditEntry.action == self.action)
        if self.section:
            found.append(AuditEntry.section == self.section)
        if self.record_ref:
            found.append(AuditEntry.record_ref == self.record_ref)
        if self.since:
            found.append(AuditEntry.at >= self.since.astimezone(UTC).strftime(UTC_FORMAT))
        if self.until:
            found.append(AuditEntry.at < self.until.astimezone(UTC).strftime(UTC_FORMAT))
        return found


_RECORD_COLUMNS = (
    AuditEntry.seq,
    AuditEntry.at,
    AuditEntry.actor,
    AuditEntry.role,
    AuditEntry.action,
    AuditEntry.section,
    AuditEntry.record_ref,
    AuditEntry.outcome,
    AuditEntry.detail,
)


def _record(row: Sequence[Any]) -> AuditRecord:
    seq, at, actor, role, action, section, record_ref, outcome, detail = row
    return AuditRecord(
        seq=seq,
        at=datetime.strptime(at, UTC_FORMAT).replace(tzinfo=UTC),
        actor=actor,
        role=role,
        action=action,
        section=section,
        record_ref=record_ref,
        outcome=outcome,
        detail=detail,
    )


def entries_query(
    which: AuditFilter, *, newest_first: bool, limit: int | None
) -> Select[*tuple[Any, ...]]:
    """The entries ``which`` matches, oldest first by number, or newest first by time.

    Newest first is ordered by the time index (then the number): the viewer's default page, the
    newest 2,000 of the last 30 days, is then read from the index's end and stops at its
    limit, instead of sorting every entry of those days (a million at a large centre: seconds).
    Entries are numbered under the write lock with the time taken then, so the two orders agree
    but for a clock set back.
    """
    order: tuple[UnaryExpression[Any], ...] = (
        (AuditEntry.at.desc(), AuditEntry.seq.desc()) if newest_first else (AuditEntry.seq.asc(),)
    )
    q = select(*_RECORD_COLUMNS).where(*which.conditions()).order_by(*order)
    return q.limit(limit) if limit else q


class AuditService:
    """Reading the audit trail (managers and the admin), itself audited."""

    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def entries(
        self,
        *,
        actor: str | None = None,
        action: str | None = None,
        section: str | None = None,
        record_ref: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int | None = None,
        newest_first: bool = False,
    ) -> Sequence[AuditRecord]:
        which = AuditFilter(actor, action, section, record_ref, since, until)
        with self._session.unit_of_work(Section.AUDIT, Action.READ) as s:
            q = entries_query(which, newest_first=newest_first, limit=limit)
            records = tuple(_record(row) for row in s.execute(q))
            self._session.audit(s, AuditAction.AUDIT_READ, Section.AUDIT, detail=f"{len(records)}")
            return records

    def stream_csv(
        self,
        out: TextIO,
        which: AuditFilter | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Every entry ``which`` matches, oldest first, as CSV into ``out``, read in batches:
        memory stays flat whatever the length of the trail (a million entries at 100,000
        survivors). ``progress(done, total)`` is called after each batch (it may raise to
        cancel: the read is then audited as nothing). Returns how many entries were written."""
        which = which or AuditFilter()
        with self._session.unit_of_work(Section.AUDIT, Action.READ) as s:
            conditions = which.conditions()
            total = s.scalar(select(func.count()).select_from(AuditEntry).where(*conditions))
            rows = s.execute(
                select(*_RECORD_COLUMNS).where(*conditions).order_by(AuditEntry.seq),
                execution_options={"yield_per": STREAM_BATCH},
            )
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(CSV_COLUMNS)
            done = 0
            with rows:  # a server-side cursor on PostgreSQL: closed before the entry is added
                for batch in rows.partitions(STREAM_BATCH):
                    # The stored time is already the CSV's text (UTC_FORMAT): written as it is.
                    writer.writerows([r[0], r[1], *map(_csv_safe, r[2:])] for r in batch)
                    done += len(batch)
                    if progress is not None:
                        progress(done, total or done)
            self._session.audit(s, AuditAction.AUDIT_READ, Section.AUDIT, detail=f"csv {done}")
            return done

    def export_csv(
        self,
        path: Path,
        which: AuditFilter | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """``stream_csv`` into a file written owner-only (0600) under a temporary name and put
        in place only when complete: a cancelled or failed export leaves no half a trail."""
        part = path.with_name(f".onestop-audit-{secrets.token_hex(8)}.part")
        try:
            fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                n = self.stream_csv(fh, which, progress)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(part, path)
            return n
        finally:
            with contextlib.suppress(FileNotFoundError):
                part.unlink()

    def tamper_findings(self) -> tuple[Finding, ...]:
        """The tamper findings no admin has acknowledged yet, oldest first: what the admin and
        the managers are shown when they sign in. Reads two kinds of entry only (an index), so
        it is cheap; an acknowledgement counts only if its signature is genuine."""
        session = self._session
        with session.unit_of_work(Section.AUDIT, Action.READ) as s:
            conn = s.connection()
            rows = conn.execute(
                text(
                    "SELECT seq, at, actor, role, action, section, record_ref, outcome, detail, "
                    "signer, hash, signature FROM audit_log WHERE action IN (:found, :ack) "
                    "ORDER BY seq"
                ),
                {
                    "found": AuditAction.TAMPER_DETECTED.value,
                    "ack": AuditAction.TAMPER_ACKNOWLEDGED.value,
                },
            ).all()
            keys = registered_keys(conn)
            chain = [(AuditFields(*r[0:10]), "", str(r[10])) for r in rows]
            valid = {
                int(r[0])
                for r in rows
                if r[9]
                and (key := keys.get(str(r[9]))) is not None
                and key.username == str(r[2])
                and signature_valid(key, session.vault_id, str(r[10]), str(r[11]))
            }
            admins = {
                str(r[0])
                for r in conn.execute(text("SELECT username FROM staff WHERE role = 'admin'"))
            }
            found = tuple(f for f in findings_in(chain, valid, admins) if not f.acknowledged_by)
            session.audit(
                s, AuditAction.AUDIT_READ, Section.AUDIT, detail=f"tamper-findings={len(found)}"
            )
            return found
