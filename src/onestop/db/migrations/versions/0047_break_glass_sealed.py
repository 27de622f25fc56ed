"""Break-glass sealed: the reasons and the review notes, sealed for the review.

A break-glass access's reason and the manager's review note are sealed from now on to the
reviewers' key (the audit section's key, held by the managers alone) and the reason also to
its author's own slot (services.glassreasons): the admin and the recovery key, which open the
vault key, no longer read them. A migration runs before anyone's section keys are open, so the
text already there stays as it is (``key_version`` NULL) until the first sign-in of a manager
who holds the reviewers' key seals it (services.sectionkeys.seal_older_text).

Revision ID: 0047
Revises: 0046
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0047"
down_revision = "0046"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("break_glass", sa.Column("key_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
