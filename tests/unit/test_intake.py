"""Intake of a walk-in: the check for her among existing files, then one all-or-nothing
registration of her file, her first incident, her consent decisions and her caseworker."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import Precision
from onestop.domain.consent import Decision, GivenBy, Purpose
from onestop.domain.roles import Role
from onestop.errors import PermissionDenied, ValidationFailed
from onestop.services.audit import AuditService
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentChoice, ConsentService
from onestop.services.incidents import IncidentForm, IncidentService
from onestop.services.intake import Intake, IntakeService, MatchReason
from onestop.services.search import CaseSearch
from tests.conftest import username_for

pytestmark = pytest.mark.both_backends

# Synthetic people (not anyone real).
ZELDA = SurvivorDetails(
    name="Zélda Ñúñez-Orvåll",
    alias="Pebble",
    date_of_birth=date(1991, 3, 14),
    safe_phone="+44 7700 900 417",
)


def _rape(hours_ago: float) -> IncidentForm:
    return IncidentForm(
        Precision.EXACT,
        GbvType.RAPE,
        IncidentContext.INTIMATE_PARTNER,
        earliest=datetime.now(UTC) - timedelta(hours=hours_ago),
    )


@pytest.fixture
def caseworker(vault):
    with vault.sign_in(Role.CASEWORKER) as session:
        yield session


def _register(session, intake: Intake):
    service = IntakeService(session)
    d = intake.survivor
    check = service.possible_matches(d.name, d.alias, d.date_of_birth, d.safe_phone)
    return service.register(intake, check.confirm_new())


def _trail(vault, **filters):
    with vault.sign_in(Role.MANAGER) as manager:
        return [
            (e.actor, e.action, e.section, e.record_ref, e.outcome, e.detail)
            for e in AuditService(manager).entries(**filters)
        ]


def test_one_intake_opens_her_file_with_incident_consent_and_caseworker(vault, caseworker):
    choices = (
        ConsentChoice(Purpose.MEDICAL_EXAMINATION, Decision.GIVEN),
        ConsentChoice(Purpose.SHARE_WITH_POLICE, Decision.REFUSED),
    )
    opened = _register(caseworker, Intake(ZELDA, _rape(20), choices))
    assert opened.caseworker == username_for(Role.CASEWORKER)  # the signed-in caseworker
    assert CaseService(caseworker).get(opened.reference).details == ZELDA
    (incident,) = IncidentService(caseworker).list(opened.reference)
    assert incident.details.gbv_type is GbvType.RAPE
    windows = incident.windows(datetime.now(UTC))
    assert windows and all(w.state.value in ("open", "closing") for w in windows[:2])
    ledger = ConsentService(caseworker).ledger(opened.reference)
    assert [(c.purpose, c.decision) for c in ledger] == [
        (Purpose.MEDICAL_EXAMINATION, Decision.GIVEN),
        (Purpose.SHARE_WITH_POLICE, Decision.REFUSED),
    ]
    caseworker.close()
    who = username_for(Role.CASEWORKER)
    entries = [e for e in _trail(vault) if e[3] == opened.reference]
    assert (who, "record.write", "identity", opened.reference, "ok", "opened") in entries
    assert (
        who,
        "record.write",
        "incidents",
        opened.reference,
        "ok",
        f"incident {incident.incident_id} recorded",
    ) in entries
    assert (
        who,
        "record.write",
        "consent",
        opened.reference,
        "ok",
        "medical_examination given",
    ) in entries
    assert (
        who,
        "record.write",
        "consent",
        opened.reference,
        "ok",
        "share_with_police refused",
    ) in entries
    everything = str(_trail(vault))
    # Her phone in the forms it may be written; not "900" alone, which a random
    # key fingerprint in the trail holds about once in a hundred vaults.
    for fact in ("Zélda", "Pebble", "900 417", "900417", "7700 900"):
        assert fact not in everything


def test_a_name_or_an_alias_alone_is_enough(caseworker) -> None:
    opened = _register(caseworker, Intake(SurvivorDetails(alias="Moth")))
    assert opened.display_name == "Moth"
    assert IncidentService(caseworker).list(opened.reference) == ()
    with pytest.raises(ValidationFailed) as refused:
        _register(caseworker, Intake(SurvivorDetails()))
    assert "name" in refused.value.fields


def test_a_failure_in_the_middle_leaves_nothing_behind(vault, caseworker) -> None:
    bad_consent = ConsentChoice(Purpose.PHOTOGRAPHY, Decision.GIVEN, GivenBy.GUARDIAN)  # no name
    with pytest.raises(ValidationFailed) as refused:
        _register(caseworker, Intake(ZELDA, _rape(3), (bad_consent,)))
    assert "guardian_name" in refused.value.fields
    assert CaseSearch(caseworker).find("").cases == ()
    # A future incident is refused by the incident's own check, after the case was written.
    with pytest.raises(ValidationFailed) as future:
        _register(caseworker, Intake(ZELDA, _rape(-5)))
    assert "occurred" in future.value.fields
    assert CaseSearch(caseworker).find("").cases == ()
    # Nothing of the rolled-back intakes was written, not even the audit entries or a number.
    opened = _register(caseworker, Intake(ZELDA))
    assert opened.reference.endswith("-00001")
    caseworker.close()
    writes = _trail(vault, action="record.write")
    assert [e[2] for e in writes if e[3]] == ["identity"]


def test_an_inactive_or_unknown_caseworker_is_refused_and_nothing_written(caseworker) -> None:
    with pytest.raises(ValidationFailed) as refused:
        _register(caseworker, Intake(ZELDA, caseworker=username_for(Role.CLINICIAN)))
    assert "caseworker" in refused.value.fields
    assert CaseSearch(caseworker).find("").cases == ()


@pytest.mark.parametrize("role", [Role.CLINICIAN, Role.MANAGER, Role.SHELTER_OFFICER])
def test_a_role_that_may_not_register_is_refused_and_the_refusal_audited(vault, role) -> None:
    with vault.sign_in(role) as session:
        service = IntakeService(session)
        check = service.possible_matches(alias="Moth")
        with pytest.raises(PermissionDenied):
            service.register(Intake(SurvivorDetails(alias="Moth")), check.confirm_new())
        with pytest.raises(PermissionDenied):
            service.caseworkers()
    denied = [e for e in _trail(vault, actor=username_for(role)) if e[4] == "denied"]
    assert [(e[1], e[2]) for e in denied] == [("record.write", "identity")] * 2
    with vault.sign_in(Role.CASEWORKER) as cw:
        assert CaseSearch(cw).find("").cases == ()


def test_the_admin_cannot_even_look_for_matches(vault) -> None:
    with vault.sign_in(Role.ADMIN) as admin, pytest.raises(PermissionDenied):
        IntakeService(admin).possible_matches(name="Zelda")


def test_a_case_is_opened_only_for_the_facts_that_were_checked(caseworker) -> None:
    service = IntakeService(caseworker)
    check = service.possible_matches(alias="Moth")
    with pytest.raises(ValidationFailed):
        service.register(Intake(SurvivorDetails(alias="Moth", name="Other")), check.confirm_new())
    assert CaseSearch(caseworker).find("").cases == ()
    # The same facts typed differently (case, accents, spaces) are the same check.
    assert service.register(Intake(SurvivorDetails(alias=" MÖTH ")), check.confirm_new())


def test_matches_are_found_with_the_search_folding(caseworker) -> None:
    existing = _register(caseworker, Intake(ZELDA)).reference
    other = _register(
        caseworker, Intake(SurvivorDetails(name="Ottilie Brandvik", safe_phone="0161 496 0000"))
    ).reference
    service = IntakeService(caseworker)

    def found(**facts: object) -> dict[str, tuple[str, ...]]:
        return {m.reference: m.reasons for m in service.possible_matches(**facts).matches}  # type: ignore[arg-type]

    # The name in another case, without its accents, in another order of parts.
    assert found(name="ZELDA nunez-orvall") == {existing: (MatchReason.NAME,)}
    assert found(name="núñez") == {existing: (MatchReason.NAME,)}
    # Her alias, typed as her name or as an alias, in any case.
    assert found(alias="pEBBLE") == {existing: (MatchReason.ALIAS,)}
    assert found(name="Pebble") == {existing: (MatchReason.NAME,)}
    # The phone with another formatting, and in its national form.
    assert found(phone="07700-900417") == {existing: (MatchReason.PHONE,)}
    assert found(phone="(0161) 4960000") == {other: (MatchReason.PHONE,)}
    # The date of birth; a different one matches nothing.
    assert found(date_of_birth=date(1991, 3, 14)) == {existing: (MatchReason.DATE_OF_BIRTH,)}
    assert found(date_of_birth=date(1991, 3, 15)) == {}
    # Several facts: the file that shares most comes first, with every reason.
    check = service.possible_matches(
        name="Ottilie", alias="pebble", date_of_birth=date(1991, 3, 14)
    )
    assert [(m.reference, m.reasons) for m in check.matches] == [
        (existing, (MatchReason.ALIAS, MatchReason.DATE_OF_BIRTH)),
        (other, (MatchReason.NAME,)),
    ]
    assert found(name="Someone Else Entirely", phone="+1 202 555 0199") == {}
    # Closed files are found too: she may come back years later.
    opened = CaseService(caseworker).get(other)
    CaseService(caseworker).close(other, "moved away", opened.version)
    assert other in found(name="ottilie")


def test_the_caseworkers_offered_are_the_active_caseworkers(caseworker) -> None:
    listed = IntakeService(caseworker).caseworkers()
    assert [c.username for c in listed] == [username_for(Role.CASEWORKER)]
