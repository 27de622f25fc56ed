"""Shelter sealed: where she went and what she needs, under the shelter key.

A stay's exit destination, and a waiting-list entry's needs and outcome, are sealed under the
shelter key from now on (services.sealedcolumns); a clinician reading a stay by break-glass
opens it with the shelter key's break-glass grant, after the access is audited
(services.glasskeys). A migration runs before anyone's section keys are open, so the text
already there stays as it is (``key_version`` NULL) until the first sign-in of someone who
holds the shelter key seals it, with the stays' history and the shelter drafts
(services.sectionkeys.seal_older_text).

Revision ID: 0038
Revises: 0037
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0038"
down_revision = "0037"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("shelter_stays", "shelter_waiting"):
        op.add_column(table, sa.Column("key_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
