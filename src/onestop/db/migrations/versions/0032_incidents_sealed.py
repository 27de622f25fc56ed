"""Incidents sealed: their text under the incidents key, the relationship's group kept coded.

An incident's place, the perpetrator's relationship to her as typed, its description and the
reason it was entered in error are sealed under the incidents key from now on
(services.sealedcolumns). The statistics grouped the typed relationship by its words; that
group is now a coded column of its own (``perpetrator_group``), filled in here from the text
while it is still readable, so the statistics never open sealed text. A migration runs before
anyone's section keys are open, so the text stays as it is (``key_version`` NULL) until the
first sign-in of someone who holds the incidents key seals it, with the incidents' history
(services.sectionkeys.seal_older_text).

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from onestop.domain.statistics import relationship_group

revision = "0032"
down_revision = "0031"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("incidents", sa.Column("key_version", sa.Integer(), nullable=True))
    op.execute(
        "ALTER TABLE incidents ADD COLUMN perpetrator_group VARCHAR(16) NOT NULL DEFAULT 'other'"
    )
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT id, perpetrator_relationship FROM incidents WHERE perpetrator_relationship != ''"
        )
    ).all()
    groups = [{"id": i, "group": relationship_group(text or "")} for i, text in rows]
    groups = [g for g in groups if g["group"] != "other"]
    if groups:
        conn.execute(
            sa.text("UPDATE incidents SET perpetrator_group = :group WHERE id = :id"), groups
        )


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
