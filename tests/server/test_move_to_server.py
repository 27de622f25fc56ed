"""``onestop-cli admin move-to-server``: a seeded vault moved onto an empty server database,
verified, then used from a workstation; the local vault kept; a second move refused; clear
words (no traceback) for a wrong password, an unreachable server and a TLS failure.

The server account is the cluster's bootstrap superuser over its Unix socket (on the server
itself, as the centre's IT person would run it); the workstations connect over TLS.
"""

from __future__ import annotations

import io
import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from faker import Faker
from psycopg import sql

from onestop import cli
from onestop.domain.counselling import SessionType
from onestop.domain.roles import Role, Section
from onestop.services import backend, serverauth
from onestop.services.attachments import AttachmentService
from onestop.services.audit import AuditService
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.counselling import CounsellingService, SessionDetails
from onestop.services.search import CaseSearch
from tests.conftest import SampleVault, password_for, username_for
from tests.olderattachments import older_vault
from tests.oldertext import older_text_vault, raw
from tests.server.conftest import (
    SIGNIN_USER,
    TEMPLATE,
    Centre,
    next_number,
    postgres,
    superuser_url,
)


def _run(argv: list[str], stdin: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(argv, io.StringIO(stdin), out, err)
    return code, out.getvalue(), err.getvalue()


def _move(vault: SampleVault, url: str, *extra: str, password: str | None = None) -> Any:
    return _run(
        [
            "admin", "move-to-server", "--vault", str(vault.path), "--as",
            username_for(Role.ADMIN), "--password-stdin", "--server", url, *extra,
        ],
        (password if password is not None else password_for(Role.ADMIN)) + "\n",
    )  # fmt: skip


def _blob_files(vault: SampleVault) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in (vault.path / "blobs").rglob("*") if p.is_file()}


def _seed(vault: SampleVault, name: str, note: str) -> tuple[str, bytes]:
    with vault.sign_in(Role.CASEWORKER) as cw:
        reference = CaseService(cw).open_case(SurvivorDetails(name=name)).reference
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        when = datetime.now(UTC) - timedelta(days=1)
        CounsellingService(counsellor).record(
            reference, SessionDetails(when, SessionType.INDIVIDUAL, note)
        )
    data = b"%PDF-1.7 " + Faker().sentence().encode()
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        AttachmentService(advocate).add(reference, Section.LEGAL, data, "application/pdf")
    return reference, data


def test_a_vault_moves_verified_and_works_from_a_workstation(
    vault: SampleVault,
    centre_template: Centre,
    pg_cluster: Any,
    pg_db: str,
    hostile_text: Any,
    tmp_path: Path,
) -> None:
    fake = Faker()
    name = f"{fake.first_name()} {fake.last_name()}"
    note = hostile_text["notes"][0]
    reference, data = _seed(vault, name, note)
    files_before = _blob_files(vault)
    with vault.sign_in(Role.CASEWORKER) as cw:
        cases_before = len(CaseSearch(cw).find(name).cases)
    url = superuser_url(pg_cluster, pg_db)

    code, out, err = _move(vault, url)
    assert (code, err) == (0, ""), err
    assert "Moved and verified" in out and "attachments" in out
    assert "1 attachments" in out
    assert "was not changed" in out
    assert name not in out and name.split()[-1] not in out and note not in out
    assert username_for(Role.CASEWORKER) in out  # she enrols her own login
    # The planner has statistics from the first query on: the move ran ANALYZE.
    with psycopg.connect(pg_cluster.superuser_conninfo(pg_db)) as su:
        analyzed = su.execute(
            "SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL"
        ).fetchall()
    assert {"cases", "audit_log", "incidents"} <= {r[0] for r in analyzed}, analyzed

    # Each member of staff enrols her own login, with her own password.
    for role in (Role.CASEWORKER, Role.COUNSELLOR):
        code, out, err = _run(
            ["admin", "enrol-login", "--as", username_for(role), "--password-stdin",
             "--server", url],
            password_for(role) + "\n",
        )  # fmt: skip
        assert (code, err) == (0, ""), err
    code, _, err = _run(
        ["admin", "enrol-login", "--as", username_for(Role.CLINICIAN), "--password-stdin",
         "--server", url],
        "not her password\n",
    )  # fmt: skip
    assert code == 1 and "no login enrolled" in err and "Traceback" not in err

    address = backend.ServerAddress("localhost", pg_cluster.port, pg_db, Path(pg_cluster.ca_file))
    signin_url = address.url(SIGNIN_USER, centre_template.signin_password)

    def on_server(role: Role) -> Any:
        return serverauth.sign_in_server(
            address, signin_url, tmp_path / "workstation", username_for(role), password_for(role)
        )

    with on_server(Role.CASEWORKER) as cw:
        found = CaseSearch(cw).find(name.split()[-1][1:].lower())
        assert reference in [c.reference for c in found.cases]
    with on_server(Role.COUNSELLOR) as counsellor:
        assert [n.details.notes for n in CounsellingService(counsellor).list(reference)] == [note]
    with on_server(Role.LEGAL_ADVOCATE) as advocate:
        (info,) = AttachmentService(advocate).list(reference)
        assert AttachmentService(advocate).open(reference, info.attachment_id) == data

    # The local vault is kept as it was: the same records and attachment files, and its trail
    # records the move once, with counts only.
    assert _blob_files(vault) == files_before
    with vault.sign_in(Role.CASEWORKER) as cw:
        assert len(CaseSearch(cw).find(name).cases) == cases_before == 1
    with vault.sign_in(Role.ADMIN) as admin:
        moves = [e for e in AuditService(admin).entries() if e.action == "vault.moved_to_server"]
    assert len(moves) == 1
    assert "attachments=1" in moves[0].detail and "rows=" in moves[0].detail

    # A second move into the same database is refused: it is no longer empty.
    code, out, err = _move(vault, url)
    assert code == 1 and "not empty" in err and "nothing was moved" in err
    assert "Traceback" not in err


def test_refusals_are_clear_and_leave_the_server_empty(
    vault: SampleVault, pg_cluster: Any, pg_db: str, tmp_path: Path
) -> None:
    url = superuser_url(pg_cluster, pg_db)
    code, _, err = _move(vault, url, password="not the password")
    assert code == 1 and "Traceback" not in err and err.startswith("onestop: ")
    code, _, err = _run(
        ["admin", "move-to-server", "--vault", str(vault.path), "--as",
         username_for(Role.MANAGER), "--password-stdin", "--server", url],
        password_for(Role.MANAGER) + "\n",
    )  # fmt: skip
    assert code == 1 and "Traceback" not in err and err.startswith("onestop: ")

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        free = s.getsockname()[1]
    ca = Path(pg_cluster.ca_file)
    code, _, err = _move(vault, f"postgresql://postgres@127.0.0.1:{free}/x", "--ca-file", str(ca))
    assert code == 1 and "cannot be reached" in err and "Traceback" not in err

    other_ca, _, _ = postgres.make_certificates(tmp_path / "other-tls")
    tcp = f"postgresql://postgres@localhost:{pg_cluster.port}/{pg_db}"
    code, _, err = _move(vault, tcp, "--ca-file", str(other_ca))
    assert code == 1 and "TLS certificate" in err and "Traceback" not in err

    code, _, err = _move(vault, tcp)  # over TCP without the centre's CA
    assert code == 2 and "--ca-file" in err
    code, _, err = _move(vault, f"postgresql://postgres:secret@localhost/{pg_db}")
    assert code == 2 and "no password" in err

    with psycopg.connect(pg_cluster.superuser_conninfo(pg_db)) as conn:
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM key_slots").fetchone() == (0,)


def test_text_not_sealed_yet_is_never_moved_in_clear(
    tmp_path: Path, monkeypatch: Any, pg_cluster: Any, demo_db: str
) -> None:
    """A vault upgraded from before section keys (the 0052 demo vault, its names put in clear
    as a release before section keys kept them: tests/oldertext.py) keeps its older text in
    clear until a holder of each section signs in. Moved before that, the server would hold
    her name in clear: the move is refused, naming the sections, and nothing reaches the
    server. (In a vault whose holders have signed in since, the same rows are a forgery:
    tests/unit/test_redteam_older_text.py.)"""
    canary = f"Unsealed {Faker().last_name()} {Faker().first_name()}"
    older = older_text_vault(tmp_path, monkeypatch)
    with raw(older) as conn:  # as an older vault kept a case: in clear, no key version
        conn.execute(
            "UPDATE cases SET name = ?, alias = '', gender = '', languages = '[]', "
            "disability = '', children_notes = '', safe_phone = '', safe_code_word = '', "
            "safe_notes = '', closed_reason = '', key_version = NULL",
            (canary,),
        )
    admin, admin_password = older.credentials(Role.ADMIN)
    with older.sign_in(Role.ADMIN):
        pass  # upgraded by the admin, who holds no section key: nothing sealed
    url = superuser_url(pg_cluster, demo_db)

    def move() -> Any:
        return _run(
            [
                "admin", "move-to-server", "--vault", str(older.path), "--as", admin,
                "--password-stdin", "--server", url,
            ],
            admin_password + "\n",
        )  # fmt: skip

    code, _, err = move()
    assert code == 1 and "Traceback" not in err, err
    assert "not sealed" in err and Section.IDENTITY.value in err and "Nothing was moved" in err
    assert canary not in err
    with psycopg.connect(pg_cluster.superuser_conninfo(demo_db)) as server:
        assert server.execute("SELECT count(*) FROM cases").fetchone() == (0,)
        assert server.execute("SELECT count(*) FROM audit_log").fetchone() == (0,)

    with older.sign_in(Role.CASEWORKER):  # a holder's sign-in seals it
        pass
    code, _, err = move()
    assert code == 0, err
    with psycopg.connect(pg_cluster.superuser_conninfo(demo_db)) as server:
        rows = server.execute("SELECT name::text FROM cases").fetchall()
    assert rows and all(canary not in str(r) for r in rows)


@pytest.fixture
def demo_db(pg_cluster: Any, pg_template: str) -> Iterator[str]:
    """A database for the 0052 demo vault's centre. Its accounts' logins (``staff_demo.*``)
    are cluster-wide and the seed-demo test makes the same names, so this database is dropped
    here, synchronously, and then those logins, before the next test."""
    name = f"onestop_test_{next_number()}"
    info = pg_cluster.superuser_conninfo()
    with psycopg.connect(info, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    yield name
    with psycopg.connect(info, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
        logins = conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE 'staff\\_demo.%%'"
        ).fetchall()
        for (login,) in logins:
            conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(login)))


def test_an_attachment_not_sealed_yet_is_never_moved(
    tmp_path: Path, monkeypatch: Any, pg_cluster: Any, demo_db: str
) -> None:
    """An attachment stored before migration 0063 (its content under the vault key alone: the
    0052 demo vault, tests/olderattachments.py) keeps the move refused until a holder of its
    section signs in and seals it; then it moves, sealed under its section's key."""
    data = b"%PDF-1.7 " + Faker().sentence().encode()
    older = older_vault(tmp_path, monkeypatch, [(Section.LEGAL, data, None)])
    (original_hash,) = older.digests
    admin, admin_password = older.credentials(Role.ADMIN)
    with older.sign_in(Role.ADMIN):
        pass  # upgraded by the admin, who holds no section key: nothing sealed
    url = superuser_url(pg_cluster, demo_db)

    def move() -> Any:
        return _run(
            [
                "admin", "move-to-server", "--vault", str(older.path), "--as", admin,
                "--password-stdin", "--server", url,
            ],
            admin_password + "\n",
        )  # fmt: skip

    code, _, err = move()
    assert code == 1 and "Traceback" not in err, err
    assert "not sealed" in err and Section.LEGAL.value in err and "Nothing was moved" in err
    with psycopg.connect(pg_cluster.superuser_conninfo(demo_db)) as server:
        assert server.execute("SELECT count(*) FROM attachments").fetchone() == (0,)
    for role in (Role.LEGAL_ADVOCATE, Role.CASEWORKER, Role.CLINICIAN, Role.COUNSELLOR):
        with older.sign_in(role):  # a holder's sign-in seals her sections' older text
            pass
    code, _, err = move()
    assert code == 0, err
    with psycopg.connect(pg_cluster.superuser_conninfo(demo_db)) as server:
        stored = server.execute(
            "SELECT sha256, content_sha256, blob_key_version FROM attachments"
        ).fetchall()
    ((sealed, original, version),) = stored
    assert original == original_hash and version is not None
    assert sealed != original_hash  # the hash of the sealed form, not the original's
