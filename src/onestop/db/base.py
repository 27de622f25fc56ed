"""The declarative base, its naming convention, and the column types shared by every table."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from onestop.domain.audit import UTC_FORMAT

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime stored as sortable ISO 8601 text (``…Z``).

    Naive datetimes are refused: every time in the vault is UTC, shown in local time by the GUI.
    """

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise ValueError("times stored in the vault must be timezone-aware")
        return value.astimezone(UTC).strftime(UTC_FORMAT)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        # Written as UTC_FORMAT ("…T…Z"): fromisoformat reads it ten times faster than strptime
        # (a home screen reads tens of thousands of times).
        return datetime.fromisoformat(str(value)).astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Versioned:
    """The columns of a record that is edited in place: its version and its last change.

    Every edit names the version it started from, keeps the row as it was in ``record_history``
    and moves it to the next version, all in one call (services.records.bump_version), so no
    edit of a table with these columns loses what it replaced.
    """

    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(32))


class Created:
    """Who first wrote a record, and when (services.records.new_row fills them in)."""

    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(32))


class CaseRecordColumns(Created, Versioned):
    """The columns every versioned record of a case has (services.records.CaseRecords)."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)

    @declared_attr
    def case_id(cls) -> Mapped[int]:
        return mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
