"""Section keys, tested as the insider who attacked the vault with her own password.

The attack that was found: every key slot unseals the same vault key, so whoever can sign in
(a legal advocate, the admin, the holder of the recovery key) can open ``vault.db`` with
``sqlcipher3`` and read a counsellor's notes. These tests repeat it with the attacker's own
tools (keyslots' functions and a bare sqlcipher3 connection, never the services), and check
that the counselling text is not there in clear and that her slot cannot open the counselling
key; and, through the services, that counsellors still read and write, that a colleague gets
the key only from a holder, and that a ciphertext moved to another row does not open.
"""

from __future__ import annotations

import json
import secrets
from datetime import timedelta

import pytest
from sqlalchemy import String, Text

from onestop.db.base import UtcDateTime, utcnow
from onestop.db.models import Base
from onestop.db.textcolumns import CODED, ENCRYPTED, ENCRYPTED_SECTIONS, NOT_YET, SEALED_PER_SECTION
from onestop.domain.audit import AuditAction
from onestop.domain.counselling import SessionType
from onestop.domain.roles import Action, Role, Section, may_break_glass, permits
from onestop.errors import PermissionDenied
from onestop.services import sectionkeys
from onestop.services.audit import AuditService
from onestop.services.auth import sign_in
from onestop.services.counselling import CounsellingService, SessionDetails
from onestop.services.drafts import DraftService
from onestop.services.maintenance import MaintenanceService
from onestop.services.users import UserService
from onestop.vault.keyslots import (
    RECOVERY_SLOT,
    VAULT_KEY,
    KeySlotFile,
    normalise_recovery_key,
    user_slot_id,
)
from onestop.vault.sectionkeys import open_grant
from tests.conftest import password_for, username_for
from tests.helpers import raw_connection
from tests.oldertext import add_draft, add_history, older_text_vault, raw, reference_of

COLLEAGUE = "u-counsellor-two"
# The encrypted sections a counsellor reads (domain.roles), in the order they are listed:
# a colleague confirmed by a counsellor receives them all.
READ_BY_COUNSELLORS = tuple(
    sorted(s for s in ENCRYPTED_SECTIONS if permits(Role.COUNSELLOR, s, Action.READ))
)
COLLEAGUE_PASSWORD = "lichen compass wander early 47"


def canary() -> str:
    return f"canary-{secrets.token_hex(8)}"


def write_notes(vault, reference: str, marker: str) -> int:
    """As the counsellor: a session with ``marker`` in its notes and plan, edited once (so its
    history holds a version), and a draft of a counselling form holding ``marker`` too."""
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        notes = CounsellingService(counsellor)
        held = utcnow() - timedelta(hours=2)
        first = notes.record(
            reference, SessionDetails(held, SessionType.INDIVIDUAL, f"notes {marker}", marker)
        )
        notes.update(
            reference,
            first.record_id,
            SessionDetails(held, SessionType.INDIVIDUAL, f"edited {marker}", f"plan {marker}"),
            first.version,
        )
        DraftService(counsellor).keep(
            "counselling", Section.COUNSELLING, reference, {"notes": f"draft {marker}"}
        )
        return first.record_id


def attacker_slot(vault, slot_id: str, secret: str):
    """What the insider does first: open her own slot with keyslots' functions."""
    slots = KeySlotFile.load(vault.path / "keyslots.json")
    opened = slots.open_slot(slot_id, secret)
    assert opened is not None
    return slots, opened


def every_text_value(conn) -> list[tuple[str, str, object]]:
    tables = [
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    ]
    found = []
    for table in tables:
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")').fetchall()]
        for row in conn.execute(f'SELECT * FROM "{table}"').fetchall():
            for column, value in zip(columns, row, strict=True):
                if isinstance(value, str | bytes):
                    found.append((table, column, value))
    return found


def holding(values, marker: str) -> list[tuple[str, str]]:
    needle = marker.encode()
    return [
        (table, column)
        for table, column, value in values
        if (marker in value if isinstance(value, str) else needle in value)
    ]


ATTACKERS = {
    "legal advocate": lambda vault: (
        user_slot_id(username_for(Role.LEGAL_ADVOCATE)),
        password_for(Role.LEGAL_ADVOCATE),
    ),
    "shelter officer": lambda vault: (
        user_slot_id(username_for(Role.SHELTER_OFFICER)),
        password_for(Role.SHELTER_OFFICER),
    ),
    "admin": lambda vault: (user_slot_id(username_for(Role.ADMIN)), password_for(Role.ADMIN)),
    "recovery key": lambda vault: (RECOVERY_SLOT, normalise_recovery_key(vault.recovery_key)),
}


@pytest.mark.parametrize("who", sorted(ATTACKERS))
def test_an_insider_with_her_own_secret_finds_no_counselling_text(vault, make_case, who) -> None:
    marker = canary()
    write_notes(vault, make_case(), marker)
    slot_id, secret = ATTACKERS[who](vault)
    slots, opened = attacker_slot(vault, slot_id, secret)
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        values = every_text_value(conn)
        assert values  # she did open the database: the vault key is hers
        assert holding(values, marker) == []
        grants = conn.execute(
            "SELECT section, version, slot_id, sealed FROM section_key_grants"
        ).fetchall()
    finally:
        conn.close()
    counselling = [g for g in grants if g[0] == Section.COUNSELLING.value]
    assert counselling and all(g[2] != slot_id for g in counselling)
    for section, version, granted_to, sealed in counselling:
        # Neither as herself nor pretending to be the slot it was sealed to.
        for as_slot in (slot_id, granted_to):
            assert (
                open_grant(opened.private, sealed, slots.vault_id, section, version, as_slot)
                is None
            )


def test_the_counsellor_reads_and_a_colleague_only_once_a_holder_confirms_her(
    vault, make_case
) -> None:
    marker = canary()
    reference = make_case()
    record_id = write_notes(vault, reference, marker)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        (read,) = CounsellingService(counsellor).list(reference)
        assert read.details.notes == f"edited {marker}" and read.details.plan == f"plan {marker}"
        (before,) = CounsellingService(counsellor).history(reference, record_id)
        assert before.fields["notes"] == f"notes {marker}" and before.fields["plan"] == marker
        (draft,) = DraftService(counsellor).mine()
        assert draft.fields == {"notes": f"draft {marker}"}
    with vault.sign_in(Role.ADMIN) as admin:
        otp = UserService(admin).create(COLLEAGUE, Role.COUNSELLOR).one_time_password
        with pytest.raises(PermissionDenied):  # the admin holds no section key to give
            sectionkeys.confirm_colleague(admin, COLLEAGUE)
        assert admin.section_keys.held() == ()
    with sign_in(vault.path, COLLEAGUE, otp) as colleague:
        UserService(colleague).change_own_password(otp, COLLEAGUE_PASSWORD)
    with sign_in(vault.path, COLLEAGUE, COLLEAGUE_PASSWORD) as colleague:
        # Her role reads every sealed section in READ_BY_COUNSELLORS (domain.roles); no holder
        # has confirmed her: she waits for them all.
        assert sectionkeys.waiting_sections(colleague) == READ_BY_COUNSELLORS
        with pytest.raises(sectionkeys.KeyNotHeld, match="confirm"):
            CounsellingService(colleague).list(reference)
        mine = sectionkeys.slot_fingerprint(colleague, COLLEAGUE)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        assert sectionkeys.unconfirmed_colleagues(counsellor) == (COLLEAGUE,)
        with pytest.raises(Exception, match="fingerprint does not match"):
            sectionkeys.confirm_colleague(counsellor, COLLEAGUE, "0000 " * 8)
        done = sectionkeys.confirm_colleague(counsellor, COLLEAGUE, mine)
        assert done.sections == READ_BY_COUNSELLORS
        assert sectionkeys.unconfirmed_colleagues(counsellor) == ()
    with sign_in(vault.path, COLLEAGUE, COLLEAGUE_PASSWORD) as colleague:
        assert sectionkeys.waiting_sections(colleague) == ()
        (read,) = CounsellingService(colleague).list(reference)
        assert read.details.notes == f"edited {marker}"
    with vault.sign_in(Role.MANAGER) as manager:
        granted = AuditService(manager).entries(action=AuditAction.SECTION_KEY_GRANTED.value)
        assert [(e.actor, e.record_ref, e.section) for e in granted][
            -len(READ_BY_COUNSELLORS) :
        ] == [
            (username_for(Role.COUNSELLOR), f"staff:{COLLEAGUE}", section.value)
            for section in READ_BY_COUNSELLORS
        ]


def test_a_password_reset_takes_the_keys_until_a_holder_confirms_again(vault, make_case) -> None:
    reference = make_case()
    write_notes(vault, reference, canary())
    with vault.sign_in(Role.ADMIN) as admin:
        otp = UserService(admin).create(COLLEAGUE, Role.COUNSELLOR).one_time_password
    with sign_in(vault.path, COLLEAGUE, otp) as colleague:
        UserService(colleague).change_own_password(otp, COLLEAGUE_PASSWORD)
        print_ = sectionkeys.slot_fingerprint(colleague, COLLEAGUE)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        sectionkeys.confirm_colleague(counsellor, COLLEAGUE, print_)
    with vault.sign_in(Role.ADMIN) as admin:
        otp = UserService(admin).reset_password(COLLEAGUE).one_time_password
    with sign_in(vault.path, COLLEAGUE, otp) as colleague:
        UserService(colleague).change_own_password(otp, COLLEAGUE_PASSWORD + " again")
        with pytest.raises(sectionkeys.KeyNotHeld):
            CounsellingService(colleague).list(reference)


def test_a_restored_backup_opens_with_the_key_pairs_of_today(vault, make_case) -> None:
    """A new password renews the slot's key pair; a backup from before it still reads."""
    reference = make_case()
    marker = canary()
    write_notes(vault, reference, marker)
    with vault.sign_in(Role.ADMIN) as admin:
        info = MaintenanceService(admin).backup()
    renewed = password_for(Role.COUNSELLOR) + " renewed"
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        UserService(counsellor).change_own_password(password_for(Role.COUNSELLOR), renewed)
    with vault.sign_in(Role.ADMIN) as admin:
        MaintenanceService(admin).restore(info.path, password_for(Role.ADMIN))
    with sign_in(vault.path, username_for(Role.COUNSELLOR), renewed) as counsellor:
        (read,) = CounsellingService(counsellor).list(reference)
        assert read.details.notes == f"edited {marker}"


def test_a_ciphertext_moved_to_another_row_or_column_does_not_open(vault, make_case) -> None:
    reference = make_case()
    first = write_notes(vault, reference, canary())
    second = write_notes(vault, reference, canary())
    with vault.sign_in(Role.ADMIN) as admin:  # the attacker holds the vault key
        key = admin.key
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        (notes,) = conn.execute(
            "SELECT notes FROM counselling_sessions WHERE id = ?", (first,)
        ).fetchone()
        conn.execute("UPDATE counselling_sessions SET notes = ? WHERE id = ?", (notes, second))
        conn.execute("UPDATE counselling_sessions SET plan = ? WHERE id = ?", (notes, first))
    finally:
        conn.close()
    with (
        vault.sign_in(Role.COUNSELLOR) as counsellor,
        pytest.raises(sectionkeys.KeyNotHeld, match="could not be opened"),
    ):
        CounsellingService(counsellor).list(reference)


def test_older_plaintext_is_sealed_at_the_next_sign_in_of_a_holder(tmp_path, monkeypatch) -> None:
    """A vault an earlier release wrote (tests/fixtures/vault-demo-0052), holding counselling
    text from before section keys: plaintext and no key version in a row, its history and a
    draft (the migration cannot seal them: no one's keys are open while it runs). The first
    sign-in of a holder seals them. (In a vault whose counsellor has signed in since, the same
    rows are a forgery: tests/unit/test_redteam_older_text.py.)"""
    older = older_text_vault(tmp_path, monkeypatch)
    marker = canary()
    with raw(older) as conn:
        record_id, case_id = conn.execute(
            "SELECT id, case_id FROM counselling_sessions ORDER BY id LIMIT 1"
        ).fetchone()
        reference = reference_of(conn, case_id)
        conn.execute(
            "UPDATE counselling_sessions SET notes = ?, plan = '', key_version = NULL WHERE id = ?",
            (f"old {marker}", record_id),
        )
        fields = {"notes": f"older {marker}", "plan": "", "held_at": "x"}
        add_history(conn, "counselling_sessions", "counselling_session", record_id, fields, "x")
        counsellor_name = older.credentials(Role.COUNSELLOR)[0]
        add_draft(
            conn,
            counsellor_name,
            "counselling",
            "counselling",
            case_id,
            {"notes": f"draft {marker}"},
        )
        assert len(holding(every_text_value(conn), marker)) == 3
    with older.sign_in(Role.COUNSELLOR) as counsellor:
        read = {r.record_id: r for r in CounsellingService(counsellor).list(reference)}
        assert read[record_id].details.notes == f"old {marker}"
        (before,) = CounsellingService(counsellor).history(reference, record_id)
        assert before.fields["notes"] == f"older {marker}"
        (draft,) = DraftService(counsellor).mine()
        assert draft.fields == {"notes": f"draft {marker}"}
    with raw(older) as conn:
        assert holding(every_text_value(conn), marker) == []


def test_break_glass_never_reaches_counselling_nor_the_admin() -> None:
    """Break-glass into a sealed section opens its key after the access is audited
    (tests/unit/test_break_glass_keys.py); counselling is never one, and the admin never
    reads a sealed section."""
    for section in ENCRYPTED_SECTIONS:
        # The audit section's key seals break-glass reasons for the managers alone: the
        # admin reads the trail's codes, never a reason (services.glassreasons).
        assert Role.ADMIN not in sectionkeys.readers(section)
        if section.is_survivor_record:
            assert not permits(Role.ADMIN, section, Action.READ)
    assert not any(may_break_glass(role, Section.COUNSELLING) for role in Role)


def _text_columns() -> set[tuple[str, str]]:
    return {
        (table.name, column.name)
        for table in Base.metadata.tables.values()
        for column in table.columns
        if isinstance(column.type, String | Text) and not isinstance(column.type, UtcDateTime)
    }


def test_every_text_column_is_classified_once() -> None:
    """A new text column must be declared ENCRYPTED, CODED or NOT_YET (db.textcolumns)."""
    lists = (set(ENCRYPTED), set(SEALED_PER_SECTION), set(CODED), set(NOT_YET))
    columns = _text_columns()
    unclassified = columns - set().union(*lists)
    assert not unclassified, f"classify these in db/textcolumns.py: {sorted(unclassified)}"
    stale = set().union(*lists) - columns
    assert not stale, f"no such columns: {sorted(stale)}"
    for i, one in enumerate(lists):
        for other in lists[i + 1 :]:
            assert not one & other, sorted(one & other)


def test_her_public_key_in_a_newcomers_slot_is_never_confirmed(vault, make_case) -> None:
    """The legal advocate, with her own password, takes the vault key, puts a public key of
    her own in a new counsellor's slot and MACs it again with OneStop's library, between the
    newcomer's first password change and her fingerprint. If the newcomer's screen showed the
    fingerprint of the file's key, both colleagues would read the advocate's fingerprint, the
    counsellor would confirm it and the counselling key would be sealed to the advocate."""
    import base64

    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from onestop.errors import VaultDamaged
    from onestop.vault.subkeys import Purpose, subkey

    write_notes(vault, make_case(), canary())
    with vault.sign_in(Role.ADMIN) as admin:
        otp = UserService(admin).create(COLLEAGUE, Role.COUNSELLOR).one_time_password
    with sign_in(vault.path, COLLEAGUE, otp) as colleague:
        UserService(colleague).change_own_password(otp, COLLEAGUE_PASSWORD)

    slot_id, secret = ATTACKERS["legal advocate"](vault)
    _, opened = attacker_slot(vault, slot_id, secret)
    mine = X25519PrivateKey.generate()
    public = mine.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    path = vault.path / "keyslots.json"
    slots = KeySlotFile.load(path)
    victim = user_slot_id(COLLEAGUE)
    mac = slots._public_mac(subkey(opened.keys[VAULT_KEY], Purpose.SLOT_PUBLIC), victim, public)
    data = json.loads(path.read_text(encoding="utf-8"))
    for slot in data["slots"]:
        if slot["id"] == victim:
            slot["public"], slot["public_mac"] = base64.b64encode(public).decode("ascii"), mac
    path.write_text(json.dumps(data), encoding="utf-8")

    # The newcomer signs in: her own key pair is not the file's, and she is told so.
    with (
        pytest.raises(VaultDamaged, match="altered"),
        sign_in(vault.path, COLLEAGUE, COLLEAGUE_PASSWORD) as colleague,
    ):
        sectionkeys.slot_fingerprint(colleague, COLLEAGUE)
    # So she never reads the advocate's fingerprint out to a counsellor, and nothing a holder
    # sealed to her slot opens with the advocate's key.
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        grants = conn.execute(
            "SELECT section, version, sealed FROM section_key_grants WHERE slot_id = ?", (victim,)
        ).fetchall()
    finally:
        conn.close()
    vault_id = KeySlotFile.load(path).vault_id
    assert all(open_grant(mine, g[2], vault_id, g[0], g[1], victim) is None for g in grants)
