"""The search index's snapshot: the in-memory index (services.caseindex) kept sealed between
sign-ins, so a sign-in opens one blob and only the cases changed since, not every name.

One row (``id`` 1). ``entries`` is sealed under the identity key's version ``key_version``
(services.sealedcolumns.seal_value, with this table, column, row id and ``version`` in the
associated data), so the vault key alone (the admin's, the recovery key's) does not read it;
its plaintext is JSON (never pickle: a holder of the key could plant code in a pickle).
``version`` moves on at each write. A revocation deletes the row (services.sectionkeys.
revoke_holder), so it never stays under a version the revoked person held.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, UtcDateTime


class CaseIndexSnapshot(Base):
    __tablename__ = "case_index_snapshots"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    key_version: Mapped[int] = mapped_column(Integer)
    entries: Mapped[str] = mapped_column(Text, default="")
    written_at: Mapped[datetime] = mapped_column(UtcDateTime)
