"""Referrals to partner agencies."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, CaseRecordColumns, UtcDateTime


class Referral(CaseRecordColumns, Base):
    __tablename__ = "referrals"
    __table_args__ = (
        Index("ix_referrals_status_sent_at", "status", "sent_at"),
        # The walk of the referrals overdue for an answer reads this index alone (0061).
        Index(
            "ix_referrals_awaiting", "status", "responded_at", "sent_at", "created_by", "case_id"
        ),
    )

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
    # From the agency's reply slip: who to contact there, and its own reference.
    answer_contact: Mapped[str] = mapped_column(String(200), default="", server_default="")
    agency_reference: Mapped[str] = mapped_column(String(100), default="", server_default="")
    # The referrals key's version its text is sealed with (services.sealedcolumns); NULL: not
    # sealed yet (a vault from before migration 0039).
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
