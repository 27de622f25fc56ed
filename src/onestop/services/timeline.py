"""The timeline of a file: every dated event, in order, showing only what the viewer may read.

A caseworker's timeline has no counselling sessions in it; a counsellor's has no health or
forensic events. Each line says what happened, not the record's content (that is one click
away, in its own section, where reading it is audited as such).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from onestop.db.cases import Case, ConsentRecord, Incident
from onestop.db.forensic import CustodyEvent, ForensicExam, Specimen
from onestop.db.health import HealthEncounter, TreatmentRow
from onestop.db.legal import (
    CounsellingSession,
    Hearing,
    LegalMatter,
    ProtectionOrder,
    Referral,
    ShelterStay,
    Task,
)
from onestop.domain.audit import AuditAction
from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.health import TreatmentKind
from onestop.domain.roles import Action, Section
from onestop.services.records import find_case
from onestop.services.session import VaultSession


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
    return s.scalars(select(model).where(model.case_id == case.id))


def _identity(s: Session, case: Case) -> Iterable[TimelineEvent]:
    yield TimelineEvent(case.opened_at, Section.IDENTITY, "opened", "Case opened", case.id)
    if case.closed_at is not None:
        yield TimelineEvent(case.closed_at, Section.IDENTITY, "closed", "Case closed", case.id)


def _incidents(s: Session, case: Case) -> Iterable[TimelineEvent]:
    for r in _rows(s, Incident, case):
        if r.occurred_earliest is not None:
            what = GbvType(r.gbv_type).label
            context = IncidentContext(r.context).value.replace("_", " ")
            yield TimelineEvent(
                r.occurred_earliest,
                Section.INCIDENTS,
                "incident",
                f"Incident: {what} ({context})",
                r.id,
            )


def _consent(s: Session, case: Case) -> Iterable[TimelineEvent]:
    for r in _rows(s, ConsentRecord, case):
        purpose = r.purpose.replace("_", " ")
        yield TimelineEvent(
            r.decided_at, Section.CONSENT, "consent", f"Consent {r.decision}: {purpose}", r.id
        )


def _health(s: Session, case: Case) -> Iterable[TimelineEvent]:
    for r in _rows(s, HealthEncounter, case):
        yield TimelineEvent(r.seen_at, Section.HEALTH, "encounter", "Health encounter", r.id)
        for t in s.scalars(select(TreatmentRow).where(TreatmentRow.encounter_id == r.id)):
            yield TimelineEvent(
                t.given_at, Section.HEALTH, "treatment", TreatmentKind(t.kind).label, t.id
            )


def _forensic(s: Session, case: Case) -> Iterable[TimelineEvent]:
    for exam in _rows(s, ForensicExam, case):
        yield TimelineEvent(
            exam.started_at, Section.FORENSIC, "forensic_exam", "Forensic examination", exam.id
        )
        for sp in s.scalars(select(Specimen).where(Specimen.exam_id == exam.id)):
            label = sp.specimen_type.replace("_", " ")
            yield TimelineEvent(
                sp.collected_at,
                Section.FORENSIC,
                "specimen",
                f"Specimen collected: {label}",
                sp.id,
            )
            for ev in s.scalars(select(CustodyEvent).where(CustodyEvent.specimen_id == sp.id)):
                yield TimelineEvent(
                    ev.at,
                    Section.FORENSIC,
                    "custody",
                    f"Specimen handed to {ev.organisation}",
                    ev.id,
                )


def _counselling(s: Session, case: Case) -> Iterable[TimelineEvent]:
    for r in _rows(s, CounsellingSession, case):
        yield TimelineEvent(
            r.held_at,
            Section.COUNSELLING,
            "counselling",
            f"Counselling session ({r.session_type})",
            r.id,
        )


def _legal(s: Session, case: Case) -> Iterable[TimelineEvent]:
    for r in _rows(s, LegalMatter, case):
        yield TimelineEvent(
            r.created_at, Section.LEGAL, "legal_matter", "Legal matter opened", r.id
        )
    for h in _rows(s, Hearing, case):
        yield TimelineEvent(h.held_at, Section.LEGAL, "hearing", f"Hearing at {h.court}", h.id)
    for o in _rows(s, ProtectionOrder, case):
        yield TimelineEvent(
            _day(o.issued_on), Section.LEGAL, "order", f"{o.order_type} order issued", o.id
        )
        if o.expires_on is not None:
            yield TimelineEvent(
                _day(o.expires_on),
                Section.LEGAL,
                "order_expiry",
                f"{o.order_type} order expires",
                o.id,
            )


def _shelter(s: Session, case: Case) -> Iterable[TimelineEvent]:
    for r in _rows(s, ShelterStay, case):
        yield TimelineEvent(
            r.admitted_at, Section.SHELTER, "admission", "Admitted to shelter", r.id
        )
        if r.exited_at is not None:
            yield TimelineEvent(r.exited_at, Section.SHELTER, "exit", "Left the shelter", r.id)


def _referrals(s: Session, case: Case) -> Iterable[TimelineEvent]:
    for r in _rows(s, Referral, case):
        if r.sent_at is not None:
            yield TimelineEvent(
                r.sent_at, Section.REFERRALS, "referral", f"Referred to {r.agency}", r.id
            )
        if r.responded_at is not None:
            yield TimelineEvent(
                r.responded_at,
                Section.REFERRALS,
                "referral_response",
                f"Referral {r.status} by {r.agency}",
                r.id,
            )


def _tasks(s: Session, case: Case) -> Iterable[TimelineEvent]:
    for r in _rows(s, Task, case):
        yield TimelineEvent(
            r.due_at, Section.TASKS, "task", f"{'Done' if r.done else 'Due'}: {r.title}", r.id
        )


COLLECTORS: dict[Section, Collector] = {
    Section.IDENTITY: _identity,
    Section.INCIDENTS: _incidents,
    Section.CONSENT: _consent,
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
