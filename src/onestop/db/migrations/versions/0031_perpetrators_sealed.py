"""Perpetrators sealed: their identity and their links' relationships under the incidents key.

A perpetrator's name, description, known addresses, weapons and bail or order conditions, and
how he is related to the survivor in each incident he is linked to, are sealed under the
incidents key from now on (services.sealedcolumns). The folded name kept for matching
(``name_key``) was his name in clear: it is emptied here, and becomes a keyed hash under the
incidents key (vault.sectionkeys.blind_index). A migration runs before anyone's section keys
are open, so the text already there stays as it is (``key_version`` NULL) until the first
sign-in of someone who holds the incidents key seals it and computes the hashes
(services.sectionkeys.seal_older_text); until then older perpetrators are not offered as
matches.

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0031"
down_revision = "0030"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("perpetrators", sa.Column("key_version", sa.Integer(), nullable=True))
    op.add_column("incident_perpetrators", sa.Column("key_version", sa.Integer(), nullable=True))
    op.execute("UPDATE perpetrators SET name_key = ''")


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
