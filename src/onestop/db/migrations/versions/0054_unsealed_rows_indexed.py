"""An index of the rows not sealed yet, in every table whose rows are sealed.

Each sign-in of someone who holds a section key looks for the rows written before section keys
(``key_version`` NULL) and seals them (services.sectionkeys.seal_older_text): 29 tables, each
read whole for ``key_version IS NULL``. In a vault sealed long ago there are none, and the
search cost 3.7 s of CPU at 100,000 survivors, most of a sign-in (issue 22 asks for 1.5 s). A
partial index holds only the rows not sealed yet: empty once they are sealed, so the search is
a look into an empty index. The models declare the same indexes (db.models), so the centre's
server has them too.

Revision ID: 0054
Revises: 0053
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0054"
down_revision = "0053"
branch_labels = None
depends_on = None

# Every table with a nullable key_version at this revision (db.models.UNSEALED_INDEXED).
TABLES = (
    "attachments",
    "break_glass",
    "cases",
    "conference_action_reviews",
    "conference_actions",
    "conference_attendance",
    "conference_discussions",
    "conference_referrals",
    "consent_entries",
    "counselling_sessions",
    "custody_events",
    "follow_ups",
    "forensic_exams",
    "health_encounters",
    "hearings",
    "incident_perpetrators",
    "incidents",
    "injuries",
    "legal_matters",
    "perpetrators",
    "protection_orders",
    "referrals",
    "risk_assessments",
    "safety_plans",
    "shelter_stays",
    "shelter_waiting",
    "specimens",
    "tasks",
    "treatments",
)


def upgrade() -> None:
    for table in TABLES:
        unsealed = sa.text("key_version IS NULL")
        op.create_index(
            f"ix_{table}_unsealed",
            table,
            ["key_version"],
            sqlite_where=unsealed,
            postgresql_where=unsealed,
        )


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_unsealed", table_name=table)
