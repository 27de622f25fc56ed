"""The shelter: its rooms and beds, the waiting list, and survivors' stays."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, CaseRecordColumns, UtcDateTime


class ShelterRoom(Base):
    __tablename__ = "shelter_rooms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    active: Mapped[bool] = mapped_column(Boolean)


class ShelterBed(Base):
    __tablename__ = "shelter_beds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("shelter_rooms.id"), index=True)
    label: Mapped[str] = mapped_column(String(50))
    active: Mapped[bool] = mapped_column(Boolean)


class WaitingEntry(Base):
    """A survivor waiting for a shelter place."""

    __tablename__ = "shelter_waiting"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    children_count: Mapped[int] = mapped_column(Integer)
    needs: Mapped[str] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)
    added_by: Mapped[str] = mapped_column(String(32))
    removed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    outcome: Mapped[str] = mapped_column(String(100))
    # The shelter key's version its text is sealed with (services.sealedcolumns); NULL: not
    # sealed yet (a vault from before migration 0038).
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)


class ShelterStay(CaseRecordColumns, Base):
    __tablename__ = "shelter_stays"
    # The shelter officer's home reads the stays not exited yet in room and bed order (0052).
    __table_args__ = (Index("ix_shelter_stays_current", "exited_at", "room", "bed"),)

    admitted_at: Mapped[datetime] = mapped_column(UtcDateTime)
    room: Mapped[str] = mapped_column(String(50))
    bed: Mapped[str] = mapped_column(String(50))
    # The board's bed, when the stay was admitted through it (room and bed above are its names).
    bed_id: Mapped[int | None] = mapped_column(
        ForeignKey("shelter_beds.id"), nullable=True, index=True
    )
    children_count: Mapped[int] = mapped_column(Integer)
    planned_exit: Mapped[date | None] = mapped_column(Date, nullable=True)
    exited_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    exit_destination: Mapped[str] = mapped_column(Text)
    # As WaitingEntry.key_version.
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
