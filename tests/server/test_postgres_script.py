"""scripts/postgres.py as the demo and a developer run it: ``start DIR`` and ``stop DIR``."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg
import pytest

from tests.server.conftest import REPO, postgres

SCRIPT = str(REPO / "scripts" / "postgres.py")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, SCRIPT, *args], capture_output=True, text=True, check=False, timeout=90
    )


def test_the_binaries_are_found_off_path() -> None:
    bindir = postgres.find_bindir()
    assert bindir is not None
    assert all((bindir / name).is_file() for name in ("initdb", "pg_ctl", "postgres"))


def test_start_refuses_a_directory_in_use() -> None:
    with tempfile.TemporaryDirectory() as directory:
        (Path(directory) / "something").write_text("")
        result = _run("start", directory)
        assert result.returncode == 2
        assert "is not empty" in result.stderr


def test_stop_without_a_cluster_says_so() -> None:
    with tempfile.TemporaryDirectory() as directory:
        result = _run("stop", directory)
        assert result.returncode == 2
        assert "No cluster was started" in result.stderr


@pytest.mark.slow  # a second cluster, started and stopped by subprocesses
def test_start_and_stop_from_the_command_line() -> None:
    directory = Path(tempfile.mkdtemp(prefix="onestop-pg-cli-"))
    started = _run("start", str(directory), "--log-statements")
    assert started.returncode == 0, started.stderr
    try:
        described = json.loads(started.stdout)
        assert json.loads((directory / "cluster.json").read_text()) == described
        cluster = postgres.load(directory)
        with psycopg.connect(cluster.superuser_conninfo()) as conn:
            settings = dict(
                conn.execute(
                    "SELECT name, setting FROM pg_settings WHERE name IN "
                    "('log_statement', 'fsync', 'ssl', 'ssl_min_protocol_version')"
                ).fetchall()
            )
        assert settings == {
            "log_statement": "all",
            "fsync": "on",  # only --fast turns it off
            "ssl": "on",
            "ssl_min_protocol_version": "TLSv1.3",
        }
        assert (directory / "tls" / "server.key").stat().st_mode & 0o077 == 0
    finally:
        stopped = _run("stop", str(directory), "--remove")
    assert stopped.returncode == 0, stopped.stderr
    assert not directory.exists()
