"""A workstation appending to the audit chain as fast as it can, under the write lock.

Run by test_write_lock.py as four processes at once: ``python -m tests.server.appender URL
WORKER COUNT`` (URL a postgresql+psycopg URL of a caseworker's TLS login). Each append reads
the chain's head from audit_anchor, links the new entry to it and moves the head, as the
services do; only the write lock keeps two workstations from linking to the same head.
"""

from __future__ import annotations

import hashlib
import sys

from sqlalchemy import create_engine, text

from onestop.db import server


def main(url: str, worker: str, count: int) -> None:
    engine = create_engine(url)
    for i in range(count):
        with engine.begin() as conn:
            server.write_lock(conn)
            seq, head = conn.execute(text("SELECT seq, hash FROM audit_anchor WHERE id = 1")).one()
            entry = hashlib.sha256(f"{head}|{worker}|{i}".encode()).hexdigest()
            conn.execute(
                text(
                    "INSERT INTO audit_log (seq, at, actor, role, action, section, record_ref, "
                    "outcome, detail, prev_hash, hash) VALUES (:seq, '2026-01-01T00:00:00Z', "
                    ":actor, 'caseworker', 'test.append', 'audit', :ref, 'ok', '', :prev, :hash)"
                ),
                {"seq": seq + 1, "actor": worker, "ref": str(i), "prev": head, "hash": entry},
            )
            conn.execute(
                text("UPDATE audit_anchor SET seq = :seq, hash = :hash WHERE id = 1"),
                {"seq": seq + 1, "hash": entry},
            )
    engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
