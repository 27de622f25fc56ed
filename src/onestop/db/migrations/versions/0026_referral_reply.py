"""A referral's answer keeps what the agency's reply slip says: who to contact there and its
own reference.

The referral letter now ends with a reply slip (accepted or declined, the date, a contact at the
agency, the agency's reference); "Record the answer…" records all four, so that a worker can
follow the referral up with the right person and quote the agency's reference. Two text columns
are added in place, empty for the referrals answered before.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-02
"""

from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE referrals ADD COLUMN answer_contact VARCHAR(200) NOT NULL DEFAULT ''")
    op.execute("ALTER TABLE referrals ADD COLUMN agency_reference VARCHAR(100) NOT NULL DEFAULT ''")


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
