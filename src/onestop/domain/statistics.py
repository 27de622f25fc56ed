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
and hides the total itself when nothing else is left to hide (a "*" total may then be 1 to 4).
A share is shown only when neither its numerator nor what it leaves of the denominator is a
small count.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from onestop.domain.periods import Period
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
    key: str = ""  # a stable name for the ledger and the DHIS2 mapping ("by_type")
    row_keys: Sequence[str] = ()  # stable names of the rows (stored values); else the labels
    column_keys: Sequence[str] = ()  # stable names of the columns; else the labels

    def cells(self) -> list[tuple[tuple[str, str, str], Shown]]:
        """Every printed count by (table, row, column) key; the totals' row is "total"."""
        rows = list(self.row_keys) or [label for label, _ in self.rows]
        columns = list(self.column_keys) or [str(c) for c in self.columns]
        key = self.key or str(self.title)
        out = [
            ((key, row, column), cell)
            for row, (_, shown) in zip(rows, self.rows, strict=True)
            for column, cell in zip(columns, shown, strict=True)
        ]
        if self.totals is not None:
            out += [
                ((key, "total", column), cell)
                for column, cell in zip(columns, self.totals, strict=True)
            ]
        return out

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
    key: str = "",
    row_keys: Sequence[str] = (),
    column_keys: Sequence[str] = (),
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
    return Table(
        title,
        unit,
        columns,
        rows,
        totals if with_total else None,
        note,
        key,
        tuple(row_keys),
        tuple(column_keys),
    )


@dataclass(frozen=True)
class Share:
    """A proportion printed with its parts ("12 of 15, 80 %"), and only when neither the part
    nor what it leaves of the whole is a small number (nor hidden to protect another release)."""

    label: str
    numerator: int
    denominator: int
    hidden: bool = False

    @property
    def text(self) -> str:
        if self.denominator == 0:
            return QT_TRANSLATE_NOOP("Documents", "no cases in the period")
        rest = self.denominator - self.numerator
        if self.hidden or 0 < self.numerator < THRESHOLD or 0 < rest < THRESHOLD:
            return QT_TRANSLATE_NOOP("Documents", "not shown (small numbers)")
        return QT_TRANSLATE_NOOP("Documents", "{n} of {total} ({percent} %)").format(
            n=self.numerator,
            total=self.denominator,
            percent=round(100 * self.numerator / self.denominator),
        )


# -- the GBVIMS groupings --

DELAYS: Sequence[tuple[str, str, int | None]] = (
    ("0-3", QT_TRANSLATE_NOOP("Documents", "0–3 days"), 3),
    ("4-5", QT_TRANSLATE_NOOP("Documents", "4–5 days"), 5),
    ("6-14", QT_TRANSLATE_NOOP("Documents", "6–14 days"), 14),
    ("15-30", QT_TRANSLATE_NOOP("Documents", "2 weeks – 1 month"), 30),
    ("31+", QT_TRANSLATE_NOOP("Documents", "Over 1 month"), None),
)
DELAY_UNKNOWN = "unknown"


def delay_band(days: float | None) -> str:
    """The GBVIMS band of the days between the incident and its report ("unknown" without a
    date). Whole days are counted from the incident's latest possible moment."""
    if days is None or days < 0:
        return DELAY_UNKNOWN
    for key, _, top in DELAYS:
        if top is None or int(days) <= top:
            return key
    return DELAY_UNKNOWN


RELATIONSHIPS: Sequence[tuple[str, str]] = (
    ("partner", QT_TRANSLATE_NOOP("Documents", "Intimate partner or former partner")),
    ("family", QT_TRANSLATE_NOOP("Documents", "Family member or caregiver")),
    ("known", QT_TRANSLATE_NOOP("Documents", "Someone she knows (friend, neighbour, work)")),
    ("stranger", QT_TRANSLATE_NOOP("Documents", "No relation (stranger)")),
    ("other", QT_TRANSLATE_NOOP("Documents", "Other or not recorded")),
)
_WORDS = {
    "partner": (
        "partner",
        "husband",
        "wife",
        "spouse",
        "boyfriend",
        "girlfriend",
        "fiance",
        "ex",
        "mari",
        "epoux",
        "époux",
        "conjoint",
        "compagnon",
        "esposo",
        "marido",
        "novio",
        "pareja",
    ),
    "family": (
        "father",
        "mother",
        "brother",
        "sister",
        "uncle",
        "aunt",
        "cousin",
        "son",
        "daughter",
        "stepfather",
        "grandfather",
        "in-law",
        "family",
        "relative",
        "caregiver",
        "guardian",
        "père",
        "pere",
        "frère",
        "frere",
        "oncle",
        "padre",
        "hermano",
        "tío",
        "tio",
        "familia",
    ),
    "known": (
        "friend",
        "neighbour",
        "neighbor",
        "colleague",
        "employer",
        "boss",
        "teacher",
        "classmate",
        "acquaintance",
        "landlord",
        "coworker",
        "ami",
        "voisin",
        "amigo",
        "vecino",
    ),
    "stranger": ("stranger", "unknown person", "no relation", "inconnu", "desconocido"),
}


def relationship_group(text: str) -> str:
    """The GBVIMS group of a relationship typed as free text, by its words (English, French,
    Spanish); "other" when none is recognised or nothing was recorded."""
    folded = text.casefold()
    words = set("".join(ch if ch.isalnum() else " " for ch in folded).split())
    for group in ("partner", "family", "known", "stranger"):
        for word in _WORDS[group]:
            if word in words or (not word.isalnum() and word in folded):
                return group
    return "other"


PERPETRATOR_COUNTS: Sequence[tuple[str, str]] = (
    ("1", QT_TRANSLATE_NOOP("Documents", "One")),
    ("2", QT_TRANSLATE_NOOP("Documents", "Two")),
    ("3+", QT_TRANSLATE_NOOP("Documents", "Three or more")),
    ("unknown", QT_TRANSLATE_NOOP("Documents", "Not recorded")),
)


def perpetrator_age_band(born: date | None, group: str, on: date) -> AgeBand:
    """The GBVIMS age group of the alleged (primary) perpetrator: from his date of birth at
    ``on`` (the incident's date, or its report's when that is not known) when it is recorded,
    else the age group recorded for him, else "unknown"."""
    if born is not None:
        return AgeBand.of(on.year - born.year - ((on.month, on.day) < (born.month, born.day)))
    return AgeBand(group) if group else AgeBand.UNKNOWN


def perpetrator_band(count: int | None) -> str:
    if count is None or count < 1:
        return "unknown"
    return str(count) if count < 3 else "3+"


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
    month: str = ""  # the month it was reported, "2026-11"
    delay_days: float | None = None  # from the incident's latest moment to its report
    relationship: str = "other"  # a RELATIONSHIPS key
    perpetrators: int | None = None
    perpetrator_age: str = AgeBand.UNKNOWN  # an AgeBand value: the primary perpetrator's


@dataclass(frozen=True)
class SurvivorFacts:
    """A survivor counted in the period (her consent to statistics is in force)."""

    case: int
    new: bool  # her case was opened in the period
    disability: bool  # a disability is recorded on her case


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
    survivors: Sequence[SurvivorFacts] = ()
    months: Sequence[str] = ()  # the months of the period, "2026-10"…


@dataclass(frozen=True)
class Statistics:
    start: date
    end: date
    included: Shown
    not_included: Shown
    tables: Sequence[Table]
    pep: Share
    notes: Sequence[str] = field(default_factory=tuple)


# Tables that count the same things: their totals are one number (a reader knows they agree).
INCIDENT_TABLES = (
    "by_type",
    "by_context",
    "by_age",
    "by_sex",
    "by_delay",
    "by_relationship",
    "by_perpetrators",
    "by_perpetrator_age",
    "by_month",
)
SURVIVOR_TABLES = ("survivors_new", "survivors_disability")
SURVIVORS = "survivors"  # the pseudo-table of the survivors counted and not counted
PEP = "pep"
CellKey = tuple[str, str, str]


def ordered(period: Period) -> Sequence[tuple[CellKey, CellKey]]:
    """Counts a reader knows to be no greater than others of the same release, though no sum
    says so: each rape survivor the PEP table counts had a rape reported in the period, so the
    rape survivors are no more than the rapes."""
    return (((PEP, "total", "survivors"), ("by_type", "rape", "incidents")),)


def alias(period: Period, key: CellKey) -> tuple[Period, CellKey]:
    """The one number a printed cell is, for the release ledger: every incident table's total
    is the period's incidents; a row of "incidents by month" is that month's incidents; the
    survivor tables' totals are the survivors counted."""
    table_key, row, _ = key
    incidents = ("incidents", "total", "incidents")
    if table_key in INCIDENT_TABLES and row == "total":
        return (period, incidents)
    if table_key == "by_month":
        year, month = (int(part) for part in row.split("-"))
        return (Period.month(year, month), incidents)
    if (table_key in SURVIVOR_TABLES and row == "total") or key == (SURVIVORS, "counted", "n"):
        return (period, (SURVIVORS, "total", "survivors"))
    return (period, key)


def _same_total(tables: Sequence[Table], group: Sequence[str]) -> list[Table]:
    """Tables that count the same things share their total: if one must hide it, all do, or
    the others would give it away."""
    members = [t for t in tables if t.key in group and t.totals is not None]
    if not any(c.hidden for t in members for c in t.totals or ()):
        return list(tables)
    return [
        replace(t, totals=[Shown(c.value, SECONDARY) for c in t.totals])
        if t.totals is not None and t.key in group
        else t
        for t in tables
    ]


def _count(labels: Sequence[tuple[str, str]], values: Iterable[str]) -> list[tuple[str, list[int]]]:
    seen = list(values)
    return [(label, [sum(1 for v in seen if v == key)]) for key, label in labels]


def _by(
    key: str,
    title: str,
    labels: Sequence[tuple[str, str]],
    values: Iterable[str],
    unit: str = "incidents",
    column: str = INCIDENTS,
) -> Table:
    return table(
        title,
        unit,
        [column],
        _count(labels, values),
        key=key,
        row_keys=[k for k, _ in labels],
        column_keys=[unit],
    )


def _incident_tables(
    facts: PeriodFacts,
    types: Sequence[tuple[str, str]],
    contexts: Sequence[tuple[str, str]],
    sexes: Sequence[tuple[str, str]],
) -> list[Table]:
    incidents = facts.incidents
    ages = [(b.value, b.label) for b in AgeBand]
    delays = [(k, label) for k, label, _ in DELAYS] + [
        (DELAY_UNKNOWN, QT_TRANSLATE_NOOP("Documents", "Date of the incident not known"))
    ]
    months = [(m, m) for m in facts.months] or sorted({(i.month, i.month) for i in incidents})
    return [
        _by(
            "by_type",
            QT_TRANSLATE_NOOP("Documents", "Incidents reported, by GBVIMS core type"),
            types,
            (i.gbv_type for i in incidents),
        ),
        _by(
            "by_context",
            QT_TRANSLATE_NOOP("Documents", "Incidents reported, by context"),
            contexts,
            (i.context for i in incidents),
        ),
        _by(
            "by_age",
            QT_TRANSLATE_NOOP("Documents", "Incidents reported, by the survivor's age"),
            ages,
            (AgeBand.of(i.age).value for i in incidents),
        ),
        _by(
            "by_sex",
            QT_TRANSLATE_NOOP("Documents", "Incidents reported, by the survivor's sex"),
            sexes,
            (i.sex for i in incidents),
        ),
        _by(
            "by_month",
            QT_TRANSLATE_NOOP("Documents", "Incidents reported, by month"),
            months,
            (i.month for i in incidents),
        ),
        _by(
            "by_delay",
            QT_TRANSLATE_NOOP("Documents", "Time between the incident and its report"),
            delays,
            (delay_band(i.delay_days) for i in incidents),
        ),
        _by(
            "by_relationship",
            QT_TRANSLATE_NOOP("Documents", "Alleged perpetrator's relationship to the survivor"),
            RELATIONSHIPS,
            (i.relationship for i in incidents),
        ),
        _by(
            "by_perpetrators",
            QT_TRANSLATE_NOOP("Documents", "Number of alleged perpetrators"),
            PERPETRATOR_COUNTS,
            (perpetrator_band(i.perpetrators) for i in incidents),
        ),
        replace(
            _by(
                "by_perpetrator_age",
                QT_TRANSLATE_NOOP("Documents", "Alleged perpetrator's age group"),
                ages,
                (i.perpetrator_age for i in incidents),
            ),
            note=QT_TRANSLATE_NOOP(
                "Documents",
                "Each incident once, by its primary (first recorded) alleged perpetrator: his "
                "age on the day of the incident, or his age group when only that is known.",
            ),
        ),
    ]


def _survivor_tables(facts: PeriodFacts) -> list[Table]:
    survivors = facts.survivors
    column = QT_TRANSLATE_NOOP("Documents", "Survivors")
    return [
        _by(
            "survivors_new",
            QT_TRANSLATE_NOOP("Documents", "New and returning survivors"),
            [
                ("new", QT_TRANSLATE_NOOP("Documents", "New (case opened in the period)")),
                ("returning", QT_TRANSLATE_NOOP("Documents", "Returning (case opened before)")),
            ],
            ("new" if s.new else "returning" for s in survivors),
            unit="survivors",
            column=column,
        ),
        _by(
            "survivors_disability",
            QT_TRANSLATE_NOOP("Documents", "Survivors with a disability"),
            [
                ("yes", QT_TRANSLATE_NOOP("Documents", "A disability is recorded")),
                ("no", QT_TRANSLATE_NOOP("Documents", "None recorded")),
            ],
            ("yes" if s.disability else "no" for s in survivors),
            unit="survivors",
            column=column,
        ),
    ]


def _service_tables(facts: PeriodFacts, sectors: Sequence[tuple[str, str]]) -> list[Table]:
    services = list(facts.services.items())
    sector_rows = [*sectors, ("", QT_TRANSLATE_NOOP("Documents", "Agency not in the directory"))]
    return [
        table(
            QT_TRANSLATE_NOOP("Documents", "Survivors who received each service in the period"),
            "survivors",
            [QT_TRANSLATE_NOOP("Documents", "Survivors")],
            [(label, [len(cases)]) for label, cases in services],
            with_total=False,
            note=QT_TRANSLATE_NOOP(
                "Documents", "A survivor may receive several services, so the rows have no total."
            ),
            key="services",
            column_keys=["survivors"],
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
                for key, label in sector_rows
            ],
            note=QT_TRANSLATE_NOOP(
                "Documents",
                "Completed: the agency reported the service given (by the date of this document).",
            ),
            key="referrals",
            row_keys=[key or "not_in_directory" for key, _ in sector_rows],
            column_keys=["made", "completed"],
        ),
    ]


def _pep_table(facts: PeriodFacts, rape: str) -> Table:
    window = facts.pep_window_hours
    raped = {i.case for i in facts.incidents if i.gbv_type == rape}
    # A survivor counts once, as within the window if any of her rapes in the period was.
    within = {
        i.case
        for i in facts.incidents
        if i.gbv_type == rape and i.pep_hours is not None and 0 <= i.pep_hours[1] <= window
    }
    return table(
        QT_TRANSLATE_NOOP("Documents", "Post-exposure prophylaxis"),
        "survivors",
        [QT_TRANSLATE_NOOP("Documents", "Rape survivors")],
        [
            (
                QT_TRANSLATE_NOOP("Documents", "Started PEP within {window} h").format(
                    window=window
                ),
                [len(within)],
            ),
            (QT_TRANSLATE_NOOP("Documents", "Not within, or not recorded"), [len(raped - within)]),
        ],
        key=PEP,
        row_keys=["within", "not_within"],
        column_keys=["survivors"],
    )


def _share(facts: PeriodFacts, pep: Table) -> Share:
    within, total = pep.rows[0][1][0], (pep.totals or [Shown(0, "0")])[0]
    return Share(
        QT_TRANSLATE_NOOP(
            "Documents", "Rape survivors who started PEP within {window} h of the incident"
        ).format(window=facts.pep_window_hours),
        within.value,
        total.value,
        hidden=within.hidden or total.hidden,
    )


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
    tables = _same_total(_incident_tables(facts, types, contexts, sexes), INCIDENT_TABLES)
    survivors = _same_total(_survivor_tables(facts), SURVIVOR_TABLES)
    included = _primary(facts.included)
    if any(c.hidden for t in survivors for c in t.totals or ()):
        included = Shown(included.value, SECONDARY if included.value else "0")
    elif included.hidden:
        survivors = [
            replace(t, totals=[Shown(c.value, SECONDARY) for c in t.totals or ()])
            for t in survivors
        ]
    pep = _pep_table(facts, rape)
    return Statistics(
        start=facts.start,
        end=facts.end,
        included=included,
        not_included=_primary(facts.not_included),
        tables=[*tables, *survivors, *_service_tables(facts, sectors), pep],
        pep=_share(facts, pep),
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


def cells(stats: Statistics) -> dict[CellKey, Shown]:
    """Every count a release prints, by its ledger key."""
    out: dict[CellKey, Shown] = {
        (SURVIVORS, "counted", "n"): stats.included,
        (SURVIVORS, "not_counted", "n"): stats.not_included,
    }
    for t in stats.tables:
        out.update(t.cells())
    return out


def hide(stats: Statistics, keys: Iterable[CellKey], note: str = "") -> Statistics:
    """``stats`` with the cells of ``keys`` hidden as well ("*"), to protect an earlier release;
    ``note`` says why."""
    wanted = set(keys)
    if not wanted:
        return stats

    def cover(key: CellKey, cell: Shown) -> Shown:
        return Shown(cell.value, SECONDARY) if key in wanted and not cell.hidden else cell

    tables = []
    for t in stats.tables:
        by_key = dict(t.cells())
        rows_keys = list(t.row_keys) or [label for label, _ in t.rows]
        columns = list(t.column_keys) or [str(c) for c in t.columns]
        tkey = t.key or str(t.title)
        rows = [
            (label, [cover((tkey, rk, ck), by_key[(tkey, rk, ck)]) for ck in columns])
            for rk, (label, _) in zip(rows_keys, t.rows, strict=True)
        ]
        totals = (
            [cover((tkey, "total", ck), by_key[(tkey, "total", ck)]) for ck in columns]
            if t.totals is not None
            else None
        )
        tables.append(replace(t, rows=rows, totals=totals))
    pep = next((t for t in tables if t.key == PEP), None)
    share = stats.pep
    if pep is not None:
        within, total = pep.rows[0][1][0], (pep.totals or [Shown(0, "0")])[0]
        share = replace(share, hidden=share.hidden or within.hidden or total.hidden)
    return replace(
        stats,
        tables=tables,
        included=cover((SURVIVORS, "counted", "n"), stats.included),
        not_included=cover((SURVIVORS, "not_counted", "n"), stats.not_included),
        pep=share,
        notes=(*stats.notes, note) if note else stats.notes,
    )
