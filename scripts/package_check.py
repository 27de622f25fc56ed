"""Run the built program (make package) as a centre would first run it: ``--version`` must
print the project's version, and ``admin selftest`` must pass on its throw-away vault. Reports
the build's size. Exit status 0 only if both succeed."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def size_mb(folder: Path) -> float:
    files = [f for f in folder.rglob("*") if f.is_file() and not f.is_symlink()]
    return sum(f.stat().st_size for f in files) / 1_000_000


def main(dist: Path) -> int:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    name, version = project["name"], project["version"]
    folder = dist / f"{name}-{version}"
    suffix = ".exe" if os.name == "nt" else ""
    program = folder / f"{name}-cli{suffix}"  # the command line (the window has no console)
    if not program.exists() or not (folder / f"{name}{suffix}").exists():
        print(f"package-check: {program} was not built", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="onestop-package-check-") as home:
        # Its own home: the check writes no log or setting where a real installation keeps them.
        env = {**os.environ, "ONESTOP_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        shown = subprocess.run(
            [str(program), "--version"], capture_output=True, text=True, env=env, timeout=120
        )
        if shown.returncode != 0 or shown.stdout.strip() != f"{name} {version}":
            print(f"package-check: --version gave {shown.stdout!r} {shown.stderr!r}")
            return 1
        print(f"{program} --version: {shown.stdout.strip()}")
        check = subprocess.run(
            [str(program), "admin", "selftest"],
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
        )
        print(check.stdout, end="")
        if check.returncode != 0 or not check.stdout.rstrip().endswith("self-test passed"):
            print(f"package-check: the self-test failed: {check.stderr}", file=sys.stderr)
            return 1
    print(f"build size: {size_mb(folder):.0f} MB in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist"))
