"""The case-conference pack: the agenda of a meeting's cases, and the actions still outstanding,
per case and per agency, so that each agency arrives knowing what it promised."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from onestop.reports.document import Letterhead, render
from onestop.reports.styles import RULE, styles
from onestop.reports.text import Text, markup, para

DOCUMENT = "Case-conference pack"


@dataclass(frozen=True)
class PackAction:
    agreed_on: date
    agency: str
    owner: str
    description: str
    due_on: date
    status: str  # "Open", "Not done"
    reason: str  # why it was not done, when it was not


@dataclass(frozen=True)
class PackCase:
    reference: str
    name: str  # name or alias, as the agencies know her
    criteria: Sequence[str]  # why she is referred; empty: on the agenda for carried actions
    risk: str  # "High (15 of 24)" or "no assessment"
    without_consent: bool  # shared on a manager's authority
    actions: Sequence[PackAction]  # still outstanding from earlier meetings


@dataclass(frozen=True)
class ConferencePack:
    held_on: date
    agencies: Sequence[str]
    cases: Sequence[PackCase]
    prepared_by: str


def _table(rows: list[list[Flowable]], widths: list[float | None], header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
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
    table.setStyle(TableStyle(commands))
    return table


def _overdue(action: PackAction, held_on: date) -> bool:
    return action.due_on < held_on


def _actions_table(actions: Sequence[PackAction], held_on: date, with_case: str = "") -> Table:
    st = styles()
    head = ["Agreed", "Agency", "Owner", "Action", "Due", "Status"]
    rows: list[list[Flowable]] = [[para(h, st["label"]) for h in head]]
    for a in actions:
        due = markup(a.due_on.isoformat())
        if _overdue(a, held_on):
            due = f'<font color="#a00000"><b>{due}</b><br/>overdue</font>'
        status = markup(a.status)
        if a.reason:
            status += f"<br/>{markup(a.reason)}"
        rows.append(
            [
                para(a.agreed_on.isoformat(), st["small"]),
                Text(a.agency, st["body"]),
                Text(a.owner or "—", st["body"]),
                Text(a.description, st["body"]),
                para(due, st["small"]),
                para(status, st["small"]),
            ]
        )
    return _table(rows, [18 * mm, 28 * mm, 25 * mm, None, 20 * mm, 24 * mm])


def _agenda(pack: ConferencePack) -> list[Flowable]:
    st = styles()
    rows: list[list[Flowable]] = [
        [para(h, st["label"]) for h in ("#", "Case", "Name", "Why on the agenda", "Risk")]
    ]
    for n, case in enumerate(pack.cases, start=1):
        why = "; ".join(markup(c) for c in case.criteria) or "Actions carried from earlier"
        if case.actions:
            why += f"<br/>{len(case.actions)} action(s) to review"
        rows.append(
            [
                para(str(n), st["body"]),
                para(markup(case.reference), st["body"]),
                Text(case.name or "—", st["body"]),
                para(why, st["small"]),
                para(markup(case.risk), st["small"]),
            ]
        )
    return [_table(rows, [8 * mm, 32 * mm, 40 * mm, None, 30 * mm])]


def _by_agency(pack: ConferencePack) -> list[Flowable]:
    st = styles()
    agencies: dict[str, list[tuple[str, PackAction]]] = {}
    for case in pack.cases:
        for a in case.actions:
            agencies.setdefault(a.agency, []).append((case.reference, a))
    if not agencies:
        return [para("No action is outstanding from earlier meetings.", st["body"])]
    out: list[Flowable] = []
    for agency in sorted(agencies, key=str.casefold):
        items = sorted(agencies[agency], key=lambda pair: (pair[1].due_on, pair[0]))
        overdue = sum(1 for _, a in items if _overdue(a, pack.held_on))
        rows: list[list[Flowable]] = [
            [para(h, st["label"]) for h in ("Case", "Owner", "Action", "Due", "Status")]
        ]
        for reference, a in items:
            rows.append(
                [
                    para(markup(reference), st["small"]),
                    Text(a.owner or "—", st["body"]),
                    Text(a.description, st["body"]),
                    para(
                        a.due_on.isoformat() + (" (overdue)" if _overdue(a, pack.held_on) else ""),
                        st["small"],
                    ),
                    para(markup(a.status), st["small"]),
                ]
            )
        summary = f"{len(items)} outstanding" + (f", {overdue} overdue" if overdue else "")
        out.append(
            KeepTogether(
                [
                    para(f"{markup(agency)} — {summary}", st["h2"]),
                    _table(rows, [32 * mm, 28 * mm, None, 26 * mm, 22 * mm]),
                ]
            )
        )
    return out


def story(pack: ConferencePack) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [
        para(DOCUMENT, st["title"]),
        para(f"Meeting of {pack.held_on.isoformat()}", st["h2"]),
        para("Attending: " + (", ".join(markup(a) for a in pack.agencies) or "—"), st["body"]),
        para(f"Prepared by {markup(pack.prepared_by)}.", st["small"]),
        para(
            "For the agencies at the meeting only. Do not copy, forward or keep it after the "
            "meeting; each agency records what it agreed in its own files.",
            st["small"],
        ),
        Spacer(1, 3 * mm),
        para("Agenda", st["h1"]),
    ]
    if not pack.cases:
        out.append(para("No case is on the agenda of this meeting.", st["body"]))
        return out
    out += _agenda(pack)
    out.append(para("Outstanding actions by agency", st["h1"]))
    out += _by_agency(pack)
    out.append(para("The cases", st["h1"]))
    for n, case in enumerate(pack.cases, start=1):
        part: list[Flowable] = [
            para(f"{n}. {markup(case.reference)}", st["h2"]),
            Text(case.name or "—", st["body"]),
            para(f"Risk: {markup(case.risk)}", st["small"]),
        ]
        if case.criteria:
            part.append(
                para("Referred: " + "; ".join(markup(c) for c in case.criteria), st["small"])
            )
        if case.without_consent:
            part.append(
                para(
                    '<font color="#a00000"><b>Shared without '
                    "her consent</b></font>, on a manager's authority (the reason is on the "
                    "first page).",
                    st["small"],
                )
            )
        out.append(KeepTogether(part))
        if case.actions:
            out += [
                Spacer(1, 2 * mm),
                _actions_table(case.actions, pack.held_on),
            ]
        else:
            out.append(para("No action carried from an earlier meeting.", st["small"]))
        out.append(Spacer(1, 4 * mm))
    return out


def render_conference_pack(head: Letterhead, pack: ConferencePack) -> bytes:
    return render(head, story(pack))
