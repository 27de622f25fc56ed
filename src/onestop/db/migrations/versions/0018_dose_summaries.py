"""Each case's first PEP and hepatitis B dose and how many, kept by the vault itself.

The reminders need, for every case, the first dose of each kind and the number of doses: a
grouping over a year of treatments, read at every sign-in. Triggers keep one row per case and
kind up to date whenever a treatment or an encounter is added, changed or removed (a purge
included), so no write path can forget it; the reminders read a few rows from an index.

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

from onestop.db.base import UtcDateTime

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

KINDS = ("pep_first_dose", "hepatitis_b")


def _recompute(case_id: str, kind: str) -> str:
    """The statements that rebuild one case's row for one kind from its treatments."""
    return f"""
    DELETE FROM dose_summaries WHERE case_id = {case_id} AND kind = {kind};
    INSERT INTO dose_summaries (case_id, kind, first_given_at, doses)
        SELECT e.case_id, t.kind, min(t.given_at), count(*)
        FROM treatments AS t JOIN health_encounters AS e ON e.id = t.encounter_id
        WHERE e.case_id = {case_id} AND t.kind = {kind}
        GROUP BY e.case_id, t.kind;"""


def _case_of(encounter_id: str) -> str:
    return f"(SELECT case_id FROM health_encounters WHERE id = {encounter_id})"


KIND_IS = "{row}.kind IN ('pep_first_dose', 'hepatitis_b')"


def upgrade() -> None:
    op.create_table(
        "dose_summaries",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("first_given_at", UtcDateTime(), nullable=False),
        sa.Column("doses", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_dose_summaries_case_id_cases", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", "kind", name="pk_dose_summaries"),
    )
    op.create_index(
        "ix_dose_summaries_schedule", "dose_summaries", ["kind", "first_given_at", "doses"]
    )
    new_case, old_case = _case_of("NEW.encounter_id"), _case_of("OLD.encounter_id")
    op.execute(
        f"""CREATE TRIGGER tr_treatments_insert AFTER INSERT ON treatments
        WHEN {KIND_IS.format(row="NEW")}
        BEGIN {_recompute(new_case, "NEW.kind")} END"""
    )
    op.execute(
        f"""CREATE TRIGGER tr_treatments_delete AFTER DELETE ON treatments
        WHEN {KIND_IS.format(row="OLD")}
        BEGIN {_recompute(old_case, "OLD.kind")} END"""
    )
    op.execute(
        f"""CREATE TRIGGER tr_treatments_update AFTER UPDATE OF kind, given_at, encounter_id
        ON treatments
        WHEN {KIND_IS.format(row="OLD")} OR {KIND_IS.format(row="NEW")}
        BEGIN {_recompute(old_case, "OLD.kind")} {_recompute(new_case, "NEW.kind")} END"""
    )
    # An encounter removed (or moved to another case) takes its treatments with it.
    for event, row in (("DELETE", "OLD"), ("UPDATE OF case_id", "OLD")):
        name = "delete" if event == "DELETE" else "update"
        body = "".join(_recompute(f"{row}.case_id", f"'{k}'") for k in KINDS)
        if event != "DELETE":
            body += "".join(_recompute("NEW.case_id", f"'{k}'") for k in KINDS)
        op.execute(
            f"""CREATE TRIGGER tr_health_encounters_{name} AFTER {event} ON health_encounters
            BEGIN {body} END"""
        )
    op.execute(
        """INSERT INTO dose_summaries (case_id, kind, first_given_at, doses)
        SELECT e.case_id, t.kind, min(t.given_at), count(*)
        FROM treatments AS t JOIN health_encounters AS e ON e.id = t.encounter_id
        WHERE t.kind IN ('pep_first_dose', 'hepatitis_b')
        GROUP BY e.case_id, t.kind"""
    )


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
