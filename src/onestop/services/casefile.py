"""A survivor's whole file as one viewer may read it, in one transaction.

The desktop application opens a file with this: every section the viewer's role may read,
each read checked and audited as its own service does it, all in one transaction (one commit,
one write of the audit anchor) so that opening a file stays quick on a vault of 100,000
survivors (bench/casefile.py). A section the role may not read is ``None``: not empty, absent.

On a centre's server every statement is a round trip to another machine, so a file takes a
fixed number of them however long it is (tests/unit/test_casefile_statements.py counts them):
the batch finds her case once, each section reads its rows in one query (not one per exam or
per perpetrator), and the timeline takes the rows its sections just read
(services.records ``find_case``, ``case_rows``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from onestop.domain.health import Treatment
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
    # Sections the role may read that were left for later (open_case_file's ``sections``):
    # their fields are None until ``read_more`` reads them.
    unread: frozenset[Section] = frozenset()
    timeline_unread: bool = False  # and the timeline, empty until then
    attachments_unread: bool = False  # and the list of attachments, empty until then
    # The doses given for each incident (HealthService.doses), read for the clinical windows
    # of the header when her health section is left for later (``windows``); else None.
    doses: Mapping[int, tuple[Treatment, ...]] | None = None

    def given(self) -> dict[int, list[Treatment]]:
        """The doses given for each of her incidents, of the encounters that count (one
        entered in error was not given to her): what her clinical windows are met by."""
        if self.health is None:
            return {incident: list(doses) for incident, doses in (self.doses or {}).items()}
        given: dict[int, list[Treatment]] = {}
        for encounter in self.health:
            if encounter.details.incident_id is not None and not encounter.entered_in_error:
                given.setdefault(encounter.details.incident_id, []).extend(
                    encounter.details.treatments
                )
        return given


# What a file's header shows whatever tab is in front (gui.views.case_file.header): a high
# risk, a referral to the case conference, a stay in shelter, the clinical windows of her
# incidents. A lazy opening reads them with the tab it shows (and ``windows``: the doses).
HEADER_SECTIONS = frozenset({Section.INCIDENTS, Section.RISK, Section.CONFERENCES, Section.SHELTER})


# The lists of a file, each with the section whose permission reads it and its reader: what
# ``open_case_file`` reads, all of them or, for a tab not shown yet, later (``read_more``).
_READERS: dict[str, tuple[Section, Callable[[VaultSession, str], Any]]] = {
    "incidents": (Section.INCIDENTS, lambda s, ref: IncidentService(s).list(ref)),
    "perpetrators": (Section.INCIDENTS, lambda s, ref: PerpetratorService(s).of_case(ref)),
    "consent": (Section.CONSENT, lambda s, ref: ConsentService(s).ledger(ref)),
    "health": (Section.HEALTH, lambda s, ref: HealthService(s).list(ref)),
    "forensic": (Section.FORENSIC, lambda s, ref: ForensicService(s).list(ref)),
    "counselling": (Section.COUNSELLING, lambda s, ref: CounsellingService(s).list(ref)),
    "legal_matters": (Section.LEGAL, lambda s, ref: LegalMatters(s).list(ref)),
    "hearings": (Section.LEGAL, lambda s, ref: Hearings(s).list(ref)),
    "protection_orders": (Section.LEGAL, lambda s, ref: ProtectionOrders(s).list(ref)),
    "shelter": (Section.SHELTER, lambda s, ref: ShelterService(s).list(ref)),
    "referrals": (Section.REFERRALS, lambda s, ref: ReferralService(s).list(ref)),
    "tasks": (Section.TASKS, lambda s, ref: TaskService(s).list(ref)),
    "risk": (Section.RISK, lambda s, ref: RiskService(s).assessments(ref)),
    "safety_plan": (Section.RISK, lambda s, ref: SafetyPlanService(s).list(ref)),
    "conference_referral": (
        Section.CONFERENCES,
        lambda s, ref: ConferenceService(s).pending_referral(ref),
    ),
    "conference_actions": (
        Section.CONFERENCES,
        lambda s, ref: ConferenceService(s).case_actions(ref),
    ),
}


def _may(session: VaultSession, reference: str, section: Section) -> bool:
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


def open_case_file(
    session: VaultSession,
    reference: str,
    sections: Collection[Section] | None = None,
    *,
    timeline: bool | None = None,
    windows: bool = False,
    attachments: bool = True,
) -> CaseFileView:
    """Every section of the file ``session``'s role may read (PermissionDenied, audited, if
    it may not read the file at all), in one transaction.

    ``sections``: read only these now (with her details and the list of attachments) and
    leave the others the role may read for later, listed in the view's ``unread`` (their
    fields None until ``read_more``); ``timeline``: read the timeline now (by default only
    when every section is read; else it is empty and ``timeline_unread``). A long file then
    opens on the tab shown without reading the hundreds of records of the tabs behind it.
    ``windows``: when her health section is left for later, read the doses given for her
    incidents (``doses``: the header's clinical windows) without her encounters.
    ``attachments``: False leaves the list of attachments for later too
    (``attachments_unread``; a long file's 60 photographs, shown only on their own tab)."""
    with_timeline = sections is None if timeline is None else timeline
    with session.batch(reads=True):
        case = CaseService(session).get(reference)
        ref = case.reference
        read: dict[str, Any] = {}
        unread: set[Section] = set()
        for name, (section, reader) in _READERS.items():
            if name == "risk":  # the file's own lists, read where they always were
                read["attachments"] = AttachmentService(session).list(ref) if attachments else ()
                read["timeline"] = TimelineService(session).of_case(ref) if with_timeline else ()
            if not _may(session, ref, section):
                read[name] = None
            elif sections is None or section in sections:
                read[name] = reader(session, ref)
            else:
                read[name] = None
                unread.add(section)
        if windows and Section.HEALTH in unread and read.get("incidents"):
            read["doses"] = HealthService(session).doses(ref)
        return CaseFileView(
            case=case,
            glass=session.glass_open_until(ref),
            unread=frozenset(unread),
            timeline_unread=not with_timeline,
            attachments_unread=not attachments,
            **read,
        )


def read_more(
    session: VaultSession,
    view: CaseFileView,
    sections: Collection[Section] = (),
    *,
    timeline: bool = False,
    attachments: bool = False,
) -> CaseFileView:
    """``view`` with the ``sections`` it left unread (and its timeline, when ``timeline``;
    its list of attachments, when ``attachments``) now read, when their tab is shown: in one
    transaction, each read checked and audited as its service does it."""
    wanted = view.unread & frozenset(sections)
    read_timeline = timeline and view.timeline_unread
    read_attachments = attachments and view.attachments_unread
    if not wanted and not read_timeline and not read_attachments:
        return view
    ref = view.case.reference
    with session.batch(reads=True):
        read: dict[str, Any] = {
            name: reader(session, ref)
            for name, (section, reader) in _READERS.items()
            if section in wanted and _may(session, ref, section)
        }
        if read_timeline:
            read["timeline"] = TimelineService(session).of_case(ref)
        if read_attachments:
            read["attachments"] = AttachmentService(session).list(ref)
    return replace(
        view,
        unread=view.unread - wanted,
        timeline_unread=view.timeline_unread and not read_timeline,
        attachments_unread=view.attachments_unread and not read_attachments,
        **read,
    )
