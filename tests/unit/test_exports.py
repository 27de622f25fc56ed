"""Documents that leave the centre: consent before anything is written, AES-256 when asked,
safe file names, the SHA-256 in the audit trail, and hostile text printed literally."""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from onestop.domain.audit import AuditAction
from onestop.domain.consent import Decision, Purpose, Told, ToldHer
from onestop.domain.referrals import Urgency
from onestop.domain.roles import Action, Role, Section, permits
from onestop.domain.validation import one_line_problem
from onestop.errors import ConsentRequired, PermissionDenied, ValidationFailed
from onestop.services.audit import AuditService
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.exports import ExportOptions, ExportService, file_name
from onestop.services.referrals import ReferralDetails, ReferralService
from onestop.services.settings import SettingsService

from .test_report_text import letters

WILL_BE_TOLD = ToldHer(Told.WILL_BE_TOLD, by="Her caseworker, at her next visit")

pytestmark = pytest.mark.both_backends

AGENCY = "Legal Aid Clinic & Co <Central>"
NAME = "Abena Mensah-Quaye"


@pytest.fixture
def referral(vault) -> tuple[str, int]:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = (
            CaseService(cw)
            .open_case(
                SurvivorDetails(
                    name=NAME, safe_phone="+233 20 000 0000", safe_code_word="sunflower"
                )
            )
            .reference
        )
        made = ReferralService(cw).record(
            ref, ReferralDetails(AGENCY, "Divorce advice", Urgency.URGENT, "She asked for it.")
        )
        return ref, made.record_id


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def consent(vault, ref: str, decision: Decision = Decision.GIVEN) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ConsentService(cw).record(ref, Purpose.SHARE_WITH_AGENCY, decision, agency=AGENCY)


def text_of(path: Path, password: str | None = None) -> str:
    reader = PdfReader(path)
    if password is not None:
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


DEVANAGARI = re.compile("[\u0900-\u097f]")
RTL = re.compile("[\u0590-\u08ff]")


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def fonts_of(path: Path) -> str:
    page = PdfReader(path).pages[0]
    return " ".join(str(f["/BaseFont"]) for f in page["/Resources"]["/Font"].values())


def glyphs_read_as(pdf: bytes, page: int, char: str) -> int:
    """How many glyphs of the page's fonts the text layer reads back as ``char``."""
    fonts = PdfReader(io.BytesIO(pdf)).pages[page]["/Resources"]["/Font"].values()
    target = f"<{char.encode('utf-16-be').hex().upper()}>"
    count = 0
    for font in fonts:
        font = font.get_object()
        if "/ToUnicode" in font:
            cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
            count += sum(1 for line in cmap.splitlines() if line.endswith(f" {target}"))
    return count


def in_order(needle: str, haystack: str) -> bool:
    """Every word of ``needle``, in order, in ``haystack`` (page headers and footers may
    come between the words of a text that runs over several pages)."""
    words = iter(nfkc(haystack).split())
    return all(word in words for word in nfkc(needle).split())


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_without_consent_nothing_is_written_then_with_it_the_letter_is(
    vault, referral, out
) -> None:
    ref, referral_id = referral
    with vault.sign_in(Role.CASEWORKER) as cw:
        exports = ExportService(cw)
        with pytest.raises(ConsentRequired, match=r"not consented to sharing .* No file"):
            exports.referral_letter(ref, referral_id, ExportOptions(out))
        assert list(out.iterdir()) == []
    consent(vault, ref)
    with vault.sign_in(Role.CASEWORKER) as cw:
        done = ExportService(cw).referral_letter(ref, referral_id, ExportOptions(out))
        who = cw.actor.username
    assert done.path == out / f"{ref}-referral-letter.pdf"
    assert [p.name for p in out.iterdir()] == [done.path.name]  # no leftover part file
    assert done.sha256 == hashlib.sha256(done.path.read_bytes()).hexdigest()
    text = squash(text_of(done.path))
    for expected in (NAME, AGENCY, "Divorce advice", "URGENT", "sunflower", "She asked for it."):
        assert expected in text
    assert "CONFIDENTIAL" in text and "Page 1 of 2" in text and ref in text
    meta = PdfReader(done.path).metadata
    assert meta.title == f"Referral letter {ref}" and NAME not in str(dict(meta))
    with vault.sign_in(Role.MANAGER) as manager:
        (entry,) = AuditService(manager).entries(actor=who, action=AuditAction.EXPORT.value)
    # The digest, and the referral's id for its history (ReferralService.history_of).
    assert entry.record_ref == ref
    assert entry.detail.split()[-2:] == [f"sha256={done.sha256}", f"referral={referral_id}"]
    assert NAME not in entry.detail


def test_withdrawn_consent_refuses_again(vault, referral, out) -> None:
    ref, referral_id = referral
    consent(vault, ref)
    consent(vault, ref, Decision.WITHDRAWN)
    with vault.sign_in(Role.CASEWORKER) as cw, pytest.raises(ConsentRequired, match="withdrawn"):
        ExportService(cw).referral_letter(ref, referral_id, ExportOptions(out))
    assert list(out.iterdir()) == []


def test_a_manager_may_override_with_a_reason_and_the_letter_says_so(vault, referral, out) -> None:
    ref, referral_id = referral
    reason = "Imminent risk to her life; the police asked in writing."
    with vault.sign_in(Role.CASEWORKER) as cw, pytest.raises(PermissionDenied, match="manager"):
        ExportService(cw).referral_letter(
            ref, referral_id, ExportOptions(out, told=WILL_BE_TOLD, without_consent_reason=reason)
        )
    with vault.sign_in(Role.MANAGER) as manager:
        exports = ExportService(manager)
        with pytest.raises(ValidationFailed, match="at least 20"):
            exports.referral_letter(
                ref,
                referral_id,
                ExportOptions(out, told=WILL_BE_TOLD, without_consent_reason="urgent"),
            )
        done = exports.referral_letter(
            ref, referral_id, ExportOptions(out, told=WILL_BE_TOLD, without_consent_reason=reason)
        )
        (entry,) = AuditService(manager).entries(action=AuditAction.EXPORT.value)
    text = squash(text_of(done.path))
    assert "SHARED WITHOUT THE SURVIVOR'S CONSENT" in text and reason in text
    assert "without consent" in entry.detail


def test_encryption_is_aes_256_and_needs_the_password(vault, referral, out) -> None:
    ref, referral_id = referral
    consent(vault, ref)
    with vault.sign_in(Role.CASEWORKER) as cw:
        exports = ExportService(cw)
        with pytest.raises(ValidationFailed, match="at least 10"):
            exports.referral_letter(ref, referral_id, ExportOptions(out, password="short"))
        done = exports.referral_letter(
            ref, referral_id, ExportOptions(out, password="river stone 2026")
        )
    reader = PdfReader(done.path)
    assert reader.is_encrypted
    handler = reader.trailer["/Encrypt"]
    assert (handler["/V"], handler["/R"]) == (5, 6)
    assert handler["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    assert NAME.encode() not in done.path.read_bytes()
    assert NAME in text_of(done.path, "river stone 2026")
    wrong = PdfReader(done.path)
    assert not wrong.decrypt("not the password")


def test_file_names_carry_the_reference_and_never_her_name(vault, referral, out) -> None:
    ref, referral_id = referral
    consent(vault, ref)
    assert file_name("Court bundle", ref) == f"{ref}-court-bundle.pdf"
    with vault.sign_in(Role.CASEWORKER) as cw:
        exports = ExportService(cw)
        for bad in ("abena-letter.pdf", "Letter for MENSAH-QUAYE.pdf"):
            with pytest.raises(ValidationFailed, match="contains her name"):
                exports.referral_letter(ref, referral_id, ExportOptions(out / bad))
        with pytest.raises(ValidationFailed, match=r"\.pdf"):
            exports.referral_letter(ref, referral_id, ExportOptions(out / "letter.txt"))
        done = exports.referral_letter(ref, referral_id, ExportOptions(out / "to-lac.pdf"))
        with pytest.raises(ValidationFailed, match="already there"):
            exports.referral_letter(ref, referral_id, ExportOptions(done.path))
    assert sorted(p.name for p in out.iterdir()) == ["to-lac.pdf"]


@pytest.mark.parametrize("role", list(Role))
def test_who_may_export_a_referral_letter(vault, referral, out, role: Role) -> None:
    ref, referral_id = referral
    consent(vault, ref)
    may = all(permits(role, s, Action.READ) for s in (Section.IDENTITY, Section.REFERRALS))
    with vault.sign_in(role) as session:
        exports = ExportService(session)
        if may:
            assert exports.referral_letter(ref, referral_id, ExportOptions(out)).path.exists()
        else:
            with pytest.raises(PermissionDenied):
                exports.referral_letter(ref, referral_id, ExportOptions(out))
            assert list(out.iterdir()) == []


def test_hostile_text_prints_literally(vault, out, hostile_text) -> None:
    """Every name of the corpus as the survivor's name, the agency and the centre: the text
    pypdf reads back is the text typed (right-to-left text in display order; whitespace as
    printed; direction overrides dropped, by design)."""
    with vault.sign_in(Role.ADMIN) as admin:
        SettingsService(admin).update(centre_name="Centre <b>& Co</b>")
    notes = hostile_text["notes"]
    for n, name in enumerate(hostile_text["names"]):
        if len(name) > 200:
            continue
        agency = f"Agency {n} {name}"
        if one_line_problem(name) is not None:
            # A direction mark in a name is refused at the door (tests/unit/test_insider_text.py),
            # so it never reaches a document.
            with vault.sign_in(Role.CASEWORKER) as cw, pytest.raises(ValidationFailed):
                CaseService(cw).open_case(SurvivorDetails(name=name))
            continue
        with vault.sign_in(Role.CASEWORKER) as cw:
            ref = CaseService(cw).open_case(SurvivorDetails(name=name)).reference
            made = ReferralService(cw).record(
                ref, ReferralDetails(agency, "Shelter", Urgency.ROUTINE, note := notes[n % 4])
            )
            ConsentService(cw).record(ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency=agency)
            done = ExportService(cw).referral_letter(ref, made.record_id, ExportOptions(out))
        text = squash(text_of(done.path))
        assert "Centre <b>& Co</b>" in text
        if RTL.search(note):
            # pypdf moves the spaces at a change of direction when it reads the line back
            # into logical order; the letters, and their order, must be the typed ones.
            assert "".join(nfkc(note).split()) in "".join(nfkc(text).split())
        else:
            assert in_order(note, text), (n, note[:60])
        printed = squash(name.replace("\u202e", "").replace("\u202c", ""))
        if "\U0001f469" in printed:
            # Noto Emoji has each emoji of a sequence, not the sequences' own glyphs: the
            # variation selector (U+FE0F, which only asks for the colour form) is not printed.
            printed = printed.replace("\ufe0f", "")
            assert "Emoji" in fonts_of(done.path)
        if DEVANAGARI.search(printed):
            # Every letter comes back, conjuncts included, in the order the glyphs are drawn
            # (see test_report_text.letters). It is set in the Devanagari face.
            assert "Devanagari" in fonts_of(done.path)
            assert all(word in letters(text) for word in letters(printed)), (name, text[:300])
            continue
        # Arabic comes back in presentation forms (NFKC folds them) and in logical order.
        assert nfkc(printed) in nfkc(text), (name, text[:300])


# ----- the medico-legal report ------------------------------------------------------------


def examined(vault) -> tuple[str, str]:
    """A case with a rape 31 h before PEP, an encounter with three injuries, a forensic exam
    with a specimen handed to the police, and a photograph; returns (reference, photo sha)."""
    import io as _io
    from datetime import UTC, datetime, timedelta

    from PIL import Image

    from onestop.domain.casefile import GbvType, IncidentContext
    from onestop.domain.clinical import IncidentTime
    from onestop.domain.forensic import Handover, SpecimenType
    from onestop.domain.health import BodySide, Injury, Treatment, TreatmentKind
    from onestop.services.attachments import AttachmentService, Caption
    from onestop.services.forensic import ExamDetails, ForensicService, SpecimenDetails
    from onestop.services.health import EncounterDetails, HealthService
    from onestop.services.incidents import IncidentDetails, IncidentService

    now = datetime.now(UTC).replace(second=0, microsecond=0)
    incident_at = now - timedelta(hours=40)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(name=NAME)).reference
        incident = (
            IncidentService(cw)
            .record(
                ref,
                IncidentDetails(
                    IncidentTime.exact(incident_at), GbvType.RAPE, IncidentContext.OTHER
                ),
            )
            .incident_id
        )
    with vault.sign_in(Role.CLINICIAN) as clinician:
        ledger = ConsentService(clinician)
        for purpose in (Purpose.FORENSIC_COLLECTION, Purpose.PHOTOGRAPHY):
            ledger.record(ref, purpose, Decision.GIVEN, decided_at=now - timedelta(hours=9))
        HealthService(clinician).record(
            ref,
            EncounterDetails(
                seen_at=now - timedelta(hours=9),
                incident_id=incident,
                history="Assaulted by <two> men & threatened.",
                examination="Bruising as marked.",
                injuries=(
                    Injury(
                        1, "Bruise", "3 x 2 cm", "Left forearm, purple", BodySide.FRONT, 0.2, 0.45
                    ),
                    Injury(2, "Abrasion", "1 cm", "Right knee", BodySide.FRONT, 0.6, 0.8),
                    Injury(3, "Bruise", "5 cm", "Upper back", BodySide.BACK, 0.5, 0.3),
                ),
                treatments=(
                    Treatment(TreatmentKind.PEP_FIRST_DOSE, incident_at + timedelta(hours=31)),
                ),
            ),
        )
        forensic = ForensicService(clinician)
        exam = forensic.open_exam(ref, ExamDetails("Dr Okafor", now - timedelta(hours=8), incident))
        (specimen,) = forensic.add_specimen(
            ref,
            exam.exam_id,
            SpecimenDetails(
                SpecimenType.VAGINAL_SWAB, now - timedelta(hours=7), "Dr Okafor", "SEAL-7731"
            ),
        ).specimens
        forensic.hand_over(
            ref,
            specimen.specimen_id,
            Handover(
                "Dr Okafor", "PC Mensah", "City Police", now - timedelta(hours=6), "To the lab"
            ),
        )
        picture = _io.BytesIO()
        Image.new("RGB", (640, 480), "purple").save(picture, format="JPEG")
        photo = AttachmentService(clinician).add(
            ref,
            Section.FORENSIC,
            picture.getvalue(),
            "image/jpeg",
            title="Left forearm",
            incident_id=incident,
            # Its time not recorded: the caption says so.
            caption=Caption("Dr Okafor", "Left forearm, outer side", 1),
        )
    return ref, photo.sha256


# A photograph's caption as examined() records it: who, when (not recorded), where, which
# injury of the injuries table.
CAPTION = (
    "Taken by: Dr Okafor · When: Not recorded · Body site: Left forearm, outer side · "
    "Injury number: 1"
)


def test_the_medico_legal_report_needs_consent_and_holds_the_evidence(vault, out) -> None:
    ref, photo_sha = examined(vault)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        exports = ExportService(clinician)
        with pytest.raises(ConsentRequired, match="with the police"):
            exports.medico_legal(ref, ExportOptions(out))
        with pytest.raises(ConsentRequired, match="in court"):
            exports.medico_legal(ref, ExportOptions(out), purpose=Purpose.USE_IN_COURT)
        with pytest.raises(ValidationFailed, match="police or to court"):
            exports.medico_legal(ref, ExportOptions(out), purpose=Purpose.PHOTOGRAPHY)
        assert list(out.iterdir()) == []
        ConsentService(clinician).record(ref, Purpose.SHARE_WITH_POLICE, Decision.GIVEN)
        done = exports.medico_legal(ref, ExportOptions(out))
    assert done.path.name == f"{ref}-medico-legal-report.pdf"
    text = squash(text_of(done.path))
    for expected in (
        NAME,
        "Rape",
        "Assaulted by <two> men & threatened.",
        "PEP first dose 31 h after the incident",
        "Left forearm, purple",
        "Upper back",
        "SEAL-7731",
        "PC Mensah",
        "City Police",
        photo_sha,
        "Photograph 1. Left forearm",
        CAPTION,
        # No opinion recorded on this examination: a draft, with nothing to sign yet.
        "Medico-legal report (draft: not ready to sign)",
        "recorded by Test Clinician",  # the colleague's name, not the account's username
    ):
        assert expected in text, expected
    reader = PdfReader(done.path)
    assert len(reader.pages) >= 2 and any("/XObject" in p["/Resources"] for p in reader.pages)


@pytest.mark.parametrize("role", list(Role))
def test_who_may_export_a_medico_legal_report(vault, out, role: Role) -> None:
    ref, _ = examined(vault)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        ConsentService(clinician).record(ref, Purpose.SHARE_WITH_POLICE, Decision.GIVEN)
    needs = (Section.IDENTITY, Section.INCIDENTS, Section.HEALTH, Section.FORENSIC)
    with vault.sign_in(role) as session:
        if all(permits(role, s, Action.READ) for s in needs):
            assert ExportService(session).medico_legal(ref, ExportOptions(out)).path.exists()
        else:
            with pytest.raises(PermissionDenied):
                ExportService(session).medico_legal(ref, ExportOptions(out))
            assert list(out.iterdir()) == []


# ----- the court bundle -------------------------------------------------------------------


def scanned_statement(pages: int) -> bytes:
    import io as _io

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen.canvas import Canvas

    out = _io.BytesIO()
    canvas = Canvas(out, pagesize=letter)  # a US-letter scan, to be fitted onto A4
    for n in range(1, pages + 1):
        canvas.setFont("Helvetica", 14)
        canvas.drawString(72, 700, f"WITNESS STATEMENT PAGE {n} OF {pages}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def index_of(reader: PdfReader) -> dict[str, str]:
    """The index page read back: each entry's title and the section page printed for it
    ("B3"). The text layer gives each line in reading order: the title, then the dotted
    leader and its number (pypdf puts the leader on a line of its own)."""
    lines = reader.pages[1].extract_text().splitlines()
    start = lines.index("Index") + 1
    # After the index's opening note (the court bundle's, or the counselling notes bundle's).
    ends = ("(CN1 …).", "pages of the court bundle.")
    start += next(k for k, line in enumerate(lines[start:]) if line.endswith(ends)) + 1
    entries: dict[str, str] = {}
    title: list[str] = []
    for line in lines[start:]:
        leader = re.fullmatch(r"(.*?)(?:\s*\.){2,}\s*([A-Z]+\d+)", line)
        if leader:
            title += [leader[1].strip()] if leader[1].strip() else []
            entries[" ".join(title)] = leader[2]
            title = []
        elif line.strip():
            title.append(line.strip())
    return entries


def footer_label(text: str) -> str:
    """The section page number printed at the foot of a page's text ("" on the cover)."""
    found = re.findall(r"^([A-F]\d+)$", text, re.MULTILINE)
    return found[-1] if found else ""


def test_the_court_bundle_index_bookmarks_and_pages_agree(vault, out) -> None:
    from datetime import UTC, date, datetime, timedelta

    from onestop.reports.bundle import BundleSection
    from onestop.services.attachments import AttachmentService
    from onestop.services.legal import (
        HearingDetails,
        Hearings,
        LegalMatters,
        MatterDetails,
        OrderDetails,
        ProtectionOrders,
    )

    ref, photo_sha = examined(vault)
    today = date.today()
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        LegalMatters(advocate).record(
            ref,
            MatterDetails(
                "PR-77/2026",
                "Central Court",
                "CC-123",
                judge="HHJ Example",
                applicant="A. Applicant",
                respondent="R. Respondent",
            ),
        )
        Hearings(advocate).record(
            ref, HearingDetails(datetime.now(UTC) - timedelta(days=3), "Central Court", "Mention")
        )
        ProtectionOrders(advocate).record(
            ref, OrderDetails("Non-molestation", today, today + timedelta(days=180), "No contact")
        )
        statement = AttachmentService(advocate).add(
            ref, Section.LEGAL, scanned_statement(2), "application/pdf", title="Her statement"
        )
        exports = ExportService(advocate)
        everything = [s for s in BundleSection if s is not BundleSection.COUNSELLING]
        with pytest.raises(ConsentRequired, match="in court"):
            exports.court_bundle(ref, ExportOptions(out), everything)
        with pytest.raises(PermissionDenied):  # counselling notes are counsellors' only
            exports.court_bundle(ref, ExportOptions(out), [BundleSection.COUNSELLING])
        assert list(out.iterdir()) == []
        ConsentService(advocate).record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
        # A case summary written: section A is titled for both (without, "Chronology").
        done = exports.court_bundle(
            ref, ExportOptions(out), everything, case_summary="She applies for an order."
        )
    assert done.path.name == f"{ref}-court-bundle.pdf"
    reader = PdfReader(done.path)
    total = len(reader.pages)
    index = index_of(reader)
    outline = {
        item.title: reader.get_destination_page_number(item) + 1
        for item in _flatten(reader.outline)
    }
    labels = reader.page_labels
    assert labels[:2] == ["i", "ii"]  # the cover and the index
    # Every part under its PD27A section, in the section's order; each index entry is the
    # section page (the footer's number, the PDF's page label) of its bookmark's page.
    letters = {
        "A": ["Case summary and chronology"],
        "B": ["Protection orders", "Hearings"],
        "C": ["Statements"],
        "D": ["Medical report", "Forensic report", "Chain of custody"],
        "E": ["Photographs (exhibits)"],
        "F": ["Incident summary"],
    }
    tops = [item.title for item in reader.outline if not isinstance(item, list)]
    assert [t.split(":")[0] for t in tops] == [f"Section {x}" for x in letters]
    for title, label in index.items():
        page = outline[title]
        assert labels[page - 1] == label, title
        body = reader.pages[page - 1].extract_text()
        assert footer_label(body) == label and f"Page {page} of {total}" in body, title
    for letter, parts in letters.items():
        opening = next(t for t in tops if t.startswith(f"Section {letter}:"))
        assert index[opening] == f"{letter}1"
        for heading in parts:
            assert index[heading].startswith(letter), heading
            assert heading in reader.pages[outline[heading] - 1].extract_text(), heading
    assert [index[h] for h in letters["D"]] == sorted(
        (index[h] for h in letters["D"]), key=lambda x: int(x[1:])
    )
    assert set(index) >= {s.heading for s in everything}
    # Exhibits and statements have their own entries; the statement's pages follow it,
    # numbered with the bundle and within section C.
    assert index["Exhibit P1. Left forearm"].startswith("E")
    exhibit = squash(reader.pages[outline["Exhibit P1. Left forearm"] - 1].extract_text())
    assert "Exhibit P1. Left forearm" in exhibit and CAPTION in exhibit
    first = outline["Statement 1. Her statement"]
    for n in (1, 2):
        text = reader.pages[first - 1 + n].extract_text()
        assert f"WITNESS STATEMENT PAGE {n} OF 2" in text
        assert f"Page {first + n} of {total}" in text
        assert footer_label(text) == f"C{int(index['Statement 1. Her statement'][1:]) + n}"
    assert statement.sha256 in squash(text_of(done.path)) and photo_sha in squash(
        text_of(done.path)
    )
    for expected in ("CC-123", "Non-molestation", "Mention", "SEAL-7731", "PC Mensah", NAME):
        assert expected in text_of(done.path)
    cover = squash(reader.pages[0].extract_text())
    for expected in (
        "Judge HHJ Example",
        "Applicant A. Applicant",
        "Respondent R. Respondent",
        "Case number CC-123",
        "Last hearing",
    ):
        assert expected in cover, expected


def _flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from _flatten(item)
        else:
            yield item


def test_a_clinician_exports_a_bundle_of_what_she_may_read(vault, out) -> None:
    from onestop.reports.bundle import BundleSection

    ref, _ = examined(vault)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        ConsentService(clinician).record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
        exports = ExportService(clinician)
        with pytest.raises(PermissionDenied):  # hearings are the legal section's
            exports.court_bundle(ref, ExportOptions(out), [BundleSection.HEARINGS])
        done = exports.court_bundle(
            ref, ExportOptions(out), [BundleSection.MEDICAL, BundleSection.CUSTODY]
        )
    reader = PdfReader(done.path)
    assert [o.title for o in reader.outline if not isinstance(o, list)] == [
        "Section D: Medical and forensic reports"
    ]
    parts = reader.outline[1]
    assert [o.title for o in parts if not isinstance(o, list)] == [
        "Medical report",
        "Chain of custody",
    ]
    # Under the medical part, its documents: the examined incident's medico-legal report,
    # here a draft (no opinion recorded), said to be left out.
    (documents,) = [o for o in parts if isinstance(o, list)]
    assert [o.title for o in documents] == [
        "Medico-legal report for incident 1: not included, no opinion recorded (draft)"
    ]


def bundle_of(sections: list, **content: object) -> tuple[bytes, object]:
    """A court bundle rendered straight from its content (no vault): the reports layer alone."""
    from onestop.reports.bundle import CourtBundle, render_bundle
    from onestop.reports.document import Letterhead

    when = datetime(2026, 3, 1, 9, tzinfo=UTC)
    head = Letterhead("Centre", "Court bundle", "OSC-2026-00001", "Advocate", when)
    bundle = CourtBundle(
        person="Test Person",
        court_cases=[],
        prepared_by="Advocate",
        sections=sections,
        **content,  # type: ignore[arg-type]
    )
    return render_bundle(head, bundle)


def test_a_long_bundle_lays_out_in_one_go_with_the_right_page_count() -> None:
    """Many examinations with body maps: some maps move to the next page in one layout pass and
    not in another. The passes must start clean (a map once moved is not "too large" the next
    time), and every page must say the bundle's final page count."""
    from onestop.domain.health import BodySide, Injury
    from onestop.reports.parts import EncounterPart
    from onestop.services.exports import BundleSection

    seen = datetime(2026, 3, 1, 9, tzinfo=UTC)
    encounters = [
        EncounterPart(
            seen_at=seen + timedelta(days=n),
            recorded_by="Nurse",
            history=" ".join(["She described the assault in her own words."] * (5 + n % 9)),
            examination="Bruising as marked.",
            injuries=[Injury(1, "Bruise", "2 cm", "Forearm", BodySide.FRONT, 0.3, 0.4)],
            treatments=[],
            follow_ups=[],
        )
        for n in range(40)
    ]
    pdf, laid = bundle_of([BundleSection.MEDICAL], encounters=encounters)
    reader = PdfReader(io.BytesIO(pdf))
    total = len(reader.pages)
    assert laid.total_pages == total > 20
    for number, page in enumerate(reader.pages, start=1):
        assert f"Page {number} of {total}" in page.extract_text()


def test_photographs_go_into_the_pdf_byte_for_byte() -> None:
    """A JPEG is copied in as taken (never decoded and re-encoded); a PNG is drawn too."""
    from PIL import Image as PILImage

    from onestop.reports.parts import Photograph
    from onestop.services.exports import BundleSection

    def picture(fmt: str, colour: str) -> bytes:
        out = io.BytesIO()
        PILImage.new("RGB", (640, 480), colour).save(out, fmt)
        return out.getvalue()

    jpeg, png = picture("JPEG", "teal"), picture("PNG", "orange")
    taken = datetime(2026, 3, 1, 9, tzinfo=UTC)
    photos = [
        Photograph(n, f"Exhibit {n}", taken, hashlib.sha256(data).hexdigest(), data)
        for n, data in enumerate((jpeg, png), start=1)
    ]
    pdf, _ = bundle_of([BundleSection.PHOTOGRAPHS], photographs=photos)
    images = [image for page in PdfReader(io.BytesIO(pdf)).pages for image in page.images]
    assert len(images) == 2
    assert any(image.data == jpeg for image in images)
    assert any(image.image is not None and image.image.size == (640, 480) for image in images)


def test_the_bundle_index_prints_titles_in_any_script() -> None:
    """Statement titles are the index's only user text: shaped (Arabic joined, read back as
    the letters typed), right-to-left words in reading order, nothing missing."""
    from onestop.reports.bundle import Statement
    from onestop.services.exports import BundleSection

    titles = ["إفادة أميرة حداد, 2026", "הצהרה של מרים כהן, 2026", "ቃል ደረጀ, 2026", "प्रिया शर्मा"]
    statements = [Statement(n, t, "ab" * 32, 0) for n, t in enumerate(titles, start=1)]
    pdf, _ = bundle_of([BundleSection.STATEMENTS], statements=statements)
    index = PdfReader(io.BytesIO(pdf)).pages[1].extract_text()
    assert "Index" in index and "\uffff" not in index
    assert "إفادة أميرة حداد" in index and not re.search("[\ufe70-\ufeff]", index)
    # Shaped: the final and the isolated dal of "حداد" are two glyphs, both read back as dal,
    # in each Arabic face on the page (the index's regular, a bold heading's bold).
    faces = PdfReader(io.BytesIO(pdf)).pages[1]["/Resources"]["/Font"].values()
    arabic = [f for f in faces if "NotoSansArabic" in str(f.get_object()["/BaseFont"])]
    assert arabic and glyphs_read_as(pdf, 1, "\u062f") == 2 * len(arabic), "Arabic is shaped"
    assert "הצהרה של מרים כהן" in index
    assert "Statement 3. ቃል ደረጀ, 2026" in index
    assert letters("प्रिया शर्मा") == letters(index.split("Statement 4.")[1])[:2]


def test_the_bundle_prints_the_examiners_opinion_with_the_caution() -> None:
    """Section D gives each forensic examination's opinion as the medico-legal report does,
    with the caution that the absence of injury does not exclude assault, in small print
    after it; an examination without one says so, with no caution to read as an opinion."""
    from onestop.reports.parts import ExamPart
    from onestop.services.exports import BundleSection

    started = datetime(2026, 3, 1, 9, tzinfo=UTC)
    opinion = "The findings are consistent with the account given."
    exams = [
        ExamPart("Dr Examiner", started, "", [], opinion=opinion),
        ExamPart("Dr Examiner", started + timedelta(days=1), "", []),
    ]
    pdf, _ = bundle_of([BundleSection.FORENSIC], exams=exams)
    text = squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))
    first, second = text.split("Forensic examination 2")
    assert in_order(f"Forensic examination 1 The examiner's opinion {opinion}", first)
    caution = "The absence of injury does not exclude sexual or physical assault"
    assert caution in first and caution not in second
    assert "No opinion is recorded." in second and opinion not in second
