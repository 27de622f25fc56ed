"""A counsellor's risk assessment refers the case to the case conference on a server through
``onestop_refer_to_conference`` (db/server.py), since her login only reads the conferences
section; the function does that one write and nothing more.

The attack: a counsellor, with her own database login (psycopg, TLS), no services in between,
tries to write referrals herself: directly; through the function without an assessment, for
another case than the one she assessed, with criteria that are not the domain's or that her
assessment does not meet, on a day the assessment's moment has in no zone, in a later
transaction than her assessment, and to change a referral a meeting already heard. The server
refuses each; it refers the case she assessed, in her name, on that assessment's time and the
centre's day of it (which the workstation gives), and adds only missing criteria to a waiting
referral. A clinician (who writes no risk assessment) may not call it at all.
"""

from __future__ import annotations

import json
import secrets
from datetime import date, timedelta
from typing import Any

import psycopg
import pytest
from psycopg import errors
from psycopg.conninfo import conninfo_to_dict

from onestop.db import server
from onestop.domain.roles import Role
from tests.server.conftest import StaffLogin, insert_row

REFER = "SELECT onestop_refer_to_conference(%s, %s, NULL, %s)"
DAY = date(2026, 11, 30)  # AT's day in UTC; in the centre's zone it may be the next or last
AT = "2026-11-30T09:15:00.000000Z"


def _username(conninfo: str) -> str:
    return str(conninfo_to_dict(conninfo)["user"]).removeprefix(server.LOGIN_PREFIX)


def _case(superuser: psycopg.Connection[Any]) -> int:
    reference = f"REF-{secrets.token_hex(4)}"
    insert_row(superuser, "cases", {"reference": reference, "status": "open"})
    row = superuser.execute("SELECT id FROM cases WHERE reference = %s", (reference,)).fetchone()
    assert row is not None
    return int(row[0])


def _assess(conn: psycopg.Connection[Any], case: int, by: str, level: str, final: str) -> None:
    insert_row(
        conn,
        "risk_assessments",
        {
            "case_id": case,
            "level": level,
            "final_level": final,
            "assessed_at": AT,
            "assessed_by": by,
            "key_version": None,
        },
    )


def _referrals(superuser: psycopg.Connection[Any], case: int) -> list[tuple[Any, ...]]:
    return superuser.execute(
        "SELECT criteria, referred_at, referred_by, referring_agency, referred_on, heard_at, "
        "version FROM conference_referrals WHERE case_id = %s ORDER BY id",
        (case,),
    ).fetchall()


def test_her_assessment_refers_its_case_and_nothing_else(
    superuser: psycopg.Connection[Any], staff_login: StaffLogin
) -> None:
    login = staff_login(Role.COUNSELLOR)
    her = _username(login)
    insert_row(superuser, "staff", {"username": her, "role": "counsellor", "active": True})
    case, other_case = _case(superuser), _case(superuser)

    with psycopg.connect(login) as conn:
        with pytest.raises(errors.InsufficientPrivilege):  # her login cannot write referrals
            insert_row(conn, "conference_referrals", {"case_id": case, "heard_at": None})
        conn.rollback()
        with pytest.raises(errors.InsufficientPrivilege, match="no risk assessment"):
            conn.execute(REFER, (case, ["escalation"], DAY))
        conn.rollback()
        # An assessment in another's name is not hers.
        _assess(conn, case, "someone-else", "high", "high")
        with pytest.raises(errors.InsufficientPrivilege, match="no risk assessment"):
            conn.execute(REFER, (case, ["high_risk"], DAY))
        conn.rollback()
        _assess(conn, case, her, "standard", "standard")
        with pytest.raises(errors.InsufficientPrivilege, match="no risk assessment"):
            conn.execute(REFER, (other_case, ["escalation"], DAY))  # not the case she assessed
        conn.rollback()
        for criteria, error in (
            ([], errors.InvalidParameterValue),
            (["escalation", "because I say so"], errors.InvalidParameterValue),
            (["high_risk"], errors.CheckViolation),  # a standard-level assessment
            (["professional_judgement"], errors.CheckViolation),  # no judgement raised it
        ):
            _assess(conn, case, her, "standard", "standard")
            with pytest.raises(error):
                conn.execute(REFER, (case, criteria, DAY))
            conn.rollback()
        _assess(conn, case, her, "medium", "high")  # her judgement raised it to high
        with pytest.raises(errors.InvalidParameterValue, match="key version"):
            conn.execute(
                "SELECT onestop_refer_to_conference(%s, %s, 99, %s)", (case, ["escalation"], DAY)
            )
        conn.rollback()
        # The day must be one the assessment's moment has in some zone (UTC-12 to UTC+14):
        # 09:15 UTC is 21:15 the day before at UTC-12, 23:15 the same day at UTC+14.
        for day in (None, DAY - timedelta(days=2), DAY + timedelta(days=1)):
            _assess(conn, case, her, "medium", "high")
            with pytest.raises(errors.InvalidParameterValue, match="not a day"):
                conn.execute(REFER, (case, ["professional_judgement"], day))
            conn.rollback()
        _assess(conn, case, her, "medium", "high")
        first = conn.execute(REFER, (case, ["professional_judgement"], DAY)).fetchone()
        conn.commit()
    assert first is not None
    assert _referrals(superuser, case) == [
        (
            '["professional_judgement"]',
            AT,
            her,
            "",
            date(2026, 11, 30),
            None,
            1,
        )
    ]
    assert _referrals(superuser, other_case) == []

    with psycopg.connect(login) as conn:
        # Her assessment is committed: a later transaction cannot lean on it.
        with pytest.raises(errors.InsufficientPrivilege, match="no risk assessment"):
            conn.execute(REFER, (case, ["repeat"], DAY))
        conn.rollback()
        # A waiting referral gains only what it lacks; nothing else of it changes.
        _assess(conn, case, her, "medium", "high")
        again = conn.execute(
            REFER, (case, ["professional_judgement", "escalation"], DAY)
        ).fetchone()
        conn.commit()
    assert again == first
    [(criteria, *rest)] = _referrals(superuser, case)
    assert json.loads(criteria) == ["professional_judgement", "escalation"]
    assert tuple(rest) == (AT, her, "", date(2026, 11, 30), None, 1)

    # A meeting hears it: a heard referral is never touched, a new one is made.
    insert_row(superuser, "conferences", {"status": "held", "held_on": date(2026, 12, 1)})
    (meeting,) = superuser.execute("SELECT max(id) FROM conferences").fetchone() or (None,)
    superuser.execute("UPDATE conference_referrals SET heard_at = %s", (meeting,))
    with psycopg.connect(login) as conn:
        _assess(conn, case, her, "high", "high")
        new = conn.execute(REFER, (case, ["high_risk", "escalation"], DAY - timedelta(days=1)))
        new = new.fetchone()
        conn.commit()
    assert new != first
    found = _referrals(superuser, case)
    assert [(json.loads(c), heard) for c, _, _, _, _, heard, _ in found] == [
        (["professional_judgement", "escalation"], meeting),
        (["high_risk", "escalation"], None),
    ]


@pytest.mark.parametrize("role", [Role.CLINICIAN, Role.CASEWORKER, Role.MANAGER, Role.ADMIN])
def test_only_the_groups_that_need_it_may_call_it(
    superuser: psycopg.Connection[Any], staff_login: StaffLogin, role: Role
) -> None:
    """A clinician writes no risk assessment; a caseworker and the manager write referrals
    directly; the admin reads no survivor section."""
    assert server.conference_referrers() == [Role.COUNSELLOR]
    case = _case(superuser)
    refused = pytest.raises(errors.InsufficientPrivilege, match="permission denied for function")
    with psycopg.connect(staff_login(role)) as conn, refused:
        conn.execute(REFER, (case, ["escalation"], DAY))
