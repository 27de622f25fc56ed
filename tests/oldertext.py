"""Text written before section keys, in a vault an earlier release wrote.

tests/fixtures/vault-demo-0052 (tests/fixtures/FIXTURES.md) is a real vault at migration 0052,
no one signed in since: nothing in its trail records a section as bound
(services.attachmentblobs.bound_sections), so text with no key version in it is older text
that a holder's first sign-in seals. ``older_text_vault`` copies it; the helpers here put text
in clear into its rows, their history and drafts at the raw level, exactly as a release before
section keys stored them, before anyone signs in (a fresh vault whose holders have signed in is
bound, and the same writes there are the forgery tests/unit/test_redteam_older_text.py
performs).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from onestop.domain.roles import Role
from onestop.services.sealedcolumns import is_case_table
from onestop.services.sectionkeys import SEALED_TABLES, readers
from tests.helpers import raw_connection
from tests.olderattachments import OlderVault, older_vault

WHEN = "2025-06-01T10:00:00.000000Z"


def older_text_vault(tmp_path: Path, monkeypatch) -> OlderVault:
    """A copy of the 0052 demo vault, no one signed in since."""
    return older_vault(tmp_path, monkeypatch, [])


@contextmanager
def raw(older: OlderVault) -> Iterator[Any]:
    """A bare sqlcipher3 connection to its vault.db, committed on leaving."""
    conn = raw_connection(older.path / "vault.db", older.key)
    try:
        yield conn
        conn.commit()
    finally:
        conn.close()


def reference_of(conn: Any, case_id: int) -> str:
    return str(conn.execute("SELECT reference FROM cases WHERE id = ?", (case_id,)).fetchone()[0])


def add_history(
    conn: Any, table: str, record_type: str, record_id: int, fields: dict[str, Any], by: str
) -> None:
    """A history snapshot of ``record_id`` at version 1, as an older release kept it (no key
    version, its text in clear); the row moves on to version 2."""
    conn.execute(f"UPDATE {table} SET version = 2 WHERE id = ?", (record_id,))
    conn.execute(
        "INSERT INTO record_history (record_type, record_id, version, changed_at, changed_by, "
        "snapshot) VALUES (?, ?, 1, ?, ?, ?)",
        (record_type, record_id, WHEN, by, json.dumps(fields)),
    )


def add_draft(
    conn: Any, owner: str, kind: str, section: str, case_id: int, content: dict[str, Any]
) -> None:
    """A draft in clear, as an older release kept it."""
    conn.execute(
        "INSERT INTO drafts (owner, kind, section, case_id, case_reference, content, saved_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (owner, kind, section, case_id, reference_of(conn, case_id), json.dumps(content), WHEN),
    )


# A case's identity as an older vault kept it: in clear, no key version.
CLEAR_CASES = (
    "UPDATE cases SET name = 'Older ' || id, alias = 'Alias ' || id, gender = '', "
    "languages = '[]', disability = '', children_notes = 'Notes ' || id, safe_phone = '', "
    "safe_code_word = '', safe_notes = 'Safe ' || id, closed_reason = '', key_version = NULL"
)


def older_cases(older: OlderVault, cases: int) -> None:
    """``cases`` cases in clear, each with a history snapshot in clear: copies of the first
    case (new ids, new references), as an older vault kept them."""
    conn = raw_connection(older.path / "vault.db", older.key)
    try:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(cases)")]
        (first, top, have) = conn.execute("SELECT min(id), max(id), count(*) FROM cases").fetchone()
        values = [
            f"{top} + n"
            if c == "id"
            else f"substr(reference, 1, 9) || printf('%05d', {top} + n)"
            if c == "reference"
            else f'"{c}"'
            for c in columns
        ]
        conn.execute("BEGIN")
        if cases > have:
            conn.execute(
                f"WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq "
                f"WHERE n < {cases - have}) "
                f"INSERT INTO cases ({', '.join(chr(34) + c + chr(34) for c in columns)}) "
                f"SELECT {', '.join(values)} FROM cases, seq WHERE id = ?",
                (first,),
            )
        conn.execute(CLEAR_CASES)
        conn.execute("DELETE FROM record_history WHERE record_type = 'case'")
        conn.execute(
            "INSERT INTO record_history (record_type, record_id, version, changed_at, "
            "changed_by, snapshot) SELECT 'case', id, 1, opened_at, 'u-caseworker', "
            "json_object('name', name, 'alias', alias, 'safe_notes', safe_notes) FROM cases"
        )
        conn.execute("COMMIT")
    finally:
        conn.close()


def form_one_waiting(older: OlderVault, role: Role) -> int:
    """How many rows, and history snapshots, of survivors' cases in the sections ``role``
    reads hold text sealed in form 1 (before migration 0069: not naming their case): what her
    first sign-in after the upgrade seals again in form 2, counted in its progress (read with
    the vault key, coded columns only)."""
    waiting = 0
    with raw(older) as conn:
        for section, tables in SEALED_TABLES.items():
            if role not in readers(section):
                continue
            for table in tables:
                model_table = table.model.__table__
                if not is_case_table(model_table):
                    continue
                older_form = " OR ".join(f"{c} LIKE 'osk1.%'" for c in table.columns)
                where = f"key_version IS NOT NULL AND ({older_form})"
                if table.filed_in:
                    where += f" AND section IN ({', '.join(repr(x) for x in table.filed_in)})"
                (rows,) = conn.execute(
                    f"SELECT count(*) FROM {model_table.name} WHERE {where}"
                ).fetchone()
                waiting += rows
                if not table.record_type:
                    continue
                snapshots = conn.execute(
                    "SELECT snapshot FROM record_history WHERE record_type = ? "
                    "AND snapshot LIKE '%\"osk1.%'",
                    (table.record_type,),
                ).fetchall()
                waiting += sum(
                    1
                    for (snapshot,) in snapshots
                    if not table.filed_in or json.loads(snapshot).get("section") in table.filed_in
                )
    return waiting
