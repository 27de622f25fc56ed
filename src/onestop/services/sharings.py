"""The documents about her shared without her consent, and whether she was told of each.

A manager may share a document about her without her consent, with a written reason
(services.exports.pipeline). With that decision goes the answer to "Has she been told?":
told on a day; not yet, and who will tell her; or not told, because telling her would put her
or others at risk, and why. SafeLives' MARAC guidance and the Inter-agency GBV Case Management
Guidelines ask that it be recorded, and that the receiving agency know it, so that it does not
reveal the sharing to her or to the perpetrator by accident: the document prints it on its
notice (reports.document.consent_notice).

The sharings are a ledger (db.sharings, migration 0059): the export appends a row for each case
shared without consent, in the export's own transaction, beside its audit entry; "she has now
been told" appends a row that follows it. No row is changed. Who will tell her and why she is
not told are sealed under the consent key. Reading them is reading the consent section;
recording that she has now been told is for those who write her consent decisions and for the
managers, who take the decision to share.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from onestop.clock import printing_zone
from onestop.db.base import utcnow
from onestop.db.sharings import SharingNotice
from onestop.db.staff import StaffAccount
from onestop.domain.audit import AuditAction
from onestop.domain.consent import Told, ToldHer
from onestop.domain.roles import Action, Capability, Section
from onestop.errors import NotFound, ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import capabilities
from onestop.services.records import find_case
from onestop.services.session import VaultSession
from onestop.services.settings import SettingsService

MIN_NOT_TOLD_REASON = 20  # as a manager's reason to share (pipeline.MIN_REASON)
MAX_TOLD_BY = 200


def centre_today(now: datetime, zone: ZoneInfo | None = None) -> date:
    """Today at the centre: ``now`` in the centre's zone (by default the zone documents are
    printing in, which the export pipeline sets to the centre's: clock.printing_in)."""
    return now.astimezone(zone or printing_zone()).date()


def opened_day(opened_at: datetime, known: bool, zone: ZoneInfo | None = None) -> date | None:
    """The day her case was opened at the centre, or None when it is not known (a case brought
    in from a register that gave no date: its opening is the import's moment)."""
    return opened_at.astimezone(zone or printing_zone()).date() if known else None


def told_problems(told: ToldHer | None, today: date, opened: date | None = None) -> dict[str, str]:
    """What is wrong with the answer to "Has she been told?" given with a decision to share
    without her consent (empty: nothing). ``today`` is the centre's; ``opened`` the day her
    case was opened, when known: the earliest day OneStop knows she was in touch with the
    centre (an incident's date may be years before, and a first contact before the case is
    not recorded), so the earliest day she can have been told of a sharing of her file."""
    if told is None:
        return {
            "told": QT_TRANSLATE_NOOP(
                "Messages",
                "Say whether she has been told of this sharing: told on a day, not yet (and "
                "who will tell her), or not told because telling her would put her or others "
                "at risk. No file was written.",
            )
        }
    if told.told is Told.TOLD:
        if told.on is None:
            return {"told_on": QT_TRANSLATE_NOOP("Messages", "Say on which day she was told.")}
        if told.on > today:
            return {
                "told_on": QT_TRANSLATE_NOOP(
                    "Messages", "The day she was told cannot be after today ({today})."
                ).format(today=today.isoformat())
            }
        if opened is not None and told.on < opened:
            return {
                "told_on": QT_TRANSLATE_NOOP(
                    "Messages",
                    "The day she was told cannot be before her case was opened ({opened}).",
                ).format(opened=opened.isoformat())
            }
    if told.told is Told.WILL_BE_TOLD:
        who = told.by.strip()
        if not who:
            return {"told_by": QT_TRANSLATE_NOOP("Messages", "Say who will tell her.")}
        if len(who) > MAX_TOLD_BY or "\n" in who:
            return {
                "told_by": QT_TRANSLATE_NOOP(
                    "Messages",
                    "Who will tell her: one line of at most %n character(s).",
                    "",
                    MAX_TOLD_BY,
                )
            }
    if told.told is Told.NOT_TOLD and len(told.why.strip()) < MIN_NOT_TOLD_REASON:
        return {
            "not_told_reason": QT_TRANSLATE_NOOP(
                "Messages",
                "Explain why telling her would put her or others at risk (at least %n "
                "character(s)).",
                "",
                MIN_NOT_TOLD_REASON,
            )
        }
    return {}


def check_told(told: ToldHer | None, today: date, opened: date | None = None) -> ToldHer:
    problems = told_problems(told, today, opened)
    if problems:
        raise ValidationFailed.of(problems)
    assert told is not None
    return told


@dataclass(frozen=True)
class SharedWhere:
    """Where a sharing went and why: the day of the meeting (a case conference's pack or
    minutes), the agencies it went to, the reason's code (domain.coordination.SharingReason)
    and the reason written for her case (the manager's, for another document)."""

    meeting_on: date | None = None
    agencies: tuple[str, ...] = ()
    reason: str = ""
    note: str = ""


def record_sharings(
    s: Session,
    session: VaultSession,
    told: Mapping[str, ToldHer],
    document: str,
    sha256: str,
    where: Mapping[str, SharedWhere] | None = None,
) -> None:
    """Append a sharing for each case in ``told`` (by case reference, whether she was told:
    one row each, with its own answer, and where it went and why: ``where``), inside the
    export's transaction. A day she was told before her case was opened, or after today at
    the centre, is refused here too, whatever the caller checked: the transaction is rolled
    back and no file is written."""
    now = utcnow()
    today = centre_today(now)
    for reference, answer in told.items():
        case = find_case(s, reference)
        problems = told_problems(answer, today, opened_day(case.opened_at, case.opening_known))
        if problems:
            raise ValidationFailed.of(
                {
                    "sharing": QT_TRANSLATE_NOOP(
                        "Messages", "For {case}: {problem} No file was written."
                    ).format(case=case.reference, problem=next(iter(problems.values())))
                }
            )
        went = (where or {}).get(reference, SharedWhere())
        s.add(
            SharingNotice(
                case_id=case.id,
                follows=None,
                document=document,
                sha256=sha256,
                told=answer.told.value,
                told_on=answer.on if answer.told is Told.TOLD else None,
                told_by=answer.by.strip() if answer.told is Told.WILL_BE_TOLD else "",
                not_told_reason=answer.why.strip() if answer.told is Told.NOT_TOLD else "",
                meeting_on=went.meeting_on,
                agencies=json.dumps(list(went.agencies), ensure_ascii=False)
                if went.agencies
                else "",
                reason=went.reason,
                reason_note=went.note.strip(),
                recorded_at=now,
                recorded_by=session.actor.username,
            )
        )
    s.flush()


@dataclass(frozen=True)
class ToldAnswer:
    """One answer to "Has she been told?" in a sharing's history, as recorded."""

    answer: ToldHer
    at: datetime
    by: str  # as colleagues know her


@dataclass(frozen=True)
class Sharing:
    """A document about her shared without her consent, where it went and why, and whether
    she was told of it: every answer, in order (``history``), the latest in force."""

    id: int
    document: str  # the export's code ("referral_letter")
    shared_at: datetime
    shared_by: str  # the manager, as colleagues know her
    answer: ToldHer
    answered_at: datetime  # when the answer now in force was recorded
    answered_by: str
    meeting_on: date | None = None
    agencies: tuple[str, ...] = ()
    reason: str = ""  # a SharingReason's code, or ""
    reason_note: str = ""
    history: tuple[ToldAnswer, ...] = ()


def contradicts(earlier: ToldHer, now: ToldHer) -> bool:
    """Whether a new answer for a case says otherwise than the answer in force for its
    latest sharing: another kind of answer, except "not yet" followed by "told" (what "not
    yet" expects); or told on another day. The dialog warns, names the earlier answer and
    asks to confirm; the ledger keeps both."""
    if earlier.told is Told.WILL_BE_TOLD and now.told is Told.TOLD:
        return False
    if earlier.told is not now.told:
        return True
    return earlier.told is Told.TOLD and earlier.on != now.on


class SharingService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def list(self, reference: str) -> tuple[Sharing, ...]:
        """The case's sharings without her consent, oldest first, each with where it went,
        why, and every answer to "Has she been told?" in order, the latest in force."""
        session = self._session
        with session.unit_of_work(Section.CONSENT, Action.READ, record_ref=reference) as s:
            case = find_case(s, reference)
            sharings = _sharings(s, case.id)
            session.audit(s, AuditAction.RECORD_READ, Section.CONSENT, record_ref=case.reference)
            return sharings

    def answers_now(self, references: Iterable[str]) -> dict[str, Sharing]:
        """For each case with a sharing without her consent, its latest sharing (with its
        answer in force): what a new export's answer is compared with (``contradicts``)."""
        session = self._session
        found: dict[str, Sharing] = {}
        wanted = sorted(set(references))
        if not wanted:
            return found
        with session.unit_of_work(Section.CONSENT, Action.READ) as s:
            for reference in wanted:
                case = find_case(s, reference)
                sharings = _sharings(s, case.id)
                if sharings:
                    found[case.reference] = sharings[-1]
                    session.audit(
                        s,
                        AuditAction.RECORD_READ,
                        Section.CONSENT,
                        record_ref=case.reference,
                        detail="sharing answers before export",
                    )
        return found

    def now_told(self, reference: str, sharing_id: int, on: date | None) -> Sharing:
        """Record that she has now been told of a sharing, on ``on``: by those who write her
        consent decisions, or a manager (who decides to share). The day is refused in words
        when missing, after today at the centre, or before her case was opened."""
        session = self._session
        action = Action.WRITE
        if not session.allowed(Section.CONSENT, Action.WRITE):
            capabilities.require(
                session,
                Capability.SHARE_WITHOUT_CONSENT,
                Section.CONSENT,
                Action.WRITE,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Only those who record her consent, or a manager, record that she was told.",
                ),
            )
            action = Action.READ
        zone = ZoneInfo(SettingsService(session).time_zone())
        today = centre_today(utcnow(), zone)
        check_told(ToldHer(Told.TOLD, on=on), today)
        with session.unit_of_work(Section.CONSENT, action, record_ref=reference) as s:
            case = find_case(s, reference)
            told = check_told(
                ToldHer(Told.TOLD, on=on),
                today,
                opened_day(case.opened_at, case.opening_known, zone),
            )
            first = s.get(SharingNotice, sharing_id)
            if first is None or first.case_id != case.id or first.follows is not None:
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        "Messages", "There is no sharing {sharing} in {reference}."
                    ).format(sharing=sharing_id, reference=case.reference)
                )
            s.add(
                SharingNotice(
                    case_id=case.id,
                    follows=first.id,
                    document=first.document,
                    sha256="",
                    told=told.told.value,
                    told_on=told.on,
                    told_by="",
                    not_told_reason="",
                    recorded_at=utcnow(),
                    recorded_by=session.actor.username,
                )
            )
            s.flush()
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.CONSENT,
                record_ref=case.reference,
                detail=f"sharing={first.id} told",
            )
        return next(x for x in self.list(reference) if x.id == sharing_id)


def _sharings(s: Session, case_id: int) -> tuple[Sharing, ...]:
    rows = list(
        s.scalars(
            select(SharingNotice).where(SharingNotice.case_id == case_id).order_by(SharingNotice.id)
        )
    )
    names = dict(
        s.execute(
            select(StaffAccount.username, StaffAccount.display_name).where(
                StaffAccount.username.in_({r.recorded_by for r in rows})
            )
        ).all()
    )

    def who(row: SharingNotice) -> str:
        return names.get(row.recorded_by) or row.recorded_by

    answers: dict[int, list[SharingNotice]] = {}
    for row in rows:
        answers.setdefault(row.follows if row.follows is not None else row.id, []).append(row)
    return tuple(
        Sharing(
            row.id,
            row.document,
            row.recorded_at,
            who(row),
            _answer(answers[row.id][-1]),
            answers[row.id][-1].recorded_at,
            who(answers[row.id][-1]),
            meeting_on=row.meeting_on,
            agencies=tuple(json.loads(row.agencies)) if row.agencies else (),
            reason=row.reason or "",
            reason_note=row.reason_note or "",
            history=tuple(ToldAnswer(_answer(a), a.recorded_at, who(a)) for a in answers[row.id]),
        )
        for row in rows
        if row.follows is None
    )


def _answer(row: SharingNotice) -> ToldHer:
    return ToldHer(Told(row.told), row.told_on, row.told_by or "", row.not_told_reason or "")
