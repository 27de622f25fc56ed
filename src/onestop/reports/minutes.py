"""The minutes of a case conference, for the agencies that were there: who was present, who
sent apologies and who chaired; then, case by case, what the meeting said of it, what became
of the actions carried into the meeting and the new actions agreed, each with its agency,
owner and date due. All of it as stored with the meeting (services.conferences).

Minutes name cases by their reference only: the agencies know them from the pack.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from onestop.domain.consent import ToldHer
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.reports import mirror
from onestop.reports.actions import PackAction, actions_table
from onestop.reports.document import Letterhead, render, told_her
from onestop.reports.language import tr, translate, writing_in
from onestop.reports.parts import typed
from onestop.reports.styles import RULE, styles
from onestop.reports.text import Text, isolate, markup, para

DOCUMENT = QT_TRANSLATE_NOOP("Labels", "Conference minutes")


@dataclass(frozen=True)
class Attendance:
    """Who was at the meeting, as the minutes keep it."""

    chair: str = ""
    present: Sequence[str] = ()  # "name, agency", one each
    apologies: Sequence[str] = ()


@dataclass(frozen=True)
class MinutesCase:
    reference: str
    reviewed: Sequence[PackAction]  # carried into the meeting, with what became of each
    agreed: Sequence[PackAction]  # new, agreed at the meeting
    discussion: str = ""  # what the meeting said of the case
    # Minuted without her consent, on a manager's authority: decided case by case, each with
    # its own reason (a label from SafeLives' list) and note, as the pack does.
    without_consent: bool = False
    sharing_reason: str = ""
    sharing_note: str = ""
    told: ToldHer | None = None  # shared without her consent: has she been told of it?


@dataclass(frozen=True)
class ConferenceMinutes:
    held_on: date
    agencies: Sequence[str]
    attendance: Attendance
    cases: Sequence[MinutesCase]
    closed: bool  # the minutes were closed: nothing in them can change any more
    prepared_by: str
    starts_at: time | None = None  # when the meeting started, at the centre (None: not recorded)
    venue: str = ""  # where it was held ("": not recorded)


def _who(rows: Sequence[tuple[str, str]]) -> Table:
    st = styles()
    table = mirror.table(
        [[Text(label, st["label"]), Text(value, st["body"])] for label, value in rows],
        colWidths=[35 * mm, None],
    )
    mirror.style(
        table,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ],
    )
    return table


def story(minutes: ConferenceMinutes) -> list[Flowable]:
    st = styles()
    people = minutes.attendance
    nobody = translate("Documents", "not recorded")
    out: list[Flowable] = [
        Text(translate("Documents", "Minutes of the case conference"), st["title"]),
        Text(
            translate("Documents", "Meeting of {date}").format(date=minutes.held_on.isoformat()),
            st["h2"],
        ),
    ]
    if not minutes.closed:
        out.append(
            para(
                '<font color="#a00000"><b>'
                + markup(translate("Documents", "Draft: the minutes are not closed yet."))
                + "</b></font>",
                st["body"],
            )
        )
    out += [
        _who(
            [
                # SafeLives' minutes checklist: the meeting's date, time and venue first.
                (
                    translate("Documents", "Time"),
                    minutes.starts_at.strftime("%H:%M") if minutes.starts_at else nobody,
                ),
                (translate("Documents", "Venue"), minutes.venue or nobody),
                (translate("Documents", "Chair"), people.chair or nobody),
                (translate("Documents", "Present"), "\n".join(people.present) or nobody),
                (translate("Documents", "Apologies"), "\n".join(people.apologies) or "—"),
                (translate("Documents", "Agencies invited"), "\n".join(minutes.agencies) or "—"),
            ]
        ),
        Spacer(1, 3 * mm),
        Text(translate("Documents", "Cases discussed"), st["h1"]),
    ]
    if not minutes.cases:
        out.append(Text(translate("Documents", "No case was heard at this meeting."), st["body"]))
    for n, case in enumerate(minutes.cases, start=1):
        part: list[Flowable] = [
            para(f"{n}. {markup(case.reference)}", st["h2"]),
            Text(translate("Documents", "Discussion"), st["label"]),
            Text(typed(case.discussion) or translate("Documents", "Not recorded."), st["body"]),
            Spacer(1, 2 * mm),
        ]
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
            # Whether she knows of it, case by case, as the pack prints it.
            part += told_her(case.told, st["small"])
            part.append(Spacer(1, 2 * mm))
        part.append(Text(translate("Documents", "Actions carried into the meeting"), st["label"]))
        part.append(
            actions_table(case.reviewed, minutes.held_on)
            if case.reviewed
            else Text(translate("Documents", "None."), st["small"])
        )
        out.append(KeepTogether(part))
        # Space before the next label: "None." sat against "New actions agreed" under it.
        out.append(Spacer(1, 2 * mm))
        out.append(Text(translate("Documents", "New actions agreed"), st["label"]))
        out.append(
            actions_table(case.agreed, minutes.held_on)
            if case.agreed
            else Text(translate("Documents", "None."), st["small"])
        )
        out.append(Spacer(1, 4 * mm))
    out.append(
        Text(
            translate("Documents", "Minutes prepared by {who}.").format(
                who=isolate(minutes.prepared_by)
            ),
            st["small"],
        )
    )
    return out


def render_conference_minutes(head: Letterhead, minutes: ConferenceMinutes) -> bytes:
    with writing_in(head.language):
        return render(head, story(minutes))
