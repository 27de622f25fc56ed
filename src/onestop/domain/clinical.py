"""Clinical time windows, counted from the incident.

Defaults and their sources: docs/DOMAIN.md ("Rules the software must know"); a centre may
change them. A window is open from the incident until ``hours`` later (the deadline itself is
already closed), "closing" when less than CLOSING_HOURS remain, closed after. An approximate
incident time is a range, and so is every deadline: the window is closed only once the latest
possible deadline has passed, and is shown as closing as soon as the earliest one might have.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from onestop.clock import printed
from onestop.i18n import QT_TRANSLATE_NOOP


class Precision(StrEnum):
    EXACT = "exact"
    APPROXIMATE = "approximate"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class IncidentTime:
    """When the incident happened: one moment, a range (approximate), or not known."""

    precision: Precision
    earliest: datetime | None = None
    latest: datetime | None = None

    @classmethod
    def exact(cls, at: datetime) -> IncidentTime:
        return cls(Precision.EXACT, at, at)

    @classmethod
    def between(cls, earliest: datetime, latest: datetime) -> IncidentTime:
        if latest < earliest:
            raise ValueError("the end of the range is before its start")
        return cls(Precision.APPROXIMATE, earliest, latest)

    @classmethod
    def unknown(cls) -> IncidentTime:
        return cls(Precision.UNKNOWN)

    def describe(self) -> str:
        """As a document prints it, in the centre's zone with the zone named
        (``clock.printed``): one moment, a range, or "time not known"."""
        if self.precision is Precision.UNKNOWN or self.earliest is None:
            return QT_TRANSLATE_NOOP("Documents", "time not known")
        if self.precision is Precision.EXACT or self.latest in (None, self.earliest):
            return printed(self.earliest)
        assert self.latest is not None
        return QT_TRANSLATE_NOOP("Documents", "between {start} and {end}").format(
            start=printed(self.earliest), end=printed(self.latest)
        )


class Window(StrEnum):
    PEP = "pep"
    EMERGENCY_CONTRACEPTION = "emergency_contraception"
    FORENSIC_ORAL = "forensic_oral"
    FORENSIC_DIGITAL = "forensic_digital"
    FORENSIC_ANAL = "forensic_anal"
    FORENSIC_VAGINAL = "forensic_vaginal"


@dataclass(frozen=True)
class WindowRule:
    window: Window
    label: str
    hours: int
    source: str


DEFAULT_RULES: Mapping[Window, WindowRule] = {
    r.window: r
    for r in (
        WindowRule(Window.PEP, "PEP", 72, "72 h after rape; 28-day course (MSF, SARC)"),
        WindowRule(Window.EMERGENCY_CONTRACEPTION, "Emergency contraception", 120, "120 h"),
        WindowRule(Window.FORENSIC_ORAL, "Forensic: oral", 48, "SARC forensic timescales"),
        WindowRule(Window.FORENSIC_DIGITAL, "Forensic: digital", 48, "SARC forensic timescales"),
        WindowRule(Window.FORENSIC_ANAL, "Forensic: anal", 72, "SARC forensic timescales"),
        # SARC gives 7-10 days; the default is the conservative end, a centre may extend it.
        WindowRule(Window.FORENSIC_VAGINAL, "Forensic: vaginal", 168, "SARC: 7-10 days"),
    )
}

CLOSING_HOURS = 12


class WindowState(StrEnum):
    OPEN = "open"
    CLOSING = "closing"  # under CLOSING_HOURS left, or may already have closed
    CLOSED = "closed"
    UNKNOWN = "unknown"  # the incident time is not known


@dataclass(frozen=True)
class WindowStatus:
    rule: WindowRule
    state: WindowState
    least_left: timedelta | None  # the time left if the incident was at its earliest
    most_left: timedelta | None  # the time left if the incident was at its latest

    @property
    def deadline_range(self) -> tuple[timedelta, timedelta] | None:
        if self.least_left is None or self.most_left is None:
            return None
        return (self.least_left, self.most_left)


def window_status(rule: WindowRule, incident: IncidentTime, now: datetime) -> WindowStatus:
    """Where ``now`` stands in ``rule``'s window for an incident at ``incident``."""
    if incident.precision is Precision.UNKNOWN or incident.earliest is None:
        return WindowStatus(rule, WindowState.UNKNOWN, None, None)
    latest = incident.latest or incident.earliest
    span = timedelta(hours=rule.hours)
    least_left = incident.earliest + span - now
    most_left = latest + span - now
    zero = timedelta(0)
    if most_left <= zero:
        state = WindowState.CLOSED
    elif least_left <= zero or most_left < timedelta(hours=CLOSING_HOURS):
        state = WindowState.CLOSING
    else:
        state = WindowState.OPEN
    return WindowStatus(rule, state, least_left, most_left)


def all_windows(
    incident: IncidentTime, now: datetime, rules: Mapping[Window, WindowRule] = DEFAULT_RULES
) -> tuple[WindowStatus, ...]:
    return tuple(window_status(rule, incident, now) for rule in rules.values())


def hours_after(incident: IncidentTime, moment: datetime) -> tuple[float, float] | None:
    """How many hours after the incident ``moment`` was (a range if the time is approximate):
    "PEP first dose 31 h after the incident"."""
    if incident.earliest is None:
        return None
    latest = incident.latest or incident.earliest
    return (
        (moment - latest).total_seconds() / 3600,
        (moment - incident.earliest).total_seconds() / 3600,
    )
