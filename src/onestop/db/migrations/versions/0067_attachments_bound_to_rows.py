"""An attachment's sealed content bound to its row and case.

Since 0063 an attachment's content and thumbnail are sealed under its section's key, with the
section, the key version, the kind and the original's SHA-256 as associated data, but not the
row: anyone with the vault key could point one attachment's row at another's sealed file (a
counselling scan of one survivor opened, checked, as another's), or put a file under the vault
key alone in a sealed attachment's place, its row made to look as it did before 0063 (a third
red team's findings). From this revision the sealed form (form 2, vault.blobs) also names the
attachment's id and its case's id, and ``content_bound`` says which rows are in it.

Rows already there keep ``content_bound`` false: the first sign-in of a holder of the section
seals them again in form 2 (services.attachmentblobs.bind_older) and records the section as
bound in the signed trail; from then on an older form is not opened there. Nothing is
rewritten here: a migration runs before anyone's keys are open.

Revision ID: 0067
Revises: 0066
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0067"
down_revision = "0066"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "attachments",
        sa.Column("content_bound", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
