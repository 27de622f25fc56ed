"""Revocation, tested as the insider whose account was disabled (or whose password was reset).

The attack that was found: a disabled account was not revoked. With an older `keyslots.json`
(every backup carries one) and her old password she unsealed the vault key, which still opened
the *current* `vault.db`, and her section keys, which still opened rows written after the
disable. These tests repeat it with her tools only (the keyslots file she kept, her password,
the vault files, `sqlcipher3` and the project's crypto primitives, never the services): the
current `vault.db` does not open with the vault key she kept, and even given today's vault key
the section-key versions made at her revocation open neither with her private key nor her old
keys. Through the services: the remaining holders read old and new rows, and a re-enabled
account, once confirmed by a colleague, reads both again.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import time
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from onestop.db.base import utcnow
from onestop.domain.audit import AuditAction
from onestop.domain.counselling import SessionType
from onestop.domain.roles import Role, Section
from onestop.services import glasskeys, sectionkeys
from onestop.services.audit import AuditService
from onestop.services.auth import sign_in, sign_in_with_recovery
from onestop.services.breakglass import BreakGlassService
from onestop.services.cases import CaseService
from onestop.services.counselling import CounsellingService, SessionDetails
from onestop.services.forensic import ForensicService
from onestop.services.maintenance import MaintenanceService
from onestop.services.users import UserService
from onestop.vault import faults
from onestop.vault.keyslots import VAULT_KEY, KeySlotFile, user_slot_id
from onestop.vault.sectionkeys import (
    KeyRing,
    SealedFieldError,
    open_grant,
    sealed_version,
)
from onestop.vault.subkeys import Purpose, subkey
from tests.conftest import ADMIN, ADMIN_PASSWORD, password_for, username_for
from tests.helpers import open_with_aad, raw_connection, stored_aad
from tests.unit.test_insider_forensic import plant

# The sealed sections a counsellor reads, each of whose keys she held.
COUNSELLOR_SEALED = [
    s for s in Section if sectionkeys.is_encrypted(s) and Role.COUNSELLOR in sectionkeys.readers(s)
]

COLLEAGUE = "u-counsellor-two"
COLLEAGUE_PASSWORD = "lichen compass wander early 47"
ADVOCATE = username_for(Role.LEGAL_ADVOCATE)


def canary() -> str:
    return f"canary-{secrets.token_hex(8)}"


def record_note(vault, reference: str, marker: str) -> int:
    """As the counsellor who stays: a counselling session with ``marker`` in its notes."""
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        held = utcnow() - timedelta(hours=1)
        details = SessionDetails(held, SessionType.INDIVIDUAL, f"notes {marker}", "")
        return CounsellingService(counsellor).record(reference, details).record_id


def add_confirmed_counsellor(vault) -> None:
    with vault.sign_in(Role.ADMIN) as admin:
        otp = UserService(admin).create(COLLEAGUE, Role.COUNSELLOR).one_time_password
    with sign_in(vault.path, COLLEAGUE, otp) as colleague:
        UserService(colleague).change_own_password(otp, COLLEAGUE_PASSWORD)
        print_ = sectionkeys.slot_fingerprint(colleague, COLLEAGUE)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        sectionkeys.confirm_colleague(counsellor, COLLEAGUE, print_)


class Insider:
    """What she kept before she was revoked, and what she does with it afterwards."""

    def __init__(self, vault, username: str, password: str, kept: Path) -> None:
        kept.mkdir()
        self.vault = vault
        self.slot_id = user_slot_id(username)
        self.password = password
        shutil.copy2(vault.path / "keyslots.json", kept / "keyslots.json")
        with vault.sign_in(Role.ADMIN) as admin:  # a backup, as every centre makes them
            backup = MaintenanceService(admin).backup().path
        shutil.copy2(backup, kept / "backup.zip")
        with zipfile.ZipFile(kept / "backup.zip") as zf:
            zf.extract("vault.db", kept / "backup")
        self.kept = kept
        slots = KeySlotFile.load(kept / "keyslots.json")
        opened = slots.open_slot(self.slot_id, password)
        assert opened is not None  # her old slot, with her old password
        self.vault_id = slots.vault_id
        self.old_vault_key = opened.keys[VAULT_KEY]
        self.private = opened.private

    def ring_from_backup(self) -> KeyRing:
        """Her section keys of before, opened from the grants the backup's vault.db keeps."""
        conn = raw_connection(self.kept / "backup" / "vault.db", self.old_vault_key)
        try:
            grants = conn.execute(
                "SELECT section, version, sealed FROM section_key_grants WHERE slot_id = ?",
                (self.slot_id,),
            ).fetchall()
        finally:
            conn.close()
        ring = KeyRing()
        for section, version, sealed in grants:
            key = open_grant(self.private, sealed, self.vault_id, section, version, self.slot_id)
            assert key is not None
            ring.add(key)
        assert ring.held()
        return ring

    def opens_current_vault(self) -> bool:
        conn = raw_connection(self.vault.path / "vault.db", self.old_vault_key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return True
        except sqlcipher.DatabaseError:
            return False
        finally:
            conn.close()


def references(vault) -> dict[int, str]:
    """Every case's id and reference (coded), read with today's vault key."""
    return {int(i): str(r) for i, r in current_rows(vault, "SELECT id, reference FROM cases")}


def current_rows(vault, query: str, *args: object) -> list[tuple]:
    """Rows of today's vault.db, read with today's vault key: what she would see if she had it
    anyway (a colleague's password, a later backup)."""
    with vault.sign_in(Role.ADMIN) as admin:
        key = bytes(admin.key)
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        return conn.execute(query, args).fetchall()
    finally:
        conn.close()


def assert_new_versions_closed_to(insider: Insider, vault, sections: set[str]) -> None:
    """Given today's vault key: no grant made since (a version above hers) opens with her old
    private key, whichever slot she pretends to be."""
    ring = insider.ring_from_backup()
    hers = {(k.section, k.version) for k in ring.held()}
    grants = current_rows(vault, "SELECT section, version, slot_id, sealed FROM section_key_grants")
    newer = [g for g in grants if g[0] in sections and (g[0], g[1]) not in hers]
    assert {g[0] for g in newer} == sections  # each of her sections moved to a new version
    for section, version, slot_id, sealed in newer:
        assert version > max(v for s, v in hers if s == section)
        for as_slot in (insider.slot_id, slot_id):
            assert (
                open_grant(insider.private, sealed, insider.vault_id, section, version, as_slot)
                is None
            )
    assert all(g[2] != insider.slot_id for g in grants)  # her grants are gone


def assert_token_closed_to(ring: KeyRing, token: str, aad: bytes) -> None:
    section, version = sealed_version(token)
    assert ring.get(section, version) is None
    for key in ring.held():  # nor with any key she kept, whatever version it claims
        forged = KeyRing()
        forged.add(type(key)(section, version, key.key))
        with pytest.raises(SealedFieldError):
            open_with_aad(forged, token, aad)


def test_a_disabled_counsellor_opens_nothing_written_after(vault, make_case, tmp_path) -> None:
    add_confirmed_counsellor(vault)
    reference = make_case()
    old_marker, new_marker = canary(), canary()
    old_note = record_note(vault, reference, old_marker)
    insider = Insider(vault, COLLEAGUE, COLLEAGUE_PASSWORD, tmp_path / "kept")
    # Before the disable her kept keys open the note, in the backup: the attack is real.
    ((old_token,),) = current_rows(
        vault, "SELECT notes FROM counselling_sessions WHERE id = ?", old_note
    )
    aad = stored_aad(old_token, "counselling_sessions", "notes", old_note, 1, references(vault))
    assert open_with_aad(insider.ring_from_backup(), old_token, aad) == f"notes {old_marker}"

    with vault.sign_in(Role.ADMIN) as admin:
        started = time.perf_counter()
        UserService(admin).disable(COLLEAGUE)
        took = time.perf_counter() - started
    print(f"disable with key versions and vault-key rotation: {took:.2f} s")

    new_note = record_note(vault, reference, new_marker)
    new_alias = canary()
    new_case = make_case(alias=new_alias)

    # With the keyslots.json she kept and her password: today's vault.db does not open.
    assert not insider.opens_current_vault()
    # Even given today's vault key: the versions made at the disable are not hers, and the new
    # note and the new survivor's alias do not open with any key she kept.
    assert_new_versions_closed_to(
        insider, vault, {Section.COUNSELLING.value, Section.IDENTITY.value}
    )
    ring = insider.ring_from_backup()
    ((token,),) = current_rows(
        vault, "SELECT notes FROM counselling_sessions WHERE id = ?", new_note
    )
    aad = stored_aad(token, "counselling_sessions", "notes", new_note, 1, references(vault))
    assert_token_closed_to(ring, token, aad)
    ((case_id, version, alias),) = current_rows(
        vault, "SELECT id, version, alias FROM cases WHERE reference = ?", new_case
    )
    aad = stored_aad(alias, "cases", "alias", case_id, version, references(vault))
    assert_token_closed_to(ring, alias, aad)

    # The counsellor who stays reads the note from before and the one from after.
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        notes = {n.details.notes for n in CounsellingService(counsellor).list(reference)}
        assert notes == {f"notes {old_marker}", f"notes {new_marker}"}
    with vault.sign_in(Role.CASEWORKER) as worker:
        assert CaseService(worker).get(new_case).details.alias == new_alias

    # One audited operation: the disable, the sections due a new version, the new vault key,
    # in that order; the new versions were made by the holders, never by the admin.
    with vault.sign_in(Role.MANAGER) as manager:
        entries = AuditService(manager).entries()
    ours = [e for e in entries if e.record_ref == f"staff:{COLLEAGUE}"]
    actions = [e.action for e in ours]
    at = actions.index(AuditAction.USER_DISABLED.value)
    assert actions[at:] == [
        AuditAction.USER_DISABLED.value,
        # one for each sealed section a counsellor reads
        *[AuditAction.SECTION_KEY_DUE.value] * len(COUNSELLOR_SEALED),
        AuditAction.KEY_ROTATED.value,
    ]
    made = [
        e
        for e in entries
        if e.action == AuditAction.SECTION_KEY_CREATED.value and " renew " in e.detail
    ]
    assert {e.section for e in made} >= {Section.COUNSELLING.value, Section.IDENTITY.value}
    assert ADMIN not in {e.actor for e in made}

    # Re-enabled, and confirmed by a colleague: she reads before and after again.
    with vault.sign_in(Role.ADMIN) as admin:
        otp = UserService(admin).enable(COLLEAGUE).one_time_password
    renewed = COLLEAGUE_PASSWORD + " renewed"
    with sign_in(vault.path, COLLEAGUE, otp) as colleague:
        UserService(colleague).change_own_password(otp, renewed)
        print_ = sectionkeys.slot_fingerprint(colleague, COLLEAGUE)
    with (
        sign_in(vault.path, COLLEAGUE, renewed) as colleague,
        pytest.raises(sectionkeys.KeyNotHeld),
    ):
        CounsellingService(colleague).list(reference)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        sectionkeys.confirm_colleague(counsellor, COLLEAGUE, print_)
    with sign_in(vault.path, COLLEAGUE, renewed) as colleague:
        notes = {n.details.notes for n in CounsellingService(colleague).list(reference)}
        assert notes == {f"notes {old_marker}", f"notes {new_marker}"}
    with vault.sign_in(Role.ADMIN) as admin:
        assert MaintenanceService(admin).verify().ok


def test_a_slot_she_planted_before_her_disable_gets_no_new_key(vault, make_case) -> None:
    """keyslots.json is authenticated under the vault key, which she holds: before she is
    disabled she adds a slot of her own ("user:sync-agent", her password) that opens the vault
    key. Sealing the new vault key to every slot in the file would hand it to her; only the
    recovery slot and active accounts' slots get it, and hers is gone (the red team's F1)."""
    add_confirmed_counsellor(vault)
    slots = KeySlotFile.load(vault.path / "keyslots.json")
    opened = slots.open_slot(user_slot_id(COLLEAGUE), COLLEAGUE_PASSWORD)
    assert opened is not None
    vault_key = opened.keys[VAULT_KEY]
    planted = "user:sync-agent"
    slots.put_slot(
        planted, COLLEAGUE_PASSWORD, {VAULT_KEY: vault_key}, subkey(vault_key, Purpose.SLOT_PUBLIC)
    )
    slots.save()
    assert KeySlotFile.load(vault.path / "keyslots.json").open_slot(planted, COLLEAGUE_PASSWORD)

    with vault.sign_in(Role.ADMIN) as admin:
        UserService(admin).disable(COLLEAGUE)
    new_case = make_case(alias=canary())

    after = KeySlotFile.load(vault.path / "keyslots.json")
    assert planted not in after.slots and user_slot_id(COLLEAGUE) not in after.slots
    with vault.sign_in(Role.ADMIN) as admin:
        today = bytes(admin.key)
    assert today != vault_key
    conn = raw_connection(vault.path / "vault.db", vault_key)
    try:
        with pytest.raises(sqlcipher.DatabaseError):
            conn.execute("SELECT count(*) FROM cases").fetchone()
    finally:
        conn.close()
    with vault.sign_in(Role.CASEWORKER) as worker:  # everyone who stays still works
        assert CaseService(worker).get(new_case).reference == new_case
    with vault.sign_in(Role.ADMIN) as admin:
        assert MaintenanceService(admin).verify().ok


def test_a_reset_password_opens_nothing_written_after(vault, make_case, tmp_path) -> None:
    """The legal advocate's password is reset (someone else learnt it): the old password and
    the keyslots.json of before open neither today's vault nor the identity written since."""
    insider = Insider(vault, ADVOCATE, password_for(Role.LEGAL_ADVOCATE), tmp_path / "kept")
    with vault.sign_in(Role.ADMIN) as admin:
        otp = UserService(admin).reset_password(ADVOCATE).one_time_password
    alias = canary()
    reference = make_case(alias=alias)
    with vault.sign_in(Role.MANAGER):  # the holder of her other sections renews them
        pass

    assert not insider.opens_current_vault()
    held = {k.section for k in insider.ring_from_backup().held()}
    assert Section.IDENTITY.value in held and Section.COUNSELLING.value not in held
    assert_new_versions_closed_to(insider, vault, held)
    ((case_id, version, token),) = current_rows(
        vault, "SELECT id, version, alias FROM cases WHERE reference = ?", reference
    )
    ring = insider.ring_from_backup()
    aad = stored_aad(token, "cases", "alias", case_id, version, references(vault))
    assert_token_closed_to(ring, token, aad)

    # The advocate herself, with her new password and a colleague's confirmation, reads it.
    chosen = password_for(Role.LEGAL_ADVOCATE) + " anew"
    with sign_in(vault.path, ADVOCATE, otp) as advocate:
        UserService(advocate).change_own_password(otp, chosen)
        print_ = sectionkeys.slot_fingerprint(advocate, ADVOCATE)
    with vault.sign_in(Role.CASEWORKER) as worker:
        assert CaseService(worker).get(reference).details.alias == alias
        sectionkeys.confirm_colleague(worker, ADVOCATE, print_)
    with sign_in(vault.path, ADVOCATE, chosen) as advocate:
        assert CaseService(advocate).get(reference).details.alias == alias


def test_the_recovery_key_resets_and_revokes_too(vault, tmp_path) -> None:
    insider = Insider(vault, ADVOCATE, password_for(Role.LEGAL_ADVOCATE), tmp_path / "kept")
    with sign_in_with_recovery(vault.path, vault.recovery_key) as recovery:
        UserService(recovery).reset_password(ADVOCATE)
    assert not insider.opens_current_vault()
    with vault.sign_in(Role.ADMIN) as admin:
        assert MaintenanceService(admin).verify().ok


def test_a_disable_whose_rotation_was_killed_is_reported_until_rotated(vault, tmp_path) -> None:
    """Killed after the disable committed, before the database was rekeyed: the next sign-in
    undoes the half-made rotation, so her old slot still opens the vault. verify says so until
    an admin runs rotate-key."""
    insider = Insider(vault, ADVOCATE, password_for(Role.LEGAL_ADVOCATE), tmp_path / "kept")
    env = {**os.environ, "ONESTOP_KILL_AT": faults.ROTATION_STAGED}
    proc = subprocess.run(
        [
            *(sys.executable, "-m", "onestop", "admin", "disable-user", "--user", ADVOCATE),
            *("--vault", str(vault.path), "--as", ADMIN, "--password-stdin"),
        ],
        input=ADMIN_PASSWORD + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == -9, proc.stderr
    with vault.sign_in(Role.ADMIN) as admin:
        report = MaintenanceService(admin).verify()
        (check,) = [c for c in report.checks if c.name == "revocation"]
        assert not check.ok and f"staff:{ADVOCATE}" in check.message
        assert insider.opens_current_vault()
        MaintenanceService(admin).rotate_key()
        assert MaintenanceService(admin).verify().ok
    assert not insider.opens_current_vault()


# ----- break-glass grants follow a revocation at once ------------------------------------------

CASEWORKER = username_for(Role.CASEWORKER)
CASEWORKER_TWO = "u-caseworker-two"
CASEWORKER_TWO_PASSWORD = "harbour lantern quietly 83 moss"
GLASS_REASON = "Unconscious on arrival; need the examination's findings now"


def add_confirmed_caseworker(vault) -> None:
    with vault.sign_in(Role.ADMIN) as admin:
        otp = UserService(admin).create(CASEWORKER_TWO, Role.CASEWORKER).one_time_password
    with sign_in(vault.path, CASEWORKER_TWO, otp) as colleague:
        UserService(colleague).change_own_password(otp, CASEWORKER_TWO_PASSWORD)
        print_ = sectionkeys.slot_fingerprint(colleague, CASEWORKER_TWO)
    with vault.sign_in(Role.CASEWORKER) as caseworker:
        sectionkeys.confirm_colleague(caseworker, CASEWORKER_TWO, print_)


def glass_ring(conn, slots: KeySlotFile, username: str, password: str) -> KeyRing:
    """The keys of ``username``'s break-glass grants in the database ``conn`` reads, opened
    with her private key from ``slots`` and her password: what she can do with sqlcipher3."""
    slot_id = user_slot_id(username)
    opened = slots.open_slot(slot_id, password)
    assert opened is not None
    glass = glasskeys.glass_slot(username)
    ring = KeyRing()
    for section, version, sealed in conn.execute(
        "SELECT section, version, sealed FROM section_key_grants WHERE slot_id = ?", (glass,)
    ).fetchall():
        key = open_grant(opened.private, sealed, slots.vault_id, section, version, glass)
        if key is not None:
            ring.add(key)
    return ring


def exam_notes(vault, exam_id: int) -> tuple[str, bytes]:
    ((version, token),) = current_rows(
        vault, "SELECT version, notes FROM forensic_exams WHERE id = ?", exam_id
    )
    return token, stored_aad(token, "forensic_exams", "notes", exam_id, version, references(vault))


def test_break_glass_follows_the_new_version_and_not_the_revoked(
    vault, make_case, tmp_path
) -> None:
    """The caseworker reads forensic examinations only by break-glass. Disabled, her old
    keyslots.json, her password and a backup's grants open no examination written after, even
    given today's vault key; a remaining caseworker's break-glass grant of the new version is
    sealed by the holder who makes that version (the next clinician to sign in), and opens
    what is written after."""
    add_confirmed_caseworker(vault)
    reference, later = make_case(), make_case()  # (her account opens files: before the disable)
    old_exam, _ = plant(vault, reference, canary())  # the clinician's sign-in seals glass grants
    insider = Insider(vault, CASEWORKER, password_for(Role.CASEWORKER), tmp_path / "kept")
    kept_slots = KeySlotFile.load(insider.kept / "keyslots.json")
    backup = raw_connection(insider.kept / "backup" / "vault.db", insider.old_vault_key)
    try:
        her_glass = glass_ring(backup, kept_slots, CASEWORKER, password_for(Role.CASEWORKER))
    finally:
        backup.close()
    assert her_glass.holds(Section.FORENSIC.value)
    token, aad = exam_notes(vault, old_exam)
    assert open_with_aad(her_glass, token, aad).startswith("edited canary-")  # the attack is real

    with vault.sign_in(Role.ADMIN) as admin:
        UserService(admin).disable(CASEWORKER)
        key = bytes(admin.key)
    # The admin made no key: forensic is due a new version, which its next holder makes.
    before = current_rows(
        vault,
        "SELECT max(version) FROM section_key_grants WHERE section = ?",
        Section.FORENSIC.value,
    )[0][0]
    assert before == max(k.version for k in her_glass.held() if k.section == Section.FORENSIC.value)
    with vault.sign_in(Role.CLINICIAN):
        pass

    # Once a holder signed in: the remaining caseworker's break-glass grant of the new
    # forensic version is there, and opens with her own slot; the disabled one has none.
    versions = {
        v
        for (v,) in current_rows(
            vault,
            "SELECT version FROM section_key_grants WHERE section = ?",
            Section.FORENSIC.value,
        )
    }
    newest = max(versions)
    assert newest > max(k.version for k in her_glass.held() if k.section == Section.FORENSIC.value)
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        today = KeySlotFile.load(vault.path / "keyslots.json")
        theirs = glass_ring(conn, today, CASEWORKER_TWO, CASEWORKER_TWO_PASSWORD)
        left = conn.execute(
            "SELECT count(*) FROM section_key_grants WHERE slot_id IN (?, ?)",
            (user_slot_id(CASEWORKER), glasskeys.glass_slot(CASEWORKER)),
        ).fetchone()[0]
    finally:
        conn.close()
    assert theirs.get(Section.FORENSIC.value, newest) is not None
    assert left == 0

    # Written after the disable, under the new version.
    new_exam, _ = plant(vault, later, canary())
    token, aad = exam_notes(vault, new_exam)
    assert sealed_version(token) == (Section.FORENSIC.value, newest)
    assert_token_closed_to(her_glass, token, aad)  # her old grant opens nothing written after
    assert_token_closed_to(insider.ring_from_backup(), token, aad)
    # The colleague who stays breaks the glass and reads it.
    ((new_reference,),) = current_rows(
        vault,
        "SELECT c.reference FROM cases c JOIN forensic_exams f ON f.case_id = c.id WHERE f.id = ?",
        new_exam,
    )
    with sign_in(vault.path, CASEWORKER_TWO, CASEWORKER_TWO_PASSWORD) as colleague:
        BreakGlassService(colleague).open(new_reference, Section.FORENSIC, GLASS_REASON)
        (exam,) = ForensicService(colleague).list(new_reference)
        assert exam.details.notes.startswith("edited canary-")
    with vault.sign_in(Role.ADMIN) as admin:
        assert MaintenanceService(admin).verify().ok
