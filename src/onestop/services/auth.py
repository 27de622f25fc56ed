"""Creating a vault, signing in (with a password or the recovery key), and what happens on the way.

Signing in takes the vault's lock, checks the back-off, opens the person's key slot, finishes
or undoes a key rotation that a crash interrupted, backs up and migrates an older vault, gives
a slot made before audit entries were signed its signing key, writes the reports that waited
in keyslots.json into the audit trail (marked unverified), and audits the sign-in.

Who signs what: every entry written in a session is signed by the person signed in, the
unverified reports and any tamper found at sign-in included; a recovery-key session signs with
the recovery slot's own key (registered by the admin who created the vault); the entries that
create a vault are signed by its first admin.
"""

from __future__ import annotations

import math
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from onestop import logs
from onestop.db import migrate
from onestop.db.audit import StaffSigningKey
from onestop.db.base import utcnow
from onestop.db.staff import StaffAccount
from onestop.domain.audit import UNVERIFIED_KINDS, AuditAction, Outcome
from onestop.domain.passwords import normalise, normalise_username
from onestop.domain.roles import Role
from onestop.errors import BackOff, SignInFailed, ValidationFailed, VaultExists, VaultNotFound
from onestop.i18n import QT_TRANSLATE_NOOP, message_of
from onestop.services import audit, grantsigs, maintenance, sectionkeys, slotbinding
from onestop.services.backend import LocalVault
from onestop.services.session import RECOVERY_ACTOR, Actor, VaultSession
from onestop.services.validation import (
    validate_display_name,
    validate_password,
    validate_username,
)
from onestop.vault.engine import disk_errors, open_engine, storage_errors
from onestop.vault.folder import VaultFolder
from onestop.vault.keyslots import (
    DEFAULT_TARGET_SECONDS,
    MAX_PENDING_EVENTS,
    RECOVERY_SLOT,
    VAULT_KEY,
    KeySlotFile,
    OpenedSlot,
    calibrate,
    generate_recovery_key,
    key_id,
    normalise_recovery_key,
    user_slot_id,
)
from onestop.vault.lock import VaultLock
from onestop.vault.subkeys import Purpose, subkey
from onestop.vault.wal import check_wal

WRONG_CREDENTIALS = QT_TRANSLATE_NOOP("Messages", "The user name or the password is not correct.")
Seconds = Callable[[], float]
"""A clock in seconds since the epoch (time.time), for the sign-in back-off."""


def kdf_target_seconds() -> float:
    """The Argon2id time to calibrate for; ONESTOP_KDF_SECONDS may lower it for tests.

    Whatever the value, the cost never goes below t=3, m=64 MiB.
    """
    try:
        return max(0.0, float(os.environ.get("ONESTOP_KDF_SECONDS", DEFAULT_TARGET_SECONDS)))
    except ValueError:
        return DEFAULT_TARGET_SECONDS


@dataclass(frozen=True)
class NewVault:
    path: Path
    admin: str
    recovery_key: str  # shown once, never stored in clear


def create_vault(
    path: Path,
    admin_username: str,
    admin_password: str,
    *,
    display_name: str = "",
    kdf_seconds: float | None = None,
    schema: str = "head",
) -> NewVault:
    """Create an empty vault with its first admin; returns the recovery key to show once.

    ``schema`` is for building the test fixtures of released schemas only.
    """
    folder = VaultFolder(path)
    if folder.exists():
        raise VaultExists(
            QT_TRANSLATE_NOOP("Messages", "There is already a OneStop vault in this folder.")
        )
    if path.exists() and any(path.iterdir()):
        raise VaultExists(
            QT_TRANSLATE_NOOP("Messages", "Choose an empty folder (or a new one) for the vault.")
        )
    username = validate_username(admin_username)
    password = validate_password(admin_password, username)
    name = validate_display_name(display_name or username)

    folder.make()
    lock = VaultLock(folder.root)
    lock.acquire()
    engine = None
    try:
        key = secrets.token_bytes(32)
        slots = KeySlotFile.new(
            folder.keyslots,
            calibrate(kdf_target_seconds() if kdf_seconds is None else kdf_seconds),
        )
        mac_key = subkey(key, Purpose.SLOT_PUBLIC)
        recovery = generate_recovery_key()
        recovery_public = slots.put_slot(
            RECOVERY_SLOT, normalise_recovery_key(recovery), {VAULT_KEY: key}, mac_key
        )
        signing = Ed25519PrivateKey.generate()
        admin_public = slots.put_slot(
            user_slot_id(username), password, {VAULT_KEY: key}, mac_key, signing
        )
        # A fixture of an older schema has no table of signing keys: its slots register their
        # keys at their first sign-in after the upgrade, like any slot of that time.
        signs = schema == "head"
        os.close(os.open(folder.db, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        engine = open_engine(folder.db, key, new=True)
        revision = migrate.upgrade(engine, target=schema).after
        session = VaultSession(
            backend=LocalVault(folder, lock, slots),
            key=key,
            engine=engine,
            actor=Actor(username, Role.ADMIN, name),
            signer=audit.SigningKey.of(signing) if signs else None,
        )
        with session.system_transaction() as s:
            if signs:
                _register(s, session, user_slot_id(username), username, admin_public)
            now = utcnow()
            s.add(
                StaffAccount(
                    username=username,
                    display_name=name,
                    role=Role.ADMIN.value,
                    active=True,
                    must_change_password=False,
                    created_at=now,
                    created_by=username,
                    updated_at=now,
                    password_changed_at=now,
                )
            )
            # The revision it was created at: a vault created with bound slots is never
            # "upgraded" across 0066 again (services.slotbinding.may_vouch).
            session.audit(s, AuditAction.VAULT_CREATED, detail=f"at {revision}")
            session.audit(s, AuditAction.USER_CREATED, record_ref=f"staff:{username}")
            if signs:
                _register(s, session, RECOVERY_SLOT, RECOVERY_ACTOR, recovery_public)
        slots.save()  # last: until keyslots.json exists, the folder is not a vault
    except BaseException:
        if engine is not None:
            engine.dispose()
        for leftover in (folder.db, *folder.sidecars(), folder.keyslots, folder.anchor):
            leftover.unlink(missing_ok=True)
        lock.release()
        raise
    engine.dispose()
    lock.release()
    return NewVault(path, username, recovery)


def _register(
    s: Session, session: VaultSession, slot_id: str, username: str, public: bytes
) -> None:
    """Register a slot's signing key with an entry signed by the acting person (by the key
    itself when a person registers her own first key)."""
    kid = key_id(public)
    ref = f"staff:{username}" if slot_id != RECOVERY_SLOT else ""
    entry = session.audit(s, AuditAction.KEY_REGISTERED, record_ref=ref, detail=f"key={kid}")
    audit.register_key(
        s,
        slot_id=slot_id,
        username=username,
        public=public,
        registered_by=session.actor.username,
        entry=entry.seq,
    )


def _open_folder(path: Path) -> tuple[VaultFolder, VaultLock, KeySlotFile]:
    folder = VaultFolder(path)
    if not folder.keyslots.exists() and not folder.db.exists():
        raise VaultNotFound(
            QT_TRANSLATE_NOOP("Messages", "There is no OneStop vault in {path}.").format(path=path)
        )
    lock = VaultLock(folder.root)
    lock.acquire()
    try:
        maintenance.sweep_leftovers(folder)
        return folder, lock, KeySlotFile.load(folder.keyslots)
    except BaseException:
        lock.release()
        raise


UNRECORDABLE = QT_TRANSLATE_NOOP(
    "Messages",
    "Signing in is not possible right now: the vault folder cannot be written to (the disk may "
    "be full, or the folder read-only), so a failed attempt could not be recorded. Free some "
    "space or ask IT to check the folder, then try again.",
)


def _save_counted(slots: KeySlotFile) -> bool:
    """Save the counters; False (and a line in the log) if the disk refused."""
    try:
        slots.save()
    except OSError:
        logs.log.warning("keyslots.json could not be saved after a failed sign-in attempt")
        return False
    return True


def _event(now: float, who: str, reason: str) -> dict[str, str]:
    return {"at": datetime.fromtimestamp(now, UTC).isoformat(), "username": who, "reason": reason}


def _refuse(
    slots: KeySlotFile, slot_id: str | None, now: float, who: str, reason: str, message: str
) -> SignInFailed:
    slots.note_failure(slot_id, now, _event(now, who, reason))
    # Counted in memory even when the disk refuses; the person is told it was not recorded.
    return SignInFailed(message if _save_counted(slots) else UNRECORDABLE)


def _charge(slots: KeySlotFile, slot_id: str | None, now: float) -> None:
    """Count the attempt as failed on disk before the password is tried, so that no guess is
    ever tried unrecorded (a full disk, a read-only folder, or a process killed once the
    answer is known); a right password undoes it."""
    slots.charge_attempt(slot_id, now)
    if not _save_counted(slots):
        raise SignInFailed(UNRECORDABLE)


def _check_backoff(slots: KeySlotFile, slot_id: str | None, now: float) -> None:
    wait = slots.wait_seconds(slot_id, now)
    if wait > 0:
        _save_counted(slots)  # keeps a wait that starts now (an edited moment) from restarting
        seconds = math.ceil(wait)
        raise BackOff(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Too many failed attempts. Wait %n second(s) before trying again.",
                "",
                seconds,
            ),
            wait,
        )


def sign_in(
    path: Path,
    username: str,
    password: str,
    *,
    clock: Seconds = time.time,
    progress: sectionkeys.ProgressReport | None = None,
) -> VaultSession:
    """Open the vault for a member of staff, or raise a OneStopError that says why not.
    ``progress(done, total)`` is told how far the sealing of older text is, when her keys
    seal text written before its section was sealed (sectionkeys.seal_older_text)."""
    folder, lock, slots = _open_folder(path)
    try:
        opened, name = _open_user_slot(slots, username, password, clock)
        try:
            return _start_session(folder, lock, slots, opened, name, progress)
        except BaseException:
            _save_counted(slots)  # the password was right: its charged failure is undone
            raise
    except BaseException:
        lock.release()
        raise


def restore_unreadable_vault(
    path: Path, username: str, password: str, source: Path, *, clock: Seconds = time.time
) -> maintenance.RestoreResult:
    """Restore a vault whose database cannot be opened, from a backup of it.

    The password is checked against the vault's own keyslots.json, with its back-off, exactly
    as at sign-in (a disabled account is refused); the database itself is never opened.
    """
    folder, lock, slots = _open_folder(path)
    try:
        opened, name = _open_user_slot(slots, username, password, clock)
        slots.save()
        with disk_errors(), storage_errors():
            return maintenance.restore_unopenable(
                folder,
                slots,
                opened.keys[VAULT_KEY],
                name,
                normalise(password),
                source,
                audit.SigningKey.of(opened.signing) if opened.signing is not None else None,
            )
    finally:
        lock.release()


def _open_user_slot(
    slots: KeySlotFile, username: str, password: str, clock: Seconds
) -> tuple[OpenedSlot, str]:
    """The person's slot opened with the password, counting failures for the back-off."""
    name = normalise_username(username)
    slot_id = user_slot_id(name)
    known = slot_id in slots.slots
    now = clock()
    _check_backoff(slots, slot_id if known else None, now)
    if name in slots.disabled:
        raise _refuse(
            slots,
            None,
            now,
            name,
            "disabled",
            QT_TRANSLATE_NOOP(
                "Messages",
                "This account is disabled. Ask the administrator if you need access again.",
            ),
        )
    _charge(slots, slot_id if known else None, now)
    if not known:
        # Same cost as a real attempt, so timing does not tell which user names exist.
        slots.kdf_template.with_new_salt().derive(password)
        # The typed name is not kept: it may be a password typed in the wrong box.
        slots.queue_event(_event(now, "(unknown)", "unknown_user"))
        _save_counted(slots)
        raise SignInFailed(WRONG_CREDENTIALS)
    opened = slots.open_slot(slot_id, normalise(password))
    if opened is None:
        slots.queue_event(_event(now, name, "wrong_password"))
        _save_counted(slots)
        raise SignInFailed(WRONG_CREDENTIALS)
    slots.note_success(slot_id)
    return opened, name


def sign_in_with_recovery(
    path: Path, recovery_key: str, *, clock: Seconds = time.time
) -> VaultSession:
    """Open the vault with the recovery key: enough to reset a password, nothing more."""
    folder, lock, slots = _open_folder(path)
    try:
        now = clock()
        _check_backoff(slots, RECOVERY_SLOT, now)
        try:
            secret = normalise_recovery_key(recovery_key)
        except ValueError as exc:
            raise ValidationFailed(message_of(exc)) from None
        if RECOVERY_SLOT not in slots.slots:
            raise SignInFailed(QT_TRANSLATE_NOOP("Messages", "This vault has no recovery key."))
        opened = slots.open_slot(RECOVERY_SLOT, secret)
        if opened is None:
            raise _refuse(
                slots,
                RECOVERY_SLOT,
                now,
                RECOVERY_ACTOR,
                "wrong_recovery_key",
                QT_TRANSLATE_NOOP("Messages", "The recovery key is not correct."),
            )
        slots.note_success(RECOVERY_SLOT)
        return _start_session(folder, lock, slots, opened, None)
    except BaseException:
        lock.release()
        raise


def _start_session(
    folder: VaultFolder,
    lock: VaultLock,
    slots: KeySlotFile,
    opened: OpenedSlot,
    username: str | None,
    progress: sectionkeys.ProgressReport | None = None,
) -> VaultSession:
    check_wal(folder.db)  # before SQLite reads the log and drops what follows a damaged frame
    with storage_errors():
        key, engine = maintenance.open_after_interruption(folder, slots, opened)
    try:
        with storage_errors(engine):
            return _begin(folder, lock, slots, key, engine, username, opened, progress)
    except BaseException:
        engine.dispose()
        raise


def _begin(
    folder: VaultFolder,
    lock: VaultLock,
    slots: KeySlotFile,
    key: bytes,
    engine: Engine,
    username: str | None,
    opened: OpenedSlot,
    progress: sectionkeys.ProgressReport | None = None,
) -> VaultSession:

    def before_upgrade(current: str, _goal: str) -> None:
        if progress is not None:
            progress(0, 0)  # an upgrade: how far is not known, but the window shows it is busy
        maintenance.pre_migration_backup(folder, key, slots.vault_id, current)

    result = migrate.upgrade(engine, before_upgrade=before_upgrade)
    if username is None:
        actor = Actor(RECOVERY_ACTOR, None, "Recovery key")
        must_change = False
    else:
        with Session(engine) as s:
            staff = s.scalars(select(StaffAccount).where(StaffAccount.username == username)).first()
            if staff is None or not staff.active:
                raise SignInFailed(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "This account is not active in this vault. Ask the administrator.",
                    )
                )
            actor = Actor(staff.username, Role(staff.role), staff.display_name)
            must_change = staff.must_change_password
    maintenance.forget_unknown_slots(slots, engine)
    session = VaultSession(
        backend=LocalVault(folder, lock, slots),
        key=key,
        engine=engine,
        actor=actor,
        must_change_password=must_change,
    )
    reports, refused = unverified_reports(slots.pending_events)
    with session.system_transaction() as s:
        problems = audit.head_problems(s.connection(), key, slots.vault_id, folder.anchor)
        _take_signing_key(s, session, slots, opened)
        if problems:
            # Written before the chain moves on, so the evidence is not overwritten.
            session.audit(
                s,
                AuditAction.TAMPER_DETECTED,
                outcome=Outcome.FAILED,
                detail=audit.codes_detail(problems),
            )
            logs.log.warning("audit trail did not match its anchors at sign-in")
        for report in reports:
            session.audit(
                s,
                report.action,
                actor=report.username,
                role="",
                outcome=Outcome.UNVERIFIED,
                detail=f"{report.reason} at {report.at}"[:200],
            )
        if refused:
            session.audit(
                s, AuditAction.REPORTS_REFUSED, outcome=Outcome.FAILED, detail=f"{refused}"
            )
            logs.log.warning(
                "%d report(s) waiting in keyslots.json were malformed and refused", refused
            )
        if result.changed:
            # Only the first migration across 0066 vouches: the trail's record of an earlier
            # one means the version was set back (services.slotbinding.may_vouch).
            vouch = (
                result.before is None or result.before < slotbinding.BOUND_FROM
            ) and slotbinding.may_vouch(s.connection(), slots.vault_id)
            session.audit(
                s, AuditAction.VAULT_MIGRATED, detail=f"{result.before} -> {result.after}"
            )
            if vouch:
                # Signed by this session's key, as its "Vault upgraded" entry just written.
                slotbinding.vouch_at_upgrade(
                    slots,
                    s,
                    subkey(key, Purpose.SLOT_PUBLIC),
                    session.signer,
                    lambda detail: session.audit(s, AuditAction.SLOTS_VOUCHED, detail=detail),
                )
            if result.before is None or result.before < grantsigs.HOLDERS_ONLY_FROM:
                # Right after the migration's entry: what the vault holds unsigned now.
                grantsigs.commit_older(
                    s,
                    slots.vault_id,
                    result.before,
                    lambda section, detail: session.audit(
                        s, AuditAction.SECTION_KEY_GRANTED, section, detail=detail
                    ),
                )
        # A crossing whose trail holds no commitment to its vouched pairs (made before it was
        # recorded, by a restore, or removed from the voucher's own tail): this session's
        # signed entry commits to what the voucher's key binds now, so nothing it binds later
        # counts (services.slotbinding.commit_vouched).
        slotbinding.commit_vouched(
            slots, s, lambda detail: session.audit(s, AuditAction.SLOTS_VOUCHED, detail=detail)
        )
        grantsigs.vouch_pending(session, s)  # committed older grants she may sign
        session.audit(s, AuditAction.SIGN_IN)
        sectionkeys.start(session, s, opened.private, progress)
    slots.pending_events.clear()
    slots.save()
    session.refused_reports = refused
    return session


def _take_signing_key(
    s: Session, session: VaultSession, slots: KeySlotFile, opened: OpenedSlot
) -> None:
    """The session signs with the slot's key; a slot without a registered key (made before
    entries were signed) gets one here, registered by its holder with an entry signed by the
    new key. A slot whose key is not the one the vault lists for it gets a new one too, and
    verify reports that registration, since only an admin may replace a registered key."""
    listed = s.scalars(
        select(StaffSigningKey.key_id).where(StaffSigningKey.slot_id == opened.slot_id)
    ).all()
    signing = opened.signing
    if signing is not None and audit.SigningKey.of(signing).key_id in listed:
        session.signer = audit.SigningKey.of(signing)
        # Her slot opened with her secret and its public key is its private key's own half:
        # bound with her own key from now on (a slot made before slots were bound, or vouched
        # for at the upgrade).
        if slotbinding.bind_own(slots, opened.slot_id, session.signer):
            slots.save()
        return
    if signing is None or listed:
        signing = slots.give_signing_key(opened.slot_id)  # binds the slot with the new key
        # Saved before the commit: a key in the slot but not in the vault is registered at the
        # next sign-in; the other way round, the person could no longer sign.
        slots.save()
    session.signer = audit.SigningKey.of(signing)
    _register(s, session, opened.slot_id, session.actor.username, audit.public_bytes(signing))


@dataclass(frozen=True)
class UnverifiedReport:
    """A report from keyslots.json, as it will be written: never proof of anything."""

    action: AuditAction
    username: str
    reason: str
    at: str


_REPORT_REASONS = {
    AuditAction.SIGN_IN_FAILED: frozenset(
        {"disabled", "unknown_user", "wrong_password", "wrong_recovery_key"}
    ),
    AuditAction.SIGN_OUT: frozenset({"while locked"}),
}


def unverified_reports(events: list[dict[str, object]]) -> tuple[list[UnverifiedReport], int]:
    """The reports that waited in keyslots.json, checked: only failed sign-ins and sign-outs
    from the lock screen, of the shape OneStop writes, the newest MAX_PENDING_EVENTS; returns
    them and how many were refused. Anyone who can write the folder can write these, so they
    are written into the trail as unverified, whoever they name."""
    kept: list[UnverifiedReport] = []
    refused = max(0, len(events) - MAX_PENDING_EVENTS)
    for event in events[-MAX_PENDING_EVENTS:]:
        report = _report(event)
        if report is None:
            refused += 1
        else:
            kept.append(report)
    return kept, refused


def _report(event: dict[str, object]) -> UnverifiedReport | None:
    action_name = event.get("action", AuditAction.SIGN_IN_FAILED.value)
    username, reason, at = event.get("username"), event.get("reason"), event.get("at")
    if action_name not in UNVERIFIED_KINDS or not all(
        isinstance(v, str) for v in (username, reason, at)
    ):
        return None
    assert isinstance(username, str) and isinstance(reason, str) and isinstance(at, str)
    action = AuditAction(action_name)
    if reason not in _REPORT_REASONS[action]:
        return None
    if username not in ("(unknown)", RECOVERY_ACTOR):
        try:
            username = validate_username(username)
        except ValidationFailed:
            return None
    try:
        when = datetime.fromisoformat(at)
    except ValueError:
        return None
    if when.tzinfo is None:
        return None
    return UnverifiedReport(action, username, reason, when.astimezone(UTC).isoformat())


def recovery_group_matches(recovery_key: str, index: int, typed: str) -> bool:
    """Whether ``typed`` is group ``index`` (0-5) of the recovery key, read as the key itself
    is read: any case, O for 0, I or L for 1, spaces ignored."""
    n = len(normalise_recovery_key(recovery_key)) // 6
    try:
        # A group repeated six times has a whole key's length, so the key's own reading applies.
        wanted = normalise_recovery_key(recovery_key)[index * n : (index + 1) * n]
        return normalise_recovery_key(typed.strip() * 6)[:n] == wanted
    except ValueError:
        return False
