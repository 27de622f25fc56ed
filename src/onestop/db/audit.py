"""The audit trail: append-only (triggers refuse UPDATE and DELETE), hash-chained, signed.

Every member of staff who can sign in holds the vault key, so nothing keyed by it alone can
stop one of them from rewriting the trail. Each entry is therefore signed (Ed25519) by the
person who acted, with a key only her password opens; ``staff_signing_keys`` lists the public
halves and which slot each belongs to.

``audit_anchor`` holds the head of the chain (last sequence number and hash, the head entry's
signer and signature, and an HMAC under a key derived from the vault key, kept for entries
written before signing); it is updated in the same transaction as each append, and a copy is
written next to the database (see services.audit) so that truncation and a rolled-back database
both show.
"""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base

APPEND_ONLY_TRIGGERS = (
    """
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END
    """,
    """
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END
    """,
)


class AuditEntry(Base):
    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32), index=True)
    actor: Mapped[str] = mapped_column(String(64), index=True)
    role: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(48), index=True)
    section: Mapped[str] = mapped_column(String(32))
    record_ref: Mapped[str] = mapped_column(String(64), index=True)
    outcome: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    signer: Mapped[str] = mapped_column(String(32), default="", server_default="")
    signature: Mapped[str] = mapped_column(String(128), default="", server_default="")


class AuditAnchor(Base):
    __tablename__ = "audit_anchor"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    mac: Mapped[str] = mapped_column(String(64))
    signer: Mapped[str] = mapped_column(String(32), default="", server_default="")
    signature: Mapped[str] = mapped_column(String(128), default="", server_default="")


class StaffSigningKey(Base):
    """The public half of one key slot's signing key, and the entry that registered it.

    ``from_seq`` is that entry's sequence number: the key signs nothing before it. A key is
    registered by the admin who created (or re-enabled, or reset) the account, or, for a slot
    made before entries were signed, by its holder at her first sign-in since.
    """

    __tablename__ = "staff_signing_keys"

    key_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    slot_id: Mapped[str] = mapped_column(String(64), index=True)
    username: Mapped[str] = mapped_column(String(64))
    public_key: Mapped[str] = mapped_column(String(64))  # hex, 32 bytes
    registered_at: Mapped[str] = mapped_column(String(32))
    registered_by: Mapped[str] = mapped_column(String(64))
    from_seq: Mapped[int] = mapped_column(Integer)
