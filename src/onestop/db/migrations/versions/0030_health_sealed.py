"""Health sealed: the key version of encounters, injuries, treatments and follow-ups.

The free text of the health section (an encounter's history and examination, each injury's
kind, size and description, a treatment's notes, a follow-up's purpose) is sealed under the
health key from now on (services.sealedcolumns). A migration runs before anyone's section keys
are open, so the text already there stays as it is: ``key_version`` is NULL for it, and the
first sign-in of someone who holds the health key seals it, with the encounters' history and
the health drafts (services.sectionkeys.seal_older_text).

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None

TABLES = ("health_encounters", "injuries", "treatments", "follow_ups")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("key_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
