"""An attachment's content and thumbnail, stored and read under its section's key.

vault.blobs has the two layers. Here:

- ``store_content``: a new attachment's original and thumbnail sealed under the current
  version of its section's key (``sectionkeys.is_encrypted``), each then stored by the vault
  layer under the hash of its sealed form; a section without a key keeps the vault layer alone.
- ``read``: what a row's blob holds, opened with the version of the key the row records, from
  the key ring of the transaction (a break-glass read's lent key included). A reader without
  that key is refused (KeyNotHeld), never given the sealed bytes.
- ``bind_older``: the attachments written before migration 0063 (held by the vault layer alone,
  under the original's own hash) sealed, and those sealed in form 1 (0063-0066, not bound to
  their row) sealed again in form 2, at the first sign-in of a holder of their section
  (services.sectionkeys.seal_older_text), in her sign-in's transaction; the files no row names
  any more are deleted once that transaction commits (``drop_unused``), and so are the
  automatic pre-upgrade backups in ``backups/`` that held an older file under the vault key
  alone (``backups_holding``). Then the section is recorded as bound: a signed entry in the
  trail (``BOUND``). From then on an attachment of that section in an older form is not
  opened (someone with the vault key put it there: a re-pointed row, or a forged file under
  the vault key alone) and not sealed at a sign-in, which would launder it (``bound_sections``).

The admin, who holds no section key, still rotates the vault key (every file is re-encrypted
by the vault layer) and verifies every file against the hash of its stored form.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, cast

from sqlalchemy import ColumnElement, Connection, Table, delete, event, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from onestop.db.attachments import Attachment, StoredBlob
from onestop.db.base import utcnow
from onestop.db.cases import Case
from onestop.db.settings import Setting
from onestop.domain.audit import AuditAction
from onestop.domain.roles import Section
from onestop.errors import VaultDamaged
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import audit, grantsigs
from onestop.services.sectionkeys import KeyNotHeld
from onestop.vault.backup import SUFFIX
from onestop.vault.blobs import CONTENT, THUMBNAIL, Row, is_bound, open_content, seal_content
from onestop.vault.sectionkeys import KeyRing, SectionKey

if TYPE_CHECKING:
    from onestop.services.session import VaultSession

_TABLE = cast(Table, Attachment.__table__)  # written without the ORM's sealing of its text
BATCH = 100  # attachments read, sealed and written at a time while sealing older ones
_DROP = "onestop_blobs_to_drop"
_HEX = re.compile(r"[0-9a-f]{64}")


def store(session: VaultSession, s: Session, data: bytes) -> str:
    """``data`` stored by the vault layer and listed in ``blobs``; returns its hash."""
    digest = session.blobs.put(data)
    # INSERT … ON CONFLICT DO NOTHING, in the dialect of the vault's database.
    insert = pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert
    s.execute(
        insert(StoredBlob)
        .values(sha256=digest, size=len(data), created_at=utcnow())
        .on_conflict_do_nothing()
    )
    return digest


def store_content(
    session: VaultSession,
    s: Session,
    key: SectionKey | None,
    data: bytes,
    thumbnail: bytes | None,
    row: Row,
) -> tuple[str, str | None, str, int | None]:
    """An original and its thumbnail stored: sealed under ``key`` (a version of the section's
    key) and bound to ``row``, or by the vault layer alone when ``key`` is None. Returns the
    stored hashes of the original and the thumbnail, the original's SHA-256, and the key
    version."""
    original = hashlib.sha256(data).hexdigest()
    if key is None:
        thumb = store(session, s, thumbnail) if thumbnail is not None else None
        return store(session, s, data), thumb, original, None
    sealed = store(session, s, seal_content(key, CONTENT, original, data, row))
    thumb = None
    if thumbnail is not None:
        thumb = store(session, s, seal_content(key, THUMBNAIL, original, thumbnail, row))
    return sealed, thumb, original, key.version


_ALTERED = QT_TRANSLATE_NOOP(
    "Messages", "An attachment file in the vault is damaged or was altered."
)


def read(
    session: VaultSession,
    ring: KeyRing,
    section: str,
    version: int | None,
    original: str,
    digest: str,
    row: Row,
    unbound_ok: Callable[[], bool],
    kind: str = CONTENT,
) -> bytes:
    """The plaintext behind a stored blob: ``digest`` read by the vault layer (checked
    against it), then opened with version ``version`` of ``section``'s key from ``ring``
    (None: the vault layer alone holds it, and ``digest`` is the original's hash) as ``row``'s.
    The original is checked against its SHA-256 ``original``. An older form (the vault layer
    alone, or form 1) opens only while ``unbound_ok()``: the section is not recorded as bound
    (``bound_sections``)."""
    stored = session.blobs.get(digest)
    if version is None:
        if not unbound_ok():
            raise VaultDamaged(_ALTERED)
        if kind == CONTENT and digest != original:
            raise VaultDamaged(
                QT_TRANSLATE_NOOP(
                    "Messages", "An attachment file does not match its recorded SHA-256."
                )
            )
        return stored
    key = ring.get(section, version)
    if key is None:
        raise KeyNotHeld(
            QT_TRANSLATE_NOOP(
                "Messages",
                "A sealed record could not be opened with your keys: it was moved, altered, or "
                "sealed with a key you were not given.",
            )
        )
    ok = is_bound(stored) or unbound_ok()
    return open_content(key, kind, original, stored, row, unbound_ok=ok)


def read_row(
    session: VaultSession,
    ring: KeyRing,
    row: Attachment,
    reference: str,
    unbound_ok: Callable[[], bool],
    *,
    thumbnail: bool,
) -> bytes:
    """``read`` of an attachment's original or thumbnail; ``reference`` its case's."""
    digest = row.thumbnail_sha256 if thumbnail else row.sha256
    assert digest is not None
    kind = THUMBNAIL if thumbnail else CONTENT
    return read(
        session,
        ring,
        row.section,
        row.blob_key_version,
        row.original_sha256,
        digest,
        Row(row.id, row.case_id, reference),
        unbound_ok,
        kind,
    )


# ----- sections whose attachments are all bound to their rows -----------------------------------

BOUND = "attachments bound"  # the detail of the signed entry recording it, per section
# The detail of the signed entry recording that a section's sealed text in rows of survivors'
# cases is all in form 2, bound to its case (migration 0069, services.sealedcolumns).
TEXT_BOUND = "text bound to cases"


def bound_sections(session: VaultSession, s: Session) -> frozenset[str]:
    """The sections the trail records as bound: a genuine signed entry (hash and signature
    holding, by a registered key of its actor) "Older text sealed", detail BOUND, for each.
    Removing one breaks the trail's chain, which ``verify`` names. On a centre server a staff
    login reads no audit entry: none is recorded there (docs/SECURITY.md)."""
    return recorded_bound(s.connection(), session.vault_id)


def recorded_bound(conn: Connection, vault_id: str, detail: str = BOUND) -> frozenset[str]:
    """``bound_sections`` on a connection (verify's, the admin's); with ``detail``
    TEXT_BOUND, the sections whose sealed text is recorded as bound to its cases."""
    if conn.dialect.name == "postgresql":
        return frozenset()
    entries = grantsigs.signed_entries(
        conn,
        vault_id,
        audit.registered_keys(conn),
        "action = :action AND detail = :detail",
        {"action": AuditAction.SECTION_TEXT_SEALED.value, "detail": detail},
    )
    return frozenset(e.section for e in entries)


def text_bound_sections(session: VaultSession, s: Session) -> frozenset[str]:
    """The sections the trail records as bound to their cases: a genuine signed entry "Older
    text sealed", detail TEXT_BOUND, for each (services.sectionkeys.seal_older_text records
    it once a holder's sign-in has sealed all of the section's text in form 2). None on a
    centre server, as for ``bound_sections``."""
    return recorded_bound(s.connection(), session.vault_id, TEXT_BOUND)


def older_in_bound(conn: Connection, vault_id: str) -> list[tuple[int, str, str]]:
    """The attachments (id, case reference, section) in an older form in a section recorded
    as bound: someone with the vault key put them there (or, sealed between 0063 and 0067
    with a key version no holder who signed in since was given, they were never bound)."""
    bound = recorded_bound(conn, vault_id)
    if not bound:
        return []
    found = conn.execute(
        select(Attachment.id, Case.reference, Attachment.section)
        .outerjoin(Case, Case.id == Attachment.case_id)
        .where(
            Attachment.section.in_(sorted(bound)),
            Attachment.blob_key_version.is_(None) | Attachment.content_bound.is_(False),
        )
        .order_by(Attachment.id)
    )
    return [(int(i), str(ref or "(no case)"), str(section)) for i, ref, section in found]


def unbound_allowed(session: VaultSession, s: Session, section: str) -> Callable[[], bool]:
    """Whether an older form may open in ``section``: asked of the trail once, when an
    attachment in an older form is met (rare: only until a holder's sign-in binds them)."""
    answer: list[bool] = []

    def ask() -> bool:
        if not answer:
            answer.append(section not in bound_sections(session, s))
        return answer[0]

    return ask


# ----- blobs no row names any more ---------------------------------------------------------------


def drop_unused(session: VaultSession, s: Session, digests: Iterable[str | None]) -> None:
    """Of ``digests`` (blobs an attachment named before this transaction changed it), those
    no attachment names now: their ``blobs`` rows deleted here, their files once the
    transaction commits (a rollback keeps them). They are also listed in a setting
    (``TO_DROP``) written in this same transaction and emptied once the files are gone, so a
    process killed between the commit and the deletion leaves the list, and the next holder's
    sign-in deletes them (``finish_drops``). On a centre's server a member of staff deletes
    no blob (db/server.py): there they stay, sealed as they were."""
    candidates = {d for d in digests if d}
    if not candidates or s.get_bind().dialect.name == "postgresql":
        return
    s.flush()
    used = set(s.scalars(select(Attachment.sha256).where(Attachment.sha256.in_(candidates)))) | set(
        s.scalars(
            select(Attachment.thumbnail_sha256).where(Attachment.thumbnail_sha256.in_(candidates))
        )
    )
    unused = candidates - used
    if not unused:
        return
    s.execute(delete(StoredBlob).where(StoredBlob.sha256.in_(unused)))
    pending: set[str] | None = s.info.get(_DROP)
    if pending is None:
        pending = s.info[_DROP] = set()
        blobs = session.blobs

        def committed(done: Session) -> None:
            dropped = sorted(done.info.pop(_DROP, ()))
            for digest in dropped:
                blobs.delete(digest)
            if dropped:
                # Emptied in a transaction of its own; if that fails, the next holder's
                # sign-in finds the files gone and empties it (finish_drops).
                after = Session(session.engine)
                with contextlib.suppress(SQLAlchemyError), after, after.begin():
                    _forget(after, dropped)

        def rolled_back(undone: Session) -> None:
            undone.info.pop(_DROP, None)

        event.listen(s, "after_commit", committed)
        event.listen(s, "after_rollback", rolled_back)
    pending.update(unused)
    _listed(s, session.actor.username, pending)


TO_DROP = "attachments.files_to_drop"  # a setting: blobs unlisted, their files not deleted yet


def _read_list(s: Session) -> tuple[Setting | None, set[str]]:
    row = s.get(Setting, TO_DROP)
    try:
        listed = json.loads(row.value) if row is not None and row.value else []
    except ValueError:
        listed = []
    digests = {d for d in listed if isinstance(d, str) and _HEX.fullmatch(d)}
    return row, digests


def _listed(s: Session, username: str, digests: set[str]) -> None:
    row, listed = _read_list(s)
    value = json.dumps(sorted(listed | digests))
    if row is None:
        s.add(Setting(key=TO_DROP, value=value, updated_at=utcnow(), updated_by=username))
    else:
        row.value, row.updated_at, row.updated_by = value, utcnow(), username


def _forget(s: Session, dropped: Iterable[str]) -> None:
    row, listed = _read_list(s)
    if row is not None:
        left = listed - set(dropped)
        if left:
            row.value = json.dumps(sorted(left))
        else:
            s.delete(row)


def finish_drops(session: VaultSession, s: Session) -> int:
    """Delete the files a sealing or a move unlisted but did not delete (the process was
    killed after its commit): those the setting lists and ``blobs`` no longer does. Returns
    how many were listed."""
    if s.get_bind().dialect.name == "postgresql":
        return 0
    row, listed = _read_list(s)
    if row is None:
        return 0
    still = set(s.scalars(select(StoredBlob.sha256).where(StoredBlob.sha256.in_(listed))))
    blobs = session.blobs
    for digest in sorted(listed - still):
        blobs.delete(digest)
    s.delete(row)
    return len(listed)


# ----- attachments from before migration 0063 ------------------------------------------------


def _older(section: Section) -> ColumnElement[bool]:
    return (Attachment.section == section.value) & (
        Attachment.blob_key_version.is_(None) | Attachment.content_bound.is_(False)
    )


def count_older(s: Session, section: Section) -> int:
    """How many attachments of ``section`` are in an older form (coded columns): held by the
    vault layer alone, or sealed in form 1."""
    query = select(func.count()).select_from(Attachment).where(_older(section))
    return int(s.scalar(query) or 0)


def sections_with_older(s: Session, sections: Iterable[Section]) -> tuple[Section, ...]:
    """Of ``sections`` (those with a key), the ones holding attachments in an older form."""
    wanted = {section.value: section for section in sections}
    found = s.scalars(
        select(Attachment.section)
        .where(
            Attachment.blob_key_version.is_(None) | Attachment.content_bound.is_(False),
            Attachment.section.in_(wanted),
        )
        .distinct()
    )
    return tuple(wanted[value] for value in sorted(found))


@dataclass
class Bound:
    """What ``bind_older`` did in one section."""

    sealed: int = 0  # held by the vault layer alone before: now sealed
    rebound: int = 0  # sealed in form 1 before: now form 2
    left: int = 0  # form 1 under a key version she was not given: left as it is
    older_files: list[str] = field(default_factory=list)  # the vault-layer files let go


def bind_older(
    session: VaultSession,
    s: Session,
    section: Section,
    key: SectionKey,
    advance: Callable[[int], None],
) -> Bound:
    """Seal under ``key``, bound to its row, the content and thumbnail of every attachment of
    ``section`` in an older form (the vault layer alone; form 1), BATCH at a time in the order
    of their ids (each batch's files read one by one, so what is held at once is one
    attachment); the rows are updated in the caller's transaction and ``advance`` told after
    each batch."""
    done, last = Bound(), 0
    ring: KeyRing = s.info["section_keys"]
    columns = (
        Attachment.id,
        Attachment.case_id,
        Case.reference,
        Attachment.sha256,
        Attachment.thumbnail_sha256,
        Attachment.content_sha256,
        Attachment.blob_key_version,
    )
    while True:
        batch = s.execute(
            select(*columns)
            .join(Case, Case.id == Attachment.case_id)
            .where(_older(section), Attachment.id > last)
            .order_by(Attachment.id)
            .limit(BATCH)
        ).all()
        if not batch:
            return done
        before: list[str | None] = []
        for row_id, case_id, reference, digest, thumb, content, version in batch:
            row = Row(row_id, case_id, reference)
            if version is None:
                data = session.blobs.get(digest)  # checked against its hash: the original's
                small = session.blobs.get(thumb) if thumb is not None else None
                done.older_files += [digest, *([thumb] if thumb is not None else [])]
                done.sealed += 1
            else:
                if ring.get(section.value, version) is None:
                    done.left += 1
                    continue
                original = content or digest
                data = read(session, ring, section.value, version, original, digest, row, _yes)
                small = None
                if thumb is not None:
                    small = read(
                        session, ring, section.value, version, original, thumb, row, _yes, THUMBNAIL
                    )
                done.rebound += 1
            new, new_thumb, original, new_version = store_content(session, s, key, data, small, row)
            s.execute(
                update(_TABLE)
                .where(_TABLE.c.id == row_id)
                .values(
                    sha256=new,
                    thumbnail_sha256=new_thumb,
                    content_sha256=original,
                    blob_key_version=new_version,
                    content_bound=True,
                )
            )
            before += [digest, thumb]
        drop_unused(session, s, before)
        last = batch[-1][0]
        advance(len(batch))


def _yes() -> bool:
    return True


# ----- the automatic pre-upgrade backups that held older files ---------------------------------

_PRE_UPGRADE = re.compile(
    r"onestop-pre-migration-[0-9A-Za-z_]+-\d{8}T\d{6}\d*Z" + re.escape(SUFFIX)
)
_GO = "onestop_backups_to_remove"


def backups_holding(session: VaultSession, digests: Iterable[str]) -> list[Path]:
    """The automatic pre-upgrade backups in the vault's ``backups/`` (written by a sign-in
    that upgraded it, unasked) holding any of the vault-layer files ``digests`` name: once
    those attachments are sealed they would still open there with the vault key alone. A
    backup the admin made herself is hers to keep (docs/SECURITY.md)."""
    names = {session.blobs.name_for(d) for d in digests}
    if not names:
        return []
    found = []
    for archive in sorted(session.folder.backups.glob("onestop-pre-migration-*")):
        if not _PRE_UPGRADE.fullmatch(archive.name):
            continue
        try:
            with zipfile.ZipFile(archive) as z:
                held = {PurePosixPath(m).name for m in z.namelist() if m.startswith("blobs/")}
        except (OSError, zipfile.BadZipFile):
            continue  # not ours to judge: verify and restore say what is wrong with it
        if held & names:
            found.append(archive)
    return found


def remove_after_commit(s: Session, archives: list[Path]) -> None:
    """``archives`` deleted once ``s`` commits (a rollback keeps them: the older files are
    still in ``blobs/`` then)."""
    pending: list[Path] | None = s.info.get(_GO)
    if pending is None:
        pending = s.info[_GO] = []

        def committed(done: Session) -> None:
            for archive in done.info.pop(_GO, ()):
                archive.unlink(missing_ok=True)

        def rolled_back(undone: Session) -> None:
            undone.info.pop(_GO, None)

        event.listen(s, "after_commit", committed)
        event.listen(s, "after_rollback", rolled_back)
    pending.extend(archives)
