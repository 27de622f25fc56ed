"""The register import and the Incident Recorder export from the command line."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from onestop.domain import gbvims
from onestop.domain.roles import Role
from onestop.services.cases import SurvivorDetails
from tests.conftest import SampleVault, open_case_in, password_for, username_for
from tests.helpers import run_cli

pytestmark = pytest.mark.slow


def as_caseworker(vault: SampleVault, *args: str) -> list[str]:
    return [
        "--vault",
        str(vault.path),
        "--as",
        username_for(Role.CASEWORKER),
        "--password-stdin",
        *args,
    ]


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
    month = f"{datetime.now(UTC):%Y-%m}"
    out = tmp_path / "ir.xlsx"
    exported = run_cli(
        "export",
        "incident-recorder",
        *as_caseworker(vault, "--from", month, "--to", month, "--out", str(out)),
        stdin=password,
    )
    assert exported.returncode == 0, exported.stderr
    assert "0 incidents" in exported.stdout  # no consent to statistics recorded for them
    header = next(load_workbook(out, read_only=True)[gbvims.INCIDENT_SHEET].iter_rows())
    assert [c.value for c in header] == [c.value for c in gbvims.COLUMNS]


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
