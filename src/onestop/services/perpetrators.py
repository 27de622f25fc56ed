"""Perpetrators: one record per known person, linked to the incidents he is named in.

One person can harm several women. When the same perpetrator is linked to incidents of several
survivors, each of their files shows a warning to those who may read incidents (MARAC referral
forms carry these details). Perpetrator records are part of the ``incidents`` section; their
text, and how each is related to her, is sealed under its key (services.sealedcolumns): his
name is matched by a keyed hash of its folded form, never stored in clear.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import false, select
from sqlalchemy.orm import Session

from onestop.db.base import utcnow
from onestop.db.cases import Case
from onestop.db.incidents import Incident
from onestop.db.perpetrators import IncidentPerpetrator, Perpetrator
from onestop.domain.audit import AuditAction
from onestop.domain.roles import Action, Section
from onestop.domain.search import fold
from onestop.domain.statistics import AgeBand
from onestop.domain.validation import OLDEST_BIRTH_YEAR
from onestop.errors import NotFound, ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import sectionkeys
from onestop.services.records import (
    Version,
    bump_version,
    check_version,
    create_row,
    find_case,
    versions,
)
from onestop.services.session import VaultSession
from onestop.services.validation import text_limits
from onestop.vault.sectionkeys import blind_indexes

RECORD_TYPE = "perpetrator"
_FIELDS = (
    "name",
    "description",
    "known_addresses",
    "weapons",
    "conditions",
    "date_of_birth",
    "age_group",
)


@dataclass(frozen=True)
class PerpetratorDetails:
    name: str
    description: str = ""
    known_addresses: str = ""
    weapons: str = ""
    conditions: str = ""  # bail or order conditions
    date_of_birth: date | None = None
    # His GBVIMS age group when his date of birth is not known (UNKNOWN: neither is).
    age_group: AgeBand = AgeBand.UNKNOWN


@dataclass(frozen=True)
class PerpetratorRecord:
    perpetrator_id: int
    details: PerpetratorDetails
    version: int
    updated_at: datetime


@dataclass(frozen=True)
class LinkedPerpetrator:
    perpetrator: PerpetratorRecord
    incident_id: int
    relationship: str
    other_cases: tuple[str, ...]  # references of other survivors' files he is linked to

    @property
    def warning(self) -> str:
        n = len(self.other_cases)
        if not n:
            return ""
        return (
            f"{self.perpetrator.details.name} is also linked to incidents of {n} other "
            f"survivor{'s' if n > 1 else ''}: {', '.join(self.other_cases)}."
        )


def _record(row: Perpetrator) -> PerpetratorRecord:
    return PerpetratorRecord(
        row.id,
        PerpetratorDetails(
            row.name,
            row.description,
            row.known_addresses,
            row.weapons,
            row.conditions,
            row.date_of_birth,
            AgeBand(row.age_group) if row.age_group else AgeBand.UNKNOWN,
        ),
        row.version,
        row.updated_at,
    )


def _check_relationship(relationship: str) -> None:
    if problems := text_limits(IncidentPerpetrator, {"relationship": relationship}):
        raise ValidationFailed.of(problems)


def _validate(details: PerpetratorDetails) -> None:
    if not details.name.strip():
        raise ValidationFailed.of(
            {
                "name": QT_TRANSLATE_NOOP(
                    "Messages", "Give a name (or what she calls him, such as 'the landlord')."
                )
            }
        )
    problems = text_limits(Perpetrator, vars(details))
    born = details.date_of_birth
    if born is not None:
        if born > utcnow().date():
            problems["date_of_birth"] = QT_TRANSLATE_NOOP(
                "Messages", "The date of birth is in the future."
            )
        elif born.year < OLDEST_BIRTH_YEAR:
            problems["date_of_birth"] = QT_TRANSLATE_NOOP(
                "Messages", "The date of birth is before {OLDEST_BIRTH_YEAR}."
            ).format(OLDEST_BIRTH_YEAR=OLDEST_BIRTH_YEAR)
        elif details.age_group is not AgeBand.UNKNOWN:
            problems["age_group"] = QT_TRANSLATE_NOOP(
                "Messages",
                "Give his date of birth or his age group, not both: with a date of birth his "
                "age group is worked out at each incident.",
            )
    if problems:
        raise ValidationFailed.of(problems)


def _stored_group(details: PerpetratorDetails) -> str:
    """The age group as stored: empty when unknown (or worked out from his date of birth)."""
    return "" if details.age_group is AgeBand.UNKNOWN else details.age_group.value


def primary_perpetrators(s: Session, incident_ids: Any) -> dict[int, tuple[date | None, str]]:
    """Each incident's primary perpetrator (the first linked to it) as the statistics and the
    Incident Recorder count him: his date of birth and recorded age group. ``incident_ids`` is
    a select of incident ids; the caller audits the read it belongs to."""
    rows = s.execute(
        select(IncidentPerpetrator.incident_id, Perpetrator.date_of_birth, Perpetrator.age_group)
        .join(Perpetrator, Perpetrator.id == IncidentPerpetrator.perpetrator_id)
        .where(IncidentPerpetrator.incident_id.in_(incident_ids))
        .order_by(IncidentPerpetrator.incident_id, Perpetrator.id)
    ).all()
    found: dict[int, tuple[date | None, str]] = {}
    for incident_id, born, group in rows:
        found.setdefault(incident_id, (born, group))
    return found


class PerpetratorService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def _incident(self, s: Session, reference: str, incident_id: int) -> tuple[Case, Incident]:
        case = find_case(s, reference)
        incident = s.get(Incident, incident_id)
        if incident is None or incident.case_id != case.id:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The incident you chose is not in case {reference}: choose one of its "
                    "incidents first.",
                ).format(reference=case.reference)
            )
        return case, incident

    def matching(self, name: str) -> tuple[PerpetratorRecord, ...]:
        """Perpetrators already on record under this name (any case, any accent), to link to
        rather than recording the same man twice."""
        with self._session.unit_of_work(Section.INCIDENTS, Action.READ) as s:
            sectionkeys.require_key(self._session, Section.INCIDENTS)
            keys = blind_indexes(
                self._session.section_keys, Section.INCIDENTS, "perpetrator-name", fold(name)
            )
            rows = s.scalars(
                select(Perpetrator)
                .where(Perpetrator.name_key.in_(keys) if name.strip() else false())
                .order_by(Perpetrator.id)
            ).all()
            self._session.audit(
                s,
                AuditAction.RECORD_READ,
                Section.INCIDENTS,
                detail=f"perpetrator match: {len(rows)}",
            )
            return tuple(_record(r) for r in rows)

    def add(
        self,
        reference: str,
        incident_id: int,
        details: PerpetratorDetails,
        relationship: str,
    ) -> PerpetratorRecord:
        """Record a new perpetrator and link him to an incident of this case."""
        _validate(details)
        _check_relationship(relationship)
        session = self._session
        with session.unit_of_work(Section.INCIDENTS, Action.WRITE, record_ref=reference) as s:
            case, incident = self._incident(s, reference, incident_id)
            sectionkeys.require_key(session, Section.INCIDENTS)
            row = create_row(
                session,
                s,
                Perpetrator,
                Section.INCIDENTS,
                f"perpetrator {{id}} added to incident {incident.id}",
                record_ref=case.reference,
                name=details.name,
                name_key="",  # his name's keyed hash, made as the row is sealed
                description=details.description,
                known_addresses=details.known_addresses,
                weapons=details.weapons,
                conditions=details.conditions,
                date_of_birth=details.date_of_birth,
                age_group=_stored_group(details),
            )
            s.add(
                IncidentPerpetrator(
                    incident_id=incident.id, perpetrator_id=row.id, relationship=relationship
                )
            )
            return _record(row)

    def link(
        self, reference: str, incident_id: int, perpetrator_id: int, relationship: str
    ) -> None:
        """Link a perpetrator already on record to an incident of this case."""
        _check_relationship(relationship)
        session = self._session
        with session.unit_of_work(Section.INCIDENTS, Action.WRITE, record_ref=reference) as s:
            case, incident = self._incident(s, reference, incident_id)
            sectionkeys.require_key(session, Section.INCIDENTS)
            if s.get(Perpetrator, perpetrator_id) is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "That perpetrator is not on record: choose him again from the list.",
                    )
                )
            if s.get(IncidentPerpetrator, (incident.id, perpetrator_id)) is not None:
                raise ValidationFailed(
                    QT_TRANSLATE_NOOP("Messages", "He is already linked to this incident.")
                )
            s.add(
                IncidentPerpetrator(
                    incident_id=incident.id,
                    perpetrator_id=perpetrator_id,
                    relationship=relationship,
                )
            )
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.INCIDENTS,
                record_ref=case.reference,
                detail=f"perpetrator {perpetrator_id} linked to incident {incident.id}",
            )

    def update(
        self,
        reference: str,
        perpetrator_id: int,
        details: PerpetratorDetails,
        expected_version: int,
    ) -> PerpetratorRecord:
        _validate(details)
        session = self._session
        with session.unit_of_work(Section.INCIDENTS, Action.WRITE, record_ref=reference) as s:
            case, row = self._linked(s, reference, perpetrator_id)
            check_version(row, expected_version, "perpetrator record")
            sectionkeys.require_key(session, Section.INCIDENTS)
            bump_version(s, RECORD_TYPE, row, _FIELDS, session.actor.username)
            for name in _FIELDS:
                setattr(row, name, getattr(details, name))
            row.age_group = _stored_group(details)
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.INCIDENTS,
                record_ref=case.reference,
                detail=f"perpetrator {row.id} v{row.version}",
            )
            return _record(row)

    def history(self, reference: str, perpetrator_id: int) -> tuple[Version, ...]:
        """The earlier versions of a perpetrator's record, read through a file he is in."""
        session = self._session
        with session.unit_of_work(Section.INCIDENTS, Action.READ, record_ref=reference) as s:
            case, row = self._linked(s, reference, perpetrator_id)
            sectionkeys.require_key(session, Section.INCIDENTS)
            found = tuple(
                Version(
                    v.version,
                    v.replaced_at,
                    v.replaced_by,
                    sectionkeys.open_snapshot(
                        session, "perpetrators", row.id, v.version, dict(v.fields)
                    ),
                )
                for v in versions(s, RECORD_TYPE, row.id)
            )
            session.audit(
                s,
                AuditAction.RECORD_READ,
                Section.INCIDENTS,
                record_ref=case.reference,
                detail=f"perpetrator {row.id} history",
            )
            return found

    @staticmethod
    def _linked(s: Session, reference: str, perpetrator_id: int) -> tuple[Case, Perpetrator]:
        """The case and the perpetrator, who must be linked to one of its incidents (his
        record is reached through a survivor's file, never on its own)."""
        case = find_case(s, reference)
        row = s.get(Perpetrator, perpetrator_id)
        linked = s.scalar(
            select(IncidentPerpetrator.incident_id)
            .join(Incident, Incident.id == IncidentPerpetrator.incident_id)
            .where(
                IncidentPerpetrator.perpetrator_id == perpetrator_id,
                Incident.case_id == case.id,
            )
            .limit(1)
        )
        if row is None or linked is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The perpetrator you chose is not linked to case {reference}: choose him "
                    "again from the list.",
                ).format(reference=case.reference)
            )
        return case, row

    def of_case(self, reference: str) -> tuple[LinkedPerpetrator, ...]:
        """The perpetrators linked to this case's incidents, each with the other files he is in."""
        with self._session.unit_of_work(Section.INCIDENTS, Action.READ, record_ref=reference) as s:
            case = find_case(s, reference)
            sectionkeys.require_key(self._session, Section.INCIDENTS)
            links = s.execute(
                select(IncidentPerpetrator, Perpetrator)
                .join(Perpetrator, Perpetrator.id == IncidentPerpetrator.perpetrator_id)
                .join(Incident, Incident.id == IncidentPerpetrator.incident_id)
                .where(Incident.case_id == case.id)
                .order_by(IncidentPerpetrator.incident_id, Perpetrator.id)
            ).all()
            # The other files each of them is in, in one query for them all.
            others: dict[int, list[str]] = {}
            if links:
                for person_id, other in s.execute(
                    select(IncidentPerpetrator.perpetrator_id, Case.reference)
                    .join(Incident, Incident.id == IncidentPerpetrator.incident_id)
                    .join(Case, Case.id == Incident.case_id)
                    .where(
                        IncidentPerpetrator.perpetrator_id.in_({p.id for _, p in links}),
                        Case.id != case.id,
                    )
                    .distinct()
                    .order_by(IncidentPerpetrator.perpetrator_id, Case.reference)
                ):
                    others.setdefault(person_id, []).append(other)
            out = [
                LinkedPerpetrator(
                    _record(person),
                    link.incident_id,
                    link.relationship,
                    tuple(others.get(person.id, ())),
                )
                for link, person in links
            ]
            self._session.audit(
                s,
                AuditAction.RECORD_READ,
                Section.INCIDENTS,
                record_ref=case.reference,
                detail="perpetrators",
            )
            return tuple(out)
