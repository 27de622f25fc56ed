"""What every record service shares: finding a case, and keeping the history of changes.

Every editable record has a ``version``. An edit names the version it started from; if someone
else saved in between, the edit is refused (Conflict) rather than silently overwriting. The
version being replaced is kept in ``record_history`` as it was, so a file's history can be read
back field by field.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from onestop.db.base import utcnow
from onestop.db.cases import Case, RecordVersion
from onestop.errors import Conflict, NotFound


def find_case(s: Session, reference: str) -> Case:
    row = s.scalars(select(Case).where(Case.reference == reference.strip().upper())).first()
    if row is None:
        raise NotFound(f"There is no case {reference.strip()!r}.")
    return row


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def check_version(row: Any, expected: int, what: str) -> None:
    if row.version != expected:
        raise Conflict(
            f"Someone else saved this {what} while you were editing it. Nothing was saved: "
            "open it again to see their changes, then make yours."
        )


def keep_version(
    s: Session,
    record_type: str,
    row: Any,
    fields: Iterable[str],
    changed_by: str,
    extra: Mapping[str, Any] | None = None,
) -> None:
    """Store ``row`` as it is now (before an edit) and move it to the next version.

    ``extra`` adds what the record owns in other tables (an encounter's injuries, say), as
    plain JSON-ready values.
    """
    snapshot = {name: _plain(getattr(row, name)) for name in fields}
    snapshot.update(extra or {})
    s.add(
        RecordVersion(
            record_type=record_type,
            record_id=row.id,
            version=row.version,
            changed_at=utcnow(),
            changed_by=changed_by,
            snapshot=json.dumps(snapshot, ensure_ascii=False),
        )
    )
    row.version += 1
    row.updated_at = utcnow()
    row.updated_by = changed_by


@dataclass(frozen=True)
class Version:
    """One earlier version of a record: what its fields were until ``replaced_at``."""

    version: int
    replaced_at: datetime
    replaced_by: str
    fields: Mapping[str, Any]


def versions(s: Session, record_type: str, record_id: int) -> tuple[Version, ...]:
    rows = s.scalars(
        select(RecordVersion)
        .where(RecordVersion.record_type == record_type, RecordVersion.record_id == record_id)
        .order_by(RecordVersion.version)
    )
    return tuple(
        Version(r.version, r.changed_at, r.changed_by, json.loads(r.snapshot)) for r in rows
    )
