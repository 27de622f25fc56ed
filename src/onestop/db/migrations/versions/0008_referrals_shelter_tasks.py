"""Referrals, shelter stays, tasks and appointments.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

from onestop.db.base import UtcDateTime
from onestop.db.migrations.helpers import case_record as _case_record

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    _case_record(
        "referrals",
        sa.Column("agency", sa.String(200), nullable=False),
        sa.Column("service", sa.String(200), nullable=False),
        sa.Column("urgency", sa.String(16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("consent_entry_id", sa.Integer(), nullable=True),
        sa.Column("sent_at", UtcDateTime(), nullable=True),
        sa.Column("responded_at", UtcDateTime(), nullable=True),
        sa.Column("closed_at", UtcDateTime(), nullable=True),
        sa.Column("feedback", sa.Text(), nullable=False),
    )
    _case_record(
        "shelter_stays",
        sa.Column("admitted_at", UtcDateTime(), nullable=False),
        sa.Column("room", sa.String(50), nullable=False),
        sa.Column("bed", sa.String(50), nullable=False),
        sa.Column("children_count", sa.Integer(), nullable=False),
        sa.Column("planned_exit", sa.Date(), nullable=True),
        sa.Column("exited_at", UtcDateTime(), nullable=True),
        sa.Column("exit_destination", sa.Text(), nullable=False),
    )
    _case_record(
        "tasks",
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("due_at", UtcDateTime(), nullable=False),
        sa.Column("assignee", sa.String(32), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
    )
    with op.batch_alter_table("tasks") as batch:
        batch.create_foreign_key("fk_tasks_assignee_staff", "staff", ["assignee"], ["username"])
    op.create_index("ix_tasks_due_at", "tasks", ["due_at"])
    op.create_index("ix_tasks_assignee", "tasks", ["assignee"])


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
