"""Password and user-name rules, after NIST SP 800-63B.

At least 12 characters and up to 256, any Unicode, normalised with NFKC before use, no
composition rules, no truncation; refused when zxcvbn scores it below 3 or when it contains
the user name. One-time passwords are generated here too.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from dataclasses import dataclass

from onestop.i18n import QT_TRANSLATE_NOOP

MIN_LENGTH = 12
MAX_LENGTH = 256
MIN_SCORE = 3
# zxcvbn refuses more than 72 characters (its matching is quadratic). Longer passwords are
# scored on their first 72: conservative, since a weak start still fails however it ends.
_SCORE_PREFIX = 72

USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")

# Words from the centre's context that make a password easy to guess.
CONTEXT_WORDS = ("onestop", "one-stop", "survivor", "centre", "center", "password")


class PasswordRejected(ValueError):
    """A password that breaks a rule; the message says which, in words for the person typing."""


def normalise(password: str) -> str:
    """The form a password is stored and compared in (NFKC; nothing stripped or truncated)."""
    return unicodedata.normalize("NFKC", password)


def normalise_username(username: str) -> str:
    """Canonical user name: NFKC, surrounding spaces removed, lower case."""
    return unicodedata.normalize("NFKC", username).strip().casefold()


def check_username(username: str) -> str:
    """The canonical user name, or a ValueError that says what is wrong with it."""
    name = normalise_username(username)
    if not USERNAME_PATTERN.fullmatch(name):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "A user name is 2 to 32 characters: lower-case letters a-z, digits, '.', '_' or "
                "'-', "
                "starting with a letter or digit.",
            )
        )
    return name


@dataclass(frozen=True)
class PasswordVerdict:
    score: int
    warning: str
    suggestions: tuple[str, ...]


def assess(password: str, username: str = "") -> PasswordVerdict:
    """zxcvbn's verdict on ``password``, knowing the user name and the centre's words
    (imported when a password is first judged: its dictionaries are 13 MB of a desktop's
    memory, and signing in never needs them)."""
    from zxcvbn import zxcvbn

    pw = normalise(password)[:_SCORE_PREFIX]
    inputs = [w for w in (username, *CONTEXT_WORDS) if w]
    result = zxcvbn(pw, user_inputs=inputs, max_length=_SCORE_PREFIX)
    feedback = result.get("feedback", {})
    return PasswordVerdict(
        score=int(result["score"]),
        warning=str(feedback.get("warning") or ""),
        suggestions=tuple(str(s) for s in feedback.get("suggestions") or ()),
    )


def check_password(password: str, username: str = "") -> str:
    """The normalised password if it may be used, else PasswordRejected with the reason."""
    pw = normalise(password)
    length = len(pw)
    if length < MIN_LENGTH:
        raise PasswordRejected(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The password is too short: use at least %n character(s) (a few unrelated "
                "words make a good one).",
                "",
                MIN_LENGTH,
            )
        )
    if length > MAX_LENGTH:
        raise PasswordRejected(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The password is too long: use at most %n character(s).",
                "",
                MAX_LENGTH,
            )
        )
    name = normalise_username(username) if username else ""
    if name and name in pw.casefold():
        raise PasswordRejected(
            QT_TRANSLATE_NOOP("Messages", "The password must not contain the user name.")
        )
    verdict = assess(pw, name)
    if verdict.score < MIN_SCORE:
        hint = verdict.warning or "It would be easy to guess."
        if not hint.endswith("."):
            hint += "."
        raise PasswordRejected(
            QT_TRANSLATE_NOOP(
                "Messages", "The password is too weak. {hint} Try a longer phrase."
            ).format(hint=hint)
        )
    return pw


# Words for one-time passwords: short, common, unambiguous when read aloud or copied by hand.
_OTP_WORDS = (
    "amber anchor apple arrow aspen autumn bamboo basket beacon berry birch bison blossom "
    "breeze bridge brook cabin cactus candle canyon cedar chalk cherry cider cliff clover "
    "cobalt comet copper coral cotton crane crystal dahlia daisy delta desert dolphin dune "
    "eagle ember falcon fern fjord flint forest fossil garden garnet geyser ginger glacier "
    "granite harbor hazel heron honey indigo island ivory jasmine juniper kayak kettle kiwi "
    "lagoon lantern lemon lilac linen lotus maple marble meadow melon mint mosaic nectar "
    "nutmeg oasis ocean olive onyx orchid otter pebble pepper pine planet plum poppy prairie "
    "quartz quill raven reef river robin saffron sage salmon sapphire sequoia shadow silver "
    "spruce summit sunset thistle thunder timber topaz tulip tundra valley velvet violet "
    "walnut willow winter yarrow zephyr"
).split()


def generate_one_time_password() -> str:
    """A random one-time password: five words and a number, about 41 bits, for a first sign-in."""
    words = [secrets.choice(_OTP_WORDS) for _ in range(5)]
    return "-".join(words) + f"-{secrets.randbelow(100):02d}"
