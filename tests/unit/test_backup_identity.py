"""A backup proves which vault it belongs to, and an archive is sized up before it is read.

Tested as an insider would try it: a backup of another vault (where she has an account with the
same password) with its manifest edited to name this vault; a manifest of 400 MB; a zip bomb.
The hostile archives are built by hand from one compressed block repeated, so the test writes
about a megabyte however large the archive claims to be.
"""

from __future__ import annotations

import json
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from onestop.errors import ValidationFailed, VaultDamaged
from onestop.services.auth import create_vault, sign_in
from onestop.services.maintenance import MaintenanceService
from onestop.vault.backup import MANIFEST, open_archive
from tests.conftest import ADMIN, ADMIN_PASSWORD

MB = 1024 * 1024


def _rewrite(source: Path, dest: Path, **replaced: bytes) -> Path:
    """A copy of the backup ``source`` with some members' bytes replaced."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(dest, "w") as out:
        for info in src.infolist():
            out.writestr(info, replaced.get(info.filename, src.read(info)))
    return dest


def _edited_manifest(source: Path, dest: Path, **fields: object) -> Path:
    with zipfile.ZipFile(source) as zf:
        manifest = json.loads(zf.read(MANIFEST))
    manifest.update(fields)
    return _rewrite(source, dest, **{MANIFEST: json.dumps(manifest).encode()})


def _bomb(path: Path, members: dict[str, int]) -> Path:
    """A zip whose members are ``size`` zero bytes each, DEFLATE-compressed, written without
    ever holding or writing the plaintext: one full-flushed compressed block, repeated."""
    block = bytes(MB)
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = comp.compress(block) + comp.flush(zlib.Z_FULL_FLUSH)
    end = comp.flush(zlib.Z_FINISH)
    central, offset = b"", 0
    with open(path, "wb") as fh:
        for name, size in members.items():
            count = size // MB
            crc = 0
            for _ in range(count):
                crc = zlib.crc32(block, crc)
            csize = len(piece) * count + len(end)
            raw = name.encode()
            fixed = struct.pack("<HHHHHIII", 20, 0, 8, 0, 0x21, crc, csize, count * MB)
            fh.write(struct.pack("<I", 0x04034B50) + fixed + struct.pack("<HH", len(raw), 0) + raw)
            for _ in range(count):
                fh.write(piece)
            fh.write(end)
            central += (
                struct.pack("<IH", 0x02014B50, 20)
                + fixed
                + struct.pack("<HHHHHII", len(raw), 0, 0, 0, 0, 0, offset)
                + raw
            )
            offset = fh.tell()
        fh.write(central)
        fh.write(
            struct.pack(
                "<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), offset, 0
            )
        )
    return path


def _nothing_unpacked(*folders: Path) -> None:
    for folder in folders:
        assert not list(folder.glob(".onestop-restore-*")), folder


def test_a_backup_of_another_vault_with_an_edited_manifest_is_refused(
    vault, admin, tmp_path
) -> None:
    other = tmp_path / "other"
    create_vault(other, ADMIN, ADMIN_PASSWORD)  # her account there has the same password
    with sign_in(other, ADMIN, ADMIN_PASSWORD) as there:
        foreign = MaintenanceService(there).backup(tmp_path).path
    with pytest.raises(ValidationFailed, match="another vault"):
        MaintenanceService(admin).restore(foreign, ADMIN_PASSWORD)
    forged = _edited_manifest(foreign, tmp_path / "forged.zip", vault_id=admin.vault_id)
    with pytest.raises(VaultDamaged, match="altered"):
        MaintenanceService(admin).restore(forged, ADMIN_PASSWORD)
    assert MaintenanceService(admin).verify().ok


def test_an_edited_manifest_or_a_swapped_member_of_our_own_backup_is_refused(
    vault, admin, tmp_path
) -> None:
    ours = MaintenanceService(admin).backup(tmp_path).path
    redated = _edited_manifest(ours, tmp_path / "redated.zip", created_at="2020-01-01T00:00:00")
    with pytest.raises(VaultDamaged, match="altered"):
        MaintenanceService(admin).restore(redated, ADMIN_PASSWORD)
    unsigned = _edited_manifest(ours, tmp_path / "unsigned.zip", mac=None)
    with pytest.raises(VaultDamaged, match="altered"):
        MaintenanceService(admin).restore(unsigned, ADMIN_PASSWORD)
    second = MaintenanceService(admin).backup(tmp_path).path
    with zipfile.ZipFile(second) as zf:
        other_db = zf.read("vault.db")
    swapped = _rewrite(ours, tmp_path / "swapped.zip", **{"vault.db": other_db})
    with pytest.raises(VaultDamaged, match="altered"):
        MaintenanceService(admin).restore(swapped, ADMIN_PASSWORD)
    MaintenanceService(admin).restore(ours, ADMIN_PASSWORD)  # the genuine one still restores


def test_a_huge_manifest_is_refused_before_it_is_read(vault, admin, tmp_path) -> None:
    huge = _bomb(tmp_path / "huge.zip", {MANIFEST: 400 * MB, "vault.db": MB})
    assert huge.stat().st_size < 2 * MB
    with pytest.raises(VaultDamaged, match="larger or other than a backup"):
        MaintenanceService(admin).restore(huge, ADMIN_PASSWORD)
    _nothing_unpacked(vault.path, tmp_path)


def test_a_zip_bomb_is_refused_before_anything_is_written(vault, admin, tmp_path) -> None:
    ours = MaintenanceService(admin).backup(tmp_path).path
    with zipfile.ZipFile(ours) as zf:
        manifest = zf.read(MANIFEST)
    bomb = _bomb(tmp_path / "bomb.zip", {"vault.db": 1024 * MB, "keyslots.json": MB})
    with zipfile.ZipFile(bomb, "a") as zf:
        zf.writestr(MANIFEST, manifest)
    assert bomb.stat().st_size < 4 * MB
    with pytest.raises(VaultDamaged, match="larger or other than a backup"):
        MaintenanceService(admin).restore(bomb, ADMIN_PASSWORD)
    with pytest.raises(VaultDamaged, match="larger or other than a backup"):
        open_archive(bomb, tmp_path)
    _nothing_unpacked(vault.path, tmp_path)
    assert MaintenanceService(admin).verify().ok
