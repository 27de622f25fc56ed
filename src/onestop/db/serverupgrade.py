"""An existing centre's server database brought to this release (``admin upgrade --server``).

``create_schema`` makes a new centre's database; a database made by an earlier release is
brought to the same result here, in the caller's transaction (all or nothing), as a superuser:

1. ``server.prepare_database``: the roles (a new OneStop role's group too) and the database's
   and schema's privileges, as ``create_schema`` makes them;
2. the structure the models have and the database lacks (``add_missing_structure``): tables,
   columns, named constraints and indexes, each added, never changed or dropped; a sealed
   column is made ``text``. The server records its schema's version as a vault does, in
   Alembic's ``alembic_version`` (``create_schema`` stamps the head); the upgrade stamps this
   release's head once the structure is there. The structure is read from the models rather
   than replayed from the migrations, which are written for SQLite (triggers of its own, FTS5):
   a migration adds what the models then declare, and every column added since the server
   exists has a default for the rows already there. A new column that is ``NOT NULL`` without
   a default, on a table that holds rows, is refused (``StructureRefused``): such a migration
   needs a step of its own here first;
3. every function, trigger, policy and grant (``server.INSTALLERS``, the list
   ``create_schema`` runs): those there are dropped first (``clear_objects``: every
   ``onestop_*`` function, with its triggers; every policy; every privilege of OneStop's roles
   on the tables and sequences), so a function whose signature changed, a policy or a grant an
   earlier release made and this one does not, leaves nothing behind, and the installers run
   as on a new database;
4. the data a new object derives: each case's dose counts, rebuilt when their triggers were
   not there before.

``catalogue`` reads what the database holds of all this (pg_catalog: functions with their
``SECURITY DEFINER`` and ACLs, triggers, policies, tables, columns, constraints, indexes,
privileges); ``differences`` of the catalogue before and after says what the upgrade did, in
object names only. tests/server/test_server_upgrade.py compares the catalogue of a database
an earlier release made and this one upgraded with a new database's: they must be equal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import Connection, Table, inspect, text
from sqlalchemy.schema import AddConstraint, CreateColumn

from onestop.db import models, server
from onestop.db.migrate import head_revision
from onestop.domain.roles import Role

Catalogue = dict[str, dict[str, str]]
"""What the database holds, by kind of object, then by the object's name: its definition."""

# The kinds of object in a catalogue, in the order a report names them.
KINDS = (
    "table",
    "sequence",
    "column",
    "constraint",
    "index",
    "function",
    "trigger",
    "policy",
    "privileges",
    "column privileges",
    "schema version",
)


class StructureRefused(Exception):
    """The database lacks a column the upgrade cannot add: ``NOT NULL`` without a default, on a
    table that holds rows. ``column`` is ``table.column`` (a name, never content)."""

    def __init__(self, column: str) -> None:
        super().__init__(f"a new column without a default for the rows there: {column}")
        self.column = column


# The ACL of an object, as a sorted list of "grantee=privilege by grantor", PUBLIC for 0, the
# default ACL where none was set (so "never granted" and "granted the defaults" are equal).
_ACL = """
  (SELECT coalesce(string_agg(x, ' ' ORDER BY x), '')
   FROM (SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END
                || '=' || a.privilege_type || CASE WHEN a.is_grantable THEN '*' ELSE '' END
                || '/' || pg_get_userbyid(a.grantor) AS x
         FROM aclexplode(coalesce({acl}, acldefault({kind}, {owner}))) a) q)
"""

_QUERIES: Mapping[str, str] = {
    "table": """
      SELECT c.relname, c.relkind::text || ' owner=' || pg_get_userbyid(c.relowner)
             || ' rls=' || c.relrowsecurity || ' forced=' || c.relforcerowsecurity
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v')
    """,
    "sequence": """
      SELECT c.relname, 'owner=' || pg_get_userbyid(c.relowner)
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'S'
    """,
    "column": """
      SELECT c.relname || '.' || a.attname,
             format_type(a.atttypid, a.atttypmod) || ' notnull=' || a.attnotnull
             || ' default=' || coalesce(pg_get_expr(d.adbin, d.adrelid), '')
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
    """,
    "constraint": """
      SELECT c.relname || '.' || k.conname, k.contype::text || ' ' || pg_get_constraintdef(k.oid)
      FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public'
    """,
    "index": """
      SELECT tablename || '.' || indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
    """,
    "function": """
      SELECT p.oid::regprocedure::text,
             'owner=' || pg_get_userbyid(p.proowner) || ' security_definer=' || p.prosecdef
             || ' acl=' || """
    + _ACL.format(acl="p.proacl", kind="'f'", owner="p.proowner")
    + """ || E'\\n' || pg_get_functiondef(p.oid)
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public'
    """,
    "trigger": """
      SELECT c.relname || '.' || t.tgname, t.tgenabled::text || ' ' || pg_get_triggerdef(t.oid)
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND NOT t.tgisinternal
    """,
    "policy": """
      SELECT tablename || '.' || policyname,
             permissive || ' ' || cmd || ' to ' || array_to_string(roles, ',')
             || ' using ' || coalesce(qual, '') || ' check ' || coalesce(with_check, '')
      FROM pg_policies WHERE schemaname = 'public'
    """,
    "privileges": """
      SELECT c.relname, """
    + _ACL.format(
        acl="c.relacl",
        kind="CAST(CASE c.relkind WHEN 'S' THEN 's' ELSE 'r' END AS \"char\")",
        owner="c.relowner",
    )
    + """
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'S')
      UNION ALL
      SELECT 'schema public', """
    + _ACL.format(acl="n.nspacl", kind="'n'", owner="n.nspowner")
    + """
      FROM pg_namespace n WHERE n.nspname = 'public'
      UNION ALL
      SELECT 'database', """
    + _ACL.format(acl="d.datacl", kind="'d'", owner="d.datdba")
    + """
      FROM pg_database d WHERE d.datname = current_database()
    """,
    "column privileges": """
      SELECT c.relname || '.' || a.attname, """
    + _ACL.format(acl="a.attacl", kind="'c'", owner="c.relowner")
    + """
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped
        AND a.attacl IS NOT NULL
    """,
}


def catalogue(conn: Connection) -> Catalogue:
    """What the connected database holds of OneStop's schema, read from pg_catalog."""
    found: Catalogue = {}
    for kind, query in _QUERIES.items():
        rows = conn.exec_driver_sql(query.replace("%", "%%")).all()
        found[kind] = {str(name): str(definition) for name, definition in rows}
    found["schema version"] = {"alembic_version": schema_version(conn) or ""}
    return found


def schema_version(conn: Connection) -> str | None:
    """The revision the server's schema is stamped with, or None without ``alembic_version``."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    value = conn.scalar(text("SELECT version_num FROM alembic_version"))
    return None if value is None else str(value)


@dataclass(frozen=True)
class Difference:
    """What changed of one kind of object: names only."""

    kind: str
    added: tuple[str, ...]
    changed: tuple[str, ...]
    removed: tuple[str, ...]


def differences(before: Catalogue, after: Catalogue) -> list[Difference]:
    """Each kind of object whose catalogue differs, with the names added, changed, removed."""
    found = []
    for kind in KINDS:
        old, new = before.get(kind, {}), after.get(kind, {})
        added = tuple(sorted(set(new) - set(old)))
        removed = tuple(sorted(set(old) - set(new)))
        changed = tuple(sorted(n for n in set(old) & set(new) if old[n] != new[n]))
        if added or removed or changed:
            found.append(Difference(kind, added, changed, removed))
    return found


def _tables() -> list[Table]:
    """Every table of the server's schema, each after those its foreign keys name."""
    return [*models.Base.metadata.sorted_tables, *server.SERVER_METADATA.sorted_tables]


def add_missing_structure(conn: Connection) -> None:
    """The models' tables, columns, named constraints and indexes the database lacks, added
    as the tables' owner; sealed columns made ``text`` (``server.sealed_columns``)."""
    inspector = inspect(conn)
    present = set(inspector.get_table_names())
    server._run(conn, f"SET LOCAL ROLE {server.OWNER}")
    for table in _tables():
        if table.name in present:
            _complete(conn, table)
        else:
            table.create(conn)
    for table_name, column_name in server.sealed_columns():
        kind = conn.scalar(
            text(
                "SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                "WHERE attrelid = CAST(:t AS regclass) AND attname = :c"
            ),
            {"t": table_name, "c": column_name},
        )
        if kind != "text":
            server._run(conn, f"ALTER TABLE {table_name} ALTER COLUMN {column_name} TYPE text")
    server._run(conn, "RESET ROLE")


def _complete(conn: Connection, table: Table) -> None:
    """One existing table's missing columns, named constraints and indexes."""
    inspector = inspect(conn)
    columns = {c["name"] for c in inspector.get_columns(table.name)}
    for column in table.columns:
        if column.name in columns:
            continue
        required = not column.nullable and column.server_default is None
        if required and conn.scalar(text(f"SELECT EXISTS (SELECT 1 FROM {table.name})")):
            raise StructureRefused(f"{table.name}.{column.name}")
        spec = CreateColumn(column).compile(dialect=conn.dialect)
        server._run(conn, f"ALTER TABLE {table.name} ADD COLUMN {spec}")
    constraints = set(
        conn.scalars(
            text("SELECT conname FROM pg_constraint WHERE conrelid = CAST(:t AS regclass)"),
            {"t": table.name},
        )
    )
    for constraint in sorted(table.constraints, key=lambda c: str(c.name)):
        if constraint is not table.primary_key and str(constraint.name) not in constraints:
            conn.execute(AddConstraint(constraint))
    indexes = {i["name"] for i in inspector.get_indexes(table.name)}
    for index in sorted(table.indexes, key=lambda i: str(i.name)):
        if index.name not in indexes:
            index.create(conn)


def clear_objects(conn: Connection) -> None:
    """Drop what ``server.INSTALLERS`` make, as they are in the database: every ``onestop_*``
    function of the schema (whoever owns it) with the triggers that call it, every row policy
    and row-level security flag, and every privilege OneStop's roles and PUBLIC hold on the
    tables and sequences (column privileges go with them)."""
    functions = conn.scalars(
        text(
            "SELECT p.oid::regprocedure::text FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public' AND p.proname LIKE 'onestop\\_%' ORDER BY 1"
        )
    ).all()
    for signature in functions:
        server._run(conn, f"DROP FUNCTION IF EXISTS {signature} CASCADE")
    policies = conn.execute(
        text("SELECT policyname, tablename FROM pg_policies WHERE schemaname = 'public'")
    ).all()
    for policy, table in policies:
        server._run(conn, f'DROP POLICY "{policy}" ON "{table}"')
    secured = conn.scalars(
        text(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity"
        )
    ).all()
    for table in secured:
        server._run(conn, f'ALTER TABLE "{table}" NO FORCE ROW LEVEL SECURITY')
        server._run(conn, f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
    roles = ", ".join(["PUBLIC", server.SIGNIN, *(server.group_role(r) for r in Role)])
    server._run(conn, f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {roles}")
    server._run(conn, f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {roles}")


@dataclass(frozen=True)
class Upgrade:
    """What an upgrade did: the schema's version before and after, and what changed."""

    before: str
    after: str
    changes: tuple[Difference, ...]
    doses_rebuilt: bool

    @property
    def changed(self) -> bool:
        return bool(self.changes) or self.doses_rebuilt

    def summary(self) -> list[tuple[str, str, tuple[str, ...]]]:
        """(kind, "added" | "changed" | "removed", names) of what changed, without what came
        with a new table (its columns, constraints, indexes, sequences and privileges)."""
        new = {name for d in self.changes if d.kind in ("table", "sequence") for name in d.added}
        found = []
        for d in self.changes:
            if d.kind in ("sequence", "schema version"):
                continue
            for verb, names in (("added", d.added), ("changed", d.changed), ("removed", d.removed)):
                kept = tuple(
                    n
                    for n in names
                    if d.kind == "table" or (n not in new and n.split(".")[0] not in new)
                )
                if kept:
                    found.append((d.kind, verb, kept))
        return found


def upgrade_schema(conn: Connection) -> Upgrade:
    """Bring the connected OneStop database (its version known to this release: the caller
    checks) to this release, in the caller's transaction, as a superuser."""
    before = catalogue(conn)
    version = schema_version(conn) or ""
    had_doses = "treatments.treatments_doses" in before["trigger"]
    server.prepare_database(conn)
    add_missing_structure(conn)
    clear_objects(conn)
    server.install_objects(conn)
    if not had_doses:
        server.rebuild_dose_summaries(conn)
    head = head_revision()
    if version != head:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": head})
    after = catalogue(conn)
    return Upgrade(version, head, tuple(differences(before, after)), not had_doses)
