"""Tasks of a case, with a due time and an assignee."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, CaseRecordColumns, UtcDateTime


class Task(CaseRecordColumns, Base):
    __tablename__ = "tasks"
    # The walk of the tasks due reads this index alone (0061).
    __table_args__ = (Index("ix_tasks_open_due", "done", "due_at", "assignee", "case_id"),)

    title: Mapped[str] = mapped_column(String(200))
    due_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    assignee: Mapped[str | None] = mapped_column(
        String(32), ForeignKey("staff.username"), nullable=True, index=True
    )
    done: Mapped[bool] = mapped_column(Boolean)
    # The tasks key's version its title is sealed with (services.sealedcolumns); NULL: not
    # sealed yet (a vault from before migration 0033).
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
