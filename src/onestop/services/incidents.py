"""Incidents in a survivor's file: when (with its precision), where, what, by whom.

A survivor may have several. Caseworkers write them; the other case roles read them (the
``incidents`` section). Clinical windows are computed from the incident time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from onestop.db.base import utcnow
from onestop.db.cases import Case
from onestop.db.incidents import Incident
from onestop.domain.audit import AuditAction
from onestop.domain.casefile import SEXUAL_VIOLENCE, GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime, Precision, WindowStatus, all_windows
from onestop.domain.roles import Action, Section
from onestop.domain.statistics import relationship_group
from onestop.domain.validation import check_incident_time
from onestop.errors import NotFound, ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import sealedcolumns, sectionkeys, signedversions
from onestop.services.conferences import refer_if_due
from onestop.services.records import (
    Version,
    bump_version,
    check_version,
    find_case,
    keep_rows,
    new_row,
    versions,
)
from onestop.services.session import VaultSession
from onestop.services.validation import reason_problems, text_limits

RECORD_TYPE = "incident"


@dataclass(frozen=True)
class IncidentDetails:
    occurred: IncidentTime
    gbv_type: GbvType
    context: IncidentContext
    place: str = ""
    perpetrator_relationship: str = ""
    perpetrator_count: int | None = None
    reported_to_police: bool | None = None  # None: not known
    description: str = ""


@dataclass(frozen=True)
class IncidentForm:
    """An incident as a form gives it: when (how precisely known, from, to) as plain fields."""

    occurred: Precision
    gbv_type: GbvType
    context: IncidentContext
    earliest: datetime | None = None
    latest: datetime | None = None
    place: str = ""
    perpetrator_relationship: str = ""
    perpetrator_count: int | None = None
    reported_to_police: bool | None = None
    description: str = ""

    @classmethod
    def of(cls, details: IncidentDetails) -> IncidentForm:
        return cls(
            details.occurred.precision,
            details.gbv_type,
            details.context,
            details.occurred.earliest,
            details.occurred.latest,
            details.place,
            details.perpetrator_relationship,
            details.perpetrator_count,
            details.reported_to_police,
            details.description,
        )

    def details(self) -> IncidentDetails:
        """The incident's details; ValidationFailed (under "occurred") for a time that does not
        hold together."""
        if self.occurred is Precision.UNKNOWN:
            when = IncidentTime.unknown()
        elif self.earliest is None:
            raise ValidationFailed.of(
                {
                    "occurred": QT_TRANSLATE_NOOP(
                        "Messages", "Give the time of the incident, or mark it as not known."
                    )
                }
            )
        elif self.occurred is Precision.EXACT:
            when = IncidentTime.exact(self.earliest)
        elif self.latest is None or self.latest < self.earliest:
            raise ValidationFailed.of(
                {
                    "occurred": QT_TRANSLATE_NOOP(
                        "Messages", "Give the end of the time range, after its start."
                    )
                }
            )
        else:
            when = IncidentTime.between(self.earliest, self.latest)
        return IncidentDetails(
            when,
            self.gbv_type,
            self.context,
            self.place,
            self.perpetrator_relationship,
            self.perpetrator_count,
            self.reported_to_police,
            self.description,
        )


_HISTORY_FIELDS = (
    "precision",
    "occurred_earliest",
    "occurred_latest",
    *(f.name for f in fields(IncidentDetails) if f.name != "occurred"),
    "entered_in_error",
    "error_reason",
)


@dataclass(frozen=True)
class IncidentRecord:
    incident_id: int
    case_reference: str
    details: IncidentDetails
    version: int
    updated_at: datetime
    updated_by: str
    # Marked as entered in error (with the reason): kept in the file, counted nowhere.
    entered_in_error: bool = False
    error_reason: str = ""

    def windows(self, now: datetime) -> tuple[WindowStatus, ...]:
        """PEP, emergency contraception and forensic sampling windows: after rape or sexual
        assault only (none for other incident types, none for one entered in error)."""
        if self.entered_in_error or self.details.gbv_type not in SEXUAL_VIOLENCE:
            return ()
        return all_windows(self.details.occurred, now)


def standing(records: Iterable[IncidentRecord]) -> tuple[IncidentRecord, ...]:
    """The incidents that count: those not marked as entered in error. Documents, pickers and
    windows take these; the case file's Incidents tab shows all (the others struck through)."""
    return tuple(r for r in records if not r.entered_in_error)


def incident_time(row: Incident) -> IncidentTime:
    return IncidentTime(Precision(row.precision), row.occurred_earliest, row.occurred_latest)


def _snapshot(row: Incident, reference: str) -> IncidentRecord:
    occurred = incident_time(row)
    return IncidentRecord(
        incident_id=row.id,
        case_reference=reference,
        details=IncidentDetails(
            occurred=occurred,
            gbv_type=GbvType(row.gbv_type),
            context=IncidentContext(row.context),
            place=row.place,
            perpetrator_relationship=row.perpetrator_relationship,
            perpetrator_count=row.perpetrator_count,
            reported_to_police=row.reported_to_police,
            description=row.description,
        ),
        version=row.version,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        entered_in_error=bool(row.entered_in_error),
        error_reason=row.error_reason or "",
    )


def _validate(details: IncidentDetails, case: Case) -> None:
    problems = check_incident_time(details.occurred, utcnow(), case.date_of_birth)
    if details.perpetrator_count is not None and not 1 <= details.perpetrator_count <= 50:
        problems["perpetrator_count"] = QT_TRANSLATE_NOOP(
            "Messages", "The number of perpetrators is between 1 and 50."
        )
    problems.update(text_limits(Incident, vars(details)))
    if problems:
        raise ValidationFailed.of(problems)


def _apply(row: Incident, details: IncidentDetails) -> None:
    row.precision = details.occurred.precision.value
    row.occurred_earliest = details.occurred.earliest
    row.occurred_latest = details.occurred.latest
    row.gbv_type = details.gbv_type.value
    row.context = details.context.value
    row.place = details.place
    row.perpetrator_relationship = details.perpetrator_relationship
    # Coded beside the sealed text: what the statistics count.
    row.perpetrator_group = relationship_group(details.perpetrator_relationship)
    row.perpetrator_count = details.perpetrator_count
    row.reported_to_police = details.reported_to_police
    row.description = details.description


def insert_incident(
    s: Session, session: VaultSession, case: Case, details: IncidentDetails
) -> Incident:
    """Add an (already validated) incident inside the caller's unit of work, audited."""
    row = new_row(Incident, session.actor.username, case_id=case.id)
    _apply(row, details)
    s.add(row)
    s.flush()
    session.audit(
        s,
        AuditAction.RECORD_WRITE,
        Section.INCIDENTS,
        record_ref=case.reference,
        detail=f"incident {row.id} recorded",
    )
    # A third incident in 12 months, or one within 12 months of the last conference referral,
    # sends the case (back) to the case conference.
    refer_if_due(s, session, case, None, row.created_at)
    return row


_LAST = datetime.max.replace(tzinfo=UTC)


def _chronological(record: IncidentRecord) -> tuple[datetime, int]:
    return (record.details.occurred.earliest or _LAST, record.incident_id)


class IncidentService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def record(self, reference: str, details: IncidentDetails) -> IncidentRecord:
        with self._session.unit_of_work(Section.INCIDENTS, Action.WRITE, record_ref=reference) as s:
            case = find_case(s, reference)
            _validate(details, case)
            sectionkeys.require_key(self._session, Section.INCIDENTS)
            row = insert_incident(s, self._session, case, details)
            return _snapshot(row, case.reference)

    def list(self, reference: str) -> tuple[IncidentRecord, ...]:
        """The case's incidents, earliest first (unknown times last)."""
        with self._session.unit_of_work(Section.INCIDENTS, Action.READ, record_ref=reference) as s:
            case = find_case(s, reference)
            sectionkeys.require_key(self._session, Section.INCIDENTS)
            rows = s.scalars(select(Incident).where(Incident.case_id == case.id)).all()
            signedversions.check_current(s, RECORD_TYPE, case.reference, rows)
            keep_rows(s, Incident, case, rows)
            self._session.audit(
                s, AuditAction.RECORD_READ, Section.INCIDENTS, record_ref=case.reference
            )
            records = [_snapshot(r, case.reference) for r in rows]
        return tuple(sorted(records, key=_chronological))

    def _find(self, s: Session, reference: str, incident_id: int) -> tuple[Case, Incident]:
        case = find_case(s, reference)
        row = s.get(Incident, incident_id)
        if row is None or row.case_id != case.id:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The incident you chose is not in case {reference}: choose one of its "
                    "incidents first.",
                ).format(reference=case.reference)
            )
        return case, row

    def update(
        self, reference: str, incident_id: int, details: IncidentDetails, expected_version: int
    ) -> IncidentRecord:
        with self._session.unit_of_work(Section.INCIDENTS, Action.WRITE, record_ref=reference) as s:
            case, row = self._find(s, reference, incident_id)
            check_version(row, expected_version, "incident")
            _validate(details, case)
            sectionkeys.require_key(self._session, Section.INCIDENTS)
            bump_version(s, RECORD_TYPE, row, _HISTORY_FIELDS, self._session.actor.username)
            _apply(row, details)
            self._session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.INCIDENTS,
                record_ref=case.reference,
                detail=f"incident {row.id} v{row.version}",
            )
            return _snapshot(row, case.reference)

    def mark_entered_in_error(
        self, reference: str, incident_id: int, reason: str, expected_version: int
    ) -> IncidentRecord:
        """Mark the incident as entered in error (the wrong file, a duplicate), saying why.

        Nothing is deleted: the incident stays in the file with its history (the version before
        the mark is kept), but no longer opens clinical windows, counts in statistics or goes
        into documents. The audit entry names the incident, never the reason's text."""
        return self._set_in_error(reference, incident_id, True, reason, expected_version)

    def clear_entered_in_error(
        self, reference: str, incident_id: int, reason: str, expected_version: int
    ) -> IncidentRecord:
        """Undo the mark (it was right after all): a correction with its own reason, kept in
        the history like the mark itself."""
        return self._set_in_error(reference, incident_id, False, reason, expected_version)

    def _set_in_error(
        self, reference: str, incident_id: int, in_error: bool, reason: str, expected: int
    ) -> IncidentRecord:
        reason = reason.strip()
        with self._session.unit_of_work(Section.INCIDENTS, Action.WRITE, record_ref=reference) as s:
            case, row = self._find(s, reference, incident_id)
            check_version(row, expected, "incident")
            sectionkeys.require_key(self._session, Section.INCIDENTS)
            if not reason:
                raise ValidationFailed.of(
                    {
                        "error_reason": QT_TRANSLATE_NOOP(
                            "Messages", "Say why: the reason is kept with the incident."
                        )
                    }
                )
            if bool(row.entered_in_error) == in_error:
                raise ValidationFailed.of(
                    {
                        "error_reason": QT_TRANSLATE_NOOP(
                            "Messages", "This incident is already marked so."
                        )
                        if in_error
                        else QT_TRANSLATE_NOOP(
                            "Messages", "This incident is not marked as entered in error."
                        )
                    }
                )
            problems = text_limits(Incident, {"error_reason": reason})
            problems.update(reason_problems("error_reason", reason))
            if problems:
                raise ValidationFailed.of(problems)
            bump_version(s, RECORD_TYPE, row, _HISTORY_FIELDS, self._session.actor.username)
            row.entered_in_error = in_error
            row.error_reason = reason
            self._session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.INCIDENTS,
                record_ref=case.reference,
                detail=f"incident {row.id} v{row.version} "
                + ("marked entered in error" if in_error else "entered-in-error mark cleared"),
            )
            return _snapshot(row, case.reference)

    def history(self, reference: str, incident_id: int) -> tuple[Version, ...]:
        with self._session.unit_of_work(Section.INCIDENTS, Action.READ, record_ref=reference) as s:
            case, row = self._find(s, reference, incident_id)
            sectionkeys.require_key(self._session, Section.INCIDENTS)
            found = tuple(
                Version(
                    v.version,
                    v.replaced_at,
                    v.replaced_by,
                    sectionkeys.open_snapshot(
                        self._session,
                        "incidents",
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
                Section.INCIDENTS,
                record_ref=case.reference,
                detail=f"incident {row.id} history",
            )
            return found
