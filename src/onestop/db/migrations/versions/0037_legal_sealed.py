"""Legal sealed: legal matters, hearings and protection orders under the legal key.

A matter's police reference, court, case number, notes, judge and parties, a hearing's court,
purpose and outcome, and an order's type and conditions are sealed under the legal key from
now on (services.sealedcolumns); a clinician reading them by break-glass opens them with the
legal key's break-glass grant, after the access is audited (services.glasskeys). A migration
runs before anyone's section keys are open, so the text already there stays as it is
(``key_version`` NULL) until the first sign-in of someone who holds the legal key seals it,
with its history and the legal drafts (services.sectionkeys.seal_older_text).

Revision ID: 0037
Revises: 0036
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0037"
down_revision = "0036"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("legal_matters", "hearings", "protection_orders"):
        op.add_column(table, sa.Column("key_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
