"""The sharings without her consent, and whether she was told of each (append-only)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, UtcDateTime

# Append-only in a local vault as on a server (where the staff's roles may only INSERT: db.server
# LEDGERS): no row is changed, and none removed while its case is there; a purge, which removes
# the whole case, takes its sharings with it (as the consent ledger's, db.consent). Migration
# 0060.
SHARINGS_APPEND_ONLY_TRIGGERS = (
    """
    CREATE TRIGGER sharings_without_consent_no_update BEFORE UPDATE ON sharings_without_consent
    BEGIN SELECT RAISE(ABORT, 'the sharings without consent are append-only'); END
    """,
    """
    CREATE TRIGGER sharings_without_consent_no_delete BEFORE DELETE ON sharings_without_consent
    WHEN (SELECT count(*) FROM cases WHERE id = OLD.case_id) > 0
    BEGIN SELECT RAISE(ABORT, 'the sharings without consent are append-only'); END
    """,
)


class SharingNotice(Base):
    """One document about her shared without her consent on a manager's authority, and
    whether she was told of it (``told``: domain.consent.Told); or, ``follows`` set, a later
    answer for that sharing ("she has now been told"). The latest row of a sharing is its
    answer now; no row is ever changed (the server grants INSERT only: db.server.LEDGERS; a
    local vault's triggers refuse UPDATE and DELETE, but for a purge of the whole case:
    ``SHARINGS_APPEND_ONLY_TRIGGERS``).

    Who will tell her and why she is not told are sealed under the consent key (like the
    ledger's names); the document, the file's digest (the export's audit entry has the same)
    and the answer's code stay coded."""

    __tablename__ = "sharings_without_consent"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    follows: Mapped[int | None] = mapped_column(
        ForeignKey("sharings_without_consent.id", ondelete="CASCADE"), nullable=True
    )
    document: Mapped[str] = mapped_column(String(64))  # the export's code (its audit entry's)
    sha256: Mapped[str] = mapped_column(String(64))  # of the file written; "" on a later answer
    told: Mapped[str] = mapped_column(String(16))
    told_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    told_by: Mapped[str] = mapped_column(Text)  # who will tell her (sealed)
    not_told_reason: Mapped[str] = mapped_column(Text)  # why she is not told (sealed)
    # Where it went and why (migration 0062), on a sharing's first row; "" and None on a
    # later answer, and on a row written before. The agencies (JSON list) and the reason
    # written are sealed; the reason's code (domain.coordination.SharingReason) is coded.
    meeting_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    agencies: Mapped[str] = mapped_column(Text, default="", server_default="")
    reason: Mapped[str] = mapped_column(String(32), default="", server_default="")
    reason_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_by: Mapped[str] = mapped_column(String(32))
    # The consent key's version its text is sealed with (services.sealedcolumns).
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
