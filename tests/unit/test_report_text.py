"""User text in the documents: every character printed is one that was typed, in the order
the Unicode bidirectional algorithm gives."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import unicodedata
from datetime import UTC, datetime

import pytest
from bidi.algorithm import get_display
from bidi.mirror import MIRRORED
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from onestop.reports import fonts
from onestop.reports.document import Letterhead, render
from onestop.reports.styles import styles
from onestop.reports.text import Text, clean, lines_in_visual_order

DEVANAGARI = re.compile("[\u0900-\u097f]")
NAMES = [
    "सावित्री आहूजा",  # Devanagari: its font has a comma
    "प्रिया शर्मा क्षत्रिय",
    "Ελένη Παπαδοπούλου",
    "Анна Иванова",
    "Zoë O'Brien",
    "አበበ ደረጀ",  # Ethiopic, Hebrew and CJK: their fonts have no comma, Noto Sans gives it
    "מרים כהן",
    "王芳",
    "أميرة حداد",
    "Zara 👩🏽 Lee 😀",  # Noto Emoji (monochrome)
]


def printed(*paragraphs: str) -> str:
    head = Letterhead("Centre", "Test", "OSC-2026-00001", "Staff", datetime(2026, 3, 1, tzinfo=UTC))
    pdf = render(head, [Text(p, styles()["body"]) for p in paragraphs])
    return PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def letters(text: str) -> list[list[str]]:
    """Each word's letters, in any order: a PDF's text layer gives the glyphs in the order
    they are drawn, and in Devanagari a vowel sign can be drawn before its consonant and a
    reph after it (pypdf reads "िप्रया शमार्" for "प्रिया शर्मा"; readers that honour the order
    of syllables do better). All of them come back, conjuncts included."""
    return [sorted(word) for word in text.split()]


@pytest.mark.parametrize("name", NAMES)
def test_a_comma_after_a_name_prints_as_a_comma(name: str) -> None:
    """ "Name, born …": a word in two fonts (a name, and a comma from another font) came out
    of ReportLab's shaping as a missing glyph or a wrong letter. Every character read back is
    one of the text's, the comma and full stops included."""
    sentence = f"Examined: {name}, born 1990. Seen: {name}."
    text = printed(sentence)
    body = text[text.index("Examined") : text.index("Page 1 of 1")]
    assert "\uffff" not in body
    back = unicodedata.normalize("NFKC", body)
    typed = set(sentence) | {" ", "\n"}
    stray = {c for c in back if c not in typed and not unicodedata.category(c).startswith("M")}
    assert not stray, (name, body)
    assert back.count(",") == 1
    assert back.count(".") == 2
    if DEVANAGARI.search(name):
        typed_words = f"Examined: {name}, born".split()
        assert letters(" ".join(typed_words)) == letters(" ".join(back.split()[: len(typed_words)]))
    elif not any(fonts.right_to_left(c) for c in name):
        assert f"{name}, born 1990." in " ".join(back.split())


# Letters of each direction, digits of both kinds, the punctuation names carry, spaces.
_ALPHABET = "abcXYZ" + "אבגדה" + "سعيدح" + "0123" + "٣٤" + ",.-()!'" + "  "


def shown(text: str) -> str:
    """What the reader sees, left to right, from OneStop's pieces: a piece with right-to-left
    letters is reversed and mirrored by HarfBuzz when it is shaped."""
    (line,), _ = lines_in_visual_order(text, 10_000, 10)
    return "".join(
        "".join(MIRRORED.get(c, c) for c in reversed(text)) if fonts.right_to_left(text) else text
        for _, text, _ in line
    )


@given(st.text(alphabet=_ALPHABET, min_size=1, max_size=40).map(str.strip).filter(bool))
@settings(max_examples=300, deadline=None)
def test_pieces_are_shown_in_the_order_of_the_bidi_algorithm(text: str) -> None:
    assert shown(text) == get_display(text)


@pytest.mark.parametrize(
    ("typed", "seen"),
    [
        ("Amira حداد, born", "Amira دادح, born"),  # the comma belongs to the English sentence
        ("أميرة حداد، 1990.", ".1990 ،دادح ةريمأ"),  # the full stop ends the Arabic sentence
        ("سارة (حداد) - 12", "12 - (دادح) ةراس"),  # brackets mirrored
        ("Name: שרה בת-דוד, 3 children", "Name: 3 ,דוד-תב הרש children"),
    ],
)
def test_examples_read_as_a_reader_sees_them(typed: str, seen: str) -> None:
    assert shown(clean(typed)) == seen


def test_right_to_left_sentences_print_without_missing_glyphs() -> None:
    text = printed(
        "المريضة أميرة حداد، مولودة 1990.", "המטופלת מרים כהן, ילידת 1990.", "سارة (حداد)"
    )
    assert "\uffff" not in text
    back = unicodedata.normalize("NFKC", text)
    assert back.count("(") == back.count(")") == 1


def test_a_space_after_an_emoji_is_an_ordinary_space() -> None:
    """Noto Emoji's own space is an em wide: spaces after an emoji are set in the body font."""
    assert fonts.runs("😀 ok") == [(fonts.EMOJI, "😀"), (fonts.BODY, " ok")]


@given(st.text(alphabet="abcé Ωж\t\n,.;!?'\u0301\u200d" + "😀" + "حداد" + "中", max_size=30))
@settings(max_examples=300, deadline=None)
def test_the_shortcut_for_body_text_cuts_runs_as_the_chain_does(text: str) -> None:
    """Text the body font covers skips the walk along the chain, with the same result."""
    assert fonts.runs(text) == fonts._along_the_chain(text)


@pytest.mark.slow
def test_a_latin_document_reads_no_other_font_file() -> None:
    """The other faces are read when a character needs them, not for every document."""
    script = (
        "from reportlab.pdfbase import pdfmetrics\n"
        "from onestop.reports import fonts\n"
        "fonts.runs('Grace O\\'Neil, born 1990.')\n"
        "print(sorted(n for n in pdfmetrics.getRegisteredFontNames() if n.startswith('OS-')))\n"
        "fonts.runs('Amira حداد')\n"
        "print(sorted(n for n in pdfmetrics.getRegisteredFontNames() if n.startswith('OS-')))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    latin, arabic = run.stdout.splitlines()
    assert latin == str([fonts.BODY, fonts.BOLD])
    assert arabic == str(sorted([fonts.BODY, fonts.BOLD, "OS-Arabic", "OS-Arabic-Bold"]))
