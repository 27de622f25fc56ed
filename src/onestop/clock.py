"""What time it is, as one injectable function, and the zone documents print times in (no Qt,
no database).

Screens and services that show or compare the time take a ``Clock`` instead of reading the
system clock themselves, so that a test can move the time on and the screen follows it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

Clock = Callable[[], datetime]
"""A function that returns the current moment, timezone-aware."""


def utc_now() -> datetime:
    """The system clock, in UTC: the ``Clock`` used when no other is given."""
    return datetime.now(UTC)


# The zone documents print their times in (the centre's setting, set by the export pipeline
# around each document); outside it, the workstation's zone.
_printing_zone: ContextVar[ZoneInfo | None] = ContextVar("printing_zone", default=None)


@cache
def zone_names() -> frozenset[str]:
    """Every IANA zone name this system knows (e.g. "Africa/Nairobi")."""
    return frozenset(available_timezones())


def valid_zone(name: str) -> bool:
    """Whether ``name`` is an IANA zone this system can convert times to."""
    return name in zone_names()


def workstation_zone() -> str:
    """The IANA name of this workstation's zone: ``TZ`` when it names one, else the zone
    /etc/localtime points at, else /etc/timezone, else "UTC"."""
    candidates = [os.environ.get("TZ", "").removeprefix(":")]
    with suppress(OSError):
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    with suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    return next((name for name in candidates if valid_zone(name)), "UTC")


@contextmanager
def printing_in(zone: str) -> Iterator[None]:
    """Print the times of the documents built inside in ``zone`` (an IANA name)."""
    token = _printing_zone.set(ZoneInfo(zone))
    try:
        yield
    finally:
        _printing_zone.reset(token)


def printing_zone() -> ZoneInfo:
    """The zone documents print in: the one ``printing_in`` set, else the workstation's."""
    return _printing_zone.get() or ZoneInfo(workstation_zone())


def zone_abbreviation(at: datetime, zone: ZoneInfo) -> str:
    """What the zone is called at that moment ("EAT", "CET", "CEST"); a zone that has no
    letters for itself ("+03") is named by its offset from UTC ("UTC+03")."""
    name = at.astimezone(zone).tzname() or ""
    if name and name[0] in "+-":
        return f"UTC{name}"
    return name or "UTC"


def utc_offset(at: datetime, zone: ZoneInfo) -> str:
    """How far the zone is from UTC at that moment: "UTC+03:00", "UTC-05:30", "UTC+00:00"."""
    offset = at.astimezone(zone).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def printed(at: datetime) -> str:
    """A moment as documents print it: "2026-12-02 14:30 EAT", in the zone being printed."""
    zone = printing_zone()
    local = at.astimezone(zone)
    return f"{local:%Y-%m-%d %H:%M} {zone_abbreviation(at, zone)}"
