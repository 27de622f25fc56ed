"""verify reads keyslots.json as it is on disk, tested as whoever can write the vault folder.

The attacker has write access to the vault folder and an editor (an IT contractor, or a member
of staff since disabled: the vault key was changed, so she cannot re-authenticate what she
edits). She puts her own public key in a colleague's slot (the next key change would seal the
new vault key to her), deletes the recovery key's slot (the centre's last resort would open
nothing), or puts a signing key of her own in a colleague's slot. Sign-in and rotation refuse
such a slot when they meet it; ``verify`` must say so before anyone needs it (issue 22,
"verify reports a swapped public key and a deleted recovery slot").
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from onestop.domain.roles import Role
from onestop.services.maintenance import Check, MaintenanceService
from onestop.services.users import UserService
from onestop.vault.keyslots import RECOVERY_SLOT, KeySlotFile, seal, user_slot_id
from tests.conftest import password_for, username_for

COUNSELLOR = username_for(Role.COUNSELLOR)


def raw(key: X25519PublicKey | Any) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def b64(data: bytes) -> str:
    import base64

    return base64.b64encode(data).decode("ascii")


def edit(vault, change) -> None:
    """What she does: read keyslots.json, change it, write it back (no OneStop code)."""
    path: Path = vault.path / "keyslots.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def slot_of(data: dict[str, Any], slot_id: str) -> dict[str, Any]:
    return next(s for s in data["slots"] if s["id"] == slot_id)


def key_slots(vault) -> Check:
    with vault.sign_in() as admin:
        report = MaintenanceService(admin).verify()
    (check,) = [c for c in report.checks if c.name == "key slots"]
    return check


def test_untouched_slots_and_a_password_reset_pass(vault) -> None:
    check = key_slots(vault)
    assert check.ok, check
    with vault.sign_in() as admin:
        UserService(admin).reset_password(COUNSELLOR)  # a new slot, a new registered key
    check = key_slots(vault)
    assert check.ok, check


def test_her_public_key_in_a_colleagues_slot_is_named(vault) -> None:
    mine = X25519PrivateKey.generate()
    edit(
        vault,
        lambda d: slot_of(d, user_slot_id(COUNSELLOR)).update(public=b64(raw(mine.public_key()))),
    )
    check = key_slots(vault)
    assert not check.ok
    assert f"the public key of {COUNSELLOR}'s slot is not the one the vault gave it" in (
        check.message
    )
    assert "Reset the password" in check.message


def test_a_deleted_recovery_slot_is_named(vault) -> None:
    def drop(data: dict[str, Any]) -> None:
        data["slots"] = [s for s in data["slots"] if s["id"] != RECOVERY_SLOT]

    edit(vault, drop)
    check = key_slots(vault)
    assert not check.ok
    assert "the recovery key's slot is missing" in check.message
    assert "Reset the password" not in check.message  # no account to reset


def test_her_signing_key_in_a_colleagues_slot_is_named(vault) -> None:
    """Sealed properly to the colleague's public key, so her sign-in takes it: until then
    (and whatever that sign-in does) verify names the slot."""
    slots = KeySlotFile.load(vault.path / "keyslots.json")
    slot_id = user_slot_id(COUNSELLOR)
    public = X25519PublicKey.from_public_bytes(slots.slots[slot_id].public)
    mine = Ed25519PrivateKey.generate()
    private = mine.private_bytes_raw()
    sealed = seal(public, private, slots.aad(slot_id, "signing"))

    def plant(data: dict[str, Any]) -> None:
        slot_of(data, slot_id)["signing"] = {
            "public": b64(raw(mine.public_key())),
            "sealed": sealed,
        }

    edit(vault, plant)
    assert (
        KeySlotFile.load(vault.path / "keyslots.json")
        .open_slot(slot_id, password_for(Role.COUNSELLOR))
        .signing
        is not None
    )  # the planted key opens: only the trail's registration tells
    check = key_slots(vault)
    assert not check.ok
    assert f"the signing key in {COUNSELLOR}'s slot is not the one registered for it" in (
        check.message
    )
