"""Covering indexes for the reminders every home counts, at 100,000 survivors.

Each home counts the reminders the Reminders tab lists (services.reminders.summary), walking
each list's index in its order. Two walks looked up every row they passed:

- the referrals overdue for an answer: ``ix_referrals_status_sent_at`` has the status and the
  date sent, not whether the agency answered nor who made the referral nor its case, so the
  walk read each of the 25,000 referrals sent and not answered to find that a counsellor, an
  advocate, a shelter officer or a clinician made none of them (1.2 s for a counsellor's home
  on a busy machine). ``ix_referrals_awaiting`` holds the status, the answer's date (NULL: none
  yet), the date sent, who made it and its case: the walk reads the index alone, and only the
  rows of hers are looked up;
- the tasks due: ``ix_tasks_due_at`` lacks ``done``, so every task due before next week, done
  long ago or not, was read to find the open ones. ``ix_tasks_open_due`` holds ``done``, the
  due date, the assignee and the case.

Both lead with a column of a few values (status, done) that only these walks name: no other
query of either table is drawn to them. (No such index on the incidents, whose type the
clinician's list names too: it would read them through it instead of ``ix_incidents_occurred``.)

Coded columns only (dates, flags, user names, ids): nothing sealed is indexed. The models
declare the same indexes (db.referrals, db.tasks), so the centre's server gets them from
``create_schema`` and ``admin upgrade --server`` (db.serverupgrade adds a missing index).

Revision ID: 0061
Revises: 0060
Create Date: 2026-12-05
"""

from alembic import op

revision = "0061"
down_revision = "0060"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_referrals_awaiting": (
        "referrals",
        ["status", "responded_at", "sent_at", "created_by", "case_id"],
    ),
    "ix_tasks_open_due": ("tasks", ["done", "due_at", "assignee", "case_id"]),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
