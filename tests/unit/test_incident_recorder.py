"""Reporting out: the GBVIMS Incident Recorder workbook, its codes both ways, LibreOffice."""

from __future__ import annotations

import csv
import hashlib
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import pyzipper
from openpyxl import load_workbook
from sqlalchemy import select

from onestop.db.audit import AuditEntry
from onestop.db.cases import Case
from onestop.db.incidents import Incident
from onestop.db.staff import StaffAccount
from onestop.domain import gbvims
from onestop.domain.casefile import GbvType, IncidentContext, Sex
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.roles import Capability, Role, may
from onestop.domain.statistics import AgeBand
from onestop.errors import PermissionDenied, ValidationFailed
from onestop.services.audit import AuditService
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.exports.incident_recorder import Months, export_incident_recorder
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.intake import MatchReason
from onestop.services.perpetrators import PerpetratorDetails, PerpetratorService
from onestop.services.register_import import ColumnMapping, ImportService, RegisterFile
from tests.backdate import backdate, last_month
from tests.conftest import SampleVault, username_for

pytestmark = pytest.mark.both_backends

ROOT = Path(__file__).resolve().parents[2]
NAMES = ("Zoë Ó Briain-Núñez", "فاطمة الزهراء", "Amina Hassan")
PHONE = "+44 7700 900123"


def this_month() -> Months:
    now = datetime.now(UTC)
    return Months.parse(f"{now:%Y-%m}", f"{now:%Y-%m}")


def into_last_month(vault: SampleVault) -> Months:
    """What the vault recorded today moved into last month, which has ended; that month."""
    month = backdate(vault).name
    return Months.parse(month, month)


def seeded(vault: SampleVault) -> list[str]:
    """Three survivors with incidents and consent to statistics, one without consent."""
    kinds = [
        (GbvType.RAPE, IncidentContext.INTIMATE_PARTNER, Sex.FEMALE, 1),
        (GbvType.DENIAL_OF_RESOURCES, IncidentContext.FAMILY, Sex.MALE, 5),
        (GbvType.PSYCHOLOGICAL_ABUSE, IncidentContext.OTHER, Sex.INTERSEX, None),
    ]
    references = []
    with vault.sign_in(Role.CASEWORKER) as cw:
        for (gbv_type, context, sex, count), name in zip(kinds, NAMES, strict=True):
            ref = (
                CaseService(cw)
                .open_case(
                    SurvivorDetails(
                        name=name,
                        date_of_birth=datetime(1990, 4, 5).date(),
                        sex=sex,
                        safe_phone=PHONE,
                    ),
                )
                .reference
            )
            IncidentService(cw).record(
                ref,
                IncidentDetails(
                    IncidentTime.exact(datetime(2025, 6, 7, 20, tzinfo=UTC)),
                    gbv_type,
                    context,
                    place="her sister's flat",
                    perpetrator_count=count,
                    description="He said he would come back.",
                ),
            )
            ConsentService(cw).record(ref, Purpose.STATISTICS, Decision.GIVEN)
            references.append(ref)
        refused = CaseService(cw).open_case(SurvivorDetails(name="No Consent Person")).reference
        IncidentService(cw).record(
            refused,
            IncidentDetails(IncidentTime.unknown(), GbvType.RAPE, IncidentContext.OTHER),
        )
        ConsentService(cw).record(refused, Purpose.STATISTICS, Decision.REFUSED)
    return references


def sheet_rows(path: Path, sheet: str) -> list[tuple[object, ...]]:
    book = load_workbook(path, read_only=True)
    try:
        return list(book[sheet].iter_rows(values_only=True))
    finally:
        book.close()


def test_the_workbook_has_the_recorders_columns_codes_and_no_personal_data(
    vault: SampleVault, tmp_path: Path
) -> None:
    references = seeded(vault)
    months = into_last_month(vault)
    with vault.sign_in(Role.MANAGER) as manager:
        done = export_incident_recorder(manager, months, tmp_path)
        with manager.system_transaction() as s:
            entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "record.export")).one()
    assert done.rows == 3 and done.path.suffix == ".xlsx"
    assert done.sha256 == hashlib.sha256(done.path.read_bytes()).hexdigest()
    assert done.sha256 in entry.detail
    rows = sheet_rows(done.path, gbvims.INCIDENT_SHEET)
    assert rows[0] == tuple(c.value for c in gbvims.COLUMNS)
    by = {c: i for i, c in enumerate(gbvims.COLUMNS)}
    body = rows[1:]
    assert [r[by[gbvims.Column.SURVIVOR_CODE]] for r in body] == references
    assert [r[by[gbvims.Column.GBV_TYPE]] for r in body] == [
        "Rape",
        "Denial of Resources, Opportunities or Services",
        "Psychological / Emotional Abuse",
    ]
    assert [r[by[gbvims.Column.SEX]] for r in body] == ["F", "M", None]
    assert [r[by[gbvims.Column.PERPETRATOR_COUNT]] for r in body] == [1, "More than 3", None]
    assert all(r[by[gbvims.Column.DATE_OF_BIRTH]] is None for r in body)
    assert all(r[by[gbvims.Column.CONSENT]] == "Yes" for r in body)
    text = repr(sheet_rows(done.path, gbvims.MENU_SHEET)) + repr(rows)
    for personal in (*NAMES, "No Consent", "7700", "1990", "sister", "come back"):
        assert personal not in text
    menu = sheet_rows(done.path, gbvims.MENU_SHEET)
    assert menu[0][:3] == ("CASEWORKER CODE", "SEX", "GBV TYPE")
    assert menu[1][2] == "Rape"
    # The option lists hold the Incident Recorder's own labels, no internal lookup ids.
    listed = {h: [r[i] for r in menu[1:] if i < len(r) and r[i]] for i, h in enumerate(menu[0])}
    assert listed["SEX"] == ["F", "M"]
    assert listed["GBV TYPE"] == list(gbvims.GBV_TYPES.codes.values())
    assert not [o for options in listed.values() for o in options if "_" in str(o)]
    # INCIDENT ID: the case's reference and the incident's number in it, not a database id.
    assert [r[by[gbvims.Column.INCIDENT_ID]] for r in body] == [f"{r}-1" for r in references]


def test_the_perpetrators_age_group_is_his_age_at_the_incident(
    vault: SampleVault, tmp_path: Path
) -> None:
    """The primary perpetrator's age group: from his date of birth on the incident's date,
    else his recorded group; empty when no perpetrator is linked. His date of birth itself
    never leaves."""
    references = seeded(vault)
    with vault.sign_in(Role.CASEWORKER) as cw:
        people = PerpetratorService(cw)
        for ref, details in zip(
            references,
            (
                PerpetratorDetails("First", date_of_birth=date(1984, 6, 8)),  # 40 on 2025-06-07
                PerpetratorDetails("Second", age_group=AgeBand.YOUNG_ADULT),
            ),
            strict=False,
        ):
            (incident,) = IncidentService(cw).list(ref)
            people.add(ref, incident.incident_id, details, "partner")
    months = into_last_month(vault)
    with vault.sign_in(Role.MANAGER) as manager:
        done = export_incident_recorder(manager, months, tmp_path)
    rows = sheet_rows(done.path, gbvims.INCIDENT_SHEET)
    column = by_column()[gbvims.Column.PERPETRATOR_AGE]
    assert [r[column] for r in rows[1:]] == ["Age 26 - 40", "Age 18 - 25", None]
    assert "1984" not in repr(rows)


def test_the_case_manager_code_is_a_staff_code_never_a_name(
    vault: SampleVault, tmp_path: Path
) -> None:
    seeded(vault)
    months = into_last_month(vault)
    with vault.sign_in(Role.MANAGER) as manager:
        done = export_incident_recorder(manager, months, tmp_path)
        with manager.system_transaction() as s:
            staff = s.execute(
                select(StaffAccount.id, StaffAccount.username, StaffAccount.display_name)
            ).all()
    caseworker = next(row for row in staff if row.username == username_for(Role.CASEWORKER))
    data = sheet_rows(done.path, gbvims.INCIDENT_SHEET)
    menu = sheet_rows(done.path, gbvims.MENU_SHEET)
    codes = {r[by_column()[gbvims.Column.CASE_MANAGER_CODE]] for r in data[1:]}
    assert codes == {f"S{caseworker.id:04d}"}
    assert f"S{caseworker.id:04d}" in [r[0] for r in menu[1:]]
    text = repr(data) + repr(menu)
    for row in staff:
        assert row.username not in text and row.display_name not in text


def by_column() -> dict[str, int]:
    return {c: i for i, c in enumerate(gbvims.COLUMNS)}


def test_export_then_import_gives_back_the_same_codes(vault: SampleVault, tmp_path: Path) -> None:
    seeded(vault)
    months = into_last_month(vault)
    with vault.sign_in(Role.MANAGER) as manager:
        exported = export_incident_recorder(manager, months, tmp_path)
    before = sheet_rows(exported.path, gbvims.INCIDENT_SHEET)[1:]
    with vault.sign_in(Role.CASEWORKER) as cw:
        with cw.system_transaction() as s:
            known = set(s.scalars(select(Case.id)))
        plan = ImportService(cw).dry_run(
            RegisterFile.open(exported.path), ColumnMapping.incident_recorder()
        )
        assert plan.ready and plan.rows == 3
        # The centre's own export brought back: each row is listed as its own case, by the
        # survivor code (her reference here), and nothing is imported before a decision.
        code = by_column()[gbvims.Column.SURVIVOR_CODE]
        assert [(d.line, d.shown_as) for d in plan.duplicates] == [
            (line, row[code]) for line, row in enumerate(before, start=2)
        ]
        for duplicate in plan.duplicates:
            assert [(m.reference, m.reasons) for m in duplicate.matches] == [
                (duplicate.shown_as, (MatchReason.REGISTER_ID,))
            ]
        with pytest.raises(ValidationFailed):
            ImportService(cw).run(plan, {})
        ImportService(cw).run(plan, {d.line: None for d in plan.duplicates})
        with cw.system_transaction() as s:
            cases = [c for c in s.scalars(select(Case).order_by(Case.id)) if c.id not in known]
            incidents = {i.case_id: i for i in s.scalars(select(Incident))}
    by = by_column()
    for row, case in zip(before, cases, strict=True):
        incident = incidents[case.id]
        assert case.register_id == row[by[gbvims.Column.SURVIVOR_CODE]]
        assert (gbvims.SEXES.code(case.sex) or None) == row[by[gbvims.Column.SEX]]
        assert gbvims.GBV_TYPES.code(incident.gbv_type) == row[by[gbvims.Column.GBV_TYPE]]
        assert gbvims.CONTEXTS.code(incident.context) == row[by[gbvims.Column.RELATIONSHIP]]
        count = gbvims.perpetrator_count_code(incident.perpetrator_count)
        assert (count if count != "" else None) == row[by[gbvims.Column.PERPETRATOR_COUNT]]
        assert incident.occurred_earliest.date() == row[by[gbvims.Column.DATE_OF_INCIDENT]].date()
        assert case.opened_at.date() == row[by[gbvims.Column.DATE_OF_INTERVIEW]].date()


def test_a_code_that_looks_like_a_formula_stays_text(vault: SampleVault, tmp_path: Path) -> None:
    register = tmp_path / "r.csv"
    headers = [c.value for c in gbvims.COLUMNS]
    with register.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, headers)
        writer.writeheader()
        for code in ('=HYPERLINK("http://x")', "+1"):
            writer.writerow({"SURVIVOR CODE": code, "GBV TYPE": "Rape"})
    with vault.sign_in(Role.CASEWORKER) as cw:
        plan = ImportService(cw).dry_run(
            RegisterFile.open(register), ColumnMapping.incident_recorder()
        )
        assert plan.ready and plan.file.delimiter == ","
        ImportService(cw).run(plan, {})
        with cw.system_transaction() as s:
            references = list(s.scalars(select(Case.reference)))
        for ref in references:
            ConsentService(cw).record(ref, Purpose.STATISTICS, Decision.GIVEN)
    months = into_last_month(vault)
    with vault.sign_in(Role.MANAGER) as manager:
        done = export_incident_recorder(manager, months, tmp_path)
    book = load_workbook(done.path)
    cells = [row[1] for row in book[gbvims.INCIDENT_SHEET].iter_rows(min_row=2)]
    assert [c.value for c in cells] == ['=HYPERLINK("http://x")', "+1"]
    assert all(c.data_type == "s" for c in cells)


def test_with_a_password_it_is_an_aes_zip(vault: SampleVault, tmp_path: Path) -> None:
    seeded(vault)
    months = into_last_month(vault)
    with vault.sign_in(Role.MANAGER) as manager:
        done = export_incident_recorder(manager, months, tmp_path, password="river stone 2026")
    assert done.encrypted and done.path.suffix == ".zip"
    with pyzipper.AESZipFile(done.path) as zf:
        (name,) = zf.namelist()
        assert name.endswith(".xlsx")
        with pytest.raises(RuntimeError):
            zf.read(name, pwd=b"wrong password here")
        zf.setpassword(b"river stone 2026")
        (tmp_path / "inside.xlsx").write_bytes(zf.read(name))
    assert len(sheet_rows(tmp_path / "inside.xlsx", gbvims.INCIDENT_SHEET)) == 4


def test_months_are_whole_and_checked(vault: SampleVault, tmp_path: Path) -> None:
    assert Months.parse("2026-11", "2026-12").bounds == (
        datetime(2026, 11, 1, tzinfo=UTC),
        datetime(2027, 1, 1, tzinfo=UTC),
    )
    for start, end in (("2026-13", "2026-12"), ("2026-05", "2026-04"), ("May", "June")):
        with pytest.raises(ValidationFailed):
            Months.parse(start, end)
    ended = Months.parse(last_month().name, last_month().name)
    with vault.sign_in(Role.MANAGER) as manager:
        with pytest.raises(ValidationFailed):
            export_incident_recorder(manager, Months.parse("2999-01", "2999-01"), tmp_path)
        with pytest.raises(ValidationFailed):
            export_incident_recorder(manager, ended, tmp_path / "x.pdf")
        with pytest.raises(ValidationFailed):
            export_incident_recorder(manager, ended, tmp_path, password="short")


def test_a_month_that_has_not_ended_is_refused(vault: SampleVault, tmp_path: Path) -> None:
    """As the statistics are released: a month sent while it runs would be sent again with
    more incidents in it, and the two subtracted would give a few days' incidents."""
    seeded(vault)
    out = tmp_path / "out"
    out.mkdir()
    now = datetime.now(UTC).date()
    ended = last_month(now).name
    assert Months.last_ended(now) == last_month(now).start
    with vault.sign_in(Role.MANAGER) as manager:
        for months in (this_month(), Months.parse(ended, f"{now:%Y-%m}")):
            with pytest.raises(ValidationFailed) as refused:
                export_incident_recorder(manager, months, out)
            assert str(refused.value) == (
                "The Incident Recorder is sent for months that have ended: choose "
                f"{ended} or an earlier month."
            )
        done = export_incident_recorder(manager, Months.parse(ended, ended), out)
    assert done.rows == 0  # today's incidents are in this month, not the one that ended
    assert [p.name for p in out.iterdir()] == [done.path.name]


@pytest.mark.parametrize("role", list(Role))
def test_only_the_manager_exports_it_and_a_refusal_is_audited(
    vault: SampleVault, tmp_path: Path, role: Role
) -> None:
    """Its rows are incident by incident: the agency's data focal point sends it."""
    seeded(vault)
    months = into_last_month(vault)
    out = tmp_path / "out"
    out.mkdir()
    with vault.sign_in(role) as session:
        if may(role, Capability.INCIDENT_RECORDER):
            assert export_incident_recorder(session, months, out).rows == 3
        else:
            with pytest.raises(PermissionDenied, match=r"Only a manager.*data focal point"):
                export_incident_recorder(session, months, out)
    assert (role is Role.MANAGER) == bool(list(out.iterdir()))
    with vault.sign_in(Role.MANAGER) as manager:
        entries = AuditService(manager).entries(actor=session.actor.username)
    outcomes = {(e.action, e.section, e.outcome) for e in entries}
    if role is Role.MANAGER:
        assert ("record.export", "statistics", "ok") in outcomes
    else:
        assert ("record.read", "statistics", "denied") in outcomes
        assert not any(e.action == "record.export" for e in entries)


@pytest.fixture(scope="session")
def libreoffice() -> str:
    """LibreOffice, installed by scripts/check_office.py when missing (as root)."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check_office.py"), "--install"],
        capture_output=True,
        text=True,
        check=False,
        timeout=1800,
    )
    if done.returncode != 0:
        pytest.fail(f"LibreOffice is needed to open the Incident Recorder: {done.stderr.strip()}")
    found = shutil.which("libreoffice") or shutil.which("soffice")
    assert found is not None, done.stdout
    return found


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_libreoffice_opens_the_workbook(
    vault: SampleVault, tmp_path: Path, libreoffice: str
) -> None:
    seeded(vault)
    months = into_last_month(vault)
    with vault.sign_in(Role.MANAGER) as manager:
        done = export_incident_recorder(manager, months, tmp_path)
    out = tmp_path / "csv"
    subprocess.run(
        [
            libreoffice,
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "csv",
            "--outdir",
            str(out),
            str(done.path),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (converted,) = out.glob("*.csv")
    rows = list(csv.reader(converted.read_text(encoding="utf-8", errors="replace").splitlines()))
    assert rows[0] == [c.value for c in gbvims.COLUMNS]
    assert len(rows) == 4
    text = converted.read_text(encoding="utf-8", errors="replace")
    for personal in (*NAMES, "7700", "1990"):
        assert personal not in text
