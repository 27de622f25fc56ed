"""Unsaved work kept for its author when the screen locked and someone else signed in."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, UtcDateTime


class Draft(Base):
    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner: Mapped[str] = mapped_column(String(32), ForeignKey("staff.username"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # which form: "encounter", …
    section: Mapped[str] = mapped_column(String(32))
    # Purging the case (retention) deletes its drafts with it, like every other record. An
    # intake not yet registered belongs to no case (no id, an empty reference).
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), index=True, nullable=True
    )
    case_reference: Mapped[str] = mapped_column(String(20))
    content: Mapped[str] = mapped_column(Text)  # JSON of the form's fields
    saved_at: Mapped[datetime] = mapped_column(UtcDateTime)
