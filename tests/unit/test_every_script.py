"""Names in any script, as a prosecutor reads and searches the PDF: a right-to-left name set
into an English sentence stays in a run of its own (the sentence stays English), and Arabic
copies out of the text layer as the letters typed, not their shaped presentation forms."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from onestop.reports.document import Letterhead, render
from onestop.reports.styles import styles
from onestop.reports.text import Text, isolate, lines_in_visual_order, plain

PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
HEAD = Letterhead("Centre", "Referral letter", "OSC-2026-00001", "Staff", datetime.now(UTC))
# Two Arabic given names, a lam-alef ligature among them ("علا"), and a Hebrew one.
ARABIC, WITH_LAM_ALEF, HEBREW = "فاطمة الزهراء", "علا سلامة", "רבקה"


def text_layer(*paragraphs: str) -> str:
    pdf = render(HEAD, [Text(p, styles()["body"]) for p in paragraphs])
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def visual(text: str) -> tuple[list[str], bool]:
    lines, rtl = lines_in_visual_order(text, 10_000, 10)
    return [piece for _, piece, _ in lines[0] if not piece.isspace()], rtl


@pytest.mark.parametrize("name", [ARABIC, WITH_LAM_ALEF, HEBREW])
def test_a_name_that_opens_an_english_sentence_does_not_turn_it_around(name: str) -> None:
    sentence = "{name} (known as {alias}), born 1990-01-02".format(
        name=isolate(name), alias=isolate("Fatima")
    )
    pieces, rtl = visual(sentence)
    assert not rtl  # laid out left to right, left-aligned, as the English sentence it is
    words = name.split()
    # The name (its words right to left), then the sentence in its own order.
    assert pieces[: len(words)] == list(reversed(words))
    assert pieces[len(words) :] == ["(known", "as", "Fatima", "),", "born", "1990-01-02"]
    # Without the isolate, the same sentence is taken for a right-to-left one: the bug.
    _, unmarked = visual(plain(sentence))
    assert unmarked


def test_an_english_name_inside_an_arabic_sentence_keeps_its_brackets() -> None:
    pieces, rtl = visual("ملاحظة: {name} وصلت".format(name=isolate("Jane Doe (JD)")))
    assert rtl and pieces == ["وصلت", "Jane", "Doe", "(JD)", "ملاحظة:"]


def test_isolate_marks_never_print_and_typed_ones_cannot_pass_for_them() -> None:
    typed = "A\ufdd0B\ufdd1C"
    assert isolate(typed) == "\ufdd0ABC\ufdd1"
    layer = text_layer(f"Seen by {isolate('Ann Lee')} today", isolate(ARABIC))
    assert "Seen by Ann Lee today" in layer and "\ufdd0" not in layer and "\ufdd1" not in layer


@pytest.mark.parametrize("name", [ARABIC, WITH_LAM_ALEF, "محمد بن سلمان آل سعود"])
def test_arabic_copies_out_of_the_pdf_as_the_letters_typed(name: str) -> None:
    layer = text_layer(name, f"Referred by {isolate(name)} on 2026-12-02.")
    assert not PRESENTATION_FORMS.search(layer)
    assert layer.count(name) == 2, layer
