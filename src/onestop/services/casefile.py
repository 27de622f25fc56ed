"""A survivor's whole file as one viewer may read it, in one transaction.

The desktop application opens a file with this: every section the viewer's role may read,
each read checked and audited as its own service does it, all in one transaction (one commit,
one write of the audit anchor) so that opening a file stays quick on a vault of 100,000
survivors (bench/casefile.py). A section the role may not read is ``None``: not empty, absent.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from onestop.domain.risk import Criterion
from onestop.domain.roles import Action, Section
from onestop.services import sectionkeys
from onestop.services.attachments import AttachmentInfo, AttachmentService
from onestop.services.cases import CaseFile, CaseService
from onestop.services.conferences import ActionInfo, ConferenceService
from onestop.services.consent import ConsentDecision, ConsentService
from onestop.services.counselling import CounsellingService, SessionDetails
from onestop.services.forensic import ExamRecord, ForensicService
from onestop.services.health import Encounter, HealthService
from onestop.services.incidents import IncidentRecord, IncidentService
from onestop.services.legal import (
    HearingDetails,
    Hearings,
    LegalMatters,
    MatterDetails,
    OrderDetails,
    ProtectionOrders,
)
from onestop.services.perpetrators import LinkedPerpetrator, PerpetratorService
from onestop.services.records import CaseRecord
from onestop.services.referrals import ReferralDetails, ReferralService
from onestop.services.risk import Assessment, RiskService, SafetyPlanDetails, SafetyPlanService
from onestop.services.session import VaultSession
from onestop.services.shelter import ShelterService, StayDetails
from onestop.services.tasks import TaskDetails, TaskService
from onestop.services.timeline import TimelineEvent, TimelineService


@dataclass(frozen=True)
class CaseFileView:
    case: CaseFile
    incidents: tuple[IncidentRecord, ...] | None
    perpetrators: tuple[LinkedPerpetrator, ...] | None
    consent: tuple[ConsentDecision, ...] | None
    health: tuple[Encounter, ...] | None
    forensic: tuple[ExamRecord, ...] | None
    counselling: tuple[CaseRecord[SessionDetails], ...] | None
    legal_matters: tuple[CaseRecord[MatterDetails], ...] | None
    hearings: tuple[CaseRecord[HearingDetails], ...] | None
    protection_orders: tuple[CaseRecord[OrderDetails], ...] | None
    shelter: tuple[CaseRecord[StayDetails], ...] | None
    referrals: tuple[CaseRecord[ReferralDetails], ...] | None
    tasks: tuple[CaseRecord[TaskDetails], ...] | None
    attachments: tuple[AttachmentInfo, ...]
    timeline: tuple[TimelineEvent, ...]
    risk: tuple[Assessment, ...] | None = None  # oldest first: the trend
    safety_plan: tuple[CaseRecord[SafetyPlanDetails], ...] | None = None
    conference_referral: tuple[Criterion, ...] | None = None  # waiting for a conference
    conference_actions: tuple[ActionInfo, ...] | None = None
    # Sections open by break-glass, and until when (shown as such).
    glass: Mapping[Section, datetime] = field(default_factory=dict)


def open_case_file(session: VaultSession, reference: str) -> CaseFileView:
    """Every section of the file ``session``'s role may read (PermissionDenied, audited, if
    it may not read the file at all)."""

    def may(section: Section) -> bool:
        # A section sealed under a key she has not been given yet (a colleague confirms her:
        # services.sectionkeys) is shown as closed, not as an error for the whole file.
        # A section read by break-glass is open once its break-glass key is (services.glasskeys).
        if (
            sectionkeys.is_encrypted(section)
            and not session.section_keys.holds(section)
            and not session.holds_glass_key(section, reference)
        ):
            return False
        return session.allowed(section, Action.READ, reference)

    with session.batch():
        case = CaseService(session).get(reference)
        ref = case.reference
        return CaseFileView(
            case=case,
            incidents=IncidentService(session).list(ref) if may(Section.INCIDENTS) else None,
            perpetrators=(
                PerpetratorService(session).of_case(ref) if may(Section.INCIDENTS) else None
            ),
            consent=ConsentService(session).ledger(ref) if may(Section.CONSENT) else None,
            health=HealthService(session).list(ref) if may(Section.HEALTH) else None,
            forensic=ForensicService(session).list(ref) if may(Section.FORENSIC) else None,
            counselling=(
                CounsellingService(session).list(ref) if may(Section.COUNSELLING) else None
            ),
            legal_matters=LegalMatters(session).list(ref) if may(Section.LEGAL) else None,
            hearings=Hearings(session).list(ref) if may(Section.LEGAL) else None,
            protection_orders=ProtectionOrders(session).list(ref) if may(Section.LEGAL) else None,
            shelter=ShelterService(session).list(ref) if may(Section.SHELTER) else None,
            referrals=ReferralService(session).list(ref) if may(Section.REFERRALS) else None,
            tasks=TaskService(session).list(ref) if may(Section.TASKS) else None,
            attachments=AttachmentService(session).list(ref),
            timeline=TimelineService(session).of_case(ref),
            risk=RiskService(session).assessments(ref) if may(Section.RISK) else None,
            safety_plan=SafetyPlanService(session).list(ref) if may(Section.RISK) else None,
            conference_referral=(
                ConferenceService(session).pending_referral(ref)
                if may(Section.CONFERENCES)
                else None
            ),
            conference_actions=(
                ConferenceService(session).case_actions(ref) if may(Section.CONFERENCES) else None
            ),
            glass=session.glass_open_until(ref),
        )
