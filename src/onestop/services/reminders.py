"""One list of what is coming due, for the signed-in member of staff: hearings in the next 14
days, protection orders expiring within 30, referrals overdue for an answer, tasks due,
clinical follow-ups (the end of the PEP course, hepatitis B doses, follow-ups booked at an
examination), and case-conference actions due.

Each kind is read under its own section's permission (a role that may not read a section gets
none of its reminders), in one transaction, audited by count only. Caseworkers and the other
case roles see their own (their cases, their tasks, the referrals they made); the manager sees
the centre's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import and_, or_, select, true
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from onestop.db.cases import Case
from onestop.db.conferences import ConferenceAction
from onestop.db.health import DoseSummary, FollowUpRow, HealthEncounter
from onestop.db.legal import Hearing, ProtectionOrder
from onestop.db.referrals import Referral
from onestop.db.tasks import Task
from onestop.domain.audit import AuditAction
from onestop.domain.coordination import ActionStatus
from onestop.domain.health import TreatmentKind, follow_up_offsets, follow_ups_after
from onestop.domain.roles import Action, Role, Section
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import caseindex
from onestop.services.session import VaultSession

HEARINGS_AHEAD = timedelta(days=14)
ORDERS_AHEAD = timedelta(days=30)
SOON = timedelta(days=7)  # tasks, follow-ups and actions due within a week
LATE = timedelta(days=30)  # how long a missed follow-up stays on the list
LIMIT = 200
PEP, HEPATITIS_B = TreatmentKind.PEP_FIRST_DOSE, TreatmentKind.HEPATITIS_B


class Kind(StrEnum):
    HEARING = "hearing"
    ORDER_EXPIRING = "order_expiring"
    REFERRAL_OVERDUE = "referral_overdue"
    TASK_DUE = "task_due"
    FOLLOW_UP = "follow_up"
    CONFERENCE_ACTION = "conference_action"

    @property
    def label(self) -> str:
        return {
            Kind.HEARING: "Hearing",
            Kind.ORDER_EXPIRING: "Protection order expires",
            Kind.REFERRAL_OVERDUE: "Referral overdue",
            Kind.TASK_DUE: "Task due",
            Kind.FOLLOW_UP: "Follow-up",
            Kind.CONFERENCE_ACTION: "Conference action due",
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


def _name(case: Case) -> str:
    return case.alias or case.name


def _caseworker_is(username: str) -> ColumnElement[bool]:
    """The case's caseworker, as a condition SQLite does not start from: "in the next 14 days"
    picks fewer rows than "all my cases" (SQLite's own advice: an expression, here `|| ''`,
    keeps the caseworker index out of the plan)."""
    return (Case.caseworker + "") == username


def _midnight(day: object, now: datetime) -> datetime:
    return datetime.combine(day, datetime.min.time(), tzinfo=now.tzinfo)  # type: ignore[arg-type]


class ReminderService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def _everyone(self) -> bool:
        return self._session.actor.role is Role.MANAGER

    def due(self, now: datetime, overdue_days: int = 7) -> tuple[Reminder, ...]:
        """Every reminder for the signed-in person, soonest first."""
        session = self._session
        readers: list[tuple[Section, Callable[[Session, datetime], list[Reminder]]]] = [
            (Section.LEGAL, self._legal),
            (Section.TASKS, self._tasks),
            (Section.HEALTH, self._follow_ups),
            (Section.CONFERENCES, self._actions),
        ]
        found: list[Reminder] = []
        if session.actor.role in (None, Role.ADMIN):
            return ()
        with session.batch():
            for section, read in readers:
                if session.allowed(section, Action.READ):
                    with session.unit_of_work(section, Action.READ) as s:
                        got = read(s, now)
                        self._audited(s, section, len(got))
                        found.extend(got)
            if session.allowed(Section.REFERRALS, Action.READ):
                with session.unit_of_work(Section.REFERRALS, Action.READ) as s:
                    got = self._referrals(s, now, overdue_days)
                    self._audited(s, Section.REFERRALS, len(got))
                    found.extend(got)
        return tuple(sorted(found, key=lambda r: (r.due, r.kind.value, r.reference)))

    def _audited(self, s: Session, section: Section, n: int) -> None:
        self._session.audit(s, AuditAction.RECORD_READ, section, detail=f"reminders: {n} entries")

    def _own_cases(self) -> bool:
        """A caseworker's reminders are about her own cases."""
        return self._session.actor.role is Role.CASEWORKER

    def _shown(self, s: Session) -> caseindex.Names:
        """Her name as a reminder shows it, from the in-memory index (the vault holds it
        sealed), or from the cases' rows while the index is still being read after sign-in
        (``want`` them first); empty while a colleague has not confirmed her identity key."""
        shown = caseindex.names(self._session, s)
        return shown if shown is not None else caseindex.Names()

    def _legal(self, s: Session, now: datetime) -> list[Reminder]:
        shown = self._shown(s)
        who = (Case.reference, Case.id)  # the reference; her name comes from the index
        hearings = (
            # Whole rows: the ORM layer opens their sealed text (services.sealedcolumns).
            select(Hearing, *who)
            .join(Case, Case.id == Hearing.case_id)
            .where(Hearing.held_at >= now, Hearing.held_at <= now + HEARINGS_AHEAD)
            .order_by(Hearing.held_at)
            .limit(LIMIT)
        )
        orders = (
            select(ProtectionOrder, *who)
            .join(Case, Case.id == ProtectionOrder.case_id)
            .where(
                ProtectionOrder.active.is_(True),
                ProtectionOrder.expires_on >= now.date(),
                ProtectionOrder.expires_on <= (now + ORDERS_AHEAD).date(),
            )
            .order_by(ProtectionOrder.expires_on)
            .limit(LIMIT)
        )
        if self._own_cases():
            mine = _caseworker_is(self._session.actor.username)
            hearings, orders = hearings.where(mine), orders.where(mine)
        heard, expiring = list(s.execute(hearings)), list(s.execute(orders))
        shown.want(case_id for *_, case_id in heard + expiring)
        return [
            Reminder(Kind.HEARING, h.held_at, ref, shown(case_id), f"{h.court}: {h.purpose}")
            for h, ref, case_id in heard
        ] + [
            Reminder(
                Kind.ORDER_EXPIRING, _midnight(o.expires_on, now), ref, shown(case_id), o.order_type
            )
            for o, ref, case_id in expiring
            if o.expires_on is not None
        ]

    def _tasks(self, s: Session, now: datetime) -> list[Reminder]:
        me = self._session.actor.username
        query = (
            select(Task, Case)
            .join(Case, Case.id == Task.case_id)
            .where(Task.done.is_(False), Task.due_at <= now + SOON)
            .order_by(Task.due_at)
            .limit(LIMIT)
        )
        if not self._everyone():
            query = query.where(or_(Task.assignee == me, Case.caseworker == me))
        return [
            Reminder(Kind.TASK_DUE, t.due_at, c.reference, _name(c), t.title)
            for t, c in s.execute(query)
        ]

    def _follow_ups(self, s: Session, now: datetime) -> list[Reminder]:
        role = self._session.actor.role
        shown = self._shown(s)
        if role not in (Role.CLINICIAN, Role.CASEWORKER, Role.MANAGER):
            return []
        since, until = now - LATE, now + SOON
        # The cases whose schedule has a follow-up in the window, from each case's first dose
        # and number of doses of each kind (kept by the vault: ``DoseSummary``), one short index
        # range per dose of the schedule; the schedule itself (below) still decides.
        in_window = or_(
            *(
                and_(
                    DoseSummary.kind == kind.value,
                    true() if n is None else DoseSummary.doses == n,
                    DoseSummary.first_given_at >= since - after,
                    DoseSummary.first_given_at <= until - after,
                )
                for kind, n, after in follow_up_offsets()
            )
        )
        # Each row carries the case's reference and name: no second look-up of the cases.
        summaries = (
            select(
                DoseSummary.case_id,
                DoseSummary.kind,
                DoseSummary.first_given_at,
                DoseSummary.doses,
                Case.reference,
            )
            .join(Case, Case.id == DoseSummary.case_id)
            .where(in_window)
        )
        # Follow-ups booked at an encounter, from the index on their date.
        booked_query = (
            # Whole rows: the purpose is sealed under the health key, opened as it loads.
            select(FollowUpRow, Case.reference, Case.id)
            .join(HealthEncounter, HealthEncounter.id == FollowUpRow.encounter_id)
            .join(Case, Case.id == HealthEncounter.case_id)
            .where(
                FollowUpRow.done.is_(False),
                # Booked at an encounter entered in error (the wrong survivor): not hers.
                HealthEncounter.entered_in_error.is_(False),
                FollowUpRow.due_at >= since,
                FollowUpRow.due_at <= until,
            )
            .limit(LIMIT)
        )
        if role is Role.CASEWORKER:
            mine = _caseworker_is(self._session.actor.username)
            summaries, booked_query = summaries.where(mine), booked_query.where(mine)
        given: dict[int, dict[str, tuple[datetime, int]]] = {}
        names: dict[int, tuple[str, str]] = {}
        rows, booked = list(s.execute(summaries)), list(s.execute(booked_query))
        shown.want([row[0] for row in rows] + [case_id for *_, case_id in booked])
        for case_id, kind, first_dose, n, reference in rows:
            given.setdefault(case_id, {})[kind] = (first_dose, n)
            names[case_id] = (reference, shown(case_id))
        none: tuple[datetime | None, int] = (None, 0)
        found = [
            Reminder(Kind.FOLLOW_UP, f.due_at, *names[case_id], f.purpose)
            for case_id, kinds in given.items()
            for f in follow_ups_after(
                kinds.get(PEP.value, none)[0], *kinds.get(HEPATITIS_B.value, none)
            )
            if since <= f.due_at <= until
        ]
        return found + [
            Reminder(Kind.FOLLOW_UP, f.due_at, reference, shown(case_id), f.purpose)
            for f, reference, case_id in booked
        ]

    def _actions(self, s: Session, now: datetime) -> list[Reminder]:
        if not self._session.allowed(Section.CONFERENCES, Action.WRITE):
            return []  # those who follow the actions up: caseworkers, advocates, the manager
        carried = [st.value for st in ActionStatus if st.carried]
        query = (
            select(ConferenceAction, Case)
            .join(Case, Case.id == ConferenceAction.case_id)
            .where(
                ConferenceAction.status.in_(carried),
                ConferenceAction.due_on <= (now + SOON).date(),
            )
            .order_by(ConferenceAction.due_on)
            .limit(LIMIT)
        )
        if self._own_cases():
            query = query.where(_caseworker_is(self._session.actor.username))
        return [
            Reminder(
                Kind.CONFERENCE_ACTION,
                _midnight(a.due_on, now),
                c.reference,
                _name(c),
                f"{a.agency} ({a.owner}): {a.description}",
            )
            for a, c in s.execute(query)
        ]

    def _referrals(self, s: Session, now: datetime, days: int) -> list[Reminder]:
        me = self._session.actor.username
        query = (
            select(Referral, Case)
            .join(Case, Case.id == Referral.case_id)
            .where(
                Referral.status == "sent",
                Referral.responded_at.is_(None),
                Referral.sent_at < now - timedelta(days=days),
            )
            .order_by(Referral.sent_at)
            .limit(LIMIT)
        )
        if not self._everyone():
            query = query.where(or_(Referral.created_by == me, Case.caseworker == me))
        return [
            Reminder(
                Kind.REFERRAL_OVERDUE,
                r.sent_at + timedelta(days=days),
                c.reference,
                _name(c),
                QT_TRANSLATE_NOOP("Messages", "{agency}: no answer since {date}").format(
                    agency=r.agency, date=r.sent_at.date().isoformat()
                ),
            )
            for r, c in s.execute(query)
            if r.sent_at is not None
        ]
