"""A full disk, for real: a write and a backup are refused in words, never "an internal error",
and nothing is lost (issue 22, "clear messages: disk full (sign-in, writes, backups)").

The vault is put on a small tmpfs of its own and the space left is filled, as a disk fills
up. Mounting needs root (or a user namespace); where neither is allowed the test is skipped
and says why. (The sign-in's own case is in test_backoff_counters.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from onestop.domain.roles import Role
from onestop.errors import VaultError
from onestop.services.auth import sign_in
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.maintenance import MaintenanceService
from onestop.vault.engine import DISK_FULL, READ_ONLY
from tests.conftest import copy_vault, password_for, username_for
from tests.helpers import sha256_file

SIZE_MB = 32


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    place = tmp_path / "disk"
    place.mkdir()
    mount, umount = shutil.which("mount"), shutil.which("umount")
    if mount is None or umount is None:
        pytest.skip("no mount command here")
    done = subprocess.run(
        [mount, "-t", "tmpfs", "-o", f"size={SIZE_MB}m,mode=0700", "tmpfs", str(place)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("a small file system cannot be mounted here (needs root)")
    try:
        yield place
    finally:
        subprocess.run([umount, "-l", str(place)], check=False)


def fill(place: Path) -> Path:
    """Take every free byte of ``place``'s file system, as a disk fills up."""
    filler = place / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        for size in (1 << 20, 1 << 16, 1 << 12, 1 << 8, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(fd)
    assert shutil.disk_usage(place).free == 0
    return filler


def test_a_write_and_a_backup_on_a_full_disk_are_refused_in_words(vault, small_disk) -> None:
    here = copy_vault(vault, small_disk / "vault")
    with here.sign_in(Role.CASEWORKER) as cw:
        cases = CaseService(cw)
        before = cases.open_case(SurvivorDetails(alias="Before the disk filled")).reference
        filler = fill(small_disk)
        with pytest.raises(VaultError) as refused:
            for n in range(500):  # until a page must be added to the file
                cases.open_case(SurvivorDetails(alias=f"While the disk is full {n} " + "x" * 150))
        assert str(refused.value) == DISK_FULL
        filler.unlink()
    with here.sign_in(Role.ADMIN) as admin:
        filler = fill(small_disk)
        with pytest.raises(VaultError) as refused:
            MaintenanceService(admin).backup()
        assert str(refused.value) == DISK_FULL
        filler.unlink()
        assert [p.name for p in (here.path / "backups").glob("*")] == [], "a part was left"

    with here.sign_in(Role.CASEWORKER) as cw:
        assert CaseService(cw).get(before).reference == before
    with here.sign_in(Role.ADMIN) as admin:
        report = MaintenanceService(admin).verify()
    assert report.ok, report


def test_a_vault_folder_that_is_read_only_is_refused_in_words(vault, small_disk) -> None:
    """The same vault seen through a read-only mount (a failing disk, a locked USB stick): the
    sign-in says why in words, before any password is tried, whether it is right or wrong;
    the folder is left as it was."""
    here = copy_vault(vault, small_disk / "vault")
    view = small_disk.parent / "read-only"
    view.mkdir()
    mount, umount = shutil.which("mount"), shutil.which("umount")
    assert mount is not None and umount is not None
    subprocess.run([mount, "--bind", str(small_disk), str(view)], check=True)
    try:
        subprocess.run([mount, "-o", "remount,bind,ro", str(view)], check=True)
        before = sha256_file(here.path / "keyslots.json")
        for password in (password_for(Role.CASEWORKER), "a wrong guess entirely 11"):
            with pytest.raises(VaultError) as refused:
                sign_in(view / "vault", username_for(Role.CASEWORKER), password)
            assert str(refused.value) == READ_ONLY
        assert sha256_file(here.path / "keyslots.json") == before
    finally:
        subprocess.run([umount, "-l", str(view)], check=False)
    with here.sign_in(Role.CASEWORKER):
        pass
