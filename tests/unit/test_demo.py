"""Synthetic demo data: deterministic, varied, only into an empty vault, only by the admin."""

from __future__ import annotations

import json
import unicodedata
from datetime import date

import pytest

from onestop.demo import DemoSeeder, demo_accounts
from onestop.domain.roles import Role
from onestop.errors import PermissionDenied, ValidationFailed
from onestop.services.audit import AuditService
from onestop.services.auth import create_vault, sign_in
from onestop.services.cases import CaseService
from onestop.services.consent import ConsentService
from onestop.services.incidents import IncidentService
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.helpers import containing, run_cli

DAY = date(2026, 11, 22)


def seeded(vault_template, folder, name: str, seed: int, n: int = 60):
    """Seeded into a new vault, as the demo is: in the template, whose counsellor holds the
    counselling key already, the seeder could write no counselling notes (that key is hers)."""
    path = folder / name
    create_vault(path, ADMIN, ADMIN_PASSWORD)
    with sign_in(path, ADMIN, ADMIN_PASSWORD) as admin:
        data = DemoSeeder(admin).seed(n, seed=seed, today=DAY)
    return path, data


@pytest.fixture(scope="module")
def demo(vault_template, tmp_path_factory):
    """Sixty survivors seeded once (seed 7) for the tests that only read them back."""
    return seeded(vault_template, tmp_path_factory.mktemp("demo"), "seven", seed=7)


def scripts(text: str) -> set[str]:
    return {unicodedata.name(c, "?").split()[0] for c in text if c.isalpha()}


@pytest.mark.slow
def test_seeding_is_deterministic_and_varied(demo, vault_template, tmp_path) -> None:
    path_a, a = demo
    path_b, b = seeded(vault_template, tmp_path, "b", seed=7)
    _, c = seeded(vault_template, tmp_path, "c", seed=8, n=5)  # other accounts, whatever n
    assert a.cases == b.cases and len(a.cases) == 60
    assert a.accounts == b.accounts == demo_accounts(7)
    caseworker = next(x for x in a.accounts if x.role is Role.CASEWORKER)
    names = []
    for path in (path_a, path_b):
        with sign_in(path, caseworker.username, caseworker.password) as session:
            assert not session.must_change_password  # demo passwords are not one-time
            names.append([CaseService(session).get(ref).details.name for ref in a.cases[:25]])
            assert IncidentService(session).list(a.cases[0])
            assert ConsentService(session).ledger(a.cases[0])
    assert names[0] == names[1]
    found = set().union(*(scripts(n) for n in names[0]))
    assert {"LATIN", "ARABIC"} <= found and len(found) >= 3, found
    assert c.accounts != a.accounts


@pytest.mark.slow
def test_every_demo_account_signs_in_with_its_role(demo) -> None:
    path, data = demo
    for account in data.accounts:
        with sign_in(path, account.username, account.password) as session:
            assert session.actor.role is account.role


def test_only_into_an_empty_vault_and_only_by_the_admin(vault, tmp_path) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw, pytest.raises(PermissionDenied):
        DemoSeeder(cw).seed(5)
    with vault.sign_in(Role.ADMIN) as admin:
        with pytest.raises(ValidationFailed, match="between 1 and"):
            DemoSeeder(admin).seed(0)
        DemoSeeder(admin).seed(3, today=DAY)
        with pytest.raises(ValidationFailed, match="already holds cases"):
            DemoSeeder(admin).seed(3)
    with vault.sign_in(Role.MANAGER) as manager:
        seeded_entries = [e for e in AuditService(manager).entries() if e.detail == "demo seed"]
    assert len(seeded_entries) == 3 and all(e.actor == ADMIN for e in seeded_entries)


@pytest.mark.slow
def test_no_seeded_name_is_in_the_vault_files(demo) -> None:
    path, data = demo
    caseworker = next(x for x in data.accounts if x.role is Role.CASEWORKER)
    with sign_in(path, caseworker.username, caseworker.password) as session:
        names = [CaseService(session).get(ref).details.name for ref in data.cases]
    for name in names:
        for part in name.split():
            if len(part) >= 5:
                assert containing(part, path) == [], part


@pytest.mark.slow
def test_the_cli_prints_accounts_and_cases_as_json(vault) -> None:
    result = run_cli(
        "admin",
        "seed-demo",
        "--vault",
        str(vault.path),
        "--as",
        ADMIN,
        "--password-stdin",
        "--survivors",
        "12",
        "--seed",
        "5",
        "--json",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["cases"]) == 12
    assert {a["role"] for a in data["accounts"]} == {r.value for r in Role}
    assert data["accounts"][0] == {
        "role": demo_accounts(5)[0].role.value,
        "username": demo_accounts(5)[0].username,
        "password": demo_accounts(5)[0].password,
    }


@pytest.mark.slow
def test_every_kind_of_record_is_seeded(demo) -> None:
    from onestop.services.counselling import CounsellingService
    from onestop.services.health import HealthService
    from onestop.services.legal import Hearings
    from onestop.services.referrals import ReferralService
    from onestop.services.shelter import ShelterService

    path, data = demo
    accounts = {a.role: a for a in data.accounts}
    counts = {}
    for role, service in (
        (Role.CLINICIAN, HealthService),
        (Role.COUNSELLOR, CounsellingService),
        (Role.CASEWORKER, ReferralService),
        (Role.SHELTER_OFFICER, ShelterService),
        (Role.LEGAL_ADVOCATE, Hearings),
    ):
        account = accounts[role]
        with sign_in(path, account.username, account.password) as session:
            counts[service.__name__] = sum(len(service(session).list(ref)) for ref in data.cases)
    assert all(n > 0 for n in counts.values()), counts
    with sign_in(path, accounts[Role.CLINICIAN].username, accounts[Role.CLINICIAN].password) as s:
        timings = [
            t
            for ref in data.cases
            for e in HealthService(s).list(ref)
            for t in e.treatment_timings()
        ]
    assert any(t.startswith("PEP first dose") for t in timings)
