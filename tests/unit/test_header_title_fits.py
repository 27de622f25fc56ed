"""The header of a page written right to left keeps the document's title and case reference
above its rule. In Arabic, "Counselling notes bundle OSC-2026-00001" and the draft medico-legal
report's title ran onto a third line in half the page's width, and the rule was drawn through
the case reference (issue 23's Arabic samples, every page of both)."""

from __future__ import annotations

import io
import unicodedata
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from onestop.reports.bundle import COUNSELLING_DOCUMENT
from onestop.reports.document import HEADER, MARGIN, PAGE_HEIGHT, Letterhead, render
from onestop.reports.medicolegal import DRAFT
from onestop.reports.styles import styles
from onestop.reports.text import Text

REFERENCE = "OSC-2026-00001"
# Where the header's rule is drawn (document._decorate_mirrored).
RULE_Y = PAGE_HEIGHT - MARGIN + HEADER - 6 * mm - 21


def header_strings(pdf: bytes) -> list[tuple[float, str]]:
    """(baseline height, text) of each string drawn above the body on the first page."""
    found: list[tuple[float, str]] = []

    def visit(text, cm, tm, _font, _size) -> None:
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if text.strip() and y > RULE_Y - 20:
            found.append((y, unicodedata.normalize("NFKC", text).strip()))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("document", [COUNSELLING_DOCUMENT, DRAFT])
@pytest.mark.parametrize("without_consent", ["", "A manager's written reason."])
def test_the_title_and_reference_stay_above_the_rule(document, without_consent) -> None:
    head = Letterhead(
        "Peterstad One-Stop Centre",
        document,
        REFERENCE,
        "Hayley Godfrey",
        datetime.now(UTC),
        without_consent=without_consent,
        language="ar",
    )
    pdf = render(head, [Text("نص", styles()["body"])])
    drawn = header_strings(pdf)
    reference = [y for y, text in drawn if REFERENCE in text]
    assert reference, drawn
    # Its baseline and its letters' feet above the rule, not crossed by it.
    assert min(reference) > RULE_Y + 1, (RULE_Y, drawn)
    assert all(y > RULE_Y + 1 for y, _ in drawn), (RULE_Y, drawn)
