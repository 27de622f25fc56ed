"""Health encounters and what hangs off them: injuries, treatments, follow-ups."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, Created, UtcDateTime, Versioned


class HealthEncounter(Created, Versioned, Base):
    __tablename__ = "health_encounters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    # Indexed: the clinician's home finds the treatments given for an incident (0040).
    incident_id: Mapped[int | None] = mapped_column(
        ForeignKey("incidents.id", ondelete="SET NULL"), nullable=True, index=True
    )
    seen_at: Mapped[datetime] = mapped_column(UtcDateTime)
    history: Mapped[str] = mapped_column(Text)
    examination: Mapped[str] = mapped_column(Text)
    # Entered in error (on the wrong survivor, a duplicate): kept with its history, counted
    # nowhere (migration 0035); the reason is sealed like the encounter's other text.
    entered_in_error: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    error_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The health key's version its text is sealed with (services.sealedcolumns); NULL: not
    # sealed yet (a vault from before migration 0030).
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)


class InjuryRow(Base):
    __tablename__ = "injuries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    encounter_id: Mapped[int] = mapped_column(
        ForeignKey("health_encounters.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(100))
    size: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text)
    side: Mapped[str] = mapped_column(String(8))
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)


class TreatmentRow(Base):
    __tablename__ = "treatments"
    __table_args__ = (Index("ix_treatments_kind_given_at", "kind", "given_at", "encounter_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    encounter_id: Mapped[int] = mapped_column(
        ForeignKey("health_encounters.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    given_at: Mapped[datetime] = mapped_column(UtcDateTime)
    notes: Mapped[str] = mapped_column(Text)
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)


class FollowUpRow(Base):
    __tablename__ = "follow_ups"
    __table_args__ = (Index("ix_follow_ups_due_at", "due_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    encounter_id: Mapped[int] = mapped_column(
        ForeignKey("health_encounters.id", ondelete="CASCADE"), index=True
    )
    due_at: Mapped[datetime] = mapped_column(UtcDateTime)
    purpose: Mapped[str] = mapped_column(Text)
    done: Mapped[bool] = mapped_column(Boolean)
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)


class DoseSummary(Base):
    """Each case's first dose and number of doses of PEP and of hepatitis B vaccine.

    Kept by triggers (migration 0018) on every change to treatments and encounters; never
    written by the application. The reminders read it instead of grouping the treatments.
    """

    __tablename__ = "dose_summaries"
    __table_args__ = (
        Index("ix_dose_summaries_schedule", "kind", "first_given_at", "doses"),
        # A caseworker's count of the schedule's follow-ups reads this index alone, each row's
        # case with it, then whether that case is hers in ix_cases_caseworker_id (0064).
        Index("ix_dose_summaries_schedule_case_id", "kind", "first_given_at", "doses", "case_id"),
    )

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    first_given_at: Mapped[datetime] = mapped_column(UtcDateTime)
    doses: Mapped[int] = mapped_column(Integer)
