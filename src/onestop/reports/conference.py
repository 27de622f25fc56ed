"""The case-conference pack: the agenda of a meeting's cases, and the actions still outstanding,
per case and per agency, so that each agency arrives knowing what it promised."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from onestop.domain.consent import ToldHer
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.reports import mirror
from onestop.reports.actions import PackAction, actions_table, is_overdue, table
from onestop.reports.document import Letterhead, render, told_her
from onestop.reports.language import listed, tr, translate, writing_in
from onestop.reports.parts import children_lines, typed
from onestop.reports.parts import when as printed_when
from onestop.reports.styles import styles
from onestop.reports.text import Text, isolate, markup, para

DOCUMENT = QT_TRANSLATE_NOOP("Labels", "Case-conference pack")


@dataclass(frozen=True)
class PackPerson:
    """A perpetrator as the agencies need him: to recognise him and where he may be."""

    name: str
    relationship: str
    addresses: str
    born: str = ""  # "1985-03-04"
    age_group: str = ""  # his age group as recorded, without a date of birth (a Phrase)


@dataclass(frozen=True)
class PackCase:
    reference: str
    name: str  # name or alias, as the agencies know her
    criteria: Sequence[str]  # why she is referred (labels); empty: for carried actions
    risk: str  # "High (15 of 24)" or "no assessment" (a Phrase)
    without_consent: bool  # shared on a manager's authority
    actions: Sequence[PackAction]  # still outstanding from earlier meetings
    legal_name: str = ""  # beside the name she is known by, when both are recorded
    born: str = ""  # "1990-01-02", or "about 34"
    children: str = ""  # what is recorded of them, as typed ("Amina, 7; Yusuf, 4")
    children_count: int | None = None  # their number, when recorded
    perpetrators: Sequence[PackPerson] = ()
    checklist: Sequence[str] = ()  # the questions answered yes on the latest checklist
    address: str = ""  # where she lives
    referred_by: str = ""  # the referring agency
    referred_on: str = ""  # the referral's date, "2026-11-02"
    sharing_reason: str = ""  # why shared without her consent (a label), with a note
    sharing_note: str = ""
    repeat: bool | None = None  # None: the case is on the agenda for carried actions only
    checklist_at: datetime | None = None  # when the latest checklist was completed
    checklist_by: str = ""  # and by whom
    told: ToldHer | None = None  # shared without her consent: has she been told of it?


@dataclass(frozen=True)
class ConferencePack:
    held_on: date
    agencies: Sequence[str]
    cases: Sequence[PackCase]
    prepared_by: str
    starts_at: time | None = None  # when the meeting starts, at the centre (None: not recorded)
    venue: str = ""  # where it is held ("": not recorded)


def _agenda(pack: ConferencePack) -> list[Flowable]:
    st = styles()
    rows: list[list[Flowable]] = [
        [
            Text(h, st["label"])
            for h in (
                "#",
                translate("Documents", "Case"),
                translate("Documents", "Name"),
                translate("Documents", "Why on the agenda"),
                translate("Documents", "Risk"),
            )
        ]
    ]
    for n, case in enumerate(pack.cases, start=1):
        why = listed((markup(tr(c)) for c in case.criteria), semicolons=True) or markup(
            translate("Documents", "Actions carried from earlier")
        )
        if case.actions:
            review = translate("Documents", "%n action(s) to review", "", len(case.actions))
            why += f"<br/>{markup(review)}"
        rows.append(
            [
                para(str(n), st["body"]),
                para(markup(case.reference), st["body"]),
                Text(case.name or "—", st["body"]),
                para(why, st["small"]),
                para(markup(tr(case.risk)), st["small"]),
            ]
        )
    return [table(rows, [8 * mm, 32 * mm, 40 * mm, None, 30 * mm])]


def _by_agency(pack: ConferencePack) -> list[Flowable]:
    st = styles()
    agencies: dict[str, list[tuple[str, PackAction]]] = {}
    for case in pack.cases:
        for a in case.actions:
            agencies.setdefault(a.agency, []).append((case.reference, a))
    if not agencies:
        return [
            Text(
                translate("Documents", "No action is outstanding from earlier meetings."),
                st["body"],
            )
        ]
    out: list[Flowable] = []
    for agency in sorted(agencies, key=str.casefold):
        items = sorted(agencies[agency], key=lambda pair: (pair[1].due_on, pair[0]))
        overdue = sum(1 for _, a in items if is_overdue(a, pack.held_on))
        rows: list[list[Flowable]] = [
            [
                Text(h, st["label"])
                for h in (
                    translate("Documents", "Case"),
                    translate("Documents", "Owner"),
                    translate("Documents", "Action"),
                    translate("Documents", "Due"),
                    translate("Documents", "Status"),
                )
            ]
        ]
        for reference, a in items:
            rows.append(
                [
                    para(markup(reference), st["small"]),
                    Text(a.owner or "—", st["body"]),
                    Text(typed(a.description), st["body"]),
                    Text(
                        translate("Documents", "{date} (overdue)").format(date=a.due_on.isoformat())
                        if is_overdue(a, pack.held_on)
                        else a.due_on.isoformat(),
                        st["small"],
                    ),
                    Text(tr(a.status), st["small"]),
                ]
            )
        summary = translate("Documents", "{agency} — %n outstanding", "", len(items))
        if overdue:
            summary += translate("Documents", ", %n overdue", "", overdue)
        out.append(
            KeepTogether(
                [
                    Text(
                        summary.format(agency=isolate(agency), n=len(items), overdue=overdue),
                        st["h2"],
                    ),
                    table(rows, [32 * mm, 28 * mm, None, 26 * mm, 22 * mm]),
                ]
            )
        )
    return out


def story(pack: ConferencePack) -> list[Flowable]:
    st = styles()
    not_recorded = translate("Documents", "not recorded")
    starts = pack.starts_at.strftime("%H:%M") if pack.starts_at else not_recorded
    out: list[Flowable] = [
        Text(tr(DOCUMENT), st["title"]),
        Text(
            translate("Documents", "Meeting of {date}").format(date=pack.held_on.isoformat()),
            st["h2"],
        ),
        # Where and when, as the minutes give them (SafeLives' checklist), for the agencies
        # coming to it.
        Text(
            f"{translate('Documents', 'Time')}: {starts} · {translate('Documents', 'Venue')}: "
            f"{isolate(pack.venue) if pack.venue else not_recorded}",
            st["body"],
        ),
        Text(
            translate("Documents", "Attending: {agencies}").format(
                agencies=", ".join(isolate(a) for a in pack.agencies) or "—"
            ),
            st["body"],
        ),
        Text(
            translate("Documents", "Prepared by {who}.").format(who=isolate(pack.prepared_by)),
            st["small"],
        ),
        Text(
            translate(
                "Documents",
                "For the agencies at the meeting only. Do not copy, forward or keep it after the "
                "meeting; each agency records what it agreed in its own files.",
            ),
            st["small"],
        ),
        Spacer(1, 3 * mm),
        Text(translate("Documents", "Agenda"), st["h1"]),
    ]
    if not pack.cases:
        out.append(
            Text(translate("Documents", "No case is on the agenda of this meeting."), st["body"])
        )
        return out
    out += _agenda(pack)
    out.append(Text(translate("Documents", "Outstanding actions by agency"), st["h1"]))
    out += _by_agency(pack)
    heading: list[Flowable] = [Text(translate("Documents", "The cases"), st["h1"])]
    for n, case in enumerate(pack.cases, start=1):
        # The section's heading stays with its first case, never alone at a page's foot.
        part: list[Flowable] = [
            *(heading if n == 1 else []),
            para(f"{n}. {markup(case.reference)}", st["h2"]),
            Text(case.name or "—", st["body"]),
            Text(translate("Documents", "Risk: {risk}").format(risk=tr(case.risk)), st["small"]),
        ]
        if case.criteria:
            part.append(
                Text(
                    translate("Documents", "Referred: {criteria}").format(
                        criteria=listed((tr(c) for c in case.criteria), semicolons=True)
                    ),
                    st["small"],
                )
            )
        part += _about(case)
        if case.without_consent:
            part.append(
                para(
                    '<font color="#a00000"><b>'
                    + markup(translate("Documents", "Shared without her consent"))
                    + "</b></font>"
                    + markup(translate("Documents", ", on a manager's authority, because:")),
                    st["small"],
                )
            )
            if case.sharing_reason:
                part.append(
                    Text(
                        # The manager's note in a run of its own (issue 23: in Arabic its
                        # full stop was drawn at the far left of its line).
                        f"{tr(case.sharing_reason)}: {isolate(case.sharing_note)}"
                        if case.sharing_note.strip()
                        else f"{tr(case.sharing_reason)}:",
                        st["small"],
                    )
                )
            # Whether she knows of it, case by case: so that no agency reveals it to her, or
            # to the perpetrator, by accident.
            part += told_her(case.told, st["small"])
        out.append(KeepTogether(part))
        if case.actions:
            out += [
                Spacer(1, 2 * mm),
                actions_table(case.actions, pack.held_on),
            ]
        else:
            out.append(
                Text(
                    translate("Documents", "No action carried from an earlier meeting."),
                    st["small"],
                )
            )
        out.append(Spacer(1, 4 * mm))
    return out


def _about(case: PackCase) -> list[Flowable]:
    """Who she is, her children, the perpetrators and the checklist, as the agencies need
    them to act on the case."""
    st = styles()
    rows: list[tuple[str, str]] = []
    if case.legal_name:
        rows.append((translate("Documents", "Legal name"), case.legal_name))
    if case.born:
        rows.append((translate("Documents", "Born"), tr(case.born)))
    if case.address:
        rows.append((translate("Documents", "Address"), typed(case.address)))
    if case.referred_by or case.referred_on:
        rows.append(
            (
                translate("Documents", "Referred by"),
                translate("Documents", "{agency} on {date}").format(
                    agency=case.referred_by or "—", date=case.referred_on or "—"
                ),
            )
        )
    # Their number, then each child of a list in a run of its own: read from the right, in the
    # order recorded, in a pack written right to left (parts.children_lines).
    children = [str(case.children_count)] if case.children_count is not None else []
    children += children_lines(case.children)
    if children:
        rows.append((translate("Documents", "Children"), "\n".join(children)))
    for person in case.perpetrators:
        born = (
            translate("Documents", "Born {born}").format(born=person.born)
            if person.born
            else tr(person.age_group)
        )
        said = "\n".join(x for x in (person.relationship, born, typed(person.addresses)) if x)
        rows.append((translate("Documents", "Perpetrator"), f"{person.name}\n{said}".strip()))
    if case.repeat is not None and case.criteria:
        # Shown either way: the chair confirms the threshold from it.
        rows.append(
            (
                translate("Documents", "Repeat (within 12 months of the last referral)"),
                translate("Documents", "Yes") if case.repeat else translate("Documents", "No"),
            )
        )
    if case.checklist_at is not None:
        rows.append(
            (
                translate("Documents", "Checklist completed"),
                translate("Documents", "{when} by {who}").format(
                    when=printed_when(case.checklist_at), who=case.checklist_by or "—"
                ),
            )
        )
    if case.checklist:
        rows.append(
            (
                translate("Documents", "Checklist: yes to"),
                "\n".join(f"• {q}" for q in case.checklist),
            )
        )
    if not rows:
        return []
    # Each line its own paragraph: a name in Arabic sets the direction of its own line only,
    # not of the relationship and address under it.
    table = mirror.table(
        [
            [Text(label, st["label"]), [Text(line, st["small"]) for line in value.split("\n")]]
            for label, value in rows
        ],
        colWidths=[35 * mm, None],
    )
    mirror.style(table, [("VALIGN", (0, 0), (-1, -1), "TOP")])
    return [table]


def render_conference_pack(head: Letterhead, pack: ConferencePack) -> bytes:
    with writing_in(head.language):
        return render(head, story(pack))
