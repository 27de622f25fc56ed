"""Case conferences (MARAC-style): referrals, the agenda, the actions agreed per case, and the
minutes that say what became of every action carried from the meeting before.

A case is referred automatically when a risk assessment or a new incident meets one of the
criteria of ``domain.risk`` (``refer_if_due``); a referral waits until a meeting hears it.
Actions still open (or reviewed as "not done") are carried to the next meeting; a meeting is
closed only when every carried action has its line in the minutes. The ``conferences`` section:
caseworkers, legal advocates and the manager write; the other case roles read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, select, text, true, union
from sqlalchemy.orm import Session

from onestop.db.base import utcnow
from onestop.db.cases import Case
from onestop.db.conferences import (
    ActionReview,
    CaseDiscussion,
    Conference,
    ConferenceAction,
    ConferenceAttendance,
    ConferenceReferral,
)
from onestop.db.incidents import Incident
from onestop.db.risk import RiskAssessment
from onestop.domain.audit import AuditAction
from onestop.domain.coordination import ActionStatus
from onestop.domain.risk import (
    Criterion,
    RiskLevel,
    Scored,
    due_for_review,
    referral_criteria,
)
from onestop.domain.roles import Action, Capability, Section, may
from onestop.domain.validation import direction_marks_problem, one_line_problem
from onestop.errors import NotFound, PermissionDenied, ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import capabilities, sealedcolumns, sectionkeys
from onestop.services.records import (
    Version,
    bump_version,
    check_version,
    find_case,
    new_row,
    versions,
)
from onestop.services.session import VaultSession
from onestop.services.settings import SettingsService, centre_zone
from onestop.services.validation import text_limits

PLANNED, HELD = "planned", "held"


ACTION_RECORD = "conference_action"
# What an action's history keeps of each earlier version.
_ACTION_FIELDS = ("agency", "owner", "description", "due_on", "status", "reason")


def _name(case: Case) -> str:
    return case.alias or case.name


def incident_times(s: Session, case_id: int) -> list[datetime]:
    """When each of the case's incidents happened, as far as it is known (the latest bound)."""
    rows = s.execute(
        select(Incident.occurred_latest, Incident.occurred_earliest).where(
            Incident.case_id == case_id, Incident.entered_in_error.is_(False)
        )
    ).all()
    times = [latest or earliest for latest, earliest in rows]
    return [t for t in times if t is not None]


def refer_if_due(
    s: Session, session: VaultSession, case: Case, scored: Scored | None, now: datetime
) -> ConferenceReferral | None:
    """Refer ``case`` to the case conference if a criterion is met now, inside the caller's unit
    of work (a consequence of the risk or incident write it belongs to), audited. A referral not
    yet heard gains the new criteria instead of a second referral."""
    last = s.scalar(
        select(func.max(ConferenceReferral.referred_at)).where(
            ConferenceReferral.case_id == case.id
        )
    )
    criteria = referral_criteria(
        scored=scored,
        incident_times=incident_times(s, case.id),
        last_referral_at=last,
        now=now,
    )
    if not criteria:
        return None
    pending = s.scalars(
        select(ConferenceReferral).where(
            ConferenceReferral.case_id == case.id, ConferenceReferral.heard_at.is_(None)
        )
    ).first()
    if pending is not None:
        known = json.loads(pending.criteria)
        added = [c.value for c in criteria if c.value not in known]
        if not added:
            return pending
    if s.get_bind().dialect.name == "postgresql" and not session.allowed(
        Section.CONFERENCES, Action.WRITE
    ):
        row = _refer_on_server(s, session, case, criteria, now.astimezone(centre_zone(s)).date())
    elif pending is not None:
        pending.criteria = json.dumps(known + added)
        row = pending
    else:
        row = new_row(
            ConferenceReferral,
            session.actor.username,
            case_id=case.id,
            criteria=json.dumps([c.value for c in criteria]),
            referred_at=now,
            referred_by=session.actor.username,
            referring_agency="",
            referred_on=now.astimezone(centre_zone(s)).date(),  # the centre's day
        )
        s.add(row)
    s.flush()
    session.audit(
        s,
        AuditAction.RECORD_WRITE,
        Section.CONFERENCES,
        record_ref=case.reference,
        detail=f"conference referral {row.id}: {', '.join(c.value for c in criteria)}",
    )
    return row


def _refer_on_server(
    s: Session, session: VaultSession, case: Case, criteria: Sequence[Criterion], day: date
) -> ConferenceReferral:
    """On a centre server, a referrer who does not write the conferences section (a
    counsellor's risk assessment) refers through ``onestop_refer_to_conference``
    (db/server.py), which checks her assessment of the case in this transaction and that
    ``day`` (the assessment's day in the centre's zone) is one its moment has in some zone;
    the row is the same one the ORM would write, read back."""
    s.flush()  # her assessment, which the server checks
    key = session.section_keys.current(Section.CONFERENCES)
    row_id = s.execute(
        text("SELECT onestop_refer_to_conference(:case, :criteria, :version, :day)"),
        {
            "case": case.id,
            "criteria": [c.value for c in criteria],
            "version": key.version if key is not None else None,
            "day": day,
        },
    ).scalar_one()
    return s.execute(
        select(ConferenceReferral)
        .where(ConferenceReferral.id == row_id)
        .execution_options(populate_existing=True)
    ).scalar_one()


REFERRAL_RECORD = "conference_referral"
_REFERRAL_FIELDS = ("referring_agency", "referred_on")


@dataclass(frozen=True)
class ReferralDetails:
    """Who referred a case to the conference and on what day (SafeLives' referral form)."""

    referring_agency: str = ""
    referred_on: date | None = None
    version: int = 0  # of the referral record, for the edit's conflict check


def _referral(row: ConferenceReferral) -> ReferralDetails:
    return ReferralDetails(row.referring_agency, row.referred_on, row.version)


@dataclass(frozen=True)
class Meeting:
    id: int
    held_on: date
    agencies: tuple[str, ...]
    status: str
    starts_at: time | None = None  # the time of day it starts, at the centre; None: not recorded
    venue: str = ""  # where it meets; "": not recorded

    @property
    def is_held(self) -> bool:
        return self.status == HELD


@dataclass(frozen=True)
class PlannedAction:
    """An action to agree for a case at a meeting."""

    agency: str
    owner: str
    description: str
    due_on: date


@dataclass(frozen=True)
class ActionInfo:
    id: int
    case_reference: str
    agreed_at: int  # the meeting's id
    agreed_on: date
    agency: str
    owner: str
    description: str
    due_on: date
    status: ActionStatus
    reason: str
    version: int


@dataclass(frozen=True)
class AgendaCase:
    reference: str
    display_name: str
    criteria: tuple[Criterion, ...]  # empty: on the agenda only for its carried actions
    referral_id: int | None
    latest_score: int | None
    latest_level: RiskLevel | None
    carried: tuple[ActionInfo, ...]  # actions from earlier meetings still to be reviewed
    referral: ReferralDetails | None = None  # who referred it and when (None: carried only)


@dataclass(frozen=True)
class MinutesLine:
    action: ActionInfo
    outcome: ActionStatus
    reason: str
    reviewed_by: str


ATTENDANCE_RECORD = "conference_attendance"
DISCUSSION_RECORD = "conference_discussion"


@dataclass(frozen=True)
class Attendance:
    """Who was at a meeting, as its minutes keep it: the chair, those present and the
    apologies, one "name, agency" each."""

    chair: str = ""
    present: tuple[str, ...] = ()
    apologies: tuple[str, ...] = ()
    version: int = 0  # of the stored record, for the edit's conflict check; 0: none stored


@dataclass(frozen=True)
class Discussion:
    """What the meeting said of one case."""

    text: str = ""
    version: int = 0  # as Attendance.version


@dataclass(frozen=True)
class Minutes:
    meeting: Meeting
    heard: tuple[str, ...]  # case references
    agreed: tuple[ActionInfo, ...]
    reviewed: tuple[MinutesLine, ...]
    attendance: Attendance = Attendance()
    discussions: dict[str, Discussion] = field(default_factory=dict)  # by case reference


@dataclass(frozen=True)
class ReviewDue:
    reference: str
    display_name: str
    last_heard_on: date


def _meeting(row: Conference) -> Meeting:
    starts_at = time.fromisoformat(row.starts_at) if row.starts_at else None
    return Meeting(
        row.id,
        row.held_on,
        tuple(json.loads(row.agencies)),
        row.status,
        starts_at,
        row.venue or "",
    )


MAX_VENUE = 200


def _venue_problem(venue: str) -> str | None:
    """What is wrong with ``venue`` as a meeting's venue (one line, at most MAX_VENUE)."""
    if len(venue) > MAX_VENUE:
        return QT_TRANSLATE_NOOP(
            "Messages", "A meeting's venue is at most %n character(s).", "", MAX_VENUE
        )
    if problem := one_line_problem(venue):
        return problem
    return None


def _action(row: ConferenceAction, reference: str, agreed_on: date) -> ActionInfo:
    return ActionInfo(
        row.id,
        reference,
        row.conference_id,
        agreed_on,
        row.agency,
        row.owner,
        row.description,
        row.due_on,
        ActionStatus(row.status),
        row.reason,
        row.version,
    )


class _NotHers(Exception):
    """A case of the conference that is not the person's to see or record (raised inside a
    unit of work, so that it rolls back; refused and audited outside it)."""


NOT_HERS = QT_TRANSLATE_NOOP(
    "Messages",
    "Only the manager, who runs the meeting, or the case's own caseworker may see or record "
    "this case at a conference.",
)


CHAIRS_ONLY = QT_TRANSLATE_NOOP(
    "Messages",
    "Only the manager, who runs the meeting and sees every case on it, closes its minutes.",
)


class ConferenceService:
    """The conferences section, as the matrix gives it; and the cases of a conference as the
    ``whole_agenda`` capability does (domain/roles.py): the manager sees every case, anyone
    else only the cases she is the caseworker of, in the agenda, the minutes, the pack and
    the lists, and records only theirs."""

    def __init__(self, session: VaultSession) -> None:
        self._session = session

    # -- whose cases --

    @property
    def sees_every_case(self) -> bool:
        """Whether this person sees every case of a conference (the manager, who runs it)."""
        return may(self._session.actor.role, Capability.WHOLE_AGENDA)

    def _her_cases(self) -> ColumnElement[bool]:
        """The condition on ``Case`` of the cases this person sees."""
        if self.sees_every_case:
            return true()
        return Case.caseworker == self._session.actor.username

    def _sees(self, case: Case) -> bool:
        return self.sees_every_case or case.caseworker == self._session.actor.username

    def _hers(self, s: Session, case_ids: set[int]) -> set[int]:
        """Of ``case_ids``, those this person sees."""
        if self.sees_every_case or not case_ids:
            return case_ids
        me = self._session.actor.username
        # Asked of the cases in question only, not of every case she holds.
        mine = select(Case.id).where(Case.caseworker == me, Case.id.in_(sorted(case_ids)))
        return set(s.scalars(mine))

    def _check_hers(self, case: Case) -> None:
        if not self._sees(case):
            raise _NotHers

    @contextmanager
    def _hers_only(self, reference: str = "") -> Iterator[None]:
        """Refuse, audited, a case ``_check_hers`` found not hers, once its unit of work
        rolled back."""
        try:
            yield
        except _NotHers:
            raise self._refused(reference) from None

    def _refused(self, reference: str) -> PermissionDenied:
        self._session.refuse(Section.CONFERENCES, Action.WRITE, reference)
        return PermissionDenied(NOT_HERS)

    # -- meetings --

    def schedule(
        self,
        held_on: date,
        agencies: Sequence[str],
        starts_at: time | None = None,
        venue: str = "",
    ) -> Meeting:
        """Plan a meeting on ``held_on`` with the agencies attending; ``starts_at`` (a time of
        day at the centre, to the minute) and ``venue``, which its minutes and pack print."""
        names = tuple(a.strip() for a in agencies if a.strip())
        venue = venue.strip()
        problems: dict[str, str] = {}
        if problem := _venue_problem(venue):
            problems["venue"] = problem
        if held_on < utcnow().date():
            problems["held_on"] = QT_TRANSLATE_NOOP(
                "Messages", "A new meeting cannot be in the past."
            )
        if len(names) != len({n.casefold() for n in names}):
            problems["agencies"] = QT_TRANSLATE_NOOP("Messages", "An agency is named twice.")
        if any(len(n) > 200 for n in names):
            problems["agencies"] = QT_TRANSLATE_NOOP(
                "Messages", "An agency's name is at most 200 characters."
            )
        if problems:
            raise ValidationFailed.of(problems)
        session = self._session
        with session.unit_of_work(Section.CONFERENCES, Action.WRITE) as s:
            if s.scalar(select(func.count()).where(Conference.held_on == held_on)):
                raise ValidationFailed.of(
                    {
                        "held_on": QT_TRANSLATE_NOOP(
                            "Messages", "There is already a meeting that day."
                        )
                    }
                )
            now = utcnow()
            row = Conference(
                held_on=held_on,
                agencies=json.dumps(list(names), ensure_ascii=False),
                status=PLANNED,
                starts_at=starts_at.strftime("%H:%M") if starts_at is not None else "",
                venue=venue,
                created_at=now,
                created_by=session.actor.username,
            )
            s.add(row)
            s.flush()
            session.audit(
                s, AuditAction.RECORD_WRITE, Section.CONFERENCES, detail=f"meeting {row.id} planned"
            )
            return _meeting(row)

    def set_time_and_venue(self, meeting_id: int, starts_at: time | None, venue: str) -> Meeting:
        """Record when and where a meeting whose minutes are still open meets (or met), for
        its minutes; audited. A meeting planned without them gets them here."""
        venue = venue.strip()
        if problem := _venue_problem(venue):
            raise ValidationFailed.of({"venue": problem})
        session = self._session
        with session.unit_of_work(Section.CONFERENCES, Action.WRITE) as s:
            row = self._conference(s, meeting_id)
            if row.status == HELD:
                raise ValidationFailed.of(
                    {"meeting": QT_TRANSLATE_NOOP("Messages", "This meeting's minutes are closed.")}
                )
            at = starts_at.strftime("%H:%M") if starts_at is not None else ""
            if (row.starts_at, row.venue) != (at, venue):
                row.starts_at, row.venue = at, venue
                session.audit(
                    s,
                    AuditAction.RECORD_WRITE,
                    Section.CONFERENCES,
                    detail=f"meeting {row.id} time and venue",
                )
            return _meeting(row)

    def meetings(self) -> tuple[Meeting, ...]:
        with self._session.unit_of_work(Section.CONFERENCES, Action.READ) as s:
            rows = s.scalars(select(Conference).order_by(Conference.held_on)).all()
            return tuple(_meeting(r) for r in rows)

    def next_meeting(self) -> Meeting | None:
        """The first meeting whose minutes are not closed: the one cases are referred to."""
        with self._session.unit_of_work(Section.CONFERENCES, Action.READ) as s:
            row = s.scalars(
                select(Conference).where(Conference.status == PLANNED).order_by(Conference.held_on)
            ).first()
            return _meeting(row) if row is not None else None

    def _conference(self, s: Session, meeting_id: int) -> Conference:
        row = s.get(Conference, meeting_id)
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "That meeting is not on record: none was chosen, or it was removed. Choose a "
                    "meeting on the Conferences screen first.",
                )
            )
        return row

    @staticmethod
    def _is_first_open(s: Session, row: Conference) -> bool:
        # The first only (LIMIT 1): not every meeting planned ahead sent back to be dropped.
        first = s.scalars(
            select(Conference)
            .where(Conference.status == PLANNED)
            .order_by(Conference.held_on)
            .limit(1)
        ).first()
        return first is not None and first.id == row.id

    # -- the agenda --

    def agenda(self, meeting_id: int) -> tuple[AgendaCase, ...]:
        """The cases for a meeting: referred and not yet heard (by this meeting date), and those
        with actions carried from earlier meetings. A meeting that was held shows what it heard
        and reviewed instead (its minutes)."""
        session = self._session
        with session.unit_of_work(Section.CONFERENCES, Action.READ) as s:
            meeting = self._conference(s, meeting_id)
            if meeting.status == HELD:
                referrals = s.scalars(
                    select(ConferenceReferral).where(ConferenceReferral.heard_at == meeting.id)
                ).all()
            elif self._is_first_open(s, meeting):
                referrals = s.scalars(
                    select(ConferenceReferral).where(ConferenceReferral.heard_at.is_(None))
                ).all()
            else:
                referrals = []  # a later meeting's agenda is made once the one before is held
            carried = self._carried_into(s, meeting)
            case_ids = self._hers(s, {r.case_id for r in referrals} | {a.case_id for a in carried})
            cases = {c.id: c for c in s.scalars(select(Case).where(Case.id.in_(case_ids)))}
            agreed_on = self._dates(s, {a.conference_id for a in carried})
            latest = self._latest_assessments(s, case_ids)
            items = []
            for case_id in sorted(case_ids, key=lambda i: cases[i].reference):
                case = cases[case_id]
                referral = next((r for r in referrals if r.case_id == case_id), None)
                score = latest.get(case_id)
                items.append(
                    AgendaCase(
                        case.reference,
                        _name(case),
                        tuple(Criterion(c) for c in json.loads(referral.criteria))
                        if referral
                        else (),
                        referral.id if referral else None,
                        score.score if score else None,
                        RiskLevel(score.final_level) if score else None,
                        tuple(
                            _action(a, case.reference, agreed_on[a.conference_id])
                            for a in carried
                            if a.case_id == case_id
                        ),
                        _referral(referral) if referral else None,
                    )
                )
                session.audit(
                    s,
                    AuditAction.RECORD_READ,
                    Section.CONFERENCES,
                    record_ref=case.reference,
                    detail=f"meeting {meeting.id} agenda",
                )
            return tuple(items)

    @staticmethod
    def _dates(s: Session, meeting_ids: Iterable[int]) -> dict[int, date]:
        """The dates of these meetings (those that agreed the actions shown): not of every
        meeting the centre ever held, which grow by one a fortnight for years."""
        ids = set(meeting_ids)
        if not ids:
            return {}
        return dict(
            s.execute(select(Conference.id, Conference.held_on).where(Conference.id.in_(ids))).all()
        )

    @staticmethod
    def _latest_assessments(s: Session, case_ids: set[int]) -> dict[int, RiskAssessment]:
        rows = s.scalars(
            select(RiskAssessment)
            .where(RiskAssessment.case_id.in_(case_ids))
            .order_by(RiskAssessment.assessed_at, RiskAssessment.id)
        ).all()
        return {r.case_id: r for r in rows}

    @staticmethod
    def _carried_into(s: Session, meeting: Conference) -> list[ConferenceAction]:
        """Actions agreed at earlier meetings that this meeting reviews: for a held meeting,
        those its minutes reviewed; for the next open one, every action still carried."""
        if meeting.status == HELD:
            return list(
                s.scalars(
                    select(ConferenceAction)
                    .join(ActionReview, ActionReview.action_id == ConferenceAction.id)
                    .where(ActionReview.conference_id == meeting.id)
                    .order_by(ConferenceAction.due_on, ConferenceAction.id)
                )
            )
        carried = [s.value for s in ActionStatus if s.carried]
        return list(
            s.scalars(
                select(ConferenceAction)
                .join(Conference, Conference.id == ConferenceAction.conference_id)
                .where(
                    ConferenceAction.status.in_(carried),
                    Conference.status == HELD,
                    Conference.held_on < meeting.held_on,
                )
                .order_by(ConferenceAction.due_on, ConferenceAction.id)
            )
        )

    # -- at the meeting --

    def _open_meeting(self, s: Session, meeting_id: int) -> Conference:
        meeting = self._conference(s, meeting_id)
        if meeting.status == HELD:
            raise ValidationFailed.of(
                {"meeting": QT_TRANSLATE_NOOP("Messages", "This meeting's minutes are closed.")}
            )
        if not self._is_first_open(s, meeting):
            raise ValidationFailed.of(
                {
                    "meeting": QT_TRANSLATE_NOOP(
                        "Messages", "Close the minutes of the meeting before this one first."
                    )
                }
            )
        return meeting

    def hear(
        self, meeting_id: int, reference: str, actions: Sequence[PlannedAction]
    ) -> tuple[ActionInfo, ...]:
        """Record that the meeting discussed the case, with the actions agreed for it."""
        problems: dict[str, str] = {}
        for i, a in enumerate(actions, 1):
            fields = {"agency": a.agency, "owner": a.owner, "description": a.description}
            if any(not v.strip() for v in fields.values()):
                problems[f"action_{i}"] = QT_TRANSLATE_NOOP(
                    "Messages", "Action {i}: give the agency, the owner and what to do."
                ).format(i=i)
            if more := text_limits(ConferenceAction, fields):
                problems[f"action_{i}"] = f"Action {i}: " + " ".join(more.values())
            # One line each: the agency and the owner are names, what to do a line of text.
            if marked := (
                one_line_problem(a.agency)
                or one_line_problem(a.owner)
                or direction_marks_problem(a.description)
            ):
                problems[f"action_{i}"] = marked
        if problems:
            raise ValidationFailed.of(problems)
        session = self._session
        with (
            self._hers_only(reference),
            session.unit_of_work(Section.CONFERENCES, Action.WRITE, record_ref=reference) as s,
        ):
            meeting = self._open_meeting(s, meeting_id)
            case = find_case(s, reference)
            self._check_hers(case)
            for a in actions:
                if a.due_on < meeting.held_on:
                    raise ValidationFailed.of(
                        {
                            "due_on": QT_TRANSLATE_NOOP(
                                "Messages",
                                "An action cannot be due before the meeting that agrees it.",
                            )
                        }
                    )
            for referral in s.scalars(
                select(ConferenceReferral).where(
                    ConferenceReferral.case_id == case.id, ConferenceReferral.heard_at.is_(None)
                )
            ):
                referral.heard_at = meeting.id
            who = session.actor.username
            rows = []
            for a in actions:
                row = new_row(
                    ConferenceAction,
                    who,
                    case_id=case.id,
                    conference_id=meeting.id,
                    agency=a.agency.strip(),
                    owner=a.owner.strip(),
                    description=a.description,
                    due_on=a.due_on,
                    status=ActionStatus.OPEN.value,
                    reason="",
                )
                s.add(row)
                rows.append(row)
            s.flush()
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.CONFERENCES,
                record_ref=case.reference,
                detail=f"meeting {meeting.id} heard, {len(rows)} actions",
            )
            return tuple(_action(r, case.reference, meeting.held_on) for r in rows)

    def review(
        self, meeting_id: int, action_id: int, outcome: ActionStatus, reason: str = ""
    ) -> ActionInfo:
        """The minutes' line for an action carried into this meeting."""
        _check_reason(outcome, reason, ActionReview)
        session = self._session
        with self._hers_only(), session.unit_of_work(Section.CONFERENCES, Action.WRITE) as s:
            meeting = self._open_meeting(s, meeting_id)
            action = s.get(ConferenceAction, action_id)
            if action is None or action.id not in {a.id for a in self._carried_into(s, meeting)}:
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "That action is not one this meeting reviews: choose one from its list.",
                    )
                )
            case = s.get_one(Case, action.case_id)
            self._check_hers(case)
            now, who = utcnow(), session.actor.username
            earlier = s.scalars(
                select(ActionReview).where(
                    ActionReview.action_id == action.id,
                    ActionReview.conference_id == meeting.id,
                )
            ).first()
            line = earlier or ActionReview(action_id=action.id, conference_id=meeting.id)
            line.outcome, line.reason = outcome.value, reason
            line.reviewed_at, line.reviewed_by = now, who
            s.add(line)
            bump_version(s, ACTION_RECORD, action, _ACTION_FIELDS, who)
            action.status, action.reason = outcome.value, reason
            s.flush()
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.CONFERENCES,
                record_ref=case.reference,
                detail=f"meeting {meeting.id} action {action.id} {outcome.value}",
            )
            agreed = self._dates(s, {action.conference_id})
            return _action(action, case.reference, agreed[action.conference_id])

    def update_action(
        self, action_id: int, status: ActionStatus, expected_version: int, reason: str = ""
    ) -> ActionInfo:
        """Between meetings: an owner reports an action done, or no longer possible."""
        _check_reason(status, reason, ConferenceAction)
        session = self._session
        with session.unit_of_work(Section.CONFERENCES, Action.WRITE) as s:
            action = s.get(ConferenceAction, action_id)
            if action is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "That action is not on record: it may have been removed. Choose it again "
                        "from the list.",
                    )
                )
            if action.version != expected_version:
                raise ValidationFailed.of(
                    {
                        "action": QT_TRANSLATE_NOOP(
                            "Messages", "Someone else changed this action; open it again."
                        )
                    }
                )
            case = s.get_one(Case, action.case_id)
            bump_version(s, ACTION_RECORD, action, _ACTION_FIELDS, session.actor.username)
            action.status, action.reason = status.value, reason
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.CONFERENCES,
                record_ref=case.reference,
                detail=f"action {action.id} {status.value}",
            )
            agreed = self._dates(s, {action.conference_id})
            return _action(action, case.reference, agreed[action.conference_id])

    def close(self, meeting_id: int) -> Minutes:
        """Close the minutes: every action carried into the meeting must have its line.

        The chair's act: only the manager, who runs the meeting and sees every case on it
        (``whole_agenda``), closes them; anyone else would be told of actions on cases she
        cannot see. Refused, and the refusal audited, for everyone else (issue 23)."""
        session = self._session
        capabilities.require(
            session, Capability.WHOLE_AGENDA, Section.CONFERENCES, Action.WRITE, CHAIRS_ONLY
        )
        with session.unit_of_work(Section.CONFERENCES, Action.WRITE) as s:
            meeting = self._open_meeting(s, meeting_id)
            reviewed = set(
                s.scalars(
                    select(ActionReview.action_id).where(ActionReview.conference_id == meeting.id)
                )
            )
            missing = [a for a in self._carried_into(s, meeting) if a.id not in reviewed]
            if missing:
                raise ValidationFailed.of(
                    {
                        "actions": QT_TRANSLATE_NOOP(
                            "Messages",
                            "%n action(s) carried from the last meeting have no outcome yet: "
                            "say for each whether it was done, not done or is no longer "
                            "possible.",
                            "",
                            len(missing),
                        )
                    }
                )
            meeting.status = HELD
            meeting.closed_at, meeting.closed_by = utcnow(), session.actor.username
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.CONFERENCES,
                detail=f"meeting {meeting.id} held",
            )
        return self.minutes(meeting_id)

    def minutes(self, meeting_id: int) -> Minutes:
        session = self._session
        with session.unit_of_work(Section.CONFERENCES, Action.READ) as s:
            meeting = self._conference(s, meeting_id)
            # The references of the cases this meeting names (heard, agreed an action for,
            # reviewed an action of, discussed), not of every case in the centre (issue 24);
            # and only those she sees: the others are not in her minutes at all.
            named = union(
                select(ConferenceReferral.case_id).where(ConferenceReferral.heard_at == meeting.id),
                select(ConferenceAction.case_id).where(
                    ConferenceAction.conference_id == meeting.id
                ),
                select(ConferenceAction.case_id)
                .join(ActionReview, ActionReview.action_id == ConferenceAction.id)
                .where(ActionReview.conference_id == meeting.id),
                select(CaseDiscussion.case_id).where(CaseDiscussion.conference_id == meeting.id),
            )
            refs: dict[int, str] = dict(
                s.execute(
                    select(Case.id, Case.reference).where(Case.id.in_(named), self._her_cases())
                ).all()
            )
            heard = sorted(
                {
                    refs[c]
                    for c in s.scalars(
                        select(ConferenceReferral.case_id).where(
                            ConferenceReferral.heard_at == meeting.id
                        )
                    )
                    if c in refs
                }
                | {
                    refs[c]
                    for c in s.scalars(
                        select(ConferenceAction.case_id).where(
                            ConferenceAction.conference_id == meeting.id
                        )
                    )
                    if c in refs
                }
            )
            agreed = tuple(
                _action(a, refs[a.case_id], meeting.held_on)
                for a in s.scalars(
                    select(ConferenceAction)
                    .where(ConferenceAction.conference_id == meeting.id)
                    .order_by(ConferenceAction.id)
                )
                if a.case_id in refs
            )
            lines = tuple(
                MinutesLine(
                    _action(a, refs[a.case_id], agreed_on),
                    ActionStatus(r.outcome),
                    r.reason,
                    r.reviewed_by,
                )
                # Each reviewed action with the date of the meeting that agreed it.
                for r, a, agreed_on in s.execute(
                    select(ActionReview, ConferenceAction, Conference.held_on)
                    .join(ConferenceAction, ConferenceAction.id == ActionReview.action_id)
                    .join(Conference, Conference.id == ConferenceAction.conference_id)
                    .where(ActionReview.conference_id == meeting.id)
                    .order_by(ActionReview.id)
                )
                if a.case_id in refs
            )
            attendance = self._attendance(s, meeting.id)
            discussions = {
                refs[d.case_id]: Discussion(d.discussion, d.version)
                for d in s.scalars(
                    select(CaseDiscussion).where(CaseDiscussion.conference_id == meeting.id)
                )
                if d.case_id in refs
            }
            for ref in sorted(set(heard) | {ln.action.case_reference for ln in lines}):
                session.audit(
                    s,
                    AuditAction.RECORD_READ,
                    Section.CONFERENCES,
                    record_ref=ref,
                    detail=f"meeting {meeting.id} minutes",
                )
            return Minutes(
                _meeting(meeting),
                tuple(heard),
                agreed,
                lines,
                _attendance(attendance) if attendance else Attendance(),
                discussions,
            )

    @staticmethod
    def _attendance(s: Session, meeting_id: int) -> ConferenceAttendance | None:
        return s.scalars(
            select(ConferenceAttendance).where(ConferenceAttendance.conference_id == meeting_id)
        ).first()

    def record_minutes(
        self,
        meeting_id: int,
        attendance: Attendance,
        discussions: dict[str, Discussion] | None = None,
    ) -> Minutes:
        """Keep who was at the meeting and what it said of each case (by reference), for its
        minutes: while the minutes are open, each record checked against the version it was
        read at (``version``), its earlier text kept in its history, the write audited.
        A discussion left empty that was never stored is not stored."""
        discussions = discussions or {}
        problems = _attendance_problems(attendance)
        for ref, said in discussions.items():
            if more := text_limits(CaseDiscussion, {"discussion": said.text}):
                problems[f"discussion_{ref}"] = more["discussion"]
        if problems:
            raise ValidationFailed.of(problems)
        session = self._session
        with self._hers_only(), session.unit_of_work(Section.CONFERENCES, Action.WRITE) as s:
            meeting = self._conference(s, meeting_id)
            if meeting.status == HELD:
                raise ValidationFailed.of(
                    {"meeting": QT_TRANSLATE_NOOP("Messages", "This meeting's minutes are closed.")}
                )
            who = session.actor.username
            values = {
                "chair": attendance.chair.strip(),
                "present": "\n".join(attendance.present),
                "apologies": "\n".join(attendance.apologies),
            }
            row = self._attendance(s, meeting.id)
            what = QT_TRANSLATE_NOOP("Messages", "record of who was at the meeting")
            if row is None:
                check_version(Attendance(version=0), attendance.version, what)
                row = new_row(ConferenceAttendance, who, conference_id=meeting.id, **values)
                s.add(row)
                s.flush()
            elif any(getattr(row, k) != v for k, v in values.items()):
                check_version(row, attendance.version, what)
                bump_version(s, ATTENDANCE_RECORD, row, tuple(values), who)
                for k, v in values.items():
                    setattr(row, k, v)
            else:
                check_version(row, attendance.version, what)
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.CONFERENCES,
                detail=f"meeting {meeting.id} attendance v{row.version}",
            )
            self._keep_discussions(s, meeting, discussions)
        return self.minutes(meeting_id)

    def _keep_discussions(
        self, s: Session, meeting: Conference, discussions: dict[str, Discussion]
    ) -> None:
        session, who = self._session, self._session.actor.username
        what = QT_TRANSLATE_NOOP("Messages", "discussion of the case")
        for ref, said in sorted(discussions.items()):
            case = find_case(s, ref)
            self._check_hers(case)
            row = s.scalars(
                select(CaseDiscussion).where(
                    CaseDiscussion.conference_id == meeting.id, CaseDiscussion.case_id == case.id
                )
            ).first()
            if row is None:
                check_version(Discussion(), said.version, what)
                if not said.text.strip():
                    continue
                row = new_row(
                    CaseDiscussion,
                    who,
                    conference_id=meeting.id,
                    case_id=case.id,
                    discussion=said.text,
                )
                s.add(row)
                s.flush()
            else:
                check_version(row, said.version, what)
                if row.discussion == said.text:
                    continue
                bump_version(s, DISCUSSION_RECORD, row, ("discussion",), who)
                row.discussion = said.text
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.CONFERENCES,
                record_ref=case.reference,
                detail=f"meeting {meeting.id} discussion v{row.version}",
            )

    # -- per case, and across cases --

    def case_actions(self, reference: str) -> tuple[ActionInfo, ...]:
        session = self._session
        with session.unit_of_work(Section.CONFERENCES, Action.READ, record_ref=reference) as s:
            case = find_case(s, reference)
            # Each with its meeting's date, in one query (not every meeting's date read).
            rows = s.execute(
                select(ConferenceAction, Conference.held_on)
                .join(Conference, Conference.id == ConferenceAction.conference_id)
                .where(ConferenceAction.case_id == case.id)
                .order_by(ConferenceAction.due_on, ConferenceAction.id)
            ).all()
            session.audit(
                s,
                AuditAction.RECORD_READ,
                Section.CONFERENCES,
                record_ref=case.reference,
                detail="conference actions",
            )
            return tuple(_action(r, case.reference, held_on) for r, held_on in rows)

    def pending_referral(self, reference: str) -> tuple[Criterion, ...]:
        """Why the case waits for a conference (empty: it does not)."""
        session = self._session
        with session.unit_of_work(Section.CONFERENCES, Action.READ, record_ref=reference) as s:
            case = find_case(s, reference)
            row = s.scalars(
                select(ConferenceReferral).where(
                    ConferenceReferral.case_id == case.id, ConferenceReferral.heard_at.is_(None)
                )
            ).first()
            session.audit(
                s,
                AuditAction.RECORD_READ,
                Section.CONFERENCES,
                record_ref=case.reference,
                detail="conference referral",
            )
            return tuple(Criterion(c) for c in json.loads(row.criteria)) if row else ()

    def referral(self, reference: str) -> ReferralDetails | None:
        """The case's referral waiting for a meeting (None: it does not wait): who referred
        it and when, as the MARAC referral form gives them."""
        session = self._session
        with session.unit_of_work(Section.CONFERENCES, Action.READ, record_ref=reference) as s:
            case = find_case(s, reference)
            row = self._pending(s, case)
            session.audit(
                s,
                AuditAction.RECORD_READ,
                Section.CONFERENCES,
                record_ref=case.reference,
                detail="conference referral",
            )
            return _referral(row) if row is not None else None

    def update_referral(
        self, reference: str, details: ReferralDetails, expected_version: int
    ) -> ReferralDetails:
        """Record who referred the case to the conference and on what day (the history keeps
        what it replaced)."""
        problems = text_limits(ConferenceReferral, {"referring_agency": details.referring_agency})
        if details.referring_agency and (problem := one_line_problem(details.referring_agency)):
            problems["referring_agency"] = problem
        today = utcnow().astimezone(ZoneInfo(SettingsService(self._session).time_zone())).date()
        if details.referred_on is not None and details.referred_on > today:  # the centre's
            problems["referred_on"] = QT_TRANSLATE_NOOP(
                "Messages", "The referral date cannot be in the future."
            )
        if problems:
            raise ValidationFailed.of(problems)
        session = self._session
        with (
            self._hers_only(reference),
            session.unit_of_work(Section.CONFERENCES, Action.WRITE, record_ref=reference) as s,
        ):
            case = find_case(s, reference)
            self._check_hers(case)
            row = self._pending(s, case)
            if row is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        "Messages", "{reference} is not waiting for a conference."
                    ).format(reference=case.reference)
                )
            check_version(row, expected_version, "conference referral")
            bump_version(s, REFERRAL_RECORD, row, _REFERRAL_FIELDS, session.actor.username)
            row.referring_agency = details.referring_agency.strip()
            row.referred_on = details.referred_on
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.CONFERENCES,
                record_ref=case.reference,
                detail=f"conference referral {row.id} v{row.version}",
            )
            return _referral(row)

    def referral_history(self, reference: str) -> tuple[Version, ...]:
        """The earlier versions of the case's waiting referral."""
        session = self._session
        with session.unit_of_work(Section.CONFERENCES, Action.READ, record_ref=reference) as s:
            case = find_case(s, reference)
            row = self._pending(s, case)
            found = versions(s, REFERRAL_RECORD, row.id) if row is not None else ()
            if row is not None:  # its sealed text stays sealed in its history too
                found = tuple(
                    replace(
                        v,
                        fields=sectionkeys.open_snapshot(
                            session,
                            "conference_referrals",
                            row.id,
                            v.version,
                            dict(v.fields),
                            sealedcolumns.case_of(s, row),
                        ),
                    )
                    for v in found
                )
            session.audit(
                s,
                AuditAction.RECORD_READ,
                Section.CONFERENCES,
                record_ref=case.reference,
                detail="conference referral history",
            )
            return found

    @staticmethod
    def _pending(s: Session, case: Case) -> ConferenceReferral | None:
        return s.scalars(
            select(ConferenceReferral)
            .where(ConferenceReferral.case_id == case.id, ConferenceReferral.heard_at.is_(None))
            .order_by(ConferenceReferral.id)
        ).first()

    def refer(self, reference: str, reason: str) -> None:
        """A practitioner refers the case on professional judgement without a new assessment."""
        if not reason.strip():
            raise ValidationFailed.of(
                {
                    "reason": QT_TRANSLATE_NOOP(
                        "Messages", "Say why the case should go to the conference."
                    )
                }
            )
        session = self._session
        with session.unit_of_work(Section.CONFERENCES, Action.WRITE, record_ref=reference) as s:
            case = find_case(s, reference)
            pending = s.scalars(
                select(ConferenceReferral).where(
                    ConferenceReferral.case_id == case.id, ConferenceReferral.heard_at.is_(None)
                )
            ).first()
            criterion = Criterion.JUDGEMENT.value
            if pending is None:
                now = utcnow()
                pending = new_row(
                    ConferenceReferral,
                    session.actor.username,
                    case_id=case.id,
                    criteria=json.dumps([criterion]),
                    referred_at=now,
                    referred_by=session.actor.username,
                    referring_agency="",
                    referred_on=now.astimezone(centre_zone(s)).date(),  # the centre's day
                )
                s.add(pending)
            elif criterion not in json.loads(pending.criteria):
                pending.criteria = json.dumps([*json.loads(pending.criteria), criterion])
            s.flush()
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.CONFERENCES,
                record_ref=case.reference,
                detail=f"conference referral {pending.id}: {criterion}",
            )

    def actions_due(self, until: date) -> tuple[ActionInfo, ...]:
        """Actions still carried that are due by ``until`` (the reminders)."""
        session = self._session
        carried = [st.value for st in ActionStatus if st.carried]
        with session.unit_of_work(Section.CONFERENCES, Action.READ) as s:
            # Each with its meeting's date, in one query (not every meeting's date read).
            rows = s.execute(
                select(ConferenceAction, Case.reference, Conference.held_on)
                .join(Case, Case.id == ConferenceAction.case_id)
                .join(Conference, Conference.id == ConferenceAction.conference_id)
                .where(ConferenceAction.status.in_(carried), ConferenceAction.due_on <= until)
                .where(self._her_cases())
                .order_by(ConferenceAction.due_on)
            )
            found = tuple(_action(a, ref, held_on) for a, ref, held_on in rows)
            session.audit(
                s,
                AuditAction.RECORD_READ,
                Section.CONFERENCES,
                detail=f"actions due: {len(found)} entries",
            )
            return found

    def due_for_review(self, today: date) -> tuple[ReviewDue, ...]:
        """Cases last heard 12 months ago or more, and not referred again since."""
        session = self._session
        with session.unit_of_work(Section.CONFERENCES, Action.READ) as s:
            last_heard = (
                select(
                    ConferenceReferral.case_id,
                    func.max(Conference.held_on).label("last"),
                )
                .join(Conference, Conference.id == ConferenceReferral.heard_at)
                .group_by(ConferenceReferral.case_id)
                .subquery()
            )
            waiting = select(ConferenceReferral.case_id).where(
                ConferenceReferral.heard_at.is_(None)
            )
            rows = s.execute(
                select(Case, last_heard.c.last)
                .join(last_heard, last_heard.c.case_id == Case.id)
                .where(Case.id.not_in(waiting), self._her_cases())
                .order_by(last_heard.c.last)
            )
            found = tuple(
                ReviewDue(c.reference, _name(c), last)
                for c, last in rows
                if due_for_review(last, today)
            )
            session.audit(
                s,
                AuditAction.RECORD_READ,
                Section.CONFERENCES,
                detail=f"due for review: {len(found)} entries",
            )
            return found


def _check_reason(status: ActionStatus, reason: str, model: type[Any]) -> None:
    """An action not done, or no longer possible, says why (within the column's length)."""
    if status.needs_reason and not reason.strip():
        raise ValidationFailed.of(
            {
                "reason": QT_TRANSLATE_NOOP("Messages", "Say why the action was not done.")
                if status is ActionStatus.NOT_DONE
                else QT_TRANSLATE_NOOP("Messages", "Say why the action is no longer possible.")
            }
        )
    if problems := text_limits(model, {"reason": reason}):
        raise ValidationFailed.of(problems)
    if problem := direction_marks_problem(reason):  # typed on one line
        raise ValidationFailed.of({"reason": problem})


def _attendance(row: ConferenceAttendance) -> Attendance:
    def lines(text: str) -> tuple[str, ...]:
        return tuple(line for line in text.split("\n") if line)

    return Attendance(row.chair, lines(row.present), lines(row.apologies), row.version)


MAX_PERSON = 200  # one "name, agency" of the attendance


def _attendance_problems(attendance: Attendance) -> dict[str, str]:
    """Each person of the attendance on a line of their own, at most MAX_PERSON characters."""
    problems: dict[str, str] = {}
    fields = {
        "chair": (attendance.chair,),
        "present": attendance.present,
        "apologies": attendance.apologies,
    }
    for name, people in fields.items():
        if any(len(p) > MAX_PERSON or "\n" in p or "\r" in p for p in people):
            problems[name] = QT_TRANSLATE_NOOP(
                "Messages", "One person a line, at most %n character(s) each.", "", MAX_PERSON
            )
        elif marked := next(filter(None, map(one_line_problem, people)), None):
            problems[name] = marked  # a person's name, as any name (issue 22)
    return problems
