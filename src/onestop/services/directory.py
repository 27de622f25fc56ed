"""The referral network: a directory of partner agencies (imported and exported as CSV), the
referrals overdue for an answer, and how well each agency answers.

The ``directory`` section holds no survivor data: every case role reads it; caseworkers, legal
advocates and the manager keep it. Overdue referrals and the figures per agency are read under
the ``referrals`` section.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from onestop.db.cases import Case
from onestop.db.directory import Agency
from onestop.db.referrals import Referral
from onestop.domain.audit import AuditAction
from onestop.domain.coordination import (
    AgencyFigures,
    ReferralFacts,
    Sector,
    network_figures,
)
from onestop.domain.roles import Action, Section
from onestop.errors import Conflict, NotFound, ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP, message_of
from onestop.services.records import bump_version, create_row, new_row
from onestop.services.session import VaultSession
from onestop.services.validation import text_limits

CSV_COLUMNS = ("name", "sector", "services", "contacts", "hours", "languages", "notes", "active")


@dataclass(frozen=True)
class AgencyDetails:
    name: str
    sector: Sector
    services: str = ""
    contacts: str = ""
    hours: str = ""
    languages: str = ""
    notes: str = ""
    active: bool = True


@dataclass(frozen=True)
class AgencyEntry:
    id: int
    details: AgencyDetails
    version: int


@dataclass(frozen=True)
class OverdueReferral:
    reference: str
    display_name: str
    referral_id: int
    agency: str
    service: str
    sent_at: datetime
    days_waiting: int


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int


def _entry(row: Agency) -> AgencyEntry:
    return AgencyEntry(
        row.id,
        AgencyDetails(
            row.name,
            Sector(row.sector),
            row.services,
            row.contacts,
            row.hours,
            row.languages,
            row.notes,
            row.active,
        ),
        row.version,
    )


RECORD_TYPE = "agency"


def _values(details: AgencyDetails) -> dict[str, Any]:
    return {f.name: getattr(details, f.name) for f in fields(details)} | {
        "name": details.name.strip(),
        "sector": details.sector.value,
    }


class DirectoryService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def _check(self, details: AgencyDetails) -> None:
        problems = text_limits(Agency, {k: v for k, v in _values(details).items() if k != "active"})
        if not details.name.strip():
            problems["name"] = QT_TRANSLATE_NOOP("Messages", "Give the agency's name.")
        elif any(ord(c) < 32 for c in details.name):
            problems["name"] = QT_TRANSLATE_NOOP("Messages", "The name is one line.")
        if problems:
            raise ValidationFailed.of(problems)

    def add(self, details: AgencyDetails) -> AgencyEntry:
        self._check(details)
        session = self._session
        with session.unit_of_work(Section.DIRECTORY, Action.WRITE) as s:
            self._refuse_duplicate(s, details.name)
            row = create_row(
                session, s, Agency, Section.DIRECTORY, "agency {id} added", **_values(details)
            )
            return _entry(row)

    @staticmethod
    def _refuse_duplicate(s: Session, name: str, but: int | None = None) -> None:
        same = _by_name(s).get(name.strip().casefold())
        if same is not None and same.id != but:
            raise ValidationFailed.of(
                {"name": QT_TRANSLATE_NOOP("Messages", "An agency of that name is already listed.")}
            )

    def update(self, agency_id: int, details: AgencyDetails, expected_version: int) -> AgencyEntry:
        self._check(details)
        session = self._session
        with session.unit_of_work(Section.DIRECTORY, Action.WRITE) as s:
            row = s.get(Agency, agency_id)
            if row is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "That agency is not in the directory: it may have been removed. Choose "
                        "one from the list.",
                    )
                )
            if row.version != expected_version:
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Someone else changed this agency; open it again."
                    )
                )
            self._refuse_duplicate(s, details.name, but=row.id)
            values = _values(details)
            bump_version(s, RECORD_TYPE, row, values, session.actor.username)
            for name, value in values.items():
                setattr(row, name, value)
            session.audit(
                s, AuditAction.RECORD_WRITE, Section.DIRECTORY, detail=f"agency {row.id} changed"
            )
            return _entry(row)

    def agencies(
        self, *, active_only: bool = False, sector: Sector | None = None
    ) -> tuple[AgencyEntry, ...]:
        session = self._session
        with session.unit_of_work(Section.DIRECTORY, Action.READ) as s:
            query = select(Agency).order_by(func.lower(Agency.name))
            if active_only:
                query = query.where(Agency.active.is_(True))
            if sector is not None:
                query = query.where(Agency.sector == sector.value)
            found = tuple(_entry(r) for r in s.scalars(query))
            session.audit(
                s, AuditAction.RECORD_READ, Section.DIRECTORY, detail=f"{len(found)} agencies"
            )
            return found

    # -- CSV --

    def export_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        for entry in self.agencies():
            d = entry.details
            writer.writerow(
                [
                    _cell(d.name),
                    d.sector.label,
                    _cell(d.services),
                    _cell(d.contacts),
                    _cell(d.hours),
                    _cell(d.languages),
                    _cell(d.notes),
                    "yes" if d.active else "no",
                ]
            )
        return out.getvalue()

    def import_csv(self, text: str) -> ImportResult:
        """Add the agencies of a CSV file (the export's columns), updating those of the same
        name. Every row is checked first; one bad row and nothing is imported."""
        reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
        header = [h.strip().lower() for h in reader.fieldnames or []]
        if "name" not in header or "sector" not in header:
            raise ValidationFailed.of(
                {
                    "file": QT_TRANSLATE_NOOP(
                        "Messages", "The file needs a header row with at least 'name' and 'sector'."
                    )
                }
            )
        rows: list[AgencyDetails] = []
        problems: dict[str, str] = {}
        for line, raw in enumerate(reader, start=2):
            cells = {(k or "").strip().lower(): (v or "") for k, v in raw.items()}
            try:
                details = AgencyDetails(
                    name=_uncell(cells.get("name", "")).strip(),
                    sector=Sector.parse(cells.get("sector", "")),
                    services=_uncell(cells.get("services", "")),
                    contacts=_uncell(cells.get("contacts", "")),
                    hours=_uncell(cells.get("hours", "")),
                    languages=_uncell(cells.get("languages", "")),
                    notes=_uncell(cells.get("notes", "")),
                    active=cells.get("active", "yes").strip().lower() not in ("no", "false", "0"),
                )
                self._check(details)
            except ValueError as exc:
                problems[f"line_{line}"] = QT_TRANSLATE_NOOP(
                    "Messages", "Line {line}: {message}"
                ).format(line=line, message=message_of(exc))
                continue
            except ValidationFailed as exc:
                problems[f"line_{line}"] = QT_TRANSLATE_NOOP(
                    "Messages", "Line {line}: {message}"
                ).format(line=line, message=message_of(exc))
                continue
            rows.append(details)
        if problems:
            raise ValidationFailed.of(problems)
        names = [r.name.casefold() for r in rows]
        if len(set(names)) != len(names):
            raise ValidationFailed.of(
                {"file": QT_TRANSLATE_NOOP("Messages", "The file lists an agency twice.")}
            )
        session = self._session
        added = updated = 0
        with session.unit_of_work(Section.DIRECTORY, Action.WRITE) as s:
            who = session.actor.username
            listed = _by_name(s)
            for details in rows:
                row = listed.get(details.name.casefold())
                values = _values(details)
                if row is None:
                    s.add(new_row(Agency, who, **values))
                    added += 1
                else:
                    bump_version(s, RECORD_TYPE, row, values, who)
                    for name, value in values.items():
                        setattr(row, name, value)
                    updated += 1
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.DIRECTORY,
                detail=f"CSV import: {added} added, {updated} updated",
            )
        return ImportResult(added, updated)


def _by_name(s: Session) -> dict[str, Agency]:
    """Every agency by its name, case-folded (in Python: SQLite's lower() knows only ASCII)."""
    return {a.name.strip().casefold(): a for a in s.scalars(select(Agency))}


def _cell(text: str) -> str:
    """A cell a spreadsheet will not run as a formula (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _uncell(text: str) -> str:
    return text[1:] if text[:2] in ("'=", "'+", "'-", "'@", "'\t", "'\r") else text


class ReferralNetworkService:
    """Is the loop closed? Referrals left without an answer, and how each agency answers."""

    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def overdue(self, now: datetime, days: int) -> tuple[OverdueReferral, ...]:
        session = self._session
        with session.unit_of_work(Section.REFERRALS, Action.READ) as s:
            rows = s.execute(
                select(Referral, Case)
                .join(Case, Case.id == Referral.case_id)
                .where(
                    Referral.status == "sent",
                    Referral.responded_at.is_(None),
                    Referral.sent_at < now - timedelta(days=days),
                )
                .order_by(Referral.sent_at)
            )
            found = tuple(
                OverdueReferral(
                    c.reference,
                    c.alias or c.name,
                    r.id,
                    r.agency,
                    r.service,
                    r.sent_at,
                    (now - r.sent_at).days,
                )
                for r, c in rows
                if r.sent_at is not None
            )
            session.audit(
                s,
                AuditAction.RECORD_READ,
                Section.REFERRALS,
                detail=f"overdue referrals: {len(found)} entries",
            )
            return found

    def figures(
        self, now: datetime, days: int, since: datetime | None = None
    ) -> list[AgencyFigures]:
        """Per agency: sent, accepted, declined, completed, overdue, median days to an answer
        (counts only: no case is named)."""
        session = self._session
        with session.unit_of_work(Section.REFERRALS, Action.READ) as s:
            query = select(
                Referral.agency, Referral.status, Referral.sent_at, Referral.responded_at
            ).where(Referral.sent_at.is_not(None))
            if since is not None:
                query = query.where(Referral.sent_at >= since)
            facts = [ReferralFacts(*row) for row in s.execute(query)]
            session.audit(
                s,
                AuditAction.RECORD_READ,
                Section.REFERRALS,
                detail=f"network figures: {len(facts)} referrals",
            )
        return network_figures(facts, now, days)
