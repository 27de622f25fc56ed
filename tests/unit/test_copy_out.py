"""What a prosecutor copies out of a document (its text layer), read back two ways: by PDFium
(Chrome, Edge and OneStop's own preview), which honours the /ActualText spans, and by pypdf,
which takes the letters from the glyphs alone, as text indexes and most extractors do.

- Devanagari: a vowel sign drawn before its consonant and a reph drawn after its consonant
  copied out in the order drawn ("िनत्य" for "नित्य") from readers that ignore the spans.
- The bundle's index: each line copied out with its page number first.
- An Arabic name before "(known as": the space after the name was drawn inside the Arabic
  string, in a font it was not measured in, and readers moved it before the name.
- A line that mixes Arabic with digits or punctuation ("عدد الحالات: 3") under a line of
  Arabic: PDFium copied it out character-reversed ("3 :تالاحلا ددع"), turning the line's span
  around because of the line above (``actual_text.line_span``).
"""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import UTC, datetime

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from onestop.reports.document import Letterhead, render
from onestop.reports.styles import styles
from onestop.reports.text import Text, isolate

from .test_embedded_names import drawn
from .test_exports import bundle_of

HEAD = Letterhead("Centre", "Conference minutes", "OSC-2026-00001", "Staff", datetime.now(UTC))
# A vowel sign before its consonant (नि, प्रि), a reph (र्म), a conjunct (त्य, ष्ण, क्ष), a
# vowel sign after (ा, ी), a nukta (ज़).
NAMES = ["नित्य", "प्रिया", "शर्मा", "कृष्ण", "लक्ष्मी", "ज़ोया", "दिव्या"]
# A mark drawn back over its letter (ृ of कृ) is a move to the left and back in the text
# layer, which pypdf reads as a gap between words: "कृ ष्ण". The order is right; PDFium, which
# reads the span, gives the word whole. A known limit of pypdf's word gaps.
MARK_MOVED_BACK = {"कृष्ण"}


def pdfium_text(pdf: bytes, page: int = 0) -> str:
    document = pdfium.PdfDocument(pdf)
    try:
        text = document[page].get_textpage().get_text_range()
    finally:
        document.close()
    return unicodedata.normalize("NFC", text)


def pypdf_text(pdf: bytes, page: int = 0) -> str:
    text = PdfReader(io.BytesIO(pdf)).pages[page].extract_text()
    return unicodedata.normalize("NFC", text)


@pytest.mark.parametrize("style", ["body", "h1", "small"])
def test_devanagari_names_copy_out_in_the_order_typed(style: str) -> None:
    """Regular and bold faces, alone, in an English sentence and in a bracket."""
    sentence = f"{isolate(NAMES[0])} Johnson (known as {isolate(NAMES[1])}), " + " ".join(
        isolate(name) for name in NAMES[2:]
    )
    pdf = render(HEAD, [Text(sentence, styles()[style]), Text(" ".join(NAMES), styles()[style])])
    for reader, text in (("pdfium", pdfium_text(pdf)), ("pypdf", pypdf_text(pdf))):
        words = text.split()
        for name in NAMES:
            if reader == "pypdf" and name in MARK_MOVED_BACK:
                continue
            assert name in words or f"({name})," in words, (reader, name, text)
        assert f"{NAMES[0]} Johnson (known as {NAMES[1]})," in " ".join(words)


def test_a_glyph_keeps_its_own_letters_where_it_stands_in_order() -> None:
    """The glyph of "न" read "ि" inside "नि" (drawn after the vowel sign): elsewhere, alone or
    first in its cluster, it still reads "न"; and the vowel sign's glyph alone reads "ि"."""
    pdf = render(HEAD, [Text("नि न नन निन", styles()["body"])])
    assert "नि न नन निन" in pypdf_text(pdf)
    assert "नि न नन निन" in pdfium_text(pdf)


def test_the_index_copies_out_title_then_page() -> None:
    from onestop.reports.bundle import BundleSection, ChronologyLine, HearingLine

    when = datetime(2026, 3, 1, 9, tzinfo=UTC)
    pdf, _ = bundle_of(
        [BundleSection.CHRONOLOGY, BundleSection.HEARINGS],
        hearings=[HearingLine(when, "Court", "Directions", "Adjourned")],
        chronology=[ChronologyLine(when, "Incident")],
    )
    # PDFium: each index line as it reads, the title, its dotted leader, its page.
    lines = [" ".join(line.split()) for line in pdfium_text(pdf, 1).splitlines()]
    for title, page in (
        ("Section A: Preliminary documents", "A1"),
        ("Chronology", "A1"),
        ("Section B: Applications and orders", "B1"),
        ("Hearings", "B1"),
    ):
        assert any(re.fullmatch(rf"{title}( \.)+ {page}", line) for line in lines), (title, lines)
    # pypdf: the leader and the number follow their title, never come before it.
    plain = [line.strip() for line in pypdf_text(pdf, 1).splitlines()]
    at = plain.index("Chronology")
    assert re.fullmatch(r"[ .]+A1", plain[at + 1]), plain
    assert not re.fullmatch(r"[ .]+[A-F]\d+", plain[plain.index("Index") + 1])


def test_the_space_after_an_arabic_name_is_not_drawn_inside_it() -> None:
    """Her name is drawn as a string of its own, without the space after it; the space is
    drawn in the body font it was measured in; PDFium copies the line as written."""
    name = "زيان"
    sentence = f"{isolate(name)} (known as {isolate('Zayan')}), born 1990-01-02"
    pdf = render(HEAD, [Text(sentence, styles()["body"])])
    assert name in drawn(pdf)  # exactly the name: no space inside its string
    assert f"{name} (known as Zayan), born 1990-01-02" in pdfium_text(pdf)


ARABIC_HEAD = Letterhead(**{**HEAD.__dict__, "language": "ar"})
# Lines of an Arabic document that mix Arabic with digits, punctuation and Latin.
MIXED = [
    "عدد الحالات: 3",  # a label, a colon, a count
    "3 حالات جديدة",  # digits, then Arabic
    "أُحيلت القضية OSC-2026-00001 إلى المحكمة",  # a reference in the middle
    "هل وصلت؟ نعم، وصلت؛ شكراً",  # Arabic punctuation, a raised mark at the end
    "التاريخ: 2026-12-03",  # a date
    "الحالة (OSC-2026-00001) مفتوحة.",  # brackets and a full stop
    "أمر الحماية 2027-11-10 راسٍ",  # a mark drawn first on the left, moved over its letter
]


def arabic_words(text: str) -> list[str]:
    return re.findall("[\u0600-\u06ff]+", unicodedata.normalize("NFC", text))


@pytest.mark.parametrize("line", MIXED)
def test_a_mixed_arabic_line_copies_out_as_typed_whatever_is_above_it(line: str) -> None:
    """The same line under Arabic, under Latin, first on the page; in the body, bold and
    heading styles: PDFium gives each back exactly as typed; pypdf, the letters of each of its
    Arabic words in order."""
    flows = [
        Text(line, styles()["body"]),
        Text("التوقيع", styles()["body"]),
        Text(line, styles()["body"]),
        Text("Signature", styles()["body"]),
        Text(line, styles()["body"]),
        Text("سلمى أحمد", styles()["h1"]),
        Text(line, styles()["h1"]),
        Text(line, styles()["body"], [(True, None)] * len(line)),  # bold, as para sets <b>
        Text("عدد", styles()["h2"]),
        Text(line, styles()["h2"]),
    ]
    pdf = render(ARABIC_HEAD, flows)
    lines = [" ".join(read.split()) for read in pdfium_text(pdf).splitlines()]
    assert lines.count(unicodedata.normalize("NFC", line)) == 6, lines
    assert "التوقيع" in lines and "سلمى أحمد" in lines and "Signature" in lines, lines
    copied = pypdf_text(pdf)
    for word in arabic_words(line):
        assert copied.count(word) >= 6, (word, copied)


def test_an_arabic_name_in_an_english_sentence_copies_out_as_typed() -> None:
    sentence = f"Referred by {isolate('سلمى أحمد')} on 2026-12-03 (OSC-2026-00001)."
    body, h1 = styles()["body"], styles()["h1"]
    flows = [Text("التوقيع", body), Text(sentence, body), Text("Signature", body)]
    flows.append(Text(sentence, h1))
    pdf = render(HEAD, flows)
    lines = [" ".join(read.split()) for read in pdfium_text(pdf).splitlines()]
    expected = "Referred by سلمى أحمد on 2026-12-03 (OSC-2026-00001)."
    assert lines.count(expected) == 2, lines
    assert pypdf_text(pdf).count("سلمى") == 2 and pypdf_text(pdf).count("أحمد") == 2


def test_a_wrapped_arabic_paragraph_copies_out_line_by_line_as_typed() -> None:
    """A paragraph of three lines and more, with a count, a date and a reference: each line
    PDFium reads is one of the lines drawn, as typed, and together they are the paragraph."""
    sentence = " ".join(
        ["عدد الحالات: 3، أُحيلت القضية OSC-2026-00001 إلى المحكمة في 2026-12-03؛"] * 4
    )
    pdf = render(ARABIC_HEAD, [Text("بداية", styles()["body"]), Text(sentence, styles()["body"])])
    lines = [" ".join(read.split()) for read in pdfium_text(pdf).splitlines()]
    start = lines.index("بداية") + 1
    body = lines[start : start + 5]
    assert " ".join(body).startswith(unicodedata.normalize("NFC", sentence)), body
    copied = pypdf_text(pdf)
    for word in arabic_words(sentence):
        assert word in copied, (word, copied)


def test_an_arabic_letterhead_copies_out_as_typed() -> None:
    """The letterhead's document and reference, under the centre's name and CONFIDENTIAL
    drawn on one line (PDFium takes a line's text objects from the left, whatever order they
    were drawn in); and the page number at the foot, drawn when the document is saved."""
    head = Letterhead(**{**ARABIC_HEAD.__dict__, "document": "خطاب الإحالة"})
    pdf = render(head, [Text("عدد الحالات: 3", styles()["body"]), Text("التوقيع", styles()["h1"])])
    lines = [" ".join(read.split()) for read in pdfium_text(pdf).splitlines()]
    assert "خطاب الإحالة OSC-2026-00001" in lines, lines
    assert "عدد الحالات: 3" in lines and "الصفحة 1 من 1" in lines, lines
