"""The dose triggers reach a case's doses through her encounters; indexes for two homes.

The triggers of migrations 0018 and 0035 rebuild a case's ``dose_summaries`` row after every
change to a PEP or hepatitis B dose, to an encounter's case or to its "entered in error" mark.
Their aggregate (``... FROM treatments JOIN health_encounters WHERE e.case_id = ? AND t.kind =
?``) left the join order to SQLite, which chose ``ix_treatments_kind_given_at``: it read every
dose of that kind in the vault and looked up each one's encounter. Recording a dose took 6 ms
at 10,000 survivors and 1.9 s at 100,000 (issue 24). The triggers are made again with the
same statements and the same results, but the aggregate starts from the case's encounters
(``ix_health_encounters_case_id``) and reaches their treatments through
``ix_treatments_encounter_id``: SQLite's ``CROSS JOIN`` keeps that order and ``INDEXED BY``
those indexes (left to itself, SQLite searched each encounter's doses by their kind, i.e.
every dose of that kind again). Only SQLite vaults have these triggers (the server's schema
is made from the models and has none).

Two home screens read whole tables: the counsellor's filters today's sessions on
``counselling_sessions.held_at`` and the shelter officer's lists the stays not yet exited in
room and bed order. Each gets an index that serves its filter and its order.

Revision ID: 0052
Revises: 0051
Create Date: 2026-12-03
"""

from alembic import op

revision = "0052"
down_revision = "0051"
branch_labels = None
depends_on = None

KINDS = ("pep_first_dose", "hepatitis_b")
KIND_IS = "{row}.kind IN ('pep_first_dose', 'hepatitis_b')"
TRIGGERS = (
    "tr_treatments_insert",
    "tr_treatments_delete",
    "tr_treatments_update",
    "tr_health_encounters_delete",
    "tr_health_encounters_update",
)


def doses_of(cases: str, kinds: str) -> str:
    """The SELECT of the dose_summaries rows of the ``cases`` and ``kinds`` (two conditions on
    ``e.case_id`` and ``t.kind``): the treatments of the encounters that count (0035's),
    reached from the cases' encounters. bench/seed.py writes a batch's rows with it."""
    return f"""SELECT e.case_id, t.kind, min(t.given_at), count(*)
        FROM health_encounters AS e INDEXED BY ix_health_encounters_case_id
        CROSS JOIN treatments AS t INDEXED BY ix_treatments_encounter_id ON t.encounter_id = e.id
        WHERE {cases} AND {kinds} AND e.entered_in_error = 0
        GROUP BY e.case_id, t.kind"""


def _recompute(case_id: str, kind: str) -> str:
    """The statements that rebuild one case's row for one kind."""
    return f"""
    DELETE FROM dose_summaries WHERE case_id = {case_id} AND kind = {kind};
    INSERT INTO dose_summaries (case_id, kind, first_given_at, doses)
        {doses_of(f"e.case_id = {case_id}", f"t.kind = {kind}")};"""


def _case_of(encounter_id: str) -> str:
    return f"(SELECT case_id FROM health_encounters WHERE id = {encounter_id})"


def trigger_sql() -> dict[str, str]:
    """Each trigger's CREATE statement, by name."""
    new_case, old_case = _case_of("NEW.encounter_id"), _case_of("OLD.encounter_id")
    every_kind_old = "".join(_recompute("OLD.case_id", f"'{k}'") for k in KINDS)
    every_kind_new = "".join(_recompute("NEW.case_id", f"'{k}'") for k in KINDS)
    return {
        "tr_treatments_insert": f"""CREATE TRIGGER tr_treatments_insert AFTER INSERT ON treatments
        WHEN {KIND_IS.format(row="NEW")}
        BEGIN {_recompute(new_case, "NEW.kind")} END""",
        "tr_treatments_delete": f"""CREATE TRIGGER tr_treatments_delete AFTER DELETE ON treatments
        WHEN {KIND_IS.format(row="OLD")}
        BEGIN {_recompute(old_case, "OLD.kind")} END""",
        "tr_treatments_update": f"""CREATE TRIGGER tr_treatments_update
        AFTER UPDATE OF kind, given_at, encounter_id ON treatments
        WHEN {KIND_IS.format(row="OLD")} OR {KIND_IS.format(row="NEW")}
        BEGIN {_recompute(old_case, "OLD.kind")} {_recompute(new_case, "NEW.kind")} END""",
        # An encounter removed, moved to another case, or marked (or its mark cleared).
        "tr_health_encounters_delete": f"""CREATE TRIGGER tr_health_encounters_delete
        AFTER DELETE ON health_encounters
        BEGIN {every_kind_old} END""",
        "tr_health_encounters_update": f"""CREATE TRIGGER tr_health_encounters_update
        AFTER UPDATE OF case_id, entered_in_error ON health_encounters
        BEGIN {every_kind_old} {every_kind_new} END""",
    }


def upgrade() -> None:
    for name, sql in trigger_sql().items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(sql)
    op.create_index("ix_counselling_sessions_held_at", "counselling_sessions", ["held_at"])
    op.create_index("ix_shelter_stays_current", "shelter_stays", ["exited_at", "room", "bed"])


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
