"""The ledger of released statistics: what period each release covered, and every count it
printed and hid, so that a later release overlapping it cannot give away a hidden count by
subtraction (domain.releases).

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

from onestop.db.base import UtcDateTime

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "statistics_releases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(10), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("cells", sa.Text(), nullable=False),
        sa.Column("released_at", UtcDateTime(), nullable=False),
        sa.Column("released_by", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_statistics_releases"),
    )
    op.create_index("ix_statistics_releases_period", "statistics_releases", ["period"])


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
