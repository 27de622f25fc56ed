"""The centre server (PostgreSQL), beside the local vault in the same run (issue 25).

BENCH_SURVIVORS survivors (default 100,000; ``--smoke``: 300, two workstations, a few
seconds of load), the vault of bench/seed.py (made once and reused, as casefile.py's), copied
first so that the seeded vault is left as it was. In one run:

  - the server: a PostgreSQL cluster started by the project's own script (scripts/postgres.py,
    as ``make demo-server`` and the tests start theirs: Debian's binaries, ``initdb`` as the
    ``postgres`` user when root, a CA and a server certificate, TCP with TLS 1.3 only, the
    workstations checking it with ``sslmode=verify-full``), with the server's normal
    durability: **fsync on**, synchronous_commit on, full_page_writes on (the tests'
    ``--fast`` cluster turns them off; this one does not). The script's own memory settings
    (shared_buffers 32 MB, max_connections 50) are kept, not tuned. Stopped and removed at
    the end, also when the bench fails;
  - ``admin move-to-server`` of the copy (the command line's own ``main``: sign-in to the
    vault, copy, verification in the same transaction, the admin's login enrolled), timed;
    the schema made first with ``db.server.create_schema``, as ``make demo-server`` does;
  - the accounts as a centre makes them: the seeded caseworker enrols her own login
    (``admin enrol-login``); each simulated workstation's account is made with ``admin
    add-user --server`` by the admin from a workstation, changes its one-time password
    (``admin passwd --server``), and is confirmed by the caseworker (services.colleagues, the
    "Confirm colleagues" window's service) with the fingerprint it reads from its own screen;
  - sign-in to home at a workstation (services.serverauth.sign_in_server: the slot read as the
    pre-sign-in login, Argon2id, her own TLS login, the chain's head checked, the search index
    built, then the home lists of services.agenda), first (cold) and warm; beside it the local
    vault's sign-in (services.auth.sign_in) and the same home lists (target <= 1.5 s);
  - search (casefile.py's query mix: names typed prefix by prefix in every script, references,
    phones, birth dates, misses), the first of a session and warm (target p95 <= 30 ms), and
    opening a full case file (target p95 <= 60 ms), each beside the same calls on the vault;
  - an audited write (a task recorded on a case: its title sealed, its entry chained and
    signed, the advisory write lock, one commit, the workstation's anchor file) from one
    workstation, interleaved with its baseline: bare psycopg on the same login doing the same
    durable work (see ``bare_write``); beside it the same service call on the vault;
  - eight workstations (``--smoke``: two), each an OS process signed in as its own account,
    doing a mix of searches, case files opened and audited writes as fast as they can for a
    fixed time, while this process measures live updates: a colleague's task recorded here
    and the moment another account's listener (services.liveupdates, its own connection)
    delivers the change on a second workstation. Then live updates again on an idle server,
    and the real ``admin verify --server`` of the whole trail (chain intact at the end).

All the workstations, this process and the server share this machine's CPUs (a centre's
workstations are separate machines): the load average is in the report.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import os
import queue
import random
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from common import (
    RESULTS,
    ROOT,
    SMOKE,
    Run,
    figure,
    fsyncs_counted,
    percentile,
    pin_kdf,
    timed,
)

ADMIN, PASSWORD = "bench-admin", "benchmark phrase for the vault 2026"
DATABASE = "onestop"
SIGNIN_LOGIN = "onestop_workstation"
DEFAULT_SURVIVORS = "150" if SMOKE else "100000"  # smoke: casefile.py's vault, reused
WORKSTATIONS = 2 if SMOKE else 8
LOAD_SECONDS = 3.0 if SMOKE else 60.0
# What each simulated workstation does, drawn at random operation by operation.
MIX = {"write": 0.4, "search": 0.45, "open": 0.15}
OTP = re.compile(r"One-time password: (\S+)")


# How its baselines are checked to do the same work as what they are compared with (the
# assertions named are in this file): read by bench/report.py into the report.
BASELINES = (
    "each read (sign-in to home, search, a case file) beside the same calls with the same "
    "queries and files on the local vault, in the same run; asserted after the timing "
    "(`read_alike`): the server and the vault find the same cases for every query and read as "
    "many records of each section of a sample of the files (sign-in to home: the same calls, "
    "not checked further). The audited write beside bare psycopg on the same login doing the "
    "same durable work; asserted: the same tables written as the service's captured "
    "statements (`written(bare.statements)`) with as many fsyncs, and `admin verify --server` "
    "at the end finds the chain whole, the baseline's entries among the service's (the bench "
    "fails otherwise)."
)


def _postgres_script() -> ModuleType:
    """scripts/postgres.py, the script the tests and ``make demo-server`` start theirs with."""
    spec = importlib.util.spec_from_file_location("onestop_postgres", ROOT / "scripts/postgres.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


postgres = _postgres_script()


def med(samples: list[float]) -> float:
    return statistics.median(samples)


# -- the command line, as the centre's IT person and admin run it -------------------------


def cli_run(argv: list[str], *stdin_lines: str) -> tuple[int, str, str]:
    """``onestop-cli`` (its own ``main``) in this process: exit code, output, errors."""
    from onestop import cli as onestop_cli

    out, err = io.StringIO(), io.StringIO()
    lines = "".join(f"{line}\n" for line in stdin_lines)
    code = onestop_cli.main(argv, io.StringIO(lines), out, err)
    return code, out.getvalue(), err.getvalue()


def cli(argv: list[str], *stdin_lines: str) -> str:
    """``onestop-cli`` in this process; its output, or SystemExit saying why it failed."""
    code, out, err = cli_run(argv, *stdin_lines)
    if code != 0:
        shown = [a for a in argv if not a.startswith("postgresql")]
        raise SystemExit(f"onestop-cli {' '.join(shown[:2])} failed ({code}): {err}")
    return out


class Centre:
    """The cluster, its database, and how a workstation reaches it."""

    def __init__(self, cluster: Any, signin_password: str) -> None:
        from onestop.services.backend import ServerAddress

        self.cluster = cluster
        self.signin_password = signin_password
        self.address = ServerAddress("localhost", cluster.port, DATABASE, Path(cluster.ca_file))
        self.signin_url = self.address.url(SIGNIN_LOGIN, signin_password)
        # The URL a workstation is given (onestop --server URL); its password in PGPASSFILE.
        self.workstation_url = (
            f"postgresql://{SIGNIN_LOGIN}@localhost:{cluster.port}/{DATABASE}"
            f"?sslrootcert={cluster.ca_file}"
        )

    def superuser_url(self) -> str:
        from onestop.db import server

        return (
            f"{server.URL_SCHEME}://{postgres.SUPERUSER}@/{DATABASE}"
            f"?host={self.cluster.socket_dir}&port={self.cluster.port}"
        )

    def sign_in(self, folder: Path, user: str, password: str) -> Any:
        from onestop.services.serverauth import sign_in_server

        return sign_in_server(self.address, self.signin_url, folder, user, password)


CLUSTER_PREFIX = "onestop-bench-pg-"


def cluster_parent() -> Path:
    """Where the cluster lives: not under the checkout (as root, the postgres user must be able
    to enter every parent), and on a disk: /var/tmp (disk-backed by convention; /tmp is often a
    RAM disk, where fsync costs nothing), else the system's temporary folder."""
    chosen = Path("/var/tmp")
    return chosen if chosen.is_dir() and os.access(chosen, os.W_OK) else Path(tempfile.gettempdir())


def filesystem(path: Path) -> str:
    """The type of the filesystem holding ``path`` (from /proc/mounts), e.g. ext4 or tmpfs."""
    best, kind = "", "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/mounts").read_text().splitlines():
            parts = line.split()
            if (
                len(parts) > 2
                and str(path.resolve()).startswith(parts[1])
                and len(parts[1]) > len(best)
            ):
                best, kind = parts[1], parts[2]
    return kind


@contextlib.contextmanager
def cluster_running(work: Path) -> Iterator[Any]:
    """A cluster of scripts/postgres.py with fsync on, stopped and removed however we leave."""
    directory = Path(tempfile.mkdtemp(prefix=CLUSTER_PREFIX, dir=cluster_parent()))
    try:
        cluster = postgres.start(directory)
        yield cluster
    finally:
        with contextlib.suppress(Exception):
            if (directory / "cluster.json").is_file():
                postgres.stop(directory, remove=True)
        if (directory / "data" / "postmaster.pid").exists():  # pg_ctl gave up, the server not
            pg_ctl = str(postgres.ensure_bindir() / "pg_ctl")
            stop = [pg_ctl, "stop", "-w", "-m", "immediate", "-D", str(directory / "data")]
            subprocess.run(postgres._as_owner(stop), capture_output=True, check=False)
        shutil.rmtree(directory, ignore_errors=True)


def settings_of(cluster: Any) -> dict[str, str]:
    import psycopg

    names = ("fsync", "synchronous_commit", "full_page_writes", "shared_buffers", "ssl")
    with psycopg.connect(cluster.superuser_conninfo(), autocommit=True) as conn:
        version = str(conn.execute("SHOW server_version").fetchone()[0])  # type: ignore[index]
        found = {n: str(conn.execute(f"SHOW {n}").fetchone()[0]) for n in names}  # type: ignore[index]
    return {"server_version": version, **found}


def make_centre(cluster: Any, work: Path, vault: Path) -> tuple[Centre, float, str]:
    """The database and its schema, the vault moved with ``admin move-to-server`` (timed),
    the workstations' pre-sign-in login and its password file."""
    import psycopg
    from psycopg import sql
    from sqlalchemy import create_engine

    from onestop.db import server

    with psycopg.connect(cluster.superuser_conninfo(), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE)))
    signin_password = secrets.token_urlsafe(24)
    centre = Centre(cluster, signin_password)
    engine = create_engine(centre.superuser_url())
    with engine.begin() as conn:
        server.create_schema(conn)
    engine.dispose()
    start = time.perf_counter()
    argv = ["admin", "move-to-server", "--vault", str(vault), "--as", ADMIN, "--password-stdin"]
    said = cli([*argv, "--server", centre.superuser_url()], PASSWORD)
    move_s = time.perf_counter() - start
    with psycopg.connect(cluster.superuser_conninfo(DATABASE), autocommit=True) as conn:
        conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(SIGNIN_LOGIN),
                sql.Literal(server.scram_verifier(signin_password)),
                sql.Identifier(server.SIGNIN),
            )
        )
    pgpass = work / "pgpass"
    pgpass.write_text(f"localhost:{cluster.port}:{DATABASE}:{SIGNIN_LOGIN}:{signin_password}\n")
    pgpass.chmod(0o600)
    os.environ["PGPASSFILE"] = str(pgpass)
    return centre, move_s, said.splitlines()[0] if said else ""


def enrol(centre: Centre, account: tuple[str, str]) -> None:
    """A member of staff of the moved vault enrols her own login (``admin enrol-login``)."""
    user, password = account
    argv = ["admin", "enrol-login", "--as", user, "--password-stdin"]
    cli([*argv, "--server", centre.superuser_url()], password)


def make_workstation_accounts(
    centre: Centre, work: Path, holder: tuple[str, str], count: int
) -> list[tuple[str, str]]:
    """``count`` caseworkers made as a centre makes them (see the module); (user, password)."""
    from onestop.services import colleagues

    url = centre.workstation_url
    made: list[tuple[str, str]] = []
    for k in range(1, count + 1):
        user, chosen = f"bench.ws{k}", f"bench workstation phrase {k} of 2026"
        said = cli(
            [
                *("admin", "add-user", "--server", url, "--user", user, "--role", "caseworker"),
                *("--as", ADMIN, "--password-stdin"),
            ],
            PASSWORD,
        )
        found = OTP.search(said)
        assert found is not None, "add-user printed no one-time password"
        argv = ["admin", "passwd", "--server", url, "--as", user, "--password-stdin"]
        cli(argv, found.group(1), chosen)
        made.append((user, chosen))
    fingerprints = {}
    for user, chosen in made:
        with centre.sign_in(work / "ws" / user, user, chosen) as newcomer:
            wait = colleagues.my_wait(newcomer)
        assert wait is not None, "a new account waits for no key"
        fingerprints[user] = wait.fingerprint
    with centre.sign_in(work / "confirming", *holder) as confirming:
        for user, fingerprint in fingerprints.items():
            colleagues.confirm(confirming, user, fingerprint)
    return made


# -- one workstation's figures, beside the vault's ----------------------------------------


def sign_in_to_home(sign_in: Callable[[], Any], rounds: int) -> tuple[list[float], list[float]]:
    """(whole sign-in to home ms, of which the home lists ms) for ``rounds`` sign-ins."""
    from onestop.services.agenda import AgendaService

    whole: list[float] = []
    homes: list[float] = []
    for _ in range(rounds):
        start = time.perf_counter()
        session = sign_in()
        signed = time.perf_counter()
        AgendaService(session).today(datetime.now(UTC))
        end = time.perf_counter()
        whole.append((end - start) * 1000)
        homes.append((end - signed) * 1000)
        session.close()
    return whole, homes


def reads(
    session: Any, mix: list[str], refs: list[str], longs: list[str]
) -> dict[str, list[float]]:
    from onestop.services.casefile import open_case_file
    from onestop.services.search import CaseSearch

    search = CaseSearch(session)
    first = timed(lambda: search.find(mix[0]))
    warm = [timed(lambda q=q: search.find(q)) for q in mix]
    opens = [timed(lambda r=r: open_case_file(session, r)) for r in refs]
    open_long = [timed(lambda r=r: open_case_file(session, r)) for _ in range(3) for r in longs]
    return {"search_first": [first], "search": warm, "open": opens, "open_long": open_long}


def statement_label(statement: str) -> str:
    """A statement named by its verb and first table (no values: parameters are apart)."""
    words = statement.split()
    verb = words[0].upper() if words else "?"
    found = re.search(r"\b(?:FROM|INTO|UPDATE)\s+([a-z_]+)", statement, re.IGNORECASE)
    return f"{verb} {found.group(1) if found else '?'}"


def where_opens_go(session: Any, refs: list[str]) -> dict[str, Any]:
    """The same files opened again (after the timed opens, so the hooks cost them nothing),
    each statement timed at the cursor: per open, the statements, the time in them, and the
    three statements (by verb and table) that took longest in all."""
    from sqlalchemy import event

    from onestop.services.casefile import open_case_file

    took: dict[str, float] = {}
    count = [0]

    def before(conn: Any, *_: Any) -> None:
        conn.info["bench_t"] = time.perf_counter()

    def after(conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        label = statement_label(statement)
        took[label] = took.get(label, 0.0) + time.perf_counter() - conn.info.pop("bench_t")
        count[0] += 1

    event.listen(session.engine, "before_cursor_execute", before)
    event.listen(session.engine, "after_cursor_execute", after)
    try:
        start = time.perf_counter()
        for r in refs:
            open_case_file(session, r)
        whole = (time.perf_counter() - start) * 1000 / len(refs)
    finally:
        event.remove(session.engine, "before_cursor_execute", before)
        event.remove(session.engine, "after_cursor_execute", after)
    top = sorted(took.items(), key=lambda kv: -kv[1])[:3]
    return {
        "ms": whole,
        "statements": count[0] / len(refs),
        "in_statements_ms": sum(took.values()) * 1000 / len(refs),
        "top": [(label, t * 1000 / len(refs)) for label, t in top],
    }


def read_alike(session: Any, local: Any, mix: list[str], refs: list[str]) -> int:
    """After the timing: the server and the vault found the same cases for every query (the
    references of each page, in order; unaudited) and read the same records for each case
    file of ``refs`` (how many of each section): the same calls did the same work. Returns
    how many queries and files were compared."""
    from dataclasses import fields

    from onestop.services.casefile import open_case_file
    from onestop.services.search import CaseSearch

    def found(who: Any) -> list[list[str]]:
        search = CaseSearch(who)
        return [[c.reference for c in search.find(q, audited=False).cases] for q in mix]

    def records(who: Any, ref: str) -> dict[str, int]:
        view = open_case_file(who, ref)
        values = {f.name: getattr(view, f.name) for f in fields(view)}
        return {name: len(v) for name, v in values.items() if isinstance(v, tuple)}

    if found(session) != found(local):
        raise SystemExit("the server and the vault found other cases for the same queries")
    for ref in refs:
        if records(session, ref) != records(local, ref):
            raise SystemExit(f"the server and the vault read other records of {ref}")
    return len(mix) + len(refs)


class BareWrite:
    """The baseline of one audited write on the server: what TaskService.record makes durable,
    by hand, on a bare psycopg connection as the same login: the advisory write lock, the
    chain's head read from the anchor row, the task row (inserted, then its title sealed for its
    id, as services.sealedcolumns does), the audit row (chained hash, Ed25519 signature), the
    anchor row (its vault-key HMAC), one commit; then the workstation's anchor file (temporary
    file, fsync, rename, fsync of the folder), as after every unit of work. The statements are
    the service's own INSERT (captured with its parameters) and the same UPDATEs."""

    def __init__(
        self,
        session: Any,
        insert: tuple[str, dict[str, Any]],
        audit_params: dict[str, Any],
        anchor_file: Path,
        reference: str,
    ) -> None:
        import psycopg

        from onestop.services import liveupdates
        from onestop.vault.sectionkeys import CaseRef

        self.session = session
        self.insert_sql, self.insert_params = insert
        # Its title sealed bound to the task's case (form 2), as the service seals it.
        self.case = CaseRef(int(self.insert_params["case_id"]), reference)
        self.audit_params = audit_params
        self.anchor_file = anchor_file
        self.conn = psycopg.connect(**liveupdates.conninfo(session.backend))
        self.count = 0
        self.statements: list[str] = []  # those of the first write, checked by the caller

    def __call__(self) -> None:
        from onestop.db import server
        from onestop.domain.audit import AuditFields, entry_hash, signed_message
        from onestop.domain.roles import Section
        from onestop.services import audit
        from onestop.services.sealedcolumns import key_section, seal_value

        s = self.session
        signer = s.signer
        self.count += 1
        with self.conn.transaction():
            cur = self.conn.cursor()
            self._run(cur, "SELECT pg_advisory_xact_lock(%s)", (server.WRITE_LOCK_KEY,))
            seq, head = self._run(
                cur, "SELECT seq, hash FROM audit_anchor WHERE id = 1", ()
            ).fetchone()  # type: ignore[misc]
            (row_id,) = self._run(cur, self.insert_sql, self.insert_params).fetchone()  # type: ignore[misc]
            key = s.section_keys.current(key_section(Section.TASKS))
            title = seal_value(
                key, "tasks", "title", row_id, 1, f"bench bare {self.count}", self.case
            )
            self._run(cur, "UPDATE tasks SET title = %s WHERE id = %s", (title, row_id))
            at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            like = self.audit_params  # the service's own entry: action, section, reference
            fields = AuditFields(
                seq=seq + 1,
                at=at,
                actor=s.actor.username,
                role=s.actor.role.value,
                action=like["action"],
                section=like["section"],
                record_ref=like["record_ref"],
                outcome=like["outcome"],
                detail=like["detail"],
                signer=signer.key_id,
            )
            digest = entry_hash(head, fields)
            signature = signer.private.sign(signed_message(s.vault_id, digest)).hex()
            mac = audit.anchor_mac(s.key, s.vault_id, seq + 1, digest)
            self._run(
                cur,
                "INSERT INTO audit_log (seq, at, actor, role, action, section, record_ref, "
                "outcome, detail, prev_hash, hash, signer, signature) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                (
                    fields.seq,
                    fields.at,
                    fields.actor,
                    fields.role,
                    fields.action,
                    fields.section,
                    fields.record_ref,
                    fields.outcome,
                    fields.detail,
                    head,
                    digest,
                    signer.key_id,
                    signature,
                ),
            )
            self._run(
                cur,
                "UPDATE audit_anchor SET seq = %s, hash = %s, mac = %s, signer = %s, "
                "signature = %s WHERE id = 1",
                (seq + 1, digest, mac, signer.key_id, signature),
            )
        anchor = audit.Anchor(seq + 1, digest, mac, signer.key_id, signature)
        audit.write_anchor_file(self.anchor_file, s.vault_id, anchor)

    def _run(self, cur: Any, sql: str, params: Any) -> Any:
        if self.count == 1:
            self.statements.append(sql)
        return cur.execute(sql, params)

    def close(self) -> None:
        self.conn.close()


def written(statements: list[str]) -> list[str]:
    out = []
    for sql in statements:
        words = sql.split()
        head = words[0].upper() if words else ""
        if head in ("INSERT", "DELETE"):
            out.append(f"{head} {words[2]}")
        elif head == "UPDATE":
            out.append(f"UPDATE {words[1]}")
    return out


def audited_writes(
    session: Any, local: Any, refs: list[str], anchor_file: Path, count: int
) -> dict[str, Any]:
    """TaskService.record on the server, its bare baseline and the same call on the vault,
    interleaved; the statements the service wrote and the baseline's."""
    from sqlalchemy import event

    from onestop.services.tasks import TaskDetails, TaskService

    due = datetime.now(UTC).replace(microsecond=0)
    tasks, local_tasks = TaskService(session), TaskService(local)
    seen: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, sql: str, params: Any, ctx: Any, many: bool) -> None:
        seen.append((sql, params))

    event.listen(session.engine, "before_cursor_execute", capture)
    with fsyncs_counted() as service_fsyncs:
        tasks.record(refs[0], TaskDetails("bench warm-up", due))
    event.remove(session.engine, "before_cursor_execute", capture)
    service_writes = written([sql for sql, _ in seen])
    insert = next(
        (sql, p) for sql, p in seen if sql.lstrip().upper().startswith("INSERT INTO TASKS")
    )
    entry = next(p for sql, p in seen if sql.lstrip().upper().startswith("INSERT INTO AUDIT_LOG"))
    bare = BareWrite(session, insert, entry, anchor_file, refs[0])
    with fsyncs_counted() as bare_fsyncs:
        bare()  # the first, its statements checked against the service's below
    if bare_fsyncs != service_fsyncs:  # the workstation's anchor file, as durable
        raise SystemExit(
            f"the baseline fsyncs {bare_fsyncs[0]} times, the service {service_fsyncs[0]}"
        )
    rows: dict[str, list[float]] = {"server": [], "bare": [], "vault": []}
    try:
        first = timed(lambda: tasks.record(refs[1 % len(refs)], TaskDetails("bench first", due)))
        for k in range(count):
            ref = refs[k % len(refs)]
            rows["server"].append(
                timed(lambda ref=ref, k=k: tasks.record(ref, TaskDetails(f"bench {k}", due)))
            )
            rows["bare"].append(timed(bare))
            rows["vault"].append(
                timed(lambda ref=ref, k=k: local_tasks.record(ref, TaskDetails(f"bench {k}", due)))
            )
    finally:
        bare.close()
    if sorted(written(bare.statements)) != sorted(service_writes):
        raise SystemExit(f"the baseline writes {bare.statements}, the service {service_writes}")
    return {
        **rows,
        "first": first,
        "service_writes": service_writes,
        "bare_writes": written(bare.statements),
        "fsyncs": service_fsyncs[0],
    }


# -- live updates: a colleague's change seen on another workstation -----------------------


class Watcher:
    """A second workstation's listener (services.liveupdates): when each case was heard of."""

    def __init__(self, session: Any) -> None:
        from onestop.services import liveupdates

        self.session = session
        self.heard: queue.Queue[tuple[float, frozenset[int]]] = queue.Queue()
        self.listener = liveupdates.Listener(session, self._deliver)

    def _deliver(self, batch: Any) -> None:
        self.heard.put((time.perf_counter(), batch.cases))

    def __enter__(self) -> Watcher:
        self.listener.start()
        if not self.listener.connected.wait(30):
            raise SystemExit("the live-updates listener did not connect")
        return self

    def __exit__(self, *exc: object) -> None:
        self.listener.stop()

    def drain(self) -> None:
        """Forget what was heard so far (the workstations' own changes among it)."""
        with contextlib.suppress(queue.Empty):
            while True:
                self.heard.get_nowait()

    def seen_after(self, case_id: int, since: float, timeout: float = 10.0) -> float | None:
        """ms from ``since`` to the batch that names ``case_id`` (applied to the index), or
        None if none came within ``timeout``."""
        from onestop.services import liveupdates

        deadline = time.perf_counter() + timeout
        while (left := deadline - time.perf_counter()) > 0:
            try:
                at, cases = self.heard.get(timeout=left)
            except queue.Empty:
                return None
            if case_id in cases:
                liveupdates.apply(self.session, liveupdates.Batch(cases=cases))
                return (at - since) * 1000
        return None


def live_updates(
    writer: Any, watcher: Watcher, cases: list[tuple[str, int]], rounds: int, pause: float
) -> tuple[list[float], int]:
    """A task recorded by ``writer``, then the time until ``watcher`` hears of its case; the
    samples and how many were never heard (within 10 s)."""
    from onestop.services.tasks import TaskDetails, TaskService

    tasks = TaskService(writer)
    due = datetime.now(UTC).replace(microsecond=0)
    samples: list[float] = []
    lost = 0
    for k in range(rounds):
        ref, case_id = cases[k % len(cases)]
        watcher.drain()
        saved = time.perf_counter()  # she saves: from here until the other one hears of it
        tasks.record(ref, TaskDetails(f"bench live {k}", due))
        took = watcher.seen_after(case_id, saved)
        if took is None:
            lost += 1
        else:
            samples.append(took)
        time.sleep(pause)
    return samples, lost


# -- the simulated workstations (each its own process) ------------------------------------


def worker(spec_file: str) -> int:
    """One workstation: signed in as its account, the mix as fast as it goes until the end."""
    from onestop.services.backend import ServerAddress
    from onestop.services.casefile import open_case_file
    from onestop.services.search import CaseSearch
    from onestop.services.serverauth import sign_in_server
    from onestop.services.tasks import TaskDetails, TaskService

    spec = json.loads(Path(spec_file).read_text(encoding="utf-8"))
    address = ServerAddress("localhost", spec["port"], DATABASE, Path(spec["ca_file"]))
    signin_url = address.url(SIGNIN_LOGIN, spec["signin_password"])
    rng = random.Random(spec["seed"])
    session = sign_in_server(
        address, signin_url, Path(spec["folder"]), spec["user"], spec["password"]
    )
    search, tasks = CaseSearch(session), TaskService(session)
    due = datetime.now(UTC).replace(microsecond=0)
    queries, refs = spec["queries"], spec["refs"]
    search.find(queries[0])
    open_case_file(session, refs[0])
    Path(spec["ready"]).write_text("ready", encoding="utf-8")
    go = Path(spec["go"])
    while not go.exists():
        time.sleep(0.01)
    start, seconds = json.loads(go.read_text(encoding="utf-8"))
    while time.time() < start:
        time.sleep(0.001)
    done: list[tuple[str, float, float, float]] = []  # kind, at, ms, this process's CPU ms
    errors: dict[str, int] = {}
    kinds, weights = list(spec["mix"]), list(spec["mix"].values())
    k = 0
    while (now := time.time()) < start + seconds:
        kind = rng.choices(kinds, weights)[0]
        k += 1
        began, cpu = time.perf_counter(), time.process_time()
        try:
            if kind == "write":
                tasks.record(rng.choice(refs), TaskDetails(f"bench load {k}", due))
            elif kind == "search":
                search.find(rng.choice(queries))
            else:
                open_case_file(session, rng.choice(refs))
        except Exception as exc:  # counted, by kind only (a message may quote a row)
            errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
            continue
        done.append(
            (
                kind,
                now - start,
                (time.perf_counter() - began) * 1000,
                (time.process_time() - cpu) * 1000,
            )
        )
    session.close()
    Path(spec["out"]).write_text(json.dumps({"done": done, "errors": errors}), encoding="utf-8")
    return 0


def start_workers(
    centre: Centre, work: Path, accounts: list[tuple[str, str]], queries: list[str], refs: list[str]
) -> tuple[list[subprocess.Popen[bytes]], list[dict[str, Any]]]:
    procs, specs = [], []
    go = work / "go"
    for k, (user, password) in enumerate(accounts):
        spec = {
            "port": centre.cluster.port,
            "ca_file": centre.cluster.ca_file,
            "signin_password": centre.signin_password,
            "user": user,
            "password": password,
            "folder": str(work / "ws" / user),
            "queries": queries,
            "refs": refs,
            "seed": 100 + k,
            "mix": MIX,
            "ready": str(work / f"ready-{k}"),
            "go": str(go),
            "out": str(work / f"worker-{k}.json"),
        }
        spec_file = work / f"worker-{k}-spec.json"
        spec_file.write_text(json.dumps(spec), encoding="utf-8")
        spec_file.chmod(0o600)
        procs.append(
            subprocess.Popen(  # this script, with a file of ours
                [sys.executable, str(Path(__file__).resolve()), "--worker", str(spec_file)],
                env=os.environ.copy(),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
        )
        specs.append(spec)
    return procs, specs


def wait_ready(procs: list[subprocess.Popen[bytes]], specs: list[dict[str, Any]]) -> None:
    deadline = time.monotonic() + 300
    while not all(Path(s["ready"]).exists() for s in specs):
        for p in procs:
            if p.poll() is not None:
                err = p.stderr.read().decode(errors="replace") if p.stderr else ""
                raise SystemExit(f"a workstation ended before it was ready:\n{err[-3000:]}")
        if time.monotonic() > deadline:
            raise SystemExit("the workstations were not ready in 5 minutes")
        time.sleep(0.05)


def finish_workers(procs: list[subprocess.Popen[bytes]], specs: list[dict[str, Any]]) -> list[Any]:
    results = []
    for p, s in zip(procs, specs, strict=True):
        try:
            _, err = p.communicate(timeout=LOAD_SECONDS + 120)
        except subprocess.TimeoutExpired:
            p.kill()
            raise SystemExit("a workstation did not finish") from None
        if p.returncode != 0:
            raise SystemExit(f"a workstation failed:\n{err.decode(errors='replace')[-3000:]}")
        results.append(json.loads(Path(s["out"]).read_text(encoding="utf-8")))
    return results


def stop_all(procs: list[subprocess.Popen[bytes]]) -> None:
    for p in procs:
        if p.poll() is None:
            p.kill()
            p.wait()


# -- the run ------------------------------------------------------------------------------


def main() -> int:
    if sys.argv[1:2] == ["--worker"]:
        return worker(sys.argv[2])
    pin_kdf()
    run = Run("server")
    n = int(os.environ.get("BENCH_SURVIVORS", DEFAULT_SURVIVORS))
    RESULTS.mkdir(parents=True, exist_ok=True)
    import seed

    seeded, meta = seed.build(n, seed.vaults_folder(RESULTS), pool=3 if SMOKE else seed.POOL)
    # Beside the seeded vaults (on the disk the other benches' vaults are on, not /tmp).
    kept = seed.vaults_folder(RESULTS)
    with tempfile.TemporaryDirectory(prefix="server-", dir=kept) as tmp:
        work = Path(tmp)
        os.environ["ONESTOP_HOME"] = str(work / "home")
        vault = work / "vault"
        copy_s = timed(lambda: shutil.copytree(seeded, vault)) / 1000
        with cluster_running(work) as cluster:
            return measure(run, n, meta, work, vault, cluster, copy_s)


def measure(
    run: Run, n: int, meta: dict[str, Any], work: Path, vault: Path, cluster: Any, copy_s: float
) -> int:
    from casefile import query_mix
    from onestop.domain.roles import Role
    from onestop.services.auth import sign_in
    from onestop.services.cases import CaseService

    accounts: dict[str, list[str]] = meta["accounts"]
    cw_user, cw_password = accounts[Role.CASEWORKER.value]
    settings = {
        **settings_of(cluster),
        "cluster_filesystem": filesystem(Path(cluster.directory)),
        "vault_filesystem": filesystem(vault),
    }
    assert settings["fsync"] == "on" and settings["synchronous_commit"] == "on", settings
    print(f"{time.strftime('%H:%M:%S')} server {settings}; moving {n} survivors", flush=True)
    centre, move_s, moved = make_centre(cluster, work, vault)
    print(f"{time.strftime('%H:%M:%S')} moved in {move_s:.1f} s", flush=True)
    enrol(centre, (cw_user, cw_password))
    # The colleague who hears of the changes: the seeded clinician, at a workstation of her own.
    watcher_account = (accounts[Role.CLINICIAN.value][0], accounts[Role.CLINICIAN.value][1])
    enrol(centre, watcher_account)
    ws_accounts = make_workstation_accounts(centre, work, (cw_user, cw_password), WORKSTATIONS)
    print(f"{time.strftime('%H:%M:%S')} {WORKSTATIONS} accounts made", flush=True)

    rng = random.Random(1)
    sample: list[str] = meta["cases"]
    # The files opened and written to are ordinary ones, as at a centre: meta["cases"] (every
    # 50th case) holds every long file (one in a hundred of the vault), so a sample of it was
    # half long files. Ten long files are opened apart (reads: "open_long").
    long_set = set(meta.get("long_cases") or [])
    ordinary = [c for c in sample if c not in long_set]
    longs = [c for c in sample if c in long_set][: 2 if SMOKE else 10]
    with sign_in(vault, cw_user, cw_password) as local:
        cases = CaseService(local)
        refs = rng.sample(ordinary, min(100 if not SMOKE else 10, len(ordinary)))
        people = [
            cases.get(r) for r in rng.sample(sample, min(600 if not SMOKE else 60, len(sample)))
        ]
    mix = [q for _, q in query_mix(people, refs, rng)]

    # Sign-in to home: on the server (a workstation's folder of its own), then the vault.
    rounds = 2 if SMOKE else 8
    here = work / "workstation"
    server_home, server_lists = sign_in_to_home(
        lambda: centre.sign_in(here, cw_user, cw_password), rounds
    )
    vault_home, vault_lists = sign_in_to_home(lambda: sign_in(vault, cw_user, cw_password), rounds)
    from onestop.vault.folder import VaultFolder
    from onestop.vault.keyslots import KeySlotFile, user_slot_id

    slots = KeySlotFile.load(VaultFolder(vault).keyslots)
    kdf_ms = [
        timed(lambda: slots.open_slot(user_slot_id(cw_user), cw_password))
        for _ in range(1 if SMOKE else 3)
    ]
    print(f"{time.strftime('%H:%M:%S')} sign-in to home measured", flush=True)

    with (
        centre.sign_in(here, cw_user, cw_password) as session,
        sign_in(vault, cw_user, cw_password) as local,
    ):
        server_reads = reads(session, mix, refs, longs)
        vault_reads = reads(local, mix, refs, longs)
        opens_go = {"server": where_opens_go(session, refs), "vault": where_opens_go(local, refs)}
        compared = read_alike(session, local, mix, refs[: 3 if SMOKE else 10])
        writes = audited_writes(
            session, local, refs, here / "bare-audit.anchor", 10 if SMOKE else 200
        )
        # The live-update probes' cases: none the workstations write to.
        others = [r for r in sample if r not in set(refs)]
        ids = case_ids(session, rng.sample(others, min(20, len(others))))
    print(f"{time.strftime('%H:%M:%S')} one workstation measured", flush=True)

    # Eight workstations at once; meanwhile a colleague's change heard on another.
    live_cases = list(ids.items())
    procs, specs = start_workers(centre, work, ws_accounts, mix, refs)
    try:
        wait_ready(procs, specs)
        with (
            centre.sign_in(work / "writer", cw_user, cw_password) as writer,
            centre.sign_in(work / "watcher", *watcher_account) as watching,
            Watcher(watching) as watcher,
        ):
            start = time.time() + 0.5
            # Written whole, then renamed into place: a workstation polling for the file
            # never reads it half-written (a smoke run once read it empty).
            go_part = work / "go.part"
            go_part.write_text(json.dumps([start, LOAD_SECONDS]), encoding="utf-8")
            go_part.replace(work / "go")
            server_cpu = server_cpu_s(centre.cluster)
            while time.time() < start:
                time.sleep(0.001)
            loaded_live: list[float] = []
            loaded_lost = 0
            while time.time() < start + LOAD_SECONDS - 1.5:
                got, lost = live_updates(writer, watcher, live_cases, 1, 0.25)
                loaded_live += got
                loaded_lost += lost
            results = finish_workers(procs, specs)
            server_cpu = server_cpu_s(centre.cluster) - server_cpu
            idle_live, idle_lost = live_updates(
                writer, watcher, live_cases, 5 if SMOKE else 40, 0.05
            )
    finally:
        stop_all(procs)
    print(f"{time.strftime('%H:%M:%S')} load measured; verifying the trail", flush=True)

    verify_start = time.perf_counter()
    verify_code, verified, _ = cli_run(
        ["admin", "verify", "--server", centre.workstation_url, "--as", ADMIN, "--password-stdin"],
        PASSWORD,
    )
    verify_s = time.perf_counter() - verify_start
    # Only the checks' names and whether each passed (a message may say more than a count).
    checks = [
        line.split(":")[0] for line in verified.splitlines() if line.startswith(("ok", "FAILED"))
    ]
    intact = verify_code == 0 and "ok     audit trail" in verified

    done = [d for r in results for d in r["done"]]
    errors: dict[str, int] = {}
    for r in results:
        for name, count in r["errors"].items():
            errors[name] = errors.get(name, 0) + count
    by_kind = {kind: [d[2] for d in done if d[0] == kind] for kind in MIX}
    cpu_by_kind = {kind: [d[3] for d in done if d[0] == kind] for kind in MIX}
    write_rate = len(by_kind["write"]) / LOAD_SECONDS

    figures = build_figures(
        n=n,
        move_s=move_s,
        moved=moved,
        server_home=server_home,
        server_lists=server_lists,
        vault_home=vault_home,
        vault_lists=vault_lists,
        kdf_ms=kdf_ms,
        server_reads=server_reads,
        vault_reads=vault_reads,
        opens_go=opens_go,
        writes=writes,
        by_kind=by_kind,
        cpu_by_kind=cpu_by_kind,
        server_cpu=server_cpu,
        write_rate=write_rate,
        errors=errors,
        loaded_live=loaded_live,
        loaded_lost=loaded_lost,
        idle_live=idle_live,
        idle_lost=idle_lost,
        verify_s=verify_s,
        checks=checks,
        intact=intact,
    )
    for f in figures:
        base = f" | baseline {f['baseline']:.2f} -> {f['ratio']:.2f}x" if f.get("ratio") else ""
        print(f"  {f['name']}: {f['value']:.2f} {f['unit']}{base}  {f.get('note', '')}")
    out = run.write(
        figures,
        survivors=n,
        vault_audit_entries=meta.get("audit_entries"),  # seeded; not "added" (report.py)
        server=settings,
        workstations=WORKSTATIONS,
        load_seconds=LOAD_SECONDS,
        mix=MIX,
        reads_compared=compared,
        copy_s=copy_s,
        notes=NOTES.format(
            w=WORKSTATIONS,
            s=LOAD_SECONDS,
            mix=", ".join(f"{k} {v:.0%}" for k, v in MIX.items()),
            pg=settings["server_version"],
            sb=settings["shared_buffers"],
        ),
    )
    print(f"server bench, {n} survivors (load {os.getloadavg()[0]:.1f}); {out}")
    if not intact:
        print("the audit trail on the server did not verify after the load", file=sys.stderr)
        return 1
    return 0


def server_cpu_s(cluster: Any) -> float:
    """CPU seconds the cluster's processes have used so far: the postmaster's own and that of
    its children that ended (reaped: its cutime, cstime), and each live child's (Linux /proc)."""
    pid_file = next(Path(cluster.directory).rglob("postmaster.pid"), None)
    if pid_file is None:
        return float("nan")
    postmaster = int(pid_file.read_text().split()[0])
    ticks = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # ended meanwhile
        pid, parent = int(stat.parent.name), int(fields[1])
        utime, stime, cutime, cstime = (int(x) for x in fields[11:15])
        if pid == postmaster:
            ticks += utime + stime + cutime + cstime
        elif parent == postmaster:
            ticks += utime + stime
    return ticks / os.sysconf("SC_CLK_TCK")


def case_ids(session: Any, refs: list[str]) -> dict[str, int]:
    from sqlalchemy import select

    from onestop.db.cases import Case

    with session.engine.connect() as conn:  # coded columns only
        rows = conn.execute(select(Case.reference, Case.id).where(Case.reference.in_(refs)))
        return {str(r): int(i) for r, i in rows}


NOTES = (
    "The centre server: PostgreSQL {pg} started by scripts/postgres.py with fsync, "
    "synchronous_commit and full_page_writes on (the server's normal durability; the tests' "
    "cluster has them off), TLS 1.3, shared_buffers {sb} (the script's, not tuned). Each "
    "figure's baseline column is the same calls on the local vault (SQLCipher) in the same run, "
    "except the audited write's, whose baseline is bare psycopg doing the same durable work. "
    "Load: {w} workstations, each an OS process signed in as its own caseworker account (made "
    "with admin add-user --server, confirmed by a colleague), for {s:.0f} s, as fast as each "
    "goes ({mix}); every workstation, this process and the server share this machine's CPUs."
)


def opens_note(go: dict[str, dict[str, Any]]) -> str:
    """Where_opens_go's findings on both backends, in words."""

    def one(name: str) -> str:
        g = go[name]
        top = ", ".join(f"{label} {ms:.1f}" for label, ms in g["top"])
        return (
            f"{name}: {g['statements']:.0f} statements, {g['in_statements_ms']:.1f} of the "
            f"{g['ms']:.1f} ms an open took (the rest: the ORM, opening fields, the audit "
            f"entry's signing, the commit); longest {top} ms"
        )

    return "the same files opened again, each statement timed at the cursor — " + "; ".join(
        one(name) for name in ("server", "vault")
    )


def build_figures(**m: Any) -> list[dict[str, Any]]:
    sr, vr, w = m["server_reads"], m["vault_reads"], m["writes"]
    local = "the local vault (SQLCipher): the same calls, same run"
    figs = [
        figure(
            "move-to-server of the whole vault (admin move-to-server, verified)",
            m["move_s"],
            "s",
            note=f"{m['n']} survivors; {m['moved']}",
        ),
        figure(
            "sign-in to home at a workstation, first (cold)",
            m["server_home"][0],
            "ms",
            baseline=m["vault_home"][0],
            baseline_is=local,
            target="<= 1500 ms",
            note="sign_in_server (slot, Argon2id, TLS login, head check) + agenda; the "
            f"search index is read at the first search; home lists {m['server_lists'][0]:.0f} "
            "ms of it",
        ),
        figure(
            "sign-in to home at a workstation, warm median",
            med(m["server_home"][1:]),
            "ms",
            baseline=med(m["vault_home"][1:]),
            baseline_is=local,
            target="<= 1500 ms",
            note=f"p95 {percentile(m['server_home'][1:], 0.95):.0f} ms; home lists median "
            f"{med(m['server_lists'][1:]):.0f} ms; Argon2id alone (pinned cost) median "
            f"{med(m['kdf_ms']):.0f} ms; {len(m['server_home']) - 1} sign-ins",
        ),
        figure(
            "search, first of a session (cold)",
            sr["search_first"][0],
            "ms",
            baseline=vr["search_first"][0],
            baseline_is=local,
        ),
        figure(
            "search (warm), p95",
            percentile(sr["search"], 0.95),
            "ms",
            baseline=percentile(vr["search"], 0.95),
            baseline_is=local + "; the same cases found (checked)",
            target="p95 <= 30 ms",
            note=f"median {med(sr['search']):.1f} ms (vault {med(vr['search']):.1f}); "
            f"{len(sr['search'])} queries (casefile.py's mix)",
        ),
        figure(
            "open a full case file, p95",
            percentile(sr["open"], 0.95),
            "ms",
            baseline=percentile(vr["open"], 0.95),
            baseline_is=local + "; the same records read (checked)",
            target="p95 <= 60 ms",
            note=f"median {med(sr['open']):.1f} ms (vault {med(vr['open']):.1f}); first "
            f"{sr['open'][0]:.1f} ms; {len(sr['open'])} ordinary files (every section)",
        ),
        figure(
            "open a long file whole, p95",
            percentile(sr["open_long"], 0.95),
            "ms",
            baseline=percentile(vr["open_long"], 0.95),
            baseline_is=local,
            note=f"median {med(sr['open_long']):.1f} ms (vault {med(vr['open_long']):.1f}); "
            f"{len(sr['open_long'])} opens of the first long files (5 incidents, 200 "
            "encounters, 240 hearings, 60 photographs' records each; every section)",
        ),
        figure(
            "  where an open's time goes: in its statements, per open",
            m["opens_go"]["server"]["in_statements_ms"],
            "ms",
            baseline=m["opens_go"]["vault"]["in_statements_ms"],
            baseline_is=local,
            note=opens_note(m["opens_go"]),
        ),
        figure(
            "audited write + commit, one workstation alone, p95",
            percentile(w["server"], 0.95),
            "ms",
            baseline=percentile(w["bare"], 0.95),
            baseline_is="bare psycopg, same login: advisory write lock, anchor row read, the "
            "same task row (its title sealed for its id), audit row (chained, signed), anchor "
            "row (HMAC), one commit, the workstation's anchor file (2 fsyncs); the same "
            "tables written, as many fsyncs (checked)",
            target="p95 <= 25 ms",
            note=f"median {med(w['server']):.2f} ms, baseline {med(w['bare']):.2f} ms "
            f"(ratio {med(w['server']) / med(w['bare']):.2f}x); vault median "
            f"{med(w['vault']):.2f} ms, p95 {percentile(w['vault'], 0.95):.2f} ms; first "
            f"{w['first']:.1f} ms; service writes {', '.join(w['service_writes'])}",
        ),
    ]
    k = m["by_kind"]
    err = sum(m["errors"].values())
    err_note = f"; errors: {', '.join(f'{n} x{c}' for n, c in m['errors'].items())}" if err else ""
    figs += [
        figure(
            f"{WORKSTATIONS} workstations: audited write, p95",
            percentile(k["write"], 0.95),
            "ms",
            target="p95 <= 25 ms",
            note=f"median {med(k['write']):.1f} ms; {len(k['write'])} writes{err_note}",
        ),
        figure(
            f"{WORKSTATIONS} workstations: audited writes per second, in total",
            m["write_rate"],
            "writes/s",
            target=">= 150/s",
            note=f"{sum(len(v) for v in k.values()) / LOAD_SECONDS:.0f} operations/s in all",
        ),
        figure(
            f"{WORKSTATIONS} workstations: CPU per operation at the workstation, median",
            med([ms for v in m["cpu_by_kind"].values() for ms in v]),
            "ms",
            note="its own process's CPU time, by kind: "
            + ", ".join(f"{kind} {med(v):.1f} ms" for kind, v in m["cpu_by_kind"].items() if v)
            + f"; all workstations together "
            f"{sum(ms for v in m['cpu_by_kind'].values() for ms in v) / 1000:.1f} CPU-s of this "
            f"machine's {(os.cpu_count() or 1) * LOAD_SECONDS} in the {LOAD_SECONDS} s",
        ),
        figure(
            f"{WORKSTATIONS} workstations: the server's CPU per operation",
            m["server_cpu"] * 1000 / max(1, sum(len(v) for v in k.values())),
            "ms",
            note=f"the cluster's processes: {m['server_cpu']:.1f} CPU-s in the {LOAD_SECONDS} s "
            "(the postmaster, its connections, and those that ended meanwhile); on a centre, "
            "where each workstation is a computer of its own, the server's share is what bounds "
            "the writes per second",
        ),
        figure(
            f"{WORKSTATIONS} workstations: search, p95",
            percentile(k["search"], 0.95),
            "ms",
            note=f"median {med(k['search']):.1f} ms; {len(k['search'])} searches",
        ),
        figure(
            f"{WORKSTATIONS} workstations: open a case file, p95",
            percentile(k["open"], 0.95),
            "ms",
            note=f"median {med(k['open']):.1f} ms; {len(k['open'])} files",
        ),
        figure(
            "audit chain verified after the load (admin verify --server), time",
            m["verify_s"],
            "s",
            note=("intact, every check ok: " if m["intact"] else "NOT INTACT: ")
            + ", ".join(
                " ".join(c.split()[1:]) + ("" if c.startswith("ok") else " FAILED")
                for c in m["checks"]
            ),
        ),
    ]
    for label, samples, lost in (
        ("during the load", m["loaded_live"], m["loaded_lost"]),
        ("idle server", m["idle_live"], m["idle_lost"]),
    ):
        figs.append(
            figure(
                f"a colleague's change heard on another workstation, {label}, p95",
                percentile(samples, 0.95) if samples else float("nan"),
                "ms",
                target="p95 <= 1000 ms",
                note=f"median {med(samples):.0f} ms; {len(samples)} changes"
                + (f"; {lost} never heard within 10 s" if lost else "")
                if samples
                else f"none heard; {lost} lost",
            )
        )
    return figs


if __name__ == "__main__":
    sys.exit(main())
