"""Sealed text of a survivor's case bound to that case (form 2, migration 0069).

A sealed column's associated data named its table, column, row id and version, never the row's
case, and ``case_id`` is a coded column anyone with the vault key rewrites. The attacks here are
the insider's of tests/unit/test_redteam_standing_second.py (the legal advocate: her password,
the vault folder's files, sqlcipher3 and the project's primitives): a purged survivor's note,
kept sealed, written back under the ids the next case reuses; and, once the upgrade has bound a
section's text to its cases, a note in form 1 (before 0069, from the pre-upgrade backup) put
back and moved to another survivor's file. The upgrade itself runs on a real vault the release
before it wrote (tests/fixtures/vault-demo-0068, tests/fixtures/FIXTURES.md).
"""

from __future__ import annotations

import json
import secrets
import shutil
import zipfile
from pathlib import Path

from onestop.db.base import utcnow
from onestop.domain.audit import AuditAction
from onestop.domain.counselling import SessionType
from onestop.domain.roles import Role
from onestop.services import attachmentblobs
from onestop.services.auth import sign_in
from onestop.services.cases import CaseService
from onestop.services.counselling import CounsellingService, SessionDetails
from onestop.services.maintenance import MaintenanceService
from onestop.services.retention import RetentionService
from onestop.services.sectionkeys import KeyNotHeld
from onestop.vault.keyslots import VAULT_KEY, KeySlotFile, user_slot_id
from onestop.vault.sectionkeys import decrypt_field, field_aad
from tests.conftest import open_case_in
from tests.helpers import raw_connection
from tests.unit.test_redteam_slots_third import _open_mine

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault-demo-0068"


def _shown(vault, reference: str) -> list[str]:
    """The notes the counsellor is shown in ``reference``'s file (none if it is refused in
    words, as a moved or altered note is)."""
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        try:
            return [r.details.notes for r in CounsellingService(counsellor).list(reference)]
        except KeyNotHeld:
            return []


def test_a_purged_survivors_note_put_back_under_the_next_cases_reused_ids_does_not_open(
    vault,
) -> None:
    """She keeps a copy of a counselling note's row (its sealed notes and plan, its id, version
    and key version). The survivor's case is closed and purged; the next case opened takes the
    purged case's id (the highest, freed), and she writes the kept row back with its own id
    under that case. The associated data names table, column, row id and version, all the
    same: before form 2 it opened as the new survivor's note."""
    first = open_case_in(vault, alias="First")
    marker = f"canary-{secrets.token_hex(8)}"
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        note = CounsellingService(counsellor).record(
            first, SessionDetails(utcnow(), SessionType.INDIVIDUAL, f"purged {marker}", "")
        )
    key = _open_mine(vault.path / "keyslots.json").keys[VAULT_KEY]
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        columns = (
            "id, case_id, held_at, session_type, notes, plan, version, key_version, "
            "created_at, created_by, updated_at, updated_by"
        )
        kept = conn.execute(
            f"SELECT {columns} FROM counselling_sessions WHERE id = ?", (note.record_id,)
        ).fetchone()
    finally:
        conn.close()
    with vault.sign_in(Role.CASEWORKER) as caseworker:
        cases = CaseService(caseworker)
        cases.close(first, "Moved away", cases.get(first).version)
    with vault.sign_in(Role.MANAGER) as manager:
        RetentionService(manager, retention_years=0).purge(first, first)

    second = open_case_in(vault, alias="Second")
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        (case_id,) = conn.execute("SELECT id FROM cases WHERE reference = ?", (second,)).fetchone()
        assert case_id == kept[1]  # the purged case's id, reused
        conn.execute(
            f"INSERT INTO counselling_sessions ({columns}) VALUES "
            f"({', '.join('?' for _ in range(12))})",
            kept,
        )
    finally:
        conn.close()
    shown = _shown(vault, second)
    assert not any(marker in text for text in shown), (
        f"a purged survivor's note, kept sealed and put back under the next case's reused "
        f"ids, is shown in the next survivor's file: {shown}"
    )


def _older_vault(tmp_path: Path, monkeypatch) -> tuple[Path, dict[str, tuple[str, str]], bytes]:
    """A copy of the vault the release before 0069 wrote (its text in form 1), its accounts
    and its vault key."""
    monkeypatch.setenv("ONESTOP_HOME", str(tmp_path / "home"))
    path = tmp_path / "older-vault"
    shutil.copytree(FIXTURE, path, ignore=shutil.ignore_patterns("accounts.json"))
    (path / "blobs").mkdir(exist_ok=True)
    meta = json.loads((FIXTURE / "accounts.json").read_text())
    accounts = {a["role"]: (a["username"], a["password"]) for a in meta["accounts"]}
    username, password = accounts[Role.ADMIN.value]
    opened = KeySlotFile.load(path / "keyslots.json").open_slot(user_slot_id(username), password)
    assert opened is not None
    return path, accounts, bytes(opened.keys[VAULT_KEY])


def _rows(path: Path, key: bytes, query: str, params: tuple = ()) -> list[tuple]:
    conn = raw_connection(path / "vault.db", key)
    try:
        return list(conn.execute(query, params).fetchall())
    finally:
        conn.close()


def test_the_first_sign_in_after_the_upgrade_binds_her_sections_text_to_its_cases(
    tmp_path, monkeypatch
) -> None:
    """Every counselling note of the older vault is in form 1, and so is the earlier version
    of the one the counsellor edited. Her first sign-in seals each again in form 2 (in her
    sign-in's transaction, with progress), records the section as bound to its cases in a
    signed entry, and she reads every note and the earlier version as they were."""
    path, accounts, key = _older_vault(tmp_path, monkeypatch)
    before = _rows(path, key, "SELECT id, version, notes, plan FROM counselling_sessions")
    assert before and all(n.startswith("osk1.") and p.startswith("osk1.") for _, _, n, p in before)
    ((edited, earlier, snapshot),) = _rows(
        path,
        key,
        "SELECT record_id, version, snapshot FROM record_history "
        "WHERE record_type = 'counselling_session'",
    )
    assert json.loads(snapshot)["notes"].startswith("osk1.")
    progress: list[tuple[int, int]] = []
    with sign_in(
        path, *accounts[Role.COUNSELLOR.value], progress=lambda d, t: progress.append((d, t))
    ) as counsellor:
        ring = counsellor.section_keys
        expected = {
            row_id: decrypt_field(
                ring, notes, field_aad("counselling_sessions", "notes", row_id, version)
            )
            for row_id, version, notes, _ in before
        }
        was = decrypt_field(
            ring,
            json.loads(snapshot)["notes"],
            field_aad("counselling_sessions", "notes", edited, earlier),
        )
        read, history = {}, []
        for reference in {r for (r,) in _rows(path, key, "SELECT reference FROM cases")}:
            for record in CounsellingService(counsellor).list(reference):
                read[record.record_id] = record.details.notes
                if record.record_id == edited:
                    history = list(CounsellingService(counsellor).history(reference, edited))
    assert read == expected
    assert [v.fields["notes"] for v in history] == [was]
    after = _rows(path, key, "SELECT notes, plan FROM counselling_sessions")
    assert all(n.startswith("osk2.") and p.startswith("osk2.") for n, p in after)
    ((snapshot,),) = _rows(path, key, "SELECT snapshot FROM record_history")
    assert all(
        json.loads(snapshot)[c].startswith(f"osk2.counselling.{earlier_key}.")
        for c in ("notes", "plan")
        for earlier_key in [json.loads(snapshot)["key_version"]]
    )
    assert any(done == total >= len(before) for done, total in progress), progress
    recorded = _rows(
        path,
        key,
        "SELECT section, actor, signature FROM audit_log WHERE action = ? AND detail = ?",
        (AuditAction.SECTION_TEXT_SEALED.value, attachmentblobs.TEXT_BOUND),
    )
    # Each section she holds (counselling among them), once, by her, signed.
    sections = [section for section, _, _ in recorded]
    assert "counselling" in sections and len(sections) == len(set(sections))
    assert {actor for _, actor, _ in recorded} == {accounts["counsellor"][0]}
    assert all(signature for *_, signature in recorded)
    # A second sign-in finds nothing to bind and records nothing more.
    with sign_in(path, *accounts[Role.COUNSELLOR.value]):
        pass
    again = _rows(
        path,
        key,
        "SELECT count(*) FROM audit_log WHERE action = ? AND detail = ?",
        (AuditAction.SECTION_TEXT_SEALED.value, attachmentblobs.TEXT_BOUND),
    )
    assert again == [(len(sections),)]
    with sign_in(path, *accounts[Role.ADMIN.value]) as admin:
        report = MaintenanceService(admin).verify()
    assert report.ok, [(c.name, c.message) for c in report.checks if not c.ok]


def test_a_note_in_form_one_put_back_and_moved_after_the_upgrade_does_not_open(
    tmp_path, monkeypatch
) -> None:
    """After the counsellor's sign-in bound counselling to its cases, the legal advocate takes
    a note in form 1 from the automatic pre-upgrade backup (readable with the vault key), puts
    it back in its row and moves the row to another survivor's file. Form 1 does not name the
    case: it would open there, so it no longer opens at all in that section."""
    path, accounts, key = _older_vault(tmp_path, monkeypatch)
    (row_id, version, from_case) = _rows(
        path, key, "SELECT id, version, case_id FROM counselling_sessions ORDER BY id LIMIT 1"
    )[0]
    with sign_in(path, *accounts[Role.COUNSELLOR.value]):  # the upgrade; counselling bound
        pass
    (older_notes, older_plan) = _backup_row(path, key, row_id)
    assert older_notes.startswith("osk1.")
    with sign_in(path, *accounts[Role.COUNSELLOR.value]) as counsellor:
        plain = decrypt_field(
            counsellor.section_keys,
            older_notes,
            field_aad("counselling_sessions", "notes", row_id, version),
        )
    (to_case, to_reference) = _rows(
        path, key, "SELECT id, reference FROM cases WHERE id != ? LIMIT 1", (from_case,)
    )[0]
    conn = raw_connection(path / "vault.db", key)
    try:
        conn.execute(
            "UPDATE counselling_sessions SET notes = ?, plan = ?, case_id = ? WHERE id = ?",
            (older_notes, older_plan, to_case, row_id),
        )
    finally:
        conn.close()
    with sign_in(path, *accounts[Role.COUNSELLOR.value]) as counsellor:
        try:
            shown = [r.details.notes for r in CounsellingService(counsellor).list(to_reference)]
        except KeyNotHeld:
            shown = []
    assert plain not in shown, (
        f"a note in form 1 from the pre-upgrade backup, moved to another survivor's file after "
        f"the upgrade bound counselling to its cases, is shown there: {shown}"
    )


def _backup_row(path: Path, key: bytes, row_id: int) -> tuple[str, str]:
    """A row's notes and plan as the automatic pre-upgrade backup holds them."""
    (archive,) = sorted((path / "backups").glob("*"))
    folder = path.parent / "unpacked"
    with zipfile.ZipFile(archive) as z:
        z.extractall(folder)
    (db,) = folder.rglob("vault.db")
    conn = raw_connection(db, key)
    try:
        (notes, plan) = conn.execute(
            "SELECT notes, plan FROM counselling_sessions WHERE id = ?", (row_id,)
        ).fetchone()
    finally:
        conn.close()
    return str(notes), str(plan)


def test_a_note_moved_to_another_file_is_left_out_and_named_by_verify(vault) -> None:
    """The move of test_redteam_standing_second's finding 7: the counsellor is not shown it
    (the list leaves it out), and verify names the row whose sealed text names another case,
    from coded columns only (the admin holds no section key)."""
    first = open_case_in(vault, alias="First")
    second = open_case_in(vault, alias="Second")
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        note = CounsellingService(counsellor).record(
            first, SessionDetails(utcnow(), SessionType.INDIVIDUAL, "about first", "")
        )
    key = _open_mine(vault.path / "keyslots.json").keys[VAULT_KEY]
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        conn.execute(
            "UPDATE counselling_sessions SET case_id = (SELECT id FROM cases WHERE reference = ?) "
            "WHERE id = ?",
            (second, note.record_id),
        )
    finally:
        conn.close()
    assert _shown(vault, second) == []
    assert _shown(vault, first) == []
    with vault.sign_in() as admin:
        report = MaintenanceService(admin).verify()
    failed = {c.name: c.message for c in report.checks if not c.ok}
    named = [m for m in failed.values() if second in m and "counselling_sessions" in m]
    assert named, failed
