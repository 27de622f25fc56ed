"""Only holders sign section key grants: the point in the trail from which that holds.

Nothing in the schema changes. The sign-in (or the restore) that runs this migration writes
its "vault upgraded" entry, and that entry is the point services.grantsigs reads:

- a grant the admin or the recovery key signed (a revocation's new version, before this
  migration) opens for reading only when the signed entry of that revocation comes before it;
  one made after, or without such an entry, is refused and named by ``verify``;
- right after it, the person signing in commits, in signed entries, to the grants from before
  signatures (migration 0046) still unsigned; holders sign only those.

Revision ID: 0053
Revises: 0052
Create Date: 2026-12-03
"""

revision = "0053"
down_revision = "0052"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """No schema change: the migration's entry in the trail is what marks the point."""


def downgrade() -> None:
    raise NotImplementedError("vault migrations only go forward; restore a backup instead")
