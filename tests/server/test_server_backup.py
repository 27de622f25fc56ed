"""``admin backup --server`` and ``admin restore --server``, through the command line's own
``main`` on a real PostgreSQL, run as the server's postgres account (the Unix socket).

- a backup is the encrypted archive of a vault's kind: mode 0600, its manifest names this
  centre and the chain's head, and a canary name and counselling note written through the
  services are neither in the archive's bytes nor in the ``pg_dump`` stream inside it (once
  opened with the vault's key: survivor data is ciphertext there already);
- ``verify --server --against`` compares the trail with the archive's head;
- after the server moves on and a table is dropped, ``restore --yes`` puts the database back,
  audits it and verifies clean; the workstation that saw the later head refuses the restored
  server (by design), a new one signs in and finds the canary case;
- an archive whose manifest was edited, one of another centre, a truncated one and a vault's
  backup are refused in one line, no traceback, the database untouched; a database holding
  a centre is not replaced without ``--yes``.
"""

from __future__ import annotations

import io
import json
import secrets
import stat
import subprocess
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import psycopg.sql
import pytest
from faker import Faker

from onestop import cli
from onestop.domain.counselling import SessionType
from onestop.domain.roles import Role
from onestop.errors import NotFound
from onestop.services import serverauth
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.counselling import CounsellingService, SessionDetails
from onestop.services.search import CaseSearch
from onestop.vault.keyslots import VAULT_KEY, KeySlotFile, user_slot_id
from onestop.vault.serverarchive import ServerArchive
from tests.conftest import password_for, username_for
from tests.server.conftest import CentreOnServer, postgres, workstation_url

ADMIN = Role.ADMIN


def _main(argv: list[str], stdin: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(argv, io.StringIO(stdin), out, err)
    return code, out.getvalue(), err.getvalue()


def _account_url(centre: CentreOnServer) -> str:
    cluster = centre.centre.cluster
    return (
        f"postgresql://{postgres.SUPERUSER}@/{centre.dbname}"
        f"?host={cluster.socket_dir}&port={cluster.port}"
    )


def _admin(*argv: str, password: str = "") -> tuple[int, str, str]:
    """``onestop-cli argv…`` as the centre's admin, her password on standard input."""
    acting = ["--as", username_for(ADMIN), "--password-stdin"]
    return _main([*argv, *acting], f"{password or password_for(ADMIN)}\n")


def _as_admin(centre: CentreOnServer, command: str, *more: str) -> tuple[int, str, str]:
    return _admin("admin", command, "--server", _account_url(centre), *more)


def _one_line(code: int, err: str, words: str) -> None:
    assert code == cli.EXIT_FAILED, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert words in err, err


def _canary(fake: Faker) -> str:
    return f"{fake.first_name()} {secrets.token_hex(6)} {fake.last_name()}"


def _audit_count(centre: CentreOnServer) -> int:
    with centre.superuser() as conn:
        row = conn.execute("SELECT count(*) FROM audit_log").fetchone()
    assert row is not None
    return int(row[0])


def _backup(centre: CentreOnServer, dest: Path) -> Path:
    code, out, err = _as_admin(centre, "backup", "--to", str(dest))
    assert code == cli.EXIT_OK, err
    assert "Traceback" not in err and "Encrypted backup of the centre server written" in out
    return dest


def _dump_plaintext(archive_path: Path) -> bytes:
    """The pg_dump stream inside the archive, opened with the admin's vault key."""
    archive = ServerArchive.open(archive_path)
    row = next(r for r in archive.key_slots if r["username"] == username_for(ADMIN))
    slots = KeySlotFile.parse(row["slot"].encode(), Path(), "damaged")
    opened = slots.open_slot(user_slot_id(username_for(ADMIN)), password_for(ADMIN))
    assert opened is not None
    key = opened.keys[VAULT_KEY]
    archive.check_identity(key, None)
    return b"".join(archive.dump_chunks(key))


def _as_sql(centre: CentreOnServer, custom: bytes) -> bytes:
    """The custom-format dump as the SQL text it restores (every row, uncompressed)."""
    pg_restore = str(Path(centre.centre.cluster.bindir) / "pg_restore")
    return subprocess.run(
        [pg_restore, "--file=-"], input=custom, capture_output=True, check=True
    ).stdout


def test_backup_restore_and_verify_on_the_server(
    centre_on_server: CentreOnServer, tmp_path: Path, pgpass: Path
) -> None:
    centre = centre_on_server
    fake = Faker()
    name, note = _canary(fake), _canary(fake)
    with centre.sign_in(Role.CASEWORKER) as cw:
        reference = CaseService(cw).open_case(SurvivorDetails(name=name)).reference
    with centre.sign_in(Role.COUNSELLOR) as counsellor:
        held = datetime.now(UTC) - timedelta(days=1)
        details = SessionDetails(held, SessionType.INDIVIDUAL, note, "")
        CounsellingService(counsellor).record(reference, details)

    archive = _backup(centre, tmp_path / "centre.onestop-backup")
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    raw = archive.read_bytes()
    custom = _dump_plaintext(archive)
    assert custom.startswith(b"PGDMP")  # pg_dump's custom format (compressed)
    dump = _as_sql(centre, custom)
    assert reference.encode() in dump  # a coded column: readable on the server, and here
    assert reference.encode() not in raw  # but the archive seals even the codes
    for canary in (name, note):
        for form in {canary, canary.lower(), canary.upper()}:
            for encoded in (form.encode("utf-8"), form.encode("utf-16-le")):
                assert encoded not in raw, "in the archive"
                assert encoded not in dump, "in the pg_dump stream"
    manifest = json.loads(zipfile.ZipFile(archive).read("manifest.json"))
    with centre.superuser() as conn:
        head = conn.execute("SELECT max(seq) FROM audit_log WHERE seq < %s", (10**9,)).fetchone()
        created = conn.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'backup.created'"
        ).fetchone()
    assert head is not None and manifest["audit_head"]["seq"] <= head[0]
    assert created == (1,)

    # The workstation's own verify compares the trail with the archive's head.
    wurl = workstation_url(centre)
    code, out, err = _admin("admin", "verify", "--server", wurl, "--against", str(archive))
    assert code == cli.EXIT_OK, out + err
    assert "1 backup head(s) compared" in out

    # The server moves on (a later case, seen by this workstation), then loses a table.
    with centre.sign_in(Role.CASEWORKER) as cw:
        later = CaseService(cw).open_case(SurvivorDetails(name=_canary(fake))).reference
    with centre.superuser() as conn:
        conn.execute("DROP TABLE counselling_sessions CASCADE")

    code, _, err = _as_admin(centre, "restore", "--from", str(archive))
    _one_line(code, err, "Add --yes")
    code, out, err = _as_admin(centre, "restore", "--from", str(archive), "--yes")
    assert code == cli.EXIT_OK, out + err
    assert "Restored the centre server" in out and "FAILED" not in out, out
    assert "ok     audit trail" in out and "1 backup head(s) compared" in out, out
    assert "refuse this server, by design" in out
    with centre.superuser() as conn:
        actions = [
            r[0]
            for r in conn.execute(
                "SELECT action FROM audit_log WHERE seq > %s ORDER BY seq",
                (manifest["audit_head"]["seq"],),
            )
        ]
    assert actions[-4:] == [
        "session.sign_in",
        "backup.restored",
        "vault.verified",
        "session.sign_out",
    ], actions

    # This workstation saw the later head: it refuses the restored server, as designed.
    with pytest.raises(serverauth.ServerRolledBack):
        centre.sign_in(Role.CASEWORKER)
    # A workstation that has not seen it signs in; the case and its note are back, the
    # later case is gone.
    fresh = CentreOnServer(centre.centre, centre.dbname, tmp_path / "another-workstation")
    with fresh.sign_in(Role.CASEWORKER) as cw:
        found = [c.reference for c in CaseSearch(cw).find(name.split()[0]).cases]
        assert found == [reference]
        with pytest.raises(NotFound):
            CaseService(cw).get(later)
    with fresh.sign_in(Role.COUNSELLOR) as counsellor:
        notes = CounsellingService(counsellor).list(reference)
        assert [n.details.notes for n in notes] == [note]


def _rewritten(source: Path, dest: Path, change: Any) -> Path:
    """A copy of the archive with its manifest changed by ``change`` (the MAC kept)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(dest, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "manifest.json":
                manifest = json.loads(data)
                change(manifest)
                data = json.dumps(manifest).encode()
            zout.writestr(info.filename, data)
    return dest


def test_archives_not_this_centres_or_damaged_are_refused(
    centre_on_server: CentreOnServer, tmp_path: Path
) -> None:
    centre = centre_on_server
    archive = _backup(centre, tmp_path / "centre.onestop-backup")
    before = _audit_count(centre)

    later = _rewritten(
        archive, tmp_path / "edited.onestop-backup", lambda m: m.update(created_at="2030-01-01")
    )
    code, _, err = _as_admin(centre, "restore", "--from", str(later), "--yes")
    _one_line(code, err, "was altered or does not match its files")

    other = _rewritten(
        archive, tmp_path / "other.onestop-backup", lambda m: m.update(vault_id="f" * 32)
    )
    code, _, err = _as_admin(centre, "restore", "--from", str(other), "--yes")
    _one_line(code, err, "belongs to another vault")

    truncated = tmp_path / "truncated.onestop-backup"
    truncated.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    code, _, err = _as_admin(centre, "restore", "--from", str(truncated), "--yes")
    _one_line(code, err, "not a OneStop backup, or it is damaged")

    # A chunk of the dump swapped for another's bytes: refused before anything changes.
    swapped = tmp_path / "swapped.onestop-backup"
    with zipfile.ZipFile(archive) as zin, zipfile.ZipFile(swapped, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "dump/000000":
                data = data[:-1] + bytes([data[-1] ^ 1])
            zout.writestr(info.filename, data)
    code, _, err = _as_admin(centre, "restore", "--from", str(swapped), "--yes")
    _one_line(code, err, "was altered or does not match its files")

    code, _, err = _admin(
        *("admin", "restore", "--server", _account_url(centre), "--from", str(archive)),
        "--yes",
        password="not the password",
    )
    _one_line(code, err, "not correct")
    assert _audit_count(centre) == before  # nothing was restored, nothing written


def test_another_centres_archive_is_refused(
    centre_on_server: CentreOnServer, pg_cluster: Any, tmp_path: Path
) -> None:
    """A real archive of another centre (its own vault id and key), restored onto this one."""
    other_db = f"onestop_other_{secrets.token_hex(4)}"
    # Logins are the cluster's, not one database's: the other centre's init gives the admin's
    # login the verifier of its own slot. Kept here and put back after, so the tests that
    # follow on this cluster still sign in (two centres on one cluster: docs/SERVER.md).
    login = f"staff_{username_for(ADMIN)}"
    with psycopg.connect(pg_cluster.superuser_conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {other_db}")
        (verifier,) = conn.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (login,)
        ).fetchone()
    try:
        other_url = (
            f"postgresql://{postgres.SUPERUSER}@/{other_db}"
            f"?host={pg_cluster.socket_dir}&port={pg_cluster.port}"
        )
        # The other centre's admin has the same name and password as this one's.
        init = ["admin", "init", "--server", other_url, "--user", username_for(ADMIN)]
        code, _, err = _main([*init, "--password-stdin"], f"{password_for(ADMIN)}\n")
        assert code == cli.EXIT_OK, err
        dest = tmp_path / "other-centre.onestop-backup"
        code, _, err = _admin("admin", "backup", "--server", other_url, "--to", str(dest))
        assert code == cli.EXIT_OK, err
    finally:
        with psycopg.connect(pg_cluster.superuser_conninfo(), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {other_db} WITH (FORCE)")
            conn.execute(
                psycopg.sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                    psycopg.sql.Identifier(login), psycopg.sql.Literal(verifier)
                )
            )
    before = _audit_count(centre_on_server)
    code, _, err = _as_admin(centre_on_server, "restore", "--from", str(dest), "--yes")
    _one_line(code, err, "belongs to another vault")
    assert _audit_count(centre_on_server) == before


def test_a_vaults_backup_and_a_workstation_login_are_refused_in_words(
    centre_on_server: CentreOnServer, tmp_path: Path, pgpass: Path
) -> None:
    centre = centre_on_server
    vault_backup = tmp_path / "vault.onestop-backup"
    with zipfile.ZipFile(vault_backup, "w") as zf:
        zf.writestr("manifest.json", "{}")
        zf.writestr("vault.db", b"x")
    code, _, err = _as_admin(centre, "restore", "--from", str(vault_backup), "--yes")
    _one_line(code, err, "not of a centre server")
    # The workstations' login may read nothing: pg_dump is refused, in words.
    dest = tmp_path / "no.onestop-backup"
    ca_file = str(centre.centre.cluster.ca_file)
    url = workstation_url(centre)
    code, _, err = _admin(
        "admin", "backup", "--server", url, "--to", str(dest), "--ca-file", ca_file
    )
    _one_line(code, err, "run the command as the server's postgres account")
    assert "nothing was written" in err
    assert not dest.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
