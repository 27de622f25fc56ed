"""Key slots bound to their owners, so that no colleague can swap a slot's key pair.

A slot's X25519 public key is what the vault key (at every rotation) and section keys are
sealed to. ``public_mac`` authenticates it under a subkey of the vault key; every holder of the
vault key can compute that MAC, so a colleague could put a key pair of her own into the recovery
slot (or another's), make its MAC again, and receive the next vault key when she is disabled
(the red team's F1), with ``verify`` passing (F2).

The *binding* is an Ed25519 signature over the slot's public key that she cannot make:

- by the slot's own signing key, which must be the key the vault last registered for that slot
  (its private half is sealed to the slot: only the slot's password or recovery key opens it).
  Every slot made, renewed or given a signing key is bound this way (vault.keyslots);
- for a slot made before slots were bound, by the key that signed the "Vault upgraded" entry of
  the sign-in (or restore) whose migration crossed ``BOUND_FROM``: that sign-in vouched for every
  slot whose MAC held then (trust on first use, at the upgrade). The first such entry counts; a
  holder's next sign-in replaces the vouch with her own key's binding.

A rotation refuses to seal a new vault key while a slot's binding does not hold, and ``verify``
names the slot. What remains: an insider who also forges a registration of a signing key in the
database gets past the rotation's check, but not ``verify``'s check of the trail (every key must
be registered by an admin or its holder in a genuine signed entry): docs/SECURITY.md.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from onestop.db.audit import StaffSigningKey
from onestop.db.base import utcnow
from onestop.db.settings import Setting
from onestop.domain.audit import AuditAction
from onestop.errors import VaultDamaged
from onestop.services import audit, grantsigs, standing
from onestop.vault.keyslots import KeySlotFile, Slot, key_id, user_slot_id

USER_SLOT_PREFIX = user_slot_id("")

BOUND_FROM = "0066"


@dataclass(frozen=True)
class Unbound:
    slot_id: str
    username: str | None


def newest_keys(conn: Connection) -> dict[str, str]:
    """The key id the vault last registered for each slot."""
    newest: dict[str, str] = {}
    for slot_id, listed in conn.execute(
        select(StaffSigningKey.slot_id, StaffSigningKey.key_id).order_by(StaffSigningKey.from_seq)
    ):
        newest[str(slot_id)] = str(listed)
    return newest


def voucher(
    conn: Connection, vault_id: str, keys: dict[str, audit.RegisteredKey]
) -> audit.RegisteredKey | None:
    """The registered key of the sign-in whose migration crossed BOUND_FROM: the first entry
    of such a migration in the trail, if its hash and signature hold (a later one never stands
    in for it); None for a vault created bound, or one whose first crossing was altered."""
    if created_bound(conn, vault_id, keys):
        return None  # a crossing entry in a vault created bound was written by someone else
    _, entry = grantsigs.first_crossing(conn, vault_id, keys, BOUND_FROM)
    return keys.get(entry.signer) if entry is not None else None


def created_bound(conn: Connection, vault_id: str, keys: dict[str, audit.RegisteredKey]) -> bool:
    """Whether the trail's first "Vault created" entry, genuine, says the vault was created at
    BOUND_FROM or later (its slots bound from the start: no upgrade ever vouches there).

    It fails closed (a third red team's finding): a first "Vault created" entry that does not
    hold counts as created bound, so that altering it cannot make an upgrade entry of one's
    own the voucher. Only an entry written before entries were signed (unsigned, its hash
    holding, without the "at" of later ones) or a trail without one says the vault may be
    older."""
    state, created = grantsigs.first_judged(conn, vault_id, keys, AuditAction.VAULT_CREATED)
    if state == "missing":
        return False
    if created is None or (state == "unsigned" and created.detail.startswith("at ")):
        return True  # altered (an entry with "at" was always signed): fails closed
    if not created.detail.startswith("at "):
        return False  # created before "at" was recorded (or before entries were signed)
    return created.detail.removeprefix("at ") >= BOUND_FROM


def may_vouch(conn: Connection, vault_id: str) -> bool:
    """Whether a sign-in migrating across BOUND_FROM may vouch for unbound slots: only the
    first, in a vault created before it. ``alembic_version`` set back by someone with the
    vault key would otherwise have the next sign-in vouch for a key pair she planted: refused
    when the trail already records a crossing (genuine or not), or when its first "Vault
    created" entry, genuine, says the vault was created at BOUND_FROM or later."""
    found, _ = grantsigs.first_crossing(conn, vault_id, {}, BOUND_FROM)
    return not found and not created_bound(conn, vault_id, audit.registered_keys(conn))


def unbound(slots: KeySlotFile, conn: Connection) -> list[Unbound]:
    """Every slot whose public key is not bound: no binding, or one that does not verify
    against the slot's registered signing key (whose registration entry holds) or the
    upgrade's voucher."""
    keys = audit.registered_keys(conn)
    newest = newest_keys(conn)
    vouched_by = voucher(conn, slots.vault_id, keys)
    pairs = vouched_pairs(conn, slots.vault_id, keys) if vouched_by else None
    stood = standing.read(conn, slots.vault_id)
    found = []
    for slot in slots.slots.values():
        why = _why_unbound(slots, slot, newest, vouched_by, pairs)
        if why is None and not _registration_holds(conn, slots.vault_id, keys, slot):
            why = "unregistered"
        if why is None and stood is not None and not _stands(stood, slot):
            why = "not established"
        if why is not None:
            found.append(Unbound(slot.slot_id, slot.username))
    return found


def _stands(stood: standing.Standing, slot: Slot) -> bool:
    """Whether the trail establishes ``slot``'s account (with the role ``staff`` gives it) and,
    for a slot bound by its own key, that key (services.standing): an account someone added to
    ``staff`` herself, with a first key that registers itself, keeps no slot (a third red
    team's finding)."""
    if slot.username is not None and slot.username not in stood.roles:
        return False
    own = slot.signing_public
    if own is None or slot.binding is None or slot.binding["by"] != key_id(own):
        return True  # vouched for at the upgrade
    return key_id(own) in stood.keys


def _registration_holds(
    conn: Connection, vault_id: str, keys: dict[str, audit.RegisteredKey], slot: Slot
) -> bool:
    """For a slot bound by its own key: the entry that registered that key is a genuine
    "Signing key registered" entry naming it, signed by another registered key, or by the key
    itself only as the first key of its holder's own slot. A row in ``staff_signing_keys``
    alone, or a key that registers itself for someone else's slot, does not count (the red
    team's). Who registered the registrar is verify's to judge (the whole trail)."""
    own = slot.signing_public
    if own is None or slot.binding is None or slot.binding["by"] != key_id(own):
        return True  # vouched for at the upgrade: checked against the voucher's entry
    key = keys.get(key_id(own))
    if key is None or key.slot_id != slot.slot_id:
        return False
    entry = grantsigs.entry_at(conn, vault_id, keys, key.from_seq)
    if (
        entry is None
        or entry.action != AuditAction.KEY_REGISTERED.value
        or key.key_id not in entry.detail
        # Registered for this very slot (the entry names its account; the recovery slot's
        # none): a key registered for her own account, its row relisted under another slot,
        # does not count there (a third red team's finding).
        or entry.record_ref != registered_ref(slot.slot_id)
    ):
        return False
    if entry.signer != key.key_id:
        return entry.signer in keys
    earlier = any(k.slot_id == slot.slot_id and k.from_seq < key.from_seq for k in keys.values())
    return not earlier and entry.actor == key.username


def registered_ref(slot_id: str) -> str:
    """The record reference a "Signing key registered" entry for ``slot_id`` carries: the
    account's ("staff:NAME") for a member of staff's slot, none for the recovery slot."""
    if slot_id.startswith(USER_SLOT_PREFIX):
        return f"staff:{slot_id.removeprefix(USER_SLOT_PREFIX)}"
    return ""


def _why_unbound(
    slots: KeySlotFile,
    slot: Slot,
    newest: dict[str, str],
    vouched_by: audit.RegisteredKey | None,
    pairs: frozenset[str] | None,
) -> str | None:
    if slot.binding is None:
        return "unbound"
    own = slot.signing_public
    if own is not None and slot.binding["by"] == key_id(own):
        if newest.get(slot.slot_id) != key_id(own):
            return "unregistered"
        if slots.binding_holds(slot, Ed25519PublicKey.from_public_bytes(own)):
            return None
        return "forged"
    if vouched_by is not None and slots.binding_holds(slot, vouched_by.public):
        if pairs is None or _pair(slot.slot_id, slot.public) in pairs:
            return None
        return "not vouched at the upgrade"
    return "forged"


def bind_own(slots: KeySlotFile, slot_id: str, signer: audit.SigningKey) -> bool:
    """At her sign-in (her slot opened with her secret, its public key checked to be its own
    private key's half): bind her slot with her own key unless it already is. True if the
    file changed (the caller saves it)."""
    slot = slots.slots[slot_id]
    if slots.binding_holds(slot, signer.private.public_key()):
        return False
    slots.bind_public(slot_id, signer.private)
    return True


def vouch_at_upgrade(
    slots: KeySlotFile,
    s: Session,
    mac_key: bytes,
    signer: audit.SigningKey | None,
    record: Callable[[str], object] | None = None,
) -> int:
    """The sign-in (or restore) whose migration crosses BOUND_FROM: bind every slot not yet
    bound whose public key the vault's MAC still vouches for, with this session's key (its
    "Vault upgraded" entry, signed by the same key, is what makes the vouch count). Returns
    how many were bound; the caller saves the file. ``record(detail)`` writes this session's
    signed entry committing to the pairs vouched for (``vouched_pairs``)."""
    if signer is None:
        return 0
    newest = newest_keys(s.connection())
    vouched = []
    for slot in list(slots.slots.values()):
        if _why_unbound(slots, slot, newest, None, None) is None:
            continue
        try:
            slots.check_public_key(mac_key, slot.slot_id, slot.public, slot.public_mac)
        except VaultDamaged:  # not vouched for: the rotation refuses it, verify names it
            continue
        slots.bind_public(slot.slot_id, signer.private)
        vouched.append(_pair(slot.slot_id, slot.public))
    if record is not None:
        # What was vouched for, committed in the crossing's own signed entries: the voucher's
        # key binds nothing else later (a third red team's finding).
        _commit(s, vouched, record)
    return len(vouched)


def commit_vouched(slots: KeySlotFile, s: Session, record: Callable[[str], object]) -> bool:
    """At every sign-in after a crossing whose trail holds no "Key slots vouched for" entry
    (one made before the crossing recorded it, one made by a restore, or one whose voucher
    removed it from a stretch at the end of the trail that was hers alone): this session's
    signed entry commits to the pairs the voucher's key binds now, and a binding it makes
    later counts for nothing (``vouched_pairs``). A pair planted before this sign-in is
    listed: what docs/SECURITY.md leaves open is the voucher's own stretch, before anyone
    else signs in. True if an entry was written."""
    conn = s.connection()
    keys = audit.registered_keys(conn)
    by = voucher(conn, slots.vault_id, keys)
    if by is None:
        return False
    state, _ = grantsigs.first_judged(conn, slots.vault_id, keys, AuditAction.SLOTS_VOUCHED)
    if state != "missing":
        return False
    pairs = [
        _pair(slot.slot_id, slot.public)
        for slot in slots.slots.values()
        if slot.binding is not None and slots.binding_holds(slot, by.public)
    ]
    _commit(s, pairs, record)
    return True


def carry_vouched(
    live: Connection, staged: Session, vault_id: str, record: Callable[[str], object]
) -> bool:
    """A restore: a restored trail whose crossing has no "Key slots vouched for" entry (a
    backup from before the crossing recorded one, or one written from the files by someone
    holding the vault key) gets the live vault's commitment, when both trails name the same
    voucher, in the restore's own signed entry. Otherwise the next sign-in would commit to
    every pair the voucher's key binds by then, a pair planted since the live commitment
    included. True if an entry was written."""
    conn = staged.connection()
    keys = audit.registered_keys(conn)
    by = voucher(conn, vault_id, keys)
    if by is None:
        return False
    state, _ = grantsigs.first_judged(conn, vault_id, keys, AuditAction.SLOTS_VOUCHED)
    if state != "missing":
        return False
    live_keys = audit.registered_keys(live)
    live_by = voucher(live, vault_id, live_keys)
    if live_by is None or live_by.key_id != by.key_id:
        return False
    pairs = vouched_pairs(live, vault_id, live_keys)
    if pairs is None:
        return False  # the live vault has none either: its next sign-in commits
    _commit(staged, sorted(pairs), record)
    return True


def _commit(s: Session, pairs: list[str], record: Callable[[str], object]) -> None:
    listed = json.dumps(sorted(pairs))
    s.merge(Setting(key=VOUCHED, value=listed, updated_at=utcnow(), updated_by=""))
    record(f"{VOUCHED_DETAIL} set={_digest(listed)}")


VOUCHED = "slots.vouched"  # the setting listing the pairs the crossing vouched for
VOUCHED_DETAIL = "slots vouched"  # the detail of its signed entry ("... set=<SHA-256>")
_VOUCHED = re.compile(VOUCHED_DETAIL + r" set=([0-9a-f]{64})$")


def _pair(slot_id: str, public: bytes) -> str:
    return f"{slot_id}|{public.hex()}"


def _digest(listed: str) -> str:
    return hashlib.sha256(listed.encode()).hexdigest()


def vouched_pairs(
    conn: Connection, vault_id: str, keys: dict[str, audit.RegisteredKey]
) -> frozenset[str] | None:
    """The (slot, public key) pairs the crossing vouched for, as the trail's first "Key slots
    vouched for" entry commits (the setting must match it): a binding by the voucher counts
    only for those. That entry is the crossing's own, signed by the voucher, or, where the
    crossing wrote none, the next sign-in's, signed by whoever signed in (``commit_vouched``).
    None until then (a crossing before this was recorded, or one made by a restore): any
    binding by the voucher counts. An empty set when that entry or the setting was altered:
    nothing counts."""
    state, first = grantsigs.first_judged(conn, vault_id, keys, AuditAction.SLOTS_VOUCHED)
    if state == "missing":
        return None
    if first is None or state != "genuine":
        return frozenset()  # altered: nothing counts
    found = _VOUCHED.match(first.detail)
    row = conn.execute(select(Setting.value).where(Setting.key == VOUCHED)).first()
    if first.signer not in keys or found is None or row is None:
        return frozenset()
    if _digest(str(row[0])) != found.group(1):
        return frozenset()
    try:
        return frozenset(str(p) for p in json.loads(str(row[0])))
    except (ValueError, TypeError):
        return frozenset()
