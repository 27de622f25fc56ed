"""Whether she was told of a sharing without her consent.

One table, ``sharings_without_consent``: a row for each case in each document a manager shared
without her consent (the document's code and the file's SHA-256, as in the export's audit
entry), with the answer to "Has she been told?" (told on a day; not yet, someone named will
tell her; not told, because telling her would put her or others at risk, with the reason); a
later row that ``follows`` one records that she has now been told. Who will tell her and why
she is not told are sealed under the consent key (``key_version``), like the ledger's names.
SafeLives' MARAC guidance and the Inter-agency GBV Case Management Guidelines ask that this
be recorded, and that the receiving agency know it: before, a sharing without consent was
kept only as an audit entry, and nothing said whether she knew.

Revision ID: 0059
Revises: 0058
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

from onestop.db.base import UtcDateTime

revision = "0059"
down_revision = "0058"
branch_labels = None
depends_on = None

TABLE = "sharings_without_consent"


def upgrade() -> None:
    op.create_table(
        "sharings_without_consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("follows", sa.Integer(), nullable=True),
        sa.Column("document", sa.String(64), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("told", sa.String(16), nullable=False),
        sa.Column("told_on", sa.Date(), nullable=True),
        sa.Column("told_by", sa.Text(), nullable=False),
        sa.Column("not_told_reason", sa.Text(), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(32), nullable=False),
        sa.Column("key_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name="fk_sharings_without_consent_case_id_cases",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["follows"],
            ["sharings_without_consent.id"],
            name="fk_sharings_without_consent_follows_sharings_without_consent",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_sharings_without_consent"),
    )
    op.create_index("ix_sharings_without_consent_case_id", "sharings_without_consent", ["case_id"])
    # The rows not sealed yet, as every sealed table has (migration 0054, db.models).
    unsealed = sa.text("key_version IS NULL")
    op.create_index(
        "ix_sharings_without_consent_unsealed",
        "sharings_without_consent",
        ["key_version"],
        sqlite_where=unsealed,
        postgresql_where=unsealed,
    )


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
