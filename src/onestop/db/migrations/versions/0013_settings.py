"""The centre's settings in the vault: its name (printed on every document), the idle lock.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

from onestop.db.base import UtcDateTime

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_settings"),
    )


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
