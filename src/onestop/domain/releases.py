"""The ledger of released statistics, and the check that a new release cannot be subtracted from
the earlier ones to give away a count they hid.

Each release is a period (a whole month, quarter or year, ``domain.periods``) and its cells:
(table, row, column) → the true count and whether it was hidden. What a reader can do with all
of them together is linear algebra over sums: a column adds up to its total, a quarter's cell is
the sum of its three months' cells, a year's the sum of its quarters'. A count is *exposed* when
those equations and the published counts fix it exactly:

- a small count (1 to 4) hidden in some release and published in none (a quarter minus its
  two other months);
- a count of a period never released that the others fix to a small number (1 to 4): a quarter
  minus two released months gives the third month exactly, even if that month was never printed.

:func:`protect` makes a new release safe against every earlier one: a period already released is
released again only with the same figures (else it is refused, with the reason), keeping every
count it hid hidden; then, while anything is exposed, it hides one more count of the new release
(secondary suppression, "*"), the one that removes most exposure, and gives the reason in words.
Whether a count is fixed depends only on which counts are published (exact rational elimination),
not on their values, so the check cannot be fooled by a coincidence of numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from onestop.domain.periods import Period
from onestop.domain.statistics import THRESHOLD

CellKey = tuple[str, str, str]  # (table, row, column); the total row is "total"
Var = tuple[Period, CellKey]
Alias = Callable[[Period, CellKey], Var]
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
    """A release that would undo an earlier one's suppression, whatever else is hidden."""

    def __init__(self, period: Period, released_at: str) -> None:
        super().__init__(period.name)
        self.period = period
        self.released_at = released_at


@dataclass(frozen=True)
class Protected:
    release: Release
    further: frozenset[CellKey] = field(default_factory=frozenset)  # hidden because of others
    because_of: tuple[Period, ...] = ()  # the earlier releases that made it necessary


def _overlap(a: Period, b: Period) -> bool:
    return a.start <= b.end and b.start <= a.end


def same(period: Period, key: CellKey) -> Var:
    return (period, key)


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


Row = tuple[dict[Var, Fraction], Fraction]  # coefficients of the unknowns, right-hand side


def _subtract(row: Row, coeff: Fraction, other: Row) -> Row:
    """``row`` minus ``coeff`` times ``other``."""
    lhs = dict(row[0])
    for v, c in other[0].items():
        value = lhs.get(v, Fraction(0)) - coeff * c
        if value:
            lhs[v] = value
        else:
            lhs.pop(v, None)
    return lhs, row[1] - coeff * other[1]


def _unknowns(eq: Mapping[Var, int], known: Mapping[Var, int]) -> Row:
    lhs: dict[Var, Fraction] = {}
    rhs = Fraction(0)
    for var, coeff in eq.items():
        if var in known:
            rhs -= coeff * known[var]
        else:
            lhs[var] = lhs.get(var, Fraction(0)) + coeff
    return {v: c for v, c in lhs.items() if c}, rhs


def _fixed(equations: Sequence[dict[Var, int]], known: Mapping[Var, int]) -> dict[Var, Fraction]:
    """The unknowns the equations fix exactly, with the value they fix them to (Gauss-Jordan
    elimination over the rationals, the known counts moved to the right-hand side): in the
    reduced form, an unknown is fixed when a row holds it alone."""
    pivots: dict[Var, Row] = {}
    for eq in equations:
        row = _unknowns(eq, known)
        for var in [v for v in row[0] if v in pivots]:
            coeff = row[0].get(var)
            if coeff:
                row = _subtract(row, coeff, pivots[var])
        if not row[0]:
            continue
        pivot = min(row[0], key=repr)
        scale = row[0][pivot]
        row = ({v: c / scale for v, c in row[0].items()}, row[1] / scale)
        for other, other_row in list(pivots.items()):
            coeff = other_row[0].get(pivot)
            if coeff:
                pivots[other] = _subtract(other_row, coeff, row)
        pivots[pivot] = row
    return {var: rhs for var, (lhs, rhs) in pivots.items() if len(lhs) == 1}


def exposed(releases: Sequence[Release], alias: Alias = same) -> dict[Var, Fraction]:
    """The counts the releases together give away: each hidden count fixed exactly, and each
    count of an unreleased period fixed to a small number; with the value a reader works out."""
    published = _published(releases, alias)
    hidden = _small(releases, alias) - published.keys()
    fixed = _fixed(_equations(releases, alias), published)
    return {
        var: value
        for var, value in fixed.items()
        if var in hidden or (value != 0 and abs(value) < THRESHOLD)
    }


def protect(new: Release, earlier: Sequence[Release], alias: Alias = same) -> Protected:
    """``new`` with what must be hidden further so that it and ``earlier`` expose nothing that
    ``earlier`` alone did not; :class:`RefusedRelease` when the same period was released with
    other figures (two versions of one period subtract to the records changed in between)."""
    before = [r for r in earlier if r.period == new.period]
    for old in before:
        if {k: c.value for k, c in old.cells.items()} != {k: c.value for k, c in new.cells.items()}:
            raise RefusedRelease(new.period, old.released_at)
    current = new.hide(k for old in before for k, c in old.cells.items() if c.hidden)
    others = [r for r in earlier if r.period.start.year == new.period.start.year]
    already = set(exposed(others, alias))
    further: set[CellKey] = set()

    def risk(release: Release) -> set[Var]:
        return set(exposed([*others, release], alias)) - already

    at_risk = risk(current)
    published_before = set(_published(others, alias))
    while at_risk:
        keys = _next_to_hide(current, at_risk, published_before, alias, risk)
        if not keys:
            raise RefusedRelease(new.period, "")
        current = current.hide(keys)
        further.update(keys)
        at_risk = risk(current)
    because = tuple(
        sorted(
            {
                r.period
                for r in others
                if further and r.period != new.period and _overlap(r.period, new.period)
            },
            key=lambda p: (p.start, p.end),
        )
    )
    return Protected(current, frozenset(further), because)


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
