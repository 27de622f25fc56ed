"""Alembic environment: always run in-process on the vault's own open connection."""

from alembic import context

from onestop.db.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
