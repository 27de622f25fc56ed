"""One list of what is coming due, for the signed-in member of staff: hearings in the next 14
days, protection orders expiring within 30, referrals overdue for an answer, tasks due,
clinical follow-ups (the end of the PEP course, hepatitis B doses, follow-ups booked at an
examination), case-conference actions due, and the sharings without her consent she is still
to be told of ("not yet: X will tell her", until a later answer says she was told).

Each kind is read under its own section's permission (a role that may not read a section gets
none of its reminders), in one transaction, audited by count only. Caseworkers and the other
case roles see their own (their cases, their tasks, the referrals they made); the manager sees
the centre's.

Two readings. ``due``, for the Reminders tab: each query's soonest LIMIT rows, read whole
(their sealed text opened). ``summary``, for the home, which shows the soonest few and how many
more the tab lists: each query's first LIMIT + 1 rows by their coded columns alone (dates, ids,
the case's reference; nothing opened), walking the index ``due`` walks, count them as the tab
lists them (and say whether there are more) and give their first few; only the few shown in
all are read whole. Both order the reminders by ``Key``, so the home's few are the tab's first.

Not a COUNT of every row: no index covers every condition (an overdue referral's answer, a
task being done are in the row), so counting them all looks up each row: at 100,000
survivors, a second for the 25,000 referrals waiting for an answer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from operator import itemgetter
from typing import Any, Protocol

from sqlalchemy import Select, and_, exists, func, or_, select, true
from sqlalchemy.engine import Row
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from onestop.db.cases import Case
from onestop.db.conferences import ConferenceAction
from onestop.db.health import DoseSummary, FollowUpRow, HealthEncounter
from onestop.db.legal import Hearing, ProtectionOrder
from onestop.db.referrals import Referral
from onestop.db.sharings import SharingNotice
from onestop.db.staff import StaffAccount
from onestop.db.tasks import Task
from onestop.domain.audit import AuditAction
from onestop.domain.consent import Told
from onestop.domain.coordination import ActionStatus
from onestop.domain.health import TreatmentKind, follow_up_offsets, follow_ups_after
from onestop.domain.roles import Action, Role, Section
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import caseindex, sealedcolumns
from onestop.services.session import VaultSession
from onestop.services.settings import centre_zone

HEARINGS_AHEAD = timedelta(days=14)
ORDERS_AHEAD = timedelta(days=30)
SOON = timedelta(days=7)  # tasks, follow-ups and actions due within a week
LATE = timedelta(days=30)  # how long a missed follow-up stays on the list
LIMIT = 200  # the rows each query gives the Reminders tab (the schedule's follow-ups: all)
HOME = 8  # the reminders a home shows
PEP, HEPATITIS_B = TreatmentKind.PEP_FIRST_DOSE, TreatmentKind.HEPATITIS_B


class Kind(StrEnum):
    HEARING = "hearing"
    ORDER_EXPIRING = "order_expiring"
    REFERRAL_OVERDUE = "referral_overdue"
    TASK_DUE = "task_due"
    FOLLOW_UP = "follow_up"
    CONFERENCE_ACTION = "conference_action"
    TELL_HER = "tell_her"  # of a sharing without her consent: "not yet, X will tell her"

    @property
    def label(self) -> str:
        return {
            Kind.HEARING: "Hearing",
            Kind.ORDER_EXPIRING: "Protection order expires",
            Kind.REFERRAL_OVERDUE: "Referral overdue",
            Kind.TASK_DUE: "Task due",
            Kind.FOLLOW_UP: "Follow-up",
            Kind.CONFERENCE_ACTION: "Conference action due",
            Kind.TELL_HER: "Tell her of a sharing",
        }[self]


@dataclass(frozen=True)
class Reminder:
    kind: Kind
    due: datetime
    reference: str
    display_name: str
    what: str

    def overdue(self, now: datetime) -> bool:
        return self.due < now


Key = tuple[datetime, str, str, int, int]
"""A reminder's place in the list: when it is due, its kind, the case's reference, then the
query that found it and its row there (a row's id; the schedule's follow-ups of a case, in
order). No two reminders tie, so the first few of the whole list are the first few of each
query's first few, whichever way they are read."""

Found = tuple[Key, Reminder]
Query = Select[*tuple[Any, ...]]
Rows = list[Row[*tuple[Any, ...]]]


@dataclass(frozen=True)
class ReminderSummary:
    """The home's reminders: the soonest ``first`` as ``due`` lists them, and how many of each
    kind ``due`` lists (each query's first LIMIT: a kind with more is counted as the Reminders
    tab lists it, and named in ``more``)."""

    first: tuple[Reminder, ...]
    counts: Mapping[Kind, int] = field(default_factory=dict)
    more: frozenset[Kind] = frozenset()

    @property
    def total(self) -> int:
        """How many reminders the Reminders tab lists: ``len(due(...))``."""
        return sum(self.counts.values())


class _Source(Protocol):
    """One query of the reminders, read under its section's permission."""

    @property
    def kind(self) -> Kind: ...

    def listed(self, s: Session) -> list[Found]:
        """For the Reminders tab: its first LIMIT reminders (the schedule's: all), read whole."""
        ...

    def counted(self, s: Session, n: int) -> tuple[int, bool, list[tuple[Key, Any]]]:
        """How many ``listed`` gives, whether there are more, and the first ``n`` keys, each
        with what ``read`` needs to read it: from the coded columns alone (nothing opened)."""
        ...

    def read(self, s: Session, chosen: Sequence[Any]) -> list[Found]:
        """The reminders of some of ``counted``'s first keys, read whole."""
        ...


@dataclass(frozen=True)
class _Rows:
    """One table's rows due in a window, each joined to its case."""

    kind: Kind
    # The ORM class (its id breaks ties), and its column the reminders are due by.
    table: Any
    due_column: Any
    # The columns wanted -> a query of them from the table joined to the cases...
    joined: Callable[..., Query]
    # ... and that query -> of the rows in the window, hers (the conditions ``due`` reads by).
    window: Callable[[Query], Query]
    # A due_column value -> the reminder's due moment.
    due_of: Callable[[Any], datetime]
    # What a reminder is made of: the row (its sealed text opened as it loads), its case...
    whole: tuple[Any, ...]
    # ... and how: (the row's id, its reminder).
    make: Callable[[Session, Rows], list[tuple[int, Reminder]]]
    # Its place among the queries of one kind (follow-ups: the schedule's 0, booked 1).
    rank: int = 0

    def _ordered(self, *columns: Any) -> Query:
        # Key's order. A reference sorts alike in SQL and in Python (OSC-YYYY-NNNNN: ASCII).
        query = self.window(self.joined(*columns))
        return query.order_by(self.due_column, Case.reference, self.table.id)

    def _found(self, s: Session, rows: Rows) -> list[Found]:
        return [
            ((r.due, r.kind.value, r.reference, self.rank, number), r)
            for number, r in self.make(s, rows)
        ]

    def _note_cases(self, s: Session, rows_of: Callable[..., Query]) -> None:
        """The cases of the rows about to be read whole, with their references, in one
        statement (``rows_of``: a query of the given columns selecting those rows). A row's
        sealed text names its case (form 2) and opens as the row loads: without this, each
        case's reference was read by a statement of its own."""
        parent = sealedcolumns.CASE_PARENT.get(self.table.__tablename__)
        columns = [Case.id, Case.reference]
        if parent is not None:
            columns.append(getattr(self.table, parent[0]))
        for row in s.execute(rows_of(*columns)):
            sealedcolumns.note_reference(s, row[0], row[1])
            if parent is not None:
                sealedcolumns.note_case(s, parent[1], row[2], row[0])

    def listed(self, s: Session) -> list[Found]:
        self._note_cases(s, lambda *columns: self._ordered(*columns).limit(LIMIT))
        query = self._ordered(*self.whole).limit(LIMIT)
        return self._found(s, list(s.execute(query)))

    def counted(self, s: Session, n: int) -> tuple[int, bool, list[tuple[Key, Any]]]:
        # One walk of the index, as ``listed`` walks it, reading only coded columns: the
        # first LIMIT are the tab's, one more says that there are more.
        coded = self._ordered(self.table.id, self.due_column, Case.reference)
        rows = s.execute(coded.limit(LIMIT + 1)).all()
        first = [
            ((self.due_of(due), self.kind.value, reference, self.rank, number), number)
            for number, due, reference in rows[: min(n, LIMIT)]  # never one the tab lacks
        ]
        return min(len(rows), LIMIT), len(rows) > LIMIT, first

    def read(self, s: Session, chosen: Sequence[Any]) -> list[Found]:
        if not chosen:
            return []
        # By their ids, found in this transaction (by the row's own key, not the window's
        # index, which SQLite would walk again).
        self._note_cases(s, lambda *columns: self.joined(*columns).where(self.table.id.in_(chosen)))
        query = self.joined(*self.whole).where(self.table.id.in_(chosen))
        return self._found(s, list(s.execute(query)))


COLUMNS = (  # of a dose summary, as _Schedule reads it
    DoseSummary.case_id,
    DoseSummary.kind,
    DoseSummary.first_given_at,
    DoseSummary.doses,
    Case.reference,
)


@dataclass(frozen=True)
class _Schedule:
    """The follow-ups the PEP and hepatitis B schedules give, from each case's first dose and
    number of doses of each kind (kept by the vault: ``DoseSummary``). Each of the schedule's
    follow-ups (domain.health.follow_up_offsets: the treatment, how many doses, how long after
    the first) is one condition on those coded columns, true of a row when its follow-up is due
    in the window: a row gives at most one follow-up, counted in SQL, ordered by its first
    dose."""

    # Per follow-up of the schedule: its number there, its condition, how long after the first.
    branches: tuple[tuple[int, ColumnElement[bool], timedelta], ...]
    # The columns wanted -> from her cases' dose summaries (joined to the cases).
    query: Callable[..., Query]
    # The same for a COUNT (not joined to the cases where she sees every case's).
    counting: Query
    names: Callable[[Session], caseindex.Names]
    kind: Kind = Kind.FOLLOW_UP

    def _found(self, s: Session, rows: Sequence[tuple[Any, ...]]) -> list[Found]:
        """(case id, kind, first dose, doses, reference, its number in the schedule) -> each
        row's follow-up, as a reminder."""
        shown = self.names(s)
        shown.want(row[0] for row in rows)
        found: list[Found] = []
        for case_id, kind, first_dose, n, reference, number in rows:
            pep, hep_b = kind == PEP.value, kind == HEPATITIS_B.value
            [f] = follow_ups_after(first_dose if pep else None, first_dose if hep_b else None, n)
            r = Reminder(self.kind, f.due_at, reference, shown(case_id), f.purpose)
            found.append(((f.due_at, self.kind.value, reference, 0, number), r))
        return found

    def _rows(self, s: Session, number: int, query: Query) -> list[tuple[Any, ...]]:
        """Each row of ``query`` with the number of its follow-up in the schedule."""
        return [(*row, number) for row in s.execute(query)]

    def listed(self, s: Session) -> list[Found]:
        found: list[Found] = []
        for number, condition, _after in self.branches:
            found += self._found(s, self._rows(s, number, self.query(*COLUMNS).where(condition)))
        return found

    def counted(self, s: Session, n: int) -> tuple[int, bool, list[tuple[Key, Any]]]:
        count: int = s.execute(self.counting).scalar_one()
        first: list[tuple[Key, Any]] = []
        for number, condition, after in self.branches:
            query = self.query(*COLUMNS).where(condition)
            ordered = query.order_by(DoseSummary.first_given_at, Case.reference).limit(n)
            for row in self._rows(s, number, ordered):
                first.append(((row[2] + after, self.kind.value, row[4], 0, number), row))
        return count, False, first

    def read(self, s: Session, chosen: Sequence[Any]) -> list[Found]:
        return self._found(s, chosen) if chosen else []


def _name(case: Case) -> str:
    return case.alias or case.name


# One alias for every query (it is the same SQL each time): made afresh for each, its columns'
# proxies were made again each time, 10-40 ms of each home's reminders (issue 24).
_HERS = aliased(Case, name="her_case")


def _her_case(case_id: Any, username: str) -> ColumnElement[bool]:
    """The record's case is one she is the caseworker of, as a condition on the record alone:
    a look-up of (her name, the case's id) in ``ix_cases_caseworker_id``, not of the case's
    row (its sealed text, read only to find its caseworker). A walk of what is due in a window
    (the next 14 days' hearings) then reads the row of a case of hers only. At 100,000
    survivors, her cases one in 20, the walk of the hearings read the 5,900 hearings of the
    window and their cases' rows to find her 18: 120-210 ms on a busy machine (issue 24).

    Never "all her cases" first: a caseworker may hold most of the vault's cases (the bench's
    one holds all 100,000), and "in the next 14 days" picks fewer rows.

    Her case through her account (``staff``), not the case alone: SQLite reads a lone table's
    row by its id whatever index holds the columns asked (its short cut for ``rowid = ?``);
    with two tables it weighs the index, which holds them (tests/unit/test_reminder_summary)."""
    hers = _HERS
    return (
        select(hers.id)
        .select_from(StaffAccount)
        .join(hers, hers.caseworker == StaffAccount.username)
        .where(StaffAccount.username == username, hers.id == case_id)
        .exists()
    )


def _midnight(day: object, now: datetime) -> datetime:
    return datetime.combine(day, datetime.min.time(), tzinfo=now.tzinfo)  # type: ignore[arg-type]


class ReminderService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def _everyone(self) -> bool:
        return self._session.actor.role is Role.MANAGER

    def due(self, now: datetime, overdue_days: int = 7) -> tuple[Reminder, ...]:
        """Every reminder for the signed-in person, soonest first (each query's first LIMIT)."""
        session = self._session
        found: list[Found] = []
        with session.batch(reads=True):
            for section, sources in self._sections(now, overdue_days):
                with session.unit_of_work(section, Action.READ) as s:
                    got = [f for source in sources for f in source.listed(s)]
                    self._audited(s, section, len(got))
                    found.extend(got)
        return tuple(r for _, r in sorted(found, key=itemgetter(0)))

    def summary(self, now: datetime, overdue_days: int = 7, first: int = HOME) -> ReminderSummary:
        """The home's: the first ``first`` of ``due``, in its order, and how many it lists.

        Each query's first LIMIT rows (one more: whether there are more) are found from their
        coded columns (dates, ids, the case's reference; nothing sealed is opened), walking the
        index ``due`` walks; only the ``first`` shown in all are then read whole. Audited like
        ``due``, one entry per section: how many shown of how many counted."""
        session = self._session
        counts: dict[Kind, int] = {}
        more: set[Kind] = set()
        firsts: list[tuple[Key, _Source, Any]] = []
        sections = self._sections(now, overdue_days)
        counted: dict[Section, int] = {}
        with session.batch(reads=True):
            for section, sources in sections:
                with session.unit_of_work(section, Action.READ) as s:
                    counted[section] = 0
                    for source in sources:
                        n, beyond, keys = source.counted(s, first)
                        counts[source.kind] = counts.get(source.kind, 0) + n
                        counted[section] += n
                        if beyond:
                            more.add(source.kind)
                        firsts += [(key, source, got) for key, got in keys]
            chosen = sorted(firsts, key=itemgetter(0))[:first]
            found: list[Found] = []
            for section, sources in sections:
                with session.unit_of_work(section, Action.READ) as s:
                    got = [
                        f
                        for source in sources
                        for f in source.read(s, [c for _, by, c in chosen if by is source])
                    ]
                    detail = f"home reminders: {len(got)} of {counted[section]} entries"
                    session.audit(s, AuditAction.RECORD_READ, section, detail=detail)
                    found.extend(got)
        shown = tuple(r for _, r in sorted(found, key=itemgetter(0)))
        return ReminderSummary(shown, counts, frozenset(more))

    def _sections(self, now: datetime, days: int) -> list[tuple[Section, list[_Source]]]:
        """Each section she may read, with its queries (none for a role the section's
        reminders are not for: still read, and audited, as none)."""
        session = self._session
        role = session.actor.role
        if role in (None, Role.ADMIN):
            return []
        follow_ups = role in (Role.CLINICIAN, Role.CASEWORKER, Role.MANAGER)
        # Those who follow the actions up: caseworkers, advocates, the manager.
        actions = session.allowed(Section.CONFERENCES, Action.WRITE)
        every: list[tuple[Section, list[_Source]]] = [
            (Section.LEGAL, [self._hearings(now), self._orders(now)]),
            (Section.TASKS, [self._tasks(now)]),
            (Section.HEALTH, [self._schedule(now), self._booked(now)] if follow_ups else []),
            (Section.CONFERENCES, [self._actions(now)] if actions else []),
            (Section.REFERRALS, [self._referrals(now, days)]),
            (Section.CONSENT, [self._tell_her()]),
        ]
        return [
            (section, sources)
            for section, sources in every
            if session.allowed(section, Action.READ)
        ]

    def _audited(self, s: Session, section: Section, n: int) -> None:
        self._session.audit(s, AuditAction.RECORD_READ, section, detail=f"reminders: {n} entries")

    def _own_cases(self) -> bool:
        """A caseworker's reminders are about her own cases."""
        return self._session.actor.role is Role.CASEWORKER

    def _mine(self, query: Query, case_id: InstrumentedAttribute[int]) -> Query:
        """Hers only, for a caseworker: the records whose case (``case_id``) is hers."""
        if not self._own_cases():
            return query
        return query.where(_her_case(case_id, self._session.actor.username))

    def _on_her_cases(self, case_id: InstrumentedAttribute[int]) -> ColumnElement[bool]:
        """The record is on a case she is the caseworker of. Another role is the caseworker of
        none (only caseworkers are assigned), so for her it is a list of her cases' ids, read
        from the caseworker index: each record she did not write is then refused without a
        look-up of its case (at 100,000 survivors, 25,000 referrals waiting for an answer: 1 s
        against 0.4 s). A caseworker's own cases may be most of them: each record's case is
        looked up in the caseworker index (``_her_case``)."""
        me = self._session.actor.username
        if self._session.actor.role is Role.CASEWORKER:
            return _her_case(case_id, me)
        return case_id.in_(select(Case.id).where(Case.caseworker == me))

    def _shown(self, s: Session) -> caseindex.Names:
        """Her name as a reminder shows it, from the in-memory index (the vault holds it
        sealed), or from the cases' rows while the index is still being read after sign-in
        (``want`` them first); empty while a colleague has not confirmed her identity key."""
        shown = caseindex.names(self._session, s)
        return shown if shown is not None else caseindex.Names()

    def _named(
        self,
        s: Session,
        rows: Rows,
        made: Callable[[Any, str, str], Reminder],
    ) -> list[tuple[int, Reminder]]:
        """Rows of (record, reference, case id), her name from the index."""
        shown = self._shown(s)
        shown.want(case_id for *_, case_id in rows)
        return [(r.id, made(r, reference, shown(case_id))) for r, reference, case_id in rows]

    def _hearings(self, now: datetime) -> _Rows:
        def joined(*columns: Any) -> Query:
            return select(*columns).select_from(Hearing).join(Case, Case.id == Hearing.case_id)

        def window(query: Query) -> Query:
            return self._mine(
                query.where(Hearing.held_at >= now, Hearing.held_at <= now + HEARINGS_AHEAD),
                Hearing.case_id,
            )

        def make(s: Session, rows: Rows) -> list[tuple[int, Reminder]]:
            return self._named(
                s,
                rows,
                lambda h, ref, name: Reminder(
                    Kind.HEARING, h.held_at, ref, name, f"{h.court}: {h.purpose}"
                ),
            )

        # Whole rows: the ORM layer opens their sealed text (services.sealedcolumns); the
        # reference and id of the case, her name coming from the index.
        whole = (Hearing, Case.reference, Case.id)
        return _Rows(
            Kind.HEARING, Hearing, Hearing.held_at, joined, window, lambda at: at, whole, make
        )

    def _orders(self, now: datetime) -> _Rows:
        def joined(*columns: Any) -> Query:
            return (
                select(*columns)
                .select_from(ProtectionOrder)
                .join(Case, Case.id == ProtectionOrder.case_id)
            )

        def window(query: Query) -> Query:
            return self._mine(
                query.where(
                    ProtectionOrder.active.is_(True),
                    ProtectionOrder.expires_on >= now.date(),
                    ProtectionOrder.expires_on <= (now + ORDERS_AHEAD).date(),
                ),
                ProtectionOrder.case_id,
            )

        def make(s: Session, rows: Rows) -> list[tuple[int, Reminder]]:
            return self._named(
                s,
                [row for row in rows if row[0].expires_on is not None],
                lambda o, ref, name: Reminder(
                    Kind.ORDER_EXPIRING, _midnight(o.expires_on, now), ref, name, o.order_type
                ),
            )

        return _Rows(
            Kind.ORDER_EXPIRING,
            ProtectionOrder,
            ProtectionOrder.expires_on,
            joined,
            window,
            lambda day: _midnight(day, now),
            (ProtectionOrder, Case.reference, Case.id),
            make,
        )

    def _tasks(self, now: datetime) -> _Rows:
        me = self._session.actor.username

        def joined(*columns: Any) -> Query:
            return select(*columns).select_from(Task).join(Case, Case.id == Task.case_id)

        def window(query: Query) -> Query:
            query = query.where(Task.done.is_(False), Task.due_at <= now + SOON)
            if not self._everyone():
                query = query.where(or_(Task.assignee == me, self._on_her_cases(Task.case_id)))
            return query

        def make(s: Session, rows: Rows) -> list[tuple[int, Reminder]]:
            return [
                (t.id, Reminder(Kind.TASK_DUE, t.due_at, c.reference, _name(c), t.title))
                for t, c in rows
            ]

        whole = (Task, Case)
        return _Rows(Kind.TASK_DUE, Task, Task.due_at, joined, window, lambda at: at, whole, make)

    def _schedule(self, now: datetime) -> _Schedule:
        since, until = now - LATE, now + SOON
        # The cases whose schedule has a follow-up in the window, from each case's first dose
        # and number of doses of each kind (kept by the vault: ``DoseSummary``), one short index
        # range per dose of the schedule.
        branches = tuple(
            (
                number,
                and_(
                    DoseSummary.kind == kind.value,
                    true() if n is None else DoseSummary.doses == n,
                    DoseSummary.first_given_at >= since - after,
                    DoseSummary.first_given_at <= until - after,
                ),
                after,
            )
            for number, (kind, n, after) in enumerate(follow_up_offsets())
        )
        in_window = or_(*(condition for _, condition, _ in branches))

        def query(*columns: Any) -> Query:
            joined = select(*columns).select_from(DoseSummary)
            return self._mine(
                joined.join(Case, Case.id == DoseSummary.case_id), DoseSummary.case_id
            )

        # Counted from the schedule's index alone (the foreign key keeps each row's case), not
        # joined to the cases: a caseworker's from ix_dose_summaries_schedule_case_id, each
        # row's case looked up in the caseworker index (``_her_case``), no row read.
        counting = self._mine(
            select(func.count()).select_from(DoseSummary).where(in_window), DoseSummary.case_id
        )
        return _Schedule(branches, query, counting, self._shown)

    def _booked(self, now: datetime) -> _Rows:
        """Follow-ups booked at an encounter, from the index on their date."""
        since, until = now - LATE, now + SOON

        def joined(*columns: Any) -> Query:
            return (
                select(*columns)
                .select_from(FollowUpRow)
                .join(HealthEncounter, HealthEncounter.id == FollowUpRow.encounter_id)
                .join(Case, Case.id == HealthEncounter.case_id)
            )

        def window(query: Query) -> Query:
            return self._mine(
                query.where(
                    FollowUpRow.done.is_(False),
                    # Booked at an encounter entered in error (the wrong survivor): not hers.
                    HealthEncounter.entered_in_error.is_(False),
                    FollowUpRow.due_at >= since,
                    FollowUpRow.due_at <= until,
                ),
                HealthEncounter.case_id,
            )

        def make(s: Session, rows: Rows) -> list[tuple[int, Reminder]]:
            return self._named(
                s,
                rows,
                lambda f, ref, name: Reminder(Kind.FOLLOW_UP, f.due_at, ref, name, f.purpose),
            )

        # Whole rows: the purpose is sealed under the health key, opened as it loads.
        whole = (FollowUpRow, Case.reference, Case.id)
        return _Rows(
            Kind.FOLLOW_UP,
            FollowUpRow,
            FollowUpRow.due_at,
            joined,
            window,
            lambda at: at,
            whole,
            make,
            rank=1,
        )

    def _actions(self, now: datetime) -> _Rows:
        carried = [st.value for st in ActionStatus if st.carried]

        def joined(*columns: Any) -> Query:
            return (
                select(*columns)
                .select_from(ConferenceAction)
                .join(Case, Case.id == ConferenceAction.case_id)
            )

        def window(query: Query) -> Query:
            return self._mine(
                query.where(
                    ConferenceAction.status.in_(carried),
                    ConferenceAction.due_on <= (now + SOON).date(),
                ),
                ConferenceAction.case_id,
            )

        def make(s: Session, rows: Rows) -> list[tuple[int, Reminder]]:
            return [
                (
                    a.id,
                    Reminder(
                        Kind.CONFERENCE_ACTION,
                        _midnight(a.due_on, now),
                        c.reference,
                        _name(c),
                        f"{a.agency} ({a.owner}): {a.description}",
                    ),
                )
                for a, c in rows
            ]

        return _Rows(
            Kind.CONFERENCE_ACTION,
            ConferenceAction,
            ConferenceAction.due_on,
            joined,
            window,
            lambda day: _midnight(day, now),
            (ConferenceAction, Case),
            make,
        )

    def _referrals(self, now: datetime, days: int) -> _Rows:
        me = self._session.actor.username
        late = timedelta(days=days)

        def joined(*columns: Any) -> Query:
            return select(*columns).select_from(Referral).join(Case, Case.id == Referral.case_id)

        def window(query: Query) -> Query:
            query = query.where(
                Referral.status == "sent",
                Referral.responded_at.is_(None),
                Referral.sent_at < now - late,
            )
            if not self._everyone():
                query = query.where(
                    or_(Referral.created_by == me, self._on_her_cases(Referral.case_id))
                )
            return query

        def make(s: Session, rows: Rows) -> list[tuple[int, Reminder]]:
            zone = centre_zone(s)  # the day at the centre, written by the screen (a date)
            return [
                (
                    r.id,
                    Reminder(
                        Kind.REFERRAL_OVERDUE,
                        r.sent_at + late,
                        c.reference,
                        _name(c),
                        QT_TRANSLATE_NOOP("Messages", "{agency}: no answer since {date}").format(
                            agency=r.agency, date=r.sent_at.astimezone(zone).date()
                        ),
                    ),
                )
                for r, c in rows
                if r.sent_at is not None
            ]

        return _Rows(
            Kind.REFERRAL_OVERDUE,
            Referral,
            Referral.sent_at,
            joined,
            window,
            lambda sent: sent + late,
            (Referral, Case),
            make,
        )

    def _tell_her(self) -> _Rows:
        """Each sharing without her consent whose answer now is "not yet: X will tell her"
        (services.sharings), until a later answer says she was told: due a week after the
        answer was given, for the manager (who decides to share) and, on her cases, for those
        who read her consent section."""
        later = aliased(SharingNotice)
        first = func.coalesce(SharingNotice.follows, SharingNotice.id)

        def joined(*columns: Any) -> Query:
            return (
                select(*columns)
                .select_from(SharingNotice)
                .join(Case, Case.id == SharingNotice.case_id)
            )

        def window(query: Query) -> Query:
            answered = exists().where(
                func.coalesce(later.follows, later.id) == first, later.id > SharingNotice.id
            )
            query = query.where(SharingNotice.told == Told.WILL_BE_TOLD.value, ~answered)
            if not self._everyone():
                query = query.where(self._on_her_cases(SharingNotice.case_id))
            return query

        def make(s: Session, rows: Rows) -> list[tuple[int, Reminder]]:
            zone = centre_zone(s)  # the day at the centre, written by the screen (a date)
            return self._named(
                s,
                rows,
                lambda n, ref, name: Reminder(
                    Kind.TELL_HER,
                    n.recorded_at + SOON,
                    ref,
                    name,
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Tell her that her file was shared without her consent on {date}: "
                        "{who} will tell her.",
                    ).format(date=n.recorded_at.astimezone(zone).date(), who=n.told_by),
                ),
            )

        return _Rows(
            Kind.TELL_HER,
            SharingNotice,
            SharingNotice.recorded_at,
            joined,
            window,
            lambda at: at + SOON,
            (SharingNotice, Case.reference, Case.id),
            make,
        )
