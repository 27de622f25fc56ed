"""Staff accounts and the append-only, hash-chained audit trail.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

from onestop.db.audit import APPEND_ONLY_TRIGGERS

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ROLES = "'caseworker', 'clinician', 'counsellor', 'legal_advocate', 'shelter_officer', 'manager', 'admin'"


def upgrade() -> None:
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("username", sa.String(32), nullable=False),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("created_by", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("password_changed_at", sa.String(32), nullable=True),
        sa.Column("disabled_at", sa.String(32), nullable=True),
        sa.CheckConstraint(f"role IN ({ROLES})", name="ck_staff_role"),
        sa.PrimaryKeyConstraint("id", name="pk_staff"),
        sa.UniqueConstraint("username", name="uq_staff_username"),
    )
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("action", sa.String(48), nullable=False),
        sa.Column("section", sa.String(32), nullable=False),
        sa.Column("record_ref", sa.String(64), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_audit_log"),
    )
    for column in ("at", "actor", "action", "record_ref"):
        op.create_index(f"ix_audit_log_{column}", "audit_log", [column])
    for trigger in APPEND_ONLY_TRIGGERS:
        op.execute(trigger)
    op.create_table(
        "audit_anchor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("mac", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_anchor"),
    )


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
