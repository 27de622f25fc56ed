"""Sealing an older vault's text at a holder's first sign-in streams: what it holds at once does
not grow with the vault (services.sectionkeys.seal_older_text). At 100,000 survivors it seals
1.4 million rows, and a workstation may have 4 GB; it once held every row of every table as an
object at once (bench/sealing.py: 2.9 GB at its peak)."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import tracemalloc

import pytest

from onestop.db.cases import Case
from onestop.db.records import RecordVersion
from onestop.domain.audit import AuditAction
from onestop.domain.roles import Role, Section
from onestop.services import sectionkeys
from onestop.services.auth import sign_in
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.maintenance import MaintenanceService
from onestop.vault import faults
from tests.conftest import password_for, username_for
from tests.helpers import raw_connection

pytestmark = pytest.mark.local_only(reason="makes older rows in vault.db with a raw connection")

STEP = 40  # rows read, sealed and let go at a time (PROGRESS_STEP), small for a small vault
SMALL, LARGE = 200, 1000

# A case's identity as an older vault kept it: in clear, no key version.
CLEAR = (
    "UPDATE cases SET name = 'Older ' || id, alias = 'Alias ' || id, gender = '', "
    "languages = '[]', disability = '', children_notes = 'Notes ' || id, safe_phone = '', "
    "safe_code_word = '', safe_notes = 'Safe ' || id, closed_reason = '', key_version = NULL"
)


def _older_cases(vault, key: bytes, cases: int) -> None:
    """``cases`` cases in clear, each with a history snapshot in clear: copies of the first
    case (new ids, new references), as an older vault kept them."""
    conn = raw_connection(vault.path / "vault.db", key)
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
        conn.execute(CLEAR)
        conn.execute("DELETE FROM record_history WHERE record_type = 'case'")
        conn.execute(
            "INSERT INTO record_history (record_type, record_id, version, changed_at, "
            "changed_by, snapshot) SELECT 'case', id, 1, opened_at, 'u-caseworker', "
            "json_object('name', name, 'alias', alias, 'safe_notes', safe_notes) FROM cases"
        )
        conn.execute("COMMIT")
    finally:
        conn.close()


def _first_sign_in(vault, told: list[tuple[int, int]]) -> int:
    """The caseworker's sign-in that seals it all, telling ``told`` how far it is; returns
    its peak of traced memory."""
    gc.collect()
    tracemalloc.start()
    try:
        with sign_in(
            vault.path,
            username_for(Role.CASEWORKER),
            password_for(Role.CASEWORKER),
            progress=lambda done, total: told.append((done, total)),
        ):
            _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak


def _sealed_everything(vault, key: bytes, cases: int) -> None:
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        assert conn.execute("SELECT count(*) FROM cases WHERE key_version IS NULL").fetchone() == (
            0,
        )
        (clear,) = conn.execute(
            "SELECT count(*) FROM cases WHERE safe_notes LIKE 'Safe %' OR name LIKE 'Older %'"
        ).fetchone()
        assert clear == 0
        (history,) = conn.execute(
            "SELECT count(*) FROM record_history WHERE record_type = 'case' "
            "AND json_extract(snapshot, '$.key_version') IS NOT NULL "
            "AND json_extract(snapshot, '$.safe_notes') NOT LIKE 'Safe %'"
        ).fetchone()
        assert history == cases
    finally:
        conn.close()


def test_sealing_holds_a_batch_at_a_time_whatever_the_vaults_size(vault, monkeypatch) -> None:
    monkeypatch.setattr(sectionkeys, "PROGRESS_STEP", STEP)
    with vault.sign_in(Role.CASEWORKER) as cw:
        reference = CaseService(cw).open_case(SurvivorDetails(alias="First")).reference
        key = bytes(cw.key)

    peaks = {}
    for cases in (SMALL, LARGE):
        _older_cases(vault, key, cases)
        told: list[tuple[int, int]] = []
        peaks[cases] = _first_sign_in(vault, told)
        _sealed_everything(vault, key, cases)
        total = 2 * cases  # the rows and their history
        assert told[0] == (0, total) and told[-2:] == [(total, total), (0, 0)]
        assert len(told) >= total // STEP  # by the step, so the bar keeps moving

    # Five times the rows: the old code held every one as an object (and its history parsed)
    # at once, and its peak grew by 2.8 KB a row (2,812 B here). Streamed, it grows by about
    # 120 B a row, none of it the sealing's rows (counted below: a batch at most at once).
    grew = peaks[LARGE] - peaks[SMALL]
    per_row = grew / (2 * (LARGE - SMALL))
    print(f"peaks {peaks}, {per_row:.0f} B a row")
    assert per_row < 400, (peaks, per_row)

    # What is held at once, counted: never more than a batch of rows or snapshots.
    _older_cases(vault, key, LARGE)
    held: list[int] = []

    def count_held(done: int, total: int) -> None:
        if total:
            held.append(sum(1 for o in gc.get_objects() if isinstance(o, (Case, RecordVersion))))

    with sign_in(
        vault.path,
        username_for(Role.CASEWORKER),
        password_for(Role.CASEWORKER),
        progress=count_held,
    ) as cw:
        assert CaseService(cw).get(reference).details.alias.startswith("Alias ")  # opens
    assert held and max(held) <= STEP, held
    conn = raw_connection(vault.path / "vault.db", key)
    try:  # audited as before: one entry for the section, every row it sealed
        sealed = conn.execute(
            "SELECT section, detail FROM audit_log WHERE action = ? ORDER BY seq",
            (AuditAction.SECTION_TEXT_SEALED.value,),
        ).fetchall()
    finally:
        conn.close()
    assert sealed[-3:] == [(Section.IDENTITY.value, str(2 * n)) for n in (SMALL, LARGE, LARGE)]
    _sealed_everything(vault, key, LARGE)


KILLED_SIGN_IN = """
import sys
from pathlib import Path
from onestop.services.auth import sign_in
sign_in(Path(sys.argv[1]), sys.argv[2], sys.stdin.readline().rstrip("\\n"))
"""


@pytest.mark.slow  # a subprocess, killed
def test_a_sign_in_killed_while_sealing_leaves_nothing_half_sealed(vault, monkeypatch) -> None:
    """Killed (SIGKILL) once its first batch is sealed and flushed but not committed: every
    row is as it was, the vault verifies, and the next sign-in seals it all."""
    monkeypatch.setattr(sectionkeys, "PROGRESS_STEP", STEP)
    with vault.sign_in(Role.CASEWORKER) as cw:
        CaseService(cw).open_case(SurvivorDetails(alias="First"))
        key = bytes(cw.key)
    _older_cases(vault, key, SMALL)
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        before = conn.execute("SELECT * FROM cases ORDER BY id").fetchall()
        history = conn.execute("SELECT * FROM record_history ORDER BY id").fetchall()
    finally:
        conn.close()
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_SIGN_IN, str(vault.path), username_for(Role.CASEWORKER)],
        input=password_for(Role.CASEWORKER) + "\n",
        env={**os.environ, "ONESTOP_KILL_AT": faults.SEALING_BATCH},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    conn = raw_connection(vault.path / "vault.db", key)
    try:  # nothing sealed, nothing half-sealed: the rows and their history as they were
        assert conn.execute("SELECT * FROM cases ORDER BY id").fetchall() == before
        assert conn.execute("SELECT * FROM record_history ORDER BY id").fetchall() == history
    finally:
        conn.close()
    told: list[tuple[int, int]] = []
    _first_sign_in(vault, told)
    assert told[0] == (0, 2 * SMALL)
    _sealed_everything(vault, key, SMALL)
    with vault.sign_in() as admin:
        report = MaintenanceService(admin).verify()
        assert report.ok, [(c.name, c.ok) for c in report.checks]
