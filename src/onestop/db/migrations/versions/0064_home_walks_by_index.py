"""Indexes for what the caseworker's and the manager's homes still read row by row, at
100,000 survivors (issue 24).

- ``ix_cases_caseworker_id`` (caseworker, id): whether a record's case is hers, for each
  record a caseworker's reminders walk (hearings, orders, follow-ups, tasks, referrals, the
  schedule's doses), was found by reading the case's row (its sealed text, a page or more)
  for its caseworker: the hearings of the next 14 days, 5,900 at 100,000 survivors, each read
  with its case to find her 18 (120-210 ms on a busy machine). It is one look-up in this
  index now (services.reminders._her_case);
- ``ix_hearings_held_at_case_id`` (held_at, case_id): that walk reads each hearing's case
  from the index rather than the hearing's row;
- ``ix_dose_summaries_schedule_case_id`` (kind, first_given_at, doses, case_id): her count of
  the schedule's follow-ups (1,800 doses at 100,000 survivors, all of one caseworker's in the
  bench's vault) reads each dose summary's case from the index rather than its row (59 ms
  against 27 ms on a busy machine, with the look-up in ix_cases_caseworker_id);
- ``ix_incidents_counted_by_type`` (gbv_type, created_at) of the incidents not entered in
  error: the manager's chart counts each type's last 90 days as one range of it, instead of
  sorting the 35,000 incidents of those days by type. Partial, so that only a query saying
  ``entered_in_error = 0`` reads it: an index led by the type drew the clinician's list
  (``entered_in_error IS 0``), which then took 700 ms instead of ix_incidents_occurred's
  0.1 ms.

Coded columns only (user names, ids, dates, types): nothing sealed is indexed. The models
declare the same indexes (db.cases, db.legal, db.health, db.incidents), so the centre's server gets them
from ``create_schema`` and ``admin upgrade --server``.

Revision ID: 0064
Revises: 0063
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0064"
down_revision = "0063"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_cases_caseworker_id", "cases", ["caseworker", "id"])
    op.create_index("ix_hearings_held_at_case_id", "hearings", ["held_at", "case_id"])
    op.create_index(
        "ix_dose_summaries_schedule_case_id",
        "dose_summaries",
        ["kind", "first_given_at", "doses", "case_id"],
    )
    op.create_index(
        "ix_incidents_counted_by_type",
        "incidents",
        ["gbv_type", "created_at"],
        sqlite_where=sa.text("entered_in_error = 0"),
    )


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
