"""Break-glass accesses: a clinician or caseworker reading a section her role lacks, with her
reason, for a limited time, until a manager has reviewed it.

The reason and the review note are sealed for the review (services.glassreasons, migration
0047): to the reviewers' key and to the author's own slot; ``key_version`` is the version of
the reviewers' key they are sealed for, NULL for a row from before, not sealed yet."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, UtcDateTime


class BreakGlassAccess(Base):
    __tablename__ = "break_glass"
    __table_args__ = (Index("ix_break_glass_reviewed_at", "reviewed_at", "opened_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(32), ForeignKey("staff.username"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    section: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text)
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    reviewed_by: Mapped[str | None] = mapped_column(String(32), nullable=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    review_note: Mapped[str] = mapped_column(Text)
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
