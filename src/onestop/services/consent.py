"""The consent ledger of a case: recording decisions and asking whether information may leave.

Entries are never edited or removed (triggers refuse it); a withdrawal is a new entry. The
``consent`` section: caseworkers, clinicians, counsellors and legal advocates record; shelter
officers and managers read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from onestop.clock import printed
from onestop.db.base import utcnow
from onestop.db.cases import Case
from onestop.db.consent import ConsentRecord
from onestop.db.directory import Agency
from onestop.domain.audit import AuditAction
from onestop.domain.consent import (
    ConsentEntry,
    Decision,
    GivenBy,
    Purpose,
    current_decision,
)
from onestop.domain.roles import Action, Section
from onestop.errors import ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import sealedcolumns, sectionkeys
from onestop.services.records import find_case, keep_rows
from onestop.services.session import VaultSession
from onestop.services.validation import text_limits

# A decision can be entered a little after it was made (paper form first), never ahead of time.
MAX_BACKDATE = timedelta(days=30)
CLOCK_SKEW = timedelta(minutes=5)


@dataclass(frozen=True)
class ConsentChoice:
    """A decision as a form gives it (the fields of :meth:`ConsentService.record`)."""

    purpose: Purpose
    decision: Decision
    given_by: GivenBy = GivenBy.SURVIVOR
    agency: str = ""
    guardian_name: str = ""
    decided_at: datetime | None = None
    agency_id: int | None = None  # the directory's record of the agency (its name follows it)


@dataclass(frozen=True)
class ConsentDecision:
    entry_id: int
    case_reference: str
    purpose: Purpose
    decision: Decision
    given_by: GivenBy
    agency: str
    guardian_name: str
    decided_at: datetime
    recorded_at: datetime
    recorded_by: str
    agency_id: int | None = None

    def as_entry(self) -> ConsentEntry:
        return ConsentEntry(
            self.purpose,
            self.decision,
            self.decided_at,
            self.given_by,
            self.agency,
            self.entry_id,
            self.agency_id,
        )


def _snapshot(row: ConsentRecord, reference: str) -> ConsentDecision:
    return ConsentDecision(
        entry_id=row.id,
        case_reference=reference,
        purpose=Purpose(row.purpose),
        decision=Decision(row.decision),
        given_by=GivenBy(row.given_by),
        agency=row.agency,
        guardian_name=row.guardian_name,
        decided_at=row.decided_at,
        recorded_at=row.recorded_at,
        recorded_by=row.recorded_by,
        agency_id=row.agency_id,
    )


def consent_in_force(
    s: Session,
    case_id: int,
    purpose: Purpose,
    at: datetime,
    agency: str = "",
    agency_id: int | None = None,
) -> ConsentEntry | None:
    """The ledger entry in force for ``purpose`` at ``at`` (inside the caller's unit of work);
    its ``seq`` is the entry's id. Other services ask this before acting on consent."""
    rows = _opened(s.scalars(select(ConsentRecord).where(ConsentRecord.case_id == case_id)))
    ledger = [
        ConsentEntry(
            Purpose(r.purpose),
            Decision(r.decision),
            r.decided_at,
            GivenBy(r.given_by),
            r.agency,
            r.id,
            r.agency_id,
        )
        for r in rows
    ]
    return current_decision(ledger, purpose, at, agency, agency_id)


def _opened(rows: Iterable[ConsentRecord]) -> list[ConsentRecord]:
    """A case's ledger, refused whole (KeyNotHeld) if an entry names an agency or a guardian
    this person's keys do not open (services.sealedcolumns): a decision she cannot match to
    its agency, a withdrawal among them, must not be silently left out."""
    found = list(rows)
    if any(sealedcolumns.is_closed(r) for r in found):
        raise sectionkeys.KeyNotHeld(sectionkeys.waiting_message(Section.CONSENT))
    return found


def _ledger(s: Session, case: Case) -> list[ConsentDecision]:
    rows = s.scalars(
        select(ConsentRecord).where(ConsentRecord.case_id == case.id).order_by(ConsentRecord.id)
    ).all()
    keep_rows(s, ConsentRecord, case, rows)
    return [_snapshot(r, case.reference) for r in _opened(rows)]


@dataclass(frozen=True)
class ConsentAnswer:
    """Whether information may leave for a purpose now, and the entry that says so."""

    allowed: bool
    entry: ConsentDecision | None

    @property
    def reason(self) -> str:
        """What the ledger says, as one sentence (a Phrase)."""
        if self.entry is None:
            return QT_TRANSLATE_NOOP("Messages", "No consent has been recorded for this purpose.")
        when = printed(self.entry.decided_at)
        sentence = {
            Decision.GIVEN: QT_TRANSLATE_NOOP("Messages", "Consent given on {when}."),
            Decision.REFUSED: QT_TRANSLATE_NOOP("Messages", "Consent refused on {when}."),
            Decision.WITHDRAWN: QT_TRANSLATE_NOOP("Messages", "Consent withdrawn on {when}."),
        }[self.entry.decision]
        return sentence.format(when=when)


def insert_consent(
    s: Session,
    session: VaultSession,
    case: Case,
    purpose: Purpose,
    decision: Decision,
    given_by: GivenBy,
    agency: str,
    guardian_name: str,
    decided_at: datetime,
    agency_id: int | None = None,
) -> ConsentRecord:
    """Add an (already validated) ledger entry inside the caller's unit of work, audited."""
    row = ConsentRecord(
        case_id=case.id,
        purpose=purpose.value,
        agency=agency,
        agency_id=agency_id,
        decision=decision.value,
        given_by=given_by.value,
        guardian_name=guardian_name,
        decided_at=decided_at,
        recorded_at=utcnow(),
        recorded_by=session.actor.username,
    )
    s.add(row)
    session.audit(
        s,
        AuditAction.RECORD_WRITE,
        Section.CONSENT,
        record_ref=case.reference,
        detail=f"{purpose.value} {decision.value}",
    )
    return row


class ConsentService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def record_choice(self, reference: str, choice: ConsentChoice) -> ConsentDecision:
        return self.record(
            reference,
            choice.purpose,
            choice.decision,
            given_by=choice.given_by,
            agency=choice.agency,
            guardian_name=choice.guardian_name,
            decided_at=choice.decided_at,
            agency_id=choice.agency_id,
        )

    def record(
        self,
        reference: str,
        purpose: Purpose,
        decision: Decision,
        *,
        given_by: GivenBy = GivenBy.SURVIVOR,
        agency: str = "",
        guardian_name: str = "",
        decided_at: datetime | None = None,
        agency_id: int | None = None,
    ) -> ConsentDecision:
        """Add a decision to the ledger (a withdrawal is a new decision, never an edit).

        ``agency_id``: the directory's record of the agency; the entry keeps its name as the
        directory spells it now."""
        now = utcnow()
        when = decided_at or now
        problems: dict[str, str] = {}
        named = bool(agency.strip()) or agency_id is not None
        # a name typed by hand is the "agency" field; otherwise the directory's choice is
        field = "agency" if agency.strip() else "agency_id"
        if purpose is Purpose.SHARE_WITH_AGENCY and not named:
            problems[field] = QT_TRANSLATE_NOOP("Messages", "Name the agency this consent is for.")
        if purpose is not Purpose.SHARE_WITH_AGENCY and named:
            problems[field] = QT_TRANSLATE_NOOP(
                "Messages", "An agency is named only for sharing with an agency."
            )
        if given_by is GivenBy.GUARDIAN and not guardian_name.strip():
            problems["guardian_name"] = QT_TRANSLATE_NOOP(
                "Messages", "Name the guardian who decided."
            )
        if when > now + CLOCK_SKEW:
            problems["decided_at"] = QT_TRANSLATE_NOOP(
                "Messages", "A decision cannot be recorded ahead of time."
            )
        elif when < now - MAX_BACKDATE:
            problems["decided_at"] = QT_TRANSLATE_NOOP(
                "Messages", "A decision older than 30 days cannot be entered now."
            )
        problems.update(
            text_limits(ConsentRecord, {"agency": agency, "guardian_name": guardian_name})
        )
        if problems:
            raise ValidationFailed.of(problems)
        with self._session.unit_of_work(Section.CONSENT, Action.WRITE, record_ref=reference) as s:
            case = find_case(s, reference)
            if agency_id is not None:
                listed = s.get(Agency, agency_id)
                if listed is None or not listed.active:
                    raise ValidationFailed.of(
                        {
                            "agency_id": QT_TRANSLATE_NOOP(
                                "Messages",
                                "That agency is not in the directory (or no longer active).",
                            )
                        }
                    )
                agency = listed.name
            row = insert_consent(
                s,
                self._session,
                case,
                purpose,
                decision,
                given_by,
                agency,
                guardian_name,
                when,
                agency_id,
            )
            s.flush()
            return _snapshot(row, case.reference)

    def ledger(self, reference: str) -> tuple[ConsentDecision, ...]:
        """Every entry, in the order recorded."""
        with self._session.unit_of_work(Section.CONSENT, Action.READ, record_ref=reference) as s:
            case = find_case(s, reference)
            entries = _ledger(s, case)
            self._session.audit(
                s, AuditAction.RECORD_READ, Section.CONSENT, record_ref=case.reference
            )
            return tuple(entries)

    def may_leave(
        self,
        reference: str,
        purpose: Purpose,
        agency: str = "",
        at: datetime | None = None,
        agency_id: int | None = None,
    ) -> ConsentAnswer:
        """May this survivor's information leave the centre for ``purpose`` now? (To the
        agency of the directory record ``agency_id`` when given, else the one named.)"""
        if purpose is Purpose.SHARE_WITH_AGENCY and not agency.strip() and agency_id is None:
            raise ValidationFailed.of(
                {
                    "agency": QT_TRANSLATE_NOOP(
                        "Messages", "Name the agency the information would go to."
                    )
                }
            )
        return self.may_leave_to(reference, purpose, [agency], at, {agency: agency_id})[agency]

    def may_leave_to(
        self,
        reference: str,
        purpose: Purpose,
        agencies: Sequence[str],
        at: datetime | None = None,
        agency_ids: Mapping[str, int | None] | None = None,
    ) -> dict[str, ConsentAnswer]:
        """The answer for each agency (or ``[""]`` for a purpose without one), from one read of
        the ledger and one audit entry; ``agency_ids`` gives an agency's directory record."""
        with self._session.unit_of_work(Section.CONSENT, Action.READ, record_ref=reference) as s:
            case = find_case(s, reference)
            entries = {e.entry_id: e for e in _ledger(s, case)}
            self._session.audit(
                s,
                AuditAction.RECORD_READ,
                Section.CONSENT,
                record_ref=case.reference,
                detail=f"may leave for {purpose.value}",
            )
        answers = {}
        for agency in agencies:
            found = current_decision(
                [e.as_entry() for e in entries.values()],
                purpose,
                at or utcnow(),
                agency,
                (agency_ids or {}).get(agency),
            )
            decision = entries[found.seq] if found is not None else None
            answers[agency] = ConsentAnswer(
                decision is not None and decision.decision is Decision.GIVEN, decision
            )
        return answers
