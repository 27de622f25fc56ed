"""Perpetrators, shared across files, and their links to incidents.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

from onestop.db.base import UtcDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "perpetrators",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("name_key", sa.String(200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("known_addresses", sa.Text(), nullable=False),
        sa.Column("weapons", sa.Text(), nullable=False),
        sa.Column("conditions", sa.Text(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("created_by", sa.String(32), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_perpetrators"),
    )
    op.create_index("ix_perpetrators_name_key", "perpetrators", ["name_key"])
    op.create_table(
        "incident_perpetrators",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("perpetrator_id", sa.Integer(), nullable=False),
        sa.Column("relationship", sa.String(100), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name="fk_incident_perpetrators_incident_id_incidents",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["perpetrator_id"],
            ["perpetrators.id"],
            name="fk_incident_perpetrators_perpetrator_id_perpetrators",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("incident_id", "perpetrator_id", name="pk_incident_perpetrators"),
    )
    op.create_index(
        "ix_incident_perpetrators_perpetrator_id", "incident_perpetrators", ["perpetrator_id"]
    )


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
