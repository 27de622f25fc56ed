"""The court bundle, shaped as Practice Direction 27A asks: a cover page, an index, then the
parts the advocate chose filed under lettered sections (A preliminary documents, B
applications and orders, C statements, D medical and forensic reports, E photographs and
exhibits, F the centre's records), each section paginated on its own (A1, A2 … B1 …) in the
footer, the index and the PDF bookmarks giving those numbers. Body text is 12 point at 1.5
line spacing (``styles.court_print``). Every page also says "Page N of M" of the whole.

The index is exact because the bundle is laid out until the page numbers it records stop
changing (ReportLab's multiBuild). Statements are scanned PDFs: each of their pages gets a
placeholder page here, numbered like the others, and ``services/exports/`` lays the scanned
page onto it afterwards (ReportLab does not read PDFs).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
)
from reportlab.platypus.tableofcontents import TableOfContents

from onestop import collector
from onestop.clock import printing_zone
from onestop.i18n import QT_TRANSLATE_NOOP, Phrase
from onestop.reports import fonts
from onestop.reports.document import (
    FOOTER,
    MARGIN,
    PAGE_WIDTH,
    Letterhead,
    consent_notice,
    template,
)
from onestop.reports.language import listed, right_to_left, tr, translate, writing_in
from onestop.reports.medicolegal import MedicoLegalReport
from onestop.reports.medicolegal import story as medico_legal_story
from onestop.reports.parts import (
    EncounterPart,
    ExamPart,
    Photograph,
    SpecimenPart,
    body_side,
    chain_part,
    encounters_part,
    exams_part,
    photographs_part,
    sha256_line,
    side_name,
    table,
    typed,
    when,
)
from onestop.reports.styles import INK, court_print, styles
from onestop.reports.text import Text, isolate, line_markup, plain

DOCUMENT = QT_TRANSLATE_NOOP("Labels", "Court bundle")
# Counselling notes disclosed to a court under her own consent: a bundle of their own.
COUNSELLING_DOCUMENT = QT_TRANSLATE_NOOP("Labels", "Counselling notes bundle")


class BundleSection(StrEnum):
    CHRONOLOGY = "chronology"  # section A: the case summary and the chronology
    INCIDENTS = "incidents"
    MEDICAL = "medical"
    FORENSIC = "forensic"
    CUSTODY = "custody"
    PHOTOGRAPHS = "photographs"
    ORDERS = "orders"
    HEARINGS = "hearings"
    STATEMENTS = "statements"
    COUNSELLING = "counselling"

    @property
    def heading(self) -> Phrase:
        """The section's heading and label."""
        return {
            BundleSection.CHRONOLOGY: QT_TRANSLATE_NOOP("Labels", "Case summary and chronology"),
            BundleSection.INCIDENTS: QT_TRANSLATE_NOOP("Labels", "Incident summary"),
            BundleSection.MEDICAL: QT_TRANSLATE_NOOP("Labels", "Medical report"),
            BundleSection.FORENSIC: QT_TRANSLATE_NOOP("Labels", "Forensic report"),
            BundleSection.CUSTODY: QT_TRANSLATE_NOOP("Labels", "Chain of custody"),
            BundleSection.PHOTOGRAPHS: QT_TRANSLATE_NOOP("Labels", "Photographs (exhibits)"),
            BundleSection.ORDERS: QT_TRANSLATE_NOOP("Labels", "Protection orders"),
            BundleSection.HEARINGS: QT_TRANSLATE_NOOP("Labels", "Hearings"),
            BundleSection.STATEMENTS: QT_TRANSLATE_NOOP("Labels", "Statements"),
            BundleSection.COUNSELLING: QT_TRANSLATE_NOOP("Labels", "Counselling notes"),
        }[self]


# Practice Direction 27A's lettered sections, and the parts OneStop files under each.
SECTION_LETTERS: dict[BundleSection, str] = {
    BundleSection.CHRONOLOGY: "A",
    BundleSection.ORDERS: "B",
    BundleSection.HEARINGS: "B",
    BundleSection.STATEMENTS: "C",
    BundleSection.MEDICAL: "D",
    BundleSection.FORENSIC: "D",
    BundleSection.CUSTODY: "D",
    BundleSection.PHOTOGRAPHS: "E",
    BundleSection.INCIDENTS: "F",
    # Not a section of the court bundle: a separate bundle, paginated on its own under a
    # prefix of its own (CN1, CN2 …), so that no page of it shares a number with a page of
    # the court bundle ("F1" was both the incident summary and the counselling notes).
    BundleSection.COUNSELLING: "CN",
}
LETTERED: dict[str, Phrase] = {
    "A": QT_TRANSLATE_NOOP("Documents", "Preliminary documents"),
    "B": QT_TRANSLATE_NOOP("Documents", "Applications and orders"),
    "C": QT_TRANSLATE_NOOP("Documents", "Statements and witness evidence"),
    "D": QT_TRANSLATE_NOOP("Documents", "Medical and forensic reports"),
    "E": QT_TRANSLATE_NOOP("Documents", "Photographs and exhibits"),
    "F": QT_TRANSLATE_NOOP("Documents", "Other documents: the centre's records"),
    "CN": QT_TRANSLATE_NOOP("Documents", "Counselling notes disclosed with her consent"),
}
PAGE_LIMIT = 350  # pages: PD27A's limit on a bundle, unless the court directs otherwise


def in_bundle_order(sections: Sequence[BundleSection]) -> list[BundleSection]:
    """The parts chosen, under their lettered sections A–F (counselling notes last, a bundle
    of their own); within a section, as chosen."""
    chosen = list(dict.fromkeys(sections))
    return sorted(chosen, key=lambda s: (s is BundleSection.COUNSELLING, SECTION_LETTERS[s]))


def section_title(letter: str) -> str:
    """ "Section B: Applications and orders", in the document's language."""
    return translate("Documents", "Section {letter}: {title}").format(
        letter=letter, title=tr(LETTERED[letter])
    )


@dataclass(frozen=True)
class IncidentLine:
    when: str  # a Phrase (IncidentTime.describe)
    kind: str  # a label (a Phrase)
    context: str  # a label (a Phrase)
    place: str
    reported_to_police: bool | None  # None: not known
    description: str


@dataclass(frozen=True)
class OrderLine:
    order_type: str  # as recorded
    issued_on: date
    expires_on: date | None
    in_force: bool
    conditions: str


@dataclass(frozen=True)
class HearingLine:
    held_at: datetime
    court: str
    purpose: str
    outcome: str


@dataclass(frozen=True)
class SessionLine:
    held_at: datetime
    kind: str  # a label (a Phrase)
    notes: str
    # A group or family session: others were present, and the notes may record what they
    # said. Said at the head of the note, so that the court knows before anyone reads it.
    others_present: bool = False


@dataclass(frozen=True)
class ChronologyLine:
    """One dated event of the case: an incident, an order, a hearing, a referral."""

    # None: the date is not known; text: a date as the advocate wrote it in the export dialog
    at: datetime | date | str | None
    event: str  # a Phrase, or the advocate's own words


@dataclass(frozen=True)
class Statement:
    number: int
    title: str
    sha256: str
    pages: int


# Why an examined incident's medico-legal report is not in section D, in the index's words
# ("Medico-legal report for incident 2: not included, no opinion recorded (draft)").
DRAFT_LEFT_OUT = QT_TRANSLATE_NOOP("Documents", "not included, no opinion recorded (draft)")
NO_CONSENT_LEFT_OUT = QT_TRANSLATE_NOOP(
    "Documents", "not included, she has not consented to the use of her records in court"
)
# And the same said in full on the page the index points at.
LEFT_OUT_SAID: dict[str, str] = {
    DRAFT_LEFT_OUT: QT_TRANSLATE_NOOP(
        "Documents",
        "The examiner has recorded no opinion on the findings of this incident's forensic "
        "examination: its medico-legal report is a draft, not ready to sign, and a draft is "
        "not put before a court. The report exists; once the examiner records an opinion "
        "it can be exported and signed, and added to this bundle.",
    ),
    NO_CONSENT_LEFT_OUT: QT_TRANSLATE_NOOP(
        "Documents",
        "A medico-legal report goes to court only with her consent to the use of her records "
        "in court, as the report exported on its own does; the ledger does not record that "
        "consent as standing, and a manager's authority to export this bundle does not "
        "extend to it. The report exists and is not included.",
    ),
}


@dataclass(frozen=True)
class MedicoLegalEntry:
    """An examined incident's medico-legal report as a document of section D, or why it is
    left out (``left_out``, a Phrase of LEFT_OUT_SAID; ``report`` None)."""

    incident: int  # the incident's number in the bundle ("Incident 2" of section F)
    report: MedicoLegalReport | None = None
    left_out: str = ""
    # The medical encounter that is the report's examination, drawn in the report: the
    # encounters' summary leaves it out and refers to the report.
    examination_seen_at: datetime | None = None
    # Which of the incident's forensic examinations it reports (each has a report of its
    # own, signed by its examiner), and how many the incident had.
    examination: int = 1
    examinations: int = 1


@dataclass(frozen=True)
class CourtBundle:
    person: str
    # Each legal matter's parts: ["Central Magistrates' Court", "case 123/2026", …] (Phrases)
    court_cases: Sequence[Sequence[str]]
    prepared_by: str
    sections: Sequence[BundleSection]  # in the order chosen
    incidents: Sequence[IncidentLine] = ()
    encounters: Sequence[EncounterPart] = ()
    exams: Sequence[ExamPart] = ()
    specimens: Sequence[SpecimenPart] = ()
    photographs: Sequence[Photograph] = ()
    orders: Sequence[OrderLine] = ()
    hearings: Sequence[HearingLine] = ()
    statements: Sequence[Statement] = ()
    counselling: Sequence[SessionLine] = ()
    # Why the counselling notes are relevant (the advocate's words), and when she consented
    # to disclose them to a court: both head the section.
    counselling_relevance: str = ""
    counselling_consent_at: datetime | None = None
    # Sessions held after her consent was given, which it does not cover: left out, counted.
    counselling_withheld: int = 0
    # The cover's particulars, as a court reads them: (label (a Phrase), value), the value a
    # time for the hearing.
    particulars: Sequence[tuple[str, str | datetime]] = ()
    case_summary: str = ""  # the advocate's summary, edited before export
    # Medical encounters each in full (history, findings, body map), or one summary table:
    # in full, a file of many visits makes a bundle of hundreds of pages.
    encounters_in_full: bool = True
    chronology: Sequence[ChronologyLine] = ()
    # Section D's medico-legal reports, one per examined incident (with the medical part).
    medico_legal: Sequence[MedicoLegalEntry] = ()
    # Each encounter's incident number in the bundle (None: not linked), as ``encounters``.
    encounter_incidents: Sequence[int | None] = ()

    @property
    def of_counselling_notes(self) -> bool:
        """The counselling notes bundle: a separate bundle, with its own cover and index."""
        return list(self.sections) == [BundleSection.COUNSELLING]


@dataclass
class Laid:
    """Where things landed, from the last layout pass: 1-based page numbers."""

    sections: dict[str, int] = field(default_factory=dict)
    statement_pages: dict[tuple[int, int], int] = field(default_factory=dict)
    total_pages: int = 0
    # Each page's number within its lettered section ("A1", "B3"); the cover and the index
    # have none.
    page_labels: dict[int, str] = field(default_factory=dict)


class _Mark(Flowable):  # type: ignore[misc]
    """Takes no room; tells the template where a section (or a placeholder) begins."""

    def __init__(self, kind: str, key: Any, title: str = "", level: int = 0) -> None:
        super().__init__()
        self.kind, self.key, self.title, self.level = kind, key, title, level

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class _PageCount(Flowable):  # type: ignore[misc]
    """Takes no room; carries the number of pages from one layout pass to the next, and is
    satisfied (ends the passes, with the index) once two passes agree on it."""

    def __init__(self, doc: Any) -> None:
        super().__init__()
        self._doc = doc
        self._before = -1

    def isIndexing(self) -> int:
        return 1

    def beforeBuild(self) -> None:
        self._before = self._doc.page_total

    def afterBuild(self) -> None:
        self._doc.page_total = self._doc.page

    def isSatisfied(self) -> bool:
        return bool(self._before == self._doc.page_total)

    def notify(self, kind: str, stuff: Any) -> None:
        pass  # the index's entries are the TableOfContents' business

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class _BundleTemplate(BaseDocTemplate):  # type: ignore[misc]
    laid: Laid
    # The page numbers of the pass before (the index is drawn before the sections it lists
    # are laid out; the passes go on until it no longer changes).
    earlier_labels: dict[int, str]
    _letter: str = ""
    _letter_start: int = 0

    def page_label(self, page: int) -> str:
        """What the index prints for an absolute ``page``: its section page ("B3")."""
        return self.earlier_labels.get(page, str(page))

    def handle_pageEnd(self) -> None:
        if self._letter:
            label = f"{self._letter}{self.page - self._letter_start + 1}"
            self.laid.page_labels[self.page] = label
            canv = self.canv
            canv.saveState()
            canv.setFont(fonts.BOLD, 12)
            canv.setFillColor(INK)
            if right_to_left():  # the page's end, mirrored
                canv.drawString(MARGIN, FOOTER, label)
            else:
                canv.drawRightString(PAGE_WIDTH - MARGIN, FOOTER, label)  # above the rule
            canv.restoreState()
        super().handle_pageEnd()

    def afterFlowable(self, flowable: Flowable) -> None:
        if not isinstance(flowable, _Mark):
            return
        page = self.page
        if flowable.kind == "letter":
            self._letter, self._letter_start = flowable.key, page
        if flowable.kind in ("section", "letter"):
            key = f"s{len(self.laid.sections)}-{flowable.level}"
            self.laid.sections[flowable.title] = page
            self.canv.bookmarkPage(key)
            # The bookmark says what the page prints: without direction overrides (a
            # viewer's bookmark pane would show "\u202eevil" as "live").
            self.canv.addOutlineEntry(
                plain(flowable.title), key, level=flowable.level, closed=False
            )
            self.notify("TOCEntry", (flowable.level, line_markup(flowable.title), page, key))
        elif flowable.kind == "placeholder":
            self.laid.statement_pages[flowable.key] = page

    def beforeDocument(self) -> None:
        earlier = getattr(self, "laid", None)
        self.earlier_labels = earlier.page_labels if earlier is not None else {}
        self.laid = Laid()
        self._letter, self._letter_start = "", 0

    def _makeCanvas(self, filename: Any = None, canvasmaker: Any = None) -> Any:
        canv = super()._makeCanvas(filename=filename, canvasmaker=canvasmaker or Canvas)
        # The first pass only measures (the page count and the index come from it; its pages
        # are never kept): text and pictures are laid out but not drawn.
        canv._sketch = self.page_total == 0
        return canv


def _section(section: BundleSection, letter: str | None, heading: str = "") -> list[Flowable]:
    """A part on a new page, under its lettered section's heading when it opens one (its
    own ``heading`` when given, else the part's label)."""
    st = styles()
    heading = heading or tr(section.heading)
    out: list[Flowable] = [PageBreak()]
    if letter is not None:
        title = section_title(letter)
        out += [_Mark("letter", letter, title, level=0), Text(title, st["title"])]
    return [*out, _Mark("section", section, heading, level=1), Text(heading, st["h1"])]


def _marks(flowables: Sequence[Flowable]) -> Iterator[_Mark]:
    """The marks among ``flowables`` in the order the layout meets them, those kept together
    with what follows them included."""
    for flowable in flowables:
        if isinstance(flowable, _Mark):
            yield flowable
        inner = getattr(flowable, "_content", None)  # a KeepTogether's
        if isinstance(inner, (list, tuple)):
            yield from _marks(inner)


def _expect_index(flowables: Sequence[Flowable]) -> None:
    """Give the index the entries it will list before the first layout pass, their pages not
    yet known. Its lines are as many and as long from the first pass on (the page numbers are
    drawn at their ends, not wrapped with them), so the first pass lays out the pages where
    they will stay and a second one, with the pages known, ends the passes: without this the
    first pass laid out a one-line placeholder index, the second the real one, and a third
    was needed to see the layout settle. If the pages do move, the passes go on as before."""
    entries: list[tuple[int, str, int, str]] = []
    titles: set[str] = set()
    for mark in _marks(flowables):
        if mark.kind not in ("section", "letter"):
            continue
        # The same key afterFlowable gives it (its count of distinct titles so far).
        entries.append((mark.level, line_markup(mark.title), 0, f"s{len(titles)}-{mark.level}"))
        titles.add(mark.title)
    for flowable in flowables:
        if isinstance(flowable, TableOfContents):
            flowable._entries = list(entries)  # beforeBuild keeps them as the last pass's


class _IndexEntry(Paragraph):  # type: ignore[misc]
    """An index line whose dotted leader and page number are drawn after its title.

    ReportLab draws them from a callback in the middle of the line, before the line's own
    text is written: the PDF's text then held "… A3" before "Chronology", and a reader copying
    an index line got the page number first. Here the callback's drawing waits until the
    title is written, at the place the callback found."""

    def draw(self) -> None:
        canv = self.canv
        pending: list[tuple[dict[str, Any], Callable[[], None]]] = []
        canv._index_leaders = pending
        try:
            super().draw()
        finally:
            del canv._index_leaders
        for cursor, draw in pending:
            canv._curr_tx_info = cursor
            draw()


class _Index(TableOfContents):  # type: ignore[misc]
    """ReportLab's table of contents, each line an :class:`_IndexEntry`."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        size = super().wrap(availWidth, availHeight)
        leader = self.canv._namedCB["drawTOCEntryEnd"]

        def later(canvas: Any, kind: str, label: str) -> None:
            pending = getattr(canvas, "_index_leaders", None)
            if pending is None:
                leader(canvas, kind, label)
            else:
                pending.append((dict(canvas._curr_tx_info), lambda: leader(canvas, kind, label)))

        self.canv.setNamedCB("drawTOCEntryEnd", later)
        for row in self._table._cellvalues:
            for cell in row:  # a cell holds its flowables (a tuple of one paragraph)
                for flowable in cell if isinstance(cell, (list, tuple)) else (cell,):
                    if type(flowable) is Paragraph:
                        flowable.__class__ = _IndexEntry
        return size  # type: ignore[no-any-return]

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """The index run on to another page: never a lettered section's line last on a page
        away from its parts, and the next page headed "Index (continued)"."""
        levels = [level for level, *_ in self._lastEntries]
        parts = self._table.splitOn(self.canv, availWidth, availHeight)
        while len(parts) == 2:
            rows = len(parts[0]._cellvalues)
            if not (1 < rows <= len(levels) and levels[rows - 1] == 0):
                break
            availHeight -= self._table._rowHeights[rows - 1]
            parts = self._table.splitOn(self.canv, availWidth, availHeight)
        if len(parts) != 2:
            return parts  # type: ignore[no-any-return]
        # The rest an index of its own, split the same way if it runs on again.
        rest = _Index(dotsMinLevel=self.dotsMinLevel, levelStyles=self.levelStyles)
        rest.formatter = self.formatter
        rest._lastEntries = self._lastEntries[len(parts[0]._cellvalues) :]
        continued = Text(translate("Documents", "Index (continued)"), styles()["title"])
        return [parts[0], PageBreak(), continued, rest]


def _index(doc: _BundleTemplate) -> TableOfContents:
    toc = _Index()
    toc.dotsMinLevel = 0
    toc.formatter = doc.page_label  # the section page, "B3"
    base = styles()["body"]
    # Shaped like the rest (each font of a word apart, ``fonts.shape_apart``, which also
    # leaves the index's page-number callbacks where they are).
    toc.levelStyles = [
        ParagraphStyle("toc0", parent=base, fontName=fonts.BOLD, fontSize=12, leading=20),
        ParagraphStyle("toc1", parent=base, fontSize=11, leading=16, leftIndent=8 * mm),
        ParagraphStyle("toc2", parent=base, fontSize=10, leading=14, leftIndent=16 * mm),
    ]
    return toc


def _index_note(bundle: CourtBundle) -> Flowable:
    """What each lettered section holds, as the index's opening words."""
    if bundle.of_counselling_notes:
        return Text(
            translate(
                "Documents",
                "A bundle of its own, separate from the court bundle: the counselling notes "
                "she consented to disclose to the court. Its pages are numbered CN1, CN2 … "
                "and are not pages of the court bundle.",
            ),
            styles()["small"],
        )
    return Text(
        translate(
            "Documents",
            "Arranged as Practice Direction 27A asks: A preliminary documents (case summary "
            "and chronology); B applications and orders (protection orders, hearings); C "
            "statements; D medical and forensic reports (medical record, forensic "
            "examination, chain of custody); E photographs and exhibits; F other documents "
            "(the centre's incident records). Pages are numbered within each section: A1, "
            "A2 … B1 …; sections with nothing in them are left out. Counselling notes, when "
            "disclosed, are a separate bundle (CN1 …).",
        ),
        styles()["small"],
    )


class _KeptIfItFits(KeepTogether):  # type: ignore[misc]
    """Kept together, moved whole to the next page, where it fits on a page; one longer
    than a page starts where it is and runs on (ReportLab's KeepTogether moves it to a new
    page all the same, leaving the page before part blank, a section's heading alone on it)."""

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        size = super().wrap(aW, aH)
        # A KeepTogether within says it is 0xffffff high (to be split): its own height.
        self._H -= sum(0xFFFFFF - f._H for f in self._content if isinstance(f, KeepTogether))
        return size  # type: ignore[no-any-return]

    def split(self, aW: float, aH: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        frame = getattr(self, "_frame", None)
        if frame is not None:
            page = frame._height - frame._topPadding - frame._bottomPadding
            if page < self._H:  # (a first flowable that takes no room: the frame adds it)
                return [self.NullActionFlowable(), *self._content]
        if aH >= self._H:
            # It fits where it is. (ReportLab's split compares the first flowable's height
            # with the room, and a KeepTogether first says it is 0xffffff high: every block
            # broke the page, a section's heading alone, each incident on a page of its own.)
            return [self.NullActionFlowable(), *self._content]
        return super().split(aW, aH)  # type: ignore[no-any-return]


def _incidents(bundle: CourtBundle) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = []
    for n, line in enumerate(bundle.incidents, start=1):
        head: list[Flowable] = [
            Text(translate("Documents", "Incident {n}").format(n=n), st["h1"]),
            table(
                [
                    translate("Documents", "When"),
                    translate("Documents", "Type"),
                    translate("Documents", "Context"),
                    translate("Documents", "Reported to police"),
                ],
                [
                    [
                        tr(line.when),
                        tr(line.kind),
                        tr(line.context),
                        _yes_no(line.reported_to_police),
                    ]
                ],
                [50 * mm, 45 * mm, 40 * mm, 35 * mm],
            ),
        ]
        if line.place:
            head += [
                Text(translate("Documents", "Place"), st["h2"]),
                # Typed, or "Not stated here" (a Phrase): either in its own direction.
                Text(typed(tr(line.place)), st["body"]),
            ]
        block: list[Flowable] = [KeepTogether(head)]
        if line.description:
            block += [
                Text(translate("Documents", "Account"), st["h2"]),
                Text(typed(line.description), st["body"]),
            ]
        # The incident's block on one page where it fits (its heading never ends a page with
        # its place and account on the next); one longer than a page runs on, its heading,
        # table and place still together.
        out.append(_KeptIfItFits(block))
    return out


def _chronology(bundle: CourtBundle) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = []
    if bundle.case_summary.strip():
        out += [
            Text(translate("Documents", "Case summary"), st["h1"]),
            *[
                Text(typed(p), st["body"])
                for p in bundle.case_summary.strip().split("\n")
                if p.strip()
            ],
        ]
    if bundle.chronology:
        if out:  # under the case summary; alone, the part's own heading says "Chronology"
            out.append(Text(translate("Documents", "Chronology"), st["h1"]))
        out += [
            table(
                [translate("Documents", "Date"), translate("Documents", "Event")],
                [[_chronology_date(line.at), _event(line.event)] for line in bundle.chronology],
                [45 * mm, 125 * mm],
                cell="body",  # a preliminary document: 12 point on 1.5 lines (PD27A)
            ),
        ]
    return out


def _event(event: str) -> str:
    """A chronology event in the bundle's language, each value typed by staff (a court, a
    hearing's purpose, a service) in a direction run of its own: an English note set into an
    Arabic sentence kept its full stop at its end, not at the far left of the line."""
    if not isinstance(event, Phrase):
        return event  # the advocate's own words
    typed = {k: isolate(v) for k, v in event.params.items() if type(v) is str and v}
    return tr(event.format(**typed) if typed else event)


def _chronology_date(at: datetime | date | str | None) -> str:
    if isinstance(at, datetime):
        return when(at)
    if isinstance(at, date):
        return at.isoformat()
    return at.strip() if at and at.strip() else translate("Documents", "not known")


def medico_legal_title(incident: int, examination: int = 1, examinations: int = 1) -> str:
    """A medico-legal report's heading in the bundle: "Medico-legal report for incident 2";
    of an incident examined more than once, "… for incident 2, examination 2"."""
    if examinations > 1:
        return translate(
            "Documents", "Medico-legal report for incident {n}, examination {k}"
        ).format(n=incident, k=examination)
    return translate("Documents", "Medico-legal report for incident {n}").format(n=incident)


def _title_of(entry: MedicoLegalEntry) -> str:
    return medico_legal_title(entry.incident, entry.examination, entry.examinations)


def _mark_key(entry: MedicoLegalEntry) -> tuple[str, int, int]:
    return ("ml", entry.incident, entry.examination)


def medico_legal_entry(entry: MedicoLegalEntry) -> str:
    """Its index entry: the heading with the report's number and version, or with why it is
    not included."""
    title = _title_of(entry)
    if entry.report is None:
        return translate("Documents", "{title}: {why}").format(title=title, why=tr(entry.left_out))
    return translate("Documents", "{title} ({number}, version {version})").format(
        title=title, number=entry.report.number or "—", version=entry.report.version
    )


ENCOUNTERS_HEADING = QT_TRANSLATE_NOOP("Documents", "Medical encounters")


def _exhibit_key(photo: Photograph) -> int | str:
    """What makes a photograph the same exhibit: the file it was read from, else (a bundle
    built without files) the digest of its original."""
    return photo.attachment_id if photo.attachment_id is not None else photo.sha256


def _exhibits(bundle: CourtBundle) -> dict[int | str, int]:
    """Section E's exhibit numbers by :func:`_exhibit_key`: a photograph a medico-legal
    report carries is the exhibit read from the same file. Empty when section E is not in
    the bundle (the reports then carry their photographs, as they do on their own)."""
    if BundleSection.PHOTOGRAPHS not in bundle.sections:
        return {}
    return {_exhibit_key(photo): photo.number for photo in bundle.photographs}


def exhibit_numbers(numbers: Sequence[int]) -> str:
    """Exhibit numbers as the index names them, runs joined: "P4–P6", "P1, P3–P4"."""
    runs: list[list[int]] = []
    for n in sorted(set(numbers)):
        if runs and runs[-1][-1] == n - 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    # Each run one of its own: in an Arabic sentence "P4–P6" stays "P4–P6".
    return listed(
        isolate(f"P{run[0]}" if len(run) == 1 else f"P{run[0]}–P{run[-1]}") for run in runs
    )


def _medical(bundle: CourtBundle, centre: str) -> list[Flowable]:
    """The medical part of section D: each examined incident's medico-legal report, a
    document of its own (the standalone report's drawing, ``reports.medicolegal.story``),
    each after the first on a page of its own; then why any report is left out; then the
    other medical encounters, summarised (or in full), referring to the reports."""
    st = styles()
    out: list[Flowable] = []
    included = [e for e in bundle.medico_legal if e.report is not None]
    exhibit_of = _exhibits(bundle)
    for k, entry in enumerate(included):
        assert entry.report is not None
        if k:
            out.append(PageBreak())
        title = _title_of(entry)
        # Its photographs that are exhibits of section E are named, not drawn twice.
        report = entry.report
        keys = [_exhibit_key(p) for p in report.photographs]
        numbers = [exhibit_of[k] for k in keys if k in exhibit_of]
        report = replace(
            report,
            photographs=[
                p for p, k in zip(report.photographs, keys, strict=True) if k not in exhibit_of
            ],
        )
        # The mark before the report's title, on the same page: its index entry and
        # bookmark land where the title is printed.
        out += [
            _Mark("section", _mark_key(entry), medico_legal_entry(entry), level=2),
            *medico_legal_story(report, centre, title, exhibit_numbers(numbers)),
        ]
    rest: list[Flowable] = []
    for entry in bundle.medico_legal:
        if entry.report is not None:
            continue
        heading = medico_legal_entry(entry)
        rest.append(
            KeepTogether(
                [
                    _Mark("section", _mark_key(entry), heading, level=2),
                    Text(heading, st["h2"]),
                    Text(tr(LEFT_OUT_SAID[entry.left_out]), st["body"]),
                ]
            )
        )
    rest += _encounters(bundle, included)
    if rest and out:
        out.append(PageBreak())
    return out + rest


def _encounters(bundle: CourtBundle, included: Sequence[MedicoLegalEntry]) -> list[Flowable]:
    """The medical encounters that are not a report's examination: one summary table (each
    line's injuries by number, view and her side), or each in full when chosen; where an
    incident's report is included, the line refers to it. The summary table leaves out the
    later visits a report lists with their injuries (its Later review visits and injuries
    at later visits: the same lines again), and says so; it keeps those whose injuries the
    report leaves off (``later_left_out``), and the full record of each is drawn when
    chosen."""
    # An incident's later visits are listed in its first examination's report included (a
    # later examination's report lists only the visits after it).
    reports: dict[int, MedicoLegalEntry] = {}
    for item in included:
        reports.setdefault(item.incident, item)
    drawn = {(e.incident, e.examination_seen_at) for e in included}
    numbers = list(bundle.encounter_incidents) or [None] * len(bundle.encounters)
    others = [
        (e, n)
        for e, n in zip(bundle.encounters, numbers, strict=True)
        if (n, e.seen_at) not in drawn
    ]
    listed_in: dict[int, int] = {}  # an incident's number: its visits its report lists
    if not bundle.encounters_in_full:
        kept: list[tuple[EncounterPart, int | None]] = []
        for e, n in others:
            report = reports[n].report if n is not None and n in reports else None
            if n is not None and report is not None and e.seen_at not in report.later_left_out:
                listed_in[n] = listed_in.get(n, 0) + 1
            else:
                kept.append((e, n))
        others = kept
    if not others and not listed_in:
        return []
    st = styles()
    # The heading kept with what it says first: never alone at a page's foot.
    lead: list[Flowable] = []
    if included:
        heading = tr(ENCOUNTERS_HEADING)
        lead += [_Mark("section", "encounters", heading, level=2), Text(heading, st["h1"])]
        lead += [
            Text(
                translate(
                    "Documents",
                    "The examination for incident {n}, seen on {when}, is drawn in "
                    "full in its medico-legal report ({number}) and is not repeated "
                    "here.",
                ).format(
                    n=e.incident,
                    when=when(e.examination_seen_at),
                    number=isolate(e.report.number) if e.report is not None else "—",
                ),
                st["body"],
            )
            for e in included
            if e.examination_seen_at is not None
        ]
        lead += [
            Text(
                translate(
                    "Documents",
                    "%n later visit(s) for incident {n} are listed with their injuries in "
                    "its medico-legal report ({number}), under Later review visits, and are "
                    "not repeated here.",
                    "",
                    count,
                ).format(
                    n=n,
                    number=isolate(entry.report.number) if entry.report is not None else "—",
                ),
                st["body"],
            )
            for n, count in listed_in.items()
            for entry in (reports[n],)
        ]
    if bundle.encounters_in_full:
        return [*([KeepTogether(lead)] if lead else []), *encounters_part([e for e, _ in others])]

    # The report's number set into a sentence as a run of its own: in an Arabic sentence
    # "OSC-2026-00001/ML-1" was drawn "ML-1/OSC-2026-00001".
    def refer(n: int | None) -> str:
        entry = reports.get(n) if n is not None else None
        if entry is None or entry.report is None:
            return ""
        return " " + translate(
            "Documents", "See the medico-legal report for incident {n} ({number})."
        ).format(n=n, number=isolate(entry.report.number))

    if not others:  # each listed in its report: no table's header with nothing under it
        return [KeepTogether(lead)]
    lead.append(
        Text(
            translate(
                "Documents",
                "%n medical encounter(s), summarised; the full record of each is available on "
                "request.",
                "",
                len(others),
            ),
            st["body"],
        )
    )
    return [
        KeepTogether(lead),
        Spacer(1, 2 * mm),
        table(
            [
                translate("Documents", "Seen"),
                translate("Documents", "Recorded by"),
                translate("Documents", "Findings"),
                translate("Documents", "Injuries"),
                translate("Documents", "Treatment"),
            ],
            [
                [
                    when(e.seen_at),
                    e.recorded_by,
                    (typed(e.examination) if e.examination.strip() else "—") + refer(n),
                    injuries_line(e) or "—",
                    ", ".join(tr(t.label) for t in e.treatments) or "—",
                ]
                for e, n in others
            ],
            # Room for a treatment's longest word ("contraception", "Anticoncepción") and a
            # name ("administrator"): a narrower column cut them in two.
            [28 * mm, 28 * mm, 50 * mm, 28 * mm, 36 * mm],
        ),
    ]


def _in_reports(bundle: CourtBundle) -> list[tuple[ExamPart, MedicoLegalEntry]]:
    """The forensic examinations section D's medico-legal reports draw in full (with their
    specimens, chain of custody and opinion), each with its report."""
    return [
        (exam, entry)
        for entry in bundle.medico_legal
        if entry.report is not None
        for exam in entry.report.exams
    ]


def _references_only(section: BundleSection, bundle: CourtBundle) -> bool:
    """Whether the part holds only lines naming the medico-legal reports that draw its
    documents: every forensic examination, or every specimen's chain of custody, in one."""
    drawn = [exam for exam, _ in _in_reports(bundle)]
    if section is BundleSection.FORENSIC:
        return bool(bundle.exams) and all(exam in drawn for exam in bundle.exams)
    if section is BundleSection.CUSTODY:
        sealed = [sp for exam in drawn for sp in exam.specimens]
        return bool(bundle.specimens) and all(sp in sealed for sp in bundle.specimens)
    return False


def _forensic(bundle: CourtBundle) -> list[Flowable]:
    """The forensic examinations with their opinions, but those a medico-legal report of
    section D draws: each of those named, with its report, in a line (a court bundle holds
    no document twice)."""
    st = styles()
    drawn = _in_reports(bundle)
    out: list[Flowable] = []
    others: list[ExamPart] = []
    for exam in bundle.exams:
        entry = next((e for x, e in drawn if x == exam), None)
        if entry is None or entry.report is None:
            others.append(exam)
            continue
        out.append(
            Text(
                translate(
                    "Documents",
                    "The forensic examination for incident {n}, started {when}, is in its "
                    "medico-legal report ({number}) in full, with its specimens, their chain "
                    "of custody and the examiner's opinion, and is not repeated here.",
                ).format(
                    n=entry.incident,
                    when=when(exam.started_at),
                    number=isolate(entry.report.number or "—"),
                ),
                st["body"],
            )
        )
    if out and others:
        out.append(Spacer(1, 2 * mm))
    return out + exams_part(others, with_chain=False, with_opinion=True)


def _custody(bundle: CourtBundle) -> list[Flowable]:
    """Each specimen's chain of custody, but those a medico-legal report of section D
    draws: named by their seals, with the report, in a line."""
    st = styles()
    rest = list(bundle.specimens)
    out: list[Flowable] = []
    for exam, entry in _in_reports(bundle):
        seals = [sp for sp in exam.specimens if sp in rest]
        if not seals or entry.report is None:
            continue
        for sp in seals:
            rest.remove(sp)
        out.append(
            Text(
                translate(
                    "Documents",
                    "The chain of custody of the specimens sealed {seals} is in the "
                    "medico-legal report for incident {n} ({number}) and is not repeated "
                    "here.",
                ).format(
                    seals=listed(isolate(sp.seal_number) for sp in seals),
                    n=entry.incident,
                    number=isolate(entry.report.number or "—"),
                ),
                st["body"],
            )
        )
    if out and rest:
        out.append(Spacer(1, 2 * mm))
    return out + chain_part(rest)


def injuries_line(encounter: EncounterPart) -> str:
    """Its injuries as a summary table's cell: "1 Bruise, 3 cm, front, right; 2 …" (the
    record has no body region: the view and her side, as the body map would place them)."""
    return listed(
        (
            translate("Documents", "{number} {kind}, {size}, {view}, {side}").format(
                number=i.number,
                kind=i.kind or "—",
                size=i.size or "—",
                view=side_name(i.side).lower(),
                side=body_side(i).lower(),
            )
            for i in sorted(encounter.injuries, key=lambda i: i.number)
        ),
        semicolons=True,
    )


def _yes_no(answer: bool | None) -> str:
    if answer is None:
        return translate("Documents", "not known")
    return translate("Documents", "yes") if answer else translate("Documents", "no")


def _orders(bundle: CourtBundle) -> list[Flowable]:
    if not bundle.orders:
        return []
    rows = [
        [
            o.order_type,
            o.issued_on.isoformat(),
            o.expires_on.isoformat() if o.expires_on else translate("Documents", "no expiry"),
            translate("Documents", "in force")
            if o.in_force
            else translate("Documents", "not in force"),
            typed(o.conditions),
        ]
        for o in bundle.orders
    ]
    return [
        table(
            [
                translate("Documents", "Order"),
                translate("Documents", "Issued"),
                translate("Documents", "Expires"),
                translate("Documents", "Status"),
                translate("Documents", "Conditions"),
            ],
            rows,
            [34 * mm, 25 * mm, 25 * mm, 24 * mm, 62 * mm],
        )
    ]


def _hearings(bundle: CourtBundle) -> list[Flowable]:
    if not bundle.hearings:
        return []
    rows = [
        [when(h.held_at), typed(h.court), typed(h.purpose), typed(h.outcome)]
        for h in bundle.hearings
    ]
    return [
        table(
            [
                translate("Documents", "Date"),
                translate("Documents", "Court"),
                translate("Documents", "Purpose"),
                translate("Documents", "Outcome"),
            ],
            rows,
            [42 * mm, 40 * mm, 42 * mm, 46 * mm],
        )
    ]


def _counselling(bundle: CourtBundle) -> list[Flowable]:
    st = styles()
    if not bundle.counselling:
        return []
    dates = ", ".join(when(s.held_at) for s in bundle.counselling)
    out: list[Flowable] = [
        Text(translate("Documents", "Why these notes are relevant"), st["h2"]),
        Text(typed(bundle.counselling_relevance), st["body"]),
        Text(translate("Documents", "What is disclosed"), st["h2"]),
        Text(
            translate(
                "Documents",
                "The notes of %n counselling session(s) held up to her consent, given {when}, "
                "to disclose her counselling notes to a court: {dates}.",
                "",
                len(bundle.counselling),
            ).format(when=when(bundle.counselling_consent_at), dates=dates),
            st["body"],
        ),
    ]
    if bundle.counselling_withheld:
        out.append(
            Text(
                translate(
                    "Documents",
                    "%n later session(s) are not disclosed: her consent does not cover them.",
                    "",
                    bundle.counselling_withheld,
                ),
                st["body"],
            )
        )
    out.append(Spacer(1, 4 * mm))
    for s in bundle.counselling:
        out.append(Text(f"{when(s.held_at)} — {tr(s.kind)}", st["h2"]))
        if s.others_present:
            out.append(
                Text(
                    translate(
                        "Documents",
                        "{kind} session: others were present. These notes may record what "
                        "other people said about themselves.",
                    ).format(kind=tr(s.kind)),
                    ParagraphStyle("others", parent=st["body"], fontName=fonts.BOLD),
                )
            )
        out.append(Text(typed(s.notes), st["body"]))
    return out


def _statements(bundle: CourtBundle) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = []
    for n, s in enumerate(bundle.statements):
        title = translate("Documents", "Statement {n}. {title}").format(
            n=s.number, title=s.title or translate("Documents", "Untitled")
        )
        follow = translate("Documents", "%n page(s) follow.", "", s.pages)
        if n and bundle.statements[n - 1].pages:
            # The previous statement's last page is a scanned page: this heading starts a
            # page of its own, or the scan would be laid over it.
            out.append(PageBreak())
        # The mark travels with the heading: if the heading moves on to the next page, the
        # index and the bookmark move with it.
        out.append(
            KeepTogether(
                [
                    _Mark("section", s.number, title, level=2),
                    Text(title, st["h1"]),
                    Text(sha256_line(s.sha256), st["small"]),
                    Text(follow, st["small"]),
                ]
            )
        )
        for i in range(s.pages):
            out += [PageBreak(), _Mark("placeholder", (s.number, i)), Spacer(1, 1)]
        if not s.pages:
            out.append(Spacer(1, 6 * mm))
    return out


class _ExhibitMark(_Mark):
    """An exhibit's index entry, under its part (level 2: section, part, exhibit)."""

    def __init__(self, kind: str, key: Any, title: str = "", level: int = 0) -> None:
        super().__init__(kind, key, title, level=2)


def story(head: Letterhead, bundle: CourtBundle, doc: _BundleTemplate) -> list[Flowable]:
    st = styles()
    title = COUNSELLING_DOCUMENT if bundle.of_counselling_notes else DOCUMENT
    out: list[Flowable] = [
        Spacer(1, 30 * mm),
        Text(tr(title), ParagraphStyle("cover", parent=st["title"], fontSize=26, leading=32)),
        Spacer(1, 6 * mm),
        Text(
            translate("Documents", "Case {reference}").format(reference=head.case_reference),
            st["h1"],
        ),
        Text(tr(bundle.person), st["h1"]),
    ]
    if bundle.of_counselling_notes:
        out.append(
            Text(
                translate(
                    "Documents",
                    "A separate bundle, not part of the court bundle: its pages are numbered "
                    "CN1, CN2 … on their own.",
                ),
                st["body"],
            )
        )
    for parts in bundle.court_cases:
        out.append(Text(", ".join(tr(part) for part in parts), st["body"]))
    if bundle.particulars:
        out += [
            Spacer(1, 4 * mm),
            table(
                [translate("Documents", "Particulars"), ""],
                [
                    [tr(name), when(value) if isinstance(value, datetime) else typed(value)]
                    for name, value in bundle.particulars
                ],
                [50 * mm, 120 * mm],
            ),
        ]
    else:
        # Said, not left blank: the court sees what it must be told before the hearing.
        out += [
            Spacer(1, 4 * mm),
            Text(
                translate(
                    "Documents",
                    "Not recorded in the centre's file: the court, the case number, the judge, "
                    "the parties and the hearing date.",
                ),
                st["body"],
            ),
        ]
    out += [
        Spacer(1, 10 * mm),
        Text(
            translate("Documents", "Prepared by {who}, {centre}").format(
                who=bundle.prepared_by, centre=head.centre
            ),
            st["body"],
        ),
        Text(
            # The day in the centre's zone, as every time of the bundle: in UTC the cover
            # said "on 2026-12-05" over a footer "generated … 2026-12-04 21:20 UTC-03".
            translate("Documents", "on {date}").format(
                date=f"{head.generated_at.astimezone(printing_zone()):%Y-%m-%d}"
            ),
            st["body"],
        ),
        *consent_notice(head),
        PageBreak(),
        Text(translate("Documents", "Index"), st["title"]),
        _index_note(bundle),
        Spacer(1, 3 * mm),
        _index(doc),
    ]
    builders = {
        BundleSection.CHRONOLOGY: lambda: _chronology(bundle),
        BundleSection.INCIDENTS: lambda: _incidents(bundle),
        BundleSection.MEDICAL: lambda: _medical(bundle, head.centre),
        BundleSection.FORENSIC: lambda: _forensic(bundle),
        BundleSection.CUSTODY: lambda: _custody(bundle),
        BundleSection.PHOTOGRAPHS: lambda: photographs_part(bundle.photographs, True, _ExhibitMark),
        BundleSection.ORDERS: lambda: _orders(bundle),
        BundleSection.HEARINGS: lambda: _hearings(bundle),
        BundleSection.STATEMENTS: lambda: _statements(bundle),
        BundleSection.COUNSELLING: lambda: _counselling(bundle),
    }
    laid_out = 0
    opened: set[str] = set()
    for section in in_bundle_order(bundle.sections):
        # An empty part is left out: no page of "nothing", no bare table header; a lettered
        # section opens with its first part that has something in it.
        content = builders[section]()
        if content:
            letter = SECTION_LETTERS[section]
            heading = ""
            if section is BundleSection.CHRONOLOGY and not bundle.case_summary.strip():
                # No summary written: the part is not titled as if it held one.
                heading = translate("Documents", "Chronology")
            if letter in opened and _references_only(section, bundle):
                # A part that only names where its documents are (in a medico-legal report
                # above) is a few lines: it follows the part before on its page, its heading
                # kept with its lines (and its mark with its heading), not a page of its own.
                out.append(
                    KeepTogether(
                        [
                            Spacer(1, 6 * mm),
                            _Mark("section", section, tr(section.heading), level=1),
                            Text(tr(section.heading), st["h1"]),
                            *content,
                        ]
                    )
                )
            else:
                out += _section(section, None if letter in opened else letter, heading)
                out += content
            opened.add(letter)
            laid_out += 1
    if not laid_out:
        out.append(
            Text(translate("Documents", "Nothing is recorded in the sections chosen."), st["body"])
        )
    return out


def render_bundle(head: Letterhead, bundle: CourtBundle) -> tuple[bytes, Laid]:
    """The bundle's PDF (placeholders for the statements' pages) and where things landed."""
    out = io.BytesIO()
    with collector.paused():  # its objects hold no cycle (onestop.collector)
        with writing_in(head.language), court_print():
            doc = template(head, out, _BundleTemplate)
        # Bookmarks need each page written as it ends, so "page N of M" cannot wait for the
        # end (as NumberedCanvas does): M is taken from the previous pass, and the passes go
        # on until it no longer moves and the index has settled. One multiBuild: ReportLab
        # clears the marks its layout leaves on flowables between its own passes, not after
        # the last one.
        doc.page_total = 0
        with writing_in(head.language), court_print():
            flowables = [_PageCount(doc), *story(head, bundle, doc)]
            _expect_index(flowables)
            doc.multiBuild(flowables, maxPasses=10)
    laid: Laid = doc.laid
    laid.total_pages = doc.page
    return out.getvalue(), laid
