"""Every table, imported once so that ``Base.metadata`` is complete."""

from sqlalchemy import Index

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
from onestop.db.sharings import SharingNotice
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
    "SharingNotice",
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


def _index_unsealed_rows() -> tuple[str, ...]:
    """An index of the rows not sealed yet (``key_version`` NULL), in every table whose rows
    are sealed: each holder's sign-in looks for them (services.sectionkeys.seal_older_text),
    and once they are sealed the index is empty, so the look costs nothing (migration 0054)."""
    tables = sorted(
        (t for t in Base.metadata.tables.values() if "key_version" in t.c),
        key=lambda t: t.name,
    )
    names = []
    for table in tables:
        column = table.c.key_version
        if not column.nullable:
            continue
        unsealed = column.is_(None)
        Index(
            f"ix_{table.name}_unsealed",
            column,
            sqlite_where=unsealed,
            postgresql_where=unsealed,
        )
        names.append(table.name)
    return tuple(names)


UNSEALED_INDEXED = _index_unsealed_rows()
