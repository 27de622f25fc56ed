"""Red team (session 13, red22e; session 14): what the unsigned ``staff`` and
``staff_signing_keys`` tables say of an account, used against the section keys and the slots.

The legal advocate holds her password, the vault folder's files, sqlcipher3 and the project's
primitives; she runs OneStop only as herself. Each test performs one attack end to end and
fails while it works.

1. ``test_a_counselling_key_she_plants_as_a_counsellor_in_the_staff_table_seals_new_notes``
   (red22e): grants were judged by the signer's current role in ``staff``. Goals 2 and 3.
2. ``test_a_grant_she_signs_to_herself_makes_her_a_holder_of_the_next_counselling_key``
   (red22e): the same door, and a counsellor's honest new version is sealed to her.
3. ``test_an_account_she_adds_with_a_self_registered_first_key_survives_her_disable``
   (red22e): an account she adds to ``staff`` with a first key that registers itself keeps a
   slot past her disable.
4. ``test_her_key_listed_as_the_counsellors_signs_a_counselling_grant`` (session 14): a grant
   was judged against ``staff_signing_keys`` as it stands, so a key of hers listed there under
   the counsellor's name signed "the counsellor's" grants.
5. ``test_the_upgrader_vouches_for_a_pair_she_plants_any_day_after`` (red22e): the key that
   vouched for the older slots at the 0066 crossing vouched for any pair, any day after. Now
   the crossing commits, in a signed entry, to the pairs it vouched for.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import shutil
from datetime import timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from onestop.db.base import utcnow
from onestop.domain.audit import AuditAction
from onestop.domain.counselling import SessionType
from onestop.domain.roles import Role
from onestop.services import audit, grantsigs, sectionkeys
from onestop.services.auth import sign_in
from onestop.services.counselling import CounsellingService, SessionDetails
from onestop.services.maintenance import MaintenanceService
from onestop.services.users import UserService
from onestop.vault.keyslots import (
    RECOVERY_SLOT,
    VAULT_KEY,
    KeySlotFile,
    OpenedSlot,
    key_id,
    user_slot_id,
)
from onestop.vault.sectionkeys import (
    KeyRing,
    SealedFieldError,
    new_key,
    open_grant,
    seal_grant,
)
from onestop.vault.subkeys import Purpose, subkey
from tests.conftest import SampleVault, open_case_in, username_for
from tests.helpers import case_references, open_stored, raw_connection
from tests.unit.test_redteam_slots_third import (
    ADVOCATE,
    MINE,
    _append_entry,
    _disable_her_and_look,
    _open_mine,
    _opened_after,
)

COUNSELLOR = username_for(Role.COUNSELLOR)
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault-demo-0052"


def test_a_counselling_key_she_plants_as_a_counsellor_in_the_staff_table_seals_new_notes(
    vault,
) -> None:
    """Grants are judged by the signer's *current* role in ``staff``, which is not signed. She
    sets her own row's role to counsellor with sqlcipher3, makes a counselling key of her own
    as the next version, seals it to the counsellor's slot (its public key, from
    keyslots.json) and signs the grant with her own registered key, as herself. The
    counsellor's next session takes it as a holder's grant, writable and the newest: her new
    notes are sealed under a key the legal advocate chose. Counselling is "counsellors only";
    she was never granted it."""
    reference = open_case_in(vault)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:  # the section's key exists (v1 or more)
        CounsellingService(counsellor).record(
            reference,
            SessionDetails(utcnow() - timedelta(days=1), SessionType.INDIVIDUAL, "before", ""),
        )

    path = vault.path / "keyslots.json"
    mine = _open_mine(path)
    assert mine.signing is not None
    key = mine.keys[VAULT_KEY]
    slots = KeySlotFile.load(path)
    target = user_slot_id(COUNSELLOR)
    public = slots.slots[target].public
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        conn.execute("UPDATE staff SET role = 'counsellor' WHERE username = ?", (ADVOCATE,))
        (newest, granted_at) = conn.execute(
            "SELECT max(version), max(granted_at) FROM section_key_grants "
            "WHERE section = 'counselling'"
        ).fetchone()
        planted = new_key("counselling", int(newest) + 1)
        sealed = seal_grant(public, planted, slots.vault_id, target)
        signer = audit.SigningKey.of(mine.signing)
        signature = signer.private.sign(
            grantsigs.grant_message(
                slots.vault_id,
                planted.section,
                planted.version,
                target,
                public.hex(),
                sealed,
                ADVOCATE,
            )
        ).hex()
        conn.execute(
            "INSERT INTO section_key_grants (section, version, slot_id, public_key, sealed, "
            "granted_by, granted_at, signer, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                planted.section,
                planted.version,
                target,
                public.hex(),
                sealed,
                ADVOCATE,
                granted_at,
                signer.key_id,
                signature,
            ),
        )
    finally:
        conn.close()

    marker = f"canary-{secrets.token_hex(8)}"
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        CounsellingService(counsellor).record(
            reference, SessionDetails(utcnow(), SessionType.INDIVIDUAL, f"notes {marker}", "")
        )

    ring = KeyRing()
    ring.add(planted)
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        rows = conn.execute(
            "SELECT id, version, notes FROM counselling_sessions ORDER BY id"
        ).fetchall()
    finally:
        conn.close()
    refs = case_references(vault.path / "vault.db", key)
    read = []
    for row_id, version, notes in rows:
        with contextlib.suppress(SealedFieldError):
            read.append(
                open_stored(ring, notes, "counselling_sessions", "notes", row_id, version, refs)
            )
    with vault.sign_in() as admin:
        report = MaintenanceService(admin).verify()
    failed = {c.name: c.message for c in report.checks if not c.ok}
    assert not any(marker in text for text in read), (
        f"the legal advocate reads the counsellor's new note ({read}); verify fails only: {failed}"
    )


def test_an_account_she_adds_with_a_self_registered_first_key_survives_her_disable(
    vault,
) -> None:
    """The rule for a slot's *first* key ("registered by its holder": for slots made before
    entries were signed) holds for any account name. She adds an account of her own to
    ``staff`` (her row copied under a new name, active), makes a signing key K for it and
    appends a "Signing key registered" entry under that name, signed by K itself, chained,
    anchors moved, K listed for the new slot; and a slot for it in keyslots.json: her key pair,
    her secret, K as its signing key and binding. The rotation keeps the slot (an active
    account's), finds its binding by its newest key and that key's registration by its holder
    as her first: the new vault key is sealed to it. After her disable she signs in with
    OneStop under the new name."""
    path = vault.path / "keyslots.json"
    old_key = _open_mine(path).keys[VAULT_KEY]
    alias = f"{ADVOCATE}-2"
    conn = raw_connection(vault.path / "vault.db", old_key)
    try:
        conn.execute(
            "INSERT INTO staff (username, display_name, qualifications, registration_number, "
            "role, active, must_change_password, created_at, created_by, updated_at, "
            "password_changed_at) SELECT ?, display_name, qualifications, registration_number, "
            "role, 1, 0, created_at, created_by, updated_at, password_changed_at FROM staff "
            "WHERE username = ?",
            (alias, ADVOCATE),
        )
    finally:
        conn.close()
    forged = Ed25519PrivateKey.generate()
    slot_id = user_slot_id(alias)
    _append_entry(
        vault.path,
        old_key,
        forged,
        actor=alias,
        role=Role.LEGAL_ADVOCATE.value,
        action=AuditAction.KEY_REGISTERED,
        record_ref=f"staff:{alias}",
        detail=f"key={key_id(audit.public_bytes(forged))}",
        register=(slot_id, alias),
    )
    slots = KeySlotFile.load(path)
    slots.put_slot(
        slot_id, MINE, {VAULT_KEY: old_key}, subkey(old_key, Purpose.SLOT_PUBLIC), forged
    )
    slots.save()

    opened, failed = _disable_her_and_look(vault, slot_id, old_key)
    signed_in = None
    if opened is not None:
        with sign_in(vault.path, alias, MINE) as again:
            signed_in = again.actor.role
    assert opened is None, (
        f"after her disable she opens today's vault.db through the slot of {alias} ({opened} "
        f"cases) and signs in as {alias} ({signed_in}); verify fails only: {failed}"
    )


def _plant_grant(folder: Path, mine: OpenedSlot, target: str, public: bytes, key) -> None:
    """As herself, with sqlcipher3: a grant of ``key`` sealed to ``target``'s ``public`` and
    signed with her own registered key; her row in ``staff`` says counsellor."""
    assert mine.signing is not None
    vault_id = KeySlotFile.load(folder / "keyslots.json").vault_id
    sealed = seal_grant(public, key, vault_id, target)
    signer = audit.SigningKey.of(mine.signing)
    message = grantsigs.grant_message(
        vault_id, key.section, key.version, target, public.hex(), sealed, ADVOCATE
    )
    conn = raw_connection(folder / "vault.db", mine.keys[VAULT_KEY])
    try:
        conn.execute("UPDATE staff SET role = 'counsellor' WHERE username = ?", (ADVOCATE,))
        (granted_at,) = conn.execute("SELECT max(granted_at) FROM section_key_grants").fetchone()
        conn.execute(
            "INSERT INTO section_key_grants (section, version, slot_id, public_key, sealed, "
            "granted_by, granted_at, signer, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                key.section,
                key.version,
                target,
                public.hex(),
                sealed,
                ADVOCATE,
                granted_at,
                signer.key_id,
                signer.private.sign(message).hex(),
            ),
        )
    finally:
        conn.close()


def test_a_grant_she_signs_to_herself_makes_her_a_holder_of_the_next_counselling_key(
    vault,
) -> None:
    """The same door, for a future version made honestly: ``_new_version`` seals a section's
    new version to every slot holding a valid grant of it, of an active account whose role
    (in ``staff``) reads the section. She sets her role to counsellor and signs a grant to her
    own slot of a counselling key she made (it opens nothing of anyone's). A second counsellor
    leaves (disabled); the counsellor who stays makes the new version at her next sign-in, and
    seals it to the legal advocate's slot too. With her private key she opens it and reads the
    counsellor's next note."""
    colleague, colleague_password = "u-counsellor-two", "lichen compass wander early 47"
    reference = open_case_in(vault)
    with vault.sign_in() as admin:
        otp = UserService(admin).create(colleague, Role.COUNSELLOR).one_time_password
    with sign_in(vault.path, colleague, otp) as newcomer:
        UserService(newcomer).change_own_password(otp, colleague_password)
        seen = sectionkeys.slot_fingerprint(newcomer, colleague)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        sectionkeys.confirm_colleague(counsellor, colleague, seen)

    path = vault.path / "keyslots.json"
    mine = _open_mine(path)
    conn = raw_connection(vault.path / "vault.db", mine.keys[VAULT_KEY])
    try:
        (newest,) = conn.execute(
            "SELECT max(version) FROM section_key_grants WHERE section = 'counselling'"
        ).fetchone()
    finally:
        conn.close()
    own = user_slot_id(ADVOCATE)
    public = KeySlotFile.load(path).slots[own].public
    _plant_grant(vault.path, mine, own, public, new_key("counselling", int(newest) + 1))

    with vault.sign_in() as admin:
        UserService(admin).disable(colleague)  # counselling is due a new version
    marker = f"canary-{secrets.token_hex(8)}"
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        CounsellingService(counsellor).record(
            reference, SessionDetails(utcnow(), SessionType.INDIVIDUAL, f"notes {marker}", "")
        )

    after = KeySlotFile.load(path)
    if user_slot_id(ADVOCATE) not in after.slots:
        # Her altered ``staff`` row left her account unestablished: the disable's rotation
        # left her slot out, so she opens nothing at all (verify names her account).
        with vault.sign_in() as admin:
            report = MaintenanceService(admin).verify()
        assert any(ADVOCATE in c.message for c in report.checks if not c.ok)
        return
    mine = _open_mine(path)  # her slot, her password, today's vault key
    key = mine.keys[VAULT_KEY]
    ring = KeyRing()
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        for version, sealed in conn.execute(
            "SELECT version, sealed FROM section_key_grants "
            "WHERE section = 'counselling' AND slot_id = ?",
            (own,),
        ):
            opened = open_grant(mine.private, sealed, after.vault_id, "counselling", version, own)
            if opened is not None:
                ring.add(opened)
        rows = conn.execute("SELECT id, version, notes FROM counselling_sessions").fetchall()
    finally:
        conn.close()
    refs = case_references(vault.path / "vault.db", key)
    read = []
    for row_id, version, notes in rows:
        with contextlib.suppress(SealedFieldError):
            read.append(
                open_stored(ring, notes, "counselling_sessions", "notes", row_id, version, refs)
            )
    with vault.sign_in() as admin:
        report = MaintenanceService(admin).verify()
    failed = {c.name: c.message for c in report.checks if not c.ok}
    assert not any(marker in text for text in read), (
        f"the legal advocate opens counselling versions {[k.version for k in ring.held()]} "
        f"(she made v{int(newest) + 1}; the counsellor made the next) and reads her new note "
        f"({read}); verify fails only: {failed}"
    )


def _read_with(folder: Path, key: bytes, planted) -> list[str]:
    ring = KeyRing()
    ring.add(planted)
    conn = raw_connection(folder / "vault.db", key)
    try:
        rows = conn.execute("SELECT id, version, notes FROM counselling_sessions").fetchall()
    finally:
        conn.close()
    refs = case_references(folder / "vault.db", key)
    read = []
    for row_id, version, notes in rows:
        with contextlib.suppress(SealedFieldError):
            read.append(
                open_stored(ring, notes, "counselling_sessions", "notes", row_id, version, refs)
            )
    return read


def test_her_key_listed_as_the_counsellors_signs_a_counselling_grant(vault) -> None:
    """A grant was judged against ``staff_signing_keys`` as it stands: a row there is all that
    said whose a key is. She makes a key pair, lists its public half under the counsellor's
    name and slot (registered by the admin, from the counsellor's own registration entry), and
    signs with it a grant "by the counsellor" of a counselling key she chose, sealed to the
    counsellor's slot, as the newest version. Her ``staff`` row is left as it is. The
    counsellor's next note is sealed under the key the legal advocate chose."""
    reference = open_case_in(vault)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        CounsellingService(counsellor).record(
            reference,
            SessionDetails(utcnow() - timedelta(days=1), SessionType.INDIVIDUAL, "before", ""),
        )
    path = vault.path / "keyslots.json"
    mine = _open_mine(path)
    key = mine.keys[VAULT_KEY]
    slots = KeySlotFile.load(path)
    target = user_slot_id(COUNSELLOR)
    public = slots.slots[target].public
    forged = Ed25519PrivateKey.generate()
    signer = audit.SigningKey.of(forged)
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        (newest, granted_at) = conn.execute(
            "SELECT max(version), max(granted_at) FROM section_key_grants "
            "WHERE section = 'counselling'"
        ).fetchone()
        (admin, from_seq) = conn.execute(
            "SELECT registered_by, from_seq FROM staff_signing_keys WHERE username = ?",
            (COUNSELLOR,),
        ).fetchone()
        conn.execute(
            "INSERT INTO staff_signing_keys (key_id, slot_id, username, public_key, "
            "registered_by, from_seq, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                key_id(audit.public_bytes(forged)),
                target,
                COUNSELLOR,
                audit.public_bytes(forged).hex(),
                admin,
                from_seq,
                granted_at,
            ),
        )
        planted = new_key("counselling", int(newest) + 1)
        sealed = seal_grant(public, planted, slots.vault_id, target)
        message = grantsigs.grant_message(
            slots.vault_id,
            "counselling",
            planted.version,
            target,
            public.hex(),
            sealed,
            COUNSELLOR,
        )
        conn.execute(
            "INSERT INTO section_key_grants (section, version, slot_id, public_key, sealed, "
            "granted_by, granted_at, signer, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                "counselling",
                planted.version,
                target,
                public.hex(),
                sealed,
                COUNSELLOR,
                granted_at,
                signer.key_id,
                signer.private.sign(message).hex(),
            ),
        )
    finally:
        conn.close()

    marker = f"canary-{secrets.token_hex(8)}"
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        CounsellingService(counsellor).record(
            reference, SessionDetails(utcnow(), SessionType.INDIVIDUAL, f"notes {marker}", "")
        )
    read = _read_with(vault.path, key, planted)
    with vault.sign_in() as admin_session:
        report = MaintenanceService(admin_session).verify()
    failed = {c.name: c.message for c in report.checks if not c.ok}
    assert not any(marker in text for text in read), (
        f"the legal advocate reads the counsellor's new note ({read}); verify fails only: {failed}"
    )


def _older_vault(tmp_path: Path, monkeypatch) -> tuple[SampleVault, dict[str, tuple[str, str]]]:
    """A vault an earlier release wrote (migration 0052: slots without bindings), and its
    accounts by role (tests/fixtures/FIXTURES.md), as tests/unit/test_slot_binding.py uses it."""
    monkeypatch.setenv("ONESTOP_HOME", str(tmp_path / "home"))
    path = tmp_path / "vault"
    shutil.copytree(FIXTURE, path, ignore=shutil.ignore_patterns("accounts.json"))
    (path / "blobs").mkdir(exist_ok=True)
    meta = json.loads((FIXTURE / "accounts.json").read_text())
    accounts = {a["role"]: (a["username"], a["password"]) for a in meta["accounts"]}
    return SampleVault(path, ""), accounts


def test_the_upgrader_vouches_for_a_pair_she_plants_any_day_after(tmp_path, monkeypatch) -> None:
    """Trust on first use at the crossing of 0066: the sign-in that upgrades an 0052 vault
    vouches for the slots with its own key, and ``voucher`` keeps that key as the voucher for
    good. She is the first in in the morning the release is installed: her sign-in upgrades
    the vault, honestly, with nothing planted (what docs/SECURITY.md leaves open is only a pair
    swapped in *before* that sign-in). Days later (the admin and colleagues have signed in
    since) she puts a key pair of her own in the recovery slot, MAC made again, and binds it
    with her own signing key: the binding of a slot "vouched for at the upgrade" is checked
    only against the voucher's key, not against what the slot held at the upgrade. Her
    disable's rotation seals the new vault key to her pair."""
    older, accounts = _older_vault(tmp_path, monkeypatch)
    admin_name, admin_password = accounts["admin"]
    advocate, advocate_password = accounts["legal_advocate"]
    with sign_in(older.path, advocate, advocate_password):  # the upgrade's sign-in: hers
        pass
    for role in ("admin", "counsellor", "clinician"):  # days of ordinary work
        with sign_in(older.path, *accounts[role]):
            pass

    path = older.path / "keyslots.json"
    slots = KeySlotFile.load(path)
    mine = slots.open_slot(user_slot_id(advocate), advocate_password)
    assert mine is not None and mine.signing is not None
    old_key = mine.keys[VAULT_KEY]
    signing_before = next(
        s for s in json.loads(path.read_text())["slots"] if s["id"] == RECOVERY_SLOT
    )["signing"]
    slots.put_slot(RECOVERY_SLOT, MINE, {VAULT_KEY: old_key}, subkey(old_key, Purpose.SLOT_PUBLIC))
    slots.save()
    data = json.loads(path.read_text())
    for slot in data["slots"]:
        if slot["id"] == RECOVERY_SLOT:
            slot["signing"] = signing_before  # the recovery key's registered signing key
    path.write_text(json.dumps(data))
    slots = KeySlotFile.load(path)
    slots.bind_public(RECOVERY_SLOT, mine.signing)  # her key: the upgrade's voucher
    slots.save()

    with sign_in(older.path, admin_name, admin_password) as session:
        UserService(session).disable(advocate)
    opened = _opened_after(older.path, RECOVERY_SLOT, old_key)
    with sign_in(older.path, admin_name, admin_password) as session:
        report = MaintenanceService(session).verify()
    failed = {c.name: c.message for c in report.checks if not c.ok}
    assert opened is None, (
        f"after her disable she opens today's vault.db through the recovery slot ({opened} "
        f"cases); verify fails only: {failed}"
    )
