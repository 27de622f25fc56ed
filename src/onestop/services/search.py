"""Finding cases: by reference, name or alias (any part, any case or accent), phone, birth date.

Words of three characters or more go through the FTS5 trigram index inside the vault; shorter
words ("Li", "张伟") are matched against the same index's text: first case by case over the
newest cases, then, if the page is not full there, over the whole index. Search reads identity data,
so it needs the ``identity`` read permission, and each search is audited (with the number of
results, never the query: what is typed may be a name).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    column,
    literal,
    select,
    table,
    text,
    tuple_,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import TextualSelect

from onestop.db.base import UtcDateTime, utcnow
from onestop.db.cases import Case
from onestop.db.shelter import ShelterStay
from onestop.domain.audit import AuditAction
from onestop.domain.casefile import CaseStatus
from onestop.domain.roles import Action, Section
from onestop.domain.search import TRIGRAM, query_words, search_keys
from onestop.domain.validation import age_on
from onestop.services.session import VaultSession

MAX_PAGE = 200


def index_case(s: Session, row: Case) -> None:
    """Put ``row`` in the search index as it is now (inside the caller's transaction)."""
    keys = search_keys(
        row.reference, row.name, row.alias, row.safe_phone, row.date_of_birth, row.register_id
    )
    s.execute(text("DELETE FROM case_search WHERE rowid = :id"), {"id": row.id})
    s.execute(
        text("INSERT INTO case_search (rowid, keys) VALUES (:id, :keys)"),
        {
            "id": row.id,
            "keys": keys,
        },
    )


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list."""

    reference: str
    display_name: str
    age: int | None
    status: CaseStatus
    caseworker: str | None
    opened_at: datetime


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
    ) -> SearchPage:
        """Cases matching every word of ``query`` (all cases if it is empty), newest first
        (or oldest first); ``after`` continues from the cursor of the page before."""
        limit = max(1, min(limit, MAX_PAGE))
        if in_shelter and not self._session.allowed(Section.SHELTER, Action.READ):
            raise self._session.refuse(Section.SHELTER, Action.READ)
        q = select(
            Case.id,
            Case.reference,
            Case.name,
            Case.alias,
            Case.date_of_birth,
            Case.estimated_age,
            Case.status,
            Case.caseworker,
            Case.opened_at,
        )
        words = query_words(query)
        long_words = [w for w in words if len(w) >= TRIGRAM]
        if long_words:
            match = " AND ".join(_phrase(w) for w in long_words)
            q = q.where(Case.id.in_(_index("keys MATCH :match", match=match)))
        short = [w for w in words if len(w) < TRIGRAM]
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
            key = tuple_(Case.opened_at, Case.id)
            at = tuple_(literal(after.opened_at, UtcDateTime()), literal(after.case_id))
            q = q.where(key > at if oldest_first else key < at)
        with self._session.unit_of_work(Section.IDENTITY, Action.READ) as s:
            rows = _page(s, cast(Select[Any], q), short, oldest_first, limit, offset)
            self._session.audit(
                s,
                AuditAction.RECORD_READ,
                Section.IDENTITY,
                detail=f"search: {min(len(rows), limit)} results",
            )
        today = utcnow().date()
        cases = tuple(
            CaseSummary(
                reference=r.reference,
                display_name=r.alias or r.name,
                age=age_on(r.date_of_birth, today) if r.date_of_birth else r.estimated_age,
                status=CaseStatus(r.status),
                caseworker=r.caseworker,
                opened_at=r.opened_at,
            )
            for r in rows[:limit]
        )
        last = rows[:limit][-1] if rows else None
        cursor = PageCursor(last.opened_at, last.id) if last is not None else None
        return SearchPage(cases, len(rows) > limit, cursor)


SHORT_WORD_WINDOW = 1000  # the newest cases a short word is first looked for in, one by one

# The FTS5 table keeps its text in the shadow table "case_search_content" (id, c0), as the
# FTS5 documentation describes: read directly, a short word's scan is a plain table's, without
# the virtual table's cost per row.
_keys_table = table("case_search_content", column("id"), column("c0"))


def _keys_like(case_id: Any, word: str) -> ColumnElement[bool]:
    """The case's search keys contain ``word`` (looked up by its id: a correlated check)."""
    keys = select(_keys_table.c["c0"]).where(_keys_table.c["id"] == case_id).scalar_subquery()
    return keys.like(_like(word), escape="\\")


def _ordered(q: Select[Any], opened_at: Any, case_id: Any, oldest_first: bool) -> Select[Any]:
    if oldest_first:
        return q.order_by(opened_at.asc(), case_id.asc())
    return q.order_by(opened_at.desc(), case_id.desc())


def _page(
    s: Session, q: Select[Any], short: list[str], oldest_first: bool, limit: int, offset: int
) -> list[Any]:
    """The page of ``q``'s cases that also contain each short word.

    A short word ("m", "李") has no trigram to look up. It is first checked case by case over
    the newest cases (in the list's order): a common one fills the page there at once. When it
    does not, the set of every case containing it is built from the whole index."""
    if short and offset == 0:
        newest = list(
            s.scalars(
                _ordered(q.with_only_columns(Case.id), Case.opened_at, Case.id, oldest_first).limit(
                    SHORT_WORD_WINDOW
                )
            )
        )
        probe = _ordered(
            q.where(Case.id.in_(newest), *(_keys_like(Case.id, word) for word in short)),
            Case.opened_at,
            Case.id,
            oldest_first,
        ).limit(limit + 1)
        rows = list(s.execute(probe).all())
        if len(rows) > limit or len(newest) < SHORT_WORD_WINDOW:
            return rows  # a full page among the newest, or the newest were all there is
    for word in short:
        containing = select(_keys_table.c["id"]).where(
            _keys_table.c["c0"].like(_like(word), escape="\\")
        )
        # "+id": the list walks its date index in order and checks each case against the set,
        # stopping at a full page, instead of sorting every case of a large set.
        q = q.where((Case.id + 0).in_(containing))
    q = _ordered(q, Case.opened_at, Case.id, oldest_first)
    return list(s.execute(q.limit(limit + 1).offset(offset)).all())


def _index(condition: str, **params: str) -> TextualSelect:
    return (
        text(f"SELECT rowid FROM case_search WHERE {condition}")
        .bindparams(**params)
        .columns(rowid=Integer)
    )
