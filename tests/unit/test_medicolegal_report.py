"""The medico-legal report as a forensic physician and a prosecutor read it (WHO/UNODC
guidance, PHR's MOH 363): the declaration names the examiner recorded on the examination,
not whoever exported it; one incident and its examination, later visits in a table; only
that incident's photographs; her consents with their times; the elapsed time at the top; the
examiner's opinion with the standard caution; a numbered report whose version moves on when
the records were amended after an export. Each read back from the written PDF with pypdf."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image
from pypdf import PdfReader

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.health import BodySide, Injury
from onestop.domain.roles import Role, Section
from onestop.errors import NotFound, ValidationFailed
from onestop.services.attachments import AttachmentService, Caption
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.exports import ExportOptions, ExportService
from onestop.services.forensic import ExamDetails, ForensicService
from onestop.services.health import EncounterDetails, HealthService
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.settings import CentreContact, SettingsService
from onestop.services.users import UserService
from tests.conftest import username_for

pytestmark = pytest.mark.both_backends

CLINICIAN = username_for(Role.CLINICIAN)


def picture(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (320, 240), colour).save(out, format="JPEG")
    return out.getvalue()


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


@pytest.fixture
def case(vault):
    """A rape 20 h before the examination and, later, a physical assault; an examination by
    the clinician (opened by her, examiner chosen from staff), a review visit three days on,
    a photograph of each incident."""
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    examined = now - timedelta(days=5)
    with vault.sign_in(Role.ADMIN) as admin:
        UserService(admin).update_profile(
            CLINICIAN, qualifications="MB ChB, DFFLM", registration_number="GMC 7012345"
        )
        SettingsService(admin).update(
            centre_contact=CentreContact("12 Harbour Road\nPort Town", "+44 20 7946 0000", "")
        )
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Test person")).reference
        incidents = IncidentService(cw)
        rape = incidents.record(
            ref,
            IncidentDetails(
                IncidentTime.exact(examined - timedelta(hours=20)),
                GbvType.RAPE,
                IncidentContext.OTHER,
            ),
        ).incident_id
        assault = incidents.record(
            ref,
            IncidentDetails(
                IncidentTime.exact(now - timedelta(days=1)),
                GbvType.PHYSICAL_ASSAULT,
                IncidentContext.OTHER,
            ),
        ).incident_id
    with vault.sign_in(Role.CLINICIAN) as clinician:
        ledger = ConsentService(clinician)
        for purpose in (
            Purpose.MEDICAL_EXAMINATION,
            Purpose.FORENSIC_COLLECTION,
            Purpose.PHOTOGRAPHY,
        ):
            ledger.record(ref, purpose, Decision.GIVEN, decided_at=examined - timedelta(hours=1))
        health = HealthService(clinician)
        for seen, findings in (
            (examined, "Bruising as marked."),
            (examined + timedelta(days=3), "Healing well."),
        ):
            health.record(
                ref,
                EncounterDetails(
                    seen_at=seen,
                    incident_id=rape,
                    history="As given.",
                    examination=findings,
                    injuries=(
                        Injury(1, "Bruise", "3 cm", "Forearm", BodySide.FRONT, 0.2, 0.45),
                        Injury(2, "Bruise", "2 cm", "Shoulder blade", BodySide.BACK, 0.3, 0.3),
                    ),
                ),
            )
        exam = ForensicService(clinician).open_exam(
            ref,
            ExamDetails(
                "Dr Okafor",
                examined,
                rape,
                examined_by=CLINICIAN,
                opinion="The findings are consistent with the account given.",
            ),
        )
        files = AttachmentService(clinician)
        mine = files.add(
            ref,
            Section.FORENSIC,
            picture("purple"),
            "image/jpeg",
            title="Forearm",
            incident_id=rape,
            taken_at=examined + timedelta(minutes=40),
            caption=Caption("Dr Okafor", "Right forearm, inner side", 1),
        )
        other = files.add(
            ref, Section.HEALTH, picture("green"), "image/jpeg", title="Cheek", incident_id=assault
        )
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        ConsentService(advocate).record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
    return ref, rape, exam, mine.sha256, other.sha256


def export(vault, role: Role, ref: str, out, incident: int):
    folder = out / str(len(list(out.iterdir())))  # each export to a folder of its own
    folder.mkdir()
    with vault.sign_in(role) as session:
        done = ExportService(session).medico_legal(
            ref, ExportOptions(folder), purpose=Purpose.USE_IN_COURT, incident_id=incident
        )
    reader = PdfReader(done.path)
    return reader, [squash(p.extract_text()) for p in reader.pages]


def test_the_declaration_names_the_examiner_and_says_who_prepared_it(vault, out, case) -> None:
    ref, rape, _exam, _mine, _other = case
    _reader, pages = export(vault, Role.MANAGER, ref, out, rape)
    text = " ".join(pages)
    # She examined her, made the findings and recorded them herself: she says so.
    assert (
        "I, Test Clinician (MB ChB, DFFLM), examined the person named in this report, made the "
        "findings it records and recorded them at the times shown." in text
    )
    assert "Registration number: GMC 7012345" in text
    assert "Test Manager" not in text.split("Declaration and statement of truth")[1]
    assert "Prepared by Test Manager from the examination recorded by Test Clinician." in text
    assert "I believe that the facts stated in this report are true." in text
    # The first page: number, version, elapsed time, the centre's address and contact.
    first = pages[0]
    for expected in (
        f"{ref}/ML-1",
        "Time from incident to examination 20 h after the incident",
        "12 Harbour Road",
        "+44 20 7946 0000",
    ):
        assert expected in first, expected
    # Her own export names no one else as preparer.
    _reader, pages = export(vault, Role.CLINICIAN, ref, out, rape)
    assert "Prepared by" not in " ".join(pages)


def test_one_examination_reviews_in_a_table_and_only_its_photographs(vault, out, case) -> None:
    from onestop.reports.parts import when

    ref, rape, exam, mine, other = case
    reader, pages = export(vault, Role.CLINICIAN, ref, out, rape)
    text = " ".join(pages)
    # The one examination, headed by when it was (the incident's only one: no number).
    examined = when(exam.details.started_at)
    assert text.count(f"Examination on {examined}") == 1, text
    assert text.count(f"Forensic examination on {examined}") == 1, text
    assert "Examination 1" not in text and "Examination 2" not in text
    assert "xamination 1 of" not in text
    assert "Further forensic examinations" not in text  # there was only one
    assert "Later review visits" in text and "Healing well." in text
    assert mine in text and other not in text
    assert "Cheek" not in text
    assert len(reader.pages[0].images) == 0  # the photograph is in its own section
    # Consents from the ledger, with their times; the opinion and the caution.
    for purpose in ("Medical examination", "Forensic collection", "Photography"):
        assert purpose in text, purpose
    assert "The findings are consistent with the account given." in text
    assert "absence of injury does not exclude" in text
    # Left and right on the body map and in the injuries' table; the ano-genital
    # examination in words, never a blank diagram that would read as a normal examination.
    assert "Right" in text and "Left" in text
    assert "Ano-genital examination No ano-genital findings are recorded" in text
    # The review visit's injuries are the incident's too: numbered on, with their body map.
    later = text.split("Injuries recorded at later visits", 1)[1]
    assert "Forearm" in later and "Shoulder blade" in later
    assert "No injuries were recorded" not in text


def test_a_photographs_caption_says_who_when_where_and_which_injury(vault, out, case) -> None:
    """WHO/UNODC: a photograph is evidence only with who took it, when, the body site and the
    injury it documents (numbered as the injuries table numbers them); missing parts are
    said to be missing, never left out."""
    from onestop.reports.parts import when

    ref, rape, _exam, _mine, _other = case
    _reader, pages = export(vault, Role.CLINICIAN, ref, out, rape)
    text = " ".join(pages)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        (taken,) = [
            a.taken_at for a in AttachmentService(clinician).list(ref) if a.title == "Forearm"
        ]
    assert "Photograph 1. Forearm" in text
    caption = text.split("Photograph 1. Forearm", 1)[1]
    assert caption.startswith(
        f" Taken by: Dr Okafor · When: {when(taken)} · Body site: Right forearm, inner side · "
        "Injury number: 1"
    ), caption[:200]
    # Injury 1 of the injuries table is the forearm the caption names.
    assert "Forearm" in text.split("Photograph 1.", 1)[0]


def test_an_amendment_after_export_gives_the_next_version(vault, out, case) -> None:
    ref, rape, exam, _mine, _other = case
    _reader, pages = export(vault, Role.CLINICIAN, ref, out, rape)
    assert "Version 1" in pages[0]
    _reader, pages = export(vault, Role.CLINICIAN, ref, out, rape)
    assert "Version 1" in pages[0]  # the same records: the same version
    with vault.sign_in(Role.CLINICIAN) as clinician:
        ForensicService(clinician).update_exam(
            ref,
            exam.exam_id,
            ExamDetails(
                "Dr Okafor",
                exam.details.started_at,
                rape,
                examined_by=CLINICIAN,
                opinion="Amended: consistent with the account given.",
            ),
            exam.version,
        )
    _reader, pages = export(vault, Role.CLINICIAN, ref, out, rape)
    text = " ".join(pages)
    assert "Version 2" in pages[0] and f"{ref}/ML-1" in pages[0]
    assert "Amended: consistent" in text
    assert "Recorded and amended" in text


def test_a_new_version_says_whom_the_version_it_replaces_named(vault, out, case) -> None:
    """Version 1 named the clinician (MB ChB, DFFLM). Her profile changes (version 2 says
    what version 1 gave as her details), then a visiting physician is made the examiner
    (version 3 says version 2 named the clinician), then the physician's name is corrected
    (version 4 says the name version 3 printed, read from the examination's history). A copy
    of a version says the same as it; a version whose examiner did not change says only
    which version it replaces."""
    ref, rape, exam, _mine, _other = case

    def summary() -> str:
        return " ".join(export(vault, Role.CLINICIAN, ref, out, rape)[1]).split(
            "The person examined", 1
        )[0]

    first = summary()
    assert "Version 1" in first and "This version replaces" not in first
    with vault.sign_in(Role.ADMIN) as admin:
        UserService(admin).update_profile(
            CLINICIAN, qualifications="MB ChB, FFLM", registration_number="GMC 7099999"
        )
    second = summary()
    assert "Version 2" in second
    assert (
        "This version replaces version 1 (issued " in second
        and "), which gave the examiner's qualifications as MB ChB, DFFLM and registration "
        "number as GMC 7012345."
        in second
    ), second
    assert summary() == second  # a copy of version 2 says the same
    with vault.sign_in(Role.CLINICIAN) as clinician:
        forensic = ForensicService(clinician)
        exam = forensic.update_exam(
            ref,
            exam.exam_id,
            replace(exam.details, examined_by=None, examiner="Dr Visiting Physician"),
            exam.version,
        )
    third = summary()
    assert "Version 3" in third
    assert "), which named Test Clinician as the examiner." in third, third
    with vault.sign_in(Role.CLINICIAN) as clinician:
        ForensicService(clinician).update_exam(
            ref, exam.exam_id, replace(exam.details, examiner="Dr Visiting Physicist"), exam.version
        )
    fourth = summary()
    assert "Version 4" in fourth
    assert "), which named Dr Visiting Physician as the examiner." in fourth, fourth
    with vault.sign_in(Role.CLINICIAN) as clinician:
        exam = ForensicService(clinician).list(ref)[0]
        ForensicService(clinician).update_exam(
            ref, exam.exam_id, replace(exam.details, opinion="Amended opinion."), exam.version
        )
    fifth = summary()
    assert "Version 5" in fifth and "This version replaces version 4 (issued " in fifth
    assert "which named" not in fifth and "which gave" not in fifth, fifth


def test_the_examiner_is_chosen_from_clinical_staff(vault, case) -> None:
    ref, rape, exam, _mine, _other = case
    with vault.sign_in(Role.CLINICIAN) as clinician:
        forensic = ForensicService(clinician)
        assert CLINICIAN in {e.username for e in forensic.examiners()}
        # Chosen from the staff, she is named as her profile names her, not as typed.
        assert exam.details.examiner == "Test Clinician"
        assert username_for(Role.CASEWORKER) not in {e.username for e in forensic.examiners()}
        with pytest.raises(ValidationFailed, match="clinical staff"):
            forensic.open_exam(
                ref,
                ExamDetails(
                    "Dr Okafor",
                    exam.details.started_at,
                    rape,
                    examined_by=username_for(Role.CASEWORKER),
                ),
            )


def test_a_second_forensic_examination_is_listed_not_left_out(vault, out, case) -> None:
    """A second forensic examination of the same incident is not reported in full here, but
    the report says it exists: when, and by whom."""
    ref, rape, exam, _mine, _other = case
    later = exam.details.started_at + timedelta(days=2)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        ForensicService(clinician).open_exam(
            ref, ExamDetails("Dr Second Examiner", later, rape, opinion="Not in this report.")
        )
    _reader, pages = export(vault, Role.CLINICIAN, ref, out, rape)
    text = " ".join(pages)
    section = text.split("Further forensic examinations of this incident", 1)[1]
    assert "1 further examination of the same incident" in section
    assert later.strftime("%Y-%m-%d") in section and "Dr Second Examiner" in section
    # The report stays the first examination's: its opinion, not the second one's.
    assert "The findings are consistent with the account given." in text
    assert "Not in this report." not in text


def test_the_second_forensic_examination_has_a_report_of_its_own(vault, out, case) -> None:
    """The second examination of the same incident, reported on its own: signed by its
    examiner with her opinion; the first visit (the first examiner's findings) neither drawn
    as its examination nor listed as its review; the first examination listed as reported on
    its own; a number of its own."""
    ref, rape, exam, _mine, _other = case
    later = exam.details.started_at + timedelta(days=2)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        second = ForensicService(clinician).open_exam(
            ref, ExamDetails("Dr Second Examiner", later, rape, opinion="Her own opinion.")
        )
    first_pages = export(vault, Role.CLINICIAN, ref, out, rape)[1]
    assert f"{ref}/ML-1" in first_pages[0]
    folder = out / "second"
    folder.mkdir()
    with vault.sign_in(Role.CLINICIAN) as clinician:
        done = ExportService(clinician).medico_legal(
            ref, ExportOptions(folder), purpose=Purpose.USE_IN_COURT, exam_id=second.exam_id
        )
    pages = [squash(p.extract_text()) for p in PdfReader(done.path).pages]
    text = " ".join(pages)
    assert f"{ref}/ML-2" in pages[0]
    assert "I, Dr Second Examiner, examined the person" in text
    assert "Her own opinion." in text
    assert "The findings are consistent with the account given." not in text
    assert "Bruising as marked." not in text  # the first examination's visit
    assert "Healing well." in text.split("Later review visits", 1)[1]  # the visit after hers
    section = text.split("Other forensic examinations of this incident", 1)[1]
    assert "This report covers a later forensic examination" in section
    assert "1 other examination of the same incident" in section
    assert exam.details.started_at.strftime("%Y-%m-%d") in section and "Test Clinician" in section
    with vault.sign_in(Role.CLINICIAN) as clinician:
        exports = ExportService(clinician)
        assert exports.medico_legal_opinion_missing(ref, exam_id=second.exam_id) is False
        with pytest.raises(NotFound):
            exports.medico_legal(ref, ExportOptions(folder), exam_id=second.exam_id + 99)


def test_an_examination_with_no_encounter_claims_no_absence_of_injury(vault, out, case) -> None:
    """The second examination of the incident has no clinical encounter of its own (the
    first visit is the first examination's): nothing was recorded of what was found, so the
    report says that no findings are recorded, never that no injuries were (a walk found
    "No injuries were recorded at this examination" over a visit with no record at all)."""
    ref, rape, exam, _mine, _other = case
    later = exam.details.started_at + timedelta(days=2)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        second = ForensicService(clinician).open_exam(
            ref, ExamDetails("Dr Second Examiner", later, rape, opinion="Her own opinion.")
        )
    with vault.sign_in(Role.CLINICIAN) as clinician:
        done = ExportService(clinician).medico_legal(
            ref, ExportOptions(out), purpose=Purpose.USE_IN_COURT, exam_id=second.exam_id
        )
    text = squash(" ".join(p.extract_text() for p in PdfReader(done.path).pages))
    assert "No injuries were recorded" not in text, text
    assert (
        "No examination findings are recorded for this examination: no clinical encounter was "
        "recorded at this visit, so this report records neither injuries nor their absence."
    ) in text
    # The first examination's own visit still says what it found.
    first = " ".join(export(vault, Role.CLINICIAN, ref, out, rape)[1])
    assert "No examination findings are recorded" not in first and "Forearm" in first


def test_the_consents_and_injuries_are_this_examinations(vault, out, case) -> None:
    """A later examination for another incident, with no forensic examination: her consents
    as they stood when she was examined (none taken after it), flagged as recorded before
    this incident; no injuries, said in words; no examiner named, since none examined her
    forensically (who recorded the visit is in its own record)."""
    ref, rape, _exam, _mine, _other = case
    with vault.sign_in(Role.CASEWORKER) as cw:
        assault = next(
            i.incident_id for i in IncidentService(cw).list(ref) if i.incident_id != rape
        )
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        HealthService(clinician).record(
            ref,
            EncounterDetails(
                seen_at=now - timedelta(hours=12),
                incident_id=assault,
                history="As given.",
                examination="Tender, no visible injury.",
            ),
        )
        # Withdrawn after the examination: not what she had decided when examined.
        ConsentService(clinician).record(ref, Purpose.PHOTOGRAPHY, Decision.WITHDRAWN)
    _reader, pages = export(vault, Role.CLINICIAN, ref, out, assault)
    text = " ".join(pages)
    consents = text.split("Her consents", 1)[1].split("Examination on ", 1)[0]
    assert "Withdrawn" not in consents
    assert consents.count("Given") == 4  # the "Given by" column and three decisions
    assert "* Recorded before this incident happened" in consents
    assert "No injuries were recorded at this examination or at the later visits" in text
    # No forensic examination: no examiner, no declaration.
    assert "Examiner No forensic examination is recorded for this incident." in text
    assert "GMC 7012345" not in text
    assert "Declaration and statement of truth" not in text


def test_each_body_map_says_what_it_shows_and_no_opinion_is_not_ready_to_sign(
    vault, out, case
) -> None:
    """Each body map is captioned with the examination or the later visits it shows (a map
    that falls on the next page is not read as the later visits'); a report with no opinion
    says that it is not ready to sign, on every page and with no declaration to sign, and one
    with an opinion does not."""
    ref, rape, _exam, _mine, _other = case
    _reader, pages = export(vault, Role.CLINICIAN, ref, out, rape)
    text = " ".join(pages)
    assert "Body map of this examination: the injuries recorded when she was seen on" in text
    assert "Body map of the injuries recorded at later visits, from" in text
    assert "not ready to sign" not in text
    with vault.sign_in(Role.CASEWORKER) as cw:
        assault = next(
            i.incident_id for i in IncidentService(cw).list(ref) if i.incident_id != rape
        )
    seen = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=2)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        HealthService(clinician).record(
            ref,
            EncounterDetails(
                seen_at=seen, incident_id=assault, history="As given.", examination="Tender."
            ),
        )
        # A forensic examination with no opinion recorded yet.
        ForensicService(clinician).open_exam(
            ref, ExamDetails("Dr Okafor", seen, assault, examined_by=CLINICIAN)
        )
    _reader, pages = export(vault, Role.CLINICIAN, ref, out, assault)
    text = " ".join(pages)
    warning = "This report is not ready to sign: the examiner has not recorded an opinion"
    assert warning in text
    # Nothing to sign by mistake, and every page says it is a draft (a page taken apart
    # too); no caution under "No opinion is recorded" to read as one (an outside reader).
    assert "Declaration and statement of truth" not in text and "Signature:" not in text
    draft = "Medico-legal report (draft: not ready to sign)"
    assert all(draft in page for page in pages), [draft in page for page in pages]
    assert "No opinion is recorded." in text and "does not exclude" not in text


FOREARM = (BodySide.FRONT, 0.2, 0.45)


def test_injuries_seen_long_after_the_examination_stay_off_the_later_visits_map(vault, out) -> None:
    """The 2-week review's injuries are drawn with the incident's (numbered on); a visit two
    months after the examination records something else: its injuries are not numbered or
    drawn as the incident's, the report says why, and the visit stays in the review table."""
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    examined = now - timedelta(days=70)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Test person")).reference
        rape = (
            IncidentService(cw)
            .record(
                ref,
                IncidentDetails(
                    IncidentTime.exact(examined - timedelta(hours=10)),
                    GbvType.RAPE,
                    IncidentContext.OTHER,
                ),
            )
            .incident_id
        )
        ConsentService(cw).record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        health = HealthService(clinician)
        for seen, findings, injury in (
            (examined, "Bruising as marked.", Injury(1, "Bruise", "3 cm", "Forearm", *FOREARM)),
            (
                examined + timedelta(days=15),
                "Two-week review: fading.",
                Injury(1, "Bruise", "2 cm", "Forearm fading", *FOREARM),
            ),
            (
                examined + timedelta(days=60),
                "Seen for her 3-month tests.",
                Injury(1, "Scar", "1 cm", "Healed knee scar", *FOREARM),
            ),
        ):
            health.record(
                ref,
                EncounterDetails(
                    seen_at=seen,
                    incident_id=rape,
                    history="As given.",
                    examination=findings,
                    injuries=(injury,),
                ),
            )
        ForensicService(clinician).open_exam(
            ref, ExamDetails("Dr Okafor", examined, rape, examined_by=CLINICIAN, opinion="Seen.")
        )
    _reader, pages = export(vault, Role.CLINICIAN, ref, out, rape)
    text = " ".join(pages)
    later = text.split("Injuries recorded at later visits", 1)[1]
    assert "Forearm fading" in later.split("Body map of the injuries recorded at later")[0]
    assert "Healed knee scar" not in text  # neither numbered nor drawn as the incident's
    assert (
        "Injuries recorded at 1 later visit more than 21 days after the examination ("
        f"{(examined + timedelta(days=60)).strftime('%Y-%m-%d')}" in text
    )
    reviews = text.split("Later review visits", 1)[1]
    assert "Two-week review: fading." in reviews and "Seen for her 3-month tests." in reviews


def test_markers_at_one_site_are_laid_apart_so_every_number_reads() -> None:
    """Twenty injuries marked at one point of the forearm, five close by, three on the back
    and one at the heel (the map's edge): every numbered marker is drawn, inside the map, and
    no two markers' boxes meet, so each number can be read; the ones moved are tied to their
    point by a leader line."""
    from itertools import combinations

    from reportlab.graphics.shapes import Circle, Line, String

    from onestop.reports.parts import MARKER_RADIUS, body_map

    injuries = [Injury(n, "Bruise", "1 cm", "Forearm", *FOREARM) for n in range(1, 21)]
    injuries += [
        Injury(20 + n, "Abrasion", "1 cm", "Near", BodySide.FRONT, 0.2 + n / 100, 0.46)
        for n in range(1, 6)
    ]
    injuries += [
        Injury(25 + n, "Bruise", "2 cm", "Back", BodySide.BACK, 0.5, 0.3) for n in range(1, 4)
    ]
    injuries.append(Injury(29, "Bruise", "1 cm", "Heel", BodySide.BACK, 0.45, 0.99))  # edge
    drawing = body_map(injuries)
    markers = [c for c in drawing.contents if isinstance(c, Circle) and c.r == MARKER_RADIUS]
    numbers = [t for t in drawing.contents if isinstance(t, String) and t.text.isdigit()]
    assert len(markers) == len(injuries) and len(numbers) == len(injuries)
    assert sorted(int(t.text) for t in numbers) == list(range(1, len(injuries) + 1))
    boxes = [(c.cx - c.r, c.cy - c.r, c.cx + c.r, c.cy + c.r) for c in markers]
    for a, b in combinations(boxes, 2):
        assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)
    for x0, y0, x1, y1 in boxes:  # on the drawing, not off its edges
        assert x0 >= 0 and x1 <= drawing.width and y0 >= 0 and y1 <= drawing.height
    for t, box in zip(numbers, boxes, strict=True):  # each number inside its own marker
        assert box[0] < t.x < box[2] and box[1] < t.y < box[3]
    # No marker sits on the forearm's point (it would hide the others' point): all 20 are tied.
    leaders = [line for line in drawing.contents if isinstance(line, Line)]
    assert len(leaders) >= 19 + 2 + 1  # two of the three on the back, and the heel's


def test_a_later_examination_is_headed_as_the_incidents_later_one(vault, out, case) -> None:
    """The report on the incident's second forensic examination, at a visit of her own: its
    examination is headed as the second of the incident's two, with its date, never
    "Examination 1" (a court reads that as the incident's first); the first examination's
    report is headed as the first of two."""
    from onestop.reports.parts import when

    ref, rape, exam, _mine, _other = case
    later = exam.details.started_at + timedelta(days=2)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        HealthService(clinician).record(
            ref,
            EncounterDetails(
                seen_at=later,
                incident_id=rape,
                history="As given again.",
                examination="Findings of the second examination.",
                injuries=(Injury(1, "Abrasion", "1 cm", "Knee", BodySide.FRONT, 0.4, 0.8),),
            ),
        )
        second = ForensicService(clinician).open_exam(
            ref, ExamDetails("Dr Second Examiner", later, rape, opinion="Her own opinion.")
        )
    folder = out / "second"
    folder.mkdir()
    with vault.sign_in(Role.CLINICIAN) as clinician:
        done = ExportService(clinician).medico_legal(
            ref, ExportOptions(folder), purpose=Purpose.USE_IN_COURT, exam_id=second.exam_id
        )
    text = squash(" ".join(p.extract_text() for p in PdfReader(done.path).pages))
    assert "Findings of the second examination." in text
    assert f"Examination 2 of 2 of this incident, on {when(later)}" in text, text
    assert f"Forensic examination 2 of 2 of this incident, on {when(later)}" in text
    assert "Examination 1" not in text and "Forensic examination 1" not in text
    assert "Body map of this examination: the injuries recorded when she was seen on" in text
    first = " ".join(export(vault, Role.CLINICIAN, ref, out, rape)[1])
    examined = when(exam.details.started_at)
    assert f"Examination 1 of 2 of this incident, on {examined}" in first
    assert f"Forensic examination 1 of 2 of this incident, on {examined}" in first
    assert "Examination 2 of 2" not in first


def test_a_nurse_records_what_the_doctor_found(vault, out) -> None:
    """The doctor examined her; a nurse (another clinician) recorded the examination and the
    forensic examination, choosing the doctor as its examiner. The doctor declares that she
    examined her and made the findings, not that she recorded them: the nurse did, as the
    "Recorded and amended" table shows; a report prepared by a manager names both."""
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    examined = now - timedelta(days=2)
    with vault.sign_in(Role.ADMIN) as admin:
        users = UserService(admin)
        users.create("doctor", Role.CLINICIAN, "Test Doctor")
        users.update_profile("doctor", qualifications="MBBS", registration_number="REG-2002")
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Test person")).reference
        rape = (
            IncidentService(cw)
            .record(
                ref,
                IncidentDetails(
                    IncidentTime.exact(examined - timedelta(hours=6)),
                    GbvType.RAPE,
                    IncidentContext.OTHER,
                ),
            )
            .incident_id
        )
        ConsentService(cw).record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
    with vault.sign_in(Role.CLINICIAN) as nurse:
        HealthService(nurse).record(
            ref,
            EncounterDetails(
                seen_at=examined,
                incident_id=rape,
                history="As given.",
                examination="What the doctor found.",
            ),
        )
        exam = ForensicService(nurse).open_exam(
            ref,
            ExamDetails("Test Doctor", examined, rape, examined_by="doctor", opinion="Consistent."),
        )
    assert exam.details.examiner == "Test Doctor"
    text = " ".join(export(vault, Role.MANAGER, ref, out, rape)[1])
    declaration = text.split("Declaration and statement of truth", 1)[1]
    assert (
        "I, Test Doctor (MBBS), examined the person named in this report and made the findings "
        "it records; they were recorded by Test Clinician, at the times shown under Recorded "
        "and amended." in declaration
    ), declaration
    assert "recorded these findings" not in text and "recorded them" not in text
    assert "Registration number: REG-2002" in declaration
    records = text.split("Recorded and amended", 1)[1].split("Declaration and statement")[0]
    assert "Test Clinician" in records and "Test Doctor" not in records
    assert (
        "Prepared by Test Manager from the examination by Test Doctor, recorded by Test "
        "Clinician." in text
    )
    assert "By Test Doctor, started" in text  # the forensic examination's own line


def test_an_examiner_not_on_the_staff_is_said_to_be_so(vault, out, case) -> None:
    """A visiting forensic physician, named on the examination but not on the centre's staff
    (as an older record that only typed a name reads too): the declaration is the
    examiner's, and the centre says that the examiner is not on its staff and that it holds
    no record of the examiner's qualifications (in words that assume no gender); the blanks
    are left for the examiner to fill in, and the name is not printed as if the centre
    vouched for it."""
    ref, rape, exam, _mine, _other = case
    with vault.sign_in(Role.CLINICIAN) as clinician:
        ForensicService(clinician).update_exam(
            ref,
            exam.exam_id,
            replace(exam.details, examiner="Dr Visiting Physician", examined_by=None),
            exam.version,
        )
    text = " ".join(export(vault, Role.CLINICIAN, ref, out, rape)[1])
    declaration = text.split("Declaration and statement of truth", 1)[1]
    assert "I, Dr Visiting Physician, examined the person named in this report" in declaration
    assert (
        "Note by the centre: Dr Visiting Physician is recorded on the examination as an "
        "examiner who is not on the centre's staff. The centre holds no record of the "
        "examiner's qualifications or registration number; the examiner gives them below."
        in declaration
    ), declaration
    assert "Qualifications: ________________" in declaration
    assert "Registration number: ________________" in declaration
    assert "MB ChB" not in declaration and "GMC 7012345" not in declaration
    # She recorded nothing in OneStop: the clinician did.
    assert "recorded them" not in declaration and "recorded by Test Clinician" in declaration
    summary = text.split("Her consents", 1)[0]
    assert "Dr Visiting Physician Not on the centre's staff" in summary, summary
    assert "Prepared by Test Clinician from the examination by Dr Visiting Physician" in text


def test_an_incident_with_no_forensic_examination_names_no_examiner(vault, out, case) -> None:
    """The assault was seen at a clinical visit but never forensically examined: the report
    names no examiner (no one's qualifications or registration number as if she examined
    her), says no forensic examination is recorded, and has no declaration to sign."""
    ref, _rape, _exam, _mine, _other = case
    with vault.sign_in(Role.CASEWORKER) as cw:
        assault = next(
            i.incident_id
            for i in IncidentService(cw).list(ref)
            if i.details.gbv_type is GbvType.PHYSICAL_ASSAULT
        )
    with vault.sign_in(Role.CLINICIAN) as clinician:
        HealthService(clinician).record(
            ref,
            EncounterDetails(
                seen_at=datetime.now(UTC) - timedelta(hours=6),
                incident_id=assault,
                history="As given.",
                examination="Swelling of the left cheek.",
            ),
        )
    for role in (Role.CLINICIAN, Role.MANAGER):
        _reader, pages = export(vault, role, ref, out, assault)
        text = " ".join(pages)
        first = pages[0]
        assert "Examiner No forensic examination is recorded for this incident." in first
        assert "MB ChB" not in text and "GMC 7012345" not in text
        assert "Test Clinician" not in first.split("Examiner", 1)[1].split("Centre", 1)[0]
        assert "Swelling of the left cheek." in text  # the clinical record is there
        assert "Declaration and statement of truth" not in text
        assert "I believe that the facts stated" not in text and "Signature:" not in text
        assert "has not recorded an opinion" not in text and "No opinion is recorded" not in text
        assert "no examiner's declaration or statement of truth" in text
        # Every page's header says so, not that it awaits a signature.
        assert all("no forensic examination recorded" in p for p in pages)
        assert "not ready to sign" not in text
    assert "Prepared by Test Manager from the clinical records of this incident's visits" in text
    # The export dialog warns of no missing opinion: there is no examination to record it on.
    with vault.sign_in(Role.CLINICIAN) as clinician:
        assert ExportService(clinician).medico_legal_opinion_missing(ref, assault) is False
