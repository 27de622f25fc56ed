"""The search index's snapshot, sealed under the identity key (db.caseindex).

And an index on ``cases.version``: a sign-in reads every case's id and version from it (a
covering index, a fifth of the table's pages) to find the cases changed since the snapshot.

The same statement on SQLite and PostgreSQL (no trigger, no SQLite-only type). The table starts
empty: the first sign-in of a holder of the identity key writes it.

Revision ID: 0051
Revises: 0048
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from onestop.db.base import UtcDateTime

revision = "0051"
down_revision = "0048"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_index_snapshots",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("key_version", sa.Integer(), nullable=False),
        sa.Column("entries", sa.Text(), nullable=False),
        sa.Column("written_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_cases_version", "cases", ["version"])


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
