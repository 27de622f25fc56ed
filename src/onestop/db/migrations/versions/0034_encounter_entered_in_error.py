"""A health encounter entered in error is marked so, with the reason, instead of being deleted.

A nurse who recorded an encounter on the wrong survivor marks it "entered in error" and says
why; the encounter stays in the file, struck through, with its history, but no longer counts:
its doses do not meet the clinical windows, and it is left out of the medico-legal report and
the statistics. The mark can be cleared again (with a reason too). Two columns are added in
place: the marker (false for every encounter recorded before) and the reason (empty; sealed
under the health key like the encounter's other text when it is written).

Revision ID: 0034
Revises: 0033
Create Date: 2026-12-03
"""

from alembic import op

revision = "0034"
down_revision = "0033"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "ALTER TABLE health_encounters ADD COLUMN entered_in_error BOOLEAN NOT NULL DEFAULT 0"
    )
    op.execute("ALTER TABLE health_encounters ADD COLUMN error_reason TEXT NOT NULL DEFAULT ''")


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
