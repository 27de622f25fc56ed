"""A consent decision to share with an agency names the directory's agency record.

Until now the decision kept only the agency's name as typed, and the referral loop compared
names: "Harbour Housing" and "Harbor Housing Trust" were different agencies, and consent given
to one did not let a referral to the other be sent. The decision now keeps the directory entry's
id beside the name (the name stays, as it was at the time); the check compares ids when both
sides have one. The column is added in place (ALTER TABLE ... ADD COLUMN), not by copying the
table: a copy would drop the triggers that keep the ledger append-only.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-02
"""

from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE consent_entries ADD COLUMN agency_id INTEGER REFERENCES agencies (id)")
    op.create_index("ix_consent_entries_agency_id", "consent_entries", ["agency_id"])


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
