"""Break-glass into a sealed section: its key opens after the access is audited, for that
section, for that session, while the access lasts; never counselling (services.glasskeys)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from onestop.db.audit import AuditEntry
from onestop.domain.audit import AuditAction
from onestop.domain.roles import GLASS_FLAG, Role, Section, may_break_glass
from onestop.errors import PermissionDenied, ValidationFailed
from onestop.services import glasskeys
from onestop.services import session as session_module
from onestop.services.audit import AuditService
from onestop.services.breakglass import PERIOD, BreakGlassService
from onestop.services.casefile import open_case_file
from onestop.services.forensic import ForensicService
from onestop.services.users import UserService
from tests.conftest import password_for, username_for
from tests.helpers import raw_connection
from tests.unit.test_break_glass import refused_on_a_server
from tests.unit.test_insider_forensic import canary, plant

pytestmark = pytest.mark.both_backends

REASON = "Unconscious on arrival; need the examination's findings now"


@pytest.mark.local_only(reason="reads vault.db with SQLCipher")
def test_counselling_is_never_break_glass_and_has_no_break_glass_grant(vault, make_case) -> None:
    assert not any(may_break_glass(role, Section.COUNSELLING) for role in Role)
    assert all(Section.COUNSELLING not in glasskeys.glass_sections(role) for role in Role)
    reference = make_case()
    plant(vault, reference, canary())  # the clinician signs in: she extends the grants
    with vault.sign_in(Role.COUNSELLOR):  # and so does a counsellor, holder of counselling
        pass
    with vault.sign_in(Role.CLINICIAN) as clinician:
        with pytest.raises(PermissionDenied):
            BreakGlassService(clinician).open(reference, Section.COUNSELLING, REASON)
        assert not clinician.section_keys.holds(Section.COUNSELLING)
        key = bytes(clinician.key)
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        glass = conn.execute(
            "SELECT DISTINCT section FROM section_key_grants WHERE slot_id LIKE 'glass:%'"
        ).fetchall()
    finally:
        conn.close()
    expected = {sec.value for role in Role for sec in glasskeys.glass_sections(role)}
    assert {s for (s,) in glass} == expected  # forensic, legal, shelter; never counselling
    assert {Section.FORENSIC.value, Section.LEGAL.value, Section.SHELTER.value} <= expected


def test_break_glass_opens_that_section_for_that_session_after_the_audit_entry(
    vault, make_case, monkeypatch
) -> None:
    marker = canary()
    first, second = make_case(), make_case()
    plant(vault, first, marker)
    plant(vault, second, canary())
    with vault.sign_in(Role.CASEWORKER) as caseworker:
        forensic = ForensicService(caseworker)
        with pytest.raises(PermissionDenied):
            forensic.list(first)
        assert not caseworker.holds_glass_key(Section.FORENSIC, first)
        with pytest.raises(ValidationFailed):  # no reason, no access, no key
            BreakGlassService(caseworker).open(first, Section.FORENSIC, "need it")
        assert not caseworker.holds_glass_key(Section.FORENSIC, first)
        if refused_on_a_server(vault, caseworker, first, Section.FORENSIC, REASON):
            return
        access = BreakGlassService(caseworker).open(first, Section.FORENSIC, REASON)
        # The access and its entry were committed before the key was opened: both exist.
        with caseworker.system_transaction() as s:
            entry = s.query(AuditEntry).filter_by(action=AuditAction.BREAK_GLASS.value).all()
        assert [(e.section, e.record_ref) for e in entry] == [(Section.FORENSIC.value, first)]
        assert caseworker.holds_glass_key(Section.FORENSIC, first)
        # Outside a unit of work reading by break-glass, her ring has no forensic key.
        assert not caseworker.section_keys.holds(Section.FORENSIC)
        (exam,) = forensic.list(first)
        assert exam.details.notes == f"edited {marker}"
        assert open_case_file(caseworker, first).forensic is not None
        with pytest.raises(PermissionDenied):
            forensic.list(second)  # that file only
        assert open_case_file(caseworker, second).forensic is None
        # When the access ends, the key is dropped.
        later = datetime.now(UTC) + PERIOD + timedelta(seconds=5)
        monkeypatch.setattr(session_module, "utcnow", lambda: later)
        with pytest.raises(PermissionDenied):
            forensic.list(first)
        assert not caseworker.holds_glass_key(Section.FORENSIC, first)
        assert caseworker.glass_sections() == frozenset()
        monkeypatch.undo()
        assert access.section is Section.FORENSIC
    with vault.sign_in(Role.CASEWORKER) as caseworker:  # nor does it outlive the sign-in
        with pytest.raises(PermissionDenied):
            ForensicService(caseworker).list(first)
        assert not caseworker.holds_glass_key(Section.FORENSIC, first)
    with vault.sign_in(Role.MANAGER) as manager:
        entries = AuditService(manager).entries(actor=username_for(Role.CASEWORKER))
    flagged = [e for e in entries if e.role == f"{Role.CASEWORKER.value}+{GLASS_FLAG}"]
    assert flagged and {e.section for e in flagged} == {Section.FORENSIC.value}


def test_the_key_is_held_again_after_an_unlock_while_the_access_lasts(vault, make_case) -> None:
    marker = canary()
    reference = make_case()
    plant(vault, reference, marker)
    with vault.sign_in(Role.CASEWORKER) as caseworker:
        if refused_on_a_server(vault, caseworker, reference, Section.FORENSIC, REASON):
            return
        BreakGlassService(caseworker).open(reference, Section.FORENSIC, REASON)
        caseworker.lock()
        assert not caseworker.holds_glass_key(Section.FORENSIC, reference)
        caseworker.unlock(password_for(Role.CASEWORKER))
        (exam,) = ForensicService(caseworker).list(reference)
        assert exam.details.notes == f"edited {marker}"


@pytest.mark.local_only(reason="disables an account (refused on a server)")
def test_a_disabled_account_loses_its_break_glass_grants(vault, make_case) -> None:
    plant(vault, make_case(), canary())
    with vault.sign_in(Role.ADMIN) as admin:
        UserService(admin).disable(username_for(Role.CASEWORKER))
        key = bytes(admin.key)
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        left = conn.execute(
            "SELECT count(*) FROM section_key_grants WHERE slot_id = ?",
            (glasskeys.glass_slot(username_for(Role.CASEWORKER)),),
        ).fetchone()[0]
    finally:
        conn.close()
    assert left == 0
