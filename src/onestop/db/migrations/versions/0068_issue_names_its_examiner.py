"""Each issue of a medico-legal report keeps whom it named as the examiner.

A new version of a report that names another examiner, or the same examiner with other
qualifications or registration number, must say whom the version it replaces named, or a
court holding both cannot tell why they differ (a walk's finding, issue 23). The version's
fingerprint is a hash: it says that something changed, not what. ``examiner`` keeps, as
JSON, what the issue printed of a member of staff (the staff profile's name, qualifications
and registration number, no survivor data) and the version of the forensic examination it
was made from; of an examiner not on the staff, only that version: the name typed is sealed
on the examination and is read from its history, never copied here. Rows already there keep
"" (not recorded): a report replacing one of them says which version it replaces, not whom
it named.

Revision ID: 0068
Revises: 0067
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0068"
down_revision = "0067"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "document_issues",
        sa.Column("examiner", sa.Text(), nullable=False, server_default=""),
    )


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
