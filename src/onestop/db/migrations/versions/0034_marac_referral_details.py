"""What SafeLives' MARAC referral form asks and the vault did not keep.

- ``cases.address``: where she lives (identity; sealed under the identity key like her other
  identity text, from the first write by a holder of the key: it starts empty everywhere).
- ``perpetrators.date_of_birth`` and ``perpetrators.age_group``: when he was born, or only
  his age group when that is all she knows (GBVIMS counts perpetrators by age group).
- ``conference_referrals.referring_agency`` and ``referred_on``: who referred the case to the
  MARAC and on what day. A referral becomes a versioned record (edited with its history kept):
  its version starts at 1, its last change is its referral, and its date the day it
  was recorded (UTC) until someone corrects it.

Revision ID: 0034
Revises: 0033
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0034"
down_revision = "0033"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("cases", sa.Column("address", sa.Text(), nullable=False, server_default=""))
    op.add_column("perpetrators", sa.Column("date_of_birth", sa.Date(), nullable=True))
    op.add_column(
        "perpetrators",
        sa.Column("age_group", sa.String(16), nullable=False, server_default=""),
    )
    op.add_column(
        "conference_referrals",
        sa.Column("referring_agency", sa.String(200), nullable=False, server_default=""),
    )
    op.add_column("conference_referrals", sa.Column("referred_on", sa.Date(), nullable=True))
    op.add_column(
        "conference_referrals",
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
    )
    for name in ("updated_at", "updated_by"):
        op.add_column(
            "conference_referrals",
            sa.Column(name, sa.String(32), nullable=False, server_default=""),
        )
    op.execute(
        "UPDATE conference_referrals SET updated_at = referred_at, updated_by = referred_by, "
        "referred_on = substr(referred_at, 1, 10)"
    )


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
