"""The differencing attack: a reader holds every released table and subtracts. Released
months, then their quarter, then the year (and the other way round) must never let a hidden
count be worked out, nor a small count of a period that was never released.

The attacker here is written apart from domain.releases' elimination: it repeats "a sum with
one unknown left gives it away" (a column and its total, a quarter and its months, a year and
its quarters) until nothing more comes out, and then checks what it found."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from onestop.domain.periods import Period
from onestop.domain.releases import Cell, RefusedRelease, Release, protect
from onestop.domain.statistics import THRESHOLD, AgeBand, alias, table
from onestop.domain.statistics import table as statistics_table

ROWS = ("rape", "sexual_assault", "physical_assault", "forced_marriage", "denial", "emotional")


def release(period: Period, counts: dict[str, int]) -> Release:
    """One table of counts with its total, suppressed within itself as printed."""
    t = table("By type", "incidents", ["Incidents"], [(r, [counts[r]]) for r in ROWS], key="t")
    return Release(period, {k: Cell(c.value, c.hidden) for k, c in t.cells()})


def attack(
    releases: Sequence[Release], rows: Sequence[str] = ROWS
) -> dict[tuple[Period, str], int]:
    """Everything subtraction gives: (period, row) → value, for rows and "total"."""
    known: dict[tuple[Period, str], int] = {}
    for r in releases:
        for (_, row, _), cell in r.cells.items():
            if not cell.hidden:
                known[(r.period, row)] = cell.value
    sums: list[tuple[tuple[Period, str], list[tuple[Period, str]]]] = []
    years = {r.period.start.year for r in releases}
    for r in releases:
        sums.append(((r.period, "total"), [(r.period, row) for row in rows]))
    for year in years:
        for parent in Period.year(year).family():
            for row in (*rows, "total"):
                if parent.children():
                    sums.append(((parent, row), [(c, row) for c in parent.children()]))
    changed = True
    while changed:
        changed = False
        for whole, parts in sums:
            cells = [whole, *parts]
            unknown = [c for c in cells if c not in known]
            if len(unknown) != 1:
                continue
            (u,) = unknown
            part_sum = sum(known[p] for p in parts if p != u)
            known[u] = part_sum if u == whole else known[whole] - part_sum
            changed = True
    return known


def hidden_ones(releases: Sequence[Release]) -> dict[tuple[Period, str], int]:
    """The small counts hidden ("<5"): what no subtraction may give back. (A "*" count is 5
    or more, hidden only to protect these; working one out is harmless unless it gives a
    small one away, which this test catches.)"""
    return {
        (r.period, row): cell.value
        for r in releases
        for (_, row, _), cell in r.cells.items()
        if cell.hidden and 0 < cell.value < THRESHOLD
    }


def assert_nothing_recovered(releases: Sequence[Release], rows: Sequence[str] = ROWS) -> None:
    found = attack(releases, rows)
    published = {
        (r.period, row) for r in releases for (_, row, _), c in r.cells.items() if not c.hidden
    }
    for key, value in hidden_ones(releases).items():
        if key not in published:
            assert key not in found, f"{key[0].name} {key[1]} = {value} recovered"
    released = {r.period for r in releases}
    for (period, row), value in found.items():
        if period not in released:
            assert not 0 < value < THRESHOLD, f"{period.name} {row} = {value} (never released)"


def months(year: int, quarter: int) -> list[Period]:
    return Period.quarter(year, quarter).children()


def test_a_quarter_minus_its_released_months_gives_nothing_away() -> None:
    m = months(2026, 4)
    data = {
        m[0]: {
            "rape": 3,
            "sexual_assault": 9,
            "physical_assault": 12,
            "forced_marriage": 0,
            "denial": 7,
            "emotional": 6,
        },
        m[1]: {
            "rape": 6,
            "sexual_assault": 8,
            "physical_assault": 11,
            "forced_marriage": 5,
            "denial": 9,
            "emotional": 5,
        },
        m[2]: {
            "rape": 7,
            "sexual_assault": 5,
            "physical_assault": 10,
            "forced_marriage": 6,
            "denial": 5,
            "emotional": 8,
        },
    }
    ledger: list[Release] = []
    for month in m:
        ledger.append(protect(release(month, data[month]), ledger).release)
    quarter = {row: sum(data[mm][row] for mm in m) for row in ROWS}
    naive = release(Period.quarter(2026, 4), quarter)
    # Without the ledger, the quarter gives October's 3 rapes away: 16 − 6 − 7.
    assert attack([*ledger, naive])[(m[0], "rape")] == 3
    done = protect(naive, ledger)
    assert done.further and done.because_of
    assert_nothing_recovered([*ledger, done.release])
    assert done.release.cells[("t", "rape", "Incidents")].hidden


def test_the_perpetrators_age_groups_cannot_be_subtracted() -> None:
    """The perpetrator's age group, released by month and then by quarter, through the
    statistics' own table and ledger keys (its total is the period's incidents)."""
    ages = [band.value for band in AgeBand]

    def by_age(period: Period, counts: dict[str, int]) -> Release:
        t = statistics_table(
            "Age group",
            "incidents",
            ["Incidents"],
            [(a, [counts.get(a, 0)]) for a in ages],
            key="by_perpetrator_age",
            row_keys=ages,
            column_keys=["incidents"],
        )
        return Release(period, {k: Cell(c.value, c.hidden) for k, c in t.cells()})

    m = months(2026, 4)
    data = [
        {"18-25": 2, "26-40": 14, "41-60": 9, "unknown": 11},
        {"18-25": 7, "26-40": 12, "41-60": 8, "unknown": 9},
        {"18-25": 6, "26-40": 10, "41-60": 7, "unknown": 12},
    ]
    ledger: list[Release] = []
    for month, counts in zip(m, data, strict=True):
        ledger.append(protect(by_age(month, counts), ledger, alias).release)
    quarter = {a: sum(d.get(a, 0) for d in data) for a in ages}
    naive = by_age(Period.quarter(2026, 4), quarter)
    # Without the ledger, the quarter gives October's two 18–25s away: 15 − 7 − 6.
    assert attack([*ledger, naive], ages)[(m[0], "18-25")] == 2
    done = protect(naive, ledger, alias)
    assert done.further
    assert_nothing_recovered([*ledger, done.release], ages)
    assert alias(m[0], ("by_perpetrator_age", "total", "incidents")) == (
        m[0],
        ("incidents", "total", "incidents"),
    )


def test_months_released_after_their_quarter_give_nothing_away() -> None:
    m = months(2026, 1)
    data = {
        m[0]: {
            "rape": 2,
            "sexual_assault": 9,
            "physical_assault": 12,
            "forced_marriage": 7,
            "denial": 7,
            "emotional": 6,
        },
        m[1]: {
            "rape": 6,
            "sexual_assault": 8,
            "physical_assault": 11,
            "forced_marriage": 5,
            "denial": 9,
            "emotional": 5,
        },
        m[2]: {
            "rape": 7,
            "sexual_assault": 5,
            "physical_assault": 10,
            "forced_marriage": 6,
            "denial": 5,
            "emotional": 8,
        },
    }
    quarter = {row: sum(data[mm][row] for mm in m) for row in ROWS}
    ledger = [protect(release(Period.quarter(2026, 1), quarter), []).release]
    for month in m[1:]:  # January never released: Q1 − Feb − Mar would give its 2 rapes
        ledger.append(protect(release(month, data[month]), ledger).release)
    assert_nothing_recovered(ledger)


def test_the_same_period_twice_with_other_figures_is_refused() -> None:
    month = Period.month(2026, 10)
    base = dict.fromkeys(ROWS, 6)
    first = protect(release(month, base), []).release
    again = protect(release(month, base), [first])
    assert again.release.cells == first.cells
    with pytest.raises(RefusedRelease):
        protect(release(month, {**base, "rape": 7}), [first])


@pytest.mark.parametrize("seed", range(12))
def test_random_months_quarters_and_year_give_nothing_away(seed: int) -> None:
    rng = random.Random(seed)
    year = 2025
    data = {
        month: {row: rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 11]) for row in ROWS}
        for month in Period.year(year).months()
    }

    def counts(period: Period) -> dict[str, int]:
        return {row: sum(data[m][row] for m in period.months()) for row in ROWS}

    periods = [p for p in Period.year(year).family() if rng.random() < 0.7]
    rng.shuffle(periods)
    ledger: list[Release] = []
    for period in periods:
        ledger.append(protect(release(period, counts(period)), ledger).release)
        assert_nothing_recovered(ledger)
    assert any(c.hidden for r in ledger for c in r.cells.values())
