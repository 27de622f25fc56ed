"""``ExportService``: one entry point for the screens and the command line, each document
assembled by its own module (``referral``, ``medicolegal``, ``bundle``, ``conference``,
``safety_plan``, ``statistics``) through the shared ``pipeline``."""

from __future__ import annotations

from collections.abc import Sequence

from onestop.domain.consent import Purpose
from onestop.reports.bundle import BundleSection
from onestop.services.exports import bundle, conference, medicolegal, referral, safety_plan
from onestop.services.exports import statistics as statistics_export
from onestop.services.exports.pipeline import Exported, ExportOptions, ExportPipeline
from onestop.services.session import VaultSession
from onestop.services.statistics import Period


class ExportService:
    def __init__(self, session: VaultSession) -> None:
        self._pipeline = ExportPipeline(session)

    def referral_letter(self, reference: str, referral_id: int, options: ExportOptions) -> Exported:
        """The letter to the agency of one referral: what she agreed to share with it."""
        return referral.referral_letter(self._pipeline, reference, referral_id, options)

    def medico_legal(
        self,
        reference: str,
        options: ExportOptions,
        *,
        purpose: Purpose = Purpose.SHARE_WITH_POLICE,
        incident_id: int | None = None,
    ) -> Exported:
        """The medico-legal report of one incident's examinations, for the police or court."""
        return medicolegal.medico_legal(
            self._pipeline, reference, options, purpose=purpose, incident_id=incident_id
        )

    def court_bundle(
        self,
        reference: str,
        options: ExportOptions,
        sections: Sequence[BundleSection],
        *,
        counselling_relevance: str = "",
        case_summary: str = "",
        encounters_in_full: bool = False,
    ) -> Exported:
        """The bundle for court: the sections chosen, in that order (counselling notes only
        with her consent to disclose them to a court and a note of why they are relevant;
        medical encounters as a summary table unless chosen ``encounters_in_full``)."""
        return bundle.court_bundle(
            self._pipeline,
            reference,
            options,
            sections,
            counselling_relevance,
            case_summary,
            encounters_in_full,
        )

    def conference_pack(self, options: ExportOptions, meeting_id: int | None = None) -> Exported:
        """The pack for a meeting (by default the next one)."""
        return conference.conference_pack(self._pipeline, options, meeting_id)

    def safety_plan(self, reference: str, options: ExportOptions) -> Exported:
        """Her own copy of her safety plan."""
        return safety_plan.safety_plan(self._pipeline, reference, options)

    def statistics(self, period: Period, options: ExportOptions) -> Exported:
        """Anonymised counts for a period, with the same figures as CSV."""
        return statistics_export.statistics(self._pipeline, period, options)
