"""Counselling sessions (notes only counsellors read)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, CaseRecordColumns, UtcDateTime


class CounsellingSession(CaseRecordColumns, Base):
    __tablename__ = "counselling_sessions"

    held_at: Mapped[datetime] = mapped_column(UtcDateTime)
    session_type: Mapped[str] = mapped_column(String(32))
    notes: Mapped[str] = mapped_column(Text)
    plan: Mapped[str] = mapped_column(Text)
