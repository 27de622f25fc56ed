"""The DHIS2 data value set: the mapping file checked with clear messages, and the file
written read back against the DHIS2 dataValueSets format (JSON: dataSet, completeDate,
period, orgUnit, dataValues[{dataElement, categoryOptionCombo, value}]; CSV: dataelement,
period, orgunit, categoryoptioncombo, attributeoptioncombo, value, storedby, lastupdated,
comment, followup), with every hidden count left out."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re

import jsonschema
import pytest

from onestop.domain.audit import AuditAction
from onestop.domain.casefile import GbvType
from onestop.domain.dhis2 import check_value_set, read_mapping
from onestop.domain.roles import Role
from onestop.domain.statistics import cells
from onestop.errors import ValidationFailed
from onestop.paths import resources
from onestop.services.audit import AuditService
from onestop.services.exports import ExportOptions, ExportService
from onestop.services.statistics import StatisticsService
from tests.backdate import backdate
from tests.unit.test_statistics import open_cases

pytestmark = pytest.mark.both_backends

SAMPLE = resources() / "dhis2" / "sample-mapping.json"

# The DHIS2 data value set, as the Web API documents it (dataValueSets).
CODE = {"type": "string", "minLength": 1}
DATA_VALUE_SET = {
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
                    "comment": {"type": "string"},
                },
            },
        },
    },
}
CSV_HEADER = [
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
]


def test_the_value_set_follows_the_dhis2_format_and_omits_hidden_counts(vault, tmp_path) -> None:
    open_cases(vault, 6, GbvType.RAPE)
    open_cases(vault, 2, GbvType.PHYSICAL_ASSAULT)  # small: "<5", never sent
    open_cases(vault, 5, GbvType.SEXUAL_ASSAULT)  # the smallest other: "*", never sent
    month = backdate(vault)
    with vault.sign_in(Role.MANAGER) as manager:
        done = ExportService(manager).dhis2(month, SAMPLE, ExportOptions(tmp_path))
        stats = StatisticsService(manager).compile(month)  # the same release, again
        entry = [e for e in AuditService(manager).entries() if e.action == AuditAction.EXPORT][-1]
    data = json.loads(done.path.read_text(encoding="utf-8"))
    jsonschema.validate(data, DATA_VALUE_SET)
    assert data["period"] == month.dhis2 == month.start.strftime("%Y%m")
    assert data["orgUnit"] == "OSC_SAMPLE_CENTRE" and data["dataSet"] == "GBV_MONTHLY"
    sent = {(v["dataElement"], v["categoryOptionCombo"]): v["value"] for v in data["dataValues"]}
    assert sent[("GBV_INCIDENTS_BY_TYPE", "GBV_TYPE_RAPE")] == "6"
    assert ("GBV_INCIDENTS_BY_TYPE", "GBV_TYPE_PHYSICAL_ASSAULT") not in sent  # 2: hidden
    assert ("GBV_INCIDENTS_BY_TYPE", "GBV_TYPE_SEXUAL_ASSAULT") not in sent  # 5: "*"
    assert all(re.fullmatch(r"\d+", v) for v in sent.values())  # never "<5" or "*"
    printed = cells(stats)
    mapping = json.loads(SAMPLE.read_text())
    for item in mapping["dataValues"]:
        key = (item["indicator"], item["disaggregation"], item.get("column"))
        shown = next(c for k, c in printed.items() if k[:2] == key[:2] and key[2] in (None, k[2]))
        pair = (item["dataElement"], item["categoryOptionCombo"])
        assert (pair in sent) == (not shown.hidden), pair
        if pair in sent:
            assert sent[pair] == shown.text
    table = done.path.with_suffix(".csv")
    rows = list(csv.reader(io.StringIO(table.read_text(encoding="utf-8"))))
    assert rows[0] == CSV_HEADER and len(rows) == len(data["dataValues"]) + 1
    for row in rows[1:]:
        assert row[1] == data["period"] and row[2] == data["orgUnit"]
        assert sent[(row[0], row[3])] == row[5]
    # Its SHA-256 (and the CSV's) in the audit entry, like every export.
    assert f"sha256={hashlib.sha256(done.path.read_bytes()).hexdigest()}" in entry.detail
    assert f"csv_sha256={hashlib.sha256(table.read_bytes()).hexdigest()}" in entry.detail
    # The project's own check (make pdf-samples runs it on each set it writes) finds none.
    assert check_value_set(done.path.read_bytes(), table.read_bytes()) == []


VALUE_SET = {
    "dataSet": "GBV_MONTHLY",
    "completeDate": "2026-12-01",
    "period": "202611",
    "orgUnit": "OSC_SAMPLE_CENTRE",
    "dataValues": [
        {"dataElement": "GBV_INCIDENTS", "categoryOptionCombo": "default", "value": "14"},
        {"dataElement": "GBV_PEP", "categoryOptionCombo": "default", "value": "9"},
    ],
}
VALUE_CSV = (
    ",".join(CSV_HEADER) + "\n"
    "GBV_INCIDENTS,202611,OSC_SAMPLE_CENTRE,default,,14,,,,false\n"
    "GBV_PEP,202611,OSC_SAMPLE_CENTRE,default,,9,,,,false\n"
)


@pytest.mark.parametrize(
    ("json_change", "csv_text", "words"),
    [
        (lambda d: d["dataValues"][0].update(value="<5"), VALUE_CSV, "dataValues[0].value"),
        (lambda d: d.update(period="2026-11"), VALUE_CSV, "period"),
        (lambda d: d.pop("orgUnit"), VALUE_CSV, "'orgUnit' is a required property"),
        (lambda d: None, VALUE_CSV.replace("dataelement", "data_element"), "CSV header"),
        (lambda d: None, VALUE_CSV.replace(",9,", ",8,"), "not the JSON's 2 values"),
        (lambda d: None, VALUE_CSV.rsplit("GBV_PEP", 1)[0], "1 rows"),
        (lambda d: None, b"\xff".decode("latin-1"), "not readable"),
    ],
)
def test_a_written_value_set_is_checked_against_the_format(json_change, csv_text, words) -> None:
    assert check_value_set(json.dumps(VALUE_SET).encode(), VALUE_CSV.encode()) == []
    data = json.loads(json.dumps(VALUE_SET))
    json_change(data)
    problems = check_value_set(json.dumps(data).encode(), csv_text.encode("latin-1"))
    assert any(words in p for p in problems), problems
    assert check_value_set(b"{", VALUE_CSV.encode())[0].startswith("not readable")


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda m: m.pop("orgUnit"), "'orgUnit' is a required property"),
        (lambda m: m["dataValues"][0].update(dataElement=""), "dataValues[0].dataElement"),
        (lambda m: m["dataValues"][1].update(indicator="by_colour"), "no count by_colour"),
        (lambda m: m["dataValues"].append(dict(m["dataValues"][0])), "mapped twice"),
        (
            lambda m: m["dataValues"][0].update(disaggregation="rape", indicator="referrals"),
            "no count referrals / rape",
        ),
    ],
)
def test_a_wrong_mapping_is_refused_with_where_and_why(change, words) -> None:
    from datetime import date

    from onestop.domain.periods import Period
    from onestop.domain.statistics import PeriodFacts, compile_statistics

    facts = PeriodFacts(date(2026, 10, 1), date(2026, 10, 31), [], {}, [], 0, 0, months=["2026-10"])
    stats = compile_statistics(
        facts,
        [(t.value, t.value) for t in GbvType],
        [],
        [],
        [],
        "rape",
    )
    mapping = json.loads(SAMPLE.read_text())
    read_mapping(json.dumps(mapping), cells(stats))  # the sample itself is valid
    change(mapping)
    with pytest.raises(ValidationFailed, match=re.escape(words)):
        read_mapping(json.dumps(mapping), cells(stats))
    with pytest.raises(ValidationFailed, match="not JSON"):
        read_mapping("{", cells(stats))
    assert Period.month(2026, 10).dhis2 == "202610"
    assert Period.quarter(2026, 4).dhis2 == "2026Q4" and Period.year(2026).dhis2 == "2026"
