"""The home's reminders (ReminderService.summary) are the Reminders tab's (ReminderService.due):
the same first few in the same order, and the same count of each kind, for every role, read
from the coded columns and the few rows shown; a section a role may not read gives her none
of its reminders, and none counted.

The vault holds more than the home shows of every kind, and more than LIMIT hearings, most of
them at the same moment, so that which of them come first is decided by the tie-breaks."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from onestop.domain.consent import Decision, Purpose
from onestop.domain.health import FollowUp, Treatment, TreatmentKind, follow_up_offsets
from onestop.domain.referrals import ReferralStatus
from onestop.domain.roles import Action, Role, Section, permits
from onestop.services.audit import AuditService
from onestop.services.cases import CaseService
from onestop.services.conferences import ConferenceService, PlannedAction
from onestop.services.consent import ConsentService
from onestop.services.health import EncounterDetails, HealthService
from onestop.services.legal import HearingDetails, Hearings, OrderDetails, ProtectionOrders
from onestop.services.referrals import ReferralDetails, ReferralService
from onestop.services.reminders import HOME, LIMIT, Kind, ReminderService
from onestop.services.tasks import TaskDetails, TaskService
from tests.conftest import open_case_in, username_for

pytestmark = pytest.mark.both_backends

NOW = datetime.now(UTC).replace(microsecond=0)
TODAY = NOW.date()
EACH = HOME + 3  # of every kind but hearings: more than the home shows
HEARINGS = LIMIT + 5  # more than the Reminders tab lists

SECTION_OF = {
    Kind.HEARING: Section.LEGAL,
    Kind.ORDER_EXPIRING: Section.LEGAL,
    Kind.TASK_DUE: Section.TASKS,
    Kind.FOLLOW_UP: Section.HEALTH,
    Kind.CONFERENCE_ACTION: Section.CONFERENCES,
    Kind.REFERRAL_OVERDUE: Section.REFERRALS,
    Kind.TELL_HER: Section.CONSENT,  # none here: tests/unit/test_sharing_told.py
}


def _centre(vault) -> list[str]:
    """Three cases, the caseworker's first two and the third no one's, with reminders of every
    kind, the soonest of several kinds two days ago (so that the home's first few mix them),
    and a referral the counsellor sent."""
    refs = [
        open_case_in(vault, alias=f"Summary {n}", opened_at=NOW - timedelta(days=60))
        for n in range(3)
    ]
    with vault.sign_in(Role.CASEWORKER) as cw:
        cases = CaseService(cw)
        cases.assign(refs[2], None, cases.get(refs[2]).version)
        tasks, referrals = TaskService(cw), ReferralService(cw)
        for ref in refs:
            ConsentService(cw).record(
                ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency="Housing",
                decided_at=NOW - timedelta(days=20),
            )  # fmt: skip
        for i in range(EACH):
            ref = refs[i % 3]
            assignee = username_for(Role.CLINICIAN) if i % 4 == 0 else None
            due = NOW - timedelta(days=2, minutes=-20 * i)
            tasks.record(ref, TaskDetails(f"Call back {i}", due, assignee))
            made = referrals.record(
                ref, ReferralDetails("Housing", f"A flat {i}", notes="She asked.")
            )
            sent = NOW - timedelta(days=9, minutes=-20 * i - 5)  # due 7 days after, as tasks
            referrals.advance(ref, made.record_id, ReferralStatus.SENT, 1, at=sent)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:  # one she made, on no one's case
        referrals = ReferralService(counsellor)
        made = referrals.record(
            refs[2], ReferralDetails("Housing", "A counsellor's", notes="She asked.")
        )
        at = NOW - timedelta(days=10)
        referrals.advance(refs[2], made.record_id, ReferralStatus.SENT, 1, at=at)
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        hearings, orders = Hearings(advocate), ProtectionOrders(advocate)
        for i in range(HEARINGS):
            # Two early ones, then all the others at one moment: the tie-breaks decide.
            at = NOW + (timedelta(days=1, hours=i) if i < 2 else timedelta(days=3))
            hearings.record(refs[i % 3], HearingDetails(at, "Family Court", f"Hearing {i}"))
        for i in range(EACH):
            expires = TODAY + timedelta(days=2 + i % 2)
            orders.record(refs[i % 3], OrderDetails("Protection", TODAY, expires))
    with vault.sign_in(Role.CLINICIAN) as clinician:
        health = HealthService(clinician)
        for ref in refs:  # the PEP course ends in a day, at the same moment for each
            first_dose = NOW - timedelta(days=27)
            health.record(
                ref,
                EncounterDetails(
                    seen_at=first_dose,
                    treatments=(Treatment(TreatmentKind.PEP_FIRST_DOSE, first_dose),),
                ),
            )
        booked = tuple(
            FollowUp(NOW - timedelta(days=2, minutes=-20 * i - 10), f"Review {i}")
            for i in range(EACH)
        )
        for i, ref in enumerate(refs):
            health.record(
                ref,
                EncounterDetails(seen_at=NOW - timedelta(days=20), follow_ups=booked[i::3]),
            )
    with vault.sign_in(Role.MANAGER) as manager:
        conferences = ConferenceService(manager)
        meeting = conferences.schedule(TODAY + timedelta(days=1), ["Police"])
        for n, ref in enumerate(refs):
            conferences.hear(
                meeting.id,
                ref,
                [
                    PlannedAction("Police", "On duty", f"Visit {i}", TODAY + timedelta(days=2))
                    for i in range(n, EACH, 3)
                ],
            )
    return refs


def test_the_home_shows_the_first_of_the_tabs_list_and_its_counts(vault) -> None:
    _centre(vault)
    seen: dict[Role, Counter[Kind]] = {}
    for role in Role:
        with vault.sign_in(role) as session:
            service = ReminderService(session)
            due = service.due(NOW)
            home = service.summary(NOW)
            assert home.first == due[:HOME], role
            # As many as the tab lists, of each kind, as its "n more" says.
            listed = Counter(r.kind for r in due)
            assert {k: n for k, n in home.counts.items() if n} == dict(listed), role
            assert home.total == len(due), role
            # Any number of them: the tab's first, as far as its list goes (50 and 100 end
            # among the hearings at one moment, LIMIT of HEARINGS in the tab's list).
            for first in (0, 1, HOME + 1, 50, 100, 2 * LIMIT):
                assert service.summary(NOW, first=first).first == due[:first], (role, first)
            # A kind she may not read: none of its reminders, none counted.
            for kind, section in SECTION_OF.items():
                if not permits(role, section, Action.READ):
                    assert kind not in home.counts and kind not in listed, (role, kind)
                    assert kind not in home.more, (role, kind)
            seen[role] = listed
    manager = seen[Role.MANAGER]
    # More hearings than LIMIT: counted as the tab lists them, LIMIT, and said to be more.
    assert manager[Kind.HEARING] == LIMIT
    assert manager == {
        Kind.HEARING: LIMIT,
        Kind.ORDER_EXPIRING: EACH,
        Kind.TASK_DUE: EACH,
        Kind.FOLLOW_UP: EACH + 3,
        Kind.CONFERENCE_ACTION: EACH,
        Kind.REFERRAL_OVERDUE: EACH + 1,
    }
    # The caseworker's are of her two cases of three; the clinician's, her tasks too.
    assert seen[Role.CASEWORKER][Kind.TASK_DUE] < EACH
    assert seen[Role.CLINICIAN][Kind.TASK_DUE] == len(range(0, EACH, 4))
    assert Kind.HEARING not in seen[Role.CLINICIAN]
    assert seen[Role.COUNSELLOR] == {Kind.REFERRAL_OVERDUE: 1} and seen[Role.ADMIN] == {}


def test_the_summary_says_there_are_more_and_is_audited_by_section(vault) -> None:
    refs = _centre(vault)
    with vault.sign_in(Role.MANAGER) as manager:
        home = ReminderService(manager).summary(NOW)
        # Several kinds in the first few, the soonest first.
        assert len({r.kind for r in home.first}) >= 3
        assert [r.due for r in home.first] == sorted(r.due for r in home.first)
        assert home.more == {Kind.HEARING}
        trail = AuditService(manager).entries(actor=username_for(Role.MANAGER))
    read = {e.section: e.detail for e in trail if e.detail.startswith("home reminders")}
    shown = Counter(SECTION_OF[r.kind].value for r in home.first)
    assert read == {
        section.value: f"home reminders: {shown[section.value]} of {counted} entries"
        for section, counted in [
            (Section.LEGAL, LIMIT + EACH),
            (Section.TASKS, EACH),
            (Section.HEALTH, EACH + 3),
            (Section.CONFERENCES, EACH),
            (Section.REFERRALS, EACH + 1),
            (Section.CONSENT, 0),
        ]
    }
    assert not any(ref in e.detail for e in trail for ref in refs)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        [made] = ReminderService(counsellor).summary(NOW).first
        assert made.kind is Kind.REFERRAL_OVERDUE and made.reference == refs[2]
    with vault.sign_in(Role.MANAGER) as manager:
        trail = AuditService(manager).entries(actor=username_for(Role.COUNSELLOR))
    # Each section she reads, audited; none she may not read, and no refusal either.
    assert {e.section for e in trail if e.detail.startswith("home reminders")} == {
        s.value
        for s in (Section.TASKS, Section.CONFERENCES, Section.REFERRALS, Section.CONSENT)
        if permits(Role.COUNSELLOR, s, Action.READ)
    }
    assert not any(e.outcome != "ok" for e in trail)


def _summary_plans(vault, role: Role, table: str) -> list[str]:  # type: ignore[no-untyped-def]
    """SQLite's plan of each walk of ``table`` the home's summary runs for ``role`` (the
    SELECTs that read its coded columns in ``due``'s order)."""
    from sqlalchemy import event

    queries: list[tuple[str, object]] = []
    with vault.sign_in(role) as session:

        def capture(conn, cursor, sql, params, context, executemany) -> None:  # type: ignore[no-untyped-def]
            if sql.lstrip().startswith(f"SELECT {table}.id, ") and "ORDER BY" in sql:
                queries.append((sql, params))

        event.listen(session.engine, "before_cursor_execute", capture)
        ReminderService(session).summary(NOW)
        event.remove(session.engine, "before_cursor_execute", capture)
        assert queries, f"the {role.value}'s home no longer walks {table}"
        with session.engine.connect() as conn:
            return [
                " | ".join(
                    row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)
                )
                for sql, params in queries
            ]


@pytest.mark.local_only(reason="SQLite's query plan (EXPLAIN QUERY PLAN)")
@pytest.mark.parametrize(
    "role",
    [
        Role.MANAGER,
        Role.CASEWORKER,
        Role.CLINICIAN,
        Role.COUNSELLOR,
        Role.LEGAL_ADVOCATE,
        Role.SHELTER_OFFICER,
    ],
)
def test_the_referrals_and_tasks_walks_read_covering_indexes(vault, role: Role) -> None:
    """At 100,000 survivors the walk of the referrals waiting for an answer looked up each of
    the 25,000 rows to find who made it (1.2-1.7 s for a counsellor's or a shelter officer's
    home, issue 24), and the walk of the tasks due each task done long ago: each now reads an
    index that holds every column its conditions name (migration 0061)."""
    _centre(vault)
    for table, index in (("referrals", "ix_referrals_awaiting"), ("tasks", "ix_tasks_open_due")):
        for plan in _summary_plans(vault, role, table):
            assert f"{table} USING COVERING INDEX {index}" in plan, plan
            assert f"SCAN {table}" not in plan, plan


OTHER = "u-caseworker-two"  # a second caseworker


def _two_caseworkers(vault) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Her open case, her closed one, another caseworker's and no one's, each with reminders
    of every kind at the edges of their windows: a hearing now and one 14 days on (in), one a
    second before now and one a second after the 14 days (out); a booked follow-up on an
    encounter entered in error (out); tasks and referrals that are hers by her case, by being
    hers on another's case, or not hers."""
    from onestop.services.users import UserService

    with vault.sign_in(Role.ADMIN) as admin:
        UserService(admin).create(OTHER, Role.CASEWORKER, "Second caseworker")
    names = ("hers", "closed", "other", "no one")
    opened = NOW - timedelta(days=60)
    refs = {n: open_case_in(vault, alias=f"Whose {n}", opened_at=opened) for n in names}
    with vault.sign_in(Role.CASEWORKER) as cw:
        cases, tasks, referrals = CaseService(cw), TaskService(cw), ReferralService(cw)
        cases.close(refs["closed"], "Moved away", cases.get(refs["closed"]).version)
        cases.assign(refs["other"], OTHER, cases.get(refs["other"]).version)
        cases.assign(refs["no one"], None, cases.get(refs["no one"]).version)
        for ref in refs.values():
            tasks.record(ref, TaskDetails("Call back", NOW + timedelta(days=1)))
            ConsentService(cw).record(
                ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency="Housing",
                decided_at=NOW - timedelta(days=20),
            )  # fmt: skip
        me = username_for(Role.CASEWORKER)
        tasks.record(refs["other"], TaskDetails("Hers on another's", NOW + timedelta(days=2), me))
        tasks.record(refs["hers"], TaskDetails("The other's", NOW + timedelta(days=2), OTHER))
        made = referrals.record(
            refs["other"], ReferralDetails("Housing", "Hers, on another's", notes="She asked.")
        )
        sent = NOW - timedelta(days=9)
        referrals.advance(refs["other"], made.record_id, ReferralStatus.SENT, 1, at=sent)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        referrals = ReferralService(counsellor)
        for ref in refs.values():
            made = referrals.record(
                ref, ReferralDetails("Housing", "A counsellor's", notes="She asked.")
            )
            referrals.advance(ref, made.record_id, ReferralStatus.SENT, 1, at=sent)
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        hearings, orders = Hearings(advocate), ProtectionOrders(advocate)
        for ref in refs.values():
            for at in (NOW, NOW + timedelta(days=14), NOW - timedelta(seconds=1)):
                hearings.record(ref, HearingDetails(at, "Family Court", "Directions"))
            at = NOW + timedelta(days=14, seconds=1)
            hearings.record(ref, HearingDetails(at, "Family Court", "Directions"))
            orders.record(ref, OrderDetails("Protection", TODAY, TODAY + timedelta(days=2)))
    with vault.sign_in(Role.CLINICIAN) as clinician:
        health = HealthService(clinician)
        for name, ref in refs.items():
            first_dose = NOW - timedelta(days=27)  # the PEP course ends tomorrow
            health.record(
                ref,
                EncounterDetails(
                    seen_at=first_dose,
                    treatments=(Treatment(TreatmentKind.PEP_FIRST_DOSE, first_dose),),
                ),
            )
            booked = (FollowUp(NOW + timedelta(days=1), "Review"),)
            seen = health.record(
                ref, EncounterDetails(seen_at=NOW - timedelta(days=20), follow_ups=booked)
            )
            if name == "hers":  # and one booked on an encounter entered in error
                wrong = health.record(
                    ref, EncounterDetails(seen_at=NOW - timedelta(days=19), follow_ups=booked)
                )
                health.mark_entered_in_error(ref, wrong.encounter_id, "Wrong file", wrong.version)
            assert seen.encounter_id
    with vault.sign_in(Role.MANAGER) as manager:
        conferences = ConferenceService(manager)
        meeting = conferences.schedule(TODAY + timedelta(days=1), ["Police"])
        for ref in refs.values():
            due = TODAY + timedelta(days=2)
            conferences.hear(meeting.id, ref, [PlannedAction("Police", "On duty", "Visit", due)])
    return refs


def test_a_caseworkers_reminders_are_those_of_her_cases_at_the_edges_of_their_windows(
    vault,
) -> None:
    """Hers: of her cases, open or closed (their caseworker her, found through the caseworker
    index), and what she made or was given on another's case; never another caseworker's nor
    no one's; the window's edges in; one entered in error out. Her cases given to another
    caseworker and his to her, the reminders go with them."""
    refs = _two_caseworkers(vault)
    each = {
        Kind.HEARING: 2,  # now and 14 days on
        Kind.ORDER_EXPIRING: 1,
        Kind.TASK_DUE: 1,
        Kind.FOLLOW_UP: 2,  # the end of the PEP course, the follow-up booked
        Kind.CONFERENCE_ACTION: 1,
        Kind.REFERRAL_OVERDUE: 1,  # the counsellor's
    }

    def reminded() -> tuple[Counter[tuple[Kind, str]], dict[Kind, int]]:
        with vault.sign_in(Role.CASEWORKER) as cw:
            service = ReminderService(cw)
            due = service.due(NOW)
            home = service.summary(NOW)
        assert home.first == due[:HOME]
        assert {k: n for k, n in home.counts.items() if n} == Counter(r.kind for r in due)
        return Counter((r.kind, r.reference) for r in due), dict(home.counts)

    listed, counted = reminded()
    assert listed == Counter(
        {
            **{(k, refs[c]): n for k, n in each.items() for c in ("hers", "closed")},
            # The task given to the other caseworker on her case is hers too (her case).
            (Kind.TASK_DUE, refs["hers"]): 2,
            # The task given to her, the referral she made, on another's case.
            (Kind.TASK_DUE, refs["other"]): 1,
            (Kind.REFERRAL_OVERDUE, refs["other"]): 1,
        }
    )
    assert counted[Kind.HEARING] == 4 and counted[Kind.FOLLOW_UP] == 4
    with vault.sign_in(Role.CASEWORKER) as cw:
        cases = CaseService(cw)
        cases.assign(refs["hers"], OTHER, cases.get(refs["hers"]).version)
        cases.assign(refs["other"], username_for(Role.CASEWORKER), cases.get(refs["other"]).version)
    listed, counted = reminded()
    assert listed == Counter(
        {
            **{(k, refs[c]): n for k, n in each.items() for c in ("other", "closed")},
            (Kind.TASK_DUE, refs["other"]): 2,  # and the one given to her
            (Kind.REFERRAL_OVERDUE, refs["other"]): 2,  # and the one she made
        }
    )


def _caseworkers_plans(vault) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """SQLite's plan of each SELECT of the caseworker's home summary whose condition names a
    caseworker (finds her cases' reminders), by the table it reads."""
    from sqlalchemy import event

    queries: list[tuple[str, object]] = []
    with vault.sign_in(Role.CASEWORKER) as session:

        def capture(conn, cursor, sql, params, context, executemany) -> None:  # type: ignore[no-untyped-def]
            if sql.lstrip().startswith("SELECT") and "caseworker" in sql.split("WHERE", 1)[-1]:
                queries.append((sql, params))

        event.listen(session.engine, "before_cursor_execute", capture)
        ReminderService(session).summary(NOW)
        event.remove(session.engine, "before_cursor_execute", capture)
        with session.engine.connect() as conn:
            return {
                sql.split("FROM", 1)[1].split()[0]
                + (" count" if "count(*)" in sql else ""): " | ".join(
                    row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)
                )
                for sql, params in queries
            }


@pytest.mark.local_only(reason="SQLite's query plan (EXPLAIN QUERY PLAN)")
def test_a_caseworkers_walks_find_her_cases_in_the_caseworker_index(vault) -> None:
    """At 100,000 survivors, her cases one in 20, each walk of the caseworker's reminders read
    the row of every record's case to find its caseworker: the 5,900 hearings of the next 14
    days and their cases' rows, to find her 18 (120-210 ms on a busy machine), the schedule's
    doses to count hers (60 ms), the referrals waiting for an answer (100 ms) (issue 24).
    Whether a case is hers is now one look-up in ix_cases_caseworker_id, made before the
    case's row is read (only for hers); the hearings' cases come from their index; the
    doses are counted from indexes alone."""
    _two_caseworkers(vault)
    plans = _caseworkers_plans(vault)
    walks = {"hearings", "protection_orders", "tasks", "follow_ups", "conference_actions"}
    assert walks | {"referrals", "dose_summaries", "dose_summaries count"} <= set(plans), plans
    for table, plan in plans.items():
        check = "SEARCH her_case USING COVERING INDEX ix_cases_caseworker_id (caseworker=? AND id=?"
        assert check in plan, (table, plan)
        assert "caseworker=?)" not in plan.replace(check, ""), (table, plan)  # not "all hers"
        if "SEARCH cases " in plan:  # her case's row, read after the look-up only
            assert plan.index(check) < plan.index("SEARCH cases "), (table, plan)
    counted = plans["dose_summaries count"]
    assert "SEARCH cases " not in counted, counted  # no case's row
    schedule = "SEARCH dose_summaries USING COVERING INDEX ix_dose_summaries_schedule_case_id"
    assert counted.count(schedule) == len(follow_up_offsets()), counted  # nor a dose's row
    hearings = "SEARCH hearings USING COVERING INDEX ix_hearings_held_at_case_id"
    assert hearings in plans["hearings"], plans["hearings"]
