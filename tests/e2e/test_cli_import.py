"""The register import and the Incident Recorder export from the command line."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from onestop.domain import gbvims
from onestop.domain.roles import Capability, Role, may
from onestop.services.audit import AuditService
from onestop.services.cases import SurvivorDetails
from tests.backdate import backdate, last_month
from tests.conftest import SampleVault, open_case_in, password_for, username_for
from tests.helpers import run_cli

pytestmark = pytest.mark.slow


def signed_in(vault: SampleVault, role: Role, *args: str) -> list[str]:
    return ["--vault", str(vault.path), "--as", username_for(role), "--password-stdin", *args]


def as_caseworker(vault: SampleVault, *args: str) -> list[str]:
    return signed_in(vault, Role.CASEWORKER, *args)


def refusals(vault: SampleVault, role: Role) -> set[tuple[str, str]]:
    """(action, section) of the refusals the audit trail holds for ``role``'s account."""
    with vault.sign_in(Role.MANAGER) as manager:
        entries = AuditService(manager).entries(actor=username_for(role))
    return {(e.action, e.section) for e in entries if e.outcome == "denied"}


def test_import_dry_run_then_import_then_export(vault: SampleVault, tmp_path: Path) -> None:
    existing = open_case_in(vault, SurvivorDetails(name="Amina Hassan"))
    register = tmp_path / "register.csv"
    register.write_text(
        "No;Name;Type\nA-1;Amina Hassan;Rape\nA-2;Zoë Núñez;kidnap\n", encoding="cp1252"
    )
    mapping = tmp_path / "map.json"
    mapping.write_text(
        json.dumps({"columns": {"No": "register_id", "Name": "name", "Type": "gbv_type"}}),
        encoding="utf-8",
    )
    password = password_for(Role.CASEWORKER) + "\n"
    args = as_caseworker(vault, "--mapping", str(mapping))
    checked = run_cli("import", str(register), *args, "--dry-run", stdin=password)
    assert checked.returncode == 1, checked.stderr
    assert "encoding cp1252, delimiter ';'" in checked.stdout
    assert "line 3, gbv_type: Not one of the options: kidnap." in checked.stdout
    assert f"line 2 may be an existing case: {existing} (name)" in checked.stdout
    register.write_text("No;Name;Type\nA-1;Amina Hassan;Rape\nA-2;Zoë Núñez;Rape\n", "cp1252")
    refused = run_cli("import", str(register), *args, stdin=password)
    assert refused.returncode == 1 and "possible duplicate" in refused.stderr
    done = run_cli("import", str(register), *args, "--decide", "2=new", stdin=password)
    assert done.returncode == 0, done.stderr
    assert "Imported 2 new cases, 2 incidents, 0 rows into existing cases" in done.stdout
    month = backdate(vault).name  # what was imported today, moved into last month
    out = tmp_path / "ir.xlsx"
    exported = run_cli(
        "export",
        "incident-recorder",
        *signed_in(vault, Role.MANAGER, "--from", month, "--to", month, "--out", str(out)),
        stdin=password_for(Role.MANAGER) + "\n",
    )
    assert exported.returncode == 0, exported.stderr
    assert "0 incidents" in exported.stdout  # no consent to statistics recorded for them
    book = load_workbook(out, read_only=True)  # read-only keeps the file open until closed
    try:
        header = next(book[gbvims.INCIDENT_SHEET].iter_rows())
        assert [c.value for c in header] == [c.value for c in gbvims.COLUMNS]
    finally:
        book.close()


def test_import_needs_a_mapping_for_an_unknown_register(vault: SampleVault, tmp_path: Path) -> None:
    register = tmp_path / "r.csv"
    register.write_text("No,Name\n1,Ana\n", encoding="utf-8")
    result = run_cli(
        "import",
        str(register),
        *as_caseworker(vault),
        stdin=password_for(Role.CASEWORKER) + "\n",
    )
    assert result.returncode == 2
    assert "give --mapping FILE (JSON) for this register's columns: No, Name" in result.stderr


def test_the_month_that_has_not_ended_is_refused(vault: SampleVault, tmp_path: Path) -> None:
    now = datetime.now(UTC).date()
    ended = last_month(now).name
    for start in (f"{now:%Y-%m}", ended):
        result = run_cli(
            "export",
            "incident-recorder",
            *signed_in(vault, Role.MANAGER, "--from", start, "--to", f"{now:%Y-%m}"),
            "--out",
            str(tmp_path),
            stdin=password_for(Role.MANAGER) + "\n",
        )
        assert result.returncode == 1, result.stderr
        assert (
            "The Incident Recorder is sent for months that have ended: choose "
            f"{ended} or an earlier month."
        ) in result.stderr
    assert list(tmp_path.glob("gbvims-*")) == []


@pytest.mark.parametrize("role", list(Role))
def test_who_may_import_at_the_command_line(vault: SampleVault, tmp_path: Path, role: Role) -> None:
    """The caseworker imports; the manager checks (--dry-run) and is told a caseworker
    imports; every other role is refused both, before the file is read, and audited."""
    register = tmp_path / "register.csv"
    register.write_text("No,Name,Type\nA-1,Zoë Núñez,Rape\n", encoding="utf-8")
    password = password_for(role) + "\n"
    mapping = tmp_path / "map.json"
    mapping.write_text(
        json.dumps({"columns": {"No": "register_id", "Name": "name", "Type": "gbv_type"}}),
        encoding="utf-8",
    )
    args = signed_in(vault, role, "--mapping", str(mapping))
    checked = run_cli("import", str(register), *args, "--dry-run", stdin=password)
    imported = run_cli("import", str(register), *args, stdin=password)
    if may(role, Capability.CHECK_REGISTER):
        assert checked.returncode == 0, checked.stderr
        assert "Rows: 1, refused: 0" in checked.stdout
    else:
        assert checked.returncode == 1 and checked.stdout == ""
        assert "Only a caseworker or a manager may check a register to import." in checked.stderr
    if may(role, Capability.IMPORT_REGISTER):
        assert imported.returncode == 0, imported.stderr
        assert "Imported 1 new cases" in imported.stdout
    else:
        assert imported.returncode == 1 and imported.stdout == ""
        why = "Only a caseworker " + ("may import" if role is Role.MANAGER else "or a manager")
        assert why in imported.stderr
    expected = set()
    if not may(role, Capability.CHECK_REGISTER):
        expected.add(("record.read", "identity"))
    elif not may(role, Capability.IMPORT_REGISTER):
        expected.add(("record.write", "identity"))
    assert refusals(vault, role) == expected


@pytest.mark.parametrize("role", list(Role))
def test_only_the_manager_exports_the_incident_recorder(
    vault: SampleVault, tmp_path: Path, role: Role
) -> None:
    month = last_month().name
    result = run_cli(
        "export",
        "incident-recorder",
        *signed_in(vault, role, "--from", month, "--to", month, "--out", str(tmp_path)),
        stdin=password_for(role) + "\n",
    )
    written = list(tmp_path.glob("gbvims-incident-recorder-*.xlsx"))
    if role is Role.MANAGER:
        assert result.returncode == 0, result.stderr
        assert len(written) == 1
        assert refusals(vault, role) == set()
    else:
        assert result.returncode == 1 and written == []
        assert (
            "Only a manager, as the centre's data focal point, may export the Incident "
            "Recorder: its rows are incident by incident."
        ) in result.stderr
        assert refusals(vault, role) == {("record.read", "statistics")}
