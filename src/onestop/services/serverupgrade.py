"""``admin upgrade --server``: a centre's server database made by an earlier release, brought
to this one (db/serverupgrade.py), in one transaction, as the server's superuser.

Refused, with nothing changed: a server that cannot be reached (``ServerUnavailable``); an
account that is not the server's superuser, said plainly when it is a member of staff's own
login or the workstations' pre-sign-in login (``NotSuperuser``); a database that is not a
OneStop centre's (``NotOneStop``); one whose schema a newer release made (``TooNew``); one
made before key grants were signed that holds grants (``UnsignedGrants``: no signed entry on a
server can commit to them, and its staff would hold no key); tables a workstation keeps busy
past ``LOCK_TIMEOUT``, or holds while it waits for the write lock (``TablesBusy``). An upgrade
that would change nothing is rolled back, so running it twice changes nothing the second time.

No audit entry is written: every entry of the trail is signed with a member of staff's key
(docs/SECURITY.md, "The audit trail") and the server's superuser holds none; an entry marked
unverified is only ever a failed sign-in or a sign-out. The schema's version
(``alembic_version``) records the upgrade, and ``admin verify --server`` checks it.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, func, inspect, select, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from onestop import logs
from onestop.db import migrate, server, serverupgrade
from onestop.db.sectionkeys import SectionKeyGrant
from onestop.db.serverupgrade import StructureRefused, Upgrade
from onestop.domain.roles import Role
from onestop.services.grantsigs import SIGNED_FROM
from onestop.services.servermove import ServerUnavailable, failure_words

__all__ = [
    "NotOneStop",
    "NotSuperuser",
    "ServerUnavailable",
    "StructureRefused",
    "TablesBusy",
    "TooNew",
    "UnsignedGrants",
    "Upgrade",
    "upgrade",
]

# How long the upgrade waits for a table a workstation's open transaction holds.
LOCK_TIMEOUT = "30s"

# The tables only a OneStop centre's database has, besides its schema's version.
ONESTOP_TABLES = ("alembic_version", "audit_log", "key_slots", "staff")


class NotSuperuser(Exception):
    """The account in --server is not the server's superuser. ``login`` says what it is:
    "staff" (a member of staff's own login), "signin" (the workstations' pre-sign-in login)
    or "other"."""

    def __init__(self, login: str) -> None:
        super().__init__("the account may not upgrade the server's schema")
        self.login = login


class NotOneStop(Exception):
    """The database holds no OneStop centre's schema."""


class TooNew(Exception):
    """The database's schema was made by a newer release: ``version`` is its revision."""

    def __init__(self, version: str) -> None:
        super().__init__("the server's schema is newer than this release")
        self.version = version


class UnsignedGrants(Exception):
    """The database's schema is older than signed key grants (migration 0046) and it holds
    grants: each is unsigned, and on a server nothing signed commits to them (a vault's
    sign-in does, services/grantsigs.py), so every member of staff would sign in holding no
    key. ``version`` is its revision, ``grants`` how many it holds."""

    def __init__(self, version: str, grants: int) -> None:
        super().__init__("the server's key grants are unsigned")
        self.version, self.grants = version, grants


class TablesBusy(Exception):
    """A workstation's open transaction held a table longer than ``LOCK_TIMEOUT``."""


class _Unchanged(Exception):
    def __init__(self, result: Upgrade) -> None:
        super().__init__("nothing to upgrade")
        self.result = result


def upgrade(engine: Engine) -> Upgrade:
    """Upgrade the database ``engine`` names, or raise one of the refusals above."""
    try:
        with engine.begin() as conn:
            check(conn)
            server.write_lock(conn)  # no write unit of work of a workstation interleaves
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")
            result = serverupgrade.upgrade_schema(conn)
            if not result.changed:
                raise _Unchanged(result)  # rolled back: not even an object's id changes
    except _Unchanged as unchanged:
        return unchanged.result
    except DBAPIError as exc:
        # lock_not_available; or deadlock_detected: a workstation's read, which takes the
        # write lock only at its audit entry (db/writelock.py), held a table the upgrade
        # waited for while it waited for the upgrade's write lock, and PostgreSQL broke the
        # cycle by ending the upgrade.
        if getattr(exc.orig, "sqlstate", None) in ("55P03", "40P01"):
            raise TablesBusy from None
        raise ServerUnavailable(_words(exc)) from None
    except SQLAlchemyError as exc:
        raise ServerUnavailable(_words(exc)) from None
    finally:
        engine.dispose()
    logs.log.info("server schema upgraded from %s to %s", result.before, result.after)
    return result


def check(conn: Connection) -> None:
    """Refuse, before anything is changed, what ``upgrade`` refuses."""
    row = conn.execute(
        text(
            "SELECT r.rolsuper, "
            "EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "        WHERE m.member = r.oid AND g.rolname = :signin), "
            "EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "        WHERE m.member = r.oid AND g.rolname = ANY (:groups)) "
            "FROM pg_roles r WHERE r.rolname = current_user"
        ),
        {"signin": server.SIGNIN, "groups": [server.group_role(r) for r in Role]},
    ).one()
    superuser, signin, staff = (bool(v) for v in row)
    if not superuser:
        raise NotSuperuser("staff" if staff else "signin" if signin else "other")
    inspector = inspect(conn)
    if not all(inspector.has_table(name) for name in ONESTOP_TABLES):
        raise NotOneStop
    version = serverupgrade.schema_version(conn)
    if version is None:
        raise NotOneStop
    if not migrate.is_known(version):
        raise TooNew(version)
    if version < SIGNED_FROM and inspector.has_table(SectionKeyGrant.__tablename__):
        grants = int(conn.scalar(select(func.count()).select_from(SectionKeyGrant)) or 0)
        if grants:
            raise UnsignedGrants(version, grants)


def _words(exc: SQLAlchemyError) -> str:
    said = failure_words(exc)
    if said == "the server refused the copy":
        return "the server refused a statement of the upgrade (PostgreSQL's log says which)"
    return said
