"""Counselling sessions (notes only counsellors read)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, CaseRecordColumns, UtcDateTime


class CounsellingSession(CaseRecordColumns, Base):
    __tablename__ = "counselling_sessions"
    # The counsellor's home reads today's sessions by their time (migration 0052).
    __table_args__ = (Index("ix_counselling_sessions_held_at", "held_at"),)

    held_at: Mapped[datetime] = mapped_column(UtcDateTime)
    session_type: Mapped[str] = mapped_column(String(32))
    # Sealed under the counselling section key (vault.sectionkeys): only counsellors read them.
    notes: Mapped[str] = mapped_column(Text)
    plan: Mapped[str] = mapped_column(Text)
    # The version of the counselling key ``notes`` and ``plan`` are sealed with; None for a row
    # written before section keys, still plaintext until a counsellor's next sign-in seals it.
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
