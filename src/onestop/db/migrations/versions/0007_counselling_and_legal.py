"""Counselling sessions; legal matters, hearings and protection orders.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""

import sqlalchemy as sa

from onestop.db.base import UtcDateTime
from onestop.db.migrations.helpers import case_record as _case_record

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    _case_record(
        "counselling_sessions",
        sa.Column("held_at", UtcDateTime(), nullable=False),
        sa.Column("session_type", sa.String(32), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("plan", sa.Text(), nullable=False),
    )
    _case_record(
        "legal_matters",
        sa.Column("police_reference", sa.String(100), nullable=False),
        sa.Column("court", sa.String(200), nullable=False),
        sa.Column("court_case_number", sa.String(100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
    )
    _case_record(
        "hearings",
        sa.Column("held_at", UtcDateTime(), nullable=False),
        sa.Column("court", sa.String(200), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
    )
    _case_record(
        "protection_orders",
        sa.Column("order_type", sa.String(100), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("conditions", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
