"""An Arabic court bundle's chronology sets what staff typed (a hearing's court and purpose)
into an Arabic sentence ("جلسة، {court}: {purpose}") each value in a direction run of its own:
an English note keeps its full stop at its end and a typed list its dashes before its items.
Before, the note's full stop was drawn at the far left of the line (".rerum" before "Fuga") and
"- first" came out "first -" (issue 23's Arabic samples, pages A1–A4)."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader

from onestop.domain.consent import Decision, Purpose
from onestop.domain.roles import Role
from onestop.reports.bundle import BundleSection
from onestop.reports.text import ISOLATE_CLOSE, ISOLATE_OPEN, isolate
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.exports import ExportOptions, ExportService
from onestop.services.legal import HearingDetails, Hearings

pytestmark = pytest.mark.both_backends

PURPOSE = "Fuga rerum.\n- first\n- second"


def drawn_lines(path, page: int) -> list[str]:
    """Each line of ``page`` as it is seen, from its left: the strings drawn at one height,
    ordered by where each starts
    (a line's strings, drawn one after another from its left, all start at one place: they
    keep the order they are drawn in)."""
    lines: dict[float, list[tuple[float, str]]] = {}

    def visit(text, cm, tm, _font, _size) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = round(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])
            piece = unicodedata.normalize("NFKC", text).replace("\n", "")
            lines.setdefault(y, []).append((x, piece))

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return [
        "".join(piece for _, piece in sorted(line, key=lambda drawn: drawn[0]))
        for line in lines.values()
    ]


def test_a_typed_note_keeps_its_order_in_an_arabic_chronology(vault, tmp_path) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Test person")).reference
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        ConsentService(advocate).record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
        held = datetime.now(UTC) - timedelta(days=3)
        Hearings(advocate).record(ref, HearingDetails(held, "County Court", PURPOSE))
        exports = ExportService(advocate)
        sections = [BundleSection.CHRONOLOGY]
        (tmp_path / "ar").mkdir()
        (tmp_path / "en").mkdir()
        arabic = exports.court_bundle(ref, ExportOptions(tmp_path / "ar", language="ar"), sections)
        english = exports.court_bundle(ref, ExportOptions(tmp_path / "en"), sections)
    lines = drawn_lines(arabic.path, 2)
    note = next(line for line in lines if "rerum" in line)
    # Read from the right as the sentence is: "جلسة،", the court, then the note, each value
    # drawn as typed (its full stop at its end, not at the far left of the line).
    assert "Fuga rerum. :County Court جلسة،" in note, lines
    assert not note.lstrip().startswith("."), lines
    # Each dash of the typed list left of its item, as typed (before: "first -").
    squashed = [line.replace(" ", "") for line in lines]
    assert any("-first" in line for line in squashed), lines
    assert any("-second" in line for line in squashed), lines
    # In English, nothing moves and no mark of the isolates is printed.
    text = PdfReader(english.path).pages[2].extract_text()
    assert "Hearing, County Court: Fuga rerum.\n- first\n- second" in text, text
    assert ISOLATE_OPEN not in text and ISOLATE_CLOSE not in text


def test_each_line_of_a_value_is_a_run_of_its_own() -> None:
    assert isolate("a\nb") == f"{ISOLATE_OPEN}a{ISOLATE_CLOSE}\n{ISOLATE_OPEN}b{ISOLATE_CLOSE}"
    assert isolate(f"x{ISOLATE_CLOSE}y") == f"{ISOLATE_OPEN}xy{ISOLATE_CLOSE}"
