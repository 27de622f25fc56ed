"""A vault whose admin vouched for the older grants at migration 0046 opens after the upgrade
for every member of staff, for what she could read before and nothing more
(tests/fixtures/vault-vouch-0046, tests/fixtures/FIXTURES.md).

The release that added grant signatures (main at 52ec585) had whoever signed in first after
migration 0046 sign every grant the vault held, with one signed entry "older grants signed=N".
In this fixture that was the admin: every grant is signed by her. Today the admin signs no
grant a holder may seal under, but the grants she vouched for by that entry, before migration
0053, still open for reading (docs/SECURITY.md, "Grants the admin signed before migration
0053"): rows written under them read as before, no session seals new text under them, and the
first holder of each section to sign in makes a version of her own.

Attacked as the insider with the admin's password (the vault key and her signing key, with
``sqlcipher3``): a grant she plants in the fixture's vault.db before its upgrade (unsigned,
with another grant's signature, or signed with her own key as a new version of a section) is
not accepted by the upgrade, and ``verify`` names it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from onestop.db import migrate
from onestop.db.sectionkeys import SectionKeyGrant
from onestop.domain.roles import Role, Section
from onestop.services import caseindex, grantsigs
from onestop.services.auth import sign_in
from onestop.services.cases import CaseService
from onestop.services.maintenance import MaintenanceService
from onestop.services.sectionkeys import ENCRYPTED_SECTIONS, readers
from onestop.vault.keyslots import VAULT_KEY, KeySlotFile, key_id, user_slot_id
from onestop.vault.sectionkeys import (
    KeyRing,
    SealedFieldError,
    new_key,
    seal_grant,
)
from tests.helpers import open_stored, raw_connection

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault-vouch-0046"
ORDER = ("caseworker", "clinician", "counsellor", "legal_advocate", "shelter_officer", "manager")
VOUCHER = "demo.admin"  # who signed in first at 0046 and vouched for every older grant
COUNSELLING = Section.COUNSELLING.value
SEALED = tuple(sorted(ENCRYPTED_SECTIONS))


def _copy(tmp_path: Path, monkeypatch) -> tuple[Path, dict[str, tuple[str, str]], dict]:
    monkeypatch.setenv("ONESTOP_HOME", str(tmp_path / "home"))
    path = tmp_path / "vault"
    shutil.copytree(FIXTURE, path, ignore=shutil.ignore_patterns("accounts.json"))
    (path / "blobs").mkdir(exist_ok=True)
    meta = json.loads((FIXTURE / "accounts.json").read_text())
    accounts = {a["role"]: (a["username"], a["password"]) for a in meta["accounts"]}
    return path, accounts, meta


def _admins_connection(path: Path, accounts):
    """The insider's first step: the admin's own slot opened with her password."""
    username, password = accounts["admin"]
    opened = KeySlotFile.load(path / "keyslots.json").open_slot(user_slot_id(username), password)
    assert opened is not None and opened.signing is not None
    return raw_connection(path / "vault.db", opened.keys[VAULT_KEY]), opened


def _held_before(path: Path, accounts) -> dict[str, set[str]]:
    """Each role's sections as the vault at 0046 grants them (before the upgrade)."""
    conn, _ = _admins_connection(path, accounts)
    try:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        assert revision == "0046"
        held = {}
        for role, (username, _password) in accounts.items():
            rows = conn.execute(
                "SELECT DISTINCT section FROM section_key_grants WHERE slot_id = ?",
                (user_slot_id(username),),
            ).fetchall()
            held[role] = {r[0] for r in rows}
        (vouched,) = conn.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'key.section_granted' "
            "AND actor = ? AND detail LIKE 'older grants signed=%'",
            (VOUCHER,),
        ).fetchone()
        assert vouched == 1  # the path this fixture is for
        (others,) = conn.execute(
            "SELECT count(*) FROM section_key_grants WHERE granted_by <> ?", (VOUCHER,)
        ).fetchone()
        assert others == 0  # every grant stands on her vouch alone
    finally:
        conn.close()
    return held


@pytest.mark.slow
def test_every_member_of_staff_reads_what_she_read_before_and_no_more(tmp_path, monkeypatch):
    path, accounts, meta = _copy(tmp_path, monkeypatch)
    before = _held_before(path, accounts)
    assert before["admin"] == set()
    # Sections sealed since 0046 (the reviewers' key, migration 0047): made at sign-in.
    newer = set(SEALED) - set().union(*before.values())
    assert newer == {Section.AUDIT.value}
    for name in ORDER:
        role = Role(name)
        mine = {s for s in SEALED if role in readers(s)}
        assert before[name] == mine - newer, name  # what the 0046 vault gave her
        with sign_in(path, *accounts[name]) as session:
            assert migrate.current_revision(session.engine) == migrate.head_revision()
            ring = session.section_keys
            assert {s for s in SEALED if ring.holds(s)} == mine, name  # no more, no less
            for section in mine - newer:
                older = ring.get(section, 1)
                assert older is not None, (name, section)
                # Vouched for by the admin: read only; the session writes under its own.
                assert not ring.writable(older), (name, section)
                current = ring.current(section)
                assert current is not None and current.version > 1, (name, section)
            if Section.IDENTITY in mine:
                with session.engine.connect() as conn:
                    (cases,) = conn.execute(text("SELECT count(*) FROM cases")).one()
                index = caseindex.finish_loading(session)
                assert index is not None and len(index) == cases
                for reference in meta["cases"]:
                    assert CaseService(session).get(reference).reference == reference
            opens = _opens(ring_of(ring), session)
            if role is Role.COUNSELLOR:
                assert opens is True  # the demo wrote some, under the vouched v1
            else:
                assert opens is not True
    with sign_in(path, *accounts["admin"]) as admin:
        assert not any(admin.section_keys.holds(s) for s in SEALED)
        report = MaintenanceService(admin).verify()
        assert report.ok, [(c.name, c.ok, c.message) for c in report.checks]
        # The vouched grants still stand for reading only, each by the admin's old entry.
        with Session(admin.engine) as s:
            check = grantsigs.checker(s, admin.vault_id)
            vouched = s.scalars(
                select(SectionKeyGrant).where(SectionKeyGrant.granted_by == VOUCHER)
            ).all()
            assert vouched
            for row in vouched:
                assert check(row) is None and not check.by_holder(row)


def ring_of(ring) -> KeyRing:
    """A plain ring with every key the session holds (read-only ones included)."""
    plain = KeyRing()
    for key in ring.held():
        plain.add(key)
    return plain


def _opens(ring: KeyRing, session) -> bool | None:
    """Whether ``ring`` opens a counselling note the demo wrote (None: there is none): in form
    1 under the vouched v1 until the counsellor's sign-in binds it to its case, then in form 2
    under her section's current version (services.sectionkeys.seal_older_text)."""
    with session.engine.connect() as conn:
        row = conn.execute(
            text("SELECT id, notes, version FROM counselling_sessions ORDER BY id LIMIT 1")
        ).first()
        refs = {int(i): str(r) for i, r in conn.execute(text("SELECT id, reference FROM cases"))}
    if row is None:
        return None
    try:
        open_stored(ring, str(row[1]), "counselling_sessions", "notes", row[0], row[2], refs)
    except SealedFieldError:
        return False
    return True


@pytest.mark.slow
@pytest.mark.parametrize("signature", ["none", "another grant's", "the admin's own"])
def test_a_grant_planted_before_the_upgrade_is_not_accepted(tmp_path, monkeypatch, signature):
    """The admin, with her password and sqlcipher3, plants a counselling key she made as a
    new version sealed to the counsellor's slot, in the 0046 vault before its upgrade."""
    path, accounts, _meta = _copy(tmp_path, monkeypatch)
    counsellor = user_slot_id(accounts["counsellor"][0])
    slots = KeySlotFile.load(path / "keyslots.json")
    public = slots.slots[counsellor].public
    conn, opened = _admins_connection(path, accounts)
    try:
        (newest,) = conn.execute(
            "SELECT max(version) FROM section_key_grants WHERE section = ?", (COUNSELLING,)
        ).fetchone()
        version = newest + 1
        planted = new_key(COUNSELLING, version)
        sealed = seal_grant(public, planted, slots.vault_id, counsellor)
        signer, sig, at = conn.execute(
            "SELECT signer, signature, granted_at FROM section_key_grants "
            "WHERE slot_id = ? AND section = ?",
            (counsellor, COUNSELLING),
        ).fetchone()
        if signature == "none":
            signer, sig = "", ""
        elif signature == "the admin's own":
            signer = key_id(opened.signing.public_key().public_bytes_raw())
            message = grantsigs.grant_message(
                slots.vault_id, COUNSELLING, version, counsellor, public.hex(), sealed, VOUCHER
            )
            sig = opened.signing.sign(message).hex()
        conn.execute(
            "INSERT INTO section_key_grants (section, version, slot_id, public_key, sealed, "
            "granted_by, granted_at, signer, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (COUNSELLING, version, counsellor, public.hex(), sealed, VOUCHER, at, signer, sig),
        )
        conn.commit()
    finally:
        conn.close()

    with sign_in(path, *accounts["counsellor"]) as session:
        assert migrate.current_revision(session.engine) == migrate.head_revision()
        ring = session.section_keys
        assert ring.get(COUNSELLING, version) is None  # the planted key is never taken
        current = ring.current(COUNSELLING)
        assert current is not None and current.version > version
        assert ring.get(COUNSELLING, 1) is not None  # the vouched v1 still reads
    with sign_in(path, *accounts["admin"]) as admin:
        report = MaintenanceService(admin).verify()
    (check,) = [c for c in report.checks if c.name == "grants"]
    assert not check.ok and not report.ok
    assert f"{COUNSELLING} v{version} to {counsellor}" in check.message
