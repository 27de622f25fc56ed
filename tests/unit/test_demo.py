"""Synthetic demo data: deterministic, varied, only into an empty vault, only by the admin."""

from __future__ import annotations

import json
import unicodedata
from datetime import UTC, date, datetime, time, timedelta

import pytest

from onestop.demo import ARRIVALS, EXAMINER, DemoSeeder, demo_accounts
from onestop.domain.clinical import Window, WindowState
from onestop.domain.consent import Purpose, Told, ToldHer
from onestop.domain.coordination import Sector
from onestop.domain.roles import Role
from onestop.errors import PermissionDenied, ValidationFailed
from onestop.services.audit import AuditService
from onestop.services.auth import create_vault, sign_in
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.directory import DirectoryService
from onestop.services.forensic import ForensicService
from onestop.services.health import HealthService
from onestop.services.incidents import IncidentService
from onestop.services.intake import Intake, IntakeService
from onestop.services.legal import Hearings, LegalMatters
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.helpers import containing, run_cli

WILL_BE_TOLD = ToldHer(Told.WILL_BE_TOLD, by="Her caseworker, at her next visit")

DAY = date(2026, 11, 22)
NOW = datetime.combine(DAY, time(15, 0), UTC)  # the afternoon the demo is opened


def seeded(vault_template, folder, name: str, seed: int, n: int = 60, now=None):
    """Seeded into a new vault, as the demo is: in the template, whose counsellor holds the
    counselling key already, the seeder could write no counselling notes (that key is hers)."""
    path = folder / name
    create_vault(path, ADMIN, ADMIN_PASSWORD)
    with sign_in(path, ADMIN, ADMIN_PASSWORD) as admin:
        data = DemoSeeder(admin).seed(n, seed=seed, today=DAY, now=now)
    return path, data


@pytest.fixture(scope="module")
def demo(vault_template, tmp_path_factory):
    """Sixty survivors seeded once (seed 7) for the tests that only read them back."""
    return seeded(vault_template, tmp_path_factory.mktemp("demo"), "seven", seed=7)


def windows_of(session, reference: str, now: datetime) -> dict[Window, WindowState]:
    (incident,) = IncidentService(session).list(reference)
    return {w.rule.window: w.state for w in incident.windows(now)}


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
            names.append([CaseService(session).get(ref).details.name for ref in a.cases])
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
    # A new vault, as the demo's: where staff already hold the identity key, the admin who
    # seeds could seal no name (that key is theirs, never hers).
    path = tmp_path / "new"
    create_vault(path, ADMIN, ADMIN_PASSWORD)
    with sign_in(path, ADMIN, ADMIN_PASSWORD) as admin:
        with pytest.raises(ValidationFailed, match="between 1 and"):
            DemoSeeder(admin).seed(0)
        data = DemoSeeder(admin).seed(3, today=DAY)
        with pytest.raises(ValidationFailed, match="already holds cases"):
            DemoSeeder(admin).seed(3)
    manager = next(a for a in data.accounts if a.role is Role.MANAGER)
    with sign_in(path, manager.username, manager.password) as session:
        seeded_entries = [e for e in AuditService(session).entries() if e.detail == "demo seed"]
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
def test_the_cli_prints_accounts_and_cases_as_json(tmp_path) -> None:
    # A new vault, as the demo seeder requires: in a vault whose staff already hold the
    # identity key, the demo's new accounts would wait for a colleague's confirmation.
    path = tmp_path / "demo-vault"
    create_vault(path, ADMIN, ADMIN_PASSWORD, display_name="Admin One")
    result = run_cli(
        "admin",
        "seed-demo",
        "--vault",
        str(path),
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


def test_todays_walk_ins_have_their_windows_open(vault_template, tmp_path) -> None:
    path, data = seeded(vault_template, tmp_path, "v", seed=4, n=5, now=NOW)
    assert len(data.arrivals) == ARRIVALS and not set(data.arrivals) & set(data.cases)
    clinician = next(x for x in data.accounts if x.role is Role.CLINICIAN)
    with sign_in(path, clinician.username, clinician.password) as session:
        for reference in data.arrivals:
            windows = windows_of(session, reference, NOW)
            assert windows[Window.PEP] is WindowState.OPEN, reference
            assert windows[Window.EMERGENCY_CONTRACEPTION] is WindowState.OPEN, reference
            assert HealthService(session).list(reference) == ()  # waiting to be seen
            ledger = ConsentService(session).ledger(reference)
            assert {e.purpose for e in ledger} >= {Purpose.FORENSIC_COLLECTION}


def test_a_later_day_brings_new_walk_ins(vault_template, tmp_path) -> None:
    path, data = seeded(vault_template, tmp_path, "v", seed=4, n=5, now=NOW)
    later = NOW + timedelta(days=3)
    with sign_in(path, ADMIN, ADMIN_PASSWORD) as admin:
        seeder = DemoSeeder(admin)
        assert seeder.add_arrivals_if_due(now=NOW + timedelta(hours=20), seed=4) == ()
        arrived = seeder.add_arrivals_if_due(now=later, seed=4)
        assert seeder.add_arrivals_if_due(now=later + timedelta(hours=1), seed=4) == ()
    assert len(arrived) == ARRIVALS and not set(arrived) & set(data.arrivals + data.cases)
    caseworker = next(x for x in data.accounts if x.role is Role.CASEWORKER)
    with sign_in(path, caseworker.username, caseworker.password) as session:
        for reference in arrived:
            assert windows_of(session, reference, later)[Window.PEP] is WindowState.OPEN
        first = data.arrivals[0]
        assert windows_of(session, first, later)[Window.PEP] is not WindowState.OPEN


def test_walk_ins_go_only_into_a_demo_vault(vault) -> None:
    with vault.sign_in(Role.ADMIN) as admin, pytest.raises(ValidationFailed, match="demo vault"):
        DemoSeeder(admin).add_arrivals()  # an empty vault is not a demo
    with vault.sign_in(Role.CASEWORKER) as cw:
        with pytest.raises(PermissionDenied):
            DemoSeeder(cw).add_arrivals_if_due()
        service = IntakeService(cw)
        check = service.possible_matches("Ondine Varga")
        service.register(Intake(SurvivorDetails(name="Ondine Varga")), check.confirm_new())
    with vault.sign_in(Role.ADMIN) as admin:
        with pytest.raises(ValidationFailed, match="demo vault"):
            DemoSeeder(admin).add_arrivals()  # a centre's real file is in it
        with pytest.raises(ValidationFailed, match="demo vault"):
            DemoSeeder(admin).add_arrivals_if_due(now=NOW + timedelta(days=30))


@pytest.mark.slow
def test_the_demo_shows_a_day_at_the_centre(vault_template, tmp_path) -> None:
    path, data = seeded(vault_template, tmp_path, "day", seed=26, n=150)
    accounts = {a.role: a for a in data.accounts}
    admins = {ADMIN, accounts[Role.ADMIN].username}
    staff = {a.username for a in data.accounts} - admins
    everyone = data.cases + data.arrivals

    def as_(role: Role):
        return sign_in(path, accounts[role].username, accounts[role].password)

    with as_(Role.CASEWORKER) as session:
        recorders = {e.recorded_by for ref in everyone for e in ConsentService(session).ledger(ref)}
        shelters = DirectoryService(session).agencies(sector=Sector.SHELTER_HOUSING)
    assert recorders and recorders <= staff, recorders - staff  # never an admin
    assert any("Shelter" in a.details.name for a in shelters)

    next_week, heard = [], 0
    with as_(Role.LEGAL_ADVOCATE) as session:
        for ref in data.cases:
            matters = [m.details for m in LegalMatters(session).list(ref)]
            for hearing in Hearings(session).list(ref):
                heard += 1
                h = hearing.details
                assert any(
                    m.court == h.court and m.court_case_number in h.purpose for m in matters
                ), ref  # every hearing belongs to one of her matters
                if DAY < h.held_at.date() <= DAY + timedelta(days=7):
                    next_week.append(ref)
        assert heard >= 5
        at = datetime.combine(DAY, time(12), UTC)
        in_court = [
            ref
            for ref in next_week
            if ConsentService(session).may_leave(ref, Purpose.USE_IN_COURT, at=at).allowed
        ]
    assert in_court, next_week

    with as_(Role.CLINICIAN) as session:
        exams = [e for ref in data.cases for e in ForensicService(session).list(ref)]
    specimens = [sp for e in exams for sp in e.specimens]
    assert len(exams) >= 3 and all(2 <= len(e.specimens) <= 4 for e in exams)
    assert len({sp.details.seal_number for sp in specimens}) == len(specimens)
    assert all(sp.details.collected_by == EXAMINER and sp.chain for sp in specimens)
    assert any(sp.holder != sp.chain[0].handed_to for sp in specimens)  # some went to the police


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.slow
def test_the_demo_conference_pack_has_what_a_marac_asks(demo, tmp_path) -> None:
    """The next meeting's pack, as the demo's manager makes it, names for its cases who
    referred them and when, her address and children, the perpetrators and the checklist's
    answers (read back with pypdf against what the services hold)."""
    from pypdf import PdfReader

    from onestop.domain.coordination import SharingReason
    from onestop.services.conferences import ConferenceService
    from onestop.services.exports import ExportOptions, ExportService
    from onestop.services.exports.conference import CaseSharing
    from onestop.services.perpetrators import PerpetratorService

    path, data = demo
    accounts = {a.role: a for a in data.accounts}

    def as_(role: Role):
        return sign_in(path, accounts[role].username, accounts[role].password)

    reason = "Sample reason: high risk, the information-sharing protocol applies."
    with as_(Role.MANAGER) as session:
        conferences, exports = ConferenceService(session), ExportService(session)
        meeting = conferences.next_meeting()
        assert meeting is not None
        agenda = [c for c in conferences.agenda(meeting.id) if c.referral is not None]
        lacking = exports.conference_pack_without_consent(meeting.id)
        sharing = {r: CaseSharing(SharingReason.HIGH_RISK, reason, WILL_BE_TOLD) for r in lacking}
        # The pack and the minutes ask whether she was told for each case, not once for all.
        options = ExportOptions(tmp_path, without_consent_reason=reason)
        pack = exports.conference_pack(options, meeting.id, sharing)
        held = next(m for m in conferences.meetings() if m.is_held)
        agreed = conferences.minutes(held.id).agreed
        minuted = exports.conference_minutes_without_consent(held.id)
        minutes = exports.conference_minutes(
            options,
            held.id,
            {r: CaseSharing(SharingReason.HIGH_RISK, reason, WILL_BE_TOLD) for r in minuted},
        )
    assert agenda, "the demo's next meeting has referred cases"
    text = _words("".join(p.extract_text() for p in PdfReader(pack.path).pages))
    for case in agenda:
        assert case.referral.referring_agency, case.reference  # the demo says who referred it
        assert f"{case.referral.referring_agency} on {case.referral.referred_on}" in text
    with as_(Role.CASEWORKER) as session:
        files = {ref: CaseService(session).get(ref).details for ref in data.cases}
        men = {c.reference: PerpetratorService(session).of_case(c.reference) for c in agenda}
    # The demo gives most women an address and names their children (the MARAC form asks).
    assert sum(bool(d.address) for d in files.values()) > len(files) // 2
    assert any(d.children_count and d.children_notes for d in files.values())
    for case in agenda:  # what the pack must print of them (Latin script: pypdf reads it back)
        d = files[case.reference]
        for said in (d.address, d.children_notes):
            if said and said.isascii():
                assert _words(said) in text, case.reference
    named = [link.perpetrator.details.name for links in men.values() for link in links]
    assert named, "some referred case names its perpetrator"
    assert any(name in text for name in named if name.isascii())
    assert "Checklist: yes to" in text
    written = _words("".join(p.extract_text() for p in PdfReader(minutes.path).pages))
    assert agreed and all(_words(a.description) in written for a in agreed)
    assert "Chair of the demo" in written and "Duty officer, Children's Services" in written
    assert "Discussion" in written and "Not recorded." not in written


@pytest.mark.slow
def test_every_demo_referral_states_its_reason(demo) -> None:
    """The referral service refuses a referral without a reason (the letter states it): the
    demo's, seeded past that check, each carry one, so each letter can be printed."""
    from onestop.services.referrals import ReferralService

    path, data = demo
    manager = next(a for a in data.accounts if a.role is Role.MANAGER)
    found = 0
    with sign_in(path, manager.username, manager.password) as session:
        for reference in data.cases:
            for referral in ReferralService(session).list(reference):
                found += 1
                assert referral.details.notes.strip(), reference
    assert found
