"""Identity sealed: the cases' key version, and no search index inside the vault.

The FTS5 index ``case_search`` kept every survivor's folded name, alias and phone in clear
inside SQLCipher, where any password that opens the vault (the admin's, the recovery key's)
read them. It is dropped (with secure_delete on, its pages are zeroed); the index is now built
in memory at sign-in from the names the person's identity key opens (services.caseindex).

The names already in ``cases`` stay as they are here: a migration runs before anyone's section
keys are open. ``key_version`` is NULL for them, and the first sign-in of someone who holds the
identity key seals them, their history and the identity drafts (services.sectionkeys).

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("cases", sa.Column("key_version", sa.Integer(), nullable=True))
    op.execute("DROP TABLE IF EXISTS case_search")


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
