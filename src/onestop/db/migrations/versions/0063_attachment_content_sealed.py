"""An attachment's content and thumbnail sealed under its section's key.

Before, only an attachment's title and file name were sealed under the key of its section; its
content and thumbnail were held under a key derived from the vault key, which every member of
staff, the admin and the recovery key hold (red-team finding F3). Now they are sealed under the
section's key inside the vault layer (vault.blobs), so the stored blob's hash (``sha256``,
``thumbnail_sha256``) is of the sealed form, and two columns are added:

- ``content_sha256``: the original's SHA-256, kept for evidence integrity (NULL: ``sha256`` is
  the original's, as before);
- ``blob_key_version``: the version of the section key the content is sealed with (NULL: held
  by the vault layer alone).

Rows already there keep both NULL: the first sign-in of a holder of the section seals their
content (services.sectionkeys.seal_older_text), as it sealed older text. Nothing is rewritten
here: a migration runs before anyone's keys are open.

Revision ID: 0063
Revises: 0062
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0063"
down_revision = "0062"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("attachments", sa.Column("content_sha256", sa.String(64), nullable=True))
    op.add_column("attachments", sa.Column("blob_key_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
