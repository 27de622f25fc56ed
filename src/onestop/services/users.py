"""Staff accounts: create, list, disable, re-enable, change and reset passwords.

An account is a row in ``staff`` (name, role, state) and a key slot in keyslots.json (the
password). The two are changed together: the slot file is written inside the database
transaction, and put back if the transaction then fails.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from onestop.db.base import utcnow
from onestop.db.staff import StaffAccount
from onestop.domain.audit import AuditAction
from onestop.domain.passwords import generate_one_time_password, normalise
from onestop.domain.roles import Action, Role, Section
from onestop.errors import NotFound, PermissionDenied, ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import audit, maintenance, sectionkeys
from onestop.services.backend import ServerSlots
from onestop.services.session import VaultSession
from onestop.services.validation import (
    validate_display_name,
    validate_password,
    validate_username,
)
from onestop.vault.keyslots import VAULT_KEY, KeySlotFile, OpenedSlot, key_id, user_slot_id
from onestop.vault.subkeys import Purpose, subkey


@dataclass(frozen=True)
class StaffMember:
    username: str
    display_name: str
    role: Role
    active: bool
    must_change_password: bool
    created_at: datetime
    created_by: str
    disabled_at: datetime | None
    # Printed beside an examiner's name in a medico-legal report's declaration.
    qualifications: str = ""
    registration_number: str = ""


@dataclass(frozen=True)
class IssuedPassword:
    """A one-time password to hand to the person; it must be changed at first sign-in."""

    member: StaffMember
    one_time_password: str


def _snapshot(row: StaffAccount) -> StaffMember:
    return StaffMember(
        username=row.username,
        display_name=row.display_name,
        role=Role(row.role),
        active=row.active,
        must_change_password=row.must_change_password,
        created_at=row.created_at,
        created_by=row.created_by,
        disabled_at=row.disabled_at,
        qualifications=row.qualifications or "",
        registration_number=row.registration_number or "",
    )


# The steps of a disable or a password reset, as ``progress(step)`` hears each one done: the
# account changed and its keys made due new versions (one transaction), then the vault-key
# rotation's three (maintenance.rotate_vault_key: the new key staged, the database re-encrypted,
# the attachments moved; the rotation is recorded after). At 100,000 survivors the re-encryption is
# most of the time (seconds), so the admin's screen runs it off the GUI thread.
STEP_ACCOUNT, STEP_STAGED, STEP_REKEYED, STEP_MOVED = 1, 2, 3, 4
REVOCATION_STEPS = 4
# On a centre's server there is no vault key to rotate (no SQLCipher database): the one step,
# in one transaction, changes the account, makes its keys due new versions and stops (a
# disable) or renews (a reset) its own database login, so her old password, which derives
# her old login password, no longer even connects (docs/SERVER.md, docs/SECURITY.md).
SERVER_REVOCATION_STEPS = 1
# The audit entry's detail of a disable, a reset or a re-enable on a server (instead of
# maintenance.ROTATION_DUE: no rotation is due there).
LOGIN_STOPPED = "database login stopped"
LOGIN_RENEWED = "database login renewed"
StepReport = Callable[[int], None]


def _ref(username: str) -> str:
    return f"staff:{username}"


class UserService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session
        # The key slots the last disable or reset left out of the new vault key (their public
        # keys not bound to them: maintenance.rotate_vault_key): usernames, "recovery".
        self.left_out: tuple[str, ...] = ()

    @property
    def _slots(self) -> KeySlotFile:
        return self._session.slots

    @property
    def _server_slots(self) -> ServerSlots | None:
        """The session's slots when it runs on a centre's server, else None."""
        slots = self._session.slots
        return slots if isinstance(slots, ServerSlots) else None

    @property
    def on_server(self) -> bool:
        """Whether the accounts are a centre server's (no vault key to rotate there)."""
        return self._server_slots is not None

    @property
    def revocation_steps(self) -> int:
        """How many steps a disable or a reset reports (``progress``)."""
        return SERVER_REVOCATION_STEPS if self.on_server else REVOCATION_STEPS

    @contextlib.contextmanager
    def _account_change(self, username: str, *, checked: bool = True) -> Iterator[Session]:
        """One unit of work that changes the staff table and keyslots.json together.

        The slot file is saved just before the database commits; if anything fails, the slots
        are put back as they were, in memory and on disk.
        """
        before = copy.deepcopy(self._slots)
        saved = False
        tx = (
            self._session.unit_of_work(
                Section.ADMINISTRATION, Action.WRITE, record_ref=_ref(username)
            )
            if checked
            else self._session.system_transaction()
        )
        try:
            with tx as s:
                yield s
                s.flush()
                self._slots.save()
                saved = True
        except BaseException:
            self._slots.restore_from(before)
            if saved:
                self._slots.save()
            raise

    def _get(self, s: Session, username: str) -> StaffAccount:
        row = s.scalars(select(StaffAccount).where(StaffAccount.username == username)).first()
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Messages", 'There is no account named "{username}".').format(
                    username=username
                )
            )
        return row

    def _seal_for(self, s: Session, username: str, password: str) -> None:
        """A new slot for ``username`` with a new signing key, registered in the vault by the
        acting admin (or the recovery key) in an entry she signs."""
        key = self._session.key
        slot_id = user_slot_id(username)
        public = self._slots.put_slot(
            slot_id, password, {VAULT_KEY: key}, subkey(key, Purpose.SLOT_PUBLIC)
        )
        kid = key_id(public)
        entry = self._session.audit(
            s,
            AuditAction.KEY_REGISTERED,
            Section.ADMINISTRATION,
            record_ref=_ref(username),
            detail=f"key={kid}",
        )
        audit.register_key(
            s,
            slot_id=slot_id,
            username=username,
            public=public,
            registered_by=self._session.actor.username,
            entry=entry.seq,
        )

    def list(self) -> tuple[StaffMember, ...]:
        with self._session.unit_of_work(Section.ADMINISTRATION, Action.READ) as s:
            rows = s.scalars(select(StaffAccount).order_by(StaffAccount.username)).all()
            self._session.audit(s, AuditAction.USERS_LISTED, Section.ADMINISTRATION)
            return tuple(_snapshot(r) for r in rows)

    def create(
        self, username: str, role: Role, display_name: str = "", *, password: str | None = None
    ) -> IssuedPassword:
        """A new account (admin only) with a one-time password, to be changed at first sign-in,
        or with ``password`` chosen by the admin (checked like any password; demo accounts)."""
        name = validate_username(username)
        shown = validate_display_name(display_name or name)
        chosen = validate_password(password, name) if password is not None else None
        with self._account_change(name) as s:
            exists = s.scalar(select(func.count()).where(StaffAccount.username == name))
            if exists or name in self._slots.disabled:
                raise ValidationFailed.of(
                    {
                        "username": QT_TRANSLATE_NOOP(
                            "Messages", 'The user name "{name}" is already taken.'
                        ).format(name=name)
                    }
                )
            now = utcnow()
            row = StaffAccount(
                username=name,
                display_name=shown,
                role=role.value,
                active=True,
                must_change_password=chosen is None,
                created_at=now,
                created_by=self._session.actor.username,
                updated_at=now,
            )
            s.add(row)
            self._session.audit(
                s,
                AuditAction.USER_CREATED,
                Section.ADMINISTRATION,
                record_ref=_ref(name),
                detail=f"role={role.value}",
            )
            secret = chosen if chosen is not None else generate_one_time_password()
            self._seal_for(s, name, secret)
            if (server := self._server_slots) is not None:  # a centre server: slot and login
                server.enrol_new(s.connection(), name, role)
            return IssuedPassword(_snapshot(row), secret)

    def update_name(self, username: str, display_name: str) -> StaffMember:
        shown = validate_display_name(display_name)
        with self._session.unit_of_work(
            Section.ADMINISTRATION, Action.WRITE, record_ref=_ref(username)
        ) as s:
            row = self._get(s, username)
            row.display_name = shown
            row.updated_at = utcnow()
            self._session.audit(
                s, AuditAction.USER_UPDATED, Section.ADMINISTRATION, record_ref=_ref(username)
            )
            return _snapshot(row)

    def update_profile(
        self, username: str, *, qualifications: str, registration_number: str
    ) -> StaffMember:
        """The qualifications and professional registration number a medico-legal report's
        declaration prints beside her name (admin only, audited)."""
        problems: dict[str, str] = {}
        for field, value, most in (
            ("qualifications", qualifications, 200),
            ("registration_number", registration_number, 64),
        ):
            if len(value) > most or any(ord(c) < 32 for c in value):
                problems[field] = QT_TRANSLATE_NOOP(
                    "Messages", "One line of at most %n character(s).", "", most
                )
        if problems:
            raise ValidationFailed.of(problems)
        with self._session.unit_of_work(
            Section.ADMINISTRATION, Action.WRITE, record_ref=_ref(username)
        ) as s:
            row = self._get(s, username)
            row.qualifications = qualifications.strip()
            row.registration_number = registration_number.strip()
            row.updated_at = utcnow()
            self._session.audit(
                s,
                AuditAction.USER_UPDATED,
                Section.ADMINISTRATION,
                record_ref=_ref(username),
                detail="profile",
            )
            return _snapshot(row)

    def disable(self, username: str, progress: StepReport | None = None) -> StaffMember:
        """Disable an account, in one operation: its key slot is removed, every section key it
        held is due a new version (made and sealed to the remaining holders by the next of
        them whose session opens keys or writes: sectionkeys.revoke_holder), and the vault key is
        replaced (maintenance.rotate_vault_key), so neither her password nor an older copy of
        keyslots.json opens the vault or anything written from now on. Backups made before
        keep opening with them (they hold the old vault key, and the old rows).

        On a centre's server there is no vault key: her slot is removed from the server and
        her database login stopped in the same transaction (``ServerSlots.stop_login``), so
        her password no longer connects, and the keys are due new versions as above."""
        if username == self._session.actor.username:
            raise ValidationFailed(
                QT_TRANSLATE_NOOP("Messages", "You cannot disable your own account.")
            )
        with self._account_change(username) as s:
            row = self._get(s, username)
            if not row.active:
                raise ValidationFailed(
                    QT_TRANSLATE_NOOP(
                        "Messages", 'The account "{username}" is already disabled.'
                    ).format(username=username)
                )
            if row.role == Role.ADMIN.value:
                admins = s.scalar(
                    select(func.count()).where(
                        StaffAccount.role == Role.ADMIN.value, StaffAccount.active.is_(True)
                    )
                )
                if (admins or 0) <= 1:
                    raise ValidationFailed(
                        QT_TRANSLATE_NOOP(
                            "Messages", "The last active admin account cannot be disabled."
                        )
                    )
            row.active = False
            row.disabled_at = row.updated_at = utcnow()
            server = self._server_slots
            self._session.audit(
                s,
                AuditAction.USER_DISABLED,
                Section.ADMINISTRATION,
                record_ref=_ref(username),
                detail=maintenance.ROTATION_DUE if server is None else LOGIN_STOPPED,
            )
            if server is not None:
                server.stop_login(s.connection(), username)
            else:
                self._slots.remove_slot(user_slot_id(username))
                self._slots.disabled.add(username)
            sectionkeys.revoke_holder(self._session, s, username)
            member = _snapshot(row)
        _told(progress, STEP_ACCOUNT)
        if server is not None:
            return member  # no vault key on a server: her login is stopped instead
        self.left_out = maintenance.rotate_vault_key(
            self._session, _ref(username), lambda step: _told(progress, STEP_ACCOUNT + step)
        )
        return member

    def enable(self, username: str) -> IssuedPassword:
        """Re-enable an account with a new one-time password (on a server, her slot is put
        back and her database login allowed again, with the password the new slot derives).
        Her keys wait for a colleague who holds them to confirm her, as for a new account."""
        with self._account_change(username) as s:
            row = self._get(s, username)
            if row.active:
                raise ValidationFailed(
                    QT_TRANSLATE_NOOP(
                        "Messages", 'The account "{username}" is already active.'
                    ).format(username=username)
                )
            row.active = True
            row.disabled_at = None
            row.must_change_password = True
            row.updated_at = utcnow()
            server = self._server_slots
            self._session.audit(
                s,
                AuditAction.USER_ENABLED,
                Section.ADMINISTRATION,
                record_ref=_ref(username),
                detail="" if server is None else LOGIN_RENEWED,
            )
            otp = generate_one_time_password()
            self._slots.disabled.discard(username)
            self._seal_for(s, username, otp)
            sectionkeys.drop_grants(s, username)
            if server is not None:
                server.renew_login(s.connection(), username)
            return IssuedPassword(_snapshot(row), otp)

    def reset_password(self, username: str, progress: StepReport | None = None) -> IssuedPassword:
        """A new one-time password for someone who forgot theirs (admin, or the recovery key).
        ``progress(step)`` as for ``disable``: the same steps. On a centre's server her new
        slot is written there and her database login given the password it derives (her old
        password no longer connects); no vault key is rotated."""
        session = self._session
        if session.actor.role is not None and not session.allowed(
            Section.ADMINISTRATION, Action.WRITE
        ):
            raise session.refuse(Section.ADMINISTRATION, Action.WRITE, _ref(username))
        with self._account_change(username, checked=False) as s:
            row = self._get(s, username)
            if not row.active:
                raise ValidationFailed(
                    QT_TRANSLATE_NOOP(
                        "Messages", 'The account "{username}" is disabled; re-enable it instead.'
                    ).format(username=username)
                )
            row.must_change_password = True
            row.updated_at = utcnow()
            server = self._server_slots
            session.audit(
                s,
                AuditAction.PASSWORD_RESET,
                Section.ADMINISTRATION,
                record_ref=_ref(username),
                detail=maintenance.ROTATION_DUE if server is None else LOGIN_RENEWED,
            )
            otp = generate_one_time_password()
            self._seal_for(s, username, otp)
            if server is not None:
                server.renew_login(s.connection(), username)
            # A new key pair: the section keys sealed to the old one open nothing now, and the
            # admin or the recovery key cannot seal them again. A holder confirms her anew.
            # Whoever knew the old password (the reason for a reset, often) holds the versions
            # sealed to the old pair: her sections are due new versions.
            sectionkeys.revoke_holder(session, s, username)
            issued = IssuedPassword(_snapshot(row), otp)
        _told(progress, STEP_ACCOUNT)
        if server is not None:
            return issued  # no vault key on a server: her login's password was renewed
        # Her old slot, in an older copy of keyslots.json, opens the vault key of today: replace it.
        self.left_out = maintenance.rotate_vault_key(
            session, _ref(username), lambda step: _told(progress, STEP_ACCOUNT + step)
        )
        return issued

    def change_own_password(self, current: str, new: str) -> None:
        """Change the signed-in person's password (also how a one-time password is replaced)."""
        session = self._session
        username = session.actor.username
        if session.actor.role is None:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Messages", "The recovery key has no password to change.")
            )
        password = validate_password(new, username)
        if normalise(current) == password:
            raise ValidationFailed(
                QT_TRANSLATE_NOOP("Messages", "Choose a password different from the current one.")
            )
        slot_id = user_slot_id(username)
        opened = self._slots.open_slot(slot_id, normalise(current))
        if opened is None:
            raise ValidationFailed(
                QT_TRANSLATE_NOOP("Messages", "The current password is not correct.")
            )
        was, held = session.must_change_password, session.section_keys.held()
        try:
            self._change_with_new_pair(opened, password)
        except BaseException:
            session.must_change_password = was
            session.section_keys.clear()
            for key in held:
                session.section_keys.add(key)
            raise
        session.must_change_password = False

    def _change_with_new_pair(self, opened: OpenedSlot, password: str) -> None:
        session = self._session
        username = session.actor.username
        slot_id = opened.slot_id
        with self._account_change(username, checked=False) as s:
            row = self._get(s, username)
            row.must_change_password = False
            row.password_changed_at = row.updated_at = utcnow()
            session.audit(
                s, AuditAction.PASSWORD_CHANGED, Section.ADMINISTRATION, record_ref=_ref(username)
            )
            # A fresh key pair with the new password, the section keys sealed to it anew; then,
            # with a password of her own, the first key of a section no one holds yet.
            self._slots.renew_key_pair(opened, password, subkey(session.key, Purpose.SLOT_PUBLIC))
            sectionkeys.regrant_self(session, s, slot_id)
            session.must_change_password = False
            sectionkeys.establish_first_keys(session, s)


def _told(progress: StepReport | None, step: int) -> None:
    if progress is not None:
        progress(step)


def staff_names(session: VaultSession) -> dict[str, str]:
    """Each account's user name → the name colleagues know them by ("u-amina" → "Amina
    Otieno"), for the screens that say who a file's caseworker is. Not survivor data: any
    signed-in member of staff reads it, unaudited, as the centre's settings are."""
    with session.system_transaction() as s:
        rows = s.execute(select(StaffAccount.username, StaffAccount.display_name)).all()
    return {r.username: r.display_name for r in rows}
