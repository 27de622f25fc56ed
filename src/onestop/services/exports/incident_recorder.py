"""Reporting out: the GBVIMS Incident Recorder workbook for whole months (domain.gbvims).

Agencies in a GBVIMS data-sharing protocol send their anonymised Incident Recorder to the
consolidating agency every month. This writes it as Primero's ``incident_recorder_xls`` does:
an "Incident Data" sheet in the Incident Recorder's column order and codes, one row per
incident reported in the months of a survivor whose consent to statistics is in force now,
and a "Menu Data" sheet with the option lists. No name, date of birth, contact or free text:
the survivor code (her register id, else the case reference), the incident id and the staff
code stand in for names. Every text cell is written as a string cell (a code that starts with
``=``, ``+``, ``-`` or ``@`` stays text in any spreadsheet, never a formula).

An .xlsx cannot itself be encrypted with AES, so with a password the workbook is written inside
a ZIP archive encrypted with AES-256 (WinZip AES, which 7-Zip and the common archivers open),
as the GBVIMS protocol asks for password protection. Audited like every export: the period,
the number of rows and the SHA-256 of the file written. Only the manager exports it
(``Capability.INCIDENT_RECORDER``): its rows are incident-level, so its small counts can be
recounted, and the GBVIMS protocol has the agency's data focal point send it; and only for
months that have ended, as the statistics are released.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from onestop.db.base import utcnow
from onestop.db.cases import Case
from onestop.db.consent import ConsentRecord
from onestop.db.counselling import CounsellingSession
from onestop.db.directory import Agency
from onestop.db.health import HealthEncounter
from onestop.db.incidents import Incident
from onestop.db.legal import LegalMatter
from onestop.db.referrals import Referral
from onestop.db.shelter import ShelterStay
from onestop.db.staff import StaffAccount
from onestop.domain import gbvims
from onestop.domain.audit import AuditAction
from onestop.domain.consent import ConsentEntry, Decision, GivenBy, Purpose, current_decision
from onestop.domain.periods import Period
from onestop.domain.roles import Action, Capability, Section
from onestop.domain.statistics import perpetrator_age_band
from onestop.errors import ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.capabilities import require
from onestop.services.exports.pipeline import MIN_PDF_PASSWORD
from onestop.services.perpetrators import primary_perpetrators
from onestop.services.sealedcolumns import coded_only
from onestop.services.session import VaultSession
from onestop.services.settings import centre_zone

DOCUMENT = QT_TRANSLATE_NOOP("Documents", "GBVIMS Incident Recorder")
FORMULA_STARTS = ("=", "+", "-", "@")


@dataclass(frozen=True)
class Months:
    """Whole calendar months, from the first of ``first`` to the last day of ``last``."""

    first: date  # the 1st of the first month
    last: date  # the 1st of the last month

    @classmethod
    def parse(cls, start: str, end: str) -> Months:
        """From two YYYY-MM; ValidationFailed when they are not months in order."""
        try:
            first, last = (date.fromisoformat(f"{m.strip()}-01") for m in (start, end))
        except ValueError:
            raise ValidationFailed.of(
                {"period": QT_TRANSLATE_NOOP("Messages", "Give the months as YYYY-MM.")}
            ) from None
        if last < first:
            raise ValidationFailed.of(
                {"period": QT_TRANSLATE_NOOP("Messages", "The period ends before it starts.")}
            )
        return cls(first, last)

    @classmethod
    def last_ended(cls, today: date) -> date:
        """The 1st of the last month that has ended by ``today``: the latest one to export."""
        return Period.last_month(today).start

    @property
    def after(self) -> date:
        """The 1st of the month after the last one."""
        return date(self.last.year + self.last.month // 12, self.last.month % 12 + 1, 1)

    @property
    def bounds(self) -> tuple[datetime, datetime]:
        """The bounds at midnight UTC (bounds_in: at the centre's)."""
        return self.bounds_in(ZoneInfo("UTC"))

    def bounds_in(self, zone: ZoneInfo) -> tuple[datetime, datetime]:
        """From midnight on the first month's 1st to midnight on the 1st after the last, at
        the centre (``zone``), as the statistics' periods are cut."""
        return (
            datetime.combine(self.first, time(), tzinfo=zone).astimezone(UTC),
            datetime.combine(self.after, time(), tzinfo=zone).astimezone(UTC),
        )

    def check(self, today: date) -> None:
        """Whole months that have ended, as the statistics are released (domain.periods): a
        month exported while it runs would be sent again later with more incidents in it, and
        the two could be subtracted to give the incidents of a few days."""
        if self.after > today:
            raise ValidationFailed.of(
                {
                    "period": QT_TRANSLATE_NOOP(
                        "Messages",
                        "The Incident Recorder is sent for months that have ended: choose "
                        "{month} or an earlier month.",
                    ).format(month=f"{Months.last_ended(today):%Y-%m}")
                }
            )

    @property
    def slug(self) -> str:
        return f"{self.first:%Y-%m}-to-{self.last:%Y-%m}"


@dataclass(frozen=True)
class RecorderExported:
    path: Path
    sha256: str
    rows: int
    encrypted: bool


def _consenting(s: Session, now: datetime) -> set[int]:
    """The cases whose consent to anonymised statistics is in force now."""
    ledgers: dict[int, list[ConsentEntry]] = defaultdict(list)
    for case_id, decision, decided_at, given_by, entry_id in s.execute(
        select(
            ConsentRecord.case_id,
            ConsentRecord.decision,
            ConsentRecord.decided_at,
            ConsentRecord.given_by,
            ConsentRecord.id,
        ).where(ConsentRecord.purpose == Purpose.STATISTICS.value)
    ):
        ledgers[case_id].append(
            ConsentEntry(
                Purpose.STATISTICS, Decision(decision), decided_at, GivenBy(given_by), "", entry_id
            )
        )
    return {
        case_id
        for case_id, entries in ledgers.items()
        if (entry := current_decision(entries, Purpose.STATISTICS, now)) is not None
        and entry.decision is Decision.GIVEN
    }


def _services(s: Session, cases: set[int], end: datetime) -> dict[int, dict[gbvims.Column, str]]:
    """For each case, what each service column says by the end of the period: provided by
    the centre, else referred (by the sector of the agency it was sent to)."""
    out: dict[int, dict[gbvims.Column, str]] = defaultdict(dict)
    sectors = {row.id: row.sector for row in s.execute(select(Agency.id, Agency.sector))}
    for case_id, agency_id in s.execute(
        select(Referral.case_id, Referral.agency_id).where(Referral.sent_at < end)
    ):
        column = gbvims.SECTOR_COLUMNS.get(sectors.get(agency_id, ""))
        if case_id in cases and column is not None:
            out[case_id][column] = gbvims.REFERRED
    provided = (
        (gbvims.Column.MEDICAL, HealthEncounter.case_id, HealthEncounter.seen_at),
        (gbvims.Column.PSYCHOSOCIAL, CounsellingSession.case_id, CounsellingSession.held_at),
        (gbvims.Column.LEGAL, LegalMatter.case_id, LegalMatter.created_at),
        (gbvims.Column.SAFEHOUSE, ShelterStay.case_id, ShelterStay.admitted_at),
    )
    for column, case_column, when in provided:
        query = select(case_column).where(when < end)
        if column is gbvims.Column.MEDICAL:
            # An encounter entered in error (the wrong survivor) is no service she received.
            query = query.where(HealthEncounter.entered_in_error.is_(False))
        for case_id in s.scalars(query.distinct()):
            if case_id in cases:
                out[case_id][column] = gbvims.PROVIDED
    return out


def staff_code(account_id: int) -> str:
    """A staff member's code for the Incident Recorder: "S" and the account's number. The
    number never changes and says nothing about who she is (the GBVIMS intake form asks for a
    code, never a caseworker's name; the sign-in name is often the name)."""
    return f"S{account_id:04d}"


def _staff_codes(s: Session) -> dict[str, str]:
    """Every sign-in name's staff code."""
    return {
        row.username: staff_code(row.id)
        for row in s.execute(select(StaffAccount.id, StaffAccount.username))
    }


def _ordinals(s: Session, cases: set[int]) -> dict[int, int]:
    """Each incident's number within its case (1, 2, … in recorded order, those entered in
    error counted too, so a number never changes): the INCIDENT ID is the case's reference
    and this number, never the database's id (internal numbering stays inside)."""
    numbers: dict[int, int] = {}
    seen: dict[int, int] = {}
    for case_id, incident_id in s.execute(
        select(Incident.case_id, Incident.id)
        .where(Incident.case_id.in_(cases))
        .order_by(Incident.created_at, Incident.id)
    ):
        seen[case_id] = numbers[incident_id] = seen.get(case_id, 0) + 1
    return numbers


def incident_rows(s: Session, months: Months, now: datetime) -> list[list[Any]]:
    """The "Incident Data" rows, in the Incident Recorder's column order."""
    zone = centre_zone(s)
    start, end = months.bounds_in(zone)
    consenting = _consenting(s, now)
    found = s.execute(
        # Whole rows: the register id is sealed under the identity key and only an ORM load
        # opens it (services.sealedcolumns).
        select(Incident, Case)
        .options(*coded_only(Incident))
        .join(Case, Case.id == Incident.case_id)
        .where(
            Incident.created_at >= start,
            Incident.created_at < end,
            Incident.entered_in_error.is_(False),
        )
        .order_by(Incident.created_at, Incident.id)
    ).all()
    found = [row for row in found if row.Incident.case_id in consenting]
    services = _services(s, {row.Incident.case_id for row in found}, end)
    primary = primary_perpetrators(
        s,
        select(Incident.id).where(Incident.created_at >= start, Incident.created_at < end),
    )
    staff_codes = _staff_codes(s)
    ordinal = _ordinals(s, {row.Incident.case_id for row in found})
    rows = []
    for row in found:
        incident: Incident = row.Incident
        case: Case = row.Case
        values: dict[gbvims.Column, Any] = {
            gbvims.Column.INCIDENT_ID: f"{case.reference}-{ordinal[incident.id]}",
            gbvims.Column.SURVIVOR_CODE: case.register_id or case.reference,
            gbvims.Column.CASE_MANAGER_CODE: staff_codes.get(case.caseworker or "", ""),
            # Days at the centre, in its zone, as its months are.
            gbvims.Column.DATE_OF_INTERVIEW: (
                case.opened_at.astimezone(zone).date() if case.opening_known else None
            ),
            gbvims.Column.DATE_OF_INCIDENT: (
                incident.occurred_earliest.astimezone(zone).date()
                if incident.occurred_earliest
                else None
            ),
            gbvims.Column.SEX: gbvims.SEXES.code(case.sex),
            gbvims.Column.GBV_TYPE: gbvims.GBV_TYPES.code(incident.gbv_type),
            gbvims.Column.PERPETRATOR_COUNT: gbvims.perpetrator_count_code(
                incident.perpetrator_count
            ),
            gbvims.Column.RELATIONSHIP: gbvims.CONTEXTS.code(incident.context),
            # His age group at the incident, when a perpetrator is linked to it.
            gbvims.Column.PERPETRATOR_AGE: gbvims.AGE_GROUPS.code(
                perpetrator_age_band(
                    *primary[incident.id],
                    (incident.occurred_earliest or incident.created_at).astimezone(zone).date(),
                )
            )
            if incident.id in primary
            else "",
            gbvims.Column.CONSENT: gbvims.YES,
            **services.get(incident.case_id, {}),
        }
        rows.append([values.get(column, "") for column in gbvims.COLUMNS])
    return rows


def menus(codes_used: Iterable[str]) -> list[tuple[str, Sequence[str]]]:
    """The "Menu Data" option lists: (header, options), one column each."""
    return [
        ("CASEWORKER CODE", sorted(set(codes_used))),
        (gbvims.Column.SEX.value, gbvims.SEXES.menu),
        (gbvims.Column.GBV_TYPE.value, gbvims.GBV_TYPES.menu),
        (gbvims.Column.RELATIONSHIP.value, gbvims.CONTEXTS.menu),
        (gbvims.Column.PERPETRATOR_AGE.value, gbvims.AGE_GROUPS.menu),
        ("SERVICES", gbvims.SERVICE_VALUES),
        (gbvims.Column.CONSENT.value, (gbvims.YES, gbvims.NO)),
    ]


def text_cell(sheet: Any, value: Any) -> Any:
    """A cell for a write-only sheet: a string is always a string cell, never a formula."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
        if value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True  # shown and kept as text by Excel and LibreOffice too
    elif isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"
    return cell


def workbook(rows: Sequence[Sequence[Any]]) -> bytes:
    """The .xlsx bytes: "Incident Data" then "Menu Data"."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    data = book.create_sheet(gbvims.INCIDENT_SHEET)
    data.append([text_cell(data, c.value) for c in gbvims.COLUMNS])
    for row in rows:
        data.append([text_cell(data, v) for v in row])
    menu = book.create_sheet(gbvims.MENU_SHEET)
    lists = menus(str(r[gbvims.COLUMNS.index(gbvims.Column.CASE_MANAGER_CODE)]) for r in rows)
    menu.append([text_cell(menu, header) for header, _ in lists])
    for i in range(max(len(options) for _, options in lists)):
        menu.append(
            [text_cell(menu, options[i] if i < len(options) else None) for _, options in lists]
        )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def encrypted_zip(name: str, data: bytes, password: str) -> bytes:
    """``data`` as the file ``name`` in a ZIP archive encrypted with AES-256."""
    import pyzipper

    out = io.BytesIO()
    with pyzipper.AESZipFile(
        out, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
    ) as zf:
        zf.setpassword(password.encode("utf-8"))
        zf.setencryption(pyzipper.WZ_AES, nbits=256)
        zf.writestr(name, data)
    return out.getvalue()


def _target(out: Path, months: Months, encrypted: bool) -> Path:
    suffix = ".zip" if encrypted else ".xlsx"
    path = out / f"gbvims-incident-recorder-{months.slug}{suffix}" if out.is_dir() else out
    if path.suffix.lower() != suffix:
        raise ValidationFailed.of(
            {
                "out": QT_TRANSLATE_NOOP("Messages", "Save it as a {suffix} file.").format(
                    suffix=suffix
                )
            }
        )
    if not path.parent.is_dir():
        raise ValidationFailed.of(
            {"out": QT_TRANSLATE_NOOP("Messages", "That folder does not exist.")}
        )
    if path.exists():
        raise ValidationFailed.of(
            {
                "out": QT_TRANSLATE_NOOP(
                    "Messages", "A file of that name is already there; choose another name."
                )
            }
        )
    return path


def export_incident_recorder(
    session: VaultSession, months: Months, out: Path, password: str | None = None
) -> RecorderExported:
    """Write the Incident Recorder for ``months`` to ``out`` (a folder or an .xlsx; a .zip
    encrypted with ``password`` when one is given), audited with its SHA-256."""
    require(
        session,
        Capability.INCIDENT_RECORDER,
        Section.STATISTICS,
        Action.READ,
        QT_TRANSLATE_NOOP(
            "Messages",
            "Only a manager, as the centre's data focal point, may export the Incident Recorder: "
            "its rows are incident by incident.",
        ),
    )
    if password is not None and len(password) < MIN_PDF_PASSWORD:
        raise ValidationFailed.of(
            {
                "password": QT_TRANSLATE_NOOP(
                    "Messages", "A password has at least %n character(s).", "", MIN_PDF_PASSWORD
                )
            }
        )
    now = utcnow()
    path = _target(out, months, password is not None)
    with session.unit_of_work(Section.STATISTICS, Action.READ) as s:
        months.check(now.astimezone(centre_zone(s)).date())  # ended at the centre
        rows = incident_rows(s, months, now)
    data = workbook(rows)
    if password is not None:
        data = encrypted_zip(path.with_suffix(".xlsx").name, data, password)
    digest = hashlib.sha256(data).hexdigest()
    fd, part = tempfile.mkstemp(dir=path.parent, prefix=".part-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        with session.unit_of_work(Section.STATISTICS, Action.READ) as s:
            session.audit(
                s,
                AuditAction.EXPORT,
                Section.STATISTICS,
                detail=f"incident recorder {months.slug}: {len(rows)} rows"
                f"{' encrypted' if password else ''} sha256={digest}",
            )
            os.replace(part, path)  # inside the transaction: no file without its entry
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(part)
    return RecorderExported(path, digest, len(rows), password is not None)
