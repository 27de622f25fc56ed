"""Red team: the search index read on a thread of its own after sign-in (commit 1d58f0a).

Each test is an attack by the caseworker (her own password, the vault's files, sqlcipher3) or
a race of the desktop's, against services.caseindex.Loading / finish_loading / names / of.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading

from onestop.domain.roles import Action, Role, Section
from onestop.services import caseindex
from onestop.services.audit import AuditService
from onestop.services.sealedcolumns import seal_value
from onestop.services.search import CaseSearch
from onestop.vault.keyslots import VAULT_KEY, KeySlotFile, user_slot_id
from onestop.vault.sectionkeys import KeyRing, open_grant
from tests.conftest import password_for, username_for
from tests.helpers import raw_connection
from tests.unit.test_insider_index_snapshot import (
    COLUMN,
    TABLE,
    as_the_desktop_reads_it,
    plant_snapshot,
)


def _her_ring_and_conn(vault):
    username = username_for(Role.CASEWORKER)
    slot_id = user_slot_id(username)
    slots = KeySlotFile.load(vault.path / "keyslots.json")
    opened = slots.open_slot(slot_id, password_for(Role.CASEWORKER))
    assert opened is not None
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    ring = KeyRing()
    for section, version, sealed in conn.execute(
        "SELECT section, version, sealed FROM section_key_grants WHERE slot_id = ?", (slot_id,)
    ):
        key = open_grant(opened.private, sealed, slots.vault_id, section, version, slot_id)
        if key is not None:
            ring.add(key)
    return ring, conn


def _seal_snapshot_text(vault, text: str, version: object = None) -> None:
    """Her own text sealed as the snapshot (``version``: the row's version column as she
    writes it, the AAD made to match)."""
    ring, conn = _her_ring_and_conn(vault)
    try:
        identity = ring.current(Section.IDENTITY)
        row_id, old_version = conn.execute(f"SELECT id, version FROM {TABLE}").fetchone()
        v = old_version if version is None else version
        sealed = seal_value(identity, TABLE, COLUMN, row_id, v, text)
        conn.execute(f"UPDATE {TABLE} SET {COLUMN} = ?, version = ?", (sealed, v))
        conn.commit()
    finally:
        conn.close()


def _write_first_snapshot(vault) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.finish_loading(cw)


def _no_loading_thread_left() -> bool:
    return not [t for t in threading.enumerate() if t.name == "onestop-index-load"]


# ----- A: an import during loading must not match against a planted snapshot ------------------


def test_rt_import_while_loading_checks_the_planted_snapshot(vault, make_case) -> None:
    """An import (of(..., checked=True)) arriving while the Loading thread reads a planted
    snapshot: it waits, puts it in place, and must check it before matching."""
    reference = make_case(alias="Truthful")
    _write_first_snapshot(vault)
    plant_snapshot(vault, reference, "Planted Name")
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.load_in_background(cw)
        assert cw.index_loading is not None
        with cw.unit_of_work(Section.IDENTITY, Action.READ) as s:
            index = caseindex.of(cw, s, checked=True)
        assert index is not None and not index.from_snapshot
        assert index.containing("planted") == set()
        assert CaseSearch(cw).find("planted").cases == ()
    with vault.sign_in(Role.MANAGER) as manager:
        (finding,) = AuditService(manager).tamper_findings()
        assert finding.codes == (caseindex.SNAPSHOT_PLANTED,)


# ----- B: lists while loading show the row's name, never the planted one ------------------------


def test_rt_names_while_loading_come_from_rows_not_the_snapshot(vault, make_case) -> None:
    reference = make_case(alias="Truthful")
    _write_first_snapshot(vault)
    plant_snapshot(vault, reference, "Planted Name")
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.load_in_background(cw)
        # While the thread has read but nothing is put in place yet, a list asks for names.
        cw.index_loading._thread.join()
        with cw.unit_of_work(Section.IDENTITY, Action.READ) as s:
            shown = caseindex.names(cw, s)
            case_id = (
                s.connection()
                .exec_driver_sql("SELECT id FROM cases WHERE reference = ?", (reference,))
                .scalar()
            )
            assert shown is not None and shown(case_id) == "Truthful"
        cw.lock()
        assert _no_loading_thread_left()


# ----- C: a case row crafted so its sealed name is not text ------------------------------------


def test_rt_a_case_row_whose_sealed_name_is_a_blob_breaks_nothing(vault, make_case) -> None:
    """She writes a BLOB into one case's sealed name (TEXT affinity keeps a blob a blob).
    put_raw catches only SealedFieldError: the Loading thread fails, the fallback build on the
    window's thread then raises too. Her home, lists and search must still work."""
    make_case(alias="Other")
    bad = make_case(alias="Crafted")
    _write_first_snapshot(vault)
    _ring, conn = _her_ring_and_conn(vault)
    try:
        conn.execute("UPDATE cases SET name = X'414243' WHERE reference = ?", (bad,))
        # and no snapshot, so the thread builds from every row
        conn.execute(f"DELETE FROM {TABLE}")
        conn.commit()
    finally:
        conn.close()
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.load_in_background(cw)
        cw.index_loading._thread.join()
        print("thread failure:", cw.index_loading.failure)
        index = caseindex.finish_loading(cw)
        assert index is not None
        assert [c.display_name for c in CaseSearch(cw).find("other").cases] == ["Other"]


def test_rt_a_case_row_whose_sealed_name_is_a_blob_lists_while_loading(vault, make_case) -> None:
    """The same crafted row, met by a list while the index is still being read (names())."""
    make_case(alias="Other")
    bad = make_case(alias="Crafted")
    _write_first_snapshot(vault)
    _ring, conn = _her_ring_and_conn(vault)
    try:
        conn.execute("UPDATE cases SET name = X'414243' WHERE reference = ?", (bad,))
        conn.commit()
    finally:
        conn.close()
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.load_in_background(cw)
        with cw.unit_of_work(Section.IDENTITY, Action.READ) as s:
            shown = caseindex.names(cw, s)
            ids = [r[0] for r in s.connection().exec_driver_sql("SELECT id FROM cases")]
            assert shown is not None
            listed = [shown(i) for i in ids]  # her home's list
        assert "Other" in listed
        cw.lock()


# ----- D: a snapshot row whose version column is text ------------------------------------------


def test_rt_a_snapshot_with_a_text_version_breaks_nothing(vault, make_case) -> None:
    """She seals a snapshot whose row version is 'x1' (AAD made to match: it opens) and which
    lists a stale version for a case, so the sign-in rewrites it: previous + 1 on a str."""
    reference = make_case(alias="Truthful")
    make_case(alias="Other")
    _write_first_snapshot(vault)
    ring, conn = _her_ring_and_conn(vault)
    try:
        from onestop.services.sealedcolumns import open_value

        row_id, version, entries = conn.execute(
            f"SELECT id, version, {COLUMN} FROM {TABLE}"
        ).fetchone()
        data = json.loads(open_value(ring, TABLE, COLUMN, row_id, version, entries))
    finally:
        conn.close()
    data["versions"] = [v + 100 for v in data["versions"]]  # every case stale: a rewrite
    _seal_snapshot_text(vault, json.dumps(data), version="x1")
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.load_in_background(cw)
        index = caseindex.finish_loading(cw)  # the window's poll (IndexCheck._read)
        assert index is not None
        assert [c.reference for c in CaseSearch(cw).find("truthful").cases] == [reference]


# ----- E: a huge snapshot: does a lock (the quick hide) wait for the thread? ----------------------


# ----- F: sign-out, lock, unlock mid-read: no thread left, right index after ---------------------


def test_rt_unlock_after_a_lock_mid_read_gives_the_right_index(vault, make_case) -> None:
    reference = make_case(alias="Truthful")
    _write_first_snapshot(vault)
    plant_snapshot(vault, reference, "Planted Name")
    cw = vault.sign_in(Role.CASEWORKER)
    try:
        caseindex.load_in_background(cw)
        cw.lock()
        assert cw.index_loading is None and cw.case_index is None
        assert _no_loading_thread_left()
        cw.unlock(password_for(Role.CASEWORKER))
        index = as_the_desktop_reads_it(cw)
        # the desktop would check it; a search meanwhile shows what the snapshot shows
        index.checking = False
        assert caseindex.check_snapshot(cw) == 1
        assert CaseSearch(cw).find("planted").cases == ()
    finally:
        cw.close()
    assert _no_loading_thread_left()


def test_rt_failure_log_holds_no_survivor_data(vault, make_case, caplog) -> None:
    """A snapshot that makes the thread fail: the warning names the exception's class only."""
    make_case(alias="Zelda Secretname")
    _write_first_snapshot(vault)
    _ring, conn = _her_ring_and_conn(vault)
    try:
        conn.execute("UPDATE cases SET alias = X'5A656C6461' WHERE 1")
        conn.execute(f"DELETE FROM {TABLE}")
        conn.commit()
    finally:
        conn.close()
    with caplog.at_level(logging.DEBUG), vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.load_in_background(cw)
        with contextlib.suppress(Exception):  # it may fail: what it logs is the point
            caseindex.finish_loading(cw)
    assert "Zelda" not in caplog.text and "Secretname" not in caplog.text


# ----- G: the thread writes nothing; the trail verifies after a found plant ----------------------


def _files(vault) -> dict[str, bytes]:
    import hashlib

    return {
        p.name: hashlib.sha256(p.read_bytes()).digest()
        for p in sorted(vault.path.glob("vault.db*"))
        if not p.name.endswith("-shm")  # a reader marks the shared memory: not a write
    }


def test_rt_loading_thread_writes_nothing_and_trail_verifies(vault, make_case) -> None:
    from onestop.services.maintenance import MaintenanceService

    reference = make_case(alias="Truthful")
    _write_first_snapshot(vault)
    plant_snapshot(vault, reference, "Planted Name")
    with vault.sign_in(Role.CASEWORKER) as cw:
        before = _files(vault)
        caseindex.load_in_background(cw)
        cw.index_loading._thread.join()
        assert _files(vault) == before  # the thread wrote nothing
        index = caseindex.finish_loading(cw)
        assert index is not None and index.checking
        index.checking = False
        assert caseindex.check_snapshot(cw) == 1
    with vault.sign_in(Role.ADMIN) as admin:
        report = MaintenanceService(admin).verify()
    bad = [c for c in report.checks if not c.ok]
    # The only finding is the plant itself (reported as tampering); the chain is whole.
    assert [c.name for c in bad] == ["audit trail"], bad
    assert "search index" in bad[0].message and bad[0].message.count("Found at") == 1, bad


# ----- H: an import's dry run (a pool thread) races the window's poll for the loaded index --------
