"""Writing, reading and checking the audit trail.

``append`` is called inside every service's unit of work, so an action and its entry commit or
roll back together. Entries never hold record content: who, role, action, section, a record
reference, the outcome, and at most a short code in ``detail``.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from onestop.db.audit import AuditAnchor, AuditEntry
from onestop.domain.audit import (
    GENESIS_HASH,
    UTC_FORMAT,
    AuditAction,
    AuditFields,
    Outcome,
    entry_hash,
    find_chain_break,
)
from onestop.domain.casefile import REFERENCE_PATTERN
from onestop.domain.roles import Action, Section
from onestop.vault.keyslots import atomic_write
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
    key = subkey(vault_key, Purpose.AUDIT_ANCHOR)
    return hmac.new(key, f"{vault_id}|{seq}|{digest}".encode("ascii"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str
    mac: str


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
) -> AuditFields:
    """Append one entry (and move the anchor) inside the caller's transaction."""
    if len(record_ref) > MAX_REF or len(detail) > MAX_DETAIL:
        raise ValueError("audit references and details are short codes, never record content")
    # Chain from the anchor, not from the table's last row: if entries were cut off the end,
    # the next entry still follows the true head, and the gap stays visible to verify.
    row = s.get(AuditAnchor, 1)
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
    )
    digest = entry_hash(prev_hash, fields)
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
        )
    )
    anchor = Anchor(fields.seq, digest, anchor_mac(vault_key, vault_id, fields.seq, digest))
    if row is None:
        s.add(AuditAnchor(id=1, seq=anchor.seq, hash=anchor.hash, mac=anchor.mac))
    else:
        row.seq, row.hash, row.mac = anchor.seq, anchor.hash, anchor.mac
    # No flush: the entry goes to the database with the rest of the unit of work.
    s.info["audit_anchor"] = anchor
    return fields


def _anchor_json(anchor: Anchor) -> dict[str, object]:
    return {"seq": anchor.seq, "hash": anchor.hash, "mac": anchor.mac}


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
        return tuple(Anchor(int(h["seq"]), str(h["hash"]), str(h["mac"])) for h in heads)
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):
        return (INVALID_ANCHOR,)


def rewrite_anchor(conn: Connection, vault_key: bytes, vault_id: str) -> Anchor | None:
    """Re-authenticate the anchor row under ``vault_key`` (after a key rotation or a restore)."""
    last = conn.execute(text("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")).first()
    if last is None:
        return None
    anchor = Anchor(int(last[0]), str(last[1]), anchor_mac(vault_key, vault_id, last[0], last[1]))
    conn.execute(text("DELETE FROM audit_anchor"))
    conn.execute(
        text("INSERT INTO audit_anchor (id, seq, hash, mac) VALUES (1, :seq, :hash, :mac)"),
        {"seq": anchor.seq, "hash": anchor.hash, "mac": anchor.mac},
    )
    return anchor


HEAD_PROBLEMS = {
    "db-anchor-missing": "The audit trail's anchor is missing from the database.",
    "db-anchor-forged": "The audit trail's anchor in the database was altered.",
    "entries-removed": "The last entries of the audit trail were removed.",
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
    breaks its MAC; putting back an older database leaves the file anchor ahead of it. The file
    may lag the table by the entries of a session cut off by a crash (it is written just after
    each commit): that is not a problem. Returns codes, keys of HEAD_PROBLEMS.
    """
    problems: list[str] = []
    last = conn.execute(text("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")).first()
    last_seq = int(last[0]) if last else 0

    def hash_at(seq: int) -> str | None:
        row = conn.execute(text("SELECT hash FROM audit_log WHERE seq = :s"), {"s": seq}).first()
        return str(row[0]) if row else None

    row = conn.execute(text("SELECT seq, hash, mac FROM audit_anchor WHERE id = 1")).first()
    if row is None:
        if last is not None:
            problems.append("db-anchor-missing")
    else:
        seq, digest, mac = int(row[0]), str(row[1]), str(row[2])
        if not hmac.compare_digest(mac, anchor_mac(vault_key, vault_id, seq, digest)):
            problems.append("db-anchor-forged")
        elif seq != last_seq or hash_at(seq) != digest:
            problems.append("entries-removed")
    file_heads = read_anchor_file(anchor_file)
    if file_heads is None:
        if last is not None:
            problems.append("file-anchor-missing")
        return problems

    def genuine(a: Anchor) -> bool:
        return a.seq >= 0 and hmac.compare_digest(
            a.mac, anchor_mac(vault_key, vault_id, a.seq, a.hash)
        )

    if not any(genuine(a) for a in file_heads):
        problems.append("file-anchor-invalid")
    elif not any(genuine(a) and a.seq <= last_seq and hash_at(a.seq) == a.hash for a in file_heads):
        problems.append("file-anchor-ahead")
    return problems


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    problems: tuple[str, ...]
    notes: tuple[str, ...]


def verify_chain(
    conn: Connection, vault_key: bytes, vault_id: str, anchor_file: Path
) -> ChainReport:
    """Check every link, the two anchors, and any tampering recorded at an earlier sign-in.

    Editing, removing or reordering an entry breaks a link. The anchors are checked at every
    sign-in, before the chain moves on; what was found then stays in the chain as an entry.
    """
    rows = conn.execute(
        text(
            "SELECT seq, at, actor, role, action, section, record_ref, outcome, detail, "
            "prev_hash, hash FROM audit_log ORDER BY rowid"
        )
    ).all()
    chain = [(AuditFields(*r[0:9]), str(r[9]), str(r[10])) for r in rows]
    problems: list[str] = []
    broken = find_chain_break(chain)
    if broken is not None:
        problems.append(f"Audit entry {broken.seq}: {broken.reason}.")
    problems.extend(
        HEAD_PROBLEMS[code] for code in head_problems(conn, vault_key, vault_id, anchor_file)
    )
    for fields, _, _ in chain:
        if fields.action == AuditAction.TAMPER_DETECTED.value:
            found = " ".join(HEAD_PROBLEMS.get(c, c) for c in fields.detail.split(","))
            problems.append(
                f"Found at the sign-in of {fields.at[:16]} UTC (entry {fields.seq}): {found}"
            )
    notes: list[str] = []
    file_heads = read_anchor_file(anchor_file)
    last_seq = chain[-1][0].seq if chain else 0
    if file_heads and not problems and max(a.seq for a in file_heads) < last_seq:
        behind = last_seq - max(a.seq for a in file_heads)
        notes.append(
            f"The anchor copy is {behind} entries behind (an interrupted session); "
            "the entries after it link correctly."
        )
    return ChainReport(not problems, len(chain), tuple(problems), tuple(notes))


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


def to_csv(records: Iterable[AuditRecord]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in records:
        writer.writerow(
            [
                r.seq,
                r.at.strftime(UTC_FORMAT),
                *(
                    _csv_safe(v)
                    for v in (r.actor, r.role, r.action, r.section, r.record_ref, r.outcome)
                ),
                _csv_safe(r.detail),
            ]
        )
    return out.getvalue()


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
        fmt = UTC_FORMAT
        with self._session.unit_of_work(Section.AUDIT, Action.READ) as s:
            order = AuditEntry.seq.desc() if newest_first else AuditEntry.seq
            q = select(AuditEntry).order_by(order)
            if actor:
                q = q.where(AuditEntry.actor == actor)
            if action:
                q = q.where(AuditEntry.action == action)
            if section:
                q = q.where(AuditEntry.section == section)
            if record_ref:
                q = q.where(AuditEntry.record_ref == record_ref)
            if since:
                q = q.where(AuditEntry.at >= since.astimezone(UTC).strftime(fmt))
            if until:
                q = q.where(AuditEntry.at < until.astimezone(UTC).strftime(fmt))
            if limit:
                q = q.limit(limit)
            records = tuple(
                AuditRecord(
                    seq=e.seq,
                    at=datetime.strptime(e.at, fmt).replace(tzinfo=UTC),
                    actor=e.actor,
                    role=e.role,
                    action=e.action,
                    section=e.section,
                    record_ref=e.record_ref,
                    outcome=e.outcome,
                    detail=e.detail,
                )
                for e in s.scalars(q)
            )
            self._session.audit(s, AuditAction.AUDIT_READ, Section.AUDIT, detail=f"{len(records)}")
            return records
