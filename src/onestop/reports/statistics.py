"""Anonymised statistics for a period: the suppressed tables, a chart of the incidents by type and
by age band, and the same figures as CSV for the partner's spreadsheet.

Everything printed comes from ``domain.statistics``, already suppressed; a chart draws only
published counts (a hidden count has no bar, its label says "<5" or "*"), so no picture gives
away what a table hides.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from onestop.domain.statistics import PEP, TOTAL, Statistics
from onestop.domain.statistics import Table as Counts
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.reports import fonts, mirror
from onestop.reports.document import BODY_BOX, Letterhead, render
from onestop.reports.language import right_to_left, tr, translate, writing_in
from onestop.reports.styles import INK, MUTED, RULE, styles
from onestop.reports.text import Text, drawn_label, markup, number, para

DOCUMENT = QT_TRANSLATE_NOOP("Labels", "Anonymised statistics")
BAR = HexColor("#3b6e8f")
CHARTED = (0, 2)  # by type, by age band


def chart_values(table: Counts, column: int = 0) -> list[int | None]:
    """What a chart of ``table`` may draw: published counts, None for a hidden one."""
    return [cells[column].published for _, cells in table.rows]


def chart(table: Counts, width: float = BODY_BOX[2]) -> Drawing:
    """A horizontal bar per row, first row at the top, the published text beside each label.

    The labels are drawn by :func:`drawn_label`, shaped and in visual order like the
    paragraphs (a chart's own labels are neither: in Arabic they printed blank). In a document
    written right to left the chart is mirrored: the labels on the right, the bars growing to
    the left."""
    rows = len(table.rows)
    bar_height = 7 * mm
    height = rows * bar_height + 10 * mm
    drawing = Drawing(width, height)
    bars = HorizontalBarChart()
    label_width = 70 * mm
    rtl = right_to_left()
    bars.x, bars.y = (5 * mm if rtl else label_width), 8 * mm
    bars.width, bars.height = width - label_width - 5 * mm, rows * bar_height
    bars.data = [chart_values(table)]
    bars.bars[0].fillColor = BAR
    bars.bars[0].strokeColor = None
    bars.barWidth = bar_height * 0.6
    axis = bars.categoryAxis
    axis.categoryNames = [""] * rows
    axis.visibleLabels = 0
    axis.reverseDirection = 1
    axis.strokeColor = RULE
    if rtl:
        axis.joinAxisMode = "right"
    values = [v for v in chart_values(table) if v is not None]
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = max([*values, 5])
    bars.valueAxis.reverseDirection = 1 if rtl else 0
    bars.valueAxis.labels.fontName = fonts.BODY
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.labels.fillColor = MUTED
    bars.valueAxis.strokeColor = RULE
    bars.valueAxis.labelTextFormat = "%d"
    bars.valueAxis.forceZero = 1
    drawing.add(bars)
    step = bars.height / rows
    x = bars.x + bars.width + 3 if rtl else bars.x - 3
    for n, (label, cells) in enumerate(table.rows):
        y = bars.y + bars.height - (n + 0.5) * step - 2.8  # 8 points: its middle on the bar's
        name = f"{tr(label)} ({tr(cells[0].text)})"
        drawing.add(drawn_label(x, y, name, 8, anchor="start" if rtl else "end", color=INK))
    return drawing


def _table(counts: Counts) -> Table:
    st = styles()
    head = [para("", st["label"])] + [Text(tr(c), st["label"]) for c in counts.columns]
    rows: list[list[Flowable]] = [head]
    for label, cells in counts.rows:
        rows.append([Text(tr(label), st["body"])] + [number(c.text, st["number"]) for c in cells])
    if counts.totals is not None:
        rows.append(
            [Text(tr(TOTAL), st["label"])] + [number(c.text, st["total"]) for c in counts.totals]
        )
    widths: list[float | None] = [None] + [28 * mm] * len(counts.columns)
    table = mirror.table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.75, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if counts.totals is not None:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.75, RULE))
    mirror.style(table, commands)
    return table


def story(stats: Statistics) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [
        Text(tr(DOCUMENT), st["title"]),
        Text(
            translate("Documents", "{start} to {end}").format(
                start=stats.start.isoformat(), end=stats.end.isoformat()
            ),
            st["h2"],
        ),
        Text(
            translate(
                "Documents",
                "Survivors counted: {counted}. Survivors seen in the period whose consent to "
                "statistics is not in force, and who are not counted: {not_counted}.",
            ).format(counted=stats.included.text, not_counted=stats.not_included.text),
            st["body"],
        ),
        Spacer(1, 2 * mm),
    ]
    out += [Text(tr(note), st["small"]) for note in stats.notes]
    out.append(Spacer(1, 3 * mm))
    for n, counts in enumerate(stats.tables):
        part: list[Flowable] = [Text(tr(counts.title), st["h1"]), _table(counts)]
        if counts.note:
            part.append(Text(tr(counts.note), st["small"]))
        if counts.key == PEP:  # the share, with its parts: "12 of 15 (80 %)"
            part += [Spacer(1, 2 * mm), _share(stats)]
        # A chart only where it would draw a bar: a chart of nothing but zeros and hidden
        # counts is an empty frame; kept with its table, never alone on the next page.
        if n in CHARTED and any(chart_values(counts)):
            part += [Spacer(1, 2 * mm), chart(counts)]
        out.append(KeepTogether(part))
    if not any(t.key == PEP for t in stats.tables):
        out += [Text(translate("Documents", "Post-exposure prophylaxis"), st["h1"]), _share(stats)]
    return out


def _share(stats: Statistics) -> Flowable:
    text = f"{markup(tr(stats.pep.label))}: <b>{markup(tr(stats.pep.text))}</b>"
    return para(text, styles()["body"])


def render_statistics(head: Letterhead, stats: Statistics) -> bytes:
    with writing_in(head.language):
        return render(head, story(stats))


def statistics_csv(stats: Statistics) -> bytes:
    """The same published figures, one per line: table, row, column, value (as printed).
    Always in English, whatever the document's language: a partner's spreadsheet reads it by
    its words."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["period_start", "period_end", "table", "row", "column", "value"])
    period = [stats.start.isoformat(), stats.end.isoformat()]
    writer.writerow([*period, "Survivors", "Counted", "Survivors", stats.included.text])
    writer.writerow([*period, "Survivors", "Not counted", "Survivors", stats.not_included.text])
    for counts in stats.tables:
        lines: list[tuple[str, Sequence[str]]] = [
            (label, [c.text for c in cells]) for label, cells in counts.rows
        ]
        if counts.totals is not None:
            lines.append((TOTAL, [c.text for c in counts.totals]))
        for label, texts in lines:
            for column, text in zip(counts.columns, texts, strict=True):
                writer.writerow([*period, counts.title, label, column, text])
    writer.writerow(
        [*period, "Post-exposure prophylaxis", stats.pep.label, "Share", stats.pep.text]
    )
    return out.getvalue().encode("utf-8-sig")  # the BOM lets spreadsheets read it as UTF-8
