"""``admin upgrade --server``: a centre's database made by an earlier release, brought to this one.

The earlier release is the real one: ``OLDER`` (main before the counsellor's conference
referral and the drafts' author check, at migration 0047) is taken out of git into the test's
folder and its own ``onestop-cli admin init --server`` and ``admin seed-demo --server`` make
and fill the centre. Then today's ``admin upgrade`` runs, twice (the second says it is up to
date), and:

- the catalogue (db/serverupgrade.py ``catalogue``: pg_proc with ``prosecdef`` and ACLs,
  pg_trigger, pg_policy, tables, columns, constraints, indexes, table and column privileges)
  equals that of a database ``create_schema`` made at head;
- ``admin verify --server`` passes (the chain still verifies: the upgrade writes no entry);
- what came since works through the services as the real roles: the demo counsellor's
  high-risk assessment refers the case to the conference (``onestop_refer_to_conference``),
  and a second caseworker's own login cannot read the demo caseworker's draft.

Without git history (a source archive) the test is skipped, saying so; CI runs on a clone.
"""

from __future__ import annotations

import io
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import create_engine

from onestop import cli
from onestop.db import server, serverupgrade
from onestop.db.migrate import head_revision
from onestop.domain.risk import Answer
from onestop.domain.roles import Role, Section
from onestop.services import backend, serverauth, serverbackup
from onestop.services.drafts import DraftService
from onestop.services.risk import RiskService
from onestop.vault.serverarchive import ServerArchive, write_server_archive
from tests.server.conftest import REPO, CentreOnServer, StaffLogin, postgres, superuser_url

# Main at "Merge server backup, restore and seed-demo (25)": its schema is at 0047, before the
# minutes' tables (0048), the index snapshot (0051), the partial indexes (0054), the captions
# (0057), the meeting's time (0058), and before the purge's, waiting list's, letters', dose
# counts', attachment section's and conference referral's functions and the drafts' author check.
OLDER = "c261537"
OLDER_SCHEMA = "0047"
ADMIN, PASSWORD = f"boss{secrets.token_hex(3)}", "granite orchard lamp 4471"


def _main(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(argv, io.StringIO(stdin), out, err)
    return code, out.getvalue(), err.getvalue()


def _socket_url(cluster: Any, dbname: str) -> str:
    return (
        f"postgresql://{postgres.SUPERUSER}@/{dbname}?host={cluster.socket_dir}&port={cluster.port}"
    )


def _older_release(into: Path, commit: str = OLDER) -> Path:
    """The earlier release's source, out of git, in ``into``; skipped without history."""
    git = shutil.which("git")
    if git is None:
        pytest.skip("no git here to take the earlier release from its history")
    try:
        archive = subprocess.run(
            [git, "-C", str(REPO), "archive", "--format=tar", commit, "src", "resources"],
            capture_output=True,
            check=True,
            timeout=60,
        ).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"no git history with {commit} to take the earlier release from ({exc})")
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def _run_older(source: Path, home: Path, argv: list[str], stdin: str) -> str:
    """The earlier release's command line, in a process of its own; its standard output."""
    env = {**os.environ, "PYTHONPATH": str(source), "ONESTOP_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-m", "onestop.cli", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture
def older_centre(pg_cluster: Any, tmp_path: Path) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """A centre the earlier release made and seeded: its database, the workstations' login
    ("name:password") and the demo's accounts and cases; dropped afterwards with its logins."""
    source = _older_release(tmp_path / "older")
    name = f"onestop_older_{secrets.token_hex(4)}"
    login = f"ws_{secrets.token_hex(4)}"
    info = pg_cluster.superuser_conninfo()
    with psycopg.connect(info, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = _socket_url(pg_cluster, name)
    try:
        home = tmp_path / "older-home"
        argv = ["admin", "init", "--server", url, "--user", ADMIN, "--password-stdin"]
        out = _run_older(source, home, [*argv, "--workstation-login", login], f"{PASSWORD}\n")
        shown = re.search(r"shown only this once:\n\n    (\S+)\n", out)
        assert shown is not None, out
        argv = ["admin", "seed-demo", "--server", url, "--survivors", "2", "--json"]
        seeded = _run_older(source, home, [*argv, "--as", ADMIN, "--password-stdin"], PASSWORD)
        yield name, f"{login}:{shown.group(1)}", json.loads(seeded)
    finally:
        with psycopg.connect(info, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            logins = [
                r[0]
                for r in conn.execute(
                    "SELECT rolname FROM pg_roles WHERE rolname LIKE 'staff\\_demo.%%' "
                    "OR rolname LIKE 'staff\\_second%%' OR rolname = %s OR rolname = %s",
                    (server.login_role(ADMIN), login),
                )
            ]
            for role in logins:
                conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


def _catalogue(cluster: Any, dbname: str) -> serverupgrade.Catalogue:
    engine = create_engine(superuser_url(cluster, dbname))
    try:
        with engine.connect() as conn:
            return serverupgrade.catalogue(conn)
    finally:
        engine.dispose()


def _mismatch(a: serverupgrade.Catalogue, b: serverupgrade.Catalogue) -> list[str]:
    return [
        f"{d.kind}: +{d.added} ~{d.changed} -{d.removed}" for d in serverupgrade.differences(a, b)
    ]


@pytest.mark.timeout(600)
def test_a_centre_an_earlier_release_made_is_upgraded(
    older_centre: tuple[str, str, dict[str, Any]],
    pg_cluster: Any,
    pg_template: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dbname, workstation, demo = older_centre
    url = _socket_url(pg_cluster, dbname)
    before = _catalogue(pg_cluster, dbname)
    assert before["schema version"] == {"alembic_version": OLDER_SCHEMA}
    assert not any(f.startswith("onestop_refer_to_conference") for f in before["function"])

    # Before the upgrade, this release's workstation is refused in words, writing nothing.
    login, signin_password = workstation.split(":", 1)
    accounts = {a["role"]: (a["username"], a["password"]) for a in demo["accounts"]}
    address = backend.ServerAddress("localhost", pg_cluster.port, dbname, Path(pg_cluster.ca_file))
    signin_url = address.url(login, signin_password)

    def sign_in(role: Role, folder: str) -> Any:
        username, password = accounts[role.value]
        return serverauth.sign_in_server(address, signin_url, tmp_path / folder, username, password)

    def entries() -> Any:
        with psycopg.connect(pg_cluster.superuser_conninfo(dbname), autocommit=True) as su:
            return (
                su.execute("SELECT count(*), max(seq) FROM audit_log").fetchone(),
                su.execute("SELECT coalesce(sum(failures), 0) FROM sign_in_counters").fetchone(),
            )

    written = entries()
    with pytest.raises(serverauth.ServerSchemaMismatch) as refused:
        sign_in(Role.CASEWORKER, "ws-early")
    assert str(refused.value) == serverauth.SERVER_NOT_UPGRADED
    assert entries() == written

    code, out, err = _main(["admin", "upgrade", "--server", url])
    assert code == cli.EXIT_OK, err
    assert f"from schema {OLDER_SCHEMA} to {head_revision()}, in one transaction" in out
    assert "onestop_refer_to_conference(integer,text[],integer,date)" in out, out
    assert "conference_attendance" in out and "attachments.taken_by" in out, out
    assert "dose counts rebuilt" in out, out
    assert "Traceback" not in out + err
    upgraded = _catalogue(pg_cluster, dbname)
    assert _mismatch(_catalogue(pg_cluster, pg_template), upgraded) == []

    code, out, err = _main(["admin", "upgrade", "--server", url])
    assert code == cli.EXIT_OK, err
    assert out == (
        f"The centre's database is already up to date (schema {head_revision()}): "
        "nothing was changed.\n"
    )
    assert _mismatch(upgraded, _catalogue(pg_cluster, dbname)) == []

    # The chain still verifies, and the schema's version is this release's.
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"localhost:*:{dbname}:{login}:{signin_password}\n")
    pgpass.chmod(0o600)
    ws_url = (
        f"postgresql://{login}@localhost:{pg_cluster.port}/{dbname}"
        f"?sslrootcert={pg_cluster.ca_file}"
    )
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    admin, admin_password = accounts[Role.ADMIN.value]
    argv = ["admin", "verify", "--server", ws_url, "--as", admin, "--password-stdin"]
    code, out, err = _main(argv, f"{admin_password}\n")
    assert code == cli.EXIT_OK, out + err
    assert "FAILED" not in out and "schema: The server's schema is at" in out, out

    # The demo counsellor's high-risk assessment refers the case to the conference.
    reference = demo["cases"][0]
    with sign_in(Role.COUNSELLOR, "ws-counsellor") as counsellor:
        risk = RiskService(counsellor)
        instrument = risk.default_instrument()
        answers = dict.fromkeys(instrument.question_ids(), Answer.YES)
        assessed = risk.assess(reference, instrument, answers)
    assert assessed.referred_for, assessed
    with psycopg.connect(pg_cluster.superuser_conninfo(dbname), autocommit=True) as su:
        referred = su.execute(
            "SELECT r.referred_by FROM conference_referrals r JOIN cases c ON c.id = r.case_id "
            "WHERE c.reference = %s AND r.heard_at IS NULL",
            (reference,),
        ).fetchall()
        assert referred == [(accounts[Role.COUNSELLOR.value][0],)]

        # The demo caseworker's draft is hers alone: a second caseworker's login reads none.
        with sign_in(Role.CASEWORKER, "ws-caseworker") as caseworker:
            DraftService(caseworker).keep("intake", Section.IDENTITY, "", {"note": "unsent"})
        second, second_password = f"second{secrets.token_hex(3)}", secrets.token_urlsafe(24)
        su.execute(
            "SELECT onestop_add_staff_login(%s, %s, %s)",
            (second, Role.CASEWORKER.value, server.scram_verifier(second_password)),
        )
        assert su.execute("SELECT count(*) FROM drafts").fetchone() == (1,)
    colleague = pg_cluster.tls_conninfo(server.login_role(second), second_password, dbname)
    with psycopg.connect(colleague, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM drafts").fetchone() == (0,)
        conn.execute(f"SET ROLE {server.group_role(Role.CASEWORKER)}")
        assert conn.execute("SELECT count(*) FROM drafts").fetchone() == (0,)
        assert conn.execute("DELETE FROM drafts WHERE true").rowcount == 0


@pytest.fixture
def new_database(pg_cluster: Any, pg_dropper: Any) -> Iterator[str]:
    """A database ``create_schema`` made (not a clone: a clone does not copy the database's
    own privileges, which ``create_schema`` sets)."""
    name = f"onestop_new_{secrets.token_hex(4)}"
    with psycopg.connect(pg_cluster.superuser_conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    engine = create_engine(superuser_url(pg_cluster, name))
    with engine.begin() as conn:
        server.create_schema(conn)
    engine.dispose()
    yield name
    pg_dropper.drop(name)


def test_a_new_centre_is_already_up_to_date(pg_cluster: Any, new_database: str) -> None:
    """``create_schema`` and the upgrade install the same objects: on a database made at head
    the upgrade finds nothing to do, and changes nothing."""
    before = _catalogue(pg_cluster, new_database)
    url = _socket_url(pg_cluster, new_database)
    code, out, err = _main(["admin", "upgrade", "--server", url])
    assert code == cli.EXIT_OK, err
    assert "already up to date" in out and "nothing was changed" in out
    assert _mismatch(before, _catalogue(pg_cluster, new_database)) == []


def test_what_a_server_lost_or_kept_is_put_right(
    pg_cluster: Any, new_database: str, pg_template: str
) -> None:
    """A policy gone, a grant too many, a function of an older signature, a trigger owned by the
    superuser (an installer run by hand): the upgrade names each and leaves the catalogue a new
    database's."""
    pg_db = new_database
    superuser = psycopg.connect(pg_cluster.superuser_conninfo(pg_db), autocommit=True)
    group = server.group_role(Role.CASEWORKER)
    superuser.execute("DROP POLICY drafts_read_caseworker ON drafts")
    superuser.execute(f"GRANT SELECT ON counselling_sessions TO {group}")
    superuser.execute(
        "CREATE FUNCTION onestop_wait_for_a_bed(p_referral integer) RETURNS boolean "
        "LANGUAGE sql AS 'SELECT true'"
    )
    superuser.execute("DROP TRIGGER cases_notify ON cases")
    superuser.execute(
        "CREATE TRIGGER cases_notify AFTER INSERT ON cases "
        "FOR EACH ROW EXECUTE FUNCTION onestop_notify_change()"
    )
    assert _mismatch(_catalogue(pg_cluster, pg_template), _catalogue(pg_cluster, pg_db)) != []
    code, out, err = _main(["admin", "upgrade", "--server", _socket_url(pg_cluster, pg_db)])
    assert code == cli.EXIT_OK, err
    assert "row policies added (1): drafts.drafts_read_caseworker" in out, out
    assert "privileges on replaced (1): counselling_sessions\n" in out, out
    assert "functions removed (1): onestop_wait_for_a_bed(integer)" in out, out
    assert "triggers replaced (1): cases.cases_notify" in out, out
    assert _mismatch(_catalogue(pg_cluster, pg_template), _catalogue(pg_cluster, pg_db)) == []
    superuser.close()


def _refused(argv: list[str]) -> str:
    code, out, err = _main(argv)
    assert code == cli.EXIT_FAILED and out == "", out
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert err.rstrip().endswith("nothing was changed"), err
    return err


def test_what_is_refused_is_one_line_and_changes_nothing(
    pg_cluster: Any,
    pg_db: str,
    superuser: psycopg.Connection[Any],
    staff_login: StaffLogin,
    signin_login: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = _catalogue(pg_cluster, pg_db)
    upgrade = ["admin", "upgrade", "--server"]
    nowhere = f"postgresql://{postgres.SUPERUSER}@/{pg_db}?host={tmp_path}&port=1"
    assert "cannot be reached" in _refused([*upgrade, nowhere])

    # A member of staff's own login, and the workstations' pre-sign-in login, over TLS.
    pgpass = tmp_path / "pgpass"
    lines = []
    for role in (Role.ADMIN, Role.MANAGER):
        info = dict(p.split("=", 1) for p in staff_login(role).split())
        lines.append(f"localhost:*:{pg_db}:{info['user']}:{info['password']}")
    signin = dict(p.split("=", 1) for p in signin_login.split())
    lines.append(f"localhost:*:{pg_db}:{signin['user']}:{signin['password']}")
    pgpass.write_text("\n".join(lines) + "\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    for line, said in zip(lines, ("staff", "staff", "pre-sign-in"), strict=True):
        user = line.split(":")[3]
        url = f"postgresql://{user}@localhost:{pg_cluster.port}/{pg_db}"
        argv = [*upgrade, url, "--ca-file", str(pg_cluster.ca_file)]
        assert said in _refused(argv)

    # Not a OneStop database; a OneStop database a newer release made.
    empty = f"onestop_empty_{secrets.token_hex(4)}"
    with psycopg.connect(pg_cluster.superuser_conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {empty}")
    try:
        assert "not a OneStop centre's" in _refused([*upgrade, _socket_url(pg_cluster, empty)])
    finally:
        with psycopg.connect(pg_cluster.superuser_conninfo(), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {empty}")
    superuser.execute("UPDATE alembic_version SET version_num = '9999'")
    superuser.execute("DROP POLICY drafts_read_caseworker ON drafts")  # would be put back
    err = _refused([*upgrade, _socket_url(pg_cluster, pg_db)])
    assert "(9999) was made by a newer OneStop" in err
    after = _catalogue(pg_cluster, pg_db)
    assert after["schema version"] == {"alembic_version": "9999"}
    assert "drafts.drafts_read_caseworker" not in after["policy"]
    assert set(after["function"]) == set(before["function"])


def test_a_workstation_older_than_its_server_is_refused_in_words(
    centre_on_server: CentreOnServer,
) -> None:
    """A server a later release upgraded: this workstation's OneStop does not know its schema,
    and says so before it reads or writes anything (the server is the test's own clone)."""
    with centre_on_server.superuser() as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_a_later_release'")
        written = conn.execute("SELECT count(*) FROM audit_log").fetchone()
    with pytest.raises(serverauth.ServerSchemaMismatch) as refused:
        centre_on_server.sign_in(Role.CASEWORKER)
    assert str(refused.value) == serverauth.SERVER_NEWER
    with centre_on_server.superuser() as conn:
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone() == written
        assert (
            conn.execute("SELECT coalesce(sum(failures), 0) FROM sign_in_counters").fetchone()[0]
            == 0
        )


# A centre made by main at 81a87ec (schema 0045, before grants were signed), through that
# release's own code as its `make demo-server` made one: a vault seeded, then moved.
BEFORE_SIGNED_GRANTS = "81a87ec"
_MOVED_AT_0045 = """
import sys
from pathlib import Path
from sqlalchemy import create_engine
from onestop.cli import DEMO_ADMIN, DEMO_PASSWORD, DEMO_SEED
from onestop.db import server
from onestop.demo import DemoSeeder
from onestop.services import servermove
from onestop.services.auth import create_vault, sign_in
engine = create_engine(sys.argv[1])
with engine.begin() as conn:
    server.create_schema(conn)
vault = Path(sys.argv[2])
create_vault(vault, DEMO_ADMIN, DEMO_PASSWORD, display_name="Demo administrator")
with sign_in(vault, DEMO_ADMIN, DEMO_PASSWORD) as admin:
    DemoSeeder(admin).seed(1, seed=DEMO_SEED)
with sign_in(vault, DEMO_ADMIN, DEMO_PASSWORD) as admin, engine.begin() as conn:
    servermove.move_to_server(admin, DEMO_PASSWORD, conn)
"""


@pytest.mark.timeout(600)
def test_a_centre_from_before_signed_grants_is_refused_in_words(
    pg_cluster: Any, pg_dropper: Any, tmp_path: Path
) -> None:
    """Upgraded, it would sign its staff in holding no key (tried: every grant unsigned, each
    refused at sign-in, the counsellor and the caseworker reading nothing, without a word).
    The upgrade refuses it in one line instead, and changes nothing."""
    source = _older_release(tmp_path / "older", BEFORE_SIGNED_GRANTS)
    name = f"onestop_unsigned_{secrets.token_hex(4)}"
    with psycopg.connect(pg_cluster.superuser_conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    try:
        url = _socket_url(pg_cluster, name)
        env = {**os.environ, "PYTHONPATH": str(source), "ONESTOP_HOME": str(tmp_path / "home")}
        made = subprocess.run(
            [
                sys.executable,
                "-c",
                _MOVED_AT_0045,
                url.replace("postgresql:", "postgresql+psycopg:"),
                str(tmp_path / "vault"),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert made.returncode == 0, made.stderr[-2000:]
        before = _catalogue(pg_cluster, name)
        assert before["schema version"] == {"alembic_version": "0045"}
        code, out, err = _main(["admin", "upgrade", "--server", url])
        assert code == cli.EXIT_FAILED and out == "", out
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
        assert "older than signed key grants (0046)" in err, err
        assert "every member of staff would hold no key" in err, err
        assert err.rstrip().endswith("nothing was changed"), err
        assert _mismatch(before, _catalogue(pg_cluster, name)) == []
    finally:
        pg_dropper.drop(name)


def _check_values(definition: str) -> tuple[str, list[str]]:
    """A ``CHECK (column = ANY (ARRAY[...]))`` as its column and its values, in order."""
    found = re.match(r"c CHECK \(\(\((\w+)\)::text = ANY", definition)
    assert found is not None, definition
    return found.group(1), re.findall(r"'([^']*)'", definition)


@pytest.mark.timeout(600)
def test_an_earlier_releases_backup_is_restored_then_upgraded(
    older_centre: tuple[str, str, dict[str, Any]],
    pg_cluster: Any,
    pg_template: str,
    pg_dropper: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The earlier release's own ``admin backup --server``, restored by this release into a
    new database: the restore says it is an earlier release's and what comes next, the
    upgrade brings it to this release's catalogue, and then ``verify`` passes. An archive a
    newer release made is refused before anything changes."""
    dbname, workstation, _demo = older_centre
    archive = tmp_path / "earlier.backup"
    backup = ["admin", "backup", "--server", _socket_url(pg_cluster, dbname)]
    backup += ["--to", str(archive), "--as", ADMIN, "--password-stdin"]
    _run_older(tmp_path / "older" / "src", tmp_path / "older-home", backup, f"{PASSWORD}\n")
    restored = f"onestop_restored_{secrets.token_hex(4)}"
    with psycopg.connect(pg_cluster.superuser_conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {restored}")
    try:
        url = _socket_url(pg_cluster, restored)
        restore = ["admin", "restore", "--server", url, "--from", str(archive)]
        code, out, err = _main([*restore, "--as", ADMIN, "--password-stdin"], f"{PASSWORD}\n")
        assert code == cli.EXIT_OK, out + err
        assert "ok     audit trail" in out and "ok     key slots" in out, out
        assert f"FAILED schema: The server's schema is at version {OLDER_SCHEMA}, an earlier" in out
        assert f"earlier version of OneStop (schema {OLDER_SCHEMA}; this version's is" in out
        assert "onestop-cli admin upgrade --server URL" in out and "Traceback" not in out + err

        code, out, err = _main(["admin", "upgrade", "--server", url])
        assert code == cli.EXIT_OK, err
        assert f"from schema {OLDER_SCHEMA} to {head_revision()}" in out, out
        # pg_restore writes a CHECK's list back in another, equal spelling: compared by
        # column and values; everything else exactly.
        new, upgraded = _catalogue(pg_cluster, pg_template), _catalogue(pg_cluster, restored)
        for name in [n for n, d in new["constraint"].items() if d != upgraded["constraint"][n]]:
            assert _check_values(new["constraint"][name]) == _check_values(
                upgraded["constraint"][name]
            ), name
            upgraded["constraint"][name] = new["constraint"][name]
        assert _mismatch(new, upgraded) == []

        login, signin_password = workstation.split(":", 1)
        pgpass = tmp_path / "pgpass"
        pgpass.write_text(f"localhost:*:{restored}:{login}:{signin_password}\n")
        pgpass.chmod(0o600)
        monkeypatch.setenv("PGPASSFILE", str(pgpass))
        ws_url = (
            f"postgresql://{login}@localhost:{pg_cluster.port}/{restored}"
            f"?sslrootcert={pg_cluster.ca_file}"
        )
        verify = ["admin", "verify", "--server", ws_url, "--as", ADMIN, "--password-stdin"]
        code, out, err = _main(verify, f"{PASSWORD}\n")
        assert code == cli.EXIT_OK, out + err
        assert "FAILED" not in out, out

        # The same archive as a newer release would write it (its schema unknown here).
        opened = ServerArchive.open(archive)
        key = serverbackup._archive_key(opened, ADMIN, PASSWORD)
        newer = tmp_path / "newer.backup"
        write_server_archive(
            newer,
            key,
            io.BytesIO(b"".join(opened.dump_chunks(key))),
            vault_id=str(opened.manifest["vault_id"]),
            schema="9999_a_later_release",
            head=opened.manifest.get("audit_head"),
            key_slots=opened.key_slots,
        )
        before = _catalogue(pg_cluster, restored)
        restore = ["admin", "restore", "--server", url, "--from", str(newer), "--yes"]
        code, out, err = _main([*restore, "--as", ADMIN, "--password-stdin"], f"{PASSWORD}\n")
        assert code == cli.EXIT_FAILED, out + err
        assert "made by a newer version of OneStop (schema 9999_a_later_release)" in err, err
        assert err.rstrip().endswith("nothing was changed") and "Traceback" not in err
        assert _mismatch(before, _catalogue(pg_cluster, restored)) == []
    finally:
        pg_dropper.drop(restored)
