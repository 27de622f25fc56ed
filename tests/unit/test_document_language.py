"""Documents in the language chosen for them: the fixed text (headings, labels, sentences around
the values) from the shipped catalogues, read without Qt; what staff typed printed as typed."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from onestop.domain.casefile import GbvType
from onestop.domain.consent import Told, ToldHer
from onestop.domain.coordination import SharingReason
from onestop.domain.roles import Role
from onestop.errors import ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP, Catalogue
from onestop.paths import resources
from onestop.reports.bundle import BundleSection
from onestop.reports.language import DOCUMENT_LANGUAGES, catalogue, tr, translate, writing_in
from onestop.services.exports import ExportOptions, ExportService
from onestop.services.exports.conference import CaseSharing
from onestop.services.labels import label
from onestop.services.legal import (
    HearingDetails,
    Hearings,
    LegalMatters,
    MatterDetails,
    OrderDetails,
    ProtectionOrders,
)
from onestop.services.risk import SafetyPlanDetails, SafetyPlanService
from onestop.services.statistics import Period

from .test_coordination_documents import build_carried
from .test_exports import AGENCY, consent, examined, referral, squash, text_of  # noqa: F401

WILL_BE_TOLD = ToldHer(Told.WILL_BE_TOLD, by="Her caseworker, at her next visit")

pytestmark = pytest.mark.both_backends

REPO = Path(__file__).resolve().parents[2]
SHIPPED = ("fr", "es", "ar")


def finished(language: str) -> dict[tuple[str, str, str], str]:
    """(context, source, disambiguation) -> translation, from the Linguist source file of
    ``language`` (for a numerus message, its first plural form: the one without a count)."""
    ts = REPO / "translations" / f"onestop_{language}.ts"
    root = ET.parse(ts).getroot()  # noqa: S314 - our own file, written by lupdate
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") not in ("unfinished", "vanished", "obsolete"):
                forms = [f.text or "" for f in translation.iter("numerusform")]
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                found[key] = forms[0] if forms else translation.text or ""
    return found


# -- the catalogue reader ---------------------------------------------------------------------


@pytest.mark.parametrize("language", SHIPPED)
def test_the_catalogue_reader_finds_every_translation_qt_would(language) -> None:
    read = Catalogue.read(resources() / "translations" / f"onestop_{language}.qm")
    expected = finished(language)
    assert len(read) == len(expected) > 1000
    wrong = [key for key, text in expected.items() if read.translate(*key) != text]
    assert wrong == []
    assert read.translate("Documents", "No such sentence anywhere.") == "No such sentence anywhere."


def test_a_damaged_catalogue_is_refused_in_words(tmp_path) -> None:
    good = (resources() / "translations" / "onestop_fr.qm").read_bytes()
    not_qm = tmp_path / "onestop_xx.qm"
    not_qm.write_bytes(b"<TS>not compiled</TS>")
    with pytest.raises(ValueError, match="is not a compiled translation file"):
        Catalogue.read(not_qm)
    cut = tmp_path / "onestop_yy.qm"
    cut.write_bytes(good[: len(good) // 2])
    with pytest.raises(ValueError, match="is damaged"):
        Catalogue.read(cut)


def test_fixed_text_and_labels_follow_the_document_language_and_typed_text_never_does() -> None:
    typed = "Findings {n} Confidential"  # staff may type words that are also fixed text
    assert translate("Documents", "Findings") == "Findings"  # outside a document: English
    with writing_in("fr"):
        assert translate("Documents", "Findings") == "Constatations"
        assert tr(label(GbvType.RAPE)) == "Viol"
        assert tr(typed) == typed
        sentence = QT_TRANSLATE_NOOP("Documents", "Prepared by {who}.").format(who=typed)
        assert tr(sentence) == f"Préparé par {typed}."
        with writing_in("es"):
            assert translate("Documents", "Findings") == "Hallazgos"
        assert translate("Documents", "Findings") == "Constatations"
    with pytest.raises(ValueError), writing_in("de"):
        pass
    assert set(DOCUMENT_LANGUAGES) == {"en", "fr", "es", "ar"}
    assert all(len(catalogue(code)) > 1000 for code in DOCUMENT_LANGUAGES if code != "en")


# -- every document, in English and in each other language ------------------------------------


def _documents(
    vault, out: Path, ref_and_referral, pack_meeting: int, languages=tuple(DOCUMENT_LANGUAGES)
) -> dict[str, dict]:
    """Each document written in each of ``languages``: name -> language -> its text."""
    letter_ref, referral_id = ref_and_referral
    consent(vault, letter_ref)
    examined_ref, _ = examined(vault)
    _review_visit(vault, examined_ref)
    today = date.today()
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        LegalMatters(advocate).record(
            examined_ref, MatterDetails("PR-77/2026", "Central Court", "CC-123")
        )
        Hearings(advocate).record(
            examined_ref,
            HearingDetails(datetime.now(UTC) - timedelta(days=3), "Central Court", "Mention"),
        )
        ProtectionOrders(advocate).record(
            examined_ref,
            OrderDetails("Non-molestation", today, today + timedelta(days=180), "No contact"),
        )
    with vault.sign_in(Role.CASEWORKER) as cw:
        SafetyPlanService(cw).record(
            letter_ref,
            SafetyPlanDetails(
                safe_places="Her sister's flat", code_word="sunflower", routes="The 12 bus"
            ),
        )
    with vault.sign_in(Role.CLINICIAN) as clinician:
        from onestop.domain.consent import Decision, Purpose
        from onestop.services.consent import ConsentService

        for purpose in (Purpose.SHARE_WITH_POLICE, Purpose.USE_IN_COURT):
            ConsentService(clinician).record(examined_ref, purpose, Decision.GIVEN)
    texts: dict[str, dict] = {}
    for code in languages:
        folder = out / code
        folder.mkdir()
        options = ExportOptions(folder, language=code)
        with vault.sign_in(Role.CASEWORKER) as cw:
            written = {
                "referral": ExportService(cw).referral_letter(letter_ref, referral_id, options),
                "safety-plan": ExportService(cw).safety_plan(letter_ref, options),
            }
        with vault.sign_in(Role.CLINICIAN) as clinician:
            written["medico-legal"] = ExportService(clinician).medico_legal(examined_ref, options)
        with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
            written["bundle"] = ExportService(advocate).court_bundle(
                examined_ref,
                options,
                [s for s in BundleSection if s is not BundleSection.COUNSELLING],
            )
        with vault.sign_in(Role.MANAGER) as manager:
            lacking = ExportService(manager).conference_pack_without_consent(pack_meeting)
            written["conference"] = ExportService(manager).conference_pack(
                ExportOptions(folder, without_consent_reason="x" * 30, language=code),
                pack_meeting,
                {
                    ref: CaseSharing(SharingReason.HIGH_RISK, "y" * 30, WILL_BE_TOLD)
                    for ref in lacking
                },
            )
            written["statistics"] = ExportService(manager).statistics(
                Period.last_month(today), options
            )
        # Staff names are typed too ("Test Legal advocate", in these vaults): left out.
        staff = [f"Test {role.label}" for role in Role]
        for name, done in written.items():
            text = squash(text_of(done.path))
            for colleague in staff:
                text = text.replace(colleague, "")
            texts.setdefault(name, {})[code] = text
    return texts


def _review_visit(vault, ref: str) -> None:
    """A later visit for the examined incident, with treatments: the medico-legal report
    lists it, with the treatments' labels, in its table of review visits."""
    from onestop.domain.health import Treatment, TreatmentKind
    from onestop.services.health import EncounterDetails, HealthService
    from onestop.services.incidents import IncidentService

    seen = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=2)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        (incident,) = IncidentService(clinician).list(ref)
        HealthService(clinician).record(
            ref,
            EncounterDetails(
                seen_at=seen,
                incident_id=incident.incident_id,
                treatments=(
                    Treatment(TreatmentKind.STI_PROPHYLAXIS, seen),
                    Treatment(TreatmentKind.HEPATITIS_B, seen),
                ),
            ),
        )


def _fixed(text: str) -> bool:
    """A fixed text worth looking for in a page: whole words, no placeholder."""
    return "{" not in text and len(text) >= 8 and " " in text


@pytest.mark.slow
@pytest.mark.timeout(360)  # six documents in four languages: 76 s on an idle machine
def test_every_document_is_written_in_the_language_chosen(vault, referral, tmp_path):  # noqa: F811
    carried = build_carried(vault)  # in the same vault as the referral
    texts = _documents(vault, tmp_path, referral, carried[2])
    sources = {key for key in finished("fr") if key[0] in ("Documents", "Labels")}
    for name, by_language in texts.items():
        english = by_language["en"]
        # The fixed text this document prints in English…
        printed = {key for key in sources if _fixed(key[1]) and squash(key[1]) in english}
        assert len(printed) >= 3, name
        for code in ("fr", "es"):
            translations = finished(code)
            text = by_language[code]
            # …is printed in the language chosen instead, every piece of it.
            left = [
                source
                for key in printed
                for source in [key[1]]
                if squash(translations[key]) != squash(source) and squash(source) in text
            ]
            assert left == [], (name, code)
            found = [key for key in printed if squash(translations[key]) in text]
            assert len(found) >= len(printed) * 0.8, (name, code)
    assert "CONFIDENTIEL" in texts["referral"]["fr"] and "CONFIDENCIAL" in texts["referral"]["es"]
    assert "Page 1 sur" in texts["bundle"]["fr"] and "Página 1 de" in texts["bundle"]["es"]
    assert "Chaîne de possession" in texts["bundle"]["fr"]
    assert "Cadena de custodia" in texts["medico-legal"]["es"]
    assert "Viol" in texts["medico-legal"]["fr"]  # a listed value, by its label
    # What staff typed is printed as typed, in every language.
    for code in DOCUMENT_LANGUAGES:
        assert "Assaulted by <two> men & threatened." in texts["medico-legal"][code]
        assert AGENCY in texts["referral"][code]
        assert "Her sister's flat" in texts["safety-plan"][code]


def test_a_language_documents_are_not_written_in_is_refused(vault, referral, tmp_path) -> None:  # noqa: F811
    ref, referral_id = referral
    consent(vault, ref)
    out = tmp_path / "out"
    out.mkdir()
    refused = pytest.raises(ValidationFailed, match="English, French, Spanish or Arabic")
    with vault.sign_in(Role.CASEWORKER) as cw, refused:
        ExportService(cw).referral_letter(ref, referral_id, ExportOptions(out, language="de"))
    assert list(out.iterdir()) == []


def test_the_pdf_says_its_language(vault, referral, tmp_path) -> None:  # noqa: F811
    ref, referral_id = referral
    consent(vault, ref)
    with vault.sign_in(Role.CASEWORKER) as cw:
        done = ExportService(cw).referral_letter(
            ref, referral_id, ExportOptions(tmp_path, language="es")
        )
    from pypdf import PdfReader

    reader = PdfReader(done.path)
    assert reader.trailer["/Root"]["/Lang"] == "es"
    assert reader.metadata is not None and reader.metadata.title.startswith("Carta de derivación")


# -- no fixed text is written where lupdate cannot find it --------------------------------------

_PRINTERS = {
    "para",
    "Text",
    "Paragraph",
    "drawString",
    "drawRightString",
    "drawCentredString",
    "String",
    "table",
    "_rows",
    "markup",
}
_SKIP = {"translate", "ParagraphStyle", "strftime", "isoformat", "QT_TRANSLATE_NOOP"}
_MARKUP = re.compile(r"<[^>]*>|&\w+;")


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _words_in(node: ast.AST) -> list[str]:
    """Literal words under ``node``, leaving out translate() calls, style look-ups and keyword
    arguments (font names, colours)."""
    found: list[str] = []
    if isinstance(node, ast.Call) and _name(node) in _SKIP:
        return found
    if isinstance(node, ast.Subscript):
        return _words_in(node.value)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if re.search(r"[^\W\d_]{2,}", _MARKUP.sub("", node.value)):
            found.append(node.value)
        return found
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.keyword):
            continue
        found += _words_in(child)
    return found


def _untranslated(root: Path) -> list[str]:
    found: list[str] = []
    for path in sorted((root / "src" / "onestop" / "reports").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node) in _PRINTERS:
                words = [w for arg in node.args for w in _words_in(arg)]
            elif isinstance(node, ast.ListComp | ast.GeneratorExp) and any(
                isinstance(n, ast.Call) and _name(n) in _PRINTERS for n in ast.walk(node.elt)
            ):
                words = [w for g in node.generators for w in _words_in(g.iter)]
            else:
                continue
            found += [f"{path.name}:{node.lineno}: {w!r}" for w in words]
    return found


def test_every_fixed_text_of_the_documents_is_translatable() -> None:
    assert _untranslated(REPO) == []


def test_the_check_sees_fixed_text_written_without_translate(tmp_path) -> None:
    bad = tmp_path / "src" / "onestop" / "reports" / "bad.py"
    bad.parent.mkdir(parents=True)
    bad.write_text(
        "def story(st, n, rows):\n"
        "    a = para('Untranslated heading', st['h1'])\n"
        "    b = Text(f'Examination {n}', st['body'])\n"
        "    c = [para(h, st['label']) for h in ('Case', 'Owner')]\n"
        "    d = para(translate('Documents', 'Fine'), st['body'])\n"
        "    e = para('<font color=\"#a00000\"><b>' + markup(d) + '</b></font>', st['small'])\n"
        "    f = table([translate('Documents', 'When')], rows, [1])\n",
        encoding="utf-8",
    )
    found = [line.split(": ", 1)[1] for line in _untranslated(tmp_path)]
    assert found == ["'Untranslated heading'", "'Examination '", "'Case'", "'Owner'"]
