"""``admin verify`` on a centre server: the checks that mean something there.

A local vault's verification reads every page of the SQLCipher file (its HMACs and SQLite's
integrity check); a server's storage is PostgreSQL's own, which OneStop cannot read page by
page. What the admin's login can check on a server, and does:

- **schema**: the server's schema is the version this OneStop expects (``alembic_version``);
- **audit trail**: every link and signature of the whole trail, its anchor in the database,
  and that the trail extends the head **this workstation kept** (its own folder's
  ``audit.anchor``), and the heads recorded in backups given with ``--against``;
- **key slots**: every active account has its slot on the server, and each slot's public key
  is the one the vault gave it (authenticated under the vault key: an edited slot, or one put
  in by someone without the key, is found);
- **revocation**: as in the local vault.

Attachments are not read: the admin's login is granted no attachment on a server (their rows
carry their section's row policy), so their check is reported as a note, never as passed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select, text

from onestop.db import server
from onestop.db.migrate import head_revision, is_known
from onestop.db.staff import StaffAccount
from onestop.errors import VaultDamaged
from onestop.services import audit
from onestop.vault.keyslots import KeySlotFile, user_slot_id
from onestop.vault.subkeys import Purpose, subkey

if TYPE_CHECKING:
    from onestop.services.maintenance import Check, VerifyReport
    from onestop.services.session import VaultSession
    from onestop.vault.backup import RecordedHead

ATTACHMENTS_NOTE = (
    "Attachments were not read: on a centre server the admin's login reads no attachment. "
    "Each one is checked when it is opened, and by verifying a backup."
)


def verify(
    session: VaultSession,
    heads: Sequence[RecordedHead],
    unread: Sequence[str],
    progress: Callable[[int, int], None] | None = None,
) -> tuple[VerifyReport, tuple[str, ...]]:
    """The server's checks (see the module); returns the report and the chain's problem codes
    (for the tamper finding the caller records)."""
    from onestop.services.maintenance import Check, VerifyReport

    report = progress or (lambda _done, _total: None)
    checks: list[Check] = []
    notes: list[str] = []
    codes: tuple[str, ...] = ()
    with session.engine.connect() as conn:
        entries = int(conn.scalar(text("SELECT count(*) FROM audit_log")) or 0)
        total = max(entries, 1) + 2
        report(0, total)
        checks.append(_schema(conn))
        chain = audit.verify_chain(
            conn,
            session.key,
            session.vault_id,
            session.folder.anchor,
            heads,
            lambda n: report(1 + min(n, entries), total),
        )
        codes = chain.codes
        notes.extend(chain.notes)
        if chain.ok:
            checks.append(
                Check(
                    "audit trail",
                    True,
                    f"{chain.entries} entries, every link and signature intact; the trail "
                    f"extends the head this workstation kept ({len(heads)} backup head(s) "
                    "compared).",
                )
            )
        else:
            checks.append(Check("audit trail", False, " ".join(chain.problems)))
        checks.append(_key_slots(conn, session.key))
        checks.append(_revocation(conn))
    report(total, total)
    notes.extend(unread)
    notes.append(ATTACHMENTS_NOTE)
    return VerifyReport(tuple(checks), tuple(notes)), codes


def _schema(conn: Connection) -> Check:
    from onestop.services.maintenance import Check

    found = conn.scalar(text("SELECT version_num FROM alembic_version"))
    expected = head_revision()
    if found == expected:
        return Check("schema", True, f"The server's schema is at this OneStop's version ({found}).")
    if found is not None and is_known(str(found)):
        return Check(
            "schema",
            False,
            f"The server's schema is at version {found}, an earlier release's; this OneStop "
            f"expects {expected}: run onestop-cli admin upgrade --server on the server machine "
            "(docs/SERVER.md, section 4e).",
        )
    return Check(
        "schema",
        False,
        f"The server's schema is at version {found}, this OneStop expects {expected}.",
    )


def _key_slots(conn: Connection, vault_key: bytes) -> Check:
    """Every active account's slot is on the server, authenticated under the vault key."""
    from onestop.services.maintenance import Check

    active = set(conn.scalars(select(StaffAccount.username).where(StaffAccount.active)))
    rows = {str(r[0]): str(r[1]) for r in conn.execute(select(server.KEY_SLOTS)).all()}
    missing = sorted(active - set(rows))
    altered = 0
    mac_key = subkey(vault_key, Purpose.SLOT_PUBLIC)
    for username, row in rows.items():
        try:
            slots = KeySlotFile.parse(row.encode("utf-8"), Path(), "damaged")
            slots.check_public_keys(mac_key)
            if user_slot_id(username) not in slots.slots:
                altered += 1
        except VaultDamaged:
            altered += 1
    if missing or altered:
        return Check(
            "key slots",
            False,
            f"{len(missing)} active account(s) have no key slot on the server and {altered} "
            "slot(s) were altered or damaged.",
        )
    return Check("key slots", True, f"{len(rows)} key slot(s), each authenticated by the vault.")


def _revocation(conn: Connection) -> Check:
    from onestop.services.maintenance import Check, revocation_due

    due = revocation_due(conn)
    if due is None:
        return Check("revocation", True, "No revocation waits for a new key.")
    return Check("revocation", False, f"A new key was not given after {due} was disabled.")
