"""An Arabic name set into an English sentence, with brackets, commas and digits around it: the
page draws it in a direction run of its own (the brackets around it, the sentence in its own
order) and the text layer gives the sentence back in reading order, as a prosecutor copies it.

PDFium (OneStop's preview, Chrome) reads the line spans; pypdf, which ignores them, still
finds the words where they are drawn. Before, "(فاطمة الزهراء) known" copied out as
"(فاطمة الزهراء( known" and "Referred فاطمة الزهراء, 12" as "12 ,الزهراء فاطمة Referred".
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from onestop.reports.document import Letterhead, render
from onestop.reports.styles import styles
from onestop.reports.text import Text, isolate, plain

HEAD = Letterhead("Centre", "Referral letter", "OSC-2026-00001", "Staff", datetime.now(UTC))
NAME, OTHER = "فاطمة الزهراء", "علا"
FILLER = "word " * 17  # enough to carry what follows onto a second line

HOSTILE = [
    # name then bracket
    f"She was born 1990-01-02 ({isolate(NAME)}) known as Fatima.",
    f"Known as {isolate(NAME)}) then",
    # name at the start of the paragraph, and at the start of a wrapped line
    f"{isolate(NAME)} (known as {isolate('Fatima')}), born 1990-01-02",
    f"{FILLER}{isolate(NAME)} (known as {isolate('Fatima')}), born 1990-01-02",
    # name then comma and digits
    f"Referred {isolate(NAME)}, 12",
    f"{isolate(NAME)}, 12 times since 2024.",
    # two names, brackets of both kinds
    f"born ({isolate(NAME)}), 1990 [{isolate(OTHER)}] x",
    f"{isolate(NAME)} ({isolate(OTHER)}), 12",
]


def pdfium_lines(pdf: bytes) -> list[str]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        text = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    return [unicodedata.normalize("NFC", " ".join(line.split())) for line in text.splitlines()]


def drawn(pdf: bytes) -> list[str]:
    """The strings pypdf meets on the first page, in the order they are drawn (a line of a
    left-to-right paragraph is drawn from its left)."""
    found: list[str] = []

    def visit(text, _cm, _tm, _font, _size) -> None:
        if text.strip():
            found.append(unicodedata.normalize("NFC", text))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("sentence", HOSTILE)
def test_the_sentence_copies_out_in_reading_order(sentence: str) -> None:
    pdf = render(HEAD, [Text(sentence, styles()["body"])])
    lines = pdfium_lines(pdf)
    whole = " ".join(plain(sentence).split())
    if sentence.startswith(FILLER):
        # Two lines: the second starts with her name, and is read from its start.
        joined = " ".join(line for line in lines if line.startswith(("word", NAME)))
        assert joined == whole, lines
        assert any(line.startswith(NAME + " (known as") for line in lines), lines
    else:
        assert whole in lines, lines


@pytest.mark.parametrize("sentence", HOSTILE[:3])
def test_pypdf_finds_the_name_whole_between_its_brackets(sentence: str) -> None:
    """The name is drawn as one string of its own and the text layer keeps its letters in
    the order typed; pypdf's text has the words in the sentence's order."""
    pdf = render(HEAD, [Text(sentence, styles()["body"])])
    text = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert NAME in unicodedata.normalize("NFC", text)
    latin = re.compile("[A-Za-z]+")
    words, found = latin.findall(plain(sentence)), latin.findall(text)
    # The sentence's words, together and in order, among the letterhead's and the footer's.
    assert any(found[k : k + len(words)] == words for k in range(len(found))), text


def test_the_brackets_are_drawn_on_either_side_of_the_name() -> None:
    """The layout itself: the sentence up to "(" drawn first, then her name as a string of
    its own, then ")" and the rest of the sentence."""
    pdf = render(HEAD, [Text(HOSTILE[0], styles()["body"])])
    strings = drawn(pdf)
    at = strings.index(NAME)
    assert strings[at - 1].endswith("1990-01-02 (") and strings[at - 1].startswith("She was")
    assert strings[at + 1].strip() == ")" and strings[at + 2].startswith("known as Fatima.")


@pytest.mark.parametrize("reference", ["CR/2026/50865", "OSC-2026-00112", "2026/9605"])
def test_a_reference_in_an_arabic_sentence_keeps_its_order(reference: str) -> None:
    """The bundle's cover in Arabic printed the police reference CR/2026/50865 as
    "2026/50865/CR": in a right-to-left sentence the letters and the numbers of a reference
    were two runs, laid out right to left. A reference is one run, in its own order."""
    from onestop.reports.language import writing_in
    from onestop.reports.text import lines_in_visual_order

    with writing_in("ar"):
        (line, *_), rtl = lines_in_visual_order(
            f"المحكمة، مرجع الشرطة {reference}", 10_000, 10, rtl=True
        )
    assert rtl
    drawn = "".join(piece for _, piece, _ in line if not piece.isspace())
    assert reference in drawn, drawn


def test_the_centres_telephone_keeps_its_order_in_an_arabic_closing() -> None:
    """The referral letter's closing set on one line (a closing that just misses its page) in
    Arabic: the centre's telephone and e-mail are laid out as written, left to right, not
    "452836333 254+", whatever the address before them (the pieces of each line in the
    order they are drawn, left to right: what the page shows)."""
    from onestop.reports.language import writing_in
    from onestop.reports.referral import ReferralLetter, _contact_rows
    from onestop.reports.text import lines_in_visual_order

    phone, email = "+254 452836333", "centre@example.org"
    letter = ReferralLetter(
        agency="Agency", service="Shelter", urgency="Routine", routine=True, reason="x",
        name="", alias="A", date_of_birth=None, age=None, languages=(), disability="",
        children_count=None, safe_phone="+254 700111222", safe_message_allowed=False,
        safe_code_word="", safe_notes="", consent="", referring_worker="Staff",
        referring_role="Caseworker", sent_on=datetime.now(UTC),
        centre_address="1 Road", centre_phone=phone, centre_email=email,
    )  # fmt: skip
    with writing_in("ar"):
        for words in range(0, 12):
            address = "1 Road" + " عنوان" * words
            rows = _contact_rows(replace(letter, centre_address=address))
            line = "; ".join(f"{label}: {value}" for label, value in rows)
            for width in (2000,):  # one line, as the compact closing is set
                lines, rtl = lines_in_visual_order(line, width, 9, rtl=True)
                assert rtl
                shown = [" ".join("".join(p[1] for p in one).split()) for one in lines]
                assert any(phone in s for s in shown), (words, width, shown)
                assert any(email in s for s in shown), (words, width, shown)


def test_the_examiners_qualifications_keep_their_brackets_in_an_arabic_declaration() -> None:
    """The statement of truth she signs, in Arabic: her name with her qualifications in
    brackets is one left-to-right run, its closing bracket at its end (not "(Dr X (MB ChB")."""
    from onestop.reports.language import writing_in
    from onestop.reports.medicolegal import Examiner, signature_part
    from onestop.reports.text import lines_in_visual_order

    examiner = Examiner("Dr Annette McLean", "MB ChB, Diploma in Forensic Medicine", "12345")
    with writing_in("ar"):
        kept = signature_part(examiner)[1]
        texts = [f.text for f in kept._content if isinstance(f, Text)]
        declaration = next(t for t in texts if "Annette" in t)
        lines, rtl = lines_in_visual_order(declaration, 2000, 10, rtl=True)
    shown = " ".join("".join(p[1] for p in lines[0]).split())
    assert rtl
    assert "Dr Annette McLean (MB ChB, Diploma in Forensic Medicine)" in shown, shown


def test_an_arabic_date_range_draws_both_dates_year_first() -> None:
    """ "بين 2026-11-24 19:12 EAT و2026-11-27 19:12 EAT": the "و" joined to the second date
    does not turn it day first ("27-11-2026"); each date is its own left-to-right run."""
    from onestop.reports.text import lines_in_visual_order

    sentence = "بين 2026-11-24 19:12 EAT و2026-11-27 19:12 EAT"
    lines, rtl = lines_in_visual_order(sentence, 2000, 10, rtl=True)
    shown = " ".join("".join(p[1] for p in lines[0]).split())
    assert rtl
    assert "2026-11-24 19:12 EAT" in shown and "2026-11-27 19:12 EAT" in shown, shown
