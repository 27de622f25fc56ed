"""The in-memory search index (services.caseindex) at 10,000 and 100,000 survivors.

Names are sealed under the identity key, so the index is built at sign-in from the names the
person's key opens. Figures:
  - building the index (reading every case and opening its name, alias and phone), median of
    5, and the sign-in until search is ready as the desktop does it (the pinned Argon2id
    cost included): the first (no snapshot yet) and the later ones (from the snapshot, then
    checked against every row on a thread of its own, timed apart);
  - search through the service (the audit entry included), p95 over a mix of what people
    type: name prefixes from one letter up, whole surnames, references, phones, misses.

The vault is filled fast: cases are written sealed, with the caseworker's identity key, by
one bulk INSERT (the seeder's services would take hours at 100,000); what is read back is
what the services write (tests/unit/test_insider_identity.py checks that form).
Today's full build and the build at sign-in from the sealed snapshot (only the cases changed
since opened again) are timed in the same run, interleaved, wall and CPU time.
``--smoke``: 300 survivors. ``--reuse``: keep a vault this bench made before (same seed).
"""

from __future__ import annotations

import random
import shutil
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import insert

from common import RESULTS, SMOKE, Run, figure, percentile, pin_kdf
from onestop.db.cases import Case
from onestop.db.textcolumns import IDENTITY_SEALED
from onestop.domain.roles import Role, Section
from onestop.services import caseindex
from onestop.services.auth import create_vault, sign_in
from onestop.services.sealedcolumns import seal_value
from onestop.services.search import CaseSearch
from onestop.services.users import UserService
from onestop.vault.sectionkeys import CaseRef
from seed import vaults_folder

ADMIN, PASSWORD = "bench-admin", "benchmark phrase for the vault 2026"
WORKER, WORKER_PASSWORD = "bench-cw", "benchmark caseworker phrase 2026"
SIZES = (300,) if SMOKE else (10_000, 100_000)
SYLLABLES = "ma na li sa ra ka to mi a e zé ño ha lu bi ya da ke ri so wa".split()


def person(rng: random.Random) -> tuple[str, str, str]:
    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()

    name = f"{word()} {word()}"
    alias = word() if rng.random() < 0.3 else ""
    phone = f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
    return name, alias, phone


REUSE = "--reuse" in sys.argv[1:]


def people_of(n: int) -> list[tuple[str, str, str, str]]:
    """The people build_vault wrote (the same seed), for a vault kept with ``--reuse``."""
    rng, year, found = random.Random(4242), datetime.now(UTC).year, []
    for i in range(1, n + 1):
        name, alias, phone = person(rng)
        rng.randint(0, 15000)
        found.append((f"OSC-{year}-{i:06d}", name, alias, phone))
    return found


def build_vault(n: int) -> Any:
    folder = vaults_folder(RESULTS) / f"identity-index-{n}"  # BENCH_VAULTS: out of the checkout
    if REUSE and (folder / "vault" / "vault.db").exists():
        return folder / "vault", people_of(n)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    pin_kdf()
    path = folder / "vault"
    create_vault(path, ADMIN, PASSWORD)
    with sign_in(path, ADMIN, PASSWORD) as admin:
        otp = UserService(admin).create(WORKER, Role.CASEWORKER).one_time_password
    with sign_in(path, WORKER, otp) as cw:
        UserService(cw).change_own_password(otp, WORKER_PASSWORD)
    rng = random.Random(4242)
    people = []
    with sign_in(path, WORKER, WORKER_PASSWORD) as cw:
        key = cw.section_keys.current(Section.IDENTITY)
        assert key is not None
        now = datetime.now(UTC)
        rows = []
        for i in range(1, n + 1):
            name, alias, phone = person(rng)
            plain = dict.fromkeys(IDENTITY_SEALED, "")
            plain.update(name=name, alias=alias, safe_phone=phone, languages="[]")
            opened = now - timedelta(minutes=n - i)
            case = CaseRef(i, f"OSC-{opened.year}-{i:06d}")  # bound to itself, as written
            rows.append(
                {
                    "id": i,
                    "reference": case.reference,
                    **{c: seal_value(key, "cases", c, i, 1, v, case) for c, v in plain.items()},
                    "date_of_birth": date(1970, 1, 1) + timedelta(days=rng.randint(0, 15000)),
                    "estimated_age": None,
                    "sex": "female",
                    "children_count": None,
                    "safe_message_allowed": False,
                    "caseworker": WORKER,
                    "status": "open",
                    "opened_at": opened,
                    "closed_at": None,
                    "version": 1,
                    "updated_at": opened,
                    "updated_by": WORKER,
                    "created_at": opened,
                    "created_by": WORKER,
                    "key_version": key.version,
                }
            )
            people.append((rows[-1]["reference"], name, alias, phone))
        with cw.engine.begin() as conn:
            conn.execute(insert(Case.__table__), rows)
    return path, people


def queries(people: list[tuple[str, str, str, str]], rng: random.Random) -> list[str]:
    found: list[str] = []
    for reference, name, alias, phone in rng.sample(people, min(60, len(people))):
        surname = name.split()[-1]
        found += [surname[:k] for k in range(1, len(surname) + 1)]  # search-as-you-type
        found += [name, reference, phone[-6:], alias or surname.lower()]
    found += ["zzqx", "Nobody Here", "OSC-1999-000001"]
    return found


def main() -> int:
    run = Run("identity_index")
    figures = []
    for n in SIZES:
        path, people = build_vault(n)
        signins, signin_cpu, builds, cpu, snaps, snap_cpu = [], [], [], [], [], []
        alone: list[float] = []
        checks: list[float] = []
        first: tuple[float, float] | None = None
        for i in range(4):
            # As the desktop does (gui.shell, gui.indexcheck): the sign-in, her index read on
            # a thread of its own while her home is shown (caseindex.Loading), put in place
            # on the window's thread: search is ready then. One read from the snapshot is
            # then checked against every case's row on a thread of its own (timed apart: she
            # searches meanwhile, and it takes a CPU). The first sign-in has no snapshot: it
            # builds the index from every row and writes the snapshot (reported apart).
            start, used = time.perf_counter(), time.process_time()
            session = sign_in(path, WORKER, WORKER_PASSWORD)
            signed_in = (time.perf_counter() - start) * 1000
            caseindex.load_in_background(session)
            index = caseindex.finish_loading(session)
            took = (time.perf_counter() - start) * 1000, (time.process_time() - used) * 1000
            assert index is not None and len(index) == n
            if i == 0:
                assert not index.from_snapshot
                first = took
            else:
                assert index.from_snapshot and index.checking
                alone.append(signed_in)
                signins.append(took[0])
                signin_cpu.append(took[1])
                start = time.perf_counter()
                findings = caseindex.snapshot_findings(session, *index.state())
                checks.append((time.perf_counter() - start) * 1000)
                assert findings is not None and not findings.wrong and not findings.unopened
            session.close()
        assert first is not None
        with sign_in(path, WORKER, WORKER_PASSWORD) as cw:
            for _ in range(5):  # today's full build and the snapshot's, one after the other
                with cw.system_transaction() as s:
                    start, used = time.perf_counter(), time.process_time()
                    caseindex.build(s, cw.section_keys)
                    builds.append((time.perf_counter() - start) * 1000)
                    cpu.append((time.process_time() - used) * 1000)
                    start, used = time.perf_counter(), time.process_time()
                    read = caseindex.build_at_sign_in(s, cw.section_keys, False)
                    snaps.append((time.perf_counter() - start) * 1000)
                    snap_cpu.append((time.process_time() - used) * 1000)
                    assert len(read) == n
            rng = random.Random(7)
            mix = queries(people, rng)
            search = CaseSearch(cw)
            times, search_cpu = [], []
            for q in mix:
                start, used = time.perf_counter(), time.process_time()
                search.find(q)
                times.append((time.perf_counter() - start) * 1000)
                search_cpu.append((time.process_time() - used) * 1000)
        label = f"{n:,} survivors"
        figures += [
            figure(
                f"index built in full (every name opened), {label}, median",
                statistics.median(builds),
                "ms",
                target="sign-in with it <= 1500 ms",
                note=f"max {max(builds):.0f} ms",
            ),
            figure(
                f"index built in full, {label}, CPU time, median",
                statistics.median(cpu),
                "ms",
                note="the process's own CPU time: the machine is shared",
            ),
            figure(
                f"index read at sign-in from the sealed snapshot, {label}, median",
                statistics.median(snaps),
                "ms",
                target="sign-in with it <= 1500 ms",
                note=f"CPU {statistics.median(snap_cpu):.0f} ms; interleaved with the full build",
            ),
            figure(
                f"sign-in until search is ready, index from the snapshot, {label}, median",
                statistics.median(signins),
                "ms",
                target="<= 1500 ms",
                note=f"CPU {statistics.median(signin_cpu):.0f} ms; Argon2id at the pinned cost; "
                f"the sign-in alone {statistics.median(alone):.0f} ms, then the snapshot read on "
                "its own thread (while her home is shown) and caught up; 3 sign-ins",
            ),
            figure(
                f"the snapshot checked against every case's row, after, {label}, median",
                statistics.median(checks),
                "ms",
                note="on its own thread in the desktop while she searches (gui.indexcheck); "
                "the command line checks it before its first search",
            ),
            figure(
                f"first sign-in until search is ready (no snapshot yet), {label}",
                first[0],
                "ms",
                target="<= 1500 ms",
                note=f"CPU {first[1]:.0f} ms; every row opened on the loading thread, the "
                "snapshot written; once (the first sign-in after the vault is made)",
            ),
            figure(
                f"search through the in-memory index, {label}, p95",
                percentile(times, 0.95),
                "ms",
                target="p95 <= 50 ms (issue 24); <= 30 ms at a server's workstation (25)",
                note=f"median {statistics.median(times):.1f} ms; max {max(times):.1f} ms; "
                f"CPU p95 {percentile(search_cpu, 0.95):.1f} ms; {len(times)} queries",
            ),
        ]
        for f in figures[-7:]:
            print(f)
    print(run.write(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
