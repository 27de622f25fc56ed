"""The register import benchmark (issue 26: moving in).

A GBVIMS Incident Recorder workbook of 100,000 rows (synthetic codes: survivor codes, dates,
types, relationships; no names, as the Incident Recorder holds none) is imported into a demo
vault through the public services, in a fresh process so that its peak memory is its own:

  - ``dry run``: every row read (openpyxl's read-only mode) and checked with a form's rules;
  - ``import``: the same rows read again and written in one transaction, in batches;
  - the process's peak RSS over both (target <= 400 MB: bounded, not growing with the rows).

Run with ``make bench`` (``--smoke``: 300 rows); results in bench/results/register_import.json.
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from common import SMOKE, Run, figure, pin_kdf
from onestop.demo import DemoSeeder
from onestop.domain import gbvims
from onestop.domain.roles import Role
from onestop.services.auth import create_vault, sign_in
from onestop.services.register_import import ColumnMapping, ImportService, RegisterFile

ADMIN, PASSWORD = "bench-admin", "benchmark phrase for the vault 2026"
ROWS = 300 if SMOKE else 100_000


def write_register(path: Path, rows: int) -> None:
    """An Incident Recorder workbook of ``rows`` synthetic incidents (streamed to disk)."""
    rng = random.Random(26)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(gbvims.INCIDENT_SHEET)
    columns = gbvims.COLUMNS
    sheet.append([c.value for c in columns])
    types = [c for c in gbvims.GBV_TYPES.codes.values() if c]
    relations = [*gbvims.CONTEXTS.codes.values(), *gbvims.CONTEXTS.also]
    start = date(2019, 1, 1)
    for i in range(rows):
        seen = start + timedelta(days=rng.randrange(2000))
        values = {
            gbvims.Column.INCIDENT_ID: f"IR-{i:06d}",
            gbvims.Column.SURVIVOR_CODE: f"SC-{i:06d}",
            gbvims.Column.DATE_OF_INTERVIEW: seen,
            gbvims.Column.DATE_OF_INCIDENT: seen - timedelta(days=rng.randrange(30)),
            gbvims.Column.SEX: rng.choice(("F", "F", "F", "M")),
            gbvims.Column.GBV_TYPE: rng.choice(types),
            gbvims.Column.RELATIONSHIP: rng.choice(relations),
            gbvims.Column.PERPETRATOR_COUNT: rng.choice((1, 1, 2, 3, gbvims.MORE_THAN_THREE)),
            gbvims.Column.CONSENT: gbvims.YES,
        }
        sheet.append([values.get(c) for c in columns])
    book.save(path)


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM), in MB."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(vault: str, register: str, username: str) -> dict[str, Any]:
    password = sys.stdin.readline().rstrip("\n")
    with sign_in(Path(vault), username, password) as cw:
        service = ImportService(cw)
        start = time.perf_counter()
        plan = service.dry_run(RegisterFile.open(Path(register)), ColumnMapping.incident_recorder())
        checked = time.perf_counter()
        assert plan.ready and plan.rows == ROWS, (plan.rows, plan.problems[:3])
        done = service.run(plan, {})
        imported = time.perf_counter()
        assert done.cases == ROWS
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "dry_run_s": checked - start,
        "import_s": imported - checked,
        "peak_rss_mb": peak_rss_mb(),
    }


def main() -> int:
    pin_kdf()
    run = Run("register_import")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ONESTOP_HOME"] = str(Path(tmp) / "home")
        path = Path(tmp) / "vault"
        create_vault(path, ADMIN, PASSWORD)
        with sign_in(path, ADMIN, PASSWORD) as admin:
            data = DemoSeeder(admin).seed(1, seed=7)
        username, password = next(
            (a.username, a.password) for a in data.accounts if a.role is Role.CASEWORKER
        )
        register = Path(tmp) / "incident-recorder.xlsx"
        start = time.perf_counter()
        write_register(register, ROWS)
        print(f"{ROWS} rows written in {time.perf_counter() - start:.1f} s")
        child = subprocess.run(
            [sys.executable, __file__, "--measure", str(path), str(register), username]
            + (["--smoke"] if SMOKE else []),
            input=password + "\n",
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
        if child.returncode != 0:
            raise SystemExit(f"the import failed:\n{child.stderr}")
        result = json.loads(child.stdout.strip().splitlines()[-1])
        register_mb = register.stat().st_size / 1e6
    figures = [
        figure(
            f"import of a {ROWS:,}-row Incident Recorder (.xlsx, {register_mb:.1f} MB)",
            result["import_s"],
            "s",
            note=f"dry run before it: {result['dry_run_s']:.1f} s",
        ),
        figure("  its dry run", result["dry_run_s"], "s"),
        figure(
            "  CPU time of the process (sign-in, dry run, import)",
            result["cpu_s"],
            "s",
            note="the wall times above grow with the machine's load; this does less",
        ),
        figure("  peak RSS (dry run and import)", result["peak_rss_mb"], "MB", target="<= 400 MB"),
    ]
    out = run.write(figures, rows=ROWS)
    for f in figures:
        print(f"{f['name']}: {f['value']:.2f} {f['unit']}")
    print(f"results in {out}")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--measure"]:
        print(json.dumps(measure(*sys.argv[2:5])))
        sys.exit(0)
    sys.exit(main())
