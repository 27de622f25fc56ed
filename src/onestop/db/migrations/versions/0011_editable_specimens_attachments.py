"""Specimens and attachments become editable with a history; the case list's order is indexed.

A specimen's label or seal number typed wrong, an attachment filed under the wrong section:
both are corrected, and the version replaced is kept in ``record_history`` like every other
record. ``ix_cases_opened_at`` serves the case list's default order (newest first) without
sorting every case (bench/casefile.py measures it both ways).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

from onestop.db.base import UtcDateTime

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _versioned(table: str, created_at: str, created_by: str) -> None:
    # SQLite adds a NOT NULL column only with a default; the rows are then given their own.
    op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.add_column(table, sa.Column("updated_at", UtcDateTime(), nullable=False, server_default=""))
    op.add_column(table, sa.Column("updated_by", sa.String(32), nullable=False, server_default=""))
    op.execute(f"UPDATE {table} SET updated_at = {created_at}, updated_by = {created_by}")


def upgrade() -> None:
    _versioned("specimens", "recorded_at", "recorded_by")
    _versioned("attachments", "added_at", "added_by")
    op.create_index("ix_cases_opened_at", "cases", ["opened_at", "id"])


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
