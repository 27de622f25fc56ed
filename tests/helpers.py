"""Small helpers for tests that reach under the services, as an attacker or a crash would."""

from __future__ import annotations

import base64
import hashlib
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from cryptography.exceptions import InvalidTag
from sqlalchemy import text

from onestop.db.base import utcnow
from onestop.domain.audit import UTC_FORMAT
from onestop.services.session import VaultSession
from onestop.vault.engine import key_pragma
from onestop.vault.sectionkeys import (
    NONCE_BYTES,
    CaseRef,
    KeyRing,
    SealedFieldError,
    decrypt_field,
    field_aad,
    is_bound,
    open_field,
    sealed_case,
    sealed_version,
)

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


def case_references(db: Path, key: bytes) -> dict[int, str]:
    """Every case's id and reference, read with the vault key (coded columns)."""
    conn = raw_connection(db, key)
    try:
        return {int(i): str(r) for i, r in conn.execute("SELECT id, reference FROM cases")}
    finally:
        conn.close()


def open_stored(
    ring: KeyRing,
    token: str,
    table: str,
    column: str,
    row_id: int,
    version: int,
    references: Mapping[int, str],
) -> str:
    """A sealed value opened as anyone holding its section key and the vault key opens it:
    in form 1 with its row's associated data, in form 2 (vault.sectionkeys) with the case it
    names in clear, its reference from ``references`` (``case_references``). SealedFieldError
    when it does not open with ``ring``."""
    if is_bound(token):
        case_id = sealed_case(token)
        assert case_id is not None
        case = CaseRef(case_id, references.get(case_id, ""))
        return open_field(ring, token, table, column, row_id, version, case)
    return decrypt_field(ring, token, field_aad(table, column, row_id, version))


def stored_body(token: str) -> str:
    """The base64 of a sealed value's nonce and ciphertext, in either form."""
    return token.split(".", 4)[4] if is_bound(token) else token.split(".", 3)[3]


def stored_aad(
    token: str, table: str, column: str, row_id: int, version: int, references: Mapping[int, str]
) -> bytes:
    """The associated data a sealed value was sealed with, in its form (``open_stored``)."""
    if is_bound(token):
        case_id = sealed_case(token)
        assert case_id is not None
        case = CaseRef(case_id, references.get(case_id, ""))
        return field_aad(table, column, row_id, version, case)
    return field_aad(table, column, row_id, version)


def open_with_aad(ring: KeyRing, token: str, aad: bytes) -> str:
    """A sealed value, in either form, opened with the key its text names and ``aad``
    (``stored_aad``); SealedFieldError when it does not open."""
    section, version = sealed_version(token)
    key = ring.get(section, version)
    if key is None:
        raise SealedFieldError("the key of this field is not held")
    try:
        body = base64.b64decode(stored_body(token), validate=True)
        return key.aead.decrypt(body[:NONCE_BYTES], body[NONCE_BYTES:], aad).decode("utf-8")
    except (InvalidTag, ValueError) as e:
        raise SealedFieldError("a sealed field did not open") from e
