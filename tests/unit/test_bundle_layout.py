"""The court bundle's layout as a court reads it (PD27A): an incident's block kept on one
page where it fits; each read back from the rendered PDF with pypdf."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta

import pytest
from faker import Faker
from pypdf import PdfReader

from onestop.reports.bundle import BundleSection, CourtBundle, IncidentLine, render_bundle
from onestop.reports.document import Letterhead


def squash(text: str) -> str:
    return " ".join(text.split())


def head() -> Letterhead:
    return Letterhead("Centre", "Court bundle", "OSC-2026-00001", "Staff", datetime.now(UTC))


def pages_of(pdf: bytes) -> list[str]:
    return [squash(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_an_incident_s_heading_table_and_place_share_a_page(seed: int) -> None:
    """Accounts of many lengths put incidents' headings at every height of a page: each
    heading is on the page of its table's row and its place, and an incident that fits on a
    page is not split across two."""
    fake = Faker("en_GB")
    Faker.seed(seed)
    # The first and the last longer than a page.
    lengths = [260] + [fake.random_int(1, 40) for _ in range(13)] + [260]
    incidents = [
        IncidentLine(
            when=f"2026-11-{n:02d} 10:00 UTC",
            kind=f"Kind{n}x",
            context=f"Context{n}x",
            place=f"Place{n}x {fake.street_address()}",
            reported_to_police=None,
            description=" ".join(fake.sentence() for _ in range(words)) + f" End{n}x",
        )
        for n, words in enumerate(lengths, start=1)
    ]
    bundle = CourtBundle(
        person="Test person",
        court_cases=(),
        prepared_by="Staff",
        sections=[BundleSection.INCIDENTS],
        incidents=incidents,
    )
    pdf, _ = render_bundle(head(), bundle)
    pages = pages_of(pdf)
    for n, line in enumerate(incidents, start=1):
        (at,) = [k for k, text in enumerate(pages) if f"Incident {n} When" in text]
        assert f"Kind{n}x" in pages[at] and f"Context{n}x" in pages[at], n
        assert squash(f"Place {line.place}") in pages[at], n
        if lengths[n - 1] <= 40:  # a block that fits on a page is on one page
            assert f"End{n}x" in pages[at], n
        else:  # one longer than a page starts where it is and runs on to the next
            assert f"End{n}x" not in pages[at], n
            if n > 1:  # where the one before ends, or its heading and place did not fit
                assert f"End{n - 1}x" in pages[at] or f"End{n - 1}x" in pages[at - 1], n
    # The part's heading is on the page of the first incident's heading, not alone.
    assert any("Incident summary Incident 1 When" in text for text in pages)


def body_of(text: str) -> str:
    """A page's text without its header (up to "Page N of M") and its section label."""
    text = squash(text)
    text = re.sub(r"^.*?Page \d+ of \d+ ", "", text)
    return re.sub(r" [A-F]\d+$", "", text)


@pytest.mark.both_backends
def test_parts_that_only_name_their_reports_share_a_page(vault, tmp_path) -> None:
    """Every examination is in a medico-legal report: the forensic report and the chain of
    custody are a line each, and follow the part before on its page, each heading on the
    page its index entry and bookmark give."""
    from onestop.domain.forensic import Handover, SpecimenType
    from onestop.domain.roles import Role
    from onestop.services.exports import ExportOptions, ExportService
    from onestop.services.forensic import ForensicService, SpecimenDetails

    from .test_bundle_medicolegal import SECTIONS, examined_case, sections_of
    from .test_exports import footer_label, index_of

    ref, _ = examined_case(vault, 2, draft=False)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        forensic = ForensicService(clinician)
        exam = forensic.list(ref)[0]
        at = exam.details.started_at + timedelta(hours=1)
        (specimen,) = forensic.add_specimen(
            ref, exam.exam_id, SpecimenDetails(SpecimenType.VAGINAL_SWAB, at, "Dr A", "SEAL-5512")
        ).specimens
        forensic.hand_over(
            ref,
            specimen.specimen_id,
            Handover("Dr A", "PC B", "City Police", at + timedelta(hours=1), "To the lab"),
        )
    folder = tmp_path / "bundle"
    folder.mkdir()
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        done = ExportService(advocate).court_bundle(
            ref, ExportOptions(folder), [*SECTIONS, BundleSection.CUSTODY]
        )
    reader = PdfReader(done.path)
    texts = [page.extract_text() for page in reader.pages]
    index, outline = index_of(reader), sections_of(reader)
    for part, line in (
        ("Forensic report", "The forensic examination for incident 1, started"),
        ("Chain of custody", "The chain of custody of the specimens sealed SEAL-5512"),
    ):
        page = outline[part]
        body = body_of(texts[page - 1])
        assert index[part] == footer_label(texts[page - 1]), part
        assert line in body, part  # the heading with its line
        # Not a page of its own: something of the part before is on it, above its heading.
        assert not body.startswith(part), (part, body[:80])
    # No page holds only a heading and one line of a part that could have shared a page.
    for k, text in enumerate(texts):
        body = body_of(text)
        for part in ("Forensic report", "Chain of custody"):
            assert not (body.startswith(part) and len(body) < 400), (k + 1, body[:80])


def test_an_index_run_on_to_another_page_says_so() -> None:
    """Enough statements to fill more than a page of index: each page after the first is
    headed "Index (continued)", and no page of it ends with a lettered section's line."""
    from onestop.reports.bundle import Statement

    fake = Faker("en_GB")
    Faker.seed(5)
    for count in (40, 52, 64):
        statements = [
            Statement(n, f"Statement of {fake.name()}", "ab" * 32, 0) for n in range(1, count)
        ]
        bundle = CourtBundle(
            person="Test person",
            court_cases=(),
            prepared_by="Staff",
            sections=[BundleSection.STATEMENTS, BundleSection.INCIDENTS],
            statements=statements,
            incidents=[IncidentLine("2026-11-01", "Kind", "Context", "Place", None, "Account")],
        )
        pdf, laid = render_bundle(head(), bundle)
        reader = PdfReader(io.BytesIO(pdf))
        first = laid.sections["Section C: Statements and witness evidence"]
        index_pages = [page.extract_text() for page in reader.pages[1 : first - 1]]
        assert len(index_pages) >= 2, count
        for k, text in enumerate(index_pages):
            lines = [line for line in text.splitlines() if line.strip()]
            body = squash(text)
            if k:
                assert "Index (continued)" in body, (count, k)
            else:
                assert "Index (continued)" not in body, count
            entries = [line for line in lines if line.startswith("Section ")]
            # A section's line is followed on its page by its parts' lines.
            for line in entries:
                after = body.split(squash(line), 1)[1]
                assert "Statements" in after or "Incident summary" in after, (count, k, line)
        # Every index entry and bookmark on the page where its heading is.
        for title, page in laid.sections.items():
            assert squash(title) in squash(reader.pages[page - 1].extract_text()), title
