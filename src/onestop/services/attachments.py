"""Attachments: injury photographs and scanned documents, kept encrypted in the vault.

Each attachment belongs to a section and has that section's permissions. Its content is an
encrypted blob (never a plaintext file, never named after anything in it), sealed under the
key of its section inside the vault's own layer (services.attachmentblobs, vault.blobs); the
SHA-256 of the original is recorded for evidence integrity and checked on every opening, and
``verify`` checks every stored file against the hash of its stored form. A photograph of the
survivor needs her consent to photography in force when it was taken. Thumbnails are made in
memory and sealed the same way. Its title and original file name are sealed under the key of
its section too (services.sealedcolumns.ROW_SECTION): whoever may not read that section cannot
read any of it from the files either. Moved to another section, it is sealed under that one's
key.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from typing import cast

from PIL import Image, UnidentifiedImageError
from sqlalchemy import Table, select, text
from sqlalchemy.orm import Session

from onestop import logs
from onestop.db.attachments import Attachment
from onestop.db.base import utcnow
from onestop.db.cases import Case
from onestop.db.incidents import Incident
from onestop.domain.audit import AuditAction
from onestop.domain.consent import Decision, Purpose
from onestop.domain.roles import Action, Section
from onestop.errors import Conflict, ConsentRequired, NotFound, ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import attachmentblobs, sealedcolumns, sectionkeys, signedversions
from onestop.services.audit import MAX_DETAIL
from onestop.services.consent import consent_in_force
from onestop.services.records import (
    Version,
    bump_version,
    check_version,
    find_case,
    new_row,
    versions,
)
from onestop.services.session import VaultSession
from onestop.vault.blobs import THUMBNAIL, Row
from onestop.vault.sectionkeys import CaseRef, KeyRing, SealedFieldError, SectionKey

_TABLE = cast(Table, Attachment.__table__)

MAX_BYTES = 50 * 1024 * 1024
THUMBNAIL_PX = 256
MAX_PIXELS = 60_000_000  # a decompression bomb is refused, not decoded
IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/webp", "image/tiff", "image/bmp"})
DOCUMENT_TYPES = frozenset({"application/pdf"})


@dataclass(frozen=True)
class AttachmentInfo:
    attachment_id: int
    case_reference: str
    section: Section
    sha256: str
    media_type: str
    original_name: str
    title: str
    size: int
    taken_at: datetime | None
    added_at: datetime
    added_by: str
    has_thumbnail: bool
    version: int = 1
    incident_id: int | None = None  # the incident a photograph documents
    # A photograph's caption: who took it, the body site it shows, the number of the injury it
    # documents as the encounter's injuries table numbers them ("" / None: not recorded).
    taken_by: str = ""
    body_site: str = ""
    injury_number: int | None = None
    # The hash naming its stored file (vault.blobs): of the form sealed under its section's
    # key, not the original's (``sha256``), unless the vault layer alone holds it.
    stored_sha256: str = ""


RECORD_TYPE = "attachment"
EDITABLE = ("section", "title", "taken_at", "taken_by", "body_site", "injury_number")
CAPTION_MAX = 200  # characters of the photographer's name and of the body site


def _info(row: Attachment, reference: str) -> AttachmentInfo:
    return AttachmentInfo(
        row.id,
        reference,
        Section(row.section),
        row.original_sha256,
        row.media_type,
        row.original_name,
        row.title,
        row.size,
        row.taken_at,
        row.added_at,
        row.added_by,
        row.thumbnail_sha256 is not None,
        row.version,
        row.incident_id,
        row.taken_by or "",
        row.body_site or "",
        row.injury_number,
        row.sha256,
    )


def _check_title(title: str) -> dict[str, str]:
    return {"title": "The title is at most 200 characters."} if len(title) > 200 else {}


@dataclass(frozen=True)
class Caption:
    """What a photograph's caption says beyond its title and time: who took it, the part of
    the body it shows, and the number of the injury it documents, as the encounter's injuries
    table numbers them ("" / None: not recorded, and printed so)."""

    taken_by: str = ""
    body_site: str = ""
    injury_number: int | None = None

    def cleaned(self) -> Caption:
        return Caption(self.taken_by.strip(), self.body_site.strip(), self.injury_number)


def _check_caption(caption: Caption) -> dict[str, str]:
    """A photograph's caption fields: short text, and an injury number counted from 1."""
    problems: dict[str, str] = {}
    injury_number = caption.injury_number
    for field, value in (("taken_by", caption.taken_by), ("body_site", caption.body_site)):
        if len(value) > CAPTION_MAX:
            problems[field] = QT_TRANSLATE_NOOP(
                "Messages", "Write at most %n character(s) here.", "", CAPTION_MAX
            )
    if injury_number is not None and not 1 <= injury_number <= 999:
        problems["injury_number"] = QT_TRANSLATE_NOOP(
            "Messages", "An injury number is the injury's number in the injuries table (1, 2 …)."
        )
    return problems


def make_thumbnail(data: bytes) -> bytes:
    """A PNG thumbnail of an image, decoded in memory; ValidationFailed if it is not one."""
    try:
        with Image.open(io.BytesIO(data)) as img:
            if img.width * img.height > MAX_PIXELS:
                raise ValidationFailed.of(
                    {
                        "file": QT_TRANSLATE_NOOP(
                            "Messages", "This image is too large to open safely."
                        )
                    }
                )
            img.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX))
            out = io.BytesIO()
            img.convert("RGB").save(out, format="PNG")
            return out.getvalue()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        raise ValidationFailed.of(
            {"file": QT_TRANSLATE_NOOP("Messages", "This file is not a picture OneStop can read.")}
        ) from None


def _recognised(data: bytes, declared: str) -> str:
    """The media type the content shows (magic bytes), whatever was declared: a zip or a
    program declared as a PDF is refused here, before anything is stored or opened."""
    from onestop.services.preview import sniff_media_type  # preview imports this module

    actual = sniff_media_type(data)
    if actual is None:
        raise ValidationFailed.of(
            {
                "file": QT_TRANSLATE_NOOP(
                    "Messages",
                    "This file is not a picture OneStop can read, nor a PDF: its content is "
                    "something else, whatever its name or type says.",
                )
            }
        )
    if actual != declared:
        logs.log.info("attachment declared as %s is %s; kept as %s", declared, actual, actual)
    return actual


def base_name(name: str) -> str:
    """The file's own name, without the folders it came from (which can name people)."""
    return name.replace("\\", "/").rsplit("/", 1)[-1]


class AttachmentService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def _content_key(self, s: Session, section: Section) -> SectionKey | None:
        """The key version a new original of ``section`` is sealed with (None: a section
        without a key, held by the vault layer alone); KeyNotHeld while she waits for it."""
        if not sectionkeys.is_encrypted(section):
            return None
        key: SectionKey | None = s.info["section_keys"].current(section)
        if key is None:
            raise sectionkeys.KeyNotHeld(sectionkeys.waiting_message(section))
        return key

    def add(
        self,
        reference: str,
        section: Section,
        data: bytes,
        media_type: str,
        *,
        title: str = "",
        original_name: str = "",
        taken_at: datetime | None = None,
        incident_id: int | None = None,
        caption: Caption | None = None,
    ) -> AttachmentInfo:
        """A photograph or scan added to a section of her file; ``incident_id``: the incident
        a photograph documents (it then goes into the medico-legal report on that incident);
        ``caption``: who took it, the part of the body shown, the injury it documents."""
        session = self._session
        if not section.is_survivor_record:
            raise ValidationFailed.of(
                {"section": QT_TRANSLATE_NOOP("Messages", "Attach files to a section of her file.")}
            )
        problems: dict[str, str] = {}
        if not data:
            problems["file"] = QT_TRANSLATE_NOOP("Messages", "The file is empty.")
        elif len(data) > MAX_BYTES:
            problems["file"] = QT_TRANSLATE_NOOP(
                "Messages", "Files of up to 50 MB can be attached."
            )
        if media_type not in IMAGE_TYPES | DOCUMENT_TYPES:
            problems["media_type"] = QT_TRANSLATE_NOOP(
                "Messages", "Attach a photograph (JPEG, PNG…) or a PDF scan."
            )
        problems.update(_check_title(title))
        caption = (caption or Caption()).cleaned()
        problems.update(_check_caption(caption))
        if len(original_name) > 255:
            problems["original_name"] = QT_TRANSLATE_NOOP(
                "Messages", "The file name is at most 255 characters."
            )
        if problems:
            raise ValidationFailed.of(problems)
        media_type = _recognised(data, media_type)
        original_name = base_name(original_name)
        is_photo = media_type in IMAGE_TYPES
        thumbnail = make_thumbnail(data) if is_photo else None
        with session.unit_of_work(section, Action.WRITE, record_ref=reference) as s:
            case = find_case(s, reference)
            if incident_id is not None:
                incident = s.get(Incident, incident_id)
                if incident is None or incident.case_id != case.id:
                    raise ValidationFailed.of(
                        {
                            "incident_id": QT_TRANSLATE_NOOP(
                                "Messages", "Choose an incident of this case."
                            )
                        }
                    )
            when = taken_at or utcnow()
            if is_photo and not self._consented(s, case.id, when):
                raise ConsentRequired(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "She has not consented to photography (at the time the picture was taken). "
                        "Record her decision in the consent ledger first; nothing was saved.",
                    )
                )
            # Its id first: the sealed content is bound to the row and its case.
            attachment_id = sealedcolumns.next_id(s.connection(), s, _TABLE)
            key = self._content_key(s, section)
            stored, thumb, original, key_version = attachmentblobs.store_content(
                session, s, key, data, thumbnail, Row(attachment_id, case.id, case.reference)
            )
            row = new_row(
                Attachment,
                session.actor.username,
                id=attachment_id,
                case_id=case.id,
                content_bound=key is not None,
                section=section.value,
                sha256=stored,
                thumbnail_sha256=thumb,
                content_sha256=original,
                blob_key_version=key_version,
                media_type=media_type,
                original_name=original_name,
                title=title,
                size=len(data),
                taken_at=taken_at,
                incident_id=incident_id,
                taken_by=caption.taken_by,
                body_site=caption.body_site,
                injury_number=caption.injury_number,
            )
            row.added_at, row.added_by = row.updated_at, row.updated_by
            s.add(row)
            s.flush()
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                section,
                record_ref=case.reference,
                detail=f"attachment {row.id} added",
            )
            return _info(row, case.reference)

    @staticmethod
    def _consented(s: Session, case_id: int, when: datetime) -> bool:
        entry = consent_in_force(s, case_id, Purpose.PHOTOGRAPHY, when)
        return entry is not None and entry.decision is Decision.GIVEN

    def describe(
        self,
        reference: str,
        attachment_id: int,
        *,
        section: Section,
        title: str,
        taken_at: datetime | None,
        expected_version: int,
        caption: Caption | None = None,
    ) -> AttachmentInfo:
        """Correct an attachment's title, time taken or section (an injury photograph filed
        under the wrong section), and a photograph's ``caption`` (left as it is when not
        given); the content never changes. Moving it needs the right to
        write in both sections. The version replaced is kept."""
        session = self._session
        current = self._section_of(reference, attachment_id)
        if not section.is_survivor_record:
            raise ValidationFailed.of(
                {"section": QT_TRANSLATE_NOOP("Messages", "Attach files to a section of her file.")}
            )
        problems = _check_title(title)
        if caption is not None:
            caption = caption.cleaned()
            problems.update(_check_caption(caption))
        if taken_at is not None and taken_at > utcnow():
            problems["taken_at"] = QT_TRANSLATE_NOOP(
                "Messages", "A picture cannot be taken in the future."
            )
        if problems:
            raise ValidationFailed.of(problems)
        if section is not current and not session.allowed(section, Action.WRITE):
            raise session.refuse(section, Action.WRITE, reference)
        with session.unit_of_work(current, Action.WRITE, record_ref=reference) as s:
            case, row = self._find(s, reference, attachment_id)
            check_version(row, expected_version, "attachment")
            if Section(row.section) is not current:
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Someone else moved this attachment while you were editing it. Nothing "
                        "was saved: open it again to see their changes, then make yours.",
                    )
                )
            retimed_photo = row.media_type in IMAGE_TYPES and taken_at != row.taken_at
            if retimed_photo and not self._consented(s, case.id, taken_at or row.added_at):
                raise ConsentRequired(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "She had not consented to photography at that time. Check the time "
                        "the picture was taken and the consent ledger; nothing was saved.",
                    )
                )
            bump_version(s, RECORD_TYPE, row, EDITABLE, session.actor.username)
            row.section, row.title, row.taken_at = section.value, title, taken_at
            if caption is not None:
                row.taken_by, row.body_site = caption.taken_by, caption.body_site
                row.injury_number = caption.injury_number
            if section is not current:
                self._reseal(s, row, current, case.reference)
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                current,
                record_ref=case.reference,
                detail=(
                    f"attachment {row.id} v{row.version}"
                    + (f" moved to {section.value}" if section is not current else "")
                ),
            )
            return _info(row, case.reference)

    def _reseal(self, s: Session, row: Attachment, left: Section, reference: str) -> None:
        """An attachment moved from ``left`` to its section now: its original and thumbnail
        opened with the key of the section it left and sealed under the new section's (the
        holders of the old section alone must not keep reading it); the old files go once
        this commits."""
        session = self._session
        key = self._content_key(s, Section(row.section))
        if key is None and row.blob_key_version is None:
            return  # the vault layer alone, before and after
        ring, version, original = s.info["section_keys"], row.blob_key_version, row.original_sha256
        bound = Row(row.id, row.case_id, reference)
        older = attachmentblobs.unbound_allowed(session, s, left.value)
        data = attachmentblobs.read(
            session, ring, left.value, version, original, row.sha256, bound, older
        )
        thumbnail = None
        if row.thumbnail_sha256 is not None:
            thumbnail = attachmentblobs.read(
                session,
                ring,
                left.value,
                version,
                original,
                row.thumbnail_sha256,
                bound,
                older,
                THUMBNAIL,
            )
        before = (row.sha256, row.thumbnail_sha256)
        stored, thumb, original, key_version = attachmentblobs.store_content(
            session, s, key, data, thumbnail, bound
        )
        row.sha256, row.thumbnail_sha256 = stored, thumb
        row.content_sha256, row.blob_key_version = original, key_version
        row.content_bound = key is not None
        attachmentblobs.drop_unused(session, s, before)

    def history(self, reference: str, attachment_id: int) -> tuple[Version, ...]:
        section = self._section_of(reference, attachment_id)
        with self._session.unit_of_work(section, Action.READ, record_ref=reference) as s:
            case, row = self._find(s, reference, attachment_id)
            found = tuple(
                _open_version(self._session, row.id, v, sealedcolumns.case_of(s, row))
                for v in versions(s, RECORD_TYPE, row.id)
            )
            self._session.audit(
                s,
                AuditAction.RECORD_READ,
                section,
                record_ref=case.reference,
                detail=f"attachment {row.id} history",
            )
            return found

    @staticmethod
    def _find(s: Session, reference: str, attachment_id: int) -> tuple[Case, Attachment]:
        case = find_case(s, reference)
        row = s.get(Attachment, attachment_id)
        if row is None or row.case_id != case.id:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The attachment you chose is not in case {reference}: it may have been "
                    "removed. Choose it again from the list.",
                ).format(reference=case.reference)
            )
        return case, row

    def _section_of(self, reference: str, attachment_id: int) -> Section:
        """The section whose permissions an attachment has (looked up before they are
        checked: the answer is not shown to anyone)."""
        with self._session.system_transaction() as s:
            return self._section_in(s, reference, attachment_id)

    @classmethod
    def _section_in(cls, s: Session, reference: str, attachment_id: int) -> Section:
        """An attachment's section. On a centre server the row policy hides an attachment
        of a section the viewer does not read, so its section is asked of
        ``onestop_attachment_section`` (db/server.py): she is then refused, with its audit
        entry, exactly as in the local vault, not told there is no such attachment."""
        if s.get_bind().dialect.name != "postgresql":
            return Section(cls._find(s, reference, attachment_id)[1].section)
        found = s.execute(
            text("SELECT onestop_attachment_section(:reference, :id)"),
            {"reference": reference.strip().upper(), "id": attachment_id},
        ).scalar_one()
        if found is None:
            cls._find(s, reference, attachment_id)  # raises NotFound, in its words
        return Section(found)

    def list(self, reference: str) -> tuple[AttachmentInfo, ...]:
        """The attachments in the sections the viewer may read."""
        session = self._session
        readable = [
            sec.value
            for sec in Section
            if sec.is_survivor_record and session.allowed(sec, Action.READ, reference)
        ]
        with session.unit_of_work(Section.IDENTITY, Action.READ, record_ref=reference) as s:
            case = find_case(s, reference)
            rows = s.scalars(
                select(Attachment)
                .where(Attachment.case_id == case.id, Attachment.section.in_(readable))
                .order_by(Attachment.added_at, Attachment.id)
            ).all()
            signedversions.check_current(s, RECORD_TYPE, case.reference, rows)
            session.audit(
                s,
                AuditAction.RECORD_READ,
                Section.IDENTITY,
                record_ref=case.reference,
                detail="attachments listed",
            )
            listed = tuple(_info(r, case.reference) for r in rows)
            closed = {r.id for r in rows if sealedcolumns.is_closed(r)}
        by_glass: dict[Section, tuple[int, ...]] = {}
        for info in listed:
            if info.attachment_id in closed and not session.allowed(info.section, Action.READ):
                by_glass[info.section] = (*by_glass.get(info.section, ()), info.attachment_id)
        if not by_glass:
            return listed
        opened = self._by_break_glass(case.reference, by_glass)
        return tuple(
            replace(i, title=opened[i.attachment_id][0], original_name=opened[i.attachment_id][1])
            if i.attachment_id in opened
            else i
            for i in listed
        )

    def _by_break_glass(
        self, reference: str, by_glass: dict[Section, tuple[int, ...]]
    ) -> dict[int, tuple[str, str]]:
        """The titles and file names of attachments in sections she reads by break-glass:
        each section's in a unit of work of its own, the only one its key is lent to, audited
        as a read by break-glass like any other."""
        session = self._session
        opened: dict[int, tuple[str, str]] = {}
        for section, ids in by_glass.items():
            with session.unit_of_work(section, Action.READ, record_ref=reference) as s:
                ring = s.info["section_keys"]
                # Columns, not rows: the rows, loaded before without this key, stay as they are.
                columns = (Attachment.id, Attachment.version, Attachment.title)
                found = s.execute(
                    select(*columns, Attachment.original_name, Attachment.case_id).where(
                        Attachment.id.in_(ids)
                    )
                )
                older_ok = sealedcolumns.older_form_ok(s, sealedcolumns.key_section(section))
                for row_id, version, title, name, case_id in found:
                    case = sealedcolumns.case_ref(s, case_id)
                    opened[row_id] = (
                        _open_or_sealed(ring, "title", row_id, version, title, case, older_ok),
                        _open_or_sealed(
                            ring, "original_name", row_id, version, name, case, older_ok
                        ),
                    )
                session.audit(
                    s,
                    AuditAction.RECORD_READ,
                    section,
                    record_ref=reference,
                    detail="attachments listed",
                )
        return opened

    def _open(self, reference: str, attachment_id: int, thumbnail: bool) -> bytes:
        session = self._session
        section = self._section_of(reference, attachment_id)
        # The permission is the attachment's section's, checked (and a refusal audited) here.
        with session.unit_of_work(section, Action.READ, record_ref=reference) as s:
            case, row = self._find(s, reference, attachment_id)
            if thumbnail and row.thumbnail_sha256 is None:
                raise NotFound(QT_TRANSLATE_NOOP("Messages", "This attachment has no thumbnail."))
            # Opened with her key of its section (the key lent for a break-glass read included)
            # and checked against its SHA-256.
            ring = s.info["section_keys"]
            older = attachmentblobs.unbound_allowed(session, s, row.section)
            data = attachmentblobs.read_row(
                session, ring, row, case.reference, older, thumbnail=thumbnail
            )
            session.audit(
                s,
                AuditAction.RECORD_READ,
                section,
                record_ref=case.reference,
                detail=f"attachment {row.id} {'thumbnail' if thumbnail else 'opened'}",
            )
            return data

    def open(self, reference: str, attachment_id: int) -> bytes:
        """The original, in memory, verified against its recorded SHA-256."""
        return self._open(reference, attachment_id, thumbnail=False)

    def thumbnail(self, reference: str, attachment_id: int) -> bytes:
        return self._open(reference, attachment_id, thumbnail=True)

    def open_many(
        self, reference: str, attachment_ids: Sequence[int], *, thumbnails: bool = False
    ) -> dict[int, bytes]:
        """Several originals at once (a court bundle's photographs), each verified against its
        SHA-256: the permission checked and one audit entry written per section, naming every
        attachment read; the files decrypted in parallel (AES-GCM and SHA-256 leave the
        interpreter's lock). With ``thumbnails``, the thumbnails of those that have one (the
        attachments tab's pictures)."""
        session = self._session
        with session.system_transaction() as s:
            by_section: dict[Section, list[int]] = {}
            for attachment_id in attachment_ids:
                section = self._section_in(s, reference, attachment_id)
                by_section.setdefault(section, []).append(attachment_id)
        for section in by_section:  # all or nothing: a refused section before any is read
            if not session.allowed(section, Action.READ, reference):
                raise session.refuse(section, Action.READ, reference)
        opened: dict[int, bytes] = {}
        for section, ids in by_section.items():
            with session.unit_of_work(section, Action.READ, record_ref=reference) as s:
                rows = [self._find(s, reference, i) for i in ids]
                case = rows[0][0]
                if thumbnails:
                    rows = [(c, row) for c, row in rows if row.thumbnail_sha256 is not None]
                    ids = [row.id for _, row in rows]
                    if not ids:
                        continue
                ring = s.info["section_keys"]
                # Asked of the trail here, not in the threads: whether an older form may open.
                older = attachmentblobs.unbound_allowed(session, s, section.value)()

                def read(
                    row: Attachment,
                    ring: KeyRing = ring,
                    older: bool = older,
                    reference: str = case.reference,
                ) -> bytes:
                    return attachmentblobs.read_row(
                        session, ring, row, reference, lambda: older, thumbnail=thumbnails
                    )

                with ThreadPoolExecutor(max_workers=min(4, len(rows))) as pool:
                    blobs = list(pool.map(read, [row for _, row in rows]))
                opened.update(zip(ids, blobs, strict=True))
                verb = "thumbnails shown" if thumbnails else "opened"
                for detail in _opened_details(ids, verb):
                    session.audit(
                        s,
                        AuditAction.RECORD_READ,
                        section,
                        record_ref=case.reference,
                        detail=detail,
                    )
        return {i: opened[i] for i in attachment_ids if i in opened}


def _open_or_sealed(
    ring: KeyRing,
    column: str,
    row_id: int,
    version: int,
    value: str,
    case: CaseRef,
    older_ok: Callable[[], bool],
) -> str:
    try:
        opened = sealedcolumns.open_value(
            ring, "attachments", column, row_id, version, value, None, case, older_ok
        )
        return str(opened)
    except SealedFieldError:
        return sealedcolumns.SEALED_TEXT


def _open_version(
    session: VaultSession, attachment_id: int, version: Version, case: CaseRef | None
) -> Version:
    """An earlier version with its title opened. A version from before the attachment moved to
    another section is sealed with the key of the section it was in then: to a reader who
    does not hold that key its title reads as a sealed field does (sealedcolumns.SEALED_TEXT)."""
    fields = dict(version.fields)
    try:
        fields = sectionkeys.open_snapshot(
            session, "attachments", attachment_id, version.version, fields, case
        )
    except sectionkeys.KeyNotHeld:
        fields.pop("key_version", None)
        names = sealedcolumns.sealed_names(Attachment)
        fields.update({name: sealedcolumns.SEALED_TEXT for name in names if name in fields})
    return Version(version.version, version.replaced_at, version.replaced_by, fields)


def _opened_details(ids: Sequence[int], verb: str = "opened") -> list[str]:
    """Audit details naming these attachments as runs ("attachments 3-40, 52 opened"), as many
    entries as it takes to keep each within the audit's short detail."""
    spans: list[list[int]] = []
    for i in sorted(set(ids)):
        if spans and spans[-1][1] == i - 1:
            spans[-1][1] = i
        else:
            spans.append([i, i])
    runs = [str(a) if a == b else f"{a}-{b}" for a, b in spans]
    details: list[str] = []
    line: list[str] = []
    for run in runs:
        if line and len(_opened([*line, run], verb)) > MAX_DETAIL:
            details.append(_opened(line, verb))
            line = []
        line.append(run)
    if line:
        details.append(_opened(line, verb))
    return details


def _opened(runs: list[str], verb: str) -> str:
    return f"attachments {', '.join(runs)} {verb}"
