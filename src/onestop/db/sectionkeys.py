"""Section keys granted to key slots (vault.sectionkeys): who can open which section's text.

One row per (section, key version, slot): the key sealed to that slot's public key. The row
also keeps the public key it was sealed to, so a grant made to a slot's earlier key pair
(before a password reset gave the slot a new one) is known to be stale rather than damaged,
and the signature of the account that granted it (services.grantsigs, migration 0046).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, UtcDateTime


class SectionKeyGrant(Base):
    __tablename__ = "section_key_grants"

    section: Mapped[str] = mapped_column(String(32), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    slot_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(64))  # hex of the raw X25519 public key
    sealed: Mapped[str] = mapped_column(Text)  # JSON of keyslots.seal's output
    granted_by: Mapped[str] = mapped_column(String(32))
    granted_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # The granting account's signature (services.grantsigs): its signing key's id, and hex of
    # the Ed25519 signature. A grant without a valid one is refused.
    signer: Mapped[str] = mapped_column(String(32), default="", server_default="")
    signature: Mapped[str] = mapped_column(String(128), default="", server_default="")
