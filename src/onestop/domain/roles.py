"""Roles, sections of a survivor's file, and the one permission matrix every service consults.

The matrix is data, not code: one row per section, one column per role, each cell the highest
access that role has (none, read or write; write includes read). docs/ARCHITECTURE.md prints it
as a table; this module is the single source of truth the services and the GUI use.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum, StrEnum


class Role(StrEnum):
    """A staff member's role; stored by value in the staff table and on the command line."""

    CASEWORKER = "caseworker"
    CLINICIAN = "clinician"
    COUNSELLOR = "counsellor"
    LEGAL_ADVOCATE = "legal_advocate"
    SHELTER_OFFICER = "shelter_officer"
    MANAGER = "manager"
    ADMIN = "admin"

    @classmethod
    def parse(cls, text: str) -> Role:
        """The role named by ``text`` (as typed on the command line), or a ValueError."""
        key = text.strip().lower().replace("-", "_").replace(" ", "_")
        for role in cls:
            if role.value == key:
                return role
        names = ", ".join(r.value for r in cls)
        raise ValueError(f"Unknown role {text!r}; choose one of: {names}.")

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class Section(StrEnum):
    """An area of a survivor's file, or of the system, that access is granted to."""

    IDENTITY = "identity"  # identity and safe contact
    INCIDENTS = "incidents"
    CONSENT = "consent"
    HEALTH = "health"
    FORENSIC = "forensic"
    COUNSELLING = "counselling"
    LEGAL = "legal"
    SHELTER = "shelter"
    REFERRALS = "referrals"
    TASKS = "tasks"  # tasks and appointments (docs/DOMAIN.md, "Records in a survivor's file")
    RISK = "risk"  # risk assessments and the safety plan
    CONFERENCES = "conferences"  # case conferences: agendas, the actions agreed, minutes
    DIRECTORY = "directory"  # the partner agencies of the referral network (no survivor data)
    ADMINISTRATION = "administration"  # users, backups, settings
    AUDIT = "audit"
    STATISTICS = "statistics"

    @property
    def is_survivor_record(self) -> bool:
        """True for the sections that hold a survivor's own record (audited on every read)."""
        return self not in _SYSTEM_SECTIONS


_SYSTEM_SECTIONS = frozenset(
    {Section.ADMINISTRATION, Section.AUDIT, Section.STATISTICS, Section.DIRECTORY}
)


class Action(StrEnum):
    READ = "read"
    WRITE = "write"


class Access(IntEnum):
    """The level a role holds on a section; higher includes lower."""

    NONE = 0
    READ = 1
    WRITE = 2

    def allows(self, action: Action) -> bool:
        needed = Access.READ if action is Action.READ else Access.WRITE
        return self >= needed


_ = Access.NONE
R = Access.READ
W = Access.WRITE

_COLUMNS = (
    Role.CASEWORKER,
    Role.CLINICIAN,
    Role.COUNSELLOR,
    Role.LEGAL_ADVOCATE,
    Role.SHELTER_OFFICER,
    Role.MANAGER,
    Role.ADMIN,
)

# fmt: off
#                                caseworker clinician counsellor legal shelter manager admin
_TABLE: Mapping[Section, tuple[Access, ...]] = {
    Section.IDENTITY:       (W, R, R, R, R, R, _),
    Section.INCIDENTS:      (W, R, R, R, _, R, _),
    Section.CONSENT:        (W, W, W, W, R, R, _),
    Section.HEALTH:         (R, W, _, R, _, R, _),
    Section.FORENSIC:       (_, W, _, R, _, R, _),
    Section.COUNSELLING:    (_, _, W, _, _, _, _),
    Section.LEGAL:          (R, _, _, W, _, R, _),
    Section.SHELTER:        (R, _, _, _, W, R, _),
    Section.REFERRALS:      (W, W, W, W, W, R, _),
    Section.TASKS:          (W, W, W, W, W, R, _),
    Section.RISK:           (W, R, W, R, R, R, _),
    Section.CONFERENCES:    (W, R, R, W, R, W, _),
    Section.DIRECTORY:      (W, R, R, W, R, W, _),
    Section.ADMINISTRATION: (_, _, _, _, _, _, W),
    Section.AUDIT:          (_, _, _, _, _, R, R),
    Section.STATISTICS:     (R, _, _, _, _, R, _),
}
# fmt: on

PERMISSIONS: Mapping[tuple[Role, Section], Access] = {
    (role, section): row[i] for section, row in _TABLE.items() for i, role in enumerate(_COLUMNS)
}

# Break-glass: these roles may open a survivor section they lack, after writing a reason.
# Counselling notes are never opened that way.
BREAK_GLASS_ROLES = frozenset({Role.CLINICIAN, Role.CASEWORKER})
BREAK_GLASS_EXCLUDED = frozenset({Section.COUNSELLING})
GLASS_PERIOD_MINUTES = 30  # how long one break-glass access lasts
GLASS_REASON_MIN = 15  # characters: a reason, not "x"
GLASS_FLAG = "break-glass"  # added to the role in the audit entries of reads it allowed


def access(role: Role, section: Section) -> Access:
    """The access ``role`` holds on ``section``."""
    return PERMISSIONS[(role, section)]


def permits(role: Role, section: Section, action: Action) -> bool:
    """Whether ``role`` may perform ``action`` on ``section`` without breaking glass."""
    return access(role, section).allows(action)


def may_break_glass(role: Role, section: Section) -> bool:
    """Whether ``role`` may read ``section`` by break-glass (a reason is always required)."""
    return (
        role in BREAK_GLASS_ROLES
        and section.is_survivor_record
        and section not in BREAK_GLASS_EXCLUDED
        and not permits(role, section, Action.READ)
    )


def readable_sections(role: Role) -> frozenset[Section]:
    """The sections ``role`` may read: what the GUI shows as tabs."""
    return frozenset(s for s in Section if permits(role, s, Action.READ))


class Capability(StrEnum):
    """A decision about a role that is not a cell of the matrix: what a screen offers, or a
    power only some roles hold. Decided here, beside the matrix, not in each screen."""

    CASE_WORK = "case_work"  # the coordination tabs (reminders, conferences, …): not the admin
    ADMINISTER = "administer"  # the admin's home: accounts, settings, backups, the shelter's rooms
    SHELTER_BOARD = "shelter_board"  # who is in which bed (with read access to the shelter)
    SHARE_WITHOUT_CONSENT = "share_without_consent"  # a document about her, her consent absent
    REVIEW_BREAK_GLASS = "review_break_glass"  # the review of every break-glass access
    TEAM_FIGURES = "team_figures"  # the team's counts on home, the referral network's figures
    CHECK_REGISTER = "check_register"  # the Import tab: read a register, its dry run and report
    IMPORT_REGISTER = "import_register"  # write a checked register into the vault
    INCIDENT_RECORDER = "incident_recorder"  # the GBVIMS Incident Recorder (incident-level rows)
    WHOLE_AGENDA = "whole_agenda"  # every case of a conference, and closing its minutes


CAPABILITIES: Mapping[Capability, frozenset[Role]] = {
    Capability.CASE_WORK: frozenset(Role) - {Role.ADMIN},
    Capability.ADMINISTER: frozenset({Role.ADMIN}),
    Capability.SHELTER_BOARD: frozenset({Role.SHELTER_OFFICER, Role.MANAGER}),
    Capability.SHARE_WITHOUT_CONSENT: frozenset({Role.MANAGER}),
    Capability.REVIEW_BREAK_GLASS: frozenset({Role.MANAGER}),
    Capability.TEAM_FIGURES: frozenset({Role.MANAGER}),
    # Moving in: the caseworker, who writes identities and incidents, imports the centre's
    # earlier register; the manager may check it (the dry run reads identities to find
    # duplicates, which she may) and leaves the import to a caseworker.
    Capability.CHECK_REGISTER: frozenset({Role.CASEWORKER, Role.MANAGER}),
    Capability.IMPORT_REGISTER: frozenset({Role.CASEWORKER}),
    # One row per incident: small counts can be recounted from it, unlike the statistics'
    # released totals, so, as the GBVIMS information sharing protocol has it, the agency's
    # data focal point (the manager) exports it, not every reader of the statistics.
    Capability.INCIDENT_RECORDER: frozenset({Role.MANAGER}),
    # A conference's agenda lists the centre's highest-risk survivors, their risk and what
    # each agency is to do: the manager, who runs the meeting, sees every case; anyone else
    # who reads the conferences section sees the cases she is the caseworker of (issue 23).
    # Closing the minutes, which counts every action carried in, is the chair's too.
    Capability.WHOLE_AGENDA: frozenset({Role.MANAGER}),
}


def may(role: Role | None, capability: Capability) -> bool:
    """Whether ``role`` holds ``capability``; no role (the recovery key) holds none."""
    return role is not None and role in CAPABILITIES[capability]
