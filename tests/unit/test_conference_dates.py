"""An action shows the date of the meeting that agreed it: read for the actions shown only.

A centre holds a case conference every few weeks for years; the agenda, a review of an
action, an action updated between meetings, the minutes and the reminders of actions due each
read the dates of the meetings that agreed the actions they show, not every meeting the centre
ever held (on a centre's server, every meeting's row sent over the network each time). Counted
as the rows the services' queries return (SQLAlchemy's ``do_orm_execute`` hook on every
session, each result frozen, counted and handed on): the same with two meetings in the centre
and with forty more."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session

from onestop.domain.coordination import ActionStatus
from onestop.domain.roles import Role
from onestop.services.conferences import ConferenceService, PlannedAction
from tests.conftest import open_case_in

pytestmark = pytest.mark.both_backends

TODAY = datetime.now(UTC).date()
MORE_MEETINGS = 40


@contextmanager
def rows_read() -> Iterator[list[int]]:
    """The number of rows each query run through a session returns while the block runs."""
    counts: list[int] = []

    def count(state: ORMExecuteState) -> Any:
        if not state.is_select:
            return None
        frozen = state.invoke_statement().freeze()
        counts.append(len(frozen().all()))
        return frozen()

    event.listen(Session, "do_orm_execute", count)
    try:
        yield counts
    finally:
        event.remove(Session, "do_orm_execute", count)


def test_the_paths_that_show_actions_read_only_their_meetings_dates(vault) -> None:
    ref = open_case_in(vault)
    with vault.sign_in(Role.MANAGER) as manager:
        conferences = ConferenceService(manager)
        first = conferences.schedule(TODAY + timedelta(days=1), ["Police"])
        second = conferences.schedule(TODAY + timedelta(days=29), ["Police"])
        (patrol,) = conferences.hear(
            first.id,
            ref,
            [PlannedAction("Police", "Duty officer", "Patrols", TODAY + timedelta(days=14))],
        )
        conferences.close(first.id)
        # Its line in the second meeting's minutes written once, so that each round below
        # finds the same rows (a review after the first rewrites its line).
        conferences.review(second.id, patrol.id, ActionStatus.NOT_DONE, "No officers free")

        def paths() -> dict[str, tuple[int, int]]:
            """Each path's (queries, rows returned)."""
            version = conferences.case_actions(ref)[0].version
            calls: dict[str, Callable[[], Any]] = {
                "update": lambda: conferences.update_action(
                    patrol.id, ActionStatus.NOT_DONE, version, "No officers free"
                ),
                "agenda": lambda: conferences.agenda(second.id),
                "review": lambda: conferences.review(
                    second.id, patrol.id, ActionStatus.NOT_DONE, "No officers free"
                ),
                "minutes": lambda: conferences.minutes(first.id),
                "due": lambda: conferences.actions_due(TODAY + timedelta(days=30)),
            }
            read: dict[str, tuple[int, int]] = {}
            for name, call in calls.items():
                with rows_read() as counts:
                    shown = call()
                assert shown, name  # each shows the patrols, with their meeting's date
                read[name] = (len(counts), sum(counts))
            return read

        before = paths()
        for n in range(MORE_MEETINGS):  # two years of fortnightly meetings, later on
            conferences.schedule(TODAY + timedelta(days=60 + 14 * n), ["Police"])
        after = paths()
        (action,) = conferences.case_actions(ref)
        assert action.agreed_on == first.held_on
        assert conferences.actions_due(TODAY + timedelta(days=30))[0].agreed_on == first.held_on
    assert after == before
