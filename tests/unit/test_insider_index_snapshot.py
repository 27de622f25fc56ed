"""A planted search index snapshot, as the insider would plant it, is found and undone.

The caseworker holds the identity key. With her own password, the vault's files and
`sqlcipher3` she opens the sealed snapshot (case_index_snapshots), gives an unchanged case
another name and seals it again under the key she holds: the next sign-in reads that snapshot
and shows the name she chose, with no audit entry. The check after the sign-in
(services.caseindex.check_snapshot; on a thread of its own in the desktop, gui.indexcheck;
before the first search anywhere else) opens every case's row again, puts the true entries
back, drops the snapshot and writes a signed tamper entry that the admin and the managers are
shown at their next sign-in.
"""

from __future__ import annotations

import json
from dataclasses import replace

from onestop.domain.roles import Role, Section
from onestop.services import caseindex
from onestop.services.audit import AuditService
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.sealedcolumns import open_value, seal_value
from onestop.services.search import CaseSearch
from onestop.vault.keyslots import VAULT_KEY, KeySlotFile, user_slot_id
from onestop.vault.sectionkeys import KeyRing, open_grant
from tests.conftest import password_for, username_for
from tests.helpers import raw_connection

TABLE, COLUMN = "case_index_snapshots", "entries"


def plant_snapshot(vault, reference: str, planted: str, text: str | None = None) -> None:
    """What she does, outside OneStop: her slot opened with her password, her identity key
    from her grant, the snapshot opened, one case renamed, sealed again, written back
    (``text``: that text sealed in its place instead)."""
    username = username_for(Role.CASEWORKER)
    slot_id = user_slot_id(username)
    slots = KeySlotFile.load(vault.path / "keyslots.json")
    opened = slots.open_slot(slot_id, password_for(Role.CASEWORKER))
    assert opened is not None
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        ring = KeyRing()
        for section, version, sealed in conn.execute(
            "SELECT section, version, sealed FROM section_key_grants WHERE slot_id = ?",
            (slot_id,),
        ):
            key = open_grant(opened.private, sealed, slots.vault_id, section, version, slot_id)
            if key is not None:
                ring.add(key)
        identity = ring.current(Section.IDENTITY)
        assert identity is not None
        row_id, version, entries = conn.execute(
            f"SELECT id, version, {COLUMN} FROM {TABLE}"
        ).fetchone()
        data = json.loads(open_value(ring, TABLE, COLUMN, row_id, version, entries))
        at = data["references"].index(reference)
        data["names"][at] = planted
        data["keys"][at] = f"{reference.lower()} | {planted.lower()}"
        if text is None:
            text = json.dumps(data, ensure_ascii=False)
        resealed = seal_value(identity, TABLE, COLUMN, row_id, version, text)
        conn.execute(f"UPDATE {TABLE} SET {COLUMN} = ?", (resealed,))
        conn.commit()
    finally:
        conn.close()


def as_the_desktop_reads_it(session) -> caseindex.CaseIndex:
    """Her index read on its own thread and put in place, as the desktop does after sign-in
    (gui.shell): a snapshot so read is left to the desktop's check (``checking``)."""
    caseindex.load_in_background(session)
    assert session.index_loading is not None
    index = caseindex.finish_loading(session)
    assert index is not None and session.index_loading is None
    return index


def test_a_snapshot_planted_with_her_identity_key_is_found_and_undone(vault) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        cases = CaseService(cw)
        reference = cases.open_case(SurvivorDetails(alias="Truthful")).reference
        other = cases.open_case(SurvivorDetails(alias="Bystander")).reference
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.finish_loading(cw)  # writes the snapshot (there was none)
    plant_snapshot(vault, reference, "Planted Name")
    with vault.sign_in(Role.CASEWORKER) as cw:
        search = CaseSearch(cw)
        index = as_the_desktop_reads_it(cw)
        # The attack as it lands: the desktop reads her snapshot (the case has not changed),
        # and while it checks it on its own thread (gui.indexcheck), a search shows what the
        # snapshot shows.
        assert index.checking
        assert [c.display_name for c in search.find("planted").cases] == ["Planted Name"]
        index.checking = False
        assert caseindex.check_snapshot(cw) == 1
        assert search.find("planted").cases == ()
        assert [c.reference for c in search.find("truthful").cases] == [reference]
        assert [c.display_name for c in search.find(other).cases] == ["Bystander"]
        with cw.system_transaction() as s:
            assert caseindex.read_snapshot(s, cw.section_keys) is None  # dropped
        assert caseindex.check_snapshot(cw) == 0  # checked once per sign-in
    # What the admin and the managers are shown at sign-in (gui.shell._warn_of_tampering).
    with vault.sign_in(Role.MANAGER) as manager:
        (finding,) = AuditService(manager).tamper_findings()
        assert finding.codes == (caseindex.SNAPSHOT_PLANTED,)
        assert "search index" in finding.description


def test_a_true_snapshot_is_checked_without_a_finding(vault, make_case) -> None:
    make_case(alias="Unchanged")
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.finish_loading(cw)  # writes the snapshot (there was none)
    with vault.sign_in(Role.CASEWORKER) as cw:
        index = as_the_desktop_reads_it(cw)
        assert index.from_snapshot
        assert caseindex.check_snapshot(cw) == 0
        assert not index.from_snapshot
        with cw.system_transaction() as s:
            assert caseindex.read_snapshot(s, cw.section_keys) is not None
    with vault.sign_in(Role.MANAGER) as manager:
        assert AuditService(manager).tamper_findings() == ()
    with vault.sign_in(Role.ADMIN) as admin:
        assert AuditService(admin).tamper_findings() == ()


def test_a_search_outside_the_desktop_checks_a_planted_snapshot_first(vault, make_case) -> None:
    """The command line, an import, any session that no desktop checks: the first search
    checks the snapshot before it shows anything from it."""
    reference = make_case(alias="Truthful")
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.finish_loading(cw)  # writes the snapshot (there was none)
    plant_snapshot(vault, reference, "Planted Name")
    with vault.sign_in(Role.CASEWORKER) as cw:
        assert cw.case_index is None  # read when first needed
        assert CaseSearch(cw).find("planted").cases == ()
        assert [c.display_name for c in CaseSearch(cw).find(reference).cases] == ["Truthful"]
        assert not cw.case_index.from_snapshot
    with vault.sign_in(Role.MANAGER) as manager:
        (finding,) = AuditService(manager).tamper_findings()
        assert finding.codes == (caseindex.SNAPSHOT_PLANTED,)


def test_what_a_check_found_is_not_put_over_an_edit_made_meanwhile(vault, make_case) -> None:
    """The desktop's check reads the rows on its own thread while she goes on working: a case
    she edits meanwhile keeps its new entry when the findings are put in, and the planted
    snapshot is still reported."""
    reference = make_case(alias="Truthful")
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.finish_loading(cw)  # writes the snapshot (there was none)
    plant_snapshot(vault, reference, "Planted Name")
    with vault.sign_in(Role.CASEWORKER) as cw:
        index = as_the_desktop_reads_it(cw)
        assert index.from_snapshot and index.checking  # as while the desktop's thread runs
        findings = caseindex.snapshot_findings(cw, *index.state())
        assert findings is not None and len(findings.wrong) == 1
        cases = CaseService(cw)
        case = cases.get(reference)
        cases.update(reference, replace(case.details, alias="Renamed Since"), case.version)
        index.checking = False
        assert caseindex.apply_findings(cw, index, findings) == 1  # still reported
        assert [c.display_name for c in CaseSearch(cw).find(reference).cases] == ["Renamed Since"]
        assert CaseSearch(cw).find("planted").cases == ()
    with vault.sign_in(Role.MANAGER) as manager:
        (finding,) = AuditService(manager).tamper_findings()
        assert finding.codes == (caseindex.SNAPSHOT_PLANTED,)


def test_a_cancelled_check_finds_nothing_and_changes_nothing(vault, make_case) -> None:
    reference = make_case(alias="Truthful")
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.finish_loading(cw)  # writes the snapshot (there was none)
    plant_snapshot(vault, reference, "Planted Name")
    with vault.sign_in(Role.CASEWORKER) as cw:
        index = as_the_desktop_reads_it(cw)
        assert caseindex.snapshot_findings(cw, *index.state(), cancelled=lambda: True) is None
        assert index.from_snapshot


def test_a_check_or_build_cancelled_on_the_way_stops_at_its_next_thousand_rows(vault) -> None:
    """A lock or a sign-out while the rows are read (over 1,000 of them): the check and the
    build each look at the cancellation every 1,000 rows, stop there with nothing, and let
    their connection go (a write goes through at once afterwards)."""
    with vault.sign_in(Role.CASEWORKER) as cw:
        cases = CaseService(cw)
        with cw.batch():
            for k in range(1001):
                cases.open_case(SurvivorDetails(alias=f"Case {k}"))
        caseindex.finish_loading(cw)  # writes the snapshot (there was none)
    with vault.sign_in(Role.CASEWORKER) as cw:
        index = as_the_desktop_reads_it(cw)
        assert index.from_snapshot and len(index.state()[0]) == 1001
        asked: list[int] = []

        def at_the_second_look() -> bool:
            asked.append(1)
            return len(asked) > 1

        assert caseindex.snapshot_findings(cw, *index.state(), cancelled=at_the_second_look) is None
        assert len(asked) == 2  # before row 1 and before row 1001: it stopped there
        asked.clear()
        assert caseindex._raw_build(cw, at_the_second_look) is None
        assert len(asked) == 2
        CaseService(cw).open_case(SurvivorDetails(alias="After"))  # no read holds the vault


def test_a_snapshot_nested_past_the_parser_stops_no_sign_in(vault, make_case) -> None:
    """The red team's A3b: she seals JSON nested 200,000 deep as the snapshot; reading it
    raised RecursionError, which stopped every identity holder's sign-in. It is refused like
    any altered snapshot: the index is built from the cases' rows."""
    reference = make_case(alias="Truthful")
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.finish_loading(cw)  # writes the snapshot (there was none)
    plant_snapshot(vault, reference, "Planted Name", text="[" * 200_000 + "]" * 200_000)
    with vault.sign_in(Role.CASEWORKER) as cw:
        assert not as_the_desktop_reads_it(cw).from_snapshot
        assert [c.display_name for c in CaseSearch(cw).find(reference).cases] == ["Truthful"]
    with vault.sign_in(Role.MANAGER) as manager:  # from the snapshot her sign-in wrote anew
        found = CaseSearch(manager).find(reference).cases
        assert [c.display_name for c in found] == ["Truthful"]
