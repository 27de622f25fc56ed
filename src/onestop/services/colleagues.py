"""Confirming a colleague, as the desktop asks for it: who waits for the keys I hold, what my
own fingerprint is while I wait, and the confirmation itself.

Bitwarden's "confirm member" is the model. A new account (or one whose password was reset, or
that was re-enabled) holds no section key; a colleague who holds the keys its role needs
compares the fingerprint of its key slot, read aloud by the new colleague from her own screen,
and seals the keys to that slot. The cryptography and the audited grant are
``sectionkeys.confirm_colleague``; this module only says who waits and makes sure the desktop
never confirms without a fingerprint typed by the holder.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from onestop.db.sectionkeys import SectionKeyGrant
from onestop.db.staff import StaffAccount
from onestop.db.textcolumns import ENCRYPTED_SECTIONS
from onestop.domain.roles import Role, Section
from onestop.errors import ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import sectionkeys, standing
from onestop.services.session import VaultSession
from onestop.vault.keyslots import user_slot_id


@dataclass(frozen=True)
class WaitingColleague:
    """An account that waits for keys this holder may give: what she is asked to confirm."""

    username: str
    display_name: str
    role: Role
    sections: tuple[Section, ...]  # the keys this holder would seal to her


@dataclass(frozen=True)
class MyWait:
    """What an account still waiting sees: the sections it waits for, and its fingerprint to
    read aloud to the colleague who confirms it."""

    sections: tuple[Section, ...]
    fingerprint: str


def giveable(session: VaultSession) -> tuple[Section, ...]:
    """The sections whose keys this person holds and may pass on: those her own role reads
    (so counselling comes only from a counsellor)."""
    role = session.actor.role
    if role is None:
        return ()
    return tuple(
        sec
        for sec in sorted(ENCRYPTED_SECTIONS)
        if role in sectionkeys.readers(sec) and session.section_keys.holds(sec)
    )


def waiting_for_me(session: VaultSession) -> tuple[WaitingColleague, ...]:
    """Active colleagues, with a password of their own, whose role reads a section whose key
    this person holds and who do not hold it yet (under their slot's current key pair).
    Someone still on a one-time password is not listed: her key pair changes when she
    chooses her own, so she is confirmed after that."""
    held = giveable(session)
    if not held:
        return ()
    waiting = []
    with session.system_transaction() as s:
        publics = sectionkeys.colleague_publics(session, s)
        accounts = s.scalars(
            select(StaffAccount)
            .where(StaffAccount.active.is_(True), StaffAccount.must_change_password.is_(False))
            .order_by(StaffAccount.display_name, StaffAccount.username)
        )
        # Roles as the signed trail establishes them (services.standing): one changed in
        # ``staff`` by someone with the vault key is not offered for confirmation.
        established = standing.roles(s.connection(), session.vault_id)
        for staff in accounts:
            slot_id = user_slot_id(staff.username)
            if staff.username == session.actor.username or slot_id not in publics:
                continue
            role = established.get(staff.username)
            if role is None:
                continue
            has = set(
                s.scalars(
                    select(SectionKeyGrant.section).where(
                        SectionKeyGrant.slot_id == slot_id,
                        SectionKeyGrant.public_key == publics[slot_id].hex(),
                    )
                )
            )
            wants = tuple(
                sec for sec in held if role in sectionkeys.readers(sec) and sec.value not in has
            )
            if wants:
                waiting.append(WaitingColleague(staff.username, staff.display_name, role, wants))
    return tuple(waiting)


def my_wait(session: VaultSession) -> MyWait | None:
    """The sections this person waits for, and her fingerprint; None when she waits for
    nothing."""
    sections = sectionkeys.waiting_sections(session)
    if not sections:
        return None
    return MyWait(sections, sectionkeys.slot_fingerprint(session, session.actor.username))


def confirm(session: VaultSession, username: str, typed: str) -> sectionkeys.Confirmed:
    """Seal the keys this holder has and ``username``'s role reads to her slot, if ``typed``
    (what she read aloud) is her slot's fingerprint. Refused in words otherwise; audited by
    sectionkeys.confirm_colleague for each section granted."""
    if not "".join(typed.split()):
        raise ValidationFailed(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Type the fingerprint your colleague reads to you from their own screen.",
            )
        )
    return sectionkeys.confirm_colleague(session, username, typed)
