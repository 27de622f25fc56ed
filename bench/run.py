"""Benchmarks of the vault, each beside a bare baseline doing the same work, in the same run.

Run with ``make bench`` (``--smoke``: a few iterations, seconds). Figures (issue: foundation):
  - Argon2id unlock, at pinned parameters (common.PINNED_KDF: the floor, t=3, m=64 MiB, p=4)
    so that runs compare; a centre's vault is calibrated to about 0.5 s on its machine instead;
  - opening the vault after unlock (target <= 20 ms): from the vault key to a signed-in session;
  - an audited write-and-commit (target <= 5 ms) beside bare sqlcipher3 doing the same durable
    work, interleaved with it: BEGIN IMMEDIATE, the chain's head read from the anchor row, the
    row, the audit row (its chained hash), the anchor row (its HMAC), one commit, then the
    vault's audit.anchor written by hand as OneStop writes it (temporary file, fsync, rename,
    fsync of the folder: two fsyncs). The durable part (the anchor file alone) is reported
    apart. The service's statements are captured with SQLAlchemy's event hooks and its fsyncs
    counted; the bench checks the baseline writes the same tables with as many fsyncs, and
    that the audit chain, the service's entries and the baseline's between them, verifies.
"""

from __future__ import annotations

import json
import os
import secrets
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import event

from common import (
    PINNED_KDF,
    SMOKE,
    Run,
    figure,
    fsyncs_counted,
    kdf_of,
    pin_kdf,
    summary,
    timed,
)
from onestop.domain.audit import AuditFields, entry_hash, signed_message
from onestop.domain.roles import Role
from onestop.services import auth
from onestop.services.audit import anchor_mac, verify_chain
from onestop.services.users import UserService
from onestop.vault.engine import connect
from onestop.vault.folder import VaultFolder
from onestop.vault.keyslots import KeySlotFile, user_slot_id

ADMIN = "bench-admin"
PASSWORD = "benchmark phrase for the vault 2026"
UNLOCKS, OPENS, WRITES = (2, 3, 10) if SMOKE else (7, 30, 400)


# How its baselines are checked to do the same work as what they are compared with (the
# assertions named are in this file): read by bench/report.py into the report.
BASELINES = (
    "the audited write + commit beside bare sqlcipher3 doing its durable work by hand (the "
    "same row, audit row, anchor row, one commit, the anchor file). The service's statements "
    "are captured (SQLAlchemy's hook) and its fsyncs counted; asserted: the baseline writes "
    "the same tables in the same order (`written_tables(bare_statements) == service_writes`) "
    "with as many fsyncs (`bare_fsyncs == service_fsyncs`), and the vault's own check accepts "
    "the chain the service and the baseline wrote between them (`verify_chain(...).ok`)."
)


def written_tables(statements: list[str]) -> list[str]:
    """The tables a list of SQL statements writes, in order ("UPDATE staff", ...)."""
    out = []
    for sql in statements:
        words = [w.strip('"') for w in sql.split()]
        head = words[0].upper() if words else ""
        if head == "UPDATE":
            out.append(f"UPDATE {words[1]}")
        elif head == "INSERT":
            out.append(f"INSERT {words[2]}")
        elif head == "DELETE":
            out.append(f"DELETE {words[2]}")
    return out


def main() -> int:
    pin_kdf()
    run = Run("run")
    figures = []
    with tempfile.TemporaryDirectory(dir=Path(__file__).parent) as tmp:
        # In bench/ (not /tmp, often a RAM disk): fsync costs what it costs on the real disk.
        os.environ["ONESTOP_HOME"] = str(Path(tmp) / "home")
        path = Path(tmp) / "vault"
        auth.create_vault(path, ADMIN, PASSWORD)
        with auth.sign_in(path, ADMIN, PASSWORD) as admin:
            UserService(admin).create("bench.target", Role.CASEWORKER, "Bench Target")
        kdf = kdf_of(path)
        assert kdf == PINNED_KDF, f"the bench vault's KDF is not the pinned one: {kdf}"

        folder = VaultFolder(path)
        slots = KeySlotFile.load(folder.keyslots)
        unlock = [
            timed(lambda: slots.open_slot(user_slot_id(ADMIN), PASSWORD)) for _ in range(UNLOCKS)
        ]
        u = summary(unlock)
        figures.append(
            figure(
                "Argon2id unlock (pinned t=3, m=64 MiB, p=4), median",
                u["median_ms"],
                "ms",
                note=f"first {unlock[0]:.0f} ms",
            )
        )

        opened = slots.open_slot(user_slot_id(ADMIN), PASSWORD)
        assert opened is not None
        open_samples = []
        from onestop.vault.lock import VaultLock

        for _ in range(OPENS):
            lock = VaultLock(path)
            lock.acquire()
            fresh = KeySlotFile.load(folder.keyslots)
            start = time.perf_counter()
            session = auth._start_session(folder, lock, fresh, opened, ADMIN)
            open_samples.append((time.perf_counter() - start) * 1000)
            session.close()
        o = summary(open_samples)
        figures.append(
            figure(
                "open the vault after unlock, median",
                o["median_ms"],
                "ms",
                target="<= 20 ms",
                note=f"p95 {o['p95_ms']:.2f} ms; first (cold) {open_samples[0]:.2f} ms",
            )
        )

        key = opened.keys["vault"]
        with auth.sign_in(path, ADMIN, PASSWORD) as admin:
            users = UserService(admin)
            counter = iter(range(10**9))
            vault_id = admin.vault_id
            # What one audited write does, captured: its SQL and its fsyncs.
            statements: list[str] = []

            def capture(conn, cursor, sql, params, context, executemany) -> None:  # type: ignore[no-untyped-def]
                statements.append(sql)

            event.listen(admin.engine, "before_cursor_execute", capture)
            with fsyncs_counted() as service_fsyncs:
                users.update_name("bench.target", "warm-up")
            event.remove(admin.engine, "before_cursor_execute", capture)
            service_writes = written_tables(statements)
            signer = admin.signer  # the admin's signing key, opened with her password
            assert signer is not None
        raw = connect(folder.db, key)
        bare_anchor = folder.anchor  # the vault's own: the chain stays whole and checkable
        seq, head, signature = [0], ["0" * 64], [""]

        def write_anchor_file(seq_: int, digest: str) -> None:
            """As vault.keyslots.atomic_write writes audit.anchor, by hand."""
            mac = anchor_mac(key, vault_id, seq_, digest)
            data = json.dumps(
                {
                    "vault_id": vault_id,
                    "seq": seq_,
                    "hash": digest,
                    "mac": mac,
                    "signer": signer.key_id,
                    "signature": signature[0],
                }
            )
            data = data.encode("ascii")
            tmp_file = bare_anchor.with_name(f".{bare_anchor.name}.{secrets.token_hex(4)}.tmp")
            fd = os.open(tmp_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp_file, bare_anchor)
            dfd = os.open(bare_anchor.parent, os.O_RDONLY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)

        bare_statements: list[str] = []

        def bare_write(record: bool = False) -> None:
            raw.execute("BEGIN IMMEDIATE")  # as the service's engine begins
            # The chain's head, read from the anchor row as the service reads it.
            last_seq, head[0] = raw.execute(
                "SELECT seq, hash FROM audit_anchor WHERE id = 1"
            ).fetchone()
            seq[0] = last_seq + 1
            at = time.strftime("%Y-%m-%dT%H:%M:%S.000000Z", time.gmtime())
            fields = AuditFields(
                seq[0],
                at,
                ADMIN,
                "admin",
                "user.updated",
                "administration",
                "staff:bench.target",
                "ok",
                "",
                signer.key_id,
            )
            digest = entry_hash(head[0], fields)  # the chain's hash, as the service's
            mac = anchor_mac(key, vault_id, seq[0], digest)
            # Signed by the acting admin's Ed25519 key, as every entry the service writes.
            signature[0] = signer.private.sign(signed_message(vault_id, digest)).hex()
            sqls = [
                (
                    "UPDATE staff SET display_name = ?, updated_at = ? WHERE username = ?",
                    (f"R{seq[0]}", at, "bench.target"),
                ),
                (
                    "UPDATE audit_anchor SET seq = ?, hash = ?, mac = ?, signer = ?, "
                    "signature = ? WHERE id = 1",
                    (seq[0], digest, mac, signer.key_id, signature[0]),
                ),
                (
                    "INSERT INTO audit_log (seq, at, actor, role, action, section, record_ref, "
                    "outcome, detail, prev_hash, hash, signer, signature) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        seq[0],
                        at,
                        ADMIN,
                        "admin",
                        "user.updated",
                        "administration",
                        "staff:bench.target",
                        "ok",
                        "",
                        head[0],
                        digest,
                        signer.key_id,
                        signature[0],
                    ),
                ),
            ]
            for sql, params in sqls:
                raw.execute(sql, params)
                if record:
                    bare_statements.append(sql)
            raw.execute("COMMIT")
            head[0] = digest
            write_anchor_file(seq[0], digest)

        with fsyncs_counted() as bare_fsyncs:
            bare_write(record=True)
        assert written_tables(bare_statements) == service_writes, (
            f"the baseline writes {written_tables(bare_statements)}, the service {service_writes}"
        )
        assert bare_fsyncs[0] == service_fsyncs[0], (bare_fsyncs[0], service_fsyncs[0])
        audited: list[float] = []
        bare: list[float] = []
        durable: list[float] = []
        with auth.sign_in(path, ADMIN, PASSWORD) as admin:
            users = UserService(admin)
            cold = timed(lambda: users.update_name("bench.target", f"N{next(counter)}"))
            for _ in range(WRITES):  # interleaved, so that each sees the same machine
                audited.append(
                    timed(lambda: users.update_name("bench.target", f"N{next(counter)}"))
                )
                bare.append(timed(bare_write))
                durable.append(timed(lambda: write_anchor_file(seq[0], head[0])))
            # The entries and anchors the baseline wrote by hand, between the service's, are
            # ones the vault's own check accepts: the same work, not a lighter imitation.
            with admin.engine.connect() as conn:
                chain = verify_chain(conn, key, vault_id, folder.anchor)
            assert chain.ok, chain.problems

        def bare_row_only() -> None:  # the old strawman, kept as a floor for reference
            raw.execute("BEGIN IMMEDIATE")
            raw.execute(
                "UPDATE staff SET display_name = ?, updated_at = ? WHERE username = ?",
                (f"R{time.perf_counter_ns()}", "2026-01-01T00:00:00.000000Z", "bench.target"),
            )
            raw.execute("COMMIT")

        row_only = [timed(bare_row_only) for _ in range(WRITES)]
        raw.close()
        vault_mb = sum(p.stat().st_size for p in path.glob("vault.db*")) / 1e6

    a, b, d = summary(audited), summary(bare), summary(durable)
    r = summary(row_only)
    figures += [
        figure(
            "audited write + commit, median",
            a["median_ms"],
            "ms",
            baseline=b["median_ms"],
            baseline_is="bare sqlcipher3: same row, audit row, anchor row, one commit, "
            "anchor file with the same 2 fsyncs",
            target="<= 5 ms",
            note=f"p95 {a['p95_ms']:.2f} ms (baseline {b['p95_ms']:.2f}); first {cold:.2f} ms",
        ),
        figure(
            "  of which durable: the anchor file (2 fsyncs), median",
            d["median_ms"],
            "ms",
            note=f"p95 {d['p95_ms']:.2f} ms; {d['median_ms'] / b['median_ms']:.0%} of the baseline",
        ),
        figure(
            "  bare row alone, no audit, no anchor file (floor), median",
            r["median_ms"],
            "ms",
        ),
    ]
    out = run.write(
        figures,
        kdf=PINNED_KDF,
        vault_mb=vault_mb,
        service_statements_written=service_writes,
        fsyncs_per_write=service_fsyncs[0],
    )
    print(f"vault bench (load {os.getloadavg()[0]:.1f}); {out}")
    for f in figures:
        base = f" | baseline {f['baseline']:.2f} -> {f['ratio']:.2f}x" if "baseline" in f else ""
        print(f"  {f['name']}: {f['value']:.2f} {f['unit']}{base}  {f.get('note', '')}")
    print(f"  service writes {service_writes} with {service_fsyncs[0]} fsyncs; baseline the same")
    return 0


if __name__ == "__main__":
    sys.exit(main())
