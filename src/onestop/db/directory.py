"""The directory of partner agencies."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, Created, Versioned


class Agency(Created, Versioned, Base):
    """A partner agency of the referral network."""

    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    sector: Mapped[str] = mapped_column(String(32))
    services: Mapped[str] = mapped_column(Text)
    contacts: Mapped[str] = mapped_column(Text)
    hours: Mapped[str] = mapped_column(String(200))
    languages: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean)
