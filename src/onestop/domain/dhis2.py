"""Released statistics as a DHIS2 data value set, the way a ministry's HMIS receives a
facility's monthly figures (JSON or CSV, imported with ``idScheme=code``).

A mapping file, written by whoever sets up the reporting with the ministry, says which DHIS2
data element and category option combo each OneStop count goes to, and the centre's org unit:

    {"orgUnit": "OSC_DEMO", "dataSet": "GBV_MONTHLY",
     "dataValues": [{"indicator": "by_type", "disaggregation": "rape",
                     "dataElement": "GBV_INCIDENTS", "categoryOptionCombo": "GBV_RAPE"}]}

``indicator`` is a OneStop table (``by_type``…), ``disaggregation`` one of its rows (or
``total``), ``column`` its column when it has several. A hidden count (small, or hidden to
protect another) is left out: DHIS2 values are numbers, and "<5" is not one.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from onestop.errors import ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP

CODE = {"type": "string", "minLength": 1, "maxLength": 100, "pattern": r"^\S(.*\S)?$"}
MAPPING_SCHEMA: Mapping[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["orgUnit", "dataValues"],
    "additionalProperties": False,
    "properties": {
        "orgUnit": CODE,
        "dataSet": CODE,
        "attributeOptionCombo": CODE,
        "comment": {"type": "string"},
        "dataValues": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["indicator", "disaggregation", "dataElement", "categoryOptionCombo"],
                "additionalProperties": False,
                "properties": {
                    "indicator": CODE,
                    "disaggregation": CODE,
                    "column": CODE,
                    "dataElement": CODE,
                    "categoryOptionCombo": CODE,
                },
            },
        },
    },
}
CSV_COLUMNS = (
    "dataelement",
    "period",
    "orgunit",
    "categoryoptioncombo",
    "attributeoptioncombo",
    "value",
    "storedby",
    "lastupdated",
    "comment",
    "followup",
)
CellKey = tuple[str, str, str]
# A data value set as DHIS2's Web API takes it (dataValueSets), as OneStop writes it: a
# value is a whole number, never "<5" or "*"; the period 202611, 2026Q4 or 2026.
VALUE_SET_SCHEMA: Mapping[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["completeDate", "period", "orgUnit", "dataValues"],
    "additionalProperties": False,
    "properties": {
        "dataSet": CODE,
        "completeDate": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "period": {"type": "string", "pattern": r"^\d{4}(\d{2}|Q[1-4])?$"},
        "orgUnit": CODE,
        "attributeOptionCombo": CODE,
        "dataValues": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["dataElement", "categoryOptionCombo", "value"],
                "additionalProperties": False,
                "properties": {
                    "dataElement": CODE,
                    "categoryOptionCombo": CODE,
                    "attributeOptionCombo": CODE,
                    "value": {"type": "string", "pattern": r"^(0|[1-9]\d*)$"},
                },
            },
        },
    },
}


@dataclass(frozen=True)
class Target:
    indicator: str
    disaggregation: str
    column: str  # "" when the table has one column
    data_element: str
    category_option_combo: str


@dataclass(frozen=True)
class ValueMapping:
    org_unit: str
    data_set: str
    attribute_option_combo: str
    targets: Sequence[Target]


def _problem(text: str) -> ValidationFailed:
    return ValidationFailed.of({"mapping": text})


def read_mapping(text: str, cells: Mapping[CellKey, object]) -> ValueMapping:
    """The mapping file checked against its schema and against the counts OneStop prints
    (``cells``' keys), with a message that names the place of the first problem."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise _problem(
            QT_TRANSLATE_NOOP(
                "Messages", "The DHIS2 mapping file is not JSON (line {line}: {reason})."
            ).format(line=getattr(error, "lineno", "?"), reason=getattr(error, "msg", str(error)))
        ) from None
    import jsonschema  # here, not with the module: a desktop that never exports to DHIS2

    errors = sorted(
        jsonschema.Draft202012Validator(MAPPING_SCHEMA).iter_errors(data),
        key=lambda e: list(e.absolute_path),
    )
    if errors:
        first = errors[0]
        place = "".join(
            f"[{p}]" if isinstance(p, int) else f".{p}" for p in first.absolute_path
        ).lstrip(".")
        raise _problem(
            QT_TRANSLATE_NOOP("Messages", "The DHIS2 mapping file, at {place}: {reason}").format(
                place=place or "the top", reason=first.message
            )
        )
    known: dict[tuple[str, str], list[str]] = {}
    for table, row, column in cells:
        known.setdefault((table, row), []).append(column)
    targets = []
    seen: set[tuple[str, str]] = set()
    for n, item in enumerate(data["dataValues"]):
        key = (item["indicator"], item["disaggregation"])
        columns = known.get(key)
        if columns is None:
            raise _problem(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The DHIS2 mapping file, at dataValues[{n}]: OneStop has no count "
                    "{indicator} / {row}. Indicators: {known}.",
                ).format(
                    n=n,
                    indicator=key[0],
                    row=key[1],
                    known=", ".join(sorted({t for t, _ in known})),
                )
            )
        column = item.get("column", "")
        if (column or len(columns) > 1) and column not in columns:
            raise _problem(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The DHIS2 mapping file, at dataValues[{n}]: say which column of "
                    "{indicator} (one of {columns}).",
                ).format(n=n, indicator=key[0], columns=", ".join(columns))
            )
        pair = (item["dataElement"], item["categoryOptionCombo"])
        if pair in seen:
            raise _problem(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The DHIS2 mapping file, at dataValues[{n}]: {element} / {combo} is "
                    "mapped twice.",
                ).format(n=n, element=pair[0], combo=pair[1])
            )
        seen.add(pair)
        targets.append(Target(key[0], key[1], column or columns[0], *pair))
    return ValueMapping(
        data["orgUnit"], data.get("dataSet", ""), data.get("attributeOptionCombo", ""), targets
    )


def data_values(
    mapping: ValueMapping, cells: Mapping[CellKey, tuple[int, bool]]
) -> list[dict[str, str]]:
    """One data value per mapped count that is published; hidden counts are left out."""
    out = []
    for t in mapping.targets:
        value, hidden = cells[(t.indicator, t.disaggregation, t.column)]
        if hidden:
            continue
        item = {
            "dataElement": t.data_element,
            "categoryOptionCombo": t.category_option_combo,
            "value": str(value),
        }
        if mapping.attribute_option_combo:
            item["attributeOptionCombo"] = mapping.attribute_option_combo
        out.append(item)
    return out


def data_value_set(
    mapping: ValueMapping, period: str, completed: date, cells: Mapping[CellKey, tuple[int, bool]]
) -> dict[str, Any]:
    """The JSON data value set: ``period`` as DHIS2 writes it (202611, 2026Q4, 2026)."""
    out: dict[str, Any] = {}
    if mapping.data_set:
        out["dataSet"] = mapping.data_set
    out["completeDate"] = completed.isoformat()
    out["period"] = period
    out["orgUnit"] = mapping.org_unit
    if mapping.attribute_option_combo:
        out["attributeOptionCombo"] = mapping.attribute_option_combo
    out["dataValues"] = data_values(mapping, cells)
    return out


def as_json(value_set: Mapping[str, Any]) -> bytes:
    return (json.dumps(value_set, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def as_csv(value_set: Mapping[str, Any]) -> bytes:
    """The DHIS2 CSV data value format: a header, then one line per value."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for v in value_set["dataValues"]:
        writer.writerow(
            [
                v["dataElement"],
                value_set["period"],
                value_set["orgUnit"],
                v["categoryOptionCombo"],
                v.get("attributeOptionCombo", value_set.get("attributeOptionCombo", "")),
                v["value"],
                "",
                "",
                "",
                "false",
            ]
        )
    return out.getvalue().encode("utf-8")


def check_value_set(json_text: bytes, csv_text: bytes) -> list[str]:
    """What is wrong with a written data value set and its CSV, each in a line (none: an
    empty list): the JSON against ``VALUE_SET_SCHEMA``, the CSV's header, and its rows the
    JSON's values, in order, for the same period and org unit."""
    try:
        data = json.loads(json_text.decode("utf-8"))
        rows = list(csv.reader(io.StringIO(csv_text.decode("utf-8"))))
    except ValueError as error:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return [f"not readable: {error}"]
    import jsonschema

    problems = [
        "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in e.absolute_path)
        + f": {e.message}"
        for e in jsonschema.Draft202012Validator(VALUE_SET_SCHEMA).iter_errors(data)
    ]
    if problems:
        return problems
    if not rows or tuple(rows[0]) != CSV_COLUMNS:
        return [f"CSV header: {rows[0] if rows else 'none'}"]
    expected = as_csv(data).decode("utf-8").splitlines()[1:]
    written = csv_text.decode("utf-8").splitlines()[1:]
    if written != expected:
        problems.append(f"CSV: {len(written)} rows that are not the JSON's {len(expected)} values")
    return problems
