"""Several workstations writing through the services at once, on a real server: four
processes, each signed in from its own folder, open cases together and leave one intact,
signed audit chain (verified link by link and signature by signature) with every case each
of them was told had been saved; a workstation killed in the middle of its writes loses
nothing that had committed, and the chain stays whole."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from onestop.db.cases import Case
from onestop.domain.audit import AuditAction
from onestop.domain.roles import Role, Section
from onestop.services import audit
from tests.server.conftest import REPO, CentreOnServer

WORKERS = 4
CASES = 12


def _writer(centre: CentreOnServer, folder: Path, worker: int, count: int, *mode: str) -> Any:
    address = centre.address
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO)]),
        "ONESTOP_SIGNIN_PASSWORD": centre.centre.signin_password,
        "ONESTOP_HOME": str(folder.parent / f"home-{worker}"),
    }
    return subprocess.Popen(
        [
            sys.executable, "-m", "tests.server.workstation_writer", address.host,
            str(address.port), address.dbname, str(address.ca_file), str(folder),
            str(worker), str(count), *mode,
        ],
        cwd=REPO,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip


def _signed_in(process: Any) -> None:
    """Wait for the workstation to have signed in. One at a time: each sign-in is counted on
    the server before her password is tried (test_server_signin_counters.py), so four of the
    same person at the same instant would be four attempts in flight."""
    line = process.stdout.readline()
    assert line == "signed-in\n", line + process.stderr.read()


def _go(process: Any) -> None:
    process.stdin.write("go\n")
    process.stdin.flush()


def _saved(output: str) -> dict[str, str]:
    """Reference -> alias of every case the workstation was told had been saved."""
    lines = [line.split() for line in output.splitlines() if line.startswith("OSC-")]
    return {ref: alias for ref, alias in lines}


def _the_server_holds(centre: CentreOnServer) -> dict[str, str]:
    """Every case on the server (reference -> alias), and the chain verified, as a manager
    signing in afterwards from the test's own workstation."""
    with centre.sign_in(Role.MANAGER) as manager, manager.engine.connect() as conn:
        report = audit.verify_chain(conn, manager.key, manager.vault_id, manager.folder.anchor)
        assert report.ok, report.problems
    with centre.sign_in(Role.CASEWORKER) as cw, cw.system_transaction() as s:
        cases = s.scalars(select(Case)).all()
        return {c.reference: str(c.alias) for c in cases}


@pytest.mark.slow  # four processes
def test_four_workstations_writing_at_once_keep_one_signed_chain(
    centre_on_server: CentreOnServer, tmp_path: Path
) -> None:
    writers = []
    for n in range(WORKERS):
        writers.append(_writer(centre_on_server, tmp_path / f"ws{n}", n, CASES))
        _signed_in(writers[-1])
    for process in writers:
        _go(process)
    saved: dict[str, str] = {}
    for process in writers:
        out, err = process.communicate(timeout=240)
        assert process.returncode == 0, err[-2000:]
        mine = _saved(out)
        assert len(mine) == CASES
        saved.update(mine)
    assert len(saved) == WORKERS * CASES  # no reference handed out twice
    held = _the_server_holds(centre_on_server)
    assert {ref: held.get(ref) for ref in saved} == saved


@pytest.mark.slow  # four processes
def test_workstations_reading_and_writing_at_once_keep_every_read_in_one_chain(
    centre_on_server: CentreOnServer, tmp_path: Path
) -> None:
    """Reads take the write lock only at their audit entry: four workstations each opening
    cases and reading each one back (alone and as a whole case file) leave one chain that
    verifies, with every read they were told had committed in it."""
    writers = []
    for n in range(WORKERS):
        writers.append(_writer(centre_on_server, tmp_path / f"ws{n}", n, CASES, "reads"))
        _signed_in(writers[-1])
    for process in writers:
        _go(process)
    saved: dict[str, str] = {}
    read: list[str] = []
    for process in writers:
        out, err = process.communicate(timeout=240)
        assert process.returncode == 0, err[-2000:]
        saved.update(_saved(out))
        read += [line.split()[1] for line in out.splitlines() if line.startswith("read ")]
    assert len(saved) == WORKERS * CASES and sorted(read) == sorted(saved)
    held = _the_server_holds(centre_on_server)  # the chain verified, link and signature
    assert {ref: held.get(ref) for ref in saved} == saved
    with centre_on_server.superuser() as su:
        entries = su.execute(
            "SELECT record_ref, section FROM audit_log WHERE action = %s AND record_ref = ANY(%s)",
            (AuditAction.RECORD_READ.value, read),
        ).fetchall()
    # Every read's entries: one for a case read alone (even numbers), the same several for
    # each whole case file (odd: every section it read, the identity's among them).
    found = {ref: Counter(section for r, section in entries if r == ref) for ref in read}
    alone = {ref for ref in read if int(saved[ref].rsplit("-", 1)[1]) % 2 == 0}
    assert all(found[ref] == Counter({Section.IDENTITY.value: 1}) for ref in alone)
    files = [found[ref] for ref in read if ref not in alone]
    assert len(files) == WORKERS * CASES // 2 and all(f == files[0] for f in files)
    assert len(files[0]) > 1 and files[0][Section.IDENTITY.value] >= 1


def test_a_workstation_killed_mid_write_loses_nothing_committed(
    centre_on_server: CentreOnServer, tmp_path: Path
) -> None:
    with centre_on_server.superuser() as su:
        before = {r[0] for r in su.execute("SELECT reference FROM cases")}
    process = _writer(centre_on_server, tmp_path / "ws", 0, 10_000)
    assert process.stdout is not None
    _signed_in(process)
    _go(process)
    lines: list[str] = []
    while len([x for x in lines if x.startswith("OSC-")]) < 8:
        line = process.stdout.readline()
        assert line, process.stderr.read() if process.stderr else ""
        lines.append(line)
    process.send_signal(signal.SIGKILL)  # in the middle of its next unit of work
    rest, _ = process.communicate(timeout=30)
    saved = _saved("".join(lines) + rest)
    held = _the_server_holds(centre_on_server)
    assert {ref: held.get(ref) for ref in saved} == saved
    new = set(held) - before
    assert set(saved) <= new and len(new - set(saved)) <= 1  # at most one committed unprinted
