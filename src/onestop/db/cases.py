"""A survivor's case: identity and safe contact, incidents, the consent ledger, and the history
of changes shared by every editable record."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, UtcDateTime


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'closed', 'reopened')", name="status"),
        # The case list's default order, newest first (bench/casefile.py measures it).
        Index("ix_cases_opened_at", "opened_at", "id"),
        # A caseworker's own cases in the same order (and the staff foreign key's index).
        Index("ix_cases_caseworker_opened_at", "caseworker", "opened_at", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    alias: Mapped[str] = mapped_column(String(200))
    date_of_birth: Mapped[date | None] = mapped_column(Date, nullable=True)
    estimated_age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sex: Mapped[str] = mapped_column(String(16))
    gender: Mapped[str] = mapped_column(String(100))
    languages: Mapped[str] = mapped_column(Text)  # JSON list
    disability: Mapped[str] = mapped_column(Text)
    children_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    children_notes: Mapped[str] = mapped_column(Text)
    safe_phone: Mapped[str] = mapped_column(String(40))
    safe_message_allowed: Mapped[bool] = mapped_column(Boolean)
    safe_code_word: Mapped[str] = mapped_column(String(100))
    safe_notes: Mapped[str] = mapped_column(Text)
    caseworker: Mapped[str | None] = mapped_column(
        String(32), ForeignKey("staff.username"), nullable=True
    )
    status: Mapped[str] = mapped_column(String(16))
    closed_reason: Mapped[str] = mapped_column(Text)
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer)


class ReferenceCounter(Base):
    """The last case number given in each year (case references never repeat)."""

    __tablename__ = "reference_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer)


class Incident(Base):
    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    precision: Mapped[str] = mapped_column(String(16))
    occurred_earliest: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    occurred_latest: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    place: Mapped[str] = mapped_column(Text)
    gbv_type: Mapped[str] = mapped_column(String(32))
    context: Mapped[str] = mapped_column(String(32))
    perpetrator_relationship: Mapped[str] = mapped_column(String(100))
    perpetrator_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reported_to_police: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    description: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer)


CONSENT_APPEND_ONLY_TRIGGERS = (
    """
    CREATE TRIGGER consent_entries_no_update BEFORE UPDATE ON consent_entries
    BEGIN SELECT RAISE(ABORT, 'the consent ledger is append-only'); END
    """,
    """
    CREATE TRIGGER consent_entries_no_delete BEFORE DELETE ON consent_entries
    WHEN (SELECT count(*) FROM cases WHERE id = OLD.case_id) > 0
    BEGIN SELECT RAISE(ABORT, 'the consent ledger is append-only'); END
    """,
)


class ConsentRecord(Base):
    """One entry of the consent ledger (append-only: triggers refuse UPDATE and DELETE, except
    when the whole case is purged)."""

    __tablename__ = "consent_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(32))
    agency: Mapped[str] = mapped_column(String(200))
    decision: Mapped[str] = mapped_column(String(16))
    given_by: Mapped[str] = mapped_column(String(16))
    guardian_name: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_by: Mapped[str] = mapped_column(String(32))


class RecordVersion(Base):
    """An earlier version of an editable record, kept when it is changed."""

    __tablename__ = "record_history"
    __table_args__ = (Index("ix_record_history_record", "record_type", "record_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_type: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    changed_by: Mapped[str] = mapped_column(String(32))
    snapshot: Mapped[str] = mapped_column(Text)  # JSON of the fields as they were


class Perpetrator(Base):
    """A known perpetrator: one record however many survivors' incidents he is linked to."""

    __tablename__ = "perpetrators"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True)  # folded, for matching
    description: Mapped[str] = mapped_column(Text)
    known_addresses: Mapped[str] = mapped_column(Text)
    weapons: Mapped[str] = mapped_column(Text)
    conditions: Mapped[str] = mapped_column(Text)  # bail or order conditions
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer)


class IncidentPerpetrator(Base):
    __tablename__ = "incident_perpetrators"
    __table_args__ = (Index("ix_incident_perpetrators_perpetrator_id", "perpetrator_id"),)

    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True
    )
    perpetrator_id: Mapped[int] = mapped_column(
        ForeignKey("perpetrators.id", ondelete="CASCADE"), primary_key=True
    )
    relationship: Mapped[str] = mapped_column(String(100))  # to this survivor
