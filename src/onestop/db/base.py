"""The declarative base, its naming convention, and the column types shared by every table."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase

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
