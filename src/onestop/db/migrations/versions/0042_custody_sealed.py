"""Chain of custody sealed: who handed a specimen to whom, where and why, under the forensic key.

A hand-over's names, organisation and purpose are sealed under the forensic key from now on
(services.sealedcolumns); its times, specimen and recording member of staff stay coded. The
chain is append-only, so a new hand-over's id is chosen before its INSERT and the INSERT
carries the text sealed (services.sealedcolumns.IDS_FIRST). A migration runs before anyone's
section keys are open, so the text already there stays as it is (``key_version`` NULL) until
the first sign-in of someone who holds the forensic key seals it
(services.sectionkeys.seal_older_text): that is an UPDATE, so the no-update trigger is
replaced by one that allows exactly that, once per row: ``key_version`` from NULL to a
version, each text column to a sealed value (or left empty), and nothing else changed.
Every other update, and every update of a sealed row, is still refused (a condition that is
NULL, not true, refuses too).

Revision ID: 0042
Revises: 0041
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0042"
down_revision = "0041"
branch_labels = None
depends_on = None

SEALED = ("handed_from", "handed_to", "organisation", "purpose")
KEPT = ("id", "specimen_id", "at", "recorded_at", "recorded_by")

NO_UPDATE_BUT_SEALING = f"""
CREATE TRIGGER custody_events_no_update BEFORE UPDATE ON custody_events
WHEN NOT coalesce((
    OLD.key_version IS NULL AND NEW.key_version IS NOT NULL
    AND {" AND ".join(f"NEW.{c} IS OLD.{c}" for c in KEPT)}
    AND {" AND ".join(f"(NEW.{c} = '') = (OLD.{c} = '')" for c in SEALED)}
    AND {" AND ".join(f"(NEW.{c} = '' OR NEW.{c} LIKE 'osk1.%')" for c in SEALED)}
), 0)
BEGIN SELECT RAISE(ABORT, 'the chain of custody is append-only'); END
"""


def upgrade() -> None:
    op.add_column("custody_events", sa.Column("key_version", sa.Integer(), nullable=True))
    op.execute("DROP TRIGGER custody_events_no_update")
    op.execute(NO_UPDATE_BUT_SEALING)


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
