"""Encrypted attachments: round trip, no plaintext, keyed names, tampering caught."""

from __future__ import annotations

import hashlib
import os

import pytest

from onestop.errors import VaultDamaged
from onestop.services.maintenance import MaintenanceService
from onestop.vault.blobs import BlobStore
from tests.helpers import store_attachment


def test_round_trip_and_no_plaintext_on_disk(tmp_path) -> None:
    store = BlobStore(tmp_path / "blobs", os.urandom(32))
    data = b"PHOTO-CANARY " * 1000
    digest = store.put(data)
    assert digest == hashlib.sha256(data).hexdigest()
    assert store.get(digest) == data
    (path,) = [p for p in (tmp_path / "blobs").rglob("*") if p.is_file()]
    raw = path.read_bytes()
    assert b"PHOTO-CANARY" not in raw
    assert digest not in path.name  # the name does not reveal the content's hash
    assert store.put(data) == digest  # idempotent


def test_a_flipped_byte_or_wrong_key_is_caught(tmp_path) -> None:
    key = os.urandom(32)
    store = BlobStore(tmp_path, key)
    digest = store.put(b"scan of a statement")
    path = store.path_for(digest)
    raw = bytearray(path.read_bytes())
    raw[-5] ^= 0x01
    path.write_bytes(bytes(raw))
    with pytest.raises(VaultDamaged, match="damaged or was altered"):
        store.get(digest)
    other = BlobStore(tmp_path, os.urandom(32))
    with pytest.raises(VaultDamaged, match="missing"):
        other.get(digest)


def test_verify_checks_every_attachment(admin) -> None:
    digests = [store_attachment(admin, os.urandom(2000)) for _ in range(3)]
    assert MaintenanceService(admin).verify().ok
    admin.blobs.path_for(digests[1]).write_bytes(b"OSB1" + b"\0" * 40)
    report = MaintenanceService(admin).verify()
    (check,) = [c for c in report.checks if c.name == "attachments"]
    assert not check.ok and "1 of 3" in check.message
