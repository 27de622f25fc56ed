"""Synthetic demo data: staff accounts for every role and survivors with their records.

Everything is made up with Faker in several locales (Arabic, Hindi, Swahili, French, Spanish,
English), deterministic for a given seed (and day: times are counted back from today,
so that clinical windows are open on recent cases). Demo data goes only into a vault that holds
no cases: synthetic survivors are never mixed into a real centre's records.

Only the admin may seed. The admin may not read or write survivors' records, so seeding is the
one place where records are written on the admin's authority; every record it writes is audited
as usual, with the detail "demo seed" ("demo arrival" for today's walk-ins). What the records
themselves say was done by staff names the demo's staff: a consent decision is taken down by
the caseworker, the clinician or the legal advocate who asked her, never by an admin.

The demo shows a day at the centre whenever it is opened: walk-ins who arrived in the last hours
after a rape, their PEP and emergency-contraception windows open and counting down (added again
by ``add_arrivals_if_due`` when the newest file is more than a day old), forensic examinations
with sealed specimens and their chain of custody, court matters with their hearings (one next
week, with her consent to use her file in court), and a women's shelter among the agencies.

A tool beside the layers, not a service: the command line imports it only when demo data is
asked for, and no layer imports it, so Faker stays an optional extra (``pip install
'onestop[demo]'``) that the program and its self-test do without.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from faker import Faker
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from onestop.db.cases import Case
from onestop.db.conferences import (
    CaseDiscussion,
    Conference,
    ConferenceAction,
    ConferenceAttendance,
    ConferenceReferral,
)
from onestop.db.consent import ConsentRecord
from onestop.db.directory import Agency
from onestop.db.forensic import CustodyEvent, ForensicExam, Specimen
from onestop.db.incidents import Incident
from onestop.db.perpetrators import IncidentPerpetrator, Perpetrator
from onestop.db.risk import RiskAssessment, SafetyPlan
from onestop.db.shelter import ShelterBed, ShelterRoom, ShelterStay
from onestop.db.staff import StaffAccount
from onestop.domain.audit import AuditAction
from onestop.domain.casefile import SEXUAL_VIOLENCE, CaseStatus, GbvType, IncidentContext, Sex
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, GivenBy, Purpose
from onestop.domain.coordination import ActionStatus, Sector
from onestop.domain.counselling import SessionType
from onestop.domain.forensic import SpecimenType
from onestop.domain.health import BodySide, FollowUp, Injury, Treatment, TreatmentKind
from onestop.domain.passwords import PasswordRejected, check_password
from onestop.domain.referrals import ReferralStatus
from onestop.domain.risk import Answer, Criterion, RiskLevel, score
from onestop.domain.roles import Action, Role, Section
from onestop.domain.validation import PersonFacts, check_person
from onestop.errors import ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import sectionkeys
from onestop.services.cases import SurvivorDetails, insert_case
from onestop.services.conferences import refer_if_due
from onestop.services.consent import insert_consent
from onestop.services.counselling import CounsellingService, SessionDetails
from onestop.services.health import EncounterDetails, HealthService
from onestop.services.incidents import IncidentDetails, insert_incident
from onestop.services.legal import (
    HearingDetails,
    Hearings,
    LegalMatters,
    MatterDetails,
    OrderDetails,
    ProtectionOrders,
)
from onestop.services.perpetrators import PerpetratorDetails
from onestop.services.records import create_row, new_row
from onestop.services.referrals import ReferralDetails, ReferralService
from onestop.services.risk import RiskService
from onestop.services.session import VaultSession
from onestop.services.shelter import ShelterBoardService, ShelterService, StayDetails
from onestop.services.users import UserService

# Locales whose Faker provides names in their own script (ar_EG and am_ET fall back to
# English names, so Arabic comes from ar_AA; Faker has no Amharic names).
LOCALES = {
    "ar_AA": ("Arabic",),
    "hi_IN": ("Hindi", "English"),
    "sw": ("Swahili", "English"),
    "en_KE": ("Swahili", "English"),
    "fr_FR": ("French",),
    "es_ES": ("Spanish",),
    "en_GB": ("English",),
}
BATCH = 500
SEED_NOTE = "demo seed"
ARRIVAL_NOTE = "demo arrival"
ARRIVALS = 3  # walk-ins of the day, each after a rape in the last two days
DEFAULT_SEED = 2026  # the seed of onestop-cli's demo vault (cli.DEMO_SEED)
EXAMINER = "Demo clinician"  # the clinician's display name, as a form names the examiner
EVIDENCE_STORE = "Evidence refrigerator (locked)"
COURTS = ("Magistrates' Court", "Family Court", "High Court, Criminal Division")

_WORDS = (
    "amber anchor aspen basket beacon birch bramble canyon cedar cobalt copper coral "
    "cotton crane dahlia delta ember falcon fennel fjord garnet ginger glacier harbor hazel "
    "heron indigo juniper kettle lagoon lantern lilac linen maple marble meadow nutmeg olive "
    "orchid otter pebble quartz raven saffron sequoia thistle timber tulip velvet willow"
).split()

_TYPES = (
    (GbvType.RAPE, 30),
    (GbvType.PHYSICAL_ASSAULT, 30),
    (GbvType.PSYCHOLOGICAL_ABUSE, 20),
    (GbvType.SEXUAL_ASSAULT, 10),
    (GbvType.DENIAL_OF_RESOURCES, 5),
    (GbvType.FORCED_MARRIAGE, 5),
)
_RELATIONSHIPS = {
    IncidentContext.INTIMATE_PARTNER: ("Husband", "Former husband", "Boyfriend", "Ex-partner"),
    IncidentContext.FAMILY: ("Father", "Brother", "Uncle", "Stepfather", "Brother-in-law"),
    IncidentContext.OTHER: ("Stranger", "Neighbour", "Employer", "Acquaintance"),
}
_PLACES = ("At home", "Perpetrator's home", "Street", "Workplace", "Public transport", "Market")


@dataclass(frozen=True)
class DemoAccount:
    role: Role
    username: str
    password: str


@dataclass(frozen=True)
class DemoData:
    accounts: tuple[DemoAccount, ...]
    cases: tuple[str, ...]
    arrivals: tuple[str, ...] = ()  # today's walk-ins, beside the ``cases`` asked for


def demo_accounts(seed: int) -> tuple[DemoAccount, ...]:
    """The demo accounts and their passwords for ``seed`` (the same every time)."""
    rng = random.Random(f"accounts-{seed}")
    accounts = []
    for role in Role:
        username = f"demo.{role.value.split('_')[0]}"
        while True:
            words = rng.sample(_WORDS, 4)
            password = f"{' '.join(words)} {rng.randint(10, 99)}"
            try:
                check_password(password, username)
                break
            except PasswordRejected:
                continue
        accounts.append(DemoAccount(role, username, password))
    return tuple(accounts)


class _Maker:
    """Makes one survivor's records at a time from a seeded generator."""

    def __init__(self, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        # For what a MARAC asks besides (her address, her children, the perpetrator, who
        # referred her): its own stream, so that the files' shape stays that of ``rng``.
        self.more = random.Random(seed * 7 + 1)
        self.fakers = {}
        for i, locale in enumerate(LOCALES):
            faker = Faker(locale)
            faker.seed_instance(seed * 31 + i)
            self.fakers[locale] = faker
        # Two hours before midnight: nothing seeded (an encounter an hour after opening, say)
        # can fall in the future, whatever the time of day the seeding runs.
        self.now = datetime.combine(today, time(0, 0), tzinfo=UTC) - timedelta(hours=2)

    def survivor(self) -> tuple[SurvivorDetails, datetime]:
        rng = self.rng
        locale = rng.choice(list(LOCALES))
        fk = self.fakers[locale]
        recent = rng.random() < 0.1  # a few cases from the last days: open clinical windows
        days = rng.choice([0, 0, 1, 2, 5]) if recent else rng.randint(0, 730)
        opened = self.now - timedelta(days=days, hours=rng.randint(0, 12))
        age = rng.randint(16, 62)
        exact_birth = rng.random() < 0.7
        birth = (
            (opened.date() - timedelta(days=age * 365 + rng.randint(0, 364)))
            if exact_birth
            else None
        )
        phone = "+" + "".join(str(rng.randint(0, 9)) for _ in range(11))
        children = rng.choice([0, 0, 1, 1, 2, 3, 4])
        details = SurvivorDetails(
            name=f"{fk.first_name_female()} {fk.last_name()}",
            alias=fk.first_name_female() if rng.random() < 0.2 else "",
            date_of_birth=birth,
            estimated_age=None if exact_birth else age,
            sex=Sex.FEMALE if rng.random() < 0.95 else Sex.NOT_STATED,
            gender="woman" if rng.random() < 0.9 else "",
            languages=LOCALES[locale],
            disability="Hearing impairment" if rng.random() < 0.05 else "",
            children_count=children,
            children_notes=self.children(fk, children, age),
            address=fk.address().replace("\n", ", ") if self.more.random() < 0.7 else "",
            safe_phone=phone if rng.random() < 0.85 else "",
            safe_message_allowed=rng.random() < 0.4,
            safe_code_word=rng.choice(_WORDS) if rng.random() < 0.6 else "",
            safe_notes="Call only on weekday mornings." if rng.random() < 0.3 else "",
        )
        return details, opened

    def children(self, fk: Faker, count: int, mother_age: int) -> str:
        """Her children by first name and age, as a child-protection referral names them."""
        oldest = max(0, min(17, mother_age - 16))
        return "; ".join(f"{fk.first_name()}, {self.more.randint(0, oldest)}" for _ in range(count))

    def perpetrator(self, relationship: str) -> PerpetratorDetails:
        """The man an incident names, in one of the survivors' locales."""
        more = self.more
        fk = self.fakers[more.choice(list(LOCALES))]
        age = more.randint(19, 65)
        born = self.now.date() - timedelta(days=age * 365 + more.randint(0, 364))
        return PerpetratorDetails(
            name=f"{fk.first_name_male()} {fk.last_name()}",
            description=more.choice(("Tall, beard", "Drives a white van", "")),
            known_addresses=fk.address().replace("\n", ", ") if more.random() < 0.6 else "",
            weapons="Knife"
            if relationship in ("Husband", "Ex-partner") and more.random() < 0.2
            else "",
            date_of_birth=born if more.random() < 0.6 else None,
        )

    def incidents(self, opened: datetime) -> list[IncidentDetails]:
        rng = self.rng
        out = []
        for n in range(rng.choice([1, 1, 1, 2, 2, 3])):
            gbv = rng.choices([t for t, _ in _TYPES], [w for _, w in _TYPES])[0]
            context = rng.choices(list(IncidentContext), [70, 20, 10])[0]
            back = (
                timedelta(hours=rng.randint(2, 70))
                if n == 0
                else timedelta(days=rng.randint(14, 700))
            )
            at = opened - back
            roll = rng.random()
            when = (
                IncidentTime.exact(at)
                if roll < 0.7
                else IncidentTime.between(at - timedelta(hours=3), at)
                if roll < 0.9
                else IncidentTime.unknown()
            )
            out.append(
                IncidentDetails(
                    occurred=when,
                    gbv_type=gbv,
                    context=context,
                    place=rng.choice(_PLACES),
                    perpetrator_relationship=rng.choice(_RELATIONSHIPS[context]),
                    perpetrator_count=1 if rng.random() < 0.9 else rng.randint(2, 4),
                    reported_to_police=rng.choice([True, False, None]),
                )
            )
        return out

    def encounter(self, opened: datetime, incident_id: int, sexual: bool) -> EncounterDetails:
        rng = self.rng
        seen = opened + timedelta(minutes=rng.randint(20, 90))
        injuries = tuple(
            Injury(
                n + 1,
                rng.choice(("Bruise", "Abrasion", "Laceration", "Swelling")),
                f"{rng.randint(1, 6)} x {rng.randint(1, 4)} cm",
                "",
                rng.choice(list(BodySide)),
                round(rng.uniform(0.2, 0.8), 3),
                round(rng.uniform(0.05, 0.95), 3),
            )
            for n in range(rng.randint(0, 3))
        )
        treatments: tuple[Treatment, ...] = ()
        if sexual:
            given = seen + timedelta(minutes=rng.randint(10, 50))
            treatments = (
                Treatment(TreatmentKind.PEP_FIRST_DOSE, given),
                Treatment(TreatmentKind.EMERGENCY_CONTRACEPTION, given),
                Treatment(TreatmentKind.PREGNANCY_TEST, seen, "Negative"),
            )
        return EncounterDetails(
            seen_at=seen,
            incident_id=incident_id,
            history="History taken with the survivor's consent.",
            examination="Examined; see injuries." if injuries else "No visible injuries.",
            injuries=injuries,
            treatments=treatments,
            follow_ups=(FollowUp(seen + timedelta(days=14), "Review and HIV test"),)
            if sexual
            else (),
        )

    def counselling(self, opened: datetime) -> list[SessionDetails]:
        rng = self.rng
        out = []
        for n in range(rng.choice([0, 1, 2, 4])):
            held = opened + timedelta(days=3 + 7 * n, hours=rng.randint(1, 6))
            if held < self.now:
                out.append(
                    SessionDetails(held, rng.choice(list(SessionType)), "Session notes.", "")
                )
        return out

    def consents(self, opened: datetime) -> list[tuple[Purpose, Decision]]:
        rng = self.rng
        out = [(Purpose.MEDICAL_EXAMINATION, Decision.GIVEN)]
        out.append((Purpose.STATISTICS, Decision.GIVEN if rng.random() < 0.8 else Decision.REFUSED))
        if rng.random() < 0.5:
            out.append((Purpose.PHOTOGRAPHY, Decision.GIVEN))
        if rng.random() < 0.4:
            out.append((Purpose.SHARE_WITH_POLICE, Decision.GIVEN))
            if rng.random() < 0.2:
                out.append((Purpose.SHARE_WITH_POLICE, Decision.WITHDRAWN))
            elif rng.random() < 0.6:
                out.append((Purpose.USE_IN_COURT, Decision.GIVEN))
        return out


# Each agency, the service asked of it, and the reason the letter states (the referral
# service refuses a referral without one).
_AGENCIES = (
    ("Legal Aid Clinic", "Legal advice", "She wants advice on a protection order and custody."),
    (
        "City Housing Office",
        "Emergency housing",
        "She cannot return home: the perpetrator knows the address.",
    ),
    (
        "Women's Livelihood Project",
        "Income support",
        "She has no income of her own since she left.",
    ),
    (
        "Children's Services",
        "Child protection assessment",
        "Her children witnessed the violence at home.",
    ),
    (
        "Community Mental Health Team",
        "Trauma therapy",
        "Nightmares and panic since the assault; she asked for therapy.",
    ),
    (
        "Safe Haven Women's Shelter",
        "Emergency shelter for women and their children",
        "High risk at home; she needs a safe place tonight with her children.",
    ),
)
# What the last meeting said of a case it heard (its minutes).
_DISCUSSIONS = [
    "Risk reviewed with the police and housing; she wants to stay at her address with a "
    "door alarm.",
    "Agencies agreed the perpetrator's bail conditions are the main protection; review them.",
    "She has moved to her sister's; contact only through the centre.",
]

_PLAN_ACTIONS = [
    ("Police", "Domestic abuse officer", "Flag the address for an urgent response"),
    ("Police", "Duty inspector", "Review bail conditions with the prosecutor"),
    ("City Housing Office", "Housing officer", "Change the locks and fit a door alarm"),
    ("Legal Aid Clinic", "Duty solicitor", "Apply for a protection order"),
    ("Women's Livelihood Project", "Case officer", "Emergency grant for rent and food"),
]


def _safety_plan(case_id: int, rng: random.Random, at: datetime, by: str) -> SafetyPlan:
    return SafetyPlan(
        case_id=case_id,
        safe_places=rng.choice(("Her sister's flat", "The refuge", "A neighbour two doors down")),
        trusted_contacts="Her sister; the centre's caseworker (through the switchboard)",
        code_word=rng.choice(("blue umbrella", "pick up the bread", "call grandmother")),
        emergency_bag="ID card, birth certificates, bank card, medicines, spare keys",
        children="The school knows who may collect them.",
        technology="Location sharing turned off; a new SIM kept with the bag.",
        routes="Back door, then the bus stop by the market.",
        notes="",
        created_at=at,
        created_by=by,
        updated_at=at,
        updated_by=by,
        version=1,
    )


# Who refers a case to the MARAC (SafeLives' form asks the agency and the day).
_REFERRERS = ("Police", "One-Stop Centre", "Health visitor", "City Housing Office", "IDVA service")
_SECTORS = (
    Sector.JUSTICE,
    Sector.SHELTER_HOUSING,
    Sector.SOCIO_ECONOMIC,
    Sector.CHILD_SERVICES,
    Sector.PSYCHOSOCIAL,
    Sector.SHELTER_HOUSING,
)
DEMO_ROOMS = 12  # "Room 1" … "Room 12", beds A, B and C, as the demo's stays name them


class DemoSeeder:
    def __init__(self, session: VaultSession) -> None:
        self._session = session
        self._staff: dict[Role, str] = {}  # who, among the demo's staff, does what a role does

    def seed(
        self,
        survivors: int,
        *,
        seed: int = 2026,
        progress: Callable[[int, int], None] | None = None,
        today: date | None = None,
        now: datetime | None = None,
    ) -> DemoData:
        """``survivors`` files made from ``seed`` up to the day before ``today``, then the
        walk-ins who arrived in the hours before ``now`` (the real time by default)."""
        session = self._session
        self._check_admin()
        now = now or datetime.now(UTC)
        if not 1 <= survivors <= 1_000_000:
            raise ValidationFailed.of(
                {
                    "survivors": QT_TRANSLATE_NOOP(
                        "Messages", "Seed between 1 and 1,000,000 survivors."
                    )
                }
            )
        with session.unit_of_work(Section.ADMINISTRATION, Action.READ) as s:
            if s.scalar(select(func.count()).select_from(Case)):
                raise ValidationFailed(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "This vault already holds cases; demo data goes only into a new, empty "
                        "vault.",
                    )
                )
        accounts = demo_accounts(seed)
        users = UserService(session)
        for account in accounts:
            users.create(
                account.username,
                account.role,
                f"Demo {account.role.label.lower()}",
                password=account.password,
            )
        self._staff = {a.role: a.username for a in accounts}
        # The demo's synthetic names and counselling notes are sealed like real ones: the
        # seeder makes the section keys for the demo accounts and forgets them (and any index
        # of the names) when it is done.
        with session.system_transaction() as s:
            sectionkeys.lend_first_keys(session, s, {a.username: a.password for a in accounts})
        try:
            return self._seed_records(survivors, seed, progress, today or now.date(), now, accounts)
        finally:
            session.section_keys.clear()
            session.case_index = None

    def _seed_records(
        self,
        survivors: int,
        seed: int,
        progress: Callable[[int, int], None] | None,
        today: date,
        now: datetime,
        accounts: tuple[DemoAccount, ...],
    ) -> DemoData:
        session = self._session
        caseworker = self._staff[Role.CASEWORKER]
        maker = _Maker(seed, today)
        references: list[str] = []
        while len(references) < survivors:
            count = min(BATCH, survivors - len(references))
            with session.unit_of_work(Section.ADMINISTRATION, Action.WRITE) as s:
                for _ in range(count):
                    details, opened = maker.survivor()
                    problems = check_person(
                        PersonFacts(
                            details.name,
                            details.alias,
                            details.date_of_birth,
                            details.estimated_age,
                            details.safe_phone,
                        ),
                        opened.date(),
                    )
                    assert not problems, problems  # the maker only makes valid people
                    case = insert_case(s, session, details, caseworker, opened, SEED_NOTE)
                    incidents = [
                        (insert_incident(s, session, case, incident), incident)
                        for incident in maker.incidents(opened)
                    ]
                    for row, _ in incidents:  # told at intake, recorded then
                        row.created_at = row.updated_at = opened
                    self._perpetrators(s, maker, case, incidents, opened)
                    for purpose, decision in maker.consents(opened):
                        self._consent(s, case, purpose, decision, opened, Role.CASEWORKER)
                    self._more_records(s, maker, case, opened, incidents)
                    if maker.rng.random() < 0.15 and opened < maker.now - timedelta(days=60):
                        case.status = CaseStatus.CLOSED.value
                        case.closed_reason = "Goals of the support plan met"
                        case.closed_at = opened + timedelta(days=maker.rng.randint(20, 59))
                    references.append(case.reference)
            if progress is not None:
                progress(len(references), survivors)
        self._coordination(maker, caseworker)
        arrivals = self.add_arrivals(now=now, seed=seed)
        return DemoData(accounts, tuple(references), arrivals)

    def _perpetrators(
        self,
        s: Session,
        maker: _Maker,
        case: Case,
        incidents: list[tuple[Incident, IncidentDetails]],
        opened: datetime,
    ) -> None:
        """The perpetrator she names for most incidents by a partner or a relative (one man
        for all her incidents of that kind), as a MARAC's referral form asks."""
        caseworker = self._staff[Role.CASEWORKER]
        him: dict[str, int] = {}
        for row, details in incidents:
            known = details.context is not IncidentContext.OTHER
            if not known or maker.more.random() > 0.7:
                continue
            relationship = details.perpetrator_relationship
            if relationship not in him:
                person = maker.perpetrator(relationship)
                record = create_row(
                    self._session,
                    s,
                    Perpetrator,
                    Section.INCIDENTS,
                    f"perpetrator {{id}} added to incident {row.id}",
                    record_ref=case.reference,
                    name=person.name,
                    name_key="",  # his name's keyed hash, made as the row is sealed
                    description=person.description,
                    known_addresses=person.known_addresses,
                    weapons=person.weapons,
                    conditions="",
                    date_of_birth=person.date_of_birth,
                    age_group="",
                )
                record.created_by = record.updated_by = caseworker
                record.created_at = record.updated_at = opened
                him[relationship] = record.id
            s.add(
                IncidentPerpetrator(
                    incident_id=row.id, perpetrator_id=him[relationship], relationship=relationship
                )
            )

    def _check_admin(self) -> None:
        session = self._session
        if not session.allowed(Section.ADMINISTRATION, Action.WRITE):
            raise session.refuse(Section.ADMINISTRATION, Action.WRITE)

    def _consent(
        self,
        s: Session,
        case: Case,
        purpose: Purpose,
        decision: Decision,
        decided_at: datetime,
        by: Role,
        agency: str = "",
    ) -> ConsentRecord:
        """Her decision in the ledger as the member of staff (``by``) who asked her took it
        down at the time; the audit trail still says the admin's seeding wrote it."""
        with s.no_autoflush:  # the row is written with the staff member's name, never altered
            row = insert_consent(
                s, self._session, case, purpose, decision, GivenBy.SURVIVOR, agency, "", decided_at
            )
            row.recorded_by, row.recorded_at = self._staff[by], decided_at
        return row

    # -- today's walk-ins --------------------------------------------------------------------

    def add_arrivals_if_due(
        self, *, now: datetime | None = None, seed: int = DEFAULT_SEED
    ) -> tuple[str, ...]:
        """Today's walk-ins, when the newest file in this demo vault is more than a day old
        (the demo opened on a later day); nothing otherwise. ``seed``: the one the vault was
        seeded with (its demo accounts' passwords)."""
        self._check_admin()
        now = now or datetime.now(UTC)
        with self._session.unit_of_work(Section.ADMINISTRATION, Action.READ) as s:
            newest = s.scalar(select(func.max(Case.opened_at)))
        if newest is not None and newest >= now - timedelta(days=1):
            return ()
        return self.add_arrivals(now=now, seed=seed)

    def add_arrivals(
        self, *, now: datetime | None = None, count: int = ARRIVALS, seed: int = DEFAULT_SEED
    ) -> tuple[str, ...]:
        """``count`` women who walked in during the hours before ``now``, each after a rape
        5 to 40 hours before she came: not yet seen by the clinician, so the PEP (72 h) and
        emergency-contraception (120 h) windows are open and counting down. Only into a demo
        vault (every file in it written by the seeding admin)."""
        self._check_admin()
        borrowed = self._borrow_demo_keys(seed)
        try:
            return self._add_arrivals(now or datetime.now(UTC), count)
        finally:
            if borrowed:
                self._session.section_keys.clear()
                self._session.case_index = None

    def _borrow_demo_keys(self, seed: int) -> bool:
        """The admin holds no section key, and a survivor's name is written sealed: in a demo
        vault (whose accounts' passwords the seed gives) the seeder opens the demo
        caseworker's keys while it writes the walk-ins. A real centre's vault has no such
        account, and then nothing is borrowed."""
        if self._session.section_keys.holds(Section.IDENTITY):
            return False
        worker = next(a for a in demo_accounts(seed) if a.role is Role.CASEWORKER)
        return sectionkeys.borrow_demo_keys(self._session, worker.username, worker.password)

    def _add_arrivals(self, now: datetime, count: int) -> tuple[str, ...]:
        session = self._session
        with session.unit_of_work(Section.ADMINISTRATION, Action.WRITE) as s:
            admins = select(StaffAccount.username).where(StaffAccount.role == Role.ADMIN.value)
            real = s.scalar(
                select(func.count()).select_from(Case).where(Case.created_by.not_in(admins))
            )
            if real or not s.scalar(select(func.count()).select_from(Case)):
                raise ValidationFailed(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Demo walk-ins go only into a demo vault; this one holds files "
                        "opened by staff.",
                    )
                )
            self._staff = {
                role: s.scalar(
                    select(StaffAccount.username)
                    .where(StaffAccount.role == role.value, StaffAccount.active.is_(True))
                    .order_by(StaffAccount.username)
                )
                or session.actor.username
                for role in Role
            }
            maker = _Maker(int(now.strftime("%Y%m%d")), now.date())
            references = []
            for n in range(count):
                details, _ = maker.survivor()
                opened = now - timedelta(hours=1 + 2 * n, minutes=maker.rng.randint(0, 59))
                assert not check_person(
                    PersonFacts(
                        details.name,
                        details.alias,
                        details.date_of_birth,
                        details.estimated_age,
                        details.safe_phone,
                    ),
                    opened.date(),
                )
                case = insert_case(
                    s, session, details, self._staff[Role.CASEWORKER], opened, ARRIVAL_NOTE
                )
                at = opened - timedelta(hours=maker.rng.randint(5, 40))
                context = maker.rng.choice(list(IncidentContext))
                incident = insert_incident(
                    s,
                    session,
                    case,
                    IncidentDetails(
                        occurred=IncidentTime.exact(at),
                        gbv_type=GbvType.RAPE if n != 1 else GbvType.SEXUAL_ASSAULT,
                        context=context,
                        place=maker.rng.choice(_PLACES),
                        perpetrator_relationship=maker.rng.choice(_RELATIONSHIPS[context]),
                        perpetrator_count=1,
                        reported_to_police=None,
                    ),
                )
                incident.created_at = incident.updated_at = opened
                for purpose in (
                    Purpose.MEDICAL_EXAMINATION,
                    Purpose.FORENSIC_COLLECTION,
                    Purpose.STATISTICS,
                ):
                    self._consent(s, case, purpose, Decision.GIVEN, opened, Role.CASEWORKER)
                references.append(case.reference)
        return tuple(references)

    def _coordination(self, maker: _Maker, caseworker: str) -> None:
        """The shelter's rooms and beds (with the stays still open put in them), the partner
        agencies, risk assessments for some cases, and the next case conference."""
        session, rng = self._session, maker.rng
        board = ShelterBoardService(session)
        for n in range(1, DEMO_ROOMS + 1):
            board.add_room(f"Room {n}", ["A", "B", "C"])
        instrument = RiskService(session).default_instrument()
        with session.unit_of_work(Section.ADMINISTRATION, Action.WRITE) as s:
            beds = {
                (room, bed.label): bed
                for room, bed in s.execute(
                    select(ShelterRoom.name, ShelterBed).join(
                        ShelterRoom, ShelterRoom.id == ShelterBed.room_id
                    )
                )
            }
            taken: set[int] = set()
            for stay in s.scalars(select(ShelterStay).where(ShelterStay.exited_at.is_(None))):
                bed = beds.get((stay.room, stay.bed))
                if bed is None or bed.id in taken:
                    bed = next((b for b in beds.values() if b.id not in taken), None)
                if bed is None:
                    continue
                taken.add(bed.id)
                stay.bed_id, stay.room, stay.bed = (
                    bed.id,
                    next(r for (r, _l), b in beds.items() if b is bed),
                    bed.label,
                )
            now = maker.now
            for (name, service, _reason), sector in zip(_AGENCIES, _SECTORS, strict=True):
                s.add(
                    Agency(
                        name=name,
                        sector=sector.value,
                        services=service,
                        contacts="switchboard (demo)",
                        hours="Mon-Fri 9-17",
                        languages="English",
                        notes="",
                        active=True,
                        created_at=now,
                        created_by=caseworker,
                        updated_at=now,
                        updated_by=caseworker,
                        version=1,
                    )
                )
            open_cases = s.scalars(
                select(Case).where(Case.status != CaseStatus.CLOSED.value).order_by(Case.id)
            ).all()
            for case in open_cases:
                if rng.random() > 0.25:
                    continue
                yes = min(24, max(0, int(rng.gauss(9, 4))))
                ids = instrument.question_ids()
                chosen = set(rng.sample(range(len(ids)), yes))
                answers = {q: (Answer.YES if i in chosen else Answer.NO) for i, q in enumerate(ids)}
                scored = score(instrument, answers)
                at = max(case.opened_at + timedelta(hours=3), now - timedelta(days=20))
                s.add(
                    RiskAssessment(
                        case_id=case.id,
                        instrument_id=instrument.id,
                        instrument_version=instrument.version,
                        answers=json.dumps({k: v.value for k, v in answers.items()}),
                        score=scored.score,
                        level=scored.level.value,
                        final_level=scored.final_level.value,
                        judgement_reason="",
                        assessed_at=at,
                        assessed_by=caseworker,
                    )
                )
                referral = refer_if_due(s, session, case, scored, at)
                if referral is None and scored.final_level is RiskLevel.MEDIUM:
                    referral = self._judgement_referral(s, maker, case, at)
                if referral is not None and not referral.referring_agency:
                    referral.referring_agency = maker.more.choice(_REFERRERS)
                    referral.referred_on = at.date()
                if scored.final_level is RiskLevel.HIGH:
                    s.add(_safety_plan(case.id, rng, at, caseworker))
            self._court_next_week(s, maker)
            attending = json.dumps([a for a, _s, _r in _AGENCIES[:3]] + ["Police"])
            self._last_meeting(s, maker, caseworker, attending)
            s.add(
                Conference(
                    held_on=now.date() + timedelta(days=7),
                    agencies=attending,
                    status="planned",
                    starts_at="10:00",
                    venue="Meeting room 2, Civic Centre",
                    created_at=now,
                    created_by=caseworker,
                )
            )

    def _judgement_referral(
        self, s: Session, maker: _Maker, case: Case, at: datetime
    ) -> ConferenceReferral | None:
        """Half the cases of medium risk are referred on the caseworker's professional
        judgement (as SafeLives allows below the checklist's threshold), so that a demo of a
        few dozen files has a meeting to prepare."""
        if maker.more.random() > 0.5:
            return None
        caseworker = self._staff[Role.CASEWORKER]
        row = new_row(
            ConferenceReferral,
            caseworker,
            case_id=case.id,
            criteria=json.dumps([Criterion.JUDGEMENT.value]),
            referred_at=at,
            referred_by=caseworker,
            referring_agency="",
            referred_on=at.date(),
        )
        s.add(row)
        s.flush()
        self._session.audit(
            s,
            AuditAction.RECORD_WRITE,
            Section.CONFERENCES,
            record_ref=case.reference,
            detail=f"conference referral {row.id}: {Criterion.JUDGEMENT.value}",
        )
        return row

    def _court_next_week(self, s: Session, maker: _Maker) -> None:
        """One open case whose protection order is heard next week: the matter, last month's
        hearing (an interim order), next week's, and her consent to share her file with the
        police and to use it in court, taken down by the legal advocate three days ago."""
        now, rng = maker.now, maker.rng
        open_case = select(Case).where(Case.status != CaseStatus.CLOSED.value).order_by(Case.id)
        case = (
            s.scalars(
                open_case.where(
                    Case.opened_at < now - timedelta(days=20),
                    Case.opened_at > now - timedelta(days=120),
                )
            ).first()
            or s.scalars(open_case).first()
        )
        if case is None:
            return
        for purpose in (Purpose.SHARE_WITH_POLICE, Purpose.USE_IN_COURT):
            self._consent(
                s, case, purpose, Decision.GIVEN, now - timedelta(days=3), Role.LEGAL_ADVOCATE
            )
        court, number = self._matter(s, rng, case, case.opened_at)
        hearings = Hearings(self._session)
        first = case.opened_at + timedelta(days=6)
        if first < now:
            hearings.insert(
                s,
                case,
                HearingDetails(
                    first, court, f"Interim protection order ({number})", "Interim order granted"
                ),
            )
        next_week = datetime.combine(now.date() + timedelta(days=8), time(9, 30), UTC)
        hearings.insert(
            s,
            case,
            HearingDetails(next_week, court, f"Full hearing of the protection order ({number})"),
        )

    @staticmethod
    def _last_meeting(s: Session, maker: _Maker, caseworker: str, attending: str) -> None:
        """Last month's meeting, held: it heard the first referrals and agreed actions, some
        done since, some still open (carried to the next meeting's agenda and pack)."""
        rng, now = maker.rng, maker.now
        held_on = now.date() - timedelta(days=14)
        closed_at = datetime.combine(held_on, time(12), UTC)
        meeting = Conference(
            held_on=held_on,
            agencies=attending,
            status="held",
            starts_at="10:00",
            venue="Meeting room 2, Civic Centre",
            created_at=now - timedelta(days=35),
            created_by=caseworker,
            closed_at=closed_at,
            closed_by=caseworker,
        )
        s.add(meeting)
        s.flush()
        waiting = s.scalars(
            select(ConferenceReferral)
            .where(ConferenceReferral.referred_at < closed_at)
            .order_by(ConferenceReferral.id)
        ).all()
        stamps = {
            "created_at": closed_at,
            "created_by": caseworker,
            "updated_at": closed_at,
            "updated_by": caseworker,
            "version": 1,
        }
        # It heard the first few; the others wait for the next meeting (its agenda and pack).
        referrals = waiting[: min(3, (len(waiting) + 1) // 2)]
        for referral in referrals:
            referral.heard_at = meeting.id
            for agency, owner, what in rng.sample(_PLAN_ACTIONS, 2):
                done = rng.random() < 0.4
                s.add(
                    ConferenceAction(
                        case_id=referral.case_id,
                        conference_id=meeting.id,
                        agency=agency,
                        owner=owner,
                        description=what,
                        due_on=held_on + timedelta(days=rng.choice((7, 14, 35))),
                        status=(ActionStatus.DONE if done else ActionStatus.OPEN).value,
                        reason="",
                        created_at=closed_at,
                        created_by=caseworker,
                        updated_at=closed_at,
                        updated_by=caseworker,
                        version=2 if done else 1,
                    )
                )
            s.add(
                CaseDiscussion(
                    conference_id=meeting.id,
                    case_id=referral.case_id,
                    discussion=rng.choice(_DISCUSSIONS),
                    **stamps,
                )
            )
        # Who was there, as its minutes keep it.
        present = "\n".join(f"Representative, {a}" for a in json.loads(attending))
        s.add(
            ConferenceAttendance(
                conference_id=meeting.id,
                chair="Chair of the demo, One-Stop Centre",
                present=present,
                apologies="Duty officer, Children's Services",
                **stamps,
            )
        )

    def _matter(
        self, s: Session, rng: random.Random, case: Case, opened: datetime
    ) -> tuple[str, str]:
        """Her matter before a court, which her hearings belong to: its court and number."""
        court = rng.choice(COURTS)
        number = f"{opened.year}/{rng.randint(100, 9999):04d}"
        LegalMatters(self._session).insert(
            s,
            case,
            MatterDetails(
                police_reference=f"CR/{opened.year}/{rng.randint(10000, 99999)}",
                court=court,
                court_case_number=number,
                notes="Hearings of this matter are listed under its number.",
            ),
        )
        return court, number

    def _forensic_exam(
        self, s: Session, maker: _Maker, case: Case, incident_id: int, started: datetime
    ) -> None:
        """A forensic examination at her first visit: two to four specimens, each sealed and
        put in the locked evidence refrigerator, some taken by the police for the laboratory
        since (each hand-over from whoever held it last, in order)."""
        session, rng = self._session, maker.rng
        clinician = self._staff[Role.CLINICIAN]
        exam = create_row(
            session,
            s,
            ForensicExam,
            Section.FORENSIC,
            "exam {id} opened",
            record_ref=case.reference,
            case_id=case.id,
            incident_id=incident_id,
            examiner=EXAMINER,
            examined_by=clinician,  # the report's declaration names her
            started_at=started,
            notes="Examined with her consent; the kit sealed in her presence.",
            opinion="The findings are consistent with the account she gave.",
        )
        kinds = rng.sample(
            [
                SpecimenType.VAGINAL_SWAB,
                SpecimenType.ORAL_SWAB,
                SpecimenType.SKIN_SWAB,
                SpecimenType.FINGERNAIL,
                SpecimenType.BLOOD,
                SpecimenType.URINE,
                SpecimenType.CLOTHING,
            ],
            rng.randint(2, 4),
        )
        police = rng.random() < 0.6
        for n, kind in enumerate(kinds, start=1):
            at = started + timedelta(minutes=5 * n)
            specimen = new_row(
                Specimen,
                session.actor.username,
                exam_id=exam.id,
                specimen_type=kind.value,
                collected_at=at,
                collected_by=EXAMINER,
                seal_number=f"DEMO-{case.id:06d}-{n}",
                notes="",
                recorded_at=at,
                recorded_by=clinician,
            )
            s.add(specimen)
            s.flush()
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.FORENSIC,
                record_ref=case.reference,
                detail=f"exam {exam.id} specimen {specimen.id} {kind.value}",
            )
            chain = [(EXAMINER, EVIDENCE_STORE, "The centre", at + timedelta(minutes=5), "Stored")]
            taken = at + timedelta(days=1)
            if police and taken < maker.now:
                chain.append(
                    (EVIDENCE_STORE, "Evidence officer", "Police", taken, "For laboratory analysis")
                )
            for handed_from, handed_to, organisation, when, purpose in chain:
                s.add(
                    CustodyEvent(
                        specimen_id=specimen.id,
                        handed_from=handed_from,
                        handed_to=handed_to,
                        organisation=organisation,
                        at=when,
                        purpose=purpose,
                        recorded_at=when,
                        recorded_by=clinician,
                    )
                )

    def _more_records(
        self,
        s: Session,
        maker: _Maker,
        case: Case,
        opened: datetime,
        incidents: list[tuple[Incident, IncidentDetails]],
    ) -> None:
        """Encounters, counselling, referrals, shelter stays and court dates for one file."""
        session, rng = self._session, maker.rng
        first_row, first = incidents[0]
        sexual = first.gbv_type in SEXUAL_VIOLENCE
        if sexual or rng.random() < 0.4:
            encounter = maker.encounter(opened, first_row.id, sexual)
            HealthService(session).insert(s, case, encounter)
            if sexual and rng.random() < 0.75:  # she agreed to a forensic examination
                self._consent(
                    s,
                    case,
                    Purpose.FORENSIC_COLLECTION,
                    Decision.GIVEN,
                    encounter.seen_at,
                    Role.CLINICIAN,
                )
                self._forensic_exam(s, maker, case, first_row.id, encounter.seen_at)
        for details in maker.counselling(opened):
            # Only where the seeder made the counselling key (a new vault): in a vault whose
            # counsellors hold it already, the key is theirs alone and none is written.
            if session.section_keys.holds(Section.COUNSELLING):
                CounsellingService(session).insert(s, case, details)
        for _ in range(rng.choice([0, 1, 1, 2])):
            agency, service, reason = rng.choice(_AGENCIES)
            row = ReferralService(session).insert(
                s, case, ReferralDetails(agency, service, notes=reason)
            )
            if rng.random() < 0.7:
                entry = self._consent(
                    s,
                    case,
                    Purpose.SHARE_WITH_AGENCY,
                    Decision.GIVEN,
                    opened,
                    Role.CASEWORKER,
                    agency,
                )
                s.flush()
                row.status, row.sent_at = ReferralStatus.SENT.value, opened + timedelta(hours=2)
                row.consent_entry_id = entry.id
                if rng.random() < 0.6:
                    row.status = rng.choice(
                        [ReferralStatus.ACCEPTED.value, ReferralStatus.DECLINED.value]
                    )
                    row.responded_at = opened + timedelta(days=rng.randint(1, 12))
                    # An accepted referral long past has been carried out, and the agency said so.
                    finished = row.responded_at + timedelta(days=21)
                    if row.status == ReferralStatus.ACCEPTED.value and finished < maker.now:
                        row.status, row.closed_at = ReferralStatus.COMPLETED.value, finished
                        row.feedback = "Service given; the agency closed its file."
        if rng.random() < 0.12:
            admitted = opened + timedelta(hours=6)
            left = admitted + timedelta(days=rng.randint(3, 60))
            ShelterService(session).insert(
                s,
                case,
                StayDetails(
                    admitted,
                    f"Room {rng.randint(1, 12)}",
                    rng.choice("ABC"),
                    rng.choice([0, 0, 1, 2]),
                    (admitted + timedelta(days=28)).date(),
                    left if left < maker.now else None,
                    "With family" if left < maker.now else "",
                ),
            )
        if rng.random() < 0.15:
            day = opened + timedelta(days=rng.randint(10, 90))
            court, number = self._matter(s, rng, case, opened)
            Hearings(session).insert(
                s, case, HearingDetails(day, court, f"Protection order hearing ({number})")
            )
            issued = (opened + timedelta(days=rng.randint(1, 9))).date()
            if issued <= maker.now.date():
                ProtectionOrders(session).insert(
                    s,
                    case,
                    OrderDetails(
                        "Non-molestation",
                        issued,
                        issued + timedelta(days=365),
                        "No contact",
                        issued + timedelta(days=365) >= maker.now.date(),
                    ),
                )
