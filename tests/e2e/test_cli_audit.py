"""The administrator's audit commands: verify against a backup kept elsewhere, list the tamper
findings, acknowledge one with a reason."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.e2e.test_cli import admin_cli, assert_refused
from tests.helpers import run_cli

pytestmark = pytest.mark.slow


def test_verify_against_findings_and_acknowledge(vault, tmp_path) -> None:
    offsite = tmp_path / "offsite.onestop-backup"
    assert admin_cli(vault, "backup", "--out", str(offsite)).returncode == 0
    result = admin_cli(vault, "verify", "--against", str(offsite))
    assert result.returncode == 0, result
    assert re.search(r"every link and signature intact \(1 backup head", result.stdout)

    (vault.path / "audit.anchor").unlink()  # the next sign-in records a finding
    found = admin_cli(vault, "findings")
    assert found.returncode == 1
    (seq,) = re.findall(r"^entry (\d+): Found at the sign-in of", found.stdout, re.M)
    assert "anchor beside the database is missing" in found.stdout

    reason = tmp_path / "reason.txt"
    reason.write_text("x\n", encoding="utf-8")
    assert_refused(
        admin_cli(vault, "acknowledge", "--entry", "1", "--reason-file", str(reason)),
        "Audit entry 1 is not a tamper finding.",
    )
    # The reason is free text: never an argument, which every user can read in `ps`.
    said = admin_cli(vault, "acknowledge", "--entry", seq, "--reason", "anchor file restored")
    assert said.returncode == 2 and "anchor file restored" not in said.stdout + said.stderr
    done = run_cli(
        "admin",
        "acknowledge",
        "--vault",
        str(vault.path),
        "--as",
        ADMIN,
        "--password-stdin",
        "--entry",
        seq,
        "--reason-file",
        "-",
        stdin=f"{ADMIN_PASSWORD}\nanchor file restored\n",
    )
    assert done.returncode == 0, done
    assert admin_cli(vault, "findings").returncode == 0
    verified = admin_cli(vault, "verify")
    assert verified.returncode == 0, verified
    assert "Acknowledged by admin-one (reason: anchor file restored)" in verified.stdout

    missing = admin_cli(vault, "verify", "--against", str(tmp_path / "missing"))
    assert missing.returncode == 2 and "no such backup file" in missing.stderr
