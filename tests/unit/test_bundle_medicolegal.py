"""Section D of the court bundle carries the medical evidence: each examined incident's
medico-legal report as a document of its own, indexed and bookmarked where its title is
printed, with the number and version the report exported on its own carries, the examiner
named from the examination, her opinion, the body map's left and right and the declaration;
a draft (no opinion recorded) and a report her consent does not cover are left out and the
index says so, in words; the other encounters summarised with their injuries, referring to
the report. With one, two and three examined incidents and photographs of both shapes, each
read back from the written PDF with pypdf."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image
from pypdf import PdfReader

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose, Told, ToldHer
from onestop.domain.health import BodySide, Injury
from onestop.domain.roles import Role, Section
from onestop.reports.bundle import BundleSection
from onestop.services.attachments import AttachmentService
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.exports import ExportOptions, ExportService
from onestop.services.forensic import ExamDetails, ForensicService
from onestop.services.health import EncounterDetails, HealthService
from onestop.services.incidents import IncidentDetails, IncidentService, standing
from tests.conftest import username_for

from .test_exports import _flatten, footer_label, index_of

pytestmark = pytest.mark.both_backends

CLINICIAN = username_for(Role.CLINICIAN)
SECTIONS = [
    BundleSection.MEDICAL,
    BundleSection.FORENSIC,
    BundleSection.PHOTOGRAPHS,
    BundleSection.INCIDENTS,
]
DRAFT = "not included, no opinion recorded (draft)"
NO_CONSENT = "not included, she has not consented to the use of her records in court"


def picture(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "teal").save(out, format="JPEG")
    return out.getvalue()


def squash(text: str) -> str:
    return " ".join(text.split())


def opinion(n: int) -> str:
    return f"Opinion {n}: the findings are consistent with the account given."


def examined_case(vault, examined: int, draft: bool, consent: bool = True) -> tuple[str, dict]:
    """A case with ``examined`` incidents each examined (an injury on her right and one on
    her left, an opinion recorded), each with a review visit three days on and photographs
    of both shapes; and, when ``draft``, one more examined incident with no opinion. Returns
    the reference and each incident's number in the bundle by its id, with its kind."""
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    total = examined + (1 if draft else 0)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Test person")).reference
        ids = [
            IncidentService(cw)
            .record(
                ref,
                IncidentDetails(
                    IncidentTime.exact(now - timedelta(days=25 - 7 * k, hours=20)),
                    GbvType.RAPE,
                    IncidentContext.OTHER,
                ),
            )
            .incident_id
            for k in range(total)
        ]
        numbers = {
            i.incident_id: n for n, i in enumerate(standing(IncidentService(cw).list(ref)), start=1)
        }
    with vault.sign_in(Role.CLINICIAN) as clinician:
        for purpose in (
            Purpose.MEDICAL_EXAMINATION,
            Purpose.FORENSIC_COLLECTION,
            Purpose.PHOTOGRAPHY,
        ):
            ConsentService(clinician).record(
                ref, purpose, Decision.GIVEN, decided_at=now - timedelta(days=28)
            )
        health, files = HealthService(clinician), AttachmentService(clinician)
        for k, incident in enumerate(ids):
            at = now - timedelta(days=25 - 7 * k)
            health.record(
                ref,
                EncounterDetails(
                    seen_at=at,
                    incident_id=incident,
                    history="As given.",
                    examination=f"Bruising as marked, incident {numbers[incident]}.",
                    injuries=(
                        Injury(1, "Bruise", "3 cm", "Forearm", BodySide.FRONT, 0.2, 0.45),
                        Injury(2, "Abrasion", "2 cm", "Knee", BodySide.FRONT, 0.8, 0.8),
                    ),
                ),
            )
            health.record(
                ref,
                EncounterDetails(
                    seen_at=at + timedelta(days=3),
                    incident_id=incident,
                    history="Review.",
                    examination=f"Healing, incident {numbers[incident]}.",
                    injuries=(Injury(1, "Scratch", "1 cm", "Back", BodySide.BACK, 0.3, 0.3),),
                ),
            )
            ForensicService(clinician).open_exam(
                ref,
                ExamDetails(
                    "Dr Okafor",
                    at,
                    incident,
                    examined_by=CLINICIAN,
                    opinion="" if k == examined else opinion(numbers[incident]),
                ),
            )
            for shot in range(2):  # landscape, then portrait
                size = (640, 480) if (k + shot) % 2 == 0 else (480, 640)
                files.add(
                    ref,
                    Section.FORENSIC,
                    picture(*size),
                    "image/jpeg",
                    title=f"Incident {numbers[incident]} view {shot + 1}",
                    incident_id=incident,
                )
    if consent:
        with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
            ConsentService(advocate).record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
    kinds = {numbers[i]: ("draft" if k == examined else "report") for k, i in enumerate(ids)}
    return ref, {"ids": {numbers[i]: i for i in ids}, "kinds": kinds}


def bundle(
    vault, ref: str, folder, role: Role = Role.LEGAL_ADVOCATE, name_alias: bool = False, **options
):
    folder.mkdir(exist_ok=True)
    with vault.sign_in(role) as session:
        done = ExportService(session).court_bundle(
            ref, ExportOptions(folder, **options), SECTIONS, name_alias=name_alias
        )
    return PdfReader(done.path)


def title(n: int) -> str:
    return f"Medico-legal report for incident {n}"


@pytest.mark.timeout(360)  # up to four examined incidents, each bundle laid out to settle
@pytest.mark.parametrize(("examined", "draft"), [(1, True), (2, False), (3, True)])
def test_each_report_is_a_document_of_section_d_where_the_index_says(
    vault, tmp_path, examined, draft
) -> None:
    ref, case = examined_case(vault, examined, draft)
    reader = bundle(vault, ref, tmp_path / "bundle")
    text = [page.extract_text() for page in reader.pages]
    flat = [squash(t) for t in text]
    # Her alias is her only name and was not chosen: neither the cover nor a report of
    # section D gives it (the export's audit entry says "alias_withheld").
    assert not any("Test person" in page for page in flat)
    index = index_of(reader)
    outline = {
        item.title: reader.get_destination_page_number(item) + 1
        for item in _flatten(reader.outline)
    }
    assert set(index) == set(outline)
    labels = reader.page_labels
    for entry, label in index.items():
        page = outline[entry]
        assert labels[page - 1] == label and footer_label(text[page - 1]) == label, entry
        # The heading (for a report, its title; its number is on the same page) is printed
        # on that page, whole.
        heading = entry.split(" (", 1)[0] if entry.startswith("Medico-legal") else entry
        assert heading in flat[page - 1], (entry, page)
    reports = {n for n, kind in case["kinds"].items() if kind == "report"}
    numbers: dict[int, str] = {}
    starts: list[tuple[int, int]] = []
    for n in reports:
        (entry,) = [e for e in index if e.startswith(title(n) + " (")]
        number = entry.split(" (", 1)[1].split(",", 1)[0]
        assert number.startswith(f"{ref}/ML-") and entry.endswith(", version 1)"), entry
        numbers[n] = number
        page = outline[entry]
        assert index[entry].startswith("D"), entry  # a document of section D
        assert f"Report number {number}" in flat[page - 1] and "Version 1" in flat[page - 1]
        starts.append((page, n))
    assert len(set(numbers.values())) == len(reports)  # one number per report, never shared
    # Each report from its title's page to the next report (or to what follows the last).
    starts.sort()
    last = starts[-1][0]
    after = min(outline[e] for e in index if outline[e] > last)
    for (start, n), end in zip(starts, [s for s, _ in starts[1:]] + [after], strict=True):
        pages = " ".join(flat[start - 1 : end - 1])
        assert opinion(n) in pages, n
        assert "I, Test Clinician, examined the person" in pages, n  # from the examination
        assert "Declaration and statement of truth" in pages, n
        # Her right and left, on the injuries' table and the body map, and the ano-genital
        # examination said in words.
        assert "Right" in pages and "Left" in pages, n
        assert "Ano-genital examination" in pages, n
    everything = " ".join(flat)
    if draft:
        (d,) = [n for n, kind in case["kinds"].items() if kind == "draft"]
        entry = f"{title(d)}: {DRAFT}"
        assert entry in index and index[entry].startswith("D")
        assert "a draft is not put before a court" in flat[outline[entry] - 1]
        # The draft itself is not in it: neither its title nor its note before a declaration.
        assert "(draft: not ready to sign)" not in everything
        assert "This report is not ready to sign" not in everything
    assert everything.count("Declaration and statement of truth") == len(reports)
    # The other encounters: a report's review visit is listed in the report (its Later
    # review visits, its injuries at later visits), and the summary says so rather than
    # list it again; the examinations not repeated either.
    summary = flat[outline["Medical encounters"] - 1]
    for n in reports:
        assert everything.count(f"Healing, incident {n}.") == 1
        assert (
            f"1 later visit for incident {n} is listed with its injuries in its medico-legal "
            f"report ({numbers[n]}), under Later review visits, and is not repeated here."
        ) in summary
        assert f"See the medico-legal report for incident {n}" not in everything
        # The examination is drawn in its report, not repeated in the summary.
        assert f"Bruising as marked, incident {n}." not in summary
        assert everything.count(f"Bruising as marked, incident {n}.") == 1
    if draft:  # the draft's encounters in the summary table: injuries by view and her side
        (d,) = [n for n, kind in case["kinds"].items() if kind == "draft"]
        assert f"Healing, incident {d}." in summary
        assert f"Bruising as marked, incident {d}." in summary
        assert "1 Scratch, 1 cm, back, left" in summary
        assert "1 medical encounters, summarised" not in summary
        assert "2 medical encounters, summarised" in summary


@pytest.mark.timeout(360)
@pytest.mark.parametrize("examined", [2])
def test_the_report_carries_the_number_and_version_it_carries_on_its_own(
    vault, tmp_path, examined
) -> None:
    ref, case = examined_case(vault, examined, draft=False)
    # Her alias named, as the report on its own names her (withheld, the report says "The
    # applicant" where it stands alone gives her alias: another report, another version, as
    # for a legal name given without the alias beside it).
    index = index_of(bundle(vault, ref, tmp_path / "first", name_alias=True))
    in_bundle = {n: next(e for e in index if e.startswith(title(n) + " (")) for n in (1, 2)}
    # Exported on its own afterwards, unchanged: the same number and version.
    for n in (1, 2):
        folder = tmp_path / f"alone-{n}"
        folder.mkdir()
        with vault.sign_in(Role.CLINICIAN) as clinician:
            done = ExportService(clinician).medico_legal(
                ref,
                ExportOptions(folder),
                purpose=Purpose.USE_IN_COURT,
                incident_id=case["ids"][n],
            )
        first = squash(PdfReader(done.path).pages[0].extract_text())
        number = in_bundle[n].split(" (", 1)[1].split(",", 1)[0]
        assert f"Report number {number}" in first and "Version 1" in first, n
    # Amended after: the next bundle gives the report's next version.
    with vault.sign_in(Role.CLINICIAN) as clinician:
        forensic = ForensicService(clinician)
        exam = next(x for x in forensic.list(ref) if x.details.incident_id == case["ids"][1])
        forensic.update_exam(
            ref,
            exam.exam_id,
            ExamDetails(
                "Dr Okafor",
                exam.details.started_at,
                case["ids"][1],
                examined_by=CLINICIAN,
                opinion="Amended: consistent with the account given.",
            ),
            exam.version,
        )
    again = index_of(bundle(vault, ref, tmp_path / "second", name_alias=True))
    assert any(e.startswith(title(1)) and e.endswith(", version 2)") for e in again)
    assert any(e.startswith(title(2)) and e.endswith(", version 1)") for e in again)


@pytest.mark.timeout(360)
def test_without_her_consent_to_court_use_the_reports_are_left_out_and_said(
    vault, tmp_path
) -> None:
    """A manager's authority to export the bundle does not carry the medical reports: they go
    only under her consent, as the index says."""
    ref, _case = examined_case(vault, 2, draft=True, consent=False)
    reason = "The court ordered the centre's records produced by Friday."
    told = ToldHer(Told.WILL_BE_TOLD, by="Her caseworker, at her next visit")
    reader = bundle(
        vault, ref, tmp_path / "b", Role.MANAGER, without_consent_reason=reason, told=told
    )
    index = index_of(reader)
    flat = " ".join(squash(p.extract_text()) for p in reader.pages)
    assert f"{title(1)}: {NO_CONSENT}" in index and f"{title(2)}: {NO_CONSENT}" in index
    assert f"{title(3)}: {DRAFT}" in index
    assert "Declaration and statement of truth" not in flat
    assert "I, Test Clinician" not in flat and "Medico-legal report OSC" not in flat
    assert "does not extend to it" in flat


def sections_of(reader: PdfReader) -> dict[str, int]:
    """Each bookmark's title and the page (1-based) it points at."""
    return {
        item.title: reader.get_destination_page_number(item) + 1
        for item in _flatten(reader.outline)
    }


@pytest.mark.timeout(360)
def test_each_photograph_is_in_the_bundle_once_as_an_exhibit_of_section_e(vault, tmp_path) -> None:
    """A court bundle holds no document twice (PD27A): a report's photographs are exhibits of
    section E, with their caption and SHA-256 there; the report names them by number."""
    ref, _case = examined_case(vault, 2, draft=False)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        digests = [a.sha256 for a in AttachmentService(clinician).list(ref)]
    reader = bundle(vault, ref, tmp_path / "bundle")
    flat = [squash(page.extract_text()) for page in reader.pages]
    index, outline = index_of(reader), sections_of(reader)
    exhibits = {
        e: int(e.split(".", 1)[0].removeprefix("Exhibit P"))
        for e in index
        if e.startswith("Exhibit P")
    }
    assert len(exhibits) == len(digests) == 4
    # Each picture drawn once in the whole bundle, with its caption and its digest (two
    # files of the same picture have the same digest: each printed under its exhibit).
    body = " ".join(flat[min(outline.values()) - 1 :])
    assert body.count("SHA-256 of the original") == 4
    for digest in set(digests):
        assert body.count(digest) == digests.count(digest), digest
    for e in exhibits:
        assert body.count(e.split(". ", 1)[1]) == 1, e
    starts = sorted(
        (outline[e], int(e.removeprefix("Medico-legal report for incident ").split(" ")[0]))
        for e in index
        if e.startswith("Medico-legal report for incident ")
    )
    ends = [s for s, _ in starts[1:]] + [outline["Medical encounters"]]
    for (start, n), end in zip(starts, ends, strict=True):
        mine = sorted(
            k for e, k in exhibits.items() if e.split(". ", 1)[1].startswith(f"Incident {n} ")
        )
        assert len(mine) == 2 and mine[1] == mine[0] + 1, (n, mine)
        pages = " ".join(flat[start - 1 : end - 1])
        assert (
            f"The photographs of this incident are exhibits P{mine[0]}–P{mine[1]} of section E"
            in pages
        ), n
        assert "Photograph 1." not in pages, n
        for e, k in exhibits.items():
            if k in mine:
                assert index[e].startswith("E") and e.split(". ", 1)[1] in flat[outline[e] - 1]


@pytest.mark.timeout(360)
def test_without_section_e_the_report_carries_its_photographs(vault, tmp_path) -> None:
    ref, _case = examined_case(vault, 1, draft=False)
    folder = tmp_path / "bundle"
    folder.mkdir()
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        done = ExportService(advocate).court_bundle(
            ref, ExportOptions(folder), [BundleSection.MEDICAL, BundleSection.INCIDENTS]
        )
    reader = PdfReader(done.path)
    everything = " ".join(squash(page.extract_text()) for page in reader.pages)
    assert everything.count("SHA-256 of the original") == 2
    assert "Photograph 1. Incident 1 view 1" in everything
    assert "Photograph 2. Incident 1 view 2" in everything
    assert "exhibits P" not in everything and "Exhibit P" not in everything


@pytest.mark.timeout(360)
def test_an_examination_a_report_draws_is_not_drawn_again_in_section_d(vault, tmp_path) -> None:
    """The forensic report and the chain of custody give what no report of section D draws
    (the draft's examination, here) and name the rest, with their reports, in a line: each
    opinion and each chain of custody once in the bundle."""
    from onestop.domain.forensic import Handover, SpecimenType
    from onestop.services.forensic import SpecimenDetails

    ref, case = examined_case(vault, 2, draft=True)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        forensic = ForensicService(clinician)
        exam = next(x for x in forensic.list(ref) if x.details.incident_id == case["ids"][1])
        at = exam.details.started_at + timedelta(hours=1)
        (specimen,) = forensic.add_specimen(
            ref, exam.exam_id, SpecimenDetails(SpecimenType.VAGINAL_SWAB, at, "Dr A", "SEAL-4411")
        ).specimens
        forensic.hand_over(
            ref,
            specimen.specimen_id,
            Handover("Dr A", "PC B", "City Police", at + timedelta(hours=1), "To the lab"),
        )
    folder = tmp_path / "bundle"
    folder.mkdir()
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        done = ExportService(advocate).court_bundle(
            ref, ExportOptions(folder), [*SECTIONS, BundleSection.CUSTODY]
        )
    reader = PdfReader(done.path)
    flat = [squash(page.extract_text()) for page in reader.pages]
    index, outline = index_of(reader), sections_of(reader)
    everything = " ".join(flat)
    numbers = {
        n: next(e for e in index if e.startswith(title(n) + " (")).split(" (", 1)[1].split(",")[0]
        for n in (1, 2)
    }
    for part in ("Forensic report", "Chain of custody"):
        page = outline[part]
        assert index[part] == footer_label(reader.pages[page - 1].extract_text()), part
        assert flat[page - 1].count(part) >= 1, part
    # From the forensic report's heading to the chain of custody's, which (a part of one
    # line naming its report) follows it on the page where the forensic report ends.
    forensic_pages, custody_heading, _ = " ".join(
        flat[outline["Forensic report"] - 1 : outline["Chain of custody"]]
    ).rpartition("Chain of custody The chain of custody of the specimens sealed")
    assert custody_heading
    for n in (1, 2):
        assert everything.count(opinion(n)) == 1, n  # in its report, not again
        assert f"The forensic examination for incident {n}, started " in forensic_pages, n
        assert f"medico-legal report ({numbers[n]}) in full" in forensic_pages, n
    # The draft's examination is in no report: the forensic report draws it, with no opinion.
    assert "Forensic examination 1" in forensic_pages
    assert "No opinion is recorded." in forensic_pages
    assert everything.count("Chain of custody — seal SEAL-4411") == 1
    custody = flat[outline["Chain of custody"] - 1]
    assert (
        "The chain of custody of the specimens sealed SEAL-4411 is in the medico-legal report "
        f"for incident 1 ({numbers[1]}) and is not repeated here." in custody
    )
    assert "Chain of custody — seal" not in custody


@pytest.mark.timeout(360)
def test_the_later_injuries_table_s_headings_are_whole_in_court_print(vault, tmp_path) -> None:
    """The bundle prints at 12 point (PD27A): each heading of the report's table of injuries
    at later visits on a line of its own, none broken inside a word ("No" then ".")."""
    ref, _case = examined_case(vault, 1, draft=False)
    reader = bundle(vault, ref, tmp_path / "bundle")
    text = "\n".join(page.extract_text() for page in reader.pages)
    start = text.index("Injuries recorded at later visits\n")
    headings = text[start:].splitlines()[1:8]
    assert headings == ["No.", "Seen", "Injury", "Size", "Description", "View", "Side"]


@pytest.mark.timeout(360)
def test_an_incident_examined_twice_has_both_reports_in_section_d(vault, tmp_path) -> None:
    """A second forensic examination of the same incident (a second examiner, days later, at
    a visit of her own) is reported on its own, signed by its examiner: section D carries
    both reports, each indexed, bookmarked and numbered, each with its own opinion."""
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Test person")).reference
        incident = (
            IncidentService(cw)
            .record(
                ref,
                IncidentDetails(
                    IncidentTime.exact(now - timedelta(days=9)),
                    GbvType.RAPE,
                    IncidentContext.OTHER,
                ),
            )
            .incident_id
        )
    with vault.sign_in(Role.CLINICIAN) as clinician:
        for purpose in (Purpose.MEDICAL_EXAMINATION, Purpose.FORENSIC_COLLECTION):
            ConsentService(clinician).record(
                ref, purpose, Decision.GIVEN, decided_at=now - timedelta(days=9)
            )
        for k, days in ((1, 8), (2, 3)):
            at = now - timedelta(days=days)
            HealthService(clinician).record(
                ref,
                EncounterDetails(
                    seen_at=at,
                    incident_id=incident,
                    history="As given.",
                    examination=f"Findings at examination {k}.",
                    injuries=(Injury(1, "Bruise", "3 cm", "Forearm", BodySide.FRONT, 0.2, 0.45),),
                ),
            )
            ForensicService(clinician).open_exam(
                ref,
                ExamDetails(
                    f"Examiner number {k}", at, incident, examined_by=CLINICIAN, opinion=opinion(k)
                ),
            )
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        ConsentService(advocate).record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
    reader = bundle(vault, ref, tmp_path / "bundle")
    flat = [squash(page.extract_text()) for page in reader.pages]
    index = index_of(reader)
    outline = {
        item.title: reader.get_destination_page_number(item) + 1
        for item in _flatten(reader.outline)
    }
    entries = [e for e in index if e.startswith("Medico-legal report for incident 1")]
    assert len(entries) == 2, entries
    numbers = set()
    for k in (1, 2):
        (entry,) = [e for e in entries if e.startswith(f"{title(1)}, examination {k} (")]
        assert index[entry].startswith("D") and entry in outline
        number = entry.split(" (", 1)[1].split(",", 1)[0]
        numbers.add(number)
        page = outline[entry]
        assert f"Report number {number}" in flat[page - 1]
    assert len(numbers) == 2  # each report its own number
    everything = " ".join(flat)
    assert opinion(1) in everything and opinion(2) in everything
    assert everything.count("Declaration and statement of truth") == 2
    # Each report, from its title's page to the next, carries its own opinion.
    starts = sorted(outline[e] for e in entries)
    assert starts[0] < starts[1]
    first_report = " ".join(flat[starts[0] - 1 : starts[1] - 1])
    assert opinion(1) in first_report and opinion(2) not in first_report
    # Each headed as which of the incident's two examinations it is (section D reuses the
    # report's heading): the second is never "Examination 1", read as the incident's first.
    second_report = " ".join(flat[starts[1] - 1 :])
    assert "Examination 1 of 2 of this incident, on" in first_report
    assert "Findings at examination 2." in second_report
    assert "Examination 2 of 2 of this incident, on" in second_report
    assert "Examination 1 " not in second_report and "Examination 1 of" not in second_report
