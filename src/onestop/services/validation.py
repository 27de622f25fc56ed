"""Input rules shared by the services, turned into ValidationFailed with the person's message."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from onestop.domain.passwords import PasswordRejected, check_password, check_username
from onestop.domain.validation import BIDI_CONTROLS, Problems, one_line_problem
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


MAX_REASON = 500  # why a record was entered in error: a sentence or two, not a pasted file
# Characters that show nothing but make text display or compare as something else.
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")


def reason_problems(field: str, reason: str) -> Problems:
    """The rules names follow, for a reason kept with a record (it may run over a few
    lines): no control characters, no direction marks or zero-width characters, no lone
    surrogates, and at most MAX_REASON characters; a message under ``field`` when broken."""
    if len(reason) > MAX_REASON:
        return {
            field: QT_TRANSLATE_NOOP(
                "Messages", "A reason can be at most %n character(s).", "", MAX_REASON
            )
        }
    for c in reason:
        code = ord(c)
        if (code < 32 and c not in "\t\n\r") or 0x7F <= code <= 0x9F:
            return {
                field: QT_TRANSLATE_NOOP("Messages", "A reason cannot contain control characters.")
            }
        if c in BIDI_CONTROLS or c in ZERO_WIDTH:
            return {
                field: QT_TRANSLATE_NOOP(
                    "Messages",
                    "A reason cannot contain invisible characters (direction marks, zero-width "
                    "spaces): they can make it display as something else. Type it again "
                    "without copying it from elsewhere.",
                )
            }
        if 0xD800 <= code <= 0xDFFF:
            return {
                field: QT_TRANSLATE_NOOP(
                    "Messages", "A reason cannot contain characters that are not valid text."
                )
            }
    return {}
