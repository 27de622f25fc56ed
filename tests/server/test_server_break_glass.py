"""Break-glass on the server: the key for that one read comes after the audit entry, even to a
modified client (db/server.py ``GLASS_FUNCTIONS``, services/glasskeys.py).

The attack: a clinician, with her own database login (psycopg, TLS), no services in between,
tries to take the break-glass grant sealed to her before any access of hers is recorded and
audited: by a plain SELECT, by switching row security off, by recording an access herself,
and through the release function before the audit entry exists, after her access expired,
and for a colleague's grant. The server refuses each; it hands the grant out once the access
is open and its audit entry is in the trail, and then only hers.
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any

import psycopg
import pytest
from psycopg import errors
from psycopg.conninfo import conninfo_to_dict

from onestop.db import server
from onestop.db.base import utcnow
from onestop.domain.audit import UTC_FORMAT, AuditAction
from onestop.domain.roles import Role, Section
from tests.server.conftest import StaffLogin, insert_row

LEGAL = Section.LEGAL.value
PUBLIC = "ab" * 32
SEALED = "sealed-grant-for-her-break-glass"


def _username(conninfo: str) -> str:
    return str(conninfo_to_dict(conninfo)["user"]).removeprefix(server.LOGIN_PREFIX)


def _staff(superuser: psycopg.Connection[Any], username: str, role: Role) -> None:
    insert_row(superuser, "staff", {"username": username, "role": role.value, "active": True})


def _grant(superuser: psycopg.Connection[Any], slot_id: str, sealed: str) -> None:
    insert_row(
        superuser,
        "section_key_grants",
        {
            "section": LEGAL,
            "version": 1,
            "slot_id": slot_id,
            "public_key": PUBLIC,
            "sealed": sealed,
            "granted_by": "someone",
        },
    )


def _access(superuser: psycopg.Connection[Any], username: str, expires_in: timedelta) -> int:
    """An access as services/breakglass.py records it (the superuser stands in for the app)."""
    reference = f"REF-{secrets.token_hex(4)}"
    insert_row(superuser, "cases", {"reference": reference, "status": "open"})
    (case_id,) = superuser.execute(
        "SELECT id FROM cases WHERE reference = %s", (reference,)
    ).fetchone()
    now = utcnow()
    insert_row(
        superuser,
        "break_glass",
        {
            "username": username,
            "case_id": case_id,
            "section": LEGAL,
            "opened_at": now.strftime(UTC_FORMAT),
            "expires_at": (now + expires_in).strftime(UTC_FORMAT),
        },
    )
    (access_id,) = superuser.execute(
        "SELECT max(id) FROM break_glass WHERE username = %s", (username,)
    ).fetchone()
    return int(access_id)


def _audit(superuser: psycopg.Connection[Any], username: str, access_id: int) -> None:
    (seq,) = superuser.execute("SELECT coalesce(max(seq), 0) + 1 FROM audit_log").fetchone()
    insert_row(
        superuser,
        "audit_log",
        {
            "seq": seq,
            "actor": username,
            "action": AuditAction.BREAK_GLASS.value,
            "section": LEGAL,
            "detail": f"access {access_id} for 30 minutes",
        },
    )


def _released(conn: psycopg.Connection[Any], section: str = LEGAL) -> list[tuple[str, str]]:
    return [
        (str(slot), str(sealed))
        for slot, sealed in conn.execute(
            "SELECT slot_id, sealed FROM onestop_glass_grants(%s)", (section,)
        ).fetchall()
    ]


def test_her_break_glass_grant_comes_only_after_the_access_and_its_audit_entry(
    superuser: psycopg.Connection[Any], staff_login: StaffLogin
) -> None:
    mine = staff_login(Role.CLINICIAN)
    theirs = staff_login(Role.CASEWORKER)
    me, colleague = _username(mine), _username(theirs)
    _staff(superuser, me, Role.CLINICIAN)
    _staff(superuser, colleague, Role.CASEWORKER)
    _grant(superuser, f"glass:user:{me}", SEALED)
    _grant(superuser, f"user:{me}", "her-own-legal-grant")
    _grant(superuser, f"glass:user:{colleague}", "the-colleagues-break-glass-grant")

    with psycopg.connect(mine, autocommit=True) as conn:
        # A plain SELECT: the server leaves her own break-glass grant out.
        rows = conn.execute("SELECT slot_id, sealed FROM section_key_grants").fetchall()
        assert (f"glass:user:{me}", SEALED) not in rows
        assert (f"user:{me}", "her-own-legal-grant") in rows  # her ordinary grants stay
        assert not conn.execute(
            "SELECT 1 FROM section_key_grants WHERE slot_id LIKE 'glass:user:' || %s", (me,)
        ).fetchall()
        # As her OneStop role's group: still hers, still left out.
        conn.execute(f"SET ROLE {server.group_role(Role.CLINICIAN)}")
        rows = conn.execute("SELECT slot_id, sealed FROM section_key_grants").fetchall()
        assert (f"glass:user:{me}", SEALED) not in rows
        conn.execute("RESET ROLE")
        # Row security switched off: refused, not bypassed.
        conn.execute("SET row_security = off")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT sealed FROM section_key_grants").fetchall()
        conn.execute("SET row_security = on")
        # Recording an access herself: the break-glass log is not hers to write.
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO break_glass (username, case_id, section, reason, opened_at, "
                "expires_at, review_note) VALUES (%s, 1, 'legal', '', '', '', '')",
                (me,),
            )
        # The release function, no access yet: nothing.
        assert _released(conn) == []
        # Only whether a grant waits for her key pair, never the grant.
        assert conn.execute(
            "SELECT onestop_glass_grant_waiting(%s, %s)", (LEGAL, PUBLIC)
        ).fetchone() == (True,)
        assert conn.execute(
            "SELECT onestop_glass_grant_waiting(%s, %s)", (Section.SHELTER.value, PUBLIC)
        ).fetchone() == (False,)

    expired = _access(superuser, me, timedelta(minutes=-1))
    _audit(superuser, me, expired)
    opened = _access(superuser, me, timedelta(minutes=30))  # recorded, not yet audited
    with psycopg.connect(mine, autocommit=True) as conn:
        assert _released(conn) == []  # an expired access, and one without its entry

    _audit(superuser, me, opened)
    with psycopg.connect(mine, autocommit=True) as conn:
        assert _released(conn) == [(f"glass:user:{me}", SEALED)]
        assert _released(conn, Section.SHELTER.value) == []  # that section only
    with psycopg.connect(theirs, autocommit=True) as conn:
        # Her access opens nothing for a colleague: the function answers for its caller.
        assert _released(conn) == []
