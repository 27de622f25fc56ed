"""Finding cases: by reference, name or alias (any part, any case or accent), phone, birth date.

Words of three characters or more go through the FTS5 trigram index inside the vault; shorter
words ("Li", "张伟") are matched by scanning the same index's text. Search reads identity data,
so it needs the ``identity`` read permission, and each search is audited (with the number of
results, never the query: what is typed may be a name).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Integer, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import TextualSelect

from onestop.db.base import utcnow
from onestop.db.cases import Case
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
class SearchPage:
    cases: tuple[CaseSummary, ...]
    has_more: bool


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
        limit: int = 50,
        offset: int = 0,
    ) -> SearchPage:
        """Cases matching every word of ``query`` (all cases if it is empty), newest first."""
        limit = max(1, min(limit, MAX_PAGE))
        q = select(
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
        q = q.order_by(Case.opened_at.desc(), Case.id.desc()).limit(limit + 1).offset(offset)
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
        return SearchPage(cases, len(rows) > limit)


def _index(condition: str, **params: str) -> TextualSelect:
    return (
        text(f"SELECT rowid FROM case_search WHERE {condition}")
        .bindparams(**params)
        .columns(rowid=Integer)
    )
