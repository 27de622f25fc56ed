"""Coordinated work: risk assessments, safety plans, case conferences and their actions, the
directory of partner agencies, the shelter's rooms, beds and waiting list."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, UtcDateTime
from onestop.db.legal import CaseRecordColumns


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


class Conference(Base):
    """A case-conference meeting."""

    __tablename__ = "conferences"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    agencies: Mapped[str] = mapped_column(Text)  # JSON list of attending agencies
    status: Mapped[str] = mapped_column(String(16))  # planned, held
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(32))
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    closed_by: Mapped[str | None] = mapped_column(String(32), nullable=True)


class ConferenceReferral(Base):
    """A case referred to the conference, until a meeting hears it."""

    __tablename__ = "conference_referrals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    criteria: Mapped[str] = mapped_column(Text)  # JSON list of domain.risk.Criterion values
    referred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    referred_by: Mapped[str] = mapped_column(String(32))
    heard_at: Mapped[int | None] = mapped_column(
        ForeignKey("conferences.id"), nullable=True, index=True
    )


class ConferenceAction(Base):
    """An action of a case's risk-management plan, agreed at a meeting."""

    __tablename__ = "conference_actions"
    __table_args__ = (Index("ix_conference_actions_status", "status", "due_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conferences.id"), index=True)
    agency: Mapped[str] = mapped_column(String(200))
    owner: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(24))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer)


class ActionReview(Base):
    """The minutes' line for one action carried into a meeting: what became of it."""

    __tablename__ = "conference_action_reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action_id: Mapped[int] = mapped_column(
        ForeignKey("conference_actions.id", ondelete="CASCADE"), index=True
    )
    conference_id: Mapped[int] = mapped_column(ForeignKey("conferences.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(24))
    reason: Mapped[str] = mapped_column(Text)
    reviewed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    reviewed_by: Mapped[str] = mapped_column(String(32))


class Agency(Base):
    """A partner agency of the referral network."""

    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    sector: Mapped[str] = mapped_column(String(32))
    services: Mapped[str] = mapped_column(Text)
    contacts: Mapped[str] = mapped_column(Text)
    hours: Mapped[str] = mapped_column(String(200))
    languages: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer)


class ShelterRoom(Base):
    __tablename__ = "shelter_rooms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    active: Mapped[bool] = mapped_column(Boolean)


class ShelterBed(Base):
    __tablename__ = "shelter_beds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("shelter_rooms.id"), index=True)
    label: Mapped[str] = mapped_column(String(50))
    active: Mapped[bool] = mapped_column(Boolean)


class WaitingEntry(Base):
    """A survivor waiting for a shelter place."""

    __tablename__ = "shelter_waiting"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    children_count: Mapped[int] = mapped_column(Integer)
    needs: Mapped[str] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)
    added_by: Mapped[str] = mapped_column(String(32))
    removed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    outcome: Mapped[str] = mapped_column(String(100))
