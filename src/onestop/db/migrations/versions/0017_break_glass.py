"""Break-glass accesses, kept for the manager's review.

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

from onestop.db.base import UtcDateTime

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "break_glass",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(32), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("opened_at", UtcDateTime(), nullable=False),
        sa.Column("expires_at", UtcDateTime(), nullable=False),
        sa.Column("reviewed_by", sa.String(32), nullable=True),
        sa.Column("reviewed_at", UtcDateTime(), nullable=True),
        sa.Column("review_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["username"], ["staff.username"], name="fk_break_glass_username_staff"
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_break_glass_case_id_cases", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_break_glass"),
    )
    op.create_index("ix_break_glass_username", "break_glass", ["username"])
    op.create_index("ix_break_glass_case_id", "break_glass", ["case_id"])
    op.create_index("ix_break_glass_reviewed_at", "break_glass", ["reviewed_at", "opened_at"])


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
