"""Break-glass reasons sealed for the review: the reviewers and the author open them, no one else.

A break-glass reason is written by the person breaking glass (a clinician or a caseworker) and
read by the managers who review it; it may say something of the survivor, and so may the
manager's review note. Neither is readable with the vault key alone (migration 0047):

- The reviewers' key is the **audit section's key** (vault.sectionkeys), held by the roles
  that review break-glass (domain.roles, ``Capability.REVIEW_BREAK_GLASS``: the manager) and
  by no other: services.sectionkeys.readers says so for this one section, so the admin, who
  reads the audit trail's codes, never holds it, nor does the recovery key. It reaches a new
  manager as every section key does: made at the first reviewer's sign-in, sealed to a new
  colleague by a holder who confirms her, moved to a new version when a holder leaves.
- The author does not hold that key (she would read every colleague's reasons), so each of
  its versions has a public half: an X25519 key pair derived from the key
  (``review_private``). A holder publishes the public half as a signed row of
  ``section_key_grants`` (slot ``REVIEW_SLOT``, nothing sealed in it) at her sign-in, and a
  revocation publishes the new version's at once. The author's session takes the newest
  public half whose row is signed by a registered key of a reviewer (services.grantsigs: only
  a holder signs a grant of the audit key), and seals to it.
- A reason is sealed twice (vault.keyslots.seal: X25519, HKDF and AES-256-GCM, with the vault,
  the column, the row's id and the recipient in the associated data): to the review key and to
  the author's own slot, so she opens it with her own password. A review note is sealed to the
  review key only. ``key_version`` says which version of the audit key a row is sealed for;
  NULL is a row from before (migration 0047), sealed at the next sign-in of a reviewer with
  the progress bar (services.sectionkeys.seal_older_text).

What it does not prevent (docs/SECURITY.md): between a reviewer's revocation and the next
reviewer's session (which makes and publishes the new version), authors still seal to the
newest version a reviewer published, which the revoked reviewer held; and the reason reaches
the author's own workstation in clear while she types it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from onestop.db.base import utcnow
from onestop.db.breakglass import BreakGlassAccess
from onestop.db.sectionkeys import SectionKeyGrant
from onestop.domain.roles import Role, Section
from onestop.services import grantsigs
from onestop.vault.keyslots import seal, unseal, user_slot_id
from onestop.vault.sectionkeys import SectionKey

if TYPE_CHECKING:
    from onestop.services.session import VaultSession

SECTION = Section.AUDIT  # the reviewers' key
REVIEW_SLOT = "review"  # the slot id of a published public half (never a real slot)
PREFIX = "osr1"  # a sealed reason: osr1.<base64 of JSON>
COLUMNS = ("reason", "review_note")
SEALED_TEXT = ""  # what a reason reads as without the key


def reviewers() -> frozenset[Role]:
    """The roles that hold the reviewers' key: those that review break-glass."""
    return frozenset(r for r in Role if grantsigs.holds_key(r, SECTION))


def review_private(key: SectionKey) -> X25519PrivateKey:
    """The X25519 private key of a version of the reviewers' key (derived from it)."""
    seed = hmac.new(key.key, b"onestop-review-keypair", hashlib.sha256).digest()
    return X25519PrivateKey.from_private_bytes(seed)


def review_public(key: SectionKey) -> bytes:
    public = review_private(key).public_key()
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _aad(vault_id: str, column: str, row_id: int, recipient: str) -> bytes:
    return f"onestop-glass-text|{vault_id}|break_glass|{column}|{row_id}|{recipient}".encode()


def is_sealed(value: object) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX + ".")


# ----- the public half, published by a holder ---------------------------------------------------


def publish(session: VaultSession, s: Session, keys: tuple[SectionKey, ...] = ()) -> None:
    """Publish the public half of each version of the reviewers' key in ``keys`` (by default
    those this session holds) that has no valid published row yet."""
    keys = keys or tuple(k for k in session.section_keys.held() if k.section == SECTION)
    for key in keys:
        public = review_public(key).hex()
        held = s.get(SectionKeyGrant, (SECTION.value, key.version, REVIEW_SLOT))
        if held is not None and held.public_key == public and _published(session, s, [held]):
            continue
        if held is not None and s.connection().dialect.name == "postgresql":
            continue  # on a server staff add grants, never rewrite one (verify names it)
        row = SectionKeyGrant(
            section=SECTION.value,
            version=key.version,
            slot_id=REVIEW_SLOT,
            public_key=public,
            sealed="",
            granted_by=session.actor.username,
            granted_at=utcnow(),
        )
        s.merge(grantsigs.sign(session, row))
    if keys:
        s.flush()


def _published(
    session: VaultSession, s: Session, rows: list[SectionKeyGrant]
) -> list[SectionKeyGrant]:
    """The rows that stand (services.grantsigs): a reviewer's, or a revocation's row the admin
    published before migration 0053 (read only)."""
    return grantsigs.valid(session, s, rows)


def current_public(session: VaultSession, s: Session) -> tuple[int, bytes] | None:
    """The newest published version of the reviewers' key and its public half, or None when
    no reviewer has published one yet."""
    rows = list(
        s.scalars(
            select(SectionKeyGrant).where(
                SectionKeyGrant.section == SECTION.value, SectionKeyGrant.slot_id == REVIEW_SLOT
            )
        )
    )
    # Only a holder's row: a version the admin published before 0053 (a revocation's) is
    # one she knew, so nothing new is sealed to it (services.grantsigs).
    check = grantsigs.checker(s, session.vault_id)
    found = [row for row in rows if check.by_holder(row)]
    if not found:
        return None
    newest = max(found, key=lambda row: row.version)
    return newest.version, bytes.fromhex(newest.public_key)


# ----- sealing and opening ------------------------------------------------------------------------


def seal_text(
    vault_id: str,
    review: tuple[int, bytes],
    column: str,
    row_id: int,
    text: str,
    author_public: bytes | None = None,
) -> str:
    """``text`` sealed to the review key (and to the author's slot, if given). Empty stays
    empty: only whether a field is filled in shows."""
    if not text:
        return text
    version, public = review
    body: dict[str, Any] = {"v": version}
    plain = text.encode("utf-8")
    recipient = X25519PublicKey.from_public_bytes(public)
    body["review"] = seal(recipient, plain, _aad(vault_id, column, row_id, "review"))
    if author_public is not None:
        mine = X25519PublicKey.from_public_bytes(author_public)
        body["author"] = seal(mine, plain, _aad(vault_id, column, row_id, "author"))
    raw = json.dumps(body, separators=(",", ":")).encode()
    return f"{PREFIX}.{base64.b64encode(raw).decode('ascii')}"


def _body(token: str) -> dict[str, Any] | None:
    try:
        body = json.loads(base64.b64decode(token.removeprefix(PREFIX + "."), validate=True))
    except (ValueError, binascii.Error):
        return None
    return body if isinstance(body, dict) else None


def open_text(
    private: X25519PrivateKey, vault_id: str, column: str, row_id: int, token: str, who: str
) -> str | None:
    """A sealed text opened by ``who`` ("review" or "author") with ``private``; None when it
    does not open (another key, another row, altered)."""
    body = _body(token)
    if body is None or not isinstance(body.get(who), dict):
        return None
    try:
        plain = unseal(private, body[who], _aad(vault_id, column, row_id, who))
    except (InvalidTag, ValueError, KeyError, TypeError, binascii.Error):
        return None
    return plain.decode("utf-8")


def read(session: VaultSession, row: BreakGlassAccess, column: str) -> str:
    """A reason or note as the reviewer reads it: opened with her key, a row from before
    (``key_version`` NULL) as it is, and ``SEALED_TEXT`` when her keys do not open it."""
    value: str = getattr(row, column)
    if not is_sealed(value):
        return value if row.key_version is None else SEALED_TEXT
    body = _body(value)
    key = session.section_keys.get(SECTION.value, int(body["v"])) if body else None
    if key is None:
        return SEALED_TEXT
    opened = open_text(review_private(key), session.vault_id, column, row.id, value, "review")
    return SEALED_TEXT if opened is None else opened


def author_public(session: VaultSession, s: Session, username: str) -> bytes | None:
    """The author's slot public key (checked under the vault key), to seal her own copy."""
    from onestop.services.sectionkeys import colleague_publics  # imports this module

    return colleague_publics(session, s).get(user_slot_id(username))


def seal_row(
    session: VaultSession,
    s: Session,
    row: BreakGlassAccess,
    review: tuple[int, bytes],
    reason: str,
    note: str,
) -> None:
    """Seal a flushed row's reason (to the review key and its author) and note (to the
    review key) in place; the row's ``key_version`` names the review key's version."""
    vault_id = session.vault_id
    mine = author_public(session, s, row.username)
    row.reason = seal_text(vault_id, review, "reason", row.id, reason, mine)
    row.review_note = seal_text(vault_id, review, "review_note", row.id, note)
    row.key_version = review[0]


def older_rows() -> Select[Any]:
    """The rows written before reasons were sealed (migration 0047): a query, read by batch
    (services.sectionkeys.seal_older_text)."""
    return select(BreakGlassAccess).where(BreakGlassAccess.key_version.is_(None))
