"""Signed grants: each section key grant is signed by the member of staff who made it.

A grant (``section_key_grants``) seals a section key to one slot. Anyone with the vault key can
write that table, so without a signature an insider could plant a grant of a key she chose,
sealed to a colleague's slot, as the newest version: the colleague would then seal new text
under a key the insider knows. Or swap rows (another slot's, another version's). So every grant
is signed with the Ed25519 key of the account named in ``granted_by`` (the same key that signs
her audit entries, its public half registered in ``staff_signing_keys``), over the vault, the
section, the version, the slot, the public key it was sealed to, a hash of the sealed key and
``granted_by``. A grant whose signature does not verify against a registered key of that very
account is refused when keys are opened (sign-in, unlock, break-glass), is not counted as a
holder by a revocation nor as a confirmed colleague, and ``verify`` names it.

Grants made before grants were signed (migration 0046) are signed once, by whoever signs in
first after that migration, in the same sign-in (``vouch_for_older``), with an audited entry:
she vouches that the grants the vault held then are its own. What that cannot catch: a grant
planted before that sign-in, like any change made to the database before it.

The signer's role must also be one that may sign a grant of that section (``may_sign``): a
role that holds the section's key (it reads the section in domain/roles.py; for the audit
section's key, it reviews break-glass), or the admin and the recovery key, whose revocation
makes a section's new version in their session (services.sectionkeys.revoke_holder). A role
that may only break glass into a section never holds its key, so it never signs a grant of
it either: a caseworker's signed forensic grant would let her read forensic text without
breaking glass. The role is the signer's **current** role in ``staff`` (the vault keeps no
history of an account's role); a grant signed by an account the vault no longer lists is
refused. So a legal advocate's grant of a counselling key, signed with her own registered key,
is refused at sign-in and unlock and named by ``verify``.

Grants made before signatures (migration 0046) are vouched for by whoever signs in first
after it for the sections her role may sign; the others wait, listed in the setting
``VOUCH_PENDING``, for the first sign-in of someone who may sign them (``vouch_pending``).

What a signature does not prevent (docs/SECURITY.md): the admin (and the recovery key) may
sign a grant of any section, as a revocation needs; a holder of a section may sign a grant of
it she planted herself. Either is then attributable, named in ``verify``'s list of who granted
what, never anonymous. And the vault key opens the settings: an insider who puts sections back
in ``VOUCH_PENDING`` and plants unsigned grants of them has them vouched at a holder's next
sign-in, as she could by putting the vault back to before migration 0046.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from onestop.db.base import utcnow
from onestop.db.sectionkeys import SectionKeyGrant
from onestop.db.settings import Setting
from onestop.db.staff import StaffAccount
from onestop.domain.audit import AuditAction
from onestop.domain.roles import Action, Capability, Role, Section, may, permits
from onestop.services import audit
from onestop.vault.keyslots import RECOVERY_SLOT

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from onestop.services.audit import RegisteredKey, SigningKey
    from onestop.services.session import VaultSession

# The migration that added the signatures: a sign-in that runs it signs the older grants.
SIGNED_FROM = "0046"


def grant_message(
    vault_id: str,
    section: str,
    version: int,
    slot_id: str,
    public_key: str,
    sealed: str,
    granted_by: str,
) -> bytes:
    """The bytes a grant's signature is made over: every field that says what it grants."""
    digest = hashlib.sha256(sealed.encode("utf-8")).hexdigest()
    return (
        f"onestop-grant|{vault_id}|{section}|{version}|{slot_id}|{public_key}|{digest}|{granted_by}"
    ).encode()


def _message(vault_id: str, row: SectionKeyGrant) -> bytes:
    return grant_message(
        vault_id, row.section, row.version, row.slot_id, row.public_key, row.sealed, row.granted_by
    )


def sign(session: VaultSession, row: SectionKeyGrant) -> SectionKeyGrant:
    """Sign ``row`` as ``session``'s actor (who is its ``granted_by``); returns it. A session
    without a signing key leaves it unsigned, and so refused."""
    return sign_as(row, session.vault_id, session.actor.username, session.signer)


def sign_as(
    row: SectionKeyGrant, vault_id: str, username: str, signer: SigningKey | None
) -> SectionKeyGrant:
    """Sign ``row`` as ``username`` with ``signer`` (her registered signing key)."""
    row.granted_by = username
    if signer is None:
        row.signer, row.signature = "", ""
        return row
    row.signer = signer.key_id
    row.signature = signer.private.sign(_message(vault_id, row)).hex()
    return row


def holds_key(role: Role, section: str) -> bool:
    """Whether ``role`` holds ``section``'s key: it reads the section (domain/roles.py), or,
    for the audit section's key (break-glass reasons, services.glassreasons), it reviews
    break-glass. The admin never holds one."""
    try:
        found = Section(section)
    except ValueError:
        return False
    if found is Section.AUDIT:
        return may(role, Capability.REVIEW_BREAK_GLASS)
    return permits(role, found, Action.READ)


def may_sign(role: Role | None, section: str, key: RegisteredKey) -> bool:
    """Whether a grant of ``section`` signed with ``key``, whose account's role is ``role``,
    may stand: a holder of the section's key, the admin or the recovery key (revocations)."""
    if key.slot_id == RECOVERY_SLOT or role is Role.ADMIN:
        return True
    return role is not None and holds_key(role, section)


Roles = Mapping[str, Role]


def staff_roles(conn: Connection) -> dict[str, Role]:
    """Every account's current role, by user name (the vault keeps no history of roles)."""
    found = {}
    for username, role in conn.execute(select(StaffAccount.username, StaffAccount.role)):
        try:
            found[str(username)] = Role(role)
        except ValueError:
            continue  # an unknown role signs nothing
    return found


def problem(
    row: SectionKeyGrant, keys: dict[str, RegisteredKey], vault_id: str, roles: Roles
) -> str | None:
    """Why ``row`` is refused, or None when its signature verifies against a registered key
    of the account that granted it, and that account's role may sign a grant of its
    section (``may_sign``)."""
    if not row.signer or not row.signature:
        return "unsigned"
    key = keys.get(row.signer)
    if key is None:
        return "signed by a key the vault does not list"
    if key.username != row.granted_by:
        return f"signed by {key.username}'s key, not by {row.granted_by}'s"
    try:
        key.public.verify(bytes.fromhex(row.signature), _message(vault_id, row))
    except (InvalidSignature, ValueError):
        return "its signature does not verify"
    role = roles.get(row.granted_by)
    if not may_sign(role, row.section, key):
        held = role.value if role is not None else "no role"
        return f"signed by {row.granted_by} ({held}), whose role holds no {row.section} key"
    return None


def registered(s: Session) -> dict[str, RegisteredKey]:
    """The registered signing keys, those added in this transaction included."""
    s.flush()  # registered_keys reads with plain SQL, which does not flush the ORM's rows
    return audit.registered_keys(s.connection())


def checker(s: Session, vault_id: str) -> Callable[[SectionKeyGrant], str | None]:
    """``problem`` for many rows: the registered keys and the staff's roles read once."""
    keys = registered(s)
    roles = staff_roles(s.connection())
    return lambda row: problem(row, keys, vault_id, roles)


def valid(
    session: VaultSession, s: Session, rows: Iterable[SectionKeyGrant]
) -> list[SectionKeyGrant]:
    """The rows whose signature verifies and whose signer may sign them (the others are
    refused: verify names them)."""
    check = checker(s, session.vault_id)
    return [row for row in rows if check(row) is None]


def refused(conn: Connection, vault_id: str) -> list[str]:
    """For verify: each grant refused, named by section, version and slot, with the reason."""
    keys = audit.registered_keys(conn)
    roles = staff_roles(conn)
    with Session(bind=conn) as s:
        rows = s.scalars(
            select(SectionKeyGrant).order_by(
                SectionKeyGrant.section, SectionKeyGrant.version, SectionKeyGrant.slot_id
            )
        ).all()
        found = []
        for row in rows:
            why = problem(row, keys, vault_id, roles)
            if why is not None:
                found.append(
                    f"{row.section} v{row.version} to {row.slot_id} "
                    f"(granted by {row.granted_by}): {why}"
                )
        return found


# The setting listing the sections whose grants from before migration 0046 still wait for
# someone who may sign them (``vouch_pending``), as JSON.
VOUCH_PENDING = "grants.vouch_pending"


def vouch_for_older(session: VaultSession, s: Session) -> int:
    """At the sign-in whose migration added signatures: sign every grant the vault held
    before it that this person may sign (``may_sign``), with one audited entry; the sections
    she may not sign wait for someone who may (``vouch_pending``). Returns how many."""
    unsigned = _unsigned(s)
    pending = sorted({row.section for row in unsigned})
    _set_pending(s, pending)
    return vouch_pending(session, s)


def vouch_pending(session: VaultSession, s: Session) -> int:
    """At each sign-in: sign the unsigned grants of the sections still waiting since migration
    0046 (``VOUCH_PENDING``) that this person may sign, with one audited entry; those
    sections no longer wait. Returns how many were signed."""
    pending = _pending(s)
    if not pending or session.signer is None:
        return 0
    key = registered(s).get(session.signer.key_id)
    if key is None:
        return 0
    role = session.actor.role
    mine = {section for section in pending if may_sign(role, section, key)}
    if not mine:
        return 0
    rows = [row for row in _unsigned(s) if row.section in mine]
    for row in rows:
        sign_as(row, session.vault_id, session.actor.username, session.signer)
    _set_pending(s, sorted(set(pending) - mine))
    if rows:
        session.audit(s, AuditAction.SECTION_KEY_GRANTED, detail=f"older grants signed={len(rows)}")
    return len(rows)


def _unsigned(s: Session) -> list[SectionKeyGrant]:
    return list(
        s.scalars(
            select(SectionKeyGrant).where(
                or_(SectionKeyGrant.signature == "", SectionKeyGrant.signer == "")
            )
        )
    )


def _pending(s: Session) -> list[str]:
    row = s.get(Setting, VOUCH_PENDING)
    if row is None or not row.value:
        return []
    try:
        found = json.loads(row.value)
    except ValueError:
        return []
    return [str(section) for section in found] if isinstance(found, list) else []


def _set_pending(s: Session, sections: list[str]) -> None:
    row = s.get(Setting, VOUCH_PENDING)
    if not sections:
        if row is not None:
            s.delete(row)
        return
    value = json.dumps(sections)
    if row is None:
        s.add(Setting(key=VOUCH_PENDING, value=value, updated_at=utcnow(), updated_by=""))
    else:
        row.value = value


def sign_older(s: Session, vault_id: str, username: str, signer: SigningKey | None) -> int:
    """Sign every unsigned grant as ``username`` (the caller audits it); returns how many.
    For a restore of a backup from before migration 0046 by the admin (services.maintenance),
    who may sign a grant of any section."""
    rows = _unsigned(s)
    for row in rows:
        sign_as(row, vault_id, username, signer)
    return len(rows)
