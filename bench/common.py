"""What every bench shares: the --smoke flag, the pinned key derivation, the results files.

Each bench writes bench/results/<name>.json (bench/results/smoke/ in smoke mode, so that a
smoke run never overwrites a real one; BENCH_RESULTS names another folder) with the run's
context: the commit, the date, the load average before and after, the Argon2id parameters
of its vaults. bench/report.py turns them into bench/report.md.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
ROOT = HERE.parent
SMOKE = "--smoke" in sys.argv[1:]
# BENCH_RESULTS moves them (the smoke test keeps its own out of the checkout).
RESULTS = Path(os.environ.get("BENCH_RESULTS") or HERE / "results" / ("smoke" if SMOKE else ""))

# The cost every bench vault is made with. ONESTOP_KDF_SECONDS=0 makes calibrate() return its
# floor (t=3, m=64 MiB, p=4) whatever the machine's load: the same work on every run, so unlock
# times are comparable between runs. A centre's vault is calibrated to about 0.5 s on its own
# workstation, so its unlock takes longer than the figure here by design.
PINNED_KDF = {"time_cost": 3, "memory_kib": 64 * 1024, "parallelism": 4}


def pin_kdf() -> None:
    os.environ["ONESTOP_KDF_SECONDS"] = "0"


def kdf_of(vault: Path) -> dict[str, int]:
    """The Argon2id parameters a vault's key slots were made with (read from keyslots.json)."""
    from onestop.vault.folder import VaultFolder
    from onestop.vault.keyslots import KeySlotFile

    slots = KeySlotFile.load(VaultFolder(vault).keyslots)
    kdf = next(iter(slots.slots.values())).kdf
    return {
        "time_cost": kdf.time_cost,
        "memory_kib": kdf.memory_kib,
        "parallelism": kdf.parallelism,
    }


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


@contextmanager
def fsyncs_counted() -> Iterator[list[int]]:
    """Counts os.fsync calls while inside (the call itself is made as before)."""
    count = [0]
    real = os.fsync

    def counting(fd: Any) -> None:
        count[0] += 1
        real(fd)

    os.fsync = counting
    try:
        yield count
    finally:
        os.fsync = real


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def summary(samples: list[float]) -> dict[str, float]:
    return {
        "median_ms": statistics.median(samples),
        "p95_ms": percentile(samples, 0.95),
        "runs": len(samples),
    }


def commit() -> str:
    """The checkout's commit (git from PATH, as make finds it), "+changes" if files differ
    (not counting what the benches write)."""
    try:
        done = subprocess.run(
            ["git", "rev-parse", "--short=12", "HEAD"],  # noqa: S607
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        dirty = subprocess.run(
            # What the benches write (their results, the report) is no change of the code.
            [  # noqa: S607
                "git",
                "status",
                "--porcelain",
                "--untracked-files=no",
                "--",
                ".",
                ":(exclude)bench/results",
                ":(exclude)bench/report.md",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        return done.stdout.strip() + ("+changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


class Run:
    """One bench's run: its context taken at the start, its figures written at the end."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.load_before = os.getloadavg()
        self.started = datetime.now(UTC)
        self.context: dict[str, Any] = {
            "bench": name,
            "smoke": SMOKE,
            "commit": commit(),
            "date": self.started.isoformat(timespec="seconds"),
            "cpus": os.cpu_count(),
            "python": sys.version.split()[0],
        }

    def write(self, figures: list[dict[str, Any]], **extra: Any) -> Path:
        """``figures``: dicts with name, value, unit, and where there is one, baseline,
        ratio and target (the report's columns)."""
        load_after = os.getloadavg()
        data = {
            **self.context,
            **extra,
            "seconds": (datetime.now(UTC) - self.started).total_seconds(),
            "loadavg_1m_before": self.load_before[0],
            "loadavg_1m_after": load_after[0],
            "loadavg_5m_after": load_after[1],
            "figures": figures,
        }
        RESULTS.mkdir(parents=True, exist_ok=True)
        out = RESULTS / f"{self.name}.json"
        out.write_text(json.dumps(data, indent=2, default=str), encoding="utf-8")
        return out


def figure(
    name: str,
    value: float,
    unit: str,
    *,
    baseline: float | None = None,
    baseline_is: str = "",
    target: str = "",
    note: str = "",
) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "value": value, "unit": unit}
    if baseline is not None:
        out["baseline"] = baseline
        out["baseline_is"] = baseline_is
        out["ratio"] = value / baseline if baseline else None
    if target:
        out["target"] = target
    if note:
        out["note"] = note
    return out


# -- a service's statements, captured for its bare baseline -------------------------------------

# A transaction's own statements: the engine's BEGIN IMMEDIATE, the commit or rollback.
TRANSACTION = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


def writes_audit(sql: str) -> bool:
    """Whether a statement writes an audit entry: the anchor row read or moved, the entry
    inserted. A read of the trail itself (a case's signed versions, a file's history) is not:
    it is a service's read like any other, and a baseline that replays the reads replays it."""
    text = sql.lstrip().upper()
    return "AUDIT_ANCHOR" in text or text.startswith("INSERT INTO AUDIT_LOG")


def is_select(sql: str) -> bool:
    return sql.lstrip().upper().startswith("SELECT")


def left_out(statements: list[str]) -> list[str]:
    """The statements of ``statements`` a bare replay of its SELECTs leaves out that are not
    the transaction's or the audit entry's: none, or the baseline does less than the service."""
    return [
        sql
        for sql in statements
        if not is_select(sql)
        and not writes_audit(sql)
        and (sql.split() or [""])[0].upper() not in TRANSACTION
    ]


class Captured:
    """The SELECTs a session's engine runs while ``during`` runs (SQLAlchemy's
    before_cursor_execute hook), each with its parameters (the service's exact SQL) and the
    number of rows it gave the service, counted by the cursor's row_factory: to be used on a
    call that is not timed. ``during`` fails if the call ran a statement a replay of its
    SELECTs would leave out (anything but the transaction's and the audit entry's)."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event  # here: a bench's bare child imports this module too

        self.engine = engine
        self.selects: list[tuple[str, Any]] = []
        self.rows: list[int] = []
        self.others: list[str] = []
        self.on = False
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, conn: Any, cursor: Any, sql: str, params: Any, ctx: Any, many: bool) -> None:
        if not self.on:
            return
        if not is_select(sql) or writes_audit(sql):
            self.others.append(sql)
            return
        self.selects.append((sql, params))
        self.rows.append(0)
        rows, i = self.rows, len(self.rows) - 1

        def counted(_cursor: Any, row: Any) -> Any:
            rows[i] += 1
            return row

        cursor.row_factory = counted

    def during(self, fn: Callable[[], object]) -> list[tuple[str, Any]]:
        self.selects, self.rows, self.others, self.on = [], [], [], True
        try:
            fn()
        finally:
            self.on = False
        missed = left_out(self.others)
        if missed or not self.selects:
            raise SystemExit(
                f"the bare replay would leave out {missed or 'everything: no SELECT captured'}"
            )
        return list(self.selects)

    def close(self) -> None:
        from sqlalchemy import event

        event.remove(self.engine, "before_cursor_execute", self._seen)


def same_rows(raw: Any, selects: list[tuple[str, Any]], rows: list[int]) -> None:
    """Each captured SELECT run once more on the bare connection (not timed) must return as
    many rows as it gave the service: the replay reads what the service read."""
    got = [len(raw.execute(sql, params).fetchall()) for sql, params in selects]
    if got != rows:
        raise SystemExit(f"the bare replay returned {got} rows, the service's SELECTs {rows}")
