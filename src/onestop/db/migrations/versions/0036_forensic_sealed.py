"""Forensic sealed: examinations' and specimens' text under the forensic key.

An examination's examiner as written, notes and opinion, and a specimen's collector and notes,
are sealed under the forensic key from now on (services.sealedcolumns); a caseworker reading
them by break-glass opens them with the forensic key's break-glass grant, after the access is
audited (services.glasskeys). A migration runs before anyone's section keys are open, so the
text already there stays as it is (``key_version`` NULL) until the first sign-in of someone
who holds the forensic key seals it, with its history and the forensic drafts
(services.sectionkeys.seal_older_text).

Revision ID: 0036
Revises: 0035
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0036"
down_revision = "0035"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("forensic_exams", "specimens"):
        op.add_column(table, sa.Column("key_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
