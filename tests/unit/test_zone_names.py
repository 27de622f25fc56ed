"""Zones named as the screens name them: the IANA name, its letters when it has some, and its
distance from UTC at that moment (summer time included), so "14:30" on screen is one moment."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from onestop.clock import utc_offset
from onestop.gui import fmt

WINTER = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
SUMMER = datetime(2026, 7, 15, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "at", "offset"),
    [
        ("Africa/Nairobi", WINTER, "UTC+03:00"),
        ("Asia/Kolkata", WINTER, "UTC+05:30"),
        ("America/St_Johns", WINTER, "UTC-03:30"),
        ("Europe/Paris", WINTER, "UTC+01:00"),
        ("Europe/Paris", SUMMER, "UTC+02:00"),
        ("UTC", SUMMER, "UTC+00:00"),
    ],
)
def test_the_distance_from_utc_at_that_moment(zone: str, at: datetime, offset: str) -> None:
    assert utc_offset(at, ZoneInfo(zone)) == offset


def test_a_zone_is_named_with_its_letters_and_its_offset() -> None:
    assert fmt.zone("Africa/Nairobi", WINTER) == "Africa/Nairobi (EAT, UTC+03:00)"
    assert fmt.zone("Europe/Paris", SUMMER) == "Europe/Paris (CEST, UTC+02:00)"
    # A zone without letters of its own ("+04") is not named twice by its offset.
    assert fmt.zone("Asia/Dubai", WINTER) == "Asia/Dubai (UTC+04:00)"


@pytest.mark.parametrize("name", ["UTC", "Etc/UTC", "Zulu"])
def test_utc_is_called_utc(name: str) -> None:
    assert fmt.zone(name, SUMMER) == "UTC"
