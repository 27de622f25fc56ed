"""The write lock: workstations writing at once take turns, and the audit chain stays one."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from typing import Any
from urllib.parse import quote

import psycopg
import pytest
from psycopg import conninfo
from sqlalchemy import create_engine, text

from onestop.db import server
from onestop.domain.roles import Role
from tests.server.conftest import REPO, StaffLogin

WORKERS = 4
APPENDS = 40


def _url(info: str) -> str:
    """The SQLAlchemy URL (postgresql+psycopg) of a libpq conninfo string."""
    p = conninfo.conninfo_to_dict(info)
    return (
        f"{server.URL_SCHEME}://{quote(str(p['user']))}:{quote(str(p['password']))}"
        f"@{p['host']}:{p['port']}/{p['dbname']}"
        f"?sslmode={p['sslmode']}&sslrootcert={quote(str(p['sslrootcert']))}"
    )


def test_write_lock_is_held_until_the_transaction_ends(staff_login: StaffLogin) -> None:
    engine = create_engine(_url(staff_login(Role.CASEWORKER)))
    other = create_engine(_url(staff_login(Role.CLINICIAN)))
    try_lock = text("SELECT pg_try_advisory_xact_lock(:key)")
    with engine.connect() as first, other.connect() as second:
        with first.begin():
            server.write_lock(first)
            with second.begin():
                taken = second.execute(try_lock, {"key": server.WRITE_LOCK_KEY}).scalar_one()
                assert taken is False  # the other workstation waits
        with second.begin():  # the first transaction ended: the lock is free again
            assert second.execute(try_lock, {"key": server.WRITE_LOCK_KEY}).scalar_one() is True
    engine.dispose()
    other.dispose()


@pytest.mark.slow  # four processes
def test_four_workstations_append_one_intact_chain(
    superuser: psycopg.Connection[Any], staff_login: StaffLogin
) -> None:
    superuser.execute(
        "INSERT INTO audit_anchor (id, seq, hash, mac) VALUES (1, 0, %s, '')", ("0" * 64,)
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO)])}
    urls = [_url(staff_login(Role.CASEWORKER)) for _ in range(WORKERS)]
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.server.appender", urls[n], f"w{n}", str(APPENDS)],
            cwd=REPO,
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(WORKERS)
    ]
    for process in processes:
        _, errors = process.communicate(timeout=90)
        assert process.returncode == 0, errors[-2000:]
    rows = superuser.execute(
        "SELECT seq, actor, record_ref, prev_hash, hash FROM audit_log ORDER BY seq"
    ).fetchall()
    assert [r[0] for r in rows] == list(range(1, WORKERS * APPENDS + 1))
    head = "0" * 64
    for seq, actor, ref, prev, entry in rows:
        assert prev == head, seq
        assert entry == hashlib.sha256(f"{head}|{actor}|{ref}".encode()).hexdigest()
        head = entry
    for n in range(WORKERS):  # every append of every workstation, in its own order
        mine = [int(r[2]) for r in rows if r[1] == f"w{n}"]
        assert mine == list(range(APPENDS))
    anchor = superuser.execute("SELECT seq, hash FROM audit_anchor WHERE id = 1").fetchone()
    assert anchor == (WORKERS * APPENDS, head)
