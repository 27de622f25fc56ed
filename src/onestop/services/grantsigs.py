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

What a signature does not prevent (docs/SECURITY.md): a member of staff who has the vault key
and her own signing key can still sign a grant she planted herself; it is then hers, named in
``verify``'s list of who granted what, never anonymous.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from onestop.db.sectionkeys import SectionKeyGrant
from onestop.domain.audit import AuditAction
from onestop.services import audit

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


def problem(row: SectionKeyGrant, keys: dict[str, RegisteredKey], vault_id: str) -> str | None:
    """Why ``row`` is refused, or None when its signature verifies against a registered key
    of the account that granted it."""
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
    return None


def registered(s: Session) -> dict[str, RegisteredKey]:
    """The registered signing keys, those added in this transaction included."""
    s.flush()  # registered_keys reads with plain SQL, which does not flush the ORM's rows
    return audit.registered_keys(s.connection())


def valid(
    session: VaultSession, s: Session, rows: Iterable[SectionKeyGrant]
) -> list[SectionKeyGrant]:
    """The rows whose signature verifies (the others are refused: verify names them)."""
    keys = registered(s)
    return [row for row in rows if problem(row, keys, session.vault_id) is None]


def refused(conn: Connection, vault_id: str) -> list[str]:
    """For verify: each grant refused, named by section, version and slot, with the reason."""
    keys = audit.registered_keys(conn)
    with Session(bind=conn) as s:
        rows = s.scalars(
            select(SectionKeyGrant).order_by(
                SectionKeyGrant.section, SectionKeyGrant.version, SectionKeyGrant.slot_id
            )
        ).all()
        found = []
        for row in rows:
            why = problem(row, keys, vault_id)
            if why is not None:
                found.append(
                    f"{row.section} v{row.version} to {row.slot_id} "
                    f"(granted by {row.granted_by}): {why}"
                )
        return found


def vouch_for_older(session: VaultSession, s: Session) -> int:
    """At the sign-in whose migration added signatures: sign every grant the vault held
    before it as this person, with one audited entry; returns how many."""
    count = sign_older(s, session.vault_id, session.actor.username, session.signer)
    if count:
        session.audit(s, AuditAction.SECTION_KEY_GRANTED, detail=f"older grants signed={count}")
    return count


def sign_older(s: Session, vault_id: str, username: str, signer: SigningKey | None) -> int:
    """Sign every unsigned grant as ``username`` (the caller audits it); returns how many.
    Also for a restore of a backup from before migration 0046 (services.maintenance)."""
    rows = s.scalars(
        select(SectionKeyGrant).where(
            or_(SectionKeyGrant.signature == "", SectionKeyGrant.signer == "")
        )
    ).all()
    for row in rows:
        sign_as(row, vault_id, username, signer)
    return len(rows)
