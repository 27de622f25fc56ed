"""``ExportService``: one entry point for the screens and the command line, each document
assembled by its own module (``referral``, ``medicolegal``, ``bundle``, ``conference``,
``safety_plan``, ``statistics``) through the shared ``pipeline``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path

from onestop.clock import printing_in
from onestop.domain.consent import Purpose
from onestop.domain.roles import Section
from onestop.reports.bundle import BundleSection, ChronologyLine
from onestop.services.exports import (
    bundle,
    conference,
    medicolegal,
    minutes,
    referral,
    safety_plan,
)
from onestop.services.exports import dhis2 as dhis2_export
from onestop.services.exports import statistics as statistics_export
from onestop.services.exports.conference import CaseSharing
from onestop.services.exports.pipeline import Exported, ExportOptions, ExportPipeline
from onestop.services.session import VaultSession
from onestop.services.settings import SettingsService
from onestop.services.statistics import Period


class ExportService:
    def __init__(self, session: VaultSession) -> None:
        self._pipeline = ExportPipeline(session)
        self._settings = SettingsService(session)

    def _in_centre_zone(self) -> AbstractContextManager[None]:
        """Gather and print inside the centre's time zone: every time a document prints
        (``reports.parts.when``, ``IncidentTime.describe``, the footer) is in that zone and
        names it, whatever the zone of the workstation that prints it."""
        return printing_in(self._settings.time_zone())

    def referral_letter(self, reference: str, referral_id: int, options: ExportOptions) -> Exported:
        """The letter to the agency of one referral: what she agreed to share with it."""
        with self._in_centre_zone():
            return referral.referral_letter(self._pipeline, reference, referral_id, options)

    def medico_legal(
        self,
        reference: str,
        options: ExportOptions,
        *,
        purpose: Purpose = Purpose.SHARE_WITH_POLICE,
        incident_id: int | None = None,
        exam_id: int | None = None,
    ) -> Exported:
        """The medico-legal report of one incident's examination, for the police or court:
        ``exam_id`` its forensic examination reported (by default the incident's first)."""
        with self._in_centre_zone():
            return medicolegal.medico_legal(
                self._pipeline,
                reference,
                options,
                purpose=purpose,
                incident_id=incident_id,
                exam_id=exam_id,
            )

    def medico_legal_opinion_missing(
        self, reference: str, incident_id: int | None = None, exam_id: int | None = None
    ) -> bool:
        """Whether the medico-legal report on the incident (on its forensic examination
        ``exam_id``) would go without the examiner's opinion (and so say it is not ready to
        sign): the export dialog warns before."""
        return medicolegal.opinion_missing(self._pipeline, reference, incident_id, exam_id)

    def court_bundle(
        self,
        reference: str,
        options: ExportOptions,
        sections: Sequence[BundleSection],
        *,
        counselling_relevance: str = "",
        case_summary: str = "",
        encounters_in_full: bool = False,
        chronology: Sequence[ChronologyLine] | None = None,
        name_places: bool = False,
        court_details: bundle.CourtDetails | None = None,
        name_alias: bool = False,
    ) -> Exported:
        """The bundle for court: the parts chosen, under PD27A's lettered sections
        (counselling notes only with her consent to disclose them to a court and a note of
        why they are relevant; medical encounters as a summary table unless chosen
        ``encounters_in_full``; section A's chronology as the advocate edited it, else
        generated from the records; a refuge she was referred to and where incidents happened
        named only when ``name_places``, her alias beside her legal name only when
        ``name_alias``: a bundle is served on the respondent). Counselling notes are a bundle
        of their own, its cover naming the court as ``court_details`` give it."""
        with self._in_centre_zone():
            return bundle.court_bundle(
                self._pipeline,
                reference,
                options,
                sections,
                counselling_relevance,
                case_summary,
                encounters_in_full,
                chronology,
                name_places,
                court_details,
                name_alias,
            )

    def chronology(self, reference: str, name_places: bool = False) -> list[ChronologyLine]:
        """Section A's chronology as generated from the case's dated records (incidents,
        orders, hearings, referrals), for the advocate to correct before export (a refuge
        named only when ``name_places``)."""
        self._pipeline.require(reference, *bundle.BUNDLE_NEEDS[BundleSection.CHRONOLOGY])
        with self._pipeline.session.batch():
            return bundle.chronology(self._pipeline.session, reference, name_places)

    def bundle_cover_gaps(self, reference: str) -> list[str]:
        """What the court bundle's cover would lack (the court, the case number, the
        hearing), as phrases, for the export dialog to say before export."""
        self._pipeline.require(reference, Section.LEGAL)
        with self._pipeline.session.batch():
            return bundle.cover_gaps(self._pipeline.session, reference)

    def bundle_medico_legal_drafts(self, reference: str) -> list[int]:
        """The incidents (numbered as the bundle numbers them) whose medico-legal report is
        a draft, no opinion recorded: the bundle leaves it out, and the export dialog says
        so before export."""
        self._pipeline.require(reference, Section.INCIDENTS, Section.FORENSIC)
        return bundle.medico_legal_drafts(self._pipeline.session, reference)

    def conference_pack(
        self,
        options: ExportOptions,
        meeting_id: int | None = None,
        sharing: Mapping[str, CaseSharing] | None = None,
    ) -> Exported:
        """The pack for a meeting (by default the next one); ``sharing``: for each case
        shared without her consent, why (decided case by case)."""
        with self._in_centre_zone():
            return conference.conference_pack(self._pipeline, options, meeting_id, sharing)

    def conference_pack_without_consent(self, meeting_id: int) -> dict[str, list[str]]:
        """The cases on a meeting's agenda without consent to share with every attending
        agency, each with the agencies it lacks: the pack asks a reason for each."""
        return conference.without_consent(self._pipeline, meeting_id)

    def conference_minutes(
        self,
        options: ExportOptions,
        meeting_id: int,
        sharing: Mapping[str, CaseSharing] | None = None,
    ) -> Exported:
        """The minutes of a meeting as stored with it (ConferenceService.record_minutes);
        ``sharing``: for each case minuted without her consent, why (case by case)."""
        with self._in_centre_zone():
            return minutes.conference_minutes(self._pipeline, options, meeting_id, sharing)

    def conference_minutes_without_consent(self, meeting_id: int) -> dict[str, list[str]]:
        """The cases a meeting's minutes speak of without consent to share with every
        attending agency, each with the agencies it lacks: the minutes ask a reason for each."""
        return minutes.without_consent(self._pipeline, meeting_id)

    def safety_plan(
        self,
        reference: str,
        options: ExportOptions,
        *,
        with_centre: bool = False,
        with_code_word: bool = False,
        with_full_headings: bool = False,
    ) -> Exported:
        """Her own copy of her safety plan: discreet unless she wants the centre on it, her
        code word left off unless she wants it printed, plain headings unless she wants the
        full ones."""
        with self._in_centre_zone():
            return safety_plan.safety_plan(
                self._pipeline, reference, options, with_centre, with_code_word, with_full_headings
            )

    def statistics(self, period: Period, options: ExportOptions) -> Exported:
        """Anonymised counts for a period, with the same figures as CSV."""
        with self._in_centre_zone():
            return statistics_export.statistics(self._pipeline, period, options)

    def dhis2(self, period: Period, mapping: Path, options: ExportOptions) -> Exported:
        """The period's released counts as a DHIS2 data value set (JSON, and CSV beside it)."""
        with self._in_centre_zone():
            return dhis2_export.dhis2(self._pipeline, period, mapping, options)
