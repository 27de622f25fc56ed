"""Older text forged into a sealed section, tested as the insider who does it.

The attack: anyone with the vault key (every member of staff) can write text in clear into a
row of a section she does not hold and set its key version to NULL, as if it had been written
before section keys (a vault migrated from an older release). The holder used to read it as
genuine, with no entry in the trail and ``verify`` silent, and her next sign-in sealed it,
laundering it. Once a holder's sign-in has sealed a section and recorded it as bound (the
signed entry "attachments bound": services.attachmentblobs), no older text is left there, so
such a row is a forgery: not shown, not sealed, named by ``verify``.

The attacker uses her own password, ``keyslots.json`` and a bare ``sqlcipher3`` connection,
never the services.
"""

from __future__ import annotations

import json
import secrets

import pytest

from onestop.domain.roles import Role
from onestop.errors import PermissionDenied
from onestop.services import sectionkeys
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.counselling import CounsellingService
from onestop.services.drafts import DraftService
from onestop.services.health import HealthService
from onestop.services.maintenance import MaintenanceService
from onestop.services.search import CaseSearch
from onestop.vault.keyslots import VAULT_KEY, KeySlotFile, user_slot_id
from tests.conftest import password_for, username_for
from tests.helpers import raw_connection
from tests.unit.test_insider_health import plant
from tests.unit.test_insider_section_keys import write_notes

OLDER_TEXT = "older text"  # the verify check (services.maintenance.OLDER_TEXT)


def _canary() -> str:
    return f"forged-{secrets.token_hex(8)}"


def _her_vault_key(vault, role: Role) -> bytes:
    """What the insider does first: her own slot opened with her own password."""
    slots = KeySlotFile.load(vault.path / "keyslots.json")
    opened = slots.open_slot(user_slot_id(username_for(role)), password_for(role))
    assert opened is not None
    return bytes(opened.keys[VAULT_KEY])


def _forge(vault, role: Role, statements: list[tuple[str, tuple[object, ...]]]) -> None:
    conn = raw_connection(vault.path / "vault.db", _her_vault_key(vault, role))
    try:
        for sql, params in statements:
            assert conn.execute(sql, params).rowcount >= 1
        conn.commit()
    finally:
        conn.close()


def _stored(vault, sql: str, params: tuple[object, ...]) -> tuple[object, ...]:
    conn = raw_connection(vault.path / "vault.db", _her_vault_key(vault, Role.ADMIN))
    try:
        return tuple(conn.execute(sql, params).fetchone())
    finally:
        conn.close()


def _older_text_check(vault):
    with vault.sign_in(Role.ADMIN) as admin:
        report = MaintenanceService(admin).verify()
    (check,) = [c for c in report.checks if c.name == OLDER_TEXT]
    return report, check


def test_a_counselling_note_forged_in_clear_is_refused_not_sealed_and_named(
    vault, make_case
) -> None:
    reference = make_case()
    record_id = write_notes(vault, reference, _canary())  # the counsellor has signed in
    forged = _canary()
    # The legal advocate, who holds no counselling key, writes a note of her own, in clear,
    # as if it had been written before the section was sealed.
    _forge(
        vault,
        Role.LEGAL_ADVOCATE,
        [
            (
                "UPDATE counselling_sessions SET notes = ?, plan = '', key_version = NULL "
                "WHERE id = ?",
                (f"she said {forged}", record_id),
            ),
            (  # and its earlier version, and a draft, likewise
                "UPDATE record_history SET snapshot = ? WHERE record_type = "
                "'counselling_session' AND record_id = ?",
                (json.dumps({"notes": f"earlier {forged}", "plan": ""}), record_id),
            ),
            (
                "UPDATE drafts SET content = ? WHERE section = 'counselling'",
                (json.dumps({"notes": f"draft {forged}"}),),
            ),
        ],
    )
    (version_id,) = _stored(
        vault,
        "SELECT id FROM record_history WHERE record_type = 'counselling_session' AND record_id = ?",
        (record_id,),
    )
    (draft_id,) = _stored(vault, "SELECT id FROM drafts WHERE section = 'counselling'", ())
    # The counsellor is not shown it as her note: opening refuses, in words.
    with (
        vault.sign_in(Role.COUNSELLOR) as counsellor,
        pytest.raises(sectionkeys.KeyNotHeld, match="altered"),
    ):
        CounsellingService(counsellor).list(reference)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        with pytest.raises(sectionkeys.KeyNotHeld, match="altered"):
            CounsellingService(counsellor).history(reference, record_id)
        assert all(forged not in json.dumps(d.fields) for d in DraftService(counsellor).mine())
    # Her sign-ins did not seal it (that would launder it): it is still as the advocate left it.
    with vault.sign_in(Role.COUNSELLOR):
        pass
    stored = _stored(
        vault, "SELECT notes, key_version FROM counselling_sessions WHERE id = ?", (record_id,)
    )
    assert stored == (f"she said {forged}", None)
    (snapshot,) = _stored(vault, "SELECT snapshot FROM record_history WHERE id = ?", (version_id,))
    (draft,) = _stored(vault, "SELECT content FROM drafts WHERE id = ?", (draft_id,))
    assert forged in snapshot and forged in draft  # nor the history or the draft
    # verify names it: table, row, case and section.
    report, check = _older_text_check(vault)
    assert not report.ok and not check.ok
    assert f"counselling_sessions {record_id} of case {reference} (counselling)" in check.message
    named = f"history of counselling_sessions {version_id} of case {reference} (counselling)"
    assert named in check.message
    assert f"drafts {draft_id} of case {reference} (counselling)" in check.message
    assert forged not in check.message


def test_health_text_forged_in_clear_is_refused_not_sealed_and_named(vault, make_case) -> None:
    reference = make_case()
    encounter_id = plant(vault, reference, _canary())  # the clinician has signed in
    forged = _canary()
    # The shelter officer, who holds no health key, rewrites the encounter's history and a
    # treatment's notes in clear.
    _forge(
        vault,
        Role.SHELTER_OFFICER,
        [
            (
                "UPDATE health_encounters SET history = ?, examination = '', key_version = NULL "
                "WHERE id = ?",
                (f"history {forged}", encounter_id),
            ),
            (
                "UPDATE treatments SET notes = ?, key_version = NULL WHERE encounter_id = ?",
                (f"dose {forged}", encounter_id),
            ),
        ],
    )
    (treatment_id,) = _stored(
        vault, "SELECT id FROM treatments WHERE encounter_id = ?", (encounter_id,)
    )
    # Neither the clinician nor the caseworker reads the forged text as the record.
    for role in (Role.CLINICIAN, Role.CASEWORKER):
        with vault.sign_in(role) as reader:
            (read,) = HealthService(reader).list(reference)
            assert forged not in read.details.history
            assert all(forged not in t.notes for t in read.details.treatments)
    stored = _stored(
        vault, "SELECT history, key_version FROM health_encounters WHERE id = ?", (encounter_id,)
    )
    assert stored == (f"history {forged}", None)  # not sealed by their sign-ins
    stored = _stored(
        vault, "SELECT notes, key_version FROM treatments WHERE id = ?", (treatment_id,)
    )
    assert stored == (f"dose {forged}", None)
    report, check = _older_text_check(vault)
    assert not report.ok and not check.ok
    assert f"health_encounters {encounter_id} of case {reference} (health)" in check.message
    assert f"treatments {treatment_id} of case {reference} (health)" in check.message
    assert forged not in check.message


def test_a_name_forged_in_clear_is_neither_found_nor_shown(vault) -> None:
    """The admin, who holds no section key, writes a name in clear into a case's row."""
    with vault.sign_in(Role.CASEWORKER) as cw:
        reference = CaseService(cw).open_case(SurvivorDetails(alias="Hope")).reference
    surname = f"Forged{secrets.token_hex(4)}"
    _forge(
        vault,
        Role.ADMIN,
        [
            (
                "UPDATE cases SET name = ?, alias = '', gender = '', languages = '[]', "
                "disability = '', children_notes = '', safe_phone = '', safe_code_word = '', "
                "safe_notes = '', closed_reason = '', register_id = '', key_version = NULL "
                "WHERE reference = ?",
                (f"Ana {surname}", reference),
            )
        ],
    )
    with vault.sign_in(Role.CASEWORKER) as cw:
        assert CaseSearch(cw).find(surname).cases == ()
        try:
            shown = CaseService(cw).get(reference).details.name
        except PermissionDenied:
            shown = ""
        assert surname not in shown
    (case_id,) = _stored(vault, "SELECT id FROM cases WHERE reference = ?", (reference,))
    _, check = _older_text_check(vault)
    assert not check.ok and f"cases {case_id} of case {reference} (identity)" in check.message


def test_a_vault_nobody_forged_passes_the_check(vault, make_case) -> None:
    reference = make_case()
    write_notes(vault, reference, _canary())
    plant(vault, reference, _canary())
    report, check = _older_text_check(vault)
    assert check.ok, check.message
    assert report.ok, [(c.name, c.message) for c in report.checks if not c.ok]
