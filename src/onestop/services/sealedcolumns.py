"""Sealed columns opened on read and sealed on write, in one layer under the ORM.

A model listed in ``TRANSPARENT`` has its sealed columns (db.textcolumns.ENCRYPTED, by table)
sealed under its section's key whenever a row is written and opened whenever a row is loaded,
by SQLAlchemy's mapper events, so the services that read a survivor's name from ``Case.name``
(exports, conferences, letters, the timeline) read the plaintext, and the database only ever
holds ``osk1.…`` text (vault.sectionkeys). Adding a section's table is declarative: list its
columns in db.textcolumns.ENCRYPTED, give the table a ``key_version`` column, and add the model
here.

- The key ring comes from the ORM session's ``info["section_keys"]`` (services.session puts
  the signed-in person's ring there). Without the section's key a loaded row's sealed columns
  read as ``SEALED_TEXT`` and the row is marked closed: writing it is refused (KeyNotHeld),
  so a placeholder is never sealed over a survivor's name.
- A new row is inserted with its sealed columns empty and they are written, sealed, right
  after (the row id is part of the associated data): the INSERT never carries the plaintext.
- Every update seals every sealed column again at the row's version (the version is part of
  the associated data, and ``bump_version`` moves it on).
- ``key_version`` NULL: a row from before its section was sealed (a migrated vault), read as
  it is; the first sign-in of a holder seals it (services.sectionkeys.seal_older_text).
- An empty text stays empty: only whether a field is filled in shows.

Columns chosen with ``select(Case.name)`` bypass the ORM's load events: they give the sealed
text. Services read whole rows, or the signed-in person's in-memory index (services.caseindex).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, update
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.attributes import set_committed_value

from onestop.db.cases import Case
from onestop.db.textcolumns import ENCRYPTED
from onestop.domain.roles import Section
from onestop.errors import PermissionDenied
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.vault.sectionkeys import (
    KeyRing,
    SealedFieldError,
    SectionKey,
    decrypt_field,
    encrypt_field,
    field_aad,
)

TRANSPARENT: tuple[type[Any], ...] = (Case,)

# What a sealed column reads as when the key is not held (the GUI shows its own words).
SEALED_TEXT = ""

_CLOSED = "_onestop_sealed_closed"
_PENDING = "_onestop_sealed_pending"


def sealed_columns(model: type[Any]) -> tuple[Section, tuple[str, ...]]:
    """The section and the sealed columns of ``model`` (db.textcolumns.ENCRYPTED)."""
    table = model.__table__.name
    found = [(col, sec) for (tab, col), sec in ENCRYPTED.items() if tab == table]
    sections = {sec for _, sec in found}
    if len(sections) != 1:
        raise ValueError(f"{table}: its sealed columns must belong to one section")
    return sections.pop(), tuple(col for col, _ in found)


class SealedRowClosed(PermissionDenied):
    """A row whose sealed text this person cannot open: she cannot rewrite it either."""


def _ring(s: Session | None) -> KeyRing:
    ring = s.info.get("section_keys") if s is not None else None
    return ring if isinstance(ring, KeyRing) else KeyRing()


def is_closed(row: Any) -> bool:
    """True when ``row``'s sealed columns did not open with the reader's keys."""
    return bool(getattr(row, _CLOSED, False))


def open_value(
    ring: KeyRing, table: str, column: str, row_id: int, version: int, value: Any
) -> Any:
    """One sealed value opened (SealedFieldError if it does not); an empty value as it is."""
    if not value:
        return value
    return decrypt_field(ring, value, field_aad(table, column, row_id, version))


def seal_value(
    key: SectionKey, table: str, column: str, row_id: int, version: int, text: Any
) -> Any:
    if not text:
        return text
    return encrypt_field(key, text, field_aad(table, column, row_id, version))


def _open_loaded(row: Any, ring: KeyRing, names: Any = None) -> None:
    if row.__dict__.get("key_version") is None:
        return  # not sealed yet (older text), or key_version not loaded
    _, columns = sealed_columns(type(row))
    table = row.__table__.name
    for column in columns:
        if column not in row.__dict__ or (names is not None and column not in names):
            continue
        try:
            value = open_value(ring, table, column, row.id, row.version, row.__dict__[column])
        except SealedFieldError:
            setattr(row, _CLOSED, True)
            value = SEALED_TEXT
        set_committed_value(row, column, value)


def _on_load(row: Any, context: Any) -> None:
    _open_loaded(row, _ring(context.session))


def _on_refresh(row: Any, context: Any, names: Any) -> None:
    _open_loaded(row, _ring(context.session), names)


def _key_for(row: Any) -> SectionKey:
    if is_closed(row):
        raise SealedRowClosed(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This record is sealed with a key you were not given yet: a colleague confirms "
                "your account first. Nothing was saved.",
            )
        )
    section, _ = sealed_columns(type(row))
    key = _ring(object_session(row)).current(section)
    if key is None:
        raise SealedRowClosed(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Your account waits for a colleague who already reads {section} records to "
                "confirm it (onestop-cli admin confirm-user). Until then these records stay "
                "closed to you.",
            ).format(section=section.value)
        )
    return key


def _before_insert(mapper: Any, connection: Any, row: Any) -> None:
    key = _key_for(row)
    _, columns = sealed_columns(type(row))
    # A column left unset (None) gets its default ("") from the INSERT: nothing to seal.
    pending = {column: getattr(row, column) for column in columns}
    pending = {column: text for column, text in pending.items() if text is not None}
    setattr(row, _PENDING, (key, pending))
    for column in pending:
        setattr(row, column, "")
    row.key_version = key.version


def _after_insert(mapper: Any, connection: Any, row: Any) -> None:
    key, pending = row.__dict__.pop(_PENDING)
    table = row.__table__
    sealed = {
        column: seal_value(key, table.name, column, row.id, row.version, text)
        for column, text in pending.items()
    }
    connection.execute(update(table).where(table.c.id == row.id).values(**sealed))
    for column, text in pending.items():
        set_committed_value(row, column, text)


def _before_update(mapper: Any, connection: Any, row: Any) -> None:
    key = _key_for(row)
    _, columns = sealed_columns(type(row))
    table = row.__table__.name
    pending = {column: getattr(row, column) for column in columns}
    setattr(row, _PENDING, (key, pending))
    for column, text in pending.items():
        setattr(row, column, seal_value(key, table, column, row.id, row.version, text))
    row.key_version = key.version


def _after_update(mapper: Any, connection: Any, row: Any) -> None:
    found = row.__dict__.pop(_PENDING, None)
    if found is None:
        return
    for column, text in found[1].items():
        set_committed_value(row, column, text)


for _model in TRANSPARENT:
    event.listen(_model, "load", _on_load)
    event.listen(_model, "refresh", _on_refresh)
    event.listen(_model, "before_insert", _before_insert)
    event.listen(_model, "after_insert", _after_insert)
    event.listen(_model, "before_update", _before_update)
    event.listen(_model, "after_update", _after_update)


def seal_snapshot(s: Session, row: Any, snapshot: dict[str, Any]) -> dict[str, Any]:
    """A record_history snapshot of ``row`` (about to move past its version) with its sealed
    fields sealed at the version it keeps, and the ``key_version`` they need
    (services.sectionkeys.open_snapshot opens them)."""
    if type(row) not in TRANSPARENT:
        return snapshot
    key = _key_for(row)
    _, columns = sealed_columns(type(row))
    table = row.__table__.name
    sealed = dict(snapshot)
    for column in columns:
        if column in sealed and isinstance(sealed[column], str):
            sealed[column] = seal_value(key, table, column, row.id, row.version, sealed[column])
    sealed["key_version"] = key.version
    return sealed
