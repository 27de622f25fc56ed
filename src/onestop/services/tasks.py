"""Tasks and appointments of a case: what is due, for whom, and whether it is done."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from onestop.db.cases import Case
from onestop.db.staff import StaffAccount
from onestop.db.tasks import Task
from onestop.domain.roles import Section
from onestop.domain.validation import Problems
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.records import CaseRecords


@dataclass(frozen=True)
class TaskDetails:
    title: str
    due_at: datetime
    assignee: str | None = None
    done: bool = False


class TaskService(CaseRecords[TaskDetails]):
    model = Task
    section = Section.TASKS
    record_type = "task"
    label = "task"
    order_by = ("due_at", "id")

    def validate(self, s: Session, case: Case, details: TaskDetails) -> Problems:
        problems: Problems = {}
        if not details.title.strip():
            problems["title"] = QT_TRANSLATE_NOOP("Messages", "Say what is to be done.")
        if details.assignee is not None and not s.scalar(
            select(func.count()).where(
                StaffAccount.username == details.assignee, StaffAccount.active.is_(True)
            )
        ):
            problems["assignee"] = QT_TRANSLATE_NOOP(
                "Messages", '"{assignee}" is not an active member of staff.'
            ).format(assignee=details.assignee)
        return problems

    def to_details(self, row: Any) -> TaskDetails:
        return TaskDetails(row.title, row.due_at, row.assignee, row.done)
