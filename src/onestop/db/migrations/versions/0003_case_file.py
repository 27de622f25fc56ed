"""The survivor's case: cases, incidents, the consent ledger, the history of changes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

from onestop.db.base import UtcDateTime
from onestop.db.consent import CONSENT_APPEND_ONLY_TRIGGERS

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _audit_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("created_by", sa.String(32), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(20), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("alias", sa.String(200), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("estimated_age", sa.Integer(), nullable=True),
        sa.Column("sex", sa.String(16), nullable=False),
        sa.Column("gender", sa.String(100), nullable=False),
        sa.Column("languages", sa.Text(), nullable=False),
        sa.Column("disability", sa.Text(), nullable=False),
        sa.Column("children_count", sa.Integer(), nullable=True),
        sa.Column("children_notes", sa.Text(), nullable=False),
        sa.Column("safe_phone", sa.String(40), nullable=False),
        sa.Column("safe_message_allowed", sa.Boolean(), nullable=False),
        sa.Column("safe_code_word", sa.String(100), nullable=False),
        sa.Column("safe_notes", sa.Text(), nullable=False),
        sa.Column("caseworker", sa.String(32), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("closed_reason", sa.Text(), nullable=False),
        sa.Column("opened_at", UtcDateTime(), nullable=False),
        sa.Column("closed_at", UtcDateTime(), nullable=True),
        *_audit_columns(),
        sa.CheckConstraint("status IN ('open', 'closed', 'reopened')", name="ck_cases_status"),
        sa.ForeignKeyConstraint(
            ["caseworker"], ["staff.username"], name="fk_cases_caseworker_staff"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_cases"),
        sa.UniqueConstraint("reference", name="uq_cases_reference"),
    )
    op.create_index("ix_cases_caseworker", "cases", ["caseworker"])
    op.create_table(
        "reference_counters",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name="pk_reference_counters"),
    )
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("precision", sa.String(16), nullable=False),
        sa.Column("occurred_earliest", UtcDateTime(), nullable=True),
        sa.Column("occurred_latest", UtcDateTime(), nullable=True),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("gbv_type", sa.String(32), nullable=False),
        sa.Column("context", sa.String(32), nullable=False),
        sa.Column("perpetrator_relationship", sa.String(100), nullable=False),
        sa.Column("perpetrator_count", sa.Integer(), nullable=True),
        sa.Column("reported_to_police", sa.Boolean(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        *_audit_columns(),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_incidents_case_id_cases", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_incidents"),
    )
    op.create_index("ix_incidents_case_id", "incidents", ["case_id"])
    op.create_table(
        "consent_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(32), nullable=False),
        sa.Column("agency", sa.String(200), nullable=False),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("given_by", sa.String(16), nullable=False),
        sa.Column("guardian_name", sa.String(200), nullable=False),
        sa.Column("decided_at", UtcDateTime(), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_consent_entries_case_id_cases", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_consent_entries"),
    )
    op.create_index("ix_consent_entries_case_id", "consent_entries", ["case_id"])
    for trigger in CONSENT_APPEND_ONLY_TRIGGERS:
        op.execute(trigger)
    op.create_table(
        "record_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(32), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("changed_at", UtcDateTime(), nullable=False),
        sa.Column("changed_by", sa.String(32), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_record_history"),
    )
    op.create_index(
        "ix_record_history_record", "record_history", ["record_type", "record_id", "version"]
    )


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
