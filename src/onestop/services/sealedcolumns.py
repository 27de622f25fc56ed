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
  it is; the first sign-in of a holder seals it (services.sectionkeys.seal_older_text). Once
  the trail records the section as bound (services.attachmentblobs.bound_sections: that
  sign-in sealed all of it), such a row with any text is a forgery by someone with the vault
  key: it is read as closed, never as its text (``older_refused``).
- An empty text stays empty: only whether a field is filled in shows.
- A row that belongs to a survivor's case (``case_of``: the case itself, a row with a
  ``case_id``, or one whose parent row has one, ``CASE_PARENT``) is sealed in form 2 since
  migration 0069: the associated data also names the case's id and reference
  (vault.sectionkeys.CaseRef), so its text moved to another survivor's file by one UPDATE of a
  coded ``case_id`` does not open there, and a row whose text names another case in clear is
  marked (``sealed_elsewhere``). Form 1 opens in such a row only until the trail records its
  section as bound to its cases (``text_bound_sections``: a holder's first sign-in after the
  upgrade sealed all of it again in form 2, services.sectionkeys.seal_older_text).
- A table without versions (an encounter's injuries, rewritten whole at each edit) seals at
  version 0; a link without an id of its own names its other key columns with the table.
- A table whose rows name their own section (an attachment: ``ROW_SECTION``) seals each row
  under that section's key; an append-only table (the chain of custody, the consent ledger:
  ``IDS_FIRST``) gets its row id before the INSERT, which then carries its text sealed.
- A record's history keeps the rows it owns (an encounter's injuries) sealed as JSON lists
  (``SNAPSHOT_EXTRAS``); a column matched on equality (a perpetrator's name) is kept as a
  keyed hash beside it (``BLIND``), never folded in clear.

Columns chosen with ``select(Case.name)`` bypass the ORM's load events: they give the sealed
text. Services read whole rows, or the signed-in person's in-memory index (services.caseindex).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import Connection, Table, and_, event, func, select, update
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session, defer, object_session
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm.attributes import set_committed_value

from onestop.db.attachments import Attachment
from onestop.db.base import Base
from onestop.db.cases import Case
from onestop.db.conferences import (
    ActionReview,
    CaseDiscussion,
    ConferenceAction,
    ConferenceAttendance,
    ConferenceReferral,
)
from onestop.db.consent import ConsentRecord
from onestop.db.forensic import CustodyEvent, ForensicExam, Specimen
from onestop.db.health import FollowUpRow, HealthEncounter, InjuryRow, TreatmentRow
from onestop.db.incidents import Incident
from onestop.db.legal import Hearing, LegalMatter, ProtectionOrder
from onestop.db.perpetrators import IncidentPerpetrator, Perpetrator
from onestop.db.referrals import Referral
from onestop.db.risk import RiskAssessment, SafetyPlan
from onestop.db.sharings import SharingNotice
from onestop.db.shelter import ShelterStay, WaitingEntry
from onestop.db.tasks import Task
from onestop.db.textcolumns import ENCRYPTED, ENCRYPTED_SECTIONS, SEALED_PER_SECTION
from onestop.domain.roles import Section
from onestop.domain.search import fold
from onestop.errors import PermissionDenied
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.vault.sectionkeys import (
    NO_CASE,
    CaseRef,
    KeyRing,
    SealedElsewhere,
    SealedFieldError,
    SectionKey,
    blind_index,
    encrypt_bound,
    encrypt_field,
    field_aad,
    open_field,
    sealed_case,
)

TRANSPARENT: tuple[type[Any], ...] = (
    Case,
    HealthEncounter,
    InjuryRow,
    TreatmentRow,
    FollowUpRow,
    Incident,
    Perpetrator,
    IncidentPerpetrator,
    Task,
    ForensicExam,
    Specimen,
    LegalMatter,
    Hearing,
    ProtectionOrder,
    ShelterStay,
    WaitingEntry,
    Referral,
    CustodyEvent,
    Attachment,
    RiskAssessment,
    SafetyPlan,
    ConferenceReferral,
    ConferenceAction,
    ActionReview,
    ConferenceAttendance,
    CaseDiscussion,
    ConsentRecord,
    SharingNotice,
)

# Tables whose every row names the section it belongs to, in this column, and has that
# section's permissions (an attachment: services.attachments): each row is sealed under the
# key of its own section (``row_section``). A section not sealed yet (db.textcolumns lists the
# sealed ones) lends the identity key: the roles that read each such section are exactly those
# that read identity (tests/unit/test_insider_attachments.py checks it), so no one reads the
# row's text who could not read it through the services; once that section is sealed, new
# writes take its own key, and older rows still open (the sealed text names its key).
ROW_SECTION: Mapping[type[Any], str] = {Attachment: "section"}

# Append-only tables (the chain of custody: its triggers refuse an UPDATE): a new row's id is
# chosen before the INSERT, which then carries its sealed text (the id is part of the
# associated data). Writes are serialised (BEGIN IMMEDIATE, the server's write lock), so the
# next id read inside the transaction is still free when the row goes in.
IDS_FIRST: frozenset[type[Any]] = frozenset({CustodyEvent, ConsentRecord, SharingNotice})

# Columns that hold a keyed hash of another, sealed, column (vault.sectionkeys.blind_index), so
# equal values can be found without the text: (hash column, text column, purpose), kept on
# every write.
BLIND: Mapping[type[Any], tuple[tuple[str, str, str], ...]] = {
    Perpetrator: (("name_key", "name", "perpetrator-name"),),
}

# What a record's history snapshot keeps of the rows it owns in other tables (an encounter's
# injuries, treatments and follow-ups, services.health): each list sealed whole, as JSON, with
# the owner's table, the list's name, the owner's id and version as associated data.
SNAPSHOT_EXTRAS: Mapping[type[Any], tuple[str, ...]] = {
    HealthEncounter: ("injuries", "treatments", "follow_ups"),
}

# What a sealed column reads as when the key is not held (the GUI shows its own words).
SEALED_TEXT = ""

# Tables whose rows name no case of their own but belong to one through another row: the
# column naming that row, and its table (form 2 names the case that row belongs to).
CASE_PARENT: Mapping[str, tuple[str, str]] = {
    "injuries": ("encounter_id", "health_encounters"),
    "treatments": ("encounter_id", "health_encounters"),
    "follow_ups": ("encounter_id", "health_encounters"),
    "specimens": ("exam_id", "forensic_exams"),
    "custody_events": ("specimen_id", "specimens"),
    "incident_perpetrators": ("incident_id", "incidents"),
    "conference_action_reviews": ("action_id", "conference_actions"),
}


def is_case_table(table: str | Table) -> bool:
    """Whether the rows of ``table`` belong to a survivor's case, and so are sealed in form 2
    (a perpetrator, who may be named in several cases, and a meeting's attendance do not)."""
    found = table if isinstance(table, Table) else Base.metadata.tables.get(table)
    if found is None:
        return False
    return found.name == "cases" or "case_id" in found.c or found.name in CASE_PARENT


_CASE_REFS = "_onestop_case_refs"  # in Session.info: {case id: reference, (table, id): case id}


def _refs(s: OrmSession) -> dict[Any, Any]:
    found: dict[Any, Any] = s.info.setdefault(_CASE_REFS, {})
    return found


def case_ref(s: OrmSession, case_id: int | None) -> CaseRef:
    """The case ``case_id`` as form 2 names it: its id and its reference (read once per
    transaction; "" for a case that is not there, which no sealed text names)."""
    if case_id is None:
        return NO_CASE
    refs = _refs(s)
    if case_id not in refs:
        table = Case.__table__
        found = s.connection().execute(select(table.c.reference).where(table.c.id == case_id))
        refs[case_id] = str(found.scalar() or "")
    return CaseRef(int(case_id), refs[case_id])


def prime_cases(s: OrmSession) -> None:
    """Every case's reference read into ``case_ref``'s memory at once (a sign-in sealing a
    whole vault's text again meets every case)."""
    table = Case.__table__
    refs = _refs(s)
    for case_id, reference in s.connection().execute(select(table.c.id, table.c.reference)):
        refs[int(case_id)] = str(reference)


def case_id_of(s: OrmSession, table: str, row_id: int | None) -> int | None:
    if row_id is None:
        return None
    refs = _refs(s)
    if (table, row_id) not in refs:
        if table in CASE_PARENT:
            column, parent = CASE_PARENT[table]
            sql = f"SELECT {column} FROM {table} WHERE id = :id"
            above = s.connection().execute(sql_text(sql), {"id": row_id}).scalar()
            refs[(table, row_id)] = case_id_of(s, parent, above)
        else:
            sql = f"SELECT case_id FROM {table} WHERE id = :id"
            refs[(table, row_id)] = s.connection().execute(sql_text(sql), {"id": row_id}).scalar()
    found: int | None = refs[(table, row_id)]
    return found


def case_of_record(s: OrmSession, table: str, record_id: int) -> CaseRef | None:
    """The case the record ``record_id`` of ``table`` belongs to as it is now (its history is
    read under it), as form 2 names it; None when the record is not there, or its table's
    rows belong to no case."""
    if not is_case_table(table):
        return None
    if table == "cases":
        found = case_ref(s, record_id)
        return found if found.reference else None
    column = CASE_PARENT[table][0] if table in CASE_PARENT else "case_id"
    sql = f"SELECT {column} FROM {table} WHERE id = :id"
    row = s.connection().execute(sql_text(sql), {"id": record_id}).first()
    if row is None:
        return None  # no longer there: its history is read through it, never alone
    return case_ref(s, case_id_of(s, table, record_id))


def case_of(s: OrmSession | None, row: Any) -> CaseRef | None:
    """The case ``row`` belongs to, as its form-2 text names it (``NO_CASE`` for a row of a
    case table that names none, a task of the centre's own); None for a table whose rows
    belong to no case (form 1)."""
    table = row.__table__
    if not is_case_table(table):
        return None
    if table.name == "cases":
        if s is not None and row.id is not None:
            _refs(s)[int(row.id)] = str(row.reference)
        return CaseRef(int(row.id), str(row.reference))
    if s is None:
        return NO_CASE
    if "case_id" in table.c:
        case_id = row.case_id
    else:
        column, parent = CASE_PARENT[table.name]
        case_id = case_id_of(s, parent, getattr(row, column))
    if "id" in table.c and row.id is not None:
        # Its children (an incident's perpetrators, an exam's specimens) find it here, not by
        # a statement each: a file's rows are read table by table, parents first.
        _refs(s)[(table.name, int(row.id))] = case_id
    return case_ref(s, case_id)


def note_case(s: OrmSession, table: str, row_id: int, case_id: int | None) -> None:
    """That row ``row_id`` of ``table`` belongs to case ``case_id``: a row read as columns
    (an encounter of the health section), so that its children's case is found without a
    statement each (``case_id_of``)."""
    _refs(s)[(table, int(row_id))] = case_id


def note_reference(s: OrmSession, case_id: int, reference: str) -> None:
    """That case ``case_id`` has ``reference``, read with rows of many cases (the reminders),
    so that their text, which names it, opens without a statement per case (``case_ref``)."""
    _refs(s)[int(case_id)] = str(reference)


def _forget_cases(s: OrmSession, *_: Any) -> None:
    s.info.pop(_CASE_REFS, None)


event.listen(OrmSession, "after_commit", _forget_cases)
event.listen(OrmSession, "after_rollback", _forget_cases)

_CLOSED = "_onestop_sealed_closed"
_ELSEWHERE = "_onestop_sealed_elsewhere"  # closed: its text names another case than its row's
_FORGED = "_onestop_sealed_forged"  # closed: older text in a section recorded as bound

# What opening a sealed record that was altered says (services.sectionkeys.open_sealed).
ALTERED = QT_TRANSLATE_NOOP(
    "Messages",
    "A sealed record could not be opened with your keys: it was moved, altered, or sealed "
    "with a key you were not given.",
)
_PENDING = "_onestop_sealed_pending"


def row_version(row: Any) -> int:
    """The version in a row's associated data: its own, or 0 for a table without versions
    (an encounter's injuries, rewritten whole at each edit of the encounter)."""
    return int(row.version) if hasattr(type(row), "version") else 0


def coded_only(model: type[Any]) -> list[Any]:
    """Query options that leave ``model``'s sealed columns unloaded: for the statistics, the
    Incident Recorder and the agenda, which count and list by coded columns only and so never
    open (or need the key of) a survivor's text."""
    return [defer(getattr(model, column)) for column in sealed_names(model)]


def row_ids(row: Any) -> tuple[str, int]:
    """The table name and row id in a row's associated data. A link without an id of its own
    (an incident's perpetrator) names its other key columns with the table."""
    table = row.__table__
    keys = [getattr(row, c.name) for c in table.primary_key.columns]
    if "id" in table.c:
        return table.name, int(row.id)
    return ":".join([table.name, *(str(k) for k in keys[:-1])]), int(keys[-1])


def _where_row(row: Any) -> Any:
    table = row.__table__
    return and_(*(c == getattr(row, c.name) for c in table.primary_key.columns))


def blind_value(key: SectionKey, purpose: str, text: str) -> str:
    """The blind index of a text (folded, as the search folds: any accent, any case)."""
    return blind_index(key, purpose, fold(text)) if text.strip() else ""


def snapshot_extras(table: str) -> tuple[str, ...]:
    """The names of the lists a history snapshot of ``table`` keeps sealed as JSON."""
    for model, names in SNAPSHOT_EXTRAS.items():
        if model.__table__.name == table:
            return names
    return ()


def sealed_columns(model: type[Any]) -> tuple[Section, tuple[str, ...]]:
    """The section and the sealed columns of ``model`` (db.textcolumns.ENCRYPTED)."""
    table = model.__table__.name
    found = [(col, sec) for (tab, col), sec in ENCRYPTED.items() if tab == table]
    sections = {sec for _, sec in found}
    if len(sections) != 1:
        raise ValueError(f"{table}: its sealed columns must belong to one section")
    return sections.pop(), tuple(col for col, _ in found)


def sealed_names(model: type[Any]) -> tuple[str, ...]:
    """The sealed columns of ``model``: of its section, or sealed per row (``ROW_SECTION``)."""
    if model in ROW_SECTION:
        table = model.__table__.name
        return tuple(col for tab, col in SEALED_PER_SECTION if tab == table)
    return sealed_columns(model)[1]


def key_section(section: Section) -> Section:
    """The section whose key seals a row filed in ``section`` (``ROW_SECTION``): its own, or,
    while it is not sealed yet, identity's."""
    return section if section in ENCRYPTED_SECTIONS else Section.IDENTITY


def row_section(row: Any) -> Section:
    """The section whose key seals ``row``: its table's, or its own (``ROW_SECTION``)."""
    column = ROW_SECTION.get(type(row))
    if column is not None:
        return key_section(Section(getattr(row, column)))
    return sealed_columns(type(row))[0]


class SealedRowClosed(PermissionDenied):
    """A row whose sealed text this person cannot open: she cannot rewrite it either."""


def _ring(s: Session | None) -> KeyRing:
    ring = s.info.get("section_keys") if s is not None else None
    return ring if isinstance(ring, KeyRing) else KeyRing()


# In ``Session.info``: a callable giving the sections the trail records as bound, read once per
# signed-in session (services.session.VaultSession.bound_sections).
BOUND_INFO = "bound_sections"


def bound_sections(s: Session | None) -> frozenset[str]:
    """The sections recorded as bound for ``s``'s signed-in person (none without one)."""
    ask = s.info.get(BOUND_INFO) if s is not None else None
    return ask() if callable(ask) else frozenset()


# In ``Session.info``: a callable giving the sections the trail records as bound to their
# cases (services.session.VaultSession.text_bound_sections): form 1 no longer opens there.
TEXT_BOUND_INFO = "text_bound_sections"


def text_bound_sections(s: Session | None) -> frozenset[str]:
    """The sections whose text the trail records as bound to its cases (none without a
    signed-in person: a session of no one's, a migration's, opens no sealed text anyway)."""
    ask = s.info.get(TEXT_BOUND_INFO) if s is not None else None
    return ask() if callable(ask) else frozenset()


def older_form_ok(s: Session | None, section: Section | str) -> Callable[[], bool]:
    """Whether form 1 may still open in a row of ``section`` that belongs to a case: asked of
    the trail only when such text is met (rare once its holders have signed in)."""
    name = section.value if isinstance(section, Section) else section
    return lambda: name not in text_bound_sections(s)


def sealed_elsewhere(row: Any, columns: Any = ()) -> bool:
    """True when ``row``'s text names another case than the row's: someone with the vault key
    moved the row (a coded ``case_id``) from another survivor's file. For a row the ORM layer
    opened, as it found on loading; for one whose ``columns`` hold their sealed text (a
    counselling note: services.sectionkeys.open_row), read from the text's form 2 in clear."""
    if getattr(row, _ELSEWHERE, False):
        return True
    named = [sealed_case(getattr(row, column)) for column in columns]
    named = [n for n in named if n is not None]
    if not named:
        return False
    case = case_of(object_session(row), row)
    return case is not None and any(n != case.case_id for n in named)


def has_text(values: Any) -> bool:
    """True when any of ``values`` holds text (a legitimate row written after its section was
    sealed, without the key, has every sealed column empty: ``_before_insert``)."""
    return any(bool(v) for v in values)


def older_refused(s: Session | None, section: Section | str, values: Any) -> bool:
    """True when text with no key version (``values``, a row's sealed columns) is found in a
    section the trail records as bound: no older text was left there, so someone with the
    vault key wrote it; it is neither shown nor sealed. Asked only when such text is met."""
    if not has_text(values):
        return False
    name = section.value if isinstance(section, Section) else section
    return name in bound_sections(s)


def snapshot_refused(bound: frozenset[str], table: str, fields: Mapping[str, Any]) -> bool:
    """True when a history snapshot of ``table`` with no key version (older text) holds text
    in a section among ``bound``: a forgery, as for a row (``older_refused``)."""
    if not bound:
        return False
    found = snapshot_columns(table, fields)
    if found is None:
        return False
    section, names = found
    values = [fields.get(name) for name in names]
    return section.value in bound and has_text(v for v in values if v not in ([], {}))


def snapshot_columns(table: str, fields: Mapping[str, Any]) -> tuple[Section, list[str]] | None:
    """The section whose key seals a history snapshot of ``table`` and the fields it keeps
    sealed (its sealed columns and lists); None for a table with none."""
    if table in {t.__table__.name for t in ROW_SECTION}:
        filed = fields.get("section")
        try:
            section = key_section(Section(str(filed)))
        except ValueError:
            return None
        names = [col for tab, col in SEALED_PER_SECTION if tab == table]
    else:
        found = {sec for (tab, _), sec in ENCRYPTED.items() if tab == table}
        if len(found) != 1:
            return None
        section = found.pop()
        names = [col for (tab, col) in ENCRYPTED if tab == table]
    return section, names + list(snapshot_extras(table))


def is_closed(row: Any) -> bool:
    """True when ``row``'s sealed columns did not open with the reader's keys."""
    return bool(getattr(row, _CLOSED, False))


def open_value(
    ring: KeyRing,
    table: str,
    column: str,
    row_id: int,
    version: int,
    value: Any,
    section: Section | None = None,
    case: CaseRef | None = None,
    older_ok: Callable[[], bool] | None = None,
) -> Any:
    """One sealed value opened (SealedFieldError if it does not, or if it is sealed under
    another section's key than ``section``'s); an empty value as it is. ``case``: the case
    its row belongs to (``case_of``), which form 2 must name; form 1 opens in such a row only
    while ``older_ok()`` (``older_form_ok``)."""
    if not value:
        return value
    return open_field(
        ring,
        value,
        table,
        column,
        row_id,
        version,
        case,
        section.value if section is not None else None,
        older_ok,
    )


def seal_value(
    key: SectionKey,
    table: str,
    column: str,
    row_id: int,
    version: int,
    text: Any,
    case: CaseRef | None = None,
) -> Any:
    """``text`` sealed: in form 2, bound to ``case``, for a row that belongs to one (``case_of``),
    else in form 1."""
    if not text:
        return text
    if case is not None:
        return encrypt_bound(key, text, table, column, row_id, version, case)
    return encrypt_field(key, text, field_aad(table, column, row_id, version))


def _open_loaded(row: Any, s: Session | None, names: Any = None) -> None:
    columns = sealed_names(type(row))
    if row.__dict__.get("key_version") is None:
        # Not sealed yet (older text), or key_version not loaded; older text in a section
        # recorded as bound is a forgery: closed, its text never shown.
        if "key_version" in row.__dict__:
            loaded = [c for c in columns if c in row.__dict__]
            if older_refused(s, row_section(row), (row.__dict__[c] for c in loaded)):
                setattr(row, _CLOSED, True)
                setattr(row, _FORGED, True)
                for column in loaded:
                    set_committed_value(row, column, SEALED_TEXT)
        return
    ring = _ring(s)
    table, row_id = row_ids(row)
    section = row_section(row)
    case = case_of(s, row)
    older_ok = older_form_ok(s, section)
    for column in columns:
        if column not in row.__dict__ or (names is not None and column not in names):
            continue
        try:
            value = open_value(
                ring,
                table,
                column,
                row_id,
                row_version(row),
                row.__dict__[column],
                section,
                case,
                older_ok,
            )
        except SealedElsewhere:
            setattr(row, _CLOSED, True)
            setattr(row, _ELSEWHERE, True)
            value = SEALED_TEXT
        except SealedFieldError:
            setattr(row, _CLOSED, True)
            value = SEALED_TEXT
        set_committed_value(row, column, value)


def _on_load(row: Any, context: Any) -> None:
    _open_loaded(row, context.session)


def _on_refresh(row: Any, context: Any, names: Any) -> None:
    _open_loaded(row, context.session, names)


def _key_for(row: Any) -> SectionKey:
    if getattr(row, _FORGED, False):
        raise SealedRowClosed(ALTERED)
    if is_closed(row):
        raise SealedRowClosed(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This record is sealed with a key you were not given yet: a colleague confirms "
                "your account first. Nothing was saved.",
            )
        )
    section = row_section(row)
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
    section, columns = row_section(row), sealed_names(type(row))
    # A column left unset (None) gets its default ("") from the INSERT: nothing to seal.
    pending = {column: getattr(row, column) for column in columns}
    pending = {column: text for column, text in pending.items() if text is not None}
    if not any(pending.values()) and _ring(object_session(row)).current(section) is None:
        # No text, and no key: a row another section's work adds (a referral to a shelter
        # puts her on its waiting list) is written as an older one (key_version NULL), which
        # a holder's next sign-in seals (services.sectionkeys.seal_older_text).
        return
    key = _key_for(row)
    setattr(row, _PENDING, (key, pending))
    _keep_blind(row, key, pending)
    if type(row) in IDS_FIRST:
        if row.id is None:
            row.id = _next_id(connection, row)
        table, row_id = row_ids(row)
        case = case_of(_session_of(row), row)
        for column, plain in pending.items():
            sealed = seal_value(key, table, column, row_id, row_version(row), plain, case)
            setattr(row, column, sealed)
        setattr(row, _PENDING, (None, pending))  # nothing to write after the INSERT
    else:
        for column in pending:
            setattr(row, column, "")
    row.key_version = key.version


_NEXT_IDS = "_onestop_next_ids"


def _next_id(connection: Connection, row: Any) -> int:
    """A free id for a new row of an IDS_FIRST table, inside the write transaction."""
    return next_id(connection, _session_of(row), row.__table__)


def next_id(connection: Connection, s: Session, table: Table) -> int:
    """A free id for a new row of ``table``, chosen inside the write transaction (writes are
    serialised): the server's sequence, or one past the highest in the table and past any
    given to a row of the same session (rows are inserted after every one of them has its
    id)."""
    if connection.dialect.name == "postgresql":
        found = connection.execute(
            sql_text("SELECT nextval(pg_get_serial_sequence(:t, 'id'))"), {"t": table.name}
        )
        return int(found.scalar_one())
    highest = connection.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    given: dict[str, int] = s.info.setdefault(_NEXT_IDS, {})
    given[table.name] = max(int(highest), given.get(table.name, 0)) + 1
    return given[table.name]


def _session_of(row: Any) -> Session:
    s = object_session(row)
    assert s is not None  # a row being flushed belongs to its session
    return s


def _keep_blind(row: Any, key: SectionKey, plain: dict[str, Any]) -> None:
    for column, source, purpose in BLIND.get(type(row), ()):
        setattr(row, column, blind_value(key, purpose, plain.get(source) or ""))


def _after_insert(mapper: Any, connection: Any, row: Any) -> None:
    found = row.__dict__.pop(_PENDING, None)
    if found is None:
        return
    key, pending = found
    if key is not None:
        _write_sealed(connection, row, key, pending)
    for column, plain in pending.items():
        set_committed_value(row, column, plain)


def _write_sealed(connection: Any, row: Any, key: SectionKey, pending: dict[str, Any]) -> None:
    table_name, row_id = row_ids(row)
    case = case_of(_session_of(row), row)
    sealed = {
        column: seal_value(key, table_name, column, row_id, row_version(row), text, case)
        for column, text in pending.items()
    }
    connection.execute(update(row.__table__).where(_where_row(row)).values(**sealed))


def _before_update(mapper: Any, connection: Any, row: Any) -> None:
    key = _key_for(row)
    columns = sealed_names(type(row))
    table, row_id = row_ids(row)
    case = case_of(_session_of(row), row)
    pending = {column: getattr(row, column) for column in columns}
    setattr(row, _PENDING, (key, pending))
    _keep_blind(row, key, pending)
    for column, text in pending.items():
        sealed = seal_value(key, table, column, row_id, row_version(row), text, case)
        setattr(row, column, sealed)
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
    columns = sealed_names(type(row))
    table = row.__table__.name
    case = case_of(s, row)
    sealed = dict(snapshot)
    for column in columns:
        if column in sealed and isinstance(sealed[column], str):
            text = sealed[column]
            sealed[column] = seal_value(key, table, column, row.id, row.version, text, case)
    for name in SNAPSHOT_EXTRAS.get(type(row), ()):
        if name in sealed:
            as_json = json.dumps(sealed[name], ensure_ascii=False)
            sealed[name] = seal_value(key, table, name, row.id, row.version, as_json, case)
    sealed["key_version"] = key.version
    return sealed
