"""The later visits of a rich case in a medico-legal report: a body map of hundreds of
numbered markers with crossing leader lines could not be read, and every review visit's full
findings made a 40-page report (issue 23: later review visits summarised in a table, not
repeated). Beyond LATER_MAP_MOST injuries the map is left out and the report says so and
where each injury is; a visit's long findings are shortened in the table, and the report says
so and where the full findings are. Nothing is left out unsaid. Read back with pypdf."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

from pypdf import PdfReader

from onestop.domain.health import BodySide, Injury
from onestop.reports.document import Letterhead
from onestop.reports.medicolegal import (
    LATER_MAP_MOST,
    Examiner,
    LaterInjury,
    MedicoLegalReport,
    ReviewLine,
    render_medico_legal,
)

SEEN = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
MAP_CAPTION = "Body map of the injuries recorded at later visits"
LONG = " ".join(f"Finding number {n} noted at the visit." for n in range(40))


def text_of(later: int, reviews: int) -> str:
    report = MedicoLegalReport(
        person="A person, born 1990-04-02",
        incident="Physical assault, 2026-11-19.",
        purpose="for use in court",
        examination=None,
        exams=(),
        photographs=(),
        examiner=Examiner("Dr Example", "MB ChB", "GMC 1"),
        examined_at=SEEN,
        opinion="Consistent with the account.",
        later_injuries=tuple(
            LaterInjury(
                SEEN + timedelta(days=1 + n % 10),
                n,
                Injury(n, "Bruise", "1 cm", f"Injury {n} marked", BodySide.FRONT, 0.2, 0.5),
            )
            for n in range(1, later + 1)
        ),
        reviews=tuple(
            ReviewLine(SEEN + timedelta(days=n + 1), "Dr Example", f"Visit {n}. " + LONG, ())
            for n in range(reviews)
        ),
    )
    head = Letterhead("Centre", "Medico-legal report", "OSC-1", "Staff", SEEN)
    pdf = render_medico_legal(head, report)
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def test_too_many_later_injuries_for_a_map_are_listed_and_said() -> None:
    text = text_of(LATER_MAP_MOST, 0)
    assert MAP_CAPTION in text  # as many as a map shows: drawn
    many = LATER_MAP_MOST + 1
    text = text_of(many, 0)
    assert MAP_CAPTION not in text
    assert f"No body map is drawn of the {many} injuries recorded at later visits" in text, text
    assert "Each is in the table above, with its view and side." in text
    # Every injury is still in the table.
    assert all(f"Injury {n} marked" in text for n in range(1, many + 1))


def test_long_findings_of_review_visits_are_shortened_and_said_to_be() -> None:
    text = text_of(0, 12)
    assert text.count("Finding number 39") == 0  # the full findings are not repeated
    assert all(f"Visit {n}. Finding number 0" in text for n in range(12))
    assert "…" in text
    assert (
        "12 later review visits for this incident, in a summary: the findings of 12 of them "
        "are shortened here (marked …). The full findings of each visit are in its "
        "encounter record" in text
    )
    short = text_of(0, 0).count("shortened")
    assert short == 0
