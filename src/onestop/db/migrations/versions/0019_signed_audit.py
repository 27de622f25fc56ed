"""Signed audit entries: each entry's signer and signature, and the staff signing keys.

Entries written before this migration keep empty signer and signature columns; verify reports
them as unsigned (written before signing). Slots made before it get a key pair at their next
sign-in.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN: audit_log is never copied (its triggers stay as they are).
    for table in ("audit_log", "audit_anchor"):
        op.add_column(table, sa.Column("signer", sa.String(32), nullable=False, server_default=""))
        op.add_column(
            table, sa.Column("signature", sa.String(128), nullable=False, server_default="")
        )
    op.create_table(
        "staff_signing_keys",
        sa.Column("key_id", sa.String(32), nullable=False),
        sa.Column("slot_id", sa.String(64), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("registered_at", sa.String(32), nullable=False),
        sa.Column("registered_by", sa.String(64), nullable=False),
        sa.Column("from_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key_id", name="pk_staff_signing_keys"),
    )
    op.create_index("ix_staff_signing_keys_slot_id", "staff_signing_keys", ["slot_id"])


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
