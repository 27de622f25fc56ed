"""Every value from a list (a type, a status, a purpose…) by its label, written out literally
here as ``QT_TRANSLATE_NOOP("Labels", …)`` so that pyside6-lupdate finds each one. A label is a
Phrase: English where it is used as a string, and shown in the reader's language by the
screens (``gui.labels``) and in the document's language by the documents (``reports.language``).

A test fails when an enum gains a member that has no label here.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from functools import cache
from typing import Any

from onestop.domain.audit import AuditAction, Outcome
from onestop.domain.casefile import CaseStatus, GbvType, IncidentContext, Sex
from onestop.domain.clinical import Precision, Window
from onestop.domain.consent import Decision, GivenBy, Purpose
from onestop.domain.coordination import ActionStatus, Sector, SharingReason
from onestop.domain.counselling import SessionType
from onestop.domain.forensic import SpecimenType
from onestop.domain.gbvims import RegisterField
from onestop.domain.health import TreatmentKind
from onestop.domain.referrals import ReferralStatus, Urgency
from onestop.domain.risk import ESCALATION_INCIDENTS, Answer, Criterion, RiskLevel
from onestop.domain.roles import Role, Section
from onestop.domain.statistics import AgeBand
from onestop.i18n import QT_TRANSLATE_NOOP, Phrase
from onestop.reports.bundle import BundleSection


def _tables() -> tuple[Mapping[Any, Phrase], ...]:
    """The labels, a table for each list. Apart, because labels are found by their list and
    value together: the lists are StrEnums, whose members compare and hash as their value and
    name, so in one dict ``ActionStatus.OPEN`` and ``CaseStatus.OPEN`` were one key and the
    action took the case's label ("Ouvert" for "Ouverte"), and ``Section.INCIDENTS`` was
    labelled "Incident summary", the bundle section's heading."""
    return (
        *_audit_tables(),
        {
            #: An action agreed at a case conference that is still to be done (an action: in
            #: French and Spanish a feminine noun).
            ActionStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open", "action still to do"),
            #: An action agreed at a case conference that was carried out.
            ActionStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done", "action carried out"),
            ActionStatus.NOT_DONE: QT_TRANSLATE_NOOP("Labels", "Not done"),
            ActionStatus.NO_LONGER_POSSIBLE: QT_TRANSLATE_NOOP("Labels", "No longer possible"),
        },
        {
            SharingReason.HIGH_RISK: QT_TRANSLATE_NOOP(
                "Labels", "High risk of serious harm or homicide"
            ),
            SharingReason.RISK_TO_CHILDREN: QT_TRANSLATE_NOOP("Labels", "Risk to children"),
            SharingReason.RISK_TO_OTHERS: QT_TRANSLATE_NOOP("Labels", "Risk to other people"),
            SharingReason.SERIOUS_CRIME: QT_TRANSLATE_NOOP(
                "Labels", "To prevent or detect a serious crime"
            ),
            SharingReason.NOT_CONTACTABLE: QT_TRANSLATE_NOOP(
                "Labels", "She could not be asked safely in time"
            ),
        },
        {
            Sector.HEALTH: QT_TRANSLATE_NOOP("Labels", "Health"),
            Sector.POLICE: QT_TRANSLATE_NOOP("Labels", "Police"),
            Sector.JUSTICE: QT_TRANSLATE_NOOP("Labels", "Justice and legal aid"),
            Sector.SHELTER_HOUSING: QT_TRANSLATE_NOOP("Labels", "Shelter and housing"),
            Sector.PSYCHOSOCIAL: QT_TRANSLATE_NOOP("Labels", "Psychosocial"),
            Sector.SOCIO_ECONOMIC: QT_TRANSLATE_NOOP("Labels", "Socio-economic support"),
            Sector.CHILD_SERVICES: QT_TRANSLATE_NOOP("Labels", "Child services"),
            Sector.COMMUNITY_FAITH: QT_TRANSLATE_NOOP("Labels", "Community and faith groups"),
        },
        {kind: kind.label for kind in TreatmentKind},  # written with the kinds
        {
            #: A survivor's case file that is open (not closed).
            CaseStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open", "case status"),
            CaseStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
            CaseStatus.REOPENED: QT_TRANSLATE_NOOP("Labels", "Reopened"),
        },
        {
            GbvType.RAPE: QT_TRANSLATE_NOOP("Labels", "Rape"),
            GbvType.SEXUAL_ASSAULT: QT_TRANSLATE_NOOP("Labels", "Sexual assault"),
            GbvType.PHYSICAL_ASSAULT: QT_TRANSLATE_NOOP("Labels", "Physical assault"),
            GbvType.FORCED_MARRIAGE: QT_TRANSLATE_NOOP("Labels", "Forced marriage"),
            GbvType.DENIAL_OF_RESOURCES: QT_TRANSLATE_NOOP(
                "Labels", "Denial of resources, opportunities or services"
            ),
            GbvType.PSYCHOLOGICAL_ABUSE: QT_TRANSLATE_NOOP(
                "Labels", "Psychological or emotional abuse"
            ),
        },
        {
            IncidentContext.INTIMATE_PARTNER: QT_TRANSLATE_NOOP("Labels", "Intimate partner"),
            #: Where the violence happened: within her family (not by an intimate partner).
            IncidentContext.FAMILY: QT_TRANSLATE_NOOP("Labels", "Family", "incident context"),
            IncidentContext.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
        },
        {
            Sex.FEMALE: QT_TRANSLATE_NOOP("Labels", "Female"),
            Sex.MALE: QT_TRANSLATE_NOOP("Labels", "Male"),
            Sex.INTERSEX: QT_TRANSLATE_NOOP("Labels", "Intersex"),
            Sex.NOT_STATED: QT_TRANSLATE_NOOP("Labels", "Not stated"),
        },
        {
            #: Her consent decision: she gave her consent.
            Decision.GIVEN: QT_TRANSLATE_NOOP("Labels", "Given", "consent decision"),
            #: Her consent decision: she refused her consent.
            Decision.REFUSED: QT_TRANSLATE_NOOP("Labels", "Refused", "consent decision"),
            Decision.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
        },
        {
            GivenBy.SURVIVOR: QT_TRANSLATE_NOOP("Labels", "Survivor"),
            GivenBy.GUARDIAN: QT_TRANSLATE_NOOP("Labels", "Guardian"),
        },
        {
            Purpose.MEDICAL_EXAMINATION: QT_TRANSLATE_NOOP("Labels", "Medical examination"),
            Purpose.FORENSIC_COLLECTION: QT_TRANSLATE_NOOP("Labels", "Forensic collection"),
            Purpose.PHOTOGRAPHY: QT_TRANSLATE_NOOP("Labels", "Photography"),
            Purpose.SHARE_WITH_POLICE: QT_TRANSLATE_NOOP("Labels", "Share with police"),
            Purpose.SHARE_WITH_AGENCY: QT_TRANSLATE_NOOP("Labels", "Share with agency"),
            Purpose.USE_IN_COURT: QT_TRANSLATE_NOOP("Labels", "Use in court"),
            Purpose.COUNSELLING_TO_COURT: QT_TRANSLATE_NOOP(
                "Labels",
                "Disclosure of counselling notes to a court (the sessions held until then)",
            ),
            Purpose.STATISTICS: QT_TRANSLATE_NOOP("Labels", "Statistics"),
        },
        {
            RegisterField.IGNORE: QT_TRANSLATE_NOOP("Labels", "(not imported)"),
            RegisterField.REGISTER_ID: QT_TRANSLATE_NOOP("Labels", "Register id"),
            RegisterField.NAME: QT_TRANSLATE_NOOP("Labels", "Name"),
            RegisterField.ALIAS: QT_TRANSLATE_NOOP("Labels", "Alias"),
            RegisterField.DATE_OF_BIRTH: QT_TRANSLATE_NOOP("Labels", "Date of birth"),
            RegisterField.ESTIMATED_AGE: QT_TRANSLATE_NOOP("Labels", "Estimated age"),
            RegisterField.SEX: QT_TRANSLATE_NOOP("Labels", "Sex"),
            RegisterField.SAFE_PHONE: QT_TRANSLATE_NOOP("Labels", "Safe phone"),
            RegisterField.OPENED_ON: QT_TRANSLATE_NOOP("Labels", "Date of the first interview"),
            RegisterField.INCIDENT_DATE: QT_TRANSLATE_NOOP("Labels", "Date of the incident"),
            RegisterField.GBV_TYPE: QT_TRANSLATE_NOOP("Labels", "Type of incident"),
            RegisterField.CONTEXT: QT_TRANSLATE_NOOP("Labels", "Context (relationship)"),
            RegisterField.PERPETRATOR_COUNT: QT_TRANSLATE_NOOP("Labels", "Number of perpetrators"),
        },
        {
            Answer.YES: QT_TRANSLATE_NOOP("Labels", "Yes"),
            Answer.NO: QT_TRANSLATE_NOOP("Labels", "No"),
            Answer.NOT_KNOWN: QT_TRANSLATE_NOOP("Labels", "Not known"),
            #: An answer on the risk checklist: she did not want to answer this question.
            Answer.DECLINED: QT_TRANSLATE_NOOP("Labels", "Declined", "checklist answer"),
        },
        {
            RiskLevel.STANDARD: QT_TRANSLATE_NOOP("Labels", "Standard"),
            RiskLevel.MEDIUM: QT_TRANSLATE_NOOP("Labels", "Medium"),
            RiskLevel.HIGH: QT_TRANSLATE_NOOP("Labels", "High"),
        },
        {
            Precision.EXACT: QT_TRANSLATE_NOOP("Labels", "Exact"),
            Precision.APPROXIMATE: QT_TRANSLATE_NOOP("Labels", "Approximate"),
            Precision.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Unknown"),
        },
        {
            SpecimenType.ORAL_SWAB: QT_TRANSLATE_NOOP("Labels", "Oral swab"),
            SpecimenType.VAGINAL_SWAB: QT_TRANSLATE_NOOP("Labels", "Vaginal swab"),
            SpecimenType.ANAL_SWAB: QT_TRANSLATE_NOOP("Labels", "Anal swab"),
            SpecimenType.SKIN_SWAB: QT_TRANSLATE_NOOP("Labels", "Skin swab"),
            SpecimenType.FINGERNAIL: QT_TRANSLATE_NOOP("Labels", "Fingernail"),
            SpecimenType.BLOOD: QT_TRANSLATE_NOOP("Labels", "Blood"),
            SpecimenType.URINE: QT_TRANSLATE_NOOP("Labels", "Urine"),
            SpecimenType.CLOTHING: QT_TRANSLATE_NOOP("Labels", "Clothing"),
            SpecimenType.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
        },
        {
            Role.CASEWORKER: QT_TRANSLATE_NOOP("Labels", "Caseworker"),
            Role.CLINICIAN: QT_TRANSLATE_NOOP("Labels", "Clinician"),
            Role.COUNSELLOR: QT_TRANSLATE_NOOP("Labels", "Counsellor"),
            Role.LEGAL_ADVOCATE: QT_TRANSLATE_NOOP("Labels", "Legal advocate"),
            Role.SHELTER_OFFICER: QT_TRANSLATE_NOOP("Labels", "Shelter officer"),
            Role.MANAGER: QT_TRANSLATE_NOOP("Labels", "Manager"),
            Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "Admin"),
        },
        {
            ReferralStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
            ReferralStatus.SENT: QT_TRANSLATE_NOOP("Labels", "Sent"),
            ReferralStatus.ACCEPTED: QT_TRANSLATE_NOOP("Labels", "Accepted"),
            #: A referral's status: the agency said it will not take her (a referral: in
            #: French "orientation", feminine).
            ReferralStatus.DECLINED: QT_TRANSLATE_NOOP("Labels", "Declined", "referral status"),
            ReferralStatus.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Completed"),
            ReferralStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
        },
        {
            Urgency.ROUTINE: QT_TRANSLATE_NOOP("Labels", "Routine"),
            Urgency.URGENT: QT_TRANSLATE_NOOP("Labels", "Urgent"),
            Urgency.EMERGENCY: QT_TRANSLATE_NOOP("Labels", "Emergency"),
        },
        {
            SessionType.INDIVIDUAL: QT_TRANSLATE_NOOP("Labels", "Individual"),
            SessionType.GROUP: QT_TRANSLATE_NOOP("Labels", "Group"),
            #: A kind of counselling session: with members of her family present.
            SessionType.FAMILY: QT_TRANSLATE_NOOP("Labels", "Family", "counselling session"),
            SessionType.CRISIS: QT_TRANSLATE_NOOP("Labels", "Crisis"),
            SessionType.TELEPHONE: QT_TRANSLATE_NOOP("Labels", "Telephone"),
        },
        {section: section.heading for section in BundleSection},  # written with them
        {
            Criterion.HIGH_RISK: QT_TRANSLATE_NOOP("Labels", "High risk on the checklist"),
            Criterion.JUDGEMENT: QT_TRANSLATE_NOOP("Labels", "Professional judgement"),
            Criterion.ESCALATION: QT_TRANSLATE_NOOP(
                "Labels", "Escalation (%n+ incidents in 12 months)", "", ESCALATION_INCIDENTS
            ),
            Criterion.REPEAT: QT_TRANSLATE_NOOP(
                "Labels", "Repeat (new incident within 12 months of the last referral)"
            ),
        },
    )


@cache
def _labels() -> dict[tuple[type[Enum], str], Phrase]:
    """Every label, by its list and its member's name."""
    out: dict[tuple[type[Enum], str], Phrase] = {}
    for table in _tables():
        for member, text in table.items():
            key = (type(member), member.name)
            assert key not in out, f"{key} has two labels"
            out[key] = text
    return out


def has_label(value: Enum) -> bool:
    return (type(value), value.name) in _labels()


@cache
def _windows() -> dict[Window, Phrase]:
    return {
        Window.PEP: QT_TRANSLATE_NOOP("Labels", "PEP"),
        Window.EMERGENCY_CONTRACEPTION: QT_TRANSLATE_NOOP("Labels", "Emergency contraception"),
        Window.FORENSIC_ORAL: QT_TRANSLATE_NOOP("Labels", "Forensic: oral"),
        Window.FORENSIC_DIGITAL: QT_TRANSLATE_NOOP("Labels", "Forensic: digital"),
        Window.FORENSIC_ANAL: QT_TRANSLATE_NOOP("Labels", "Forensic: anal"),
        Window.FORENSIC_VAGINAL: QT_TRANSLATE_NOOP("Labels", "Forensic: vaginal"),
    }


@cache
def _plan_headings() -> dict[str, Phrase]:
    return {
        "safe_places": QT_TRANSLATE_NOOP("Labels", "Safe places to go"),
        "trusted_contacts": QT_TRANSLATE_NOOP("Labels", "People she trusts and how to reach them"),
        "code_word": QT_TRANSLATE_NOOP("Labels", "Code word"),
        "emergency_bag": QT_TRANSLATE_NOOP(
            "Labels", "Emergency bag (documents, money, keys, medicines)"
        ),
        "children": QT_TRANSLATE_NOOP("Labels", "Children"),
        "technology": QT_TRANSLATE_NOOP("Labels", "Phone and online safety"),
        "routes": QT_TRANSLATE_NOOP("Labels", "Routes and escape plan"),
        "notes": QT_TRANSLATE_NOOP("Labels", "Other notes"),
    }


def _audit_tables() -> tuple[Mapping[Any, Phrase], ...]:
    """What the audit trail records, as the admin and the manager read it."""
    return (
        {
            AuditAction.VAULT_CREATED: QT_TRANSLATE_NOOP("Labels", "Vault created"),
            AuditAction.VAULT_MIGRATED: QT_TRANSLATE_NOOP("Labels", "Vault upgraded"),
            AuditAction.SIGN_IN: QT_TRANSLATE_NOOP("Labels", "Signed in"),
            AuditAction.SIGN_IN_FAILED: QT_TRANSLATE_NOOP("Labels", "Sign-in failed"),
            AuditAction.SIGN_OUT: QT_TRANSLATE_NOOP("Labels", "Signed out"),
            AuditAction.LOCK: QT_TRANSLATE_NOOP("Labels", "Screen locked"),
            AuditAction.UNLOCK: QT_TRANSLATE_NOOP("Labels", "Screen unlocked"),
            AuditAction.RECORD_READ: QT_TRANSLATE_NOOP("Labels", "Record read"),
            AuditAction.RECORD_WRITE: QT_TRANSLATE_NOOP("Labels", "Record written"),
            AuditAction.RECORD_PURGED: QT_TRANSLATE_NOOP("Labels", "Record purged"),
            AuditAction.EXPORT: QT_TRANSLATE_NOOP("Labels", "Document exported"),
            AuditAction.PRINT: QT_TRANSLATE_NOOP("Labels", "Document printed"),
            AuditAction.BREAK_GLASS: QT_TRANSLATE_NOOP("Labels", "Glass broken"),
            AuditAction.USER_CREATED: QT_TRANSLATE_NOOP("Labels", "Account created"),
            AuditAction.USER_UPDATED: QT_TRANSLATE_NOOP("Labels", "Account changed"),
            AuditAction.USER_DISABLED: QT_TRANSLATE_NOOP("Labels", "Account disabled"),
            AuditAction.USER_ENABLED: QT_TRANSLATE_NOOP("Labels", "Account enabled"),
            AuditAction.PASSWORD_CHANGED: QT_TRANSLATE_NOOP("Labels", "Password changed"),
            AuditAction.PASSWORD_RESET: QT_TRANSLATE_NOOP("Labels", "Password reset"),
            AuditAction.USERS_LISTED: QT_TRANSLATE_NOOP("Labels", "Accounts listed"),
            AuditAction.BACKUP_CREATED: QT_TRANSLATE_NOOP("Labels", "Backup made"),
            AuditAction.BACKUP_REMOVED: QT_TRANSLATE_NOOP("Labels", "Pre-upgrade backup deleted"),
            AuditAction.SLOTS_VOUCHED: QT_TRANSLATE_NOOP("Labels", "Key slots vouched for"),
            AuditAction.BACKUP_RESTORED: QT_TRANSLATE_NOOP("Labels", "Backup restored"),
            AuditAction.KEY_ROTATED: QT_TRANSLATE_NOOP("Labels", "Vault key changed"),
            AuditAction.MOVED_TO_SERVER: QT_TRANSLATE_NOOP("Labels", "Vault moved to the server"),
            AuditAction.VERIFIED: QT_TRANSLATE_NOOP("Labels", "Vault verified"),
            AuditAction.AUDIT_READ: QT_TRANSLATE_NOOP("Labels", "Audit trail read"),
            AuditAction.SETTINGS_CHANGED: QT_TRANSLATE_NOOP("Labels", "Settings changed"),
            AuditAction.TAMPER_DETECTED: QT_TRANSLATE_NOOP("Labels", "Tampering detected"),
            AuditAction.TAMPER_ACKNOWLEDGED: QT_TRANSLATE_NOOP("Labels", "Tampering acknowledged"),
            AuditAction.KEY_REGISTERED: QT_TRANSLATE_NOOP("Labels", "Signing key registered"),
            AuditAction.REPORTS_REFUSED: QT_TRANSLATE_NOOP("Labels", "Unverified reports refused"),
            AuditAction.SECTION_KEY_CREATED: QT_TRANSLATE_NOOP("Labels", "Section key created"),
            AuditAction.SECTION_KEY_GRANTED: QT_TRANSLATE_NOOP("Labels", "Section key given"),
            AuditAction.SECTION_KEY_DUE: QT_TRANSLATE_NOOP("Labels", "New section key due"),
            AuditAction.SECTION_TEXT_SEALED: QT_TRANSLATE_NOOP("Labels", "Older text sealed"),
        },
        {
            #: The outcome of an action in the audit trail: it was carried out.
            Outcome.OK: QT_TRANSLATE_NOOP("Labels", "Done", "audit outcome"),
            #: The outcome of an action in the audit trail: the person was not allowed to do it.
            Outcome.DENIED: QT_TRANSLATE_NOOP("Labels", "Refused", "audit outcome"),
            Outcome.FAILED: QT_TRANSLATE_NOOP("Labels", "Failed"),
            Outcome.UNVERIFIED: QT_TRANSLATE_NOOP("Labels", "Unverified"),
        },
        {
            Section.IDENTITY: QT_TRANSLATE_NOOP("Labels", "Identity"),
            Section.INCIDENTS: QT_TRANSLATE_NOOP("Labels", "Incidents"),
            Section.CONSENT: QT_TRANSLATE_NOOP("Labels", "Consent"),
            Section.HEALTH: QT_TRANSLATE_NOOP("Labels", "Health"),
            Section.FORENSIC: QT_TRANSLATE_NOOP("Labels", "Forensic"),
            Section.COUNSELLING: QT_TRANSLATE_NOOP("Labels", "Counselling notes"),
            Section.LEGAL: QT_TRANSLATE_NOOP("Labels", "Legal"),
            Section.SHELTER: QT_TRANSLATE_NOOP("Labels", "Shelter"),
            Section.REFERRALS: QT_TRANSLATE_NOOP("Labels", "Referrals"),
            Section.TASKS: QT_TRANSLATE_NOOP("Labels", "Tasks"),
            Section.RISK: QT_TRANSLATE_NOOP("Labels", "Risk and safety"),
            Section.CONFERENCES: QT_TRANSLATE_NOOP("Labels", "Conferences"),
            Section.DIRECTORY: QT_TRANSLATE_NOOP("Labels", "Referral network"),
            Section.ADMINISTRATION: QT_TRANSLATE_NOOP("Labels", "Administration"),
            Section.AUDIT: QT_TRANSLATE_NOOP("Labels", "Audit trail"),
            Section.STATISTICS: QT_TRANSLATE_NOOP("Labels", "Statistics"),
        },
    )


@cache
def _age_labels() -> dict[AgeBand, Phrase]:
    """Apart: "unknown" is also a value of another list, and labels are found by value."""
    return {
        AgeBand.CHILD: QT_TRANSLATE_NOOP("Labels", "Aged 0 to 11"),
        AgeBand.ADOLESCENT: QT_TRANSLATE_NOOP("Labels", "Aged 12 to 17"),
        AgeBand.YOUNG_ADULT: QT_TRANSLATE_NOOP("Labels", "Aged 18 to 25"),
        AgeBand.ADULT: QT_TRANSLATE_NOOP("Labels", "Aged 26 to 40"),
        AgeBand.MIDDLE: QT_TRANSLATE_NOOP("Labels", "Aged 41 to 60"),
        AgeBand.OLDER: QT_TRANSLATE_NOOP("Labels", "Aged 61 or older"),
        AgeBand.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Unknown age"),
    }


def label(value: Enum) -> str:
    """The label of a value from a list (a Phrase), or its stored word when it has none."""
    if isinstance(value, AgeBand):
        return _age_labels()[value]
    found = _labels().get((type(value), value.name))
    return found if found is not None else str(value.value).replace("_", " ")


def window_label(window: Window) -> str:
    """A clinical window's name on its countdown ("PEP", "Forensic: oral"…)."""
    return _windows().get(window, str(window.value))


def plan_heading(name: str) -> str:
    """A safety plan's heading by its field ("safe_places"…)."""
    return _plan_headings().get(name, name)


LABELLED = (
    AuditAction,
    Outcome,
    Section,
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
    RegisterField,
    SharingReason,
)
# Labelled apart (_age_labels): tests/unit/test_translations.py checks these too.
LABELLED_APART = (AgeBand,)
