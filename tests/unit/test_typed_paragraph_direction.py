"""A paragraph staff typed (an incident's account, a case summary, a reason for referral, a
history, findings, an opinion) is laid out in its own direction, its first strong letter's
(UAX #9 P2–P3, as a first-strong isolate), whatever the document's: in an Arabic document
an English note that names her in Arabic ("Seen at the clinic with فاطمة today.") was laid out
right to left and read "today. فاطمة Seen at the clinic with" from the left (issue 23). The
cells had the fix (tests/unit/test_bundle_typed_cells_direction.py); these are the paragraphs.
Conversely, an Arabic note in an English document runs right to left.

Each document is read back twice: as it is seen (pypdf, the strings of each line ordered by
where they start: ``drawn_lines``) and as it is copied out (PDFium, the preview's reader)."""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import UTC, datetime, timedelta

import pytest

from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.roles import Role
from onestop.reports.bundle import BundleSection
from onestop.reports.document import Letterhead
from onestop.reports.medicolegal import Examiner, MedicoLegalReport, render_medico_legal
from onestop.reports.parts import EncounterPart
from onestop.reports.referral import ReferralLetter, render_referral_letter
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.exports import ExportOptions, ExportService
from onestop.services.incidents import GbvType, IncidentContext, IncidentDetails, IncidentService
from tests.unit.test_bundle_typed_cells_direction import drawn_lines
from tests.unit.test_copy_out import pdfium_text

SEEN = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
NOTE = "Seen at the clinic with فاطمة today."
# Long enough to wrap over three lines and more, an Arabic word on each line.
LONG = " ".join(
    f"Part {n} of her account: she went to بيت her sister and stayed there." for n in range(1, 7)
)
# An Arabic note quoting English words: right to left in any document ("then" is drawn to
# the left of "said", which she typed first).
ARABIC = "قالت said مرحبا then ذهبت."
# An Arabic note with a date: a run of its own, not "03-12-2026".
DATED = "زارت العيادة في 2026-12-03 مع أختها."


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def copied_lines(pdf: bytes) -> list[str]:
    """Every page's lines as PDFium copies them out."""
    import pypdfium2 as pdfium

    pages = len(pdfium.PdfDocument(pdf))
    return [
        " ".join(line.split())
        for page in range(pages)
        for line in pdfium_text(pdf, page).splitlines()
    ]


def assert_laid_out_as_typed(pdf: bytes, notes: tuple[str, ...] = (NOTE,)) -> None:
    """Each note laid out left to right as typed, and copied out as typed; ``LONG`` (when
    printed) on several lines, each in the order typed."""
    seen = drawn_lines(io.BytesIO(pdf))
    copied = copied_lines(pdf)
    for note in notes:
        # Seen: the words before the Arabic one at the left of it, the words after it, the
        # full stop last.
        (line,) = [line for line in seen if "Seen at the clinic with" in line]
        assert line.startswith("Seen at the clinic with") and line.endswith("today."), seen
        assert nfc(note) in copied, copied


def latin(text: str) -> list[str]:
    return re.findall("[A-Za-z0-9]+", text)


def assert_wraps_as_typed(pdf: bytes) -> None:
    seen = drawn_lines(io.BytesIO(pdf))
    parts = [line for line in seen if "of her account" in line or "and stayed there" in line]
    assert len(parts) >= 3, seen  # it wraps
    typed = latin(LONG)
    for line in parts:
        # Every line runs left to right: its Latin words, read from the left, are a stretch
        # of the paragraph's as typed (laid out right to left, the runs on either side of the
        # Arabic word were swapped).
        words = latin(line)
        assert any(
            typed[k : k + len(words)] == words for k in range(len(typed) - len(words) + 1)
        ), line
    first = next(line for line in seen if "Part 1 of her account" in line)
    assert first.startswith("Part 1 of her account"), first
    # Copied out, the lines one after another are the paragraph as typed.
    copied = copied_lines(pdf)
    start = next(k for k, line in enumerate(copied) if line.startswith("Part 1 of"))
    joined = " ".join(copied[start : start + len(parts) + 1])
    assert joined.startswith(nfc(LONG)), copied[start : start + len(parts) + 1]


def assert_runs_right_to_left(pdf: bytes, times: int = 1) -> None:
    """``ARABIC`` printed ``times`` times, each right to left."""
    seen = drawn_lines(io.BytesIO(pdf))
    lines = [line for line in seen if "said" in line and "then" in line]
    assert len(lines) == times, seen
    for line in lines:
        assert line.index("then") < line.index("said"), seen
    copied = copied_lines(pdf)
    assert sum(nfc(ARABIC) in line for line in copied) == times, copied


def assert_date_in_order(pdf: bytes) -> None:
    """``DATED``'s date printed once, in its own order. (The line is found by the date's
    digits in either order, not by "12" and "03" alone, which the page header's time of
    export also holds between 03:00 and 03:59 in December.)"""
    (line,) = [
        line
        for line in drawn_lines(io.BytesIO(pdf))
        if any(f in line for f in ("2026-12-03", "03-12-2026", "2026-03-12", "12-03-2026"))
    ]
    assert "2026-12-03" in line, line


# The court bundle, exported through the service: an incident's account and the case summary.


def export_bundle(vault, tmp_path, language: str, description: str, summary: str) -> bytes:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Test person")).reference
        IncidentService(cw).record(
            ref,
            IncidentDetails(
                IncidentTime.exact(datetime.now(UTC) - timedelta(days=5)),
                GbvType.PHYSICAL_ASSAULT,
                IncidentContext.INTIMATE_PARTNER,
                description=description,
            ),
        )
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        ConsentService(advocate).record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
        folder = tmp_path / language
        folder.mkdir()
        done = ExportService(advocate).court_bundle(
            ref,
            ExportOptions(folder, language=language),
            [BundleSection.CHRONOLOGY, BundleSection.INCIDENTS],
            case_summary=summary,
        )
    return done.path.read_bytes()


def test_typed_paragraphs_of_an_arabic_bundle_run_in_their_own_direction(vault, tmp_path) -> None:
    pdf = export_bundle(vault, tmp_path, "ar", NOTE, f"{LONG}\n{DATED}")
    assert_laid_out_as_typed(pdf)
    assert_wraps_as_typed(pdf)
    assert_date_in_order(pdf)


def test_an_arabic_account_in_an_english_bundle_runs_right_to_left(vault, tmp_path) -> None:
    pdf = export_bundle(vault, tmp_path, "en", ARABIC, NOTE)
    assert_runs_right_to_left(pdf)
    assert_laid_out_as_typed(pdf)


# The referral letter: its reason for referral and the instructions for contacting her.


def letter(reason: str, instructions: str = "") -> ReferralLetter:
    return ReferralLetter(
        agency="Agency",
        service="Counselling",
        urgency="Routine",
        routine=True,
        reason=reason,
        name="Test person",
        alias="",
        date_of_birth=None,
        age=30,
        languages=(),
        disability="",
        children_count=None,
        safe_phone="",
        safe_message_allowed=False,
        safe_code_word="",
        safe_notes=instructions,
        consent="",
        referring_worker="Staff",
        referring_role="Caseworker",
        sent_on=SEEN,
    )


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_referral_letters_reason_runs_in_its_own_direction(language: str) -> None:
    head = Letterhead("Centre", "Referral letter", "OSC-1", "Staff", SEEN, language=language)
    # A reason of several paragraphs, each in its own direction: an Arabic one under an
    # English one ran left to right in an English letter.
    pdf = render_referral_letter(head, letter(f"{NOTE}\n{ARABIC}\n{LONG}", instructions=ARABIC))
    assert_laid_out_as_typed(pdf)
    assert_wraps_as_typed(pdf)
    assert_runs_right_to_left(pdf, times=2)


# The medico-legal report: the history as given, the findings and the examiner's opinion.


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_medico_legal_reports_typed_paragraphs_run_in_their_own_direction(
    language: str,
) -> None:
    examination = EncounterPart(SEEN, "Dr Example", f"{ARABIC}\n{NOTE}", LONG, (), (), ())
    report = MedicoLegalReport(
        person="A person, born 1990-04-02",
        incident="Physical assault, 2026-11-19.",
        purpose="for use in court",
        examination=examination,
        exams=(),
        photographs=(),
        examiner=Examiner("Dr Example", "MB ChB", "GMC 1"),
        examined_at=SEEN,
        opinion=ARABIC,
    )
    head = Letterhead("Centre", "Medico-legal report", "OSC-1", "Staff", SEEN, language=language)
    pdf = render_medico_legal(head, report)
    assert_laid_out_as_typed(pdf)
    assert_wraps_as_typed(pdf)
    # The history's Arabic paragraph, first: the English one under it runs left to right.
    assert_runs_right_to_left(pdf, times=2)
