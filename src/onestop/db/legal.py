"""The legal side of a case: matters, hearings, protection orders."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, CaseRecordColumns, UtcDateTime


class LegalMatter(CaseRecordColumns, Base):
    __tablename__ = "legal_matters"

    police_reference: Mapped[str] = mapped_column(String(100))
    court: Mapped[str] = mapped_column(String(200))
    court_case_number: Mapped[str] = mapped_column(String(100))
    notes: Mapped[str] = mapped_column(Text)
    # The court bundle's cover: the judge and the parties.
    judge: Mapped[str] = mapped_column(String(200), default="", server_default="")
    applicant: Mapped[str] = mapped_column(String(200), default="", server_default="")
    respondent: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # The legal key's version its text is sealed with (services.sealedcolumns); NULL: not
    # sealed yet (a vault from before migration 0037).
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Hearing(CaseRecordColumns, Base):
    __tablename__ = "hearings"
    __table_args__ = (
        Index("ix_hearings_held_at", "held_at"),
        # The walk of the hearings due reads this index alone, each hearing's case with it:
        # whether the case is hers is then one look-up in ix_cases_caseworker_id (0064).
        Index("ix_hearings_held_at_case_id", "held_at", "case_id"),
    )

    held_at: Mapped[datetime] = mapped_column(UtcDateTime)
    court: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(Text)
    # The legal key's version its text is sealed with (services.sealedcolumns); NULL: not
    # sealed yet (a vault from before migration 0037).
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)


class ProtectionOrder(CaseRecordColumns, Base):
    __tablename__ = "protection_orders"
    __table_args__ = (Index("ix_protection_orders_expires_on", "expires_on"),)

    order_type: Mapped[str] = mapped_column(String(100))
    issued_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    conditions: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean)
    # The legal key's version its text is sealed with (services.sealedcolumns); NULL: not
    # sealed yet (a vault from before migration 0037).
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
