"""A court bundle is normally served on the respondent: by default it names no refuge she was
referred to (nor an agency typed by hand that could be one) and no place where an incident
happened; the advocate may choose to name them, and the export's audit entry says which.
Read back from the written PDF with pypdf."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from faker import Faker
from pypdf import PdfReader

from onestop.domain.audit import AuditAction
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.coordination import Sector
from onestop.domain.referrals import ReferralStatus
from onestop.domain.roles import Role
from onestop.reports.bundle import BundleSection
from onestop.reports.language import tr, writing_in
from onestop.services.audit import AuditService
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.directory import AgencyDetails, DirectoryService
from onestop.services.exports import ExportOptions, ExportService
from onestop.services.exports.bundle import PLACE_WITHHELD
from onestop.services.incidents import GbvType, IncidentContext, IncidentDetails, IncidentService
from onestop.services.legal import HearingDetails, Hearings
from onestop.services.referrals import ReferralDetails, ReferralService

NOW = datetime.now(UTC).replace(microsecond=0)
REFUGE = "Harbour Lights Refuge"
TYPED = "Amani House"  # typed by hand, not in the directory: it could be a refuge
POLICE = "Port Town Police Station"
PLACE = "14 Kingfisher Close, Port Town"


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def ref(vault):
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Kestrel")).reference
        IncidentService(cw).record(
            ref,
            IncidentDetails(
                IncidentTime.exact(NOW - timedelta(days=20)),
                GbvType.PHYSICAL_ASSAULT,
                IncidentContext.INTIMATE_PARTNER,
                place=PLACE,
            ),
        )
        IncidentService(cw).record(  # known only as a range of days
            ref,
            IncidentDetails(
                IncidentTime.between(NOW - timedelta(days=40), NOW - timedelta(days=37)),
                GbvType.PSYCHOLOGICAL_ABUSE,
                IncidentContext.INTIMATE_PARTNER,
            ),
        )
        directory = DirectoryService(cw)
        refuge = directory.add(AgencyDetails(REFUGE, Sector.SHELTER_HOUSING))
        police = directory.add(AgencyDetails(POLICE, Sector.JUSTICE))
        ledger = ConsentService(cw)
        referrals = ReferralService(cw)
        for name, agency_id in ((REFUGE, refuge.id), (TYPED, None), (POLICE, police.id)):
            ledger.record(
                ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency=name, agency_id=agency_id
            )
            made = referrals.record(
                ref, ReferralDetails(name, "A place", notes="She asked.", agency_id=agency_id)
            )
            referrals.advance(ref, made.record_id, ReferralStatus.SENT, made.version)
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        ConsentService(advocate).record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
    return ref


def sizes_of(path, words: str) -> set[float]:
    """The font sizes the text holding ``words`` is printed in."""
    found: set[float] = set()

    def visit(text, _cm, tm, _font, size) -> None:
        if words in text:
            found.add(round(size * tm[3], 1))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return found


def export(vault, ref, folder, language: str = "en", **choices) -> tuple[str, str]:
    folder.mkdir()
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        done = ExportService(advocate).court_bundle(
            ref,
            ExportOptions(folder, language=language),
            [BundleSection.CHRONOLOGY, BundleSection.INCIDENTS],
            **choices,
        )
    with vault.sign_in(Role.MANAGER) as manager:
        (entry,) = [
            e
            for e in AuditService(manager).entries(action=AuditAction.EXPORT.value)
            if done.sha256 in e.detail
        ]
    text = squash(" ".join(p.extract_text() for p in PdfReader(done.path).pages))
    # PD27A: preliminary documents in 12 point (on 1.5 lines), the chronology too.
    if language == "en":
        assert sizes_of(done.path, "Referred to") == {12.0}
    return text, entry.detail


def test_the_bundle_names_no_refuge_and_no_place_unless_chosen(vault, ref, tmp_path) -> None:
    text, detail = export(vault, ref, tmp_path / "default")
    assert REFUGE not in text and TYPED not in text and PLACE not in text
    assert "Referred to a refuge (name withheld for her safety): A place" in text
    assert "Referred to an agency (name withheld for her safety): A place" in text
    assert f"Referred to {POLICE}" in text  # the directory says it is no refuge
    assert "Not stated here, for her safety." in text
    assert detail.endswith("alias_withheld places_withheld")
    # No case summary written: section A is titled as what it holds, in the index too.
    assert "Case summary and chronology" not in text
    # No legal matter recorded: the cover says what is missing rather than leave it blank.
    assert "Not recorded in the centre's file: the court, the case number" in text
    # A time recorded as a range is printed as that range, not as one moment.
    began = (NOW - timedelta(days=40)).strftime("%Y-%m-%d")
    assert f"Incident: Psychological or emotional abuse (between {began}" in text
    # What the dialog offers the advocate to edit is the same.
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        offered = " ".join(line.event for line in ExportService(advocate).chronology(ref))
    assert REFUGE not in offered and TYPED not in offered
    # Chosen: named, and the audit entry says so.
    text, detail = export(
        vault, ref, tmp_path / "named", name_places=True, case_summary="She asks for an order."
    )
    assert "Case summary and chronology" in text and "She asks for an order." in text
    assert f"Referred to {REFUGE}" in text and f"Referred to {TYPED}" in text and PLACE in text
    assert detail.endswith("alias_withheld places_named")
    # A hearing still to come is marked as scheduled, not listed as if it had happened.
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        Hearings(advocate).record(
            ref, HearingDetails(NOW + timedelta(days=3), "County Court 2", "Final hearing")
        )
        Hearings(advocate).record(
            ref, HearingDetails(NOW - timedelta(days=3), "County Court 2", "First hearing")
        )
        events = [line.event for line in ExportService(advocate).chronology(ref)]
    assert "Hearing, County Court 2: Final hearing (scheduled)" in events
    assert "Hearing, County Court 2: First hearing" in events


def test_the_bundle_gives_her_alias_beside_her_legal_name_only_when_chosen(
    vault, ref, tmp_path
) -> None:
    """Her alias may be the name she now lives under: the cover of a bundle served on the
    respondent gives her legal name alone unless the advocate chose to name the alias, and
    the export's audit entry says which."""
    legal, alias = Faker().name(), "Kestrel"
    with vault.sign_in(Role.CASEWORKER) as cw:
        case = CaseService(cw).get(ref)
        CaseService(cw).update(ref, replace(case.details, name=legal), case.version)
    text, detail = export(vault, ref, tmp_path / "default")
    cover = text.split("Section A", 1)[0]
    assert legal in cover and alias not in text and "known as" not in text
    assert detail.endswith("alias_withheld places_withheld")
    text, detail = export(vault, ref, tmp_path / "named", name_alias=True)
    assert f"{legal} (known as {alias})" in text
    assert detail.endswith("alias_named places_withheld")


def test_an_alias_that_is_her_only_name_is_withheld_unless_chosen(vault, ref, tmp_path) -> None:
    """Registered under her alias alone (the fixture's case: no legal name), she is named on
    the cover by her role unless the advocate chose to name the alias, as the audit entry says:
    the cover printed the alias its entry said was withheld. Read back in English and Arabic."""
    text, detail = export(vault, ref, tmp_path / "default")
    cover = text.split("Section A", 1)[0]
    assert "Kestrel" not in text
    assert (
        "The applicant (no legal name recorded; the name she uses is withheld for her safety)"
        in cover
    )
    assert detail.endswith("alias_withheld places_withheld")
    text, detail = export(vault, ref, tmp_path / "ar", language="ar")
    assert "Kestrel" not in text and "The applicant" not in text
    assert "مقدِّمة الطلب" in unicodedata.normalize("NFC", text)
    assert detail.endswith("alias_withheld places_withheld")
    text, detail = export(vault, ref, tmp_path / "named", name_alias=True)
    assert "Kestrel" in text.split("Section A", 1)[0] and "The applicant" not in text
    assert detail.endswith("alias_named places_withheld")


def test_the_withheld_place_is_said_in_the_bundles_language(vault, ref, tmp_path) -> None:
    """An Arabic bundle says in Arabic that the place is withheld, not in English."""
    text, _ = export(vault, ref, tmp_path / "ar", language="ar")
    assert PLACE not in text
    assert "Not stated here" not in text
    with writing_in("ar"):
        withheld = tr(PLACE_WITHHELD)
    assert withheld != str(PLACE_WITHHELD)
    assert squash(withheld) in text
