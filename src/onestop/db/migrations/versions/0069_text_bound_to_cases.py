"""Sealed text of a survivor's case bound to that case (form 2).

Until now a sealed column's associated data named its table, column, row id and version, not
the row's case, and ``case_id`` is a coded column anyone with the vault key rewrites: one
UPDATE moved a counsellor's note about one survivor into another survivor's file, where it
opened as genuine, and a purged survivor's text kept by someone opened again under the ids a
later case reused (a red team's findings, issue 22). From this revision a row of a case is
sealed in form 2 (vault.sectionkeys: ``osk2.``), whose associated data also names the case's
id and reference (never reused). Which form a value is in is written in the value itself, so
no column records it: the first sign-in of a holder of a section seals its text in form 1
again in form 2 (services.sectionkeys.seal_older_text) and records the section as bound to
its cases in the signed trail; from then on form 1 does not open in a row of a case there.
Nothing is rewritten here: a migration runs before anyone's keys are open.

What changes in the schema: the append-only ledgers' update triggers (the chain of custody,
the consent ledger, the sharings without consent) let that one update through as well: a
row's sealed columns from form 1 to form 2 (each one, or empty before and after), its key
version kept set and every coded column unchanged; and sealing a row written before its
section was sealed may now write form 2.

On a centre's server (``admin upgrade --server``, which makes every function again), the
same release's ``onestop_refer_to_conference`` takes the day a counsellor's assessment
refers her on, the assessment's day in the centre's zone (it dated her by UTC's day: an
assessment at 00:30 in Nairobi referred her the day before), and refuses a day the
assessment's moment has in no zone.

Revision ID: 0069
Revises: 0068
Create Date: 2026-12-06
"""

from alembic import op

revision = "0069"
down_revision = "0068"
branch_labels = None
depends_on = None

# At this revision: each ledger's sealed columns, its coded ones, what its trigger says, and
# whether a row written before its section was sealed may be sealed by an update (0042, 0045).
LEDGERS = {
    "custody_events": (
        ("handed_from", "handed_to", "organisation", "purpose"),
        ("id", "specimen_id", "at", "recorded_at", "recorded_by"),
        "the chain of custody is append-only",
        True,
    ),
    "consent_entries": (
        ("agency", "guardian_name"),
        (
            "id",
            "case_id",
            "purpose",
            "agency_id",
            "decision",
            "given_by",
            "decided_at",
            "recorded_at",
            "recorded_by",
        ),
        "the consent ledger is append-only",
        True,
    ),
    "sharings_without_consent": (
        ("told_by", "not_told_reason", "agencies", "reason_note"),
        (
            "id",
            "case_id",
            "follows",
            "document",
            "sha256",
            "told",
            "told_on",
            "meeting_on",
            "reason",
            "recorded_at",
            "recorded_by",
        ),
        "the sharings without consent are append-only",
        False,
    ),
}


def _trigger(
    table: str, sealed: tuple[str, ...], kept: tuple[str, ...], says: str, older: bool
) -> str:
    unchanged = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in kept)
    # Each sealed column empty before and after, or from form 1 to form 2; at least one of the
    # latter (an update changing nothing else, or the key version alone, is still an edit).
    binding = " AND ".join(
        f"((coalesce(OLD.{c}, '') = '' AND coalesce(NEW.{c}, '') = '') "
        f"OR (OLD.{c} LIKE 'osk1.%' AND NEW.{c} LIKE 'osk2.%'))"
        for c in sealed
    )
    binding += " AND (" + " OR ".join(f"OLD.{c} LIKE 'osk1.%'" for c in sealed) + ")"
    allowed = f"(OLD.key_version IS NOT NULL AND NEW.key_version IS NOT NULL AND {binding})"
    if older:
        filled = " AND ".join(f"(NEW.{c} = '') = (OLD.{c} = '')" for c in sealed)
        sealed_form = " AND ".join(
            f"(NEW.{c} = '' OR NEW.{c} LIKE 'osk1.%' OR NEW.{c} LIKE 'osk2.%')" for c in sealed
        )
        sealing = (
            f"(OLD.key_version IS NULL AND NEW.key_version IS NOT NULL AND {filled} "
            f"AND {sealed_form})"
        )
        allowed = f"({sealing} OR {allowed})"
    return f"""
CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
WHEN NOT coalesce(({unchanged} AND {allowed}), 0)
BEGIN SELECT RAISE(ABORT, '{says}'); END
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # a centre server's ledgers: its grants (db.server.LEDGERS); nothing is rebound
    for table, (sealed, kept, says, older) in LEDGERS.items():
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
        op.execute(_trigger(table, sealed, kept, says, older))


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
