"""A health encounter entered in error is marked so, with the reason, instead of being deleted.

A nurse who recorded an encounter on the wrong survivor marks it "entered in error" and says
why; the encounter stays in the file, struck through, with its history, but no longer counts:
its doses do not meet the clinical windows, and it is left out of the medico-legal report and
the statistics. The mark can be cleared again (with a reason too). Two columns are added in
place: the marker (false for every encounter recorded before) and the reason (empty; sealed
under the health key like the encounter's other text when it is written).

The vault's own count of each case's PEP and hepatitis B doses (``dose_summaries``, kept by the
triggers of migration 0018, read by the reminders) leaves out the doses of an encounter entered
in error: its triggers are made again with that condition, and one more fires when an encounter
is marked or its mark cleared.

Revision ID: 0035
Revises: 0034
Create Date: 2026-12-03
"""

from alembic import op

KINDS = ("pep_first_dose", "hepatitis_b")
KIND_IS = "{row}.kind IN ('pep_first_dose', 'hepatitis_b')"


def _recompute(case_id: str, kind: str) -> str:
    """The statements that rebuild one case's row for one kind from the treatments of her
    encounters that count (migration 0018's, without those entered in error)."""
    return f"""
    DELETE FROM dose_summaries WHERE case_id = {case_id} AND kind = {kind};
    INSERT INTO dose_summaries (case_id, kind, first_given_at, doses)
        SELECT e.case_id, t.kind, min(t.given_at), count(*)
        FROM treatments AS t JOIN health_encounters AS e ON e.id = t.encounter_id
        WHERE e.case_id = {case_id} AND t.kind = {kind} AND e.entered_in_error = 0
        GROUP BY e.case_id, t.kind;"""


def _case_of(encounter_id: str) -> str:
    return f"(SELECT case_id FROM health_encounters WHERE id = {encounter_id})"


revision = "0035"
down_revision = "0034"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "ALTER TABLE health_encounters ADD COLUMN entered_in_error BOOLEAN NOT NULL DEFAULT 0"
    )
    op.execute("ALTER TABLE health_encounters ADD COLUMN error_reason TEXT NOT NULL DEFAULT ''")
    for name in (
        "tr_treatments_insert",
        "tr_treatments_delete",
        "tr_treatments_update",
        "tr_health_encounters_delete",
        "tr_health_encounters_update",
    ):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
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
    # An encounter removed, moved to another case, or marked (or its mark cleared).
    every_kind = "".join(_recompute("OLD.case_id", f"'{k}'") for k in KINDS)
    op.execute(
        f"""CREATE TRIGGER tr_health_encounters_delete AFTER DELETE ON health_encounters
        BEGIN {every_kind} END"""
    )
    op.execute(
        f"""CREATE TRIGGER tr_health_encounters_update
        AFTER UPDATE OF case_id, entered_in_error ON health_encounters
        BEGIN {every_kind} {"".join(_recompute("NEW.case_id", f"'{k}'") for k in KINDS)} END"""
    )


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
