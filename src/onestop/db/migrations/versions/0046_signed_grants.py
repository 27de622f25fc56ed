"""Section key grants are signed by the member of staff who made them (services.grantsigs).

Two columns: ``signer`` (the key id of the granting account's registered signing key) and
``signature`` (hex of its Ed25519 signature). Grants already in the vault are signed at the
sign-in that runs this migration, by the person signing in (grantsigs.vouch_for_older).

Revision ID: 0046
Revises: 0045
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0046"
down_revision = "0045"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "section_key_grants",
        sa.Column("signer", sa.String(32), nullable=False, server_default=""),
    )
    op.add_column(
        "section_key_grants",
        sa.Column("signature", sa.String(128), nullable=False, server_default=""),
    )


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
