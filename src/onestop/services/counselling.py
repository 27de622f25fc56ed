"""Counselling sessions: notes that only counsellors read (and that break-glass never opens)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from onestop.db.base import utcnow
from onestop.db.cases import Case
from onestop.db.counselling import CounsellingSession
from onestop.domain.counselling import SessionType
from onestop.domain.roles import Section
from onestop.domain.validation import Problems
from onestop.services.records import CaseRecords


@dataclass(frozen=True)
class SessionDetails:
    held_at: datetime
    session_type: SessionType
    notes: str = ""
    plan: str = ""


class CounsellingService(CaseRecords[SessionDetails]):
    model = CounsellingSession
    section = Section.COUNSELLING
    record_type = "counselling_session"
    label = "counselling session"
    order_by = ("held_at", "id")
    sealed = ("notes", "plan")  # under the counselling section key: counsellors only

    def validate(self, s: Session, case: Case, details: SessionDetails) -> Problems:
        if details.held_at > utcnow():
            return {"held_at": "A session that has not happened cannot be recorded yet."}
        return {}

    def to_details(self, row: Any) -> SessionDetails:
        return SessionDetails(
            row.held_at,
            SessionType(row.session_type),
            self.text(row, "notes"),
            self.text(row, "plan"),
        )
