"""Moving in: a centre's earlier register (CSV or .xlsx) brought into the vault, all or nothing.

Three steps, the way a person does it:

1. ``RegisterFile.open`` reads the file's head: its format (for a CSV the encoding and the
   delimiter, detected and shown) and its column headers, and hashes the whole file (SHA-256).
2. ``RegisterImport.dry_run`` validates every row with the rules a form applies (dates, codes,
   option values, lengths, the one-line rules of names) and says, per row and field, what
   would be refused and why; it lists the rows that match an existing case by the intake's own
   match (services.intake: name, alias, date of birth, phone) and the rows whose register id is
   exactly a case's reference or register id (the centre's own export brought back). Nothing
   is written.
3. ``RegisterImport.run`` imports the checked file: every row, or none (one transaction, rows
   inserted in batches, a progress callback that may raise to cancel). A row listed as a
   possible duplicate needs a person's decision (its incident into that file, or a new case):
   nothing is merged silently. One audit entry for the whole import: counts and the file's
   SHA-256, never content. Each imported case keeps its register id (searchable) and is marked
   as imported.

Cells are text: a cell such as ``=HYPERLINK(...)`` is stored as those characters, never
evaluated (openpyxl reads a formula as its text; CSV is text already). Rows are streamed
(openpyxl's read-only mode, csv's reader), so a 100,000-row register needs bounded memory.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time
from enum import StrEnum
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from onestop.db.base import utcnow
from onestop.db.cases import Case, ReferenceCounter
from onestop.db.incidents import Incident
from onestop.domain import gbvims
from onestop.domain.audit import AuditAction
from onestop.domain.casefile import CaseStatus, GbvType, IncidentContext, Sex, case_reference
from onestop.domain.clinical import IncidentTime
from onestop.domain.gbvims import RegisterField as Field
from onestop.domain.roles import Action, Capability, Role, Section
from onestop.domain.validation import (
    BIDI_CONTROLS,
    PersonFacts,
    age_on,
    check_incident_time,
    check_person,
    one_line_problem,
    parse_date,
)
from onestop.errors import ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import caseindex
from onestop.services.capabilities import require
from onestop.services.incidents import IncidentDetails, insert_incident
from onestop.services.intake import IntakeService, MatchReason, PossibleMatch
from onestop.services.records import find_case
from onestop.services.sealedcolumns import seal_value, sealed_columns
from onestop.services.sectionkeys import require_key
from onestop.services.session import VaultSession
from onestop.services.validation import text_limits
from onestop.vault.sectionkeys import CaseRef

BATCH = 1000  # rows inserted per statement
SNIFF_BYTES = 64 * 1024
MAX_REGISTER_ID = 100
MAX_REPORTED = 500  # rows with a problem listed in a report (the count is always whole)
Progress = Callable[[int, int], None]
PROGRESS_EVERY = 100  # rows between two progress reports of a dry run


# The built-in mapping of the GBVIMS Incident Recorder's "Incident Data" sheet.
INCIDENT_RECORDER: Mapping[str, Field] = {
    gbvims.Column.SURVIVOR_CODE: Field.REGISTER_ID,
    gbvims.Column.DATE_OF_INTERVIEW: Field.OPENED_ON,
    gbvims.Column.DATE_OF_INCIDENT: Field.INCIDENT_DATE,
    gbvims.Column.SEX: Field.SEX,
    gbvims.Column.GBV_TYPE: Field.GBV_TYPE,
    gbvims.Column.RELATIONSHIP: Field.CONTEXT,
    gbvims.Column.PERPETRATOR_COUNT: Field.PERPETRATOR_COUNT,
}


@dataclass(frozen=True)
class ColumnMapping:
    """Which field each of the file's columns goes to; saved as JSON for next time."""

    columns: Mapping[str, Field]

    @classmethod
    def incident_recorder(cls) -> ColumnMapping:
        return cls(dict(INCIDENT_RECORDER))

    def to_json(self) -> str:
        return json.dumps(
            {"columns": {k: v.value for k, v in self.columns.items() if v is not Field.IGNORE}},
            ensure_ascii=False,
            indent=2,
        )

    @classmethod
    def from_json(cls, data: str) -> ColumnMapping:
        try:
            raw = json.loads(data)["columns"]
            return cls({str(k): Field(v) for k, v in raw.items()})
        except (ValueError, KeyError, TypeError, AttributeError):
            raise ValidationFailed.of(
                {
                    "mapping": QT_TRANSLATE_NOOP(
                        "Messages", "This is not a mapping saved by OneStop."
                    )
                }
            ) from None

    def check(self, headers: tuple[str, ...]) -> None:
        """Every mapped column is in the file, no field is given twice, and a case can be
        opened from what is mapped (a name, an alias or a register id)."""
        problems: dict[str, str] = {}
        missing = [h for h, f in self.columns.items() if f is not Field.IGNORE and h not in headers]
        if missing:
            problems["mapping"] = QT_TRANSLATE_NOOP(
                "Messages",
                "The mapping names %n column(s) the file does not have.",
                "",
                len(missing),
            )
        used = [f for f in self.columns.values() if f is not Field.IGNORE]
        if len(used) != len(set(used)):
            problems["mapping"] = QT_TRANSLATE_NOOP(
                "Messages", "Each field can be given by one column only."
            )
        if not {Field.NAME, Field.ALIAS, Field.REGISTER_ID} & set(used):
            problems["mapping"] = QT_TRANSLATE_NOOP(
                "Messages", "Map a column to the name, the alias or the register id."
            )
        if problems:
            raise ValidationFailed.of(problems)


# -- reading the file --


@dataclass(frozen=True)
class RegisterFile:
    """A register file as detected: its kind, a CSV's encoding and delimiter, its headers."""

    path: Path
    kind: str  # "csv" or "xlsx"
    encoding: str  # "" for xlsx
    delimiter: str  # "" for xlsx
    headers: tuple[str, ...]
    sha256: str
    sheet: str = ""  # the sheet read, for xlsx

    @classmethod
    def open(cls, path: Path) -> RegisterFile:
        digest = _sha256(path)
        if path.suffix.lower() == ".xlsx":
            sheet, headers = _xlsx_head(path)
            return cls(path, "xlsx", "", "", headers, digest, sheet)
        encoding, delimiter = detect_csv(path)
        with _readable_csv(1), _csv_text(path, encoding) as f:
            first = next(csv.reader(f, delimiter=delimiter), [])
        return cls(path, "csv", encoding, delimiter, tuple(h.strip() for h in first), digest)

    def count_rows(self) -> int:
        """How many rows a CSV has below its headers (read once more, quickly: quoted line
        breaks counted right), for a progress bar that says how far; 0 for a workbook,
        whose count is not known before it is read."""
        if self.kind != "csv":
            return 0
        return sum(1 for _ in self.rows())

    def rows(self) -> Iterator[tuple[int, dict[str, str]]]:
        """(line number, {header: cell text}) for each row below the headers, streamed."""
        if self.kind == "xlsx":
            yield from _xlsx_rows(self.path, self.sheet, self.headers)
            return
        line = 1  # the row being read, named when it cannot be
        with _readable_csv(lambda: line), _csv_text(self.path, self.encoding) as f:
            reader = csv.reader(f, delimiter=self.delimiter)
            next(reader, None)
            line = 2
            for cells in reader:
                if any(c.strip() for c in cells):
                    yield line, dict(zip(self.headers, cells, strict=False))
                line += 1


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def detect_csv(path: Path) -> tuple[str, str]:
    """The encoding (by its byte order mark, else by reading the whole file: utf-8, cp1252,
    latin-1) and the delimiter (csv.Sniffer among , ; tab |) of a CSV file. A file mixing
    UTF-8 with another encoding, or of bytes that are not text, is refused in words."""
    with path.open("rb") as f:
        head = f.read(SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = _byte_encoding(path)
    sample = head.decode(encoding, errors="ignore")
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    return encoding, delimiter


# Bytes no text file holds: C0 controls but tab, line feed and carriage return (a file
# of random bytes has one in eight of them; a register none).
_NOT_TEXT = bytes(b for b in range(32) if b not in b"\t\n\r") + b"\x7f"
MAX_CONTROL_SHARE = 0.01


def _file_problem(message: str) -> ValidationFailed:
    return ValidationFailed.of({"file": message})


def _byte_encoding(path: Path) -> str:
    """utf-8 when every line is UTF-8, else cp1252 when it decodes, else latin-1, read over
    the whole file line by line (a head can be UTF-8 and a later row cp1252). Lines of both
    kinds (UTF-8 names beside cp1252 ones) cannot be read as one encoding without garbling
    one kind, so the file is refused; so is one whose bytes are mostly controls (not text)."""
    utf8_lines = other_lines = controls = size = 0
    cp1252 = True
    with path.open("rb") as f:
        for line in f:
            size += len(line)
            controls += len(line) - len(line.translate(None, _NOT_TEXT))
            if line.isascii():
                continue
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                other_lines += 1
                if cp1252:
                    try:
                        line.decode("cp1252")
                    except UnicodeDecodeError:
                        cp1252 = False
            else:
                utf8_lines += 1
    if size and controls / size > MAX_CONTROL_SHARE:
        raise _file_problem(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This file is not text: it cannot be a register. Save the register as CSV "
                "(UTF-8) or .xlsx.",
            )
        )
    if utf8_lines and other_lines:
        raise _file_problem(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This file mixes encodings (some rows UTF-8, others not), so some names would "
                "come in garbled: save it again as CSV UTF-8.",
            )
        )
    if not other_lines:
        return "utf-8"
    return "cp1252" if cp1252 else "latin-1"


@contextlib.contextmanager
def _readable_csv(line: int | Callable[[], int]) -> Iterator[None]:
    """A CSV the csv module cannot split (a cell longer than its field limit, 131,072
    characters, far over any field's limit) is refused with a sentence naming the row it
    could not read (``line``, or a callable giving it), not a crash."""
    try:
        yield
    except csv.Error:
        raise ValidationFailed.of(
            {
                "file": QT_TRANSLATE_NOOP(
                    "Messages",
                    "This file cannot be read as CSV: a cell on row {line} is far too long or "
                    "badly quoted.",
                ).format(line=line if isinstance(line, int) else line())
            }
        ) from None


def _csv_text(path: Path, encoding: str) -> io.TextIOWrapper:
    # A byte a cp1252 file does not define is kept as the replacement character, not fatal.
    return path.open("r", encoding=encoding, errors="replace", newline="")


@contextlib.contextmanager
def _readable_workbook() -> Iterator[None]:
    """A workbook openpyxl cannot read (not a ZIP, XML that is not well formed, a sheet
    missing) is refused with a sentence, not a crash."""
    try:
        yield
    except (OSError, KeyError, ValueError, IndexError, zipfile.BadZipFile, ParseError):
        raise ValidationFailed.of(
            {
                "file": QT_TRANSLATE_NOOP(
                    "Messages",
                    "This workbook cannot be read: it is damaged or not an .xlsx file.",
                )
            }
        ) from None


def _xlsx_head(path: Path) -> tuple[str, tuple[str, ...]]:
    from openpyxl import load_workbook

    with _readable_workbook():
        book = load_workbook(path, read_only=True, data_only=False)
        try:
            name = gbvims.INCIDENT_SHEET if gbvims.INCIDENT_SHEET in book.sheetnames else ""
            sheet = book[name] if name else book.worksheets[0]
            first = next(sheet.iter_rows(max_row=1, values_only=True), ())
            return sheet.title, tuple(_cell_text(c).strip() for c in first)
        finally:
            book.close()


def _xlsx_rows(
    path: Path, sheet: str, headers: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, str]]]:
    from openpyxl import load_workbook

    with _readable_workbook():
        book = load_workbook(path, read_only=True, data_only=False)
        try:
            rows = book[sheet].iter_rows(min_row=2, max_col=len(headers), values_only=True)
            for number, cells in enumerate(rows, 2):
                texts = [_cell_text(c) for c in cells]
                if any(t.strip() for t in texts):
                    yield number, dict(zip(headers, texts, strict=False))
        finally:
            book.close()


def _cell_text(value: Any) -> str:
    """A cell as text: a date as YYYY-MM-DD, a whole number without ".0", a formula as the
    characters it was typed with (never its result)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# -- one row: parsed and checked with a form's rules --


@dataclass
class ParsedRow:
    line: int
    register_id: str = ""
    name: str = ""
    alias: str = ""
    date_of_birth: date | None = None
    estimated_age: int | None = None
    sex: Sex = Sex.NOT_STATED
    safe_phone: str = ""
    opened_on: date | None = None
    incident_date: date | None = None
    gbv_type: GbvType | None = None
    context: IncidentContext = IncidentContext.OTHER
    perpetrator_count: int | None = None
    problems: dict[str, str] = field(default_factory=dict)

    @property
    def incident(self) -> IncidentDetails | None:
        if self.gbv_type is None:
            return None
        when = IncidentTime.unknown()
        if self.incident_date is not None:
            start = datetime.combine(self.incident_date, time(), tzinfo=UTC)
            end = datetime.combine(self.incident_date, time(23, 59), tzinfo=UTC)
            when = IncidentTime.between(start, end)
        return IncidentDetails(
            when, self.gbv_type, self.context, perpetrator_count=self.perpetrator_count
        )


def _coded(table: gbvims.CodeTable, enum: type[StrEnum], cell: str) -> StrEnum | None:
    """A coded cell: OneStop's own value, or the Incident Recorder's code for one."""
    stripped = cell.strip()
    try:
        return enum(stripped.casefold())
    except ValueError:
        pass
    value = table.value(stripped)
    return enum(value) if value else None


def _date_cell(cell: str) -> date:
    """A date cell: YYYY-MM-DD or DD/MM/YYYY (a time after it, as spreadsheets add, ignored)."""
    return parse_date(cell.strip().replace("T", " ").split(" ")[0])


_UNKNOWN = QT_TRANSLATE_NOOP("Messages", "Not one of the options: {value}.")


def parse_row(
    line: int, cells: Mapping[str, str], mapping: ColumnMapping, today: date
) -> ParsedRow:
    """A row as a form would take it, with a message per field that a form would refuse."""
    row = ParsedRow(line)
    p = row.problems
    for header, target in mapping.columns.items():
        cell = cells.get(header, "")
        if target is Field.IGNORE or not cell.strip():
            continue
        try:
            _set(row, target, cell)
        except ValueError as exc:
            p[target.value] = str(exc)
    p.update(
        {
            k: v
            for k, v in check_person(
                PersonFacts(
                    row.name, row.alias, row.date_of_birth, row.estimated_age, row.safe_phone
                ),
                today,
            ).items()
            # A register may hold no names: its id then stands for her, as a code does.
            if not (k == "name" and row.register_id and not (row.name or row.alias))
        }
    )
    if row.register_id and (problem := one_line_problem(row.register_id)) is not None:
        p[Field.REGISTER_ID.value] = problem
    p.update(_garbled_problems(row))
    if len(row.register_id) > MAX_REGISTER_ID:
        p[Field.REGISTER_ID.value] = QT_TRANSLATE_NOOP(
            "Messages", "At most {limit:,} character(s).", "", MAX_REGISTER_ID
        ).format(limit=MAX_REGISTER_ID)
    p.update(text_limits(Case, {"name": row.name, "alias": row.alias, "sex": row.sex.value}))
    if row.opened_on is not None and row.opened_on > today:
        p[Field.OPENED_ON.value] = QT_TRANSLATE_NOOP("Messages", "This date is in the future.")
    incident = row.incident
    if row.gbv_type is None and (row.incident_date or row.perpetrator_count):
        p.setdefault(
            Field.GBV_TYPE.value,
            QT_TRANSLATE_NOOP("Messages", "Give the type of the incident."),
        )
    if incident is not None:
        now = datetime.combine(today, time(23, 59, 59), tzinfo=UTC)
        for key, message in check_incident_time(incident.occurred, now, row.date_of_birth).items():
            p[Field.INCIDENT_DATE.value if key == "occurred" else key] = message
    if row.perpetrator_count is not None and not 1 <= row.perpetrator_count <= 50:
        p[Field.PERPETRATOR_COUNT.value] = QT_TRANSLATE_NOOP(
            "Messages", "The number of perpetrators is between 1 and 50."
        )
    return row


def _garbled(text: str) -> Iterator[str]:
    for encoding in ("cp1252", "latin-1"):
        yield text.encode("utf-8").decode(encoding, errors="replace")


# An invisible control (direction mark, zero-width space) whose UTF-8 bytes were read as
# cp1252 or latin-1: "\u202e" comes in as "â€®", which no name check recognises.
_GARBLED_CONTROLS = frozenset(
    g
    for c in (*BIDI_CONTROLS, "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
    for g in _garbled(c)
)


def _garbled_control(value: str) -> bool:
    suspicious = "\u00e2" in value or "\u00ef" in value  # how each of them starts
    return suspicious and any(g in value for g in _GARBLED_CONTROLS)


def _garbled_problems(row: ParsedRow) -> dict[str, str]:
    """A name, alias or register id holding a control garbled by the wrong encoding."""
    return {
        target.value: QT_TRANSLATE_NOOP(
            "Messages",
            "This holds an invisible character garbled by the wrong encoding: save the "
            "file again as CSV UTF-8.",
        )
        for target, value in (
            (Field.NAME, row.name),
            (Field.ALIAS, row.alias),
            (Field.REGISTER_ID, row.register_id),
        )
        if _garbled_control(value)
    }


def _set(row: ParsedRow, target: Field, cell: str) -> None:
    stripped = cell.strip()
    if target is Field.REGISTER_ID:
        row.register_id = stripped
    elif target is Field.NAME:
        row.name = cell
    elif target is Field.ALIAS:
        row.alias = cell
    elif target is Field.SAFE_PHONE:
        row.safe_phone = stripped
    elif target is Field.DATE_OF_BIRTH:
        row.date_of_birth = _date_cell(cell)
    elif target is Field.OPENED_ON:
        row.opened_on = _date_cell(cell)
    elif target is Field.INCIDENT_DATE:
        row.incident_date = _date_cell(cell)
    elif target is Field.ESTIMATED_AGE:
        row.estimated_age = _whole(stripped)
    elif target is Field.PERPETRATOR_COUNT:
        try:
            row.perpetrator_count = gbvims.perpetrator_count_value(stripped)
        except ValueError:
            raise ValueError(_UNKNOWN.format(value=_shown(stripped))) from None
    else:
        table, enum = _CODED[target]
        value = _coded(table, enum, stripped)
        if value is None:
            raise ValueError(_UNKNOWN.format(value=_shown(stripped)))
        setattr(row, target.value, value)


_CODED: Mapping[Field, tuple[gbvims.CodeTable, type[StrEnum]]] = {
    Field.SEX: (gbvims.SEXES, Sex),
    Field.GBV_TYPE: (gbvims.GBV_TYPES, GbvType),
    Field.CONTEXT: (gbvims.CONTEXTS, IncidentContext),
}


def _whole(text_: str) -> int:
    try:
        return int(float(text_)) if text_.replace(".", "", 1).isdigit() else int(text_)
    except ValueError:
        raise ValueError(
            QT_TRANSLATE_NOOP("Messages", "Not a whole number: {value}.").format(
                value=_shown(text_)
            )
        ) from None


def _shown(value: str) -> str:
    """A refused cell as the report shows it: short, on one line."""
    one = " ".join(value.split())
    return one[:40] + ("…" if len(one) > 40 else "")


# -- the dry run and the import --


@dataclass(frozen=True)
class RowProblem:
    line: int
    field: str
    message: str


@dataclass(frozen=True)
class Duplicate:
    """A row that may be an existing case: a person decides (merge into it, or a new case)."""

    line: int
    shown_as: str  # the row's register id, else its line: never its name in a log
    matches: tuple[PossibleMatch, ...]


class _SameCode:
    """The cases whose reference or register id is exactly a row's register id: the centre's
    own export (the Incident Recorder's survivor code is OneStop's reference) imported back.
    Register ids are sealed, so they are looked up in the signed-in person's index; without
    the identity key, by the reference alone (a plain column)."""

    def __init__(self, session: VaultSession, today: date) -> None:
        self._session = session
        self._today = today
        with session.unit_of_work(Section.IDENTITY, Action.READ) as s:
            self._index = caseindex.of(session, s, checked=True)

    def matches(self, code: str) -> tuple[PossibleMatch, ...]:
        code = code.strip()
        if not code:
            return ()
        index = self._index
        q = select(
            Case.id,
            Case.reference,
            Case.date_of_birth,
            Case.estimated_age,
            Case.status,
            Case.caseworker,
            Case.opened_at,
        )
        if index is not None:
            ids = index.with_code(code)
            if not ids:
                return ()
            q = q.where(Case.id.in_(ids))
        else:
            q = q.where(func.lower(Case.reference) == code.casefold())
        with self._session.unit_of_work(Section.IDENTITY, Action.READ) as s:
            rows = s.execute(q.order_by(Case.reference)).all()
        return tuple(
            PossibleMatch(
                r.reference,
                index.display_name(r.id) if index is not None else "",
                age_on(r.date_of_birth, self._today) if r.date_of_birth else r.estimated_age,
                CaseStatus(r.status),
                r.caseworker,
                r.opened_at,
                (MatchReason.REGISTER_ID,),
            )
            for r in rows
        )


def _merged(
    exact: tuple[PossibleMatch, ...], found: tuple[PossibleMatch, ...]
) -> tuple[PossibleMatch, ...]:
    """The exact matches first, then the intake's, one entry per case (its reasons joined)."""
    by_reference = {m.reference: m for m in exact}
    for match in found:
        seen = by_reference.get(match.reference)
        if seen is None:
            by_reference[match.reference] = match
        else:
            by_reference[match.reference] = replace(seen, reasons=(*seen.reasons, *match.reasons))
    return tuple(by_reference.values())


@dataclass
class _Checked:
    """What a dry run has found so far (kept when it stops, to audit how far it went)."""

    rows: int = 0
    refused: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)


@dataclass(frozen=True)
class DryRun:
    file: RegisterFile
    mapping: ColumnMapping
    rows: int
    problems: tuple[RowProblem, ...]
    refused_rows: int
    duplicates: tuple[Duplicate, ...]

    @property
    def ready(self) -> bool:
        return self.rows > 0 and self.refused_rows == 0


@dataclass(frozen=True)
class Imported:
    cases: int
    incidents: int
    merged: int
    sha256: str


class ImportService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def require_checking(self) -> None:
        """Refused, and the refusal audited, unless this role may check a register
        (``Capability.CHECK_REGISTER``): before its file is even read."""
        require(
            self._session,
            Capability.CHECK_REGISTER,
            Section.IDENTITY,
            Action.READ,
            QT_TRANSLATE_NOOP(
                "Messages", "Only a caseworker or a manager may check a register to import."
            ),
        )

    def require_importing(self) -> None:
        """Refused, and the refusal audited, unless this role may import a register
        (``Capability.IMPORT_REGISTER``); the matrix is still checked when it writes."""
        require(
            self._session,
            Capability.IMPORT_REGISTER,
            Section.IDENTITY,
            Action.WRITE,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Only a caseworker may import a register; a manager may check it first.",
            ),
        )

    def dry_run(
        self, file: RegisterFile, mapping: ColumnMapping, progress: Progress | None = None
    ) -> DryRun:
        """Every row checked and matched, nothing written (one audit entry: the counts).
        ``progress(rows checked, rows in the file)`` is called every few rows (the total is
        0 when it is not known before the end: a workbook); it may raise to stop the check,
        which is then audited as stopped."""
        session = self._session
        self.require_checking()
        mapping.check(file.headers)
        today = utcnow().date()
        checked = _Checked()
        with session.unit_of_work(Section.IDENTITY, Action.READ) as s:
            has_cases = bool(s.scalar(select(func.count()).select_from(Case)))
        try:
            with session.batch():
                self._check_rows(file, mapping, today, has_cases, progress, checked)
                rows, refused = checked.rows, checked.refused
                problems, duplicates = checked.problems, checked.duplicates
                with session.unit_of_work(Section.IDENTITY, Action.READ) as s:
                    session.audit(
                        s,
                        AuditAction.RECORD_READ,
                        Section.IDENTITY,
                        detail=f"register dry run sha256 {file.sha256[:16]}: {rows} rows, "
                        f"{refused} refused, {len(duplicates)} possible duplicates",
                    )
        except BaseException:
            # Stopped (Cancel) or failed: the batch rolled back, and what was read is audited
            # on its own, with how far the check went.
            with session.unit_of_work(Section.IDENTITY, Action.READ) as s:
                session.audit(
                    s,
                    AuditAction.RECORD_READ,
                    Section.IDENTITY,
                    detail=f"register dry run sha256 {file.sha256[:16]}: stopped after "
                    f"{checked.rows} rows",
                )
            raise
        return DryRun(file, mapping, rows, tuple(problems), refused, tuple(duplicates))

    def _check_rows(
        self,
        file: RegisterFile,
        mapping: ColumnMapping,
        today: date,
        has_cases: bool,
        progress: Progress | None,
        checked: _Checked,
    ) -> None:
        session = self._session
        problems, duplicates = checked.problems, checked.duplicates
        intake = IntakeService(session)
        same_code = _SameCode(session, today)
        total = 0
        if progress is not None:
            progress(0, 0)
            total = file.count_rows()
            progress(0, total)
        for line, cells in file.rows():
            checked.rows += 1
            if progress is not None and checked.rows % PROGRESS_EVERY == 0:
                progress(checked.rows, max(total, checked.rows))
            row = parse_row(line, cells, mapping, today)
            if row.problems:
                checked.refused += 1
                problems.extend(
                    RowProblem(line, k, v)
                    for k, v in row.problems.items()
                    if len(problems) < MAX_REPORTED
                )
                continue
            if not has_cases:
                continue
            matches = same_code.matches(row.register_id)
            if row.name or row.alias or row.date_of_birth or row.safe_phone:
                # One entry below for the whole dry run, not one per row and fact.
                check = intake.possible_matches(
                    row.name, row.alias, row.date_of_birth, row.safe_phone, audited=False
                )
                matches = _merged(matches, check.matches)
            if matches:
                duplicates.append(Duplicate(line, row.register_id or f"#{line}", matches))

    def run(
        self,
        plan: DryRun,
        decisions: Mapping[int, str | None],
        progress: Progress | None = None,
    ) -> Imported:
        """Import a file whose dry run passed: all rows or none. ``decisions`` gives, for
        each possible duplicate's line, the reference of the case its incident goes into, or
        None for a new case."""
        session = self._session
        self.require_importing()
        file = plan.file
        if not plan.ready:
            raise ValidationFailed.of(
                {
                    "file": QT_TRANSLATE_NOOP(
                        "Messages", "Rows would be refused: correct the file and check it again."
                    )
                }
            )
        undecided = [d.line for d in plan.duplicates if d.line not in decisions]
        if undecided:
            raise ValidationFailed.of(
                {
                    "duplicates": QT_TRANSLATE_NOOP(
                        "Messages",
                        "Decide for each possible duplicate: %n left.",
                        "",
                        len(undecided),
                    )
                }
            )
        if _sha256(file.path) != file.sha256:
            raise ValidationFailed.of(
                {
                    "file": QT_TRANSLATE_NOOP(
                        "Messages", "The file changed since it was checked: check it again."
                    )
                }
            )
        if not session.allowed(Section.INCIDENTS, Action.WRITE):
            raise session.refuse(Section.INCIDENTS, Action.WRITE)
        with session.unit_of_work(Section.IDENTITY, Action.WRITE) as s:
            writer = _Writer(s, session, plan.rows, progress)
            for line, cells in file.rows():
                row = parse_row(line, cells, plan.mapping, writer.now.date())
                if row.problems:  # the file is the one checked: this cannot change
                    raise ValidationFailed.of(row.problems)
                writer.add(row, decisions.get(line))
            writer.flush()
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.IDENTITY,
                detail=f"register import sha256 {file.sha256}: {writer.cases} cases"
                f"{writer.created()}, {writer.incidents} incidents, {writer.merged} merged",
            )
        caseindex.forget(session)  # rebuilt, with the imported names, at the next search
        return Imported(writer.cases, writer.incidents, writer.merged, file.sha256)


class _Ids:
    """New rows' ids for one table, given before their batch is inserted (a case's id is
    in its sealed names' associated data). On a centre server they are drawn from the
    table's own sequence, a batch at a time, so a row inserted later without an id (any
    other service's) never gets one of them; in a vault, one past the highest."""

    def __init__(self, s: Session, model: type[Case] | type[Incident]) -> None:
        self.s = s
        self.table = model.__tablename__
        self.on_server = s.get_bind().dialect.name == "postgresql"
        self.reserved: list[int] = []
        self.next = 0 if self.on_server else (s.scalar(select(func.max(model.id))) or 0) + 1

    def take(self) -> int:
        if not self.on_server:
            taken, self.next = self.next, self.next + 1
            return taken
        if not self.reserved:
            drawn = self.s.execute(
                text(
                    "SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"
                ),
                {"t": self.table, "n": BATCH},
            ).scalars()
            self.reserved = sorted((int(i) for i in drawn), reverse=True)
        return self.reserved.pop()

    def taken(self, row_id: int) -> None:
        """A row of the table was inserted meanwhile with ``row_id`` (by the ORM)."""
        if not self.on_server:
            self.next = row_id + 1


class _Writer:
    """Rows inserted in batches inside the import's one transaction."""

    def __init__(self, s: Session, session: VaultSession, total: int, progress: Progress | None):
        self.s = s
        self.session = session
        self.total = total
        self.progress = progress
        self.now = utcnow()
        self.who = session.actor.username
        self.case_ids = _Ids(s, Case)
        self.incident_ids = _Ids(s, Incident)
        self.counters: dict[int, int] = {}
        self.case_rows: list[dict[str, Any]] = []
        self.incident_rows: list[dict[str, Any]] = []
        # Names are sealed here, before the INSERT (services.sealedcolumns does it for ORM rows;
        # these rows go in by the batch): the identity key, or a clear refusal while waiting.
        self.key = require_key(session, Section.IDENTITY)
        incidents = session.section_keys.current(Section.INCIDENTS)
        self.incidents_version = incidents.version if incidents is not None else None
        self.cases = self.incidents = self.merged = self.done = 0
        self.references: list[str] = []  # the first case created, and the last so far

    def created(self) -> str:
        """The references of the cases created, for the audit entry: bounded however long
        the register (the first and the last; a case is found by its reference, its survivor
        is not named)."""
        if not self.references:
            return ""
        if len(self.references) == 1:
            return f" ({self.references[0]})"
        return f" ({self.references[0]} … {self.references[-1]})"

    def _reference(self, year: int) -> str:
        if year not in self.counters:
            counter = self.s.get(ReferenceCounter, year)
            self.counters[year] = counter.last if counter is not None else 0
        self.counters[year] += 1
        return case_reference(year, self.counters[year])

    def add(self, row: ParsedRow, into: str | None) -> None:
        incident = row.incident
        if into is not None:
            case = find_case(self.s, into)
            if incident is not None:
                self.flush()  # the ids reserved so far are taken before this one is given
                added = insert_incident(self.s, self.session, case, incident)
                self.incident_ids.taken(added.id)
                self.incidents += 1
            self.merged += 1
        else:
            self._new_case(row, incident)
        self.done += 1
        if len(self.case_rows) >= BATCH:
            self.flush()

    def _new_case(self, row: ParsedRow, incident: IncidentDetails | None) -> None:
        # The register's date of interview (or report); else the incident's; never the day
        # of the import for a record older than OneStop. With neither, the moment of the
        # import stands for "unknown" (Case.opening_known) and the "opened" counts skip it.
        known = row.opened_on or row.incident_date
        opened = datetime.combine(known, time(), tzinfo=UTC) if known else self.now
        case_id = self.case_ids.take()
        reference = self._reference(opened.year)
        stamps = {"version": 1, "updated_at": self.now, "updated_by": self.who}
        self.case_rows.append(
            {
                **stamps,
                "created_at": self.now,
                "created_by": self.who,
                "id": case_id,
                "reference": reference,
                "name": row.name,
                "alias": row.alias,
                "date_of_birth": row.date_of_birth,
                "estimated_age": row.estimated_age,
                "sex": row.sex.value,
                "gender": "",
                "languages": "[]",
                "disability": "",
                "children_count": None,
                "children_notes": "",
                "address": "",
                "safe_phone": row.safe_phone,
                "safe_message_allowed": False,
                "safe_code_word": "",
                "safe_notes": "",
                "caseworker": self.who if self.session.actor.role is Role.CASEWORKER else None,
                "status": CaseStatus.OPEN.value,
                "closed_reason": "",
                "opened_at": opened,
                "closed_at": None,
                "register_id": row.register_id,
                "imported": True,
            }
        )
        sealed = self.case_rows[-1]
        case = CaseRef(case_id, reference)  # form 2: bound to the case (vault.sectionkeys)
        for column in sealed_columns(Case)[1]:
            text = sealed[column]
            sealed[column] = seal_value(self.key, "cases", column, case_id, 1, text, case)
        sealed["key_version"] = self.key.version
        self.cases += 1
        if len(self.references) < 2:
            self.references.append(reference)
        else:
            self.references[-1] = reference
        if incident is not None:
            self.incident_rows.append(
                {
                    **stamps,
                    "created_at": self.now,
                    "created_by": self.who,
                    "id": self.incident_ids.take(),
                    "case_id": case_id,
                    "precision": incident.occurred.precision.value,
                    "occurred_earliest": incident.occurred.earliest,
                    "occurred_latest": incident.occurred.latest,
                    "place": "",
                    "gbv_type": incident.gbv_type.value,
                    "context": incident.context.value,
                    "perpetrator_relationship": "",
                    "perpetrator_count": incident.perpetrator_count,
                    "reported_to_police": None,
                    "description": "",
                    # No text to seal (empty stays empty): sealed as far as its key goes.
                    "perpetrator_group": "other",
                    "key_version": self.incidents_version,
                }
            )
            self.incidents += 1

    def flush(self) -> None:
        s = self.s
        if self.case_rows:
            s.execute(insert(Case), self.case_rows)
        if self.incident_rows:
            s.execute(insert(Incident), self.incident_rows)
        for year, last in self.counters.items():
            counter = s.get(ReferenceCounter, year)
            if counter is None:
                s.add(ReferenceCounter(year=year, last=last))
            else:
                counter.last = last
        s.flush()
        self.case_rows, self.incident_rows = [], []
        if self.progress is not None:
            self.progress(self.done, self.total)
