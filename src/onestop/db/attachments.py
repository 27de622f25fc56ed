"""Attachments recorded in the vault; their encrypted content lives in ``blobs/``."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from onestop.db.base import Base, UtcDateTime, Versioned


class StoredBlob(Base):
    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Attachment(Versioned, Base):
    """A photo or scan in a case, in one section (an injury photo is health or forensic, and
    has that section's permissions). The content is an encrypted blob; the title and original
    file name are here, sealed under the key of the attachment's section
    (services.sealedcolumns.ROW_SECTION), and never used as file names on disk.

    ``sha256`` and ``thumbnail_sha256`` name the stored blobs (vault.blobs: the hash of what
    the vault layer holds). Since migration 0063 the content and thumbnail of an attachment of
    a section with a section key are sealed under that key too (``blob_key_version``: the
    version), so those hashes are of the sealed form, and ``content_sha256`` keeps the
    original's SHA-256 for evidence integrity. Both NULL: an attachment held by the vault
    layer alone (written before 0063, or in a section without a key), whose ``sha256`` is the
    original's."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    section: Mapped[str] = mapped_column(String(32))
    # The incident a photograph documents: a medico-legal report on that incident takes the
    # photographs linked to it, and no other.
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id"), nullable=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    thumbnail_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"), nullable=True)
    media_type: Mapped[str] = mapped_column(String(100))
    original_name: Mapped[str] = mapped_column(String(255))
    title: Mapped[str] = mapped_column(String(200))
    size: Mapped[int] = mapped_column(Integer)
    taken_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # A photograph's caption (migration 0057): who took it and the body site it shows (sealed
    # like the title), and the number of the injury it documents, as the encounter's injuries
    # table numbers them (None: not recorded).
    taken_by: Mapped[str] = mapped_column(Text, default="", server_default="")
    body_site: Mapped[str] = mapped_column(Text, default="", server_default="")
    injury_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)
    added_by: Mapped[str] = mapped_column(String(32))
    # The key version its title and file name are sealed with (services.sealedcolumns); NULL:
    # not sealed yet (a vault from before migration 0041).
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Migration 0063 (see above): the original's SHA-256 when ``sha256`` is not it, and the
    # version of the section key its content and thumbnail are sealed with (NULL: not sealed).
    content_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    blob_key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Migration 0067: whether the content is sealed in form 2, bound to this row and its case
    # (vault.blobs.Row); False for the older forms a holder's sign-in seals or rebinds.
    content_bound: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    @property
    def original_sha256(self) -> str:
        """The SHA-256 of the original, as recorded when it was attached (evidence)."""
        return self.content_sha256 or self.sha256
