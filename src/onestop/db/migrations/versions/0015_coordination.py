"""Coordinated work: risk assessments, safety plans, case conferences and their actions, the
agency directory (referrals point to it), the shelter's rooms, beds and waiting list.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

from onestop.db.base import UtcDateTime
from onestop.db.migrations.helpers import case_record

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def _by(prefix: str) -> list["sa.Column[object]"]:
    return [
        sa.Column(f"{prefix}_at", UtcDateTime(), nullable=False),
        sa.Column(f"{prefix}_by", sa.String(32), nullable=False),
    ]


def _case_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["case_id"], ["cases.id"], name=f"fk_{table}_case_id_cases", ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "risk_assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("instrument_id", sa.String(64), nullable=False),
        sa.Column("instrument_version", sa.String(16), nullable=False),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(16), nullable=False),
        sa.Column("final_level", sa.String(16), nullable=False),
        sa.Column("judgement_reason", sa.Text(), nullable=False),
        *_by("assessed"),
        _case_fk("risk_assessments"),
        sa.PrimaryKeyConstraint("id", name="pk_risk_assessments"),
    )
    op.create_index("ix_risk_assessments_case_id", "risk_assessments", ["case_id"])
    case_record(
        "safety_plans",
        sa.Column("safe_places", sa.Text(), nullable=False),
        sa.Column("trusted_contacts", sa.Text(), nullable=False),
        sa.Column("code_word", sa.String(100), nullable=False),
        sa.Column("emergency_bag", sa.Text(), nullable=False),
        sa.Column("children", sa.Text(), nullable=False),
        sa.Column("technology", sa.Text(), nullable=False),
        sa.Column("routes", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
    )
    op.create_table(
        "conferences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("agencies", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        *_by("created"),
        sa.Column("closed_at", UtcDateTime(), nullable=True),
        sa.Column("closed_by", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_conferences"),
    )
    op.create_index("ix_conferences_held_on", "conferences", ["held_on"])
    op.create_table(
        "conference_referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("criteria", sa.Text(), nullable=False),
        *_by("referred"),
        sa.Column("heard_at", sa.Integer(), nullable=True),
        _case_fk("conference_referrals"),
        sa.ForeignKeyConstraint(
            ["heard_at"], ["conferences.id"], name="fk_conference_referrals_heard_at_conferences"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_conference_referrals"),
    )
    op.create_index("ix_conference_referrals_case_id", "conference_referrals", ["case_id"])
    op.create_index("ix_conference_referrals_heard_at", "conference_referrals", ["heard_at"])
    op.create_table(
        "conference_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("conference_id", sa.Integer(), nullable=False),
        sa.Column("agency", sa.String(200), nullable=False),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        *_by("created"),
        *_by("updated"),
        sa.Column("version", sa.Integer(), nullable=False),
        _case_fk("conference_actions"),
        sa.ForeignKeyConstraint(
            ["conference_id"],
            ["conferences.id"],
            name="fk_conference_actions_conference_id_conferences",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_conference_actions"),
    )
    op.create_index("ix_conference_actions_case_id", "conference_actions", ["case_id"])
    op.create_index("ix_conference_actions_conference_id", "conference_actions", ["conference_id"])
    op.create_index("ix_conference_actions_status", "conference_actions", ["status", "due_on"])
    op.create_table(
        "conference_action_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("conference_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(24), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        *_by("reviewed"),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["conference_actions.id"],
            name="fk_conference_action_reviews_action_id_conference_actions",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["conference_id"],
            ["conferences.id"],
            name="fk_conference_action_reviews_conference_id_conferences",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_conference_action_reviews"),
    )
    op.create_index(
        "ix_conference_action_reviews_action_id", "conference_action_reviews", ["action_id"]
    )
    op.create_index(
        "ix_conference_action_reviews_conference_id",
        "conference_action_reviews",
        ["conference_id"],
    )
    op.create_table(
        "agencies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("sector", sa.String(32), nullable=False),
        sa.Column("services", sa.Text(), nullable=False),
        sa.Column("contacts", sa.Text(), nullable=False),
        sa.Column("hours", sa.String(200), nullable=False),
        sa.Column("languages", sa.String(200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_by("created"),
        *_by("updated"),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_agencies"),
        sa.UniqueConstraint("name", name="uq_agencies_name"),
    )
    op.create_table(
        "shelter_rooms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(50), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_shelter_rooms"),
        sa.UniqueConstraint("name", name="uq_shelter_rooms_name"),
    )
    op.create_table(
        "shelter_beds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(50), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["room_id"], ["shelter_rooms.id"], name="fk_shelter_beds_room_id_shelter_rooms"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_shelter_beds"),
    )
    op.create_index("ix_shelter_beds_room_id", "shelter_beds", ["room_id"])
    op.create_table(
        "shelter_waiting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("children_count", sa.Integer(), nullable=False),
        sa.Column("needs", sa.Text(), nullable=False),
        *_by("added"),
        sa.Column("removed_at", UtcDateTime(), nullable=True),
        sa.Column("outcome", sa.String(100), nullable=False),
        _case_fk("shelter_waiting"),
        sa.PrimaryKeyConstraint("id", name="pk_shelter_waiting"),
    )
    op.create_index("ix_shelter_waiting_case_id", "shelter_waiting", ["case_id"])
    with op.batch_alter_table("referrals") as batch:
        batch.add_column(sa.Column("agency_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_referrals_agency_id_agencies", "agencies", ["agency_id"], ["id"]
        )
        batch.create_index("ix_referrals_agency_id", ["agency_id"])
    with op.batch_alter_table("shelter_stays") as batch:
        batch.add_column(sa.Column("bed_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_shelter_stays_bed_id_shelter_beds", "shelter_beds", ["bed_id"], ["id"]
        )
        batch.create_index("ix_shelter_stays_bed_id", ["bed_id"])


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
