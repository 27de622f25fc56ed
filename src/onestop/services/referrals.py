"""Referrals to partner agencies, and the loop they must close.

Status: draft -> sent -> accepted or declined -> completed or closed (a draft or a sent referral
may also be closed). A referral is sent only with the survivor's consent to share with that
agency in force (the directory's record of it, when chosen from the directory); the consent
entry is recorded with it. A referral sent to a shelter (an agency of the directory's shelter and
housing sector) puts her on the shelter board's waiting list, where the shelter officer admits
her to a bed. The ``referrals`` section: every case role writes, the manager reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from onestop.db import server
from onestop.db.audit import AuditEntry
from onestop.db.base import UtcDateTime, utcnow
from onestop.db.cases import Case
from onestop.db.directory import Agency
from onestop.db.referrals import Referral
from onestop.db.shelter import WaitingEntry
from onestop.db.staff import StaffAccount
from onestop.domain.audit import AuditAction
from onestop.domain.consent import Decision, Purpose
from onestop.domain.coordination import Sector
from onestop.domain.referrals import NEXT, ReferralStatus, Urgency
from onestop.domain.roles import Action, Section
from onestop.domain.validation import Problems
from onestop.errors import ConsentRequired, ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP, Phrase
from onestop.services import sealedcolumns, sectionkeys
from onestop.services.consent import consent_in_force
from onestop.services.labels import label
from onestop.services.records import (
    CaseRecords,
    Version,
    bump_version,
    check_version,
    versions,
)
from onestop.services.validation import text_limits


def _letters(s: Session, reference: str) -> Sequence[Any]:
    """The export entries of a case's referral letters, oldest first: on a centre server
    through ``onestop_referral_letters`` (db/server.py; a referrer's login does not read the
    audit trail), in the local vault from the trail itself."""
    if s.get_bind().dialect.name == "postgresql":
        found = s.execute(
            text("SELECT seq, at, actor, detail FROM onestop_referral_letters(:reference)"),
            {"reference": reference},
        )
        return list(found.all())
    return list(
        s.scalars(
            select(AuditEntry)
            .where(
                # By the reference's index, not the action's (services.signedversions._edits).
                AuditEntry.action.concat("") == AuditAction.EXPORT.value,
                AuditEntry.section == Section.REFERRALS.value,
                AuditEntry.record_ref == reference,
                AuditEntry.detail.like(f"{LETTER_DETAIL}%"),
            )
            .order_by(AuditEntry.seq)
        )
    )


@dataclass(frozen=True)
class ReferralDetails:
    agency: str
    service: str
    urgency: Urgency = Urgency.ROUTINE
    notes: str = ""
    agency_id: int | None = None  # the directory entry, when chosen from it


@dataclass(frozen=True)
class ReferralState:
    status: ReferralStatus
    consent_entry_id: int | None
    sent_at: datetime | None
    responded_at: datetime | None
    closed_at: datetime | None
    feedback: str
    answer_contact: str = ""  # from the agency's reply slip: who to contact there
    agency_reference: str = ""  # and its own reference
    made_at: datetime | None = None  # when the referral was made (its record created)


# What a referral's history shows of a step: made, its letter printed, or a new status.
CREATED, LETTER, STATUS = "created", "letter", "status"
LETTER_DETAIL = server.LETTER_DETAIL  # the export's audit entry begins so (pipeline's slug)


@dataclass(frozen=True)
class ReferralEvent:
    """One step in a referral's life, for its history screen: what (``kind``, and the new
    status for a status step), when it happened (``at``: as recorded, possibly earlier than
    ``recorded_at``), who recorded it (a display name, "" where the record does not say), and
    the reply slip's fields and the words recorded with it."""

    kind: str
    at: datetime
    by: str
    recorded_at: datetime | None = None
    status: ReferralStatus | None = None
    contact: str = ""
    agency_reference: str = ""
    said: str = ""


# When a status happened, by the referral's own timestamp for it.
_WHEN = {
    ReferralStatus.SENT: "sent_at",
    ReferralStatus.ACCEPTED: "responded_at",
    ReferralStatus.DECLINED: "responded_at",
    ReferralStatus.COMPLETED: "closed_at",
    ReferralStatus.CLOSED: "closed_at",
}


class ReferralService(CaseRecords[ReferralDetails]):
    model = Referral
    section = Section.REFERRALS
    record_type = "referral"
    label = "referral"

    def validate(self, s: Session, case: Case, details: ReferralDetails) -> Problems:
        problems: Problems = {}
        if not details.agency.strip():
            problems["agency"] = QT_TRANSLATE_NOOP("Messages", "Name the agency.")
        if not details.service.strip():
            problems["service"] = QT_TRANSLATE_NOOP(
                "Messages", "Say which service she is referred for."
            )
        if not details.notes.strip():
            # The letter states it, and the agency decides on it: refused here, when the
            # referral is saved, not only when its letter is printed (issue 23).
            problems["notes"] = QT_TRANSLATE_NOOP(
                "Messages", "Give the reason for the referral: the agency's letter states it."
            )
        if details.agency_id is not None:
            listed = s.get(Agency, details.agency_id)
            if listed is None or not listed.active:
                problems["agency"] = QT_TRANSLATE_NOOP(
                    "Messages", "That agency is not in the directory (or no longer active)."
                )
            elif listed.name.strip().lower() != details.agency.strip().lower():
                problems["agency"] = QT_TRANSLATE_NOOP(
                    "Messages", 'The directory calls this agency "{name}".'
                ).format(name=listed.name)
        return problems

    def to_details(self, row: Any) -> ReferralDetails:
        return ReferralDetails(
            row.agency, row.service, Urgency(row.urgency), row.notes, row.agency_id
        )

    def initial_state(self) -> dict[str, Any]:
        """A new referral starts as a draft."""
        return {"status": ReferralStatus.DRAFT.value, "feedback": ""}

    def state(self, reference: str, referral_id: int) -> ReferralState:
        with self._session.unit_of_work(self.section, Action.READ, record_ref=reference) as s:
            case, row = self._find(s, reference, referral_id)
            self._session.audit(
                s,
                AuditAction.RECORD_READ,
                self.section,
                record_ref=case.reference,
                detail=f"referral {row.id} state",
            )
            return _state(row)

    def history_of(self, reference: str, referral_id: int) -> tuple[ReferralEvent, ...]:
        """The referral's life, oldest first: made (by whom, when), each letter printed (the
        export's audit entry), and each status it took, with who recorded it and when, and
        what the reply slip said. Read-only; the read is audited."""
        session = self._session
        with session.unit_of_work(self.section, Action.READ, record_ref=reference) as s:
            case, row = self._find(s, reference, referral_id)
            self._need_key()
            earlier = versions(s, self.record_type, row.id)
            table = Referral.__tablename__
            if self.sealed or self.model in sealedcolumns.TRANSPARENT:
                earlier = tuple(
                    replace(
                        v,
                        fields=sectionkeys.open_snapshot(
                            session,
                            table,
                            row.id,
                            v.version,
                            dict(v.fields),
                            sealedcolumns.case_of(s, row),
                        ),
                    )
                    for v in earlier
                )
            names = dict(s.execute(select(StaffAccount.username, StaffAccount.display_name)).all())
            events = [ReferralEvent(CREATED, row.created_at, row.created_by, row.created_at)]
            events += _status_steps(row, earlier)
            for entry in _letters(s, case.reference):
                if f" referral={row.id}" in f"{entry.detail} ":
                    at = datetime.fromisoformat(entry.at)
                    events.append(ReferralEvent(LETTER, at, entry.actor, at))
            session.audit(
                s,
                AuditAction.RECORD_READ,
                self.section,
                record_ref=case.reference,
                detail=f"referral {row.id} history",
            )
            # Made first; then by when each step happened (a send recorded late is dated when
            # it was sent).
            events.sort(key=lambda e: (e.kind != CREATED, e.at, e.recorded_at or e.at))
            return tuple(replace(e, by=names.get(e.by, e.by)) for e in events)

    def advance(
        self,
        reference: str,
        referral_id: int,
        status: ReferralStatus,
        expected_version: int,
        feedback: str = "",
        at: datetime | None = None,
        answer_contact: str = "",
        agency_reference: str = "",
    ) -> ReferralState:
        """Move a referral on; sending needs consent to share with that agency now.

        ``at`` is when it happened, if earlier than now (sent by e-mail yesterday, recorded
        today); consent is checked as it stood then. An answer (accepted or declined) also
        keeps the reply slip's contact at the agency and the agency's reference."""
        problems = text_limits(
            Referral,
            {
                "feedback": feedback,
                "answer_contact": answer_contact,
                "agency_reference": agency_reference,
            },
        )
        answered = status in (ReferralStatus.ACCEPTED, ReferralStatus.DECLINED)
        if (answer_contact.strip() or agency_reference.strip()) and not answered:
            problems["answer_contact"] = QT_TRANSLATE_NOOP(
                "Messages", "A contact and a reference come with the agency's answer."
            )
        if at is not None and at > utcnow():
            problems["at"] = QT_TRANSLATE_NOOP(
                "Messages", "This cannot be recorded before it has happened."
            )
        if problems:
            raise ValidationFailed.of(problems)
        session = self._session
        with session.unit_of_work(self.section, Action.WRITE, record_ref=reference) as s:
            case, row = self._find(s, reference, referral_id)
            check_version(row, expected_version, self.label)
            current = ReferralStatus(row.status)
            if status not in NEXT[current]:
                raise ValidationFailed.of({"status": _cannot_become(current)})
            now = at or utcnow()
            if now < case.opened_at:
                raise ValidationFailed.of(
                    {"at": QT_TRANSLATE_NOOP("Messages", "This is before the case was opened.")}
                )
            bump_version(
                s,
                self.record_type,
                row,
                (
                    "status",
                    "consent_entry_id",
                    "sent_at",
                    "responded_at",
                    "closed_at",
                    "feedback",
                    "answer_contact",
                    "agency_reference",
                ),
                session.actor.username,
            )
            if status is ReferralStatus.SENT:
                row.consent_entry_id = self._consent_for(s, case, row, now)
                row.sent_at = now
                row.status = status.value  # sent before she waits for a bed (the server checks)
                self._wait_for_a_bed(s, case, row)
            elif answered:
                row.responded_at = now
                row.answer_contact = answer_contact
                row.agency_reference = agency_reference
            else:
                row.closed_at = now
            row.status = status.value
            if feedback.strip():
                row.feedback = feedback
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                self.section,
                record_ref=case.reference,
                detail=f"referral {row.id} {status.value}",
            )
            return _state(row)

    def _wait_for_a_bed(self, s: Session, case: Case, row: Referral) -> None:
        """A referral sent to a shelter puts her on the waiting list (once)."""
        agency = s.get(Agency, row.agency_id) if row.agency_id is not None else None
        if agency is None or Sector(agency.sector) is not Sector.SHELTER_HOUSING:
            return
        # What she needs is shelter text, sealed under the shelter key: written by a referrer
        # who holds it; otherwise left for the shelter officer (services.sealedcolumns).
        holds = self._session.section_keys.holds(Section.SHELTER)
        needs = f"{row.service} ({row.agency})" if holds else ""
        if s.get_bind().dialect.name == "postgresql" and not self._session.allowed(
            Section.SHELTER, Action.WRITE
        ):
            entry_id = self._wait_on_server(s, row, needs)
        else:
            entry_id = self._wait_in_vault(s, case, needs)
        if entry_id is None:
            return
        self._session.audit(
            s,
            AuditAction.RECORD_WRITE,
            Section.SHELTER,
            record_ref=case.reference,
            detail=f"waiting list entry {entry_id} from referral {row.id}",
        )

    def _wait_in_vault(self, s: Session, case: Case, needs: str) -> int | None:
        """The waiting list's new entry (its id), or None when she is on it already."""
        waiting = s.scalar(
            select(WaitingEntry.id).where(
                WaitingEntry.case_id == case.id, WaitingEntry.removed_at.is_(None)
            )
        )
        if waiting is not None:
            return None
        entry = WaitingEntry(
            case_id=case.id,
            children_count=0,
            needs=needs,
            added_at=utcnow(),
            added_by=self._session.actor.username,
            outcome="",
        )
        s.add(entry)
        s.flush()
        return int(entry.id)

    def _wait_on_server(self, s: Session, row: Referral, needs: str) -> int | None:
        """On a centre server a referrer who does not write the shelter section adds the entry
        through ``onestop_wait_for_a_bed`` (db/server.py), which checks the referral; the
        needs are sealed here, for the id drawn from the table's sequence, as the ORM would."""
        s.flush()  # the referral's new status, which the server checks
        table = WaitingEntry.__tablename__
        entry_id = int(
            s.execute(
                text("SELECT nextval(pg_get_serial_sequence(:t, 'id'))"), {"t": table}
            ).scalar_one()
        )
        key = self._session.section_keys.current(Section.SHELTER) if needs else None
        case = sealedcolumns.case_ref(s, row.case_id)  # the entry's case: the referral's
        sealed = (
            sealedcolumns.seal_value(key, table, "needs", entry_id, 0, needs, case) if key else ""
        )
        added = s.execute(
            text("SELECT onestop_wait_for_a_bed(:id, :referral, :needs, :version, :at)"),
            {
                "id": entry_id,
                "referral": row.id,
                "needs": sealed,
                "version": key.version if key else None,
                "at": UtcDateTime().process_bind_param(utcnow(), s.get_bind().dialect),
            },
        ).scalar_one()
        return entry_id if added else None

    @staticmethod
    def _consent_for(s: Session, case: Case, row: Referral, now: datetime) -> int:
        """Her consent in force to share with the referral's agency (its directory record when
        it was chosen from the directory), or :class:`ConsentRequired`."""
        agency = row.agency
        entry = consent_in_force(s, case.id, Purpose.SHARE_WITH_AGENCY, now, agency, row.agency_id)
        if entry is None or entry.decision is not Decision.GIVEN:
            raise ConsentRequired(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "She has not consented to sharing her information with {agency}. Record her "
                    "decision in the consent ledger first; the referral was not sent.",
                ).format(agency=agency)
            )
        return entry.seq


def _status_steps(row: Referral, earlier: Sequence[Version]) -> list[ReferralEvent]:
    """Each status the referral took, from its versions: version *k* holds the fields before
    the change its ``replaced_at``/``replaced_by`` say who made and when. An edit of the
    referral's details keeps no status (unchanged through it). A status with no version
    behind it (a referral from before the history was kept) is dated by its own timestamp,
    its recorder unknown."""
    current = {name: getattr(row, name) for name in _STATE_FIELDS}
    states = [dict(v.fields) for v in earlier] + [current]
    for i in range(len(states) - 2, -1, -1):  # an edit's version says nothing of the status
        states[i].setdefault("status", states[i + 1]["status"])
    steps: list[ReferralEvent] = []
    seen: set[ReferralStatus] = set()
    for before, after, version in zip(states, states[1:], earlier, strict=False):
        new = ReferralStatus(after["status"])
        if ReferralStatus(before["status"]) is new:
            continue
        at = _as_time(after.get(_WHEN[new])) if new in _WHEN else None
        steps.append(_step(new, at or version.replaced_at, version.replaced_by, after, version))
        seen.add(new)
    status = ReferralStatus(row.status)
    answer = (
        ReferralStatus.DECLINED if status is ReferralStatus.DECLINED else ReferralStatus.ACCEPTED
    )
    reached = [(ReferralStatus.SENT, row.sent_at), (answer, row.responded_at)]
    if status in (ReferralStatus.COMPLETED, ReferralStatus.CLOSED):
        reached.append((status, row.closed_at))
    for kind, at in reached:
        if at is not None and kind not in seen:
            steps.append(_step(kind, at, "", current, None))
    return steps


def _step(
    status: ReferralStatus, at: datetime, by: str, state: dict[str, Any], version: Version | None
) -> ReferralEvent:
    answered = status in (ReferralStatus.ACCEPTED, ReferralStatus.DECLINED)
    return ReferralEvent(
        STATUS,
        at,
        by,
        version.replaced_at if version is not None else None,
        status,
        str(state.get("answer_contact") or "") if answered else "",
        str(state.get("agency_reference") or "") if answered else "",
        str(state.get("feedback") or "") if status is not ReferralStatus.SENT else "",
    )


def _as_time(value: Any) -> datetime | None:
    """A timestamp as a version's fields keep it (ISO text) or the row holds it."""
    if value is None or isinstance(value, datetime):
        return value
    found = datetime.fromisoformat(str(value))
    return found if found.tzinfo is not None else found.replace(tzinfo=UTC)


_STATE_FIELDS = (
    "status",
    "sent_at",
    "responded_at",
    "closed_at",
    "feedback",
    "answer_contact",
    "agency_reference",
)


def _state(row: Referral) -> ReferralState:
    return ReferralState(
        ReferralStatus(row.status),
        row.consent_entry_id,
        row.sent_at,
        row.responded_at,
        row.closed_at,
        row.feedback,
        row.answer_contact or "",
        row.agency_reference or "",
        row.created_at,
    )


def _cannot_become(current: ReferralStatus) -> str:
    """Why a referral in ``current`` cannot take the status asked for, by their labels."""
    if not NEXT[current]:
        return QT_TRANSLATE_NOOP(
            "Messages", "This referral's status is {status}; it cannot change any more."
        ).format(status=label(current))
    allowed = Phrase.joined([label(x) for x in sorted(NEXT[current])], ", ")
    return QT_TRANSLATE_NOOP(
        "Messages", "This referral's status is {status}; it can now become: {allowed}."
    ).format(status=label(current), allowed=allowed)
