"""Documents issued from a record: each medico-legal report's number and version."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, UtcDateTime


class DocumentIssue(Base):
    """One export of a document about one subject (``exam 3``). The version moves on when the
    records it was made from changed (their ``fingerprint``) since the last export."""

    __tablename__ = "document_issues"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    document: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    fingerprint: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    issued_by: Mapped[str] = mapped_column(String(32))
    # Whom the issue named as the examiner (migration 0068): JSON of a staff examiner's
    # profile as printed and the examination's version; "" when not recorded.
    examiner: Mapped[str] = mapped_column(Text, default="", server_default="")
