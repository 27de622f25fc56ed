"""The search index of cases, in memory only: built at sign-in from the names she may read.

Survivors' names are sealed under the identity section's key (services.sealedcolumns), so no
index inside the vault may hold them: the vault key alone (the admin's, the recovery key's)
would read them there. The index is built when a person who holds the identity key signs in
or unlocks, from the sealed fields opened with her key, kept current by the services that
change a case (opening, editing, purging), and dropped when she locks or signs out.

Each case's search text is domain.search.search_keys (folded names, reference, phone digits,
birth date), the same fold as what is typed, so "nunez" finds "Núñez" and any part of a name
matches. A word's cases are found in one pass over the texts at C speed (a few milliseconds at
100,000 survivors) and remembered, kept current as cases change, so each letter typed after
the first looks its word up once; a word in more than KEPT cases (one or two letters, mostly)
is checked case by case as the list walks its order instead, which fills a page at once
(services.search).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from contextlib import closing, nullcontext
from datetime import date
from functools import partial
from itertools import compress, repeat
from operator import contains
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import delete, event, insert, select
from sqlalchemy.orm import Session

from onestop import collector, logs
from onestop.db import writelock
from onestop.db.base import utcnow
from onestop.db.caseindex import CaseIndexSnapshot
from onestop.db.cases import Case
from onestop.domain.audit import AuditAction, Outcome
from onestop.domain.roles import Action, Section
from onestop.domain.search import search_keys
from onestop.services.sealedcolumns import (
    SEALED_TEXT,
    bound_sections,
    has_text,
    open_value,
    seal_value,
    text_bound_sections,
)
from onestop.vault.sectionkeys import CaseRef, KeyRing, SealedFieldError

if TYPE_CHECKING:
    from onestop.services.session import VaultSession

KEPT = 4000  # a word in more cases than this is common: its cases are not kept (containing)
REMEMBERED = 128  # words looked up whose cases are kept, the most recently used


class Entry(NamedTuple):
    reference: str
    display_name: str  # her alias when she chose one, else her name
    keys: str
    register_id: str = ""  # her id in an imported register, as it was given


class CaseIndex:
    """Case id -> what a case is found by and shown as, for one signed-in person."""

    def __init__(self) -> None:
        self._entries: dict[int, Entry] = {}
        # The ids and search texts as two lists, made again after a change (CaseIndex._scan).
        self._columns: tuple[list[int], list[str]] | None = None
        # The words looked up lately (the most recent last), each with its cases, kept as
        # cases change; None for a word in more than KEPT cases. Typing "m", "ma", "mar" looks
        # up each once; the next name typed starts from "m" again.
        self._found: dict[str, set[int] | None] = {}
        self._codes: dict[str, set[int]] | None = None
        # Made from the sealed snapshot at sign-in and not yet checked against the cases'
        # own rows (check_snapshot); ``checking`` while the desktop checks it on a thread of
        # its own (gui.shell), so that a search meanwhile does not check it again.
        self.from_snapshot = False
        self.checking = False
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
        self._changed(case_id, keys)

    def put_entry(self, case_id: int, entry: Entry, version: int) -> None:
        """An entry as a snapshot kept it (its search text already made)."""
        self._entries[case_id] = entry
        self._versions[case_id] = version
        self._changed(case_id, entry.keys)

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
            self._changed(case_id, None)

    def display_name(self, case_id: int) -> str:
        entry = self._entries.get(case_id)
        return entry.display_name if entry is not None else SEALED_TEXT

    def matches(self, case_id: int, words: Iterable[str]) -> bool:
        entry = self._entries.get(case_id)
        return entry is not None and all(w in entry.keys for w in words)

    def containing(self, word: str) -> set[int] | None:
        """The ids of the cases whose search text contains ``word`` (a copy, hers to keep);
        None when they are more than KEPT (a word that common is checked case by case as the
        list walks its order: services.search)."""
        if word in self._found:
            self._found[word] = found = self._found.pop(word)  # the most recently used last
        else:
            found = self._scan(word)
            self._found[word] = found if found is None or len(found) <= KEPT else None
            while len(self._found) > REMEMBERED:
                del self._found[next(iter(self._found))]
        return set(found) if found is not None and len(found) <= KEPT else None

    def _scan(self, word: str) -> set[int]:
        """Every case whose text holds ``word``, in one pass over the texts at C speed (no
        Python code runs per case: ``map`` of ``str.__contains__`` and ``compress``)."""
        if self._columns is None:
            self._columns = (list(self._entries), [e.keys for e in self._entries.values()])
        ids, keys = self._columns
        return set(compress(ids, map(contains, keys, repeat(word))))

    def _changed(self, case_id: int, keys: str | None) -> None:
        """One case put (``keys``: its text) or removed (None): the words remembered follow."""
        self._columns = self._codes = None
        # A copy: check_snapshot puts from a pool thread while a search may look a word up.
        for word, found in list(self._found.items()):
            if found is None:
                # A common word stays common while this case may only add to it; one it may
                # have left is forgotten, and counted afresh when next looked up (so a word
                # that fell to KEPT cases or fewer is not reported common for ever).
                if keys is None or word not in keys:
                    del self._found[word]
                continue
            if keys is not None and word in keys:
                found.add(case_id)
                if len(found) > KEPT:
                    self._found[word] = None
            else:
                found.discard(case_id)

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

    def ids(self) -> Iterator[int]:
        return iter(self._entries)

    def state(self) -> tuple[dict[int, Entry], dict[int, int]]:
        """Copies of each case's entry and row version, taken together (for a check of the
        snapshot on another thread: snapshot_findings)."""
        return dict(self._entries), dict(self._versions)


# The columns read straight from the database (no ORM rows: 100,000 of them at sign-in).
ROWS = (
    "SELECT id, reference, name, alias, safe_phone, date_of_birth, register_id, version, "
    "key_version FROM cases"
)


def build(s: Session, ring: KeyRing) -> CaseIndex:
    """Every case's search text, its sealed fields opened with ``ring`` (a row that does not
    open is left out: it can be neither found nor shown by name)."""
    index = CaseIndex()
    bound = identity_bound(bound_sections(s))
    text_bound = identity_bound(text_bound_sections(s))
    for row in s.connection().exec_driver_sql(ROWS):
        put_raw(index, ring, tuple(row), bound, text_bound)
    return index


RawRow = tuple[Any, ...]  # a row of ROWS, as the database gives it


def _ALWAYS() -> bool:
    return True


def _NEVER() -> bool:
    return False


def identity_bound(bound: frozenset[str]) -> bool:
    """Whether the identity section is among ``bound`` (sections the trail records as bound:
    services.attachmentblobs.bound_sections), so a name in clear there is a forgery."""
    return Section.IDENTITY.value in bound


def put_raw(
    index: CaseIndex, ring: KeyRing, row: RawRow, bound: bool = False, text_bound: bool = False
) -> bool:
    """One row of ``ROWS`` into ``index``, its sealed fields opened with ``ring``; False
    (nothing put) when they do not open (open_raw)."""
    entry = open_raw(ring, row, bound, text_bound)
    if entry is None:
        return False
    index.put_entry(row[0], entry, row[7])
    return True


def open_raw(
    ring: KeyRing, row: RawRow, bound: bool = False, text_bound: bool = False
) -> Entry | None:
    """The entry of one row of ``ROWS``, its sealed fields opened with ``ring``; None when
    they do not open. ``bound``: the identity section is recorded as bound, so a row with
    names in clear and no key version (older text) was written by someone with the vault key:
    neither found nor shown (services.sealedcolumns). ``text_bound``: it is recorded as bound
    to its cases, so a name sealed in form 1 (not naming its case: vault.sectionkeys) is not
    opened either."""
    case_id, reference, name, alias, phone, birth, register_id, version, key_version = row
    if key_version is None and bound and has_text((name, alias, phone, register_id)):
        return None
    try:
        if key_version is not None:
            case = CaseRef(int(case_id), str(reference))
            older_ok = _NEVER if text_bound else _ALWAYS
            name = open_value(ring, "cases", "name", case_id, version, name, None, case, older_ok)
            alias = open_value(
                ring, "cases", "alias", case_id, version, alias, None, case, older_ok
            )
            phone = open_value(
                ring, "cases", "safe_phone", case_id, version, phone, None, case, older_ok
            )
            register_id = open_value(
                ring, "cases", "register_id", case_id, version, register_id, None, case, older_ok
            )
        if isinstance(birth, str):
            birth = date.fromisoformat(birth) if birth else None
        keys = search_keys(reference, name, alias, phone, birth, register_id)
        return Entry(reference, alias or name, keys, register_id)
    except (SealedFieldError, TypeError, ValueError):
        # A row that does not open, or was made so that it cannot (a BLOB where a sealed
        # name belongs, a date that is none: the red team's): not in the index, like any row
        # her key does not open; the case file says what is wrong with it.
        return None


# ----- the snapshot: the index kept sealed between sign-ins (db.caseindex) ---------------------

SNAPSHOT_ID = 1
SNAPSHOT_FORMAT = 1
# Cases changed (new, edited, gone) since the snapshot, as a share of them all, above which
# a sign-in writes a new snapshot: a few changes are cheaper to open again than to rewrite.
REWRITE_SHARE = 0.01
CHUNK = 500  # ids per query when the changed cases are read


_COLUMNS = ("ids", "versions", "references", "names", "keys", "registers")


def snapshot_text(index: CaseIndex) -> str:
    """The index as JSON, one list per column (ids, versions, references, display names,
    search texts, register ids): plain data only, never pickle, which runs code when read.
    Lists of one type each are what ``json`` reads fastest and checks in one pass."""
    versions = index.versions()
    ids = list(index.ids())
    entries = [index._entries[i] for i in ids]
    data: dict[str, Any] = {"format": SNAPSHOT_FORMAT, "ids": ids}
    data["versions"] = [versions[i] for i in ids]
    columns = zip(*entries, strict=True) if entries else [()] * len(Entry._fields)
    for name, column in zip(_COLUMNS[2:], columns, strict=True):
        data[name] = list(column)
    return json.dumps(data, ensure_ascii=False)


class Snapshot(NamedTuple):
    """A snapshot as read: each case's version, and its entry, by id."""

    versions: dict[int, int]
    entries: dict[int, Entry]


def parse_snapshot(text: str) -> Snapshot:
    """The cases in snapshot_text's JSON; ValueError if it is not that."""
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("format") != SNAPSHOT_FORMAT:
        raise ValueError("not a search index snapshot")
    columns: list[list[Any]] = [data.get(name) or [] for name in _COLUMNS]
    if not all(type(c) is list and len(c) == len(columns[0]) for c in columns):
        raise ValueError("not a search index snapshot")
    ids, versions, *texts = columns
    # Exact types (a bool is not an id), checked by ``map`` at C speed.
    if not (set(map(type, ids)) | set(map(type, versions))) <= {int}:
        raise ValueError("not a search index snapshot")
    if not set().union(*(map(type, t) for t in texts)) <= {str}:
        raise ValueError("not a search index snapshot")
    if len(set(ids)) != len(ids):
        raise ValueError("not a search index snapshot")
    # tuple.__new__ makes each Entry at C speed (namedtuple's own __new__ is Python code).
    entries = map(tuple.__new__, repeat(Entry), zip(*texts, strict=True))
    return Snapshot(dict(zip(ids, versions, strict=True)), dict(zip(ids, entries, strict=True)))


def read_snapshot(s: Session, ring: KeyRing) -> tuple[Snapshot, int] | None:
    """The snapshot's entries and its version, if there is one sealed under the identity
    key's current version and it opens with ``ring``; None otherwise (the index is then built
    from the cases)."""
    row = s.execute(
        select(
            CaseIndexSnapshot.version, CaseIndexSnapshot.key_version, CaseIndexSnapshot.entries
        ).where(CaseIndexSnapshot.id == SNAPSHOT_ID)
    ).first()
    return _opened(ring, None if row is None else tuple(row))


def _is_version(value: object) -> bool:
    """A row version as the database keeps it (an altered row may hold text there)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _opened(ring: KeyRing, row: tuple[Any, ...] | None) -> tuple[Snapshot, int] | None:
    """The snapshot row (version, key_version, entries) opened and parsed; None when there is
    none, it is under another key version, or it does not open or parse."""
    key = ring.current(Section.IDENTITY)
    if key is None or row is None:
        return None
    version, key_version, sealed = row
    if key_version != key.version or not _is_version(version):
        return None  # another key's, or altered (a version that is no number)
    table, column = CaseIndexSnapshot.__tablename__, "entries"
    try:
        text = open_value(ring, table, column, SNAPSHOT_ID, version, sealed)
        return parse_snapshot(text), version
    except (SealedFieldError, ValueError, TypeError, RecursionError):
        # Altered (JSON nested past the parser's depth too, which stopped every sign-in of
        # an identity holder), or another vault's: built afresh, and written again.
        return None


def write_snapshot(s: Session, ring: KeyRing, index: CaseIndex, previous: int) -> bool:
    """``index`` sealed under the identity key's current version, in place of the snapshot
    before (whose version was ``previous``; 0: none). False when no identity key is held."""
    key = ring.current(Section.IDENTITY)
    if key is None:
        return False
    if writelock.before_writing(s.connection()):
        # A unit of work that only reads took the write lock here (a centre's server): the
        # version it follows is read again under the lock (another workstation's may be newer).
        now = s.scalar(select(CaseIndexSnapshot.version).where(CaseIndexSnapshot.id == SNAPSHOT_ID))
        previous = max(previous, now if isinstance(now, int) else 0)
    version = previous + 1
    table = CaseIndexSnapshot.__tablename__
    sealed = seal_value(key, table, "entries", SNAPSHOT_ID, version, snapshot_text(index))
    s.execute(delete(CaseIndexSnapshot).where(CaseIndexSnapshot.id == SNAPSHOT_ID))
    s.execute(
        insert(CaseIndexSnapshot).values(
            id=SNAPSHOT_ID,
            version=version,
            key_version=key.version,
            entries=sealed,
            written_at=utcnow(),
        )
    )
    return True


def drop_snapshot(s: Session) -> None:
    """No snapshot any more (a revocation: services.sectionkeys.revoke_holder)."""
    s.execute(delete(CaseIndexSnapshot))


_RAW = (
    Case.id,
    Case.reference,
    Case.name,
    Case.alias,
    Case.safe_phone,
    Case.date_of_birth,
    Case.register_id,
    Case.version,
    Case.key_version,
)


def build_at_sign_in(
    s: Session, ring: KeyRing, may_write: bool, read: Loaded | None = None
) -> CaseIndex:
    """The index at sign-in: the snapshot's entries for the cases whose version has not moved
    since, every other case opened again (gone ones dropped); a new snapshot written (when
    ``may_write``) if there was none or more than REWRITE_SHARE of the cases changed.
    ``read``: what a Loading thread read already (the snapshot, or a full build without it),
    caught up here with every case changed since."""
    with collector.paused():
        return _build_at_sign_in(s, ring, may_write, read)


class Loaded(NamedTuple):
    """What a Loading thread read: the snapshot and its version, or (none, or it did not
    open) the index built from every row."""

    held: tuple[Snapshot, int] | None
    built: CaseIndex | None


def _build_at_sign_in(s: Session, ring: KeyRing, may_write: bool, read: Loaded | None) -> CaseIndex:
    held = read_snapshot(s, ring) if read is None else read.held
    if held is None:
        if read is not None and read.built is not None:
            index = read.built
            _catch_up(s, ring, index, index._entries, index._versions)
            index._columns = index._codes = None  # caught up by hand, not through put
            index._found.clear()
        else:
            index = build(s, ring)
        if may_write:
            previous = s.scalar(
                select(CaseIndexSnapshot.version).where(CaseIndexSnapshot.id == SNAPSHOT_ID)
            )
            write_snapshot(s, ring, index, previous if isinstance(previous, int) else 0)
        return index
    snapshot, previous = held
    index = CaseIndex()
    index.from_snapshot = True
    changed, cases = _catch_up(s, ring, index, snapshot.entries, snapshot.versions)
    if may_write and changed > REWRITE_SHARE * max(cases, 1):
        write_snapshot(s, ring, index, previous)
    return index


def _catch_up(
    s: Session, ring: KeyRing, index: CaseIndex, entries: dict[int, Entry], versions: dict[int, int]
) -> tuple[int, int]:
    """``entries`` and ``versions`` (read earlier: a snapshot, a build on another thread)
    made ``index``'s, caught up with the cases as they are now: each case whose row version
    moved since opened again, gone ones dropped. Returns how many changed, of how many."""
    # Coded columns only, through the driver's own cursor: a hundred thousand plain tuples.
    cursor = s.connection().connection.cursor()
    try:
        cursor.execute("SELECT id, version FROM cases")
        now: dict[int, int] = dict(cursor.fetchall())
    finally:
        cursor.close()
    index._entries, index._versions = entries, versions
    if now == versions:  # nothing changed since (a dict compare, at C speed)
        return 0, len(now)
    stale = [case_id for case_id, version in now.items() if versions.get(case_id) != version]
    gone = versions.keys() - now.keys()
    for case_id in gone:
        entries.pop(case_id, None)
        del versions[case_id]
    for case_id in stale:  # not found (its row does not open): not in the index
        entries.pop(case_id, None)
        versions.pop(case_id, None)
    bound = identity_bound(bound_sections(s))
    text_bound = identity_bound(text_bound_sections(s))
    for at in range(0, len(stale), CHUNK):
        for row in s.execute(select(*_RAW).where(Case.id.in_(stale[at : at + CHUNK]))):
            put_raw(index, ring, tuple(row), bound, text_bound)
    return len(stale) + len(gone), len(now)


class Loading:
    """Her index read on a thread of its own after sign-in or unlock, so that the desktop
    shows her home without waiting for it: at 100,000 survivors the sealed snapshot takes
    most of a second to open, a build from every row seconds.

    The thread touches no session of the window's: it reads through a connection of its own,
    outside a write transaction (like snapshot_findings), and only looks keys up in the
    ring. What it read is put in place on the thread that owns the session (``of``, or the
    window's poll: finish_loading), caught up there with every case changed meanwhile; until
    then a list shows the names of its own page's rows (names) and a search waits for it. A
    lock or a sign-out cancels it and waits for the thread (VaultSession.lock, close).

    ``start=False``: made, not started (``start``): the desktop starts it once her home is
    built. Run beside the home's build, its thread took the interpreter's lock half the time
    and paused the cycle collector for both (``collector.paused``), which then walked every
    object in the middle of the home's reading: at 100,000 survivors the home took 600 ms
    after the key derivation instead of 300 (issue 24). Until it starts it is loading all the
    same (the lists show their rows' names); ``result`` starts it if nothing has."""

    def __init__(self, session: VaultSession, *, start: bool = True) -> None:
        self._session = session
        self._cancel = threading.Event()
        self._read: Loaded | None = None
        self.failure = ""
        # Not a daemon (killed at the interpreter's exit mid-read, it could abort the process):
        # a sign-out or a lock cancels it, and it looks at the cancellation every 1000 rows.
        self._thread = threading.Thread(target=self._run, name="onestop-index-load")
        self._started = False
        if start:
            self.start()

    def start(self) -> None:
        """Begin reading, on the thread that owns the session (once; never after a cancel)."""
        if not self._started and not self._cancel.is_set():
            self._started = True
            self._thread.start()

    def _run(self) -> None:
        """On its own thread: nothing written, no Qt."""
        try:
            held = _raw_snapshot(self._session)
            built = None if held is not None else _raw_build(self._session, self._cancel.is_set)
            if not self._cancel.is_set():
                self._read = Loaded(held, built)
        except Exception as exc:  # built on the owner's thread instead, when next needed
            self.failure = type(exc).__name__

    def done(self) -> bool:
        """Read (or cancelled): not while it waits to start."""
        if not self._started:
            return self._cancel.is_set()
        return not self._thread.is_alive()

    def cancel(self) -> None:
        self._cancel.set()
        if self._started:
            self._thread.join()

    def result(self) -> Loaded | None:
        """What the thread read, once it has ended (started now if it was not, and waited
        for); None if it failed or was cancelled."""
        self.start()
        if self._started:
            self._thread.join()
        if self.failure:
            logs.log.warning("search index not read in the background: %s", self.failure)
        return self._read


def _raw_snapshot(session: VaultSession) -> tuple[Snapshot, int] | None:
    """read_snapshot through a connection of its own (Loading's thread)."""
    conn = session.engine.raw_connection()
    try:
        cursor = conn.cursor()
        try:
            cursor.execute(
                "SELECT version, key_version, entries FROM "
                f"{CaseIndexSnapshot.__tablename__} WHERE id = {int(SNAPSHOT_ID)}"
            )
            row = cursor.fetchone()
        finally:
            cursor.close()
    finally:
        conn.rollback()
        conn.close()
    with collector.paused():
        return _opened(session.section_keys, None if row is None else tuple(row))


def _raw_build(session: VaultSession, cancelled: Callable[[], bool]) -> CaseIndex | None:
    """build through a connection of its own (Loading's thread); None if cancelled."""
    ring = session.section_keys
    bound = identity_bound(session.known_bound)
    text_bound = identity_bound(session.known_text_bound)
    index = CaseIndex()
    with collector.paused(), closing(_every_row(session)) as rows:
        for n, row in enumerate(rows):
            if n % 1000 == 0 and cancelled():
                return None
            put_raw(index, ring, row, bound, text_bound)
    return index


def load_in_background(session: VaultSession, *, start: bool = True) -> None:
    """Start reading her index on a thread of its own (the desktop, after her keys opened at
    sign-in or unlock); nothing when she does not hold the identity key or it is read.
    ``start=False``: loading, its thread started later (``begin_loading``: once her home is
    built)."""
    if session.case_index is not None or session.index_loading is not None:
        return
    if session.section_keys.holds(Section.IDENTITY):
        session.index_loading = Loading(session, start=start)


def begin_loading(session: VaultSession) -> None:
    """The thread of her index's loading started, if it waits to (nothing when it was
    cancelled by a lock or a sign-out, or is read)."""
    load = session.index_loading
    if load is not None:
        load.start()


def finish_loading(session: VaultSession) -> CaseIndex | None:
    """On the thread that owns the session (the window's, once the Loading thread has ended):
    her index put in place and returned; None when she does not hold the identity key."""
    with session.unit_of_work(Section.IDENTITY, Action.READ) as s:
        return of(session, s)


def loading(session: VaultSession) -> bool:
    """Her index is being read on its own thread and not put in place yet."""
    load = session.index_loading
    return load is not None and not load.done()


def stop_loading(session: VaultSession) -> None:
    """A lock or a sign-out: the thread cancelled and waited for, nothing it read kept."""
    load, session.index_loading = session.index_loading, None
    if load is not None:
        load.cancel()


# The code of the tamper entry check_snapshot writes (services.audit.describe).
SNAPSHOT_PLANTED = "index-snapshot"


class Findings(NamedTuple):
    """What a check of the snapshot found: cases it showed with another entry than their
    unchanged row's (the row's entry, its version), and cases it showed by name although
    their unchanged row does not open with her key."""

    wrong: list[tuple[int, Entry, int]]
    unopened: list[tuple[int, int]]


def check_snapshot(session: VaultSession, s: Session | None = None) -> int:
    """The index made from the snapshot at sign-in, checked against the cases' own rows, in
    this thread (the command line, an import, a test; the desktop runs snapshot_findings on a
    thread of its own and apply_findings on the window's). Returns how many cases the
    snapshot showed wrongly (0: it was true, or there was nothing to check).

    Someone who holds the identity key can seal a snapshot of her own that shows other names
    for cases unchanged since (an edit of the case would be audited; the snapshot is not).
    Where the two differ for a case at the same row version, the index takes the row's entry,
    the snapshot is dropped (the next sign-in of someone who may write identity writes it
    afresh), and a tamper entry is written, which the admin and the managers are shown at
    their next sign-in (gui.shell) until an admin acknowledges it."""
    index = session.case_index
    if index is None or not index.from_snapshot:
        return 0
    findings = snapshot_findings(session, *index.state(), pause_collector=True)
    if findings is None:
        return 0
    return apply_findings(session, index, findings, s)


def snapshot_findings(
    session: VaultSession,
    shown: Mapping[int, Entry],
    versions: Mapping[int, int],
    cancelled: Callable[[], bool] = bool,
    pause_collector: bool = False,
) -> Findings | None:
    """Every case's row opened again as a full build does, and compared with what the index
    made from the snapshot shows (``shown``, ``versions``: CaseIndex.state(), taken on the
    thread that owns the index); None when ``cancelled()`` turned true on the way (a lock or a
    sign-out). Changes nothing: safe on a thread of its own while the window goes on with its
    own reads and puts (it reads through a connection of its own, and the key ring only looks
    keys up)."""
    ring = session.section_keys
    bound = identity_bound(session.known_bound)
    text_bound = identity_bound(session.known_text_bound)
    # Row by row as they are read, each compared and let go: at 100,000 survivors the rows
    # and a second index held whole until the end were 100 MB more of the desktop's memory.
    wrong: list[tuple[int, Entry, int]] = []
    unopened: list[tuple[int, int]] = []
    # The collector is process-wide: paused only where nothing else runs meanwhile.
    with (
        collector.paused() if pause_collector else nullcontext(),
        closing(_every_row(session)) as rows,
    ):
        for n, row in enumerate(rows):
            if n % 1000 == 0 and cancelled():
                return None
            case_id, version = row[0], row[7]
            if case_id not in shown or versions.get(case_id) != version:
                continue  # not shown from the snapshot, or changed since: the row's own is put
            entry = open_raw(ring, row, bound, text_bound)
            if entry is None:
                unopened.append((case_id, version))  # shown by name, yet it does not open
            elif shown[case_id] != entry:
                wrong.append((case_id, entry, version))
    if cancelled():
        return None
    return Findings(wrong, unopened)


def apply_findings(
    session: VaultSession, index: CaseIndex, findings: Findings, s: Session | None = None
) -> int:
    """``findings`` put into ``index`` (each case only while the index still holds the
    version that was checked: an edit since has put the row's own entry), and, when the
    snapshot was wrong, the snapshot dropped and a tamper entry written. Returns how many
    cases it showed wrongly. On the thread that owns the session (the window's); the tamper
    entry is written in ``s`` when a transaction is open (never a second one beside it: the
    local vault's transactions each take the write lock), else in one of its own."""
    index.from_snapshot = False
    if not findings.wrong and not findings.unopened:
        return 0
    for case_id, entry, version in findings.wrong:
        if index.version_of(case_id) == version:
            index.put_entry(case_id, entry, version)
    for case_id, version in findings.unopened:
        if index.version_of(case_id) == version:
            index.remove(case_id)
    with nullcontext(s) if s is not None else session.system_transaction() as t:
        drop_snapshot(t)
        session.audit(
            t,
            AuditAction.TAMPER_DETECTED,
            Section.IDENTITY,
            outcome=Outcome.FAILED,
            detail=SNAPSHOT_PLANTED,
        )
    logs.log.warning("the search index snapshot did not match the cases: dropped")
    return len(findings.wrong) + len(findings.unopened)


def _every_row(session: VaultSession) -> Generator[RawRow, None, None]:
    """Every row of ``ROWS``, one at a time as SQLite steps to it, read outside a write
    transaction: the local vault begins each transaction IMMEDIATE (vault.engine), which would
    hold every write of the GUI thread back for as long as the rows take to read; a plain read
    in WAL mode holds back no one. Close it (``closing``) when leaving before its end."""
    conn = session.engine.raw_connection()
    try:
        cursor = conn.cursor()
        try:
            cursor.execute(ROWS)
            while batch := cursor.fetchmany(1000):
                yield from map(tuple, batch)
        finally:
            cursor.close()
    finally:
        conn.rollback()
        conn.close()


def of(session: VaultSession, s: Session, checked: bool = False) -> CaseIndex | None:
    """The signed-in person's index, read now if it is not yet (what a Loading thread read,
    waited for, when one is reading it); None while she does not hold the identity key (a
    colleague has not confirmed her yet). One made from the snapshot is checked first
    (check_snapshot), unless the desktop is checking it on its own thread (``checked``: even
    then)."""
    if not session.section_keys.holds(Section.IDENTITY):
        return None
    if session.case_index is None:
        load, session.index_loading = session.index_loading, None
        read = load.result() if load is not None else None
        may_write = session.allowed(Section.IDENTITY, Action.WRITE)
        made = build_at_sign_in(s, session.section_keys, may_write, read)
        # Read for the desktop, which checks a snapshot on a thread of its own (gui.shell).
        made.checking = load is not None and made.from_snapshot
        session.case_index = made
        # Kept only if ``s`` commits: a transaction that rolls back (its snapshot rewrite
        # refused at commit: the red team's deferred constraint) must not leave an index read
        # from the snapshot that no one checks; it is read, and checked, again.
        event.listen(s, "after_rollback", partial(_drop_if, session, made), once=True)
    index: CaseIndex = session.case_index
    if index.from_snapshot and (checked or not index.checking):
        # Made from the snapshot and not checked yet (the command line; an import, which must
        # not match a register's rows against names a planted snapshot shows): checked now.
        check_snapshot(session, s)
    return index


class Names:
    """Her name as a list shows it, by case id: from her index when it is in place, else from
    the cases' own rows, opened as the case file opens them (``want``: the ids a list is about
    to show, read in one query per CHUNK of them); "" without the identity key."""

    def __init__(
        self,
        index: CaseIndex | None = None,
        s: Session | None = None,
        ring: KeyRing | None = None,
    ) -> None:
        self._index, self._s, self._ring = index, s, ring
        self._few = CaseIndex()

    def want(self, ids: Iterable[int]) -> None:
        if self._index is not None or self._s is None or self._ring is None:
            return
        missing = [i for i in dict.fromkeys(ids) if i not in self._few._entries]
        for at in range(0, len(missing), CHUNK):
            chunk = missing[at : at + CHUNK]
            bound = identity_bound(bound_sections(self._s))
            text_bound = identity_bound(text_bound_sections(self._s))
            for row in self._s.execute(select(*_RAW).where(Case.id.in_(chunk))):
                put_raw(self._few, self._ring, tuple(row), bound, text_bound)

    def __call__(self, case_id: int) -> str:
        if self._index is not None:
            return self._index.display_name(case_id)
        if self._s is None:
            return ""
        if case_id not in self._few._entries:
            self.want([case_id])
        return self._few.display_name(case_id)


def _drop_if(session: VaultSession, index: CaseIndex, *_: object) -> None:
    if session.case_index is index:
        session.case_index = None


def names(session: VaultSession, s: Session) -> Names | None:
    """Her names as a list shows them (a page, a day's reminders; in ``s``'s transaction):
    from the index, or, while what a Loading thread reads is not put in place yet, from the
    cases' own rows, so that her home and lists are shown without waiting for the index (a
    search, or the desktop's poll, puts it in place). None while she does not hold the
    identity key."""
    if not session.section_keys.holds(Section.IDENTITY):
        return None
    if session.case_index is None and session.index_loading is not None:
        return Names(None, s, session.section_keys)
    index = of(session, s)
    return Names(index) if index is not None else None


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
