"""Counts in every language: each message that shows a count is a Qt numerus message, with
every plural form its language has (Arabic six, French and Spanish two, and English's own
two), and the documents' Qt-free catalogue reader picks the same form as Qt does."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from onestop.i18n import QT_TRANSLATE_NOOP, Catalogue, plural_form, translated

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("translations", REPO / "scripts" / "translations.py")
assert _spec is not None and _spec.loader is not None
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)

ALL = (*translations.LANGUAGES, translations.PLURALS_ONLY)

# A count is a value followed by what it counts ("{n} cases", "%n+ incidents"), or an English
# plural written "(s)". Units written as symbols (h, s, KB, MB, %) are not nouns that agree.
_COUNTED = re.compile(
    r"(\{[^{}]*\}|%n)\+?\s+"
    r"(attachments?|bytes?|cases?|characters?|child(?:ren)?|days?|entries|entry|hours?|"
    r"incidents?|minutes?|months?|pages?|questions?|seconds?|years?|weeks?|beds?|actions?|"
    r"more|outstanding|overdue|added|updated|admitted|still)\b"
)


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()  # noqa: S314 - our own file, written by lupdate
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _shows_a_count(source: str) -> bool:
    return "(s)" in source or "(ren)" in source or _COUNTED.search(source) is not None


def test_every_message_that_shows_a_count_is_a_numerus_message() -> None:
    plain = [
        f"{context}: {m.findtext('source')!r}"
        for context, m in _messages(translations.ts_file("fr"))
        if m.get("numerus") != "yes" and _shows_a_count(m.findtext("source", ""))
    ]
    assert plain == []


def test_the_count_check_sees_a_count_without_plural_forms() -> None:
    assert _shows_a_count("{n} cases")
    assert _shows_a_count("Wait {seconds} seconds before trying again.")
    assert _shows_a_count("%n action(s) to review")
    assert _shows_a_count("{room} / {bed} · {n} children")
    assert not _shows_a_count("Page {number} of {total}")
    assert not _shows_a_count("Statement {n}. {title}")
    assert not _shows_a_count("{treatment} {hours} h after the incident")


@pytest.mark.parametrize("language", ALL)
def test_every_numerus_message_has_all_its_forms(language: str) -> None:
    """The numerus messages are the same in every file (English too), each with the number
    of plural forms its language has, none empty (the placeholders are checked with the
    rest by scripts/translations.py)."""
    wanted = translations.PLURAL_FORMS[language]
    numerus = {
        (context, m.findtext("source", "")): [f.text or "" for f in m.iter("numerusform")]
        for context, m in _messages(translations.ts_file(language))
        if m.get("numerus") == "yes"
    }
    in_french = {
        (context, m.findtext("source", ""))
        for context, m in _messages(translations.ts_file("fr"))
        if m.get("numerus") == "yes"
    }
    assert set(numerus) == in_french
    assert len(numerus) >= 35
    wrong = {k: v for k, v in numerus.items() if len(v) != wanted or not all(f.strip() for f in v)}
    assert wrong == {}
    assert translations.problems(translations.ts_file(language)) == []


def _catalogue(language: str) -> Catalogue:
    return Catalogue.read(translations.qm_file(language))


def test_arabic_takes_each_of_its_six_forms() -> None:
    arabic = _catalogue("ar")
    assert arabic.rules  # read from the file, as lrelease wrote them
    said = {
        n: arabic.translate("CaseListView", "%n case(s)", None, n) for n in (0, 1, 2, 3, 11, 100)
    }
    assert said == {
        0: "0 حالة",
        1: "حالة واحدة",
        2: "حالتان",
        3: "3 حالات",
        11: "11 حالة",
        100: "100 حالة",
    }
    assert arabic.translate("Countdown", "%n h", "hours left", 5) == "5 س"
    assert [plural_form(n, arabic.rules) for n in (0, 1, 2, 3, 10, 11, 99, 100, 102, 103)] == [
        0,
        1,
        2,
        3,
        3,
        4,
        4,
        5,
        5,
        3,
    ]


@pytest.mark.parametrize("language", ["fr", "es", "en"])
def test_french_counts_zero_as_one_and_spanish_and_english_do_not(language: str) -> None:
    found = _catalogue(language)
    forms = [plural_form(n, found.rules) for n in (0, 1, 2, 100)]
    assert forms == ([0, 0, 1, 1] if language == "fr" else [1, 0, 1, 1])
    sentence = found.translate("Documents", "%n page(s) follow.", None, 1)
    assert (
        sentence
        == {"fr": "1 page suit.", "es": "Sigue 1 página.", "en": "1 page follows."}[language]
    )


@pytest.mark.parametrize("language", ALL)
def test_the_catalogue_reader_picks_the_form_qt_picks(language: str, qapp) -> None:
    """For every numerus message and counts 0 to 250, the documents' reader (no Qt) says
    what QTranslator says."""
    from PySide6.QtCore import QTranslator

    qt = QTranslator()
    assert qt.load(str(translations.qm_file(language)))
    ours = _catalogue(language)
    numerus = [
        (context, m.findtext("source", ""), m.findtext("comment") or None)
        for context, m in _messages(translations.ts_file(language))
        if m.get("numerus") == "yes"
    ]
    differ = [
        (context, source, n)
        for context, source, comment in numerus
        for n in range(251)
        if ours.translate(context, source, comment, n)
        != qt.translate(context, source, comment, n).replace("%n", str(n))
    ]
    assert differ == []


def test_a_phrase_with_a_count_reads_in_english_and_in_the_reader_language() -> None:
    wait = QT_TRANSLATE_NOOP(
        "Messages", "Too many failed attempts. Wait %n second(s) before trying again.", "", 1
    )
    assert str(wait) == "Too many failed attempts. Wait 1 second before trying again."
    arabic = _catalogue("ar")
    three = QT_TRANSLATE_NOOP("Messages", "{room} / {bed} · %n child(ren)", "", 3).format(
        room="B", bed="2"
    )
    assert str(three) == "B / 2 · 3 children"
    assert translated(three, arabic.translate) == "B / 2 · 3 أطفال"
    assert translated(wait, arabic.translate) == (
        "محاولات فاشلة كثيرة. انتظر ثانية واحدة قبل المحاولة مجددًا."
    )
    # A pickled Phrase keeps its count and disambiguation (errors cross process boundaries).
    import pickle

    again = pickle.loads(pickle.dumps(three))  # noqa: S301 - our own object
    assert (again.counted, again.disambiguation, str(again)) == (3, "", str(three))
