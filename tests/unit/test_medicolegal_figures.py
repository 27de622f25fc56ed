"""A body map of the medico-legal report stays on the page of its caption: drawn at a page's
foot, the map ended one page and its caption ("Body map of …") began the next, where it read
as the caption of whatever followed. Built with the preceding content growing line by line,
so that each map falls at a page foot in some of them; each read back with pypdf."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta

from pypdf import PdfReader

from onestop.domain.health import BodySide, Injury
from onestop.reports.document import Letterhead
from onestop.reports.medicolegal import (
    Examiner,
    LaterInjury,
    MedicoLegalReport,
    render_medico_legal,
)
from onestop.reports.parts import EncounterPart

SEEN = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
OWN = "Body map of this examination"
LATER = "Body map of the injuries recorded at later visits"
# What the map draws, in the order pypdf reads it: each outline's title and her right and
# left at its foot, then the markers' numbers; its caption comes next.
MAP_THEN_CAPTION = r"Front Right Left Back Left Right[\d ]*{caption}"


def report(lines: int) -> MedicoLegalReport:
    """A report whose examination's findings run ``lines`` lines before its body map."""
    injuries = (
        Injury(1, "Bruise", "3 cm", "Forearm", BodySide.FRONT, 0.2, 0.45),
        Injury(2, "Abrasion", "2 cm", "Shoulder blade", BodySide.BACK, 0.3, 0.3),
    )
    examination = EncounterPart(
        SEEN,
        "Dr Example",
        "As given.",
        "\n".join(f"Finding line {n}." for n in range(lines)),
        injuries,
        (),
        (),
    )
    later = tuple(
        LaterInjury(
            SEEN + timedelta(days=3),
            n,
            Injury(n + 2, "Bruise", "1 cm", "Arm", BodySide.FRONT, 0.15, 0.5 + n / 20),
        )
        for n in (1, 2)
    )
    return MedicoLegalReport(
        person="A person, born 1990-04-02",
        incident="Physical assault, 2026-11-19.",
        purpose="for use in court",
        examination=examination,
        exams=(),
        photographs=(),
        examiner=Examiner("Dr Example", "MB ChB", "GMC 1"),
        examined_at=SEEN,
        opinion="Consistent with the account.",
        later_injuries=later,
    )


def pages(lines: int) -> list[str]:
    head = Letterhead("Centre", "Medico-legal report", "OSC-2026-00001", "Staff", SEEN)
    pdf = render_medico_legal(head, report(lines))
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_a_body_map_and_its_caption_share_a_page() -> None:
    # Each map at the top of a page at least once: moved whole to the next page, where it
    # would otherwise have split (the findings then reached down to the foot of the page).
    moved_whole = {OWN: 0, LATER: 0}
    for lines in range(0, 70):
        text = pages(lines)
        for caption in (OWN, LATER):
            on = [p for p in text if caption in p]
            assert len(on) == 1, (lines, caption)
            assert re.search(MAP_THEN_CAPTION.format(caption=caption), on[0]), (lines, caption)
            if re.search(r"Etc/UTC " + MAP_THEN_CAPTION.format(caption=caption), on[0]):
                moved_whole[caption] += 1
    assert all(moved_whole.values()), moved_whole
