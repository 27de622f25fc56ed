"""Conferences sealed: what a case conference agrees about her, under the conferences key.

An action's agency, owner, description and reason, a minutes line's reason, and the agency
that referred her case are sealed under the conferences key from now on
(services.sealedcolumns). The meeting's own columns stay coded (its day, status and the
agencies attending, which the pack's consent check matches), and so do a referral's criteria
(codes of domain.risk) and an action's status and due day (the reminders select on them). A
migration runs before anyone's section keys are open, so the text already there stays as it
is (``key_version`` NULL) until the first sign-in of someone who holds the conferences key
seals it, with its history and the conferences drafts (services.sectionkeys.seal_older_text).

Revision ID: 0044
Revises: 0043
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0044"
down_revision = "0043"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("conference_referrals", "conference_actions", "conference_action_reviews"):
        op.add_column(table, sa.Column("key_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
