"""Consent sealed: the agency's and the guardian's names of a consent decision, under the
consent key.

The ledger is append-only, so a new entry is written sealed by its INSERT: its id is chosen
first (services.sealedcolumns.IDS_FIRST). The purpose, the directory's agency id,
the decision, who gave it and the times stay coded: the services decide on them and the
statistics count them. A migration runs before anyone's section keys are open, so the names
already there stay as they are (``key_version`` NULL) until the first sign-in of someone who
holds the consent key seals them (services.sectionkeys.seal_older_text): the update trigger
now lets exactly that update through, once per entry (``key_version`` from NULL to a version,
every coded column unchanged), and refuses every other.

Revision ID: 0045
Revises: 0044
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0045"
down_revision = "0044"
branch_labels = None
depends_on = None

_CODED = (
    "id",
    "case_id",
    "purpose",
    "agency_id",
    "decision",
    "given_by",
    "decided_at",
    "recorded_at",
    "recorded_by",
)

NO_UPDATE_BUT_SEALING = f"""
    CREATE TRIGGER consent_entries_no_update BEFORE UPDATE ON consent_entries
    WHEN NOT (
        OLD.key_version IS NULL AND NEW.key_version IS NOT NULL
        AND {" AND ".join(f"NEW.{c} IS OLD.{c}" for c in _CODED)}
    )
    BEGIN SELECT RAISE(ABORT, 'the consent ledger is append-only'); END
    """


def upgrade() -> None:
    op.add_column("consent_entries", sa.Column("key_version", sa.Integer(), nullable=True))
    op.execute("DROP TRIGGER consent_entries_no_update")
    op.execute(NO_UPDATE_BUT_SEALING)


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
