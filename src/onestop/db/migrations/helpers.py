"""Shapes shared by migrations. Change nothing here that a released migration uses: add a
new helper instead, so that old migrations keep creating exactly what they created."""

from typing import Any

import sqlalchemy as sa
from alembic import op

from onestop.db.base import UtcDateTime


def case_record(name: str, *columns: "sa.Column[Any]") -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        *columns,
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("created_by", sa.String(32), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=f"fk_{name}_case_id_cases", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=f"pk_{name}"),
    )
    op.create_index(f"ix_{name}_case_id", name, ["case_id"])
