"""The search index's sealed snapshot (services.caseindex, db.caseindex).

A sign-in opens the snapshot and only the cases changed since, instead of every name. These
tests check that the index so read is the one a full build gives (after edits, new cases,
cases gone, an altered snapshot), and, as the attacker with her own secret and `sqlcipher3`:
the admin and the recovery key read no name in it, and a revoked colleague's old identity key
opens no snapshot written after her disable.
"""

from __future__ import annotations

import dataclasses
import json
import pickle

import pytest
from sqlalchemy import select, update

from onestop.db.caseindex import CaseIndexSnapshot
from onestop.domain.roles import Action, Role, Section
from onestop.services import caseindex
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.search import CaseSearch
from onestop.services.users import UserService
from onestop.vault.keyslots import VAULT_KEY
from onestop.vault.sectionkeys import field_aad
from tests.conftest import password_for, username_for
from tests.helpers import raw_connection
from tests.unit.test_insider_identity import canary_name, plant, where_found
from tests.unit.test_insider_revocation import Insider, assert_token_closed_to, current_rows
from tests.unit.test_insider_section_keys import ATTACKERS, attacker_slot, every_text_value

SNAPSHOT = "SELECT version, key_version, entries FROM case_index_snapshots"


def full_build(session) -> caseindex.CaseIndex:
    with session.system_transaction() as s:
        return caseindex.build(s, session.section_keys)


def same_index(a: caseindex.CaseIndex, b: caseindex.CaseIndex) -> None:
    assert dict(a._entries) == dict(b._entries)
    assert a.versions() == b.versions()


def test_a_sign_in_reads_the_snapshot_and_the_cases_changed_since(vault, make_case) -> None:
    first = make_case(alias="Hope")
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.finish_loading(cw)  # her index read, and the snapshot written (none yet)
    ((version, key_version, entries),) = current_rows(vault, SNAPSHOT)
    assert entries.startswith(f"osk1.identity.{key_version}.")
    with vault.sign_in(Role.CASEWORKER) as cw:
        cases = CaseService(cw)
        held = cases.get(first)
        cases.update(first, dataclasses.replace(held.details, alias="Renamed"), held.version)
    added = make_case(alias="Newcomer")
    with vault.sign_in(Role.CASEWORKER) as cw:
        index = caseindex.finish_loading(cw)
        assert index is not None
        same_index(index, full_build(cw))
        search = CaseSearch(cw)
        assert [c.reference for c in search.find("renamed").cases] == [first]
        assert [c.reference for c in search.find("newcomer").cases] == [added]
        assert search.find("hope").cases == ()
    # Two changes of a handful of cases: more than 1 %, so the snapshot was written again.
    ((again, _, _),) = current_rows(vault, SNAPSHOT)
    assert again > version


def test_a_case_gone_since_the_snapshot_is_dropped(vault, make_case) -> None:
    make_case(alias="Stays")
    with vault.sign_in(Role.CASEWORKER) as cw:
        index = full_build(cw)
        index.put(999_999, "OSC-0000-999999", "Gone Away", "", "", None, "", 1)
        with cw.system_transaction() as s:
            previous = s.scalar(select(CaseIndexSnapshot.version)) or 0
            assert caseindex.write_snapshot(s, cw.section_keys, index, previous)
    with vault.sign_in(Role.CASEWORKER) as cw:
        index = caseindex.finish_loading(cw)
        assert index is not None and index.version_of(999_999) is None
        same_index(index, full_build(cw))
        assert CaseSearch(cw).find("gone away").cases == ()


def test_an_altered_snapshot_is_not_read_and_is_written_again(vault, make_case) -> None:
    reference = make_case(alias="Intact")
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.finish_loading(cw)  # writes the snapshot (there was none)
    with vault.sign_in(Role.CASEWORKER) as cw, cw.system_transaction() as s:
        sealed = s.scalar(select(CaseIndexSnapshot.entries))
        assert sealed
        flipped = sealed[:-6] + ("A" if sealed[-6] != "A" else "B") + sealed[-5:]
        s.execute(update(CaseIndexSnapshot).values(entries=flipped))
        assert caseindex.read_snapshot(s, cw.section_keys) is None
    with vault.sign_in(Role.CASEWORKER) as cw:
        index = caseindex.finish_loading(cw)
        assert index is not None
        same_index(index, full_build(cw))
        assert [c.reference for c in CaseSearch(cw).find("intact").cases] == [reference]
        with cw.system_transaction() as s:
            assert caseindex.read_snapshot(s, cw.section_keys) is not None


def test_a_snapshot_is_json_of_plain_values_only() -> None:
    index = caseindex.CaseIndex()
    index.put(7, "OSC-2026-000007", "Ana Núñez", "", "+44 7900 1", None, "R-7", 3)
    parsed = caseindex.parse_snapshot(caseindex.snapshot_text(index))
    assert parsed.versions == {7: 3} and parsed.entries == dict(index._entries)
    good = json.loads(caseindex.snapshot_text(index))
    bad = [
        pickle.dumps({"format": 1}).decode("latin-1"),  # never unpickled: not JSON
        json.dumps({**good, "format": 2}),
        json.dumps({**good, "ids": [True]}),  # a bool is not an id
        json.dumps({**good, "ids": [7, 7], "versions": [3, 3]}),
        json.dumps({**good, "keys": [["nested"]]}),
        json.dumps({**good, "names": []}),  # columns of different lengths
        json.dumps([good]),
    ]
    for text in bad:
        with pytest.raises(ValueError):
            caseindex.parse_snapshot(text)


@pytest.mark.parametrize("who", ["admin", "recovery key"])
def test_with_her_own_secret_the_insider_reads_no_name_in_the_snapshot(vault, who) -> None:
    name, surname = canary_name()
    plant(vault, name)
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.finish_loading(cw)  # the snapshot now holds her
    slot_id, secret = ATTACKERS[who](vault)
    _, opened = attacker_slot(vault, slot_id, secret)
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        values = every_text_value(conn)
    finally:
        conn.close()
    assert any(table == "case_index_snapshots" for table, _, _ in values)
    folded = surname.casefold().replace("é", "e")
    assert where_found(values, [surname, folded, "7900123456"]) == []


def test_a_revoked_colleague_opens_no_snapshot_written_after(vault, make_case, tmp_path) -> None:
    """The legal advocate held the identity key, so she could open the snapshot of before.
    Disabled, her old key (from the keyslots.json and the backup she kept) opens none of the
    snapshot written after; the one of before was dropped with her grants."""
    advocate = username_for(Role.LEGAL_ADVOCATE)
    make_case(alias="Before")
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.finish_loading(cw)
    assert current_rows(vault, SNAPSHOT)
    insider = Insider(vault, advocate, password_for(Role.LEGAL_ADVOCATE), tmp_path / "kept")
    with vault.sign_in(Role.ADMIN) as admin:
        UserService(admin).disable(advocate)
    assert current_rows(vault, SNAPSHOT) == []  # not left under a version she held
    make_case(alias="After")
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.finish_loading(cw)
        current = cw.section_keys.current(Section.IDENTITY)
        assert current is not None
    ((version, key_version, token),) = current_rows(vault, SNAPSHOT)
    assert key_version == current.version
    ring = insider.ring_from_backup()
    assert key_version > max(k.version for k in ring.held() if k.section == "identity")
    aad = field_aad("case_index_snapshots", "entries", caseindex.SNAPSHOT_ID, version)
    assert_token_closed_to(ring, token, aad)


@pytest.mark.parametrize(("rare", "few"), [(4000, 2000), (4000, 1), (1, 1)])
def test_the_list_walked_in_order_gives_the_same_pages(vault, make_case, monkeypatch, rare, few):
    """A word found in many cases is matched while the list's coded order is walked
    (services.search._walk); thresholds lowered, four cases take every path."""
    from onestop.services import search as search_module

    references = [make_case(alias=f"Walker {n}") for n in range(4)]
    make_case(alias="Other")
    monkeypatch.setattr(search_module, "RARE", rare)
    monkeypatch.setattr(search_module, "FEW", few)
    with vault.sign_in(Role.CASEWORKER) as cw:
        search = CaseSearch(cw)
        newest_first = list(reversed(references))
        assert [c.reference for c in search.find("walker").cases] == newest_first
        first = search.find("walk", limit=3)
        assert [c.reference for c in first.cases] == newest_first[:3] and first.has_more
        rest = search.find("walk", limit=3, after=first.cursor)
        assert [c.reference for c in rest.cases] == newest_first[3:] and not rest.has_more
        page = search.find("walker", limit=2, offset=1, oldest_first=True)
        assert [c.reference for c in page.cases] == references[1:3]
        assert search.find("walker zzz").cases == ()


def test_an_index_read_in_the_background_catches_up_with_edits_made_meanwhile(
    vault, make_case
) -> None:
    """The desktop reads her index on a thread of its own while her home is shown
    (caseindex.Loading). A case she edits, one she opens and one purged before it is put in
    place are as they are now once it is; until then a list shows each case's own name."""
    kept = make_case(alias="Before Edit")
    make_case(alias="Unchanged One")
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.finish_loading(cw)  # the snapshot written
    with vault.sign_in(Role.CASEWORKER) as cw:
        assert cw.case_index is None  # not read at sign-in any more
        caseindex.load_in_background(cw)
        load = cw.index_loading
        assert load is not None
        load.result()  # read on its own thread, not yet put in place
        cases = CaseService(cw)
        held = cases.get(kept)
        cases.update(kept, dataclasses.replace(held.details, alias="After Edit"), held.version)
        added = cases.open_case(SurvivorDetails(alias="Opened Meanwhile")).reference
        assert cw.case_index is None and cw.index_loading is load
        # A list of no words shows names from each case's own row meanwhile.
        with cw.unit_of_work(Section.IDENTITY, Action.READ) as s:
            shown = caseindex.names(cw, s)
            assert shown is not None and cw.case_index is None  # the index not waited for
        listed = {c.reference: c.display_name for c in CaseSearch(cw).find("").cases}
        assert listed[kept] == "After Edit" and listed[added] == "Opened Meanwhile"
        index = caseindex.finish_loading(cw)
        assert index is not None and cw.index_loading is None
        same_index(index, full_build(cw))
        search = CaseSearch(cw)
        assert [c.reference for c in search.find("after edit").cases] == [kept]
        assert [c.reference for c in search.find("meanwhile").cases] == [added]
        assert search.find("before edit").cases == ()


def test_a_search_while_the_index_is_read_waits_for_it(vault, make_case) -> None:
    reference = make_case(alias="Waited For")
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.load_in_background(cw)  # no snapshot yet: built from every row
        found = CaseSearch(cw).find("waited")
        assert [c.reference for c in found.cases] == [reference]
        assert cw.index_loading is None and cw.case_index is not None
        assert not cw.case_index.from_snapshot
    # The search wrote the snapshot.
    with vault.sign_in(Role.CASEWORKER) as cw, cw.system_transaction() as s:
        assert caseindex.read_snapshot(s, cw.section_keys) is not None


def test_a_lock_while_the_index_is_read_cancels_it(vault, make_case) -> None:
    make_case(alias="Locked Away")
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.load_in_background(cw)
        load = cw.index_loading
        assert load is not None
        cw.lock()
        assert load.done() and cw.index_loading is None and cw.case_index is None
        cw.unlock(password_for(Role.CASEWORKER))
        assert cw.case_index is None and cw.index_loading is None  # read when next needed
        assert [c.display_name for c in CaseSearch(cw).find("locked").cases] == ["Locked Away"]
