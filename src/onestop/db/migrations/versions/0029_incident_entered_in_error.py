"""An incident entered in error is marked so, with the reason, instead of being deleted.

A caseworker who recorded an incident by mistake (the wrong file, a duplicate) marks it
"entered in error" and says why; the incident stays in the file, struck through, with its
history, but no longer counts anywhere: no clinical windows, no statistics, no documents.
The mark can be cleared again (a correction, also with a reason). Two columns are added in
place: the marker (false for every incident recorded before) and the reason (empty).

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-02
"""

from alembic import op

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE incidents ADD COLUMN entered_in_error BOOLEAN NOT NULL DEFAULT 0")
    op.execute("ALTER TABLE incidents ADD COLUMN error_reason TEXT NOT NULL DEFAULT ''")


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
