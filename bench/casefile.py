"""Case-file benchmarks on a seeded vault of BENCH_SURVIVORS survivors (default 100,000;
``--smoke``: 150, a few queries).

Figures (issue: the survivor's case file):
  - seeding rate (survivors per second, bench/seed.py: the services' rows, written in bulk);
  - search (target p95 <= 25 ms, ratio <= 3x): the queries people send, not whole names only:
    each name typed as search-as-you-type sends it, prefix by prefix (1- and 2-letter prefixes
    are about 42 % of what it sends), names from every script the seeder writes (Latin, Arabic,
    Devanagari), references, phones, birth dates, and misses. The baseline is the service's
    own SQL, captured with SQLAlchemy's before_cursor_execute hook during each search, run on
    a bare sqlcipher3 connection to the same vault. The audit entry every search writes (and
    its anchor file) is timed apart, from the hook's clock: the part of the search from its
    first audit statement to its return;
  - the first search of a session (cold) apart from the rest (warm), and what a person waits
    after her last keystroke: the list's typing pause (gui.views.case_list.TYPING_PAUSE_MS)
    plus the search;
  - the case list page with no query, beside the same SQL bare;
  - opening a full case file for a caseworker (p95 target <= 50 ms);
  - the home screen's lists (services.agenda) of the caseworker, the clinician and the
    manager, first (cold) and warm;
  - vault size per survivor;
  - issue 22's figures, what section keys and signed entries cost (keys_and_signatures):
    opening a long file whole (as the caseworker and as the clinician) and an audited, signed
    write-and-commit of survivor data (a task recorded on a case: its title sealed, its entry
    signed, one commit, the anchor file), each beside the same calls with the time spent
    inside field sealing and opening (every function of vault.sectionkeys that seals, opens
    or blind-indexes a field: ``CryptoClock.FUNCTIONS``, the outermost call counted once) and
    inside the Ed25519 signatures of its audit entries taken out: what the
    same work cost before section keys and signatures, measured in the same calls, not by a
    second code path (targets: within 1.2x and 1.5x).

The seeded vault (bench/seed.py) is kept in bench/results/ (or BENCH_VAULTS) and reused while
the seed, size and schema match. New vaults are made with the pinned Argon2id cost
(common.PINNED_KDF).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event

import seed
from common import (
    RESULTS,
    SMOKE,
    Run,
    figure,
    is_select,
    kdf_of,
    left_out,
    percentile,
    pin_kdf,
    writes_audit,
)
from onestop.domain.roles import Role
from onestop.services.agenda import AgendaService
from onestop.services.attachments import AttachmentService
from onestop.services.auth import sign_in
from onestop.services.casefile import open_case_file
from onestop.services.cases import CaseService
from onestop.services.consent import ConsentService
from onestop.services.health import HealthService
from onestop.services.incidents import IncidentService
from onestop.services.legal import Hearings, LegalMatters, ProtectionOrders
from onestop.services.perpetrators import PerpetratorService
from onestop.services.referrals import ReferralService
from onestop.services.search import CaseSearch
from onestop.services.shelter import ShelterService
from onestop.services.tasks import TaskService
from onestop.services.timeline import TimelineService
from onestop.vault.engine import connect

ADMIN, PASSWORD = "bench-admin", "benchmark phrase for the vault 2026"
SEED = 4242
DEFAULT_SURVIVORS = "150" if SMOKE else "100000"


# How its baselines are checked to do the same work as what they are compared with (the
# assertions named are in this file): read by bench/report.py into the report.
BASELINES = (
    "search's query part and the case list page beside the service's exact SELECTs, captured "
    "during each timed call, replayed on bare sqlcipher3. Asserted (`measured`): before its "
    "first audit statement the call ran only those SELECTs and its transaction's BEGIN, after "
    "it only the audit entry's own, so the replay leaves out only the transaction and the "
    "audit (counted as OneStop's); after the timing, every case the service returned is among "
    "the rows its replay reads (`shown_in_replay`). Issue 22's figures (a long file opened "
    "whole, a task written) beside the same calls less their time inside field sealing, "
    "opening and signing: the same calls by construction; asserted that the clock timed at "
    "least 100 fields per long file (`LEAST_OPENED`) and 2 seals and signatures per task, so "
    "that `CryptoClock.FUNCTIONS` still wraps what the services use."
)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def build(n: int) -> tuple[Path, dict[str, object]]:
    """The seeded vault of ``n`` survivors (bench/seed.py: made once, checked, reused)."""
    pin_kdf()
    path, meta = seed.build(n, seed.vaults_folder(RESULTS), pool=3 if SMOKE else seed.POOL)
    meta.setdefault("kdf", kdf_of(path))
    return path, meta


def script_of(text: str) -> str:
    """The script of a name's first letter: "LATIN", "ARABIC", "DEVANAGARI", ..."""
    for ch in text:
        if ch.isalpha():
            return unicodedata.name(ch, "UNKNOWN").split()[0]
    return "NONE"


def query_mix(people: list[Any], refs: list[str], rng: random.Random) -> list[tuple[str, str]]:
    """(kind, query) as people send them: names typed prefix by prefix, in every script the
    sample holds, whole names, references, phones, birth dates and misses; then more 1- and
    2-letter prefixes until they are about 42 % of the whole, as search-as-you-type sends."""
    mix: list[tuple[str, str]] = []
    by_script: dict[str, list[Any]] = {}
    for p in people:
        by_script.setdefault(script_of(p.details.name), []).append(p)
    per_script = 12 if not SMOKE else 2
    chosen = [p for group in by_script.values() for p in group[:per_script]]
    for p in chosen:
        words = p.details.name.split()
        word = words[-1] if rng.random() < 0.6 else words[0]
        for k in range(1, min(5, len(word)) + 1):
            mix.append(("prefix", word[:k]))
        mix.append(("name", p.details.name))
        if p.details.safe_phone:
            mix.append(("phone", p.details.safe_phone[-7:]))
        if p.details.date_of_birth:
            mix.append(("birth date", p.details.date_of_birth.strftime("%d/%m/%Y")))
    mix += [("reference", r) for r in refs[: max(2, len(chosen) // 2)]]
    misses = ["qzxv", "Zyqwk", "ظظظث", "ङङञ", "99999999", "xq", "ßq", "Wqz Vqx"]
    mix += [("miss", m) for m in misses[: 2 if SMOKE else len(misses)]]
    spare = [p.details.name.split()[0] for p in people if p not in chosen]
    while sum(1 for _, q in mix if len(q) <= 2) < 0.42 * len(mix) and spare:
        first = spare.pop()
        mix.append(("prefix", first[: rng.choice((1, 2))]))
    rng.shuffle(mix)
    return mix


class Statements:
    """Every statement a session's engine runs, with the clock at its start (SQLAlchemy's
    before_cursor_execute hook): the service's exact SQL and parameters, for the baseline."""

    def __init__(self, engine: Any) -> None:
        self.log: list[tuple[float, str, Any]] = []
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, conn: Any, cursor: Any, sql: str, params: Any, ctx: Any, many: bool) -> None:
        self.log.append((time.perf_counter(), sql, params))


def measured(seen: Statements, call: Callable[[], object]) -> dict[str, Any]:
    """One service call: its time, split at its first audit statement into the query part and
    the audit write (entry, anchor row, commit, anchor file), and the SELECTs it ran.

    Checked after the call, so that the replay does the query part's work: every statement
    before the audit's first is a SELECT (replayed) or the transaction's BEGIN, and after it
    only the audit entry's own and the transaction's."""
    seen.log.clear()
    start = time.perf_counter()
    result = call()
    end = time.perf_counter()
    audit_at = next((t for t, sql, _ in seen.log if writes_audit(sql)), end)
    before = [sql for t, sql, _ in seen.log if t < audit_at]
    after = [sql for t, sql, _ in seen.log if t >= audit_at and not writes_audit(sql)]
    missed = left_out(before) + left_out(after) + [sql for sql in after if is_select(sql)]
    if missed:
        raise SystemExit(f"the bare replay would not do the query part's work: {missed}")
    return {
        "total": (end - start) * 1000,
        "audit": (end - audit_at) * 1000,
        "query": (audit_at - start) * 1000,
        "selects": [
            (sql, params) for t, sql, params in seen.log if t < audit_at and is_select(sql)
        ],
        "result": result,
    }


def replay(raw: Any, rows: list[dict[str, Any]]) -> None:
    """Each call's exact SELECTs again, on a bare sqlcipher3 connection: its baseline. Then,
    not timed, the same SELECTs once more: every case the service returned must be among the
    rows they read (``shown_in_replay``)."""
    for row in rows:
        selects = row["selects"]
        row["bare"] = timed(
            lambda selects=selects: [raw.execute(s, p).fetchall() for s, p in selects]
        )
    for row in rows:
        shown_in_replay(raw, row)


def shown_in_replay(raw: Any, row: dict[str, Any]) -> None:
    """The cases a search returned (its page's references) are read by its bare replay, and
    the replay read at least as many rows as the page shows."""
    read = [r for sql, params in row["selects"] for r in raw.execute(sql, params).fetchall()]
    cells = {cell for r in read for cell in r}
    shown = [c.reference for c in row["result"].cases]
    if not set(shown) <= cells or len(read) < len(shown):
        raise SystemExit(
            f"the bare replay read {len(read)} rows, not the {len(shown)} cases the service "
            f"returned: {sorted(set(shown) - cells)[:5]}"
        )


LEAST_OPENED = 100  # fields a long file's opening must open (200 encounters, 240 hearings)


class CryptoClock:
    """The time spent inside the section keys' field sealing and opening and inside the
    Ed25519 signing of audit entries, while ``installed``: each function is wrapped where
    the services call it (every onestop module holding it by name), the session's signing
    key by one whose ``sign`` is timed. Everything else runs as it does."""

    # Form 1 (encrypt_field, decrypt_field) and form 2, bound to the case (encrypt_bound,
    # open_field: migration 0069), and the blind indexes. A function one of them calls is
    # wrapped too; only the outermost call is timed and counted.
    FUNCTIONS = (
        "encrypt_field",
        "encrypt_bound",
        "decrypt_field",
        "open_field",
        "blind_index",
        "blind_indexes",
    )

    def __init__(self) -> None:
        self.ms = 0.0
        self.calls = 0
        self._depth = 0

    def _timed(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed_call(*args: Any, **kwargs: Any) -> Any:
            if self._depth:
                return fn(*args, **kwargs)  # inside a call timed already
            self._depth += 1
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.ms += (time.perf_counter() - start) * 1000
                self.calls += 1
                self._depth -= 1

        return timed_call

    @contextmanager
    def installed(self, session: Any) -> Iterator[None]:
        from onestop.services.audit import SigningKey
        from onestop.vault import sectionkeys as fields

        clock = self

        class TimedPrivate:
            def __init__(self, private: Any) -> None:
                self._private = private

            def sign(self, message: bytes) -> bytes:
                return clock._timed(self._private.sign)(message)

        swapped = []
        for name in self.FUNCTIONS:
            real = getattr(fields, name)
            for module in list(sys.modules.values()):
                held = getattr(module, name, None) if module is not None else None
                if held is real and module.__name__.startswith("onestop"):
                    swapped.append((module, name, real))
                    setattr(module, name, self._timed(real))
        signer = session.signer
        if signer is not None:
            session.signer = SigningKey(signer.key_id, TimedPrivate(signer.private))
        try:
            yield
        finally:
            session.signer = signer
            for module, name, real in swapped:
                setattr(module, name, real)

    def timed(self, fn: Callable[[], object]) -> tuple[float, float]:
        """(whole ms, of which inside the crypto ms) of one call."""
        before = self.ms
        whole = timed(fn)
        return whole, self.ms - before


def keys_and_signatures(
    path: Path, meta: dict[str, Any], accounts: dict[str, list[str]]
) -> list[dict[str, Any]]:
    """Issue 22's figures: a long file opened whole, and an audited, signed write of survivor
    data, each beside the same calls less their time inside sealing, opening and signing."""
    from onestop.services.tasks import TaskDetails, TaskService

    out: list[dict[str, Any]] = []
    longs: list[str] = meta.get("long_cases") or meta["cases"][:3]
    longs = longs[: 3 if SMOKE else 10]
    rounds = 1 if SMOKE else 3
    for role in (Role.CASEWORKER, Role.CLINICIAN):
        user, password = accounts[role.value]
        with sign_in(path, user, password) as session:
            open_case_file(session, longs[0])  # the session's caches, as after its home
            clock = CryptoClock()
            with clock.installed(session):
                pairs = [
                    clock.timed(lambda ref=ref: open_case_file(session, ref))
                    for _ in range(rounds)
                    for ref in longs
                ]
        if clock.calls / len(pairs) < LEAST_OPENED:
            # A field opened by a function the clock does not wrap would be counted as
            # work done without section keys (as form 2's open_field was, stop 41 to 42).
            raise SystemExit(
                f"the crypto clock timed {clock.calls / len(pairs):.0f} calls per long file: "
                "CryptoClock.FUNCTIONS no longer names what the services seal and open with"
            )
        whole = [w for w, _ in pairs]
        without = [w - c for w, c in pairs]
        out.append(
            figure(
                f"open a long file whole as {role.value}, with section keys and signed "
                "entries, p95",
                percentile(whole, 0.95),
                "ms",
                baseline=percentile(without, 0.95),
                baseline_is="the same calls less their time inside field opening "
                "(open_field, decrypt_field) and the Ed25519 signing of their audit entries",
                target="ratio <= 1.2x",
                note=f"median {statistics.median(whole):.1f} ms, without "
                f"{statistics.median(without):.1f} ms; {clock.calls / len(pairs):.0f} fields "
                f"opened and entries signed per open; {len(pairs)} opens of {len(longs)} long "
                "files",
            )
        )
    user, password = accounts[Role.CASEWORKER.value]
    ref = meta["cases"][-1]  # one ordinary case: each run adds its tasks to it
    due = datetime.now(UTC).replace(microsecond=0)
    with sign_in(path, user, password) as session:
        tasks = TaskService(session)
        tasks.record(ref, TaskDetails("bench warm-up", due))
        clock = CryptoClock()
        with clock.installed(session):
            pairs = [
                clock.timed(lambda k=k: tasks.record(ref, TaskDetails(f"bench task {k}", due)))
                for k in range(10 if SMOKE else 100)
            ]
    if clock.calls / len(pairs) < 2:
        # Each write seals at least its title and signs its entry: fewer timed means the
        # clock no longer wraps what the service seals or signs with.
        raise SystemExit(
            f"the crypto clock timed {clock.calls / len(pairs):.1f} calls per task written: "
            "CryptoClock.FUNCTIONS no longer names what the services seal with"
        )
    whole = [w for w, _ in pairs]
    without = [w - c for w, c in pairs]
    out.append(
        figure(
            "audited, signed write + commit of survivor data (a task recorded), p95",
            percentile(whole, 0.95),
            "ms",
            baseline=percentile(without, 0.95),
            baseline_is="the same calls less their time inside sealing (encrypt_bound, "
            "encrypt_field, blind_index) and the Ed25519 signing of their audit entry",
            target="ratio <= 1.5x",
            note=f"median {statistics.median(whole):.1f} ms, without "
            f"{statistics.median(without):.1f} ms; {clock.calls / len(pairs):.1f} seals and "
            f"signatures per write; {len(pairs)} writes",
        )
    )
    return out


def main() -> int:
    run = Run("casefile")
    n = int(os.environ.get("BENCH_SURVIVORS", DEFAULT_SURVIVORS))
    os.environ.setdefault("ONESTOP_HOME", str(RESULTS / "home"))
    RESULTS.mkdir(parents=True, exist_ok=True)
    path, meta = build(n)
    accounts: dict[str, list[str]] = meta["accounts"]  # type: ignore[assignment]
    sample: list[str] = meta["cases"]  # type: ignore[assignment]
    rng = random.Random(1)
    figures: list[dict[str, Any]] = []
    if meta.get("rate_per_s"):
        figures.append(
            figure("seeding rate (bench/seed.py)", float(meta["rate_per_s"]), "survivors/s")  # type: ignore[arg-type]
        )
    cw_user, cw_password = accounts[Role.CASEWORKER.value]

    # Cold: the first search of a new session (its caches empty), a prefix as first sent.
    cold_ms: list[float] = []
    with sign_in(path, cw_user, cw_password) as session:
        cases = CaseService(session)
        refs = rng.sample(sample, min(150, len(sample)))
        people = [
            cases.get(r) for r in rng.sample(sample, min(600 if not SMOKE else 150, len(sample)))
        ]
    mix = query_mix(people, refs, rng)
    firsts = [q for kind, q in mix if kind == "prefix" and len(q) == 1]
    for q in firsts[: 1 if SMOKE else 3]:
        with sign_in(path, cw_user, cw_password) as session:
            cold_ms.append(timed(lambda q=q: CaseSearch(session).find(q)))

    with sign_in(path, cw_user, cw_password) as session:
        cases = CaseService(session)
        search = CaseSearch(session)
        search.find("warm")  # the session's first search is the cold figure's
        seen = Statements(session.engine)
        rows = [{"kind": kind, **measured(seen, lambda q=q: search.find(q))} for kind, q in mix]
        # The case list with no query: newest first, page by page, as the GUI's model loads it.
        offsets = [0, 50, 100, 500, 1000, 5000] * (2 if SMOKE else 10)
        pages = [measured(seen, lambda o=o: search.find("", offset=o, limit=50)) for o in offsets]
        event.remove(session.engine, "before_cursor_execute", seen._seen)
        raw = connect(path / "vault.db", session.key)
        replay(raw, rows)
        replay(raw, pages)
        raw.close()
        readers = (
            lambda ref: cases.get(ref),
            lambda ref: IncidentService(session).list(ref),
            lambda ref: PerpetratorService(session).of_case(ref),
            lambda ref: ConsentService(session).ledger(ref),
            lambda ref: HealthService(session).list(ref),
            lambda ref: LegalMatters(session).list(ref),
            lambda ref: Hearings(session).list(ref),
            lambda ref: ProtectionOrders(session).list(ref),
            lambda ref: ShelterService(session).list(ref),
            lambda ref: ReferralService(session).list(ref),
            lambda ref: TaskService(session).list(ref),
            lambda ref: AttachmentService(session).list(ref),
            lambda ref: TimelineService(session).of_case(ref),
        )
        count = 10 if SMOKE else 100
        # Ordinary files, as a centre opens them: meta["cases"] (every 50th case) holds every
        # long file (one in a hundred of the vault, at n % 100 == 50), so a sample of it would
        # be half long files. The long ones are timed apart (keys_and_signatures, scale.py).
        longs = set(meta.get("long_cases") or [])
        ordinary = [c for c in sample if c not in longs]
        opened = random.Random(2).sample(ordinary, min(count + count // 2, len(ordinary)))
        open_ms = [timed(lambda ref=ref: open_case_file(session, ref)) for ref in opened[:count]]
        one_by_one_ms = [
            timed(lambda ref=ref: [read(ref) for read in readers])
            for ref in opened[count : count + count // 2]
        ]

    # The home screen of three roles: first (just signed in) and warm.
    homes: dict[str, dict[str, float]] = {}
    for role in (Role.CASEWORKER, Role.CLINICIAN, Role.MANAGER):
        user, password = accounts[role.value]
        with sign_in(path, user, password) as session:
            agenda = AgendaService(session)
            first = timed(lambda agenda=agenda: agenda.today(datetime.now(UTC)))
            warm = [
                timed(lambda agenda=agenda: agenda.today(datetime.now(UTC)))
                for _ in range(3 if SMOKE else 20)
            ]
        homes[role.value] = {"first": first, "median": statistics.median(warm)}

    from onestop.gui.views.case_list import TYPING_PAUSE_MS

    med = statistics.median
    total = [r["total"] for r in rows]
    bare = [r["bare"] for r in rows]
    query = [r["query"] for r in rows]
    # A search session's first search writes its entry; the rest of the session is counted
    # and written in one entry when it ends (services.search.SESSION_MOST, SESSION_IDLE):
    # the write is timed where it happens, and how often it happens is said.
    audit_ms = [r["audit"] for r in rows if r["audit"] > 0] or [0.0]
    writes = sum(1 for r in rows if r["audit"] > 0)
    short_share = sum(1 for _, q in mix if len(q) <= 2) / len(mix)
    figures += [
        figure(
            "search (warm), the whole call, p95",
            percentile(total, 0.95),
            "ms",
            target="p95 <= 25 ms",
            note=f"median {med(total):.2f} ms; {len(mix)} queries, "
            f"{short_share:.0%} of 1-2 letters",
        ),
        figure(
            "  its query part (to the first audit statement), p95",
            percentile(query, 0.95),
            "ms",
            baseline=percentile(bare, 0.95),
            baseline_is="the service's exact SELECTs (captured), bare sqlcipher3",
            target="ratio <= 3x",
            note=f"median {med(query):.2f} ms, bare {med(bare):.2f} ms",
        ),
        figure(
            "  search's audit write (entry, anchor row, commit, anchor file), p95",
            percentile(audit_ms, 0.95),
            "ms",
            note=f"median {med(audit_ms):.2f} ms; written by {writes} of the {len(rows)} "
            "searches (a search session's first, and each end of one)",
        ),
        figure(
            "search, first of a session (cold), median",
            med(cold_ms),
            "ms",
            note=f"{len(cold_ms)} sessions; max {max(cold_ms):.1f} ms",
        ),
        figure(
            "what she waits after her last key: typing pause + search p95",
            TYPING_PAUSE_MS + percentile(total, 0.95),
            "ms",
            note=f"pause {TYPING_PAUSE_MS} ms (gui.views.case_list); the repaint is gui.py's",
        ),
    ]
    kinds = sorted({r["kind"] for r in rows})
    for kind in kinds:
        mine = [r for r in rows if r["kind"] == kind]
        figures.append(
            figure(
                f"  query part, {kind} ({len(mine)}), p95",
                percentile([r["query"] for r in mine], 0.95),
                "ms",
                baseline=percentile([r["bare"] for r in mine], 0.95),
                baseline_is="same SELECTs bare",
            )
        )
    figures += [
        figure(
            "case list page (no query), query part, p95",
            percentile([r["query"] for r in pages], 0.95),
            "ms",
            baseline=percentile([r["bare"] for r in pages], 0.95),
            baseline_is="the service's exact SELECTs bare",
            note=f"whole call p95 {percentile([r['total'] for r in pages], 0.95):.2f} ms; "
            f"offsets {sorted(set(offsets))}",
        ),
        figure(
            "open a case file (caseworker), every section, p95",
            percentile(open_ms, 0.95),
            "ms",
            target="p95 <= 50 ms",
            note=f"first {open_ms[0]:.1f} ms; median {statistics.median(open_ms):.1f} ms; "
            f"{len(open_ms)} ordinary files (the long ones: below, and scale.py); section by "
            f"section p95 {percentile(one_by_one_ms, 0.95):.1f} ms",
        ),
    ]
    for role, h in homes.items():
        figures.append(
            figure(
                f"home lists (services.agenda), {role}, warm median",
                h["median"],
                "ms",
                note=f"first after sign-in {h['first']:.1f} ms",
            )
        )
    figures += keys_and_signatures(path, meta, accounts)
    size = sum(p.stat().st_size for p in path.glob("vault.db*"))
    figures.append(figure("vault size per survivor", size / n / 1024, "KiB"))
    for f in figures:
        base = f" | bare {f['baseline']:.2f} -> {f['ratio']:.1f}x" if f.get("ratio") else ""
        print(f"  {f['name']}: {f['value']:.2f} {f['unit']}{base}  {f.get('note', '')}")
    out = run.write(
        figures,
        survivors=n,
        vault_mb=size / 1e6,
        kdf=meta.get("kdf", "made before the pin: not recorded"),
        query_mix={k: sum(1 for kind, _ in mix if kind == k) for k in kinds},
        scripts=sorted({script_of(p.details.name) for p in people}),
        migration_s=meta.get("migrated_in_s"),
    )
    print(f"case file bench, {n} survivors (load {os.getloadavg()[0]:.1f}); {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
