"""Her copy of her safety plan is headed as ordinary notes: whoever finds it must not learn
from its headings what it is. In each language the plan is printed in, her default copy says
none of the words that give it away; the full headings are printed when she asks for them,
and on the copy that names the centre."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from onestop.domain.roles import Role
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.exports import ExportOptions, ExportService
from onestop.services.risk import SafetyPlanDetails, SafetyPlanService

# Words that say what the paper is, by language (folded: no case, NFKC).
# With them, what says it is hidden on purpose or unsafe to keep (her copy's first words did),
# or that someone plans it with her ("Still to plan together" did).
REVEALING = {
    "en": (
        "safety", "escape", "abuse", "emergency", "violence", "danger", "refuge", "shelter",
        "safe", "destroy", "on purpose", "together",
    ),
    "fr": (
        "sécurité", "fuite", "fuir", "abus", "maltraitance", "urgence", "violence", "danger",
        "refuge", "abri", "hébergement", "sûr", "détrui", "volontairement", "ensemble",
    ),
    "es": (
        "seguridad", "escap", "huir", "huida", "abuso", "maltrato", "emergencia", "violencia",
        "peligro", "refugio", "albergue", "seguro", "destru", "a propósito", "juntas",
    ),
    "ar": (
        "أمان", "هروب", "الهرب", "إساءة", "طوارئ", "عنف", "خطر", "ملجأ", "مأوى", "آمن",
        "أتلف", "عن قصد", "معًا",
    ),
}  # fmt: skip
# What she wrote: ordinary words, none of them revealing (the test is of OneStop's words).
PLAN = SafetyPlanDetails(
    safe_places="Aunt Rosa, 14 Mill Lane",
    trusted_contacts="Lena 0700 000 000",
    code_word="blue kettle",
    emergency_bag="passport, bank card, spare keys",
    routes="back gate, number 12 bus",
)


def folded(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).casefold()


def text_of(path: Path) -> str:
    return folded(" ".join(page.extract_text() or "" for page in PdfReader(path).pages))


def said(word: str, text: str) -> bool:
    """In the text as extracted, in logical order or (right-to-left) in visual order."""
    word = folded(word)
    return word in text or word[::-1] in text


@pytest.fixture
def plan(vault) -> str:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Kestrel")).reference
        SafetyPlanService(cw).record(ref, PLAN)
    return ref


@pytest.mark.parametrize("language", list(REVEALING))
def test_her_default_copy_has_plain_headings_and_the_full_copy_does_not(
    vault, plan, tmp_path, language
) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        exports = ExportService(cw)
        hers = exports.safety_plan(plan, ExportOptions(tmp_path / "hers.pdf", language=language))
        asked = exports.safety_plan(
            plan,
            ExportOptions(tmp_path / "asked.pdf", language=language),
            with_full_headings=True,
        )
        staff = exports.safety_plan(
            plan,
            ExportOptions(tmp_path / "staff.pdf", language=language),
            with_centre=True,
            with_code_word=True,
        )
    text = text_of(hers.path)
    assert said("Rosa", text) and said("passport", text)  # her words are there
    for word in REVEALING[language]:
        assert not said(word, text), (language, word)
    # Its word on keeping it, in her language, and no "we" who print it for her.
    from onestop.reports.language import translate, writing_in

    with writing_in(language):
        keeping = translate(
            "Documents", "Keep these notes somewhere you can reach when you need them."
        )
        printer = translate(
            "Documents",
            "Keep this somewhere only you can reach. It does not carry your name. If keeping it "
            "ever feels unsafe, you can get rid of it: we can print it again whenever you ask.",
        )
    assert said(keeping, text) and not said(printer.split(": ")[-1], text), language
    assert said(printer, text_of(staff.path)), language
    # The full headings give it away: printed when she asks, and on the named copy.
    for copy in (asked, staff):
        full = text_of(copy.path)
        assert any(said(word, full) for word in REVEALING[language]), language


def test_the_plain_headings_cover_every_part_and_are_translated() -> None:
    import xml.etree.ElementTree as ET

    from onestop.reports.safety_plan import HEADINGS, PLAIN_HEADINGS

    assert list(PLAIN_HEADINGS) == list(HEADINGS)
    repo = Path(__file__).resolve().parents[2]
    for language in ("fr", "es", "ar"):
        root = ET.parse(repo / "translations" / f"onestop_{language}.ts").getroot()  # noqa: S314
        documents = {
            m.findtext("source"): m.find("translation")
            for c in root.iter("context")
            if c.findtext("name") == "Documents"
            for m in c.iter("message")
        }
        for heading in PLAIN_HEADINGS.values():
            found = documents[heading]
            assert found is not None and found.text and found.get("type") is None, heading
            for word in REVEALING[language]:
                assert folded(word) not in folded(found.text), (language, heading, word)
