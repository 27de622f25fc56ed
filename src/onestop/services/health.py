"""Health encounters: history, examination, injuries on the body map, treatments, follow-ups.

The ``health`` section: clinicians write; caseworkers, legal advocates and managers read. An
edit replaces the encounter's injuries, treatments and follow-ups as a whole, and the version it
replaces (children included) is kept in the history. Their free text is sealed under the health
key (services.sealedcolumns): only those who hold it read or write an encounter.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    bindparam,
    cast,
    delete,
    literal_column,
    null,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from onestop.db.base import utcnow
from onestop.db.cases import Case
from onestop.db.health import FollowUpRow, HealthEncounter, InjuryRow, TreatmentRow
from onestop.db.incidents import Incident
from onestop.domain.audit import AuditAction
from onestop.domain.clinical import IncidentTime
from onestop.domain.health import (
    BodySide,
    FollowUp,
    Injury,
    Treatment,
    TreatmentKind,
    check_encounter,
    treatment_timing,
)
from onestop.domain.roles import Action, Section
from onestop.errors import NotFound, ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import labels, sealedcolumns, sectionkeys, signedversions
from onestop.services.incidents import incident_time
from onestop.services.records import (
    Version,
    bump_version,
    case_rows,
    check_version,
    create_row,
    find_case,
    keep_rows,
    plain,
    versions,
)
from onestop.services.sealedcolumns import SEALED_TEXT, older_refused, open_value
from onestop.services.session import VaultSession
from onestop.services.validation import reason_problems, text_limits
from onestop.vault.sectionkeys import CaseRef, KeyRing, SealedFieldError

RECORD_TYPE = "health_encounter"


@dataclass(frozen=True)
class EncounterDetails:
    seen_at: datetime
    incident_id: int | None = None
    history: str = ""
    examination: str = ""
    injuries: tuple[Injury, ...] = ()
    treatments: tuple[Treatment, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()


@dataclass(frozen=True)
class Encounter:
    encounter_id: int
    case_reference: str
    details: EncounterDetails
    incident_time: IncidentTime | None
    version: int
    updated_at: datetime
    updated_by: str
    # Who first recorded it, and when (a medico-legal report lists them apart from the
    # last amendment).
    created_at: datetime | None = None
    created_by: str = ""
    # Marked as entered in error (with the reason): kept in the file, counted nowhere.
    entered_in_error: bool = False
    error_reason: str = ""

    def treatment_timings(self) -> tuple[str, ...]:
        """E.g. "PEP first dose 31 h after the incident", for the linked incident."""
        if self.incident_time is None:
            return ()
        return tuple(
            treatment_timing(t, self.incident_time, labels.label(t.kind))
            for t in self.details.treatments
        )


def standing(encounters: Iterable[Encounter]) -> tuple[Encounter, ...]:
    """The encounters that count: those not marked as entered in error. Their doses meet the
    clinical windows and documents list them; the Health tab shows all (the others struck
    through)."""
    return tuple(e for e in encounters if not e.entered_in_error)


_HISTORY_FIELDS = (
    "incident_id",
    "seen_at",
    "history",
    "examination",
    "entered_in_error",
    "error_reason",
)


def _incident_time(row: Incident | None) -> IncidentTime | None:
    return incident_time(row) if row is not None else None


Children = tuple[tuple[Injury, ...], tuple[Treatment, ...], tuple[FollowUp, ...]]


class _Opener:
    """Opens the sealed columns of rows read as plain columns, not as ORM rows (whose load
    event opens every sealed column: services.sealedcolumns), the way that event does: text
    from before its section was sealed (``key_version`` NULL) as it is, text that does not
    open with the ring as SEALED_TEXT. A long file's hundreds of encounters and their
    injuries, treatments and follow-ups are read this way in a fraction of the ORM's time."""

    def __init__(self, s: Session) -> None:
        ring = s.info.get("section_keys")
        self._ring = ring if isinstance(ring, KeyRing) else KeyRing()
        self._s = s
        self._older_ok = sealedcolumns.older_form_ok(s, Section.HEALTH)

    def case(self, case_id: int | None) -> CaseRef:
        """The case an encounter belongs to (``case_id``), as its sealed text names it."""
        return sealedcolumns.case_ref(self._s, case_id)

    def case_of_encounter(self, encounter_id: int) -> CaseRef:
        """The case of the encounter an injury, treatment or follow-up belongs to."""
        return self.case(sealedcolumns.case_id_of(self._s, "health_encounters", encounter_id))

    def __call__(
        self,
        table: str,
        column: str,
        row_id: int,
        version: int,
        key_version: Any,
        text: Any,
        case: CaseRef,
    ) -> Any:
        if not text:
            return text
        if key_version is None:
            # Older text; in a section recorded as bound, a forgery: not shown.
            refused = older_refused(self._s, Section.HEALTH, [text])
            return SEALED_TEXT if refused else text
        try:
            return open_value(
                self._ring, table, column, row_id, version, text, None, case, self._older_ok
            )
        except SealedFieldError:
            return SEALED_TEXT


_INJURY_COLUMNS = (
    InjuryRow.id,
    InjuryRow.encounter_id,
    InjuryRow.number,
    InjuryRow.kind,
    InjuryRow.size,
    InjuryRow.description,
    InjuryRow.side,
    InjuryRow.x,
    InjuryRow.y,
    InjuryRow.key_version,
)
_INJURY_ORDER = (InjuryRow.encounter_id, InjuryRow.number)
_TREATMENT_COLUMNS = (
    TreatmentRow.id,
    TreatmentRow.encounter_id,
    TreatmentRow.kind,
    TreatmentRow.given_at,
    TreatmentRow.notes,
    TreatmentRow.key_version,
)
_TREATMENT_ORDER = (TreatmentRow.encounter_id, TreatmentRow.given_at, TreatmentRow.id)
_FOLLOW_UP_COLUMNS = (
    FollowUpRow.id,
    FollowUpRow.encounter_id,
    FollowUpRow.due_at,
    FollowUpRow.purpose,
    FollowUpRow.done,
    FollowUpRow.key_version,
)
_FOLLOW_UP_ORDER = (FollowUpRow.encounter_id, FollowUpRow.due_at, FollowUpRow.id)


class _Children:
    """The injuries, treatments and follow-ups of encounters, gathered from their rows (as
    columns: _INJURY_COLUMNS, _TREATMENT_COLUMNS, _FOLLOW_UP_COLUMNS, each in its order) and
    opened by _Opener. A table without versions seals at version 0
    (sealedcolumns.row_version). ``doses``: the treatments' rows as read are appended to it
    (their coded columns: the timeline's)."""

    def __init__(self, s: Session, encounter_ids: Iterable[int], doses: list[Any] | None) -> None:
        ids = list(encounter_ids)
        self._ids = ids
        self._injuries: dict[int, list[Injury]] = {i: [] for i in ids}
        self._treatments: dict[int, list[Treatment]] = {i: [] for i in ids}
        self._follow_ups: dict[int, list[FollowUp]] = {i: [] for i in ids}
        self._opened = _Opener(s)
        self._doses = doses

    def injuries(self, rows: Iterable[Any]) -> None:
        opened = self._opened
        for i in rows:
            case = opened.case_of_encounter(i.encounter_id)
            self._injuries[i.encounter_id].append(
                Injury(
                    i.number,
                    opened("injuries", "kind", i.id, 0, i.key_version, i.kind, case),
                    opened("injuries", "size", i.id, 0, i.key_version, i.size, case),
                    opened("injuries", "description", i.id, 0, i.key_version, i.description, case),
                    BodySide(i.side),
                    i.x,
                    i.y,
                )
            )

    def treatments(self, rows: Iterable[Any]) -> None:
        opened = self._opened
        for t in rows:
            if self._doses is not None:
                self._doses.append(t)
            self._treatments[t.encounter_id].append(
                Treatment(
                    TreatmentKind(t.kind),
                    t.given_at,
                    opened(
                        "treatments",
                        "notes",
                        t.id,
                        0,
                        t.key_version,
                        t.notes,
                        opened.case_of_encounter(t.encounter_id),
                    ),
                )
            )

    def follow_ups(self, rows: Iterable[Any]) -> None:
        opened = self._opened
        for f in rows:
            self._follow_ups[f.encounter_id].append(
                FollowUp(
                    f.due_at,
                    opened(
                        "follow_ups",
                        "purpose",
                        f.id,
                        0,
                        f.key_version,
                        f.purpose,
                        opened.case_of_encounter(f.encounter_id),
                    ),
                    bool(f.done),
                )
            )

    def of(self) -> dict[int, Children]:
        return {
            i: (tuple(self._injuries[i]), tuple(self._treatments[i]), tuple(self._follow_ups[i]))
            for i in self._ids
        }


def _children_of(s: Session, encounter_ids: list[int]) -> dict[int, Children]:
    """The injuries, treatments and follow-ups of these encounters, three queries for each
    500 of them (a court bundle lists hundreds of encounters), read as columns."""
    children = _Children(s, encounter_ids, None)
    for chunk in _chunks(encounter_ids):
        children.injuries(
            s.execute(
                select(*_INJURY_COLUMNS)
                .where(InjuryRow.encounter_id.in_(chunk))
                .order_by(*_INJURY_ORDER)
            )
        )
        children.treatments(
            s.execute(
                select(*_TREATMENT_COLUMNS)
                .where(TreatmentRow.encounter_id.in_(chunk))
                .order_by(*_TREATMENT_ORDER)
            )
        )
        children.follow_ups(
            s.execute(
                select(*_FOLLOW_UP_COLUMNS)
                .where(FollowUpRow.encounter_id.in_(chunk))
                .order_by(*_FOLLOW_UP_ORDER)
            )
        )
    return children.of()


_Branch = tuple[Sequence[Any], ColumnElement[bool], Sequence[Any]]


class _InOneQuery:
    """The rows of several SELECTs of different tables in one statement (one round trip to a
    centre's server, not one per table): a UNION ALL in which each branch's columns have
    places of their own, NULL of their type in the other branches' rows, and a first column
    saying whose row it is. ``branches``: (columns, where, order) each. Built once (its
    hundred-odd columns take milliseconds to build), run with its bound parameters' values."""

    def __init__(self, *branches: _Branch) -> None:
        places = [[f"b{b}_{n}" for n in range(len(c))] for b, (c, _w, _o) in enumerate(branches)]
        selects = []
        for b, (_columns, where, _order) in enumerate(branches):
            cells: list[Any] = [literal_column(str(b), Integer).label("branch")]
            for other, (other_columns, _w, _o) in enumerate(branches):
                for n, column in enumerate(other_columns):
                    value = column if other == b else cast(null(), column.type)
                    cells.append(value.label(places[other][n]))
            selects.append(select(*cells).where(where))
        union = union_all(*selects)
        order = [union.selected_columns.branch]
        for b, (columns, _w, order_by) in enumerate(branches):
            keys = [c.key for c in columns]
            order += [union.selected_columns[places[b][keys.index(c.key)]] for c in order_by]
        self._statement = union.order_by(*order)
        self._shapes: list[Any] = []
        self._spans: list[tuple[int, int]] = []
        start = 1
        for b, (columns, _w, _o) in enumerate(branches):
            self._shapes.append(namedtuple(f"Branch{b}", [c.key for c in columns]))
            self._spans.append((start, start + len(columns)))
            start += len(columns)

    def rows(self, s: Session, **params: Any) -> list[list[Any]]:
        """Each branch's rows (with its columns' names), in its own order."""
        found: list[list[Any]] = [[] for _ in self._shapes]
        shapes, spans = self._shapes, self._spans
        for row in s.execute(self._statement, params):
            b = row[0]
            first, last = spans[b]
            found[b].append(shapes[b]._make(row[first:last]))
        return found


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    """SQLite binds at most 999 parameters in older builds: IN lists of at most 500."""
    return [ids[n : n + size] for n in range(0, len(ids), size)]


def _children(s: Session, encounter_id: int) -> Children:
    return _children_of(s, [encounter_id])[encounter_id]


def _snapshot(
    s: Session,
    row: HealthEncounter,
    reference: str,
    children: Children | None = None,
    incidents: dict[int, Incident] | None = None,
) -> Encounter:
    injuries, treatments, follow_ups = children or _children(s, row.id)
    incident = None
    if row.incident_id is not None:
        found = incidents.get(row.incident_id) if incidents is not None else None
        incident = found if found is not None else s.get(Incident, row.incident_id)
    return Encounter(
        encounter_id=row.id,
        case_reference=reference,
        details=EncounterDetails(
            seen_at=row.seen_at,
            incident_id=row.incident_id,
            history=row.history,
            examination=row.examination,
            injuries=injuries,
            treatments=treatments,
            follow_ups=follow_ups,
        ),
        incident_time=_incident_time(incident),
        version=row.version,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        created_at=row.created_at,
        created_by=row.created_by,
        entered_in_error=bool(row.entered_in_error),
        error_reason=row.error_reason or "",
    )


_ENCOUNTER_COLUMNS = (
    HealthEncounter.id,
    HealthEncounter.case_id,
    HealthEncounter.incident_id,
    HealthEncounter.seen_at,
    HealthEncounter.history,
    HealthEncounter.examination,
    HealthEncounter.entered_in_error,
    HealthEncounter.error_reason,
    HealthEncounter.version,
    HealthEncounter.key_version,
    HealthEncounter.updated_at,
    HealthEncounter.updated_by,
    HealthEncounter.created_at,
    HealthEncounter.created_by,
)


# Her encounters, and their injuries, treatments and follow-ups, in one statement. The
# encounters are chosen by a subquery rather than by their ids (one bound parameter, not
# hundreds to render on every read of a long file).
_CASE_ID = bindparam("case_id", type_=Integer)
_HERS = select(HealthEncounter.id).where(HealthEncounter.case_id == _CASE_ID)
_FILE_HEALTH = _InOneQuery(
    (
        _ENCOUNTER_COLUMNS,
        HealthEncounter.case_id == _CASE_ID,
        (HealthEncounter.seen_at, HealthEncounter.id),
    ),
    (_INJURY_COLUMNS, InjuryRow.encounter_id.in_(_HERS), _INJURY_ORDER),
    (_TREATMENT_COLUMNS, TreatmentRow.encounter_id.in_(_HERS), _TREATMENT_ORDER),
    (_FOLLOW_UP_COLUMNS, FollowUpRow.encounter_id.in_(_HERS), _FOLLOW_UP_ORDER),
)


def _encounter(
    r: Any,
    reference: str,
    children: Children,
    times: dict[int, IncidentTime],
    opened: _Opener,
) -> Encounter:
    """An encounter from its columns (_ENCOUNTER_COLUMNS), as _snapshot makes it of a row."""
    injuries, treatments, follow_ups = children
    table, row_id, version, sealed = "health_encounters", r.id, r.version, r.key_version
    case = opened.case(r.case_id)
    return Encounter(
        encounter_id=row_id,
        case_reference=reference,
        details=EncounterDetails(
            seen_at=r.seen_at,
            incident_id=r.incident_id,
            history=opened(table, "history", row_id, version, sealed, r.history, case),
            examination=opened(table, "examination", row_id, version, sealed, r.examination, case),
            injuries=injuries,
            treatments=treatments,
            follow_ups=follow_ups,
        ),
        incident_time=times.get(r.incident_id) if r.incident_id is not None else None,
        version=version,
        updated_at=r.updated_at,
        updated_by=r.updated_by,
        created_at=r.created_at,
        created_by=r.created_by,
        entered_in_error=bool(r.entered_in_error),
        error_reason=opened(table, "error_reason", row_id, version, sealed, r.error_reason, case)
        or "",
    )


class HealthService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def _incident(self, s: Session, case: Case, incident_id: int | None) -> Incident | None:
        if incident_id is None:
            return None
        incident = s.get(Incident, incident_id)
        if incident is None or incident.case_id != case.id:
            raise ValidationFailed.of(
                {"incident_id": QT_TRANSLATE_NOOP("Messages", "Choose an incident of this case.")}
            )
        return incident

    def _validate(self, s: Session, case: Case, details: EncounterDetails) -> None:
        incident = self._incident(s, case, details.incident_id)
        problems = check_encounter(
            details.seen_at,
            details.injuries,
            details.treatments,
            details.follow_ups,
            _incident_time(incident),
            utcnow(),
        )
        problems.update(text_limits(HealthEncounter, vars(details)))
        for field, label, model, items in (
            ("injuries", QT_TRANSLATE_NOOP("Messages", "Injury"), InjuryRow, details.injuries),
            (
                "treatments",
                QT_TRANSLATE_NOOP("Messages", "Treatment"),
                TreatmentRow,
                details.treatments,
            ),
            (
                "follow_ups",
                QT_TRANSLATE_NOOP("Messages", "Follow-up"),
                FollowUpRow,
                details.follow_ups,
            ),
        ):
            for n, item in enumerate(items, start=1):
                for column, message in text_limits(model, vars(item)).items():
                    problems[field] = QT_TRANSLATE_NOOP(
                        "Messages", "{label} {n}, {column}: {message}"
                    ).format(label=label, n=n, column=column.replace("_", " "), message=message)
        if problems:
            raise ValidationFailed.of(problems)

    @staticmethod
    def _write_children(s: Session, encounter_id: int, details: EncounterDetails) -> None:
        for model in (InjuryRow, TreatmentRow, FollowUpRow):
            s.execute(delete(model).where(model.encounter_id == encounter_id))
        for i in details.injuries:
            s.add(
                InjuryRow(
                    encounter_id=encounter_id,
                    number=i.number,
                    kind=i.kind,
                    size=i.size,
                    description=i.description,
                    side=i.side.value,
                    x=i.x,
                    y=i.y,
                )
            )
        for t in details.treatments:
            s.add(
                TreatmentRow(
                    encounter_id=encounter_id,
                    kind=t.kind.value,
                    given_at=t.given_at,
                    notes=t.notes,
                )
            )
        for f in details.follow_ups:
            s.add(
                FollowUpRow(
                    encounter_id=encounter_id, due_at=f.due_at, purpose=f.purpose, done=f.done
                )
            )

    def insert(self, s: Session, case: Case, details: EncounterDetails) -> HealthEncounter:
        """Add an (already validated) encounter inside the caller's unit of work, audited."""
        row = create_row(
            self._session,
            s,
            HealthEncounter,
            Section.HEALTH,
            "encounter {id} recorded",
            record_ref=case.reference,
            case_id=case.id,
            incident_id=details.incident_id,
            seen_at=details.seen_at,
            history=details.history,
            examination=details.examination,
        )
        self._write_children(s, row.id, details)
        return row

    def record(self, reference: str, details: EncounterDetails) -> Encounter:
        with self._session.unit_of_work(Section.HEALTH, Action.WRITE, record_ref=reference) as s:
            case = find_case(s, reference)
            self._validate(s, case, details)
            sectionkeys.require_key(self._session, Section.HEALTH)
            row = self.insert(s, case, details)
            s.flush()
            return _snapshot(s, row, case.reference)

    def _find(self, s: Session, reference: str, encounter_id: int) -> tuple[Case, HealthEncounter]:
        case = find_case(s, reference)
        row = s.get(HealthEncounter, encounter_id)
        if row is None or row.case_id != case.id:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The health encounter you chose is not in case {reference}: choose one of its "
                    "encounters first.",
                ).format(reference=case.reference)
            )
        return case, row

    def update(
        self, reference: str, encounter_id: int, details: EncounterDetails, expected_version: int
    ) -> Encounter:
        session = self._session
        with session.unit_of_work(Section.HEALTH, Action.WRITE, record_ref=reference) as s:
            case, row = self._find(s, reference, encounter_id)
            check_version(row, expected_version, "encounter")
            if row.entered_in_error:  # a correction would bring it back without a word
                raise ValidationFailed.of(
                    {
                        "encounter": QT_TRANSLATE_NOOP(
                            "Messages",
                            "This encounter is marked as entered in error: clear the mark "
                            "before correcting it.",
                        )
                    }
                )
            self._validate(s, case, details)
            sectionkeys.require_key(session, Section.HEALTH)
            injuries, treatments, follow_ups = _children(s, row.id)
            bump_version(
                s,
                RECORD_TYPE,
                row,
                _HISTORY_FIELDS,
                session.actor.username,
                extra={
                    "injuries": [plain(asdict(i)) for i in injuries],
                    "treatments": [plain(asdict(t)) for t in treatments],
                    "follow_ups": [plain(asdict(f)) for f in follow_ups],
                },
            )
            row.incident_id = details.incident_id
            row.seen_at = details.seen_at
            row.history = details.history
            row.examination = details.examination
            self._write_children(s, row.id, details)
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.HEALTH,
                record_ref=case.reference,
                detail=f"encounter {row.id} v{row.version}",
            )
            s.flush()
            return _snapshot(s, row, case.reference)

    def mark_entered_in_error(
        self, reference: str, encounter_id: int, reason: str, expected_version: int
    ) -> Encounter:
        """Mark the encounter as entered in error (recorded on the wrong survivor, a duplicate),
        saying why.

        Nothing is deleted: the encounter stays in the file with its history (the version
        before the mark is kept, its injuries and treatments too), but its doses no longer meet
        the clinical windows and it is left out of the medico-legal report and the statistics.
        The reason is sealed under the health key; the audit entry names the encounter, never
        the reason's text."""
        return self._set_in_error(reference, encounter_id, True, reason, expected_version)

    def clear_entered_in_error(
        self, reference: str, encounter_id: int, reason: str, expected_version: int
    ) -> Encounter:
        """Undo the mark (it was right after all): a correction with its own reason, kept in
        the history like the mark itself."""
        return self._set_in_error(reference, encounter_id, False, reason, expected_version)

    def _set_in_error(
        self, reference: str, encounter_id: int, in_error: bool, reason: str, expected: int
    ) -> Encounter:
        reason = reason.strip()
        session = self._session
        with session.unit_of_work(Section.HEALTH, Action.WRITE, record_ref=reference) as s:
            case, row = self._find(s, reference, encounter_id)
            check_version(row, expected, "encounter")
            sectionkeys.require_key(session, Section.HEALTH)
            if not reason:
                raise ValidationFailed.of(
                    {
                        "error_reason": QT_TRANSLATE_NOOP(
                            "Messages", "Say why: the reason is kept with the encounter."
                        )
                    }
                )
            if bool(row.entered_in_error) == in_error:
                raise ValidationFailed.of(
                    {
                        "error_reason": QT_TRANSLATE_NOOP(
                            "Messages", "This encounter is already marked so."
                        )
                        if in_error
                        else QT_TRANSLATE_NOOP(
                            "Messages", "This encounter is not marked as entered in error."
                        )
                    }
                )
            problems = text_limits(HealthEncounter, {"error_reason": reason})
            problems.update(reason_problems("error_reason", reason))
            if problems:
                raise ValidationFailed.of(problems)
            injuries, treatments, follow_ups = _children(s, row.id)
            bump_version(
                s,
                RECORD_TYPE,
                row,
                _HISTORY_FIELDS,
                session.actor.username,
                extra={
                    "injuries": [plain(asdict(i)) for i in injuries],
                    "treatments": [plain(asdict(t)) for t in treatments],
                    "follow_ups": [plain(asdict(f)) for f in follow_ups],
                },
            )
            row.entered_in_error = in_error
            row.error_reason = reason
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.HEALTH,
                record_ref=case.reference,
                detail=f"encounter {row.id} v{row.version} "
                + ("marked entered in error" if in_error else "entered-in-error mark cleared"),
            )
            s.flush()
            return _snapshot(s, row, case.reference, (injuries, treatments, follow_ups))

    def list(self, reference: str) -> tuple[Encounter, ...]:
        with self._session.unit_of_work(Section.HEALTH, Action.READ, record_ref=reference) as s:
            case = find_case(s, reference)
            sectionkeys.require_key(self._session, Section.HEALTH)
            # Read as columns and opened here, not as ORM rows: a long file has hundreds of
            # encounters (bench/scale.py times the clinician's Health tab on one). Her
            # encounters, injuries, treatments and follow-ups in one statement: on a centre's
            # server each is a round trip (_FILE_HEALTH).
            rows, injuries, treatments, follow_ups = _FILE_HEALTH.rows(s, case_id=case.id)
            signedversions.check_current(s, RECORD_TYPE, case.reference, rows)
            self._session.audit(
                s, AuditAction.RECORD_READ, Section.HEALTH, record_ref=case.reference
            )
            for r in rows:  # their injuries, treatments and follow-ups are of her case
                sealedcolumns.note_case(s, "health_encounters", r.id, r.case_id)
            doses: list[Any] = []
            gathered = _Children(s, (r.id for r in rows), doses)
            gathered.injuries(injuries)
            gathered.treatments(treatments)
            gathered.follow_ups(follow_ups)
            children = gathered.of()
            # Her whole file's timeline takes her encounters and doses from here (their
            # coded columns: id, time, entered in error; kind and time of each dose).
            keep_rows(s, HealthEncounter, case, rows)
            keep_rows(s, TreatmentRow, case, doses)
            # Her incidents in one query: a long file's hundreds of encounters point at a
            # handful of them.
            incidents = {i.id: i for i in case_rows(s, Incident, case)}
            times = {i: incident_time(row) for i, row in incidents.items()}
            for r in rows:  # as _snapshot: an incident not among hers, read by its id
                if r.incident_id is not None and r.incident_id not in times:
                    found = s.get(Incident, r.incident_id)
                    if found is not None:
                        times[r.incident_id] = incident_time(found)
            opened = _Opener(s)
            return tuple(_encounter(r, case.reference, children[r.id], times, opened) for r in rows)

    def doses(self, reference: str) -> dict[int, tuple[Treatment, ...]]:
        """The doses given for each of her incidents (their kind and time, not their notes),
        of the encounters that count: what the clinical windows in her file's header show,
        read without her encounters when the Health tab is not shown yet (services.casefile).
        Audited as a read of her health section."""
        with self._session.unit_of_work(Section.HEALTH, Action.READ, record_ref=reference) as s:
            case = find_case(s, reference)
            found: dict[int, list[Treatment]] = {}
            for incident_id, kind, given_at in s.execute(
                select(HealthEncounter.incident_id, TreatmentRow.kind, TreatmentRow.given_at)
                .join(TreatmentRow, TreatmentRow.encounter_id == HealthEncounter.id)
                .where(
                    HealthEncounter.case_id == case.id,
                    HealthEncounter.incident_id.is_not(None),
                    HealthEncounter.entered_in_error.is_(False),
                )
                .order_by(TreatmentRow.given_at, TreatmentRow.id)
            ):
                if incident_id is not None:
                    found.setdefault(incident_id, []).append(
                        Treatment(TreatmentKind(kind), given_at)
                    )
            self._session.audit(
                s,
                AuditAction.RECORD_READ,
                Section.HEALTH,
                record_ref=case.reference,
                detail="doses given",
            )
            return {incident: tuple(given) for incident, given in found.items()}

    def history(self, reference: str, encounter_id: int) -> tuple[Version, ...]:
        with self._session.unit_of_work(Section.HEALTH, Action.READ, record_ref=reference) as s:
            case, row = self._find(s, reference, encounter_id)
            sectionkeys.require_key(self._session, Section.HEALTH)
            # Its text and the injuries, treatments and follow-ups it had are sealed in the
            # history too (services.sealedcolumns.seal_snapshot): opened with her key.
            found = tuple(
                Version(
                    v.version,
                    v.replaced_at,
                    v.replaced_by,
                    sectionkeys.open_snapshot(
                        self._session,
                        "health_encounters",
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
                Section.HEALTH,
                record_ref=case.reference,
                detail=f"encounter {row.id} history",
            )
            return found
