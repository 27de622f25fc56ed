"""Every ``onestop-cli admin …`` and ``export …`` command with ``--server URL`` in place of
``--vault DIR``, through the command line's own ``main`` on a real PostgreSQL: each one works
as it does on a vault, or is refused in one line that says what to do instead (never a
traceback), before any password is read.

- ``admin init --server`` makes a new centre in an empty database: the schema and roles, the
  first admin and her login, the workstations' pre-sign-in login; the admin then signs in
  as a workstation, adds a colleague (her slot and login written in the same unit of work),
  who changes her one-time password on the server and signs in with the new one;
- ``admin verify --server`` checks the chain, the signatures, the key slots and the head this
  workstation kept, and finds an entry edited by the server's superuser and a slot altered;
- every export writes its document from the server's records;
- ``admin settings`` changes the centre's name on the server.
"""

from __future__ import annotations

import io
import re
import secrets
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from onestop import cli
from onestop.domain.consent import Decision, Purpose
from onestop.domain.periods import Period
from onestop.domain.referrals import Urgency
from onestop.domain.roles import Role
from onestop.paths import resources
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.conferences import ConferenceService
from onestop.services.consent import ConsentService
from onestop.services.legal import HearingDetails, Hearings
from onestop.services.referrals import ReferralDetails, ReferralService
from onestop.services.risk import SafetyPlanDetails, SafetyPlanService
from tests.conftest import password_for, username_for
from tests.server.conftest import CentreOnServer, postgres, workstation_url
from tests.unit.test_exports import NAME, examined

OTP = re.compile(r"One-time password: (\S+)")


def _main(argv: list[str], stdin: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(argv, io.StringIO(stdin), out, err)
    return code, out.getvalue(), err.getvalue()


def _as(role: Role, argv: list[str], *more_stdin: str) -> tuple[int, str, str]:
    lines = "".join(f"{line}\n" for line in (password_for(role), *more_stdin))
    return _main([*argv, "--as", username_for(role), "--password-stdin"], lines)


def _one_line(code: int, err: str, words: str) -> None:
    assert code == cli.EXIT_FAILED, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert words in err, err


# ----- admin verify ---------------------------------------------------------------------------


@pytest.mark.usefixtures("pgpass")
def test_verify_checks_the_chain_slots_and_kept_head_on_the_server(
    centre_on_server: CentreOnServer,
) -> None:
    url = workstation_url(centre_on_server)
    with centre_on_server.sign_in(Role.CASEWORKER) as cw:
        CaseService(cw).open_case(SurvivorDetails(alias="Kestrel"))
    code, out, err = _as(Role.ADMIN, ["admin", "verify", "--server", url])
    assert code == 0, out + err
    for check in ("schema", "audit trail", "key slots", "revocation"):
        assert f"ok     {check}:" in out, out
    assert "extends the head this workstation kept" in out
    assert "note   Attachments were not read" in out

    # Someone with the server's superuser edits an entry in the middle of the trail.
    with centre_on_server.superuser() as conn:
        conn.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
        conn.execute("UPDATE audit_log SET detail = 'edited' WHERE seq = 3")
        conn.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only")
        slot = conn.execute(
            "SELECT slot FROM key_slots WHERE username = %s", (username_for(Role.CLINICIAN),)
        ).fetchone()
        assert slot is not None
        altered = re.sub(r'"public_mac": "[^"]+"', '"public_mac": "AAAA"', str(slot[0]))
        assert altered != slot[0]
        conn.execute(
            "UPDATE key_slots SET slot = %s WHERE username = %s",
            (altered, username_for(Role.CLINICIAN)),
        )
    code, out, err = _as(Role.ADMIN, ["admin", "verify", "--server", url])
    assert code == cli.EXIT_FAILED, out + err
    assert "FAILED audit trail:" in out and "FAILED key slots:" in out, out
    assert "1 slot(s) were altered" in out
    assert "Traceback" not in err and "the server failed verification" in err
    # The finding waits for the admin, who acknowledges it on the server, saying why.
    code, out, err = _as(Role.ADMIN, ["admin", "findings", "--server", url])
    found = re.search(r"^entry (\d+): Found by verify", out, re.M)
    assert code == cli.EXIT_FAILED and found is not None, out + err
    argv = ["admin", "acknowledge", "--server", url, "--entry", found.group(1)]
    code, out, err = _as(Role.ADMIN, [*argv, "--reason-file", "-"], "Test of a superuser's edit")
    assert code == 0 and "is acknowledged" in out, err
    # Only the admin verifies, on a server as on a vault.
    code, _, err = _as(Role.MANAGER, ["admin", "verify", "--server", url])
    assert code == cli.EXIT_FAILED and "Traceback" not in err, err


# ----- every export --------------------------------------------------------------------------


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.usefixtures("pgpass")
def test_every_export_writes_its_document_from_the_server(
    centre_on_server: CentreOnServer, tmp_path: Path
) -> None:
    url = workstation_url(centre_on_server)
    centre = centre_on_server
    held_on = date.today() + timedelta(days=5)
    with centre.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(name="Efua Boateng")).reference
        ReferralService(cw).record(
            ref, ReferralDetails("City Shelter", "A bed", Urgency.URGENT, "She needs a bed.")
        )
        ledger = ConsentService(cw)
        ledger.record(ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency="City Shelter")
        ledger.record(ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency="Police")
        ledger.record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
        SafetyPlanService(cw).record(ref, SafetyPlanDetails(code_word="blue umbrella"))
        ConferenceService(cw).refer(ref, "Threats to kill since the separation.")
        ConferenceService(cw).schedule(held_on, ["Police"])
    with centre.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        Hearings(advocate).record(
            ref, HearingDetails(datetime.now(UTC) + timedelta(days=3), "Court 2", "Mention")
        )
    examined_ref, _photo = examined(centre)
    with centre.sign_in(Role.CLINICIAN) as clinician:
        ConsentService(clinician).record(examined_ref, Purpose.SHARE_WITH_POLICE, Decision.GIVEN)

    out = tmp_path / "out"
    out.mkdir()

    def export(role: Role, document: str, *extra: str) -> str:
        argv = ["export", document, "--server", url, *extra]
        code, printed, err = _as(role, argv)
        assert code == 0, f"{document}: {err}"
        assert "Traceback" not in err
        return printed

    export(Role.CASEWORKER, "referral", "--case", ref, "--out", str(out))
    assert "City Shelter" in _pdf_text(out / f"{ref}-referral-letter.pdf")
    secret = tmp_path / "pdf-password"
    secret.write_text("copper kettle 2026\n")
    printed = export(
        Role.CASEWORKER,
        "safety-plan",
        "--case",
        ref,
        "--out",
        str(out),
        "--encrypt-password-file",
        str(secret),
        "--with-code-word",
    )
    assert "AES-256" in printed
    plan = PdfReader(out / "notes.pdf")  # a neutral name: nothing of the centre or the case
    assert plan.decrypt("copper kettle 2026") and "blue umbrella" in plan.pages[0].extract_text()
    export(Role.CASEWORKER, "conference", "--meeting", held_on.isoformat(), "--out", str(out))
    assert "Efua Boateng" in _pdf_text(out / f"{held_on.isoformat()}-case-conference-pack.pdf")
    export(
        Role.LEGAL_ADVOCATE, "bundle", "--case", ref, "--out", str(out), "--sections", "hearings"
    )
    assert "Court 2" in _pdf_text(out / f"{ref}-court-bundle.pdf")
    export(Role.CLINICIAN, "medico-legal", "--case", examined_ref, "--out", str(out))
    (report,) = out.glob(f"{examined_ref}-medico-legal*.pdf")
    assert NAME in _pdf_text(report)

    month = Period.last_month(date.today())
    export(Role.MANAGER, "statistics", "--period", month.name, "--out", str(out))
    mapping = resources() / "dhis2" / "sample-mapping.json"
    printed = export(
        Role.MANAGER, "dhis2", "--period", month.name, "--mapping", str(mapping), "--out", str(out)
    )
    assert "idScheme=code" in printed
    assert (out / f"{month.name}-dhis2-data-value-set.json").is_file()
    workbook = out / "ir.xlsx"
    printed = export(
        Role.MANAGER,
        "incident-recorder",
        "--from",
        month.name,
        "--to",
        month.name,
        "--out",
        str(workbook),
    )
    assert "incidents" in printed
    load_workbook(workbook, read_only=True).close()
    # The trail on the server names each document issued, read back as CSV.
    code, trail, err = _as(Role.MANAGER, ["admin", "audit", "--server", url, "--format", "csv"])
    assert code == 0, err
    assert trail.count(",record.export,") >= 8, trail[-2000:]


# ----- accounts, settings, and what a server cannot do yet -----------------------------------


@pytest.mark.usefixtures("pgpass")
def test_accounts_and_settings_on_the_server(
    centre_on_server: CentreOnServer, tmp_path: Path
) -> None:
    url = workstation_url(centre_on_server)
    name = f"cw{secrets.token_hex(4)}"  # logins are the cluster's: a name no test shares
    code, out, err = _as(
        Role.ADMIN, ["admin", "add-user", "--server", url, "--user", name, "--role", "caseworker"]
    )
    assert code == 0, err
    found = OTP.search(out)
    assert found is not None, out
    once = found.group(1)
    code, out, err = _as(Role.ADMIN, ["admin", "users", "--server", url])
    assert code == 0 and name in out and "active (one-time pw)" in out, out + err
    # A second account of the same name is refused in words.
    code, _, err = _as(
        Role.ADMIN, ["admin", "add-user", "--server", url, "--user", name, "--role", "clinician"]
    )
    _one_line(code, err, "already taken")

    # She changes her one-time password on the server, then signs in with her own.
    chosen = "lantern harbour seven 2026"
    argv = ["admin", "passwd", "--server", url, "--as", name, "--password-stdin"]
    code, out, err = _main(argv, f"{once}\n{chosen}\n")
    assert code == 0 and "Password changed." in out, err
    argv = ["admin", "my-fingerprint", "--server", url, "--as", name, "--password-stdin"]
    code, out, err = _main(argv, f"{chosen}\n")
    assert code == 0 and "Your key fingerprint" in out, err
    code, _, err = _main(argv, f"{once}\n")
    _one_line(code, err, "not correct")

    centre_name = tmp_path / "centre-name"
    centre_name.write_text("Hope Centre\n", "utf-8")
    argv = ["admin", "settings", "--server", url, "--centre-name-file", str(centre_name)]
    code, out, err = _as(Role.ADMIN, [*argv, "--idle-lock-minutes", "7"])
    assert code == 0, err
    code, out, err = _as(Role.ADMIN, ["admin", "settings", "--server", url])
    assert code == 0 and "Hope Centre" in out and "idle lock minutes: 7" in out, out + err


@pytest.mark.usefixtures("pgpass")
def test_disable_enable_and_reset_on_the_server(centre_on_server: CentreOnServer) -> None:
    """The admin disables, re-enables and resets a colleague's account from the command line
    on a server; each says what replaces the vault key's rotation there (her database login)."""
    url = workstation_url(centre_on_server)
    name = f"cw{secrets.token_hex(4)}"  # logins are the cluster's: a name no test shares
    code, out, err = _as(
        Role.ADMIN, ["admin", "add-user", "--server", url, "--user", name, "--role", "caseworker"]
    )
    assert code == 0, err
    code, out, err = _as(Role.ADMIN, ["admin", "disable-user", "--server", url, "--user", name])
    assert code == 0, err
    assert "database login stopped" in out and "no vault key to replace" in out, out
    code, out, err = _as(Role.ADMIN, ["admin", "users", "--server", url])
    assert code == 0 and re.search(rf"{name}\s+caseworker\s+disabled", out), out + err
    code, out, err = _as(Role.ADMIN, ["admin", "enable-user", "--server", url, "--user", name])
    assert code == 0 and "signs in again" in out, err
    found = OTP.search(out)
    assert found is not None, out
    argv = ["admin", "my-fingerprint", "--server", url, "--as", name, "--password-stdin"]
    code, out, err = _main(argv, f"{found.group(1)}\n")
    assert code == 0 and "Your key fingerprint" in out, err
    reset = ["admin", "reset-password", "--server", url, "--user", name]
    code, out, err = _as(Role.ADMIN, reset)
    assert code == 0 and "no longer connects" in out, err
    again = OTP.search(out)
    assert again is not None, out
    code, _, err = _main(argv, f"{found.group(1)}\n")
    _one_line(code, err, "not correct")  # the one-time password before the reset
    code, out, err = _main(argv, f"{again.group(1)}\n")
    assert code == 0, err
    # A server has no recovery key: refused in words before anything is read.
    code, _, err = _main([*reset, "--recovery-key-stdin"], "")
    _one_line(code, err, "no recovery key")


REFUSED: list[tuple[list[str], str]] = [
    (["confirm-user", "--user", "someone"], "not written yet"),
    (["rotate-key"], "no key to change"),
    (["new-recovery-key"], "no recovery key"),
]


@pytest.mark.parametrize(("argv", "words"), REFUSED, ids=[a[0] for a, _ in REFUSED])
def test_what_a_server_cannot_do_yet_is_refused_in_words(
    centre_on_server: CentreOnServer, argv: list[str], words: str
) -> None:
    url = workstation_url(centre_on_server)
    command, *rest = argv
    acting = [] if "--as" in rest else ["--as", "admin", "--password-stdin"]
    # Nothing on standard input: the refusal comes before any password is read.
    code, _, err = _main(["admin", command, "--server", url, *rest, *acting], "")
    _one_line(code, err, words)
    assert "nothing was changed" in err


# ----- admin init --server --------------------------------------------------------------------


@pytest.fixture
def empty_database(pg_cluster: Any) -> Any:
    name = f"onestop_init_{secrets.token_hex(4)}"
    with psycopg.connect(pg_cluster.superuser_conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield name
    with psycopg.connect(pg_cluster.superuser_conninfo(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


def test_init_makes_a_new_centre_on_an_empty_database(
    pg_cluster: Any, empty_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = f"boss{secrets.token_hex(4)}"
    login = f"ws_{secrets.token_hex(4)}"
    password = "granite orchard lamp 4471"
    superuser = (
        f"postgresql://{postgres.SUPERUSER}@/{empty_database}"
        f"?host={pg_cluster.socket_dir}&port={pg_cluster.port}"
    )
    argv = ["admin", "init", "--server", superuser, "--user", admin, "--password-stdin"]
    code, out, err = _main([*argv, "--workstation-login", login], f"{password}\n")
    assert code == 0, err
    assert "no recovery key" in out and "RECOVERY KEY" not in out
    shown = re.search(r"shown only this once:\n\n    (\S+)\n", out)
    assert shown is not None, out
    assert f"*:*:*:{login}:{shown.group(1)}" in out

    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"localhost:*:*:{login}:{shown.group(1)}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    url = (
        f"postgresql://{login}@localhost:{pg_cluster.port}/{empty_database}"
        f"?sslrootcert={pg_cluster.ca_file}"
    )

    def as_admin(*more: str) -> tuple[int, str, str]:
        return _main([*more, "--as", admin, "--password-stdin"], f"{password}\n")

    code, out, err = as_admin("admin", "users", "--server", url)
    assert code == 0 and admin in out, err
    colleague = f"doc{secrets.token_hex(4)}"
    code, out, err = as_admin(
        "admin", "add-user", "--server", url, "--user", colleague, "--role", "clinician"
    )
    assert code == 0 and OTP.search(out), err
    code, out, err = as_admin("admin", "verify", "--server", url)
    assert code == 0, out + err
    assert "ok     audit trail:" in out and "ok     key slots: 2 key slot(s)" in out

    # A database that already holds a centre is not initialised again.
    code, _, err = _main(argv, f"{password}\n")
    _one_line(code, err, "already holds a centre's records")
    # Nor by an account that may not create the schema: here, the workstations' login.
    with psycopg.connect(pg_cluster.superuser_conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {empty_database}_b")
    try:
        staff = f"postgresql://{login}@localhost:{pg_cluster.port}/{empty_database}_b"
        code, _, err = _main(
            [
                "admin",
                "init",
                "--server",
                staff,
                "--ca-file",
                str(pg_cluster.ca_file),
                "--user",
                admin,
                "--password-stdin",
            ],
            f"{password}\n",
        )
        _one_line(code, err, "may not create OneStop's schema")
        assert "nothing was created" in err
    finally:
        with psycopg.connect(pg_cluster.superuser_conninfo(), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {empty_database}_b WITH (FORCE)")
