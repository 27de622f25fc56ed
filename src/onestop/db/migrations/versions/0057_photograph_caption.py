"""A photograph's caption: who took it, the body site it shows, the injury it documents.

Three columns on ``attachments``: ``taken_by`` (the photographer, as recorded: a colleague or
the police photographer) and ``body_site`` (the part of the body shown), survivor text sealed
under the key of the attachment's own section like its title (db.textcolumns
SEALED_PER_SECTION); ``injury_number`` (the number of the injury it documents, as the
encounter's injuries table numbers them; NULL: none recorded). A court and a prosecutor read
a photograph's caption for these: before, it gave only a title and a time. Rows already there
hold empty text and no number, printed "Not recorded".

Revision ID: 0057
Revises: 0054
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0057"
down_revision = "0054"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "attachments", sa.Column("taken_by", sa.Text(), nullable=False, server_default="")
    )
    op.add_column(
        "attachments", sa.Column("body_site", sa.Text(), nullable=False, server_default="")
    )
    op.add_column("attachments", sa.Column("injury_number", sa.Integer(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
