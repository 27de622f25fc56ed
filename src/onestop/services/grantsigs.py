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
holder, nor as a confirmed colleague, and ``verify`` names it.

**Only a holder signs a grant** (``may_sign``): the signer's role holds the section's key (it
reads the section in domain/roles.py; for the audit section's key, it reviews break-glass).
The admin and the recovery key never know a section key, so they sign none: a revocation
(services.sectionkeys.revoke_holder) only drops the account's grants and records, in a signed
entry, which sections are due a new version; the first holder whose session opens keys
afterwards makes it (services.sectionkeys.renew_due). A role that may only break glass into a
section never holds its key, so it signs no grant of it either. The role is the signer's
**current** role in ``staff`` (the vault keeps no history of an account's role); a grant signed
by an account the vault no longer lists is refused.

Before migration 0053 a revocation made the new version in the admin's (or the recovery key's)
session and signed its grants. Such a grant still opens, **for reading only** (``KeyRing``
never offers it to seal new text; a holder's next session makes a new version), when a signed
entry of that very revocation ("section key created", "vN revoke holders=K", by the account
that signed the grant) comes before the entry of the sign-in whose migration reached 0053
(``crossing``): anything later, or without such an entry, is refused and named by ``verify``.
On a centre server the staff's logins cannot read the trail, so there an admin-signed grant
opens for reading without that check (the admin's login writes no survivor table there, so
nothing she could seal under it reaches a reader).

Grants made before signatures (migration 0046) are unsigned. The sign-in (or the restore of a
vault that cannot be opened) whose migration reaches 0053 **commits** to them: one signed entry
per section, "older grants committed rows=N set=<SHA-256 of the sorted digests of its rows>",
written right after that migration's entry, and the rows' digests kept in the setting
``VOUCH_PENDING``. A holder of the section (that signer first) signs, at her sign-in, exactly
the unsigned rows whose digest is listed there, and only while the list matches the signed
commitment (``vouch_pending``): the setting alone vouches for nothing, and a row planted after
the commitment is never signed (``verify`` names it as unsigned). What that cannot catch
(trust on first use): a grant planted before that sign-in, like any change made to the
database before it; and, in a vault that reached 0046 under the earlier code, the sections
that earlier code still listed as waiting are committed as they are at the 0053 sign-in.

What a signature does not prevent (docs/SECURITY.md): a holder of a section may sign a grant of
it she planted herself. It is then attributable, named in ``verify``'s list of who granted
what, never anonymous.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature
from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from onestop.db.base import utcnow
from onestop.db.sectionkeys import SectionKeyGrant
from onestop.db.settings import Setting
from onestop.db.staff import StaffAccount
from onestop.domain.audit import AuditAction, AuditFields, entry_hash
from onestop.domain.roles import Action, Capability, Role, Section, may, permits
from onestop.services import audit, standing
from onestop.vault.keyslots import RECOVERY_SLOT

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from onestop.services.audit import RegisteredKey, SigningKey
    from onestop.services.session import VaultSession

# The migration that added the signatures.
SIGNED_FROM = "0046"
# The migration from which only holders sign grants: the sign-in (or restore) that reaches it
# commits to the unsigned grants, and admin-signed grants from before it open for reading only.
HOLDERS_ONLY_FROM = "0053"


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
    may stand as a holder's: only a holder of the section's key signs one (never the admin,
    never the recovery key, who hold none)."""
    if key.slot_id == RECOVERY_SLOT or role is None:
        return False
    return holds_key(role, section)


def by_admin(role: Role | None, key: RegisteredKey) -> bool:
    """Whether ``key`` is the admin's or the recovery key's: before migration 0053 their
    revocations made new versions, whose grants may still open for reading (``GrantCheck``)."""
    return key.slot_id == RECOVERY_SLOT or role is Role.ADMIN


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


def _signature_problem(
    row: SectionKeyGrant, keys: dict[str, RegisteredKey], vault_id: str
) -> str | None:
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


class GrantCheck:
    """Judges grants against the signing keys and roles the trail establishes
    (services.standing: on a centre server, the tables as they stand) and (only when a grant
    signed by the admin or the recovery key is met) the signed revocation entries made before
    migration 0053."""

    def __init__(
        self,
        conn: Connection,
        vault_id: str,
        keys: dict[str, RegisteredKey] | None = None,
        roles: Roles | None = None,
    ) -> None:
        self._conn = conn
        self.vault_id = vault_id
        found = standing.read(conn, vault_id) if keys is None or roles is None else None
        if found is not None:
            keys = found.keys if keys is None else keys
            roles = found.roles if roles is None else roles
        self.keys = audit.registered_keys(conn) if keys is None else keys
        self.roles = staff_roles(conn) if roles is None else roles
        self._legacy: frozenset[tuple[str, int, str]] | None = None
        self._legacy_read = False

    def legacy(self) -> frozenset[tuple[str, int, str]] | None:
        """(section, version, signer) of each signed revocation entry before the crossing;
        None where the trail cannot be read (a centre server's staff login)."""
        if not self._legacy_read:
            self._legacy = legacy_versions(self._conn, self.vault_id, self.keys)
            self._legacy_read = True
        return self._legacy

    def problem(self, row: SectionKeyGrant) -> str | None:
        """Why ``row`` is refused, or None when its signature verifies against a registered
        key of the account that granted it, and that account holds the section's key (or it is
        a pre-0053 revocation's grant by the admin or the recovery key, with its entry)."""
        why = _signature_problem(row, self.keys, self.vault_id)
        if why is not None:
            return why
        key = self.keys[row.signer]
        role = self.roles.get(row.granted_by)
        if may_sign(role, row.section, key):
            return None
        if by_admin(role, key):
            made = self.legacy()
            if made is None or (row.section, row.version, row.granted_by) in made:
                return None  # opens for reading only (``by_holder`` is False)
            return (
                f"signed by {row.granted_by} ({role.value if role else 'recovery key'}), who "
                "holds no section key, with no signed revocation entry from before migration "
                f"{HOLDERS_ONLY_FROM} that made it"
            )
        held = role.value if role is not None else "no role"
        return f"signed by {row.granted_by} ({held}), whose role holds no {row.section} key"

    def by_holder(self, row: SectionKeyGrant) -> bool:
        """Whether ``row`` stands as a holder's grant: one a session may seal new text under."""
        if _signature_problem(row, self.keys, self.vault_id) is not None:
            return False
        return may_sign(self.roles.get(row.granted_by), row.section, self.keys[row.signer])

    def __call__(self, row: SectionKeyGrant) -> str | None:
        return self.problem(row)


def problem(
    row: SectionKeyGrant, keys: dict[str, RegisteredKey], vault_id: str, roles: Roles
) -> str | None:
    """Why ``row`` is refused (see ``GrantCheck.problem``), without the pre-0053 revocation
    entries: a grant signed by the admin or the recovery key is refused here."""
    why = _signature_problem(row, keys, vault_id)
    if why is not None:
        return why
    role = roles.get(row.granted_by)
    if not may_sign(role, row.section, keys[row.signer]):
        held = role.value if role is not None else "no role"
        return f"signed by {row.granted_by} ({held}), whose role holds no {row.section} key"
    return None


def registered(s: Session) -> dict[str, RegisteredKey]:
    """The registered signing keys, those added in this transaction included."""
    s.flush()  # registered_keys reads with plain SQL, which does not flush the ORM's rows
    return audit.registered_keys(s.connection())


def checker(s: Session, vault_id: str) -> GrantCheck:
    """``GrantCheck`` for many rows: the keys and roles read once (those added in this
    transaction included)."""
    s.flush()  # standing reads with plain SQL, which does not flush the ORM's rows
    return GrantCheck(s.connection(), vault_id)


def valid(
    session: VaultSession, s: Session, rows: Iterable[SectionKeyGrant]
) -> list[SectionKeyGrant]:
    """The rows whose signature verifies and whose signer may sign them (the others are
    refused: verify names them)."""
    check = checker(s, session.vault_id)
    return [row for row in rows if check(row) is None]


def refused(conn: Connection, vault_id: str) -> list[str]:
    """For verify: each grant refused, named by section, version and slot, with the reason."""
    check = GrantCheck(conn, vault_id)
    with Session(bind=conn) as s:
        rows = s.scalars(
            select(SectionKeyGrant).order_by(
                SectionKeyGrant.section, SectionKeyGrant.version, SectionKeyGrant.slot_id
            )
        ).all()
        found = []
        for row in rows:
            why = check(row)
            if why is not None:
                found.append(
                    f"{row.section} v{row.version} to {row.slot_id} "
                    f"(granted by {row.granted_by}): {why}"
                )
        return found


# ----- the signed trail's word: the crossing, older revocations, commitments ------------------

_TRAIL_COLUMNS = standing.TRAIL_COLUMNS
_REVOKED = re.compile(r"v(\d+) revoke holders=\d+")
# A first key the demo or bench seeder made in the admin's session (sectionkeys.lend_first_keys,
# before 0053 signed by her).
_SEEDED = re.compile(r"v(\d+) demo")
# A creation entry's detail starts with the version it made: "vN", "vN demo", "vN revoke …".
_CREATED = re.compile(r"v(\d+)\b")
COMMITTED = "older grants committed"  # an entry's detail: "<COMMITTED> rows=N set=<hex>"
_COMMITMENT = re.compile(COMMITTED + r" rows=\d+ set=([0-9a-f]{64})")
_MAX_BLOCK = 64  # more entries than there are sections


def trail_readable(conn: Connection) -> bool:
    """A local vault's trail is read with the vault key; a centre server's staff logins may
    only append to it."""
    return conn.dialect.name != "postgresql"


def signed_entries(
    conn: Connection,
    vault_id: str,
    keys: dict[str, RegisteredKey],
    where: str,
    params: dict[str, object],
) -> list[AuditFields]:
    """The entries matching ``where`` whose hash holds and whose signature verifies against a
    registered key of the very account that acted (the others are ignored: verify names
    them)."""
    rows = conn.execute(
        text(f"SELECT {_TRAIL_COLUMNS} FROM audit_log WHERE {where} ORDER BY seq"),
        params,
    )
    return [fields for r in rows if (fields := _holding(r, vault_id, keys)) is not None]


# One reading of an entry for every judge of the trail (services.standing).
_fields = standing.fields_of
_holding = standing.holding


def crossing(conn: Connection, vault_id: str, keys: dict[str, RegisteredKey]) -> AuditFields | None:
    """The signed entry of the sign-in (or restore) whose migration reached 0053, if any (a
    vault created at 0053 or later has none: no grant from before exists there)."""
    for entry in signed_entries(
        conn, vault_id, keys, "action = :action", {"action": AuditAction.VAULT_MIGRATED.value}
    ):
        before, _, after = entry.detail.partition(" -> ")
        if after >= HOLDERS_ONLY_FROM and (before == "None" or before < HOLDERS_ONLY_FROM):
            return entry
    return None


def first_crossing(
    conn: Connection, vault_id: str, keys: dict[str, RegisteredKey], revision: str
) -> tuple[bool, AuditFields | None]:
    """Whether the trail holds an entry of a migration crossing ``revision`` at all (genuine or
    not), and the first such entry if it holds (its hash and signature), else None: a later
    entry never stands in for an altered or unsigned first one."""
    rows = conn.execute(
        text(f"SELECT {_TRAIL_COLUMNS} FROM audit_log WHERE action = :action ORDER BY seq"),
        {"action": AuditAction.VAULT_MIGRATED.value},
    )
    for r in rows:
        before, _, after = str(r[8]).partition(" -> ")
        if after >= revision and (before == "None" or before < revision):
            return True, _holding(r, vault_id, keys)
    return False, None


def entry_at(
    conn: Connection, vault_id: str, keys: dict[str, RegisteredKey], seq: int
) -> AuditFields | None:
    """The trail's entry ``seq`` if its hash and signature hold, else None."""
    row = conn.execute(
        text(f"SELECT {_TRAIL_COLUMNS} FROM audit_log WHERE seq = :seq"), {"seq": seq}
    ).first()
    return _holding(row, vault_id, keys) if row is not None else None


def first_judged(
    conn: Connection, vault_id: str, keys: dict[str, RegisteredKey], action: AuditAction
) -> tuple[str, AuditFields | None]:
    """The trail's first entry of ``action``, judged: ("genuine", it) if its hash and
    signature hold; ("unsigned", it) if it is unsigned and its hash holds (written before
    entries were signed); ("altered", None) otherwise; ("missing", None) if there is none."""
    r = conn.execute(
        text(f"SELECT {_TRAIL_COLUMNS} FROM audit_log WHERE action = :action ORDER BY seq LIMIT 1"),
        {"action": action.value},
    ).first()
    if r is None:
        return "missing", None
    if (fields := _holding(r, vault_id, keys)) is not None:
        return "genuine", fields
    fields = _fields(r)
    if not r[11] and not r[12] and entry_hash(str(r[9]), fields) == str(r[10]):
        return "unsigned", fields
    return "altered", None


def first_of(
    conn: Connection, vault_id: str, keys: dict[str, RegisteredKey], action: AuditAction
) -> AuditFields | None:
    """The trail's first entry of ``action`` if its hash and signature hold, else None."""
    row = conn.execute(
        text(f"SELECT {_TRAIL_COLUMNS} FROM audit_log WHERE action = :action ORDER BY seq LIMIT 1"),
        {"action": action.value},
    ).first()
    return _holding(row, vault_id, keys) if row is not None else None


def legacy_versions(
    conn: Connection, vault_id: str, keys: dict[str, RegisteredKey]
) -> frozenset[tuple[str, int, str]] | None:
    """(section, version, signer) of every revocation's new version (and demo seeder's first
    key) made, before the crossing, in the admin's or the recovery key's session, by its signed
    entry, and of every version that existed when an admin vouched for the older grants at
    0046; None where the trail cannot be read."""
    if not trail_readable(conn):
        return None
    cross = crossing(conn, vault_id, keys)
    if cross is None:
        return frozenset()
    found = set()
    created: list[tuple[int, str, int]] = []  # (seq, section, version) of each signed creation
    for entry in signed_entries(
        conn,
        vault_id,
        keys,
        "action = :action AND seq < :until",
        {"action": AuditAction.SECTION_KEY_CREATED.value, "until": cross.seq},
    ):
        match = _REVOKED.fullmatch(entry.detail) or _SEEDED.fullmatch(entry.detail)
        if match:
            found.add((entry.section, int(match.group(1)), entry.actor))
        made = _CREATED.match(entry.detail)
        if made:
            created.append((entry.seq, entry.section, int(made.group(1))))
    # The admin who signed in first after migration 0046 vouched, by one signed entry, for
    # every grant the vault then held: those grants open for reading only too, or a vault
    # upgraded then would open nothing to anyone now; the next holder's session makes each
    # such section a new version of her own. Only the versions that existed at her entry (a
    # signed creation entry before it; a first key, v1, always): a grant she signs later as a
    # newer version, a key she chose, is refused (its signature carries no time).
    for entry in signed_entries(
        conn,
        vault_id,
        keys,
        "action = :action AND seq < :until",
        {"action": AuditAction.SECTION_KEY_GRANTED.value, "until": cross.seq},
    ):
        if entry.detail.startswith("older grants signed="):
            top = {section.value: 1 for section in Section}
            for seq, section, version in created:
                if seq < entry.seq:
                    top[section] = max(top.get(section, 1), version)
            for section, newest in top.items():
                found.update((section, v, entry.actor) for v in range(1, newest + 1))
    return frozenset(found)


def commitments(conn: Connection, vault_id: str, keys: dict[str, RegisteredKey]) -> dict[str, str]:
    """The set digest of the unsigned grants of each section, as committed by the signed
    entries written right after the crossing, by the same person (nothing else commits)."""
    cross = crossing(conn, vault_id, keys)
    if cross is None:
        return {}
    found: dict[str, str] = {}
    expected = cross.seq + 1
    for entry in signed_entries(
        conn,
        vault_id,
        keys,
        "seq > :after AND seq <= :until",
        {"after": cross.seq, "until": cross.seq + _MAX_BLOCK},
    ):
        match = _COMMITMENT.fullmatch(entry.detail)
        if entry.seq != expected or entry.actor != cross.actor or match is None:
            break
        found[entry.section] = match.group(1)
        expected += 1
    return found


def row_digest(vault_id: str, row: SectionKeyGrant) -> str:
    """What a commitment lists of one unsigned grant: the digest of every field it grants."""
    return hashlib.sha256(_message(vault_id, row)).hexdigest()


def set_digest(digests: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(sorted(digests)).encode("ascii")).hexdigest()


# The setting that lists, by section, the digests of the unsigned grants committed at the
# crossing (JSON: {section: [digest, ...]}); it vouches for nothing unless the list matches
# the signed commitment.
VOUCH_PENDING = "grants.vouch_pending"

Record = Callable[[str, str], object]
"""Writes one signed entry (section, detail) in the caller's transaction."""


def commit_older(s: Session, vault_id: str, before: str | None, record: Record) -> int:
    """At the sign-in (or restore) whose migration reaches 0053, right after its entry:
    commit, in one signed entry per section, to the unsigned grants the vault holds now (from
    a vault that reached 0046 under earlier code: those of the sections it listed as waiting),
    and keep their digests in ``VOUCH_PENDING``. Returns how many rows were committed."""
    unsigned = _unsigned(s)
    if before is not None and before != "None" and before >= SIGNED_FROM:
        waiting = set(_waiting_sections_before_0053(s))
        unsigned = [row for row in unsigned if row.section in waiting]
    listed: dict[str, list[str]] = {}
    for row in unsigned:
        listed.setdefault(row.section, []).append(row_digest(vault_id, row))
    for section in sorted(listed):
        digests = sorted(listed[section])
        listed[section] = digests
        record(section, f"{COMMITTED} rows={len(digests)} set={set_digest(digests)}")
    _set_pending(s, listed)
    return len(unsigned)


def vouch_pending(session: VaultSession, s: Session) -> int:
    """At each sign-in: sign, as this holder, the unsigned grants of the sections she may
    sign whose digest the signed commitment lists (``commit_older``), with one audited entry.
    A row planted since, or a list that does not match the signed commitment, is not signed.
    Returns how many were signed."""
    pending = _pending(s)
    if not pending or session.signer is None:
        return 0
    keys = registered(s)
    key = keys.get(session.signer.key_id)
    if key is None:
        return 0
    role = session.actor.role
    mine = {section for section in pending if may_sign(role, section, key)}
    rows = [row for row in _unsigned(s) if row.section in mine] if mine else []
    if not rows:
        return 0
    committed = commitments(s.connection(), session.vault_id, keys)
    signed = 0
    for row in rows:
        listed = pending.get(row.section, [])
        if committed.get(row.section) != set_digest(listed):
            continue  # the setting says more (or other) than was signed: it vouches nothing
        if row_digest(session.vault_id, row) not in listed:
            continue  # planted after the commitment
        sign_as(row, session.vault_id, session.actor.username, session.signer)
        signed += 1
    if signed:
        session.audit(s, AuditAction.SECTION_KEY_GRANTED, detail=f"older grants signed={signed}")
    return signed


def _unsigned(s: Session) -> list[SectionKeyGrant]:
    return list(
        s.scalars(
            select(SectionKeyGrant).where(
                or_(SectionKeyGrant.signature == "", SectionKeyGrant.signer == "")
            )
        )
    )


def _setting(s: Session) -> object:
    row = s.get(Setting, VOUCH_PENDING)
    if row is None or not row.value:
        return None
    try:
        return json.loads(row.value)
    except ValueError:
        return None


def _pending(s: Session) -> dict[str, list[str]]:
    found = _setting(s)
    if not isinstance(found, dict):
        return {}  # the earlier code's list of sections vouches for nothing now
    return {
        str(section): [str(d) for d in digests]
        for section, digests in found.items()
        if isinstance(digests, list)
    }


def _waiting_sections_before_0053(s: Session) -> list[str]:
    """The sections the earlier code listed as waiting (a JSON list), at the 0053 sign-in."""
    found = _setting(s)
    return [str(section) for section in found] if isinstance(found, list) else []


def _set_pending(s: Session, listed: dict[str, list[str]]) -> None:
    row = s.get(Setting, VOUCH_PENDING)
    if not listed:
        if row is not None:
            s.delete(row)
        return
    value = json.dumps(listed, sort_keys=True)
    if row is None:
        s.add(Setting(key=VOUCH_PENDING, value=value, updated_at=utcnow(), updated_by=""))
    else:
        row.value = value
