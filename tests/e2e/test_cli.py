"""The command line in a subprocess, as IT staff and scripts use it."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from onestop import __version__
from onestop.domain.periods import Period
from onestop.domain.roles import Role, Section
from onestop.paths import resources
from onestop.services import sectionkeys
from onestop.services.auth import sign_in
from onestop.services.users import UserService
from onestop.vault.engine import connect
from onestop.vault.lock import VaultLock
from tests.conftest import ADMIN, ADMIN_PASSWORD, password_for, username_for
from tests.helpers import containing, run_cli, sha256_file

pytestmark = pytest.mark.slow

RECOVERY = re.compile(r"^\s+([0-9A-Z]{5}(?:-[0-9A-Z]{5}){5})$", re.M)
OTP = re.compile(r"One-time password: (\S+)")


def admin_cli(vault, *args: str, password: str = ADMIN_PASSWORD, user: str = ADMIN):
    command, *rest = args
    return run_cli(
        "admin",
        command,
        "--vault",
        str(vault.path),
        "--as",
        user,
        "--password-stdin",
        *rest,
        stdin=password + "\n",
    )


def assert_refused(result, message: str) -> None:
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert message in lines[0]


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"onestop {__version__}"


def test_the_self_test_checks_the_installation_on_a_vault_it_throws_away(tmp_path) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    result = run_cli("admin", "selftest", env={"TMPDIR": str(scratch)})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"onestop {__version__} self-test" and lines[-1] == "self-test passed"
    assert sum(line.endswith(": ok") for line in lines) == 5
    assert list(scratch.iterdir()) == []  # the vault and its PDF are gone


# The command as run where Faker, the optional ``demo`` extra, is not installed.
WITHOUT_FAKER = (
    "import runpy, sys; sys.modules['faker'] = None; "
    "runpy.run_module('onestop', run_name='__main__')"
)


def run_without_faker(*args: str, env: dict[str, str] | None = None):
    return subprocess.run(
        [sys.executable, "-c", WITHOUT_FAKER, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )


def test_the_self_test_does_without_faker(tmp_path) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    result = run_without_faker("admin", "selftest", env={"TMPDIR": str(scratch)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "self-test passed"


def test_demo_data_without_faker_is_a_clear_message(vault, tmp_path) -> None:
    demo = run_without_faker("demo", "--dir", str(tmp_path / "demo"))
    assert_refused(demo, "demo data needs Faker, which is not installed: pip install")
    assert not (tmp_path / "demo").exists()  # refused before any vault is made
    seed = run_without_faker(
        "admin",
        "seed-demo",
        "--vault",
        str(vault.path),
        "--as",
        ADMIN,
        "--password-stdin",
        "--survivors",
        "1",
    )
    assert_refused(seed, "onestop[demo]")


def test_the_startup_probe_paints_the_first_window_and_quits(tmp_path) -> None:
    """What bench/package.py times: the window shown, painted, the clock printed, no trace."""
    result = run_cli(
        "--vault", str(tmp_path / "none"), "--startup-probe", env={"QT_QPA_PLATFORM": "offscreen"}
    )
    assert result.returncode == 0, result.stderr
    assert float(result.stdout.split()[-1]) > 0
    assert not (tmp_path / "none").exists()  # nothing was created


def test_usage_errors_exit_2() -> None:
    assert run_cli("frobnicate").returncode == 2  # (no arguments at all start the window)
    assert run_cli("admin").returncode == 2
    assert run_cli("admin", "frobnicate").returncode == 2
    no_flag = run_cli("admin", "users", "--vault", "x", "--as", "a", stdin="pw\n")
    assert no_flag.returncode == 2 and "--password-stdin" in no_flag.stderr
    no_stdin = run_cli("admin", "users", "--vault", "x", "--as", "a", "--password-stdin")
    assert no_stdin.returncode == 2 and "standard input" in no_stdin.stderr


def test_init_prints_the_recovery_key_once_and_add_user_a_one_time_password(tmp_path) -> None:
    path = tmp_path / "centre"
    result = run_cli(
        "admin",
        "init",
        "--vault",
        str(path),
        "--user",
        "it.admin",
        "--name",
        "IT Admin",
        "--password-stdin",
        stdin="a long and private admin phrase 55\n",
    )
    assert result.returncode == 0, result.stderr
    (key,) = RECOVERY.findall(result.stdout)
    assert key not in (path / "keyslots.json").read_text()
    again = run_cli(
        "admin",
        "init",
        "--vault",
        str(path),
        "--user",
        "x2",
        "--password-stdin",
        stdin="a long and private admin phrase 55\n",
    )
    assert_refused(again, "already a OneStop vault")

    add = run_cli(
        "admin",
        "add-user",
        "--vault",
        str(path),
        "--as",
        "it.admin",
        "--user",
        "nurse.joy",
        "--role",
        "clinician",
        "--password-stdin",
        stdin="a long and private admin phrase 55\n",
    )
    assert add.returncode == 0, add.stderr
    (otp,) = OTP.findall(add.stdout)
    # The one-time password signs in but must be changed before anything else.
    blocked = run_cli(
        "admin",
        "audit",
        "--vault",
        str(path),
        "--as",
        "nurse.joy",
        "--password-stdin",
        stdin=otp + "\n",
    )
    assert_refused(blocked, "one-time password")
    changed = run_cli(
        "admin",
        "passwd",
        "--vault",
        str(path),
        "--as",
        "nurse.joy",
        "--password-stdin",
        stdin=f"{otp}\nher own chosen phrase for work 8\n",
    )
    assert changed.returncode == 0, changed.stderr
    denied = run_cli(
        "admin",
        "users",
        "--vault",
        str(path),
        "--as",
        "nurse.joy",
        "--password-stdin",
        stdin="her own chosen phrase for work 8\n",
    )
    assert_refused(denied, "Clinician accounts may not see administration records")

    bad_role = run_cli(
        "admin",
        "add-user",
        "--vault",
        str(path),
        "--as",
        "it.admin",
        "--user",
        "x",
        "--role",
        "janitor",
        "--password-stdin",
        stdin="irrelevant\n",
    )
    assert bad_role.returncode == 2 and "choose one of" in bad_role.stderr


def _snapshot(path: Path) -> dict[str, str]:
    return {
        str(p.relative_to(path)): sha256_file(p)
        for p in path.rglob("*")
        if p.is_file() and p.name not in ("vault.lock", "keyslots.json")
    }


def test_wrong_password_unknown_and_disabled_users_are_refused_cleanly(vault) -> None:
    with vault.sign_in() as admin:
        UserService(admin).disable(username_for(Role.SHELTER_OFFICER))
    before = _snapshot(vault.path)
    assert_refused(admin_cli(vault, "users", password="not it"), "not correct")
    assert_refused(admin_cli(vault, "users", user="nobody"), "not correct")
    assert_refused(
        admin_cli(
            vault,
            "users",
            user=username_for(Role.SHELTER_OFFICER),
            password=password_for(Role.SHELTER_OFFICER),
        ),
        "disabled",
    )
    # Only the failure counters in keyslots.json change; nothing in the vault's records.
    assert _snapshot(vault.path) == before


def test_a_damaged_database_is_a_clear_message(vault, tmp_path) -> None:
    copy = tmp_path / "damaged"
    shutil.copytree(vault.path, copy)
    data = bytearray((copy / "vault.db").read_bytes())
    for offset in (100, 2000, 3000):  # inside page 1
        data[offset] ^= 0xFF
    (copy / "vault.db").write_bytes(bytes(data))
    before = sha256_file(copy / "vault.db")
    result = run_cli(
        "admin",
        "users",
        "--vault",
        str(copy),
        "--as",
        ADMIN,
        "--password-stdin",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert_refused(result, "damaged")
    assert sha256_file(copy / "vault.db") == before


@pytest.mark.parametrize("page", range(1, 12))
def test_damage_to_any_page_is_a_clear_message(vault, tmp_path, page) -> None:
    """Damage in a page that sign-in reads stops it with a message; damage elsewhere is named
    by verify. Either way: exit 1, no traceback."""
    copy = tmp_path / "damaged"
    shutil.copytree(vault.path, copy)
    data = bytearray((copy / "vault.db").read_bytes())
    data[4096 * page + 700] ^= 0xFF
    (copy / "vault.db").write_bytes(bytes(data))
    result = run_cli(
        "admin",
        "verify",
        "--vault",
        str(copy),
        "--as",
        ADMIN,
        "--password-stdin",
        stdin=ADMIN_PASSWORD + "\n",
    )
    if "FAILED" in result.stdout:
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert "FAILED encryption: 1 page(s) failed authentication" in result.stdout
    else:
        assert_refused(result, "damaged and could not be read")


def test_verify_names_damage_in_pages_sign_in_never_reads(vault, tmp_path) -> None:
    with vault.sign_in() as admin:
        key = admin.key
    conn = connect(vault.path / "vault.db", key)
    conn.execute("CREATE TABLE filler (x BLOB)")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO filler VALUES (?)", [(os.urandom(3000),) for _ in range(200)])
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray((vault.path / "vault.db").read_bytes())
    data[len(data) - 4096 * 10 + 900] ^= 0xFF  # a filler page near the end
    (vault.path / "vault.db").write_bytes(bytes(data))
    result = admin_cli(vault, "verify")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "FAILED encryption: 1 page(s) failed authentication" in result.stdout
    assert "ok     audit trail" in result.stdout


@pytest.mark.parametrize("edit", ["truncate", "not-json", "sealed-key", "private-key"])
def test_an_edited_key_file_is_a_clear_message(vault, edit: str) -> None:
    path = vault.path / "keyslots.json"
    if edit == "truncate":
        path.write_bytes(path.read_bytes()[:300])
    elif edit == "not-json":
        path.write_text("{ this is not json")
    else:
        data = json.loads(path.read_text())
        slot = next(s for s in data["slots"] if s["id"] == f"user:{ADMIN}")
        box = slot["keys"]["vault"] if edit == "sealed-key" else slot["private"]
        ct = bytearray(__import__("base64").b64decode(box["ct"]))
        ct[3] ^= 0x01
        box["ct"] = __import__("base64").b64encode(bytes(ct)).decode()
        path.write_text(json.dumps(data))
    before = sha256_file(vault.path / "vault.db")
    result = admin_cli(vault, "users")
    expected = {
        "truncate": "damaged or was edited",
        "not-json": "damaged or was edited",
        "sealed-key": "altered and cannot be trusted",
        "private-key": "not correct",  # indistinguishable from a wrong password, by design
    }[edit]
    assert_refused(result, expected)
    assert sha256_file(vault.path / "vault.db") == before


def test_a_second_process_gets_a_clear_message(vault) -> None:
    lock = VaultLock(vault.path)
    lock.acquire()
    try:
        assert_refused(admin_cli(vault, "users"), "already open in another OneStop")
    finally:
        lock.release()
    assert admin_cli(vault, "users").returncode == 0


def test_users_audit_verify_backup_restore_rotate(vault, tmp_path) -> None:
    users = admin_cli(vault, "users")
    assert users.returncode == 0
    assert username_for(Role.COUNSELLOR) in users.stdout
    audit = admin_cli(vault, "audit", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(audit.stdout)))
    assert rows and {"seq", "actor", "action", "outcome"} <= set(rows[0])
    assert admin_cli(vault, "verify").returncode == 0

    backup = admin_cli(vault, "backup", "--out", str(tmp_path))
    assert backup.returncode == 0, backup.stderr
    (archive,) = tmp_path.glob("onestop-backup-*.onestop-backup")
    assert admin_cli(vault, "add-user", "--user", "later", "--role", "manager").returncode == 0
    unconfirmed = admin_cli(vault, "restore", "--from", str(archive))
    assert unconfirmed.returncode == 2 and "--yes" in unconfirmed.stderr
    restored = admin_cli(vault, "restore", "--from", str(archive), "--yes")
    assert restored.returncode == 0, restored.stderr
    assert "later" not in admin_cli(vault, "users").stdout

    rotated = admin_cli(vault, "rotate-key")
    assert rotated.returncode == 0, rotated.stderr
    verified = admin_cli(vault, "verify")
    assert verified.returncode == 0, verified.stdout
    for role in Role:
        with sign_in(vault.path, username_for(role), password_for(role)):
            pass


def test_the_recovery_key_resets_an_admin_password(vault) -> None:
    result = run_cli(
        "admin",
        "reset-password",
        "--vault",
        str(vault.path),
        "--user",
        ADMIN,
        "--recovery-key-stdin",
        stdin=vault.recovery_key + "\n",
    )
    assert result.returncode == 0, result.stderr
    (otp,) = OTP.findall(result.stdout)
    assert_refused(admin_cli(vault, "users"), "not correct")
    assert_refused(admin_cli(vault, "users", password=otp), "one-time password")
    wrong = run_cli(
        "admin",
        "reset-password",
        "--vault",
        str(vault.path),
        "--user",
        ADMIN,
        "--recovery-key-stdin",
        stdin="AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA\n",
    )
    assert_refused(wrong, "recovery key is not correct")


def test_no_canary_in_the_vault_backups_logs_or_temp(vault, tmp_path) -> None:
    canary = "Canary Wanjiru Kamau-Ólafsdóttir"
    added = admin_cli(
        vault, "add-user", "--user", "canary", "--role", "caseworker", "--name", canary
    )
    assert added.returncode == 0, added.stderr
    assert admin_cli(vault, "backup").returncode == 0
    assert admin_cli(vault, "users").returncode == 0
    assert admin_cli(vault, "users", password="wrong " + canary).returncode == 1
    home = Path(os.environ["ONESTOP_HOME"])
    assert (home / "logs" / "onestop.log").exists()
    for part in ("Wanjiru", canary):
        assert containing(part, vault.path, home, tmp_path / "tmp") == []


def test_sigkill_during_a_stream_of_writes_loses_nothing_committed(vault) -> None:
    target = username_for(Role.CLINICIAN)
    proc = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("writer.py")),
            str(vault.path),
            ADMIN,
            target,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(ADMIN_PASSWORD + "\n")
    proc.stdin.flush()
    committed = 0
    for line in proc.stdout:
        committed = int(line)
        if committed >= 150:
            break
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    with vault.sign_in() as admin:
        from onestop.services.audit import AuditService
        from onestop.services.maintenance import MaintenanceService

        name = next(m for m in UserService(admin).list() if m.username == target).display_name
        version = int(name.rsplit(" ", 1)[1])
        assert version >= committed  # the one being written when killed may also be there
        updates = AuditService(admin).entries(action="user.updated")
        assert len(updates) == version
        report = MaintenanceService(admin).verify()
        assert report.ok, report


def test_export_a_referral_letter_from_the_command_line(vault, tmp_path) -> None:
    from pypdf import PdfReader

    from onestop.domain.consent import Decision, Purpose
    from onestop.domain.referrals import Urgency
    from onestop.services.cases import CaseService, SurvivorDetails
    from onestop.services.consent import ConsentService
    from onestop.services.referrals import ReferralDetails, ReferralService

    centre = tmp_path / "centre-name"
    centre.write_text("Hope Centre\n", "utf-8")
    assert admin_cli(vault, "settings", "--centre-name-file", str(centre)).returncode == 0
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(name="Efua Boateng")).reference
        ReferralService(cw).record(
            ref, ReferralDetails("City Shelter", "A bed", Urgency.URGENT, "She needs a bed.")
        )
    out = tmp_path / "out"
    out.mkdir()

    def export(*extra: str):
        return run_cli(
            "export",
            "referral",
            "--vault",
            str(vault.path),
            "--as",
            username_for(Role.CASEWORKER),
            "--password-stdin",
            "--case",
            ref,
            "--out",
            str(out),
            *extra,
            stdin=password_for(Role.CASEWORKER) + "\n",
        )

    refused = export()
    assert refused.returncode == 1 and "not consented" in refused.stderr
    assert "Traceback" not in refused.stderr and list(out.iterdir()) == []
    with vault.sign_in(Role.CASEWORKER) as cw:
        ConsentService(cw).record(
            ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency="City Shelter"
        )
    secret = tmp_path / "pdf-password"
    secret.write_text("copper kettle 2026\n")
    done = export("--encrypt-password-file", str(secret))
    assert done.returncode == 0, done.stderr
    (pdf,) = out.iterdir()
    assert pdf.name == f"{ref}-referral-letter.pdf" and "AES-256" in done.stdout
    reader = PdfReader(pdf)
    assert reader.decrypt("copper kettle 2026")
    text = reader.pages[0].extract_text()
    assert "Hope Centre" in text and "Efua Boateng" in text and "City Shelter" in text


def test_export_a_court_bundle_from_the_command_line(vault, tmp_path) -> None:
    from datetime import UTC, datetime, timedelta

    from pypdf import PdfReader

    from onestop.domain.casefile import GbvType, IncidentContext
    from onestop.domain.clinical import IncidentTime
    from onestop.domain.consent import Decision, Purpose
    from onestop.services.cases import CaseService, SurvivorDetails
    from onestop.services.consent import ConsentService
    from onestop.services.incidents import IncidentDetails, IncidentService
    from onestop.services.legal import HearingDetails, Hearings

    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(name="Akosua Darko")).reference
        ConsentService(cw).record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
        # Empty sections are left out of a bundle: each chosen one has something in it.
        IncidentService(cw).record(
            ref,
            IncidentDetails(
                IncidentTime.exact(datetime.now(UTC) - timedelta(days=3)),
                GbvType.PHYSICAL_ASSAULT,
                IncidentContext.OTHER,
            ),
        )
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        Hearings(advocate).record(
            ref, HearingDetails(datetime.now(UTC) + timedelta(days=3), "Court 2", "Mention")
        )

    def export(sections: str):
        return run_cli(
            "export",
            "bundle",
            "--vault",
            str(vault.path),
            "--as",
            username_for(Role.LEGAL_ADVOCATE),
            "--password-stdin",
            "--case",
            ref,
            "--out",
            str(tmp_path),
            "--sections",
            sections,
            stdin=password_for(Role.LEGAL_ADVOCATE) + "\n",
        )

    wrong = export("incidents,gossip")
    assert wrong.returncode == 2 and "comma-separated list" in wrong.stderr
    done = export("hearings,incidents")
    assert done.returncode == 0, done.stderr
    reader = PdfReader(tmp_path / f"{ref}-court-bundle.pdf")
    # Under their PD27A sections: B (applications and orders), then F (the centre's records).
    assert [o.title for o in reader.outline if not isinstance(o, list)] == [
        "Section B: Applications and orders",
        "Section F: Other documents: the centre's records",
    ]
    parts = [part for group in reader.outline if isinstance(group, list) for part in group]
    assert [part.title for part in parts] == [
        "Hearings",
        "Incident summary",
    ]


def test_export_the_conference_pack_and_a_safety_plan_from_the_command_line(
    vault, tmp_path
) -> None:
    from datetime import date, timedelta

    from pypdf import PdfReader

    from onestop.domain.consent import Decision, Purpose
    from onestop.services.cases import CaseService, SurvivorDetails
    from onestop.services.conferences import ConferenceService
    from onestop.services.consent import ConsentService
    from onestop.services.risk import SafetyPlanDetails, SafetyPlanService

    held_on = date.today() + timedelta(days=5)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(name="Ama Owusu")).reference
        ConferenceService(cw).refer(ref, "Threats to kill since the separation.")
        ConsentService(cw).record(ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency="Police")
        SafetyPlanService(cw).record(ref, SafetyPlanDetails(code_word="blue umbrella"))
        ConferenceService(cw).schedule(held_on, ["Police"])

    def export(document: str, *extra: str):
        return run_cli(
            "export",
            document,
            "--vault",
            str(vault.path),
            "--as",
            username_for(Role.CASEWORKER),
            "--password-stdin",
            "--out",
            str(tmp_path),
            *extra,
            stdin=password_for(Role.CASEWORKER) + "\n",
        )

    wrong = export("conference", "--meeting", "next tuesday")
    assert wrong.returncode == 2 and "YYYY-MM-DD" in wrong.stderr
    missing = export("conference", "--meeting", (held_on + timedelta(days=1)).isoformat())
    assert missing.returncode == 2 and "no meeting on" in missing.stderr
    done = export("conference", "--meeting", held_on.isoformat())
    assert done.returncode == 0, done.stderr
    pack = PdfReader(tmp_path / f"{held_on.isoformat()}-case-conference-pack.pdf")
    assert "Ama Owusu" in pack.pages[0].extract_text()
    done = export("safety-plan", "--case", ref)
    assert done.returncode == 0, done.stderr
    # A neutral file name, her code word left off unless asked for (--with-code-word:
    # tests/server/test_server_cli_commands.py).
    plan = PdfReader(tmp_path / "notes.pdf").pages[0].extract_text()
    assert "Ama Owusu" not in plan and "blue umbrella" not in plan and "Code word" not in plan


def test_the_pack_from_the_command_line_says_case_by_case_whether_she_was_told(
    vault, tmp_path
) -> None:
    """Two cases shared without consent: each takes its reason (--case-reason) and whether
    she was told (--told), free text from files; a case without an answer is refused by
    reference, nothing written; then each answer is printed beside its case."""
    from datetime import date, timedelta

    from pypdf import PdfReader

    from onestop.services.cases import CaseService, SurvivorDetails
    from onestop.services.conferences import ConferenceService

    held_on = date.today() + timedelta(days=5)
    with vault.sign_in(Role.CASEWORKER) as cw:
        first = CaseService(cw).open_case(SurvivorDetails(alias="Wren")).reference
        second = CaseService(cw).open_case(SurvivorDetails(alias="Lark")).reference
        for ref in (first, second):
            ConferenceService(cw).refer(ref, "Threats to kill since the separation.")
    with vault.sign_in(Role.MANAGER) as manager:
        ConferenceService(manager).schedule(held_on, ["Police"])
    note, why = tmp_path / "note.txt", tmp_path / "why.txt"
    note.write_text("He threatened to take the children across the border.\n", encoding="utf-8")
    why.write_text("He reads her phone; a call would tell him she spoke to us.\n", "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    told_on = date.today().isoformat()  # the day her case was opened, at the earliest

    def export(*extra: str):
        return run_cli(
            "export",
            "conference",
            "--vault",
            str(vault.path),
            "--as",
            username_for(Role.MANAGER),
            "--password-stdin",
            "--out",
            str(out),
            "--case-reason",
            f"{first}=serious_harm:{note}",
            "--case-reason",
            f"{second}=risk_to_children:{note}",
            *extra,
            stdin=password_for(Role.MANAGER) + "\n",
        )

    wrong = export("--told", f"{first}=maybe:{why}")
    assert wrong.returncode == 2 and "--told takes REF=ANSWER" in wrong.stderr
    once = export("--she-was-told-on", told_on)
    assert once.returncode == 2 and "for each case" in once.stderr
    half = export("--told", f"{first}=on:{told_on}")
    assert half.returncode != 0 and f"whether she has been told of it: {second}" in half.stderr
    assert list(out.iterdir()) == []
    # A day before her case was opened, or after today at the centre: refused, in words.
    for day, said in (
        ("2019-01-01", "cannot be before her case was opened"),
        ((date.today() + timedelta(days=2)).isoformat(), "cannot be after today"),
    ):
        wrong_day = export("--told", f"{first}=on:{day}", "--told", f"{second}=no:{why}")
        assert wrong_day.returncode != 0 and f"For {first}: The day she was told {said}" in (
            wrong_day.stderr
        ), wrong_day.stderr
        assert list(out.iterdir()) == []
    done = export("--told", f"{first}=on:{told_on}", "--told", f"{second}=no:{why}")
    assert done.returncode == 0, done.stderr
    (written,) = out.iterdir()
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(written).pages)
    one, two = text.split(f"1. {first}")[1].split(f"2. {second}")
    assert f"She has been told of this sharing (on {told_on})." in one and "not told" not in one
    assert "She has not been told of this sharing: telling her would increase the risk." in two
    assert "Why she is not told: He reads her phone" in two


def test_the_minutes_from_the_command_line_say_case_by_case_whether_she_was_told(
    vault, tmp_path
) -> None:
    """As for the pack: two cases minuted without consent, each with its reason and whether
    she was told (--case-reason, --told); one answer for all and a case without an answer are
    refused, nothing written; then each answer is printed under its case."""
    from datetime import date, timedelta

    from pypdf import PdfReader

    from onestop.services.cases import CaseService, SurvivorDetails
    from onestop.services.conferences import ConferenceService, PlannedAction

    held_on = date.today() + timedelta(days=5)
    with vault.sign_in(Role.CASEWORKER) as cw:
        first = CaseService(cw).open_case(SurvivorDetails(alias="Wren")).reference
        second = CaseService(cw).open_case(SurvivorDetails(alias="Lark")).reference
        for ref in (first, second):
            ConferenceService(cw).refer(ref, "Threats to kill since the separation.")
    with vault.sign_in(Role.MANAGER) as manager:
        conferences = ConferenceService(manager)
        meeting = conferences.schedule(held_on, ["Police"])
        for ref in (first, second):
            due = held_on + timedelta(days=14)
            conferences.hear(meeting.id, ref, [PlannedAction("Police", "PC Lowe", "Visit", due)])
    note, why = tmp_path / "note.txt", tmp_path / "why.txt"
    note.write_text("He threatened to take the children across the border.\n", encoding="utf-8")
    why.write_text("He reads her phone; a call would tell him she spoke to us.\n", "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    told_on = date.today().isoformat()  # the day her case was opened, at the earliest

    def export(*extra: str):
        return run_cli(
            "export",
            "minutes",
            "--vault",
            str(vault.path),
            "--as",
            username_for(Role.MANAGER),
            "--password-stdin",
            "--out",
            str(out),
            "--meeting",
            held_on.isoformat(),
            "--case-reason",
            f"{first}=serious_harm:{note}",
            "--case-reason",
            f"{second}=risk_to_children:{note}",
            *extra,
            stdin=password_for(Role.MANAGER) + "\n",
        )

    once = export("--she-was-told-on", told_on)
    assert once.returncode == 2 and "minutes asks whether she was told for each case" in (
        once.stderr
    )
    half = export("--told", f"{first}=on:{told_on}")
    assert half.returncode != 0 and f"whether she has been told of it: {second}" in half.stderr
    assert list(out.iterdir()) == []
    done = export("--told", f"{first}=on:{told_on}", "--told", f"{second}=no:{why}")
    assert done.returncode == 0, done.stderr
    (written,) = out.iterdir()
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(written).pages)
    assert "Minutes of the case conference" in text
    one, two = text.split(f"1. {first}")[1].split(f"2. {second}")
    assert f"She has been told of this sharing (on {told_on})." in one and "not told" not in one
    assert "She has not been told of this sharing: telling her would increase the risk." in two
    assert "Why she is not told: He reads her phone" in two


def test_export_statistics_from_the_command_line(vault, tmp_path) -> None:
    from datetime import date

    from pypdf import PdfReader

    def export(*extra: str, role: Role = Role.MANAGER):
        return run_cli(
            "export",
            "statistics",
            "--vault",
            str(vault.path),
            "--as",
            username_for(role),
            "--password-stdin",
            "--out",
            str(tmp_path),
            *extra,
            stdin=password_for(role) + "\n",
        )

    today = date.today()
    missing = export()
    assert missing.returncode == 2 and "--period" in missing.stderr
    loose = export("--period", "2026-01-01")
    assert loose.returncode == 2 and "Not a period" in loose.stderr
    this_month = export("--period", f"{today.year}-{today.month:02d}")
    assert this_month.returncode != 0 and "has not ended" in this_month.stderr
    assert "Traceback" not in this_month.stderr
    last = Period.last_month(today)
    refused = export("--period", last.name, role=Role.CLINICIAN)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert list(tmp_path.glob("*.pdf")) == []
    done = export("--period", last.name)
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / f"{last.name}-anonymised-statistics.pdf"
    assert "Anonymised statistics" in PdfReader(pdf).pages[0].extract_text()
    assert pdf.with_suffix(".csv").is_file() and str(pdf.with_suffix(".csv")) in done.stdout
    # The same month for the ministry's DHIS2, from the sample mapping.
    value_set = run_cli(
        "export",
        "dhis2",
        "--vault",
        str(vault.path),
        "--as",
        username_for(Role.MANAGER),
        "--password-stdin",
        "--period",
        last.name,
        "--mapping",
        str(resources() / "dhis2" / "sample-mapping.json"),
        "--out",
        str(tmp_path),
        stdin=password_for(Role.MANAGER) + "\n",
    )
    assert value_set.returncode == 0, value_set.stderr
    written = json.loads((tmp_path / f"{last.name}-dhis2-data-value-set.json").read_text())
    assert written["period"] == last.dhis2 and "idScheme=code" in value_set.stdout


def test_a_counsellor_confirms_a_colleague_and_the_admin_cannot(vault) -> None:
    colleague, secret = "u-counsellor-two", "lichen compass wander early 47"
    with vault.sign_in() as admin:
        otp = UserService(admin).create(colleague, Role.COUNSELLOR).one_time_password
    with sign_in(vault.path, colleague, otp) as session:
        UserService(session).change_own_password(otp, secret)
    mine = admin_cli(vault, "my-fingerprint", user=colleague, password=secret)
    assert mine.returncode == 0, mine.stderr
    # Every encrypted section a counsellor reads: the counsellor below holds them all.
    sealed = sorted(
        s.value
        for s in Section
        if sectionkeys.is_encrypted(s) and Role.COUNSELLOR in sectionkeys.readers(s)
    )
    assert {"counselling", "identity"} <= set(sealed)
    assert f"Waiting for a colleague to confirm you for: {', '.join(sealed)}." in mine.stdout
    (shown,) = re.findall(r"^    ([0-9a-f ]{39})$", mine.stdout, re.MULTILINE)
    refused = admin_cli(vault, "confirm-user", "--user", colleague, "--fingerprint", shown)
    # The admin holds no section key: refused, naming the first sealed section.
    first = min(s.value for s in Section if sectionkeys.is_encrypted(s))
    assert_refused(refused, f"Admin accounts may not see {first} records")
    holder = {"user": username_for(Role.COUNSELLOR), "password": password_for(Role.COUNSELLOR)}
    asked = admin_cli(vault, "confirm-user", "--user", colleague, **holder)
    assert asked.returncode == 0 and shown in asked.stdout, asked.stderr
    done = admin_cli(vault, "confirm-user", "--user", colleague, "--fingerprint", shown, **holder)
    assert done.returncode == 0, done.stderr
    assert f"now reads {', '.join(sealed)} records" in done.stdout
    again = admin_cli(vault, "my-fingerprint", user=colleague, password=secret)
    assert "Waiting" not in again.stdout
