"""The differencing attack: a reader holds every released table and subtracts. Released
months, then their quarter, then the year (and the other way round) must never let a hidden
count be worked out, nor a small count of a period that was never released.

The attackers here are written apart from domain.releases' integer program: one repeats "a
sum with one unknown left gives it away" (a column and its total, a quarter and its months, a
year and its quarters) until nothing more comes out; the other narrows each count's bounds
("<5" is 1 to 4, "*" is 0 or at least 5, a count is at least 0) through the same sums until
they stop moving, and says which hidden small count is left one value."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from onestop.domain.periods import Period
from onestop.domain.releases import Cell, RefusedRelease, Release, exposed, protect
from onestop.domain.statistics import THRESHOLD, AgeBand, alias, table
from onestop.domain.statistics import table as statistics_table
from tests.narrowing import narrow

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


def narrowed(
    releases: Sequence[Release], rows: Sequence[str] = ROWS
) -> dict[tuple[Period, str], tuple[int, int]]:
    """Each count's bounds as a reader narrows them through the sums: (period, row) → (least,
    greatest), for the periods of the years touched."""
    big = 10**6
    bounds: dict[tuple[Period, str], list[int]] = {}
    years = {r.period.start.year for r in releases}
    for year in years:
        for period in Period.year(year).family():
            for row in (*rows, "total"):
                bounds[(period, row)] = [0, big]
    starred = set()
    for r in releases:
        for (_, row, _), cell in r.cells.items():
            if not cell.hidden:
                bounds[(r.period, row)] = [cell.value, cell.value]
            elif 0 < cell.value < THRESHOLD:
                bounds[(r.period, row)] = [1, THRESHOLD - 1]
            else:
                starred.add((r.period, row))
    sums = [((r.period, "total"), [(r.period, row) for row in rows]) for r in releases]
    for year in years:
        for parent in Period.year(year).family():
            for row in (*rows, "total"):
                if parent.children():
                    sums.append(((parent, row), [(c, row) for c in parent.children()]))
    narrow(bounds, [(parts, whole) for whole, parts in sums], starred)
    return {k: (low, high) for k, (low, high) in bounds.items()}


def assert_nothing_narrowed_to_one(releases: Sequence[Release], rows: Sequence[str] = ROWS) -> None:
    bounds = narrowed(releases, rows)
    published = {
        (r.period, row) for r in releases for (_, row, _), c in r.cells.items() if not c.hidden
    }
    for key, value in hidden_ones(releases).items():
        if key not in published:
            low, high = bounds[key]
            assert low <= value <= high, f"{key[0].name} {key[1]}: {value} outside {low}-{high}"
            assert low < high, f"{key[0].name} {key[1]} = {value}, from the bounds"
    released = {r.period for r in releases}
    for (period, row), (low, high) in bounds.items():
        if period not in released and low == high:
            assert not 0 < low < THRESHOLD, f"{period.name} {row} = {low} (never released)"


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
    assert_nothing_narrowed_to_one([*ledger, done.release])
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
    assert not ledger[0].cells[("t", "rape", "Incidents")].hidden
    for month in m[1:]:  # January never released: Q1 − Feb − Mar would give its 2 rapes
        ledger.append(protect(release(month, data[month]), ledger).release)
    assert_nothing_recovered(ledger)
    assert_nothing_narrowed_to_one(ledger)


def test_two_small_counts_a_printed_total_leaves_summing_to_two_are_pinned() -> None:
    """A table printed as no table of ours is: 7 incidents, 5 physical assaults, one rape and
    one sexual assault printed "<5". No subtraction gives either, but both are at least 1 and
    they add up to 2: each is 1. The check sees it (the sums' algebra alone did not), and
    protecting it hides more until neither is pinned."""
    month = Period.month(2026, 10)
    counts = dict.fromkeys(ROWS, 0) | {"rape": 1, "sexual_assault": 1, "physical_assault": 5}
    cells = {("t", row, "Incidents"): Cell(v, 0 < v < THRESHOLD) for row, v in counts.items()}
    naive = Release(month, cells | {("t", "total", "Incidents"): Cell(7, False)})
    assert narrowed([naive])[(month, "rape")] == (1, 1)
    assert set(exposed([naive])) == {
        (month, ("t", "rape", "Incidents")),
        (month, ("t", "sexual_assault", "Incidents")),
    }
    done = protect(naive, [])
    assert done.further
    assert exposed([done.release]) == {}
    assert_nothing_narrowed_to_one([done.release])


def test_the_last_month_of_a_quarter_whose_marks_would_give_its_count_is_refused() -> None:
    """The quarter printed 12 rapes; each month had 4. January and February can be printed
    "<5" (March might have had the rest); March's "<5" would pin all three at 4, whatever else
    March hides: it is refused, naming the quarter."""
    m = months(2026, 1)
    counts = dict.fromkeys(ROWS, 6) | {"rape": 4}
    quarter = {row: 3 * value for row, value in counts.items()}
    ledger = [protect(release(Period.quarter(2026, 1), quarter), []).release]
    assert not ledger[0].cells[("t", "rape", "Incidents")].hidden
    for month in m[:2]:
        ledger.append(protect(release(month, counts), ledger).release)
        assert_nothing_narrowed_to_one(ledger)
    with pytest.raises(RefusedRelease) as refused:
        protect(release(m[2], counts), ledger)
    assert refused.value.because_of == (Period.quarter(2026, 1),)
    assert not refused.value.released_at


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
    refused = []
    for period in periods:
        try:
            ledger.append(protect(release(period, counts(period)), ledger).release)
        except RefusedRelease as refusal:
            # Only when its own "<5" marks pin a count: so the same release printed with
            # every count hidden still gives one away.
            assert refusal.because_of and not refusal.released_at
            everything = release(period, counts(period))
            everything = everything.hide(everything.cells)
            assert exposed([*ledger, everything]).keys() - exposed(ledger).keys()
            refused.append(period)
            continue
        assert_nothing_recovered(ledger)
        assert_nothing_narrowed_to_one(ledger)
    assert any(c.hidden for r in ledger for c in r.cells.values())
    assert len(refused) < len(periods) / 2, [p.name for p in refused]


def test_a_star_beside_a_count_of_millions_is_still_read_as_0_or_at_least_5() -> None:
    """The reader takes a "*" cell for 0 or at least 5 (x <= ceiling * b, b whole). Beside a
    count of twenty million, b = x / ceiling would be under HiGHS's default integrality
    tolerance were it not kept whole: a "*" of 5 and a "<5" adding up to 6 still pin the
    "<5" at 1 (a "*" that could pass for 2 would miss it)."""
    month = Period.month(2026, 10)
    cells = {
        ("t", "rape", "Incidents"): Cell(5, True),  # "*"
        ("t", "sexual_assault", "Incidents"): Cell(1, True),  # "<5"
        ("t", "physical_assault", "Incidents"): Cell(20_000_000, False),
        ("t", "total", "Incidents"): Cell(20_000_006, False),
    }
    # Rape + sexual assault = 6: a "*" of 5 and a "<5" of 1, nothing else.
    assert (month, ("t", "sexual_assault", "Incidents")) in exposed([Release(month, cells)])
