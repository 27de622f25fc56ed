"""Risk sealed: risk assessments' answers and safety plans under the risk key.

A risk assessment's answers (the checklist, question by question) and the reason for a
professional judgement, and every part of a safety plan (safe places, trusted contacts, the
code word, the emergency bag, children, phone and online safety, routes, other notes), are
sealed under the risk key from now on (services.sealedcolumns); the score and the levels stay
coded (the conference's criteria and the agenda read them). A migration runs before anyone's
section keys are open, so the text already there stays as it is (``key_version`` NULL) until
the first sign-in of someone who holds the risk key seals it, with the safety plans' history
and the risk drafts (services.sectionkeys.seal_older_text).

Revision ID: 0043
Revises: 0042
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0043"
down_revision = "0042"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("risk_assessments", "safety_plans"):
        op.add_column(table, sa.Column("key_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
