"""What happened: the incidents of a case."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    ColumnElement,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    false,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, Created, UtcDateTime, Versioned


class Incident(Created, Versioned, Base):
    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    precision: Mapped[str] = mapped_column(String(16))
    occurred_earliest: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    occurred_latest: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    place: Mapped[str] = mapped_column(Text)
    gbv_type: Mapped[str] = mapped_column(String(32))
    context: Mapped[str] = mapped_column(String(32))
    perpetrator_relationship: Mapped[str] = mapped_column(String(100))
    perpetrator_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reported_to_police: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    description: Mapped[str] = mapped_column(Text)
    # Entered in error (the wrong file, a duplicate): kept with its history, counted nowhere.
    entered_in_error: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    error_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The GBVIMS group of the relationship typed above (domain.statistics.relationship_group),
    # kept coded beside it: the statistics count it without opening the sealed text.
    perpetrator_group: Mapped[str] = mapped_column(
        String(16), default="other", server_default="other"
    )
    # The incidents key's version its text is sealed with (services.sealedcolumns); NULL: not
    # sealed yet (a vault from before migration 0032).
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)


# The clinician's home filters and sorts on the latest known time (migration 0023).
Index("ix_incidents_occurred", func.coalesce(Incident.occurred_latest, Incident.occurred_earliest))
# The incidents recorded in a period, from the index alone (0040; the incident recorder's export).
Index("ix_incidents_created_at", Incident.created_at, Incident.entered_in_error, Incident.gbv_type)


# The manager's chart of the last 90 days' incidents: each type's count one range of this index
# of the incidents that count, nothing sorted (0064). Partial, on ``counted()``'s words, so that
# only a query saying them reads it: the clinician's list, which names the types too and says
# ``entered_in_error IS 0``, keeps to ix_incidents_occurred (an index led by the type drew it
# and took 700 ms at 100,000 survivors, issue 24).
def counted() -> ColumnElement[bool]:
    """An incident that counts (not entered in error), in the words of the condition of
    ``ix_incidents_counted_by_type``: a query that says it so may read that index."""
    return Incident.entered_in_error == false()


Index(
    "ix_incidents_counted_by_type",
    Incident.gbv_type,
    Incident.created_at,
    sqlite_where=counted(),
    postgresql_where=counted(),
)
