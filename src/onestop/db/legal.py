"""Counselling sessions and the legal side of a case: matters, hearings, protection orders.

Each is a record of a case with the same bookkeeping columns (services.records.CaseRecords).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from onestop.db.base import Base, UtcDateTime


class CaseRecordColumns:
    """The columns every versioned record of a case has."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)

    @declared_attr
    def case_id(cls) -> Mapped[int]:
        return mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)

    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer)


class CounsellingSession(CaseRecordColumns, Base):
    __tablename__ = "counselling_sessions"

    held_at: Mapped[datetime] = mapped_column(UtcDateTime)
    session_type: Mapped[str] = mapped_column(String(32))
    notes: Mapped[str] = mapped_column(Text)
    plan: Mapped[str] = mapped_column(Text)


class LegalMatter(CaseRecordColumns, Base):
    __tablename__ = "legal_matters"

    police_reference: Mapped[str] = mapped_column(String(100))
    court: Mapped[str] = mapped_column(String(200))
    court_case_number: Mapped[str] = mapped_column(String(100))
    notes: Mapped[str] = mapped_column(Text)


class Hearing(CaseRecordColumns, Base):
    __tablename__ = "hearings"
    __table_args__ = (Index("ix_hearings_held_at", "held_at"),)

    held_at: Mapped[datetime] = mapped_column(UtcDateTime)
    court: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(Text)


class ProtectionOrder(CaseRecordColumns, Base):
    __tablename__ = "protection_orders"
    __table_args__ = (Index("ix_protection_orders_expires_on", "expires_on"),)

    order_type: Mapped[str] = mapped_column(String(100))
    issued_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    conditions: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean)


class Referral(CaseRecordColumns, Base):
    __tablename__ = "referrals"
    __table_args__ = (Index("ix_referrals_status_sent_at", "status", "sent_at"),)

    agency: Mapped[str] = mapped_column(String(200))
    # The directory entry it was sent to (the name above is kept as it was at the time).
    agency_id: Mapped[int | None] = mapped_column(
        ForeignKey("agencies.id"), nullable=True, index=True
    )
    service: Mapped[str] = mapped_column(String(200))
    urgency: Mapped[str] = mapped_column(String(16))
    notes: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    consent_entry_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    responded_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    feedback: Mapped[str] = mapped_column(Text)


class ShelterStay(CaseRecordColumns, Base):
    __tablename__ = "shelter_stays"

    admitted_at: Mapped[datetime] = mapped_column(UtcDateTime)
    room: Mapped[str] = mapped_column(String(50))
    bed: Mapped[str] = mapped_column(String(50))
    # The board's bed, when the stay was admitted through it (room and bed above are its names).
    bed_id: Mapped[int | None] = mapped_column(
        ForeignKey("shelter_beds.id"), nullable=True, index=True
    )
    children_count: Mapped[int] = mapped_column(Integer)
    planned_exit: Mapped[date | None] = mapped_column(Date, nullable=True)
    exited_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    exit_destination: Mapped[str] = mapped_column(Text)


class Task(CaseRecordColumns, Base):
    __tablename__ = "tasks"

    title: Mapped[str] = mapped_column(String(200))
    due_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    assignee: Mapped[str | None] = mapped_column(
        String(32), ForeignKey("staff.username"), nullable=True, index=True
    )
    done: Mapped[bool] = mapped_column(Boolean)
