"""The translations keep to the glossary (translations/GLOSSARY.md): a message whose English
uses a term is translated with the glossary's term, and never with a term it says to avoid."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
GLOSSARY = REPO / "translations" / "GLOSSARY.md"
LANGUAGES = ("fr", "es", "ar")


@dataclass(frozen=True)
class Term:
    english: tuple[re.Pattern[str], ...]
    wanted: dict[str, tuple[str, ...]]  # language -> accepted terms (none: no rule)
    avoid: dict[str, tuple[re.Pattern[str], ...]]

    def applies_to(self, source: str) -> bool:
        return any(p.search(source) for p in self.english)


def _cells(line: str) -> list[str]:
    parts = re.split(r"(?<!\\)\|", line.strip().strip("|"))
    return [p.strip().replace("\\|", "|") for p in parts]


def read_glossary(text: str) -> list[Term]:
    """The rows of the glossary's table (the header and its rule line left out)."""
    terms = []
    rows = [line for line in text.splitlines() if line.startswith("|")]
    for line in rows[2:]:
        english, fr, es, ar, avoid = _cells(line)
        patterns = tuple(
            re.compile(p, 0 if p.isupper() else re.IGNORECASE)
            for p in re.findall(r"`([^`]+)`", english)
        )
        wanted = {
            code: tuple(t.strip() for t in cell.split(" / ") if t.strip())
            for code, cell in zip(LANGUAGES, (fr, es, ar), strict=True)
            if cell != "—"
        }
        avoided = {
            code: tuple(re.compile(p) for p in re.findall(r"`([^`]+)`", items))
            for code, items in re.findall(r"\b(fr|es|ar):((?:\s*`[^`]+`[^;`]*?,?)+)", avoid)
        }
        terms.append(Term(patterns, wanted, avoided))
    return terms


def translations_of(ts: Path) -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) of every message: a numerus message's plural forms,
    each without its keyboard shortcut (&)."""
    root = ET.parse(ts).getroot()  # noqa: S314 - our own file, written by lupdate
    out = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            out.append(
                (
                    context.findtext("name", ""),
                    message.findtext("source", ""),
                    [f.replace("&", "") for f in forms],
                )
            )
    return out


def departures(terms: list[Term], language: str, messages) -> list[str]:
    found = []
    for context, source, forms in messages:
        for term in terms:
            if not term.applies_to(source):
                continue
            wanted = term.wanted.get(language, ())
            for text in forms:
                if wanted and not any(w.casefold() in text.casefold() for w in wanted):
                    found.append(f"{context}: {source!r} -> {text!r} lacks {' / '.join(wanted)}")
                for avoid in term.avoid.get(language, ()):
                    if avoid.search(text):
                        found.append(f"{context}: {source!r} -> {text!r} uses {avoid.pattern}")
    return found


def test_the_glossary_has_its_terms() -> None:
    terms = read_glossary(GLOSSARY.read_text(encoding="utf-8"))
    assert len(terms) >= 12
    code_word = next(t for t in terms if t.applies_to("code word: {w}"))
    assert code_word.wanted["ar"] == ("الكلمة الرمزية",)
    assert [p.pattern for p in code_word.avoid["ar"]] == ["كلمة السر"]
    pep = next(t for t in terms if t.applies_to("PEP first dose"))
    assert not pep.applies_to("The pepper")  # an acronym is matched as written
    assert next(t for t in terms if t.applies_to("Sign out")).avoid["fr"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_keeps_to_the_glossary(language: str) -> None:
    terms = read_glossary(GLOSSARY.read_text(encoding="utf-8"))
    messages = translations_of(REPO / "translations" / f"onestop_{language}.ts")
    assert departures(terms, language, messages) == []


def test_the_check_sees_a_missing_term_and_an_avoided_one() -> None:
    terms = read_glossary(GLOSSARY.read_text(encoding="utf-8"))
    messages = [
        ("Labels", "Code word", ["كلمة السر"]),
        ("Shell", "Stay signed in", ["Rester connectée"]),
        ("Labels", "PEP", ["PEP"]),
        ("Labels", "Code word", ["الكلمة الرمزية"]),
    ]
    arabic = departures(terms, "ar", messages)
    assert len(arabic) == 3 and sum("Code word" in d for d in arabic) == 2
    assert any("lacks الكلمة الرمزية" in d for d in arabic)
    assert any("uses كلمة السر" in d for d in arabic)
    assert any("'PEP'" in d and "lacks الوقاية بعد التعرض" in d for d in arabic)
    french = departures(terms, "fr", messages)
    assert any("Stay signed in" in d and "uses connectée" in d for d in french)
    assert any("'PEP'" in d and "lacks PPE" in d for d in french)
