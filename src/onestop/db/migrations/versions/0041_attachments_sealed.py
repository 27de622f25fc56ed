"""Attachments sealed: an attachment's title and original file name under its section's key.

An attachment belongs to a section (an injury photograph to health or forensic, a scanned
order to legal …) and has that section's permissions (services.attachments), so its title and
original file name are sealed under the key of that section from now on
(services.sealedcolumns.ROW_SECTION); a section not sealed yet lends the identity key, which
exactly its readers hold. The content was already an encrypted blob. A migration runs before
anyone's section keys are open, so the text already there stays as it is (``key_version``
NULL) until the first sign-in of someone who holds the section's key seals it, with its
history (services.sectionkeys.seal_older_text).

Revision ID: 0041
Revises: 0040
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0041"
down_revision = "0040"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("attachments", sa.Column("key_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
