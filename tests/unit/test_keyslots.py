"""keyslots.json refuses every damage it can see, with the message that says to restore a
backup; the key derivation never drops below its floor; a failed write leaves no stray file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from onestop.domain.passwords import normalise
from onestop.domain.roles import Role
from onestop.errors import VaultDamaged
from onestop.vault.keyslots import (
    FORMAT_VERSION,
    MIN_MEMORY_KIB,
    MIN_TIME_COST,
    VAULT_KEY,
    KeySlotFile,
    atomic_write,
    calibrate,
    user_slot_id,
)
from tests.conftest import password_for, username_for


def first_slot(data: dict[str, Any]) -> dict[str, Any]:
    return data["slots"][0]


def _newer(d: dict[str, Any]) -> None:
    d["version"] = FORMAT_VERSION + 1


def _other_format(d: dict[str, Any]) -> None:
    d["format"] = "something-else"


def _weak_template(d: dict[str, Any]) -> None:
    d["kdf_template"]["t"] = MIN_TIME_COST - 1


def _small_memory(d: dict[str, Any]) -> None:
    first_slot(d)["kdf"]["m"] = MIN_MEMORY_KIB // 2


def _other_kdf(d: dict[str, Any]) -> None:
    first_slot(d)["kdf"]["alg"] = "pbkdf2"


def _no_vault_key(d: dict[str, Any]) -> None:
    first_slot(d)["keys"].pop(VAULT_KEY)


def _keys_not_a_map(d: dict[str, Any]) -> None:
    first_slot(d)["keys"] = ["vault"]


def _short_public_key(d: dict[str, Any]) -> None:
    first_slot(d)["public"] = "AAAA"


def _not_base64(d: dict[str, Any]) -> None:
    first_slot(d)["private"]["nonce"] = "not base64!"


DAMAGE: dict[str, Callable[[dict[str, Any]], None]] = {
    "a newer format": _newer,
    "not a key file": _other_format,
    "a template below the floor": _weak_template,
    "a slot below the memory floor": _small_memory,
    "another key derivation": _other_kdf,
    "a slot without the vault key": _no_vault_key,
    "keys that are not a map": _keys_not_a_map,
    "a public key of the wrong length": _short_public_key,
    "a field that is not base64": _not_base64,
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_key_file_is_refused(vault, damage: str) -> None:
    path = vault.path / "keyslots.json"
    data = json.loads(path.read_text("utf-8"))
    KeySlotFile.load(path)  # as written, it loads
    DAMAGE[damage](data)
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(VaultDamaged, match="damaged or was edited") as error:
        KeySlotFile.load(path)
    assert "Restore the vault from a backup" in str(error.value)


def test_a_missing_key_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(VaultDamaged, match="is missing"):
        KeySlotFile.load(tmp_path / "keyslots.json")


def test_calibration_raises_the_time_cost_to_the_target_and_caps_it() -> None:
    floor = calibrate(0)
    assert (floor.time_cost, floor.memory_kib) == (MIN_TIME_COST, MIN_MEMORY_KIB)
    # Hours per sign-in is far above what one pass takes: the cost rises, up to its cap.
    slow = calibrate(10_000)
    assert slow.memory_kib == MIN_MEMORY_KIB and slow.time_cost == 200
    assert slow.salt != floor.salt


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary_one(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    target = folder / "keyslots.json"
    target.mkdir()  # the rename onto it fails
    with pytest.raises(OSError):
        atomic_write(target, b"{}")
    assert target.is_dir() and list(folder.iterdir()) == [target]
    other = folder / "anchor"
    atomic_write(other, b"first")
    atomic_write(other, b"second")
    assert other.read_bytes() == b"second"
    assert sorted(p.name for p in folder.iterdir()) == ["anchor", "keyslots.json"]


def test_a_sealed_key_swapped_in_the_file_is_refused_at_sign_in(vault) -> None:
    """The password opens the slot, but the vault key sealed in it was replaced by another
    slot's: its authentication fails, and the file is reported as altered."""
    path = vault.path / "keyslots.json"
    data = json.loads(path.read_text("utf-8"))
    mine = user_slot_id(username_for(Role.CASEWORKER))
    (other,) = [s for s in data["slots"] if s["id"] == user_slot_id(username_for(Role.CLINICIAN))]
    (slot,) = [s for s in data["slots"] if s["id"] == mine]
    slot["keys"][VAULT_KEY] = other["keys"][VAULT_KEY]
    path.write_text(json.dumps(data), "utf-8")
    slots = KeySlotFile.load(path)
    with pytest.raises(VaultDamaged, match="was altered and cannot be trusted"):
        slots.open_slot(mine, normalise(password_for(Role.CASEWORKER)))
