"""The sharings without her consent append-only in a local vault.

Migration 0059 made ``sharings_without_consent`` a ledger: the export appends a row for each
case shared without her consent, and "she has now been told" appends a row that follows it;
no row is changed. On a centre's server the staff's roles may only INSERT into it (db.server
``LEDGERS``), but a local vault had nothing to hold it so: whoever holds the vault key (the
admin, the recovery key) could rewrite "not told" as "told", or remove a sharing. Triggers now
refuse every UPDATE, and every DELETE while the row's case is there: a purge (services
.retention), which removes the whole case, takes its sharings with it, as it takes the
consent ledger's entries (db.consent). The rows are written sealed by their INSERT
(services.sealedcolumns.IDS_FIRST), so no sealing update has to be let through.

On PostgreSQL nothing is done: the server's schema is made from the models and its grants
(db.server), which already let the staff's roles only add to this table.

Revision ID: 0060
Revises: 0059
Create Date: 2026-12-05
"""

from alembic import op

from onestop.db.sharings import SHARINGS_APPEND_ONLY_TRIGGERS

revision = "0060"
down_revision = "0059"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # the server's grants already enforce it (db.server.LEDGERS)
    for trigger in SHARINGS_APPEND_ONLY_TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
