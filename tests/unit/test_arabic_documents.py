"""Documents written in Arabic, laid out right to left: headings and paragraphs set on the
right, tables read from the right, the header and footer mirrored (the page number on the
left), and offered like French and Spanish."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from faker import Faker
from pypdf import PdfReader
from reportlab.lib.enums import TA_RIGHT

from onestop.domain.consent import Decision, Purpose, Told, ToldHer
from onestop.domain.referrals import Urgency
from onestop.domain.roles import Role
from onestop.reports.document import MARGIN, PAGE_WIDTH
from onestop.reports.language import DOCUMENT_LANGUAGES, tr, translate, writing_in
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.exports import ExportOptions, ExportService
from onestop.services.labels import label
from onestop.services.referrals import ReferralDetails, ReferralService

WILL_BE_TOLD = ToldHer(Told.WILL_BE_TOLD, by="Her caseworker, at her next visit")

pytestmark = pytest.mark.both_backends

fake = Faker("ar_AA")
fake.seed_instance(23)
AGENCY = "Harbour Shelter"


def referral_letter(vault, out: Path, language: str, name: str = "") -> Path:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(name=name or fake.name())).reference
        details = ReferralDetails(AGENCY, "Shelter", Urgency.ROUTINE, "طلبت مكانا آمنا.")
        made = ReferralService(cw).record(ref, details)
        ConsentService(cw).record(ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency=AGENCY)
        options = ExportOptions(out, language=language)
        return ExportService(cw).referral_letter(ref, made.record_id, options).path


def runs(path: Path, page: int = 0) -> list[tuple[float, float, float, str]]:
    """(x, y, size, text) of each string pypdf meets on ``page``; x where its line starts."""
    found: list[tuple[float, float, float, str]] = []

    def visit(text, cm, tm, _font, size) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((x, y, size, unicodedata.normalize("NFKC", text).strip()))

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return found


def right_edge(path: Path, low: float, high: float, page: int = 0) -> float:
    """Where the rightmost character drawn between heights ``low`` and ``high`` ends (PDFium's
    boxes of the characters)."""
    document = pdfium.PdfDocument(path)
    try:
        text = document[page].get_textpage()
        boxes = [text.get_charbox(i) for i in range(text.count_chars())]
        return max(right for left, bottom, right, top in boxes if low <= bottom and top <= high)
    finally:
        document.close()


def arabic(label: str) -> str:
    with writing_in("ar"):
        return translate("Documents", label)


def test_arabic_is_offered_like_french_and_spanish() -> None:
    assert DOCUMENT_LANGUAGES["ar"] == "العربية"


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


FRAME_LEFT, FRAME_RIGHT = MARGIN + 6, PAGE_WIDTH - MARGIN - 6  # the body frame's padding


def test_an_arabic_letter_is_laid_out_right_to_left(vault, out) -> None:
    english = referral_letter(vault, out, "en")
    name = fake.name()
    path = referral_letter(vault, out, "ar", name)
    # The title: on the left in English, ending at the right margin in Arabic.
    (title_en,) = [x for x, _, size, _ in runs(english) if size == 16]
    assert abs(title_en - FRAME_LEFT) < 1
    ((title_x, title_y),) = {(x, y) for x, y, size, _ in runs(path) if size == 16}
    assert title_x > PAGE_WIDTH / 2
    assert abs(right_edge(path, title_y - 8, title_y + 20) - FRAME_RIGHT) < 1.5
    # Each row of the table: the label on the right, its value to its left (in English the
    # label is on the left).
    seen = runs(path)
    label_x = {text: x for x, _, size, text in seen if size == 9}
    value_x = {text: x for x, _, size, text in seen if size == 10}
    # ("Referred on": the letter's own dates since they replaced its "Date" row; "Date" is
    # the reply slip's, on the next page.)
    assert label_x[arabic("Referred on")] > PAGE_WIDTH / 2 > value_x[AGENCY] + 20
    english_runs = {text: x for x, _, _, text in runs(english)}
    assert english_runs["To"] + 20 < english_runs[AGENCY] < PAGE_WIDTH / 2
    # Header: CONFIDENTIAL on the left, the centre on the right. Footer: who generated it on
    # the right, the page number on the left.
    top = [(x, text) for x, y, _, text in seen if y > PAGE_WIDTH]
    assert any(text == arabic("CONFIDENTIAL") and x < MARGIN + 1 for x, text in top)
    assert any(text == "One-stop centre" and x > PAGE_WIDTH / 2 for x, text in top)
    foot = [(x, text) for x, y, _, text in seen if y < MARGIN]
    page_number = {x for x, text in foot if text in ("1", "2")}
    assert page_number and max(page_number) < MARGIN + 1
    assert all(x > PAGE_WIDTH / 2 for x, text in foot if "Caseworker" in text)
    # Her name copies out as typed (PDFium reads the /ActualText spans).
    assert name in pdfium_text(path)


def pdfium_text(path: Path) -> str:
    document = pdfium.PdfDocument(path)
    try:
        return " ".join(document[0].get_textpage().get_text_range().split())
    finally:
        document.close()


def test_a_latin_value_set_into_an_arabic_document_keeps_its_order() -> None:
    """A sentence without an Arabic letter (a Latin name, a phrase not translated) is set on
    the right in its own order: OneStop's isolate marks around the name are not right-to-left
    letters (they were taken for some, and the cover read "1970-11-19 born ,Mercy")."""
    from onestop.reports.styles import styles
    from onestop.reports.text import Text, isolate

    with writing_in("ar"):
        text = Text(f"{isolate('Mercy Chepkemoi')}, born 1970-11-19", styles()["h1"])
        text.wrap(400, 100)
        assert text._para is not None
        assert text._para.text == "Mercy Chepkemoi, born 1970-11-19"
        assert text._para.style.alignment == TA_RIGHT


def drawn_with(path: Path, page: int = 0) -> list[tuple[str, str, tuple[float, ...]]]:
    """(text, font, fill colour) of each string pypdf meets on ``page``."""
    found: list[tuple[str, str, tuple[float, ...]]] = []
    fill: list[tuple[float, ...]] = [(0.0,)]

    def operator(op, args, _cm, _tm) -> None:
        if op in (b"rg", b"g"):
            fill[0] = tuple(round(float(a), 3) for a in args)

    def visit(text, _cm, _tm, font, _size) -> None:
        if text.strip() and font is not None:
            name = str(font["/BaseFont"]).partition("+")[2]
            found.append((unicodedata.normalize("NFKC", text), name, fill[0]))

    PdfReader(path).pages[page].extract_text(visitor_operand_before=operator, visitor_text=visit)
    return found


RED = (0.627, 0.0, 0.0)  # "#a00000", the warnings' colour


def test_in_arabic_the_warnings_keep_their_bold_and_colour(vault, out) -> None:
    """The documents' own markup (the warning that opens a document shared without her consent,
    an urgent referral's line) was dropped when an Arabic paragraph was laid out: the words
    printed black and regular. The runs are shaped, the tags kept on them."""
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(name=fake.name())).reference
        details = ReferralDetails(AGENCY, "Shelter", Urgency.URGENT, "طلبت مكانا آمنا.")
        made = ReferralService(cw).record(ref, details)
    reason = "خطر وشيك على حياتها؛ طلبت الشرطة ذلك كتابة."
    with vault.sign_in(Role.MANAGER) as manager:
        options = ExportOptions(
            out, language="ar", told=WILL_BE_TOLD, without_consent_reason=reason
        )
        path = ExportService(manager).referral_letter(ref, made.record_id, options).path
    seen = drawn_with(path)
    with writing_in("ar"):
        warning = translate("Documents", "Shared without the survivor's consent.")
        respond = translate("Documents", "please respond today.")
        urgent = tr(label(Urgency.URGENT))

    def words(text: str) -> set[str]:
        return {w.strip(".،,:؛—") for w in unicodedata.normalize("NFKC", text).split()} - {""}

    def drawn(bold: bool, colour: tuple[float, ...]) -> set[str]:
        return {
            w
            for text, font, fill in seen
            if font.endswith("-Bold") == bold and fill == colour
            for w in words(text)
        }

    assert words(warning) <= drawn(True, RED)
    assert words(urgent) <= drawn(True, RED)
    # The sentences after them are neither bold nor red.
    assert not words(respond) & drawn(True, RED)
    assert words(respond) <= drawn(False, (0.102, 0.102, 0.102))  # INK, "#1a1a1a"
    assert any(font == "NotoSansArabic-Bold" for _, font, _ in seen)


def test_photographs_align_with_the_page_they_are_on() -> None:
    """A photograph sits where its caption starts: on the left of a page written left to right,
    on the right of one written right to left (it stood on the left, under a caption on the
    right)."""
    import hashlib
    import io
    from datetime import UTC, datetime

    from PIL import Image

    from onestop.reports.bundle import BundleSection, CourtBundle, render_bundle
    from onestop.reports.document import Letterhead
    from onestop.reports.parts import Photograph

    data = io.BytesIO()
    Image.new("RGB", (640, 480), "teal").save(data, "JPEG")
    taken = datetime(2026, 3, 1, 9, tzinfo=UTC)
    photo = Photograph(
        1, "Forearm", taken, hashlib.sha256(data.getvalue()).hexdigest(), data.getvalue()
    )
    bundle = CourtBundle("Person", [], "Advocate", [BundleSection.PHOTOGRAPHS], photographs=[photo])
    placed = {}
    for language in ("en", "ar"):
        head = Letterhead(
            "Centre", "Court bundle", "OSC-2026-00001", "Advocate", taken, language=language
        )
        pdf, _ = render_bundle(head, bundle)
        document = pdfium.PdfDocument(pdf)
        try:
            ((left, _, right, _),) = [
                obj.get_bounds()
                for page in document
                for obj in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE])
            ]
        finally:
            document.close()
        placed[language] = (left, right)
    (en_left, en_right), (ar_left, ar_right) = placed["en"], placed["ar"]
    assert abs(en_left - FRAME_LEFT) < 1 and FRAME_RIGHT - en_right > 50
    assert abs(ar_right - FRAME_RIGHT) < 1 and ar_left - FRAME_LEFT > 50


def children_of(scripts: str) -> list[tuple[str, int]]:
    """A child's first name and age for each letter of ``scripts`` ("L" Latin, "A" Arabic),
    no name holding another."""
    latin, arabic_names = Faker("en_US"), Faker("ar_AA")
    latin.seed_instance(7)
    arabic_names.seed_instance(7)
    names: list[str] = []
    while len(names) < len(scripts):
        name = (latin if scripts[len(names)] == "L" else arabic_names).first_name()
        if not any(name in other or other in name for other in names):
            names.append(name)
    return [(name, age) for name, age in zip(names, (11, 7, 2), strict=False)]


@pytest.mark.parametrize("scripts", ["LLA", "ALL", "LAL"])
def test_her_children_read_from_the_right_in_the_order_recorded(vault, out, scripts) -> None:
    """In an Arabic referral letter the first child recorded is the first a reader of Arabic
    reads, at the right, each name as typed. Neighbouring Latin names were one left-to-right
    run ("Amina, 11; Yusuf, 7") whose first child stood left of the second."""
    from onestop.domain.coordination import Sector
    from onestop.services.directory import AgencyDetails, DirectoryService

    children = children_of(scripts)
    notes = "; ".join(f"{name}, {age}" for name, age in children)
    with vault.sign_in(Role.CASEWORKER) as cw:
        details = SurvivorDetails(name=fake.name(), children_count=3, children_notes=notes)
        ref = CaseService(cw).open_case(details).reference
        listed = DirectoryService(cw).add(AgencyDetails(AGENCY, Sector.CHILD_SERVICES))
        made = ReferralService(cw).record(
            ref, ReferralDetails(AGENCY, "Shelter", Urgency.ROUTINE, "طلبت مكانا آمنا.", listed.id)
        )
        ConsentService(cw).record(
            ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency=AGENCY, agency_id=listed.id
        )
        options = ExportOptions(out, language="ar")
        path = ExportService(cw).referral_letter(ref, made.record_id, options).path
    # pypdf gives the line as drawn: its strings one after another, each moving the pen on
    # to the right, so from the left. Each name as typed, the first child rightmost: read
    # from the right, the order recorded.
    layer = PdfReader(path).pages[0].extract_text()
    (line,) = [line for line in layer.split("\n") if children[0][0] in line]
    drawn = [line.find(name) for name, _ in children]
    assert -1 not in drawn, (children, line)
    assert drawn == sorted(drawn, reverse=True), (children, line)
    # In reading order (PDFium reads each right-to-left line whole, as set): the children as
    # recorded, the Arabic semicolon between them.
    listed_text = "\u061b ".join(f"{name}, {age}" for name, age in children)
    assert listed_text in pdfium_text(path)
    # Their number in Arabic (it was printed in English).
    assert arabic("Number of children: {count}").partition(":")[0] in layer
    assert "Number of children" not in layer


@pytest.mark.parametrize("scripts", ["LL", "LA", "AL"])
def test_her_children_read_from_the_right_in_an_arabic_pack(vault, out, scripts) -> None:
    """In an Arabic case-conference pack, as in the referral letter, the first child recorded
    is the first a reader of Arabic reads, at the right, each name as typed: two Latin names
    made one left-to-right run, and a line of Latin names alone ran left to right."""
    from datetime import date, timedelta

    from onestop.services.conferences import ConferenceService

    children = children_of(scripts)
    notes = "; ".join(f"{name}, {age}" for name, age in children)
    with vault.sign_in(Role.CASEWORKER) as cw:
        details = SurvivorDetails(name=fake.name(), children_count=2, children_notes=notes)
        ref = CaseService(cw).open_case(details).reference
        ConsentService(cw).record(ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency="Police")
        ConferenceService(cw).refer(ref, "Threats to kill since the separation.")
        ConferenceService(cw).schedule(date.today() + timedelta(days=5), ["Police"])
        path = ExportService(cw).conference_pack(ExportOptions(out, language="ar")).path
    reader = PdfReader(path)
    (line,) = [
        line
        for page in reader.pages
        for line in page.extract_text().split("\n")
        if children[0][0] in line and children[1][0] in line
    ]
    # As drawn, from the left: each name as typed, the first child rightmost.
    drawn = [line.find(name) for name, _ in children]
    assert -1 not in drawn, (children, line)
    assert drawn == sorted(drawn, reverse=True), (children, line)
    # In reading order (PDFium): the children as recorded, the Arabic semicolon between them.
    document = pdfium.PdfDocument(path)
    try:
        read = " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in document)
    finally:
        document.close()
    assert "\u061b ".join(f"{name}, {age}" for name, age in children) in read


def test_a_list_in_a_sentence_is_joined_with_the_arabic_semicolon() -> None:
    """ "Still to plan together: …" on her safety plan, the criteria on a conference pack, the
    injuries of a summary line: in Arabic the items are joined by ؛ (U+061B), not a Latin
    semicolon; in English by "; "."""
    from datetime import UTC, datetime

    from onestop.reports.document import Letterhead, render
    from onestop.reports.language import listed
    from onestop.reports.safety_plan import SafetyPlanCopy, story

    plan = SafetyPlanCopy(parts={}, version=1, agreed_at=datetime.now(UTC), agreed_with="")
    for language, between, never in (("ar", "\u061b", ";"), ("en", ";", "\u061b")):
        with writing_in(language):
            assert listed(["a", "b", "c"], semicolons=True) == f"a{between} b{between} c"
            head = Letterhead("", "", "", "", datetime.now(UTC), language=language)
            pdf = render(head, story(plan, discreet=True))
        document = pdfium.PdfDocument(pdf)
        try:
            text = document[0].get_textpage().get_text_range()
        finally:
            document.close()
        still = next(line for line in text.splitlines() if line.count(between) >= 2)
        assert never not in still, (language, still)
