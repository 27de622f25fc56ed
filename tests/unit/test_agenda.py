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
