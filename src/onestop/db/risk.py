"""Risk assessments and safety plans."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, CaseRecordColumns, UtcDateTime


class RiskAssessment(Base):
    """One completed checklist (never edited: a new assessment is a new row, so the trend
    stays)."""

    __tablename__ = "risk_assessments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    instrument_id: Mapped[str] = mapped_column(String(64))
    instrument_version: Mapped[str] = mapped_column(String(16))
    answers: Mapped[str] = mapped_column(Text)  # JSON {question id: answer}
    score: Mapped[int] = mapped_column(Integer)
    level: Mapped[str] = mapped_column(String(16))  # from the score
    final_level: Mapped[str] = mapped_column(String(16))  # after professional judgement
    judgement_reason: Mapped[str] = mapped_column(Text)
    assessed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    assessed_by: Mapped[str] = mapped_column(String(32))
    # The risk key's version its answers and reason are sealed with (services.sealedcolumns);
    # NULL: not sealed yet (a vault from before migration 0043).
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)


class SafetyPlan(CaseRecordColumns, Base):
    __tablename__ = "safety_plans"

    safe_places: Mapped[str] = mapped_column(Text)
    trusted_contacts: Mapped[str] = mapped_column(Text)
    code_word: Mapped[str] = mapped_column(String(100))
    emergency_bag: Mapped[str] = mapped_column(Text)
    children: Mapped[str] = mapped_column(Text)
    technology: Mapped[str] = mapped_column(Text)
    routes: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text)
    # As RiskAssessment.key_version.
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
