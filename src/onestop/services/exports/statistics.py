"""Anonymised statistics for a period: the PDF with its charts and the same figures as CSV."""

from __future__ import annotations

from onestop.domain.roles import Section
from onestop.errors import ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.reports.statistics import DOCUMENT as STATISTICS
from onestop.reports.statistics import render_statistics, statistics_csv
from onestop.services.exports.pipeline import (
    Exported,
    ExportOptions,
    ExportPipeline,
    attach,
)
from onestop.services.statistics import Period, StatisticsService


def statistics(pipeline: ExportPipeline, period: Period, options: ExportOptions) -> Exported:
    """Anonymised counts for a period, suppressed, with charts, and the same figures as a
    CSV file next to the PDF. Only survivors whose consent to statistics is in force are
    counted; nothing in it names or identifies anyone, so no other consent is asked."""
    document = STATISTICS
    pipeline.require("", Section.STATISTICS)
    pipeline.check_options(options)
    path = pipeline.path(options, document, period.slug, [])
    table = path.with_suffix(".csv")
    # A password asks that nothing be left readable: the CSV then goes inside the PDF, as
    # an attached file, and is encrypted with it; otherwise it is written beside the PDF.
    beside = not options.password
    if beside and table.exists():
        raise ValidationFailed.of(
            {
                "out": QT_TRANSLATE_NOOP(
                    "Messages", "A file named {name} is already there; choose another name."
                ).format(name=table.name)
            }
        )
    stats = StatisticsService(pipeline.session).compile(period)
    options.step(1)
    head = pipeline.letterhead(
        options,
        QT_TRANSLATE_NOOP("Documents", "{document}, {start} to {end}").format(
            document=document, start=period.start.isoformat(), end=period.end.isoformat()
        ),
        "",
        "",
    )
    pdf = render_statistics(head, stats)
    figures = (table, statistics_csv(stats))
    return pipeline.write(
        pdf if beside else attach(pdf, table.name, figures[1]),
        path,
        options,
        Section.STATISTICS,
        "",
        document,
        False,
        companion=figures if beside else None,
        attached=None if beside else figures,
    )
