"""Whole-vault operations on a vault with a long audit trail, each beside a bare baseline.

Run by ``make bench`` (BENCH_AUDIT_ENTRIES entries, default 1,000,000; ``--smoke``: 2,000;
BENCH_OPS=csv,view measures only those, reported as wholevault-csv-view).
Figures (issue 24, whole-vault operations):
  - the audit trail as CSV (AuditService.export_csv), beside bare sqlcipher3 reading the same
    nine columns oldest first in batches and writing the same CSV (formula cells neutralised
    the same way) to a temporary file, fsynced and renamed;
  - verify (MaintenanceService.verify: page authentication, integrity check, every link and
    signature of the chain, the anchors, every attachment), beside bare code doing the same
    reads: the two PRAGMA checks, then the chain walked with its hash recomputed (the same
    canonical JSON and SHA-256) and every Ed25519 signature checked, then each attachment
    read and hashed;
  - a backup (sqlcipher_export, then a manifest of the copy's and the key slots' SHA-256 with
    its HMAC, and a zip of it, the copy, the key slots and the attachments), beside the same
    export, manifest and zip by hand;
  - a restore (the service first makes a safety backup, then unpacks the backup, checks its
    members against the manifest, exports its database into a staged file, checks it and
    swaps it in), beside a bare safety backup, unzip, the same member check, export into a
    staged file and rename;
  - key rotation (PRAGMA rekey plus the service's checks and re-wrapped slots), beside a bare
    PRAGMA rekey;
  - the purge of one closed case (RetentionService.purge), timed alone: its work is spread
    over a dozen tables and has no one-statement equivalent;
  - the audit viewer's default view (the last 30 days, newest 2,000 entries), beside bare
    sqlcipher3 reading the newest 2,000 entries by their key.

Each operation runs in a child process of its own, twice: the first run (cold: a fresh
process, its caches empty; the operating system's page cache is not dropped) and the second
(warm). Peak memory is the child's peak resident set (VmHWM, reset through
/proc/self/clear_refs just before the operation, so that the sign-in's Argon2id and the imports
do not count), beside the bare child's, measured the same way; its growth over the resident set
before the operation is reported too. The trail is made quickly: entries signed by the admin's
own key, hashed and chained with the project's functions (domain.audit.entry_hash,
signed_message, services.audit.anchor_mac, write_anchor_file), inserted in one transaction;
verify must then find the chain whole, which checks the seeding is genuine.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import hmac
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from common import SMOKE, Run, figure, pin_kdf

ADMIN = "bench-admin"
MANAGER = "bench-manager"
CASEWORKER = "bench-caseworker"
PASSWORD = "benchmark phrase for the vault 2026"
# Which operations (BENCH_OPS, comma-separated): all by default; a run of some is reported
# under a name of its own, e.g. a million entries for the CSV alone.
ALL_OPS = ("csv", "view", "verify", "backup", "purge", "rotate")
OPS = tuple(o for o in (os.environ.get("BENCH_OPS") or ",".join(ALL_OPS)).split(",") if o)
ENTRIES = int(os.environ.get("BENCH_AUDIT_ENTRIES") or ("2000" if SMOKE else "1000000"))
SEED_BATCH = 10_000
# Peak resident memory allowed at a million entries (issue 24), and against the baseline.
PEAK_TARGET_MB = 300
CSV_COLUMNS = ("seq", "at", "actor", "role", "action", "section", "record_ref", "outcome", "detail")
# A mix of the entries a centre's trail holds (references and short codes only).
MIX = (
    ("record.read", "identity", "ok", ""),
    ("record.write", "health", "ok", ""),
    ("session.sign_in", "", "ok", ""),
    ("record.read", "counselling", "denied", ""),
    ("audit.read", "audit", "ok", "2000"),
    ("session.sign_out", "", "ok", ""),
)


NOTES = (
    "How the baselines were checked to do the same work (asserted, or the bench stops): every "
    "bare connection is set as the vault's own (the same PRAGMA values); the bare CSV is byte "
    "for byte the service's file followed by the entries written between the two runs; the "
    "bare verify checks both PRAGMAs, every hash, link and signature of the whole trail (it "
    "walks at least every entry seeded), the service's verify every check sound; the bare "
    "backup writes the same zip members (its manifest with the copy's SHA-256 and an HMAC); "
    "the bare restore makes the same kind of safety backup first, checks the members against "
    "the manifest and leaves the backup's trail in place, to its last entry; the bare view "
    "reads as many entries as the service's. Peak memory is each child's resident peak during "
    "the operation alone (VmHWM reset just before): OneStop's child holds SQLAlchemy, "
    "cryptography and the application (about 95 MB resident before it starts), the bare child "
    "sqlcipher3 alone (about 20 MB), so compare the growth in the notes: what the work itself "
    "added. Times on this machine were taken under the load shown, with several other benches "
    "and test runs at once."
)


# How its baselines are checked to do the same work as what they are compared with (the
# assertions named are in this file): read by bench/report.py into the report.
BASELINES = (
    "each operation beside bare code in a child of its own. Asserted: the bare connection has "
    "the vault's own PRAGMA values (`same_settings`); the bare CSV is the service's byte for "
    "byte, then the entries added since; the bare verify walks every seeded entry (hash, link, "
    "signature) and the service's verify passes every check; the bare backup writes the same "
    "zip members (its manifest with the SHA-256 and an HMAC); the bare restore checks the "
    "members against the manifest and leaves the backup's trail in place to its last entry; "
    "the bare view reads as many entries as the service's; the bare rekey, there and back, "
    "leaves the vault opening with its key. Not the same work, and said in the figures: each "
    "service operation also writes a signed audit entry; the service's verify also checks the "
    "anchors, key slots, grants and accounts (work that does not grow with the trail); key "
    "rotation's baseline is the PRAGMA rekey alone, without the slots rewrapped."
)


# ----- memory, read from /proc (Linux) -------------------------------------------------------


def _status(field: str) -> float:
    """A VmXXX line of /proc/self/status, in MB (0 where there is no /proc)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def reset_peak() -> bool:
    """Sets the peak resident set (VmHWM) back to the current one (Linux 4.0+)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


# ----- the vault and its trail ----------------------------------------------------------------


def seed_trail(path: Path, n: int) -> dict[str, Any]:
    """``n`` signed entries appended after the vault's own, in one transaction, chained and
    signed as services.audit.append chains and signs them; then the anchor row and file."""
    from sqlalchemy import text

    from onestop.domain.audit import AuditFields, entry_hash, signed_message
    from onestop.services import audit
    from onestop.services.auth import sign_in

    start = time.perf_counter()
    with sign_in(path, ADMIN, PASSWORD) as admin:
        signer = admin.signer
        assert signer is not None
        key, vault_id = admin.key, admin.vault_id
        first_at = datetime.now(UTC) - timedelta(seconds=n + 60)
        with admin.engine.begin() as conn:
            seq, head = conn.execute(text("SELECT seq, hash FROM audit_anchor WHERE id = 1")).one()
            rows: list[dict[str, Any]] = []
            insert = text(
                "INSERT INTO audit_log (seq, at, actor, role, action, section, record_ref, "
                "outcome, detail, prev_hash, hash, signer, signature) VALUES (:seq, :at, "
                ":actor, :role, :action, :section, :record_ref, :outcome, :detail, :prev, "
                ":hash, :signer, :signature)"
            )
            for i in range(n):
                seq += 1
                action, section, outcome, detail = MIX[i % len(MIX)]
                fields = AuditFields(
                    seq,
                    (first_at + timedelta(seconds=i)).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                    ADMIN,
                    "admin",
                    action,
                    section,
                    f"OS-2026-{i % 99991:05d}" if section else "",
                    outcome,
                    detail,
                    signer.key_id,
                )
                digest = entry_hash(head, fields)
                signature = signer.private.sign(signed_message(vault_id, digest)).hex()
                rows.append(
                    {
                        **{k: getattr(fields, k) for k in CSV_COLUMNS},
                        "prev": head,
                        "hash": digest,
                        "signer": signer.key_id,
                        "signature": signature,
                    }
                )
                head = digest
                if len(rows) >= SEED_BATCH:
                    conn.execute(insert, rows)
                    rows = []
            if rows:
                conn.execute(insert, rows)
            anchor = audit.Anchor(
                seq, head, audit.anchor_mac(key, vault_id, seq, head), signer.key_id, signature
            )
            conn.execute(
                text(
                    "UPDATE audit_anchor SET seq = :seq, hash = :hash, mac = :mac, "
                    "signer = :signer, signature = :signature WHERE id = 1"
                ),
                {
                    "seq": anchor.seq,
                    "hash": anchor.hash,
                    "mac": anchor.mac,
                    "signer": anchor.signer,
                    "signature": anchor.signature,
                },
            )
        audit.write_anchor_file(admin.folder.anchor, vault_id, anchor)
    return {"seconds": time.perf_counter() - start, "last_seq": seq}


def closed_cases(path: Path, count: int) -> list[str]:
    """``count`` closed cases, each with an incident: what a purge removes."""
    from onestop.domain.casefile import GbvType, IncidentContext
    from onestop.domain.clinical import IncidentTime
    from onestop.services.auth import sign_in
    from onestop.services.cases import CaseService, SurvivorDetails
    from onestop.services.incidents import IncidentDetails, IncidentService

    refs = []
    when = datetime.now(UTC).replace(microsecond=0) - timedelta(days=3)
    with sign_in(path, CASEWORKER, PASSWORD) as cw:
        cases = CaseService(cw)
        for i in range(count):
            case = cases.open_case(SurvivorDetails(alias=f"Bench purge {i}"))
            IncidentService(cw).record(
                case.reference,
                IncidentDetails(
                    IncidentTime.exact(when), GbvType.RAPE, IncidentContext.INTIMATE_PARTNER
                ),
            )
            cases.close(case.reference, "Bench", 1)
            refs.append(case.reference)
    return refs


def build(root: Path, n: int) -> dict[str, Any]:
    from onestop.domain.roles import Role
    from onestop.services.auth import create_vault, sign_in
    from onestop.services.users import UserService

    path = root / "vault"
    create_vault(path, ADMIN, PASSWORD)
    with sign_in(path, ADMIN, PASSWORD) as admin:
        users = UserService(admin)
        users.create(MANAGER, Role.MANAGER, "Bench Manager", password=PASSWORD)
        users.create(CASEWORKER, Role.CASEWORKER, "Bench Caseworker", password=PASSWORD)
    refs = closed_cases(path, 2)
    seeded = seed_trail(path, n)
    return {"path": path, "purge": refs, **seeded}


# ----- the child: one operation, twice ----------------------------------------------------------


def _vault_key(path: Path) -> bytes:
    from onestop.vault.folder import VaultFolder
    from onestop.vault.keyslots import KeySlotFile, user_slot_id

    slots = KeySlotFile.load(VaultFolder(path).keyslots)
    opened = slots.open_slot(user_slot_id(ADMIN), PASSWORD)
    assert opened is not None
    return bytes(opened.keys["vault"])


# The settings of a connection as onestop.vault.engine.connect makes it, by hand (the bare
# child does not import OneStop): the parent checks they are the vault's own (same_settings).
BARE_PRAGMAS = (
    "PRAGMA busy_timeout = 10000",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
)
SETTINGS = ("busy_timeout", "foreign_keys", "secure_delete", "temp_store", "journal_mode")


def _bare_connect(db: Path, key: bytes) -> Any:
    import sqlcipher3.dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(db), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for pragma in BARE_PRAGMAS:
        conn.execute(pragma)
    return conn


def same_settings(db: Path, key: bytes) -> None:
    """The bare connection is set as the vault's own (onestop.vault.engine.connect): the same
    PRAGMA values, synchronous included."""
    from onestop.vault.engine import connect

    def settings(conn: Any) -> list[Any]:
        try:
            return [conn.execute(f"PRAGMA {n}").fetchone()[0] for n in (*SETTINGS, "synchronous")]
        finally:
            conn.close()

    bare, own = settings(_bare_connect(db, key)), settings(connect(db, key))
    if bare != own:
        raise SystemExit(f"the bare connection is set otherwise: {bare}, the vault's {own}")


def _csv_safe(value: str) -> str:
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def bare_csv(db: Path, key: bytes, dest: Path) -> int:
    """The same CSV by hand: rows oldest first in batches of 2,000, the same cells."""
    conn = _bare_connect(db, key)
    part = dest.with_name(dest.name + ".part")
    n = 0
    try:
        cur = conn.execute(
            "SELECT seq, at, actor, role, action, section, record_ref, outcome, detail "
            "FROM audit_log ORDER BY seq"
        )
        with open(part, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(CSV_COLUMNS)
            while batch := cur.fetchmany(2000):
                writer.writerows([r[0], r[1], *map(_csv_safe, r[2:])] for r in batch)
                n += len(batch)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, dest)
    finally:
        conn.close()
    return n


def bare_verify(db: Path, key: bytes, blobs: Path) -> int:
    """The same checks by hand: page authentication, integrity, then every entry's hash
    recomputed and linked and its signature checked, then every attachment file hashed."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    conn = _bare_connect(db, key)
    try:
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        keys = {
            k: Ed25519PublicKey.from_public_bytes(bytes.fromhex(pub))
            for k, pub in conn.execute("SELECT key_id, public_key FROM staff_signing_keys")
        }
        prev, expected, n = "0" * 64, 1, 0
        cur = conn.execute(
            "SELECT seq, at, actor, role, action, section, record_ref, outcome, detail, "
            "signer, prev_hash, hash, signature FROM audit_log ORDER BY seq"
        )
        vid = VAULT_ID[0]
        while batch := cur.fetchmany(5000):
            for r in batch:
                fields = [prev, *r[0:9], *([r[9]] if r[9] else [])]
                payload = json.dumps(fields, ensure_ascii=True, separators=(",", ":"))
                digest = hashlib.sha256(payload.encode("ascii")).hexdigest()
                assert r[0] == expected and r[10] == prev and digest == r[11], r[0]
                if r[9]:
                    keys[r[9]].verify(
                        bytes.fromhex(r[12]), f"onestop-audit|{vid}|{digest}".encode("ascii")
                    )
                prev, expected, n = digest, expected + 1, n + 1
    finally:
        conn.close()
    for blob in sorted(blobs.rglob("*")) if blobs.is_dir() else []:
        if blob.is_file():
            hashlib.sha256(blob.read_bytes()).hexdigest()
    return n


NEW_KEY = b"\x01" * 32
VAULT_ID = [""]  # the vault's id, handed to the bare child by the parent


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()


def bare_backup(path: Path, key: bytes, dest: Path) -> None:
    """sqlcipher_export of the database to a work folder, the copy's last audit entry read,
    the copy and the key slots hashed into a manifest with its HMAC, then one zip of the
    manifest, the key slots, the copy and the attachments, fsynced, renamed, the folder
    fsynced: what a backup writes (the same members, checked by the parent)."""
    work = Path(tempfile.mkdtemp(dir=dest.parent))
    try:
        copy = work / "vault.db"
        conn = _bare_connect(path / "vault.db", key)
        conn.execute(f"ATTACH DATABASE ? AS x KEY \"x'{key.hex()}'\"", (str(copy),))
        conn.execute("SELECT sqlcipher_export('x')").fetchall()
        conn.execute("DETACH DATABASE x")
        conn.close()
        conn = _bare_connect(copy, key)
        seq, head = conn.execute(
            "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        conn.close()
        manifest: dict[str, Any] = {
            "format": "onestop-backup",
            "version": 2,
            "created_at": datetime.now(UTC).isoformat(),
            "vault_id": VAULT_ID[0],
            "audit_head": {"seq": seq, "hash": head},
            "members": {
                "vault.db": _sha256_file(copy),
                "keyslots.json": _sha256_file(path / "keyslots.json"),
            },
        }
        canonical = json.dumps(manifest, sort_keys=True, separators=(",", ":"))
        manifest["mac"] = hmac.new(key, canonical.encode("ascii"), hashlib.sha256).hexdigest()
        partial = work / "archive.zip"
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr("manifest.json", json.dumps(manifest, indent=2))
            zf.write(path / "keyslots.json", "keyslots.json")
            zf.write(copy, "vault.db")
            blobs = path / "blobs"
            for blob in sorted(blobs.rglob("*")) if blobs.is_dir() else []:
                if blob.is_file():
                    zf.write(blob, f"blobs/{blob.parent.name}/{blob.name}")
        with open(partial, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, dest)
        folder = os.open(dest.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def bare_restore(path: Path, key: bytes, source: Path) -> None:
    """A safety backup, then the backup unzipped (every member) and its database and key
    slots checked against the manifest's SHA-256, the database exported into a staged file
    under the vault key and renamed over the vault's."""
    bare_backup(path, key, path / "backups" / f"bare-safety-{time.time_ns()}.zip")
    work = Path(tempfile.mkdtemp(dir=path))
    try:
        with zipfile.ZipFile(source) as zf:
            zf.extractall(work)
        manifest = json.loads((work / "manifest.json").read_text(encoding="utf-8"))
        for name, digest in manifest["members"].items():
            if not hmac.compare_digest(digest, _sha256_file(work / name)):
                raise SystemExit(f"the backup's {name} is not the one its manifest describes")
        staged = path / ".bare-staged.db"
        conn = _bare_connect(work / "vault.db", key)
        conn.execute(f"ATTACH DATABASE ? AS x KEY \"x'{key.hex()}'\"", (str(staged),))
        conn.execute("SELECT sqlcipher_export('x')").fetchall()
        conn.execute("DETACH DATABASE x")
        conn.close()
        for sidecar in ("vault.db-wal", "vault.db-shm"):
            (path / sidecar).unlink(missing_ok=True)
        os.replace(staged, path / "vault.db")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def bare_rekey(db: Path, key: bytes, new: bytes) -> None:
    conn = _bare_connect(db, key)
    conn.execute(f"PRAGMA rekey = \"x'{new.hex()}'\"")
    conn.close()


def child(op: str, path: Path, extra: str) -> dict[str, Any]:
    """Runs ``op`` twice (cold, warm) and returns the times and the peak memory of each."""
    out_dir = path.parent / "out"
    out_dir.mkdir(exist_ok=True)
    key = bytes.fromhex(sys.stdin.readline().strip()) if op.startswith("bare-") else b""
    session: Any = None
    work: Any
    if op.startswith("bare-"):
        VAULT_ID[0], _, source = extra.partition("|")
        db = path / "vault.db"
        works = {
            "bare-csv": lambda i: bare_csv(db, key, out_dir / f"bare-{i}.csv"),
            "bare-verify": lambda i: bare_verify(db, key, path / "blobs"),
            "bare-backup": lambda i: bare_backup(path, key, out_dir / f"bare-{i}.zip"),
            "bare-restore": lambda i: bare_restore(path, key, Path(source)),
            # there and back: a new key, then the vault's own again
            "bare-rekey": lambda i: bare_rekey(db, *((key, NEW_KEY) if i == 0 else (NEW_KEY, key))),
        }
        work = works[op]
    else:
        from onestop.services.audit import AuditService
        from onestop.services.auth import sign_in
        from onestop.services.maintenance import MaintenanceService
        from onestop.services.retention import RetentionService

        who = MANAGER if op in ("purge", "view") else ADMIN
        session = sign_in(path, who, PASSWORD)
        since = datetime.now(UTC) - timedelta(days=30)
        until = datetime.now(UTC) + timedelta(days=1)
        refs = extra.split(",")
        works = {
            "csv": lambda i: AuditService(session).export_csv(out_dir / f"service-{i}.csv"),
            "verify": lambda i: MaintenanceService(session).verify(),
            "backup": lambda i: MaintenanceService(session).backup(out_dir / f"service-{i}.zip"),
            "restore": lambda i: MaintenanceService(session).restore(Path(extra), PASSWORD),
            "rotate": lambda i: MaintenanceService(session).rotate_key(),
            "purge": lambda i: RetentionService(session, retention_years=0).purge(refs[i], refs[i]),
            "view": lambda i: AuditService(session).entries(
                since=since, until=until, limit=2000, newest_first=True
            ),
        }
        work = works[op]
    runs = []
    for i in range(2):
        before = _status("VmRSS")
        reset = reset_peak()
        start = time.perf_counter()
        result = work(i)
        ms = (time.perf_counter() - start) * 1000
        peak = _status("VmHWM")
        runs.append({"ms": ms, "peak_mb": peak, "rss_before_mb": before, "reset": reset})
        if op == "verify":
            assert result.ok, [c.message for c in result.checks if not c.ok]
            runs[-1]["checks"] = [c.message for c in result.checks]
        if op.endswith("csv") or op == "bare-verify":
            runs[-1]["rows"] = result  # rows written, entries walked
        if op == "view":
            runs[-1]["rows"] = len(result)
    if session is not None:
        session.close()
    return {"op": op, "runs": runs}


def run_child(op: str, path: Path, extra: str = "", key: bytes = b"") -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, __file__, "--child", op, str(path), extra],
        input=key.hex() + "\n" if key else "",
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"child {op} failed:\n{done.stdout}\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# ----- the parent -----------------------------------------------------------------------------


def pair_figures(
    name: str, service: dict[str, Any], bare: dict[str, Any] | None, baseline_is: str
) -> list[dict[str, Any]]:
    s_cold, s_warm = service["runs"]
    figures = []
    for label, s, b in (
        ("first (cold)", s_cold, bare["runs"][0] if bare else None),
        ("warm", s_warm, bare["runs"][1] if bare else None),
    ):
        figures.append(
            figure(
                f"{name}, {label}",
                s["ms"] / 1000,
                "s",
                baseline=b["ms"] / 1000 if b else None,
                baseline_is=baseline_is if b else "",
                note=f"{ENTRIES:,} added audit entries",
            )
        )
    peak = max(r["peak_mb"] for r in service["runs"])
    growth = max(r["peak_mb"] - r["rss_before_mb"] for r in service["runs"])
    bare_peak = max(r["peak_mb"] for r in bare["runs"]) if bare else None
    bare_growth = max(r["peak_mb"] - r["rss_before_mb"] for r in bare["runs"]) if bare else 0
    figures.append(
        figure(
            f"{name}, peak memory",
            peak,
            "MB",
            baseline=bare_peak,
            baseline_is="the bare child's peak resident set, measured the same way" if bare else "",
            target=f"<= {PEAK_TARGET_MB} MB",
            note=f"grew {growth:.0f} MB over the resident set before it"
            + (f" (baseline {bare_growth:.0f} MB)" if bare else ""),
        )
    )
    return figures


def measure(path: Path, key: bytes, vault_id: str, refs: list[str]) -> list[dict[str, Any]]:
    """Each operation of OPS, in an order that leaves the vault sound for the next."""
    figures: list[dict[str, Any]] = []
    if "csv" in OPS:
        figures += _csv(path, key, vault_id)
    if "view" in OPS:
        figures += _view(path, key)
    if "verify" in OPS:
        figures += _verify(path, key, vault_id)
    if "backup" in OPS:
        figures += _backup_restore(path, key, vault_id)
    if "purge" in OPS:
        purge = run_child("purge", path, ",".join(refs))
        figures += pair_figures("purge of one closed case", purge, None, "")
    if "rotate" in OPS:
        rotate_s = run_child("rotate", path)
        key = _vault_key(path)
        rotate_b = run_child("bare-rekey", path, vault_id, key)
        conn = _bare_connect(path / "vault.db", key)  # there and back: the vault's key again
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()
        figures += pair_figures(
            "key rotation", rotate_s, rotate_b, "bare: PRAGMA rekey of the same database"
        )
    return figures


def _csv(path: Path, key: bytes, vault_id: str) -> list[dict[str, Any]]:
    csv_s = run_child("csv", path)
    csv_b = run_child("bare-csv", path, vault_id, key)
    a = (path.parent / "out" / "service-1.csv").read_bytes()
    b = (path.parent / "out" / "bare-1.csv").read_bytes()
    # The same file, then the few entries written between the two runs (its own reads).
    assert len(a) > ENTRIES * 40 and b.startswith(a), "the baseline wrote another CSV"
    return pair_figures(
        "audit trail as CSV",
        csv_s,
        csv_b,
        "bare sqlcipher3: the same rows in batches, the same CSV, fsync and rename",
    )


def _view(path: Path, key: bytes) -> list[dict[str, Any]]:
    figures = []
    view = run_child("view", path)
    conn = _bare_connect(path / "vault.db", key)
    bare_view = []
    for i in range(2):
        start = time.perf_counter()
        read = conn.execute(
            "SELECT seq, at, actor, role, action, section, record_ref, outcome, detail "
            "FROM audit_log ORDER BY seq DESC LIMIT 2000"
        ).fetchall()
        bare_view.append((time.perf_counter() - start) * 1000)
        if len(read) != view["runs"][i]["rows"]:
            raise SystemExit(f"the bare view read {len(read)} entries, the service's {view}")
    conn.close()
    for i, label in enumerate(("first (cold)", "warm")):
        figures.append(
            figure(
                f"audit viewer's default view (30 days, newest 2,000), {label}",
                view["runs"][i]["ms"],
                "ms",
                baseline=bare_view[i],
                baseline_is="bare sqlcipher3: the newest 2,000 entries by their key",
                note="the service's figure includes the audit entry of the read (a signed "
                "write, two fsyncs); the baseline only reads",
            )
        )
    return figures


def _verify(path: Path, key: bytes, vault_id: str) -> list[dict[str, Any]]:
    verify_s = run_child("verify", path)
    verify_b = run_child("bare-verify", path, vault_id, key)
    walked = [r["rows"] for r in verify_b["runs"]]
    if min(walked) < ENTRIES:  # every entry's hash, link and signature: the whole trail
        raise SystemExit(f"the bare verify walked {walked} entries of {ENTRIES:,} and more")
    return pair_figures(
        "verify",
        verify_s,
        verify_b,
        "bare: both PRAGMA checks, every hash recomputed and linked, every signature, "
        "every attachment hashed",
    )


def _backup_restore(path: Path, key: bytes, vault_id: str) -> list[dict[str, Any]]:
    """A backup, then a restore from the first one made."""
    backup_s = run_child("backup", path)
    backup_b = run_child("bare-backup", path, vault_id, key)
    figures = pair_figures(
        "backup",
        backup_s,
        backup_b,
        "bare: sqlcipher_export, the copy hashed into a manifest with its HMAC, zip of the "
        "manifest, copy, key slots and attachments, fsync, rename, folder fsync",
    )
    for i in range(2):
        with (
            zipfile.ZipFile(path.parent / "out" / f"service-{i}.zip") as a,
            zipfile.ZipFile(path.parent / "out" / f"bare-{i}.zip") as b,
        ):
            if sorted(a.namelist()) != sorted(b.namelist()):
                raise SystemExit(
                    f"the bare backup wrote {b.namelist()}, the service {a.namelist()}"
                )
    source = path.parent / "out" / "service-0.zip"
    with zipfile.ZipFile(source) as zf:
        head = json.loads(zf.read("manifest.json"))["audit_head"]
    restore_s = run_child("restore", path, str(source))
    # The bare restore swaps the database of a copy of the vault folder: the vault itself
    # keeps the service's restored trail and its anchors for the operations after it.
    copy = path.parent / "bare-vault"
    copy.mkdir()
    (copy / "backups").mkdir()
    for name in ("vault.db", "keyslots.json"):
        shutil.copy2(path / name, copy / name)
    restore_b = run_child("bare-restore", copy, f"{vault_id}|{source}", key)
    conn = _bare_connect(copy / "vault.db", key)
    restored = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    conn.close()
    if list(restored) != [head["seq"], head["hash"]]:  # the backup's trail, to its last entry
        raise SystemExit(f"the bare restore left the trail at {restored}, not the backup's {head}")
    shutil.rmtree(copy)
    figures += pair_figures(
        "restore",
        restore_s,
        restore_b,
        "bare: a safety backup (as above), unzip, members checked against the manifest, "
        "export into a staged file, rename",
    )
    return figures


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        op, path, extra = sys.argv[2], Path(sys.argv[3]), sys.argv[4]
        print(json.dumps(child(op, path, extra)))
        return 0
    pin_kdf()
    run = Run("wholevault" if set(OPS) == set(ALL_OPS) else "wholevault-" + "-".join(OPS))
    figures: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(dir=Path(__file__).parent) as tmp:
        os.environ["ONESTOP_HOME"] = str(Path(tmp) / "home")
        built = build(Path(tmp), ENTRIES)
        path: Path = built["path"]
        figures.append(
            figure(
                "seeding the trail (signed, chained, one transaction)",
                ENTRIES / built["seconds"],
                "entries/s",
                note=f"{ENTRIES:,} entries in {built['seconds']:.1f} s",
            )
        )
        key = _vault_key(path)
        from onestop.services.auth import sign_in

        with sign_in(path, ADMIN, PASSWORD) as admin:
            vault_id = admin.vault_id
        vault_mb = sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6

        same_settings(path / "vault.db", key)
        figures += measure(path, key, vault_id, built["purge"])
        with contextlib.suppress(OSError):
            shutil.rmtree(path.parent / "out")
    out = run.write(figures, audit_entries=ENTRIES, vault_mb=vault_mb, notes=NOTES)
    print(f"whole-vault bench (load {os.getloadavg()[0]:.1f}); {out}")
    for f in figures:
        base = (
            f" | baseline {f['baseline']:.3g} -> {f['ratio']:.2f}x"
            if f.get("baseline") is not None
            else ""
        )
        print(f"  {f['name']}: {f['value']:.3g} {f['unit']}{base}  {f.get('note', '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
