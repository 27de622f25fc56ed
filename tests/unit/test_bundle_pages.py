"""The court bundle's index and bookmarks point at the page where each heading is printed,
and no scanned statement page is laid over a heading: with two, three and five statements
and photographs of both orientations (each read back from the written PDF with pypdf)."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image
from pypdf import PdfReader

from onestop.domain.consent import Decision, Purpose
from onestop.domain.roles import Role, Section
from onestop.reports.bundle import BundleSection
from onestop.services.attachments import AttachmentService
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.exports import ExportOptions, ExportService

from .test_exports import _flatten, footer_label, index_of, scanned_statement

pytestmark = pytest.mark.both_backends


def squash(text: str) -> str:
    return " ".join(text.split())


SCAN = re.compile(r"WITNESS STATEMENT PAGE (\d+) OF (\d+)")


def picture(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "teal").save(out, format="JPEG")
    return out.getvalue()


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("statements", [2, 3, 5])
def test_every_index_entry_and_bookmark_is_where_its_heading_is(vault, out, statements) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Test person")).reference
    with vault.sign_in(Role.CLINICIAN) as clinician:
        ConsentService(clinician).record(ref, Purpose.PHOTOGRAPHY, Decision.GIVEN)
        files = AttachmentService(clinician)
        for n in range(7):  # landscape, portrait, … — pictures of both shapes
            size = (640, 480) if n % 2 == 0 else (480, 640)
            files.add(ref, Section.FORENSIC, picture(*size), "image/jpeg", title=f"View {n + 1}")
    pages = {n: 1 + (n % 3) for n in range(1, statements + 1)}  # 2, 3, 1, 2, 3 pages
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        files = AttachmentService(advocate)
        for n, count in pages.items():
            files.add(
                ref, Section.LEGAL, scanned_statement(count), "application/pdf", title=f"S{n}"
            )
        ConsentService(advocate).record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
        done = ExportService(advocate).court_bundle(
            ref,
            ExportOptions(out),
            [BundleSection.STATEMENTS, BundleSection.PHOTOGRAPHS, BundleSection.HEARINGS],
        )
    reader = PdfReader(done.path)
    text = [page.extract_text() for page in reader.pages]
    index = index_of(reader)
    outline = {
        item.title: reader.get_destination_page_number(item) + 1
        for item in _flatten(reader.outline)
    }
    assert set(index) == set(outline)
    # Sections C and E, their two parts, each statement and each exhibit; no hearing is
    # recorded: no part, and no section B.
    assert len(index) == 4 + statements + 7 and "Hearings" not in index
    assert not any(title.startswith("Section B") for title in index)
    labels = reader.page_labels
    for title, label in index.items():
        page = outline[title]
        # The index's number is the section page of the bookmark's page, in its footer.
        assert labels[page - 1] == label and footer_label(text[page - 1]) == label, title
        # The heading (or the exhibit's caption) is printed on that page, whole.
        assert title in text[page - 1], (title, page)
    for n, count in pages.items():
        heading = outline[f"Statement {n}. S{n}"]
        # The heading's page holds no scanned page: nothing was laid over it.
        assert not SCAN.search(text[heading - 1]), n
        for i in range(1, count + 1):
            laid = text[heading - 1 + i]
            assert SCAN.findall(laid) == [(str(i), str(count))], (n, i)
            assert "Statement " not in laid, (n, i)
    for n in range(1, 8):
        page = outline[f"Exhibit P{n}. View {n}"]
        assert f"Exhibit P{n}. View {n}" in text[page - 1]
        assert not (page > 1 and f"Exhibit P{n}." in text[page - 2]), n


def test_counselling_notes_need_their_own_consent_and_a_note_of_relevance(vault, out) -> None:
    """Her consent to use her records in court does not cover her counselling notes: they go
    only with her consent to disclose them to a court and a written note of why they are
    relevant, printed at the head of their section. They are a bundle of their own: its cover
    names the court's case, its pages are CN1 … (never a page number of the court bundle),
    and a group session's note says at its head that others were present."""
    from datetime import UTC, datetime, timedelta

    from onestop.domain.counselling import SessionType
    from onestop.errors import ConsentRequired, ValidationFailed
    from onestop.services.counselling import CounsellingService, SessionDetails
    from onestop.services.exports import CourtDetails

    court = CourtDetails(
        court="Central Family Court",
        case_number="FD26P00123",
        hearing="2026-12-10 10:00",
        judge="HHJ Roe",
        parties="A v B",
    )

    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Test person")).reference
    relevance = "She relies on the sessions of March to show the pattern of control."
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        CounsellingService(counsellor).record(
            ref,
            SessionDetails(
                datetime.now(UTC) - timedelta(days=2),
                SessionType.INDIVIDUAL,
                notes="Synthetic session notes.",
            ),
        )
        ledger, exports = ConsentService(counsellor), ExportService(counsellor)
        ledger.record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
        with pytest.raises(ConsentRequired, match="does not cover them"):
            exports.court_bundle(
                ref,
                ExportOptions(out),
                [BundleSection.COUNSELLING],
                counselling_relevance=relevance,
            )
        consented = datetime.now(UTC) - timedelta(days=1)
        ledger.record(ref, Purpose.COUNSELLING_TO_COURT, Decision.GIVEN, decided_at=consented)
        # A group session she attended before it: others were present.
        CounsellingService(counsellor).record(
            ref,
            SessionDetails(
                consented - timedelta(hours=3),
                SessionType.GROUP,
                notes="Synthetic group notes.",
            ),
        )
        # A session after her consent: the consent does not cover it.
        CounsellingService(counsellor).record(
            ref,
            SessionDetails(
                datetime.now(UTC) - timedelta(hours=2),
                SessionType.INDIVIDUAL,
                notes="Later notes she did not agree to disclose.",
            ),
        )
        with pytest.raises(ValidationFailed, match="why the counselling notes are relevant"):
            exports.court_bundle(ref, ExportOptions(out), [BundleSection.COUNSELLING])
        # The cover must name the court: the counsellor types it (the legal matter is not
        # hers to read), the court and the case number at least.
        with pytest.raises(ValidationFailed, match="the court and the case number"):
            exports.court_bundle(
                ref,
                ExportOptions(out),
                [BundleSection.COUNSELLING],
                counselling_relevance=relevance,
                court_details=CourtDetails(court="Central Family Court"),
            )
        # Never a section of the court bundle: a bundle of its own.
        with pytest.raises(ValidationFailed, match="a bundle of their own"):
            exports.court_bundle(
                ref,
                ExportOptions(out),
                [BundleSection.INCIDENTS, BundleSection.COUNSELLING],
                counselling_relevance=relevance,
                court_details=court,
            )
        assert list(out.iterdir()) == []
        done = exports.court_bundle(
            ref,
            ExportOptions(out),
            [BundleSection.COUNSELLING],
            counselling_relevance=relevance,
            court_details=court,
        )
    assert done.path.name.endswith("-counselling-notes-bundle.pdf")
    reader = PdfReader(done.path)
    pages = [" ".join(p.extract_text().split()) for p in reader.pages]
    text = " ".join(pages)
    # Its cover: a bundle of its own, for the court's case, as typed.
    cover = pages[0]
    assert "Counselling notes bundle" in cover and "Court bundle" not in cover
    assert "A separate bundle, not part of the court bundle" in cover
    for value in ("Central Family Court", "FD26P00123", "2026-12-10 10:00", "A v B", "HHJ Roe"):
        assert value in cover, value
    # Its pages are CN1 …: no page shares a number with a page of the court bundle.
    labels = reader.page_labels
    assert labels[2:] == [f"CN{n}" for n in range(1, len(pages) - 1)], labels
    assert all(footer_label_cn(p.extract_text()) for p in reader.pages[2:])
    assert not any(re.search(r"^[A-F]\d+$", p.extract_text(), re.MULTILINE) for p in reader.pages)
    assert index_of(reader) == {
        "Section CN: Counselling notes disclosed with her consent": "CN1",
        "Counselling notes": "CN1",
    }
    # The group session's note says at its head that others were present.
    flag = text.index("Group session: others were present.")
    assert text.rindex("— Group", 0, flag) < flag < text.index("Synthetic group notes.")
    assert text.count("others were present") == 1  # not the individual sessions
    section = text.split("Counselling notes disclosed with her consent", 2)[-1]
    assert section.index("Why these notes are relevant") < section.index(relevance[:30])
    assert section.index(relevance[:30]) < section.index("Synthetic session notes.")
    # What is disclosed is named: how many sessions, of which dates, under which consent.
    disclosed = section.split("What is disclosed", 1)[1]
    held = (datetime.now(UTC) - timedelta(days=2)).strftime("%Y-%m-%d")
    assert "The notes of 2 counselling sessions held up to her consent, given" in disclosed
    assert consented.strftime("%Y-%m-%d") in disclosed and held in disclosed
    assert "1 later session is not disclosed: her consent does not cover it." in disclosed
    assert "Later notes she did not agree to disclose." not in text


def footer_label_cn(text: str) -> bool:
    return re.search(r"^CN\d+$", text, re.MULTILINE) is not None


def test_encounters_are_a_summary_table_unless_chosen_in_full() -> None:
    """Two hundred visits in full make hundreds of pages: by default one line each."""
    from datetime import UTC, datetime, timedelta

    from onestop.domain.health import BodySide, Injury
    from onestop.reports.parts import EncounterPart

    from .test_exports import bundle_of

    seen = datetime(2026, 3, 1, 9, tzinfo=UTC)
    encounters = [
        EncounterPart(
            seen_at=seen + timedelta(days=n),
            recorded_by="Nurse",
            history="She described the assault in her own words.",
            examination=f"Finding {n}.",
            injuries=[Injury(1, "Bruise", "2 cm", "Forearm", BodySide.FRONT, 0.3, 0.4)],
            treatments=[],
            follow_ups=[],
        )
        for n in range(30)
    ]
    full, _ = bundle_of([BundleSection.MEDICAL], encounters=encounters)
    short, _ = bundle_of([BundleSection.MEDICAL], encounters=encounters, encounters_in_full=False)
    full_pages, short_pages = PdfReader(io.BytesIO(full)).pages, PdfReader(io.BytesIO(short)).pages
    text = " ".join(p.extract_text() for p in short_pages)
    assert "30 medical encounters, summarised" in text and "History as given" not in text
    assert all(f"Finding {n}." in text for n in range(30))
    assert len(short_pages) < len(full_pages) / 3
    # One encounter is one, not "1 medical encounters".
    one, _ = bundle_of([BundleSection.MEDICAL], encounters=encounters[:1], encounters_in_full=False)
    text = " ".join(squash(p.extract_text()) for p in PdfReader(io.BytesIO(one)).pages)
    assert "1 medical encounter, summarised; its full record is available on request." in text


def test_the_cover_s_date_is_the_day_in_the_centre_s_zone(vault, out) -> None:
    """Every time of the bundle is printed in the centre's zone, the cover's "on <date>" too:
    a zone chosen so that its day is not UTC's at the moment of export."""
    from datetime import UTC, datetime

    from onestop.services.settings import SettingsService

    zone = "Pacific/Kiritimati" if datetime.now(UTC).hour >= 11 else "Pacific/Pago_Pago"
    with vault.sign_in(Role.ADMIN) as admin:
        SettingsService(admin).update(time_zone=zone)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Test person")).reference
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        ConsentService(advocate).record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
        done = ExportService(advocate).court_bundle(
            ref, ExportOptions(out), [BundleSection.CHRONOLOGY], case_summary="A summary."
        )
    cover = PdfReader(done.path).pages[0].extract_text()
    pattern = rf"Generated by .* on (\d{{4}}-\d\d-\d\d) \d\d:\d\d \S+ · {zone}"
    (generated,) = re.findall(pattern, cover)
    (on,) = re.findall(r"^on (\d{4}-\d\d-\d\d)$", cover, re.MULTILINE)
    assert on == generated and zone in cover
    assert on != f"{datetime.now(UTC):%Y-%m-%d}"  # the zone's day, not UTC's
