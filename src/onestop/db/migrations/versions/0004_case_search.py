"""The search index of cases: an FTS5 table with the trigram tokenizer, one row per case.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # rowid = cases.id; ``keys`` holds folded names, reference, phone digits and birth date.
    op.execute("CREATE VIRTUAL TABLE case_search USING fts5(keys, tokenize = 'trigram')")


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
