"""Which break-glass accesses a manager has reviewed, as the signed audit trail says.

Anyone who can sign in holds the vault key, and so writes the ``break_glass`` table: the
colleague who broke glass could set her own access's ``reviewed_by``/``reviewed_at`` (or delete
its row) and it would leave the manager's queue. So the queue is read from the trail. Opening an
access is its own entry (``record.break_glass``, "access N for M minutes", signed by the person
who opened it); a review is its own entry ("access N reviewed", signed by the reviewer, naming
the same record and section). An access counts as reviewed only when such a review entry:

- is intact and genuine: its hash is recomputed from its fields, and its signature checked
  against the registered key of the account it names (an unsigned entry counts only from
  before signing began, which an access opened since cannot be reviewed by);
- comes after the opening and names the same access, record and section;
- was written by someone whose role reviews break-glass (``Capability.REVIEW_BREAK_GLASS``),
  both in the entry and in ``staff`` now, and who is not the person who opened the access.

The table's review columns are a cache of that, compared by ``compare``: an access the table
calls reviewed without such an entry, an opening whose row is gone, a row without an opening,
and a review that does not count are each named by ``onestop-cli admin verify`` (the
"break-glass review" check) and shown in the queue as not reviewed.

Cost: one indexed read of the ``record.break_glass`` entries (two per access; the index on
``action``), the ``break_glass`` rows, and one hash and signature check per review entry,
remembered for the process (keyed by the public key and the entry as stored, so an entry
changed since is checked again). It grows with the number of break-glass accesses, not with
the trail.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import Connection, text

from onestop.domain.audit import AuditAction, AuditFields, Outcome, entry_hash
from onestop.domain.roles import Capability, Role, may
from onestop.services.audit import RegisteredKey, registered_keys, signature_valid

OPENED = re.compile(r"^access (\d+) for (\d+) minutes$")
REVIEWED = re.compile(r"^access (\d+) reviewed$")

# Review entries already checked in this process: (vault, public key, entry) -> genuine.
_CHECKED: dict[tuple[str, bytes, AuditFields, str, str, str], bool] = {}
_CHECKED_MOST = 50_000


@dataclass(frozen=True)
class Review:
    seq: int
    at: datetime
    actor: str


@dataclass
class TrailAccess:
    """One opening entry, and the review that counts for it (if any)."""

    seq: int
    access_id: int
    at: datetime
    minutes: int
    actor: str
    section: str
    reference: str
    review: Review | None = None

    @property
    def expires_at(self) -> datetime:
        return self.at + timedelta(minutes=self.minutes)


@dataclass(frozen=True)
class TableRow:
    """What the ``break_glass`` table says of one access (its cache)."""

    access_id: int
    username: str
    section: str
    reference: str
    said_reviewed: bool  # reviewed_by or reviewed_at is set


@dataclass(frozen=True)
class Standing:
    """One access as the trail and the table tell it together."""

    access_id: int
    trail: TrailAccess | None  # None: a row the trail has no opening for
    row: TableRow | None  # None: the row is gone (or is not this access's)
    review: Review | None  # the review that counts, from the trail only
    problems: tuple[str, ...] = ()  # codes, keys of PROBLEMS


@dataclass
class GlassTrail:
    accesses: list[TrailAccess] = field(default_factory=list)
    # Reviews that count, naming an access the trail holds no opening for: (id, ref, section).
    orphan_reviews: dict[tuple[int, str, str], Review] = field(default_factory=dict)
    refused: list[tuple[int, str]] = field(default_factory=list)  # (entry, code)


PROBLEMS = {
    "cache-reviewed": "the vault's table says it was reviewed, but the audit trail holds no "
    "review of it by a manager",
    "row-missing": "its record was removed from the vault's table; the audit trail still holds it",
    "row-altered": "its record in the vault's table names another person, file or section than "
    "the audit trail",
    "no-opening": "the vault's table lists it, but the audit trail holds no opening of it",
    "forged": "a review entry of it is altered, unsigned or signed with another key",
    "not-reviewer": "a review entry of it was written by someone whose role does not review "
    "break-glass",
    "own-access": "a review entry of it was written by the person who opened it",
    "mismatch": "a review entry of it names another file or section",
    "before-opening": "a review entry of it comes before its opening",
}


def _parse(at: str) -> datetime:
    try:
        return datetime.fromisoformat(at).astimezone(UTC)
    except ValueError:  # not written by OneStop: the entry fails verify's chain check
        return datetime.min.replace(tzinfo=UTC)


def _genuine(
    fields: AuditFields,
    prev_hash: str,
    digest: str,
    signature: str,
    keys: Mapping[str, RegisteredKey],
    vault_id: str,
) -> bool:
    """The entry is as its writer signed it, and she is the account it names."""
    if not fields.signer:
        since = min((k.from_seq for k in keys.values()), default=None)
        return (since is None or fields.seq < since) and entry_hash(prev_hash, fields) == digest
    key = keys.get(fields.signer)
    if key is None or fields.seq < key.from_seq or key.username != fields.actor:
        return False
    public = key.public.public_bytes(Encoding.Raw, PublicFormat.Raw)
    # Everything the answer depends on: the same entry under the same key is not checked
    # twice in a process; a changed field, hash, signature or key is checked afresh.
    cached = (vault_id, public, fields, prev_hash, digest, signature)
    found = _CHECKED.get(cached)
    if found is None:
        found = entry_hash(prev_hash, fields) == digest and signature_valid(
            key, vault_id, digest, signature
        )
        if len(_CHECKED) >= _CHECKED_MOST:
            _CHECKED.clear()
        _CHECKED[cached] = found
    return found


def _role_reviews(role: str) -> bool:
    try:
        return may(Role(role), Capability.REVIEW_BREAK_GLASS)
    except ValueError:
        return False


def read_trail(conn: Connection, vault_id: str) -> GlassTrail:
    """The break-glass entries of the trail (by the index on ``action``), paired."""
    keys = registered_keys(conn)
    roles = {str(r[0]): str(r[1]) for r in conn.execute(text("SELECT username, role FROM staff"))}
    rows = conn.execute(
        text(
            "SELECT seq, at, actor, role, action, section, record_ref, outcome, detail, signer, "
            "prev_hash, hash, signature FROM audit_log WHERE action = :action ORDER BY seq"
        ),
        {"action": AuditAction.BREAK_GLASS.value},
    ).all()
    trail = GlassTrail()
    latest: dict[int, TrailAccess] = {}  # access id -> its latest opening so far
    for r in rows:
        seq, at, actor, role, action, section, ref, outcome, detail = r[0:9]
        fields = AuditFields(
            seq, at, actor, role, action, section, ref, outcome, detail, str(r[9] or "")
        )
        if fields.outcome != Outcome.OK.value:
            continue
        opened = OPENED.fullmatch(fields.detail)
        if opened:
            access = TrailAccess(
                fields.seq,
                int(opened[1]),
                _parse(fields.at),
                int(opened[2]),
                fields.actor,
                fields.section,
                fields.record_ref,
            )
            trail.accesses.append(access)
            latest[access.access_id] = access
            continue
        reviewed = REVIEWED.fullmatch(fields.detail)
        if not reviewed:
            continue
        access_id = int(reviewed[1])
        target = latest.get(access_id)
        code = ""
        if not _genuine(fields, str(r[10]), str(r[11]), str(r[12] or ""), keys, vault_id):
            code = "forged"
        elif not (_role_reviews(fields.role) and _role_reviews(roles.get(fields.actor, ""))):
            code = "not-reviewer"
        elif target is not None and target.actor == fields.actor:
            code = "own-access"
        elif target is not None and (target.reference, target.section) != (
            fields.record_ref,
            fields.section,
        ):
            code = "mismatch"
        if code:
            trail.refused.append((access_id, code))
            continue
        review = Review(fields.seq, _parse(fields.at), fields.actor)
        if target is None:
            trail.orphan_reviews[(access_id, fields.record_ref, fields.section)] = review
        elif target.review is None:
            target.review = review
    return trail


def table_rows(conn: Connection) -> list[TableRow]:
    found = conn.execute(
        text(
            "SELECT b.id, b.username, b.section, c.reference, b.reviewed_by, b.reviewed_at "
            "FROM break_glass b LEFT OUTER JOIN cases c ON c.id = b.case_id ORDER BY b.id"
        )
    ).all()
    return [
        TableRow(
            int(r[0]),
            str(r[1]),
            str(r[2]),
            str(r[3] or ""),
            r[4] is not None or r[5] is not None,
        )
        for r in found
    ]


def compare(trail: GlassTrail, rows: Iterable[TableRow]) -> list[Standing]:
    """Every access, oldest opening first (then rows the trail does not hold), with the review
    the trail gives it and what disagrees between the trail and the table."""
    by_id = {row.access_id: row for row in rows}
    last_opening = {a.access_id: a.seq for a in trail.accesses}
    refused: dict[int, list[str]] = {}
    for access_id, code in trail.refused:
        refused.setdefault(access_id, []).append(code)
    out: list[Standing] = []
    matched: set[int] = set()
    for access in trail.accesses:
        problems: list[str] = list(refused.get(access.access_id, ()))
        row = by_id.get(access.access_id) if last_opening[access.access_id] == access.seq else None
        if row is not None:
            matched.add(row.access_id)
            if (row.username, row.section, row.reference) != (
                access.actor,
                access.section,
                access.reference,
            ):
                problems.append("row-altered")
                row = None
        else:
            problems.append("row-missing")
        if row is not None and row.said_reviewed and access.review is None:
            problems.append("cache-reviewed")
        out.append(Standing(access.access_id, access, row, access.review, tuple(problems)))
    for row in by_id.values():
        if row.access_id in matched:
            continue
        review = trail.orphan_reviews.get((row.access_id, row.reference, row.section))
        if review is not None and review.actor == row.username:
            review = None
        problems = ["no-opening"]
        if row.said_reviewed and review is None:
            problems.append("cache-reviewed")
        out.append(Standing(row.access_id, None, row, review, tuple(problems)))
    return out


def standings(conn: Connection, vault_id: str) -> list[Standing]:
    return compare(read_trail(conn, vault_id), table_rows(conn))


def purged(conn: Connection, references: Iterable[str]) -> set[str]:
    """Which of ``references`` were purged (a tombstone in the trail, the file gone): their
    break-glass rows went with the file, as they should."""
    gone: set[str] = set()
    for ref in set(references):
        still = conn.execute(text("SELECT 1 FROM cases WHERE reference = :r"), {"r": ref}).first()
        if still is not None:
            continue
        tomb = conn.execute(
            text("SELECT 1 FROM audit_log WHERE record_ref = :r AND action = :a LIMIT 1"),
            {"r": ref, "a": AuditAction.RECORD_PURGED.value},
        ).first()
        if tomb is not None:
            gone.add(ref)
    return gone


def tampering(conn: Connection, vault_id: str) -> list[str]:
    """What ``verify`` names: each access where the table and the trail disagree, or a review
    that does not count (a row that went with a purged file is not named)."""
    found = standings(conn, vault_id)
    gone = purged(
        conn,
        (s.trail.reference for s in found if s.trail is not None and "row-missing" in s.problems),
    )
    lines: list[str] = []
    for s in found:
        codes = [
            c
            for c in s.problems
            if not (c == "row-missing" and s.trail is not None and s.trail.reference in gone)
        ]
        if not codes:
            continue
        who = s.trail.actor if s.trail is not None else (s.row.username if s.row else "")
        ref = s.trail.reference if s.trail is not None else (s.row.reference if s.row else "")
        lines.append(
            f"access {s.access_id} ({who}, {ref}): " + "; ".join(PROBLEMS[c] for c in codes)
        )
    return lines
