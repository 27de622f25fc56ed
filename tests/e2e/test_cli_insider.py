"""The command line against a vault damaged on disk, and free text kept out of the process
list: each refusal is one line in words (no traceback), and a restore brings the vault back."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from onestop.domain.roles import Role
from onestop.services.maintenance import MaintenanceService
from onestop.services.users import UserService
from tests.conftest import ADMIN, ADMIN_PASSWORD, password_for, username_for
from tests.e2e.test_cli import admin_cli, assert_refused
from tests.helpers import REPO, run_cli

pytestmark = pytest.mark.slow


class _Vault:
    def __init__(self, path: Path) -> None:
        self.path = path


def _flip_first_page(folder: Path) -> None:
    with open(folder / "vault.db", "r+b") as fh:
        fh.seek(100)
        fh.write(bytes(16))


def _delete_database(folder: Path) -> None:
    (folder / "vault.db").unlink()


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (_flip_first_page, "damaged"),
        (_delete_database, "(vault.db) is missing"),
        ("wal", "(vault.db-wal) was removed"),
    ],
    ids=["page-1", "no-vault.db", "no-wal"],
)
def test_damage_is_reported_then_restore_and_verify_succeed(
    vault, admin, tmp_path, damage, message
) -> None:
    backup = MaintenanceService(admin).backup(tmp_path).path
    UserService(admin).create("after.backup", Role.COUNSELLOR)
    if damage == "wal":  # as a power cut leaves it, then the journal deleted
        crashed = tmp_path / "crashed"
        shutil.copytree(vault.path, crashed, ignore=shutil.ignore_patterns("vault.lock"))
        admin.close()
        (crashed / "vault.db-wal").unlink()
        target = _Vault(crashed)
    else:
        admin.close()
        damage(vault.path)
        target = vault
    assert_refused(admin_cli(target, "users"), message)
    if damage is _delete_database:
        assert not (vault.path / "vault.db").exists()  # never recreated empty
    restored = admin_cli(target, "restore", "--from", str(backup), "--yes")
    assert restored.returncode == 0, restored.stderr
    assert "set aside" in restored.stdout
    verified = admin_cli(target, "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    users = admin_cli(target, "users")
    assert users.returncode == 0 and "after.backup" not in users.stdout


def _raw(args: list[str], stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "onestop", *args],
        input=stdin,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
        timeout=120,
        check=False,
    )


def test_invalid_utf8_on_stdin_is_a_usage_error(vault) -> None:
    args = ["admin", "users", "--vault", str(vault.path), "--as", ADMIN, "--password-stdin"]
    result = _raw(args, b"\xff\xfe not text\n")
    assert result.returncode == 2 and b"not UTF-8" in result.stderr
    assert b"Traceback" not in result.stderr and b"internal error" not in result.stderr


def test_a_binary_or_endless_password_file_is_refused_in_words(vault, tmp_path) -> None:
    binary = tmp_path / "binary"
    binary.write_bytes(bytes(range(128, 256)) * 8)  # a JPEG, a key file: not text
    for source, words in ((binary, "not UTF-8"), ("/dev/zero", "not a short text file")):
        if not Path(source).exists():
            continue
        result = run_cli(
            "export",
            "statistics",
            "--vault",
            str(vault.path),
            "--as",
            username_for(Role.MANAGER),
            "--password-stdin",
            "--period",
            "2026-01",
            "--out",
            str(tmp_path),
            "--encrypt-password-file",
            str(source),
            stdin=password_for(Role.MANAGER) + "\n",
            timeout=60,
        )
        assert result.returncode == 2, result.stderr
        assert words in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.glob("*.pdf")) == []


def test_free_text_is_read_from_a_file_or_stdin_never_an_argument(vault, tmp_path) -> None:
    from pypdf import PdfReader

    from onestop.services.cases import CaseService, SurvivorDetails
    from onestop.services.referrals import ReferralDetails, ReferralService, Urgency

    old = admin_cli(vault, "settings", "--centre-name", "Hope Centre")
    assert old.returncode == 2  # the argument every user could read in `ps` is gone
    name = run_cli(
        "admin",
        "settings",
        "--vault",
        str(vault.path),
        "--as",
        ADMIN,
        "--password-stdin",
        "--centre-name-file",
        "-",
        stdin=f"{ADMIN_PASSWORD}\nHope Centre\n",
    )
    assert name.returncode == 0 and "Hope Centre" in name.stdout, name.stderr
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(name="Efua Boateng")).reference
        ReferralService(cw).record(
            ref, ReferralDetails("City Shelter", "A bed", Urgency.URGENT, "She needs a bed.")
        )
    reason = "Imminent danger: the shelter needs the letter tonight"
    argv = [
        "export",
        "referral",
        "--vault",
        str(vault.path),
        "--as",
        username_for(Role.MANAGER),
        "--password-stdin",
        "--case",
        ref,
        "--out",
        str(tmp_path),
        "--without-consent-reason-file",
        "-",
        "--she-is-not-told-because-file",
        "-",
    ]
    why = "He checks her phone every evening"
    done = run_cli(*argv, stdin=f"{password_for(Role.MANAGER)}\n{reason}\n{why}\n")
    assert done.returncode == 0, done.stderr
    assert reason not in " ".join(argv) and why not in " ".join(argv)
    (pdf,) = tmp_path.glob("*.pdf")
    text = PdfReader(pdf).pages[0].extract_text()
    assert "without" in text.lower()
    assert "She has not been told of this sharing" in " ".join(text.split())
