"""How names and numbers are folded for search: case- and accent-insensitive, any part of it.

The same fold is applied to what is indexed and to what is typed, so "nunez" finds "Núñez" and
"0790 123" finds "+44 (0)790-123-456".
"""

from __future__ import annotations

import functools
import unicodedata
from datetime import date

from onestop.domain.validation import parse_date

TRIGRAM = 3  # the index matches words of at least this many characters


def fold(text: str) -> str:
    """Lower case, accents removed, compatibility forms unified, spaces collapsed."""
    if text.isascii():
        # The same result for plain ASCII, without the per-character work: no compatibility
        # form, no accent, and ASCII's case fold is its lower case. (Every name of a 100,000
        # survivor index is folded at sign-in: services.caseindex.)
        return " ".join(text.lower().split())
    # Word by word, each remembered: names repeat, and the fold of a text is the fold of its
    # words joined (a compatibility form that becomes a space is split by the word's fold).
    return " ".join(w for w in map(_fold_word, text.split()) if w)


@functools.lru_cache(maxsize=65536)
def _fold_word(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(unicodedata.normalize("NFC", stripped).split())


def digits(text: str) -> str:
    return "".join(filter(str.isdigit, text))


def search_keys(
    reference: str,
    name: str,
    alias: str,
    phone: str,
    date_of_birth: date | None,
    register_id: str = "",
) -> str:
    """The text a case is found by (``register_id``: its id in an imported register)."""
    parts = [fold(reference), fold(name), fold(alias), fold(register_id)]
    if phone_digits := digits(phone):
        parts.append(phone_digits)
    if date_of_birth is not None:
        parts.append(date_of_birth.isoformat())
    return " | ".join(p for p in parts if p)


def query_words(query: str) -> list[str]:
    """The words a typed query must all match, folded the same way as the keys.

    A typed date becomes its ISO form; a phone number typed with spaces or dashes becomes
    its digits. Characters no name can hold (NUL and other controls, a lone surrogate from a
    broken paste) separate words instead of reaching the database, which cannot take them.
    """
    text = "".join(
        " " if ord(c) < 32 or ord(c) == 0x7F or 0xD800 <= ord(c) <= 0xDFFF else c for c in query
    ).strip()
    if not text:
        return []
    try:
        return [parse_date(text).isoformat()]
    except ValueError:
        pass
    if sum(c.isdigit() for c in text) >= 4 and all(c.isdigit() or c in " +-().\t" for c in text):
        return [digits(text)]
    return fold(text).split()
