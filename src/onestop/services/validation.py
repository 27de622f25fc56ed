"""Input rules shared by the services, turned into ValidationFailed with the person's message."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from onestop.domain.passwords import PasswordRejected, check_password, check_username
from onestop.domain.validation import Problems, one_line_problem
from onestop.errors import ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP, message_of

MAX_NAME = 200


def validate_username(username: str) -> str:
    try:
        return check_username(username)
    except ValueError as exc:
        raise ValidationFailed.of({"username": message_of(exc)}) from None


def validate_password(password: str, username: str) -> str:
    try:
        return check_password(password, username)
    except PasswordRejected as exc:
        raise ValidationFailed.of({"password": message_of(exc)}) from None


def validate_display_name(name: str) -> str:
    """A person's name as typed (kept exactly), or a message saying what is wrong with it."""
    if not name.strip():
        problem = QT_TRANSLATE_NOOP("Messages", "Enter the person's name as colleagues know it.")
    elif len(name) > MAX_NAME:
        problem = QT_TRANSLATE_NOOP(
            "Messages", "A name can be at most %n character(s).", "", MAX_NAME
        )
    else:
        found = one_line_problem(name)
        if found is None:
            return name
        problem = found
    raise ValidationFailed.of({"display_name": problem})


MAX_TEXT = 100_000  # a note; far above any real one, well below a pasted file


def text_limits(model: type[Any], values: Mapping[str, Any]) -> Problems:
    """Each text value within its column's declared length (a name, a seal number) or, for
    free text, within MAX_TEXT; a message per field that is too long. The text itself is
    never altered: what passes is stored exactly as typed."""
    columns = model.__table__.columns
    problems: Problems = {}
    for name, value in values.items():
        if not isinstance(value, str) or name not in columns:
            continue
        limit = getattr(columns[name].type, "length", None) or MAX_TEXT
        if len(value) > limit:
            problems[name] = QT_TRANSLATE_NOOP(
                "Messages", "At most {limit:,} character(s).", "", limit
            ).format(limit=limit)
    return problems
