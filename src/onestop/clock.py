"""What time it is, as one injectable function (no Qt, no database).

Screens and services that show or compare the time take a ``Clock`` instead of reading the
system clock themselves, so that a test can move the time on and the screen follows it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]
"""A function that returns the current moment, timezone-aware."""


def utc_now() -> datetime:
    """The system clock, in UTC: the ``Clock`` used when no other is given."""
    return datetime.now(UTC)
