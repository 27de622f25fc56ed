"""Red team (session 11, red22): a key pair swapped into the recovery slot or a colleague's slot.

The legal advocate holds the vault key, and ``public_mac`` is keyed by a subkey of the vault key,
so she can put a key pair of her own into the recovery slot (or a colleague's) with a valid MAC,
leaving the slot's signing part as it was. When the admin disables her, the rotation seals the new
vault key to that slot's public key: her pair. With only the files, her own chosen secret and the
project's crypto primitives she opens today's ``vault.db``; ``verify`` says every slot is "as the
vault registered it". docs/SECURITY.md promises a disabled account's password with an older
``keyslots.json`` opens "not today's vault.db".
"""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from onestop.domain.roles import Role
from onestop.services.maintenance import MaintenanceService
from onestop.services.users import UserService
from onestop.vault.keyslots import (
    RECOVERY_SLOT,
    VAULT_KEY,
    KeySlotFile,
    unseal,
    unwrap,
    user_slot_id,
)
from onestop.vault.subkeys import Purpose, subkey
from tests.conftest import password_for, username_for
from tests.helpers import raw_connection

ADVOCATE = username_for(Role.LEGAL_ADVOCATE)
MINE = "a secret of her own 98765"


@pytest.mark.parametrize("target", [RECOVERY_SLOT, user_slot_id(username_for(Role.CLINICIAN))])
def test_a_key_pair_swapped_into_another_slot_gets_the_vault_key_after_her_disable(
    vault, target
) -> None:
    path = vault.path / "keyslots.json"
    # She opens her own slot with her password: the vault key, and the slots' MAC key with it.
    slots = KeySlotFile.load(path)
    mine = slots.open_slot(user_slot_id(ADVOCATE), password_for(Role.LEGAL_ADVOCATE))
    assert mine is not None
    old_key = mine.keys[VAULT_KEY]
    signing_before = next(s for s in json.loads(path.read_text())["slots"] if s["id"] == target)[
        "signing"
    ]
    # A key pair she chose, wrapped under a secret she chose, its public key MACed like the vault's.
    slots.put_slot(target, MINE, {VAULT_KEY: old_key}, subkey(old_key, Purpose.SLOT_PUBLIC))
    slots.save()
    data = json.loads(path.read_text())
    for slot in data["slots"]:
        if slot["id"] == target:
            slot["signing"] = signing_before  # the registered signing key, untouched
    path.write_text(json.dumps(data))

    with vault.sign_in() as admin:
        UserService(admin).disable(ADVOCATE)

    # After the disable: the files, her secret, the primitives.
    after = KeySlotFile.load(path)
    slot = after.slots.get(target)
    if slot is None:
        # Left out of the new key (its public key is not bound to it): named in the rotation's
        # entry and by verify; the slot she planted received nothing.
        with vault.sign_in() as admin:
            report = MaintenanceService(admin).verify()
        assert [c.name for c in report.checks if not c.ok], "verify passes a slot left out"
        return
    private = X25519PrivateKey.from_private_bytes(
        unwrap(slot.kdf.derive(MINE), slot.private, after.aad(target, "private"))
    )
    try:
        new_key = unseal(private, slot.sealed[VAULT_KEY], after.aad(target, VAULT_KEY))
    except Exception:
        new_key = None
    if new_key is not None:
        assert new_key != old_key  # the rotation did happen
        conn = raw_connection(vault.path / "vault.db", new_key)
        try:
            opened = conn.execute("SELECT count(*) FROM cases").fetchone()
        except Exception:
            opened = None
        finally:
            conn.close()
        with vault.sign_in() as admin:
            report = MaintenanceService(admin).verify()
        failed = [c.name for c in report.checks if not c.ok]
        assert opened is None or failed, (
            f"after her disable she opens today's vault.db through the {target} slot "
            f"and verify passes ({opened})"
        )


@pytest.mark.parametrize(
    "target", [RECOVERY_SLOT, user_slot_id(username_for(Role.SHELTER_OFFICER))]
)
def test_verify_names_a_public_key_swapped_with_its_mac_recomputed(vault, target) -> None:
    """Only ``public`` and ``public_mac`` change; ``verify``'s "key slots" check passes today."""
    import base64

    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    path = vault.path / "keyslots.json"
    slots = KeySlotFile.load(path)
    mine = slots.open_slot(user_slot_id(ADVOCATE), password_for(Role.LEGAL_ADVOCATE))
    assert mine is not None
    mac_key = subkey(mine.keys[VAULT_KEY], Purpose.SLOT_PUBLIC)
    public = X25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    data = json.loads(path.read_text())
    for slot in data["slots"]:
        if slot["id"] == target:
            slot["public"] = base64.b64encode(public).decode("ascii")
            slot["public_mac"] = slots._public_mac(mac_key, target, public)
    path.write_text(json.dumps(data))

    with vault.sign_in() as admin:
        report = MaintenanceService(admin).verify()
    (check,) = [c for c in report.checks if c.name == "key slots"]
    assert not check.ok, f"a swapped public key in the {target} slot passes verify: {check}"
