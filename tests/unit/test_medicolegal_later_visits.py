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
    RecordLine,
    ReviewLine,
    render_medico_legal,
)
from onestop.reports.parts import EncounterPart
from onestop.reports.styles import court_print

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


def pages_with_findings(
    lines: int, reviews: int = 40, *, examined: bool = True, records: int = 0
) -> list[str]:
    """The report's pages, its examination's findings ``lines`` lines long before the later
    review visits (forty, each summarised: the table, longer than a page, has its sentence
    above it), then ``records`` lines of "Recorded and amended". ``examined``: False for an
    incident with no forensic examination (no examiner, no opinion: the closing sentence says
    why there is no declaration)."""
    examination = EncounterPart(
        SEEN, "Dr Example", "As given.", "\n".join(f"Line {n}." for n in range(lines)), (), (), ()
    )
    report = MedicoLegalReport(
        person="A person, born 1990-04-02",
        incident="Physical assault, 2026-11-19.",
        purpose="for use in court",
        examination=examination,
        exams=(),
        photographs=(),
        examiner=Examiner("Dr Example", "MB ChB", "GMC 1") if examined else None,
        examined_at=SEEN,
        opinion="Consistent with the account." if examined else "",
        reviews=tuple(
            ReviewLine(SEEN + timedelta(days=n + 1), "Dr Example", f"Visit {n}. " + LONG, ())
            for n in range(reviews)
        ),
        records=tuple(
            RecordLine(f"Record {n}", "Dr Example", SEEN + timedelta(hours=n))
            for n in range(records)
        ),
    )
    head = Letterhead("Centre", "Medico-legal report", "OSC-1", "Staff", SEEN)
    pdf = render_medico_legal(head, report)
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_the_review_visits_heading_is_never_left_at_a_page_foot() -> None:
    # The rich sample's no-examination report ended a page with "Later review visits" and
    # the sentence under it, the table on the next page. With the findings growing line by
    # line the heading falls near a page's foot in some builds: it goes with the table's
    # first visit wherever it falls, and the table starts under it when some of it fits.
    started_under = 0
    for lines in range(0, 60):
        pages = pages_with_findings(lines)
        (at,) = [n for n, page in enumerate(pages) if "Later review visits" in page]
        assert "Visit 0. Finding number 0" in pages[at], (lines, pages[at][-300:])
        started_under += "Visit 39." not in pages[at]
    assert started_under  # some builds split the table under its heading, not moved whole


def later_injuries_pdf(count: int, court: bool = False) -> PdfReader:
    """A report of ``count`` injuries at later visits, as the rich sample's: short and long
    descriptions, every kind, side and view; in a court's print when ``court``."""
    kinds = ("Bruise", "Abrasion", "Laceration")
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
                SEEN + timedelta(days=1 + n // 3, hours=n % 3),
                n,
                Injury(
                    n,
                    kinds[n % 3],
                    f"{1 + n % 6} x {1 + n % 4} cm",
                    f"Injury {n} on the forearm, an oval mark with a yellow-green edge, healing."
                    + (" Described at length: " + "word " * (8 * (n % 5)) if n % 4 == 0 else ""),
                    BodySide.FRONT if n % 2 else BodySide.BACK,
                    (0.2, 0.5, 0.8)[n % 3],
                    0.5,
                ),
            )
            for n in range(1, count + 1)
        ),
    )
    head = Letterhead("Centre", "Medico-legal report", "OSC-1", "Staff", SEEN)
    if court:
        with court_print():
            return PdfReader(io.BytesIO(render_medico_legal(head, report)))
    return PdfReader(io.BytesIO(render_medico_legal(head, report)))


def test_the_later_injuries_table_is_dense_and_keeps_every_row() -> None:
    # The rich sample's report was 35 pages, most of them its 243 later injuries: each row
    # two lines at least (the time seen broke before its zone), a long description a narrow
    # column's height. The same rows and values now take fewer pages.
    count = 120
    reader = later_injuries_pdf(count)
    text = "\n".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    at = [flat.index(f"Injury {n} on the forearm, an oval mark") for n in range(1, count + 1)]
    assert at == sorted(at)  # every row, in order
    for n in (1, 2, 3, 60, 120):
        seen = SEEN + timedelta(days=1 + n // 3, hours=n % 3)
        assert f"{n} {seen:%Y-%m-%d %H:%M} UTC" in flat
        assert f"{1 + n % 6} x {1 + n % 4} cm" in flat
    assert "Midline" in text and "Right" in text and "Left" in text
    # The time seen whole on the row's first line (zone and all), in the report's print.
    assert "\n2026-11-21 10:00 UTC\n" in text, text[:1500]
    assert len(reader.pages) <= 8, len(reader.pages)  # 10 before


def test_the_later_injuries_values_are_whole_in_court_print() -> None:
    """At the bundle's 12-point print each kind, size, view and side stays on one line."""
    reader = later_injuries_pdf(12, court=True)
    lines = "\n".join(page.extract_text() for page in reader.pages).splitlines()
    for word in ("Laceration", "Abrasion", "Midline", "Front", "Back", "Right", "Left"):
        assert any(word in line for line in lines), word
    assert not any(line.endswith(("Lacerat", "Lacera", "Midli", "cm x")) for line in lines)
    assert any("x 1 cm" in line or " x " in line for line in lines)


def test_the_view_and_side_columns_have_their_own_headings_in_french() -> None:
    """The French report headed both the view (front or back) and the side (her left or
    right) "Vue": a reader could not tell which column said which."""
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
        later_injuries=(
            LaterInjury(SEEN, 1, Injury(1, "Bruise", "1 cm", "Arm", BodySide.BACK, 0.2, 0.5)),
        ),
    )
    head = Letterhead("Centre", "Medico-legal report", "OSC-1", "Staff", SEEN, language="fr")
    pdf = render_medico_legal(head, report)
    lines = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).splitlines()
    start = lines.index("Description")
    assert lines[start + 1 : start + 3] == ["Vue", "Côté"], lines[start - 4 : start + 8]
    assert "Dos" in lines and "Gauche" in lines


def test_the_review_visits_table_is_dense_and_keeps_every_visit() -> None:
    # The rich sample's 153 review visits took 13 pages: the time seen broke before its zone,
    # and each summary (at most 160 characters) ran four lines in a narrow column beside a
    # wide column of "—". The same visits and summaries now take fewer pages.
    pages = pages_with_findings(0, reviews=80)
    flat = " ".join(pages)
    at = [flat.index(f"Visit {n}. Finding number 0") for n in range(80)]
    assert at == sorted(at)  # every visit, in order
    assert flat.count("…") >= 80  # each summary shortened, as before, and said to be
    for n in (0, 79):
        assert f"{SEEN + timedelta(days=n + 1):%Y-%m-%d %H:%M} UTC Dr Example Visit {n}." in flat
    assert len(pages) <= 6, len(pages)  # 7 before


CLOSING = "No forensic examination is recorded for this incident"


def test_the_closing_sentence_is_never_alone_on_the_last_page() -> None:
    # The Arabic sample's report of an incident with no examination ended with its closing
    # sentence alone on a page. With the findings growing line by line the sentence falls at
    # a page's foot in some builds: it goes with the records it closes, wherever it falls.
    moved = 0
    for lines in range(0, 70, 2):
        for records in (0, 3):
            pages = pages_with_findings(lines, 0, examined=False, records=records)
            last = pages[-1]
            assert CLOSING in last, (lines, records)
            # More on its page than the page's header (which ends with the zone's name).
            body = last.split("Etc/UTC", 1)[1]
            assert body[: body.index(CLOSING)].strip(), (lines, records, last[:400])
            if records:  # and the records' heading is not left behind at a page's foot
                (at,) = [n for n, page in enumerate(pages) if "Recorded and amended" in page]
                assert "Record 0" in pages[at], (lines, pages[at][-300:])
            moved += len(pages) > 1 and "Line " not in last
    assert moved  # some builds carried the records table over with it
