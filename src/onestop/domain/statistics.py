"""Anonymised statistics for a period, and the small-number suppression that lets them leave the
centre: GBVIMS core types, contexts, age bands and sex of the incidents reported, the services
survivors received, the referrals made and completed, and the share of rape survivors who
started PEP within 72 hours.

Suppression (docs/DOMAIN.md, "Suppression"; GBVIMS data-sharing, UK ONS): a count from 1 to 4 is
shown as "<5" (primary suppression). Zeros are shown: a true zero is no one's count. Where a
total is printed, the cells of a column add up to it, so a single hidden cell could be worked
out by subtraction: each such column then hides at least two cells (secondary suppression, the
smallest other count, shown as "*") until none of the hidden cells can be worked out exactly
from the total and what a reader knows of each (a small count is 1 to 4, a "*" is 5 or more),
and hides the total itself when nothing else is left to hide. A share is shown only when
neither its numerator nor what it leaves of the denominator is a small count.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from onestop.i18n import QT_TRANSLATE_NOOP

THRESHOLD = 5
SMALL = f"<{THRESHOLD}"
SECONDARY = "*"
INCIDENTS = QT_TRANSLATE_NOOP("Documents", "Incidents")
TOTAL = QT_TRANSLATE_NOOP("Documents", "Total")  # the row of a table's totals


class AgeBand(StrEnum):
    """The GBVIMS age bands of the survivor when the incident was reported."""

    CHILD = "0-11"
    ADOLESCENT = "12-17"
    YOUNG_ADULT = "18-25"
    ADULT = "26-40"
    MIDDLE = "41-60"
    OLDER = "61+"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        if self is AgeBand.UNKNOWN:
            return QT_TRANSLATE_NOOP("Documents", "Age not known")
        return self.value.replace("-", "–")

    @classmethod
    def of(cls, age: int | None) -> AgeBand:
        if age is None or age < 0:
            return cls.UNKNOWN
        for band, top in ((cls.CHILD, 11), (cls.ADOLESCENT, 17), (cls.YOUNG_ADULT, 25)):
            if age <= top:
                return band
        if age <= 40:
            return cls.ADULT
        return cls.MIDDLE if age <= 60 else cls.OLDER


@dataclass(frozen=True)
class Shown:
    """One count as it may be published: the number, or the reason it is hidden."""

    value: int  # the true count: kept for the tests and the suppression, never printed if hidden
    text: str  # "12", "0", "<5" or "*"

    @property
    def hidden(self) -> bool:
        return self.text in (SMALL, SECONDARY)

    @property
    def published(self) -> int | None:
        """The number a reader may see (charts draw only these)."""
        return None if self.hidden else self.value


@dataclass(frozen=True)
class Table:
    """Counts by a row label in one or more columns; ``total`` adds a row of column totals
    (then each column is an additive relation that secondary suppression protects)."""

    title: str
    unit: str  # what is counted: "incidents", "survivors", "referrals"
    columns: Sequence[str]
    rows: Sequence[tuple[str, Sequence[Shown]]]
    totals: Sequence[Shown] | None = None
    note: str = ""

    def shown(self, row: str, column: int = 0) -> Shown:
        for label, cells in self.rows:
            if label == row:
                return cells[column]
        if row == TOTAL and self.totals is not None:
            return self.totals[column]
        raise KeyError(row)


def _primary(value: int) -> Shown:
    return Shown(value, SMALL if 0 < value < THRESHOLD else str(value))


def _bounds(cell: Shown, total: int) -> tuple[int, int]:
    """What a reader knows of a hidden cell: a small count is 1 to 4; a cell hidden to protect
    it is (assume the reader guesses it) 5 or more."""
    return (1, THRESHOLD - 1) if cell.text == SMALL else (THRESHOLD, total)


def _pinned(hidden: Sequence[Shown], total: int) -> bool:
    """Could a reader who knows the column's total, and so the sum of its hidden cells, work
    out one of them exactly? Each hidden cell lies between its own bounds and what the sum
    leaves once the others take their largest or smallest values."""
    hidden_sum = sum(c.value for c in hidden)
    bounds = [_bounds(c, total) for c in hidden]
    low_all = sum(lo for lo, _ in bounds)
    high_all = sum(hi for _, hi in bounds)
    for lo, hi in bounds:
        least = max(lo, hidden_sum - (high_all - hi))
        most = min(hi, hidden_sum - (low_all - lo))
        if least >= most:
            return True
    return False


def suppress_column(values: Sequence[int], with_total: bool) -> tuple[list[Shown], Shown | None]:
    """One column's cells (and its total when printed) after primary and secondary suppression."""
    cells = [_primary(v) for v in values]
    total: Shown | None = None
    if not with_total:
        return cells, None
    total = Shown(sum(values), str(sum(values)))
    while True:
        hidden = [c for c in cells if c.hidden]
        if not hidden or not _pinned(hidden, total.value):
            break
        candidates = [i for i, c in enumerate(cells) if not c.hidden and c.value > 0]
        if not candidates:
            # Nothing left to hide beside them: hide the total, and the column is safe.
            if total.value > 0:
                total = Shown(total.value, SECONDARY)
            break
        smallest = min(candidates, key=lambda i: (cells[i].value, i))
        cells[smallest] = Shown(cells[smallest].value, SECONDARY)
    return cells, total


def table(
    title: str,
    unit: str,
    columns: Sequence[str],
    counts: Sequence[tuple[str, Sequence[int]]],
    with_total: bool = True,
    note: str = "",
) -> Table:
    """A table of counts with each column suppressed (see the module's docstring)."""
    shown_columns: list[list[Shown]] = []
    totals: list[Shown] = []
    for col in range(len(columns)):
        cells, total = suppress_column([row[1][col] for row in counts], with_total)
        shown_columns.append(cells)
        if total is not None:
            totals.append(total)
    rows = [
        (label, [shown_columns[col][i] for col in range(len(columns))])
        for i, (label, _) in enumerate(counts)
    ]
    return Table(title, unit, columns, rows, totals if with_total else None, note)


@dataclass(frozen=True)
class Share:
    """A proportion that is published only when neither part is a small number."""

    label: str
    numerator: int
    denominator: int

    @property
    def text(self) -> str:
        if self.denominator == 0:
            return QT_TRANSLATE_NOOP("Documents", "no cases in the period")
        rest = self.denominator - self.numerator
        if 0 < self.numerator < THRESHOLD or 0 < rest < THRESHOLD:
            return QT_TRANSLATE_NOOP("Documents", "not shown (small numbers)")
        return f"{round(100 * self.numerator / self.denominator)} %"


# -- the facts the service gathers, one per incident or per survivor, already without names --


@dataclass(frozen=True)
class IncidentFacts:
    """An incident reported in the period, of a case whose consent allows statistics."""

    case: int  # an opaque number, only to count survivors once
    gbv_type: str
    context: str
    age: int | None  # her age when it was reported
    sex: str
    pep_hours: tuple[float, float] | None = None  # first PEP dose after the incident (range)


@dataclass(frozen=True)
class ReferralFacts:
    case: int
    sector: str  # "" when the agency is not in the directory
    completed: bool


@dataclass(frozen=True)
class PeriodFacts:
    start: date
    end: date  # inclusive
    incidents: Sequence[IncidentFacts]
    services: Mapping[str, frozenset[int]]  # service label -> the cases that received it
    referrals: Sequence[ReferralFacts]
    included: int  # survivors with consent and something in the period
    not_included: int  # survivors with something in the period, without consent to statistics
    pep_window_hours: int = 72


@dataclass(frozen=True)
class Statistics:
    start: date
    end: date
    included: Shown
    not_included: Shown
    tables: Sequence[Table]
    pep: Share
    notes: Sequence[str] = field(default_factory=tuple)


def _same_total(tables: Sequence[Table]) -> list[Table]:
    """Tables that count the same things share their total: if one must hide it, all do, or
    the others would give it away."""
    if not any(t.totals is not None and any(c.hidden for c in t.totals) for t in tables):
        return list(tables)
    return [
        replace(t, totals=[Shown(c.value, SECONDARY) for c in t.totals])
        if t.totals is not None
        else t
        for t in tables
    ]


def _count(labels: Sequence[tuple[str, str]], values: Iterable[str]) -> list[tuple[str, list[int]]]:
    seen = list(values)
    return [(label, [sum(1 for v in seen if v == key)]) for key, label in labels]


def compile_statistics(
    facts: PeriodFacts,
    types: Sequence[tuple[str, str]],
    contexts: Sequence[tuple[str, str]],
    sexes: Sequence[tuple[str, str]],
    sectors: Sequence[tuple[str, str]],
    rape: str,
) -> Statistics:
    """The published figures: every count suppressed, every share checked. The vocabularies
    are (stored value, label) pairs, in the order to print them."""
    incidents = facts.incidents
    tables = [
        table(
            QT_TRANSLATE_NOOP("Documents", "Incidents reported, by GBVIMS core type"),
            "incidents",
            [INCIDENTS],
            _count(types, (i.gbv_type for i in incidents)),
        ),
        table(
            QT_TRANSLATE_NOOP("Documents", "Incidents reported, by context"),
            "incidents",
            [INCIDENTS],
            _count(contexts, (i.context for i in incidents)),
        ),
        table(
            QT_TRANSLATE_NOOP("Documents", "Incidents reported, by the survivor's age"),
            "incidents",
            [INCIDENTS],
            _count([(b.value, b.label) for b in AgeBand], (AgeBand.of(i.age) for i in incidents)),
        ),
        table(
            QT_TRANSLATE_NOOP("Documents", "Incidents reported, by the survivor's sex"),
            "incidents",
            [INCIDENTS],
            _count(sexes, (i.sex for i in incidents)),
        ),
        table(
            QT_TRANSLATE_NOOP("Documents", "Survivors who received each service in the period"),
            "survivors",
            [QT_TRANSLATE_NOOP("Documents", "Survivors")],
            [(label, [len(cases)]) for label, cases in facts.services.items()],
            with_total=False,
            note=QT_TRANSLATE_NOOP(
                "Documents", "A survivor may receive several services, so the rows have no total."
            ),
        ),
        table(
            QT_TRANSLATE_NOOP("Documents", "Referrals made in the period, by the agency's sector"),
            "referrals",
            [QT_TRANSLATE_NOOP("Documents", "Made"), QT_TRANSLATE_NOOP("Documents", "Completed")],
            [
                (
                    label,
                    [
                        sum(1 for r in facts.referrals if r.sector == key),
                        sum(1 for r in facts.referrals if r.sector == key and r.completed),
                    ],
                )
                for key, label in [
                    *sectors,
                    ("", QT_TRANSLATE_NOOP("Documents", "Agency not in the directory")),
                ]
            ],
            note=QT_TRANSLATE_NOOP(
                "Documents",
                "Completed: the agency reported the service given (by the date of this document).",
            ),
        ),
    ]
    window = facts.pep_window_hours
    raped = {i.case for i in incidents if i.gbv_type == rape}
    # A survivor counts once, as within the window if any of her rapes in the period was.
    within = len(
        {
            i.case
            for i in incidents
            if i.gbv_type == rape and i.pep_hours is not None and 0 <= i.pep_hours[1] <= window
        }
    )
    pep = Share(
        QT_TRANSLATE_NOOP(
            "Documents", "Rape survivors who started PEP within {window} h of the incident"
        ).format(window=window),
        within,
        len(raped),
    )
    return Statistics(
        start=facts.start,
        end=facts.end,
        included=_primary(facts.included),
        not_included=_primary(facts.not_included),
        tables=[*_same_total(tables[:4]), *tables[4:]],
        pep=pep,
        notes=(
            QT_TRANSLATE_NOOP(
                "Documents",
                "Counts from 1 to {highest} are shown as {small}; a count marked {secondary} is "
                "hidden so that a small count cannot be worked out from the total.",
            ).format(highest=THRESHOLD - 1, small=SMALL, secondary=SECONDARY),
            QT_TRANSLATE_NOOP(
                "Documents",
                "Only survivors whose consent to anonymised statistics is in force are counted.",
            ),
            QT_TRANSLATE_NOOP(
                "Documents",
                "PEP within {hours} h counts only doses certainly given in the window: when the "
                "incident time is a range, from its earliest moment.",
            ).format(hours=facts.pep_window_hours),
        ),
    )
