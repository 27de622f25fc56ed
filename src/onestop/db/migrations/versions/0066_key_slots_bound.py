"""Key slots bound to their owners: the sign-in that reaches this revision vouches for them.

No table changes. From this revision on, every slot in keyslots.json carries a *binding*: an
Ed25519 signature over its X25519 public key, by the slot's own signing key (registered in the
signed trail). A slot's ``public_mac`` is keyed by the vault key, which every holder has, so a
colleague could put a key pair of her own into the recovery slot or another's and make its MAC
again; the next vault-key rotation (a disable, a password reset) then sealed the new key to her.
No colleague can make the binding.

Slots made before it have no binding. The sign-in (or restore) whose migration crosses this
revision signs each of them with its own signing key, after checking its MAC: trust on first use,
at the upgrade, recorded by that sign-in's signed "Vault upgraded" entry
(services.slotbinding). The revision marks that crossing; nothing in the schema changes.

Revision ID: 0066
Revises: 0064
Create Date: 2026-12-05
"""

revision = "0066"
down_revision = "0064"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing in the schema: see the module's docstring."""


def downgrade() -> None:
    """Nothing in the schema."""
