"""Finding cases: by reference, name or alias (any part, any case or accent), phone, birth date.

The words are matched in the signed-in person's in-memory index (services.caseindex), never in
the vault, which holds the names sealed; the list's order, filters and paging are the vault's
own (dates, codes, ids). A word found in few cases gives a set of ids the list is limited to; a
common one is checked case by case as the list walks its order, which fills a page at once.
Search reads identity data, so it needs the ``identity`` read permission, and is audited with
the number of results, never the query (what is typed may be a name): a search session's first
search has its entry when it is made, the searches after it one entry, with how many they were
and how many results they showed, when the session ends (``SESSION_IDLE``, ``SESSION_MOST``,
a lock, a sign-out). Someone
whose identity key a colleague has not confirmed yet sees the cases without their names, and
finds them by reference only.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Select, String, literal, select, tuple_, type_coerce
from sqlalchemy.orm import Session

from onestop.db.base import UtcDateTime, utcnow
from onestop.db.cases import Case
from onestop.db.shelter import ShelterStay
from onestop.domain.audit import AuditAction
from onestop.domain.casefile import CaseStatus
from onestop.domain.roles import Action, Section
from onestop.domain.search import fold, query_words
from onestop.domain.validation import age_on
from onestop.services import caseindex
from onestop.services.caseindex import CaseIndex
from onestop.services.session import SearchRun, VaultSession

MAX_PAGE = 200
# Search-as-you-type sends a search at each pause in her typing: the searches one person makes
# one after another are one search session, audited as one (session.SearchRun). A pause this
# long, or this many searches, starts the next session.
SESSION_IDLE = 30.0  # seconds
SESSION_MOST = 20


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list."""

    reference: str
    display_name: str
    age: int | None
    status: CaseStatus
    caseworker: str | None
    opened_at: datetime
    # Her name is sealed and this person does not hold the key yet (a colleague confirms her).
    name_sealed: bool = False


@dataclass(frozen=True)
class PageCursor:
    """Where a page of results ended: the next page starts after it (keyset paging, so the
    hundredth page costs what the first one does)."""

    opened_at: datetime
    case_id: int


@dataclass(frozen=True)
class SearchPage:
    cases: tuple[CaseSummary, ...]
    has_more: bool
    cursor: PageCursor | None = None


class CaseSearch:
    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def find(
        self,
        query: str = "",
        *,
        mine: bool = False,
        status: CaseStatus | None = None,
        open_only: bool = False,
        in_shelter: bool = False,
        oldest_first: bool = False,
        limit: int = 50,
        offset: int = 0,
        after: PageCursor | None = None,
        audited: bool = True,
    ) -> SearchPage:
        """Cases matching every word of ``query`` (all cases if it is empty), newest first
        (or oldest first); ``after`` continues from the cursor of the page before.
        ``audited=False`` only for a caller that writes its own entry for the whole batch of
        searches (a register's dry run: one entry with its counts, not one per row)."""
        limit = max(1, min(limit, MAX_PAGE))
        if in_shelter and not self._session.allowed(Section.SHELTER, Action.READ):
            raise self._session.refuse(Section.SHELTER, Action.READ)
        q = cast(
            Select[Any],
            select(
                Case.id,
                Case.reference,
                Case.date_of_birth,
                Case.estimated_age,
                Case.status,
                Case.caseworker,
                Case.opened_at,
            ),
        )
        words = query_words(query)
        if mine:
            q = q.where(Case.caseworker == self._session.actor.username)
        if status is not None:
            q = q.where(Case.status == status.value)
        if open_only:
            q = q.where(Case.status != CaseStatus.CLOSED.value)
        if in_shelter:
            staying = select(ShelterStay.case_id).where(ShelterStay.exited_at.is_(None))
            q = q.where(Case.id.in_(staying))
        if after is not None:
            q = q.where(_past(after.opened_at, after.case_id, oldest_first))
        q = _ordered(q, oldest_first)
        now = time.monotonic()
        run = self._session.search_run
        joins = (
            audited
            and run is not None
            and now - run.last <= SESSION_IDLE
            and run.more + 1 < SESSION_MOST
        )
        with self._session.unit_of_work(Section.IDENTITY, Action.READ) as s:
            # A list without words needs only the names of its page (caseindex.names: read
            # from the page's own rows while the index is still being read after sign-in).
            index = caseindex.of(self._session, s) if words else None
            rows = _page(s, q, words, index, (limit, offset, oldest_first))
            shown = (
                caseindex.Names(index) if index is not None else caseindex.names(self._session, s)
            )
            names: dict[int, str] = {}
            if shown is not None:
                shown.want(r.id for r in rows[:limit])
                names = {r.id: shown(r.id) for r in rows[:limit]}
            shown_count = min(len(rows), limit)
            if audited:
                self._session.keep_search_run(s)  # as it was, if this does not commit
            if audited and run is not None and joins:
                run.more += 1
                run.shown += shown_count
                run.most = max(run.most, shown_count)
                run.last = now
            elif audited:
                # A search session's first search: the rest of the one before it, then its
                # own entry (the session's later searches: counted, written when it ends).
                self._session.end_search_run(s)
                self._session.audit(
                    s,
                    AuditAction.RECORD_READ,
                    Section.IDENTITY,
                    detail=f"search: {shown_count} results",
                )
                self._session.search_run = SearchRun(last=now)
        today = utcnow().date()
        cases = tuple(
            CaseSummary(
                reference=r.reference,
                display_name=names[r.id] if shown is not None else "",
                age=age_on(r.date_of_birth, today) if r.date_of_birth else r.estimated_age,
                status=CaseStatus(r.status),
                caseworker=r.caseworker,
                opened_at=r.opened_at,
                name_sealed=shown is None,
            )
            for r in rows[:limit]
        )
        last = rows[:limit][-1] if rows else None
        cursor = PageCursor(last.opened_at, last.id) if last is not None else None
        return SearchPage(cases, len(rows) > limit, cursor)

    def end_session(self) -> None:
        """The search session under way ends (the desktop, after ``SESSION_IDLE`` seconds
        without a search): the searches after its first written now, in one entry, rather
        than at the next search, lock or sign-out, so that a process killed later loses none
        of them."""
        run = self._session.search_run
        if run is None or not run.more:
            return
        with self._session.unit_of_work(Section.IDENTITY, Action.READ) as s:
            self._session.end_search_run(s)


RARE = 4000  # a word at most this often in the index: the list is limited to its cases
FEW = 2000  # this many cases or fewer: read at once; more: the list's order is walked
WALK = 8000  # the list is walked this many cases at a time, at most
# Words found in more cases than FEW, and common words, are matched while the list's order is
# walked on its coded columns only (opened_at, id: an index of them alone, no survivor row),
# until the page is full; then only the page's rows are read. Reading the rows of every case
# a short prefix finds (two thousand of them, in random pages of the vault) cost more than
# the whole rest of a search.


def _ordered(q: Select[Any], oldest_first: bool) -> Select[Any]:
    if oldest_first:
        return q.order_by(Case.opened_at.asc(), Case.id.asc())
    return q.order_by(Case.opened_at.desc(), Case.id.desc())


def _page(
    s: Session,
    q: Select[Any],
    words: list[str],
    index: CaseIndex | None,
    page: tuple[int, int, bool],
) -> list[Any]:
    """``limit`` + 1 rows of ``q`` (past ``offset``) whose search text holds every word."""
    limit, offset, oldest_first = page
    if not words:
        return list(s.execute(q.limit(limit + 1).offset(offset)).all())
    if index is None:
        # No key to her name: a file is found by its reference only (a coded column).
        for word in words:
            q = q.where(Case.reference.ilike(f"%{_escaped(word)}%", escape="\\"))
        return list(s.execute(q.limit(limit + 1).offset(offset)).all())
    ids = _matching(index, words)
    wanted: Callable[[int], bool]
    if ids is not None:
        if not ids:
            return []
        if len(ids) <= FEW:
            return list(s.execute(q.where(Case.id.in_(ids)).limit(limit + 1).offset(offset)).all())
        wanted = ids.__contains__
    else:
        wanted = functools.partial(index.matches, words=words)
    found = _walk(s, q, wanted, limit + 1 + offset, oldest_first)[offset:]
    if not found:
        return []
    return list(s.execute(q.where(Case.id.in_(found))).all())


def _matching(index: CaseIndex, words: list[str]) -> set[int] | None:
    """The cases whose search text holds every word, or None when every word is common (more
    than RARE cases each: they are checked case by case as the list walks its order)."""
    found: set[int] | None = None
    for word in sorted(set(words), key=len, reverse=True):  # the longest is mostly the rarest
        if found is not None:
            if len(found) <= FEW:  # the rest checked in the few cases left
                return {i for i in found if index.matches(i, words)}
            hits = index.containing(word)
            if hits is not None:
                found &= hits
            continue
        found = index.containing(word)
        if found is not None and len(found) > RARE:
            found = None
    if found is None:
        return None
    return {i for i in found if index.matches(i, words)} if len(words) > 1 else found


def _walk(
    s: Session, q: Select[Any], wanted: Callable[[int], bool], need: int, oldest_first: bool
) -> list[int]:
    """The ids of the first ``need`` cases in ``q``'s order (its filters kept) that are
    ``wanted``, walking its coded key columns only.

    Read through the connection (plain rows, not the ORM's) with the time as stored: only the
    last row of a chunk, where the next one starts, is made a datetime."""
    keys = q.with_only_columns(Case.id, type_coerce(Case.opened_at, String))
    conn = s.connection()
    found: list[int] = []
    walked = keys
    size = 4 * need  # a common word fills the page from the first few
    while True:
        chunk = conn.execute(walked.limit(size)).all()
        found += filter(wanted, [row[0] for row in chunk])
        if len(found) >= need:
            return found[:need]
        if len(chunk) < size:
            return found
        size = min(size * 4, WALK)
        case_id, stored = chunk[-1]
        opened_at = UtcDateTime().process_result_value(stored, conn.dialect)
        assert opened_at is not None  # opened_at is never null
        walked = keys.where(_past(opened_at, case_id, oldest_first))


def _past(opened_at: datetime, case_id: int, oldest_first: bool) -> Any:
    key = tuple_(Case.opened_at, Case.id)
    at = tuple_(literal(opened_at, UtcDateTime()), literal(case_id))
    return key > at if oldest_first else key < at


def _escaped(word: str) -> str:
    return fold(word).upper().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
