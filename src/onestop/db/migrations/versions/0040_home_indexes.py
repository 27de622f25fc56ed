"""Indexes for the clinician's and the manager's home screens at 100,000 survivors.

The clinician's home finds the incidents of the last days through ``ix_incidents_occurred``
(migration 0023), then the treatments given for them: with no index on an encounter's
incident, SQLite read every treatment in the vault to find them. The manager's home counts
the open cases, the cases opened in the last 30 days and in each of the last 12 months (those
whose opening date is known), and the last 90 days' incidents by type: it read the whole
``cases`` table (every row with its sealed text), half of it again, and the whole
``incidents`` table. Each now reads a small index instead (bench/scale.py measures both homes
at 10,000, 20,000 and 100,000 survivors).

Revision ID: 0040
Revises: 0039
Create Date: 2026-12-03
"""

from alembic import op

revision = "0040"
down_revision = "0039"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_health_encounters_incident_id", "health_encounters", ["incident_id"])
    op.create_index("ix_cases_status", "cases", ["status"])
    op.create_index("ix_cases_opened_known", "cases", ["opened_at", "imported", "created_at"])
    op.create_index(
        "ix_incidents_created_at", "incidents", ["created_at", "entered_in_error", "gbv_type"]
    )


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
