"""Where a sharing without her consent went, and why, kept with it.

``sharings_without_consent`` (migrations 0059, 0060) kept the document, the file's digest and
whether she was told, but not the meeting, the agencies the document went to, nor the reason
given for sharing it: her file could not answer "who got my file, and why?". A sharing's first
row now keeps the day of the meeting it went to (a case conference's pack or minutes), the
agencies it went to, the reason's code (domain.coordination.SharingReason, for a conference)
and the reason written for her case. The agencies and the reason written are sealed under the
consent key (db.textcolumns.SHARING_SEALED), like who will tell her; a row written before
keeps them empty. A later answer ("she has now been told") leaves them empty: they belong to
the sharing.

New columns of an append-only table: ``ALTER TABLE ... ADD COLUMN`` fires no trigger.

Revision ID: 0062
Revises: 0061
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0062"
down_revision = "0061"
branch_labels = None
depends_on = None

TABLE = "sharings_without_consent"


def upgrade() -> None:
    op.add_column(TABLE, sa.Column("meeting_on", sa.Date(), nullable=True))
    op.add_column(TABLE, sa.Column("agencies", sa.Text(), nullable=False, server_default=""))
    op.add_column(TABLE, sa.Column("reason", sa.String(32), nullable=False, server_default=""))
    op.add_column(TABLE, sa.Column("reason_note", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
