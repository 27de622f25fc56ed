"""A survivor's case: identity and safe contact, and the yearly reference counter."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ColumnElement,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    or_,
)
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, Created, UtcDateTime, Versioned


class Case(Created, Versioned, Base):
    __tablename__ = "cases"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'closed', 'reopened')", name="status"),
        # The case list's default order, newest first (bench/casefile.py measures it).
        Index("ix_cases_opened_at", "opened_at", "id"),
        # A caseworker's own cases in the same order (and the staff foreign key's index).
        Index("ix_cases_caseworker_opened_at", "caseworker", "opened_at", "id"),
        # Whether a record's case is hers, from this index alone rather than the case's row
        # (services.reminders._her_case: her reminders, migration 0064).
        Index("ix_cases_caseworker_id", "caseworker", "id"),
        # The manager's count of open cases reads this, not every row (migration 0040).
        Index("ix_cases_status", "status"),
        # Every case's version at sign-in, read from this index rather than every row, to
        # compare with the search index's snapshot (services.caseindex, migration 0051).
        Index("ix_cases_version", "version"),
        # And the cases opened since a day whose opening date is known (db.cases.opening_known).
        Index("ix_cases_opened_known", "opened_at", "imported", "created_at"),
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
    # Where she lives (the MARAC referral form asks it); empty when not recorded.
    address: Mapped[str] = mapped_column(Text, default="", server_default="")
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
    # A case brought in from the centre's earlier register (services.register_import): its id
    # there (searchable, like the reference), and that it was imported rather than typed.
    register_id: Mapped[str] = mapped_column(String(100), default="", server_default="")
    imported: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # The identity key's version its text columns are sealed under (services.sealedcolumns);
    # NULL for a row written before identity was sealed, until a holder's sign-in seals it.
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)

    @property
    def opening_known(self) -> bool:
        """False for an imported case whose register gave no date to open it on: its
        ``opened_at`` is then only the moment of the import (``created_at``), which a register
        date (always a midnight) never is."""
        return not (self.imported and self.opened_at == self.created_at)


def opening_known() -> ColumnElement[bool]:
    """``Case.opening_known`` in a query: the manager's "opened" counts leave out imported
    cases whose opening date is unknown, so an import does not look like a month of intakes."""
    return or_(Case.imported.is_(False), Case.opened_at != Case.created_at)


class ReferenceCounter(Base):
    """The last case number given in each year (case references never repeat)."""

    __tablename__ = "reference_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer)
