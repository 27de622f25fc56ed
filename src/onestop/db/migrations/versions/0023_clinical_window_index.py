"""An index for the clinician's home: incidents by when they happened (latest known time).

The clinician's home lists sexual-violence incidents whose PEP, emergency-contraception and
forensic windows may still be open: it filters and sorts on
``coalesce(occurred_latest, occurred_earliest)``, which no index served, so every sign-in of a
clinician read the whole incidents table (1.3-2.0 s at 100,000 survivors, issue 24). SQLite
uses an index on the same expression for the range and the order, so the home reads only the
incidents of the last days.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-02
"""

from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE INDEX ix_incidents_occurred ON incidents "
        "(coalesce(occurred_latest, occurred_earliest))"
    )


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
