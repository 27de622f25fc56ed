"""The medico-legal report on one incident and its examination: who she is, how long after
the incident she was examined, her consents as they stood then, the examination with its
injuries on a body map (her left and right) and those recorded at the incident's later
visits, the ano-genital examination in words (never a blank diagram), the forensic
examination with its specimens and chain of custody, the examiner's opinion, later review
visits in a table, the incident's photographs with their SHA-256, who recorded and amended
what, and the examiner's declaration and statement of truth with her signature block.

The declaration names the examiner recorded on the examination, never whoever exports it:
a report exported by someone else says so ("prepared by … from the examination recorded by
…"). Each report has a number and a version that moves on when the records changed since it
was last exported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from onestop.domain.health import Injury
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.reports import mirror
from onestop.reports.document import Letterhead, render
from onestop.reports.language import listed, tr, translate, writing_in
from onestop.reports.parts import (
    EncounterPart,
    ExamPart,
    Photograph,
    body_map,
    body_side,
    encounters_part,
    exams_part,
    figure,
    opinion_part,
    photographs_part,
    side_name,
    table,
    typed,
    when,
)
from onestop.reports.styles import RULE, styles
from onestop.reports.text import Text, isolate, markup, para

DOCUMENT = QT_TRANSLATE_NOOP("Labels", "Medico-legal report")
# Its title on every page while no opinion is recorded: a draft, without a declaration.
DRAFT = QT_TRANSLATE_NOOP("Documents", "Medico-legal report (draft: not ready to sign)")
# Its title on every page of a report on an incident with no forensic examination: no
# examiner, no declaration, nothing to sign.
NO_EXAM_TITLE = QT_TRANSLATE_NOOP(
    "Documents", "Medico-legal report (no forensic examination recorded)"
)
# Where the examiner would be named, when the incident has no forensic examination.
NO_EXAM = QT_TRANSLATE_NOOP("Documents", "No forensic examination is recorded for this incident.")


@dataclass(frozen=True)
class Examiner:
    """Who examined her, as her staff profile names her; or (``on_staff`` False) as the
    examination names an examiner not chosen from the centre's staff (a visiting forensic
    physician, or an older record that only typed a name), of whom the centre keeps no
    qualifications or registration number."""

    name: str
    qualifications: str = ""
    registration_number: str = ""
    on_staff: bool = True


@dataclass(frozen=True)
class Replaces:
    """The version this one replaces (the one before it, as first issued), and whom it named
    as the examiner when that differs from this version's examiner, in name or in details
    (None: the same examiner, or not known: issued before OneStop kept it)."""

    version: int
    issued_at: datetime
    examiner: Examiner | None = None


@dataclass(frozen=True)
class ConsentLine:
    """Her decision on one of the examination's purposes as it stood when she was examined
    (``decided_at`` None: she had taken none by then)."""

    purpose: str  # a label (a Phrase)
    decision: str  # a label (a Phrase)
    decided_at: datetime | None
    given_by: str  # a label, and a guardian's name where she did not decide herself
    before_incident: bool = False  # taken before this incident: perhaps for an earlier one


@dataclass(frozen=True)
class LaterInjury:
    """An injury recorded at a later visit for the same incident: when, its number in that
    visit's record, and the injury numbered on from the examination's own."""

    seen_at: datetime
    recorded_number: int
    injury: Injury


@dataclass(frozen=True)
class RecordLine:
    """One line of "who recorded what, when": what (a Phrase), recorded by and at, amended
    by and at (empty when it was never changed)."""

    record: str
    recorded_by: str
    recorded_at: datetime | None
    amended_by: str = ""
    amended_at: datetime | None = None


@dataclass(frozen=True)
class ReviewLine:
    """A later review visit, summarised."""

    seen_at: datetime
    recorded_by: str
    findings: str
    treatments: Sequence[str]  # the treatments' labels (Phrases)


@dataclass(frozen=True)
class FurtherExamLine:
    """A further forensic examination of the same incident: this report does not cover it,
    but says it exists, when and by whom (a court must not learn of it elsewhere)."""

    started_at: datetime
    examiner: str


@dataclass(frozen=True)
class MedicoLegalReport:
    person: str  # "<name>, born 1990-04-02" — the person examined (a Phrase)
    incident: str  # "Rape, 2026-11-20 between 21:00 and 23:00 UTC (approximate)" (a Phrase)
    purpose: str  # "for the police", "for use in court" (a Phrase)
    examination: EncounterPart | None  # the examination, in full with its body map
    exams: Sequence[ExamPart]  # the forensic examination (one)
    photographs: Sequence[Photograph]
    # Who examined her: the declaration's signatory. None: no forensic examination is
    # recorded for the incident, so no one is named as its examiner and nothing is signed.
    examiner: Examiner | None
    number: str = ""  # the report's number ("OSC-2026-00001/ML-1")
    version: int = 1
    prepared_by: str = ""  # who exported it, when not the examiner
    examined_at: datetime | None = None
    elapsed: str = ""  # "9 h after the incident" (a Phrase)
    opinion: str = ""  # the examiner's opinion on the findings
    consents: Sequence[ConsentLine] = ()
    reviews: Sequence[ReviewLine] = ()
    later_injuries: Sequence[LaterInjury] = ()
    # The later visits whose injuries are left off the later-visits body map: seen more than
    # ``later_window_days`` after the examination (services.exports.medicolegal
    # LATER_INJURY_WINDOW says why).
    later_left_out: Sequence[datetime] = ()
    later_window_days: int = 21
    records: Sequence[RecordLine] = ()
    further_exams: Sequence[FurtherExamLine] = ()
    # Whether the report is on the incident's first forensic examination; else on a later
    # one, and ``further_exams`` are the incident's other examinations, earlier ones too.
    first_exam: bool = True
    centre_address: str = ""
    centre_contact: str = ""
    # The reported forensic examination's place among the incident's (1: its first), by when
    # each began; how many there are is it and ``further_exams``.
    exam_number: int = 1
    # Who recorded and amended the examination and the forensic examination (their names),
    # when anyone but the examiner did: her declaration then says she made the findings, not
    # that she recorded them. None: she recorded them all herself.
    recorded_by: Sequence[str] = ()
    # The version this one replaces, said under its version number (None: version 1).
    replaces: Replaces | None = None


def _summary(report: MedicoLegalReport, centre: str, title: str = "") -> list[Flowable]:
    st = styles()
    rows = [
        [translate("Documents", "Report number"), report.number or "—"],
        [translate("Documents", "Version"), "\n".join([str(report.version), *_replaces(report)])],
        [translate("Documents", "The person examined"), tr(report.person)],
        [translate("Documents", "Incident"), tr(report.incident)],
        [translate("Documents", "Examined"), when(report.examined_at)],
        [
            translate("Documents", "Time from incident to examination"),
            tr(report.elapsed) if report.elapsed else translate("Documents", "not known"),
        ],
        [translate("Documents", "Prepared"), tr(report.purpose)],
        # Her qualifications and registration here too: a draft has no declaration to show them.
        [
            translate("Documents", "Examiner"),
            "\n".join(
                p
                for p in (
                    report.examiner.name,
                    report.examiner.qualifications,
                    report.examiner.registration_number,
                    "" if report.examiner.on_staff else tr(NOT_ON_STAFF),
                )
                if p
            )
            if report.examiner is not None
            else tr(NO_EXAM),
        ],
        [
            translate("Documents", "Centre"),
            "\n".join(p for p in (centre, report.centre_address, report.centre_contact) if p),
        ],
    ]
    out: list[Flowable] = [
        Text(title or tr(_title(report)), st["title"]),
        _pairs(rows),
    ]
    if report.examiner is None:
        # Who saw her at the incident's visits is in their records, not an examiner.
        if report.prepared_by:
            out.append(
                Text(
                    translate(
                        "Documents",
                        "Prepared by {who} from the clinical records of this incident's "
                        "visits; no forensic examination is recorded for it.",
                    ).format(who=report.prepared_by),
                    st["body"],
                )
            )
        return out
    if report.prepared_by:
        # Who recorded it is who the records show, not the examiner when someone else did.
        prepared = (
            translate(
                "Documents",
                "Prepared by {who} from the examination by {examiner}, recorded by {recorders}.",
            )
            if report.recorded_by
            else translate(
                "Documents", "Prepared by {who} from the examination recorded by {examiner}."
            )
        )
        out.append(
            Text(
                prepared.format(
                    who=report.prepared_by,
                    examiner=report.examiner.name,
                    recorders=listed(report.recorded_by),
                ),
                st["body"],
            )
        )
    return out


def _replaces(report: MedicoLegalReport) -> list[str]:
    """Under the version number, the version it replaces, and whom that one named as the
    examiner when it named someone else, or the same examiner with other details: a court
    holding both versions can tell why the examiner or the declaration differs (a walk found
    version 2 declaring another examiner over the same opinion, saying nothing of it)."""
    r = report.replaces
    if r is None:
        return []
    issued = when(r.issued_at)
    before, now = r.examiner, report.examiner
    if before is None or now is None or before == now:
        return [
            translate(
                "Documents", "This version replaces version {version} (issued {when})."
            ).format(version=r.version, when=issued)
        ]
    if before.name != now.name or before.on_staff != now.on_staff:
        return [
            translate(
                "Documents",
                "This version replaces version {version} (issued {when}), which named "
                "{examiner} as the examiner.",
            ).format(version=r.version, when=issued, examiner=isolate(before.name))
        ]
    none = translate("Documents", "none recorded")
    return [
        translate(
            "Documents",
            "This version replaces version {version} (issued {when}), which gave the "
            "examiner's qualifications as {qualifications} and registration number as "
            "{number}.",
        ).format(
            version=r.version,
            when=issued,
            qualifications=isolate(before.qualifications) if before.qualifications else none,
            number=isolate(before.registration_number) if before.registration_number else none,
        )
    ]


# Beside an examiner the centre did not choose from its staff, in the summary.
NOT_ON_STAFF = QT_TRANSLATE_NOOP(
    "Documents",
    "Not on the centre's staff: the centre holds no record of the examiner's qualifications.",
)


def _title(report: MedicoLegalReport) -> str:
    """The report's title (a Phrase): a draft until the examiner's opinion is recorded, and
    one with nothing to sign when no forensic examination is recorded."""
    if report.examiner is None:
        return NO_EXAM_TITLE
    return DOCUMENT if report.opinion.strip() else DRAFT


def exam_count(report: MedicoLegalReport) -> int:
    """How many forensic examinations the incident had (at least this report's one)."""
    return 1 + len(report.further_exams) if report.exams else 1


def examination_heading(report: MedicoLegalReport, forensic: bool = False) -> str:
    """The heading of the report's examination (``forensic``: of its forensic examination):
    when, and of an incident examined more than once which examination of how many, as the
    court bundle's "incident N, examination K" counts them; never "Examination 1" for a
    later examination, read by a court as the incident's first."""
    if forensic:
        at = report.exams[0].started_at if report.exams else report.examined_at
    else:
        at = report.examination.seen_at if report.examination else report.examined_at
    count = exam_count(report)
    if count > 1:
        text = (
            translate(
                "Documents", "Forensic examination {k} of {count} of this incident, on {when}"
            )
            if forensic
            else translate("Documents", "Examination {k} of {count} of this incident, on {when}")
        )
    else:
        text = (
            translate("Documents", "Forensic examination on {when}")
            if forensic
            else translate("Documents", "Examination on {when}")
        )
    return text.format(k=report.exam_number, count=count, when=when(at))


def _pairs(rows: Sequence[Sequence[str]]) -> Flowable:
    """A two-column table of labels and values (multi-line values kept as lines)."""
    st = styles()

    data = [
        [Text(label, st["label"]), [Text(line, st["body"]) for line in value.split("\n")]]
        for label, value in rows
    ]
    grid = mirror.table(data, colWidths=[55 * mm, 115 * mm])
    mirror.style(
        grid,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ],
    )
    return grid


def _consents(report: MedicoLegalReport) -> list[Flowable]:
    st = styles()
    heading = Text(translate("Documents", "Her consents"), st["h1"])
    if not report.consents:
        return [
            heading,
            Text(translate("Documents", "No consent is recorded in the ledger."), st["body"]),
        ]
    out: list[Flowable] = [
        heading,
        Text(
            translate(
                "Documents",
                "Her decisions as they stood when she was examined; none taken after it.",
            ),
            st["body"],
        ),
        table(
            [
                translate("Documents", "Consent to"),
                translate("Documents", "Decision"),
                translate("Documents", "When"),
                translate("Documents", "Given by"),
            ],
            [
                [
                    tr(c.purpose),
                    tr(c.decision),
                    (when(c.decided_at) + (" *" if c.before_incident else ""))
                    if c.decided_at is not None
                    else "—",
                    tr(c.given_by) or "—",
                ]
                for c in report.consents
            ],
            [55 * mm, 30 * mm, 35 * mm, 50 * mm],
        ),
    ]
    if any(c.before_incident for c in report.consents):
        out.append(
            Text(
                translate(
                    "Documents",
                    "* Recorded before this incident happened: it may have been given for "
                    "an earlier examination. Confirm with her that it covers this one.",
                ),
                st["small"],
            )
        )
    return out


def _injuries(report: MedicoLegalReport) -> list[Flowable]:
    """Whether the examination recorded injuries, in words when it recorded none, and the
    injuries recorded at the incident's later visits, with their own body map."""
    st = styles()
    own = report.examination.injuries if report.examination is not None else ()
    later = report.later_injuries
    out: list[Flowable] = []
    if report.examination is None:
        # Nothing was recorded of the examination: say so, never that she had no injuries
        # (a walk found "No injuries were recorded" over a visit with no record at all).
        out.append(
            Text(
                translate(
                    "Documents",
                    "No examination findings are recorded for this examination: no clinical "
                    "encounter was recorded at this visit, so this report records neither "
                    "injuries nor their absence.",
                ),
                st["body"],
            )
        )
    elif not own:
        out.append(
            Text(
                translate("Documents", "No injuries were recorded at this examination.")
                if later or report.later_left_out
                else translate(
                    "Documents",
                    "No injuries were recorded at this examination or at the later visits "
                    "for this incident.",
                ),
                st["body"],
            )
        )
    # After what is drawn, why the injuries of visits long after it are not.
    left_out = [Spacer(1, 3 * mm), _left_out(report)] if report.later_left_out else []
    if not later:
        return out + left_out
    out += [
        Text(translate("Documents", "Injuries recorded at later visits"), st["h2"]),
        _dense(
            table(
                [
                    translate("Documents", "No."),
                    translate("Documents", "Seen"),
                    translate("Documents", "Injury"),
                    translate("Documents", "Size"),
                    translate("Documents", "Description"),
                    translate("Documents", "View"),
                    translate("Documents", "Side"),
                ],
                [
                    [
                        str(x.injury.number),
                        when(x.seen_at),
                        typed(x.injury.kind),
                        typed(x.injury.size),
                        typed(x.injury.description),
                        side_name(x.injury.side),
                        body_side(x.injury),
                    ]
                    for x in later
                ],
                LATER_WIDTHS,
            )
        ),
        Spacer(1, 3 * mm),
    ]
    if len(later) > LATER_MAP_MOST:
        # Hundreds of numbered markers and their crossing leader lines cannot be read: the
        # table above holds each injury with its view and side; the report says so, in a
        # paragraph kept whole (its last words alone atop the next page read as a stray).
        out.append(
            KeepTogether(
                Text(
                    translate(
                        "Documents",
                        "No body map is drawn of the {count} injuries recorded at later "
                        "visits, from {first} to {last}: more than {most} markers cannot be "
                        "read on one map. Each is in the table above, with its view and side.",
                    ).format(
                        count=len(later),
                        first=when(later[0].seen_at),
                        last=when(later[-1].seen_at),
                        most=LATER_MAP_MOST,
                    ),
                    st["body"],
                )
            )
        )
        return out + left_out
    out.append(
        figure(
            body_map([x.injury for x in later]),
            translate(
                "Documents",
                "Body map of the injuries recorded at later visits, from {first} to {last} "
                "(not of the forensic examination).",
            ).format(first=when(later[0].seen_at), last=when(later[-1].seen_at)),
        )
    )
    return out + left_out


# The table of injuries at later visits, one row per injury: a rich case has hundreds. Its
# cells padded 3 pt a side (not ReportLab's 6), so that the time seen, zone and all, takes one
# line in the report's print and the description has the width the padding gave back; each
# column still holds its longest word whole in the court bundle's 12-point print ("No.",
# "2026-11-21" over "10:00 EAT", "Laceration", "6 x 4 cm", "Espalda", "Midline"), where the
# time takes two lines.
LATER_WIDTHS = [10 * mm, 31 * mm, 19 * mm, 16 * mm, 65 * mm, 14 * mm, 15 * mm]
# The later review visits, one row each, as densely: the time seen on one line, the summary
# of the findings the width the treatments (most often none, "—") do not need.
REVIEW_WIDTHS = [31 * mm, 28 * mm, 85 * mm, 26 * mm]
DENSE_PADDING = 3


def _dense(grid: Table) -> Table:
    """``grid`` with its cells' padding at the sides narrowed to ``DENSE_PADDING``."""
    mirror.style(
        grid,
        [
            ("LEFTPADDING", (0, 0), (-1, -1), DENSE_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), DENSE_PADDING),
        ],
    )
    return grid


# The most injuries of later visits drawn on their body map: beyond it the map's numbered
# markers and leader lines crowd into one another (a rich case drew 243), and the table
# lists each injury instead.
LATER_MAP_MOST = 40
# A later review visit's findings in the review table: at most this many characters, cut at
# a word; the report says where the full findings are.
REVIEW_SUMMARY_CHARS = 160


def summary(text: str, most: int = REVIEW_SUMMARY_CHARS) -> tuple[str, bool]:
    """``text`` on one line, cut at a word to at most ``most`` characters with "…", and
    whether it was cut."""
    flat = " ".join(text.split())
    if len(flat) <= most:
        return flat, False
    cut = flat[: most - 1].rsplit(" ", 1)[0] if " " in flat[: most - 1] else flat[: most - 1]
    return cut.rstrip(" ,;:.") + "…", True


def _left_out(report: MedicoLegalReport) -> Flowable:
    """Why the injuries recorded at visits long after the examination are not drawn."""
    dates = ", ".join(when(at) for at in report.later_left_out)
    return Text(
        translate(
            "Documents",
            "Injuries recorded at %n later visit(s) more than {days} days after the "
            "examination ({dates}) are not shown with this incident's injuries: by then its "
            "injuries have usually healed, and what is seen may have another cause. Those "
            "visits are listed under Later review visits.",
            "",
            len(report.later_left_out),
        ).format(days=report.later_window_days, dates=dates),
        styles()["body"],
    )


def _anogenital(report: MedicoLegalReport) -> list[Flowable]:
    """The ano-genital examination in words: OneStop keeps no marks on the ano-genital
    diagram, so a blank diagram would read as a normal examination; the words say what the
    record holds."""
    st = styles()
    return [
        Text(translate("Documents", "Ano-genital examination"), st["h2"]),
        Text(
            translate(
                "Documents",
                "No ano-genital findings are recorded on a diagram for this examination; "
                "whether these regions were examined, and what was found, is only as the "
                "findings above say.",
            ),
            st["body"],
        ),
    ]


def _reviews(report: MedicoLegalReport) -> list[Flowable]:
    """The later review visits in a table: when, who, their findings in short and the
    treatment; where a visit's findings are longer than the table gives them, the report
    says so and where the full findings are (the visit's encounter record)."""
    if not report.reviews:
        return []
    st = styles()
    rows = []
    cut = 0
    for r in report.reviews:
        short, shortened = summary(r.findings)
        cut += shortened
        rows.append(
            [
                when(r.seen_at),
                r.recorded_by,
                typed(short) or "—",
                listed(tr(t) for t in r.treatments) or "—",
            ]
        )
    out: list[Flowable] = [
        Text(translate("Documents", "Later review visits"), st["h1"]),
    ]
    if cut:
        said = Text(
            translate(
                "Documents",
                "{count} later review visits for this incident, in a summary: the findings "
                "of {cut} of them are shortened here (marked …). The full findings of each "
                "visit are in its encounter record in the case's health records, dated as "
                "below.",
            ).format(count=len(report.reviews), cut=cut),
            st["body"],
        )
        # With the heading, kept with the table's start: else both could end a page, the
        # table on the next (the heading keeps with this sentence only).
        said.keepWithNext = True
        out.append(said)
    out.append(
        _dense(
            table(
                [
                    translate("Documents", "Seen"),
                    translate("Documents", "Recorded by"),
                    translate("Documents", "Findings"),
                    translate("Documents", "Treatment"),
                ],
                rows,
                REVIEW_WIDTHS,
            )
        )
    )
    return out


def _further_exams(report: MedicoLegalReport) -> list[Flowable]:
    if not report.further_exams:
        return []
    st = styles()
    if report.first_exam:
        heading = translate("Documents", "Further forensic examinations of this incident")
        said = translate(
            "Documents",
            "This report covers the first forensic examination of the incident. %n "
            "further examination(s) of the same incident, each reported on its own:",
            "",
            len(report.further_exams),
        )
    else:
        heading = translate("Documents", "Other forensic examinations of this incident")
        said = translate(
            "Documents",
            "This report covers a later forensic examination of the incident. %n other "
            "examination(s) of the same incident, each reported on its own:",
            "",
            len(report.further_exams),
        )
    # The heading and its words go with the table (never alone at a page's foot).
    return [
        KeepTogether(
            [
                Text(heading, st["h1"]),
                Text(said, st["body"]),
                Spacer(1, 2 * mm),
                table(
                    [translate("Documents", "Examined"), translate("Documents", "Examiner")],
                    [[when(x.started_at), x.examiner] for x in report.further_exams],
                    [50 * mm, 120 * mm],
                ),
            ]
        )
    ]


def _records(report: MedicoLegalReport) -> list[Flowable]:
    if not report.records:
        return []
    st = styles()
    return [
        Text(translate("Documents", "Recorded and amended"), st["h1"]),
        table(
            [
                translate("Documents", "Record"),
                translate("Documents", "Recorded by"),
                translate("Documents", "Recorded at"),
                translate("Documents", "Amended by"),
                translate("Documents", "Amended at"),
            ],
            [
                [
                    tr(r.record),
                    r.recorded_by,
                    when(r.recorded_at),
                    r.amended_by or "—",
                    when(r.amended_at) if r.amended_by else "—",
                ]
                for r in report.records
            ],
            [40 * mm, 32 * mm, 33 * mm, 32 * mm, 33 * mm],
        ),
    ]


def signature_part(examiner: Examiner, recorded_by: Sequence[str] = ()) -> list[Flowable]:
    """The declaration and statement of truth, in the name of the examiner recorded on the
    examination, with her signature block. She declares that she examined her and made the
    findings; that she recorded them only when no one else did (``recorded_by``: who did, as
    "Recorded and amended" lists them). Of an examiner not on the centre's staff the centre
    says so, and that it holds no record of her qualifications: she writes them in."""
    st = styles()
    credentials = ", ".join(p for p in (examiner.qualifications,) if p)
    # One run of its own, as names in sentences are: in an Arabic declaration the bracket
    # after the qualifications was drawn at the wrong end ("(Dr X (MB ChB ،أنا").
    name = isolate(f"{examiner.name} ({credentials})" if credentials else examiner.name)
    registration = examiner.registration_number or "________________"
    return [
        Spacer(1, 8 * mm),
        KeepTogether(
            [
                Text(translate("Documents", "Declaration and statement of truth"), st["h1"]),
                Text(
                    (
                        translate(
                            "Documents",
                            "I, {examiner}, examined the person named in this report and made "
                            "the findings it records; they were recorded by {recorders}, at "
                            "the times shown under Recorded and amended.",
                        )
                        if recorded_by
                        else translate(
                            "Documents",
                            "I, {examiner}, examined the person named in this report, made the "
                            "findings it records and recorded them at the times shown.",
                        )
                    ).format(examiner=name, recorders=listed(isolate(n) for n in recorded_by)),
                    st["body"],
                ),
                *(
                    []
                    if examiner.on_staff
                    else [
                        Spacer(1, 2 * mm),
                        Text(
                            translate(
                                "Documents",
                                "Note by the centre: {examiner} is recorded on the examination "
                                "as an examiner who is not on the centre's staff. The centre "
                                "holds no record of the examiner's qualifications or "
                                "registration number; the examiner gives them below.",
                            ).format(examiner=isolate(examiner.name)),
                            st["small"],
                        ),
                    ]
                ),
                Spacer(1, 2 * mm),
                Text(
                    translate(
                        "Documents",
                        "I believe that the facts stated in this report are true. I understand "
                        "that my duty is to the court, and that proceedings for contempt of "
                        "court may be brought against anyone who makes, or causes to be made, a "
                        "false statement in a document verified by a statement of truth "
                        "without an honest belief in its truth.",
                    ),
                    st["body"],
                ),
                Spacer(1, 10 * mm),
                para(
                    markup(translate("Documents", "Signature:"))
                    + " ______________________________ &nbsp;&nbsp; "
                    + markup(translate("Documents", "Date:"))
                    + " ____________",
                    st["body"],
                ),
                Spacer(1, 3 * mm),
                Text(translate("Documents", "Name: {name}").format(name=examiner.name), st["body"]),
                Text(
                    translate("Documents", "Qualifications: {qualifications}").format(
                        qualifications=examiner.qualifications or "________________"
                    ),
                    st["body"],
                ),
                Text(
                    translate("Documents", "Registration number: {number}").format(
                        number=registration
                    ),
                    st["body"],
                ),
            ]
        ),
    ]


def story(
    report: MedicoLegalReport, centre: str = "", title: str = "", exhibits: str = ""
) -> list[Flowable]:
    """The report's content, drawn alike standing alone (``render_medico_legal``) and as a
    document of the court bundle's section D (reports.bundle), there under its bundle
    ``title`` ("Medico-legal report for incident 1"). In the bundle, the photographs that
    are exhibits of its section E are named by their exhibit numbers (``exhibits``, "P4–P6")
    and not drawn again; ``report.photographs`` then holds only those that are not."""
    st = styles()
    out: list[Flowable] = _summary(report, centre, title)
    out += _consents(report)
    if report.examination is not None:
        out += encounters_part([report.examination], examination_heading(report))
    out += _injuries(report)
    out += _anogenital(report)
    out += exams_part(report.exams, heading=examination_heading(report, forensic=True))
    if report.examiner is not None:
        out += opinion_part(report.opinion)
    out += _reviews(report)
    out += _further_exams(report)
    if exhibits:
        out.append(
            KeepTogether(
                [
                    Text(translate("Documents", "Photographs"), st["h1"]),
                    Text(
                        translate(
                            "Documents",
                            "The photographs of this incident are exhibits {exhibits} of "
                            "section E, each with its caption and SHA-256: they are not "
                            "repeated here.",
                        ).format(exhibits=exhibits),
                        st["body"],
                    ),
                ]
            )
        )
    if report.photographs:
        # The heading goes with the first photograph (never alone at a page's foot).
        first, *rest = photographs_part(report.photographs)
        heading = [] if exhibits else [Text(translate("Documents", "Photographs"), st["h1"])]
        out.append(KeepTogether([*heading, first]))
        out += rest
    out += _records(report)
    if report.examiner is not None and report.opinion.strip():
        return out + signature_part(report.examiner, report.recorded_by)
    # No examiner: no declaration, the report says why. No opinion: no declaration and no
    # signature block to sign by mistake: the guidance expects the opinion first; every
    # page's header says it is a draft (render_medico_legal).
    closing = no_exam_to_sign() if report.examiner is None else not_ready_to_sign()
    if not out:
        return closing
    # The closing sentence goes with what it closes: alone on the last page it read as a
    # stray (an Arabic report's walk). What comes last (a table of a few rows, with its
    # heading) is kept with it, as a heading with what follows (document.HeadingsWithStart:
    # longer than a page, it starts where it is and the sentence follows its last rows).
    last = out[-1]
    if isinstance(last, KeepTogether):  # a container is not kept with the next flowable
        return [*out[:-1], KeepTogether([*last._content, *closing])]
    for flowable in (last, *closing[:-1]):
        flowable.keepWithNext = True
    return out + closing


def not_ready_to_sign() -> list[Flowable]:
    """Before the declaration, when the examiner has recorded no opinion: the guidance
    expects one before the report is signed, so the report must not read as ready."""
    st = styles()
    return [
        Spacer(1, 6 * mm),
        # A heading's weight, laid out as any sentence of the report (right to left too).
        Text(
            translate(
                "Documents",
                "This report is not ready to sign: the examiner has not recorded an "
                "opinion on the findings. Record it on the examination and export the "
                "report again.",
            ),
            st["h2"],
        ),
    ]


def no_exam_to_sign() -> list[Flowable]:
    """In place of the declaration, when the incident has no forensic examination: no one
    examined her as its forensic examiner, so no one declares it; the report says so."""
    st = styles()
    return [
        Spacer(1, 6 * mm),
        Text(
            translate(
                "Documents",
                "No forensic examination is recorded for this incident, so this report has "
                "no examiner's declaration or statement of truth: it sets out the clinical "
                "records of the incident's visits as they stand, and is not to be signed as a "
                "forensic examiner's report.",
            ),
            st["h2"],
        ),
    ]


def render_medico_legal(head: Letterhead, report: MedicoLegalReport) -> bytes:
    if report.examiner is None or not report.opinion.strip():
        # On every page, so a page taken apart says it.
        head = replace(head, document=_title(report))
    with writing_in(head.language):
        return render(head, story(report, head.centre))
