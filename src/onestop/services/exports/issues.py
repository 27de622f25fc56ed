"""The number and version of a document issued from records (the medico-legal report).

A report is numbered once per subject (one examination of one case); its version moves on
at the next export when the records it is made from changed since the last one (their
fingerprint: each record's id and version), and stays when nothing changed, so the police
and the court can tell an amended report from a copy of the same one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from onestop.db.base import utcnow
from onestop.db.cases import Case
from onestop.db.issues import DocumentIssue
from onestop.services.session import VaultSession


@dataclass(frozen=True)
class Replaced:
    """The version an issue replaces: when it was first issued, and whom it named as the
    examiner (the JSON recorded with it, "" when not recorded: issued before migration 0068)."""

    version: int
    issued_at: datetime
    examiner: str


@dataclass(frozen=True)
class Issue:
    number: str  # "OSC-2026-00001/ML-1"
    version: int
    fingerprint: str
    subject: str
    document: str
    # Whom it names as the examiner, kept with it (services.exports.medicolegal
    # examiner_record); "" when it names none.
    examiner: str = ""
    # The version before it, once issued (None for a version 1).
    replaces: Replaced | None = None


def fingerprint(parts: Iterable[object]) -> str:
    """A hash of what the document was made from (record types, ids and versions)."""
    return hashlib.sha256("\n".join(map(str, parts)).encode()).hexdigest()


def next_issue(
    session: VaultSession,
    reference: str,
    document: str,
    subject: str,
    made_from: str,
    issued: Sequence[Issue] = (),
    examiner: str = "",
) -> Issue:
    """The number and version the document will carry if exported now (nothing recorded),
    after those ``issued`` alongside it and not yet recorded (the court bundle's several
    reports: two new subjects never share a number); ``examiner`` whom it names, kept with
    it when it is recorded. A version after the first says which it replaces: the one before
    it, as first issued, with whom that named (a copy of the same version says the same)."""
    with session.system_transaction() as s:
        case_id = s.scalar(select(Case.id).where(Case.reference == reference))
        rows = s.scalars(
            select(DocumentIssue)
            .where(DocumentIssue.case_id == case_id, DocumentIssue.document == document)
            .order_by(DocumentIssue.id)
        ).all()
    subjects = list(
        dict.fromkeys(
            [*(r.subject for r in rows), *(i.subject for i in issued if i.document == document)]
        )
    )
    ordinal = subjects.index(subject) + 1 if subject in subjects else len(subjects) + 1
    mine = [r for r in rows if r.subject == subject]
    if not mine:
        version = 1
    elif mine[-1].fingerprint == made_from:
        version = mine[-1].version
    else:
        version = mine[-1].version + 1
    before = [r for r in mine if r.version == version - 1]
    replaces = (
        Replaced(
            version - 1,
            before[0].issued_at,
            next((r.examiner for r in reversed(before) if r.examiner), ""),
        )
        if before
        else None
    )
    return Issue(
        f"{reference}/ML-{ordinal}", version, made_from, subject, document, examiner, replaces
    )


def record_issue(session: VaultSession, reference: str, issue: Issue) -> None:
    """Keep the issue (after the file was written): the next export compares with it."""
    with session.system_transaction() as s:
        case_id = s.scalar(select(Case.id).where(Case.reference == reference))
        s.add(
            DocumentIssue(
                case_id=case_id,
                document=issue.document,
                subject=issue.subject,
                version=issue.version,
                fingerprint=issue.fingerprint,
                issued_at=utcnow(),
                issued_by=session.actor.username,
                examiner=issue.examiner,
            )
        )
