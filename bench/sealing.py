"""The first sign-in after an upgrade from a vault written before identity was sealed (migration
0028), at BENCH_SURVIVORS survivors (default 100,000; ``--smoke``: 100).

The old vault is made by the old code, from this checkout's git history, at bench time:

1. the newest commit of the first-parent history whose migrations end at 0027 (main at
   1f89b65) is checked out in a temporary ``git worktree``;
2. its own ``admin init`` and ``admin seed-demo`` (its DemoSeeder: every record through its
   services, with Faker's names and the hostile-text corpus) write BENCH_BASE survivors
   (default 200; smoke: 3) in a subprocess whose PYTHONPATH is that tree's ``src``. That
   commit has no bulk seeder (bench/seed.py came with migration 0036) and its demo seeder
   writes 3 to 15 survivors a second, hours for 100,000;
3. so the seeded files are copied, in that schema, with ``sqlcipher3`` and the vault key,
   until there are BENCH_SURVIVORS: each copy gives every row that belongs to a case (found
   by the schema's foreign keys to ``cases``) new ids and its foreign keys the copies' ids,
   unique columns (the case reference, a specimen's seal number) a copy's value, and the old
   search index (FTS5, dropped by 0028) the copies' rows; triggers are set aside during the
   copy and put back. The audit trail is not copied (a copied case has no entries of its own).

Then, with this checkout's code, in a process of its own (its peak memory is the sign-ins'):

  - the first sign-in after the upgrade, by the manager (she holds every sealed section but
    counselling), as a person waits for it: the whole ``sign_in``, and its parts: the
    pre-migration backup, the migration to head, the sealing of her sections' older rows
    (``seal_older_text``) and the rest (the key slot, her first keys, the commit);
  - what the sign-in window shows meanwhile: the progress the sign-in reports
    (``progress(done, total)``, which gui/views/sign_in.py shows as a bar), the wait before
    the first report, the longest gap between two, and the wait after the last;
  - the counsellor's first sign-in (counselling's older rows), the same way;
  - the second sign-in of each, with nothing left to seal;
  - vault.db's size before and after; the peak resident memory (resource.getrusage).

Results: bench/results/sealing.json (smoke: bench/results/smoke/).
"""

from __future__ import annotations

import itertools
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from common import ROOT, SMOKE, Run, figure, pin_kdf

SURVIVORS = 100 if SMOKE else int(os.environ.get("BENCH_SURVIVORS", "100000"))
BASE = 3 if SMOKE else int(os.environ.get("BENCH_BASE", "200"))
OLD_HEAD = "0027"  # before 0028 sealed identity: every section's older text waits to be sealed
ADMIN = "bench.admin"
ADMIN_PASSWORD = "sealing bench admin phrase 2026"  # a throw-away vault's
MIGRATIONS = "src/onestop/db/migrations/versions/"
# A column that holds another owned table's id without declaring it as a foreign key.
IMPLICIT = {("referrals", "consent_entry_id"): "consent_entries"}
# Unique columns a copy must change (everything else unique is an id or follows one).
UNIQUE_TEXT = {("cases", "reference"), ("specimens", "seal_number")}


def git(*args: str, cwd: Path = ROOT) -> str:
    return subprocess.run(
        ["git", *args],  # noqa: S607 - git from PATH, as make finds it
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def old_commit() -> str | None:
    """The newest first-parent commit whose migrations end at OLD_HEAD; None without history."""
    try:
        touched = git("log", "--first-parent", "--format=%H", "HEAD", "--", MIGRATIONS).split()
    except (OSError, subprocess.CalledProcessError):
        return None
    for sha in touched:
        names = git("ls-tree", "--name-only", sha, MIGRATIONS).split()
        numbers = sorted(
            Path(n).name[:4] for n in names if Path(n).name[:4].isdigit() and n.endswith(".py")
        )
        if numbers and numbers[-1] == OLD_HEAD:
            return sha
        if numbers and numbers[-1] < OLD_HEAD:
            return None
    return None


@contextmanager
def old_tree(sha: str, where: Path) -> Iterator[Path]:
    tree = where / "tree"
    git("worktree", "add", "--detach", "--quiet", str(tree), sha)
    try:
        yield tree
    finally:
        git("worktree", "remove", "--force", str(tree))
        git("worktree", "prune")


def old_cli(tree: Path, home: Path, *args: str, stdin: str) -> str:
    env = {
        **os.environ,
        "PYTHONPATH": str(tree / "src"),
        "ONESTOP_HOME": str(home),
        "ONESTOP_KDF_SECONDS": "0",
    }
    done = subprocess.run(
        [sys.executable, "-m", "onestop", *args],
        cwd=tree,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"the old code's {args[:2]} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def seed_old(sha: str, where: Path) -> tuple[Path, dict[str, str]]:
    """The old code's own vault of BASE survivors; returns it and the accounts by role."""
    vault = where / "vault"
    home = where / "home"
    with old_tree(sha, where) as tree:
        password = ADMIN_PASSWORD + "\n"
        old_cli(
            tree,
            home,
            "admin",
            "init",
            "--vault",
            str(vault),
            "--user",
            ADMIN,
            "--password-stdin",
            stdin=password,
        )
        out = old_cli(
            tree,
            home,
            "admin",
            "seed-demo",
            "--vault",
            str(vault),
            "--as",
            ADMIN,
            "--password-stdin",
            "--survivors",
            str(BASE),
            "--json",
            stdin=password,
        )
    meta = json.loads(out)
    shutil.rmtree(vault / "backups", ignore_errors=True)
    (vault / "vault.lock").unlink(missing_ok=True)
    return vault, {a["role"]: f"{a['username']}\n{a['password']}" for a in meta["accounts"]}


def _connect(vault: Path) -> Any:
    from onestop.vault.engine import key_pragma
    from onestop.vault.keyslots import VAULT_KEY, KeySlotFile, user_slot_id

    opened = KeySlotFile.load(vault / "keyslots.json").open_slot(
        user_slot_id(ADMIN), ADMIN_PASSWORD
    )
    assert opened is not None
    import sqlcipher3

    conn = sqlcipher3.connect(str(vault / "vault.db"), isolation_level=None)
    conn.execute(key_pragma(opened.keys[VAULT_KEY]))
    return conn


def grow(vault: Path, survivors: int) -> dict[str, int]:
    """Copy every case and what belongs to it until there are at least ``survivors`` cases
    (whole copies); returns the row counts of the owned tables."""
    conn = _connect(vault)
    try:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        assert revision == OLD_HEAD, revision
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                "'CREATE VIRTUAL%' AND name NOT LIKE 'case_search%'"
            )
        ]
        refs: dict[str, dict[str, str]] = {}
        for t in tables:
            refs[t] = {f[3]: f[2] for f in conn.execute(f'PRAGMA foreign_key_list("{t}")')}
        for (t, column), target in IMPLICIT.items():
            refs[t][column] = target
        mine = {"cases"}  # the tables whose rows belong to a case, through foreign keys
        while more := {
            t for t in tables if t not in mine and any(v in mine for v in refs[t].values())
        }:
            mine |= more
        owned: list[str] = []  # in an order that inserts a row after the rows it refers to
        while len(owned) < len(mine):
            owned += sorted(
                t
                for t in mine - set(owned)
                if all(v == t or v not in mine or v in owned for v in refs[t].values())
            )
        (history,) = conn.execute("SELECT count(*) FROM record_history").fetchone()
        assert history == 0, "the old demo seeder wrote history: the copy does not map it"
        columns = {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')] for t in owned}
        top = {
            t: int(conn.execute(f'SELECT coalesce(max(id), 0) FROM "{t}"').fetchone()[0])
            for t in owned
            if "id" in columns[t]
        }
        (cases,) = conn.execute("SELECT count(*) FROM cases").fetchone()
        copies = max(0, math.ceil(survivors / cases) - 1)
        triggers = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        ).fetchall()
        conn.execute("BEGIN")
        for name, _ in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        for n in range(1, copies + 1):
            for t in owned:
                values = []
                for c in columns[t]:
                    if c == "id":
                        values.append(f"id + {n * top[t]}")
                    elif c in refs[t] and refs[t][c] in top:
                        values.append(f'"{c}" + {n * top[refs[t][c]]}')
                    elif (t, c) == ("cases", "reference"):
                        values.append(
                            f"substr(reference, 1, 9) || printf('%05d', id + {n * top[t]})"
                        )
                    elif (t, c) in UNIQUE_TEXT:
                        values.append(f"\"{c}\" || '-{n}'")
                    else:
                        values.append(f'"{c}"')
                # The first copy's rows only: by id, or by the owned row it belongs to.
                if "id" in columns[t]:
                    column, target = "id", t
                else:
                    column, target = next((c, v) for c, v in refs[t].items() if v in top)
                conn.execute(
                    f'INSERT INTO "{t}" ({", ".join(chr(34) + c + chr(34) for c in columns[t])}) '
                    f'SELECT {", ".join(values)} FROM "{t}" WHERE "{column}" <= ?',
                    (top[target],),
                )
            conn.execute(
                "INSERT INTO case_search (rowid, keys) SELECT rowid + ?, keys FROM case_search "
                "WHERE rowid <= ?",
                (n * top["cases"], top["cases"]),
            )
        for _, sql in triggers:
            conn.execute(sql)
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in owned}
    finally:
        conn.close()


# ----- the measurement, in a process of its own --------------------------------------------


class Clock:
    """When each progress report came, relative to the start of the sign-in."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.reports: list[tuple[float, int, int]] = []

    def __call__(self, done: int, total: int) -> None:
        self.reports.append((time.perf_counter() - self.start, done, total))


@contextmanager
def parts() -> Iterator[dict[str, float]]:
    """The time spent in each named part of a sign-in: the real functions, timed around."""
    from onestop.db import migrate
    from onestop.services import maintenance, sectionkeys

    spent: dict[str, float] = {}
    saved: list[tuple[Any, str, Callable[..., Any]]] = []

    def wrap(module: Any, name: str, part: str) -> None:
        real = getattr(module, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return real(*args, **kwargs)
            finally:
                spent[part] = spent.get(part, 0.0) + time.perf_counter() - start

        saved.append((module, name, real))
        setattr(module, name, timed)

    wrap(maintenance, "pre_migration_backup", "backup")
    wrap(migrate, "upgrade", "migration (backup included)")
    wrap(sectionkeys, "seal_older_text", "sealing")
    try:
        yield spent
    finally:
        for module, name, real in saved:
            setattr(module, name, real)


def one_sign_in(vault: Path, account: str) -> dict[str, Any]:
    from onestop.services.auth import sign_in

    username, password = account.split("\n", 1)
    clock = Clock()
    before = resource.getrusage(resource.RUSAGE_SELF)
    with parts() as spent:
        session = sign_in(vault, username, password, progress=clock)
        total = time.perf_counter() - clock.start
    after = resource.getrusage(resource.RUSAGE_SELF)
    session.close()
    marks = [0.0] + [at for at, _, _ in clock.reports] + [total]
    # After a (0, 0) report the window shows a busy bar, which moves: not a still window.
    busy = [False] + [t == 0 for _, _, t in clock.reports]
    gaps = [b - a for a, b in itertools.pairwise(marks)]
    return {
        "seconds": total,
        "cpu_s": after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime,
        "parts": dict(spent),
        "rows_sealed": max((t for _, _, t in clock.reports), default=0),
        "reports": len(clock.reports),
        "before_first_report_s": clock.reports[0][0] if clock.reports else total,
        "longest_without_report_s": max(gaps),
        "longest_still_s": max(g for g, b in zip(gaps, busy, strict=True) if not b),
        "after_last_report_s": total - clock.reports[-1][0] if clock.reports else total,
        # The longest waits: when each began (s), how long, and the report before it.
        "longest": sorted(
            (
                (round(marks[i], 3), round(g, 3), list(([0, 0, 0], *clock.reports)[i][1:]))
                for i, g in enumerate(gaps)
            ),
            key=lambda x: -x[1],
        )[:5],
    }


def measure(vault: Path, accounts: dict[str, str]) -> dict[str, Any]:
    os.environ["ONESTOP_KDF_SECONDS"] = "0"
    out: dict[str, Any] = {}
    out["manager first"] = one_sign_in(vault, accounts["manager"])
    out["peak_rss_mb_after_first"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["counsellor first"] = one_sign_in(vault, accounts["counsellor"])
    out["manager second"] = one_sign_in(vault, accounts["manager"])
    out["counsellor second"] = one_sign_in(vault, accounts["counsellor"])
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def _mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6


def main() -> int:
    if "--measure" in sys.argv:
        vault = Path(sys.argv[sys.argv.index("--measure") + 1])
        accounts = json.loads(os.environ["SEALING_ACCOUNTS"])
        print(json.dumps(measure(vault, accounts)))
        return 0
    pin_kdf()
    sha = old_commit()
    if sha is None:
        print(
            f"bench/sealing.py: no commit with migrations ending at {OLD_HEAD} in this "
            "checkout's history (a shallow clone?): nothing measured"
        )
        return 0
    run = Run("sealing")
    where = Path(tempfile.mkdtemp(prefix="onestop-sealing-"))
    try:
        started = time.perf_counter()
        vault, accounts = seed_old(sha, where)
        seeded_s = time.perf_counter() - started
        started = time.perf_counter()
        counts = grow(vault, SURVIVORS)
        grown_s = time.perf_counter() - started
        before_mb = _mb(vault / "vault.db")
        print(f"old vault at {OLD_HEAD} ({sha[:9]}): {counts['cases']} cases, {before_mb:.1f} MB")
        done = subprocess.run(
            [sys.executable, __file__, "--measure", str(vault)],
            env={**os.environ, "SEALING_ACCOUNTS": json.dumps(accounts)},
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise SystemExit(f"the sign-ins failed:\n{done.stdout}\n{done.stderr}")
        m = json.loads(done.stdout.strip().splitlines()[-1])
        after_mb = _mb(vault / "vault.db")
    finally:
        shutil.rmtree(where, ignore_errors=True)
    figures = []
    for who in ("manager first", "counsellor first", "manager second", "counsellor second"):
        r = m[who]
        label = f"{who.split()[0]}'s {who.split()[1]} sign-in"
        figures.append(
            figure(
                label,
                r["seconds"],
                "s",
                note=f"{r['rows_sealed']} rows sealed"
                if r["rows_sealed"]
                else "nothing left to seal",
            )
        )
        figures.append(figure(f"{label}: CPU time", r["cpu_s"], "s"))
        if who.endswith("first"):
            for part, seconds in sorted(r["parts"].items()):
                figures.append(figure(f"{label}: {part}", seconds, "s"))
            rest = r["seconds"] - r["parts"].get("migration (backup included)", 0.0)
            rest -= r["parts"].get("sealing", 0.0)
            figures.append(figure(f"{label}: the rest (slot, keys, the commit)", rest, "s"))
            figures += [
                figure(f"{label}: progress reports", r["reports"], "reports"),
                figure(f"{label}: wait before the first report", r["before_first_report_s"], "s"),
                figure(
                    f"{label}: longest wait without a report", r["longest_without_report_s"], "s"
                ),
                figure(f"{label}: wait after the last report", r["after_last_report_s"], "s"),
                figure(
                    f"{label}: longest wait with no bar moving",
                    r["longest_still_s"],
                    "s",
                    target="<= 1 s",
                    note="a busy bar (after a report of 0 of 0) moves by itself",
                ),
            ]
    figures += [
        figure("vault.db before the upgrade", before_mb, "MB"),
        figure("vault.db after both first sign-ins", after_mb, "MB"),
        figure("peak memory, manager's first sign-in", m["peak_rss_mb_after_first"], "MB"),
        figure("peak memory, all four sign-ins", m["peak_rss_mb"], "MB"),
    ]
    out = run.write(
        figures,
        survivors=counts["cases"],
        vault_mb=after_mb,
        old_commit=sha,
        base_survivors=BASE,
        seeding_s=seeded_s,
        copying_s=grown_s,
        rows=counts,
        sign_ins=m,
        notes=(
            f"The vault was written at migration {OLD_HEAD} by the old code (main at {sha[:9]}, "
            f"in a temporary git worktree): {BASE} survivors by its own demo seeder, then copied "
            f"in that schema to {counts['cases']} cases (names repeat). The sign-in window "
            "shows a busy bar after a report of 0 of 0, the sealing's bar after the others, "
            "and before the first report only 'Opening the vault…'."
        ),
    )
    print(f"wrote {out}")
    for f in figures:
        print(f"  {f['name']}: {f['value']:.3g} {f['unit']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
