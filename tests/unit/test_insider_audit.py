"""The audit trail against an insider: written as the attacker.

The attacker is the legal advocate. She has her own password, read and write access to the
vault folder, Python and ``sqlcipher3`` (and OneStop's own library, as anyone who has the
program does). With her password she opens her key slot the way the program does, so she holds
the vault key and her own signing key; she opens ``vault.db`` directly, drops the append-only
triggers and rewrites the trail. She has no colleague's password, so no colleague's signing key.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from onestop.domain.audit import (
    GENESIS_HASH,
    AuditAction,
    AuditFields,
    entry_hash,
    signed_message,
)
from onestop.domain.roles import Role
from onestop.errors import PermissionDenied, ValidationFailed
from onestop.services.audit import (
    Anchor,
    AuditService,
    SigningKey,
    anchor_mac,
    public_bytes,
    to_csv,
    write_anchor_file,
)
from onestop.services.maintenance import MaintenanceService, VerifyReport
from onestop.vault.keyslots import MAX_PENDING_EVENTS, VAULT_KEY, KeySlotFile, key_id
from tests.conftest import password_for, username_for
from tests.helpers import raw_connection

ADVOCATE = username_for(Role.LEGAL_ADVOCATE)
MANAGER = username_for(Role.MANAGER)
COLUMNS = (
    "seq, at, actor, role, action, section, record_ref, outcome, detail, signer, prev_hash, "
    "hash, signature"
)


# ----- what the attacker can do with her own password ---------------------------------------


@dataclass(frozen=True)
class Stolen:
    """What her own password gives her."""

    vault_id: str
    vault_key: bytes
    signing: SigningKey


def her_keys(vault) -> Stolen:
    slots = KeySlotFile.load(vault.path / "keyslots.json")
    opened = slots.open_slot(f"user:{ADVOCATE}", password_for(Role.LEGAL_ADVOCATE))
    assert opened is not None and opened.signing is not None
    return Stolen(slots.vault_id, opened.keys[VAULT_KEY], SigningKey.of(opened.signing))


def open_db(vault, stolen: Stolen) -> sqlcipher.Connection:
    conn = raw_connection(vault.path / "vault.db", stolen.vault_key)
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    return conn


def trail(conn: sqlcipher.Connection) -> list[tuple]:
    return list(conn.execute(f"SELECT {COLUMNS} FROM audit_log ORDER BY seq"))


def rewrite(vault, stolen: Stolen, conn: sqlcipher.Connection, rows: list[tuple]) -> None:
    """Put ``rows`` back as a fresh chain: numbered from 1, every link recomputed, her own
    entries re-signed with her key, and both anchors moved to the new head with a fresh MAC
    and the head entry's signature: everything she can recompute."""
    conn.execute("DELETE FROM audit_log")
    prev, digest, signature, signer = GENESIS_HASH, GENESIS_HASH, "", ""
    for n, row in enumerate(rows, start=1):
        fields = AuditFields(n, *row[1:10])
        digest = entry_hash(prev, fields)
        signer, signature = fields.signer, row[12]
        if signer == stolen.signing.key_id:
            message = signed_message(stolen.vault_id, digest)
            signature = stolen.signing.private.sign(message).hex()
        conn.execute(
            f"INSERT INTO audit_log ({COLUMNS}) VALUES ({', '.join('?' * 13)})",
            (n, *row[1:10], prev, digest, signature),
        )
        prev = digest
    head = len(rows)
    mac = anchor_mac(stolen.vault_key, stolen.vault_id, head, digest)
    conn.execute(
        "UPDATE audit_anchor SET seq = ?, hash = ?, mac = ?, signer = ?, signature = ?",
        (head, digest, mac, signer, signature),
    )
    anchor = Anchor(head, digest, mac, signer, signature)
    write_anchor_file(vault.path / "audit.anchor", stolen.vault_id, anchor)


def append_forged(
    vault, stolen: Stolen, conn: sqlcipher.Connection, fields: dict, key: SigningKey
) -> None:
    """Append one entry after the head, signed with ``key``, and move the anchors to it."""
    last = trail(conn)[-1]
    entry = AuditFields(
        seq=last[0] + 1,
        at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        actor=fields["actor"],
        role=fields["role"],
        action=fields["action"],
        section="",
        record_ref=fields.get("record_ref", ""),
        outcome=fields.get("outcome", "ok"),
        detail=fields.get("detail", ""),
        signer=key.key_id,
    )
    digest = entry_hash(last[11], entry)
    signature = key.private.sign(signed_message(stolen.vault_id, digest)).hex()
    conn.execute(
        f"INSERT INTO audit_log ({COLUMNS}) VALUES ({', '.join('?' * 13)})",
        (*entry.__dict__.values(), last[11], digest, signature),
    )
    mac = anchor_mac(stolen.vault_key, stolen.vault_id, entry.seq, digest)
    conn.execute(
        "UPDATE audit_anchor SET seq = ?, hash = ?, mac = ?, signer = ?, signature = ?",
        (entry.seq, digest, mac, key.key_id, signature),
    )
    anchor = Anchor(entry.seq, digest, mac, key.key_id, signature)
    write_anchor_file(vault.path / "audit.anchor", stolen.vault_id, anchor)


# ----- the story ---------------------------------------------------------------------------


def some_work(vault) -> None:
    """The advocate works (a court-bundle export among it), then colleagues work after her."""
    for _ in range(3):
        with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate, advocate.system_transaction() as s:
            advocate.audit(s, AuditAction.EXPORT, "legal", detail="court-bundle")
    with vault.sign_in(Role.MANAGER):
        pass
    with vault.sign_in(Role.CASEWORKER):
        pass


def verify(vault, against: tuple[Path, ...] = ()) -> VerifyReport:
    with vault.sign_in() as admin:
        return MaintenanceService(admin).verify(against)


def audit_check(report: VerifyReport) -> str:
    (check,) = [c for c in report.checks if c.name == "audit trail"]
    assert not check.ok, report
    return check.message


def test_a_clean_trail_is_signed_throughout(vault) -> None:
    some_work(vault)
    report = verify(vault)
    assert report.ok, report
    (check,) = [c for c in report.checks if c.name == "audit trail"]
    assert "every link and signature intact" in check.message
    stolen = her_keys(vault)
    conn = raw_connection(vault.path / "vault.db", stolen.vault_key)
    rows = trail(conn)
    conn.close()
    assert all(r[9] and r[12] for r in rows)  # every entry has a signer and a signature


def test_deleting_her_entries_and_rechaining_is_caught(vault) -> None:
    some_work(vault)
    stolen = her_keys(vault)
    conn = open_db(vault, stolen)
    rows = trail(conn)
    hers = [r for r in rows if r[2] == ADVOCATE]
    assert any(r[4] == AuditAction.EXPORT.value for r in hers) and len(hers) >= 9
    rewrite(vault, stolen, conn, [r for r in rows if r[2] != ADVOCATE])
    conn.close()

    message = audit_check(verify(vault))
    assert "do not match their signatures" in message
    assert "re-chained" in message
    assert f"signed as {MANAGER}" in message or "signed as " in message


def test_ending_the_trail_on_her_own_entry_does_not_help(vault) -> None:
    """She re-chains and then makes sure the head is hers, so she can sign both anchors."""
    some_work(vault)
    stolen = her_keys(vault)
    conn = open_db(vault, stolen)
    rows = trail(conn)
    exports = [r for r in rows if r[2] == ADVOCATE and r[4] == AuditAction.EXPORT.value]
    kept = [r for r in rows if r not in exports]
    rewrite(vault, stolen, conn, kept)
    append_forged(
        vault,
        stolen,
        conn,
        {"actor": ADVOCATE, "role": "legal_advocate", "action": "session.sign_out"},
        stolen.signing,
    )
    conn.close()
    assert "do not match their signatures" in audit_check(verify(vault))


def test_forging_an_entry_under_a_colleagues_name_is_caught(vault) -> None:
    stolen = her_keys(vault)
    conn = open_db(vault, stolen)
    append_forged(
        vault,
        stolen,
        conn,
        {"actor": MANAGER, "role": "manager", "action": AuditAction.EXPORT.value},
        stolen.signing,
    )
    conn.close()
    assert "name someone other than the member of staff who signed them" in audit_check(
        verify(vault)
    )


def test_framing_a_colleague_through_an_unverified_entry_is_caught(vault) -> None:
    """An unverified entry may name someone other than its signer (a failed sign-in is taken
    into the trail by whoever signs in next), so the advocate marks her forgery "unverified":
    the manager exporting a court bundle. Only a failed sign-in or a sign-out, with no role
    and no record, may be unverified (the red team's F6)."""
    stolen = her_keys(vault)
    conn = open_db(vault, stolen)
    append_forged(
        vault,
        stolen,
        conn,
        {
            "actor": MANAGER,
            "role": "manager",
            "action": AuditAction.EXPORT.value,
            "record_ref": "OSC-2025-00001",
            "outcome": "unverified",
            "detail": "court-bundle",
        },
        stolen.signing,
    )
    conn.close()
    assert "are marked unverified but are not a failed sign-in or a sign-out" in audit_check(
        verify(vault)
    )


def test_a_failed_sign_in_reported_under_a_role_is_caught(vault) -> None:
    """The kind alone is not enough: a report carries no role and no record."""
    stolen = her_keys(vault)
    conn = open_db(vault, stolen)
    append_forged(
        vault,
        stolen,
        conn,
        {
            "actor": MANAGER,
            "role": "manager",
            "action": AuditAction.SIGN_IN_FAILED.value,
            "record_ref": "OSC-2025-00001",
            "outcome": "unverified",
        },
        stolen.signing,
    )
    conn.close()
    assert "are marked unverified but are not a failed sign-in or a sign-out" in audit_check(
        verify(vault)
    )


def test_registering_a_key_for_a_colleague_is_caught(vault) -> None:
    """She makes a key pair of her own, lists it as the manager's and signs with it."""
    stolen = her_keys(vault)
    fake = SigningKey.of(Ed25519PrivateKey.generate())
    conn = open_db(vault, stolen)
    append_forged(
        vault,
        stolen,
        conn,
        {
            "actor": MANAGER,
            "role": "manager",
            "action": AuditAction.KEY_REGISTERED.value,
            "detail": f"key={fake.key_id}",
        },
        fake,
    )
    seq = trail(conn)[-1][0]
    conn.execute(
        "INSERT INTO staff_signing_keys VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            fake.key_id,
            f"user:{MANAGER}",
            MANAGER,
            public_bytes(fake.private).hex(),
            "2026-12-02T00:00:00.000000Z",
            MANAGER,
            seq,
        ),
    )
    append_forged(
        vault,
        stolen,
        conn,
        {"actor": MANAGER, "role": "manager", "action": AuditAction.EXPORT.value},
        fake,
    )
    conn.close()
    message = audit_check(verify(vault))
    assert f"The signing key listed for {MANAGER} was not registered by an admin" in message


def test_stripping_the_signatures_is_caught(vault) -> None:
    some_work(vault)
    stolen = her_keys(vault)
    conn = open_db(vault, stolen)
    rows = [(*r[:9], "", *r[10:12], "") for r in trail(conn) if r[2] != ADVOCATE]
    rewrite(vault, stolen, conn, rows)
    conn.close()
    assert "are unsigned, although every entry since signing began" in audit_check(verify(vault))


def test_a_backup_head_shows_a_trail_cut_back(vault, tmp_path) -> None:
    """She cuts the tail off, after a backup: the anchors she can move, the backup she cannot."""
    with vault.sign_in() as admin:
        kept_away = MaintenanceService(admin).backup(tmp_path / "offsite.onestop-backup")
    some_work(vault)
    with vault.sign_in() as admin:
        MaintenanceService(admin).backup()
    some_work(vault)
    assert verify(vault).ok
    stolen = her_keys(vault)
    conn = open_db(vault, stolen)
    rows = trail(conn)
    recorded = json.loads(zipfile.ZipFile(kept_away.path).read("manifest.json"))["audit_head"]
    cut = [r for r in rows if r[0] < recorded["seq"]]
    rewrite(vault, stolen, conn, cut)  # nothing re-chained: a plain cut, anchors moved
    conn.close()
    message = audit_check(verify(vault))
    assert "The audit trail was cut back or rewritten: the backup onestop-backup-" in message

    # She also empties backups/; the copy kept elsewhere still shows it.
    shutil.rmtree(vault.path / "backups")
    (vault.path / "backups").mkdir()
    message = audit_check(verify(vault, (kept_away.path,)))
    assert "the backup offsite.onestop-backup" in message
    # The trail has grown past the cut since (the verify above wrote its finding there), but
    # entry by entry it is not the trail the backup saw.
    assert f"recorded entry {recorded['seq']}, but the trail holds a different entry" in message


def test_a_finding_is_shown_until_an_admin_acknowledges_it(vault) -> None:
    some_work(vault)
    stolen = her_keys(vault)
    conn = open_db(vault, stolen)
    rewrite(vault, stolen, conn, [r for r in trail(conn) if r[2] != ADVOCATE])
    conn.close()
    assert not verify(vault).ok  # records the finding (the admin's sign-in found the head too)

    with vault.sign_in(Role.MANAGER) as manager:
        findings = AuditService(manager).tamper_findings()
        assert [f.found_by for f in findings] == ["Found at the sign-in of", "Found by verify on"]
        assert "last entry of the audit trail does not match its signature" in (
            findings[0].description
        )
        assert "do not match their signatures" in findings[1].description
        with pytest.raises(PermissionDenied):
            MaintenanceService(manager).acknowledge(findings[1].seq, "looked into it")
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate, pytest.raises(PermissionDenied):
        AuditService(advocate).tamper_findings()
    with vault.sign_in() as admin:
        service = MaintenanceService(admin)
        with pytest.raises(ValidationFailed, match="why"):
            service.acknowledge(findings[0].seq, "   ")
        with pytest.raises(ValidationFailed, match="not a tamper finding"):
            service.acknowledge(1, "wrong entry")
        for finding in findings:
            service.acknowledge(finding.seq, "reported to the board; advocate suspended")
        assert AuditService(admin).tamper_findings() == ()
        report = service.verify()
    assert report.ok, report
    assert any(n.startswith("Acknowledged by an admin:") for n in report.notes)
    assert any("reported to the board" in n for n in report.notes)


# ----- reports planted in keyslots.json -----------------------------------------------------


def plant(vault, events: object) -> None:
    path = vault.path / "keyslots.json"
    data = json.loads(path.read_text("utf-8"))
    data["pending_events"] = events
    path.write_text(json.dumps(data), "utf-8")


def report(username: str, action: str = "session.sign_in_failed", reason: str = "wrong_password"):
    return {
        "at": datetime.now(UTC).isoformat(),
        "username": username,
        "action": action,
        "reason": reason,
    }


def test_planted_reports_are_capped_unverified_and_never_ok(vault) -> None:
    planted = [report(MANAGER, "record.export", "ok")]  # the frame-up
    planted += [report(MANAGER) for _ in range(10_000)]
    planted += [report(username_for(Role.CLINICIAN), "session.sign_out", "while locked")]
    plant(vault, planted)
    assert len(KeySlotFile.load(vault.path / "keyslots.json").pending_events) == MAX_PENDING_EVENTS

    with vault.sign_in() as admin:
        assert admin.refused_reports == 0  # the rest were dropped by the cap when read
        entries = AuditService(admin).entries(since=datetime(2000, 1, 1, tzinfo=UTC))
    from_file = [e for e in entries if e.outcome == "unverified"]
    assert len(from_file) == MAX_PENDING_EVENTS
    assert {e.action for e in from_file} == {"session.sign_in_failed", "session.sign_out"}
    assert not [e for e in entries if e.actor == MANAGER and e.action == "record.export"]
    assert all(e.role == "" for e in from_file)
    csv_lines = [line for line in to_csv(from_file).splitlines()[1:]]
    assert all(",unverified," in line for line in csv_lines)
    assert KeySlotFile.load(vault.path / "keyslots.json").pending_events == []
    assert verify(vault).ok


def test_malformed_and_foreign_reports_are_refused_and_sign_in_goes_on(vault) -> None:
    plant(
        vault,
        [
            report(MANAGER, "record.export", "ok"),
            {"at": 5, "username": MANAGER},
            "not even an object",
            report("Robert'); DROP TABLE staff;--"),
            report(MANAGER, "session.sign_in_failed", "ok"),
            {**report(MANAGER), "at": "yesterday"},
            report(MANAGER),
        ],
    )
    with vault.sign_in() as admin:
        assert admin.refused_reports == 6
        entries = AuditService(admin).entries()
    (kept,) = [e for e in entries if e.outcome == "unverified"]
    assert kept.actor == MANAGER and kept.detail.startswith("wrong_password at ")
    (refused,) = [e for e in entries if e.action == AuditAction.REPORTS_REFUSED.value]
    assert refused.outcome == "failed" and refused.detail == "6"

    plant(vault, "a list no longer")
    with vault.sign_in() as admin:
        assert admin.refused_reports == 1


def test_the_recovery_key_signs_with_its_own_key(vault) -> None:
    from onestop.services.auth import sign_in_with_recovery
    from onestop.services.users import UserService

    with sign_in_with_recovery(vault.path, vault.recovery_key) as recovery:
        assert recovery.signer is not None
        UserService(recovery).reset_password(MANAGER)
    report_ = verify(vault)
    assert report_.ok, report_


def test_a_slot_without_a_key_gets_one_at_its_next_sign_in(vault) -> None:
    """A slot made before signing (no key in keyslots.json, none listed) registers its own."""
    path = vault.path / "keyslots.json"
    data = json.loads(path.read_text("utf-8"))
    (slot,) = [s for s in data["slots"] if s["id"] == f"user:{ADVOCATE}"]
    del slot["signing"]
    path.write_text(json.dumps(data), "utf-8")
    stolen = her_keys_without_signing(vault)
    conn = raw_connection(vault.path / "vault.db", stolen)
    conn.execute("DELETE FROM staff_signing_keys WHERE slot_id = ?", (f"user:{ADVOCATE}",))
    conn.close()
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        assert advocate.signer is not None
        new_id = advocate.signer.key_id
    slots = KeySlotFile.load(path)
    public = slots.slots[f"user:{ADVOCATE}"].signing_public
    assert public is not None and key_id(public) == new_id


def her_keys_without_signing(vault) -> bytes:
    slots = KeySlotFile.load(vault.path / "keyslots.json")
    opened = slots.open_slot(f"user:{ADVOCATE}", password_for(Role.LEGAL_ADVOCATE))
    assert opened is not None
    return opened.keys[VAULT_KEY]


# ----- the honest paths stay green ----------------------------------------------------------


def test_a_restore_lists_the_keys_given_since_the_backup(vault, tmp_path) -> None:
    """The manager's password is reset after the backup (a new key); after the restore she
    signs with it and the trail still verifies."""
    from onestop.services.auth import sign_in as service_sign_in
    from onestop.services.users import UserService

    with vault.sign_in() as admin:
        backup = MaintenanceService(admin).backup(tmp_path / "before.onestop-backup")
        otp = UserService(admin).reset_password(MANAGER).one_time_password
    with service_sign_in(vault.path, MANAGER, otp) as manager:
        UserService(manager).change_own_password(otp, "harbour lights seven quays 84")
    with vault.sign_in() as admin:
        MaintenanceService(admin).restore(backup.path, password_for(Role.ADMIN))
    with service_sign_in(vault.path, MANAGER, "harbour lights seven quays 84"):
        pass
    report_ = verify(vault)
    assert report_.ok, report_


def test_a_vault_from_before_signing_verifies_and_says_so(tmp_path) -> None:
    from onestop.services.auth import sign_in as service_sign_in
    from tests.unit.test_migrations import FIXTURE_ADMIN, FIXTURE_PASSWORD, FIXTURES

    path = tmp_path / "old"
    shutil.copytree(FIXTURES / "vault-schema-0001", path)
    with service_sign_in(path, FIXTURE_ADMIN, FIXTURE_PASSWORD) as admin:
        assert admin.signer is not None  # given at this first sign-in since the upgrade
        report_ = MaintenanceService(admin).verify()
    assert report_.ok, report_
    assert any("unsigned (written before signing)" in n for n in report_.notes)
