"""Entries from before signing count for standing only on a chain that holds up to the first
signed entry, that entry's own hash included.

A vault created before migration 0019 (tests/fixtures/vault-schema-0001) has unsigned entries;
its "Vault created" and "Account created" entries count for standing (services/standing.py)
when each one's hash holds and the chain links from it up to the first signed entry, whose
signature covers its hash, and the hash its ``prev_hash``. The walk compared each link with
that entry's ``prev_hash`` column but never checked the entry's own hash, so an insider with
the vault key (``sqlcipher3``) who rewrote an older entry into the creation of a counsellor
account, put every later older link right and pointed the signed entry's ``prev_hash`` column
at her forgery (its hash and signature left as they were) had the account stand as a
counsellor's. Now the signed entry's hash is checked too: the forgery counts for nothing.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from onestop.domain.audit import AuditFields, entry_hash
from onestop.services import standing
from onestop.services.audit import anchor_mac
from onestop.services.auth import sign_in
from onestop.vault.keyslots import VAULT_KEY, KeySlotFile, user_slot_id
from tests.helpers import raw_connection, vault_key

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault-schema-0001"
ADMIN = "fixture-admin"
PASSWORD = "fixture vault opens with this phrase 2026"
FORGED = "forged.counsellor"


def _older_entries(path: Path, count: int) -> None:
    """``count`` more unsigned entries, as the release at 0001 wrote them (each chained to
    the last, the anchor row and file moved to the new head with its vault-key MAC)."""
    opened = KeySlotFile.load(path / "keyslots.json").open_slot(user_slot_id(ADMIN), PASSWORD)
    assert opened is not None
    key = bytes(opened.keys[VAULT_KEY])
    anchor = json.loads((path / "audit.anchor").read_text())
    raw = raw_connection(path / "vault.db", key)
    try:
        seq, previous = int(anchor["seq"]), str(anchor["hash"])
        for _ in range(count):
            seq += 1
            fields = AuditFields(
                seq=seq,
                at=f"2026-11-22T05:{seq % 60:02d}:00.000000Z",
                actor=ADMIN,
                role="admin",
                action="audit.read",
                section="administration",
                record_ref="",
                outcome="ok",
                detail="",
                signer="",
            )
            digest = entry_hash(previous, fields)
            raw.execute(
                "INSERT INTO audit_log (seq, at, actor, role, action, section, record_ref, "
                "outcome, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    seq,
                    fields.at,
                    ADMIN,
                    "admin",
                    fields.action,
                    fields.section,
                    "",
                    "ok",
                    "",
                    previous,
                    digest,
                ),
            )
            previous = digest
        mac = anchor_mac(key, anchor["vault_id"], seq, previous)
        raw.execute(
            "UPDATE audit_anchor SET seq = ?, hash = ?, mac = ? WHERE id = 1", (seq, previous, mac)
        )
        raw.commit()
    finally:
        raw.close()
    anchor.update(seq=seq, hash=previous, mac=mac)
    (path / "audit.anchor").write_text(json.dumps(anchor))


def _upgraded(tmp_path: Path, monkeypatch) -> tuple[Path, bytes]:
    monkeypatch.setenv("ONESTOP_HOME", str(tmp_path / "home"))
    path = tmp_path / "vault"
    shutil.copytree(FIXTURE, path)
    _older_entries(path, 4)
    with sign_in(path, ADMIN, PASSWORD) as admin:  # the upgrade and the first signed entries
        key = vault_key(admin)
    return path, key


def _read(path: Path) -> standing.Standing:
    with sign_in(path, ADMIN, PASSWORD) as admin, admin.engine.connect() as conn:
        found = standing.read(conn, admin.vault_id)
    assert found is not None
    return found


def _first_signed(raw: Any) -> int:
    return int(
        raw.execute(
            "SELECT min(seq) FROM audit_log WHERE signature IS NOT NULL AND signature != ''"
        ).fetchone()[0]
    )


def _rewrite_into_creation(raw: Any, seq: int) -> None:
    """Entry ``seq`` (before the first signed one) made the creation of a counsellor account
    by the vault's creator, its hash recomputed, and the account put in ``staff`` (the
    append-only triggers dropped first: she has the vault key)."""
    raw.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    raw.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    at, prev = raw.execute("SELECT at, prev_hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()
    (creator,) = raw.execute(
        "SELECT actor FROM audit_log WHERE action = 'vault.created' ORDER BY seq LIMIT 1"
    ).fetchone()
    fields = AuditFields(
        seq=seq,
        at=at,
        actor=creator,
        role="admin",
        action="user.created",
        section="administration",
        record_ref=f"staff:{FORGED}",
        outcome="ok",
        detail="role=counsellor",
        signer="",
    )
    raw.execute(
        "UPDATE audit_log SET actor = ?, role = ?, action = ?, section = ?, record_ref = ?, "
        "outcome = ?, detail = ?, hash = ? WHERE seq = ?",
        (
            fields.actor,
            fields.role,
            fields.action,
            fields.section,
            fields.record_ref,
            fields.outcome,
            fields.detail,
            entry_hash(prev, fields),
            seq,
        ),
    )
    raw.execute(
        "INSERT INTO staff (username, display_name, role, active, must_change_password, "
        "created_at, created_by, updated_at) SELECT ?, 'Forged counsellor', 'counsellor', 1, "
        "0, created_at, created_by, updated_at FROM staff LIMIT 1",
        (FORGED,),
    )


def _relink(raw: Any, forged: int, first_signed: int) -> None:
    """Every link after ``forged`` put right up to the first signed entry's ``prev_hash``
    column (that entry's hash and signature left: she cannot sign as whoever wrote it)."""
    rows = raw.execute(
        f"SELECT {standing.TRAIL_COLUMNS} FROM audit_log WHERE seq > ? AND seq < ? ORDER BY seq",
        (forged, first_signed),
    ).fetchall()
    (previous,) = raw.execute("SELECT hash FROM audit_log WHERE seq = ?", (forged,)).fetchone()
    for r in rows:
        digest = entry_hash(previous, standing.fields_of(r))
        raw.execute(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", (previous, digest, r[0])
        )
        previous = digest
    raw.execute("UPDATE audit_log SET prev_hash = ? WHERE seq = ?", (previous, first_signed))


def test_the_older_trail_counts_for_standing(tmp_path, monkeypatch) -> None:
    path, _key = _upgraded(tmp_path, monkeypatch)
    found = _read(path)
    assert found.creator == ADMIN
    assert ADMIN in found.roles


def test_an_older_entry_rewritten_into_a_creation_counts_for_nothing(tmp_path, monkeypatch) -> None:
    path, key = _upgraded(tmp_path, monkeypatch)
    raw = raw_connection(path / "vault.db", key)
    try:
        first_signed = _first_signed(raw)
        assert first_signed > 2, "the fixture's trail has entries from before signing"
        _rewrite_into_creation(raw, first_signed - 1)
    finally:
        raw.close()
    found = _read(path)
    assert FORGED not in found.created
    assert FORGED not in found.roles


def test_the_older_chain_relinked_up_to_the_first_signed_entry_counts_for_nothing(
    tmp_path, monkeypatch
) -> None:
    path, key = _upgraded(tmp_path, monkeypatch)
    raw = raw_connection(path / "vault.db", key)
    try:
        first_signed = _first_signed(raw)
        forged = first_signed - 1
        _rewrite_into_creation(raw, forged)
        _relink(raw, forged, first_signed)
    finally:
        raw.close()
    found = _read(path)
    assert FORGED not in found.created
    assert FORGED not in found.roles
