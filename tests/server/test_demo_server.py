"""``make demo-server`` headless: the script's set-up (a cluster of its own, the CA and
certificates, the demo moved onto the server, the workstation login), then a sign-in at a
workstation with what it printed, as the README says to open one."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from onestop.services.search import CaseSearch
from onestop.services.workstation import WorkstationServer, sign_in
from tests.server.conftest import REPO

SCRIPT = REPO / "scripts" / "demo_server.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "onestop_demo_server", REPO / "scripts/demo_server.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def demo_dir() -> Iterator[tuple[ModuleType, Path]]:
    script = _script()
    # Under /tmp: the postgres user must be able to enter the cluster's parents.
    directory = Path(tempfile.mkdtemp(prefix="onestop-demo-")) / "server"
    directory.parent.chmod(0o711)
    try:
        yield script, directory
    finally:
        if (directory / "cluster" / "cluster.json").is_file():
            script.postgres.stop(directory / "cluster")
        shutil.rmtree(directory.parent, ignore_errors=True)


def test_the_demo_server_is_set_up_and_a_workstation_signs_in(
    demo_dir: tuple[ModuleType, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    script, directory = demo_dir
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "--dir", str(directory), "--survivors", "2", "--no-window"],
        capture_output=True,
        text=True,
        check=False,
        timeout=110,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    said = run.stdout
    assert "workstation-1" in said and "workstation-2" in said and "--server" in said
    demo = script.setup(directory, 2)  # run again: what is there is kept
    assert "password" not in demo.url and "sslrootcert=" in demo.url
    assert (Path(demo.pgpass).stat().st_mode & 0o777) == 0o600
    assert ":" + demo.url.split("@")[0].split("//")[1] + ":" in Path(demo.pgpass).read_text()

    monkeypatch.setenv("PGPASSFILE", demo.pgpass)
    place = WorkstationServer.parse(demo.url)
    ((_role, username, password),) = [a for a in demo.accounts if a[0] == "caseworker"]
    with sign_in(place, tmp_path / "workstation", username, password) as session:
        found = CaseSearch(session).find("").cases
        assert len(found) >= 2 and all(c.display_name for c in found)  # and walk-ins
    command = script.workstation_command(demo, directory, 2)
    assert command[-2:] == ["--server", demo.url]
    assert any(part.endswith("workstation-2") for part in command)
