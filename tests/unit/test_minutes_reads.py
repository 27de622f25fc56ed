"""A meeting's minutes read the cases the meeting names, not every case in the centre.

The minutes name each case a meeting heard, agreed an action for, reviewed an action of or
discussed: a dozen at a meeting, in a centre of 100,000 survivors. They read those cases'
references only (and of those, for anyone but the manager, her own), not the reference of
every case in the vault (issue 24), nor the id of every case a caseworker holds. Counted as
the statements the session's engine sends and the rows the services' queries return, for the
manager and for a caseworker, on the local vault and on a centre server: the same with more
cases in the centre, hers and no one's, that the meeting does not name."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from onestop.domain.coordination import ActionStatus
from onestop.domain.roles import Role
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.conferences import Attendance, ConferenceService, Discussion
from tests.unit.test_casefile_statements import statements
from tests.unit.test_conference_dates import rows_read
from tests.unit.test_conference_scope import action, two_cases

pytestmark = pytest.mark.both_backends

TODAY = datetime.now(UTC).date()
MORE_CASES = 12


def test_the_minutes_read_only_the_cases_the_meeting_names(vault) -> None:
    mine, other = two_cases(vault)  # the second no longer the caseworker's
    with vault.sign_in(Role.MANAGER) as manager:
        conferences = ConferenceService(manager)
        first = conferences.schedule(TODAY + timedelta(days=1), ["Police"])
        second = conferences.schedule(TODAY + timedelta(days=29), ["Police"])
        [hers] = conferences.hear(first.id, mine, [action("Her action")])
        [theirs] = conferences.hear(first.id, other, [action("Their action")])
        conferences.record_minutes(
            first.id, Attendance("Chair"), {mine: Discussion("Of her."), other: Discussion("No.")}
        )
        conferences.close(first.id)
        conferences.review(second.id, hers.id, ActionStatus.DONE)
        conferences.review(second.id, theirs.id, ActionStatus.NOT_DONE, "No officers free")

    def read() -> dict[str, tuple[object, int, int]]:
        """Each reader's minutes of each meeting, with (statements, rows returned)."""
        got: dict[str, tuple[object, int, int]] = {}
        for role in (Role.MANAGER, Role.CASEWORKER):
            with vault.sign_in(role) as session:
                conferences = ConferenceService(session)
                for meeting in (first, second):
                    with statements(session) as sent, rows_read() as rows:
                        minutes = conferences.minutes(meeting.id)
                    got[f"{role.value} {meeting.id}"] = (minutes, len(sent), sum(rows))
        return got

    before = read()
    # Both cases in the manager's minutes, the caseworker's own in hers: heard, agreed,
    # reviewed and discussed.
    manager_first = before[f"manager {first.id}"][0]
    assert manager_first.heard == tuple(sorted((mine, other)))
    assert set(manager_first.discussions) == {mine, other}
    hers_first = before[f"caseworker {first.id}"][0]
    hers_second = before[f"caseworker {second.id}"][0]
    assert hers_first.heard == (mine,) and set(hers_first.discussions) == {mine}
    assert [line.action.id for line in hers_second.reviewed] == [hers.id]
    assert len(before[f"manager {second.id}"][0].reviewed) == 2

    with vault.sign_in(Role.CASEWORKER) as cw:
        cases = CaseService(cw)
        for n in range(MORE_CASES):  # hers, and (half of them given up) no one's
            ref = cases.open_case(SurvivorDetails(alias=f"Unnamed {n}")).reference
            if n % 2:
                cases.assign(ref, None, cases.get(ref).version)
    after = read()
    assert {k: v[0] for k, v in after.items()} == {k: v[0] for k, v in before.items()}
    # (statements, rows): the same whatever the centre holds beside the meeting's cases.
    assert {k: v[1:] for k, v in after.items()} == {k: v[1:] for k, v in before.items()}
