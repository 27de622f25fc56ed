"""Who each account is, as the signed trail says: her role and her signing keys.

Two tables say who a member of staff is: ``staff`` (her role) and ``staff_signing_keys`` (the
keys that sign for her). Neither is signed, and everyone with the vault key (every member of
staff) can write both. Judged by them, a legal advocate who set her own role to counsellor in
``staff`` signed counselling grants as a holder; a key of hers listed under the counsellor's
name signed grants "by the counsellor"; an account she added herself, its first key registered
by itself, kept a key slot past her disable (red teams, tests/unit/test_redteam_standing.py).

The trail is what she cannot rewrite without a colleague's private key, so an account's
standing is read from it, in one pass over its "Vault created", "Account created" and "Signing
key registered" entries in order:

- **The vault's creator** is the actor of the first "Vault created" entry; its key is the one
  that signed it (she registered it herself, in the entry just before). An admin.
- **An account** exists, with the role its "Account created" entry records (``role=``; roles
  never change after creation), when that entry is genuine and its actor was by then an
  established admin (or the recovery key). ``staff`` must agree: a row whose role differs from
  its creation's, or with no genuine creation, stands for nothing.
- **A key** signs for its account when the entry at its ``from_seq`` is a genuine "Signing key
  registered" entry naming it and its account (``staff:NAME``; none for the recovery slot),
  signed by an established admin's key, the recovery key, a key of the same slot registered
  before, or by the key itself only as the first key of the vault's creator or of an account
  created before entries were signed (a slot made then got its key at its holder's first
  sign-in after 0046). An account created since gets its first key from the admin who creates
  it, so a key that registers itself there counts for nothing.
- "Genuine": the entry's hash holds and its signature verifies against a key already judged
  to sign for its actor; or, before the trail's first signed entry, it is unsigned, its hash
  holds and the chain links from it to that first signed entry (whose signature covers the
  link): rewriting an older entry into an account's creation breaks that link.

Read once per unit of work that judges grants or slots: about two entries per account, each
one hash and one signature check. On a centre server a staff login reads no audit entry: there
the tables are judged as they stand, and the database's GRANTs are what keeps a login to its
role (docs/SERVER.md); ``read`` returns None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from onestop.domain.audit import AuditAction, AuditFields, entry_hash
from onestop.domain.roles import Role
from onestop.services import audit
from onestop.vault.keyslots import RECOVERY_SLOT, user_slot_id

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from onestop.services.audit import RegisteredKey

TRAIL_COLUMNS = (
    "seq, at, actor, role, action, section, record_ref, outcome, detail, prev_hash, hash, "
    "signer, signature"
)
_KEY = re.compile(r"\bkey=([0-9a-f]{32})\b")
_ROLE = re.compile(r"\brole=([a-z_]+)\b")
_ACTIONS = (
    AuditAction.VAULT_CREATED.value,
    AuditAction.USER_CREATED.value,
    AuditAction.KEY_REGISTERED.value,
)
RECOVERY_ACTOR = "(recovery key)"  # services.session.RECOVERY_ACTOR (which imports this)
USER_SLOT_PREFIX = user_slot_id("")


@dataclass(frozen=True)
class Standing:
    """The accounts the trail established, each with its role (only where ``staff`` agrees),
    and the signing keys whose registration holds."""

    roles: dict[str, Role]
    keys: dict[str, RegisteredKey]
    creator: str | None
    created: dict[str, Role]  # every account the trail created, with the role it recorded
    staff: dict[str, str]  # what ``staff`` says: user name -> role


def fields_of(r: Any) -> AuditFields:
    """The hashed fields of the entry in row ``r`` (``TRAIL_COLUMNS``)."""
    return AuditFields(
        seq=int(r[0]),
        at=str(r[1]),
        actor=str(r[2]),
        role=str(r[3]),
        action=str(r[4]),
        section=str(r[5]),
        record_ref=str(r[6]),
        outcome=str(r[7]),
        detail=str(r[8]),
        signer=str(r[11] or ""),
    )


def holding(r: Any, vault_id: str, keys: dict[str, RegisteredKey]) -> AuditFields | None:
    """The entry in row ``r`` (``TRAIL_COLUMNS``) if its hash holds and its signature verifies
    against a key of ``keys`` listed for the very account that acted; None if not."""
    fields = fields_of(r)
    if entry_hash(str(r[9]), fields) != str(r[10]):
        return None
    key = keys.get(fields.signer)
    if key is None or key.username != fields.actor:
        return None
    if not audit.signature_valid(key, vault_id, str(r[10]), str(r[12] or "")):
        return None
    return fields


def ref_of(slot_id: str) -> str:
    """The record reference a registration for ``slot_id`` carries."""
    if slot_id.startswith(USER_SLOT_PREFIX):
        return f"staff:{slot_id.removeprefix(USER_SLOT_PREFIX)}"
    return ""


def read(conn: Connection, vault_id: str) -> Standing | None:
    """The standing of every account (see the module's docstring); None on a centre server."""
    if conn.dialect.name == "postgresql":
        return None
    listed = audit.registered_keys(conn)
    first_signed = conn.execute(
        # In the order of seq, stopping at the first (min() with a WHERE would read them all)
        text(
            "SELECT seq FROM audit_log WHERE signature IS NOT NULL AND signature != '' "
            "ORDER BY seq LIMIT 1"
        )
    ).scalar()
    older_ok = _older_links(conn, first_signed)
    rows = conn.execute(
        text(f"SELECT {TRAIL_COLUMNS} FROM audit_log WHERE action IN (:a, :b, :c) ORDER BY seq"),
        dict(zip("abc", _ACTIONS, strict=True)),
    ).all()
    creator, creator_key = _creator(rows, vault_id, listed, first_signed, older_ok)
    roles: dict[str, Role] = {}
    older: set[str] = set()  # accounts created before entries were signed
    good: dict[str, RegisteredKey] = {}
    by_slot: dict[str, str] = {}  # slot_id -> a key of it judged good already
    first_keys = {creator: creator_key} if creator is not None and creator_key else {}
    for r in rows:
        fields = fields_of(r)
        unsigned = not r[11] and not r[12]
        if unsigned and not (
            older_ok
            and (first_signed is None or fields.seq < int(first_signed))
            and entry_hash(str(r[9]), fields) == str(r[10])
        ):
            continue
        if fields.action == AuditAction.KEY_REGISTERED.value:
            _judge_key(
                r, fields, unsigned, vault_id, listed, good, by_slot, roles, older, first_keys
            )
        elif fields.action == AuditAction.USER_CREATED.value and (
            unsigned or holding(r, vault_id, good) is not None
        ):
            _judge_creation(fields, unsigned, roles, older, creator)
    staff = {
        str(u): str(role)
        for u, role in conn.execute(text("SELECT username, role FROM staff")).all()
    }
    agreed = {name: role for name, role in roles.items() if staff.get(name) == role.value}
    return Standing(agreed, good, creator, roles, staff)


def roles(conn: Connection, vault_id: str) -> dict[str, Role]:
    """Each account's role, as the trail establishes it (``read``); on a centre server, as
    ``staff`` says (its logins' GRANTs hold them to it there)."""
    stood = read(conn, vault_id)
    if stood is not None:
        return stood.roles
    found = {}
    for name, role in conn.execute(text("SELECT username, role FROM staff")).all():
        try:
            found[str(name)] = Role(role)
        except ValueError:
            continue  # an unknown role reads nothing
    return found


def disagreements(conn: Connection, vault_id: str) -> list[str]:
    """For verify: each account in ``staff`` the trail does not establish as it stands there
    (added by someone with the vault key, or its role changed), by name."""
    stood = read(conn, vault_id)
    if stood is None:
        return []
    found = [
        f"{name} (created by an admin, missing from the records)"
        for name in sorted(set(stood.created) - set(stood.staff))
    ]
    for name, role in sorted(stood.staff.items()):
        if name in stood.roles:
            continue
        made = stood.created.get(name)
        if made is None:
            found.append(f'{name} (no genuine "Account created" entry by an admin)')
        else:
            found.append(f"{name} (role {role}; created as {made.value})")
    return found


def _judge_creation(
    fields: AuditFields,
    unsigned: bool,
    roles: dict[str, Role],
    older: set[str],
    creator: str | None,
) -> None:
    """Add the account a genuine "Account created" entry creates to ``roles``: the creator's
    own (the first, by herself), or one made by an established admin or the recovery key,
    with the role it records."""
    name = fields.record_ref.removeprefix("staff:")
    if not fields.record_ref.startswith("staff:") or name in roles:
        return
    if name == fields.actor == creator and not roles:
        roles[name] = Role.ADMIN
    elif roles.get(fields.actor) is Role.ADMIN or fields.actor == RECOVERY_ACTOR:
        found = _ROLE.search(fields.detail)
        if found is None:
            return  # every creation by another names the role
        try:
            roles[name] = Role(found.group(1))
        except ValueError:
            return
    else:
        return
    if unsigned:
        older.add(name)


def _creator(
    rows: Sequence[Any],
    vault_id: str,
    listed: dict[str, RegisteredKey],
    first_signed: Any,
    older_ok: bool,
) -> tuple[str | None, str | None]:
    """The vault's creator and the key that signed her "Vault created" entry (None for an
    unsigned one, made before signing): only the first such entry counts."""
    for r in rows:
        if str(r[4]) != AuditAction.VAULT_CREATED.value:
            continue
        fields = fields_of(r)
        if not r[11] and not r[12]:
            before = first_signed is None or fields.seq < int(first_signed)
            if older_ok and before and entry_hash(str(r[9]), fields) == str(r[10]):
                return fields.actor, None
            return None, None
        if holding(r, vault_id, listed) is None:
            return None, None
        return fields.actor, fields.signer
    return None, None


def _judge_key(
    r: Any,
    fields: AuditFields,
    unsigned: bool,
    vault_id: str,
    listed: dict[str, RegisteredKey],
    good: dict[str, RegisteredKey],
    by_slot: dict[str, str],
    roles: dict[str, Role],
    older: set[str],
    first_keys: dict[str, str],
) -> None:
    """Add the key this "Signing key registered" entry registers to ``good`` if it holds."""
    if unsigned:
        return  # keys were registered only once entries were signed
    named = _KEY.search(fields.detail)
    key = listed.get(named.group(1)) if named else None
    if key is None or key.from_seq != fields.seq or fields.record_ref != ref_of(key.slot_id):
        return
    if fields.signer == key.key_id:
        # A first key registered by its holder: the vault's creator's, or the first key of a
        # slot made before signing, at its holder's first sign-in since.
        if (
            key.slot_id in by_slot
            or fields.actor != key.username
            or key.slot_id != f"{USER_SLOT_PREFIX}{key.username}"
            or not (
                # the creator's: the key that signed "Vault created"
                (key.username in first_keys and first_keys[key.username] == key.key_id)
                # or, in a vault created before signing, any account made then
                or key.username in older
            )
            or holding(r, vault_id, {key.key_id: key}) is None
        ):
            return
    else:
        if holding(r, vault_id, good) is None:
            return
        registrar = good[fields.signer]
        if not (
            registrar.slot_id == RECOVERY_SLOT
            or roles.get(registrar.username) is Role.ADMIN
            or registrar.slot_id == key.slot_id
        ):
            return
    good[key.key_id] = key
    by_slot.setdefault(key.slot_id, key.key_id)


def _older_links(conn: Connection, first_signed: Any) -> bool:
    """Whether the entries before the first signed one hold and link up to it (its signature
    covers its ``prev_hash``). True when there are none."""
    if first_signed is None:
        return True  # nothing is signed: nothing is judged genuine as a signed entry either
    rows = conn.execute(
        text(f"SELECT {TRAIL_COLUMNS} FROM audit_log WHERE seq <= :to ORDER BY seq"),
        {"to": int(first_signed)},
    ).all()
    previous: str | None = None
    for r in rows:
        if previous is not None and str(r[9]) != previous:
            return False
        # The first signed entry's hash too: its signature covers the hash, not the
        # prev_hash column, so a chain rewritten up to it with that column pointed at the
        # forgery would otherwise link.
        if entry_hash(str(r[9]), fields_of(r)) != str(r[10]):
            return False
        if int(r[0]) == int(first_signed):
            return True
        previous = str(r[10])
    return True
