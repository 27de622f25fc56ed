"""The SQLCipher engine: raw key first, pragmas, a deliberate pool, nothing in plaintext."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text
from sqlalchemy.pool import QueuePool

from onestop.domain.roles import Role
from onestop.errors import VaultDamaged
from onestop.services.users import UserService
from onestop.vault.engine import connect, open_engine
from tests.helpers import containing, raw_connection, vault_key


def test_the_file_is_not_a_plain_sqlite_database(vault) -> None:
    header = (vault.path / "vault.db").read_bytes()[:16]
    assert header != b"SQLite format 3\x00"


def test_pragmas_are_applied_on_every_connection(admin) -> None:
    with admin.engine.connect() as conn:
        values = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in (
                "foreign_keys",
                "secure_delete",
                "temp_store",
                "journal_mode",
                "synchronous",
            )
        }
        compile_options = [r[0] for r in conn.exec_driver_sql("PRAGMA compile_options")]
    # synchronous = 2 (FULL): a committed write is on the disk before the anchor moves past it,
    # so a power cut never leaves the anchor ahead of the database (docs/SECURITY.md).
    assert values == {
        "foreign_keys": 1,
        "secure_delete": 1,
        "temp_store": 2,
        "journal_mode": "wal",
        "synchronous": 2,
    }
    assert any(opt in compile_options for opt in ("TEMP_STORE=2", "TEMP_STORE=3"))


def test_the_pool_is_a_queue_pool_and_dispose_closes_every_connection(admin) -> None:
    engine = admin.engine
    assert isinstance(engine.pool, QueuePool)
    errors: list[BaseException] = []

    def reader() -> None:
        try:
            for _ in range(40):
                with engine.connect() as conn:
                    assert conn.execute(text("SELECT count(*) FROM staff")).scalar() == 7
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert engine.pool.checkedout() == 0
    assert engine.pool.checkedin() >= 1
    engine.dispose()
    assert engine.pool.checkedin() == 0


def test_signing_out_closes_the_engine(vault) -> None:
    session = vault.sign_in()
    engine = session.engine
    with engine.connect():
        pass
    session.close()
    assert engine.pool.checkedin() == 0
    assert not session.is_open


def test_a_wrong_key_is_a_clear_error(vault, admin) -> None:
    key = vault_key(admin)
    admin.close()
    wrong = bytes([key[0] ^ 1]) + key[1:]
    with pytest.raises(VaultDamaged, match="damaged or does not belong"):
        connect(vault.path / "vault.db", wrong)
    with pytest.raises(VaultDamaged):
        open_engine(vault.path / "vault.db", wrong)


def test_the_key_pragma_comes_first(vault, admin) -> None:
    """A statement before the key must fail, never touch the file in clear."""
    key = vault_key(admin)
    admin.close()
    import sqlcipher3.dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(vault.path / "vault.db"))
    with pytest.raises(sqlcipher.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
    conn = raw_connection(vault.path / "vault.db", key)
    assert conn.execute("SELECT count(*) FROM staff").fetchone()[0] == 7
    assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    conn.close()


def test_no_plaintext_in_the_vault_folder_or_temp_or_logs(vault, admin, tmp_path) -> None:
    canary = "Canary Zainab-Ólafsdóttir Q7"
    UserService(admin).create("canary.person", Role.CASEWORKER, canary)
    UserService(admin).update_name("canary.person", canary + " (edited)")
    wal = vault.path / "vault.db-wal"
    assert wal.exists() and wal.stat().st_size > 0  # the write is in the WAL right now
    assert (vault.path / "vault.db-shm").exists()
    assert containing(canary, vault.path, tmp_path / "home", tmp_path / "tmp") == []
    admin.close()
    found = containing(canary, vault.path, tmp_path / "home", tmp_path / "tmp")
    assert found == []
    assert containing("Canary", vault.path) == []


def test_vault_files_are_private_to_their_owner(vault, admin) -> None:
    import os
    import stat

    if os.name != "posix":
        return
    admin.close()
    for path in [vault.path, *vault.path.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, f"{path.name} is {oct(mode)}"
