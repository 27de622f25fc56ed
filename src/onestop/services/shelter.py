"""Shelter stays: admission, room and bed, accompanying children, planned and actual exit.

The ``shelter`` section: shelter officers write; caseworkers and managers read. (Rooms and beds
as a board, and the waiting list, come with the coordination work.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from onestop.db.base import utcnow
from onestop.db.cases import Case
from onestop.db.legal import ShelterStay
from onestop.domain.roles import Section
from onestop.domain.validation import Problems
from onestop.services.records import CaseRecords


@dataclass(frozen=True)
class StayDetails:
    admitted_at: datetime
    room: str
    bed: str
    children_count: int = 0
    planned_exit: date | None = None
    exited_at: datetime | None = None
    exit_destination: str = ""

    @property
    def in_shelter(self) -> bool:
        return self.exited_at is None


class ShelterService(CaseRecords[StayDetails]):
    model = ShelterStay
    section = Section.SHELTER
    record_type = "shelter_stay"
    label = "shelter stay"
    order_by = ("admitted_at", "id")

    def validate(self, s: Session, case: Case, details: StayDetails) -> Problems:
        problems: Problems = {}
        now = utcnow()
        if details.admitted_at > now:
            problems["admitted_at"] = "An admission cannot be in the future."
        if not details.room.strip():
            problems["room"] = "Give the room."
        if not 0 <= details.children_count <= 15:
            problems["children_count"] = "The number of children is between 0 and 15."
        if details.planned_exit is not None and details.planned_exit < details.admitted_at.date():
            problems["planned_exit"] = "The planned exit is before the admission."
        if details.exited_at is not None:
            if details.exited_at < details.admitted_at:
                problems["exited_at"] = "The exit is before the admission."
            elif details.exited_at > now:
                problems["exited_at"] = "An exit that has not happened cannot be recorded yet."
            if not details.exit_destination.strip():
                problems["exit_destination"] = "Say where she went (or 'not known')."
        return problems

    def to_details(self, row: Any) -> StayDetails:
        return StayDetails(
            row.admitted_at,
            row.room,
            row.bed,
            row.children_count,
            row.planned_exit,
            row.exited_at,
            row.exit_destination,
        )
