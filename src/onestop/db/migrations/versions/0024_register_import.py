"""A case may come from the centre's earlier register (services.register_import).

Two columns on ``cases``: ``register_id``, the case's id in that register (a survivor code, a
row number: found by the case search like the reference), and ``imported``, that the case was
brought in by an import rather than typed at intake. Added in place (ALTER TABLE ... ADD
COLUMN) with defaults, so existing cases read as typed, with no register id.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-02
"""

from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE cases ADD COLUMN register_id VARCHAR(100) NOT NULL DEFAULT ''")
    op.execute("ALTER TABLE cases ADD COLUMN imported BOOLEAN NOT NULL DEFAULT 0")


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
