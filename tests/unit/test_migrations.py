"""Schema migrations: an older vault is backed up and upgraded; a newer one is refused."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest

from onestop.db import migrate
from onestop.domain.audit import AuditAction
from onestop.errors import VaultTooNew
from onestop.services.audit import AuditService
from onestop.services.auth import sign_in
from onestop.services.maintenance import MaintenanceService
from onestop.vault.backup import open_archive
from tests.helpers import raw_connection, sha256_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE_ADMIN = "fixture-admin"
FIXTURE_PASSWORD = "fixture vault opens with this phrase 2026"


@pytest.mark.parametrize("schema", ["0001"])
def test_an_older_vault_is_backed_up_then_upgraded(tmp_path, schema: str) -> None:
    path = tmp_path / "old"
    shutil.copytree(FIXTURES / f"vault-schema-{schema}", path)
    assert not list((path / "backups").glob("*"))
    with sign_in(path, FIXTURE_ADMIN, FIXTURE_PASSWORD) as admin:
        assert migrate.current_revision(admin.engine) == migrate.head_revision()
        assert MaintenanceService(admin).verify().ok
        trail = AuditService(admin).entries(action=AuditAction.VAULT_MIGRATED.value)
        assert [e.detail for e in trail] == [f"{schema} -> {migrate.head_revision()}"]
    (backup,) = (path / "backups").glob(f"onestop-pre-migration-{schema}-*")
    archive = open_archive(backup, tmp_path)
    try:
        assert archive.info.schema == schema
    finally:
        archive.discard()
    # A second sign-in has nothing to migrate and makes no further backup.
    with sign_in(path, FIXTURE_ADMIN, FIXTURE_PASSWORD):
        pass
    assert len(list((path / "backups").glob("*"))) == 1


def test_a_vault_from_a_newer_version_is_refused_and_left_alone(vault, admin) -> None:
    key = admin.key
    admin.close()
    conn = raw_connection(vault.path / "vault.db", key)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = sha256_file(vault.path / "vault.db")
    with pytest.raises(VaultTooNew, match="newer version of OneStop"):
        vault.sign_in()
    assert sha256_file(vault.path / "vault.db") == before
    assert not list((vault.path / "backups").glob("*"))


def test_every_migration_is_numbered_and_linear() -> None:
    from alembic.script import ScriptDirectory

    from onestop.db.migrate import _config

    script = ScriptDirectory.from_config(_config())
    revisions = list(script.walk_revisions())
    assert len(script.get_heads()) == 1
    assert all(r.revision.isdigit() and len(r.revision) == 4 for r in revisions)


def test_the_models_match_the_migrations(admin) -> None:
    """Autogenerate finds nothing to add: the ORM tables and the migrated schema agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from onestop.db.models import Base

    expression_indexes = {"ix_incidents_occurred"}

    def compared(name, type_, parent_names) -> bool:
        # FTS5 virtual tables (and their shadow tables) are made by SQL, not by the models;
        # SQLAlchemy cannot reflect an index on an expression (checked below by its SQL).
        if type_ == "index" and name in expression_indexes:
            return False
        return not (type_ == "table" and name.startswith("case_search"))

    with admin.engine.connect() as conn, warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based")
        warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified expression")
        context = MigrationContext.configure(conn, opts={"include_name": compared})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_the_expression_indexes_of_the_models_are_in_the_vault(admin) -> None:
    """What autogenerate cannot compare: the index SQL the models declare is the one migrated."""
    from sqlalchemy import Column
    from sqlalchemy.schema import CreateIndex

    from onestop.db.models import Base

    with admin.engine.connect() as conn:
        migrated = dict(
            conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index'").all()
        )
        dialect = conn.dialect
    declared = {
        index.name: str(CreateIndex(index).compile(dialect=dialect))
        for table in Base.metadata.tables.values()
        for index in table.indexes
        if not all(isinstance(e, Column) for e in index.expressions)
    }
    assert declared, "no model declares an expression index"
    for name, sql in declared.items():
        squash = lambda s: " ".join(s.replace("(", " ( ").replace(")", " ) ").split()).lower()  # noqa: E731
        assert squash(migrated[name]) == squash(sql)


def test_the_rows_not_sealed_yet_are_found_through_an_index(admin) -> None:
    """A holder's sign-in looks for rows not sealed yet in every sealed table: each look goes
    through the table's partial index (empty once sealed), never a scan of the table."""
    import importlib

    from onestop.db.models import UNSEALED_INDEXED

    migration = importlib.import_module("onestop.db.migrations.versions.0054_unsealed_rows_indexed")
    # Sealed tables made after 0054 index their rows not sealed yet themselves.
    later = importlib.import_module("onestop.db.migrations.versions.0059_sharing_she_was_told")
    assert tuple(sorted((*migration.TABLES, later.TABLE))) == UNSEALED_INDEXED
    with admin.engine.connect() as conn:
        for table in UNSEALED_INDEXED:
            plan = " ".join(
                str(row[-1])
                for row in conn.exec_driver_sql(
                    f"EXPLAIN QUERY PLAN SELECT * FROM {table} WHERE key_version IS NULL"
                )
            )
            assert f"ix_{table}_unsealed" in plan, (table, plan)
