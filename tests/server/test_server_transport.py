"""What crosses the wire and what the server keeps: TLS only, and ciphertext only.

- A plaintext TCP connection is refused by the server's pg_hba.conf; a TLS connection checked
  against the centre's CA (verify-full) works, and is TLS 1.3; a certificate from another CA
  is refused by the client; TLS 1.2 is refused by the server.
- The canary harness: the cluster logs every statement with its parameters
  (``log_statement=all``). A note written as ciphertext leaves its canary nowhere the server
  writes (log, data files, pg_dump); the same canary written in clear is found in all three,
  which shows the harness would see a leak.
"""

from __future__ import annotations

import base64
import os
import secrets
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import psycopg
import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from faker import Faker

from onestop.domain.roles import Role
from tests.server.conftest import StaffLogin, insert_row, postgres


def test_plaintext_tcp_is_refused(pg_cluster: Any, pg_db: str, staff_login: StaffLogin) -> None:
    info = staff_login(Role.CASEWORKER).replace("sslmode=verify-full", "sslmode=disable")
    with pytest.raises(psycopg.OperationalError, match="no encryption"):
        psycopg.connect(info)


def test_tls13_with_the_centres_ca_works(staff_login: StaffLogin) -> None:
    with psycopg.connect(staff_login(Role.CASEWORKER)) as conn:
        row = conn.execute("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        assert row.fetchone() == (True, "TLSv1.3")


def test_a_server_certificate_from_another_ca_is_refused(staff_login: StaffLogin) -> None:
    info = staff_login(Role.CASEWORKER)
    with tempfile.TemporaryDirectory() as other:
        ca_file, _, _ = postgres.make_certificates(Path(other) / "tls")
        start = info.index("sslrootcert=")
        forged = info[:start] + f"sslrootcert={ca_file}"
        # Same CA name, another key: the chain's signature does not verify.
        with pytest.raises(psycopg.OperationalError, match="SSL error"):
            psycopg.connect(forged)


def test_tls12_is_refused(staff_login: StaffLogin) -> None:
    info = staff_login(Role.CASEWORKER) + " ssl_max_protocol_version=TLSv1.2"
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(info)


def _seal(key: bytes, plaintext: str, where: str) -> str:
    """AES-256-GCM with the row's place as associated data (the section-key scheme's shape)."""
    nonce = os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, plaintext.encode(), where.encode())
    return base64.b64encode(nonce + sealed).decode()


def _found_in_files(directory: Path, canary: bytes) -> list[str]:
    hits = []
    for path in directory.rglob("*"):
        if path.is_file() and not path.is_socket() and canary in path.read_bytes():
            hits.append(str(path.relative_to(directory)))
    return hits


def _dump(cluster: Any, dbname: str) -> bytes:
    pg_dump = str(Path(cluster.bindir) / "pg_dump")
    return subprocess.run(
        [pg_dump, "-h", cluster.socket_dir, "-p", str(cluster.port), "-U", "postgres", dbname],
        capture_output=True,
        check=True,
    ).stdout


def test_a_canary_written_as_ciphertext_appears_nowhere(
    pg_cluster: Any, pg_db: str, superuser: psycopg.Connection[Any], staff_login: StaffLogin
) -> None:
    fake = Faker()
    sealed_canary = f"{fake.first_name()} {secrets.token_hex(8)} {fake.last_name()}"
    clear_canary = f"{fake.first_name()} {secrets.token_hex(8)} {fake.last_name()}"
    insert_row(superuser, "cases", {"id": 1, "status": "open"})
    key = AESGCM.generate_key(bit_length=256)
    with psycopg.connect(staff_login(Role.COUNSELLOR)) as conn:
        sealed = _seal(key, sealed_canary, "counselling_sessions.notes.1")
        insert_row(conn, "counselling_sessions", {"id": 1, "case_id": 1, "notes": sealed})
        # The control: the same kind of note in clear, a leak the harness must see.
        insert_row(conn, "counselling_sessions", {"id": 2, "case_id": 1, "notes": clear_canary})
    superuser.execute("CHECKPOINT")
    log = Path(pg_cluster.log_file).read_bytes()
    data = Path(pg_cluster.directory) / "data"
    dump = _dump(pg_cluster, pg_db)
    assert clear_canary.encode() in log
    assert _found_in_files(data, clear_canary.encode()) != []
    assert clear_canary.encode() in dump
    assert sealed_canary.encode() not in log
    assert _found_in_files(data, sealed_canary.encode()) == []
    assert sealed_canary.encode() not in dump
    assert sealed.encode() in dump  # the ciphertext itself is what a backup carries
