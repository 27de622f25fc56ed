"""Known perpetrators and their links to survivors' incidents."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, Created, Versioned


class Perpetrator(Created, Versioned, Base):
    """A known perpetrator: one record however many survivors' incidents he is linked to."""

    __tablename__ = "perpetrators"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # A keyed hash of the folded name under the incidents key, for matching (never the name):
    # vault.sectionkeys.blind_index, kept by services.sealedcolumns.
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    description: Mapped[str] = mapped_column(Text)
    known_addresses: Mapped[str] = mapped_column(Text)
    weapons: Mapped[str] = mapped_column(Text)
    conditions: Mapped[str] = mapped_column(Text)  # bail or order conditions
    # The incidents key's version its text is sealed with (services.sealedcolumns); NULL: not
    # sealed yet (a vault from before migration 0031).
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    date_of_birth: Mapped[date | None] = mapped_column(Date, nullable=True)
    # His age group (domain.gbvims.AgeGroup) when only that is known; empty with a date of
    # birth (the group is then worked out at each incident's date) or when nothing is known.
    age_group: Mapped[str] = mapped_column(String(16), default="", server_default="")


class IncidentPerpetrator(Base):
    __tablename__ = "incident_perpetrators"
    __table_args__ = (Index("ix_incident_perpetrators_perpetrator_id", "perpetrator_id"),)

    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True
    )
    perpetrator_id: Mapped[int] = mapped_column(
        ForeignKey("perpetrators.id", ondelete="CASCADE"), primary_key=True
    )
    relationship: Mapped[str] = mapped_column(String(100))  # to this survivor
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
