"""A draft need not belong to a file: an intake not yet registered is kept too.

The quick hide and the lock keep what was typed in an open dialog as its author's private
draft; the intake of a walk-in has no file yet, so its draft has no case.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("drafts") as batch:
        batch.alter_column("case_id", existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
