"""The consent ledger of a case (append-only)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, UtcDateTime

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
    when the whole case is purged).

    Since migration 0045 the update trigger lets one update through: sealing an entry written
    before the consent key existed (``key_version`` NULL to a version, every coded column
    unchanged; services.sectionkeys.seal_older_text). A new entry is written sealed by its
    INSERT (services.sealedcolumns.IDS_FIRST)."""

    __tablename__ = "consent_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(32))
    agency: Mapped[str] = mapped_column(String(200))
    # The directory entry the decision is for (the name above is kept as it was at the time).
    agency_id: Mapped[int | None] = mapped_column(
        ForeignKey("agencies.id"), nullable=True, index=True
    )
    decision: Mapped[str] = mapped_column(String(16))
    given_by: Mapped[str] = mapped_column(String(16))
    guardian_name: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_by: Mapped[str] = mapped_column(String(32))
    # The consent key's version its agency's name and the guardian's name are sealed with
    # (services.sealedcolumns); NULL: not sealed yet (a vault from before migration 0045).
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
