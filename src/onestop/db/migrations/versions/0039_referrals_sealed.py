"""Referrals sealed: a referral's text under the referrals key.

A referral's service, notes, feedback, the agency's contact and its own reference for her are
sealed under the referrals key from now on (services.sealedcolumns); the agency's name stays
coded (the statistics count per agency). A migration runs before anyone's section keys are
open, so the text already there stays as it is (``key_version`` NULL) until the first sign-in
of someone who holds the referrals key seals it, with its history and the referrals drafts
(services.sectionkeys.seal_older_text).

Revision ID: 0039
Revises: 0038
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0039"
down_revision = "0038"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("referrals", sa.Column("key_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
