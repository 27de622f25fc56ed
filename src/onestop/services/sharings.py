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

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

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

MIN_NOT_TOLD_REASON = 20  # as a manager's reason to share (pipeline.MIN_REASON)
MAX_TOLD_BY = 200
# A day she was told is a day at the centre, which may be UTC's tomorrow (UTC+14 at most).
LATEST_ZONE = timedelta(hours=14)


def told_problems(told: ToldHer | None, now: datetime) -> dict[str, str]:
    """What is wrong with the answer to "Has she been told?" given with a decision to share
    without her consent (empty: nothing)."""
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
        if told.on > (now + LATEST_ZONE).date():
            return {
                "told_on": QT_TRANSLATE_NOOP(
                    "Messages", "The day she was told cannot be in the future."
                )
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


def check_told(told: ToldHer | None, now: datetime) -> ToldHer:
    problems = told_problems(told, now)
    if problems:
        raise ValidationFailed.of(problems)
    assert told is not None
    return told


def record_sharings(
    s: Session,
    session: VaultSession,
    told: Mapping[str, ToldHer],
    document: str,
    sha256: str,
) -> None:
    """Append a sharing for each case in ``told`` (by case reference, whether she was told:
    one row each, with its own answer), inside the export's transaction."""
    now = utcnow()
    for reference, answer in told.items():
        case = find_case(s, reference)
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
                recorded_at=now,
                recorded_by=session.actor.username,
            )
        )
    s.flush()


@dataclass(frozen=True)
class Sharing:
    """A document about her shared without her consent, and whether she was told of it now
    (its latest answer)."""

    id: int
    document: str  # the export's code ("referral_letter")
    shared_at: datetime
    shared_by: str  # the manager, as colleagues know her
    answer: ToldHer
    answered_at: datetime  # when the answer now in force was recorded
    answered_by: str


class SharingService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def list(self, reference: str) -> tuple[Sharing, ...]:
        """The case's sharings without her consent, oldest first, each with its answer now."""
        session = self._session
        with session.unit_of_work(Section.CONSENT, Action.READ, record_ref=reference) as s:
            case = find_case(s, reference)
            rows = list(
                s.scalars(
                    select(SharingNotice)
                    .where(SharingNotice.case_id == case.id)
                    .order_by(SharingNotice.id)
                )
            )
            names = dict(
                s.execute(
                    select(StaffAccount.username, StaffAccount.display_name).where(
                        StaffAccount.username.in_({r.recorded_by for r in rows})
                    )
                ).all()
            )
            session.audit(s, AuditAction.RECORD_READ, Section.CONSENT, record_ref=case.reference)
            latest: dict[int, SharingNotice] = {}
            for row in rows:
                latest[row.follows if row.follows is not None else row.id] = row
            return tuple(
                Sharing(
                    row.id,
                    row.document,
                    row.recorded_at,
                    names.get(row.recorded_by) or row.recorded_by,
                    _answer(latest[row.id]),
                    latest[row.id].recorded_at,
                    names.get(latest[row.id].recorded_by) or latest[row.id].recorded_by,
                )
                for row in rows
                if row.follows is None
            )

    def now_told(self, reference: str, sharing_id: int, on: date) -> Sharing:
        """Record that she has now been told of a sharing, on ``on``: by those who write her
        consent decisions, or a manager (who decides to share)."""
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
        told = check_told(ToldHer(Told.TOLD, on=on), utcnow())
        with session.unit_of_work(Section.CONSENT, action, record_ref=reference) as s:
            case = find_case(s, reference)
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


def _answer(row: SharingNotice) -> ToldHer:
    return ToldHer(Told(row.told), row.told_on, row.told_by or "", row.not_told_reason or "")
