"""A centre's vault written by an earlier OneStop opens for every member of staff after the
upgrade, with her keys (tests/fixtures/vault-demo-0052, tests/fixtures/FIXTURES.md).

That vault was seeded by the release before holders alone signed section key grants
(migration 0053): its first keys were made, and their grants signed, in the admin's session.
The admin signs nothing a holder may seal under now, but the grants her signed trail made
before 0053 still open what was written under them, and the first holder of each section to
sign in makes it a new version of her own, sealed to her colleagues. Without that, an upgrade
left every member of staff holding no key: the records stayed sealed to everyone."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from onestop.db import migrate
from onestop.domain.roles import Role, Section
from onestop.services import caseindex
from onestop.services.auth import sign_in
from onestop.services.cases import CaseService
from onestop.services.maintenance import MaintenanceService
from onestop.services.sectionkeys import ENCRYPTED_SECTIONS, readers

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault-demo-0052"
# The staff who sign in, in the order a centre's morning might bring them.
ORDER = ("caseworker", "clinician", "counsellor", "legal_advocate", "shelter_officer", "manager")


@pytest.mark.slow
def test_every_member_of_staff_reads_her_sections_after_the_upgrade(tmp_path, monkeypatch):
    monkeypatch.setenv("ONESTOP_HOME", str(tmp_path / "home"))
    path = tmp_path / "vault"
    shutil.copytree(FIXTURE, path, ignore=shutil.ignore_patterns("accounts.json"))
    (path / "blobs").mkdir(exist_ok=True)
    meta = json.loads((FIXTURE / "accounts.json").read_text())
    accounts = {a["role"]: (a["username"], a["password"]) for a in meta["accounts"]}
    for name in ORDER:
        role = Role(name)
        with sign_in(path, *accounts[name]) as session:
            assert migrate.current_revision(session.engine) == migrate.head_revision()
            mine = [s for s in sorted(ENCRYPTED_SECTIONS) if role in readers(s)]
            assert mine, name
            for section in mine:
                # She opens what was written before the upgrade, and may write (a version of
                # a holder's own, never the admin's).
                assert session.section_keys.holds(section), (name, section)
                assert session.section_keys.current(section) is not None, (name, section)
            if Section.IDENTITY in mine:
                index = caseindex.finish_loading(session)
                assert index is not None
                with session.engine.connect() as conn:
                    (cases,) = conn.execute(text("SELECT count(*) FROM cases")).one()
                assert len(index) == cases >= len(meta["cases"])
                for reference in meta["cases"]:
                    assert CaseService(session).get(reference).reference == reference
    with sign_in(path, *accounts["admin"]) as admin:
        report = MaintenanceService(admin).verify()
        assert report.ok, [(c.name, c.ok) for c in report.checks]
