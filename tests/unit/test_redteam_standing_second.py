"""Red team (session 14, red22f): a second look at who an account is (services/standing.py),
the "slots vouched" commitment and older text refused in bound sections.

The legal advocate holds her password, the vault folder's files, sqlcipher3 and the project's
primitives (onestop.vault.*, onestop.domain.*, audit.append); she runs OneStop only as
herself. Each test performs one attack end to end and fails while it works.

Found working (on 3a443a4). Fixed the same session (the tests pass): 1, 2, 9, 10, 11 (a key
signs only for its own slot's account: ``audit.registered_keys`` drops a row whose user name
is not its slot's), 3 (a sealed field must name its row's section), 4 (a history snapshot with
a key version must hold its sealed fields sealed, under its section's key), 6 and 12 (roles from
``services.standing``). Fixed later: 7 (migration 0069: text of a case's row is sealed in form 2,
whose associated data names the case's id and reference; a note moved to another survivor's
file names another case and is not listed there, and verify names it), 8 (the signed trail's
highest version of a row is its floor, services/signedversions.py: the counsellor's list is
refused in words and verify's "versions signed" check names the note), 5 (a sign-in that finds
a crossing with no "Key slots vouched for" entry writes one, of the pairs the voucher's key binds
then: services.slotbinding.commit_vouched).

1. ``test_her_own_key_relabelled_as_the_counsellors_signs_a_counselling_grant``: standing
   takes a key's *account* (``staff_signing_keys.username``) from the unsigned table. The
   registration entry must name the key and the key's *slot* (``record_ref``), never the
   account the row says the key signs for. Her own key, registered by the admin for her own
   slot, relabelled as the counsellor's: it signs "the counsellor's" counselling grant of a
   key she chose, and the counsellor's next note is sealed under it. Goals 2 and 3.
2. ``test_her_key_relabelled_as_the_admins_creates_an_account_that_survives_her_disable``:
   the same door, with the admin's name: her key signs "Account created" and "Signing key
   registered" entries as the admin, which standing (and verify's key check) take as an
   established admin's. The account she makes that way, with a slot of hers bound by its
   registered key, keeps the next vault key after her disable. Goals 1 and 3.

   verify, for both: only "entries ... name someone other than the member of staff who signed
   them", for her own earlier entries (her key now signs for someone else). It names neither
   the grant, nor the account, nor the key.
3. ``test_a_counselling_note_she_seals_under_the_identity_key_reads_as_the_counsellors``: a
   sealed field names its own section and the ring opens it with that section's key; the
   associated data never names the section. A counselling note rewritten under the identity
   key (which she holds) opens for the counsellor as her own note. Goals 3 and 4 (verify
   reports nothing).
4. ``test_plain_text_in_a_history_version_with_a_key_version_reads_as_genuine``: older text is
   refused in a bound section only when a history snapshot has no key version; with one,
   values that are not sealed are returned as they are. Goals 3 and 4 (verify reports
   nothing, the dropped ``record_history`` triggers included).
5. ``test_the_upgrader_removes_the_slots_vouched_entry_from_her_own_tail``: the "Key slots
   vouched for" commitment binds the voucher only while the trail holds it; with none, any
   binding by the voucher counts (the fallback for crossings made before this release). The
   upgrader removes it from the stretch at the end of the trail that is hers alone, before
   anyone else signs in, and re-chains her own entries after it. Days later her pair in the
   recovery slot, bound with her key, gets the next vault key at her disable. Goals 1 and 4
   (verify reports nothing).
6. ``test_a_clinician_in_the_staff_table_gets_the_shelter_key_as_a_break_glass_grant``:
   ``glasskeys.seal_to_colleagues`` still takes each account's role from ``staff`` to decide
   whose break-glass slot gets a section's key. She says "clinician" there for one sign-in of
   the shelter officer, then puts her role back, and opens the shelter key (never hers) from
   the files. Goals 2 (a section she was never granted; counselling has no break-glass
   grant) and 4 (verify reports nothing: the grant is a holder's, signed).
7. ``test_a_counselling_note_moved_to_another_survivors_file_opens_there``: a sealed column's
   associated data does not name the case; one UPDATE of ``case_id`` shows a counsellor a
   note about one survivor in another survivor's file. Goals 3 and 4 (verify reports
   nothing). (docs/SECURITY.md says the associated data names the row, not the case, only
   for a purged survivor's ids reused; this needs no purge.)
8. ``test_a_counselling_note_put_back_to_its_earlier_version_reads_as_current``: the row's
   version, key version and sealed columns copied back from its history snapshot: the text
   the counsellor corrected reads as current. Goals 3 and 4 (verify reports nothing).
   Fixed: her edit's signed entry names the note at v2, so a row at v1 was put back.
9. ``test_a_second_key_of_hers_listed_as_the_counsellors_signs_a_counselling_grant`` and
10. ``test_a_second_key_of_hers_listed_as_the_admins_keeps_her_a_slot_past_her_disable``:
   findings 1 and 2 without their trace. Her own key registers a second key K2 for her own
   slot (allowed: an earlier key of the same slot), its row listing the counsellor (or the
   admin) as its account, and a third, K3, for herself, which she makes her slot's signing
   key. K2 has signed nothing of hers, so no entry names someone other than its signer; K3
   is her slot's newest registered key. K2 signs the counsellor's grant (goal 2) or the
   admin's "Account created" and "Signing key registered" entries (goal 1). Goals 1, 2, 3
   and 4: verify reports nothing.
11. ``test_her_second_key_as_the_admins_acknowledges_the_entry_she_deleted``: with K2 listed
   as the admin's, any break she makes in the trail is silenced: she deletes an entry of
   hers from the middle (her reading of a survivor's file), appends "Tampering detected"
   naming the break and "Tampering acknowledged" for it "by the admin", signed with K2.
   verify's audit trail check says "every link and signature intact". Goal 4 for anything
   verify would have caught in the chain.
12. ``test_a_counsellor_is_offered_her_as_a_colleague_waiting_for_counselling``: docs/SECURITY.md
   says a counsellor is not offered her as a colleague to confirm once she changes her role in
   ``staff``; ``colleagues.waiting_for_me`` reads the role there, so she is offered (confirming
   her is refused). A claim that does not hold; no key moves.

The root of 1, 2, 9, 10 and 11: ``staff_signing_keys.username`` (which account a key signs
for) is covered by no signature. The registration entry names the key and the slot's account
(``record_ref``), and standing, verify's key check and grantsigs check that much, but then take
the account from the row (``RegisteredKey.username``), which ``holding``, the grant check, the
walk's "not-signer" rule and the acknowledgements all compare an entry's actor with.
The root of 3, 7 and 8: a sealed field's associated data names neither its section nor its
case, and the row's version is a coded column.

Held (ran, in a scratch test not kept): an "Account created staff:x role=counsellor" entry of
hers, signed by her own key as herself (its actor is no admin: no account); the same entry
"as the admin" signed by her key while its row still names her (``holding`` refuses: the key
is not the actor's); a key registering itself for a name no admin created, listed with a
``staff`` row (not established, the key not good); with ``staff`` role changed, confirming her
(``standing``: refused, as test_redteam_standing showed).

Held (read only): unsigned entries appended after the first signed one (standing skips them);
clearing the signature of the first signed entry to move ``first_signed`` later (the entries
in between keep their ``signer``, so they count as signed and fail, and fewer entries count,
not more); text with a key version but not in sealed form in a row (``open_sealed`` refuses it
as altered) and with no key version in a bound section's rows and drafts (refused); the
``slots.vouched`` setting edited (its digest no longer matches the signed entry: nothing
counts); a disabled account's keys (they still sign for her, but her slot and grants are
gone); reused user names (``UserService.create`` refuses a name in ``staff`` or in the slots'
disabled list, and no account is ever deleted); the other reads of ``staff.role``
(``grantsigs.staff_roles`` only where standing is None, i.e. a centre server; forensic,
intake and cases pick colleagues to list or assign, no key moves; glassreview, documented).
Not tried: the centre server, restores (``admin restore``), the recovery key's own paths.
"""

from __future__ import annotations

import contextlib
import json
import secrets
from datetime import timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.orm import Session

from onestop.db import migrate
from onestop.db.audit import AuditAnchor
from onestop.db.base import utcnow
from onestop.domain.audit import AuditAction, Outcome
from onestop.domain.counselling import SessionType
from onestop.domain.roles import Role, Section
from onestop.services import audit, colleagues, grantsigs
from onestop.services.auth import sign_in
from onestop.services.cases import CaseService
from onestop.services.counselling import CounsellingService, SessionDetails
from onestop.services.glasskeys import glass_slot
from onestop.services.maintenance import SIGNED_VERSIONS, MaintenanceService, blob_files
from onestop.services.sectionkeys import KeyNotHeld
from onestop.services.shelter import ShelterBoardService
from onestop.services.signedversions import RecordPutBack
from onestop.services.users import UserService
from onestop.vault.backup import backup_name, write_archive
from onestop.vault.engine import open_engine
from onestop.vault.folder import VaultFolder
from onestop.vault.keyslots import RECOVERY_SLOT, VAULT_KEY, KeySlotFile, key_id, user_slot_id
from onestop.vault.sectionkeys import (
    CaseRef,
    KeyRing,
    SealedFieldError,
    encrypt_bound,
    new_key,
    open_grant,
    seal_grant,
)
from onestop.vault.subkeys import Purpose, subkey
from tests.conftest import open_case_in, username_for
from tests.helpers import case_references, open_stored, raw_connection
from tests.unit.test_redteam_slots_third import (
    ADVOCATE,
    MINE,
    _disable_her_and_look,
    _open_mine,
    _opened_after,
)
from tests.unit.test_redteam_standing import _older_vault

COUNSELLOR = username_for(Role.COUNSELLOR)
ADMIN = username_for(Role.ADMIN)


def _verify(vault) -> dict[str, str]:
    with vault.sign_in() as admin:
        report = MaintenanceService(admin).verify()
    return {c.name: c.message for c in report.checks if not c.ok}


def _read_notes(folder: Path, key: bytes, planted) -> list[str]:
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


def _relabel(folder: Path, key: bytes, kid: str, username: str) -> None:
    """With sqlcipher3: the account her own registered key is listed for (its slot and
    ``from_seq`` untouched)."""
    conn = raw_connection(folder / "vault.db", key)
    try:
        conn.execute("UPDATE staff_signing_keys SET username = ? WHERE key_id = ?", (username, kid))
    finally:
        conn.close()


def _append(
    folder: Path,
    key: bytes,
    signer: Ed25519PrivateKey,
    *,
    actor: str,
    role: str,
    action: AuditAction,
    record_ref: str,
    detail: str,
    register: tuple[str, str, bytes] | None = None,
) -> int:
    """One entry at the end of the chain, signed by ``signer``, both anchors moved (as
    ``audit.append`` writes it); ``register`` (slot_id, username, public) lists that public
    key in staff_signing_keys from this entry, registered by ``actor``."""
    slots = KeySlotFile.load(folder / "keyslots.json")
    engine = open_engine(folder / "vault.db", key)
    try:
        with Session(engine) as s, s.begin():
            entry = audit.append(
                s,
                vault_key=key,
                vault_id=slots.vault_id,
                actor=actor,
                role=role,
                action=action,
                record_ref=record_ref,
                detail=detail,
                signer=audit.SigningKey.of(signer),
            )
            if register is not None:
                audit.register_key(
                    s,
                    slot_id=register[0],
                    username=register[1],
                    public=register[2],
                    registered_by=actor,
                    entry=entry.seq,
                )
            s.flush()
            row = s.get(AuditAnchor, 1)
            assert row is not None
            anchor = audit.Anchor(row.seq, row.hash, row.mac, row.signer, row.signature)
    finally:
        engine.dispose()
    audit.write_anchor_file(folder / "audit.anchor", slots.vault_id, anchor)
    return entry.seq


def test_her_own_key_relabelled_as_the_counsellors_signs_a_counselling_grant(vault) -> None:
    """Her own signing key K was registered by the admin for her own slot: a genuine entry,
    signed by the admin, naming K and ``staff:<her>``. Standing checks that the entry names
    K and K's *slot*; the account K signs for is ``staff_signing_keys.username``, which no
    signature covers. She changes that one column to the counsellor's name (slot, key and
    ``from_seq`` untouched), makes a counselling key of her own as the next version, seals it
    to the counsellor's slot and signs the grant with K, "granted by" the counsellor. The
    grant check finds K an established key of the counsellor's, and the counsellor's role
    holds counselling: the counsellor's next note is sealed under the key she chose."""
    reference = open_case_in(vault)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:  # the section's key exists
        CounsellingService(counsellor).record(
            reference,
            SessionDetails(utcnow() - timedelta(days=1), SessionType.INDIVIDUAL, "before", ""),
        )
    with vault.sign_in(Role.LEGAL_ADVOCATE):  # an ordinary day's sign-in: her key has entries
        pass

    path = vault.path / "keyslots.json"
    mine = _open_mine(path)
    assert mine.signing is not None
    key = mine.keys[VAULT_KEY]
    signer = audit.SigningKey.of(mine.signing)
    slots = KeySlotFile.load(path)
    target = user_slot_id(COUNSELLOR)
    public = slots.slots[target].public
    _relabel(vault.path, key, signer.key_id, COUNSELLOR)
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        (newest, granted_at) = conn.execute(
            "SELECT max(version), max(granted_at) FROM section_key_grants "
            "WHERE section = 'counselling'"
        ).fetchone()
        planted = new_key("counselling", int(newest) + 1)
        sealed = seal_grant(public, planted, slots.vault_id, target)
        message = grantsigs.grant_message(
            slots.vault_id, "counselling", planted.version, target, public.hex(), sealed, COUNSELLOR
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
    read = _read_notes(vault.path, key, planted)
    failed = _verify(vault)
    assert not any(marker in text for text in read), (
        f"the legal advocate reads the counsellor's new note ({read}); verify fails only: {failed}"
    )


def test_her_key_relabelled_as_the_admins_creates_an_account_that_survives_her_disable(
    vault,
) -> None:
    """The same column, with the admin's name: her key K now "signs for" the admin. She
    appends, chained and both anchors moved, an "Account created staff:<alias> role=
    legal_advocate" entry as the admin signed by K, then a "Signing key registered" entry as
    the admin signed by K registering a new key S for ``user:<alias>``; adds the account's
    row to ``staff`` (her row copied, active) and a slot for it in keyslots.json (her own
    secret, the vault key, S as its signing key and binding). Standing finds the account
    created by an established admin, with the role ``staff`` gives it, and S registered by
    an admin's key: her disable's rotation seals the new vault key to that slot, and she
    signs in with OneStop under the new name."""
    with vault.sign_in(Role.LEGAL_ADVOCATE):  # an ordinary day's sign-in
        pass
    path = vault.path / "keyslots.json"
    mine = _open_mine(path)
    assert mine.signing is not None
    old_key = mine.keys[VAULT_KEY]
    kid = audit.SigningKey.of(mine.signing).key_id
    alias = f"{ADVOCATE}-b"
    _relabel(vault.path, old_key, kid, ADMIN)
    _append(
        vault.path,
        old_key,
        mine.signing,
        actor=ADMIN,
        role=Role.ADMIN.value,
        action=AuditAction.USER_CREATED,
        record_ref=f"staff:{alias}",
        detail=f"role={Role.LEGAL_ADVOCATE.value}",
    )
    forged = Ed25519PrivateKey.generate()
    slot_id = user_slot_id(alias)
    _append(
        vault.path,
        old_key,
        mine.signing,
        actor=ADMIN,
        role=Role.ADMIN.value,
        action=AuditAction.KEY_REGISTERED,
        record_ref=f"staff:{alias}",
        detail=f"key={key_id(audit.public_bytes(forged))}",
        register=(slot_id, alias, audit.public_bytes(forged)),
    )
    conn = raw_connection(vault.path / "vault.db", old_key)
    try:
        conn.execute(
            "INSERT INTO staff (username, display_name, qualifications, registration_number, "
            "role, active, must_change_password, created_at, created_by, updated_at, "
            "password_changed_at) SELECT ?, display_name, qualifications, registration_number, "
            "role, 1, 0, created_at, ?, updated_at, password_changed_at FROM staff "
            "WHERE username = ?",
            (alias, ADMIN, ADVOCATE),
        )
    finally:
        conn.close()
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


def _drop_triggers(conn, table: str) -> None:
    """With the vault key: a table's append-only triggers are hers to drop."""
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)
    ).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')


def test_a_counselling_note_she_seals_under_the_identity_key_reads_as_the_counsellors(
    vault,
) -> None:
    """A sealed field names the key that opens it (``osk1.<section>.<version>.…``) and the
    reader's ring opens it with whatever key of that section it holds; the associated data
    names the table, column, row and version, never the section. She holds the identity key
    (her role reads identity), so she seals a text of her choosing under it, with the
    associated data of the counsellor's note (``counselling_sessions.notes``, its id and
    version), and writes it over the note with sqlcipher3. The counsellor holds identity too:
    her case file shows the legal advocate's words as her own note, and nothing says it was
    altered. Counselling is "counsellors only" to write, too."""
    reference = open_case_in(vault)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        note = CounsellingService(counsellor).record(
            reference, SessionDetails(utcnow(), SessionType.INDIVIDUAL, "her own words", "")
        )
    with vault.sign_in(Role.LEGAL_ADVOCATE) as me:  # OneStop, as herself: her own ring
        identity = me.section_keys.current(Section.IDENTITY)
    assert identity is not None
    key = _open_mine(vault.path / "keyslots.json").keys[VAULT_KEY]
    forged = f"forged-{secrets.token_hex(6)} she asked me to stop seeing her advocate"
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        (version, case_id) = conn.execute(
            "SELECT version, case_id FROM counselling_sessions WHERE id = ?", (note.record_id,)
        ).fetchone()
        # In the form the note's row is sealed in (form 2 since migration 0069: it names the
        # case, whose id and reference she reads with the vault key).
        token = encrypt_bound(
            identity,
            forged,
            "counselling_sessions",
            "notes",
            note.record_id,
            version,
            CaseRef(case_id, reference),
        )
        conn.execute(
            "UPDATE counselling_sessions SET notes = ? WHERE id = ?", (token, note.record_id)
        )
    finally:
        conn.close()

    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        try:
            shown = [r.details.notes for r in CounsellingService(counsellor).list(reference)]
        except KeyNotHeld:
            shown = []  # refused in words ("moved, altered …"), as an altered note is
    failed = _verify(vault)
    assert forged not in shown, (
        f"the counsellor's case file shows the legal advocate's text as her note ({shown}); "
        f"verify fails only: {failed}"
    )


def test_plain_text_in_a_history_version_with_a_key_version_reads_as_genuine(vault) -> None:
    """Older text is refused in a bound section only when the snapshot has *no* key version
    (``snapshot_refused``); with one, ``open_snapshot`` opens the values that look sealed and
    returns the others as they are. She rewrites the earlier version of a counsellor's note in
    ``record_history`` (its triggers dropped with the vault key): the same JSON, its
    ``key_version`` kept, its ``notes`` in clear with words of hers. The counsellor's history
    of that note shows them as what she wrote before."""
    reference = open_case_in(vault)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        service = CounsellingService(counsellor)
        note = service.record(
            reference, SessionDetails(utcnow(), SessionType.INDIVIDUAL, "first words", "")
        )
        service.update(
            reference,
            note.record_id,
            SessionDetails(utcnow(), SessionType.INDIVIDUAL, "second words", ""),
            note.version,
        )
    key = _open_mine(vault.path / "keyslots.json").keys[VAULT_KEY]
    forged = f"forged-{secrets.token_hex(6)} she said she lied to the police"
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        (hid, snapshot) = conn.execute(
            "SELECT id, snapshot FROM record_history WHERE record_type = 'counselling_session' "
            "AND record_id = ? ORDER BY version LIMIT 1",
            (note.record_id,),
        ).fetchone()
        fields = json.loads(snapshot)
        assert fields.get("key_version") is not None
        fields["notes"] = forged
        _drop_triggers(conn, "record_history")
        conn.execute(
            "UPDATE record_history SET snapshot = ? WHERE id = ?", (json.dumps(fields), hid)
        )
    finally:
        conn.close()

    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        try:
            shown = [
                str(v.fields.get("notes"))
                for v in CounsellingService(counsellor).history(reference, note.record_id)
            ]
        except KeyNotHeld:
            shown = []  # refused in words ("moved, altered …"): the forgery is not shown
    failed = _verify(vault)
    assert forged not in shown, (
        f"the counsellor's history of her note shows the legal advocate's text ({shown}); "
        f"verify fails only: {failed}"
    )


def _upgrade_and_remove_her_commitment(
    folder: Path, advocate: str, advocate_password: str
) -> bytes:
    """Her sign-in upgrades the 0052 vault (the crossing, her commitment); then, alone at the
    end of the trail, she removes the commitment and re-chains her entries after it. Returns
    the vault key."""
    with sign_in(folder, advocate, advocate_password):  # the upgrade's sign-in: hers
        pass

    path = folder / "keyslots.json"
    slots = KeySlotFile.load(path)
    mine = slots.open_slot(user_slot_id(advocate), advocate_password)
    assert mine is not None and mine.signing is not None
    old_key = mine.keys[VAULT_KEY]
    conn = raw_connection(folder / "vault.db", old_key)
    try:
        (committed,) = conn.execute(
            "SELECT seq FROM audit_log WHERE action = ? ORDER BY seq LIMIT 1",
            (AuditAction.SLOTS_VOUCHED.value,),
        ).fetchone()
        tail = conn.execute(
            "SELECT actor, role, action, section, record_ref, outcome, detail FROM audit_log "
            "WHERE seq > ? ORDER BY seq",
            (committed,),
        ).fetchall()
        assert all(actor == advocate for actor, *_ in tail), tail  # all hers
        (before,) = conn.execute(
            "SELECT hash, signer, signature FROM audit_log WHERE seq = ?", (committed - 1,)
        ).fetchall()
        triggers = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND tbl_name IN ('audit_log', 'audit_anchor')"
        ).fetchall()
        for name, _ in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("DELETE FROM audit_log WHERE seq >= ?", (committed,))
        conn.execute(
            "UPDATE audit_anchor SET seq = ?, hash = ?, mac = ?, signer = ?, signature = ? "
            "WHERE id = 1",
            (
                committed - 1,
                before[0],
                audit.anchor_mac(old_key, slots.vault_id, committed - 1, before[0]),
                before[1],
                before[2],
            ),
        )
        conn.commit()
    finally:
        conn.close()
    engine = open_engine(folder / "vault.db", old_key)
    try:
        with Session(engine) as s, s.begin():
            for actor, role, action, section, record_ref, outcome, detail in tail:
                audit.append(
                    s,
                    vault_key=old_key,
                    vault_id=slots.vault_id,
                    actor=actor,
                    role=role,
                    action=AuditAction(action),
                    section=section,
                    record_ref=record_ref,
                    outcome=Outcome(outcome),
                    detail=detail,
                    signer=audit.SigningKey.of(mine.signing),
                )
            s.flush()
            row = s.get(AuditAnchor, 1)
            assert row is not None
            anchor = audit.Anchor(row.seq, row.hash, row.mac, row.signer, row.signature)
    finally:
        engine.dispose()
    audit.write_anchor_file(folder / "audit.anchor", slots.vault_id, anchor)
    conn = raw_connection(folder / "vault.db", old_key)
    try:
        for _, sql in triggers:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()

    return old_key


def _plant_in_recovery(folder: Path, advocate: str, advocate_password: str, old_key: bytes) -> None:
    """Her key pair in the recovery slot, MAC made again, bound with her key (the voucher's)."""
    path = folder / "keyslots.json"
    slots = KeySlotFile.load(path)
    mine = slots.open_slot(user_slot_id(advocate), advocate_password)
    assert mine is not None and mine.signing is not None
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


def test_the_upgrader_removes_the_slots_vouched_entry_from_her_own_tail(
    tmp_path, monkeypatch
) -> None:
    """The "Key slots vouched for" commitment counts only if the trail holds it: with none
    (``vouched_pairs`` "missing") any binding by the voucher counts, as for a crossing made
    before this release. She is the first in on the morning the release is installed: her
    sign-in upgrades an 0052 vault, honestly. Before anyone else signs in, every entry from
    the commitment on is hers (a stretch at the end that is entirely hers, which
    docs/SECURITY.md says she can rewrite): she drops the trail's triggers, removes those
    entries, puts the anchor back on the entry before, writes the others again through
    ``audit.append`` signed with her own key, both anchors moved, and the triggers back.
    Days later she puts a key pair of her own in the recovery slot, bound with her key, the
    voucher's. Her disable's rotation seals the new vault key to it.

    Now the admin's sign-in, the first after her stretch, finds the crossing with no
    commitment and writes one, signed by her own key, of the pairs the voucher binds then:
    the pair planted days later is not among them."""
    older, accounts = _older_vault(tmp_path, monkeypatch)
    admin_name, admin_password = accounts["admin"]
    advocate, advocate_password = accounts["legal_advocate"]
    old_key = _upgrade_and_remove_her_commitment(older.path, advocate, advocate_password)
    for role in ("admin", "counsellor", "clinician"):  # days of ordinary work
        with sign_in(older.path, *accounts[role]):
            pass
    conn = raw_connection(older.path / "vault.db", old_key)
    try:
        committed_by = conn.execute(
            "SELECT actor FROM audit_log WHERE action = ? ORDER BY seq",
            (AuditAction.SLOTS_VOUCHED.value,),
        ).fetchall()
    finally:
        conn.close()
    assert committed_by == [(admin_name,)]  # the first sign-in after her stretch, once
    _plant_in_recovery(older.path, advocate, advocate_password, old_key)

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


def test_a_backup_she_wrote_without_the_commitment_brings_her_pair_in_at_a_restore(
    tmp_path, monkeypatch
) -> None:
    """A review of the fix above (e625ad0): a restore gives back the window it closed. She
    upgrades and removes her commitment as above, then, before anyone else signs in, writes a
    backup from the files with the vault key (``vault.backup.write_archive``, as a backup
    does: a trail with the crossing and no commitment) into the vault's ``backups/``. The
    admin's sign-in commits to the pairs her key binds then. Days later she plants her pair
    in the recovery slot, bound with her key, and the admin restores that backup (the newest
    in the folder, after a mishap). The restored trail had no commitment, so the next sign-in
    committed to every pair her key bound by then, hers included, and her disable's rotation
    sealed the new vault key to it. Now the restore carries the live vault's commitment into
    the restored trail (``slotbinding.carry_vouched``)."""
    older, accounts = _older_vault(tmp_path, monkeypatch)
    admin_name, admin_password = accounts["admin"]
    advocate, advocate_password = accounts["legal_advocate"]
    old_key = _upgrade_and_remove_her_commitment(older.path, advocate, advocate_password)
    folder = VaultFolder(older.path)
    engine = open_engine(folder.db, old_key)
    try:
        schema = migrate.current_revision(engine)
    finally:
        engine.dispose()
    written = write_archive(
        folder,
        old_key,
        folder.backups / backup_name(label="backup"),
        vault_id=KeySlotFile.load(folder.keyslots).vault_id,
        schema=schema,
        blob_files=blob_files(folder),
    )
    for role in ("admin", "counsellor", "clinician"):  # days of ordinary work
        with sign_in(older.path, *accounts[role]):
            pass
    _plant_in_recovery(older.path, advocate, advocate_password, old_key)

    with sign_in(older.path, admin_name, admin_password) as session:
        MaintenanceService(session).restore(written.path, admin_password)
    with sign_in(older.path, admin_name, admin_password) as session:
        UserService(session).disable(advocate)
    opened = _opened_after(older.path, RECOVERY_SLOT, old_key)
    with sign_in(older.path, admin_name, admin_password) as session:
        report = MaintenanceService(session).verify()
    failed = {c.name: c.message for c in report.checks if not c.ok}
    assert opened is None, (
        f"after the restore and her disable she opens today's vault.db through the recovery "
        f"slot ({opened} cases); verify fails only: {failed}"
    )


def test_a_clinician_in_the_staff_table_gets_the_shelter_key_as_a_break_glass_grant(
    vault,
) -> None:
    """Break-glass grants are sealed by ``glasskeys.seal_to_colleagues`` to every *active
    account whose role in ``staff``* may break glass into the section: the one place that
    still takes the role from the unsigned table to decide who is given a key. A legal
    advocate does not read shelter stays; a clinician may break glass into them. She sets her
    row's role to clinician with sqlcipher3; the shelter officer's next sign-in seals every
    shelter key version she holds to ``glass:user:<her>`` (her slot's public key, confirmed by
    her own signed grants), signed by the officer; she puts her role back. With her private
    key she opens that grant from the files, without any break-glass entry, and reads what a
    survivor needs while she waits for a shelter place."""
    reference = open_case_in(vault)
    marker = f"canary-{secrets.token_hex(8)}"
    with vault.sign_in(Role.SHELTER_OFFICER) as officer:
        ShelterBoardService(officer).add_waiting(reference, 1, f"needs {marker}")
    path = vault.path / "keyslots.json"
    mine = _open_mine(path)
    key = mine.keys[VAULT_KEY]
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        conn.execute("UPDATE staff SET role = 'clinician' WHERE username = ?", (ADVOCATE,))
    finally:
        conn.close()
    with vault.sign_in(Role.SHELTER_OFFICER):  # an ordinary sign-in of a holder
        pass
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        conn.execute("UPDATE staff SET role = 'legal_advocate' WHERE username = ?", (ADVOCATE,))
    finally:
        conn.close()

    vault_id = KeySlotFile.load(path).vault_id
    glass = glass_slot(ADVOCATE)
    ring = KeyRing()
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        for version, sealed in conn.execute(
            "SELECT version, sealed FROM section_key_grants WHERE section = 'shelter' "
            "AND slot_id = ?",
            (glass,),
        ).fetchall():
            opened = open_grant(mine.private, sealed, vault_id, "shelter", version, glass)
            if opened is not None:
                ring.add(opened)
        columns = {r[1] for r in conn.execute("PRAGMA table_info(shelter_waiting)")}
        version_of = "version" if "version" in columns else "0"
        rows = conn.execute(f"SELECT id, {version_of}, needs FROM shelter_waiting").fetchall()
    finally:
        conn.close()
    refs = case_references(vault.path / "vault.db", key)
    read = []
    for row_id, version, needs in rows:
        with contextlib.suppress(SealedFieldError):
            read.append(
                open_stored(ring, needs, "shelter_waiting", "needs", row_id, int(version), refs)
            )
    failed = _verify(vault)
    assert not any(marker in text for text in read), (
        f"the legal advocate opens shelter versions {[k.version for k in ring.held()]} from "
        f"a break-glass grant and reads {read}; verify fails only: {failed}"
    )


def test_a_counselling_note_moved_to_another_survivors_file_opens_there(vault) -> None:
    """A sealed column's associated data names the table, column, row id and version, not
    the case: ``case_id`` is a coded column anyone with the vault key rewrites. She moves a
    counsellor's note about one survivor to another survivor's file (one UPDATE of
    ``counselling_sessions.case_id``). The counsellor's file of the second survivor shows the
    first survivor's note as its own, sealed and opening, and nothing says it was moved
    (docs/SECURITY.md leaves open only a purged survivor's text written back into reused
    ids; attachments bind the case since 0067, sealed columns do not)."""
    first = open_case_in(vault, alias="First")
    second = open_case_in(vault, alias="Second")
    marker = f"canary-{secrets.token_hex(8)}"
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        note = CounsellingService(counsellor).record(
            first, SessionDetails(utcnow(), SessionType.INDIVIDUAL, f"about first {marker}", "")
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
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        shown = [r.details.notes for r in CounsellingService(counsellor).list(second)]
    failed = _verify(vault)
    assert not any(marker in text for text in shown), (
        f"the counsellor's file of another survivor shows the first survivor's note ({shown}); "
        f"verify fails only: {failed}"
    )


def test_a_counselling_note_put_back_to_its_earlier_version_reads_as_current(vault) -> None:
    """A row's version is a coded column; its earlier sealed text is kept in
    ``record_history``, sealed with that version's associated data. She puts the row back:
    its version, its key version and its sealed columns copied from the snapshot of the
    earlier version (sqlcipher3, no key of the section needed). The counsellor's file shows
    the text she corrected as the note's current text."""
    reference = open_case_in(vault)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        service = CounsellingService(counsellor)
        note = service.record(
            reference, SessionDetails(utcnow(), SessionType.INDIVIDUAL, "she is at risk", "")
        )
        service.update(
            reference,
            note.record_id,
            SessionDetails(utcnow(), SessionType.INDIVIDUAL, "correction: she is not at risk", ""),
            note.version,
        )
    key = _open_mine(vault.path / "keyslots.json").keys[VAULT_KEY]
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        (earlier, snapshot) = conn.execute(
            "SELECT version, snapshot FROM record_history WHERE record_type = "
            "'counselling_session' AND record_id = ? ORDER BY version LIMIT 1",
            (note.record_id,),
        ).fetchone()
        fields = json.loads(snapshot)
        conn.execute(
            "UPDATE counselling_sessions SET version = ?, key_version = ?, notes = ?, plan = ? "
            "WHERE id = ?",
            (earlier, fields["key_version"], fields["notes"], fields["plan"], note.record_id),
        )
    finally:
        conn.close()
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        try:
            shown = [r.details.notes for r in CounsellingService(counsellor).list(reference)]
        except RecordPutBack as refused:  # refused in words, as an altered record is
            shown = [f"refused: {refused}"]
    failed = _verify(vault)
    assert shown != ["she is at risk"], (
        f"the counsellor's file shows the text she corrected as current ({shown}); "
        f"verify fails only: {failed}"
    )
    assert f"counselling_session {note.record_id} of case {reference} (v1, signed v2)" in (
        failed.get(SIGNED_VERSIONS, "")
    ), f"verify does not name the note put back: {failed}"


def _key_of_hers_for(vault, key: bytes, mine, username: str) -> Ed25519PrivateKey:
    """A second signing key K2 for her own slot, registered by her own key (an earlier key of
    the same slot: standing and verify accept that) in a genuine entry of hers, its row in
    ``staff_signing_keys`` listing it for ``username``; then a third, K3, listed for her, which
    she makes her slot's signing key (sealed to her slot's public key, no secret needed), so
    that the slot's signing key is the slot's newest registered one. Nothing was ever signed
    with K2: no entry of hers names someone other than its signer."""
    second = Ed25519PrivateKey.generate()
    third = Ed25519PrivateKey.generate()
    for signing, listed in ((second, username), (third, ADVOCATE)):
        _append(
            vault.path,
            key,
            mine.signing,
            actor=ADVOCATE,
            role=Role.LEGAL_ADVOCATE.value,
            action=AuditAction.KEY_REGISTERED,
            record_ref=f"staff:{ADVOCATE}",
            detail=f"key={key_id(audit.public_bytes(signing))}",
            register=(user_slot_id(ADVOCATE), listed, audit.public_bytes(signing)),
        )
    slots = KeySlotFile.load(vault.path / "keyslots.json")
    slots.give_signing_key(user_slot_id(ADVOCATE), third)
    slots.save()
    return second


def test_a_second_key_of_hers_listed_as_the_counsellors_signs_a_counselling_grant(vault) -> None:
    """Finding 1 without its trace: instead of relabelling the key that signed her entries,
    she registers a new key K2 for her own slot with her own key (allowed: a key of the same
    slot registered before), its row listing the counsellor as its account, and a K3 for
    herself as her slot's new signing key. K2 signs "the counsellor's" grant of a counselling
    key she chose; the counsellor's next note is sealed under it."""
    reference = open_case_in(vault)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        CounsellingService(counsellor).record(
            reference,
            SessionDetails(utcnow() - timedelta(days=1), SessionType.INDIVIDUAL, "before", ""),
        )
    with vault.sign_in(Role.LEGAL_ADVOCATE):
        pass
    path = vault.path / "keyslots.json"
    mine = _open_mine(path)
    key = mine.keys[VAULT_KEY]
    signer = audit.SigningKey.of(_key_of_hers_for(vault, key, mine, COUNSELLOR))
    slots = KeySlotFile.load(path)
    target = user_slot_id(COUNSELLOR)
    public = slots.slots[target].public
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        (newest, granted_at) = conn.execute(
            "SELECT max(version), max(granted_at) FROM section_key_grants "
            "WHERE section = 'counselling'"
        ).fetchone()
        planted = new_key("counselling", int(newest) + 1)
        sealed = seal_grant(public, planted, slots.vault_id, target)
        message = grantsigs.grant_message(
            slots.vault_id, "counselling", planted.version, target, public.hex(), sealed, COUNSELLOR
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
    with vault.sign_in(Role.LEGAL_ADVOCATE):  # she goes on working as herself (signs with K3)
        pass
    marker = f"canary-{secrets.token_hex(8)}"
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        CounsellingService(counsellor).record(
            reference, SessionDetails(utcnow(), SessionType.INDIVIDUAL, f"notes {marker}", "")
        )
    read = _read_notes(vault.path, key, planted)
    failed = _verify(vault)
    assert not any(marker in text for text in read), (
        f"the legal advocate reads the counsellor's new note ({read}); verify fails only: {failed}"
    )


def test_a_second_key_of_hers_listed_as_the_admins_keeps_her_a_slot_past_her_disable(
    vault,
) -> None:
    """The same second key, listed as the admin's: it signs, as the admin, an "Account
    created" entry and a "Signing key registered" entry for an account of hers; its slot (her
    secret, bound by its registered key) gets the next vault key at her disable."""
    with vault.sign_in(Role.LEGAL_ADVOCATE):
        pass
    path = vault.path / "keyslots.json"
    mine = _open_mine(path)
    old_key = mine.keys[VAULT_KEY]
    as_admin = _key_of_hers_for(vault, old_key, mine, ADMIN)
    alias = f"{ADVOCATE}-c"
    forged = Ed25519PrivateKey.generate()
    slot_id = user_slot_id(alias)
    _append(
        vault.path,
        old_key,
        as_admin,
        actor=ADMIN,
        role=Role.ADMIN.value,
        action=AuditAction.USER_CREATED,
        record_ref=f"staff:{alias}",
        detail=f"role={Role.LEGAL_ADVOCATE.value}",
    )
    _append(
        vault.path,
        old_key,
        as_admin,
        actor=ADMIN,
        role=Role.ADMIN.value,
        action=AuditAction.KEY_REGISTERED,
        record_ref=f"staff:{alias}",
        detail=f"key={key_id(audit.public_bytes(forged))}",
        register=(slot_id, alias, audit.public_bytes(forged)),
    )
    conn = raw_connection(vault.path / "vault.db", old_key)
    try:
        conn.execute(
            "INSERT INTO staff (username, display_name, qualifications, registration_number, "
            "role, active, must_change_password, created_at, created_by, updated_at, "
            "password_changed_at) SELECT ?, display_name, qualifications, registration_number, "
            "role, 1, 0, created_at, ?, updated_at, password_changed_at FROM staff "
            "WHERE username = ?",
            (alias, ADMIN, ADVOCATE),
        )
    finally:
        conn.close()
    slots = KeySlotFile.load(path)
    slots.put_slot(
        slot_id, MINE, {VAULT_KEY: old_key}, subkey(old_key, Purpose.SLOT_PUBLIC), forged
    )
    slots.save()

    opened, failed = _disable_her_and_look(vault, slot_id, old_key)
    assert opened is None, (
        f"after her disable she opens today's vault.db through the slot of {alias} ({opened} "
        f"cases); verify fails only: {failed}"
    )


def test_her_second_key_as_the_admins_acknowledges_the_entry_she_deleted(vault) -> None:
    """verify reports a problem the trail records as found and an admin acknowledged as a
    note, not a failure; an acknowledgement counts when it is signed by a key listed for an
    account ``staff`` calls an admin. With K2 listed as the admin's (test 10's door), she
    deletes an entry of hers from the middle of the trail (her reading of a survivor's file,
    colleagues' entries after it), then appends a "Tampering detected" entry naming the
    break, and a "Tampering acknowledged" entry for it "by the admin", signed with K2. verify
    passes: the deletion is a note, "acknowledged by" the admin, who never saw it."""
    reference = open_case_in(vault)
    with vault.sign_in(Role.LEGAL_ADVOCATE) as me:
        CaseService(me).get(reference)  # audited: the entry she wants gone
    for role in (Role.COUNSELLOR, Role.ADMIN):  # colleagues' entries after it
        with vault.sign_in(role):
            pass
    path = vault.path / "keyslots.json"
    mine = _open_mine(path)
    key = mine.keys[VAULT_KEY]
    as_admin = _key_of_hers_for(vault, key, mine, ADMIN)
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        (gone,) = conn.execute(
            "SELECT max(seq) FROM audit_log WHERE actor = ? AND record_ref = ?",
            (ADVOCATE, reference),
        ).fetchone()
        triggers = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
        ).fetchall()
        for name, _ in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("DELETE FROM audit_log WHERE seq = ?", (gone,))
        for _, sql in triggers:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()
    found = _append(
        vault.path,
        key,
        as_admin,
        actor=ADMIN,
        role=Role.ADMIN.value,
        action=AuditAction.TAMPER_DETECTED,
        record_ref="",
        detail=f"chain:{gone + 1}",
    )
    _append(
        vault.path,
        key,
        as_admin,
        actor=ADMIN,
        role=Role.ADMIN.value,
        action=AuditAction.TAMPER_ACKNOWLEDGED,
        record_ref=f"audit:{found}",
        detail="restored from backup after a disk fault",
    )
    with vault.sign_in() as admin:
        report = MaintenanceService(admin).verify()
    failed = {c.name: c.message for c in report.checks if not c.ok}
    trail = next(c for c in report.checks if c.name == "audit trail")
    assert failed, (
        f"entry {gone} (her reading of {reference}) is gone and verify fails nothing; its "
        f"audit trail check says: {trail.message}"
    )


def test_a_counsellor_is_offered_her_as_a_colleague_waiting_for_counselling(vault) -> None:
    """docs/SECURITY.md ("What she can still do"): with her role changed in ``staff``, "a
    counsellor is not offered her as a colleague to confirm (and cannot confirm her)".
    ``colleagues.waiting_for_me`` still reads the role from ``staff``: the counsellor's home
    lists the legal advocate as a counsellor waiting for the counselling key. (Confirming her
    is refused, by ``standing``; the offer is what a colleague sees and is asked to act on.)"""
    key = _open_mine(vault.path / "keyslots.json").keys[VAULT_KEY]
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        conn.execute("UPDATE staff SET role = 'counsellor' WHERE username = ?", (ADVOCATE,))
    finally:
        conn.close()
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        offered = {
            w.username: (w.role.value, [s.value for s in w.sections])
            for w in colleagues.waiting_for_me(counsellor)
        }
    assert ADVOCATE not in offered, (
        f"the counsellor is asked to confirm the legal advocate as a counsellor: {offered}"
    )
