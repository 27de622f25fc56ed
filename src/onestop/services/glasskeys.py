"""Break-glass keys: a sealed section opened to a role that may break glass into it, and only
after the access is recorded.

A caseworker may read a file's forensic examinations, a clinician its legal matters or shelter
stays, by break-glass (domain.roles.may_break_glass): with a reason, for 30 minutes, reviewed by
a manager. Those sections are sealed under their section keys, which her role does not hold.
So each such section's key is also sealed to her slot as a *break-glass grant*: a row of
``section_key_grants`` whose slot is ``glass:user:<name>`` (the grant's associated data names
that slot, so it cannot pass for an ordinary grant). Sign-in never opens it
(services.sectionkeys.open_ring opens her own slot's grants only). services.breakglass opens it
after the access and its audit entry are committed, and the session holds the key only while an
access to that section is open, and only inside the units of work that read it by break-glass
(services.session); it drops it when the access expires, at lock and at sign-out.

Who seals a break-glass grant: a holder of the section's key, at her sign-in and when she
confirms a colleague, to the slots whose role may break glass into the section and whose key
pair a colleague has already confirmed (some ordinary grant is sealed to that very public key);
and the holder who makes a section's new version after a revocation
(services.sectionkeys.renew_due), at once, for that version. A revoked account's own
break-glass grants are deleted, and a section she could open only by break-glass is due a new
version too, so her old grant (in a backup) opens nothing written after.
Counselling is never break-glass, so its key never gets such a grant.

On a centre server the server itself keeps the order: her login does not see her own
break-glass grants (a row-level policy), and ``onestop_glass_grants`` (db/server.py) returns
them only while an access of hers to that section is open and its audit entry is in the trail,
so even a modified client gets the key after the entry, never before.

What it does not prevent (docs/SECURITY.md): in a local vault the grant is sealed to her slot,
so with her own password and ``sqlcipher3`` she can open it from ``vault.db`` without any
audit entry. On a single workstation nothing else holds a secret that could wait for the entry.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from onestop.db.base import utcnow
from onestop.db.sectionkeys import SectionKeyGrant
from onestop.db.staff import StaffAccount
from onestop.db.textcolumns import ENCRYPTED_SECTIONS
from onestop.domain.audit import AuditAction
from onestop.domain.roles import Role, Section, may_break_glass
from onestop.errors import VaultDamaged
from onestop.services import grantsigs, standing
from onestop.vault.keyslots import user_slot_id
from onestop.vault.sectionkeys import SectionKey, fingerprint, open_grant, seal_grant
from onestop.vault.subkeys import Purpose, subkey

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from onestop.services.session import VaultSession

PREFIX = "glass:"


def glass_slot(username: str) -> str:
    """The slot id a break-glass grant to ``username`` is sealed under (never a real slot)."""
    return PREFIX + user_slot_id(username)


def glass_sections(role: Role | None) -> tuple[Section, ...]:
    """The sealed sections ``role`` may break glass into (never counselling)."""
    if role is None:
        return ()
    return tuple(sec for sec in sorted(ENCRYPTED_SECTIONS) if may_break_glass(role, sec))


def start(session: VaultSession, s: Session, private: X25519PrivateKey) -> None:
    """At sign-in and unlock: keep the slot's private key if her role may break glass into a
    sealed section (to open a grant once an access is recorded), open again the keys of the
    accesses still open (after an unlock), and, as a holder, seal break-glass grants to the
    colleagues who need them."""
    if glass_sections(session.actor.role):
        session.glass_private = private
        for section in session.glass_sections():
            session.hold_glass_keys(section, _open(session, s, section))
    extend(session, s)


def open_after_audit(session: VaultSession, section: Section) -> None:
    """For services.breakglass, after the access and its audit entry are committed: open this
    person's break-glass grant of ``section`` and hold its keys while the access is open."""
    if section not in ENCRYPTED_SECTIONS:
        return
    with session.system_transaction() as s:
        keys = _open(session, s, section)
    session.hold_glass_keys(section, keys)


def has_grant(session: VaultSession, s: Session, section: Section) -> bool:
    """Whether a break-glass grant of ``section`` waits for this person's current key pair
    (on a server, only whether one waits: the grant itself comes after the audit entry)."""
    public = _own_public(session)
    if public is None:
        return False
    if _on_server(s):
        waiting = s.scalar(
            text("SELECT onestop_glass_grant_waiting(:section, :public)"),
            {"section": section.value, "public": public},
        )
        return bool(waiting)
    return bool(_rows(session, s, section))


def _on_server(s: Session) -> bool:
    return s.connection().dialect.name == "postgresql"


def _own_public(session: VaultSession) -> str | None:
    slot_id = user_slot_id(session.actor.username)
    if slot_id not in session.slots.slots:
        return None
    return session.slots.slots[slot_id].public.hex()


def _server_rows(s: Session, section: Section) -> list[SectionKeyGrant]:
    """Her break-glass grants of ``section``, as the server releases them: only while an
    access of hers is open and its audit entry is written (db/server.py GLASS_FUNCTIONS)."""
    found = s.execute(
        text(
            "SELECT section, version, slot_id, public_key, sealed, granted_by, signer, "
            "signature FROM onestop_glass_grants(:section)"
        ),
        {"section": section.value},
    ).all()
    return [
        SectionKeyGrant(
            section=row.section,
            version=int(row.version),
            slot_id=row.slot_id,
            public_key=row.public_key,
            sealed=row.sealed,
            granted_by=row.granted_by,
            signer=row.signer,
            signature=row.signature,
        )
        for row in found
    ]


def _rows(session: VaultSession, s: Session, section: Section) -> list[SectionKeyGrant]:
    public = _own_public(session)
    if public is None:
        return []
    if _on_server(s):
        rows = [row for row in _server_rows(s, section) if row.public_key == public]
    else:
        rows = list(
            s.scalars(
                select(SectionKeyGrant).where(
                    SectionKeyGrant.section == section.value,
                    SectionKeyGrant.slot_id == glass_slot(session.actor.username),
                    SectionKeyGrant.public_key == public,
                )
            )
        )
    # A planted or altered grant is refused (services.grantsigs).
    return grantsigs.valid(session, s, rows)


def _open(session: VaultSession, s: Session, section: Section) -> tuple[SectionKey, ...]:
    private = session.glass_private
    if private is None:
        return ()
    slot = glass_slot(session.actor.username)
    keys = []
    for row in _rows(session, s, section):
        key = open_grant(private, row.sealed, session.vault_id, row.section, row.version, slot)
        if key is not None:
            keys.append(key)
    return tuple(keys)


def extend(session: VaultSession, s: Session) -> None:
    """Seal every key of a section this holder reads to the break-glass slot of each active
    colleague who may break glass into it and whose key pair a colleague has confirmed."""
    role = session.actor.role
    held = [
        key
        for key in session.section_keys.held()
        if role is not None and not may_break_glass(role, Section(key.section))
    ]
    if held:
        seal_to_colleagues(session, s, held)


def authentic_publics(session: VaultSession, s: Session) -> dict[str, bytes]:
    """Every account's slot public key whose MAC under the vault key holds, by slot id: on a
    centre's server the session's own slots hold only her own, the others come from the
    server (``onestop_slot_publics``). A key swapped in the slots gets nothing sealed to it
    and does not stop the sign-in that seals the others (verify names it)."""
    mac_key = subkey(session.key, Purpose.SLOT_PUBLIC)
    publics = {}
    for slot_id, (public, mac) in session.backend.slot_publics(s.connection()).items():
        try:
            session.slots.check_public_key(mac_key, slot_id, public, mac)
        except VaultDamaged:
            continue
        publics[slot_id] = public
    return publics


def seal_to_colleagues(session: VaultSession, s: Session, keys: Iterable[SectionKey]) -> None:
    """Seal each of ``keys`` to the break-glass slot of every active colleague who may break
    glass into its section and whose key pair a colleague has confirmed (some ordinary grant is
    sealed to that very public key), unless it is sealed there already. A holder does it at
    sign-in (``extend``); the holder who makes a new version after a revocation does it at
    once for that version (services.sectionkeys.renew_due)."""
    keys = list(keys)
    if not keys:
        return
    publics = authentic_publics(session, s)
    rows = list(s.scalars(select(SectionKeyGrant)))
    # Only a signed grant confirms a key pair (a planted one confirms no one). A row already
    # there is left as it is (a planted one is refused when opened, and verify names it): on
    # a centre server, staff may insert grants, not update them.
    confirmed = {(g.slot_id, g.public_key) for g in grantsigs.valid(session, s, rows)}
    granted = {(g.section, g.version, g.slot_id) for g in rows}
    # Her role as an admin created it, signed (services.standing), never as ``staff`` says.
    established = standing.roles(s.connection(), session.vault_id)
    for staff in s.scalars(select(StaffAccount).where(StaffAccount.active.is_(True))):
        sections = set(glass_sections(established.get(staff.username)))
        slot_id = user_slot_id(staff.username)
        if not sections or slot_id not in publics:
            continue
        public = publics[slot_id]
        if (slot_id, public.hex()) not in confirmed:
            continue  # no colleague has confirmed this key pair yet
        glass = glass_slot(staff.username)
        for key in keys:
            if Section(key.section) not in sections:
                continue
            if (key.section, key.version, glass) in granted:
                continue  # sealed already (a stale one is deleted with her new key pair)
            row = SectionKeyGrant(
                section=key.section,
                version=key.version,
                slot_id=glass,
                public_key=public.hex(),
                sealed=seal_grant(public, key, session.vault_id, glass),
                granted_by=session.actor.username,
                granted_at=utcnow(),
            )
            s.add(grantsigs.sign(session, row))
            granted.add((key.section, key.version, glass))
            session.audit(
                s,
                AuditAction.SECTION_KEY_GRANTED,
                key.section,
                record_ref=f"staff:{staff.username}",
                detail="break-glass " + fingerprint(public).replace(" ", "")[:16],
            )
