"""A transaction's write lock taken when it first writes, on a database that defers it.

On a centre's server every transaction that may write takes the server's write lock as it
begins (db/server.py ``write_lock``), so the audit chain's next link, a case's reference, a bed
and the custody order are each decided by exactly one writer. A unit of work that only reads
(services/session.py: ``unit_of_work(..., Action.READ)`` and ``batch(reads=True)``) asks for
its transaction to begin without it (the execution option ``DEFER``); the backend's begin hook
then leaves here how to take it (``defer``), and the lock is taken once, when the transaction
first needs it:

- before its audit entry reads the chain's head (services/audit.py ``append`` calls
  ``before_writing``), so the head it links to is the one the last writer committed;
- before any other statement that writes, or locks rows (the backend's cursor hook), so the
  transaction holds no row lock while it waits for the write lock (no deadlock with a writer
  that holds the write lock and waits for that row).

Until then its plain SELECTs run beside other workstations' writes, each seeing what was
committed before it began (READ COMMITTED), and a statement after the lock sees everything
committed before the lock was granted. The local vault (SQLite, ``BEGIN IMMEDIATE``) never
defers: there ``before_writing`` finds nothing to take and does nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from sqlalchemy import Connection

# The execution option a read's session sets on its connection: begin without the write lock.
DEFER: Final = "onestop_defer_write_lock"
# In the connection's info while the lock is deferred and not yet taken: how to take it.
_PENDING: Final = "onestop_write_lock_pending"

Take = Callable[[Connection], None]


def deferred(conn: Connection) -> bool:
    """Whether ``conn``'s transaction asked to begin without the write lock."""
    return bool(conn.get_execution_options().get(DEFER))


def defer(conn: Connection, take: Take) -> None:
    """At the transaction's begin: the lock is not taken yet; ``take`` takes it."""
    conn.info[_PENDING] = take


def settle(conn: Connection) -> None:
    """At the transaction's begin: nothing is deferred (the lock is taken now, or never)."""
    conn.info.pop(_PENDING, None)


def pending(conn: Connection) -> bool:
    """Whether ``conn``'s transaction deferred the lock and has not taken it yet."""
    return _PENDING in conn.info


def before_writing(conn: Connection) -> bool:
    """Take the deferred write lock now, if this transaction has not (idempotent: once per
    transaction); whether it was taken by this call."""
    take = conn.info.pop(_PENDING, None)
    if take is None:
        return False
    take(conn)
    return True
