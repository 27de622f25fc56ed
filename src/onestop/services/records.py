"""What every record service shares: finding a case, and keeping the history of changes.

Every editable record has a ``version`` (db.base.Versioned). An edit names the version it
started from; if someone else saved in between, the edit is refused (Conflict) rather than
silently overwriting. The version being replaced is kept in ``record_history`` as it was, so a
file's history can be read back field by field.

Services make rows with ``new_row`` or ``create_row`` (stamped, and audited with
``create_row``) and change them only through ``bump_version``, which writes the history row and
moves the version on in one step: no edit can move the version without keeping the old one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy import Select, inspect, select
from sqlalchemy.orm import Session

from onestop.db.base import Created, utcnow
from onestop.db.cases import Case
from onestop.db.records import RecordVersion
from onestop.domain.audit import AuditAction
from onestop.domain.roles import Action, Section
from onestop.domain.validation import Problems
from onestop.errors import Conflict, NotFound, ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import sealedcolumns, sectionkeys, signedversions
from onestop.services.validation import text_limits

if TYPE_CHECKING:
    from onestop.services.session import VaultSession

D = TypeVar("D")
R = TypeVar("R")


# In ``Session.info`` while a batch of reads runs (VaultSession.batch(reads=True)): what it has
# read once and its later readers take again without asking the database (``case_rows``).
READ_BATCH = "onestop_read_batch"


def find_case(s: Session, reference: str) -> Case:
    key = reference.strip().upper()
    held: Case | None = s.info.get("case_found")
    if (
        held is not None
        and READ_BATCH in s.info
        and held.reference == key
        and inspect(held).persistent
    ):
        # A batch of reads (a whole case file: a reader per section) finds its case once:
        # the same row the identity map would give again, without a round trip per reader.
        return held
    row = s.scalars(select(Case).where(Case.reference == key)).first()
    # The last case found is held by the transaction: the identity map keeps only weak
    # references, and a case file read in one batch finds its case once per section; held,
    # the row's sealed identity is opened once (its load event), not again by each reader.
    s.info["case_found"] = row
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", 'There is no case "{reference}".').format(
                reference=reference.strip()
            )
        )
    return row


def case_rows(s: Session, model: Any, case: Case, query: Select[Any] | None = None) -> list[Any]:
    """The rows of ``model`` of ``case`` (``query``, by default every row whose ``case_id`` is
    hers), in no particular order: in a batch of reads, those a reader of the batch already
    read whole (``keep_rows``) are taken again, not asked of the database once more (the
    timeline of a whole file reads the rows its sections read)."""
    kept = s.info.get(READ_BATCH)
    if kept is not None and (model, case.id) in kept:
        return list(kept[(model, case.id)])
    stmt = query if query is not None else select(model).where(model.case_id == case.id)
    return list(s.scalars(stmt).all())


def keep_rows(s: Session, model: Any, case: Case, rows: Iterable[Any]) -> None:
    """In a batch of reads: ``rows`` are every row of ``model`` of ``case``, for its later
    readers (``case_rows``): ORM rows, or rows of columns holding at least those its readers
    use (her health encounters and doses, read as columns, for the timeline)."""
    kept = s.info.get(READ_BATCH)
    if kept is not None:
        kept[(model, case.id)] = tuple(rows)


def plain(value: Any) -> Any:
    """A value as JSON can hold it (times as ISO text, enums as their value)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def check_version(row: Any, expected: int, what: str) -> None:
    if row.version != expected:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Someone else saved this {what} while you were editing it. Nothing was saved: "
                "open it again to see their changes, then make yours.",
            ).format(what=what)
        )


def new_row(model: type[R], who: str, **values: Any) -> R:
    """A new row of a versioned table at version 1, written now by ``who`` (and created now by
    ``who`` when the table records its creation, db.base.Created)."""
    now = utcnow()
    stamps: dict[str, Any] = {"version": 1, "updated_at": now, "updated_by": who}
    if issubclass(model, Created):
        stamps.update(created_at=now, created_by=who)
    return model(**stamps, **values)


def create_row(
    session: VaultSession,
    s: Session,
    model: type[R],
    section: Section,
    detail: str,
    *,
    record_ref: str = "",
    **values: Any,
) -> R:
    """``new_row`` added to the unit of work and flushed (so it has its id), and the write
    audited in ``section``: ``detail`` with ``{id}`` replaced by the new row's id."""
    row = new_row(model, session.actor.username, **values)
    s.add(row)
    s.flush()
    session.audit(
        s,
        AuditAction.RECORD_WRITE,
        section,
        record_ref=record_ref,
        detail=detail.format(id=row.id),  # type: ignore[attr-defined]
    )
    return row


def bump_version(
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
    snapshot = {name: plain(getattr(row, name)) for name in fields}
    snapshot.update(extra or {})
    # A row sealed by the ORM layer keeps its sealed text sealed in its history too.
    snapshot = sealedcolumns.seal_snapshot(s, row, snapshot)
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


@dataclass(frozen=True)
class CaseRecord(Generic[D]):
    """A read-only snapshot of one record of a case."""

    record_id: int
    case_reference: str
    details: D
    version: int
    updated_at: datetime
    updated_by: str


class CaseRecords(Generic[D]):
    """Create, edit (with history and conflict checks), list and read the history of one kind
    of record of a case, in one section of the matrix, every read and write audited.

    A subclass names its table, section and fields (the details dataclass's fields, each a
    column of the same name), and says how to validate and how to read a row back.
    """

    model: type[Any]
    section: Section
    record_type: str
    label: str
    order_by: tuple[str, ...] = ("id",)
    # Columns sealed under the section's key (services.sectionkeys; the table has a
    # ``key_version`` column). ``to_details`` reads them through ``text``.
    sealed: tuple[str, ...] = ()

    def __init__(self, session: VaultSession) -> None:
        self._session = session

    # -- what a subclass provides --

    def validate(self, s: Session, case: Case, details: D) -> Problems:
        return {}

    def to_details(self, row: Any) -> D:
        raise NotImplementedError

    def initial_state(self) -> dict[str, Any]:
        """Columns a new record starts with besides its details (a referral's status)."""
        return {}

    # -- the shared work --

    def text(self, row: Any, name: str) -> str:
        """A text column of ``row`` as its author wrote it (opened if it is sealed)."""
        if name in self.sealed:
            return sectionkeys.open_row(self._session, row, name)
        value: str = getattr(row, name)
        return value

    def _need_key(self) -> None:
        if self.sealed or self.model in sealedcolumns.TRANSPARENT:
            sectionkeys.require_key(self._session, self.section)

    def _fields(self, details: D) -> dict[str, Any]:
        return {f.name: getattr(details, f.name) for f in dataclass_fields(details)}  # type: ignore[arg-type]

    def _snapshot(self, row: Any, reference: str) -> CaseRecord[D]:
        return CaseRecord(
            row.id, reference, self.to_details(row), row.version, row.updated_at, row.updated_by
        )

    def _check(self, s: Session, case: Case, details: D) -> None:
        problems = text_limits(self.model, self._fields(details))
        problems.update(self.validate(s, case, details))
        if problems:
            raise ValidationFailed.of(problems)

    def _find(self, s: Session, reference: str, record_id: int) -> tuple[Case, Any]:
        case = find_case(s, reference)
        row = s.get(self.model, record_id)
        if row is None or row.case_id != case.id:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "No {label} of case {reference} was chosen, or it was removed. Choose it "
                    "again from the list.",
                ).format(label=self.label, reference=case.reference)
            )
        return case, row

    def insert(self, s: Session, case: Case, details: D) -> Any:
        """Add an (already validated) record inside the caller's unit of work, audited.

        Sealed columns go into the INSERT empty and are sealed once the row has its id."""
        self._need_key()
        values = self._fields(details)
        plain_text = {name: values.pop(name) for name in self.sealed}
        row = create_row(
            self._session,
            s,
            self.model,
            self.section,
            f"{self.record_type} {{id}} recorded",
            record_ref=case.reference,
            case_id=case.id,
            **self.initial_state(),
            **values,
            **dict.fromkeys(plain_text, ""),
        )
        if self.sealed:
            for name, value in plain_text.items():
                setattr(row, name, value)
            sectionkeys.seal_row(self._session, row, self.section, self.sealed)
        return row

    def record(self, reference: str, details: D) -> CaseRecord[D]:
        with self._session.unit_of_work(self.section, Action.WRITE, record_ref=reference) as s:
            case = find_case(s, reference)
            self._check(s, case, details)
            return self._snapshot(self.insert(s, case, details), case.reference)

    def update(
        self, reference: str, record_id: int, details: D, expected_version: int
    ) -> CaseRecord[D]:
        session = self._session
        with session.unit_of_work(self.section, Action.WRITE, record_ref=reference) as s:
            case, row = self._find(s, reference, record_id)
            check_version(row, expected_version, self.label)
            self._check(s, case, details)
            self._need_key()
            values = self._fields(details)
            # A sealed row's snapshot keeps its sealed text and the key version it needs.
            extra = {"key_version": row.key_version} if self.sealed else None
            bump_version(s, self.record_type, row, values, session.actor.username, extra)
            for name, value in values.items():
                setattr(row, name, value)
            if self.sealed:
                sectionkeys.seal_row(session, row, self.section, self.sealed)
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                self.section,
                record_ref=case.reference,
                detail=f"{self.record_type} {row.id} v{row.version}",
            )
            return self._snapshot(row, case.reference)

    def list(self, reference: str) -> tuple[CaseRecord[D], ...]:
        with self._session.unit_of_work(self.section, Action.READ, record_ref=reference) as s:
            case = find_case(s, reference)
            self._need_key()
            order = [getattr(self.model, name) for name in self.order_by]
            found = s.scalars(
                select(self.model).where(self.model.case_id == case.id).order_by(*order)
            ).all()
            # A record whose sealed text names another case was moved here from another
            # survivor's file by someone with the vault key: not hers, not listed (verify
            # names it: services.sectionkeys.text_elsewhere).
            rows = [r for r in found if not sealedcolumns.sealed_elsewhere(r, self.sealed)]
            # A record put back below the version its signed edits record: refused.
            signedversions.check_current(s, self.record_type, case.reference, rows)
            keep_rows(s, self.model, case, rows)
            self._session.audit(
                s,
                AuditAction.RECORD_READ,
                self.section,
                record_ref=case.reference,
                detail=self.record_type,
            )
            return tuple(self._snapshot(r, case.reference) for r in rows)

    def history(self, reference: str, record_id: int) -> tuple[Version, ...]:
        with self._session.unit_of_work(self.section, Action.READ, record_ref=reference) as s:
            case, row = self._find(s, reference, record_id)
            found = versions(s, self.record_type, row.id)
            if self.sealed or self.model in sealedcolumns.TRANSPARENT:
                self._need_key()
                table = self.model.__table__.name
                found = tuple(
                    Version(
                        v.version,
                        v.replaced_at,
                        v.replaced_by,
                        sectionkeys.open_snapshot(
                            self._session,
                            table,
                            row.id,
                            v.version,
                            dict(v.fields),
                            sealedcolumns.case_of(s, row),
                        ),
                    )
                    for v in found
                )
            self._session.audit(
                s,
                AuditAction.RECORD_READ,
                self.section,
                record_ref=case.reference,
                detail=f"{self.record_type} {row.id} history",
            )
            return found
