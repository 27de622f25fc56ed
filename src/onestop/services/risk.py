"""Risk assessments with a checklist from ``resources/instruments/`` (or a centre's own file in
the vault's ``instruments/`` folder), professional judgement, the trend, and the safety plan.

The ``risk`` section: caseworkers and counsellors write; the other case roles and the manager
read. An assessment that meets a case-conference criterion refers the case in the same
transaction (``services.conferences.refer_if_due``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from onestop import paths
from onestop.db.base import utcnow
from onestop.db.cases import Case
from onestop.db.risk import RiskAssessment, SafetyPlan
from onestop.domain.audit import AuditAction
from onestop.domain.risk import (
    DEFAULT_INSTRUMENT,
    Answer,
    Criterion,
    Instrument,
    InstrumentError,
    RiskLevel,
    TrendPoint,
    load_instruments,
    score,
    validate_assessment,
)
from onestop.domain.roles import Action, Section
from onestop.domain.validation import Problems
from onestop.errors import NotFound, ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.conferences import refer_if_due
from onestop.services.records import CaseRecords, find_case
from onestop.services.session import VaultSession
from onestop.services.validation import text_limits


@dataclass(frozen=True)
class Assessment:
    id: int
    case_reference: str
    instrument_key: str
    answers: Mapping[str, Answer]
    score: int
    level: RiskLevel
    final_level: RiskLevel
    judgement_reason: str
    assessed_at: datetime
    assessed_by: str
    referred_for: tuple[Criterion, ...] = ()  # criteria this assessment referred it for

    @property
    def raised_by_judgement(self) -> bool:
        return self.final_level is not self.level

    def trend_point(self) -> TrendPoint:
        return TrendPoint(self.assessed_at, self.score, self.final_level, self.instrument_key)


def _assessment(row: RiskAssessment, reference: str) -> Assessment:
    return Assessment(
        row.id,
        reference,
        f"{row.instrument_id}@{row.instrument_version}",
        {k: Answer(v) for k, v in json.loads(row.answers).items()},
        row.score,
        RiskLevel(row.level),
        RiskLevel(row.final_level),
        row.judgement_reason,
        row.assessed_at,
        row.assessed_by,
    )


class RiskService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def instruments(self) -> dict[str, Instrument]:
        """The checklists available: the shipped ones and the centre's own (a broken file
        raises InstrumentError naming it)."""
        shipped = paths.resources() / "instruments"
        return load_instruments([shipped, self._session.folder.instruments], shipped)

    def default_instrument(self) -> Instrument:
        found = self.instruments()
        mine = sorted(
            (i for i in found.values() if i.id == DEFAULT_INSTRUMENT),
            key=lambda i: [int(p) for p in i.version.split(".")],
        )
        if not mine:
            raise InstrumentError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The default risk checklist {DEFAULT_INSTRUMENT} is missing."
                ).format(DEFAULT_INSTRUMENT=DEFAULT_INSTRUMENT)
            )
        return mine[-1]

    def instrument(self, key: str) -> Instrument:
        found = self.instruments()
        if key not in found:
            raise NotFound(
                QT_TRANSLATE_NOOP("Messages", "OneStop does not know that risk checklist.")
            )
        return found[key]

    def assess(
        self,
        reference: str,
        instrument: Instrument,
        answers: Mapping[str, Answer],
        *,
        judgement: RiskLevel | None = None,
        judgement_reason: str = "",
        now: datetime | None = None,
    ) -> Assessment:
        problems = validate_assessment(instrument, answers, judgement, judgement_reason)
        problems.update(text_limits(RiskAssessment, {"judgement_reason": judgement_reason}))
        if problems:
            raise ValidationFailed.of(problems)
        scored = score(instrument, answers, judgement)
        session = self._session
        at = now or utcnow()
        with session.unit_of_work(Section.RISK, Action.WRITE, record_ref=reference) as s:
            case = find_case(s, reference)
            row = RiskAssessment(
                case_id=case.id,
                instrument_id=instrument.id,
                instrument_version=instrument.version,
                answers=json.dumps({k: v.value for k, v in answers.items()}),
                score=scored.score,
                level=scored.level.value,
                final_level=scored.final_level.value,
                judgement_reason=judgement_reason if scored.final_level is not scored.level else "",
                assessed_at=at,
                assessed_by=session.actor.username,
            )
            s.add(row)
            s.flush()
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.RISK,
                record_ref=case.reference,
                detail=f"risk assessment {row.id}",
            )
            referral = refer_if_due(s, session, case, scored, at)
            found = _assessment(row, case.reference)
            if referral is not None:
                criteria = tuple(Criterion(c) for c in json.loads(referral.criteria))
                found = replace(found, referred_for=criteria)
            return found

    def assessments(self, reference: str) -> tuple[Assessment, ...]:
        """Every assessment of the case, oldest first (the trend)."""
        session = self._session
        with session.unit_of_work(Section.RISK, Action.READ, record_ref=reference) as s:
            case = find_case(s, reference)
            rows = s.scalars(
                select(RiskAssessment)
                .where(RiskAssessment.case_id == case.id)
                .order_by(RiskAssessment.assessed_at, RiskAssessment.id)
            ).all()
            session.audit(
                s, AuditAction.RECORD_READ, Section.RISK, record_ref=case.reference, detail="risk"
            )
            return tuple(_assessment(r, case.reference) for r in rows)


@dataclass(frozen=True)
class SafetyPlanDetails:
    safe_places: str = ""
    trusted_contacts: str = ""
    code_word: str = ""
    emergency_bag: str = ""
    children: str = ""
    technology: str = ""
    routes: str = ""
    notes: str = ""


SAFETY_PLAN_HEADINGS: dict[str, str] = {
    "safe_places": "Safe places to go",
    "trusted_contacts": "People she trusts and how to reach them",
    "code_word": "Code word",
    "emergency_bag": "Emergency bag (documents, money, keys, medicines)",
    "children": "Children",
    "technology": "Phone and online safety",
    "routes": "Routes and escape plan",
    "notes": "Other notes",
}


class SafetyPlanService(CaseRecords[SafetyPlanDetails]):
    """The safety plan: one record per case, edited with its history (every version kept)."""

    model = SafetyPlan
    section = Section.RISK
    record_type = "safety_plan"
    label = "safety plan"

    def validate(self, s: Session, case: Case, details: SafetyPlanDetails) -> Problems:
        problems: Problems = {}
        if not any(str(v).strip() for v in details.__dict__.values()):
            problems["safe_places"] = QT_TRANSLATE_NOOP(
                "Messages", "A safety plan needs at least one part filled in."
            )
        if "\n" in details.code_word:
            problems["code_word"] = QT_TRANSLATE_NOOP("Messages", "The code word is one line.")
        return problems

    def to_details(self, row: Any) -> SafetyPlanDetails:
        return SafetyPlanDetails(**{name: getattr(row, name) for name in SAFETY_PLAN_HEADINGS})

    def record(self, reference: str, details: SafetyPlanDetails) -> Any:
        with self._session.unit_of_work(self.section, Action.WRITE, record_ref=reference) as s:
            case = find_case(s, reference)
            if s.scalar(select(SafetyPlan.id).where(SafetyPlan.case_id == case.id)) is not None:
                raise ValidationFailed.of(
                    {
                        "safe_places": QT_TRANSLATE_NOOP(
                            "Messages",
                            "This case has a safety plan: edit it (its history is kept).",
                        )
                    }
                )
        return super().record(reference, details)
