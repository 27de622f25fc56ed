"""The ledger of released statistics, and the check that a new release cannot be subtracted from
the earlier ones to give away a count they hid.

Each release is a period (a whole month, quarter or year, ``domain.periods``) and its cells:
(table, row, column) → the true count and whether it was hidden. A reader holding all of them
knows sums (a column adds up to its total, a quarter's cell is the sum of its three months', a
year's the sum of its quarters') and bounds: a count printed "<5" is 1 to 4, one printed "*"
(hidden to protect another) is 0 or at least 5, any count is a whole number at least 0. A count
is *exposed* when what she knows leaves it one possible value:

- a small count (1 to 4) hidden in some release and published in none (a quarter minus its
  two other months; or a quarter's 3 rapes, printed, and each of its months' printed "<5");
- a count of a period never released that the others pin to a small number (1 to 4): a quarter
  minus two released months gives the third month exactly, even if that month was never printed.

Her problem is solved as an integer program (HiGHS): a count is pinned when its least and its
greatest possible values are equal; a solve that does not finish counts as a pin. It depends on
the published values, so a coincidence of numbers is caught, never relied on.

:func:`protect` makes a new release safe against every earlier one: a period already released is
released again only with the same figures (else it is refused, with the reason), keeping every
count it hid hidden; then, while anything is exposed, it hides one more count of the new release
(secondary suppression, "*"), the one that removes most exposure, and gives the reason in words.
When hiding every count of the new release would still expose one (its own "<5" marks pin it,
with what overlapping periods printed), the release is refused, naming those periods.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from onestop.domain.periods import Period
from onestop.domain.statistics import THRESHOLD

CellKey = tuple[str, str, str]  # (table, row, column); the total row is "total"
Var = tuple[Period, CellKey]
Alias = Callable[[Period, CellKey], Var]
# Counts of one release a reader knows to be no greater than others, though no sum says so:
# (smaller, greater) keys, for a period (a period's rape survivors are no more than its rapes).
Ordered = Callable[[Period], Sequence[tuple[CellKey, CellKey]]]
TOTAL_ROW = "total"
TRIED = 3  # candidates tried for each count hidden further (each try is an elimination)


@dataclass(frozen=True)
class Cell:
    value: int
    hidden: bool


@dataclass(frozen=True)
class Release:
    period: Period
    cells: Mapping[CellKey, Cell]
    released_at: str = ""  # ISO date, for the reasons given in words

    def hide(self, keys: Iterable[CellKey]) -> Release:
        hidden = set(keys)
        return Release(
            self.period,
            {k: Cell(c.value, c.hidden or k in hidden) for k, c in self.cells.items()},
            self.released_at,
        )


class RefusedRelease(Exception):
    """A release that would undo an earlier one's suppression, whatever else is hidden: the
    same period released before with other figures (``released_at`` says when), or one whose
    own "<5" marks, with the releases of overlapping periods (``because_of``), pin a count."""

    def __init__(
        self, period: Period, released_at: str, because_of: tuple[Period, ...] = ()
    ) -> None:
        super().__init__(period.name)
        self.period = period
        self.released_at = released_at
        self.because_of = because_of


@dataclass(frozen=True)
class Protected:
    release: Release
    further: frozenset[CellKey] = field(default_factory=frozenset)  # hidden because of others
    because_of: tuple[Period, ...] = ()  # the earlier releases that made it necessary


def _overlap(a: Period, b: Period) -> bool:
    return a.start <= b.end and b.start <= a.end


def same(period: Period, key: CellKey) -> Var:
    return (period, key)


def unordered(period: Period) -> Sequence[tuple[CellKey, CellKey]]:
    return ()


def _column_sums(release: Release, alias: Alias) -> list[dict[Var, int]]:
    """Within a release, each column of a table with a total adds up to it."""
    columns: dict[tuple[str, str], list[str]] = {}
    for table, row, column in release.cells:
        columns.setdefault((table, column), []).append(row)
    out = []
    for (table, column), rows in columns.items():
        if TOTAL_ROW not in rows:
            continue
        eq: dict[Var, int] = {}
        for row in rows:
            var = alias(release.period, (table, row, column))
            eq[var] = eq.get(var, 0) + (-1 if row == TOTAL_ROW else 1)
        out.append({v: c for v, c in eq.items() if c})
    return out


def _period_sums(
    years: Iterable[Period], keys: Iterable[CellKey], released: set[Period]
) -> list[dict[Var, int]]:
    """Each count of a quarter is its months' sum, each count of a year its quarters'. A sum
    in which no period was released is left out: it fixes nothing (its parts are free)."""
    out = []
    for period in years:
        for parent in period.family():
            children = parent.children()
            if not children or not released.intersection([parent, *children]):
                continue
            for key in keys:
                eq = {(parent, key): 1}
                for child in children:
                    eq[(child, key)] = -1
                out.append(eq)
    return out


def _equations(releases: Sequence[Release], alias: Alias) -> list[dict[Var, int]]:
    """Every sum a reader knows holds: each column to its total within a release, and each
    count of a quarter or year to the sum of its parts, for every period of the years touched."""
    equations: list[dict[Var, int]] = []
    keys: set[CellKey] = set()
    years: dict[int, Period] = {}
    for release in releases:
        years.setdefault(release.period.start.year, release.period)
        equations += _column_sums(release, alias)
        keys.update(alias(release.period, key)[1] for key in release.cells)
    released = {r.period for r in releases}
    equations += _period_sums(years.values(), sorted(keys), released)
    return [eq for eq in equations if eq]


def _published(releases: Sequence[Release], alias: Alias) -> dict[Var, int]:
    out: dict[Var, int] = {}
    for release in releases:
        for key, cell in release.cells.items():
            if not cell.hidden:
                out[alias(release.period, key)] = cell.value
    return out


def _small(releases: Sequence[Release], alias: Alias) -> set[Var]:
    """The counts hidden because they are small (1 to 4): the secrets. A count hidden only
    to protect another ("*", 5 or more) tells nothing by itself; if working it out gave a
    small count away, that small count is in this set."""
    return {
        alias(release.period, key)
        for release in releases
        for key, cell in release.cells.items()
        if cell.hidden and 0 < cell.value < THRESHOLD
    }


def _hidden(
    releases: Sequence[Release], alias: Alias, published: Mapping[Var, int]
) -> tuple[dict[Var, int], set[Var]]:
    """The counts hidden everywhere they are printed, with their values; and those of them
    printed "<5" somewhere. A hidden total prints "*" even when it is 1 to 4 (a column whose
    every count is "<5" or 0 hides its total): only a hidden cell is "<5"."""
    printed: dict[Var, int] = {}
    marked_small: set[Var] = set()
    for release in releases:
        for key, cell in release.cells.items():
            var = alias(release.period, key)
            if var not in published:
                printed[var] = cell.value
                if key[1] != TOTAL_ROW and 0 < cell.value < THRESHOLD:
                    marked_small.add(var)
    return printed, marked_small


# What a reader knows of a printed count besides the sums: "<5" is 1 to 4; "*" (hidden to
# protect another) is 0 or at least THRESHOLD; a count of a period never released is at least
# 0; every count is a whole number. With those bounds she pins counts the sums' algebra alone
# leaves free: a quarter's 3 rapes printed and each of its months' printed "<5" give 1 a month.
RANDOM_TRIES = 4  # objectives tried at once before the counts still unproven, one by one
SOLVE_SECONDS = 30.0  # a solve that does not finish in this counts its count as pinned


def _solver() -> Any:
    """A HiGHS instance that prints nothing (its Python wrapper logs a banner on stdout before
    any option can be set; the bare class it wraps does not). Imported here, not with the
    module: HiGHS and numpy hold 20 MB of a desktop that may never publish statistics."""
    from highspy._core import _Highs

    solver = _Highs()
    solver.setOptionValue("output_flag", False)
    solver.setOptionValue("time_limit", SOLVE_SECONDS)
    solver.setOptionValue("random_seed", 0)
    # A "*" is read as x <= ceiling * b with b whole; with counts in the millions b = 1/ceiling
    # is under the default integrality tolerance (1e-6): keep it fractional, never "whole".
    solver.setOptionValue("mip_feasibility_tolerance", 1e-9)
    return solver


@dataclass
class _Reader:
    """The reader's problem as an integer program: one column per count (a published one
    fixed to its value, a "<5" one 1 to 4), each sum a row, and for each "*" a 0/1 column
    saying whether it is 0 (then the count is 0) or not (then it is at least THRESHOLD)."""

    columns: list[Var]
    lower: list[float]
    upper: list[float]
    rows: list[tuple[dict[int, float], bool]]  # coefficients; True: = 0, False: >= 0
    seen: dict[Var, set[int]]  # values a count takes in the truth and in solutions found

    @classmethod
    def of(cls, releases: Sequence[Release], alias: Alias, ordered: Ordered) -> _Reader:
        published = _published(releases, alias)
        printed, marked_small = _hidden(releases, alias, published)
        equations = _equations(releases, alias)
        names = sorted({*printed, *published, *(v for eq in equations for v in eq)}, key=repr)
        index = {var: i for i, var in enumerate(names)}
        # No count exceeds this: a cap can only narrow what the reader may think, so it never
        # hides a pin; it keeps each "*" row's coefficient small enough to be read exactly.
        ceiling = 2 * max([*published.values(), *printed.values(), THRESHOLD]) + 100
        reader = cls(list(names), [], [], [], {})
        for var in names:
            if var in published:
                low = high = published[var]
            elif var in marked_small:
                low, high = 1, THRESHOLD - 1
            else:
                low, high = 0, ceiling
            reader.lower.append(low)
            reader.upper.append(high)
            if var in printed or var in published:
                reader.seen[var] = {printed.get(var, published.get(var, 0))}
        reader.rows = [({index[v]: c for v, c in eq.items()}, True) for eq in equations]
        for release in releases:
            for smaller, greater in ordered(release.period):
                if smaller in release.cells and greater in release.cells:
                    low = index[alias(release.period, smaller)]
                    high = index[alias(release.period, greater)]
                    reader.rows.append(({high: 1, low: -1}, False))
        for var, value in printed.items():
            # "*": x >= 5b and x <= ceiling * b. A "*" total of 1 to 4 is not what a reader
            # takes "*" to be; one who took it so would find no answer, so she is left none.
            if value == 0 or value >= THRESHOLD:
                b = len(reader.lower)
                reader.lower.append(0)
                reader.upper.append(1)
                reader.rows.append(({index[var]: 1, b: -THRESHOLD}, False))
                reader.rows.append(({index[var]: -1, b: ceiling}, False))
        return reader

    def pinned(
        self, watch: Iterable[Var], harmless: Callable[[int], bool] = lambda value: False
    ) -> dict[Var, int | None]:
        """Of ``watch``, the counts whose least and greatest possible values are equal, with
        that value (None: a solve did not finish, so it is not known to be free); a count that
        can take a ``harmless`` value is left out, pinned or not. A few objectives at once
        first: a count seen with two values in the truth or any solution is free; each count
        left is then minimised and maximised."""
        watch = [v for v in watch if v in self.seen or v in self.columns]
        if not watch:
            return {}
        index = {var: i for i, var in enumerate(self.columns)}
        solver = _solver()
        solver.passModel(self._lp())
        rng = random.Random(0)  # noqa: S311 (objectives to try, the same each run; no secret)
        for _ in range(RANDOM_TRIES):
            costs = {index[v]: rng.choice((-1.0, 1.0)) for v in watch}
            self._solve(solver, costs)
        out: dict[Var, int | None] = {}
        for var in watch:
            seen = self.seen.get(var, set())
            if len(seen) > 1 or any(harmless(value) for value in seen):
                continue
            low = self._solve(solver, {index[var]: 1.0}, index[var])
            if low is not None and harmless(low):
                continue
            high = None if low is None else self._solve(solver, {index[var]: -1.0}, index[var])
            if low is None or high is None:
                out[var] = None
            elif low == high:
                out[var] = low
        return out

    def _lp(self) -> Any:
        import highspy

        lp = highspy.HighsLp()
        lp.num_col_ = len(self.lower)
        lp.num_row_ = len(self.rows)
        lp.col_cost_ = [0.0] * lp.num_col_
        lp.col_lower_ = [float(v) for v in self.lower]
        lp.col_upper_ = [float(v) for v in self.upper]
        # A sum is an equation (= 0); a "*" row says its expression is at least 0.
        lp.row_lower_ = [0.0] * lp.num_row_
        lp.row_upper_ = [0.0 if equation else math.inf for _, equation in self.rows]
        lp.integrality_ = [highspy.HighsVarType.kInteger] * lp.num_col_
        lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
        starts, indices, values = [0], [], []
        for row, _ in self.rows:
            for i, c in sorted(row.items()):
                indices.append(i)
                values.append(float(c))
            starts.append(len(indices))
        lp.a_matrix_.start_ = starts
        lp.a_matrix_.index_ = indices
        lp.a_matrix_.value_ = values
        return lp

    def _solve(self, solver: Any, costs: Mapping[int, float], column: int = -1) -> int | None:
        """Minimise ``costs`` over the reader's problem; note every count's value in the
        solution; give ``column``'s, or None when the solve did not finish with an optimum."""
        n = len(self.lower)
        solver.changeColsCost(n, list(range(n)), [costs.get(i, 0.0) for i in range(n)])
        solver.run()
        from highspy import HighsModelStatus

        if solver.getModelStatus() != HighsModelStatus.kOptimal:
            return None
        values = solver.getSolution().col_value
        for i, var in enumerate(self.columns):
            self.seen.setdefault(var, set()).add(round(values[i]))
        return None if column < 0 else round(values[column])


def exposed(
    releases: Sequence[Release], alias: Alias = same, ordered: Ordered = unordered
) -> dict[Var, int | None]:
    """The counts the releases together give away, with the value a reader works out: each
    hidden small count she pins to one value, and each count of a period never released she
    pins to a small number (1 to 4). A count the solver could not prove free is given away
    (its value None)."""
    published = _published(releases, alias)
    secrets = _small(releases, alias) - published.keys()
    printed = {alias(r.period, key) for r in releases for key in r.cells}
    reader = _Reader.of(releases, alias, ordered)
    found = reader.pinned(sorted(secrets, key=repr))
    # A count of a period never released matters only if it is pinned to 1 to 4.
    unreleased = [v for v in reader.columns if v not in printed]
    found |= reader.pinned(unreleased, harmless=lambda value: not 0 < value < THRESHOLD)
    return found


def protect(
    new: Release, earlier: Sequence[Release], alias: Alias = same, ordered: Ordered = unordered
) -> Protected:
    """``new`` with what must be hidden further so that it and ``earlier`` expose nothing that
    ``earlier`` alone did not; :class:`RefusedRelease` when the same period was released with
    other figures (two versions of one period subtract to the records changed in between)."""
    before = [r for r in earlier if r.period == new.period]
    for old in before:
        if {k: c.value for k, c in old.cells.items()} != {k: c.value for k, c in new.cells.items()}:
            raise RefusedRelease(new.period, old.released_at)
    current = new.hide(k for old in before for k, c in old.cells.items() if c.hidden)
    others = [r for r in earlier if r.period.start.year == new.period.start.year]
    already = set(exposed(others, alias, ordered))
    further: set[CellKey] = set()

    def risk(release: Release) -> set[Var]:
        return set(exposed([*others, release], alias, ordered)) - already

    at_risk = risk(current)
    published_before = set(_published(others, alias))
    overlapping = tuple(
        sorted(
            {r.period for r in others if r.period != new.period and _overlap(r.period, new.period)},
            key=lambda p: (p.start, p.end),
        )
    )
    if at_risk and risk(current.hide(current.cells)):
        # Hiding every count does not help: what gives a count away is this release's "<5"
        # marks themselves (a count of 1 to 4), with what was released before.
        raise RefusedRelease(new.period, "", overlapping)
    while at_risk:
        keys = _next_to_hide(current, at_risk, published_before, alias, risk)
        if not keys:
            raise RefusedRelease(new.period, "", overlapping)
        current = current.hide(keys)
        further.update(keys)
        at_risk = risk(current)
    return Protected(current, frozenset(further), overlapping if further else ())


def _next_to_hide(
    current: Release,
    at_risk: set[Var],
    published_before: set[Var],
    alias: Alias,
    risk: Callable[[Release], set[Var]],
) -> list[CellKey]:
    """The cells (one number, all its printed places) of ``current`` whose hiding removes the
    most exposure, among a few tried: first the same count as an exposed one (a quarter's
    rapes, when a month's rapes are exposed), then those of the same table and column, the
    smallest first; only numbers this release is the first to publish can help."""
    own: dict[Var, list[CellKey]] = {}
    for key, cell in current.cells.items():
        var = alias(current.period, key)
        if not cell.hidden and var not in published_before:
            own.setdefault(var, []).append(key)
    same = {var[1] for var in at_risk}
    near = {(var[1][0], var[1][2]) for var in at_risk}

    def order(var: Var) -> tuple[int, int, int, str]:
        value = current.cells[own[var][0]].value
        closeness = 0 if var[1] in same else 1 if (var[1][0], var[1][2]) in near else 2
        return (closeness, 0 if value > 0 else 1, value, repr(var))

    direct = [key for var in own if var[1] in same for key in own[var]]
    if direct:  # the same counts as the exposed ones: all of them at once, no trial needed
        return direct
    best: tuple[int, Var] | None = None
    for var in sorted(own, key=order)[:TRIED]:
        left = len(risk(current.hide(own[var])))
        if best is None or left < best[0]:
            best = (left, var)
        if left == 0:
            break
    return own[best[1]] if best is not None else []
