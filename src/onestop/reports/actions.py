"""The actions agreed at case conferences as the pack and the minutes print them: agreed on,
agency, owner, what, when due (flagged when overdue) and where it stands."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from onestop.reports import mirror
from onestop.reports.language import tr, translate
from onestop.reports.parts import typed
from onestop.reports.styles import RULE, styles
from onestop.reports.text import Text, markup, para


@dataclass(frozen=True)
class PackAction:
    agreed_on: date
    agency: str
    owner: str
    description: str
    due_on: date
    status: str  # its label: "Open", "Not done" (a Phrase)
    reason: str  # why it was not done, when it was not


def table(rows: list[list[Flowable]], widths: list[float | None], header: bool = True) -> Table:
    table = mirror.table(rows, colWidths=widths, repeatRows=1 if header else 0)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.75, RULE))
    mirror.style(table, commands)
    return table


def is_overdue(action: PackAction, held_on: date) -> bool:
    return action.due_on < held_on


def actions_table(actions: Sequence[PackAction], held_on: date, with_case: str = "") -> Table:
    st = styles()
    head = [
        translate("Documents", "Agreed"),
        translate("Documents", "Agency"),
        translate("Documents", "Owner"),
        translate("Documents", "Action"),
        translate("Documents", "Due"),
        translate("Documents", "Status"),
    ]
    rows: list[list[Flowable]] = [[Text(h, st["label"]) for h in head]]
    for a in actions:
        due = markup(a.due_on.isoformat())
        if is_overdue(a, held_on):
            late = markup(translate("Documents", "overdue"))
            due = f'<font color="#a00000"><b>{due}</b><br/>{late}</font>'
        status = markup(tr(a.status))
        if a.reason:
            status += f"<br/>{markup(a.reason)}"
        rows.append(
            [
                para(a.agreed_on.isoformat(), st["small"]),
                Text(a.agency, st["body"]),
                Text(a.owner or "—", st["body"]),
                Text(typed(a.description), st["body"]),
                para(due, st["small"]),
                para(status, st["small"]),
            ]
        )
    return table(rows, [18 * mm, 28 * mm, 25 * mm, None, 20 * mm, 24 * mm])
