"""How the homes and the long case file grow with the vault: 10,000, 20,000, 100,000 survivors.

``--sizes 10000,20000,100000`` (or BENCH_SIZES; ``--smoke``: 150) seeds a vault of each size
with bench/seed.py (realistic files, a tail of long ones, phone-size photographs; made once,
checked through the services and verified, then reused: BENCH_VAULTS names where they are
kept, e.g. /tmp, else bench/results/) and measures, at each size, in one run:

  - seeding: survivors per second, rows and audit entries written, the vault's size on disk
    and as a centre's would be with every long file's photographs, and ``verify``'s time;
  - each role's home (services.agenda) of the clinician, the manager and the caseworker,
    first (just signed in) and warm; beside it the same SELECTs (captured with SQLAlchemy's
    before_cursor_execute hook) on a bare sqlcipher3 connection, and the same SELECTs again
    with migration 0040's indexes dropped inside a transaction that is rolled back (the
    queries as they ran before it: same SQL, same data, same run);
  - opening a long file (5 incidents, 200 encounters, 240 hearings, 60 photographs) as the
    caseworker and as the clinician: the whole file (every section, as before), and what the
    desktop reads when it opens it (gui.views.case_file: the tab she lands on and the
    header's sections, services.casefile.open_case_file with ``sections`` and ``windows``;
    the rest read when its tab is shown), interleaved, with the lazy opening's SELECTs bare
    as its baseline; and an ordinary file, whole;
  - the long file on screen: the case file widget (offscreen) opened on her tab, read and
    painted, beside the same widget given the whole file and building every tab (what it
    did before it read lazily), interleaved;
  - disabling an account (issue 22's revocation: every section key she held moved to a new
    version sealed to the remaining holders, then the vault key rotated: staged, database
    rekeyed, attachments re-encrypted and slots rewrapped, audited), by the admin through
    services.users.disable, on a copy of the vault (the seeded one is kept as it is), each
    step timed from its progress report; her old password is then checked to open nothing.

The side-by-side table (notes) shows how each grows from the smallest size to the largest.
"""

from __future__ import annotations

import functools
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from common import RESULTS, SMOKE, Captured, Run, figure, percentile, same_rows
from onestop.domain.roles import Role, Section
from onestop.gui.views.case_file import pages
from onestop.gui.views.case_file.widget import OWN_SECTION
from onestop.services import caseindex
from onestop.services.agenda import AgendaService
from onestop.services.auth import sign_in
from onestop.services.casefile import HEADER_SECTIONS, open_case_file
from onestop.vault.engine import connect
from seed import PHOTO_FILES, build, iter_sizes, vaults_folder

# The indexes migration 0040 adds: dropped (and restored by a rollback) for "before".
INDEXES_0040 = (
    "ix_health_encounters_incident_id",
    "ix_cases_status",
    "ix_cases_opened_known",
    "ix_incidents_created_at",
)


# How its baselines are checked to do the same work as what they are compared with (the
# assertions named are in this file): read by bench/report.py into the report.
BASELINES = (
    "each home and the long file opened on her tab beside their SELECTs, captured in an "
    "untimed call (`common.Captured`) and replayed on bare sqlcipher3 (each long file's own, "
    "in the order its opens were timed; the trail's record writes of the file, which the "
    "opening reads, included). Asserted: the captured call ran nothing but those SELECTs, its "
    "transaction's and the audit entry's statements (`Captured.during`); after the timing, "
    "each SELECT returns bare as many rows as it gave the service (`same_rows`, counted by "
    "the cursor's row_factory). Disabling an account beside a bare PRAGMA rekey of a copy of "
    "the database: a floor (the part that grows with the vault), not the same work, as its "
    "figure says; asserted that the rekey took (the copy opens with the new key, not the old)."
)


def lands_on(role: Role) -> tuple[frozenset[Section], bool]:
    """What the desktop reads when ``role`` opens a file (gui.views.case_file.widget.reload):
    the sections of the tab she lands on (OWN_SECTION, else her details) and of the header,
    and whether that tab shows the timeline."""
    own = OWN_SECTION.get(role)
    tab = next((p for p in pages() if own is not None and p.section is own), pages()[0])
    return HEADER_SECTIONS | tab.needs(), tab.timeline


ROLES = (Role.CASEWORKER, Role.CLINICIAN)
# BENCH_NO_DISABLE=1 leaves out the disable-an-account figure (it copies the vault twice).
SKIP_DISABLE = bool(os.environ.get("BENCH_NO_DISABLE"))
WARM = 3 if SMOKE else 15
OPENS = 2 if SMOKE else 10


# The CPU time of what is timed, beside its wall time: on a machine other work keeps busy
# (a load of 15 on 2 cores) the wall time is mostly waiting for a core; this process's CPU time
# is what the same work takes on an idle machine, its fsyncs aside.
CPU: dict[str, list[float]] = {}


def cpu_timed(kind: str, fn: Callable[[], object]) -> float:
    """``fn``'s wall time (ms); its CPU time is kept in CPU[kind]."""
    cpu = time.process_time()
    wall = timed(fn)
    CPU.setdefault(kind, []).append((time.process_time() - cpu) * 1000)
    return wall


def cpu_note(kind: str) -> str:
    spent = CPU.pop(kind, [])
    return f"; CPU time median {statistics.median(spent):.1f} ms" if spent else ""


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def bare(raw: Any, selects: list[tuple[str, Any]], runs: int) -> list[float]:
    return [
        timed(lambda: [raw.execute(sql, params).fetchall() for sql, params in selects])
        for _ in range(runs)
    ]


def without_0040(raw: Any, selects: list[tuple[str, Any]], runs: int) -> list[float]:
    """The same SELECTs with 0040's indexes dropped, in a transaction rolled back after."""
    raw.execute("BEGIN IMMEDIATE")
    try:
        for name in INDEXES_0040:
            raw.execute(f"DROP INDEX IF EXISTS {name}")
        return bare(raw, selects, runs)
    finally:
        raw.execute("ROLLBACK")


# Every role with a home (the admin's is the accounts screen, not services.agenda).
HOME_ROLES = (
    Role.CLINICIAN,
    Role.MANAGER,
    Role.CASEWORKER,
    Role.COUNSELLOR,
    Role.LEGAL_ADVOCATE,
    Role.SHELTER_OFFICER,
)


def homes(path: Path, accounts: dict[str, list[str]], n: int) -> list[dict[str, Any]]:
    figures = []
    for role in HOME_ROLES:
        user, password = accounts[role.value]
        start = time.perf_counter()
        signed_in = sign_in(path, user, password)
        signing_in = (time.perf_counter() - start) * 1000
        with signed_in as session:
            # As the desktop does (gui.shell): her search index read on a thread of its own
            # (caseindex.Loading) while her home is read and shown; search is ready when it
            # is put in place. The roles without the identity key have none.
            loaded = time.perf_counter()
            caseindex.load_in_background(session)
            agenda = AgendaService(session)
            first = timed(lambda agenda=agenda: agenda.today(datetime.now(UTC)))
            caseindex.finish_loading(session)
            ready = (time.perf_counter() - loaded) * 1000 - first
            warm = [
                timed(lambda agenda=agenda: agenda.today(datetime.now(UTC))) for _ in range(WARM)
            ]
            seen = Captured(session.engine)
            selects = seen.during(lambda agenda=agenda: agenda.today(datetime.now(UTC)))
            seen.close()
            raw = connect(path / "vault.db", session.key)
            base = bare(raw, selects, WARM)
            before = without_0040(raw, selects, WARM)
            same_rows(raw, selects, seen.rows)  # after the timing: what the service read
            raw.close()
        med = statistics.median
        figures += [
            figure(
                f"[{n:,}] {role.value} home (services.agenda), warm median",
                med(warm),
                "ms",
                baseline=med(base),
                baseline_is="its SELECTs bare (captured)",
                target="<= 300 ms warm" if role is not Role.CASEWORKER else "",
                note=f"p95 {percentile(warm, 0.95):.1f} ms; {len(selects)} SELECTs; "
                f"the same SELECTs before migration 0040: {med(before):.1f} ms",
            ),
            figure(
                f"[{n:,}] {role.value} home, its SELECTs bare without 0040's indexes, median",
                med(before),
                "ms",
                note="the same SQL and data, the indexes dropped in a rolled-back transaction",
            ),
            figure(
                f"[{n:,}] {role.value} home, first after sign-in",
                first,
                "ms",
                target="<= 500 ms first",
            ),
            figure(
                f"[{n:,}] {role.value} sign-in (unlock, keys), then home first",
                signing_in + first,
                "ms",
                target="<= 500 ms first",
                note=f"sign-in {signing_in:.0f} ms (Argon2id at the pinned cost, her section "
                f"keys), home {first:.0f} ms (her search index read meanwhile on its own thread); "
                f"search ready {ready:.0f} ms after her home",
            ),
            figure(
                f"[{n:,}] {role.value} sign-in, home, then her search index read",
                signing_in + first + ready,
                "ms",
                note="until search is ready: the index is read on a thread of its own from the "
                "sign-in's end, while her home is read and shown (caseindex.Loading)",
            ),
        ]
    return figures


def typed(names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(kind, query): what search-as-you-type sends for each name (every prefix of her surname
    from one letter, the whole name), her reference, and misses."""
    out: list[tuple[str, str]] = []
    for reference, name in names:
        surname = (name.split() or [name])[-1]
        for k in range(1, len(surname) + 1):
            out.append(("1-2 letters" if k <= 2 else "prefix", surname[:k]))
        out += [("name", name), ("reference", reference)]
    out += [("miss", q) for q in ("zq", "zzqx", "Nobody Here", "OSC-1999-000001", "Qwx Vyz")]
    return out


def search_as_typed(path: Path, meta: dict[str, Any], n: int) -> list[dict[str, Any]]:
    """The caseworker's search (services.search: the in-memory index of names her key opens,
    built at sign-in) for what people type, on the seeded vault; each call audited as the
    product audits it (a search session's first search writes its entry, the rest of the
    session one entry at its end: services.search.SESSION_MOST), and again unaudited (its query
    part: the same call with ``audited=False``)."""
    from onestop.services.cases import CaseService
    from onestop.services.search import CaseSearch

    user, password = meta["accounts"][Role.CASEWORKER.value]
    with sign_in(path, user, password) as session:
        refs = meta["cases"][:: max(1, len(meta["cases"]) // (8 if SMOKE else 40))]
        names = [(r, CaseService(session).get(r).details.name) for r in refs]
        mix = typed(names)
        search = CaseSearch(session)
        search.find(mix[0][1])  # the session's first search (its caches)
        whole: dict[str, list[float]] = {}
        bare_part: list[float] = []
        for kind, q in mix:
            whole.setdefault(kind, []).append(timed(lambda q=q: search.find(q)))
            bare_part.append(timed(lambda q=q: search.find(q, audited=False)))
    every = [ms for times in whole.values() for ms in times]
    return [
        figure(
            f"[{n:,}] search as typed (caseworker), the whole call, p95",
            percentile(every, 0.95),
            "ms",
            target="p95 <= 50 ms",
            note=f"median {statistics.median(every):.1f} ms; {len(every)} queries: "
            + ", ".join(f"{k} {len(v)}" for k, v in whole.items())
            + "; p95 of each: "
            + ", ".join(f"{k} {percentile(v, 0.95):.1f} ms" for k, v in whole.items()),
        ),
        figure(
            f"[{n:,}] search as typed, its query part (audited=False), p95",
            percentile(bare_part, 0.95),
            "ms",
            note=f"median {statistics.median(bare_part):.1f} ms; the same queries, the audit "
            "left out (the rest of the whole call is the audit: the entry of a search "
            "session's first search and of its end, with their fsyncs)",
        ),
    ]


def case_files(path: Path, meta: dict[str, Any], n: int) -> list[dict[str, Any]]:
    figures = []
    longs: list[str] = meta["long_cases"][: 3 if SMOKE else OPENS]
    ordinary = [r for r in meta["cases"] if r not in set(meta["long_cases"])][: OPENS * 2]
    for role in ROLES:
        on, timeline = lands_on(role)

        def lazily(session: Any, ref: str, on: frozenset[Section] = on, t: bool = timeline) -> Any:
            return open_case_file(session, ref, on, timeline=t, windows=True)

        user, password = meta["accounts"][role.value]
        rounds = 1 if SMOKE else 2
        with sign_in(path, user, password) as session:
            whole: list[float] = []
            lazy: list[float] = []
            open_case_file(session, longs[0])  # the session's caches, as after its home
            for _ in range(rounds):  # interleaved: each sees the same machine
                for ref in longs:
                    whole.append(cpu_timed("whole", lambda ref=ref: open_case_file(session, ref)))
                    lazy.append(cpu_timed("lazy", lambda ref=ref: lazily(session, ref)))
            # Each long file's own SELECTs (the trail's record writes of it included), with
            # the rows each gave the service: the baseline replays each file's in the order
            # the lazy opens were timed, one replay for each.
            seen = Captured(session.engine)
            selects: dict[str, tuple[list[tuple[str, Any]], list[int]]] = {}
            for ref in longs:
                selects[ref] = (seen.during(functools.partial(lazily, session, ref)), seen.rows)
            seen.close()
            plain = [timed(lambda ref=ref: open_case_file(session, ref)) for ref in ordinary]
            raw = connect(path / "vault.db", session.key)
            base = [
                ms for _ in range(rounds) for ref in longs for ms in bare(raw, selects[ref][0], 1)
            ]
            for captured, rows in selects.values():
                same_rows(raw, captured, rows)  # after the timing: what the service read
            raw.close()
        own = OWN_SECTION.get(role)
        tab = own.value if own is not None else "her details"
        figures += [
            figure(
                f"[{n:,}] open a long file as {role.value}, on her tab ({tab}), p95",
                percentile(lazy, 0.95),
                "ms",
                baseline=percentile(base, 0.95),
                baseline_is="its SELECTs bare (captured)",
                target="p95 <= 50 ms",
                note=f"median {statistics.median(lazy):.1f} ms; {len(lazy)} opens of "
                f"{len(longs)} long files; reads "
                + ", ".join(sorted(s.value for s in on))
                + " and the doses of her windows"
                + cpu_note("lazy"),
            ),
            figure(
                f"[{n:,}] open a long file as {role.value}, every section (before), p95",
                percentile(whole, 0.95),
                "ms",
                note=f"median {statistics.median(whole):.1f} ms; interleaved with the above"
                + cpu_note("whole"),
            ),
            figure(
                f"[{n:,}] open an ordinary file as {role.value}, every section, p95",
                percentile(plain, 0.95),
                "ms",
                note=f"median {statistics.median(plain):.1f} ms; {len(plain)} files",
            ),
        ]
    return figures


def _painted(
    session: Any, front: str, longs: list[str], settle: Callable[[], None]
) -> dict[str, list[float]]:
    """Each long file made, read and painted, lazily and whole, interleaved (ms)."""
    from onestop.gui.dialogs import Dialogs
    from onestop.gui.views.case_file import CaseFileWidget

    dialogs = Dialogs()

    def widget(ref: str) -> CaseFileWidget:
        page = CaseFileWidget(session, ref, dialogs)
        page.resize(1366, 768)
        page.show()
        return page

    def lazily(ref: str) -> CaseFileWidget:
        page = widget(ref)
        assert page.reload(), ref
        page.repaint()
        return page

    def whole(ref: str) -> CaseFileWidget:
        page = widget(ref)
        view = open_case_file(session, ref)
        page.view = view
        page.header.show_file(view, datetime.now(UTC))
        page._build_tabs(view)  # every tab: the whole file holds what each shows
        if front:
            page.tabs.setCurrentWidget(page.show_section(front))
        page.repaint()
        return page

    shown: dict[str, list[float]] = {"lazy": [], "whole": []}
    for i in range(1 + (1 if SMOKE else 2)):  # the first round warms Qt's caches
        for ref in longs:
            for kind, show in (("lazy", lazily), ("whole", whole)):
                cpu, start = time.process_time(), time.perf_counter()
                page = show(ref)
                took = (time.perf_counter() - start) * 1000
                if i:
                    shown[kind].append(took)
                    CPU.setdefault(f"painted {kind}", []).append((time.process_time() - cpu) * 1000)
                page.close()
                page.deleteLater()
                settle()
    return shown


def on_screen(path: Path, meta: dict[str, Any], n: int) -> list[dict[str, Any]]:
    """The long file opened in the case file widget (offscreen), read and painted on the tab
    she lands on; beside it the same widget given the whole file and building every tab, as
    it did before it read lazily (one read of every section, every tab built), interleaved."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from onestop.gui.app import make_application

    app = QApplication.instance() or make_application([])

    def quiet(mode: Any, context: Any, message: str) -> None:
        if "propagateSizeHints" not in message:  # the offscreen platform's, every window
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)

    def settle() -> None:
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()

    figures = []
    longs: list[str] = meta["long_cases"][: 2 if SMOKE else OPENS]
    for role in ROLES:
        own = OWN_SECTION.get(role)
        front = next((p.object_name for p in pages() if own is not None and p.section is own), "")
        user, password = meta["accounts"][role.value]
        with sign_in(path, user, password) as session:
            shown = _painted(session, front, longs, settle)
        tab = own.value if own is not None else "her details"
        lazy, before = shown["lazy"], shown["whole"]
        figures += [
            figure(
                f"[{n:,}] long file on screen as {role.value}, on her tab ({tab}), painted, p95",
                percentile(lazy, 0.95),
                "ms",
                target="p95 <= 150 ms",
                note=f"median {statistics.median(lazy):.1f} ms; the case file widget made, "
                f"read (audited) and painted; {len(lazy)} opens of {len(longs)} long files"
                + cpu_note("painted lazy"),
            ),
            figure(
                f"[{n:,}] long file on screen as {role.value}, every tab built (before), p95",
                percentile(before, 0.95),
                "ms",
                note=f"median {statistics.median(before):.1f} ms; the same widget given the "
                "whole file, every tab built; interleaved with the above"
                + cpu_note("painted whole"),
            ),
        ]
    return figures


# services.users.disable's progress steps, in order, and what each one did before it.
DISABLE_STEPS = (
    "account disabled, its slot removed, its section keys moved to new versions",
    "new vault key staged (sealed to every remaining slot)",
    "database rekeyed (SQLCipher)",
    "attachments re-encrypted, slots rewrapped",
)


def disable_account(path: Path, meta: dict[str, Any], n: int) -> list[dict[str, Any]]:
    """The admin disables the legal advocate's account on a copy of the vault: its time, step
    by step (services.users.disable's progress: her slot removed, the section keys she held
    moved to new versions, the vault key rotated: the database rekeyed and every attachment
    re-encrypted), and its size; beside it the bare PRAGMA rekey of another copy of the same
    database, the part of that work that grows with the vault."""
    import secrets
    import shutil

    from onestop.errors import SignInFailed, VaultDamaged
    from onestop.services.users import UserService
    from onestop.vault.backup import rekey

    copy = path.parent.parent / f"disable-{n}"
    bare_copy = path.parent.parent / f"disable-bare-{n}"
    for folder in (copy, bare_copy):
        shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(path, copy, ignore=shutil.ignore_patterns("backups", "*.tmp"))
    shutil.copytree(path, bare_copy, ignore=shutil.ignore_patterns("blobs", "backups", "*.tmp"))
    try:
        admin, admin_password = meta["accounts"][Role.ADMIN.value]
        user, password = meta["accounts"][Role.LEGAL_ADVOCATE.value]
        marks: list[float] = []
        with sign_in(copy, admin, admin_password) as session:
            key = session.key
            start = time.perf_counter()
            UserService(session).disable(user, lambda _step: marks.append(time.perf_counter()))
            total = (time.perf_counter() - start) * 1000
        raw = connect(bare_copy / "vault.db", key)
        new_key = secrets.token_bytes(32)
        bare_s = timed(lambda: rekey(raw, new_key)) / 1000
        raw.close()
        # The bare rekey did re-encrypt the database: it opens with the new key, not the old.
        connect(bare_copy / "vault.db", new_key).close()
        try:
            connect(bare_copy / "vault.db", key).close()
            raise SystemExit("the bare rekey left the database under its old key")
        except VaultDamaged:
            pass
        try:
            with sign_in(copy, user, password):
                pass
            raise SystemExit("the disabled account still signs in")
        except SignInFailed:
            pass
        db_mb = (copy / "vault.db").stat().st_size / 1e6
        blobs = [p for p in (copy / "blobs").rglob("*") if p.is_file()]
    finally:
        for folder in (copy, bare_copy):
            shutil.rmtree(folder, ignore_errors=True)
    edges = [start, *marks]
    steps = [
        f"{name}: {(b - a) * 1000:.0f} ms"
        for name, a, b in zip(DISABLE_STEPS, edges, edges[1:], strict=False)
    ]
    audited = (start + total / 1000 - edges[-1]) * 1000
    return [
        figure(
            f"[{n:,}] disable an account (revocation + vault-key rotation)",
            total / 1000,
            "s",
            baseline=bare_s,
            baseline_is="bare PRAGMA rekey of a copy of the same database (no attachments)",
            note="; ".join(steps) + f"; the audit entry after: {audited:.0f} ms; database "
            f"{db_mb:.0f} MB, {len(blobs)} attachment files; her old password then opens "
            "nothing (checked)",
        )
    ]


def seeding(meta: dict[str, Any], n: int) -> list[dict[str, Any]]:
    out = []
    if meta.get("rate_per_s"):
        out.append(
            figure(
                f"[{n:,}] seeding rate (bench/seed.py)",
                float(meta["rate_per_s"]),
                "survivors/s",
                note=f"{meta['seconds']:.0f} s; {meta.get('rows', 0):,} rows, "
                f"{meta.get('audit_entries', 0):,} audit entries",
            )
        )
    distinct = meta["db_mb"] + meta.get("photo_mb_each", 3.2) * 60 * len(meta["long_cases"])
    out += [
        figure(
            f"[{n:,}] vault on disk (database + blobs)",
            float(meta["on_disk_mb"]),
            "MB",
            note=f"database {meta['db_mb']:.0f} MB, blobs {meta['blobs_mb']:.0f} MB; with "
            f"every long file's 60 photographs (the first {PHOTO_FILES} have theirs) about "
            f"{distinct / 1000:.1f} GB" + (f"; {meta['salvaged']}" if meta.get("salvaged") else ""),
        ),
        figure(
            f"[{n:,}] verify of the seeded vault",
            float(meta["verify_s"]),
            "s",
            note="passed: " + ", ".join(meta.get("verify_checks", [])),
        ),
    ]
    return out


def side_by_side(figures: list[dict[str, Any]], sizes: list[int]) -> str:
    """A table of each measure (rows) at each size (columns), and the growth."""
    by_measure: dict[str, dict[int, float]] = {}
    for f in figures:
        size_text, _, measure = f["name"].partition("] ")
        size = int(size_text.strip("[").replace(",", ""))
        by_measure.setdefault(measure, {})[size] = f["value"]
        if f.get("baseline") is not None:
            by_measure.setdefault(f"{measure}: its baseline", {})[size] = f["baseline"]
    head = "| measure | " + " | ".join(f"{s:,}" for s in sizes) + " | largest / smallest |"
    lines = [head, "| --- |" + " --- |" * (len(sizes) + 1)]
    for measure, values in by_measure.items():
        cells = [f"{values[s]:.3g}" if s in values else "–" for s in sizes]
        growth = ""
        if sizes[0] in values and sizes[-1] in values and values[sizes[0]]:
            growth = f"{values[sizes[-1]] / values[sizes[0]]:.2f}×"
        lines.append(f"| {measure} | " + " | ".join(cells) + f" | {growth} |")
    return "\n".join(lines)


def main() -> int:
    run = Run("scale")
    args = sys.argv[1:]
    chosen = args[args.index("--sizes") + 1] if "--sizes" in args else None
    text = chosen or os.environ.get("BENCH_SIZES") or ("150" if SMOKE else "10000,20000,100000")
    sizes = sorted(iter_sizes(text))
    os.environ.setdefault("ONESTOP_HOME", str(RESULTS / "home"))
    folder = vaults_folder(RESULTS)
    figures: list[dict[str, Any]] = []
    loads = {}
    for n in sizes:
        path, meta = build(n, folder, pool=3 if SMOKE else 60)
        loads[n] = os.getloadavg()[0]
        figures += seeding(meta, n)
        figures += homes(path, meta["accounts"], n)
        figures += search_as_typed(path, meta, n)
        figures += case_files(path, meta, n)
        figures += on_screen(path, meta, n)
        if not SKIP_DISABLE:
            figures += disable_account(path, meta, n)
    for f in figures:
        base = f" | bare {f['baseline']:.2f} -> {f['ratio']:.1f}x" if f.get("ratio") else ""
        print(f"  {f['name']}: {f['value']:.2f} {f['unit']}{base}  {f.get('note', '')}")
    notes = (
        "Each size's vault: bench/seed.py (one file in a hundred long; checked through the "
        "services and verified when made). Load average (1 min) as each size began: "
        + ", ".join(f"{n:,}: {load:.1f}" for n, load in loads.items())
        + ".\n\n"
        + side_by_side(figures, sizes)
    )
    out = run.write(figures, sizes=sizes, notes=notes, vaults=str(folder))
    print(f"scale bench, sizes {sizes} (load {os.getloadavg()[0]:.1f}); {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
