"""Forensic examinations, specimens and the append-only chain of custody.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

from onestop.db.base import UtcDateTime
from onestop.db.forensic import CUSTODY_APPEND_ONLY_TRIGGERS

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "forensic_exams",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.Column("examiner", sa.String(200), nullable=False),
        sa.Column("started_at", UtcDateTime(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("created_by", sa.String(32), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_forensic_exams_case_id_cases", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name="fk_forensic_exams_incident_id_incidents",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_forensic_exams"),
    )
    op.create_index("ix_forensic_exams_case_id", "forensic_exams", ["case_id"])
    op.create_table(
        "specimens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exam_id", sa.Integer(), nullable=False),
        sa.Column("specimen_type", sa.String(32), nullable=False),
        sa.Column("collected_at", UtcDateTime(), nullable=False),
        sa.Column("collected_by", sa.String(200), nullable=False),
        sa.Column("seal_number", sa.String(64), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(
            ["exam_id"],
            ["forensic_exams.id"],
            name="fk_specimens_exam_id_forensic_exams",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_specimens"),
        sa.UniqueConstraint("seal_number", name="uq_specimens_seal_number"),
    )
    op.create_index("ix_specimens_exam_id", "specimens", ["exam_id"])
    op.create_table(
        "custody_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("specimen_id", sa.Integer(), nullable=False),
        sa.Column("handed_from", sa.String(200), nullable=False),
        sa.Column("handed_to", sa.String(200), nullable=False),
        sa.Column("organisation", sa.String(200), nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(
            ["specimen_id"],
            ["specimens.id"],
            name="fk_custody_events_specimen_id_specimens",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_custody_events"),
    )
    op.create_index("ix_custody_events_specimen_id", "custody_events", ["specimen_id"])
    for trigger in CUSTODY_APPEND_ONLY_TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
