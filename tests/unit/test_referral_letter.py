"""The referral letter as the partner agency reads it: how to reach the centre, a short
background within what her consent covers, her children when the referral is about them, a
reason, and a reply slip whose answer the referral then records."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from faker import Faker
from pypdf import PdfReader
from sqlalchemy import select

from onestop.db.referrals import Referral
from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose, Told, ToldHer
from onestop.domain.coordination import Sector
from onestop.domain.referrals import ReferralStatus, Urgency
from onestop.domain.risk import Answer
from onestop.domain.roles import Action, Role, Section
from onestop.errors import ValidationFailed
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.directory import AgencyDetails, DirectoryService
from onestop.services.exports import ExportOptions, ExportService
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.records import find_case
from onestop.services.referrals import ReferralDetails, ReferralService
from onestop.services.risk import RiskService
from onestop.services.settings import CentreContact, SettingsService

WILL_BE_TOLD = ToldHer(Told.WILL_BE_TOLD, by="Her caseworker, at her next visit")

pytestmark = pytest.mark.both_backends

fake = Faker()
Faker.seed(23)
NOW = datetime.now(UTC).replace(microsecond=0)
CONTACT = CentreContact("12 Example Road\nExampletown", "+000 555 0100", "desk@example.org")


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def pages_of(path: Path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]


def a_case(
    vault,
    *,
    children: str = "",
    when: IncidentTime | None = None,
    who: str = "Husband",
    opened_at: datetime | None = None,
    assessed: bool = True,
) -> str:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = (
            CaseService(cw)
            .open_case(
                SurvivorDetails(name=fake.name(), children_count=2, children_notes=children),
                opened_at=opened_at,
            )
            .reference
        )
        IncidentService(cw).record(
            ref,
            IncidentDetails(
                when or IncidentTime.exact(NOW - timedelta(days=3)),
                GbvType.PHYSICAL_ASSAULT,
                IncidentContext.INTIMATE_PARTNER,
                perpetrator_relationship=who,
            ),
        )
        if assessed:
            risk = RiskService(cw)
            instrument = risk.default_instrument()
            risk.assess(ref, instrument, dict.fromkeys(instrument.question_ids(), Answer.YES))
    return ref


def refer(
    vault,
    ref: str,
    agency: str,
    reason: str,
    agency_id: int | None = None,
    service: str = "Assessment",
) -> int:
    with vault.sign_in(Role.CASEWORKER) as cw:
        made = ReferralService(cw).record(
            ref, ReferralDetails(agency, service, Urgency.ROUTINE, reason, agency_id)
        )
    return made.record_id


def test_the_agency_can_reach_the_centre_read_the_background_and_reply(vault, out) -> None:
    with vault.sign_in(Role.ADMIN) as admin:
        SettingsService(admin).update(centre_contact=CONTACT)
    ref = a_case(vault)
    agency = fake.company()
    referral_id = refer(vault, ref, agency, "She asked for an assessment.")
    with vault.sign_in(Role.CASEWORKER) as cw:
        ConsentService(cw).record(ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency=agency)
        done = ExportService(cw).referral_letter(ref, referral_id, ExportOptions(out))
        worker = cw.actor.display_name
    letter, slip = pages_of(done.path)
    for expected in ("12 Example Road", "Exampletown", "+000 555 0100", "desk@example.org"):
        assert expected in letter
    assert f"Ask for {worker}" in letter
    assert "Incident Physical assault" in letter
    assert f"Date of the incident {(NOW - timedelta(days=3)).date().isoformat()}" in letter
    assert "Risk level High" in letter and "Perpetrator known to her Yes" in letter
    assert "Her children" not in letter  # not a referral about them
    assert re.findall(r"\bChildren\b", letter) == ["Children"]  # her number of them, once
    # The reply slip, on a page of its own, names the referral the answer is about.
    assert slip.count("Reply slip") == 1 and f"Our reference {ref} / {referral_id}" in slip
    for asked in ("Accepted", "Declined", "Contact at your agency", "Your reference", "Date"):
        assert asked in slip
    assert "Incident" not in slip


def test_shared_without_consent_the_background_is_withheld_but_the_risk_stays(vault, out) -> None:
    ref = a_case(vault)
    referral_id = refer(vault, ref, fake.company(), "Danger to her life this week.")
    with vault.sign_in(Role.MANAGER) as manager:
        done = ExportService(manager).referral_letter(
            ref,
            referral_id,
            ExportOptions(
                out,
                told=WILL_BE_TOLD,
                without_consent_reason="Imminent danger, she cannot be reached.",
            ),
        )
    letter = pages_of(done.path)[0]
    assert "Risk level High" in letter
    assert "Physical assault" not in letter and "Perpetrator known" not in letter
    assert "not consented to sharing it with this agency" in letter
    # Without the centre's contact set, the letter says where it is missing.
    assert "not set in the centre's settings" in letter


def test_the_letter_carries_the_referrals_own_dates_and_the_incident_it_concerns(
    vault, out
) -> None:
    """Printed ten days after the referral was made: the letter gives the day it was made
    and sent beside the day it was printed, her consent as dated in the ledger, and the
    incident before the referral as its background, not the one that happened since."""
    with vault.sign_in(Role.ADMIN) as admin:
        SettingsService(admin).update(time_zone="UTC")
    ref = a_case(
        vault,
        when=IncidentTime.exact(NOW - timedelta(days=20)),
        opened_at=NOW - timedelta(days=19),
    )
    agency = fake.company()
    with vault.sign_in(Role.CASEWORKER) as cw:
        IncidentService(cw).record(  # since the referral: not what it is about
            ref,
            IncidentDetails(
                IncidentTime.exact(NOW - timedelta(days=3)),
                GbvType.RAPE,
                IncidentContext.INTIMATE_PARTNER,
            ),
        )
        ConsentService(cw).record(
            ref,
            Purpose.SHARE_WITH_AGENCY,
            Decision.GIVEN,
            agency=agency,
            decided_at=NOW - timedelta(days=12),
        )
    referral_id = refer(vault, ref, agency, "She asked for an assessment.")
    with (
        vault.sign_in(Role.CASEWORKER) as cw,
        cw.unit_of_work(Section.REFERRALS, Action.WRITE) as s,
    ):
        # Made ten days ago (a record's creation time is the clock's: set back as
        # tests/backdate.py does).
        (row,) = s.scalars(select(Referral).where(Referral.id == referral_id))
        row.created_at = NOW - timedelta(days=10)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ReferralService(cw).advance(
            ref, referral_id, ReferralStatus.SENT, 1, at=NOW - timedelta(days=9)
        )
        done = ExportService(cw).referral_letter(ref, referral_id, ExportOptions(out))
    letter = pages_of(done.path)[0]

    def day(days: int) -> str:
        return (NOW - timedelta(days=days)).date().isoformat()

    today = datetime.now(UTC).date().isoformat()
    assert f"Referred on {day(10)}, sent {day(9)}; this letter printed {today}" in letter
    assert f"Consent given on {day(12)}" in letter
    assert "Incident Physical assault" in letter and f"Date of the incident {day(20)}" in letter
    assert "Rape" not in letter and day(3) not in letter


def test_a_child_protection_referral_names_her_children(vault, out) -> None:
    children = f"{fake.first_name()}, 7; {fake.first_name()}, 4"
    ref = a_case(vault, children=children)
    with vault.sign_in(Role.CASEWORKER) as cw:
        listed = DirectoryService(cw).add(AgencyDetails(fake.company(), Sector.CHILD_SERVICES))
    referral_id = refer(vault, ref, listed.details.name, "The children saw it.", listed.id)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ConsentService(cw).record(
            ref,
            Purpose.SHARE_WITH_AGENCY,
            Decision.GIVEN,
            agency=listed.details.name,
            agency_id=listed.id,
        )
        done = ExportService(cw).referral_letter(ref, referral_id, ExportOptions(out))
    letter = pages_of(done.path)[0]
    assert "Her children" in letter and children in letter
    # Her number of children is said once, with their names: not again as a "Children" row.
    assert letter.count("Number of children: 2") == 1
    assert re.findall(r"\bChildren\b", letter) == []


def test_a_shelter_referral_names_her_children_when_she_agreed(vault, out) -> None:
    """A refuge must know whom it houses: her children by name and age, filtered by her
    consent as the background is (shared on a manager's authority, they are not named)."""
    children = f"{fake.first_name()}, 9; {fake.first_name()}, 3"
    ref = a_case(vault, children=children)
    with vault.sign_in(Role.CASEWORKER) as cw:
        listed = DirectoryService(cw).add(AgencyDetails(fake.company(), Sector.SHELTER_HOUSING))
    referral_id = refer(vault, ref, listed.details.name, "A room for the three.", listed.id)
    with vault.sign_in(Role.MANAGER) as manager:
        done = ExportService(manager).referral_letter(
            ref,
            referral_id,
            ExportOptions(
                out / "a.pdf",
                told=WILL_BE_TOLD,
                without_consent_reason="Imminent danger, no contact.",
            ),
        )
    assert children not in pages_of(done.path)[0]
    with vault.sign_in(Role.CASEWORKER) as cw:
        ConsentService(cw).record(
            ref,
            Purpose.SHARE_WITH_AGENCY,
            Decision.GIVEN,
            agency=listed.details.name,
            agency_id=listed.id,
        )
        done = ExportService(cw).referral_letter(ref, referral_id, ExportOptions(out / "b.pdf"))
    letter = pages_of(done.path)[0]
    assert "Her children" in letter and children in letter


def test_a_letter_without_a_reason_is_refused_and_nothing_written(vault, out) -> None:
    ref = a_case(vault)
    agency = fake.company()
    # Refused when the referral is saved (issue 23) ...
    with pytest.raises(ValidationFailed, match="reason for the referral") as refused:
        refer(vault, ref, agency, "  \n ")
    assert set(refused.value.fields) == {"notes"}
    # ... and, for a referral kept without one before that (stored unchecked, as the demo's
    # are), when its letter is printed.
    with (
        vault.sign_in(Role.CASEWORKER) as cw,
        cw.unit_of_work(Section.REFERRALS, Action.WRITE, record_ref=ref) as s,
    ):
        referral_id = (
            ReferralService(cw)
            .insert(s, find_case(s, ref), ReferralDetails(agency, "Assessment", notes=" "))
            .id
        )
    with vault.sign_in(Role.CASEWORKER) as cw:
        ConsentService(cw).record(ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency=agency)
        with pytest.raises(ValidationFailed, match="reason for the referral"):
            ExportService(cw).referral_letter(ref, referral_id, ExportOptions(out))
    assert list(out.iterdir()) == []


def test_the_reply_slips_answer_is_recorded_with_contact_and_reference(vault) -> None:
    ref = a_case(vault)
    agency = fake.company()
    referral_id = refer(vault, ref, agency, "Housing.")
    with vault.sign_in(Role.CASEWORKER) as cw:
        ConsentService(cw).record(ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency=agency)
        service = ReferralService(cw)
        service.advance(ref, referral_id, ReferralStatus.SENT, 1)
        with pytest.raises(ValidationFailed, match="come with the agency's answer"):
            service.advance(ref, referral_id, ReferralStatus.CLOSED, 2, answer_contact="X")
        answered = datetime.now(UTC)
        state = service.advance(
            ref,
            referral_id,
            ReferralStatus.ACCEPTED,
            2,
            "We will call her.",
            at=answered,
            answer_contact="Duty officer, +000 555 0199",
            agency_reference="HX-42",
        )
        assert (state.status, state.responded_at) == (ReferralStatus.ACCEPTED, answered)
        again = service.state(ref, referral_id)
        assert again.answer_contact == "Duty officer, +000 555 0199"
        assert again.agency_reference == "HX-42"
        with pytest.raises(ValidationFailed):
            service.advance(
                ref, referral_id, ReferralStatus.COMPLETED, 3, agency_reference="R" * 101
            )


def test_the_letters_consent_line_is_in_the_centres_zone_and_names_it(vault, out) -> None:
    """The consent sentence a letter quotes prints its time as every other time on the page:
    in the centre's zone, with the zone's name (not UTC)."""
    with vault.sign_in(Role.ADMIN) as admin:
        SettingsService(admin).update(time_zone="Africa/Nairobi")
    ref = a_case(vault)
    agency = fake.company()
    referral_id = refer(vault, ref, agency, "She asked for an assessment.")
    with vault.sign_in(Role.CASEWORKER) as cw:
        ConsentService(cw).record(ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency=agency)
        done = ExportService(cw).referral_letter(ref, referral_id, ExportOptions(out))
    letter = pages_of(done.path)[0]
    line = letter[letter.index("Consent given on") :][:60]
    assert "EAT" in line and "UTC" not in line, line


def test_the_incidents_date_is_the_day_in_the_centres_zone(vault, out) -> None:
    """An incident at 22:30 UTC happened after midnight in Nairobi: the letter gives the
    centre's day, as the medico-legal report and the bundle do, not UTC's."""
    with vault.sign_in(Role.ADMIN) as admin:
        SettingsService(admin).update(time_zone="Africa/Nairobi")
    late = (NOW - timedelta(days=3)).replace(hour=22, minute=30, second=0, microsecond=0)
    ref = a_case(vault, when=IncidentTime.exact(late))
    agency = fake.company()
    referral_id = refer(vault, ref, agency, "She asked for an assessment.")
    with vault.sign_in(Role.CASEWORKER) as cw:
        ConsentService(cw).record(ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency=agency)
        done = ExportService(cw).referral_letter(ref, referral_id, ExportOptions(out))
    letter = pages_of(done.path)[0]
    assert f"Date of the incident {(late + timedelta(days=1)).date().isoformat()}" in letter


def test_the_referring_worker_is_never_alone_on_a_page() -> None:
    """A letter whose referring-worker block just missed its first page ran to a page holding
    the block alone, between the letter and the reply slip: the block goes with the letter's
    closing (the consent it is shared under), whatever the length of the reason."""
    from io import BytesIO

    from onestop.reports.document import Letterhead
    from onestop.reports.referral import ReferralLetter, render_referral_letter

    head = Letterhead("Centre", "Referral letter", "OSC-2026-00001", "Staff", NOW)
    consent = "She consented to sharing with this agency on 2026-03-01."
    sentence = "She asked for a safe place to stay tonight with her two children."
    worker_pages = set()
    for n in range(1, 60, 3):
        letter = ReferralLetter(
            agency="Harbour Shelter",
            service="Shelter",
            urgency="Routine",
            routine=True,
            reason=" ".join([sentence] * n),
            name="Test Person",
            alias="",
            date_of_birth=None,
            age=30,
            languages=["English"],
            disability="",
            children_count=None,
            safe_phone="",
            safe_message_allowed=False,
            safe_code_word="",
            safe_notes="",
            consent=consent,
            referring_worker="Ann Worker",
            referring_role="Caseworker",
            sent_on=NOW,
        )
        pdf = render_referral_letter(head, letter)
        pages = [" ".join(p.extract_text().split()) for p in PdfReader(BytesIO(pdf)).pages]
        (worker,) = [k for k, page in enumerate(pages) if "Referring worker" in page]
        worker_pages.add(worker)
        assert consent in pages[worker] and "Signature:" in pages[worker], n
        assert "Reply slip" in pages[-1] and worker == len(pages) - 2, n
    assert {0, 1} <= worker_pages  # letters of one page and of two were both laid out


def _letter_of(words: int):
    from onestop.reports.referral import ReferralLetter

    text = ("She asked for a safe place to stay tonight with her two children. " * 60).split()
    return ReferralLetter(
        agency="Harbour Shelter",
        service="Shelter",
        urgency="Routine",
        routine=True,
        reason=" ".join(text[:words]),
        name="Test Person",
        alias="",
        date_of_birth=None,
        age=30,
        languages=["English"],
        disability="",
        children_count=None,
        safe_phone="",
        safe_message_allowed=False,
        safe_code_word="",
        safe_notes="",
        consent="She consented to sharing with this agency on 2026-03-01.",
        referring_worker="Ann Worker",
        referring_role="Caseworker",
        sent_on=NOW,
    )


def test_a_closing_that_just_misses_the_first_page_keeps_the_letter_to_two_pages() -> None:
    """The letter is meant as its text, then the reply slip on a page of its own. A closing
    (consent, referring worker, signature) that just missed page 1 went to page 2 on its own
    and the slip to a third: now it is set closer and stays on page 1. Only a letter whose
    text really runs past page 1 takes three pages, the closing whole on the second."""
    from io import BytesIO

    from reportlab.platypus import KeepTogether

    from onestop.reports import referral
    from onestop.reports.document import Letterhead, render

    head = Letterhead("Centre", "Referral letter", "OSC-2026-00001", "Staff", NOW)

    def pages(pdf: bytes) -> list[str]:
        return [" ".join(p.extract_text().split()) for p in PdfReader(BytesIO(pdf)).pages]

    def as_before(letter: referral.ReferralLetter) -> bytes:
        """The same letter with the closing kept together and nothing else: the layout that
        gave three pages."""
        story = [
            KeepTogether(referral._closing(letter)) if isinstance(f, referral.FirstThatFits) else f
            for f in referral.story(letter)
        ]
        return render(head, story)

    closer = []  # the letters set closer to stay on two pages
    seen = set()
    for words in range(60, 560, 12):
        letter = referral.render_referral_letter(head, _letter_of(words))
        got = pages(letter)
        (worker,) = [k for k, page in enumerate(got) if "Referring worker" in page]
        assert "Signature:" in got[worker] and "Consent" in got[worker], words
        assert "Reply slip" in got[-1] and worker == len(got) - 2, words
        assert "Reply slip" not in "".join(got[:-1]), words
        if len(got) == 2 and "Telephone:" in got[0]:
            closer.append(words)
            assert len(pages(as_before(_letter_of(words)))) == 3, words
        if len(got) == 3:  # the reason alone fills page 1 past the closer closing
            assert "Referring worker" not in got[0] and "Consent" not in got[0], words
        seen.add(len(got))
    assert closer and seen == {2, 3}, (closer, seen)


def test_an_unrecorded_perpetrator_is_not_no_and_a_range_stays_a_range(vault, out) -> None:
    """Nothing recorded about the perpetrator is "Not recorded", never "No" (read as a
    stranger); an incident recorded as a range of days is printed as that range."""
    start, end = NOW - timedelta(days=9), NOW - timedelta(days=6)
    ref = a_case(vault, when=IncidentTime.between(start, end), who="")
    agency = fake.company()
    referral_id = refer(vault, ref, agency, "She asked for an assessment.")
    with vault.sign_in(Role.CASEWORKER) as cw:
        ConsentService(cw).record(ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency=agency)
        done = ExportService(cw).referral_letter(ref, referral_id, ExportOptions(out))
    letter = pages_of(done.path)[0]
    assert "Perpetrator known to her Not recorded" in letter
    dated = letter.split("Date of the incident", 1)[1]
    assert dated.lstrip().startswith("between " + start.strftime("%Y-%m-%d"))
    assert end.strftime("%Y-%m-%d") in dated.split("Risk level", 1)[0]


def test_a_refuge_typed_by_hand_is_told_her_children_and_no_risk_level_is_said(vault, out) -> None:
    """A shelter typed by hand (not a directory agency) gets her children's names and ages as
    a directory shelter does, only under her consent; with no risk assessment the background
    says "Not assessed", so the agency can tell it from a line left out."""
    children = f"{fake.first_name()}, 8; {fake.first_name()}, 2"
    ref = a_case(vault, children=children, assessed=False)
    agency = fake.company()
    referral_id = refer(
        vault, ref, agency, "She must leave tonight.", service="Emergency shelter for her"
    )
    with vault.sign_in(Role.MANAGER) as manager:
        done = ExportService(manager).referral_letter(
            ref,
            referral_id,
            ExportOptions(
                out / "a.pdf",
                told=WILL_BE_TOLD,
                without_consent_reason="Imminent danger, no contact.",
            ),
        )
    letter = pages_of(done.path)[0]
    assert children not in letter
    assert "Risk level Not assessed" in letter
    with vault.sign_in(Role.CASEWORKER) as cw:
        ConsentService(cw).record(ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency=agency)
        done = ExportService(cw).referral_letter(ref, referral_id, ExportOptions(out / "b.pdf"))
    letter = pages_of(done.path)[0]
    assert "Her children" in letter and children in letter
    # Her number of children is said once, with their names: not again as a "Children" row.
    assert letter.count("Number of children: 2") == 1
    assert re.findall(r"\bChildren\b", letter) == []
    assert "Risk level Not assessed" in letter
