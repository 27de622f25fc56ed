"""The follow-ups booked at examinations come to the homes and the Reminders tab in a fixed
number of statements, however many encounters booked them.

Each follow-up is read with its encounter and its case in one joined query (on a centre's
server, one round trip), not one statement per encounter or per follow-up: counted with the
session's engine's ``before_cursor_execute`` hook, for each role that sees follow-ups (the
clinician, a caseworker, the manager), on the local vault and on a centre server, with one
encounter and with a dozen more on several cases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from onestop.domain.health import FollowUp
from onestop.domain.roles import Role
from onestop.services.cases import CaseService
from onestop.services.health import EncounterDetails, HealthService
from onestop.services.reminders import Kind, ReminderService
from tests.conftest import open_case_in
from tests.unit.test_casefile_statements import statements

pytestmark = pytest.mark.both_backends

NOW = datetime.now(UTC).replace(microsecond=0)
MORE = 12
ROLES = (Role.CLINICIAN, Role.CASEWORKER, Role.MANAGER)


def book(vault, refs: list[str], n: int, first: int) -> None:  # type: ignore[no-untyped-def]
    """``n`` encounters on ``refs`` in turn, each booking two follow-ups in the window."""
    with vault.sign_in(Role.CLINICIAN) as clinician:
        health = HealthService(clinician)
        for i in range(first, first + n):
            due = NOW + timedelta(days=1, hours=i)
            booked = (FollowUp(due, f"Review {i}"), FollowUp(due + timedelta(hours=1), "Bloods"))
            health.record(
                refs[i % len(refs)],
                EncounterDetails(seen_at=NOW - timedelta(days=3), follow_ups=booked),
            )


def test_booked_follow_ups_are_read_in_statements_that_do_not_grow_with_encounters(
    vault,  # type: ignore[no-untyped-def]
) -> None:
    refs = [open_case_in(vault, alias=f"Booked {n}") for n in range(3)]
    with vault.sign_in(Role.CASEWORKER) as cw:  # the third no one's
        cases = CaseService(cw)
        cases.assign(refs[2], None, cases.get(refs[2]).version)
    book(vault, refs, 1, 0)

    def read() -> dict[str, tuple[int, int]]:
        """Each role's (follow-ups listed, statements sent) for the tab and the home."""
        got: dict[str, tuple[int, int]] = {}
        for role in ROLES:
            with vault.sign_in(role) as session:
                reminders = ReminderService(session)
                reminders.summary(NOW)  # her names' index built once per sign-in, not counted
                with statements(session) as sent:
                    due = reminders.due(NOW)
                booked = sum(r.kind is Kind.FOLLOW_UP for r in due)
                got[f"{role.value} due"] = (booked, len(sent))
                with statements(session) as sent:
                    summary = reminders.summary(NOW)
                got[f"{role.value} summary"] = (summary.counts.get(Kind.FOLLOW_UP, 0), len(sent))
        return got

    one = read()
    book(vault, refs, MORE, 1)
    more = read()
    # Found: the clinician's and the manager's on every case, the caseworker's on her two.
    assert one["clinician due"][0] == one["manager due"][0] == 2
    assert more["clinician due"][0] == more["manager due"][0] == 2 * (1 + MORE)
    assert more["caseworker due"][0] == 2 * len([i for i in range(1 + MORE) if i % 3 != 2])
    assert more["caseworker summary"][0] == more["caseworker due"][0]
    # Sent: the same number of statements with thirteen encounters as with one.
    assert {k: v[1] for k, v in more.items()} == {k: v[1] for k, v in one.items()}
