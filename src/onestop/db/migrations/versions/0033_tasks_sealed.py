"""Tasks sealed: a task's title under the tasks key.

A task's title ("Call her sister about the children") is sealed under the tasks key from now
on (services.sealedcolumns). A migration runs before anyone's section keys are open, so the
titles already there stay as they are (``key_version`` NULL) until the first sign-in of
someone who holds the tasks key seals them, with their history and the tasks drafts
(services.sectionkeys.seal_older_text).

Revision ID: 0033
Revises: 0032
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0033"
down_revision = "0032"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("tasks", sa.Column("key_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
