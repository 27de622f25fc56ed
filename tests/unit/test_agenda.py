"""The home screens' lists: each role gets its own, read under its sections, audited by count."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime, Window
from onestop.domain.roles import Role
from onestop.services.agenda import AgendaService
from onestop.services.audit import AuditService
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.legal import HearingDetails, Hearings
from tests.conftest import open_case_in

pytestmark = pytest.mark.both_backends


def test_each_role_gets_its_own_lists_audited_by_count(vault) -> None:
    now = datetime.now(UTC)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(name="Elska Verrow")).reference
        old = CaseService(cw).open_case(SurvivorDetails(name="Noor Haldane")).reference
        for case, hours in ((ref, 20), (old, 24 * 9)):  # 9 days: past every window
            IncidentService(cw).record(
                case,
                IncidentDetails(
                    IncidentTime.exact(now - timedelta(hours=hours)),
                    GbvType.RAPE,
                    IncidentContext.INTIMATE_PARTNER,
                ),
            )
        mine = AgendaService(cw).today(now)
        assert {i.reference for i in mine.get("my_cases")} == {ref, old}
        assert mine.get("clinical_windows") == ()
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        Hearings(advocate).record(
            ref, HearingDetails(now + timedelta(days=3), "Family court", "Protection order")
        )
        Hearings(advocate).record(ref, HearingDetails(now + timedelta(days=20), "Court", "Later"))
        legal = AgendaService(advocate).today(now)
        assert [i.what for i in legal.get("hearings")] == ["Family court: Protection order"]
    with vault.sign_in(Role.CLINICIAN) as clinician:
        (item,) = AgendaService(clinician).today(now).get("clinical_windows")
        assert item.reference == ref
        pep = next(a for a in item.alerts if a.status.rule.window is Window.PEP)
        assert pep.needs_action
    with vault.sign_in(Role.ADMIN) as admin:
        assert AgendaService(admin).today(now).lists == ()  # no survivor data for the admin
    with vault.sign_in(Role.MANAGER) as manager:
        assert AgendaService(manager).today(now).counts["open_cases"] == 2
        lists = [e for e in AuditService(manager).entries() if e.detail.startswith("home list")]
    assert {(e.actor, e.detail) for e in lists} >= {
        ("u-caseworker", "home list my_cases: 2 entries"),
        ("u-legal-advocate", "home list hearings: 1 entries"),
        ("u-clinician", "home list clinical_windows: 1 entries"),
    }
    assert not any("Elska" in e.detail for e in lists)


def test_the_managers_trends_count_cases_by_month_and_incidents_by_type(vault) -> None:
    from onestop.services.agenda import _last_months

    now = datetime.now(UTC)
    with vault.sign_in(Role.CASEWORKER) as cw:
        refs = [
            CaseService(cw).open_case(SurvivorDetails(alias=f"Trend {n}")).reference
            for n in range(3)
        ]
        for ref, kind in zip(
            refs, (GbvType.RAPE, GbvType.RAPE, GbvType.FORCED_MARRIAGE), strict=True
        ):
            IncidentService(cw).record(
                ref,
                IncidentDetails(
                    occurred=IncidentTime.exact(now - timedelta(days=3)),
                    gbv_type=kind,
                    context=IncidentContext.FAMILY,
                ),
            )
    with vault.sign_in(Role.MANAGER) as manager:
        agenda = AgendaService(manager).today(now)
    by_month = agenda.trends["opened_by_month"]
    assert [m for m, _ in by_month] == _last_months(now, 12)
    assert by_month[-1] == (now.strftime("%Y-%m"), 3) and sum(c for _, c in by_month) == 3
    by_type = dict(agenda.trends["incidents_by_type"])
    assert by_type == {t.value: 0 for t in GbvType} | {"rape": 2, "forced_marriage": 1}
    assert _last_months(datetime(2026, 2, 10, tzinfo=UTC), 3) == ["2025-12", "2026-01", "2026-02"]
    with vault.sign_in(Role.CASEWORKER) as cw:
        assert AgendaService(cw).today(now).trends == {}  # the manager's only


def test_the_managers_trends_count_each_month_from_its_first_midnight(vault) -> None:
    """A month's count runs from its first midnight (UTC) to the next month's: a case opened
    at the first moment of the oldest month shown is in it, one a moment before is in none;
    the incidents of the last 90 days only, not those entered in error."""
    from onestop.services.agenda import TREND_DAYS, TREND_MONTHS, _last_months

    now = datetime.now(UTC)
    months = _last_months(now, TREND_MONTHS)
    first = datetime(int(months[0][:4]), int(months[0][5:]), 1, tzinfo=UTC)
    second = datetime(int(months[1][:4]), int(months[1][5:]), 1, tzinfo=UTC)
    for opened in (first, first - timedelta(microseconds=1), second - timedelta(microseconds=1)):
        open_case_in(vault, alias="Trend", opened_at=opened)
    for opened in (second, second, now - timedelta(days=1)):
        open_case_in(vault, alias="Trend", opened_at=opened)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Trend today")).reference
        incidents = IncidentService(cw)
        for kind in (GbvType.RAPE, GbvType.PHYSICAL_ASSAULT, GbvType.PHYSICAL_ASSAULT):
            details = IncidentDetails(
                IncidentTime.exact(now - timedelta(days=2)), kind, IncidentContext.FAMILY
            )
            made = incidents.record(ref, details)
        incidents.mark_entered_in_error(ref, made.incident_id, "Wrong survivor", made.version)
    with vault.sign_in(Role.MANAGER) as manager:
        agenda = AgendaService(manager).today(now)
        later = AgendaService(manager).today(now + timedelta(days=TREND_DAYS, hours=1))
    by_month = dict(agenda.trends["opened_by_month"])
    assert by_month[months[0]] == 2 and by_month[months[1]] == 2
    assert sum(by_month.values()) == 6  # of the 7 opened: not the one before the first month
    by_type = dict(agenda.trends["incidents_by_type"])
    assert by_type == {t.value: 0 for t in GbvType} | {"rape": 1, "physical_assault": 1}
    assert set(dict(later.trends["incidents_by_type"]).values()) == {0}


@pytest.mark.local_only(reason="SQLite's query plan (EXPLAIN QUERY PLAN)")
def test_the_managers_months_are_index_ranges_without_sorting(vault) -> None:
    """At 100,000 survivors grouping the 50,000 cases of the last 12 months by a month
    computed from each sorted every row (90 ms, issue 24): each month is one range of
    ix_cases_opened_known, the twelve in one statement, nothing sorted."""
    cases = _home_plans(vault, Role.MANAGER, "cases")
    by_month = "ix_cases_opened_known (opened_at>? AND opened_at<?)"
    months = [plan for plan in cases if by_month in plan]
    assert len(months) == 1 and months[0].count("SCALAR SUBQUERY") == 12, cases
    for plan in cases:
        assert "TEMP B-TREE" not in plan, plan


def test_the_clinicians_list_puts_what_closes_first_on_top_and_says_what_is_due(vault) -> None:
    from onestop.domain.health import Treatment, TreatmentKind
    from onestop.services.health import EncounterDetails, HealthService

    now = datetime.now(UTC)
    refs = {}
    with vault.sign_in(Role.CASEWORKER) as cw:
        for alias, hours in (("Newest", 2), ("Oldest", 66), ("Middle", 30)):
            refs[alias] = CaseService(cw).open_case(SurvivorDetails(alias=alias)).reference
            IncidentService(cw).record(
                refs[alias],
                IncidentDetails(
                    IncidentTime.exact(now - timedelta(hours=hours)),
                    GbvType.RAPE,
                    IncidentContext.INTIMATE_PARTNER,
                ),
            )
    with vault.sign_in(Role.CLINICIAN) as clinician:
        (incident,) = IncidentService(clinician).list(refs["Middle"])
        HealthService(clinician).record(
            refs["Middle"],
            EncounterDetails(
                now,
                incident.incident_id,
                treatments=(
                    Treatment(TreatmentKind.PEP_FIRST_DOSE, now, "1 tablet"),
                    Treatment(TreatmentKind.EMERGENCY_CONTRACEPTION, now, "1.5 mg"),
                ),
            ),
        )
        items = AgendaService(clinician).today(now).get("clinical_windows")
    # Oldest: PEP closes in 6 h; Middle: PEP given, forensic oral closes in 18 h; Newest: 46 h.
    assert [i.display_name for i in items] == ["Oldest", "Middle", "Newest"]
    assert items[0].what == "Due: PEP, Emergency contraception, forensic samples"
    assert items[1].what == "Due: forensic samples"
    assert {i.incident for i in items} == {"Rape"}


@pytest.mark.local_only(reason="SQLite's query plan (EXPLAIN QUERY PLAN)")
def test_the_clinicians_list_reads_recent_incidents_through_an_index(vault) -> None:
    """At 100,000 survivors a scan of every incident took seconds (issue 24): the query must
    read the incidents of the last days through ix_incidents_occurred, not the whole table."""
    from sqlalchemy import event

    now = datetime.now(UTC)
    queries: list[tuple[str, object]] = []
    with vault.sign_in(Role.CLINICIAN) as clinician:

        def capture(conn, cursor, sql, params, context, executemany) -> None:  # type: ignore[no-untyped-def]
            if "FROM incidents" in sql and "coalesce" in sql:
                queries.append((sql, params))

        event.listen(clinician.engine, "before_cursor_execute", capture)
        AgendaService(clinician).today(now)
        event.remove(clinician.engine, "before_cursor_execute", capture)
        assert queries, "the clinician's home no longer filters incidents by their time"
        with clinician.engine.connect() as conn:
            for sql, params in queries:
                plan = " | ".join(
                    row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)
                )
                assert "ix_incidents_occurred" in plan, plan
                assert "SCAN incidents" not in plan, plan


def test_todays_sessions_say_what_session_by_its_label(vault) -> None:
    """The home's last column says what each row is: a session by its label ("Crisis"), not
    its stored code ("crisis")."""
    from onestop.domain.counselling import SessionType
    from onestop.services.counselling import CounsellingService, SessionDetails

    now = datetime.now(UTC)
    start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Linnet")).reference
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        CounsellingService(counsellor).record(
            ref, SessionDetails(start + (now - start) / 2, SessionType.CRISIS)
        )
        (item,) = AgendaService(counsellor).today(now, start).get("sessions_today")
    assert item.what == "Crisis" and item.reference == ref


def _home_plans(vault, role: Role, table: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The plan of each SELECT from ``table`` the home of ``role`` runs."""
    from sqlalchemy import event

    queries: list[tuple[str, object]] = []
    with vault.sign_in(role) as session:

        def capture(conn, cursor, sql, params, context, executemany) -> None:  # type: ignore[no-untyped-def]
            if sql.lstrip().startswith("SELECT") and f"FROM {table}" in sql:
                queries.append((sql, params))

        event.listen(session.engine, "before_cursor_execute", capture)
        AgendaService(session).today(datetime.now(UTC))
        event.remove(session.engine, "before_cursor_execute", capture)
        assert queries, f"the {role.value}'s home no longer reads {table}"
        with session.engine.connect() as conn:
            return [
                " | ".join(
                    row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)
                )
                for sql, params in queries
            ]


@pytest.mark.local_only(reason="SQLite's query plan (EXPLAIN QUERY PLAN)")
def test_the_counsellors_home_reads_todays_sessions_through_an_index(vault) -> None:
    """At 100,000 survivors reading every session took 255 ms (issue 24): today's sessions
    come from ix_counselling_sessions_held_at, already in their order."""
    for plan in _home_plans(vault, Role.COUNSELLOR, "counselling_sessions"):
        assert "ix_counselling_sessions_held_at" in plan, plan
        assert "SCAN counselling_sessions" not in plan, plan
        assert "TEMP B-TREE FOR ORDER BY" not in plan, plan


@pytest.mark.local_only(reason="SQLite's query plan (EXPLAIN QUERY PLAN)")
def test_the_shelter_officers_home_reads_current_stays_through_an_index(vault) -> None:
    """The stays not exited yet, in room and bed order, from ix_shelter_stays_current rather
    than every stay the shelter ever had (76 ms at 100,000 survivors, issue 24)."""
    for plan in _home_plans(vault, Role.SHELTER_OFFICER, "shelter_stays"):
        assert "ix_shelter_stays_current" in plan, plan
        assert "SCAN shelter_stays" not in plan, plan
        assert "TEMP B-TREE FOR ORDER BY" not in plan, plan


def test_the_managers_counts_are_those_of_every_case_and_incident_as_grouped_before(
    vault,
) -> None:
    """The open cases (every case less the closed ones) and each type's incidents of the last
    90 days (one range per type) are the numbers the statements they replaced gave
    ("status != 'closed'"; GROUP BY the type, ``entered_in_error IS 0``), run here on the same
    vault: open, closed and reopened cases, incidents entered in error, and a "now" at which
    an incident is recorded exactly 90 days before, then a moment less."""
    from sqlalchemy import func, select

    from onestop.db.cases import Case
    from onestop.db.incidents import Incident
    from onestop.domain.casefile import CaseStatus
    from onestop.services.agenda import TREND_DAYS

    now = datetime.now(UTC)
    kinds = [GbvType.RAPE, GbvType.RAPE, GbvType.PSYCHOLOGICAL_ABUSE, GbvType.SEXUAL_ASSAULT]
    with vault.sign_in(Role.CASEWORKER) as cw:
        cases, incidents = CaseService(cw), IncidentService(cw)
        refs = [cases.open_case(SurvivorDetails(alias=f"Count {n}")).reference for n in range(5)]
        closed = cases.close(refs[0], "Moved away", cases.get(refs[0]).version)
        cases.reopen(refs[1], cases.close(refs[1], "Moved", cases.get(refs[1]).version).version)
        cases.close(refs[2], "Safe now", cases.get(refs[2]).version)
        for n, kind in enumerate(kinds * 2):
            when = IncidentTime.exact(now - timedelta(days=n))
            details = IncidentDetails(when, kind, IncidentContext.FAMILY)
            made = incidents.record(refs[n % 5], details)
            if n in (1, 6):  # a rape and a psychological abuse entered in error
                incidents.mark_entered_in_error(
                    refs[n % 5], made.incident_id, "Wrong survivor", made.version
                )
    assert closed.status is CaseStatus.CLOSED
    with vault.sign_in(Role.MANAGER) as manager:
        with manager.engine.connect() as conn:
            was_open = conn.scalar(
                select(func.count()).select_from(Case).where(Case.status != "closed")
            )
            recorded = sorted(conn.scalars(select(Incident.created_at)))

            def grouped(at: datetime) -> dict[str, int]:
                rows = conn.execute(
                    select(Incident.gbv_type, func.count())
                    .where(
                        Incident.created_at >= at - timedelta(days=TREND_DAYS),
                        Incident.entered_in_error.is_(False),
                    )
                    .group_by(Incident.gbv_type)
                ).all()
                return {t.value: 0 for t in GbvType} | {str(t): int(n) for t, n in rows}

            # The first recorded exactly 90 days before; then a moment after: not in them.
            edge = recorded[0] + timedelta(days=TREND_DAYS)
            moments = [now, edge, edge + timedelta(microseconds=1), recorded[-1] + timedelta(90)]
            expected = [grouped(at) for at in moments]
        agendas = [AgendaService(manager).today(at) for at in moments]
    assert was_open == 3 and all(a.counts["open_cases"] == 3 for a in agendas)
    assert expected[0] == {t.value: 0 for t in GbvType} | {
        "rape": 3,
        "psychological_abuse": 1,
        "sexual_assault": 2,
    }
    assert sum(expected[1].values()) - sum(expected[2].values()) == 1  # the edge counted
    assert sum(expected[3].values()) == 1
    assert [dict(a.trends["incidents_by_type"]) for a in agendas] == expected


def _explained(vault, role: Role, wanted) -> list[tuple[str, list[str]]]:  # type: ignore[no-untyped-def]
    """Each SELECT of ``role``'s home that ``wanted(sql)`` picks: its plan, and the opcodes
    of its program (EXPLAIN)."""
    from sqlalchemy import event

    queries: list[tuple[str, object]] = []
    with vault.sign_in(role) as session:

        def capture(conn, cursor, sql, params, context, executemany) -> None:  # type: ignore[no-untyped-def]
            if sql.lstrip().startswith("SELECT") and wanted(sql):
                queries.append((sql, params))

        event.listen(session.engine, "before_cursor_execute", capture)
        AgendaService(session).today(datetime.now(UTC))
        event.remove(session.engine, "before_cursor_execute", capture)
        assert queries, f"the {role.value}'s home no longer runs it"
        with session.engine.connect() as conn:
            return [
                (
                    " | ".join(
                        row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)
                    ),
                    [row[1] for row in conn.exec_driver_sql("EXPLAIN " + sql, params)],
                )
                for sql, params in queries
            ]


@pytest.mark.local_only(reason="SQLite's query plan (EXPLAIN QUERY PLAN)")
def test_the_managers_open_cases_are_counted_by_pages_less_one_range(vault) -> None:
    """At 100,000 survivors "status != 'closed'" stepped through the 88,000 open cases'
    entries of ix_cases_status (41 ms on a busy machine, issue 24): every case is counted
    from the pages of the smallest index (SQLite's Count), less the closed ones, one range."""
    open_case_in(vault, alias="Counted")
    ((plan, program),) = _explained(
        vault, Role.MANAGER, lambda sql: "FROM cases" in sql and "cases.status" in sql
    )
    assert "SEARCH cases USING COVERING INDEX ix_cases_status (status=?)" in plan, plan
    assert "Count" in program, program  # the whole table, page by page
    assert plan.count("SCAN cases") == 1, plan  # that count; the closed ones are a range


@pytest.mark.local_only(reason="SQLite's query plan (EXPLAIN QUERY PLAN)")
def test_the_managers_incidents_by_type_are_index_ranges_without_sorting(vault) -> None:
    """At 100,000 survivors grouping the 35,000 incidents of the last 90 days by type sorted
    them (100 ms on a busy machine, issue 24): each type's count is one range of
    ix_incidents_counted_by_type, every type in one statement, nothing sorted; and the
    clinician's list still reads ix_incidents_occurred (an index led by the type drew it)."""
    open_case_in(vault, alias="Counted")
    ((plan, _),) = _explained(vault, Role.MANAGER, lambda sql: "FROM incidents" in sql)
    by_type = "SEARCH incidents USING COVERING INDEX ix_incidents_counted_by_type"
    assert plan.count(f"{by_type} (gbv_type=? AND created_at>?)") == len(GbvType), plan
    assert "TEMP B-TREE" not in plan and "SCAN incidents" not in plan, plan
    for clinical, _ in _explained(
        vault, Role.CLINICIAN, lambda sql: "FROM incidents" in sql and "coalesce" in sql
    ):
        assert "ix_incidents_occurred" in clinical and "counted_by_type" not in clinical


def test_a_home_reads_no_case_reference_one_case_at_a_time(vault) -> None:
    """A list of rows of many cases opens each row's sealed text, which names its case (form
    2): each row's case is selected before the row, so that its reference is there when the
    row opens. The other way round, each case's reference was a statement of its own: 200 for
    the shelter officer's home at 100,000 survivors, 76 for the legal advocate's."""
    from sqlalchemy import event

    from onestop.services.shelter import ShelterService, StayDetails

    now = datetime.now(UTC)
    refs = [open_case_in(vault) for _ in range(3)]
    with vault.sign_in(Role.CASEWORKER) as cw:
        for ref in refs:
            IncidentService(cw).record(
                ref,
                IncidentDetails(
                    IncidentTime.exact(now - timedelta(hours=20)),
                    GbvType.RAPE,
                    IncidentContext.INTIMATE_PARTNER,
                ),
            )
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        for ref in refs:
            Hearings(advocate).record(ref, HearingDetails(now + timedelta(days=3), "Court", "Bail"))
    with vault.sign_in(Role.SHELTER_OFFICER) as officer:
        for n, ref in enumerate(refs):
            ShelterService(officer).record(
                ref, StayDetails(now - timedelta(days=1), "Room 1", f"Bed {n}")
            )
    for role, key in (
        (Role.CLINICIAN, "clinical_windows"),
        (Role.LEGAL_ADVOCATE, "hearings"),
        (Role.SHELTER_OFFICER, "stays"),
    ):
        with vault.sign_in(role) as session:
            one_by_one: list[str] = []

            def seen(_conn, _cursor, sql: str, *_args: object, found=one_by_one) -> None:
                said = " ".join(sql.split())
                if said.startswith("SELECT cases.reference FROM cases WHERE cases.id"):
                    found.append(said)

            event.listen(session.engine, "before_cursor_execute", seen)
            try:
                home = AgendaService(session).today(now)
            finally:
                event.remove(session.engine, "before_cursor_execute", seen)
        assert {i.reference for i in home.get(key)} == set(refs), role
        assert one_by_one == [], (role, one_by_one)
