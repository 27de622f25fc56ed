"""Validation rules for what staff type into a file, with messages for the person typing.

Each check returns a mapping of field name to message (empty when all is well), so a form can
show each message where it was typed and nothing is half-saved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from onestop.domain.clinical import IncidentTime, Precision
from onestop.i18n import QT_TRANSLATE_NOOP, Phrase

MONTHS = (
    QT_TRANSLATE_NOOP("Messages", "January"),
    QT_TRANSLATE_NOOP("Messages", "February"),
    QT_TRANSLATE_NOOP("Messages", "March"),
    QT_TRANSLATE_NOOP("Messages", "April"),
    QT_TRANSLATE_NOOP("Messages", "May"),
    QT_TRANSLATE_NOOP("Messages", "June"),
    QT_TRANSLATE_NOOP("Messages", "July"),
    QT_TRANSLATE_NOOP("Messages", "August"),
    QT_TRANSLATE_NOOP("Messages", "September"),
    QT_TRANSLATE_NOOP("Messages", "October"),
    QT_TRANSLATE_NOOP("Messages", "November"),
    QT_TRANSLATE_NOOP("Messages", "December"),
)

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DMY = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s*$")
# "15:00", "15.00", "1500", "3pm", "3 pm", "3:00 PM", "3:00 p.m.", "09:30"
_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.h]?(\d{2}))?\s*(?:([ap])\.?\s*m?\.?)?\s*$", re.IGNORECASE)
_PHONE = re.compile(r"^\+?[0-9 ()\-.]{6,24}$")
OLDEST_BIRTH_YEAR = 1900
MAX_AGE = 120

Problems = dict[str, str]

# Characters that reorder how a line is displayed: "Ali \u202eNIMDA" shows as "Ali ADMIN".
BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def one_line_problem(text: str) -> Phrase | None:
    """What is wrong with ``text`` as a one-line name, or None.

    Refused: line breaks and other control characters, the bidirectional controls that make a
    name display as something else, and lone surrogates (which no file or database can store).
    """
    for c in text:
        code = ord(c)
        if (code < 32 and c != "\t") or code == 0x7F:
            return QT_TRANSLATE_NOOP(
                "Messages", "A name cannot contain line breaks or control characters."
            )
        if c in BIDI_CONTROLS:
            return QT_TRANSLATE_NOOP(
                "Messages",
                "A name cannot contain invisible direction marks (they can make it display as "
                "another name). Type it again without copying it from elsewhere.",
            )
        if 0xD800 <= code <= 0xDFFF:
            return QT_TRANSLATE_NOOP(
                "Messages", "A name cannot contain characters that are not valid text."
            )
    return None


def direction_marks_problem(text: str) -> Phrase | None:
    """What is wrong with ``text``, typed on one line (a reason, a note), or None: as for a
    name (issue 22), the bidirectional controls that make it display as something else
    ("\u202edeen on" shows as "no need") are refused, with words that say which text they
    are in, not "a name". Text of several lines keeps them and is shown without them
    (:func:`without_direction_controls`)."""
    if any(c in BIDI_CONTROLS for c in text):
        return QT_TRANSLATE_NOOP(
            "Messages",
            "This text cannot contain invisible direction marks (they can make it display as "
            "something else). Type it again without copying it from elsewhere.",
        )
    return None


# The explicit embeddings, overrides and isolates (UAX #9), as reports/text.py drops them
# before printing; the marks LRM, RLM and ALM only strengthen a neutral and reorder nothing
# typed around them, so they stay.
_EXPLICIT = str.maketrans(
    dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
)


def without_direction_controls(text: str) -> str:
    """``text`` as it is shown (free text of several lines, kept as typed): without the
    explicit direction embeddings, overrides and isolates, so that none reorders what is
    around it, as the documents print it (issue 23)."""
    return text.translate(_EXPLICIT)


def parse_date(text: str) -> date:
    """A date typed as YYYY-MM-DD or DD/MM/YYYY, or a ValueError that says what is wrong."""
    m = _ISO.match(text)
    if m:
        year, month, day = (int(g) for g in m.groups())
    else:
        m = _DMY.match(text)
        if not m:
            raise ValueError(
                QT_TRANSLATE_NOOP("Messages", "Type the date as YYYY-MM-DD (or DD/MM/YYYY).")
            )
        day, month, year = (int(g) for g in m.groups())
    if not 1 <= month <= 12:
        raise ValueError(
            QT_TRANSLATE_NOOP("Messages", "There is no month {month}.").format(month=month)
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(
            QT_TRANSLATE_NOOP("Messages", "There is no {day} {month} {year}.").format(
                day=day, month=MONTHS[month - 1], year=year
            )
        ) from None


def parse_time(text: str) -> time:
    """A time of day typed as people write it: "15:00", "1500", "3pm", "3:00 PM", "3:00 pm";
    or a ValueError whose message says, in words, how to write it."""
    m = _TIME.match(text)
    if not m:
        raise ValueError(QT_TRANSLATE_NOOP("Messages", "Type the time as 15:00 or 3:00 PM."))
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    half = (m.group(3) or "").lower()
    if half:
        if not 1 <= hour <= 12:
            raise ValueError(
                QT_TRANSLATE_NOOP("Messages", "With AM or PM, the hour is 1 to 12 (or type 15:00).")
            )
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minute > 59:
        raise ValueError(
            QT_TRANSLATE_NOOP("Messages", "There is no {time} on a clock.").format(
                time=text.strip()
            )
        )
    return time(hour, minute)


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


@dataclass(frozen=True)
class PersonFacts:
    name: str
    alias: str
    date_of_birth: date | None
    estimated_age: int | None
    safe_phone: str


def check_person(facts: PersonFacts, today: date) -> Problems:
    problems: Problems = {}
    if not facts.name.strip() and not facts.alias.strip():
        problems["name"] = QT_TRANSLATE_NOOP(
            "Messages", "Enter a name or the alias she chose (either is enough)."
        )
    for field, value in (("name", facts.name), ("alias", facts.alias)):
        if len(value) > 200:
            problems[field] = QT_TRANSLATE_NOOP("Messages", "At most 200 characters.")
        elif (problem := one_line_problem(value)) is not None:
            problems[field] = problem
    if facts.date_of_birth is not None:
        if facts.date_of_birth > today:
            problems["date_of_birth"] = QT_TRANSLATE_NOOP(
                "Messages", "The date of birth is in the future."
            )
        elif facts.date_of_birth.year < OLDEST_BIRTH_YEAR:
            problems["date_of_birth"] = QT_TRANSLATE_NOOP(
                "Messages", "The date of birth is before {OLDEST_BIRTH_YEAR}."
            ).format(OLDEST_BIRTH_YEAR=OLDEST_BIRTH_YEAR)
    if facts.estimated_age is not None and not 0 <= facts.estimated_age <= MAX_AGE:
        problems["estimated_age"] = QT_TRANSLATE_NOOP(
            "Messages", "An age is between 0 and {MAX_AGE}."
        ).format(MAX_AGE=MAX_AGE)
    if facts.date_of_birth is not None and facts.estimated_age is not None:
        problems["estimated_age"] = QT_TRANSLATE_NOOP(
            "Messages", "Give the date of birth or an estimated age, not both."
        )
    if facts.safe_phone and not _PHONE.match(facts.safe_phone):
        problems["safe_phone"] = QT_TRANSLATE_NOOP(
            "Messages", "A phone number has digits, spaces, +, - or brackets only."
        )
    return problems


def check_incident_time(when: IncidentTime, now: datetime, date_of_birth: date | None) -> Problems:
    problems: Problems = {}
    if when.precision is Precision.UNKNOWN:
        return problems
    if when.earliest is None:
        problems["occurred"] = QT_TRANSLATE_NOOP(
            "Messages", "Give the time of the incident, or mark it as not known."
        )
        return problems
    latest = when.latest or when.earliest
    if latest < when.earliest:
        problems["occurred"] = QT_TRANSLATE_NOOP(
            "Messages", "The end of the time range is before its start."
        )
    elif when.earliest > now:
        problems["occurred"] = QT_TRANSLATE_NOOP(
            "Messages", "The incident cannot be in the future."
        )
    elif date_of_birth is not None and latest.date() < date_of_birth:
        problems["occurred"] = QT_TRANSLATE_NOOP(
            "Messages", "The date of birth is after the incident."
        )
    return problems


def check_after_incident(
    field: str, moment: datetime, when: IncidentTime, what: str = "This"
) -> Problems:
    """An examination, a specimen or a treatment cannot come before the incident."""
    if when.earliest is not None and moment < when.earliest:
        return {field: f"{what} is before the incident."}
    return {}
