"""The language a document is written in: its fixed text (headings, labels, sentences around
the values) from the same Qt Linguist catalogues as the screens, read without Qt.

The fixed text is written ``translate("Documents", "…")``, which pyside6-lupdate reads like the
screens' calls, and the labels of listed values arrive from the services as Phrases (context
"Labels"), translated here by :func:`tr`. What staff typed is never looked up.

A document is built inside ``writing_in(code)``; outside it, or for English, the text is the
English source.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from onestop.i18n import Catalogue, english_catalogue, translated, with_count
from onestop.paths import resources

# The languages a document can be written in, each by its own name.
DOCUMENT_LANGUAGES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}
# Those whose pages are laid out right to left, mirrored (``reports.mirror``).
RIGHT_TO_LEFT = frozenset({"ar"})

_current: ContextVar[tuple[str, Catalogue | None]] = ContextVar(
    "document_language", default=("en", None)
)


@cache
def catalogue(code: str) -> Catalogue:
    """The compiled translations shipped for ``code`` (for English, its plural forms)."""
    return Catalogue.read(resources() / "translations" / f"onestop_{code}.qm")


@contextmanager
def writing_in(code: str) -> Iterator[None]:
    """Write the documents built inside in ``code`` (ValueError for a language not offered)."""
    if code not in DOCUMENT_LANGUAGES:
        raise ValueError(f"documents are not written in {code!r}")
    token = _current.set((code, catalogue(code)))  # English: its plural forms only
    try:
        yield
    finally:
        _current.reset(token)


def language() -> str:
    """The code of the language of the document being written."""
    return _current.get()[0]


def right_to_left() -> bool:
    """Is the document being written laid out right to left (its pages mirrored)?"""
    return language() in RIGHT_TO_LEFT


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` (a literal, read by lupdate) in the document's language. As in Qt, a third
    argument is the disambiguation and a fourth the count of a numerus message: ``%n`` in
    ``source`` becomes ``n``, in the plural form the language needs for it."""
    found = _current.get()[1] or english_catalogue()
    if found is None:
        return with_count(source, None if n < 0 else n)
    return found.translate(context, source, disambiguation, n)


def tr(text: str) -> str:
    """A label or sentence from the services (a Phrase) in the document's language; any other
    text (what staff typed) as it is."""
    return translated(text, translate)


# What separates the items of a list in a sentence, where it is not a comma (or, for items
# that hold commas themselves, a semicolon) and a space.
_LIST_SEPARATORS = {"ar": "\u060c "}  # the Arabic comma
_SEMICOLONS = {"ar": "\u061b "}  # the Arabic semicolon


def listed(items: Iterable[str], *, semicolons: bool = False) -> str:
    """``items`` (already in the document's language) as a list in its sentence: "a, b, c",
    in Arabic "a، b، c"; ``semicolons``: "a; b; c", in Arabic "a؛ b؛ c" (items that hold
    commas of their own)."""
    if semicolons:
        return _SEMICOLONS.get(language(), "; ").join(items)
    return _LIST_SEPARATORS.get(language(), ", ").join(items)
