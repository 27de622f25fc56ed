"""The kinds of counselling session."""

from __future__ import annotations

from enum import StrEnum


class SessionType(StrEnum):
    INDIVIDUAL = "individual"
    GROUP = "group"
    FAMILY = "family"
    CRISIS = "crisis"
    TELEPHONE = "telephone"
