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
from weakref import WeakSet

import pytest
from sqlalchemy import event

from onestop.db.cases import Case
from onestop.db.records import RecordVersion
from onestop.domain.audit import AuditAction
from onestop.domain.roles import Role, Section
from onestop.services import sectionkeys
from onestop.services.attachmentblobs import BOUND, TEXT_BOUND
from onestop.services.cases import CaseService
from onestop.services.maintenance import MaintenanceService
from onestop.vault import faults
from tests.helpers import raw_connection
from tests.olderattachments import OlderVault
from tests.oldertext import form_one_waiting, older_cases, older_text_vault

pytestmark = pytest.mark.local_only(reason="makes older rows in vault.db with a raw connection")

STEP = 40  # rows read, sealed and let go at a time (PROGRESS_STEP), small for a small vault
SMALL, LARGE = 200, 1000


def _older(tmp_path, monkeypatch, name: str, cases: int) -> OlderVault:
    """A vault an earlier release wrote (tests/fixtures/vault-demo-0052) holding ``cases``
    cases in clear, each with a history snapshot in clear, written before anyone signed in;
    then upgraded by the admin's sign-in (she holds no section key: nothing is sealed)."""
    older = older_text_vault(tmp_path / name, monkeypatch)
    older_cases(older, cases)
    with older.sign_in(Role.ADMIN):
        pass
    return older


def _first_sign_in(older: OlderVault, told: list[tuple[int, int]]) -> int:
    """The caseworker's sign-in that seals it all, telling ``told`` how far it is; returns
    its peak of traced memory."""
    gc.collect()
    tracemalloc.start()
    try:
        with older.sign_in(
            Role.CASEWORKER, progress=lambda done, total: told.append((done, total))
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


def test_sealing_holds_a_batch_at_a_time_whatever_the_vaults_size(tmp_path, monkeypatch) -> None:
    """Each size in a vault of its own, written by an earlier release: once a holder's sign-in
    has sealed a section, text in clear written there is a forgery, not older text
    (tests/unit/test_redteam_older_text.py)."""
    monkeypatch.setattr(sectionkeys, "PROGRESS_STEP", STEP)
    peaks = {}
    for cases in (SMALL, LARGE):
        older = _older(tmp_path, monkeypatch, f"peak-{cases}", cases)
        # Her sections' text sealed by that release, bound to its cases by the same sign-in.
        waiting = form_one_waiting(older, Role.CASEWORKER)
        told: list[tuple[int, int]] = []
        peaks[cases] = _first_sign_in(older, told)
        _sealed_everything(older, older.key, cases)
        total = 2 * cases + waiting  # the rows and their history, and the older form
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
    older = _older(tmp_path, monkeypatch, "held", LARGE)
    held: list[int] = []
    # Every row and history snapshot the sign-in makes an object of, kept only while alive:
    # counted as gc.get_objects() would count them, without walking the whole heap at each
    # step (late in a long test run that walk took seconds a step, and the test its timeout).
    live: WeakSet[object] = WeakSet()

    def track(target: object, *_args: object) -> None:
        live.add(target)

    def count_held(done: int, total: int) -> None:
        if total:
            held.append(len(live))

    for model in (Case, RecordVersion):
        event.listen(model, "load", track)
        event.listen(model, "init", track)
    try:
        with older.sign_in(Role.CASEWORKER, progress=count_held) as cw:
            opened = CaseService(cw).get(older.reference)
            assert opened.details.alias.startswith("Alias ")  # opens
    finally:
        for model in (Case, RecordVersion):
            event.remove(model, "load", track)
            event.remove(model, "init", track)
    print(f"held at most {max(held)} of {2 * LARGE}")
    assert held and max(held) <= STEP, held
    conn = raw_connection(older.path / "vault.db", older.key)
    try:  # audited as before: one entry for the section, every row it sealed (the binding of
        # the release's own sealed text to its cases has entries of its own: 0069)
        sealed = conn.execute(
            "SELECT detail FROM audit_log WHERE action = ? AND section = ? "
            "AND detail NOT IN (?, ?) AND detail NOT LIKE '% bound to their cases' ORDER BY seq",
            (AuditAction.SECTION_TEXT_SEALED.value, Section.IDENTITY.value, BOUND, TEXT_BOUND),
        ).fetchall()
    finally:
        conn.close()
    assert sealed == [(str(2 * LARGE),)]
    _sealed_everything(older, older.key, LARGE)


KILLED_SIGN_IN = """
import sys
from pathlib import Path
from onestop.services.auth import sign_in
sign_in(Path(sys.argv[1]), sys.argv[2], sys.stdin.readline().rstrip("\\n"))
"""


@pytest.mark.slow  # a subprocess, killed
def test_a_sign_in_killed_while_sealing_leaves_nothing_half_sealed(tmp_path, monkeypatch) -> None:
    """Killed (SIGKILL) once its first batch is sealed and flushed but not committed: every
    row is as it was, the vault verifies, and the next sign-in seals it all."""
    monkeypatch.setattr(sectionkeys, "PROGRESS_STEP", STEP)
    older = _older(tmp_path, monkeypatch, "killed", SMALL)
    key = older.key
    conn = raw_connection(older.path / "vault.db", key)
    try:
        before = conn.execute("SELECT * FROM cases ORDER BY id").fetchall()
        history = conn.execute("SELECT * FROM record_history ORDER BY id").fetchall()
    finally:
        conn.close()
    username, password = older.credentials(Role.CASEWORKER)
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_SIGN_IN, str(older.path), username],
        input=password + "\n",
        env={**os.environ, "ONESTOP_KILL_AT": faults.SEALING_BATCH},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    conn = raw_connection(older.path / "vault.db", key)
    try:  # nothing sealed, nothing half-sealed: the rows and their history as they were
        assert conn.execute("SELECT * FROM cases ORDER BY id").fetchall() == before
        assert conn.execute("SELECT * FROM record_history ORDER BY id").fetchall() == history
    finally:
        conn.close()
    waiting = form_one_waiting(older, Role.CASEWORKER)  # bound to its cases as well
    told: list[tuple[int, int]] = []
    _first_sign_in(older, told)
    assert told[0] == (0, 2 * SMALL + waiting)
    _sealed_everything(older, key, SMALL)
    with older.sign_in(Role.ADMIN) as admin:
        report = MaintenanceService(admin).verify()
        assert report.ok, [(c.name, c.ok) for c in report.checks]
