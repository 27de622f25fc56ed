"""Finding cases: by reference, name or alias (any part, any case or accent), phone, birth date.

Words of three characters or more go through the FTS5 trigram index inside the vault; shorter
words ("Li", "张伟") are matched by scanning the same index's text. Search reads identity data,
so it needs the ``identity`` read permission, and each search is audited (with the number of
results, never the query: what is typed may be a name).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Integer, literal, select, text, tuple_
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import TextualSelect

from onestop.db.base import UtcDateTime, utcnow
from onestop.db.cases import Case
from onestop.db.legal import ShelterStay
from onestop.domain.audit import AuditAction
from onestop.domain.casefile import CaseStatus
from onestop.domain.roles import Action, Section
from onestop.domain.search import TRIGRAM, query_words, search_keys
from onestop.domain.validation import age_on
from onestop.services.session import VaultSession

MAX_PAGE = 200


def index_case(s: Session, row: Case) -> None:
    """Put ``row`` in the search index as it is now (inside the caller's transaction)."""
    keys = search_keys(row.reference, row.name, row.alias, row.safe_phone, row.date_of_birth)
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
        for i, word in enumerate(w for w in words if len(w) < TRIGRAM):
            q = q.where(
                Case.id.in_(_index(f"keys LIKE :w{i} ESCAPE '\\'", **{f"w{i}": _like(word)}))
            )
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
        if oldest_first:
            q = q.order_by(Case.opened_at.asc(), Case.id.asc())
        else:
            q = q.order_by(Case.opened_at.desc(), Case.id.desc())
        q = q.limit(limit + 1).offset(offset)
        with self._session.unit_of_work(Section.IDENTITY, Action.READ) as s:
            rows = s.execute(q).all()
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


def _index(condition: str, **params: str) -> TextualSelect:
    return (
        text(f"SELECT rowid FROM case_search WHERE {condition}")
        .bindparams(**params)
        .columns(rowid=Integer)
    )
