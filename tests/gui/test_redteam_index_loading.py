"""Red team, desktop path: her search index read on its own thread after sign-in
(commit 1d58f0a): gui.shell._check_index_snapshot -> caseindex.Loading -> IndexCheck._read."""

from __future__ import annotations

import json
import threading

from onestop.domain.roles import Role
from onestop.services import caseindex
from onestop.services.audit import AuditService
from tests.gui.conftest import sign_in
from tests.gui.test_tamper_warning import _index_checked, _listed
from tests.unit.test_insider_index_snapshot import plant_snapshot
from tests.unit.test_redteam_index_loading import (
    TABLE,
    _her_ring_and_conn,
    _write_first_snapshot,
)


def test_rt_gui_planted_snapshot_found_via_background_load_and_search(
    qtbot, make_shell, vault, dialogs, make_case
) -> None:
    """Plant; sign in on the desktop; search at once (it waits for the thread and puts the
    index in place itself, before the poll): the check must still run and report it."""
    from onestop.services.search import CaseSearch

    reference = make_case(alias="Truthful")
    _write_first_snapshot(vault)
    plant_snapshot(vault, reference, "Planted Name")
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    session = shell.session
    assert session is not None
    CaseSearch(session).find(reference)  # a search before the poll puts it in place
    qtbot.waitUntil(lambda: _index_checked(shell), timeout=20_000)
    assert shell.index_check.wrong == 1
    qtbot.waitUntil(lambda: "Truthful" in _listed(shell), timeout=10_000)
    assert not any("Planted" in t for t in _listed(shell))
    assert CaseSearch(session).find("planted").cases == ()
    shell._end_session()
    assert not [t for t in threading.enumerate() if t.name.startswith("onestop-index")]
    with vault.sign_in(Role.MANAGER) as manager:
        (finding,) = AuditService(manager).tamper_findings()
        assert finding.codes == (caseindex.SNAPSHOT_PLANTED,)


def test_rt_gui_crafted_case_row_leaves_her_home_working(
    qtbot, make_shell, vault, dialogs, make_case, caplog
) -> None:
    """One case's sealed name made a BLOB with sqlcipher3 (no snapshot): before 1d58f0a every
    identity holder's sign-in failed; now the sign-in passes, but is her home's list shown?"""
    make_case(alias="Other")
    bad = make_case(alias="Crafted")
    _write_first_snapshot(vault)
    _, conn = _her_ring_and_conn(vault)
    try:
        conn.execute("UPDATE cases SET name = X'414243' WHERE reference = ?", (bad,))
        conn.execute(f"DELETE FROM {TABLE}")
        conn.commit()
    finally:
        conn.close()
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    qtbot.waitUntil(lambda: _index_checked(shell), timeout=20_000)
    qtbot.waitUntil(lambda: "Other" in _listed(shell), timeout=5_000)


def test_rt_gui_snapshot_rewrite_that_cannot_commit_skips_the_check(
    qtbot, make_shell, vault, dialogs, make_case
) -> None:
    """She plants a name, marks another case's version stale (so the sign-in rewrites the
    snapshot inside finish_loading's transaction), and adds to case_index_snapshots a column
    with a deferred foreign key whose default names no case: the rewrite fails at COMMIT.
    IndexCheck._read then logs "not put in place" and finishes, while session.case_index,
    assigned before the commit, keeps the planted entries with ``checking`` True: nobody
    checks them, a search shows her name, and no tamper entry is written."""
    from onestop.domain.roles import Section
    from onestop.services.sealedcolumns import open_value, seal_value
    from onestop.services.search import CaseSearch
    from tests.unit.test_insider_index_snapshot import COLUMN

    reference = make_case(alias="Truthful")
    other = make_case(alias="Other")
    _write_first_snapshot(vault)
    ring, conn = _her_ring_and_conn(vault)
    try:
        identity = ring.current(Section.IDENTITY)
        row_id, version, entries = conn.execute(
            f"SELECT id, version, {COLUMN} FROM {TABLE}"
        ).fetchone()
        data = json.loads(open_value(ring, TABLE, COLUMN, row_id, version, entries))
        at = data["references"].index(reference)
        data["names"][at] = "Planted Name"
        data["keys"][at] = f"{reference.lower()} | planted name"
        data["versions"][data["references"].index(other)] += 100  # stale: a rewrite
        sealed = seal_value(identity, TABLE, COLUMN, row_id, version, json.dumps(data))
        conn.execute(f"UPDATE {TABLE} SET {COLUMN} = ?", (sealed,))
        conn.execute(
            f"ALTER TABLE {TABLE} ADD COLUMN trap INTEGER DEFAULT 999999 "
            "REFERENCES cases(id) DEFERRABLE INITIALLY DEFERRED"
        )
        conn.commit()
    finally:
        conn.close()
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    session = shell.session
    assert session is not None
    qtbot.waitUntil(lambda: _index_checked(shell), timeout=20_000)
    qtbot.wait(300)
    planted = [c.display_name for c in CaseSearch(session).find("planted").cases]
    print(
        "search 'planted' shows:",
        planted,
        "check.wrong:",
        shell.index_check.wrong,
        "index from_snapshot/checking:",
        session.case_index.from_snapshot,
        session.case_index.checking,
    )
    listed = _listed(shell)
    shell._end_session()
    from onestop.services.maintenance import MaintenanceService

    with vault.sign_in(Role.MANAGER) as manager:
        findings = AuditService(manager).tamper_findings()
    with vault.sign_in(Role.ADMIN) as admin:
        report = MaintenanceService(admin).verify()
    print("verify:", [(c.name, c.ok, c.message[:120]) for c in report.checks if not c.ok])
    problems = []
    if planted:
        problems.append(f"search shows {planted} for the whole session")
    if any("Planted" in t for t in listed):
        problems.append("her Cases list shows the planted name")
    if not any(caseindex.SNAPSHOT_PLANTED in f.codes for f in findings):
        problems.append("the plant is not reported to the manager")
    if report.ok:
        problems.append("admin verify finds nothing")
    assert not problems, problems
