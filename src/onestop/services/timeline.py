"""The timeline of a file: every dated event, in order, showing only what the viewer may read.

A caseworker's timeline has no counselling sessions in it; a counsellor's has no health or
forensic events. Each line says what happened, not the record's content (that is one click
away, in its own section, where reading it is audited as such).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from onestop.db.cases import Case
from onestop.db.consent import ConsentRecord
from onestop.db.counselling import CounsellingSession
from onestop.db.forensic import CustodyEvent, ForensicExam, Specimen
from onestop.db.health import HealthEncounter, TreatmentRow
from onestop.db.incidents import Incident
from onestop.db.legal import Hearing, LegalMatter, ProtectionOrder
from onestop.db.referrals import Referral
from onestop.db.sharings import SharingNotice
from onestop.db.shelter import ShelterStay
from onestop.db.tasks import Task
from onestop.domain.audit import AuditAction
from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.consent import Decision, Purpose, Told
from onestop.domain.counselling import SessionType
from onestop.domain.forensic import SpecimenType
from onestop.domain.health import TreatmentKind
from onestop.domain.referrals import ReferralStatus
from onestop.domain.roles import Action, Section
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.exports import DOCUMENT_NAMES
from onestop.services.labels import label
from onestop.services.records import case_rows, find_case
from onestop.services.sealedcolumns import coded_only
from onestop.services.session import VaultSession
from onestop.services.settings import centre_zone


@dataclass(frozen=True)
class TimelineEvent:
    at: datetime
    section: Section
    kind: str  # e.g. "incident", "treatment", "hearing"
    summary: str
    record_id: int


def _day(d: date) -> datetime:
    return datetime.combine(d, time(0, 0), tzinfo=UTC)


Collector = Callable[[Session, Case], Iterable[TimelineEvent]]


def _rows(s: Session, model: Any, case: Case) -> Iterable[Any]:
    # In a whole file's batch, the rows its sections just read (services.records).
    return case_rows(s, model, case)


def _identity(s: Session, case: Case) -> Iterable[TimelineEvent]:
    if case.imported:
        # Her file began in the centre's earlier register: the import is its first entry in
        # OneStop, and "Case opened" only when the register said when.
        yield TimelineEvent(
            case.created_at,
            Section.IDENTITY,
            "imported",
            QT_TRANSLATE_NOOP("Timeline", "Imported from a register"),
            case.id,
        )
    if case.opening_known:
        yield TimelineEvent(
            case.opened_at,
            Section.IDENTITY,
            "opened",
            QT_TRANSLATE_NOOP("Timeline", "Case opened in the earlier register")
            if case.imported
            else QT_TRANSLATE_NOOP("Timeline", "Case opened"),
            case.id,
        )
    if case.closed_at is not None:
        yield TimelineEvent(
            case.closed_at,
            Section.IDENTITY,
            "closed",
            QT_TRANSLATE_NOOP("Timeline", "Case closed"),
            case.id,
        )


def _incidents(s: Session, case: Case) -> Iterable[TimelineEvent]:
    for r in _rows(s, Incident, case):
        if r.occurred_earliest is not None:
            yield TimelineEvent(
                r.occurred_earliest,
                Section.INCIDENTS,
                "incident",
                (
                    QT_TRANSLATE_NOOP("Timeline", "Incident entered in error: {type} ({context})")
                    if r.entered_in_error
                    else QT_TRANSLATE_NOOP("Timeline", "Incident: {type} ({context})")
                ).format(
                    type=label(GbvType(r.gbv_type)), context=label(IncidentContext(r.context))
                ),
                r.id,
            )


def _consent(s: Session, case: Case) -> Iterable[TimelineEvent]:
    for r in _rows(s, ConsentRecord, case):
        sentence = {
            Decision.GIVEN: QT_TRANSLATE_NOOP("Timeline", "Consent given: {purpose}"),
            Decision.REFUSED: QT_TRANSLATE_NOOP("Timeline", "Consent refused: {purpose}"),
            Decision.WITHDRAWN: QT_TRANSLATE_NOOP("Timeline", "Consent withdrawn: {purpose}"),
        }[Decision(r.decision)]
        yield TimelineEvent(
            r.decided_at,
            Section.CONSENT,
            "consent",
            sentence.format(purpose=label(Purpose(r.purpose))),
            r.id,
        )


def _sharings(s: Session, case: Case) -> Iterable[TimelineEvent]:
    """Each document about her shared without her consent, and each later answer that she
    was told of it: what happened, from coded columns (who will tell her, why not, the
    agencies and the reason are on the consent tab)."""
    names = {re.sub(r"[^a-z0-9]+", "_", n.lower()): n for n in DOCUMENT_NAMES.values()}
    # Days as dates, written by the screen as it writes every date; a moment's day is the
    # centre's (issue 23).
    zone = centre_zone(s)
    first: dict[int, SharingNotice] = {}
    for r in s.scalars(
        select(SharingNotice)
        .options(*coded_only(SharingNotice))
        .where(SharingNotice.case_id == case.id)
        .order_by(SharingNotice.id)
    ):
        document = names.get(r.document, r.document)
        if r.follows is None:
            first[r.id] = r
            yield TimelineEvent(
                r.recorded_at,
                Section.CONSENT,
                "shared_without_consent",
                (
                    QT_TRANSLATE_NOOP(
                        "Timeline",
                        "Shared without her consent: {document} (case conference of {day})",
                    ).format(document=document, day=r.meeting_on)
                    if r.meeting_on is not None
                    else QT_TRANSLATE_NOOP(
                        "Timeline", "Shared without her consent: {document}"
                    ).format(document=document)
                ),
                r.id,
            )
        elif r.told == Told.TOLD.value and r.told_on is not None:
            shared = first.get(r.follows)
            yield TimelineEvent(
                r.recorded_at,
                Section.CONSENT,
                "told_of_sharing",
                QT_TRANSLATE_NOOP(
                    "Timeline", "Told on {day} that the {document} of {shared} was shared"
                ).format(
                    day=r.told_on,
                    document=document,
                    shared=shared.recorded_at.astimezone(zone).date() if shared else "",
                ),
                r.id,
            )


def _health(s: Session, case: Case) -> Iterable[TimelineEvent]:
    # Coded columns only (no sealed text opened), and her treatments in one query: a long
    # file has hundreds of encounters.
    # In a whole file's batch, as her health section read them (only these columns used).
    encounters = case_rows(
        s,
        HealthEncounter,
        case,
        select(HealthEncounter)
        .options(*coded_only(HealthEncounter))
        .where(HealthEncounter.case_id == case.id),
    )
    given: dict[int, list[Any]] = {}
    for t in case_rows(
        s,
        TreatmentRow,
        case,
        select(TreatmentRow)
        .options(*coded_only(TreatmentRow))
        .join(HealthEncounter, HealthEncounter.id == TreatmentRow.encounter_id)
        .where(HealthEncounter.case_id == case.id)
        .order_by(TreatmentRow.id),
    ):
        given.setdefault(t.encounter_id, []).append(t)
    for r in encounters:
        yield TimelineEvent(
            r.seen_at,
            Section.HEALTH,
            "encounter",
            QT_TRANSLATE_NOOP("Timeline", "Health encounter entered in error")
            if r.entered_in_error
            else QT_TRANSLATE_NOOP("Timeline", "Health encounter"),
            r.id,
        )
        for t in given.get(r.id, ()):
            kind = label(TreatmentKind(t.kind))
            yield TimelineEvent(
                t.given_at,
                Section.HEALTH,
                "treatment",
                # Recorded on the wrong survivor: not a dose she was given.
                QT_TRANSLATE_NOOP("Timeline", "{treatment} (encounter entered in error)").format(
                    treatment=kind
                )
                if r.entered_in_error
                else kind,
                t.id,
            )


def _forensic(s: Session, case: Case) -> Iterable[TimelineEvent]:
    # Her specimens and hand-overs in one query each (or as her forensic section read them).
    exams = list(_rows(s, ForensicExam, case))
    specimens: dict[int, list[Specimen]] = {}
    custody: dict[int, list[CustodyEvent]] = {}
    if exams:
        for sp in case_rows(s, Specimen, case, _specimens_of(case)):
            specimens.setdefault(sp.exam_id, []).append(sp)
    if specimens:
        for ev in case_rows(s, CustodyEvent, case, _custody_of(case)):
            custody.setdefault(ev.specimen_id, []).append(ev)
    for exam in exams:
        yield TimelineEvent(
            exam.started_at,
            Section.FORENSIC,
            "forensic_exam",
            QT_TRANSLATE_NOOP("Timeline", "Forensic examination"),
            exam.id,
        )
        for sp in specimens.get(exam.id, ()):
            yield TimelineEvent(
                sp.collected_at,
                Section.FORENSIC,
                "specimen",
                QT_TRANSLATE_NOOP("Timeline", "Specimen collected: {specimen}").format(
                    specimen=label(SpecimenType(sp.specimen_type))
                ),
                sp.id,
            )
            for ev in custody.get(sp.id, ()):
                yield TimelineEvent(
                    ev.at,
                    Section.FORENSIC,
                    "custody",
                    QT_TRANSLATE_NOOP("Timeline", "Specimen handed to {organisation}").format(
                        organisation=ev.organisation
                    ),
                    ev.id,
                )


def _specimens_of(case: Case) -> Select[Any]:
    return (
        select(Specimen)
        .join(ForensicExam, ForensicExam.id == Specimen.exam_id)
        .where(ForensicExam.case_id == case.id)
    )


def _custody_of(case: Case) -> Select[Any]:
    return (
        select(CustodyEvent)
        .join(Specimen, Specimen.id == CustodyEvent.specimen_id)
        .join(ForensicExam, ForensicExam.id == Specimen.exam_id)
        .where(ForensicExam.case_id == case.id)
    )


def _counselling(s: Session, case: Case) -> Iterable[TimelineEvent]:
    for r in _rows(s, CounsellingSession, case):
        yield TimelineEvent(
            r.held_at,
            Section.COUNSELLING,
            "counselling",
            QT_TRANSLATE_NOOP("Timeline", "Counselling session ({type})").format(
                type=label(SessionType(r.session_type))
            ),
            r.id,
        )


def _legal(s: Session, case: Case) -> Iterable[TimelineEvent]:
    for r in _rows(s, LegalMatter, case):
        yield TimelineEvent(
            r.created_at,
            Section.LEGAL,
            "legal_matter",
            QT_TRANSLATE_NOOP("Timeline", "Legal matter opened"),
            r.id,
        )
    for h in _rows(s, Hearing, case):
        yield TimelineEvent(
            h.held_at,
            Section.LEGAL,
            "hearing",
            QT_TRANSLATE_NOOP("Timeline", "Hearing at {court}").format(court=h.court),
            h.id,
        )
    for o in _rows(s, ProtectionOrder, case):
        yield TimelineEvent(
            _day(o.issued_on),
            Section.LEGAL,
            "order",
            QT_TRANSLATE_NOOP("Timeline", "Order issued: {order}").format(order=o.order_type),
            o.id,
        )
        if o.expires_on is not None:
            yield TimelineEvent(
                _day(o.expires_on),
                Section.LEGAL,
                "order_expiry",
                QT_TRANSLATE_NOOP("Timeline", "Order expires: {order}").format(order=o.order_type),
                o.id,
            )


def _shelter(s: Session, case: Case) -> Iterable[TimelineEvent]:
    for r in _rows(s, ShelterStay, case):
        yield TimelineEvent(
            r.admitted_at,
            Section.SHELTER,
            "admission",
            QT_TRANSLATE_NOOP("Timeline", "Admitted to shelter"),
            r.id,
        )
        if r.exited_at is not None:
            yield TimelineEvent(
                r.exited_at,
                Section.SHELTER,
                "exit",
                QT_TRANSLATE_NOOP("Timeline", "Left the shelter"),
                r.id,
            )


def _referrals(s: Session, case: Case) -> Iterable[TimelineEvent]:
    for r in _rows(s, Referral, case):
        if r.sent_at is not None:
            yield TimelineEvent(
                r.sent_at,
                Section.REFERRALS,
                "referral",
                QT_TRANSLATE_NOOP("Timeline", "Referred to {agency}").format(agency=r.agency),
                r.id,
            )
        if r.responded_at is not None:
            yield TimelineEvent(
                r.responded_at,
                Section.REFERRALS,
                "referral_response",
                QT_TRANSLATE_NOOP("Timeline", "Referral answered by {agency}: {status}").format(
                    agency=r.agency, status=label(ReferralStatus(r.status))
                ),
                r.id,
            )


def _tasks(s: Session, case: Case) -> Iterable[TimelineEvent]:
    for r in _rows(s, Task, case):
        yield TimelineEvent(
            r.due_at,
            Section.TASKS,
            "task",
            (
                QT_TRANSLATE_NOOP("Timeline", "Done: {title}")
                if r.done
                else QT_TRANSLATE_NOOP("Timeline", "Due: {title}")
            ).format(title=r.title),
            r.id,
        )


COLLECTORS: dict[Section, Collector] = {
    Section.IDENTITY: _identity,
    Section.INCIDENTS: _incidents,
    Section.CONSENT: lambda s, case: [*_consent(s, case), *_sharings(s, case)],
    Section.HEALTH: _health,
    Section.FORENSIC: _forensic,
    Section.COUNSELLING: _counselling,
    Section.LEGAL: _legal,
    Section.SHELTER: _shelter,
    Section.REFERRALS: _referrals,
    Section.TASKS: _tasks,
}


class TimelineService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def of_case(self, reference: str) -> tuple[TimelineEvent, ...]:
        session = self._session
        readable = [sec for sec in COLLECTORS if session.allowed(sec, Action.READ)]
        with session.unit_of_work(Section.IDENTITY, Action.READ, record_ref=reference) as s:
            case = find_case(s, reference)
            events = [e for sec in readable for e in COLLECTORS[sec](s, case)]
            session.audit(
                s,
                AuditAction.RECORD_READ,
                Section.IDENTITY,
                record_ref=case.reference,
                detail="timeline: " + ",".join(sec.value for sec in readable),
            )
        return tuple(sorted(events, key=lambda e: (e.at, e.section.value, e.record_id)))
