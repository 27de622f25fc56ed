"""Risk checklists as data, their scoring, professional judgement, and the case-conference
referral criteria (docs/DOMAIN.md, "Rules the software must know").

An instrument is a JSON file (``resources/instruments/*.json``, or a centre's own file next to
the vault) checked against ``instrument.schema.json`` when it is loaded; a broken file is
refused with a message that names the file and what is wrong in it. The score is the number of
"yes" answers; the level follows the instrument's thresholds. Professional judgement may raise
the level (never lower it) and always says why.
"""

from __future__ import annotations

import calendar
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from onestop.errors import OneStopError
from onestop.i18n import QT_TRANSLATE_NOOP

SCHEMA_FILE = "instrument.schema.json"
DEFAULT_INSTRUMENT = "onestop-ipv-risk"
ESCALATION_INCIDENTS = 3  # incidents in the 12 months before now
WINDOW_MONTHS = 12  # escalation and repeat windows, and the review of heard cases


class InstrumentError(OneStopError):
    """A risk checklist file that cannot be used (its message names the file and the fault)."""


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    NOT_KNOWN = "not_known"
    DECLINED = "declined"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class RiskLevel(StrEnum):
    STANDARD = "standard"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        return list(RiskLevel).index(self)

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Criterion(StrEnum):
    """Why a case is referred to the case conference."""

    HIGH_RISK = "high_risk"
    JUDGEMENT = "professional_judgement"
    ESCALATION = "escalation"
    REPEAT = "repeat"

    @property
    def label(self) -> str:
        return {
            Criterion.HIGH_RISK: "High risk on the checklist",
            Criterion.JUDGEMENT: "Professional judgement",
            Criterion.ESCALATION: f"Escalation ({ESCALATION_INCIDENTS}+ incidents in 12 months)",
            Criterion.REPEAT: "Repeat (new incident within 12 months of the last referral)",
        }[self]


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    factor: str = ""
    help: str = ""
    translations: tuple[tuple[str, str], ...] = ()  # (language, text) from the file
    # The question as it is read to her, in the second person ("Are you very frightened of
    # him?"): in the instrument's language, and (language, wording) from the file. ``text``
    # stays the record's wording, about her ("Is she very frightened of him?").
    asked: str = ""
    asked_translations: tuple[tuple[str, str], ...] = ()

    def text_in(self, language: str) -> str:
        """The question as it is recorded in ``language``, else in the instrument's own."""
        return dict(self.translations).get(language, self.text)

    def asked_in(self, language: str) -> str:
        """The question as it is read to her in ``language``: its second-person wording in
        that language; else its recorded wording in that language; else (the instrument's
        own language) its second-person wording, or its recorded one."""
        found = dict(self.asked_translations).get(language)
        if found:
            return found
        if language in dict(self.translations):
            return self.text_in(language)
        return self.asked or self.text


@dataclass(frozen=True)
class Instrument:
    id: str
    version: str
    title: str
    source: str
    medium_at: int
    high_at: int
    questions: tuple[Question, ...]
    titles: tuple[tuple[str, str], ...] = ()  # (language, title) from the file

    def title_in(self, language: str) -> str:
        """Its title in ``language``, else in the instrument's own."""
        return dict(self.titles).get(language, self.title)

    @property
    def key(self) -> str:
        return f"{self.id}@{self.version}"

    def level_for(self, score: int) -> RiskLevel:
        if score >= self.high_at:
            return RiskLevel.HIGH
        if score >= self.medium_at:
            return RiskLevel.MEDIUM
        return RiskLevel.STANDARD

    def question_ids(self) -> tuple[str, ...]:
        return tuple(q.id for q in self.questions)


@cache
def _schema(folder: Path) -> Mapping[str, Any]:
    loaded: Mapping[str, Any] = json.loads((folder / SCHEMA_FILE).read_text(encoding="utf-8"))
    return loaded


def parse_instrument(data: Any, name: str, schema: Mapping[str, Any]) -> Instrument:
    """An instrument from its decoded JSON, or InstrumentError naming ``name`` and the fault."""
    import jsonschema  # here: 4 MB a desktop that never reads an instrument does not hold

    validator = jsonschema.Draft202012Validator(schema)
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "the top level"
        raise InstrumentError(
            QT_TRANSLATE_NOOP(
                "Messages", "The risk checklist {name} is not valid at {where}: {message}"
            ).format(name=name, where=where, message=error.message)
        )
    ids = [q["id"] for q in data["questions"]]
    if len(set(ids)) != len(ids):
        twice = sorted({i for i in ids if ids.count(i) > 1})
        raise InstrumentError(
            QT_TRANSLATE_NOOP(
                "Messages", "The risk checklist {name} asks a question id twice: {ids}."
            ).format(name=name, ids=", ".join(twice))
        )
    medium, high = data["thresholds"]["medium"], data["thresholds"]["high"]
    if not medium < high <= len(ids):
        raise InstrumentError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The risk checklist {name} has thresholds that cannot work: medium ({medium}) "
                "must be below high ({high}), and high no more than the %n question(s).",
                "",
                len(ids),
            ).format(name=name, medium=medium, high=high)
        )
    translations: Mapping[str, Any] = data.get("translations", {})
    for language, translated in sorted(translations.items()):
        unknown = sorted(
            (set(translated["questions"]) | set(translated.get("asked", {}))) - set(ids)
        )
        if unknown:
            raise InstrumentError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The risk checklist {name} translates questions it does not ask "
                    "({language}): {ids}.",
                ).format(name=name, language=language, ids=", ".join(unknown))
            )
    return Instrument(
        id=data["id"],
        version=data["version"],
        title=data["title"],
        source=data["source"],
        medium_at=medium,
        high_at=high,
        questions=tuple(
            Question(
                q["id"],
                q["text"],
                q.get("factor", ""),
                q.get("help", ""),
                tuple(
                    (language, translated["questions"][q["id"]])
                    for language, translated in sorted(translations.items())
                    if q["id"] in translated["questions"]
                ),
                q.get("asked", ""),
                tuple(
                    (language, translated["asked"][q["id"]])
                    for language, translated in sorted(translations.items())
                    if q["id"] in translated.get("asked", {})
                ),
            )
            for q in data["questions"]
        ),
        titles=tuple(
            (language, translated["title"])
            for language, translated in sorted(translations.items())
            if "title" in translated
        ),
    )


def load_instrument(path: Path, schema_folder: Path) -> Instrument:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InstrumentError(
            QT_TRANSLATE_NOOP("Messages", "The risk checklist {name} cannot be read: {exc}").format(
                name=path.name, exc=exc
            )
        ) from None
    except json.JSONDecodeError as exc:
        raise InstrumentError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The risk checklist {name} is not valid JSON (line {lineno}, column {colno}): "
                "{msg}.",
            ).format(name=path.name, lineno=exc.lineno, colno=exc.colno, msg=exc.msg)
        ) from None
    return parse_instrument(data, path.name, _schema(schema_folder))


def load_instruments(folders: Iterable[Path], schema_folder: Path) -> dict[str, Instrument]:
    """Every instrument in ``folders`` by key (``id@version``); a later folder's file of the
    same key replaces an earlier one. A broken file raises InstrumentError."""
    found: dict[str, Instrument] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            if path.name == SCHEMA_FILE:
                continue
            instrument = load_instrument(path, schema_folder)
            found[instrument.key] = instrument
    return found


@dataclass(frozen=True)
class Scored:
    score: int
    level: RiskLevel  # from the score alone
    final_level: RiskLevel  # after professional judgement
    unanswered: tuple[str, ...]


def score(
    instrument: Instrument,
    answers: Mapping[str, Answer],
    judgement: RiskLevel | None = None,
) -> Scored:
    """The number of "yes" answers, the level it gives, and the level after judgement (which
    may only raise it)."""
    unknown = sorted(set(answers) - set(instrument.question_ids()))
    if unknown:
        raise ValueError(f"answers to questions the instrument does not ask: {unknown}")
    total = sum(1 for a in answers.values() if a is Answer.YES)
    level = instrument.level_for(total)
    final = judgement if judgement is not None and judgement.rank > level.rank else level
    unanswered = tuple(q for q in instrument.question_ids() if q not in answers)
    return Scored(total, level, final, unanswered)


def validate_assessment(
    instrument: Instrument,
    answers: Mapping[str, Answer],
    judgement: RiskLevel | None,
    reason: str,
) -> dict[str, str]:
    problems: dict[str, str] = {}
    unknown = sorted(set(answers) - set(instrument.question_ids()))
    if unknown:
        problems["answers"] = QT_TRANSLATE_NOOP(
            "Messages", "The checklist does not ask: {ids}."
        ).format(ids=", ".join(unknown))
        return problems
    missing = [q for q in instrument.question_ids() if q not in answers]
    if missing:
        problems["answers"] = QT_TRANSLATE_NOOP(
            "Messages",
            "%n question(s) have no answer: give one to each "
            '("not known" and "declined" are answers).',
            "",
            len(missing),
        )
    level = instrument.level_for(sum(1 for a in answers.values() if a is Answer.YES))
    if judgement is not None:
        if judgement.rank < level.rank:
            problems["judgement"] = QT_TRANSLATE_NOOP(
                "Messages",
                "Professional judgement may raise the level, not lower it below {value} (the "
                "score's level).",
            ).format(value=level.value)
        elif judgement.rank > level.rank and not reason.strip():
            problems["judgement_reason"] = QT_TRANSLATE_NOOP(
                "Messages", "Say why your judgement raises the level."
            )
    return problems


# -- case-conference referral criteria --


def add_months(moment: datetime, months: int) -> datetime:
    """``moment`` plus whole calendar months (31 January + 1 month is the last of February)."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def add_months_to_date(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def escalating(incident_times: Sequence[datetime], now: datetime) -> bool:
    """Three or more incidents in the 12 months up to ``now`` (the first at most 12 calendar
    months ago counts)."""
    since = add_months(now, -WINDOW_MONTHS)
    return sum(1 for t in incident_times if since <= t <= now) >= ESCALATION_INCIDENTS


def repeat(
    incident_times: Sequence[datetime], last_referral_at: datetime | None, now: datetime
) -> bool:
    """A new incident after the last conference referral and within 12 months of it."""
    if last_referral_at is None:
        return False
    until = add_months(last_referral_at, WINDOW_MONTHS)
    return any(last_referral_at < t <= min(until, now) for t in incident_times)


def referral_criteria(
    *,
    scored: Scored | None,
    incident_times: Sequence[datetime],
    last_referral_at: datetime | None,
    now: datetime,
) -> tuple[Criterion, ...]:
    """Why the case should go to the case conference now (empty: it need not)."""
    found: list[Criterion] = []
    if scored is not None:
        if scored.level is RiskLevel.HIGH:
            found.append(Criterion.HIGH_RISK)
        elif scored.final_level is RiskLevel.HIGH:
            found.append(Criterion.JUDGEMENT)
    if escalating(incident_times, now):
        found.append(Criterion.ESCALATION)
    if repeat(incident_times, last_referral_at, now):
        found.append(Criterion.REPEAT)
    return tuple(found)


def due_for_review(last_heard_on: date, today: date) -> bool:
    """A case heard at a conference 12 months ago (or more) and not since is due for review."""
    return add_months_to_date(last_heard_on, WINDOW_MONTHS) <= today


@dataclass(frozen=True)
class TrendPoint:
    assessed_at: datetime
    score: int
    level: RiskLevel
    instrument_key: str


def trend_words(points: Sequence[TrendPoint]) -> str:
    """How the last two assessments with the same instrument compare, in words."""
    if len(points) < 2:
        return "First assessment." if points else "No assessment yet."
    last, before = points[-1], points[-2]
    if last.instrument_key != before.instrument_key:
        return "Instrument changed since the previous assessment."
    if last.score > before.score:
        return f"Rising: {before.score} → {last.score}."
    if last.score < before.score:
        return f"Falling: {before.score} → {last.score}."
    return f"Unchanged at {last.score}."
