"""Case conferences: the meetings, the cases referred to them, the actions they agree and the
reviews of those actions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, Created, UtcDateTime, Versioned


class Conference(Base):
    """A case-conference meeting."""

    __tablename__ = "conferences"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    agencies: Mapped[str] = mapped_column(Text)  # JSON list of attending agencies
    status: Mapped[str] = mapped_column(String(16))  # planned, held
    # When and where it meets (0058), as the minutes record them: the starting time of day,
    # "HH:MM" at the centre ("": not recorded), and the venue (the room or the address: the
    # meeting's own, no survivor's words; "": not recorded).
    starts_at: Mapped[str] = mapped_column(String(5), default="", server_default="")
    venue: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(32))
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    closed_by: Mapped[str | None] = mapped_column(String(32), nullable=True)


class ConferenceReferral(Versioned, Base):
    """A case referred to the conference, until a meeting hears it: by which agency and on
    what day (SafeLives' referral form asks both), edited with its history kept."""

    __tablename__ = "conference_referrals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    criteria: Mapped[str] = mapped_column(Text)  # JSON list of domain.risk.Criterion values
    referred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    referred_by: Mapped[str] = mapped_column(String(32))
    referring_agency: Mapped[str] = mapped_column(String(200), default="", server_default="")
    referred_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    heard_at: Mapped[int | None] = mapped_column(
        ForeignKey("conferences.id"), nullable=True, index=True
    )
    # The conferences key's version its text is sealed with (services.sealedcolumns); NULL:
    # not sealed yet (a vault from before migration 0044).
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)


class ConferenceAction(Created, Versioned, Base):
    """An action of a case's risk-management plan, agreed at a meeting."""

    __tablename__ = "conference_actions"
    __table_args__ = (Index("ix_conference_actions_status", "status", "due_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conferences.id"), index=True)
    agency: Mapped[str] = mapped_column(String(200))
    owner: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(24))
    reason: Mapped[str] = mapped_column(Text)
    # As ConferenceReferral.key_version.
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)


class ActionReview(Base):
    """The minutes' line for one action carried into a meeting: what became of it."""

    __tablename__ = "conference_action_reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action_id: Mapped[int] = mapped_column(
        ForeignKey("conference_actions.id", ondelete="CASCADE"), index=True
    )
    conference_id: Mapped[int] = mapped_column(ForeignKey("conferences.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(24))
    reason: Mapped[str] = mapped_column(Text)
    reviewed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    reviewed_by: Mapped[str] = mapped_column(String(32))
    # As ConferenceReferral.key_version.
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)


class ConferenceAttendance(Created, Versioned, Base):
    """Who was at a meeting, for its minutes: the chair, those present and the apologies (one
    "name, agency" a line), kept with the meeting and edited with their history kept."""

    __tablename__ = "conference_attendance"
    __table_args__ = (UniqueConstraint("conference_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conferences.id"))
    chair: Mapped[str] = mapped_column(Text)
    present: Mapped[str] = mapped_column(Text)
    apologies: Mapped[str] = mapped_column(Text)
    # As ConferenceReferral.key_version.
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)


class CaseDiscussion(Created, Versioned, Base):
    """What a meeting said of one case, for its minutes (beside the actions it agreed)."""

    __tablename__ = "conference_discussions"
    __table_args__ = (UniqueConstraint("conference_id", "case_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conference_id: Mapped[int] = mapped_column(ForeignKey("conferences.id"))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    discussion: Mapped[str] = mapped_column(Text)
    # As ConferenceReferral.key_version.
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
