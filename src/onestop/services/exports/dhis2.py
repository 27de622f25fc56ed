"""Released statistics as a DHIS2 data value set: a JSON file and the same values as CSV beside
it, both for the ministry's HMIS (imported with ``idScheme=code``). The counts are the
period's release (the ledger's, suppressed like the PDF); a hidden count is left out."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from onestop.clock import printing_zone
from onestop.domain.dhis2 import as_csv, as_json, data_value_set, read_mapping
from onestop.domain.roles import Section
from onestop.domain.statistics import cells
from onestop.errors import ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.exports.pipeline import Exported, ExportOptions, ExportPipeline
from onestop.services.statistics import Period, StatisticsService

DOCUMENT = QT_TRANSLATE_NOOP("Labels", "DHIS2 data value set")


def _target(out: Path, period: Period) -> Path:
    path = out / f"{period.name}-dhis2-data-value-set.json" if out.is_dir() else out
    problem = ""
    if path.suffix.lower() != ".json":
        problem = QT_TRANSLATE_NOOP("Messages", "Save the DHIS2 data value set as a .json file.")
    elif not path.parent.is_dir():
        problem = QT_TRANSLATE_NOOP("Messages", "That folder does not exist.")
    elif path.exists() or path.with_suffix(".csv").exists():
        problem = QT_TRANSLATE_NOOP(
            "Messages", "A file of that name is already there; choose another name."
        )
    if problem:
        raise ValidationFailed.of({"out": problem})
    return path


def dhis2(
    pipeline: ExportPipeline, period: Period, mapping: Path, options: ExportOptions
) -> Exported:
    """The JSON data value set at ``options.out`` (a .json file or a folder), the CSV beside
    it; one export entry in the audit with the SHA-256 of both. Never encrypted: the HMIS
    reads it as it is, and it holds only published counts."""
    pipeline.require("", Section.STATISTICS)
    path = _target(options.out, period)
    try:
        text = mapping.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise ValidationFailed.of(
            {"mapping": QT_TRANSLATE_NOOP("Messages", "The DHIS2 mapping file cannot be read.")}
        ) from None
    stats = StatisticsService(pipeline.session).compile(period)
    printed = {k: (v.value, v.hidden) for k, v in cells(stats).items()}
    value_set = data_value_set(
        read_mapping(text, printed),
        period.dhis2,
        datetime.now(UTC).astimezone(printing_zone()).date(),  # the centre's day, as the PDF's
        printed,
    )
    options.step(1)
    plain = ExportOptions(path, language=options.language, progress=options.progress)
    return pipeline.write(
        as_json(value_set),
        path,
        plain,
        Section.STATISTICS,
        "",
        DOCUMENT,
        False,
        companion=(path.with_suffix(".csv"), as_csv(value_set)),
    )
