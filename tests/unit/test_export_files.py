"""Exported files are the owner's alone (0600) from their first byte, whatever the umask."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime

import pytest

from onestop.domain.roles import Role
from onestop.services.exports import ExportOptions, ExportService
from onestop.services.statistics import Period

pytestmark = pytest.mark.both_backends


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_exported_pdf_and_its_csv_are_written_0600(vault, tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    old = os.umask(0o022)  # the usual umask: files readable by every user of the computer
    try:
        today = datetime.now(UTC).date()
        with vault.sign_in(Role.MANAGER) as manager:
            done = ExportService(manager).statistics(Period.last_month(today), ExportOptions(out))
    finally:
        os.umask(old)
    written = [done.path, done.path.with_suffix(".csv")]
    assert all(p.exists() for p in written)
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert sorted(out.iterdir()) == sorted(written)  # no part file left behind
