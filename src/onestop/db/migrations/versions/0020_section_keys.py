"""Section keys: the grants table, and the counselling rows' key version.

The counselling rows already in the vault stay as they are here: a migration runs before anyone's
section keys are open, so it cannot encrypt them. ``key_version`` is NULL for them, and the first
sign-in of a counsellor who holds the counselling key seals them (services.sectionkeys).

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

from onestop.db.base import UtcDateTime

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "section_key_grants",
        sa.Column("section", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("slot_id", sa.String(80), nullable=False),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("sealed", sa.Text(), nullable=False),
        sa.Column("granted_by", sa.String(32), nullable=False),
        sa.Column("granted_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("section", "version", "slot_id", name="pk_section_key_grants"),
    )
    op.add_column("counselling_sessions", sa.Column("key_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
