"""Every value the screens show from a list (a type, a status, a purpose…) by a label that
is translated, written out literally here so that pyside6-lupdate finds each one (context
"Labels"). ``label(value)`` gives it; a value without one shows as its stored word.

Generated once from the enums and kept by hand since; a test fails when an enum gains a member
that has no label here.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from onestop.domain.casefile import CaseStatus, GbvType, IncidentContext, Sex
from onestop.domain.clinical import Precision, Window
from onestop.domain.consent import Decision, GivenBy, Purpose
from onestop.domain.coordination import ActionStatus, Sector
from onestop.domain.forensic import SpecimenType
from onestop.domain.health import TreatmentKind
from onestop.domain.risk import ESCALATION_INCIDENTS, Answer, Criterion, RiskLevel
from onestop.domain.roles import Role
from onestop.services.counselling import SessionType
from onestop.services.exports import DOCUMENT_NAMES, BundleSection
from onestop.services.referrals import ReferralStatus, Urgency


def _labels() -> dict[Enum, str]:
    translate = QCoreApplication.translate  # the name lupdate reads
    return {
        ActionStatus.OPEN: translate("Labels", "Open"),
        ActionStatus.DONE: translate("Labels", "Done"),
        ActionStatus.NOT_DONE: translate("Labels", "Not done"),
        ActionStatus.NO_LONGER_POSSIBLE: translate("Labels", "No longer possible"),
        Sector.HEALTH: translate("Labels", "Health"),
        Sector.POLICE: translate("Labels", "Police"),
        Sector.JUSTICE: translate("Labels", "Justice and legal aid"),
        Sector.SHELTER_HOUSING: translate("Labels", "Shelter and housing"),
        Sector.PSYCHOSOCIAL: translate("Labels", "Psychosocial"),
        Sector.SOCIO_ECONOMIC: translate("Labels", "Socio-economic support"),
        Sector.CHILD_SERVICES: translate("Labels", "Child services"),
        Sector.COMMUNITY_FAITH: translate("Labels", "Community and faith groups"),
        TreatmentKind.PEP_FIRST_DOSE: translate("Labels", "PEP first dose"),
        TreatmentKind.EMERGENCY_CONTRACEPTION: translate("Labels", "Emergency contraception"),
        TreatmentKind.STI_PROPHYLAXIS: translate("Labels", "STI prophylaxis"),
        TreatmentKind.HEPATITIS_B: translate("Labels", "Hepatitis B"),
        TreatmentKind.TETANUS: translate("Labels", "Tetanus"),
        TreatmentKind.PREGNANCY_TEST: translate("Labels", "Pregnancy test"),
        CaseStatus.OPEN: translate("Labels", "Open"),
        CaseStatus.CLOSED: translate("Labels", "Closed"),
        CaseStatus.REOPENED: translate("Labels", "Reopened"),
        GbvType.RAPE: translate("Labels", "Rape"),
        GbvType.SEXUAL_ASSAULT: translate("Labels", "Sexual assault"),
        GbvType.PHYSICAL_ASSAULT: translate("Labels", "Physical assault"),
        GbvType.FORCED_MARRIAGE: translate("Labels", "Forced marriage"),
        GbvType.DENIAL_OF_RESOURCES: translate(
            "Labels", "Denial of resources, opportunities or services"
        ),
        GbvType.PSYCHOLOGICAL_ABUSE: translate("Labels", "Psychological or emotional abuse"),
        IncidentContext.INTIMATE_PARTNER: translate("Labels", "Intimate partner"),
        IncidentContext.FAMILY: translate("Labels", "Family"),
        IncidentContext.OTHER: translate("Labels", "Other"),
        Sex.FEMALE: translate("Labels", "Female"),
        Sex.MALE: translate("Labels", "Male"),
        Sex.INTERSEX: translate("Labels", "Intersex"),
        Sex.NOT_STATED: translate("Labels", "Not stated"),
        Decision.GIVEN: translate("Labels", "Given"),
        Decision.REFUSED: translate("Labels", "Refused"),
        Decision.WITHDRAWN: translate("Labels", "Withdrawn"),
        GivenBy.SURVIVOR: translate("Labels", "Survivor"),
        GivenBy.GUARDIAN: translate("Labels", "Guardian"),
        Purpose.MEDICAL_EXAMINATION: translate("Labels", "Medical examination"),
        Purpose.FORENSIC_COLLECTION: translate("Labels", "Forensic collection"),
        Purpose.PHOTOGRAPHY: translate("Labels", "Photography"),
        Purpose.SHARE_WITH_POLICE: translate("Labels", "Share with police"),
        Purpose.SHARE_WITH_AGENCY: translate("Labels", "Share with agency"),
        Purpose.USE_IN_COURT: translate("Labels", "Use in court"),
        Purpose.STATISTICS: translate("Labels", "Statistics"),
        Answer.YES: translate("Labels", "Yes"),
        Answer.NO: translate("Labels", "No"),
        Answer.NOT_KNOWN: translate("Labels", "Not known"),
        Answer.DECLINED: translate("Labels", "Declined"),
        RiskLevel.STANDARD: translate("Labels", "Standard"),
        RiskLevel.MEDIUM: translate("Labels", "Medium"),
        RiskLevel.HIGH: translate("Labels", "High"),
        Precision.EXACT: translate("Labels", "Exact"),
        Precision.APPROXIMATE: translate("Labels", "Approximate"),
        Precision.UNKNOWN: translate("Labels", "Unknown"),
        SpecimenType.ORAL_SWAB: translate("Labels", "Oral swab"),
        SpecimenType.VAGINAL_SWAB: translate("Labels", "Vaginal swab"),
        SpecimenType.ANAL_SWAB: translate("Labels", "Anal swab"),
        SpecimenType.SKIN_SWAB: translate("Labels", "Skin swab"),
        SpecimenType.FINGERNAIL: translate("Labels", "Fingernail"),
        SpecimenType.BLOOD: translate("Labels", "Blood"),
        SpecimenType.URINE: translate("Labels", "Urine"),
        SpecimenType.CLOTHING: translate("Labels", "Clothing"),
        SpecimenType.OTHER: translate("Labels", "Other"),
        Role.CASEWORKER: translate("Labels", "Caseworker"),
        Role.CLINICIAN: translate("Labels", "Clinician"),
        Role.COUNSELLOR: translate("Labels", "Counsellor"),
        Role.LEGAL_ADVOCATE: translate("Labels", "Legal advocate"),
        Role.SHELTER_OFFICER: translate("Labels", "Shelter officer"),
        Role.MANAGER: translate("Labels", "Manager"),
        Role.ADMIN: translate("Labels", "Admin"),
        ReferralStatus.DRAFT: translate("Labels", "Draft"),
        ReferralStatus.SENT: translate("Labels", "Sent"),
        ReferralStatus.ACCEPTED: translate("Labels", "Accepted"),
        ReferralStatus.DECLINED: translate("Labels", "Declined"),
        ReferralStatus.COMPLETED: translate("Labels", "Completed"),
        ReferralStatus.CLOSED: translate("Labels", "Closed"),
        Urgency.ROUTINE: translate("Labels", "Routine"),
        Urgency.URGENT: translate("Labels", "Urgent"),
        Urgency.EMERGENCY: translate("Labels", "Emergency"),
        SessionType.INDIVIDUAL: translate("Labels", "Individual"),
        SessionType.GROUP: translate("Labels", "Group"),
        SessionType.FAMILY: translate("Labels", "Family"),
        SessionType.CRISIS: translate("Labels", "Crisis"),
        SessionType.TELEPHONE: translate("Labels", "Telephone"),
        BundleSection.INCIDENTS: translate("Labels", "Incident summary"),
        BundleSection.MEDICAL: translate("Labels", "Medical report"),
        BundleSection.FORENSIC: translate("Labels", "Forensic report"),
        BundleSection.CUSTODY: translate("Labels", "Chain of custody"),
        BundleSection.PHOTOGRAPHS: translate("Labels", "Photographs (exhibits)"),
        BundleSection.ORDERS: translate("Labels", "Protection orders"),
        BundleSection.HEARINGS: translate("Labels", "Hearings"),
        BundleSection.STATEMENTS: translate("Labels", "Statements"),
        BundleSection.COUNSELLING: translate("Labels", "Counselling notes"),
        Criterion.HIGH_RISK: translate("Labels", "High risk on the checklist"),
        Criterion.JUDGEMENT: translate("Labels", "Professional judgement"),
        Criterion.ESCALATION: translate(
            "Labels", "Escalation ({n}+ incidents in 12 months)"
        ).format(n=ESCALATION_INCIDENTS),
        Criterion.REPEAT: translate(
            "Labels", "Repeat (new incident within 12 months of the last referral)"
        ),
    }


def _windows() -> dict[Window, str]:
    translate = QCoreApplication.translate  # the name lupdate reads
    return {
        Window.PEP: translate("Labels", "PEP"),
        Window.EMERGENCY_CONTRACEPTION: translate("Labels", "Emergency contraception"),
        Window.FORENSIC_ORAL: translate("Labels", "Forensic: oral"),
        Window.FORENSIC_DIGITAL: translate("Labels", "Forensic: digital"),
        Window.FORENSIC_ANAL: translate("Labels", "Forensic: anal"),
        Window.FORENSIC_VAGINAL: translate("Labels", "Forensic: vaginal"),
    }


def window_label(window: Window) -> str:
    """A clinical window's name on its countdown ("PEP", "Forensic: oral"…)."""
    return _windows().get(window, str(window.value))


def _documents() -> dict[str, str]:
    translate = QCoreApplication.translate  # the name lupdate reads
    return {
        "referral": translate("Labels", "Referral letter"),
        "medico-legal": translate("Labels", "Medico-legal report"),
        "bundle": translate("Labels", "Court bundle"),
        "conference": translate("Labels", "Case-conference pack"),
        "safety-plan": translate("Labels", "Safety plan"),
        "statistics": translate("Labels", "Anonymised statistics"),
    }


def _plan_headings() -> dict[str, str]:
    translate = QCoreApplication.translate  # the name lupdate reads
    return {
        "safe_places": translate("Labels", "Safe places to go"),
        "trusted_contacts": translate("Labels", "People she trusts and how to reach them"),
        "code_word": translate("Labels", "Code word"),
        "emergency_bag": translate("Labels", "Emergency bag (documents, money, keys, medicines)"),
        "children": translate("Labels", "Children"),
        "technology": translate("Labels", "Phone and online safety"),
        "routes": translate("Labels", "Routes and escape plan"),
        "notes": translate("Labels", "Other notes"),
    }


def label(value: Enum) -> str:
    """The translated label of a value from a list."""
    found = _labels().get(value)
    return found if found is not None else str(value.value).replace("_", " ")


def document_title(english: str) -> str:
    """A document's name (as DOCUMENT_NAMES writes it in English), translated."""
    by_name = {DOCUMENT_NAMES[key]: title for key, title in _documents().items()}
    return by_name.get(english, english)


def plan_heading(name: str) -> str:
    """A safety plan's heading ("safe_places"…)."""
    return _plan_headings().get(name, name)


LABELLED = (
    ActionStatus,
    Sector,
    TreatmentKind,
    CaseStatus,
    GbvType,
    IncidentContext,
    Sex,
    Decision,
    GivenBy,
    Purpose,
    Answer,
    RiskLevel,
    Precision,
    SpecimenType,
    Role,
    ReferralStatus,
    Urgency,
    SessionType,
    BundleSection,
    Criterion,
)
