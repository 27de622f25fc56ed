"""Indexes for the reminders read at every sign-in.

bench/gui.py measured sign-in to the home screen at 1.9 s on 100,000 survivors, most of it the
reminders: hearings, protection orders, overdue referrals, follow-ups and the PEP and hepatitis B
doses that call for one were each found by reading the whole table. Each now starts from an
index on the date it asks about.

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-22
"""

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_hearings_held_at", "hearings", ["held_at"])
    op.create_index("ix_protection_orders_expires_on", "protection_orders", ["expires_on"])
    op.create_index("ix_referrals_status_sent_at", "referrals", ["status", "sent_at"])
    op.create_index(
        "ix_treatments_kind_given_at", "treatments", ["kind", "given_at", "encounter_id"]
    )
    op.create_index("ix_follow_ups_due_at", "follow_ups", ["due_at"])


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
