"""The permission matrix, cell by cell, and its enforcement by the services."""

from __future__ import annotations

import pytest

from onestop.domain.audit import AuditAction
from onestop.domain.roles import (
    Access,
    Action,
    Capability,
    Role,
    Section,
    may,
    may_break_glass,
    permits,
    readable_sections,
)
from onestop.errors import PermissionDenied
from onestop.services.audit import AuditService
from onestop.services.users import UserService

pytestmark = pytest.mark.both_backends

# The table of docs/ARCHITECTURE.md ("Roles and sections"), transcribed apart from domain/roles.py:
# one letter per role in the order below (w = write, r = read, - = none).
ORDER = (
    Role.CASEWORKER,
    Role.CLINICIAN,
    Role.COUNSELLOR,
    Role.LEGAL_ADVOCATE,
    Role.SHELTER_OFFICER,
    Role.MANAGER,
    Role.ADMIN,
)
DESIGN_TABLE = {
    Section.IDENTITY: "wrrrrr-",
    Section.INCIDENTS: "wrrr-r-",
    Section.CONSENT: "wwwwrr-",
    Section.HEALTH: "rw-r-r-",
    Section.FORENSIC: "-w-r-r-",
    Section.COUNSELLING: "--w----",
    Section.LEGAL: "r--w-r-",
    Section.SHELTER: "r---wr-",
    Section.REFERRALS: "wwwwwr-",
    Section.TASKS: "wwwwwr-",  # added to DESIGN's table: like referrals
    Section.RISK: "wrwrrr-",
    # added for the coordination work: caseworkers, advocates and the manager (who chairs)
    # prepare and minute conferences and keep the agency directory; the others read them
    Section.CONFERENCES: "wrrwrw-",
    Section.DIRECTORY: "wrrwrw-",
    Section.ADMINISTRATION: "------w",
    Section.AUDIT: "-----rr",
    Section.STATISTICS: "r----r-",
}
LEVEL = {"w": Access.WRITE, "r": Access.READ, "-": Access.NONE}

CELLS = [(role, section, action) for section in Section for role in Role for action in Action]


@pytest.mark.parametrize(("role", "section", "action"), CELLS)
def test_every_cell_follows_the_design(role: Role, section: Section, action: Action) -> None:
    expected_level = LEVEL[DESIGN_TABLE[section][ORDER.index(role)]]
    expected = expected_level >= (Access.READ if action is Action.READ else Access.WRITE)
    assert permits(role, section, action) is expected


def test_the_table_covers_every_section_and_role() -> None:
    assert set(DESIGN_TABLE) == set(Section)
    assert set(ORDER) == set(Role)


def test_admin_reads_no_survivor_record() -> None:
    assert not any(s.is_survivor_record for s in readable_sections(Role.ADMIN))


def test_only_counsellors_read_counselling_notes() -> None:
    readers = {r for r in Role if permits(r, Section.COUNSELLING, Action.READ)}
    assert readers == {Role.COUNSELLOR}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("section", list(Section))
def test_break_glass(role: Role, section: Section) -> None:
    expected = (
        role in (Role.CLINICIAN, Role.CASEWORKER)
        and section.is_survivor_record
        and section is not Section.COUNSELLING
        and not permits(role, section, Action.READ)
    )
    assert may_break_glass(role, section) is expected


# Who holds each capability, one letter per role in ORDER (y = holds it), transcribed
# independently of domain/roles.py.
CAPABILITY_ROWS = {
    Capability.CASE_WORK: "yyyyyy-",
    Capability.ADMINISTER: "------y",
    Capability.SHELTER_BOARD: "----yy-",
    Capability.SHARE_WITHOUT_CONSENT: "-----y-",
    Capability.REVIEW_BREAK_GLASS: "-----y-",
    Capability.TEAM_FIGURES: "-----y-",
    Capability.CHECK_REGISTER: "y----y-",
    Capability.IMPORT_REGISTER: "y------",
    Capability.INCIDENT_RECORDER: "-----y-",
    Capability.WHOLE_AGENDA: "-----y-",
}


@pytest.mark.parametrize("capability", list(Capability))
@pytest.mark.parametrize("role", ORDER)
def test_every_capability_follows_its_row(role: Role, capability: Capability) -> None:
    assert may(role, capability) is (CAPABILITY_ROWS[capability][ORDER.index(role)] == "y")


def test_the_capabilities_cover_every_role_and_the_recovery_key_holds_none() -> None:
    assert set(CAPABILITY_ROWS) == set(Capability) and set(ORDER) == set(Role)
    assert not any(may(None, c) for c in Capability)


def test_role_names_parse_as_typed() -> None:
    assert Role.parse("Legal-Advocate") is Role.LEGAL_ADVOCATE
    with pytest.raises(ValueError, match="choose one of"):
        Role.parse("janitor")


# ----- the services enforce the matrix (administration and audit sections exist today) -----


@pytest.mark.parametrize("role", list(Role))
def test_listing_staff_follows_the_matrix_and_refusals_are_audited(vault, role: Role) -> None:
    with vault.sign_in(role) as session:
        if permits(role, Section.ADMINISTRATION, Action.READ):
            assert UserService(session).list()
        else:
            with pytest.raises(PermissionDenied, match="may not see administration"):
                UserService(session).list()
    with vault.sign_in(Role.MANAGER) as manager:
        last = AuditService(manager).entries(actor=session.actor.username)
    outcomes = [(e.action, e.outcome) for e in last]
    if permits(role, Section.ADMINISTRATION, Action.READ):
        assert (AuditAction.USERS_LISTED.value, "ok") in outcomes
    else:
        assert (AuditAction.RECORD_READ.value, "denied") in outcomes


@pytest.mark.parametrize("role", list(Role))
def test_creating_staff_follows_the_matrix(vault, role: Role) -> None:
    with vault.sign_in(role) as session:
        if permits(role, Section.ADMINISTRATION, Action.WRITE):
            UserService(session).create("new.person", Role.CASEWORKER)
        else:
            with pytest.raises(PermissionDenied):
                UserService(session).create("new.person", Role.CASEWORKER)


@pytest.mark.parametrize("role", list(Role))
def test_reading_the_audit_trail_follows_the_matrix(vault, role: Role) -> None:
    with vault.sign_in(role) as session:
        if permits(role, Section.AUDIT, Action.READ):
            assert AuditService(session).entries(limit=5)
        else:
            with pytest.raises(PermissionDenied, match="audit"):
                AuditService(session).entries()


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.ADMIN])
def test_only_the_admin_manages_accounts(vault, role: Role) -> None:
    from tests.conftest import username_for

    other = username_for(Role.COUNSELLOR if role is not Role.COUNSELLOR else Role.MANAGER)
    with vault.sign_in(role) as session:
        users = UserService(session)
        for attempt in (
            lambda: users.disable(other),
            lambda: users.enable(other),
            lambda: users.reset_password(other),
            lambda: users.update_name(other, "Someone Else"),
        ):
            with pytest.raises(PermissionDenied):
                attempt()
    with vault.sign_in(Role.ADMIN) as admin:
        assert all(m.active and m.display_name != "Someone Else" for m in UserService(admin).list())
