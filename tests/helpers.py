"""Small helpers for tests that reach under the services, as an attacker or a crash would."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import text

from onestop.db.base import utcnow
from onestop.domain.audit import UTC_FORMAT
from onestop.services.session import VaultSession
from onestop.vault.engine import key_pragma

REPO = Path(__file__).resolve().parents[1]


def raw_connection(db: Path, key: bytes) -> sqlcipher.Connection:
    """A bare sqlcipher3 connection, keyed, outside OneStop's engine."""
    conn = sqlcipher.connect(str(db), isolation_level=None)
    conn.execute(key_pragma(key))
    return conn


def vault_key(session: VaultSession) -> bytes:
    return bytes(session.key)


def store_attachment(session: VaultSession, data: bytes) -> str:
    """Put an encrypted blob in the vault and record it, as the attachment service will."""
    digest = session.blobs.put(data)
    with session.engine.begin() as conn:
        conn.execute(
            text("INSERT OR IGNORE INTO blobs (sha256, size, created_at) VALUES (:h, :s, :t)"),
            {"h": digest, "s": len(data), "t": utcnow().strftime(UTC_FORMAT)},
        )
    return digest


def files_under(*roots: Path) -> list[Path]:
    found: list[Path] = []
    for root in roots:
        if root.is_file():
            found.append(root)
        elif root.exists():
            found.extend(p for p in root.rglob("*") if p.is_file())
    return found


def containing(needle: str, *roots: Path) -> list[Path]:
    """Files under ``roots`` whose bytes hold ``needle`` in UTF-8 or UTF-16."""
    forms = [needle.encode("utf-8"), needle.encode("utf-16-le")]
    return [p for p in files_under(*roots) if any(f in p.read_bytes() for f in forms)]


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_cli(
    *args: str, stdin: str = "", env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """The real command in a subprocess, as IT staff would run it."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "onestop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        check=False,
    )
