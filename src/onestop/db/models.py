"""Every table, imported once so that ``Base.metadata`` is complete."""

from onestop.db.attachments import Attachment, StoredBlob
from onestop.db.audit import AuditAnchor, AuditEntry
from onestop.db.base import Base
from onestop.db.breakglass import BreakGlassAccess
from onestop.db.cases import (
    Case,
    ConsentRecord,
    Incident,
    IncidentPerpetrator,
    Perpetrator,
    RecordVersion,
    ReferenceCounter,
)
from onestop.db.coordination import (
    ActionReview,
    Agency,
    Conference,
    ConferenceAction,
    ConferenceReferral,
    RiskAssessment,
    SafetyPlan,
    ShelterBed,
    ShelterRoom,
    WaitingEntry,
)
from onestop.db.drafts import Draft
from onestop.db.forensic import CustodyEvent, ForensicExam, Specimen
from onestop.db.health import DoseSummary, FollowUpRow, HealthEncounter, InjuryRow, TreatmentRow
from onestop.db.legal import (
    CounsellingSession,
    Hearing,
    LegalMatter,
    ProtectionOrder,
    Referral,
    ShelterStay,
    Task,
)
from onestop.db.settings import Setting
from onestop.db.staff import StaffAccount

__all__ = [
    "ActionReview",
    "Agency",
    "Attachment",
    "AuditAnchor",
    "AuditEntry",
    "Base",
    "BreakGlassAccess",
    "Case",
    "Conference",
    "ConferenceAction",
    "ConferenceReferral",
    "ConsentRecord",
    "CounsellingSession",
    "CustodyEvent",
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
    "Setting",
    "ShelterBed",
    "ShelterRoom",
    "ShelterStay",
    "Specimen",
    "StaffAccount",
    "StoredBlob",
    "Task",
    "TreatmentRow",
    "WaitingEntry",
]
