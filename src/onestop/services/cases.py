"""The survivor and her case: identity, safe contact, caseworker, opening and closing.

Identity and safe contact is the ``identity`` section of the matrix: caseworkers write it, the
other case roles read it, the admin never sees it. Every read and write is audited with the case
reference, never with what the record says.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from onestop.db.base import utcnow
from onestop.db.cases import Case, ReferenceCounter
from onestop.db.staff import StaffAccount
from onestop.domain.audit import AuditAction
from onestop.domain.casefile import CaseStatus, Sex, case_reference
from onestop.domain.roles import Action, Role, Section
from onestop.domain.validation import PersonFacts, age_on, check_person
from onestop.errors import ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import caseindex, sealedcolumns, sectionkeys, signedversions
from onestop.services.records import (
    Version,
    bump_version,
    check_version,
    find_case,
    new_row,
    versions,
)
from onestop.services.session import VaultSession
from onestop.services.validation import text_limits

RECORD_TYPE = "case"


@dataclass(frozen=True)
class SurvivorDetails:
    """What staff type about the survivor: used to open a case and to edit it."""

    name: str = ""
    alias: str = ""
    date_of_birth: date | None = None
    estimated_age: int | None = None
    sex: Sex = Sex.FEMALE
    gender: str = ""
    languages: tuple[str, ...] = ()
    disability: str = ""
    children_count: int | None = None
    children_notes: str = ""
    address: str = ""  # where she lives (the MARAC referral form asks it)
    safe_phone: str = ""
    safe_message_allowed: bool = False
    safe_code_word: str = ""
    safe_notes: str = ""


_DETAIL_FIELDS = tuple(f.name for f in fields(SurvivorDetails))
_HISTORY_FIELDS = (*_DETAIL_FIELDS, "caseworker", "status", "closed_reason", "closed_at")


@dataclass(frozen=True)
class CaseFile:
    """A read-only snapshot of a case's identity part."""

    reference: str
    details: SurvivorDetails
    caseworker: str | None
    status: CaseStatus
    closed_reason: str
    opened_at: datetime
    closed_at: datetime | None
    version: int
    updated_at: datetime
    updated_by: str
    # Her identity is sealed and this person does not hold the key yet (a colleague confirms
    # her account first): the details' text is empty, and the file says why.
    name_sealed: bool = False
    # Brought in from the centre's earlier register: its id there, and when it was imported
    # (None for a case typed in OneStop); whether the register said when it was opened.
    register_id: str = ""
    imported_at: datetime | None = None
    opening_known: bool = True

    @property
    def display_name(self) -> str:
        """The alias when she chose one, else the name."""
        return self.details.alias or self.details.name

    def age(self, today: date) -> int | None:
        birth = self.details.date_of_birth
        return age_on(birth, today) if birth is not None else self.details.estimated_age


def _details(row: Case) -> SurvivorDetails:
    return SurvivorDetails(
        name=row.name,
        alias=row.alias,
        date_of_birth=row.date_of_birth,
        estimated_age=row.estimated_age,
        sex=Sex(row.sex),
        gender=row.gender,
        languages=tuple(json.loads(row.languages)) if row.languages else (),
        disability=row.disability,
        children_count=row.children_count,
        children_notes=row.children_notes,
        address=row.address,
        safe_phone=row.safe_phone,
        safe_message_allowed=row.safe_message_allowed,
        safe_code_word=row.safe_code_word,
        safe_notes=row.safe_notes,
    )


def snapshot(row: Case) -> CaseFile:
    return CaseFile(
        reference=row.reference,
        details=_details(row),
        caseworker=row.caseworker,
        status=CaseStatus(row.status),
        closed_reason=row.closed_reason,
        opened_at=row.opened_at,
        closed_at=row.closed_at,
        version=row.version,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        name_sealed=sealedcolumns.is_closed(row),
        register_id=row.register_id,
        imported_at=row.created_at if row.imported else None,
        opening_known=row.opening_known,
    )


def _validate(details: SurvivorDetails) -> None:
    problems = check_person(
        PersonFacts(
            details.name,
            details.alias,
            details.date_of_birth,
            details.estimated_age,
            details.safe_phone,
        ),
        today=utcnow().date(),
    )
    if details.children_count is not None and not 0 <= details.children_count <= 30:
        problems["children_count"] = QT_TRANSLATE_NOOP(
            "Messages", "The number of children is between 0 and 30."
        )
    if any(not lang.strip() or len(lang) > 60 for lang in details.languages):
        problems["languages"] = QT_TRANSLATE_NOOP(
            "Messages", "Each language is a name of at most 60 characters."
        )
    problems = {**text_limits(Case, vars(details)), **problems}
    if problems:
        raise ValidationFailed.of(problems)


def _apply(row: Case, details: SurvivorDetails) -> None:
    row.name = details.name
    row.alias = details.alias
    row.date_of_birth = details.date_of_birth
    row.estimated_age = details.estimated_age
    row.sex = details.sex.value
    row.gender = details.gender
    row.languages = json.dumps(list(details.languages), ensure_ascii=False)
    row.disability = details.disability
    row.children_count = details.children_count
    row.children_notes = details.children_notes
    row.address = details.address
    row.safe_phone = details.safe_phone
    row.safe_message_allowed = details.safe_message_allowed
    row.safe_code_word = details.safe_code_word
    row.safe_notes = details.safe_notes


def _next_reference(s: Session, year: int) -> str:
    counter = s.get(ReferenceCounter, year)
    if counter is None:
        counter = ReferenceCounter(year=year, last=0)
        s.add(counter)
    counter.last += 1
    return case_reference(year, counter.last)


def insert_case(
    s: Session,
    session: VaultSession,
    details: SurvivorDetails,
    caseworker: str | None,
    opened_at: datetime,
    note: str = "opened",
) -> Case:
    """Add an (already validated) case inside the caller's unit of work, indexed and audited."""
    row = new_row(
        Case,
        session.actor.username,
        reference=_next_reference(s, opened_at.year),
        caseworker=caseworker,
        status=CaseStatus.OPEN.value,
        closed_reason="",
        opened_at=opened_at,
    )
    _apply(row, details)
    s.add(row)
    s.flush()
    caseindex.changed(session, row)
    session.audit(
        s, AuditAction.RECORD_WRITE, Section.IDENTITY, record_ref=row.reference, detail=note
    )
    return row


class CaseService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def _check_caseworker(self, s: Session, username: str | None) -> None:
        if username is None:
            return
        found = s.scalar(
            select(func.count()).where(
                StaffAccount.username == username,
                StaffAccount.role == Role.CASEWORKER.value,
                StaffAccount.active.is_(True),
            )
        )
        if not found:
            raise ValidationFailed.of(
                {
                    "caseworker": QT_TRANSLATE_NOOP(
                        "Messages", '"{username}" is not an active caseworker.'
                    ).format(username=username)
                }
            )

    def open_case(
        self,
        details: SurvivorDetails,
        caseworker: str | None = None,
        opened_at: datetime | None = None,
    ) -> CaseFile:
        """Register a survivor and open her case; the reference is generated. ``opened_at`` is
        for a file first kept on paper (the day the centre's computer was down), never later
        than now."""
        _validate(details)
        if opened_at is not None and opened_at > utcnow():
            raise ValidationFailed.of(
                {
                    "opened_at": QT_TRANSLATE_NOOP(
                        "Messages", "A case cannot be opened in the future."
                    )
                }
            )
        session = self._session
        if caseworker is None and session.actor.role is Role.CASEWORKER:
            caseworker = session.actor.username
        with session.unit_of_work(Section.IDENTITY, Action.WRITE) as s:
            self._check_caseworker(s, caseworker)
            row = insert_case(s, session, details, caseworker, opened_at or utcnow())
            return snapshot(row)

    def get(self, reference: str) -> CaseFile:
        with self._session.unit_of_work(Section.IDENTITY, Action.READ, record_ref=reference) as s:
            row = find_case(s, reference)
            # Her identity put back below the version its signed edits record: refused.
            signedversions.check_case(s, row)
            self._session.audit(
                s, AuditAction.RECORD_READ, Section.IDENTITY, record_ref=row.reference
            )
            return snapshot(row)

    def update(self, reference: str, details: SurvivorDetails, expected_version: int) -> CaseFile:
        """Save edited details; refused if someone else saved since ``expected_version``."""
        _validate(details)
        with self._session.unit_of_work(Section.IDENTITY, Action.WRITE, record_ref=reference) as s:
            row = find_case(s, reference)
            check_version(row, expected_version, "file")
            bump_version(s, RECORD_TYPE, row, _HISTORY_FIELDS, self._session.actor.username)
            _apply(row, details)
            s.flush()  # sealed now, so the index takes what the vault keeps
            caseindex.changed(self._session, row)
            self._session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.IDENTITY,
                record_ref=row.reference,
                detail=f"v{row.version}",
            )
            return snapshot(row)

    def assign(self, reference: str, caseworker: str | None, expected_version: int) -> CaseFile:
        with self._session.unit_of_work(Section.IDENTITY, Action.WRITE, record_ref=reference) as s:
            row = find_case(s, reference)
            check_version(row, expected_version, "file")
            self._check_caseworker(s, caseworker)
            bump_version(s, RECORD_TYPE, row, _HISTORY_FIELDS, self._session.actor.username)
            row.caseworker = caseworker
            self._session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.IDENTITY,
                record_ref=row.reference,
                detail="assigned",
            )
            return snapshot(row)

    def close(self, reference: str, reason: str, expected_version: int) -> CaseFile:
        if not reason.strip():
            raise ValidationFailed.of(
                {
                    "closed_reason": QT_TRANSLATE_NOOP(
                        "Messages", "Say why the case is being closed."
                    )
                }
            )
        if problems := text_limits(Case, {"closed_reason": reason}):
            raise ValidationFailed.of(problems)
        return self._set_status(reference, CaseStatus.CLOSED, reason, expected_version)

    def reopen(self, reference: str, expected_version: int) -> CaseFile:
        return self._set_status(reference, CaseStatus.REOPENED, "", expected_version)

    def _set_status(
        self, reference: str, status: CaseStatus, reason: str, expected_version: int
    ) -> CaseFile:
        with self._session.unit_of_work(Section.IDENTITY, Action.WRITE, record_ref=reference) as s:
            row = find_case(s, reference)
            check_version(row, expected_version, "file")
            current = CaseStatus(row.status)
            if status is CaseStatus.CLOSED and not current.is_open:
                raise ValidationFailed(
                    QT_TRANSLATE_NOOP("Messages", "This case is already closed.")
                )
            if status is CaseStatus.REOPENED and current.is_open:
                raise ValidationFailed(
                    QT_TRANSLATE_NOOP(
                        "Messages", "This case is open; only a closed case can be reopened."
                    )
                )
            bump_version(s, RECORD_TYPE, row, _HISTORY_FIELDS, self._session.actor.username)
            row.status = status.value
            row.closed_reason = reason
            row.closed_at = utcnow() if status is CaseStatus.CLOSED else None
            self._session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.IDENTITY,
                record_ref=row.reference,
                detail=status.value,
            )
            return snapshot(row)

    def history(self, reference: str) -> tuple[Version, ...]:
        """Earlier versions of the identity record, oldest first."""
        with self._session.unit_of_work(Section.IDENTITY, Action.READ, record_ref=reference) as s:
            row = find_case(s, reference)
            found = tuple(
                Version(
                    v.version,
                    v.replaced_at,
                    v.replaced_by,
                    sectionkeys.open_snapshot(
                        self._session,
                        "cases",
                        row.id,
                        v.version,
                        dict(v.fields),
                        sealedcolumns.case_of(s, row),
                    ),
                )
                for v in versions(s, RECORD_TYPE, row.id)
            )
            self._session.audit(
                s,
                AuditAction.RECORD_READ,
                Section.IDENTITY,
                record_ref=row.reference,
                detail="history",
            )
            return found
