"""The back-off counters in keyslots.json, edited by someone with the files on disk, or left
unwritable by a full disk: never a way around the back-off, never an internal error."""

from __future__ import annotations

import errno
import json
import time
from pathlib import Path

import pytest

from onestop.errors import BackOff, SignInFailed, VaultDamaged
from onestop.services.auth import UNRECORDABLE, sign_in
from onestop.vault import keyslots
from onestop.vault.keyslots import BACKOFF_MAX_SECONDS, KeySlotFile, backoff_seconds
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.helpers import sha256_file

SLOT = f"user:{ADMIN}"


class Clock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


def _edit(path: Path, **fields: object) -> None:
    """Edit the admin's slot in keyslots.json as a text editor would (Infinity, NaN allowed)."""
    data = json.loads(path.read_text("utf-8"))
    for slot in data["slots"]:
        if slot["id"] == SLOT:
            slot.update(fields)
    path.write_text(json.dumps(data), "utf-8")


@pytest.mark.parametrize(
    "failures",
    [-1, -(10**9), 1030, 10**300, float("inf"), float("nan"), 2.5, "3", None, True],
    ids=repr,
)
def test_a_counter_that_is_not_a_plain_count_means_the_longest_wait(vault, failures) -> None:
    clock = Clock()
    _edit(vault.path / "keyslots.json", failures=failures, last_failure=clock.now)
    with pytest.raises(BackOff) as waiting:  # even with the right password
        sign_in(vault.path, ADMIN, ADMIN_PASSWORD, clock=clock)
    assert 0 < waiting.value.seconds_left <= BACKOFF_MAX_SECONDS
    clock.now += BACKOFF_MAX_SECONDS + 1
    with sign_in(vault.path, ADMIN, ADMIN_PASSWORD, clock=clock):
        pass
    assert KeySlotFile.load(vault.path / "keyslots.json").slots[SLOT].failures == 0


@pytest.mark.parametrize("moment", [float("nan"), float("inf"), -float("inf"), 1e300, "x"])
def test_an_impossible_time_of_the_last_failure_starts_the_wait_now_and_it_ends(
    vault, moment
) -> None:
    clock = Clock()
    _edit(vault.path / "keyslots.json", failures=6, last_failure=moment)
    with pytest.raises(BackOff) as waiting:
        sign_in(vault.path, ADMIN, ADMIN_PASSWORD, clock=clock)
    assert waiting.value.seconds_left == pytest.approx(backoff_seconds(6))
    clock.now += backoff_seconds(6) + 0.5  # a fresh process reads the moment saved then
    with sign_in(vault.path, ADMIN, ADMIN_PASSWORD, clock=clock):
        pass


def test_the_wait_never_overflows() -> None:
    for failures in (3, 10, 1030, 10**6, 10**300):
        assert 0 < backoff_seconds(failures) <= BACKOFF_MAX_SECONDS
    assert backoff_seconds(-5) == BACKOFF_MAX_SECONDS


def test_a_guess_that_cannot_be_recorded_is_never_tried(vault, monkeypatch) -> None:
    """A full disk (or a read-only folder) must not give unlimited unrecorded guesses."""
    before = sha256_file(vault.path / "keyslots.json")

    def disk_full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(keyslots, "atomic_write", disk_full)
    for password in ("a wrong guess entirely 11", ADMIN_PASSWORD, "another guess"):
        with pytest.raises(SignInFailed) as refused:
            sign_in(vault.path, ADMIN, password)
        assert str(refused.value) == UNRECORDABLE  # the same words: no answer leaks
    with pytest.raises(SignInFailed, match="could not be recorded"):
        sign_in(vault.path, "nobody-here", "whatever it is")
    monkeypatch.undo()
    assert sha256_file(vault.path / "keyslots.json") == before
    with sign_in(vault.path, ADMIN, ADMIN_PASSWORD):
        pass


def test_a_killed_attempt_still_counts(vault) -> None:
    """The failure is on disk before the password is tried: killing the process once the
    answer is known (slow Argon2id) does not erase the guess."""
    clock = Clock()
    slots = KeySlotFile.load(vault.path / "keyslots.json")
    slots.charge_attempt(SLOT, clock.now)
    slots.save()  # what sign_in has written when Argon2id starts
    assert KeySlotFile.load(vault.path / "keyslots.json").slots[SLOT].failures == 1
    with sign_in(vault.path, ADMIN, ADMIN_PASSWORD, clock=clock):
        pass
    assert KeySlotFile.load(vault.path / "keyslots.json").slots[SLOT].failures == 0


def test_an_absurd_key_derivation_cost_is_refused_before_allocating(vault) -> None:
    path = vault.path / "keyslots.json"
    data = json.loads(path.read_text("utf-8"))
    slot = next(s for s in data["slots"] if s["id"] == SLOT)
    slot["kdf"]["m"] = 2**40  # a terabyte of memory, in KiB
    path.write_text(json.dumps(data), "utf-8")
    started = time.monotonic()
    with pytest.raises(VaultDamaged, match=r"keyslots\.json"):
        sign_in(vault.path, ADMIN, ADMIN_PASSWORD)
    assert time.monotonic() - started < 5
