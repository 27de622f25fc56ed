"""Every table, imported once so that ``Base.metadata`` is complete."""

from onestop.db.attachments import Attachment, StoredBlob
from onestop.db.audit import AuditAnchor, AuditEntry
from onestop.db.base import Base
from onestop.db.breakglass import BreakGlassAccess
from onestop.db.caseindex import CaseIndexSnapshot
from onestop.db.cases import Case, ReferenceCounter
from onestop.db.conferences import (
    ActionReview,
    Conference,
    ConferenceAction,
    ConferenceReferral,
)
from onestop.db.consent import ConsentRecord
from onestop.db.counselling import CounsellingSession
from onestop.db.directory import Agency
from onestop.db.drafts import Draft
from onestop.db.forensic import CustodyEvent, ForensicExam, Specimen
from onestop.db.health import DoseSummary, FollowUpRow, HealthEncounter, InjuryRow, TreatmentRow
from onestop.db.incidents import Incident
from onestop.db.issues import DocumentIssue
from onestop.db.legal import Hearing, LegalMatter, ProtectionOrder
from onestop.db.perpetrators import IncidentPerpetrator, Perpetrator
from onestop.db.records import RecordVersion
from onestop.db.referrals import Referral
from onestop.db.releases import StatisticsRelease
from onestop.db.risk import RiskAssessment, SafetyPlan
from onestop.db.sectionkeys import SectionKeyGrant
from onestop.db.settings import Setting
from onestop.db.shelter import ShelterBed, ShelterRoom, ShelterStay, WaitingEntry
from onestop.db.staff import StaffAccount
from onestop.db.tasks import Task

__all__ = [
    "ActionReview",
    "Agency",
    "Attachment",
    "AuditAnchor",
    "AuditEntry",
    "Base",
    "BreakGlassAccess",
    "Case",
    "CaseIndexSnapshot",
    "Conference",
    "ConferenceAction",
    "ConferenceReferral",
    "ConsentRecord",
    "CounsellingSession",
    "CustodyEvent",
    "DocumentIssue",
    "DoseSummary",
    "Draft",
    "FollowUpRow",
    "ForensicExam",
    "HealthEncounter",
    "Hearing",
    "Incident",
    "IncidentPerpetrator",
    "InjuryRow",
    "LegalMatter",
    "Perpetrator",
    "ProtectionOrder",
    "RecordVersion",
    "ReferenceCounter",
    "Referral",
    "RiskAssessment",
    "SafetyPlan",
    "SectionKeyGrant",
    "Setting",
    "ShelterBed",
    "ShelterRoom",
    "ShelterStay",
    "Specimen",
    "StaffAccount",
    "StatisticsRelease",
    "StoredBlob",
    "Task",
    "TreatmentRow",
    "WaitingEntry",
]
