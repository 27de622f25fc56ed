"""Shelter stays: admission, room and bed, accompanying children, planned and actual exit.

The ``shelter`` section: shelter officers write; caseworkers and managers read. The board
(``ShelterBoardService``) admits to the admin's rooms and beds, moves, discharges, keeps the
waiting list and counts occupancy per month.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from onestop.db.base import utcnow
from onestop.db.cases import Case
from onestop.db.shelter import ShelterBed, ShelterRoom, ShelterStay, WaitingEntry
from onestop.domain.audit import AuditAction
from onestop.domain.coordination import (
    MonthOccupancy,
    StayFacts,
    month_occupancy,
    near_max_stay,
    over_max_stay,
)
from onestop.domain.roles import Action, Section
from onestop.domain.validation import Problems
from onestop.errors import NotFound, ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.records import (
    CaseRecord,
    CaseRecords,
    bump_version,
    check_version,
    find_case,
)
from onestop.services.session import VaultSession
from onestop.services.validation import text_limits


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
            problems["admitted_at"] = QT_TRANSLATE_NOOP(
                "Messages", "An admission cannot be in the future."
            )
        if not details.room.strip():
            problems["room"] = QT_TRANSLATE_NOOP("Messages", "Give the room.")
        if not 0 <= details.children_count <= 15:
            problems["children_count"] = QT_TRANSLATE_NOOP(
                "Messages", "The number of children is between 0 and 15."
            )
        if details.planned_exit is not None and details.planned_exit < details.admitted_at.date():
            problems["planned_exit"] = QT_TRANSLATE_NOOP(
                "Messages", "The planned exit is before the admission."
            )
        if details.exited_at is not None:
            if details.exited_at < details.admitted_at:
                problems["exited_at"] = QT_TRANSLATE_NOOP(
                    "Messages", "The exit is before the admission."
                )
            elif details.exited_at > now:
                problems["exited_at"] = QT_TRANSLATE_NOOP(
                    "Messages", "An exit that has not happened cannot be recorded yet."
                )
            if not details.exit_destination.strip():
                problems["exit_destination"] = QT_TRANSLATE_NOOP(
                    "Messages", "Say where she went (or 'not known')."
                )
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


def natural(text: str) -> tuple[tuple[int, int | str], ...]:
    """A sort key that puts "Room 2" before "Room 10"."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold())
        for part in re.split(r"(\d+)", text)
        if part
    )


# -- the board: rooms and beds, admissions through it, the waiting list, occupancy --


@dataclass(frozen=True)
class Occupant:
    stay_id: int
    reference: str
    display_name: str
    admitted_at: datetime
    planned_exit: date | None
    children_count: int
    version: int
    over_max_stay: bool
    near_max_stay: bool


@dataclass(frozen=True)
class Bed:
    id: int
    label: str
    occupant: Occupant | None


@dataclass(frozen=True)
class Room:
    id: int
    name: str
    beds: tuple[Bed, ...]


@dataclass(frozen=True)
class Waiting:
    id: int
    reference: str
    display_name: str
    children_count: int
    needs: str
    added_at: datetime


class ShelterBoardService:
    """Rooms and beds (configured by the admin, who sees no one in them); the occupancy board,
    admissions, moves and discharges (the shelter section); the waiting list."""

    def __init__(self, session: VaultSession) -> None:
        self._session = session
        self._stays = ShelterService(session)

    # -- configuration (administration) --

    def add_room(self, name: str, beds: Sequence[str]) -> Room:
        labels = [b.strip() for b in beds if b.strip()]
        problems: Problems = {}
        if not name.strip() or len(name.strip()) > 50:
            problems["name"] = QT_TRANSLATE_NOOP(
                "Messages", "Give the room a name of at most 50 characters."
            )
        if not labels:
            problems["beds"] = QT_TRANSLATE_NOOP("Messages", "A room needs at least one bed.")
        elif len(set(labels)) != len(labels) or any(len(b) > 50 for b in labels):
            problems["beds"] = QT_TRANSLATE_NOOP(
                "Messages", "Each bed has its own label of at most 50 characters."
            )
        if problems:
            raise ValidationFailed.of(problems)
        session = self._session
        with session.unit_of_work(Section.ADMINISTRATION, Action.WRITE) as s:
            if s.scalar(select(ShelterRoom.id).where(ShelterRoom.name == name.strip())):
                raise ValidationFailed.of(
                    {"name": QT_TRANSLATE_NOOP("Messages", "There is already a room of that name.")}
                )
            room = ShelterRoom(name=name.strip(), active=True)
            s.add(room)
            s.flush()
            rows = [ShelterBed(room_id=room.id, label=b, active=True) for b in labels]
            s.add_all(rows)
            s.flush()
            session.audit(
                s,
                AuditAction.SETTINGS_CHANGED,
                Section.ADMINISTRATION,
                detail=f"shelter room {room.id} with {len(rows)} beds",
            )
            return Room(room.id, room.name, tuple(Bed(b.id, b.label, None) for b in rows))

    def add_beds(self, room_id: int, beds: Sequence[str]) -> Room:
        """More beds in a room (a label already in use there is refused)."""
        labels = [b.strip() for b in beds if b.strip()]
        if not labels or len(set(labels)) != len(labels) or any(len(b) > 50 for b in labels):
            raise ValidationFailed.of(
                {
                    "beds": QT_TRANSLATE_NOOP(
                        "Messages", "Give each new bed its own label of at most 50 characters."
                    )
                }
            )
        session = self._session
        with session.unit_of_work(Section.ADMINISTRATION, Action.WRITE) as s:
            room = s.get(ShelterRoom, room_id)
            if room is None or not room.active:
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "That room is not on record: it may have been removed. Choose a room from "
                        "the list.",
                    )
                )
            taken = set(
                s.scalars(
                    select(ShelterBed.label).where(
                        ShelterBed.room_id == room.id, ShelterBed.active.is_(True)
                    )
                )
            )
            if clash := sorted(taken & set(labels)):
                raise ValidationFailed.of(
                    {
                        "beds": QT_TRANSLATE_NOOP(
                            "Messages", "{room} already has a bed {beds}."
                        ).format(room=room.name, beds=", ".join(clash))
                    }
                )
            s.add_all(ShelterBed(room_id=room.id, label=b, active=True) for b in labels)
            s.flush()
            session.audit(
                s,
                AuditAction.SETTINGS_CHANGED,
                Section.ADMINISTRATION,
                detail=f"shelter room {room.id}: {len(labels)} beds added",
            )
            [(row, rows)] = [(r, b) for r, b in self._rooms(s) if r.id == room.id]
            return Room(row.id, row.name, tuple(Bed(b.id, b.label, None) for b in rows))

    def retire_bed(self, bed_id: int) -> None:
        session = self._session
        with session.unit_of_work(Section.ADMINISTRATION, Action.WRITE) as s:
            bed = s.get(ShelterBed, bed_id)
            if bed is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "That bed is not on record: it may have been removed. Choose a bed from "
                        "the list.",
                    )
                )
            if self._occupied(s, bed.id):
                raise ValidationFailed.of(
                    {
                        "bed": QT_TRANSLATE_NOOP(
                            "Messages", "Someone is in this bed: move her first."
                        )
                    }
                )
            bed.active = False
            session.audit(
                s,
                AuditAction.SETTINGS_CHANGED,
                Section.ADMINISTRATION,
                detail=f"bed {bed.id} retired",
            )

    def layout(self) -> tuple[Room, ...]:
        """Rooms and beds without their occupants (what the admin configures)."""
        with self._session.system_transaction() as s:
            return tuple(
                Room(r.id, r.name, tuple(Bed(b.id, b.label, None) for b in beds))
                for r, beds in self._rooms(s)
            )

    @staticmethod
    def _rooms(s: Session) -> list[tuple[ShelterRoom, list[ShelterBed]]]:
        rooms = s.scalars(select(ShelterRoom).where(ShelterRoom.active.is_(True))).all()
        beds = s.scalars(select(ShelterBed).where(ShelterBed.active.is_(True))).all()
        return [
            (r, sorted((b for b in beds if b.room_id == r.id), key=lambda b: natural(b.label)))
            for r in sorted(rooms, key=lambda r: natural(r.name))
        ]

    @staticmethod
    def _occupied(s: Session, bed_id: int) -> ShelterStay | None:
        return s.scalars(
            select(ShelterStay).where(ShelterStay.bed_id == bed_id, ShelterStay.exited_at.is_(None))
        ).first()

    # -- the board --

    def board(self, today: date, max_stay_days: int | None = None) -> tuple[Room, ...]:
        session = self._session
        with session.unit_of_work(Section.SHELTER, Action.READ) as s:
            stays = s.execute(
                select(ShelterStay, Case)
                .join(Case, Case.id == ShelterStay.case_id)
                .where(ShelterStay.exited_at.is_(None), ShelterStay.bed_id.is_not(None))
            )
            by_bed = {stay.bed_id: (stay, case) for stay, case in stays}
            rooms = []
            for room, beds in self._rooms(s):
                shown = []
                for bed in beds:
                    occupant = None
                    if bed.id in by_bed:
                        stay, case = by_bed[bed.id]
                        admitted = stay.admitted_at.date()
                        occupant = Occupant(
                            stay.id,
                            case.reference,
                            case.alias or case.name,
                            stay.admitted_at,
                            stay.planned_exit,
                            stay.children_count,
                            stay.version,
                            over_max_stay(admitted, today, max_stay_days),
                            near_max_stay(admitted, today, max_stay_days),
                        )
                    shown.append(Bed(bed.id, bed.label, occupant))
                rooms.append(Room(room.id, room.name, tuple(shown)))
            n = len(by_bed)
            session.audit(
                s, AuditAction.RECORD_READ, Section.SHELTER, detail=f"board: {n} occupied beds"
            )
            return tuple(rooms)

    def _free_bed(self, s: Session, bed_id: int) -> tuple[ShelterRoom, ShelterBed]:
        bed = s.get(ShelterBed, bed_id)
        if bed is None or not bed.active:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "That bed is not on record: it may have been removed. Choose a bed from the "
                    "list.",
                )
            )
        if self._occupied(s, bed.id):
            raise ValidationFailed.of(
                {"bed": QT_TRANSLATE_NOOP("Messages", "This bed is taken: choose a free one.")}
            )
        return s.get_one(ShelterRoom, bed.room_id), bed

    def admit(
        self,
        reference: str,
        bed_id: int,
        *,
        admitted_at: datetime,
        children_count: int = 0,
        planned_exit: date | None = None,
    ) -> CaseRecord[StayDetails]:
        session = self._session
        with session.unit_of_work(Section.SHELTER, Action.WRITE, record_ref=reference) as s:
            case = find_case(s, reference)
            if s.scalar(
                select(ShelterStay.id).where(
                    ShelterStay.case_id == case.id, ShelterStay.exited_at.is_(None)
                )
            ):
                raise ValidationFailed.of(
                    {
                        "bed": QT_TRANSLATE_NOOP(
                            "Messages", "She is already staying in the shelter: move her instead."
                        )
                    }
                )
            room, bed = self._free_bed(s, bed_id)
            details = StayDetails(admitted_at, room.name, bed.label, children_count, planned_exit)
            self._stays._check(s, case, details)
            row = self._stays.insert(s, case, details)
            row.bed_id = bed.id
            for entry in s.scalars(
                select(WaitingEntry).where(
                    WaitingEntry.case_id == case.id, WaitingEntry.removed_at.is_(None)
                )
            ):
                entry.removed_at, entry.outcome = utcnow(), "admitted"
            return self._stays._snapshot(row, case.reference)

    def move(
        self, reference: str, stay_id: int, bed_id: int, expected_version: int
    ) -> CaseRecord[StayDetails]:
        session = self._session
        with session.unit_of_work(Section.SHELTER, Action.WRITE, record_ref=reference) as s:
            case, row = self._stays._find(s, reference, stay_id)
            check_version(row, expected_version, "shelter stay")
            if row.exited_at is not None:
                raise ValidationFailed.of(
                    {"bed": QT_TRANSLATE_NOOP("Messages", "This stay has ended.")}
                )
            room, bed = self._free_bed(s, bed_id)
            bump_version(
                s,
                ShelterService.record_type,
                row,
                ("room", "bed", "bed_id"),
                session.actor.username,
            )
            row.room, row.bed, row.bed_id = room.name, bed.label, bed.id
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.SHELTER,
                record_ref=case.reference,
                detail=f"shelter_stay {row.id} moved",
            )
            return self._stays._snapshot(row, case.reference)

    def discharge(
        self,
        reference: str,
        stay_id: int,
        expected_version: int,
        *,
        exited_at: datetime,
        destination: str,
    ) -> CaseRecord[StayDetails]:
        current = next(r for r in self._stays.list(reference) if r.record_id == stay_id)
        if current.details.exited_at is not None:
            raise ValidationFailed.of(
                {"exited_at": QT_TRANSLATE_NOOP("Messages", "This stay has already ended.")}
            )
        details = StayDetails(
            current.details.admitted_at,
            current.details.room,
            current.details.bed,
            current.details.children_count,
            current.details.planned_exit,
            exited_at,
            destination,
        )
        return self._stays.update(reference, stay_id, details, expected_version)

    # -- the waiting list --

    def add_waiting(self, reference: str, children_count: int = 0, needs: str = "") -> Waiting:
        problems: Problems = {}
        if not 0 <= children_count <= 15:
            problems["children_count"] = QT_TRANSLATE_NOOP(
                "Messages", "The number of children is between 0 and 15."
            )
        problems.update(text_limits(WaitingEntry, {"needs": needs}))
        if problems:
            raise ValidationFailed.of(problems)
        session = self._session
        with session.unit_of_work(Section.SHELTER, Action.WRITE, record_ref=reference) as s:
            case = find_case(s, reference)
            if s.scalar(
                select(WaitingEntry.id).where(
                    WaitingEntry.case_id == case.id, WaitingEntry.removed_at.is_(None)
                )
            ):
                raise ValidationFailed.of(
                    {
                        "reference": QT_TRANSLATE_NOOP(
                            "Messages", "She is already on the waiting list."
                        )
                    }
                )
            row = WaitingEntry(
                case_id=case.id,
                children_count=children_count,
                needs=needs,
                added_at=utcnow(),
                added_by=session.actor.username,
                outcome="",
            )
            s.add(row)
            s.flush()
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.SHELTER,
                record_ref=case.reference,
                detail=f"waiting list entry {row.id}",
            )
            return Waiting(
                row.id,
                case.reference,
                case.alias or case.name,
                row.children_count,
                needs,
                row.added_at,
            )

    def waiting(self) -> tuple[Waiting, ...]:
        session = self._session
        with session.unit_of_work(Section.SHELTER, Action.READ) as s:
            rows = s.execute(
                select(WaitingEntry, Case)
                .join(Case, Case.id == WaitingEntry.case_id)
                .where(WaitingEntry.removed_at.is_(None))
                .order_by(WaitingEntry.added_at, WaitingEntry.id)
            )
            found = tuple(
                Waiting(w.id, c.reference, c.alias or c.name, w.children_count, w.needs, w.added_at)
                for w, c in rows
            )
            session.audit(
                s, AuditAction.RECORD_READ, Section.SHELTER, detail=f"waiting list: {len(found)}"
            )
            return found

    def remove_waiting(self, entry_id: int, outcome: str) -> None:
        if not outcome.strip() or len(outcome) > 100:
            raise ValidationFailed.of(
                {
                    "outcome": QT_TRANSLATE_NOOP(
                        "Messages", "Say why she leaves the list (one line)."
                    )
                }
            )
        session = self._session
        with session.unit_of_work(Section.SHELTER, Action.WRITE) as s:
            row = s.get(WaitingEntry, entry_id)
            if row is None or row.removed_at is not None:
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "That waiting-list entry is not on record: it may have been removed. "
                        "Choose one from the list.",
                    )
                )
            row.removed_at, row.outcome = utcnow(), outcome.strip()
            case = s.get_one(Case, row.case_id)
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.SHELTER,
                record_ref=case.reference,
                detail=f"waiting list entry {row.id} removed",
            )

    # -- occupancy figures --

    def occupancy(self, months: Sequence[date], today: date) -> tuple[MonthOccupancy, ...]:
        session = self._session
        with session.unit_of_work(Section.SHELTER, Action.READ) as s:
            beds = s.scalar(
                select(func.count()).select_from(ShelterBed).where(ShelterBed.active.is_(True))
            )
            facts = [
                StayFacts(a.date(), e.date() if e else None)
                for a, e in s.execute(select(ShelterStay.admitted_at, ShelterStay.exited_at))
            ]
            session.audit(s, AuditAction.RECORD_READ, Section.SHELTER, detail="occupancy figures")
        return tuple(month_occupancy(m, int(beds or 0), facts, today) for m in months)
