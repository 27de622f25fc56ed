"""Perpetrators shared across files, and the warning when one is linked to several survivors."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.roles import Action, Role, Section, permits
from onestop.domain.statistics import AgeBand
from onestop.errors import NotFound, PermissionDenied, ValidationFailed
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.perpetrators import PerpetratorDetails, PerpetratorService

pytestmark = pytest.mark.both_backends


def incident() -> IncidentDetails:
    return IncidentDetails(
        occurred=IncidentTime.exact(datetime.now(UTC) - timedelta(days=3)),
        gbv_type=GbvType.PHYSICAL_ASSAULT,
        context=IncidentContext.INTIMATE_PARTNER,
    )


@pytest.fixture
def two_files(vault):
    with vault.sign_in(Role.CASEWORKER) as cw:
        files = []
        for alias in ("First", "Second", "Third"):
            ref = CaseService(cw).open_case(SurvivorDetails(alias=alias)).reference
            files.append((ref, IncidentService(cw).record(ref, incident()).incident_id))
        return files


def test_the_same_man_in_two_files_shows_a_warning_in_both(vault, two_files) -> None:
    (ref_a, inc_a), (ref_b, inc_b), (ref_c, inc_c) = two_files
    with vault.sign_in(Role.CASEWORKER) as cw:
        people = PerpetratorService(cw)
        him = people.add(
            ref_a, inc_a, PerpetratorDetails("Kofi Mensah-Dúbois", weapons="Knife"), "Husband"
        )
        assert people.of_case(ref_a)[0].warning == ""
        (match,) = people.matching("kofi mensah-dubois")
        assert match.perpetrator_id == him.perpetrator_id
        people.link(ref_b, inc_b, him.perpetrator_id, "Ex-partner")
        with pytest.raises(ValidationFailed, match="already linked"):
            people.link(ref_b, inc_b, him.perpetrator_id, "Ex-partner")
        (in_a,) = people.of_case(ref_a)
        (in_b,) = people.of_case(ref_b)
        assert in_a.other_cases == (ref_b,) and in_b.other_cases == (ref_a,)
        assert "1 other survivor" in in_a.warning and in_b.relationship == "Ex-partner"
        assert people.of_case(ref_c) == ()
        edited = people.update(
            ref_a,
            him.perpetrator_id,
            PerpetratorDetails("Kofi Mensah-Dúbois", conditions="Bail: no contact"),
            1,
        )
        assert edited.version == 2
        (before,) = people.history(ref_b, him.perpetrator_id)  # through either file he is in
        assert (before.version, before.fields["weapons"]) == (1, "Knife")
        with pytest.raises(NotFound):  # not through a file he is not in
            people.history(ref_c, him.perpetrator_id)
        with pytest.raises(NotFound):
            people.update(ref_c, him.perpetrator_id, PerpetratorDetails("Someone"), 2)
        with pytest.raises(ValidationFailed, match="Give a name"):
            people.add(ref_c, inc_c, PerpetratorDetails(" "), "x")


def test_his_date_of_birth_or_his_age_group_is_kept_with_its_history(vault, two_files) -> None:
    (ref, inc), _, _ = two_files
    born = date(1985, 3, 4)
    with vault.sign_in(Role.CASEWORKER) as cw:
        people = PerpetratorService(cw)
        with pytest.raises(ValidationFailed, match="not both") as both:
            people.add(
                ref, inc, PerpetratorDetails("A", date_of_birth=born, age_group=AgeBand.ADULT), "x"
            )
        assert set(both.value.fields) == {"age_group"}
        tomorrow = datetime.now(UTC).date() + timedelta(days=2)
        with pytest.raises(ValidationFailed, match="in the future"):
            people.add(ref, inc, PerpetratorDetails("A", date_of_birth=tomorrow), "x")
        with pytest.raises(ValidationFailed, match="before 1900"):
            people.add(ref, inc, PerpetratorDetails("A", date_of_birth=date(1850, 1, 1)), "x")
        him = people.add(ref, inc, PerpetratorDetails("A", age_group=AgeBand.ADULT), "x")
        assert him.details.age_group is AgeBand.ADULT and him.details.date_of_birth is None
        # Once his date of birth is known, it replaces the group (kept in the history).
        edited = people.update(
            ref, him.perpetrator_id, PerpetratorDetails("A", date_of_birth=born), him.version
        )
        assert edited.details.date_of_birth == born
        assert edited.details.age_group is AgeBand.UNKNOWN
        (before,) = people.history(ref, him.perpetrator_id)
        assert before.fields["age_group"] == "26-40" and before.fields["date_of_birth"] is None
        (linked,) = people.of_case(ref)
        assert linked.perpetrator.details.date_of_birth == born


@pytest.mark.parametrize("role", list(Role))
def test_perpetrators_are_part_of_incidents_in_the_matrix(vault, two_files, role) -> None:
    (ref_a, inc_a), _, _ = two_files
    with vault.sign_in(Role.CASEWORKER) as cw:
        him = PerpetratorService(cw).add(ref_a, inc_a, PerpetratorDetails("Y"), "Brother")
    with vault.sign_in(role) as session:
        people = PerpetratorService(session)
        for action, call in (
            (Action.WRITE, lambda: people.add(ref_a, inc_a, PerpetratorDetails("X"), "Other")),
            (
                Action.WRITE,
                lambda: people.update(ref_a, him.perpetrator_id, PerpetratorDetails("Z"), 1),
            ),
            (Action.READ, lambda: people.of_case(ref_a)),
            (Action.READ, lambda: people.history(ref_a, him.perpetrator_id)),
        ):
            if permits(role, Section.INCIDENTS, action):
                call()
            else:
                with pytest.raises(PermissionDenied):
                    call()
