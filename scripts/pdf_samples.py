"""Render every document for three cases, to look at each page (``make pdf-samples``).

Issue 23 read the documents as their recipients read them, from three cases; this script makes
the same three, each in a vault of its own built through the services as a centre's staff would
(synthetic: Faker names in Arabic and Hindi, the hostile-text corpus of ``tests/fixtures``):

- ``rich``: many encounters, a forensic examination with sealed specimens handed to the police,
  photographs of both orientations, scanned statements, many hearings, counselling notes with
  her own consent to disclose them to a court, a perpetrator, her children, a referral answered
  by the agency, a case conference heard and minuted, words of 270 characters without spaces;
- ``empty``: registered, nothing else;
- ``alias-only``: known by an alias alone.

Beside the rich case its vault holds a cohort of survivors who came last month and in the
quarter before it (``COHORT``), so that the statistics released for each period print a share
with its n ("9 of 14 (64 %)"). Among the documents: the referral letter to children's
services, naming her children, with its reply slip; the court bundle with section A's case
summary and chronology; last month's release as a DHIS2 data value set (JSON and CSV, from
``resources/dhis2/sample-mapping.json``), checked by ``domain.dhis2.check_value_set``.

Each document is made in English and in Arabic (``<out>/<case>/<language>/``). A document a case
cannot give (no examination, no referral) is refused in words by OneStop: the refusal is kept
in ``<out>/<case>/<language>/refused.txt`` and listed at the end, never a crash. Pages are
rendered to PNG with Ghostscript (``gs``) or ``pdftoppm`` when either is installed.
Everything goes to ``docs/samples/`` by default (ignored by git: synthetic, still case files).

    python scripts/pdf_samples.py [--out DIR] [--encounters N] [--pages N|all] [--no-pictures]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from faker import Faker
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from onestop.db.incidents import Incident
from onestop.db.referrals import Referral
from onestop.demo import demo_accounts
from onestop.domain.bodymap import on_body
from onestop.domain.casefile import GbvType, IncidentContext, Sex
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose, Told, ToldHer
from onestop.domain.coordination import SharingReason
from onestop.domain.counselling import SessionType
from onestop.domain.dhis2 import check_value_set
from onestop.domain.forensic import Handover, SpecimenType
from onestop.domain.health import BodySide, FollowUp, Injury, Treatment, TreatmentKind
from onestop.domain.referrals import ReferralStatus
from onestop.domain.risk import Answer
from onestop.domain.roles import Action, Role, Section
from onestop.errors import OneStopError
from onestop.services import sectionkeys
from onestop.services.attachments import AttachmentService
from onestop.services.auth import create_vault, sign_in
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.conferences import (
    Attendance,
    ConferenceService,
    Discussion,
    PlannedAction,
)
from onestop.services.conferences import ReferralDetails as ConferenceReferralDetails
from onestop.services.consent import ConsentService
from onestop.services.counselling import CounsellingService, SessionDetails
from onestop.services.exports import (
    BundleSection,
    CourtDetails,
    Exported,
    ExportOptions,
    ExportService,
)
from onestop.services.exports.conference import CaseSharing
from onestop.services.forensic import ExamDetails, ForensicService, SpecimenDetails
from onestop.services.health import EncounterDetails, HealthService
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.legal import (
    HearingDetails,
    Hearings,
    LegalMatters,
    MatterDetails,
    OrderDetails,
    ProtectionOrders,
)
from onestop.services.perpetrators import PerpetratorDetails, PerpetratorService
from onestop.services.referrals import ReferralDetails, ReferralService
from onestop.services.risk import RiskService, SafetyPlanDetails, SafetyPlanService
from onestop.services.session import VaultSession
from onestop.services.settings import CentreContact, SettingsService
from onestop.services.statistics import Period
from onestop.services.users import UserService

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "samples"
HOSTILE = ROOT / "tests" / "fixtures" / "hostile_text.json"
LANGUAGES = ("en", "ar")
CASES = ("rich", "empty", "alias-only")
SEED = 2026
ADMIN, ADMIN_PASSWORD = "samples.admin", "samples vault opens with this phrase 2026"
LONG_WORD = 270  # characters without a space, as the rich case had
ENCOUNTERS = 60  # the rich case's (the had 200: ``--encounters 200``)
PHOTOGRAPHS, STATEMENTS, HEARINGS, SPECIMENS = 4, 3, 30, 4
CHILD_PROTECTION = "Children's Services"
MAPPING = ROOT / "resources" / "dhis2" / "sample-mapping.json"
# The cohort counted beside the rich case in each released period (its statistics): rape
# survivors who started PEP within 72 hours, later, or not at all, and other incidents, so
# that a share prints as "k of n (p %)" (each part at least the suppression threshold, 5).
COHORT = {
    GbvType.RAPE: (8, 3, 2),  # PEP within 72 h, after 72 h, none
    GbvType.PHYSICAL_ASSAULT: (0, 0, 6),
    GbvType.PSYCHOLOGICAL_ABUSE: (0, 0, 5),
}


@dataclass
class Staff:
    """The sample centre's accounts, by role: user name and password."""

    accounts: dict[Role, tuple[str, str]]
    names: dict[Role, str] = field(default_factory=dict)  # display names

    def sign_in(self, vault: Path, role: Role) -> VaultSession:
        return sign_in(vault, *self.accounts[role])


@dataclass
class Made:
    """What one case gave in one language: the documents, and those refused and why."""

    case: str
    language: str
    documents: list[tuple[str, Exported]] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)


# -- the centre --------------------------------------------------------------------------


def centre(folder: Path, fake: Faker) -> tuple[Path, Staff]:
    """A new vault with an account for every role, each holding the section keys her role
    reads (confirmed by a colleague, as a centre does), and the centre's contact details."""
    vault = folder / "vault"
    create_vault(vault, ADMIN, ADMIN_PASSWORD, display_name=fake.name())
    passwords = {a.role: a.password for a in demo_accounts(SEED)}
    staff = Staff({})
    with sign_in(vault, ADMIN, ADMIN_PASSWORD) as admin:
        users = UserService(admin)
        for role in Role:
            if role is Role.ADMIN:
                continue
            username = f"samples.{role.value.split('_')[0]}"
            staff.names[role] = fake.name_female()
            users.create(username, role, staff.names[role], password=passwords[role])
            staff.accounts[role] = (username, passwords[role])
        clinician = staff.accounts[Role.CLINICIAN][0]
        users.update_profile(
            clinician,
            qualifications="MB ChB, Diploma in Forensic Medicine",
            registration_number=f"SAMPLE-{fake.random_number(digits=6, fix_len=True)}",
        )
        SettingsService(admin).update(
            centre_name=f"{fake.city()} One-Stop Centre",
            time_zone="Africa/Nairobi",
            centre_contact=CentreContact(
                fake.address(), "+254 " + fake.msisdn()[:9], fake.company_email()
            ),
        )
    for role in staff.accounts:  # in role order: the first reader of a section makes its key
        with staff.sign_in(vault, role):
            pass
    for section in sorted(sectionkeys.ENCRYPTED_SECTIONS):
        holders = [r for r in staff.accounts if r in sectionkeys.readers(section)]
        if len(holders) < 2:
            continue
        with staff.sign_in(vault, holders[0]) as holder:
            for role in holders[1:]:
                sectionkeys.confirm_colleague(holder, staff.accounts[role][0])
    return vault, staff


# -- the three cases ---------------------------------------------------------------------


class Writer:
    """Synthetic text: Faker in the survivor's scripts, and the hostile-text corpus."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)  # noqa: S311 (synthetic samples, never secrets)
        self.fakers = {}
        for n, locale in enumerate(("en_GB", "ar_AA", "hi_IN")):
            self.fakers[locale] = Faker(locale)
            self.fakers[locale].seed_instance(seed + n)
        corpus = json.loads(HOSTILE.read_text("utf-8"))
        self.hostile_names: list[str] = list(corpus["names"])
        self.hostile_notes: list[str] = list(corpus["notes"])

    @property
    def en(self) -> Faker:
        return self.fakers["en_GB"]

    def long_word(self) -> str:
        """A word of 270 characters without a space (a pasted link, a name run together)."""
        word = ""
        while len(word) < LONG_WORD:
            word += self.en.word()
        return word[:LONG_WORD]

    def note(self, sentences: int = 4) -> str:
        """A paragraph of Faker text with, now and then, a line of the hostile corpus or a
        long word in it."""
        text = self.en.paragraph(nb_sentences=sentences)
        roll = self.rng.random()
        if roll < 0.25:
            text += " " + self.rng.choice(self.hostile_notes)[:400]
        elif roll < 0.35:
            text += " " + self.long_word()
        return text

    def mixed_name(self) -> str:
        """A name in two scripts: Devanagari given name, Latin family name."""
        return f"{self.fakers['hi_IN'].first_name_female()} {self.en.last_name()}"


def photograph(rng: random.Random, n: int, portrait: bool) -> bytes:
    """A JPEG of shapes and noise, portrait or landscape (a phone held either way)."""
    size = (900, 1200) if portrait else (1200, 900)
    img = Image.effect_noise(size, 40).convert("RGB")
    draw = ImageDraw.Draw(img)
    for _ in range(20):
        x, y = rng.randrange(size[0] - 100), rng.randrange(size[1] - 100)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.ellipse((x, y, x + rng.randrange(40, 300), y + rng.randrange(40, 300)), fill=colour)
    draw.text((40, 40), f"sample exhibit {n}", fill=(255, 255, 255))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


def scanned_statement(writer: Writer, n: int, pages: int) -> bytes:
    """A statement as a scanner gives it: a PDF of ``pages`` pages of typed text."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for page in range(1, pages + 1):
        canvas.setFont("Helvetica-Bold", 14)
        canvas.drawString(72, 780, f"Witness statement {n} (sample), page {page} of {pages}")
        canvas.setFont("Helvetica", 11)
        y = 750
        for line in writer.en.paragraphs(nb=12):
            for chunk in range(0, len(line), 90):
                canvas.drawString(72, y, line[chunk : chunk + 90])
                y -= 14
                if y < 80:
                    break
            if y < 80:
                break
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def open_file(vault: Path, staff: Staff, details: SurvivorDetails, opened: datetime) -> str:
    with staff.sign_in(vault, Role.CASEWORKER) as cw:
        return CaseService(cw).open_case(details, opened_at=opened).reference


def entered_at(
    session: VaultSession, when: dict[tuple[type[Incident] | type[Referral], int], datetime]
) -> None:
    """Set when records were entered, as on a real case worked over weeks: a record's
    creation time is the clock's, so a sample made in one run would have every incident and
    referral entered "now", after its own sending and its report (as tests/backdate.py)."""
    with session.unit_of_work(Section.REFERRALS, Action.WRITE) as s:
        for (model, record_id), at in when.items():
            row = s.get(model, record_id)
            if row is not None:
                row.created_at = at


def empty_case(vault: Path, staff: Staff, writer: Writer) -> str:
    """Registered, nothing else: her name, and the day she came."""
    ar = writer.fakers["ar_AA"]
    name = f"{ar.first_name_female()} {ar.last_name()}"
    now = datetime.now(UTC)
    return open_file(vault, staff, SurvivorDetails(name=name), now - timedelta(days=2))


def alias_only_case(vault: Path, staff: Staff, writer: Writer) -> str:
    """Known by an alias alone (she gave no name): one incident, her consents to a referral
    and to court, a referral drafted, a short safety plan."""
    now = datetime.now(UTC)
    ref = open_file(
        vault,
        staff,
        SurvivorDetails(alias=writer.fakers["hi_IN"].first_name_female()),
        now - timedelta(days=5),
    )
    with staff.sign_in(vault, Role.CASEWORKER) as cw:
        IncidentService(cw).record(
            ref,
            IncidentDetails(
                IncidentTime.between(now - timedelta(days=9), now - timedelta(days=6)),
                GbvType.PSYCHOLOGICAL_ABUSE,
                IncidentContext.INTIMATE_PARTNER,
                description=writer.note(),
            ),
        )
        ledger = ConsentService(cw)
        for purpose in (Purpose.USE_IN_COURT, Purpose.STATISTICS):
            ledger.record(ref, purpose, Decision.GIVEN)
        ledger.record(ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency="Legal Aid Clinic")
        ReferralService(cw).record(
            ref, ReferralDetails("Legal Aid Clinic", "Legal advice", notes=writer.note(2))
        )
        SafetyPlanService(cw).record(
            ref, SafetyPlanDetails(safe_places=writer.note(1), code_word=writer.en.word())
        )
    return ref


def on_the_body(rng: random.Random) -> tuple[float, float]:
    """A point on the outline, as the body map lets a clinician place one: a point drawn at
    random in its box could fall between an arm and the waist or between the legs, where a
    marker names no part of her body (issue 23's reader saw such markers)."""
    while True:
        x, y = round(rng.uniform(0.15, 0.85), 3), round(rng.uniform(0.02, 0.98), 3)
        if on_body(x, y):
            return x, y


def rich_case(vault: Path, staff: Staff, writer: Writer, encounters: int) -> str:
    """The rich case of issue 23 (sizes from the module's constants and ``encounters``)."""
    rng, en, ar = writer.rng, writer.en, writer.fakers["ar_AA"]
    now = datetime.now(UTC).replace(microsecond=0)
    # Consent is entered at most 30 days late: she came 28 days ago, and was seen often since.
    opened = now - timedelta(days=28)
    spacing = timedelta(days=26) / max(encounters, 1)
    incident_at = opened - timedelta(hours=20)
    later_at = opened + timedelta(days=20)  # a further assault while she was seen
    children = [(writer.fakers["ar_AA"].first_name(), rng.randint(2, 14)) for _ in range(2)]
    details = SurvivorDetails(
        name=f"{ar.first_name_female()} {ar.last_name()}",
        alias=writer.mixed_name(),
        date_of_birth=(opened - timedelta(days=365 * 31 + 40)).date(),
        sex=Sex.FEMALE,
        gender="woman",
        languages=("Arabic", "English"),
        children_count=len(children),
        children_notes="; ".join(f"{name}, {age}" for name, age in children),
        address=en.address(),
        safe_phone="+2547" + "".join(str(rng.randint(0, 9)) for _ in range(8)),
        safe_code_word=en.word(),
        safe_notes=writer.long_word(),
    )
    ref = open_file(vault, staff, details, opened)
    with staff.sign_in(vault, Role.CASEWORKER) as cw:
        incidents = IncidentService(cw)
        first = incidents.record(
            ref,
            IncidentDetails(
                IncidentTime.exact(incident_at),
                GbvType.RAPE,
                IncidentContext.INTIMATE_PARTNER,
                place=en.street_address(),
                perpetrator_relationship="Husband",
                perpetrator_count=1,
                reported_to_police=True,
                description=writer.note(8) + " " + writer.long_word(),
            ),
        ).incident_id
        later = incidents.record(
            ref,
            IncidentDetails(
                IncidentTime.exact(later_at),
                GbvType.PHYSICAL_ASSAULT,
                IncidentContext.INTIMATE_PARTNER,
                place=en.street_address(),
                perpetrator_relationship="Husband",
                reported_to_police=False,
                description=writer.note(5),
            ),
        ).incident_id
        PerpetratorService(cw).add(
            ref,
            first,
            PerpetratorDetails(
                name=f"{ar.first_name_male()} {ar.last_name()}",
                description=writer.note(2),
                known_addresses=en.address(),
                date_of_birth=(opened - timedelta(days=365 * 36)).date(),
            ),
            "Husband",
        )
        ledger = ConsentService(cw)
        at = opened + timedelta(minutes=10)
        for purpose in (
            Purpose.MEDICAL_EXAMINATION,
            Purpose.FORENSIC_COLLECTION,
            Purpose.PHOTOGRAPHY,
            Purpose.SHARE_WITH_POLICE,
            Purpose.USE_IN_COURT,
            Purpose.STATISTICS,
        ):
            ledger.record(ref, purpose, Decision.GIVEN, decided_at=at)
        ledger.record(
            ref, Purpose.COUNSELLING_TO_COURT, Decision.GIVEN, decided_at=now - timedelta(days=3)
        )
        referrals = ReferralService(cw)
        agency = "Safe Haven Women's Shelter"
        ledger.record(ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency=agency, decided_at=at)
        sent = referrals.record(
            ref,
            ReferralDetails(
                agency,
                "Emergency shelter for her and her children",
                notes=writer.note(3),
            ),
        )
        referrals.advance(
            ref, sent.record_id, ReferralStatus.SENT, sent.version, at=opened + timedelta(hours=2)
        )
        referrals.advance(
            ref,
            sent.record_id,
            ReferralStatus.ACCEPTED,
            sent.version + 1,
            at=opened + timedelta(days=1),
            answer_contact=en.name_female(),
            agency_reference=f"SH/{en.random_number(digits=5, fix_len=True)}",
        )
        # Her consent to tell children's services about her children (the letter names them).
        ledger.record(
            ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency=CHILD_PROTECTION, decided_at=at
        )
        children_referral = referrals.record(
            ref,
            ReferralDetails(
                CHILD_PROTECTION,
                "Child protection assessment",
                notes="Her children live with the perpetrator.",
            ),
        )
        # Entered as they happened: she was seen, referred the same day, referred to
        # children's services three days later; the later assault entered the day after.
        entered_at(
            cw,
            {
                (Incident, first): opened + timedelta(minutes=5),
                (Incident, later): later_at + timedelta(days=1),
                (Referral, sent.record_id): opened + timedelta(hours=1),
                (Referral, children_referral.record_id): opened + timedelta(days=3),
            },
        )
        risk = RiskService(cw)
        instrument = risk.default_instrument()
        ids = instrument.question_ids()
        yes = set(rng.sample(range(len(ids)), min(len(ids), 16)))
        risk.assess(
            ref,
            instrument,
            {q: (Answer.YES if i in yes else Answer.NO) for i, q in enumerate(ids)},
            now=now - timedelta(days=2),
        )
        SafetyPlanService(cw).record(
            ref,
            SafetyPlanDetails(
                safe_places=writer.note(2),
                trusted_contacts=f"{writer.mixed_name()}; {ar.first_name_female()}",
                code_word=en.word(),
                emergency_bag=writer.note(1),
                children="; ".join(name for name, _ in children),
                technology=writer.note(1),
                routes=writer.long_word(),
                notes=writer.note(3),
            ),
        )
    with staff.sign_in(vault, Role.CLINICIAN) as clinician:
        health = HealthService(clinician)
        for n in range(encounters):
            seen = opened + timedelta(hours=1) + spacing * n
            sexual = n == 0
            health.record(
                ref,
                EncounterDetails(
                    seen_at=seen,
                    incident_id=later if seen > later_at else first,
                    history=writer.note(6),
                    examination=writer.note(3),
                    injuries=tuple(
                        Injury(
                            i + 1,
                            rng.choice(("Bruise", "Abrasion", "Laceration")),
                            f"{rng.randint(1, 6)} x {rng.randint(1, 4)} cm",
                            writer.note(1),
                            rng.choice(list(BodySide)),
                            *on_the_body(rng),
                        )
                        for i in range(rng.randint(0, 3))
                    ),
                    treatments=(
                        Treatment(TreatmentKind.PEP_FIRST_DOSE, seen + timedelta(minutes=30)),
                        Treatment(
                            TreatmentKind.EMERGENCY_CONTRACEPTION, seen + timedelta(minutes=30)
                        ),
                    )
                    if sexual
                    else (),
                    follow_ups=(FollowUp(seen + timedelta(days=14), "Review and HIV test"),)
                    if sexual
                    else (),
                ),
            )
        forensic = ForensicService(clinician)
        examiner = staff.accounts[Role.CLINICIAN][0]
        exam = forensic.open_exam(
            ref,
            ExamDetails(
                examiner=staff.names[Role.CLINICIAN],  # as the form names her
                started_at=opened + timedelta(hours=1, minutes=20),
                incident_id=first,
                notes=writer.note(4),
                examined_by=examiner,
                opinion=writer.note(3),
            ),
        )
        kinds = [SpecimenType.VAGINAL_SWAB, SpecimenType.ORAL_SWAB, SpecimenType.BLOOD]
        kinds += [SpecimenType.CLOTHING]
        for n, kind in enumerate(kinds[:SPECIMENS], start=1):
            taken = opened + timedelta(hours=1, minutes=25 + 5 * n)
            record = forensic.add_specimen(
                ref,
                exam.exam_id,
                SpecimenDetails(kind, taken, exam.details.examiner, f"SAMPLE-{n:03d}"),
            )
            specimen = record.specimens[-1]
            forensic.hand_over(
                ref,
                specimen.specimen_id,
                Handover(
                    exam.details.examiner,
                    "Evidence refrigerator (locked)",
                    "The centre",
                    taken + timedelta(minutes=5),
                    "Stored",
                ),
            )
            forensic.hand_over(
                ref,
                specimen.specimen_id,
                Handover(
                    "Evidence refrigerator (locked)",
                    en.name(),
                    "Police",
                    taken + timedelta(days=1),
                    "For laboratory analysis",
                ),
            )
        files = AttachmentService(clinician)
        for n in range(1, PHOTOGRAPHS + 1):
            files.add(
                ref,
                Section.HEALTH,
                photograph(rng, n, portrait=n % 2 == 0),
                "image/jpeg",
                title=f"Injury photograph {n}",
                taken_at=opened + timedelta(hours=2, minutes=n),
                incident_id=first,
            )
    with staff.sign_in(vault, Role.COUNSELLOR) as counsellor:
        sessions = CounsellingService(counsellor)
        for n in range(4):
            sessions.record(
                ref,
                SessionDetails(
                    opened + timedelta(days=3 + 7 * n),
                    list(SessionType)[n % len(SessionType)],
                    writer.note(5),
                    "",
                ),
            )
    with staff.sign_in(vault, Role.LEGAL_ADVOCATE) as advocate:
        court = "Family Court"
        LegalMatters(advocate).record(
            ref,
            MatterDetails(
                police_reference=f"CR/{opened.year}/{rng.randint(10000, 99999)}",
                court=court,
                court_case_number=f"{opened.year}/{rng.randint(1000, 9999)}",
                notes=writer.note(2),
                judge=f"District Judge {en.last_name()}",
                applicant=details.name,
                respondent=f"{ar.first_name_male()} {ar.last_name()}",
            ),
        )
        for n in range(HEARINGS):
            held = opened + timedelta(days=2) + timedelta(days=30) * n / HEARINGS
            outcome = writer.note(1) if held < now else ""  # the last few are still to come
            Hearings(advocate).record(ref, HearingDetails(held, court, writer.note(1), outcome))
        issued = (opened + timedelta(days=3)).date()
        ProtectionOrders(advocate).record(
            ref,
            OrderDetails("Non-molestation", issued, issued + timedelta(days=365), writer.note(2)),
        )
        files = AttachmentService(advocate)
        for n in range(1, STATEMENTS + 1):
            files.add(
                ref,
                Section.LEGAL,
                scanned_statement(writer, n, pages=n),
                "application/pdf",
                title=f"Witness statement {n}",
            )
    return ref


def released_periods(today: date | None = None) -> tuple[Period, Period]:
    """The periods the statistics are released for: last month, and the last quarter ended
    before it (never overlapping it: two overlapping releases hide more, to stop one being
    subtracted from the other)."""
    month = Period.last_month(today or date.today())
    return month, Period.last_quarter(month.start)


def cohort(vault: Path, staff: Staff, writer: Writer, period: Period) -> int:
    """Survivors who came in ``period`` (an ended month or quarter), each with her consent to
    statistics, one incident and, after a rape, the encounter that gave PEP (within 72 hours
    of the incident, later, or none): the figures a released period counts (``COHORT``).
    How many."""
    en, rng = writer.en, writer.rng
    days = (period.end - period.start).days
    doses: list[tuple[str, int, datetime]] = []  # her case, the incident, its PEP dose
    count = 0
    with staff.sign_in(vault, Role.CASEWORKER) as cw:
        cases, incidents, consent = CaseService(cw), IncidentService(cw), ConsentService(cw)
        for kind, (within, late, none) in COHORT.items():
            for pep in ["within"] * within + ["late"] * late + [""] * none:
                day = period.start + timedelta(days=rng.randint(1, days))
                came = datetime.combine(day, time(rng.randint(8, 17)), tzinfo=UTC)
                ref = cases.open_case(
                    SurvivorDetails(name=f"{en.first_name_female()} {en.last_name()}"),
                    opened_at=came,
                ).reference
                consent.record(ref, Purpose.STATISTICS, Decision.GIVEN)
                happened = came - timedelta(hours=rng.randint(2, 20))
                incident = incidents.record(
                    ref,
                    IncidentDetails(
                        IncidentTime.exact(happened),
                        kind,
                        IncidentContext.INTIMATE_PARTNER,
                        description=en.sentence(),
                    ),
                ).incident_id
                if pep:
                    after = timedelta(hours=30 if pep == "within" else 100)
                    doses.append((ref, incident, happened + after))
                count += 1
    with staff.sign_in(vault, Role.CLINICIAN) as clinician:
        health = HealthService(clinician)
        for ref, incident, dose in doses:
            health.record(
                ref,
                EncounterDetails(
                    seen_at=dose - timedelta(minutes=30),
                    incident_id=incident,
                    treatments=(Treatment(TreatmentKind.PEP_FIRST_DOSE, dose),),
                ),
            )
    return count


def conference(vault: Path, staff: Staff, writer: Writer, ref: str) -> int:
    """Today's case conference: the case referred by an agency, heard, its actions agreed, who
    was there and what it said of her case recorded, and the minutes closed. The meeting's
    id."""
    en = writer.en
    agencies = ["Police", "Safe Haven Women's Shelter", "Children's Services", "Legal Aid Clinic"]
    with staff.sign_in(vault, Role.MANAGER) as manager:
        meeting = ConferenceService(manager).schedule(
            datetime.now(UTC).date(), agencies, time(14, 0), "Meeting room 2, Civic Centre"
        )
    with staff.sign_in(vault, Role.CASEWORKER) as cw:
        for agency in agencies[:2]:  # not to the others: the pack says why, case by case
            ConsentService(cw).record(ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency=agency)
        conferences = ConferenceService(cw)
        conferences.refer(ref, writer.note(1))
        waiting = conferences.referral(ref)
        assert waiting is not None
        conferences.update_referral(
            ref,
            ConferenceReferralDetails("Police", datetime.now(UTC).date() - timedelta(days=1)),
            waiting.version,
        )
        conferences.hear(
            meeting.id,
            ref,
            [
                PlannedAction(
                    "Police",
                    f"PC {en.last_name()}",
                    "Flag the address for an urgent response",
                    date.today() + timedelta(days=7),
                ),
                PlannedAction(
                    "Children's Services",
                    en.name_female(),
                    writer.note(1),
                    date.today() + timedelta(days=14),
                ),
            ],
        )
        conferences.record_minutes(
            meeting.id, ATTENDANCE["minutes"], {ref: Discussion(writer.note(2))}
        )
    with staff.sign_in(vault, Role.MANAGER) as manager:  # closing them is the chair's act
        ConferenceService(manager).close(meeting.id)
    return meeting.id


# -- the documents -----------------------------------------------------------------------

Make = Callable[[VaultSession, ExportOptions], Exported]
RELEVANCE = "Her account to her counsellor is disputed by the respondent's statement."
MANAGER_REASON = (
    "Sample: every case on this agenda is high risk; the centre's information-sharing "
    "protocol with the attending agencies applies."
)
# Section A's case summary, as the advocate writes it for the court: each case's own (the
# alias-only bundle carried the rich case's examination and specimens in its summary).
SUMMARIES = {
    "rich": (
        "The applicant seeks a non-molestation order. She attended the centre the day after "
        "the first incident, was examined and treated, and specimens were handed to the "
        "police. A further assault followed three weeks later. Her children live with the "
        "respondent."
    ),
    "alias-only": (
        "The applicant, known to the centre by the name she gave, reports psychological abuse "
        "by her partner over several days. She was referred for legal advice."
    ),
}
# Who was at the meeting, for its minutes (set in ``main`` from Faker).
ATTENDANCE: dict[str, Attendance] = {}
# Who will tell her of a sharing without her consent (the samples' conference documents).
SAMPLE_TELLER = "Her caseworker, at her next appointment"


def documents(ref: str, meeting: int | None, summary: str = "") -> list[tuple[str, Role, Make]]:
    """Every document, who makes it, and how, for case ``ref`` (``meeting``: the conference
    it was heard at, if any; ``summary``: section A's case summary of its bundle)."""

    def referral_letter(session: VaultSession, o: ExportOptions) -> Exported:
        listed = ReferralService(session).list(ref)
        first = listed[0].record_id if listed else 0  # none: refused, as for any unknown one
        return ExportService(session).referral_letter(ref, first, o)

    def child_protection(session: VaultSession, o: ExportOptions) -> Exported:
        """The letter to children's services, naming her children, with its reply slip."""
        listed = ReferralService(session).list(ref)
        chosen = [r.record_id for r in listed if r.details.agency == CHILD_PROTECTION]
        o = replace(o, out=o.out / f"{ref}-referral-letter-child-protection.pdf")
        return ExportService(session).referral_letter(ref, chosen[0] if chosen else 0, o)

    def medico_legal(which: int) -> Make:
        """The report on her first (or latest) incident: one report covers one incident."""

        def make(session: VaultSession, o: ExportOptions) -> Exported:
            incidents = sorted(IncidentService(session).list(ref), key=lambda i: i.incident_id)
            chosen = incidents[which].incident_id if incidents else None
            name = "first" if which == 0 else "latest"
            o = replace(o, out=o.out / f"{ref}-medico-legal-report-{name}-incident.pdf")
            return ExportService(session).medico_legal(
                ref, o, purpose=Purpose.SHARE_WITH_POLICE, incident_id=chosen
            )

        return make

    def pack(session: VaultSession, o: ExportOptions) -> Exported:
        exports = ExportService(session)
        lacking = exports.conference_pack_without_consent(meeting) if meeting else {}
        # Whether she was told: each case's own answer, printed beside it.
        sharing = {
            r: CaseSharing(
                SharingReason.HIGH_RISK,
                f"Sample reason for {r}: {MANAGER_REASON}",
                ToldHer(Told.WILL_BE_TOLD, by=SAMPLE_TELLER),
            )
            for r in lacking
        }
        return exports.conference_pack(o, meeting, sharing)

    def minutes(session: VaultSession, o: ExportOptions) -> Exported:
        exports = ExportService(session)
        lacking = exports.conference_minutes_without_consent(meeting) if meeting else {}
        # Whether she was told: each case's own answer, printed under it, as in the pack.
        sharing = {
            r: CaseSharing(
                SharingReason.HIGH_RISK,
                f"Sample reason for {r}: {MANAGER_REASON}",
                ToldHer(Told.WILL_BE_TOLD, by=SAMPLE_TELLER),
            )
            for r in lacking
        }
        return exports.conference_minutes(o, meeting or 0, sharing)

    def released(period: Period) -> Make:
        """The statistics of an ended ``period``, released (the same figures in each
        language: a release is refused only when they changed)."""
        return lambda session, o: ExportService(session).statistics(period, o)

    def dhis2(session: VaultSession, o: ExportOptions) -> Exported:
        """Last month's release as a DHIS2 data value set, from the sample mapping: the JSON
        and the CSV beside the PDFs, each checked by ``domain.dhis2.check_value_set``."""
        done = ExportService(session).dhis2(month, MAPPING, o)
        problems = check_value_set(
            done.path.read_bytes(), done.path.with_suffix(".csv").read_bytes()
        )
        if problems:
            raise SystemExit(f"{done.path.name} is not a valid data value set: {problems}")
        return done

    bundle = [s for s in BundleSection if s is not BundleSection.COUNSELLING]
    month, quarter = released_periods()
    return [
        ("referral letter", Role.CASEWORKER, referral_letter),
        ("child-protection referral letter", Role.CASEWORKER, child_protection),
        ("medico-legal report, first incident", Role.CLINICIAN, medico_legal(0)),
        ("medico-legal report, latest incident", Role.CLINICIAN, medico_legal(-1)),
        (
            "court bundle",
            Role.LEGAL_ADVOCATE,
            lambda x, o: ExportService(x).court_bundle(ref, o, bundle, case_summary=summary),
        ),
        (
            # The notes are a bundle of their own (chosen with other parts they are refused
            # for that): asked for alone, the advocate is refused them for her role.
            "counselling notes bundle (legal advocate)",
            Role.LEGAL_ADVOCATE,
            lambda x, o: ExportService(x).court_bundle(
                ref, o, [BundleSection.COUNSELLING], counselling_relevance=RELEVANCE
            ),
        ),
        (
            "court bundle of counselling notes (counsellor)",
            Role.COUNSELLOR,
            lambda x, o: ExportService(x).court_bundle(
                ref,
                o,
                [BundleSection.COUNSELLING],
                counselling_relevance=RELEVANCE,
                # Typed by the counsellor: the legal matter is not hers to read.
                court_details=CourtDetails(
                    court="Central Family Court",
                    case_number="FD26P00123",
                    hearing="2026-12-10 10:00",
                    parties="Applicant v Respondent",
                ),
            ),
        ),
        ("safety plan", Role.CASEWORKER, lambda x, o: ExportService(x).safety_plan(ref, o)),
        ("conference pack", Role.MANAGER, pack),
        ("conference minutes", Role.MANAGER, minutes),
        ("statistics, last month", Role.MANAGER, released(month)),
        ("statistics, the quarter before", Role.MANAGER, released(quarter)),
        ("DHIS2 data value set, last month", Role.MANAGER, dhis2),
    ]


def make_documents(
    name: str,
    ref: str,
    meeting: int | None,
    vault: Path,
    staff: Staff,
    out: Path,
    languages: list[str],
) -> list[Made]:
    """Every document of case ``ref`` in each language, by the role that makes it; what
    OneStop refuses is kept with its words in ``refused.txt``."""
    made = []
    for language in languages:
        folder = out / name / language
        folder.mkdir(parents=True, exist_ok=True)
        done = Made(name, language)
        for title, role, make in documents(ref, meeting, SUMMARIES.get(name, "")):
            with staff.sign_in(vault, role) as session:
                try:
                    # The counsellor's bundle beside the advocate's, under a name of its own.
                    target = (
                        folder / "counselling-court-bundle.pdf"
                        if role is Role.COUNSELLOR
                        else folder
                    )
                    exported = make(session, ExportOptions(target, language=language))
                except OneStopError as refused:
                    done.refused.append((title, str(refused)))
                    continue
            done.documents.append((title, exported))
        (folder / "refused.txt").write_text(
            "".join(f"{title}: {why}\n" for title, why in done.refused), "utf-8"
        )
        made.append(done)
    return made


def pictures(path: Path, pages: int | None) -> list[Path]:
    """The pages of ``path`` as PNG beside it (all, or the first ``pages``)."""
    stem = path.with_suffix("")
    if gs := shutil.which("gs"):
        command = [gs, "-q", "-sDEVICE=png16m", "-r60"]
        command += [f"-dLastPage={pages}"] if pages else []
        command += ["-o", f"{stem}-%03d.png", str(path)]
    elif pdftoppm := shutil.which("pdftoppm"):
        command = [pdftoppm, "-r", "60", "-png", str(path), str(stem)]
        command += ["-l", str(pages)] if pages else []
    else:
        return []
    subprocess.run(command, check=True)
    return sorted(path.parent.glob(f"{stem.name}-*.png"))


def build(
    name: str, folder: Path, writer: Writer, encounters: int
) -> tuple[Path, Staff, str, int | None]:
    vault, staff = centre(folder / name, writer.en)
    meeting = None
    if name == "rich":
        ref = rich_case(vault, staff, writer, encounters)
        meeting = conference(vault, staff, writer, ref)
        for period in released_periods():
            cohort(vault, staff, writer, period)
    elif name == "empty":
        ref = empty_case(vault, staff, writer)
    else:
        ref = alias_only_case(vault, staff, writer)
    return vault, staff, ref, meeting


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--encounters", type=int, default=ENCOUNTERS)
    parser.add_argument("--pages", default="all", help="pages to render per PDF (or 'all')")
    parser.add_argument("--no-pictures", action="store_true")
    parser.add_argument("--cases", default=",".join(CASES), help="of: " + ", ".join(CASES))
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    args = parser.parse_args(argv)
    writer = Writer(SEED)
    en = writer.en
    ATTENDANCE["minutes"] = Attendance(
        chair=f"{en.name_female()}, One-Stop Centre",
        present=(
            f"{en.name()}, Police",
            f"{en.name()}, Children's Services",
            f"{writer.mixed_name()}, Safe Haven Women's Shelter",
        ),
        apologies=(f"{en.name()}, Legal Aid Clinic",),
    )
    out: Path = args.out
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    made: list[Made] = []
    with tempfile.TemporaryDirectory(prefix="onestop-samples-") as work:
        os.environ.setdefault("ONESTOP_HOME", str(Path(work) / "home"))
        for name in args.cases.split(","):
            vault, staff, ref, meeting = build(name, Path(work), writer, args.encounters)
            made += make_documents(name, ref, meeting, vault, staff, out, args.languages.split(","))
    pages = None if args.pages == "all" else int(args.pages)
    for done in made:
        for title, exported in done.documents:
            shown = exported.path.relative_to(out)
            pdf = exported.path.suffix == ".pdf"
            count = 0 if args.no_pictures or not pdf else len(pictures(exported.path, pages))
            print(f"{done.case}/{done.language}: {title}: {shown} ({count} page pictures)")
        for title, why in done.refused:
            print(f"{done.case}/{done.language}: {title}: REFUSED: {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
