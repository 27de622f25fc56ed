"""Forensic examinations, specimens and the append-only chain of custody."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, Created, UtcDateTime, Versioned

# As migration 0006 made them; migration 0042 replaces the first with one that also lets a
# row from before it be sealed, once, keeping everything else (CustodyEvent).
CUSTODY_APPEND_ONLY_TRIGGERS = (
    """
    CREATE TRIGGER custody_events_no_update BEFORE UPDATE ON custody_events
    BEGIN SELECT RAISE(ABORT, 'the chain of custody is append-only'); END
    """,
    """
    CREATE TRIGGER custody_events_no_delete BEFORE DELETE ON custody_events
    WHEN (SELECT count(*) FROM specimens WHERE id = OLD.specimen_id) > 0
    BEGIN SELECT RAISE(ABORT, 'the chain of custody is append-only'); END
    """,
)


class ForensicExam(Created, Versioned, Base):
    __tablename__ = "forensic_exams"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    incident_id: Mapped[int | None] = mapped_column(
        ForeignKey("incidents.id", ondelete="SET NULL"), nullable=True
    )
    examiner: Mapped[str] = mapped_column(String(200))
    # The member of staff who examined her (a staff account's username): the report's
    # declaration names her, with her qualifications and registration number.
    examined_by: Mapped[str | None] = mapped_column(String(32), nullable=True)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    notes: Mapped[str] = mapped_column(Text)
    opinion: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The forensic key's version its text is sealed with (services.sealedcolumns); NULL: not
    # sealed yet (a vault from before migration 0036).
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Specimen(Versioned, Base):
    __tablename__ = "specimens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    exam_id: Mapped[int] = mapped_column(
        ForeignKey("forensic_exams.id", ondelete="CASCADE"), index=True
    )
    specimen_type: Mapped[str] = mapped_column(String(32))
    collected_at: Mapped[datetime] = mapped_column(UtcDateTime)
    collected_by: Mapped[str] = mapped_column(String(200))
    seal_number: Mapped[str] = mapped_column(String(64), unique=True)
    notes: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_by: Mapped[str] = mapped_column(String(32))
    # As ForensicExam.key_version.
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)


class CustodyEvent(Base):
    """One hand-over of a specimen. Append-only: its id is chosen before the INSERT so its text
    goes in sealed (services.sealedcolumns.IDS_FIRST); the one update the triggers allow seals
    a row from before migration 0042, once (db/migrations/versions/0042_custody_sealed.py)."""

    __tablename__ = "custody_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    specimen_id: Mapped[int] = mapped_column(
        ForeignKey("specimens.id", ondelete="CASCADE"), index=True
    )
    handed_from: Mapped[str] = mapped_column(String(200))
    handed_to: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    purpose: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_by: Mapped[str] = mapped_column(String(32))
    # The forensic key's version its text is sealed with; NULL: not sealed yet (before 0042).
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
