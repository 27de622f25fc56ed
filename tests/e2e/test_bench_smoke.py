"""Every benchmark run in its smoke mode (tiny sizes, a few iterations), so that none rots.

Each bench runs as ``make bench`` runs it, in a subprocess on this checkout's code, and must
exit cleanly and leave its results with at least one figure; the report must then list it.
bench/package.py measures the PyInstaller build in dist/: ``make test`` runs pytest before
package-check builds it, so its smoke run is skipped, saying why, when there is no build yet.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.conftest import SYSTEM_TMP

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench"
# Under a busy machine a smoke bench takes a minute or two (key derivations, subprocesses).
LIMIT_S = 900


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for the module: gui.py reuses the vault casefile.py seeds there."""
    return tmp_path_factory.mktemp("bench-results")


def run_bench(script: str, results: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
        "QT_QPA_PLATFORM": "offscreen",
        "BENCH_RESULTS": str(results),
        "ONESTOP_HOME": str(results / "home"),
    }
    env.pop("BENCH_SURVIVORS", None)
    return subprocess.run(
        [sys.executable, str(BENCH / script), "--smoke"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=LIMIT_S,
    )


def check_results(name: str, results: Path) -> None:
    data = json.loads((results / f"{name}.json").read_text(encoding="utf-8"))
    assert data["smoke"] is True
    assert data["figures"], f"{name} wrote no figure"
    for f in data["figures"]:
        assert isinstance(f["value"], int | float) and math.isfinite(f["value"]), f
    for key in ("commit", "date", "loadavg_1m_before", "loadavg_1m_after"):
        assert key in data, key
    report = subprocess.run(
        [sys.executable, str(BENCH / "report.py"), "--smoke"],
        cwd=ROOT,
        env={**os.environ, "BENCH_RESULTS": str(results)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert report.returncode == 0, report.stderr
    text = (results / "report.md").read_text(encoding="utf-8")
    assert f"## {name}" in text
    assert data["figures"][0]["name"] in text


# Every bench make bench runs, with the name of the results it writes (package.py apart, below).
SMOKED = [
    ("run.py", "run"),
    ("casefile.py", "casefile"),
    ("scale.py", "scale"),
    ("identity_index.py", "identity_index"),
    ("bundle.py", "bundle"),
    ("gui.py", "gui"),
    ("register_import.py", "register_import"),
    ("wholevault.py", "wholevault"),
]
# The files of bench/ that are not benches, and where each is exercised.
HELPERS = {
    "common.py": "imported by every bench",
    "seed.py": "the seeder casefile.py, scale.py and gui.py build their vaults with",
    "report.py": "run after each smoke bench (check_results)",
}


def test_every_bench_has_a_smoke_run() -> None:
    """A bench added to bench/ without a smoke run here would rot unseen."""
    benches = {p.name for p in BENCH.glob("*.py")} - set(HELPERS)
    assert benches == {script for script, _ in SMOKED} | {
        "package.py",
        "server.py",
        "sealing.py",
        "text_binding.py",
    }
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for script in benches:
        assert f"bench/{script}" in makefile, f"make bench does not run bench/{script}"


@pytest.mark.timeout(LIMIT_S + 60)
@pytest.mark.parametrize(("script", "name"), SMOKED)
def test_bench_runs_in_smoke_mode(script: str, name: str, results: Path) -> None:
    done = run_bench(script, results)
    assert done.returncode == 0, f"bench/{script} --smoke failed:\n{done.stdout}\n{done.stderr}"
    check_results(name, results)


@pytest.mark.timeout(LIMIT_S + 60)
def test_package_bench_runs_in_smoke_mode(results: Path) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    program = ROOT / "dist" / f"{project['name']}-{project['version']}" / project["name"]
    if not program.exists():
        pytest.skip(
            f"no PyInstaller build at {program.relative_to(ROOT)}: make package (or make "
            "test's package-check, which runs after pytest) builds it"
        )
    done = run_bench("package.py", results)
    assert done.returncode == 0, f"bench/package.py --smoke failed:\n{done.stdout}\n{done.stderr}"
    check_results("package", results)


@pytest.mark.server
@pytest.mark.timeout(LIMIT_S + 60)
def test_server_bench_runs_in_smoke_mode(results: Path) -> None:
    """bench/server.py at a tiny size: a real PostgreSQL (fsync on) started and stopped by the
    bench itself, the vault moved with move-to-server, two workstation processes, the trail
    verified intact at the end, no cluster left running."""
    clusters = Path("/var/tmp") if Path("/var/tmp").is_dir() else SYSTEM_TMP
    before = set(clusters.glob("onestop-bench-pg-*"))
    done = run_bench("server.py", results)
    assert done.returncode == 0, f"bench/server.py --smoke failed:\n{done.stdout}\n{done.stderr}"
    check_results("server", results)
    data = json.loads((results / "server.json").read_text(encoding="utf-8"))
    assert data["server"]["fsync"] == "on" and data["server"]["synchronous_commit"] == "on"
    assert data["workstations"] == 2
    names = {f["name"]: f for f in data["figures"]}
    verified = names["audit chain verified after the load (admin verify --server), time"]
    assert verified["note"].startswith("intact"), verified
    writes = names["2 workstations: audited writes per second, in total"]
    assert writes["value"] > 0, writes
    opened = names["open a full case file, p95"]
    went = names["  where an open's time goes: in its statements, per open"]
    # The statements' share of an open, both backends, each within the open it was part of.
    assert 0 < went["value"] < opened["value"] and went["baseline"] > 0, went
    assert "server: " in went["note"] and "; vault: " in went["note"], went["note"]
    heard = [f for name, f in names.items() if name.startswith("a colleague's change heard")]
    assert heard and all(math.isfinite(f["value"]) for f in heard), heard
    assert set(clusters.glob("onestop-bench-pg-*")) == before  # its cluster is gone


def _old_commit(script: str = "sealing.py") -> str | None:
    """The commit a bench builds its old vault with (bench/sealing.py's migrations end at
    0027, bench/text_binding.py's at 0068), asked of the bench itself; None without that
    history (a shallow clone, an export)."""
    sys.path.insert(0, str(BENCH))  # the bench imports its neighbour common.py
    try:
        spec = importlib.util.spec_from_file_location(f"{script[:-3]}_bench", BENCH / script)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        found: str | None = module.old_commit()
        return found
    finally:
        sys.path.remove(str(BENCH))


@pytest.mark.timeout(LIMIT_S + 60)
def test_sealing_bench_runs_in_smoke_mode(results: Path) -> None:
    """The old vault is written by the old code, checked out from git history (about 15 s on
    an idle machine at the smoke size)."""
    if _old_commit() is None:
        pytest.skip(
            "no git history here (a shallow clone or an export): bench/sealing.py "
            "writes its old vault with the code of a commit from before migration 0028"
        )
    done = run_bench("sealing.py", results)
    assert done.returncode == 0, f"bench/sealing.py --smoke failed:\n{done.stdout}\n{done.stderr}"
    check_results("sealing", results)
    data = json.loads((results / "sealing.json").read_text(encoding="utf-8"))
    assert data["survivors"] <= 300
    figures = {f["name"]: f for f in data["figures"]}
    assert figures["manager's first sign-in"]["note"].endswith("rows sealed")
    assert figures["manager's second sign-in"]["note"] == "nothing left to seal"


@pytest.mark.timeout(LIMIT_S + 60)
def test_text_binding_bench_runs_in_smoke_mode(results: Path) -> None:
    """The counsellor's first sign-in after the upgrade to 0069 on a vault the code before it
    wrote (checked out from git history), binding her notes to their cases; then her second."""
    if _old_commit("text_binding.py") is None:
        pytest.skip(
            "no git history here (a shallow clone or an export): bench/text_binding.py "
            "writes its old vault with the code of the commit before migration 0069"
        )
    done = run_bench("text_binding.py", results)
    assert done.returncode == 0, (
        f"bench/text_binding.py --smoke failed:\n{done.stdout}\n{done.stderr}"
    )
    check_results("text_binding", results)
    data = json.loads((results / "text_binding.json").read_text(encoding="utf-8"))
    figures = {f["name"]: f for f in data["figures"]}
    sealed = figures["rows sealed again (progress total)"]["value"]
    assert sealed >= data["counselling_notes"]  # each note
