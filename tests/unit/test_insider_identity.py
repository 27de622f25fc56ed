"""Survivors' names under the identity key, tested as the insider with her own password.

The attack: the admin (or whoever holds the recovery key) opens her own key slot, takes the
vault key, and reads ``vault.db`` with a bare ``sqlcipher3`` connection: every table, the
history of records, drafts, the audit trail's details and ``sqlite_master``. Names used to be
there in clear twice, in ``cases`` and in the FTS5 search index. These tests plant a canary
name and look for it, whole and folded, everywhere she can read; and check through the
services that a caseworker still finds the survivor by any part of her name, and that a new
colleague sees the cases without names until a holder confirms her.
"""

from __future__ import annotations

import secrets

import pytest

from onestop.domain.roles import Role, Section
from onestop.errors import PermissionDenied
from onestop.services import caseindex, sectionkeys
from onestop.services.auth import sign_in
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.drafts import DraftService
from onestop.services.intake import IntakeService
from onestop.services.search import CaseSearch
from onestop.services.users import UserService
from onestop.vault.keyslots import VAULT_KEY
from tests.helpers import raw_connection
from tests.oldertext import add_draft, add_history, older_text_vault, raw, reference_of
from tests.unit.test_insider_section_keys import ATTACKERS, attacker_slot, every_text_value

NEWCOMER = "u-caseworker-two"
NEWCOMER_PASSWORD = "thistle harbour gentle morning 62"


def canary_name() -> tuple[str, str]:
    """A name no fixture holds (with an accent, so the folded form differs), and its surname."""
    surname = f"Zéphyrine{secrets.token_hex(5)}"
    return f"Amarante {surname}", surname


def plant(vault, name: str) -> str:
    """As the caseworker: her file with ``name`` in every identity text field, edited once (a
    history version), closed with a reason naming her, and an intake draft naming her."""
    with vault.sign_in(Role.CASEWORKER) as cw:
        cases = CaseService(cw)
        details = SurvivorDetails(
            name=name,
            alias=f"{name} alias",
            gender=name,
            languages=(name[:60],),
            disability=name,
            children_notes=name,
            address=f"12 {name} Road",
            safe_phone="+44 7900 123456",
            safe_code_word=name[:100],
            safe_notes=name,
        )
        opened = cases.open_case(details)
        edited = cases.update(opened.reference, details, opened.version)
        cases.close(opened.reference, f"moved away, {name}", edited.version)
        DraftService(cw).keep("intake", Section.IDENTITY, "", {"name": name})
        assert IntakeService(cw).possible_matches(name=name).matches
        return opened.reference


def where_found(values, needles: list[str]) -> list[tuple[str, str]]:
    found = []
    for table, column, value in values:
        text = value if isinstance(value, str) else value.decode("utf-8", "replace")
        if any(n in text or n.casefold() in text.casefold() for n in needles):
            found.append((table, column))
    return found


@pytest.mark.parametrize("who", ["admin", "recovery key"])
def test_with_her_own_secret_the_insider_finds_no_survivor_name(vault, who) -> None:
    name, surname = canary_name()
    plant(vault, name)
    folded = surname.casefold().replace("é", "e")  # what the old search index kept
    slot_id, secret = ATTACKERS[who](vault)
    _, opened = attacker_slot(vault, slot_id, secret)
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        values = every_text_value(conn)
        schema = [
            ("sqlite_master", "sql", r[0] or "")
            for r in conn.execute("SELECT sql FROM sqlite_master").fetchall()
        ]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master").fetchall()}
        history = conn.execute(
            "SELECT count(*) FROM record_history WHERE record_type = 'case'"
        ).fetchone()[0]
    finally:
        conn.close()
    assert values and history == 2  # she did read the vault, the file's history among it
    assert not any(t.startswith("case_search") for t in tables)  # no index in the vault
    assert where_found(values + schema, [surname, folded, "7900123456"]) == []


def test_a_caseworker_finds_her_by_any_part_of_her_name(vault) -> None:
    name, surname = canary_name()
    reference = plant(vault, name)
    with vault.sign_in(Role.CASEWORKER) as cw:  # a new sign-in: the index is built anew
        index = caseindex.finish_loading(cw)
        assert index is not None and len(index) >= 1
        search = CaseSearch(cw)
        for query in (surname, surname.upper(), surname[3:9], "amarante", "zephyrine", "AMAR"):
            found = search.find(query)
            assert [c.reference for c in found.cases] == [reference], query
            assert found.cases[0].display_name == f"{name} alias"
        assert search.find("7900 123456").cases[0].reference == reference
        assert CaseService(cw).get(reference).details.name == name
        history = CaseService(cw).history(reference)
        assert [v.fields["name"] for v in history] == [name, name]
    with vault.sign_in(Role.MANAGER) as manager:  # a confirmed colleague reads her too
        assert [c.reference for c in CaseSearch(manager).find(surname).cases] == [reference]
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.finish_loading(cw)
        assert cw.case_index is not None
        cw.lock()
        assert cw.case_index is None  # dropped with the keys
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.load_in_background(cw)
        cw.lock()  # while it is read on its own thread: cancelled, waited for, dropped
        assert cw.case_index is None and cw.index_loading is None


def test_a_new_caseworker_sees_sealed_names_until_a_colleague_confirms_her(vault) -> None:
    name, surname = canary_name()
    reference = plant(vault, name)
    with vault.sign_in(Role.ADMIN) as admin:
        otp = UserService(admin).create(NEWCOMER, Role.CASEWORKER).one_time_password
    with sign_in(vault.path, NEWCOMER, otp) as newcomer:
        UserService(newcomer).change_own_password(otp, NEWCOMER_PASSWORD)
    with sign_in(vault.path, NEWCOMER, NEWCOMER_PASSWORD) as newcomer:
        assert Section.IDENTITY in sectionkeys.waiting_sections(newcomer)
        listed = CaseSearch(newcomer).find().cases
        assert listed and all(c.name_sealed and c.display_name == "" for c in listed)
        assert CaseSearch(newcomer).find(surname).cases == ()  # no key, no name to match
        assert [c.reference for c in CaseSearch(newcomer).find(reference).cases] == [reference]
        case = CaseService(newcomer).get(reference)
        assert case.name_sealed and case.details.name == "" and case.details.languages == ()
        with pytest.raises(PermissionDenied):  # a placeholder is never sealed over her name
            CaseService(newcomer).reopen(reference, case.version)
        fingerprint = sectionkeys.slot_fingerprint(newcomer, NEWCOMER)
    with vault.sign_in(Role.CASEWORKER) as holder:
        sectionkeys.confirm_colleague(holder, NEWCOMER, fingerprint)
    with sign_in(vault.path, NEWCOMER, NEWCOMER_PASSWORD) as newcomer:
        assert [c.reference for c in CaseSearch(newcomer).find(surname).cases] == [reference]
        assert CaseService(newcomer).get(reference).details.name == name


def test_names_of_an_older_vault_are_sealed_at_a_holders_first_sign_in(
    tmp_path, monkeypatch
) -> None:
    """A vault an earlier release wrote (tests/fixtures/vault-demo-0052) holding a name from
    before: in clear, key_version NULL, a history snapshot and a draft in clear too (what
    migration 0023 leaves); the first sign-in of a holder seals them, and the caseworker
    still reads and finds her. (In a vault whose holders have signed in since, the same rows
    are a forgery: tests/unit/test_redteam_older_text.py.)"""
    name, surname = canary_name()
    older = older_text_vault(tmp_path, monkeypatch)
    with raw(older) as conn:  # as an older vault had it: in clear
        case_id = conn.execute("SELECT id FROM cases ORDER BY id LIMIT 1").fetchone()[0]
        reference = reference_of(conn, case_id)
        conn.execute(
            "UPDATE cases SET name = ?, alias = '', gender = '', languages = '[]', "
            "disability = '', children_notes = '', safe_phone = '', safe_code_word = '', "
            "safe_notes = '', closed_reason = '', key_version = NULL WHERE id = ?",
            (name, case_id),
        )
        add_history(conn, "cases", "case", case_id, {"name": name, "alias": ""}, "x")
        caseworker = older.credentials(Role.CASEWORKER)[0]
        add_draft(conn, caseworker, "identity", "identity", case_id, {"name": name})
    with older.sign_in(Role.CASEWORKER) as cw:
        assert [c.reference for c in CaseSearch(cw).find(surname).cases] == [reference]
        assert CaseService(cw).get(reference).details.name == name
        names = [v.fields["name"] for v in CaseService(cw).history(reference)]
        assert names and set(names) == {name}
        assert [d.fields for d in DraftService(cw).mine()] == [{"name": name}]
    with raw(older) as conn:
        assert where_found(every_text_value(conn), [surname]) == []


def test_a_name_brought_in_by_a_register_import_is_sealed_too(vault, tmp_path) -> None:
    """The import writes its rows by the batch, not through the ORM's events: its names, phone
    and register id must still reach the vault sealed, and be found by the caseworker."""
    from onestop.domain.gbvims import RegisterField as Field
    from onestop.services.register_import import ColumnMapping, ImportService, RegisterFile

    name, surname = canary_name()
    register_id = f"REG-{surname}"
    (tmp_path / "register.csv").write_text(
        f"Register id,Name,Phone\n{register_id},{name},+44 7900 123456\n", encoding="utf-8"
    )
    mapping = ColumnMapping(
        {"Register id": Field.REGISTER_ID, "Name": Field.NAME, "Phone": Field.SAFE_PHONE}
    )
    with vault.sign_in(Role.CASEWORKER) as cw:
        plan = ImportService(cw).dry_run(RegisterFile.open(tmp_path / "register.csv"), mapping)
        assert plan.ready and not plan.duplicates
        ImportService(cw).run(plan, {})
        found = CaseSearch(cw).find(surname[2:9]).cases
        assert [c.display_name for c in found] == [name]
        assert [c.reference for c in CaseSearch(cw).find(register_id).cases] == [found[0].reference]
    slot_id, secret = ATTACKERS["admin"](vault)
    _, opened = attacker_slot(vault, slot_id, secret)
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        values = every_text_value(conn)
    finally:
        conn.close()
    assert where_found(values, [surname, "7900123456"]) == []
