"""The first sign-in after the upgrade to migration 0069 (sealed text bound to its case), on a
vault holding BENCH_NOTES counselling notes (default 10,000: 20,000 sealed values, each note's
notes and plan; ``--smoke``: 100).

The old vault is made by the old code, from this checkout's git history, at bench time: the
commit before the one that added migration 0069 (or HEAD, before it is committed) is unpacked
with ``git archive`` into a temporary folder; its own ``admin init`` and ``admin seed-demo
--survivors 3`` write a demo centre, then its counsellor writes BENCH_NOTES notes through its
``CounsellingService`` in one transaction, spread over the demo's cases: every one sealed in
form 1 (its associated data names its row, not its case).

Then, with this checkout's code, in a process of its own: the counsellor's first sign-in
(the pre-migration backup, the migration, and ``seal_older_text``, which seals every note
again in form 2 and records counselling as bound to its cases), its parts and its progress
reports, then her second sign-in (nothing left to bind) as the baseline.

Results: bench/results/text_binding.json (smoke: bench/results/smoke/).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from common import ROOT, SMOKE, Run, figure, pin_kdf
from sealing import one_sign_in

NOTES = 100 if SMOKE else int(os.environ.get("BENCH_NOTES", "10000"))
ADMIN = "bench.admin"
ADMIN_PASSWORD = "text binding bench admin phrase 2026"  # a throw-away vault's
MIGRATION = "src/onestop/db/migrations/versions/0069_text_bound_to_cases.py"

WRITE_NOTES = """
import json, sys
from datetime import timedelta
from pathlib import Path
from faker import Faker
from sqlalchemy import select
from onestop.db.base import utcnow
from onestop.db.cases import Case
from onestop.domain.counselling import SessionType
from onestop.domain.roles import Action, Section
from onestop.services.auth import sign_in
from onestop.services.counselling import CounsellingService, SessionDetails

vault, n, account = Path(sys.argv[1]), int(sys.argv[2]), json.loads(sys.argv[3])
fake = Faker()
Faker.seed(69)
with sign_in(vault, account["username"], account["password"]) as me:
    service = CounsellingService(me)
    with me.unit_of_work(Section.COUNSELLING, Action.WRITE) as s:
        cases = list(s.scalars(select(Case)))
        for i in range(n):
            details = SessionDetails(
                utcnow() - timedelta(minutes=i),
                SessionType.INDIVIDUAL,
                fake.paragraph(),
                fake.sentence(),
            )
            service.insert(s, cases[i % len(cases)], details)
"""


def old_commit() -> str | None:
    """The parent of the commit that added migration 0069 (HEAD while it is not committed;
    the migration's later edits are not what counts); None without that history (a shallow
    clone, an export)."""
    try:
        added = subprocess.run(
            ["git", "log", "--diff-filter=A", "--format=%H", "-1", "HEAD", "--", MIGRATION],  # noqa: S607
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    if not added:
        return "HEAD" if (ROOT / MIGRATION).exists() else None
    parent = subprocess.run(
        ["git", "rev-parse", "--verify", "--quiet", f"{added}^"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return parent or None


def old_vault(work: Path, commit: str) -> tuple[Path, dict[str, str]]:
    """A vault written by the old code at ``commit``: a demo centre and NOTES notes."""
    tree = work / "old"
    tree.mkdir()
    archive = subprocess.run(
        ["git", "archive", commit, "src", "resources"],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)  # noqa: S607
    env = {**os.environ, "PYTHONPATH": str(tree / "src"), "ONESTOP_HOME": str(work / "home")}
    vault = work / "vault"
    python = [sys.executable, "-m", "onestop", "admin"]
    common = ["--vault", str(vault), "--password-stdin"]
    subprocess.run(
        [*python, "init", *common, "--user", ADMIN, "--name", "Bench administrator"],
        input=ADMIN_PASSWORD,
        text=True,
        env=env,
        check=True,
        capture_output=True,
    )
    seeded = subprocess.run(
        [*python, "seed-demo", *common, "--as", ADMIN, "--survivors", "3", "--json"],
        input=ADMIN_PASSWORD,
        text=True,
        env=env,
        check=True,
        capture_output=True,
    ).stdout
    accounts = {a["role"]: a for a in json.loads(seeded)["accounts"]}
    counsellor = accounts["counsellor"]
    subprocess.run(
        [sys.executable, "-c", WRITE_NOTES, str(vault), str(NOTES), json.dumps(counsellor)],
        env=env,
        check=True,
    )
    (vault / "vault.lock").unlink(missing_ok=True)
    return vault, {"counsellor": f"{counsellor['username']}\n{counsellor['password']}"}


def measure(vault: Path, accounts: dict[str, str]) -> dict[str, Any]:
    pin_kdf()
    return {
        "counsellor first": one_sign_in(vault, accounts["counsellor"]),
        "counsellor second": one_sign_in(vault, accounts["counsellor"]),
    }


def main() -> int:
    if "--measure" in sys.argv:
        vault = Path(sys.argv[sys.argv.index("--measure") + 1])
        print(json.dumps(measure(vault, json.loads(os.environ["BINDING_ACCOUNTS"]))))
        return 0
    pin_kdf()
    run = Run("text_binding")
    commit = old_commit()
    if commit is None:
        print("no git history here: the old vault is written by the code before 0069")
        return 1
    with tempfile.TemporaryDirectory(prefix="onestop-text-binding-") as tmp:
        work = Path(tmp)
        vault, accounts = old_vault(work, commit)
        conn_env = {
            **os.environ,
            "PYTHONPATH": str(ROOT / "src"),
            "ONESTOP_HOME": str(work / "home-new"),
            "BINDING_ACCOUNTS": json.dumps(accounts),
        }
        done = subprocess.run(
            [sys.executable, __file__, "--measure", str(vault)],
            env=conn_env,
            capture_output=True,
            text=True,
            check=True,
        )
        shutil.rmtree(work / "old", ignore_errors=True)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    first, second = found["counsellor first"], found["counsellor second"]
    sealing = first["parts"].get("sealing", 0.0)
    figures = [
        figure("counsellor's first sign-in after the upgrade", first["seconds"], "s"),
        figure(
            "of which seal_older_text (binding every note to its case)",
            sealing,
            "s",
            note=f"{2 * NOTES} sealed values in {NOTES} notes, and the demo's other rows",
        ),
        figure(
            "of which migration (pre-migration backup included)",
            first["parts"].get("migration (backup included)", 0.0),
            "s",
        ),
        figure("rows sealed again (progress total)", first["rows_sealed"], "rows"),
        figure("longest wait without a progress report", first["longest_without_report_s"], "s"),
        figure("counsellor's second sign-in (nothing to bind)", second["seconds"], "s"),
    ]
    intro = (
        f"The vault was written at migration 0068 by the old code ({commit[:9]}, the parent of "
        f"the commit that added 0069, unpacked with git archive): a demo centre and {NOTES:,} "
        "counselling notes sealed in form 1. Then this checkout's code: the counsellor's first "
        "sign-in (backup, migration, every note sealed again bound to its case), and her "
        "second (nothing left to bind)."
    )
    out = run.write(figures, old_commit=commit, counselling_notes=NOTES, notes=intro, runs=found)
    print(json.dumps(figures, indent=2))
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
