"""The survivor's case: open, read, edit with history, close and reopen; the matrix and the
audit trail around each; hostile text stored exactly."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from onestop.domain.casefile import CaseStatus, Sex
from onestop.domain.roles import Action, Role, Section, permits
from onestop.domain.validation import one_line_problem
from onestop.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from onestop.services.audit import AuditService
from onestop.services.cases import CaseService, SurvivorDetails
from tests.conftest import username_for

pytestmark = pytest.mark.both_backends

AMINA = SurvivorDetails(
    name="Amina Hassan",
    alias="A.",
    date_of_birth=date(1994, 5, 17),
    sex=Sex.FEMALE,
    languages=("Somali", "English"),
    children_count=2,
    safe_phone="+44 7700 900123",
    safe_message_allowed=False,
    safe_code_word="blue kettle",
)


@pytest.fixture
def caseworker(vault):
    with vault.sign_in(Role.CASEWORKER) as session:
        yield session


def trail(vault, reference: str):
    with vault.sign_in(Role.MANAGER) as manager:
        return [
            (e.actor, e.action, e.section, e.outcome, e.detail)
            for e in AuditService(manager).entries()
            if e.record_ref == reference
        ]


def test_open_read_and_audit(vault, caseworker) -> None:
    opened = CaseService(caseworker).open_case(AMINA)
    assert re.fullmatch(r"OSC-\d{4}-00001", opened.reference)
    assert opened.caseworker == username_for(Role.CASEWORKER)  # her own case by default
    assert opened.status is CaseStatus.OPEN and opened.version == 1
    again = CaseService(caseworker).get(opened.reference.lower())
    assert again.details == AMINA
    assert again.display_name == "A."
    second = CaseService(caseworker).open_case(replace(AMINA, name="Another Person"))
    assert second.reference.endswith("00002")
    caseworker.close()
    entries = trail(vault, opened.reference)
    who = username_for(Role.CASEWORKER)
    assert (who, "record.write", "identity", "ok", "opened") in entries
    assert (who, "record.read", "identity", "ok", "") in entries
    # The audit trail holds the reference, never the content.
    assert not any("Amina" in str(e) or "kettle" in str(e) for e in entries)


@pytest.mark.parametrize("role", list(Role))
def test_the_identity_section_follows_the_matrix(vault, role: Role) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        reference = CaseService(cw).open_case(AMINA).reference
    with vault.sign_in(role) as session:
        cases = CaseService(session)
        if permits(role, Section.IDENTITY, Action.READ):
            current = cases.get(reference)
            assert current.details.name == "Amina Hassan"
        else:
            with pytest.raises(PermissionDenied):
                cases.get(reference)
            current = None
        if permits(role, Section.IDENTITY, Action.WRITE):
            cases.update(reference, replace(AMINA, gender="woman"), expected_version=1)
        else:
            with pytest.raises(PermissionDenied):
                cases.update(reference, replace(AMINA, gender="woman"), expected_version=1)
            with pytest.raises(PermissionDenied):
                cases.open_case(AMINA)
    outcomes = {(a, o) for _, a, _, o, _ in trail(vault, reference)}
    if not permits(role, Section.IDENTITY, Action.READ):
        assert ("record.read", "denied") in outcomes


def test_edits_keep_history_and_refuse_stale_versions(caseworker) -> None:
    cases = CaseService(caseworker)
    opened = cases.open_case(AMINA)
    v2 = cases.update(opened.reference, replace(AMINA, safe_phone="+44 7700 900999"), 1)
    assert v2.version == 2
    with pytest.raises(Conflict, match="Someone else saved"):
        cases.update(opened.reference, replace(AMINA, alias="Stale"), expected_version=1)
    assert cases.get(opened.reference).details.alias == "A."
    v3 = cases.close(opened.reference, "Moved to another city with support", 2)
    assert v3.status is CaseStatus.CLOSED and v3.closed_at is not None
    with pytest.raises(ValidationFailed, match="already closed"):
        cases.close(opened.reference, "again", 3)
    v4 = cases.reopen(opened.reference, 3)
    assert v4.status is CaseStatus.REOPENED and v4.closed_at is None
    history = cases.history(opened.reference)
    assert [h.version for h in history] == [1, 2, 3]
    assert history[0].fields["safe_phone"] == "+44 7700 900123"
    assert history[1].fields["safe_phone"] == "+44 7700 900999"
    assert history[2].fields["status"] == "closed"
    assert all(h.replaced_by == caseworker.actor.username for h in history)


def test_validation_names_each_field_and_saves_nothing(caseworker) -> None:
    cases = CaseService(caseworker)
    bad = SurvivorDetails(
        name="",
        alias="",
        date_of_birth=date(2999, 1, 1),
        safe_phone="call me maybe",
        children_count=-1,
    )
    with pytest.raises(ValidationFailed) as error:
        cases.open_case(bad)
    assert set(error.value.fields) == {"name", "date_of_birth", "safe_phone", "children_count"}
    assert "future" in error.value.fields["date_of_birth"]
    with pytest.raises(ValidationFailed, match="not both"):
        cases.open_case(replace(AMINA, estimated_age=30))
    with pytest.raises(ValidationFailed, match="not an active caseworker"):
        cases.open_case(AMINA, caseworker=username_for(Role.CLINICIAN))
    with pytest.raises(NotFound, match="no case"):
        cases.get("OSC-2026-99999")
    first = cases.open_case(AMINA)
    assert first.reference.endswith("00001")  # nothing was half-saved before


def test_hostile_text_is_stored_and_read_back_exactly(caseworker, hostile_text) -> None:
    cases = CaseService(caseworker)
    for name in hostile_text["names"]:
        details = SurvivorDetails(alias="x", safe_notes=name, disability=name)
        if len(name) <= 200 and one_line_problem(name) is None:
            details = replace(details, name=name)
        opened = cases.open_case(details)
        assert cases.get(opened.reference).details == details
    for note in hostile_text["notes"]:
        opened = cases.open_case(SurvivorDetails(alias="note", safe_notes=note))
        assert cases.get(opened.reference).details.safe_notes == note


def test_a_refused_caller_cannot_put_a_name_into_the_audit_trail(vault, caseworker) -> None:
    opened = CaseService(caseworker).open_case(AMINA)
    caseworker.close()
    with vault.sign_in(Role.ADMIN) as admin:
        for typed in ("Amina Hassan", "x" * 500, opened.reference.lower()):
            with pytest.raises(PermissionDenied):
                CaseService(admin).get(typed)
        who = admin.actor.username
    with vault.sign_in(Role.MANAGER) as manager:
        refused = [
            e.record_ref for e in AuditService(manager).entries(actor=who) if e.outcome == "denied"
        ]
    assert refused == ["(not a reference)", "(not a reference)", opened.reference]
