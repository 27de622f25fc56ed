"""A case conference's starting time and venue.

Two columns on ``conferences``: ``starts_at`` (the time of day the meeting starts, "HH:MM" at
the centre) and ``venue`` (where it meets: a room or an address, the meeting's own and no
survivor's words, so coded like its list of agencies: db.textcolumns). SafeLives' MARAC minutes
record the date, time and venue of the meeting; before, the minutes gave only its date.
Meetings already there hold empty text, printed "not recorded".

Revision ID: 0058
Revises: 0057
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0058"
down_revision = "0057"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "conferences", sa.Column("starts_at", sa.String(5), nullable=False, server_default="")
    )
    op.add_column("conferences", sa.Column("venue", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
