"""Moving in: a register imported with a dry run, duplicates offered, all or nothing, audited."""

from __future__ import annotations

import csv
import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from faker import Faker
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import func, select

from onestop.db.audit import AuditEntry
from onestop.db.cases import Case
from onestop.db.incidents import Incident
from onestop.domain import gbvims
from onestop.domain.casefile import GbvType, IncidentContext, Sex
from onestop.domain.roles import Capability, Role, may
from onestop.errors import PermissionDenied, ValidationFailed
from onestop.services.agenda import AgendaService
from onestop.services.audit import AuditService
from onestop.services.cases import SurvivorDetails
from onestop.services.register_import import (
    ColumnMapping,
    Field,
    ImportService,
    RegisterFile,
    detect_csv,
)
from onestop.services.search import CaseSearch
from tests.conftest import SampleVault, open_case_in, username_for

pytestmark = pytest.mark.both_backends

HEADERS = ["Reg no", "Full name", "Born", "Type", "Context", "Seen"]
MAPPING = ColumnMapping(
    {
        "Reg no": Field.REGISTER_ID,
        "Full name": Field.NAME,
        "Born": Field.DATE_OF_BIRTH,
        "Type": Field.GBV_TYPE,
        "Context": Field.CONTEXT,
        "Seen": Field.OPENED_ON,
    }
)


def write_csv(
    path: Path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ","
) -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        writer = csv.writer(f, delimiter=delimiter)
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return path


def sample_rows(count: int, seed: int = 3) -> list[list[str]]:
    fake = Faker()
    fake.seed_instance(seed)
    return [
        [
            f"R-{i:04d}",
            fake.name(),
            fake.date_of_birth(minimum_age=18, maximum_age=60).isoformat(),
            "Physical Assault",
            "intimate_partner",
            "2024-03-05",
        ]
        for i in range(count)
    ]


@pytest.mark.parametrize(
    ("encoding", "delimiter", "shown"),
    [
        ("utf-8", ",", "utf-8"),
        ("utf-8-sig", ";", "utf-8-sig"),
        ("utf-16", "\t", "utf-16"),
        ("cp1252", ";", "cp1252"),
    ],
)
def test_the_encoding_and_delimiter_are_detected(
    tmp_path: Path, encoding: str, delimiter: str, shown: str
) -> None:
    rows = [["R-1", "Zoë Núñez", "1990-01-02", "Rape", "family", "2024-01-01"]] * 3
    path = write_csv(tmp_path / "r.csv", rows, encoding, delimiter)
    assert detect_csv(path) == (shown, delimiter)
    opened = RegisterFile.open(path)
    assert opened.headers == tuple(HEADERS)
    assert [cells["Full name"] for _, cells in opened.rows()] == ["Zoë Núñez"] * 3
    assert opened.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_latin1_bytes_that_cp1252_lacks_still_read(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes("Reg no,Full name\nR-1,Ana\x81\n".encode("latin-1"))
    assert detect_csv(path)[0] == "latin-1"


def test_a_file_mixing_utf8_and_cp1252_rows_is_refused_not_garbled(tmp_path: Path) -> None:
    # One row typed in cp1252, one pasted in UTF-8: read whole as cp1252, the UTF-8 name came
    # in as "Amina â€®..." and passed the name checks.
    path = tmp_path / "r.csv"
    path.write_bytes(
        b"Reg no,Full name\n"
        + "R-1,Zoë\n".encode("cp1252")
        + "R-2,Amina \u202eevil\n".encode("utf-8")
    )
    with pytest.raises(ValidationFailed, match="mixes encodings"):
        RegisterFile.open(path)
    # A UTF-8 head and a cp1252 row far below it (past any head sniffed) are refused too.
    path.write_bytes(
        b"Reg no,Full name\n"
        + "R-1,Núñez\n".encode()
        + b"R-2,Ana\n" * 20_000
        + "R-3,Zoë\n".encode("cp1252")
    )
    with pytest.raises(ValidationFailed, match="mixes encodings"):
        RegisterFile.open(path)


def test_junk_bytes_are_refused_as_not_text(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes(bytes(Faker().binary(length=4096)).replace(b"\xef\xbb\xbf", b""))
    path.write_bytes(b"A," + path.read_bytes()[2:].lstrip(b"\xfe\xff"))
    with pytest.raises(ValidationFailed, match="not text"):
        RegisterFile.open(path)


def test_a_garbled_invisible_control_in_a_cp1252_row_is_refused(
    vault: SampleVault, tmp_path: Path
) -> None:
    # A line holding a cp1252 byte and a UTF-8 direction mark is read as cp1252: the mark
    # comes in as "â€®", which the name check does not know; it is refused all the same.
    path = tmp_path / "r.csv"
    path.write_bytes(
        ",".join(HEADERS).encode()
        + b"\n"
        + b"R-1,Zo\xeb \xe2\x80\xaeevil,1990-01-02,Rape,family,2024-01-01\n"
        + b"R-2,Ana\xe2\x80\x8b,1990-01-02,Rape,family,2024-01-01\n".replace(b"Ana", b"An\xe9")
    )
    opened = RegisterFile.open(path)
    assert opened.encoding == "cp1252"
    with vault.sign_in(Role.CASEWORKER) as cw:
        plan = ImportService(cw).dry_run(opened, MAPPING)
    assert not plan.ready
    refused = {(p.line, p.field): p.message for p in plan.problems}
    assert set(refused) == {(2, "name"), (3, "name")}
    assert all("garbled by the wrong encoding" in m for m in refused.values())


def test_a_dry_run_reports_each_refused_field_and_writes_nothing(
    vault: SampleVault, tmp_path: Path, hostile_text: dict[str, list[str]]
) -> None:
    rows = [
        ["R-1", "Ana\u202eevil", "1990-01-02", "Rape", "family", "2024-01-01"],
        ["R-2", "Ines", "31/02/1990", "Rape", "family", "2024-01-01"],
        ["R-3", "Maya", "1990-01-02", "kidnap", "family", "2024-01-01"],
        ["R-4", "x" * 201, "", "Rape", "family", "2099-01-01"],
        *([["R-5", name, "", "Rape", "other", ""] for name in hostile_text["names"]]),
    ]
    path = write_csv(tmp_path / "r.csv", rows)
    with vault.sign_in(Role.CASEWORKER) as cw:
        plan = ImportService(cw).dry_run(RegisterFile.open(path), MAPPING)
        refused = {(p.line, p.field) for p in plan.problems}
        assert {(2, "name"), (3, "date_of_birth"), (4, "gbv_type"), (5, "name")} <= refused
        assert (5, "opened_on") in refused
        assert plan.refused_rows >= 4 and not plan.ready
        with pytest.raises(ValidationFailed):
            ImportService(cw).run(plan, {})
        with cw.system_transaction() as s:
            assert s.scalars(select(Case)).all() == []


def test_import_keeps_the_register_id_searchable_and_audits_counts_and_hash(
    vault: SampleVault, tmp_path: Path
) -> None:
    rows = sample_rows(5)
    rows.append(['=HYPERLINK("http://x")', "@SUM(A1)", "", "Rape", "family", ""])
    path = write_csv(tmp_path / "r.csv", rows)
    seen: list[tuple[int, int]] = []
    with vault.sign_in(Role.CASEWORKER) as cw:
        plan = ImportService(cw).dry_run(RegisterFile.open(path), MAPPING)
        assert plan.ready and plan.rows == 6 and plan.duplicates == ()
        done = ImportService(cw).run(plan, {}, lambda d, t: seen.append((d, t)))
        assert (done.cases, done.incidents) == (6, 6)
        assert seen[-1] == (6, 6)
        found = CaseSearch(cw).find("R-0003").cases
        assert len(found) == 1
        with cw.system_transaction() as s:
            cases = s.scalars(select(Case).order_by(Case.id)).all()
            assert all(c.imported for c in cases)
            assert cases[5].register_id == '=HYPERLINK("http://x")'
            assert cases[5].name == "@SUM(A1)"
            assert cases[0].opened_at.date().isoformat() == "2024-03-05"
            assert cases[0].reference.startswith("OSC-2024-")
            incident = s.scalars(select(Incident).where(Incident.case_id == cases[0].id)).one()
            assert incident.gbv_type == GbvType.PHYSICAL_ASSAULT
            assert incident.context == IncidentContext.INTIMATE_PARTNER
            first, last = cases[0].reference, cases[-1].reference
    # The trail is read by whoever reads the audit section (on a server, only her login may).
    with vault.sign_in(Role.MANAGER) as manager, manager.system_transaction() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.detail.like("register import%"))
        ).one()
        assert plan.file.sha256 in entry.detail and "6 cases" in entry.detail
        # Which cases it created: the first and the last, however long the register.
        assert f"6 cases ({first} … {last})" in entry.detail, entry.detail
        assert "R-0003" not in entry.detail and rows[0][1] not in entry.detail


def test_an_xlsx_formula_is_stored_as_its_text(vault: SampleVault, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    sheet.append(["R-9", "=1+1", None, "Rape", "family", None])
    book.save(tmp_path / "r.xlsx")
    with vault.sign_in(Role.CASEWORKER) as cw:
        plan = ImportService(cw).dry_run(RegisterFile.open(tmp_path / "r.xlsx"), MAPPING)
        ImportService(cw).run(plan, {})
        with cw.system_transaction() as s:
            # Whole rows: the name is sealed in the column and opened by the ORM's load.
            assert s.scalars(select(Case)).one().name == "=1+1"


def test_a_possible_duplicate_waits_for_a_decision(vault: SampleVault, tmp_path: Path) -> None:
    existing = open_case_in(vault, SurvivorDetails(name="Amina Hassan"))
    rows = [["R-1", "Amina Hassan", "", "Rape", "family", ""], *sample_rows(2)]
    path = write_csv(tmp_path / "r.csv", rows)
    with vault.sign_in(Role.CASEWORKER) as cw:
        service = ImportService(cw)
        plan = service.dry_run(RegisterFile.open(path), MAPPING)
        assert [d.line for d in plan.duplicates] == [2]
        assert plan.duplicates[0].matches[0].reference == existing
        with pytest.raises(ValidationFailed):
            service.run(plan, {})
        done = service.run(plan, {2: existing})
        assert (done.cases, done.merged, done.incidents) == (2, 1, 3)
        with cw.system_transaction() as s:
            case = s.scalars(select(Case).where(Case.reference == existing)).one()
            assert len(s.scalars(select(Incident).where(Incident.case_id == case.id)).all()) == 1


def test_a_row_whose_register_id_is_a_cases_reference_or_register_id_is_listed(
    vault: SampleVault, tmp_path: Path
) -> None:
    existing = open_case_in(vault, SurvivorDetails(name="Amina Hassan"))
    first = write_csv(tmp_path / "first.csv", sample_rows(1, seed=5))
    with vault.sign_in(Role.CASEWORKER) as cw:
        ImportService(cw).run(ImportService(cw).dry_run(RegisterFile.open(first), MAPPING), {})
    # Other names: only the codes match, exactly (trimmed, any case), never a part of one.
    rows = sample_rows(4, seed=9)
    rows[0][0] = f"  {existing.lower()} "
    rows[1][0] = "r-0000"
    rows[2][0] = "R-000"
    path = write_csv(tmp_path / "again.csv", rows)
    with vault.sign_in(Role.CASEWORKER) as cw:
        plan = ImportService(cw).dry_run(RegisterFile.open(path), MAPPING)
        with cw.system_transaction() as s:
            imported = s.scalars(select(Case).where(Case.imported.is_(True))).one().reference
    found = {d.line: [(m.reference, m.reasons) for m in d.matches] for d in plan.duplicates}
    assert found == {2: [(existing, ("register_id",))], 3: [(imported, ("register_id",))]}


def test_cancel_leaves_nothing(
    vault: SampleVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import onestop.services.register_import as module

    monkeypatch.setattr(module, "BATCH", 2)
    path = write_csv(tmp_path / "r.csv", sample_rows(7))

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done >= 4:
            raise Stop

    with vault.sign_in(Role.CASEWORKER) as cw:
        plan = ImportService(cw).dry_run(RegisterFile.open(path), MAPPING)
        with pytest.raises(Stop):
            ImportService(cw).run(plan, {}, progress)
        with cw.system_transaction() as s:
            assert s.scalars(select(Case)).all() == []


def test_a_changed_file_must_be_checked_again(vault: SampleVault, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", sample_rows(2))
    with vault.sign_in(Role.CASEWORKER) as cw:
        plan = ImportService(cw).dry_run(RegisterFile.open(path), MAPPING)
        write_csv(path, sample_rows(3))
        with pytest.raises(ValidationFailed):
            ImportService(cw).run(plan, {})


@pytest.mark.parametrize("role", list(Role))
def test_who_checks_and_who_imports_and_refusals_are_audited(
    vault: SampleVault, tmp_path: Path, role: Role
) -> None:
    """A caseworker checks and imports; a manager checks and reads the report, and is told a
    caseworker imports; every other role is refused both, each refusal audited."""
    path = write_csv(tmp_path / "r.csv", sample_rows(2))
    with vault.sign_in(Role.CASEWORKER) as cw:
        checked = ImportService(cw).dry_run(RegisterFile.open(path), MAPPING)
    with vault.sign_in(role) as session:
        service = ImportService(session)
        if may(role, Capability.CHECK_REGISTER):
            assert service.dry_run(RegisterFile.open(path), MAPPING).ready
        else:
            with pytest.raises(PermissionDenied, match="Only a caseworker or a manager may check"):
                service.dry_run(RegisterFile.open(path), MAPPING)
        if may(role, Capability.IMPORT_REGISTER):
            assert service.run(checked, {}).cases == 2
        else:
            with pytest.raises(PermissionDenied, match="Only a caseworker may import a register"):
                service.run(checked, {})
    # Counted by the caseworker, who reads every case (on a server an admin's login reads none).
    with vault.sign_in(Role.CASEWORKER) as cw, cw.system_transaction() as s:
        imported = len(s.scalars(select(Case)).all())
    assert (role, imported) in ((Role.CASEWORKER, 2), (role, 0))
    assert {r for r in Role if may(r, Capability.CHECK_REGISTER)} == {
        Role.CASEWORKER,
        Role.MANAGER,
    }
    assert {r for r in Role if may(r, Capability.IMPORT_REGISTER)} == {Role.CASEWORKER}
    with vault.sign_in(Role.MANAGER) as manager:
        entries = AuditService(manager).entries(actor=session.actor.username)
    denied = {(e.action, e.section) for e in entries if e.outcome == "denied"}
    expected = set()
    if not may(role, Capability.CHECK_REGISTER):
        expected.add(("record.read", "identity"))
    if not may(role, Capability.IMPORT_REGISTER):
        expected.add(("record.write", "identity"))
    assert denied == expected


def test_a_mapping_is_saved_and_read_back_and_checked(tmp_path: Path) -> None:
    again = ColumnMapping.from_json(MAPPING.to_json())
    assert again == MAPPING
    with pytest.raises(ValidationFailed):
        ColumnMapping.from_json("{}")
    with pytest.raises(ValidationFailed):
        MAPPING.check(("Reg no",))
    with pytest.raises(ValidationFailed):
        ColumnMapping({"Born": Field.DATE_OF_BIRTH}).check(("Born",))
    built_in = ColumnMapping.incident_recorder()
    built_in.check(tuple(c.value for c in gbvims.COLUMNS))


def test_every_code_reads_back_as_its_value() -> None:
    for table in gbvims.TABLES:
        for value, code in table.codes.items():
            if code:
                assert table.value(code) == value
                assert table.value(code.upper()) == value
    assert gbvims.SEXES.value("F") == Sex.FEMALE
    assert gbvims.CONTEXTS.value("Primary Caregiver") == IncidentContext.FAMILY
    assert gbvims.GBV_TYPES.value("nonsense") is None
    assert gbvims.perpetrator_count_value(gbvims.MORE_THAN_THREE) == 4
    assert gbvims.perpetrator_count_code(4) == gbvims.MORE_THAN_THREE
    assert gbvims.perpetrator_count_code(2) == 2


def test_hostile_cells_are_stored_exactly_or_refused_with_a_reason(
    vault: SampleVault,
    tmp_path: Path,
    hostile_text: dict[str, list[str]],
    naughty_strings: list[str],
) -> None:
    """Every hostile name and BLNS string, as an .xlsx cell: stored as typed (formulas too,
    never evaluated) when a form would take it, else refused with a message; never a crash."""
    from onestop.domain.validation import one_line_problem

    cells = [
        s
        for s in [*hostile_text["names"], *naughty_strings]
        if s.strip() and len(s) <= 200 and _xml_legal(s)
    ]
    # openpyxl refuses control characters in a cell; what it writes anyway that XML forbids
    # makes a workbook no reader opens: refused with a sentence (below), never a crash.
    cells = [s for s in cells if not ILLEGAL_CHARACTERS_RE.search(s)]
    broken = [
        s
        for s in [*hostile_text["names"], *naughty_strings]
        if not _xml_legal(s) and not ILLEGAL_CHARACTERS_RE.search(s)
    ]
    book = Workbook()
    sheet = book.active
    sheet.append(["Reg no", "Full name"])
    for i, text in enumerate(cells):
        sheet.cell(row=i + 2, column=1, value=f"H-{i}")
        sheet.cell(row=i + 2, column=2, value=text).data_type = "s"
    book.save(tmp_path / "hostile.xlsx")
    mapping = ColumnMapping({"Reg no": Field.REGISTER_ID, "Full name": Field.NAME})
    expected_ok = [s for s in cells if one_line_problem(s) is None]
    with vault.sign_in(Role.CASEWORKER) as cw:
        plan = ImportService(cw).dry_run(RegisterFile.open(tmp_path / "hostile.xlsx"), mapping)
        assert plan.rows == len(cells)
        assert plan.refused_rows == len(cells) - len(expected_ok)
        assert all(p.message for p in plan.problems)
        accepted = tmp_path / "accepted.xlsx"
        book = Workbook()
        sheet = book.active
        sheet.append(["Reg no", "Full name"])
        for i, text in enumerate(expected_ok):
            sheet.cell(row=i + 2, column=1, value=f"H-{i}")
            sheet.cell(row=i + 2, column=2, value=text).data_type = "s"
        book.save(accepted)
        plan = ImportService(cw).dry_run(RegisterFile.open(accepted), mapping)
        ImportService(cw).run(plan, {})
        with cw.system_transaction() as s:
            stored = [c.name for c in s.scalars(select(Case).order_by(Case.id))]
    assert stored == expected_ok
    assert broken  # BLNS holds a string openpyxl writes but no XML reader takes back
    book = Workbook()
    book.active.append(["Reg no", "Full name"])
    book.active.cell(row=2, column=2, value=broken[0]).data_type = "s"
    book.save(tmp_path / "broken.xlsx")
    with pytest.raises(ValidationFailed, match="cannot be read"):
        list(RegisterFile.open(tmp_path / "broken.xlsx").rows())


def _xml_legal(text: str) -> bool:
    """Whether XML 1.0 allows every character of ``text``."""
    return all(
        c in "\t\n\r"
        or 0x20 <= ord(c) <= 0xD7FF
        or 0xE000 <= ord(c) <= 0xFFFD
        or 0x10000 <= ord(c) <= 0x10FFFF
        for c in text
    )


def test_a_csv_cell_too_long_for_the_csv_module_is_refused_not_a_crash(
    tmp_path: Path,
) -> None:
    # csv's field limit is 131,072 characters: past it the reader raises csv.Error, which
    # reached the user as "an internal error" instead of a sentence about the file.
    rows = sample_rows(2)
    rows[1][1] = "A" * 200_000
    path = write_csv(tmp_path / "huge.csv", rows)
    opened = RegisterFile.open(path)
    with pytest.raises(ValidationFailed, match="cannot be read as CSV: a cell on row 3 "):
        list(opened.rows())  # the row that holds it is named (headers on row 1)
    head = tmp_path / "huge-head.csv"
    head.write_text("Reg no," + "B" * 200_000 + "\nR-1,Ana\n", encoding="utf-8")
    with pytest.raises(ValidationFailed, match="cannot be read as CSV: a cell on row 1 "):
        RegisterFile.open(head)


def test_a_dry_run_is_one_audit_entry_not_one_per_row_and_fact(
    vault: SampleVault, tmp_path: Path
) -> None:
    # Each row's duplicate check searched by name and by date of birth, and every search
    # wrote its own "search: N results" entry: a 50,000-row register's dry run added
    # 100,000 entries to the audit trail. The dry run's own entry carries the counts.
    open_case_in(vault, SurvivorDetails(name="Amina Hassan"))
    rows = [["R-1", "Amina Hassan", "1990-01-02", "Rape", "family", ""], *sample_rows(6)]
    path = write_csv(tmp_path / "r.csv", rows)
    # The trail is read by the manager, who reads the audit section (on a server, only her
    # login may); of the caseworker's entries after ``before``, her session's own (signing in
    # and out) are not the dry run's.
    with vault.sign_in(Role.MANAGER) as manager, manager.system_transaction() as s:
        before = s.scalar(select(func.max(AuditEntry.seq)))
    with vault.sign_in(Role.CASEWORKER) as cw:
        plan = ImportService(cw).dry_run(RegisterFile.open(path), MAPPING)
        assert plan.rows == 7 and [d.line for d in plan.duplicates] == [2]
    with vault.sign_in(Role.MANAGER) as manager, manager.system_transaction() as s:
        added = s.scalars(
            select(AuditEntry).where(
                AuditEntry.seq > before, AuditEntry.actor == username_for(Role.CASEWORKER)
            )
        ).all()
    assert [e.detail for e in added if not e.action.startswith("session.")] == [
        f"register dry run sha256 {plan.file.sha256[:16]}: 7 rows, 0 refused, 1 possible duplicates"
    ]


def test_an_imported_case_opens_on_its_register_date_and_the_counts_skip_unknown_ones(
    vault: SampleVault, tmp_path: Path
) -> None:
    """The manager's "opened" figures do not jump on the day of an import: a case opens on
    its interview date, else its incident's date; with neither it is left out of them."""
    mapping = ColumnMapping({**MAPPING.columns, "Happened": Field.INCIDENT_DATE})
    path = tmp_path / "r.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow([*HEADERS, "Happened"])
        writer.writerow(["R-1", "Ana", "", "Rape", "family", "2024-03-05", "2024-03-01"])
        writer.writerow(["R-2", "Ines", "", "Rape", "family", "", "2023-07-01"])
        writer.writerow(["R-3", "Maya", "", "Rape", "family", "", ""])
    now = datetime.now(UTC)
    with vault.sign_in(Role.CASEWORKER) as cw:
        plan = ImportService(cw).dry_run(RegisterFile.open(path), mapping)
        assert plan.ready
        ImportService(cw).run(plan, {})
    open_case_in(vault, alias="Typed today")
    with vault.sign_in(Role.CASEWORKER) as cw, cw.system_transaction() as s:
        cases = {c.register_id: c for c in s.scalars(select(Case))}
        assert cases["R-1"].opened_at.date().isoformat() == "2024-03-05"
        assert cases["R-2"].opened_at.date().isoformat() == "2023-07-01"
        assert cases["R-1"].opening_known and cases["R-2"].opening_known
        assert not cases["R-3"].opening_known and cases[""].opening_known
    with vault.sign_in(Role.MANAGER) as manager:
        agenda = AgendaService(manager).today(now)
    assert agenda.counts["opened_30_days"] == 1
    assert sum(c for _, c in agenda.trends["opened_by_month"]) == 1
    assert agenda.trends["opened_by_month"][-1] == (now.strftime("%Y-%m"), 1)


def test_a_stopped_dry_run_reports_progress_and_is_audited_as_stopped(
    vault: SampleVault, tmp_path: Path
) -> None:
    """The screen's Cancel stops a check through its progress callback: the rows checked so
    far are reported as it goes, of the rows in the file once they are counted (the bar
    showed no count), and the audit says it stopped and after how many rows."""
    path = write_csv(tmp_path / "r.csv", sample_rows(250))
    seen: list[tuple[int, int]] = []

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= 200:
            raise Stop

    with vault.sign_in(Role.CASEWORKER) as cw:
        with pytest.raises(Stop):
            ImportService(cw).dry_run(RegisterFile.open(path), MAPPING, progress)
        assert seen == [(0, 0), (0, 250), (100, 250), (200, 250)]
    with vault.sign_in(Role.MANAGER) as manager, manager.system_transaction() as s:
        (entry,) = s.scalars(
            select(AuditEntry).where(AuditEntry.detail.like("register dry run%"))
        ).all()
    assert entry.detail.endswith("stopped after 200 rows")


def test_the_mapping_format_is_documented_with_an_example_that_loads() -> None:
    """`import --mapping` needs a JSON file for a custom register: the README sends the
    reader to docs/IMPORT.md, whose example is a mapping OneStop reads, and every field a
    column can be mapped to is listed there."""
    root = Path(__file__).resolve().parents[2]
    assert "docs/IMPORT.md" in (root / "README.md").read_text(encoding="utf-8")
    doc = (root / "docs" / "IMPORT.md").read_text(encoding="utf-8")
    example = doc.split("```json\n", 1)[1].split("```", 1)[0]
    assert ColumnMapping.from_json(example).columns["Reg no"] is Field.REGISTER_ID
    assert all(f"| `{f.value}` |" in doc for f in Field if f is not Field.IGNORE)
