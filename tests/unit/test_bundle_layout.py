"""The court bundle's layout as a court reads it (PD27A): an incident's block kept on one
page where it fits; each read back from the rendered PDF with pypdf."""

from __future__ import annotations

import io
from datetime import UTC, datetime

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
