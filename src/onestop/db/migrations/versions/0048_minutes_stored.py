"""The minutes stored: who was at a case conference, and what it said of each case.

Two tables. ``conference_attendance``: one row a meeting, its chair, those present and the
apologies (one "name, agency" a line). ``conference_discussions``: one row a meeting and a
case, what the meeting said of her case. Both are survivor text, sealed under the conferences
key like the other conference columns (services.sealedcolumns; ``key_version``), versioned
with their history kept (services.conferences.record_minutes). Before, the minutes' attendance
was typed each time they were printed and kept nowhere, and a case's discussion not at all.

Revision ID: 0048
Revises: 0047
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from onestop.db.base import UtcDateTime

revision = "0048"
down_revision = "0047"
branch_labels = None
depends_on = None


def _stamps() -> list["sa.Column[object]"]:
    return [
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("created_by", sa.String(32), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("key_version", sa.Integer(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "conference_attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conference_id", sa.Integer(), nullable=False),
        sa.Column("chair", sa.Text(), nullable=False),
        sa.Column("present", sa.Text(), nullable=False),
        sa.Column("apologies", sa.Text(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["conference_id"],
            ["conferences.id"],
            name="fk_conference_attendance_conference_id_conferences",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_conference_attendance"),
        sa.UniqueConstraint("conference_id", name="uq_conference_attendance_conference_id"),
    )
    op.create_table(
        "conference_discussions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conference_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("discussion", sa.Text(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["conference_id"],
            ["conferences.id"],
            name="fk_conference_discussions_conference_id_conferences",
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name="fk_conference_discussions_case_id_cases",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_conference_discussions"),
        sa.UniqueConstraint(
            "conference_id", "case_id", name="uq_conference_discussions_conference_id"
        ),
    )
    op.create_index("ix_conference_discussions_case_id", "conference_discussions", ["case_id"])


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
