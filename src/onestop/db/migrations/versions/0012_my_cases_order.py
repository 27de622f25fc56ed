"""A caseworker's own cases, newest first, straight from an index.

bench/casefile.py measured the case list's "mine" filter at p95 125 ms on 100,000 survivors:
SQLite took every case of the caseworker from ``ix_cases_caseworker`` and sorted them. An index
on (caseworker, opened_at, id) gives the page in order and replaces the single-column one.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-22
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_cases_caseworker_opened_at", "cases", ["caseworker", "opened_at", "id"])
    op.drop_index("ix_cases_caseworker", "cases")


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
