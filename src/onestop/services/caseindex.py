"""The search index of cases, in memory only: built at sign-in from the names she may read.

Survivors' names are sealed under the identity section's key (services.sealedcolumns), so no
index inside the vault may hold them: the vault key alone (the admin's, the recovery key's)
would read them there. The index is built when a person who holds the identity key signs in
or unlocks, from the sealed fields opened with her key, kept current by the services that
change a case (opening, editing, purging), and dropped when she locks or signs out.

Each case's search text is domain.search.search_keys (folded names, reference, phone digits,
birth date), the same fold as what is typed, so "nunez" finds "Núñez" and any part of a name
matches. The texts are also joined into one string, so a word is looked up with ``str.find``
over the whole index at C speed, and a common word is checked case by case as the list walks
its order instead (services.search).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy.orm import Session

from onestop.db.cases import Case
from onestop.domain.roles import Section
from onestop.domain.search import search_keys
from onestop.services.sealedcolumns import SEALED_TEXT, open_value
from onestop.vault.sectionkeys import KeyRing, SealedFieldError

if TYPE_CHECKING:
    from onestop.services.session import VaultSession

SEPARATOR = "\n"  # never in a folded query word (words are split on white space)


class Entry(NamedTuple):
    reference: str
    display_name: str  # her alias when she chose one, else her name
    keys: str
    register_id: str = ""  # her id in an imported register, as it was given


class CaseIndex:
    """Case id -> what a case is found by and shown as, for one signed-in person."""

    def __init__(self) -> None:
        self._entries: dict[int, Entry] = {}
        self._joined: str | None = None
        self._ids: list[int] = []
        self._starts: list[int] = []
        self._codes: dict[str, set[int]] | None = None
        # Each case's row version as last put: a colleague's change arriving late (services.
        # liveupdates) never puts an older row over a newer one.
        self._versions: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def put(
        self,
        case_id: int,
        reference: str,
        name: str,
        alias: str,
        phone: str,
        date_of_birth: date | None,
        register_id: str = "",
        version: int = 0,
    ) -> None:
        keys = search_keys(reference, name, alias, phone, date_of_birth, register_id)
        self._entries[case_id] = Entry(reference, alias or name, keys, register_id)
        self._versions[case_id] = version
        self._joined = self._codes = None

    def version_of(self, case_id: int) -> int | None:
        """The row version of the case as the index holds it (None: not in the index)."""
        return self._versions.get(case_id) if case_id in self._entries else None

    def versions(self) -> dict[int, int]:
        """Every case's row version as the index holds it (a copy)."""
        return {i: self._versions.get(i, 0) for i in list(self._entries)}

    def reference_of(self, case_id: int) -> str:
        entry = self._entries.get(case_id)
        return entry.reference if entry is not None else ""

    def put_row(self, row: Case) -> None:
        """A case row as it is now (its sealed fields opened by the ORM layer)."""
        self.put(
            row.id,
            row.reference,
            row.name,
            row.alias,
            row.safe_phone,
            row.date_of_birth,
            row.register_id,
            row.version,
        )

    def remove(self, case_id: int) -> None:
        self._versions.pop(case_id, None)
        if self._entries.pop(case_id, None) is not None:
            self._joined = self._codes = None

    def display_name(self, case_id: int) -> str:
        entry = self._entries.get(case_id)
        return entry.display_name if entry is not None else SEALED_TEXT

    def matches(self, case_id: int, words: Iterable[str]) -> bool:
        entry = self._entries.get(case_id)
        return entry is not None and all(w in entry.keys for w in words)

    def count(self, word: str) -> int:
        """How many times ``word`` occurs in the whole index (an upper bound of its cases)."""
        return self._text().count(word)

    def containing(self, word: str) -> set[int]:
        """The ids of the cases whose search text contains ``word``."""
        text, found = self._text(), set()
        at = text.find(word)
        while at >= 0:
            i = bisect.bisect_right(self._starts, at) - 1
            found.add(self._ids[i])
            # Go on from the next case's text: one id per case is enough.
            at = text.find(word, self._starts[i + 1] if i + 1 < len(self._starts) else len(text))
        return found

    def with_code(self, code: str) -> set[int]:
        """The ids of the cases whose reference or register id is exactly ``code`` (trimmed,
        any case): a register exported by OneStop gives one of them for each of its rows."""
        key = code.strip().casefold()
        if not key:
            return set()
        if self._codes is None:
            self._codes = {}
            for case_id, entry in self._entries.items():
                for value in (entry.reference, entry.register_id):
                    if folded := value.strip().casefold():
                        self._codes.setdefault(folded, set()).add(case_id)
        return set(self._codes.get(key, ()))

    def _text(self) -> str:
        if self._joined is None:
            self._ids = list(self._entries)
            self._starts = []
            parts, at = [], 0
            for entry in self._entries.values():
                self._starts.append(at)
                parts.append(entry.keys)
                at += len(entry.keys) + len(SEPARATOR)
            self._joined = SEPARATOR.join(parts)
        return self._joined

    def ids(self) -> Iterator[int]:
        return iter(self._entries)


# The columns read straight from the database (no ORM rows: 100,000 of them at sign-in).
ROWS = (
    "SELECT id, reference, name, alias, safe_phone, date_of_birth, register_id, version, "
    "key_version FROM cases"
)


def build(s: Session, ring: KeyRing) -> CaseIndex:
    """Every case's search text, its sealed fields opened with ``ring`` (a row that does not
    open is left out: it can be neither found nor shown by name)."""
    index = CaseIndex()
    for row in s.connection().exec_driver_sql(ROWS):
        put_raw(index, ring, tuple(row))
    return index


RawRow = tuple[Any, ...]  # a row of ROWS, as the database gives it


def put_raw(index: CaseIndex, ring: KeyRing, row: RawRow) -> bool:
    """One row of ``ROWS`` into ``index``, its sealed fields opened with ``ring``; False
    (nothing put) when they do not open."""
    case_id, reference, name, alias, phone, birth, register_id, version, key_version = row
    if key_version is not None:
        try:
            name = open_value(ring, "cases", "name", case_id, version, name)
            alias = open_value(ring, "cases", "alias", case_id, version, alias)
            phone = open_value(ring, "cases", "safe_phone", case_id, version, phone)
            register_id = open_value(ring, "cases", "register_id", case_id, version, register_id)
        except SealedFieldError:
            return False
    if isinstance(birth, str):
        birth = date.fromisoformat(birth) if birth else None
    index.put(case_id, reference, name, alias, phone, birth, register_id, version)
    return True


def of(session: VaultSession, s: Session) -> CaseIndex | None:
    """The signed-in person's index, built now if it is not yet; None while she does not hold
    the identity key (a colleague has not confirmed her yet)."""
    if not session.section_keys.holds(Section.IDENTITY):
        return None
    if session.case_index is None:
        session.case_index = build(s, session.section_keys)
    index: CaseIndex = session.case_index
    return index


def changed(session: VaultSession, row: Case) -> None:
    """A case opened or edited in this session: its entry as it is now."""
    if session.case_index is not None:
        session.case_index.put_row(row)


def removed(session: VaultSession, case_id: int) -> None:
    if session.case_index is not None:
        session.case_index.remove(case_id)


def forget(session: VaultSession) -> None:
    """Many cases changed at once (an import): the index is built afresh when next needed."""
    session.case_index = None
