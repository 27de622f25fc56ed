"""What each role's home screen lists: the day's work, read across cases in one transaction.

Every list is read under its own section's permission and audited with how many entries it
showed (never their content). A role sees only the lists of the sections it may read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from onestop.db.cases import Case, opening_known
from onestop.db.counselling import CounsellingSession
from onestop.db.health import HealthEncounter, TreatmentRow
from onestop.db.incidents import Incident, counted
from onestop.db.legal import Hearing, ProtectionOrder
from onestop.db.shelter import ShelterStay
from onestop.db.tasks import Task
from onestop.domain.audit import AuditAction
from onestop.domain.casefile import SEXUAL_VIOLENCE, CaseStatus, GbvType
from onestop.domain.clinical import DEFAULT_RULES
from onestop.domain.counselling import SessionType
from onestop.domain.health import (
    TREATMENT_WINDOWS,
    Treatment,
    TreatmentKind,
    WindowAlert,
    window_alerts,
)
from onestop.domain.roles import Action, Role, Section
from onestop.i18n import QT_TRANSLATE_NOOP, Phrase
from onestop.services.incidents import incident_time
from onestop.services.labels import label, window_label
from onestop.services.sealedcolumns import coded_only
from onestop.services.session import VaultSession

HEARINGS_AHEAD = timedelta(days=14)
ORDERS_EXPIRING = timedelta(days=30)
TASKS_AHEAD = timedelta(days=7)
EXITS_AHEAD = timedelta(days=7)
LIST_LIMIT = 50
# The widest clinical window: an incident older than this has nothing left to count down.
CLINICAL_HORIZON = timedelta(hours=max(r.hours for r in DEFAULT_RULES.values()))


@dataclass(frozen=True)
class AgendaItem:
    reference: str
    display_name: str
    when: datetime | None
    what: str
    alerts: tuple[WindowAlert, ...] = ()
    incident: str = ""  # the clinical windows': the incident's type they count from


@dataclass(frozen=True)
class AgendaList:
    key: str  # e.g. "clinical_windows", stable for the GUI and tests
    items: tuple[AgendaItem, ...]


@dataclass(frozen=True)
class Agenda:
    lists: tuple[AgendaList, ...]
    counts: dict[str, int] = field(default_factory=dict)
    # A manager's trends: each a list of (key, count) in order ("2026-11" for a month, a type).
    trends: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)

    def get(self, key: str) -> tuple[AgendaItem, ...]:
        for agenda_list in self.lists:
            if agenda_list.key == key:
                return agenda_list.items
        return ()


# CASE_FIRST: a list of rows of many cases selects each row's case before the row: a row's
# sealed text names its case (form 2) and opens as the row loads, so the case loaded first
# gives it its reference; the other way round, each case's reference was read by a statement
# of its own (200 for the shelter officer's home at 100,000 survivors). The FROM clause keeps
# the row's table first (select_from), so the plans and indexes are the same.


def _name(case: Case) -> str:
    return case.alias or case.name


def _closes_first(item: AgendaItem) -> tuple[int, timedelta, float]:
    """The order of the clinician's list: the window that may close soonest first (an
    incident of unknown time after those, then those with nothing left to do, newest first)."""
    left = [a.status.least_left for a in item.alerts if a.needs_action]
    known = [t for t in left if t is not None]
    newest = -item.when.timestamp() if item.when is not None else 0.0
    if known:
        return (0, min(known), newest)
    return (1 if left else 2, timedelta(0), newest)


def _due(alerts: Sequence[WindowAlert]) -> str:
    """What is still to do for an incident: "Due: PEP, Emergency contraception, forensic
    samples" (the forensic windows as one), or that nothing is."""
    due = [a.status.rule.window for a in alerts if a.needs_action]
    if not due:
        return QT_TRANSLATE_NOOP("Messages", "Nothing due")
    names: list[str] = [window_label(w) for w in due if w in TREATMENT_WINDOWS.values()]
    if len(names) < len(due):
        names.append(QT_TRANSLATE_NOOP("Messages", "forensic samples"))
    return QT_TRANSLATE_NOOP("Messages", "Due: {what}").format(what=Phrase.joined(names, ", "))


class AgendaService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def _may(self, *sections: Section) -> bool:
        return all(self._session.allowed(s, Action.READ) for s in sections)

    def _audited(self, s: Session, section: Section, key: str, n: int) -> None:
        self._session.audit(
            s, AuditAction.RECORD_READ, section, detail=f"home list {key}: {n} entries"
        )

    def today(self, now: datetime, day_start: datetime | None = None) -> Agenda:
        """The home screen's lists for the signed-in role at ``now`` (UTC); ``day_start`` is
        the start of the workstation's local day, for "today's" sessions."""
        session = self._session
        role = session.actor.role
        start = day_start or now.replace(hour=0, minute=0, second=0, microsecond=0)
        lists: list[AgendaList] = []
        counts: dict[str, int] = {}
        trends: dict[str, tuple[tuple[str, int], ...]] = {}
        if role is None or role is Role.ADMIN:
            return Agenda(())
        with session.batch(reads=True):
            if role is Role.CLINICIAN and self._may(Section.INCIDENTS, Section.HEALTH):
                lists.append(self._clinical(now))
            if role is Role.CASEWORKER:
                lists.append(self._my_cases())
                lists.append(self._tasks(now))
            if role is Role.COUNSELLOR and self._may(Section.COUNSELLING):
                lists.append(self._sessions(start))
            if role is Role.LEGAL_ADVOCATE and self._may(Section.LEGAL):
                lists.extend(self._legal(now))
            if role is Role.SHELTER_OFFICER and self._may(Section.SHELTER):
                lists.extend(self._shelter(now))
            if role is Role.MANAGER:
                counts = self._counts(now)
                trends = self._trends(now)
        return Agenda(tuple(lists), counts, trends)

    def _clinical(self, now: datetime) -> AgendaList:
        key = "clinical_windows"
        latest = func.coalesce(Incident.occurred_latest, Incident.occurred_earliest)
        with self._session.unit_of_work(Section.INCIDENTS, Action.READ) as s:
            rows = s.execute(
                select(Case, Incident)  # her case first: CASE_FIRST
                .select_from(Incident)
                .options(*coded_only(Incident))
                .join(Case, Case.id == Incident.case_id)
                .where(
                    Incident.gbv_type.in_([t.value for t in SEXUAL_VIOLENCE]),
                    Incident.entered_in_error.is_(False),
                    latest >= now - CLINICAL_HORIZON,
                )
                .order_by(latest.desc())
                .limit(LIST_LIMIT)
            ).all()
            treatments = self._treatments(s, [i.id for _c, i in rows])
            found = []
            for case, incident in rows:
                alerts = window_alerts(
                    incident_time(incident), treatments.get(incident.id, ()), now
                )
                found.append(
                    AgendaItem(
                        case.reference,
                        _name(case),
                        incident.occurred_latest or incident.occurred_earliest,
                        _due(alerts),
                        alerts,
                        label(GbvType(incident.gbv_type)),
                    )
                )
            items = tuple(sorted(found, key=_closes_first))
            self._audited(s, Section.INCIDENTS, key, len(items))
            self._session.audit(
                s, AuditAction.RECORD_READ, Section.HEALTH, detail=f"home list {key}: treatments"
            )
        return AgendaList(key, items)

    def _treatments(self, s: Session, incident_ids: Sequence[int]) -> dict[int, list[Treatment]]:
        if not incident_ids:
            return {}
        found: dict[int, list[Treatment]] = {}
        for incident_id, kind, given_at in s.execute(
            select(HealthEncounter.incident_id, TreatmentRow.kind, TreatmentRow.given_at)
            .join(TreatmentRow, TreatmentRow.encounter_id == HealthEncounter.id)
            .where(
                HealthEncounter.incident_id.in_(incident_ids),
                # A dose recorded on the wrong survivor's encounter was not given to her.
                HealthEncounter.entered_in_error.is_(False),
            )
        ):
            if incident_id is not None:
                found.setdefault(incident_id, []).append(Treatment(TreatmentKind(kind), given_at))
        return found

    def _my_cases(self) -> AgendaList:
        key = "my_cases"
        me = self._session.actor.username
        with self._session.unit_of_work(Section.IDENTITY, Action.READ) as s:
            cases = s.scalars(
                select(Case)
                .where(Case.caseworker == me, Case.status != CaseStatus.CLOSED.value)
                .order_by(Case.opened_at.desc(), Case.id.desc())
                .limit(LIST_LIMIT)
            ).all()
            items = tuple(
                AgendaItem(c.reference, _name(c), c.opened_at, label(CaseStatus(c.status)))
                for c in cases
            )
            self._audited(s, Section.IDENTITY, key, len(items))
        return AgendaList(key, items)

    def _tasks(self, now: datetime) -> AgendaList:
        key = "tasks_due"
        me = self._session.actor.username
        with self._session.unit_of_work(Section.TASKS, Action.READ) as s:
            rows = s.execute(
                select(Task, Case)
                .join(Case, Case.id == Task.case_id)
                .where(
                    Task.done.is_(False),
                    Task.due_at <= now + TASKS_AHEAD,
                    or_(Task.assignee == me, Case.caseworker == me),
                )
                .order_by(Task.due_at)
                .limit(LIST_LIMIT)
            ).all()
            items = tuple(AgendaItem(c.reference, _name(c), t.due_at, t.title) for t, c in rows)
            self._audited(s, Section.TASKS, key, len(items))
        return AgendaList(key, items)

    def _sessions(self, start: datetime) -> AgendaList:
        key = "sessions_today"
        with self._session.unit_of_work(Section.COUNSELLING, Action.READ) as s:
            rows = s.execute(
                select(CounsellingSession, Case)
                .join(Case, Case.id == CounsellingSession.case_id)
                .where(
                    CounsellingSession.held_at >= start,
                    CounsellingSession.held_at < start + timedelta(days=1),
                )
                .order_by(CounsellingSession.held_at)
                .limit(LIST_LIMIT)
            ).all()
            items = tuple(
                AgendaItem(c.reference, _name(c), r.held_at, label(SessionType(r.session_type)))
                for r, c in rows
            )
            self._audited(s, Section.COUNSELLING, key, len(items))
        return AgendaList(key, items)

    def _legal(self, now: datetime) -> list[AgendaList]:
        today: date = now.date()
        with self._session.unit_of_work(Section.LEGAL, Action.READ) as s:
            hearings = s.execute(
                select(Case, Hearing)  # CASE_FIRST
                .select_from(Hearing)
                .join(Case, Case.id == Hearing.case_id)
                .where(Hearing.held_at >= now, Hearing.held_at <= now + HEARINGS_AHEAD)
                .order_by(Hearing.held_at)
                .limit(LIST_LIMIT)
            ).all()
            orders = s.execute(
                select(Case, ProtectionOrder)  # CASE_FIRST
                .select_from(ProtectionOrder)
                .join(Case, Case.id == ProtectionOrder.case_id)
                .where(
                    ProtectionOrder.active.is_(True),
                    ProtectionOrder.expires_on >= today,
                    ProtectionOrder.expires_on <= today + ORDERS_EXPIRING,
                )
                .order_by(ProtectionOrder.expires_on)
                .limit(LIST_LIMIT)
            ).all()
            h = tuple(
                AgendaItem(c.reference, _name(c), r.held_at, f"{r.court}: {r.purpose}")
                for c, r in hearings
            )
            o = tuple(
                AgendaItem(
                    c.reference,
                    _name(c),
                    datetime.combine(r.expires_on, datetime.min.time(), tzinfo=now.tzinfo),
                    r.order_type,
                )
                for c, r in orders
                if r.expires_on is not None
            )
            self._audited(s, Section.LEGAL, "hearings", len(h))
            self._audited(s, Section.LEGAL, "orders_expiring", len(o))
        return [AgendaList("hearings", h), AgendaList("orders_expiring", o)]

    def _shelter(self, now: datetime) -> list[AgendaList]:
        with self._session.unit_of_work(Section.SHELTER, Action.READ) as s:
            rows = s.execute(
                select(Case, ShelterStay)  # CASE_FIRST
                .select_from(ShelterStay)
                .join(Case, Case.id == ShelterStay.case_id)
                .where(ShelterStay.exited_at.is_(None))
                .order_by(ShelterStay.room, ShelterStay.bed)
                .limit(LIST_LIMIT * 4)
            ).all()
            stays = tuple(
                AgendaItem(
                    c.reference,
                    _name(c),
                    r.admitted_at,
                    QT_TRANSLATE_NOOP(
                        "Messages", "{room} / {bed} · %n child(ren)", "", r.children_count
                    ).format(room=r.room, bed=r.bed)
                    if r.children_count
                    else f"{r.room} / {r.bed}",
                )
                for c, r in rows
            )
            exits = tuple(
                AgendaItem(
                    c.reference,
                    _name(c),
                    datetime.combine(r.planned_exit, datetime.min.time(), tzinfo=now.tzinfo),
                    f"{r.room} / {r.bed}",
                )
                for c, r in rows
                if r.planned_exit is not None and r.planned_exit <= (now + EXITS_AHEAD).date()
            )
            self._audited(s, Section.SHELTER, "stays", len(stays))
        return [AgendaList("stays", stays), AgendaList("expected_exits", exits)]

    def _counts(self, now: datetime) -> dict[str, int]:
        with self._session.unit_of_work(Section.IDENTITY, Action.READ) as s:
            # Every case less the closed ones, in one statement: SQLite counts a whole table
            # by the pages of its smallest index (not entry by entry), and the closed ones
            # are one range of ix_cases_status; "not closed" walked each of the 88,000 open
            # cases' entries at 100,000 survivors (issue 24). A case's status is never NULL.
            open_cases = s.scalar(
                select(
                    select(func.count()).select_from(Case).scalar_subquery()
                    - select(func.count())
                    .select_from(Case)
                    .where(Case.status == CaseStatus.CLOSED.value)
                    .scalar_subquery()
                )
            )
            recent = s.scalar(
                select(func.count())
                .select_from(Case)
                .where(Case.opened_at >= now - timedelta(days=30), opening_known())
            )
            self._session.audit(s, AuditAction.RECORD_READ, Section.IDENTITY, detail="home counts")
        return {"open_cases": int(open_cases or 0), "opened_30_days": int(recent or 0)}

    def _trends(self, now: datetime) -> dict[str, tuple[tuple[str, int], ...]]:
        """Cases opened in each of the last 12 months (this one included), and the incidents
        of the last 90 days by type: counts only, for the manager's charts.

        Each month's cases are one range of ``ix_cases_opened_known`` (from its first
        midnight, UTC, to the next month's: the month a stored time's text names), all twelve
        in one statement: grouping the window's rows by a month computed from each
        (``substr``) sorted every row of it (50,000 at 100,000 survivors, 90 ms). Each type's
        incidents likewise, one range of ``ix_incidents_counted_by_type`` (its type, then
        when it was recorded), every type in one statement: grouping the 35,000 incidents of
        the 90 days by type sorted them (9 ms against 1 ms on a quiet machine, 100 ms on a
        busy one). That index is partial, of the incidents ``counted()`` (not entered in
        error), and read only by a query that says so in those words: an index led by the
        type would have drawn the clinician's list, which names the types too."""
        months = _last_months(now, TREND_MONTHS)
        starts = [_month_start(m) for m in months]
        ends = [*starts[1:], _next_month(starts[-1])]
        with self._session.unit_of_work(Section.IDENTITY, Action.READ) as s:
            opened = s.execute(
                select(
                    *(
                        select(func.count())
                        .select_from(Case)
                        .where(Case.opened_at >= start, Case.opened_at < end, opening_known())
                        .scalar_subquery()
                        for start, end in zip(starts, ends, strict=True)
                    )
                )
            ).one()
            self._session.audit(s, AuditAction.RECORD_READ, Section.IDENTITY, detail="trends")
        trends: dict[str, tuple[tuple[str, int], ...]] = {
            "opened_by_month": tuple((m, int(n or 0)) for m, n in zip(months, opened, strict=True))
        }
        if self._may(Section.INCIDENTS):
            since = now - timedelta(days=TREND_DAYS)
            types = list(GbvType)
            with self._session.unit_of_work(Section.INCIDENTS, Action.READ) as s:
                by_type = s.execute(
                    select(
                        *(
                            select(func.count())
                            .select_from(Incident)
                            .where(
                                Incident.gbv_type == t.value,
                                Incident.created_at >= since,
                                counted(),
                            )
                            .scalar_subquery()
                            for t in types
                        )
                    )
                ).one()
                self._session.audit(s, AuditAction.RECORD_READ, Section.INCIDENTS, detail="trends")
            trends["incidents_by_type"] = tuple(
                (t.value, int(n or 0)) for t, n in zip(types, by_type, strict=True)
            )
        return trends


TREND_MONTHS = 12
TREND_DAYS = 90


def _month_start(month: str) -> datetime:
    """A month ("YYYY-MM")'s first midnight, UTC."""
    return datetime(int(month[:4]), int(month[5:]), 1, tzinfo=UTC)


def _next_month(start: datetime) -> datetime:
    return (
        start.replace(year=start.year + 1, month=1)
        if start.month == 12
        else start.replace(month=start.month + 1)
    )


def _last_months(now: datetime, n: int) -> list[str]:
    """The last ``n`` months as "YYYY-MM", oldest first, this month last."""
    year, month = now.year, now.month
    out: list[str] = []
    for _ in range(n):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out[::-1]
