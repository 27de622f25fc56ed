"""Clinical windows at their boundaries, and the consent ledger's rule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onestop.domain.clinical import (
    DEFAULT_RULES,
    IncidentTime,
    Window,
    WindowState,
    all_windows,
    hours_after,
    window_status,
)
from onestop.domain.consent import (
    ConsentEntry,
    Decision,
    GivenBy,
    Purpose,
    current_decision,
    may_use,
)

T0 = datetime(2026, 3, 1, 22, 30, tzinfo=UTC)
PEP = DEFAULT_RULES[Window.PEP]


def at(hours: float, minutes: float = 0) -> datetime:
    return T0 + timedelta(hours=hours, minutes=minutes)


@pytest.mark.parametrize(
    ("h", "m", "state"),
    [
        (0, 0, WindowState.OPEN),
        (59, 59, WindowState.OPEN),
        (60, 1, WindowState.CLOSING),  # under 12 h left
        (71, 59, WindowState.CLOSING),
        (72, 0, WindowState.CLOSED),
        (72, 1, WindowState.CLOSED),
    ],
)
def test_pep_window_boundaries(h: int, m: int, state: WindowState) -> None:
    status = window_status(PEP, IncidentTime.exact(T0), at(h, m))
    assert status.state is state
    assert (
        status.least_left == status.most_left == timedelta(hours=72) - timedelta(hours=h, minutes=m)
    )


def test_emergency_contraception_is_120_hours_and_forensic_by_specimen() -> None:
    incident = IncidentTime.exact(T0)
    states = {s.rule.window: s.state for s in all_windows(incident, at(110))}
    assert states[Window.EMERGENCY_CONTRACEPTION] is WindowState.CLOSING  # 10 h left
    assert states[Window.PEP] is WindowState.CLOSED
    assert states[Window.FORENSIC_ORAL] is WindowState.CLOSED
    assert states[Window.FORENSIC_VAGINAL] is WindowState.OPEN
    assert (
        window_status(DEFAULT_RULES[Window.EMERGENCY_CONTRACEPTION], incident, at(120)).state
        is WindowState.CLOSED
    )


def test_an_approximate_time_gives_a_range_and_stays_open_until_surely_closed() -> None:
    incident = IncidentTime.between(T0, T0 + timedelta(hours=6))
    # 70 h after the earliest moment: 2 h left at worst, 8 h at best -> closing.
    status = window_status(PEP, incident, at(70))
    assert status.state is WindowState.CLOSING
    assert status.deadline_range == (timedelta(hours=2), timedelta(hours=8))
    # 74 h after the earliest: it may have closed, it may have 4 h left -> still closing.
    assert window_status(PEP, incident, at(74)).state is WindowState.CLOSING
    assert window_status(PEP, incident, at(78)).state is WindowState.CLOSED
    assert window_status(PEP, incident, at(50)).state is WindowState.OPEN


def test_an_unknown_time_has_no_window() -> None:
    status = window_status(PEP, IncidentTime.unknown(), at(1))
    assert status.state is WindowState.UNKNOWN and status.deadline_range is None


def test_hours_after_the_incident() -> None:
    assert hours_after(IncidentTime.exact(T0), at(31)) == (31.0, 31.0)
    assert hours_after(IncidentTime.between(T0, at(2)), at(31)) == (29.0, 31.0)
    with pytest.raises(ValueError):
        IncidentTime.between(at(2), T0)


@given(st.integers(min_value=0, max_value=200 * 60))
def test_states_follow_time_left(minutes: int) -> None:
    status = window_status(PEP, IncidentTime.exact(T0), at(0, minutes))
    left = 72 * 60 - minutes
    expected = (
        WindowState.CLOSED
        if left <= 0
        else WindowState.CLOSING
        if left < 12 * 60
        else WindowState.OPEN
    )
    assert status.state is expected


def entry(purpose, decision, hours, agency="", seq=0):
    return ConsentEntry(purpose, decision, at(hours), GivenBy.SURVIVOR, agency, seq)


def test_consent_in_force_is_the_latest_entry_at_that_moment() -> None:
    ledger = [
        entry(Purpose.SHARE_WITH_POLICE, Decision.GIVEN, 1, seq=1),
        entry(Purpose.SHARE_WITH_POLICE, Decision.WITHDRAWN, 5, seq=2),
        entry(Purpose.PHOTOGRAPHY, Decision.REFUSED, 1, seq=3),
    ]
    assert may_use(ledger, Purpose.SHARE_WITH_POLICE, at(2))
    assert not may_use(ledger, Purpose.SHARE_WITH_POLICE, at(5))
    assert not may_use(ledger, Purpose.SHARE_WITH_POLICE, at(0))  # before any entry
    assert not may_use(ledger, Purpose.PHOTOGRAPHY, at(9))
    assert not may_use(ledger, Purpose.USE_IN_COURT, at(9))  # never asked: no consent


def test_agency_consent_is_per_agency_matched_loosely() -> None:
    ledger = [entry(Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, 1, agency="Société d'Aide", seq=1)]
    assert may_use(ledger, Purpose.SHARE_WITH_AGENCY, at(2), agency="  societe d'aide ")
    assert not may_use(ledger, Purpose.SHARE_WITH_AGENCY, at(2), agency="Legal Aid Clinic")
    with pytest.raises(ValueError, match="agency"):
        current_decision(ledger, Purpose.SHARE_WITH_AGENCY, at(2))


def test_entries_at_the_same_moment_are_ordered_by_recording() -> None:
    ledger = [
        entry(Purpose.STATISTICS, Decision.GIVEN, 1, seq=1),
        entry(Purpose.STATISTICS, Decision.WITHDRAWN, 1, seq=2),
    ]
    assert not may_use(ledger, Purpose.STATISTICS, at(3))
