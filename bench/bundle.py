"""The court bundle benchmark (issue: documents that leave the centre).

A case with about 430 pages of bundle content and 60 photographs (synthetic: Faker text and
generated JPEGs of a camera's size) is written into a temporary vault through the services.
Then, each in a fresh process so that its peak memory is its own, interleaved:

  - ``export``: the legal advocate's export as she waits for it, through the public
    ``ExportService.court_bundle``, every section but counselling, each medical encounter
    in full (reads, decrypting the photographs, checks, layout, writing, audit): time
    (target <= 6 s) and peak RSS (target <= 500 MB);
  - ``onestop``: OneStop's rendering alone (``reports.bundle.render_bundle``) of the same
    content, read through the public services and completed as the export completes it
    (``snapshot``: section A's chronology, encounters in full);
  - ``bare``: the same document drawn by the leanest plain ReportLab code (``bare_render``,
    section D's medico-legal report included):
    one layout pass, given the page count and the index's page numbers from the onestop run,
    each photograph drawn once from its file.

The bench fails unless the three PDFs have the same number of pages, every indexed entry
(each section, each exhibit) starts on the same page in the bare document as in OneStop's, and
every page of the two prints the same words, as pypdf reads them out (``same_text``; the time
of day each process prints and the index's dotted leaders aside), and draws as many images
(``images_by_page``): a part OneStop prints and the bare code does not (a caption, a note, a
photograph) fails it, at the smoke size too.
The ratio onestop / bare is the cost of OneStop's layer (target <= 1.5).
Run with ``make bench`` (``--smoke``: 2 photographs, a dozen pages, one run); results in
bench/results/bundle.json.
"""

from __future__ import annotations

import io
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from faker import Faker
from PIL import Image as PILImage
from PIL import ImageDraw
from pypdf import PdfReader

from common import PINNED_KDF, SMOKE, Run, figure, pin_kdf
from onestop.demo import DemoSeeder
from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.health import BodySide, Injury, Treatment, TreatmentKind
from onestop.domain.roles import Role, Section
from onestop.reports.bundle import DOCUMENT as COURT_BUNDLE
from onestop.reports.bundle import LEFT_OUT_SAID, CourtBundle, render_bundle
from onestop.reports.bundle import LETTERED as LETTERED_TITLES
from onestop.reports.document import Letterhead
from onestop.reports.parts import CAUTION, body_map, body_side
from onestop.services.attachments import AttachmentService
from onestop.services.auth import create_vault, sign_in
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.exports import BundleSection, ExportOptions, ExportService
from onestop.services.exports.bundle import bundle_content, chronology
from onestop.services.exports.pipeline import ExportPipeline
from onestop.services.forensic import ExamDetails, ForensicService
from onestop.services.health import EncounterDetails, HealthService
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.legal import HearingDetails, Hearings, OrderDetails, ProtectionOrders
from onestop.services.users import UserService

ADMIN, PASSWORD = "bench-admin", "benchmark phrase for the vault 2026"
# With the rest, a bundle of 429 pages (smoke: 17) before section D carried the rape's
# medico-legal report (one forensic examination, its review visits and later injuries); with
# it the smoke bundle has 21 pages, the full size was not measured again. The same content
# made about 300 pages when the targets were set, before the court's 12-point text on 1.5
# lines (PD27A) and the captions: the content is kept otherwise, so the figures compare the
# same case from run to run.
PHOTOS, ENCOUNTERS, HEARINGS, RUNS = (2, 3, 10, 1) if SMOKE else (60, 208, 240, 3)
SECTIONS = [s for s in BundleSection if s is not BundleSection.COUNSELLING]
HEADINGS = {str(s.heading) for s in SECTIONS}  # the index's second level (parts)
# PD27A's lettered sections (the index's first level), as OneStop titles them in English.
LETTERED = {letter: f"Section {letter}: {title}" for letter, title in LETTERED_TITLES.items()}
INDEX_NOTE = (
    "Arranged as Practice Direction 27A asks: A preliminary documents (case summary "
    "and chronology); B applications and orders (protection orders, hearings); C "
    "statements; D medical and forensic reports (medical record, forensic "
    "examination, chain of custody); E photographs and exhibits; F other documents "
    "(the centre's incident records). Pages are numbered within each section: A1, "
    "A2 … B1 …; sections with nothing in them are left out. Counselling notes, when "
    "disclosed, are a separate bundle (CN1 …)."
)


# How its baselines are checked to do the same work as what they are compared with (the
# assertions named are in this file): read by bench/report.py into the report.
BASELINES = (
    "OneStop's rendering (render_bundle) beside plain ReportLab drawing the same document in "
    "one pass, given the page count and the index's pages from OneStop's run (the work "
    "OneStop does to find them is its own). Asserted: the export, OneStop's and the bare PDF "
    "have as many pages; every index entry lands on the same page (`moved`); every page prints "
    "the same words (`same_text`) and draws as many images (`images_by_page`)."
)


def level_of(title: str) -> int:
    """An index entry's level: a lettered section, a part, or an exhibit."""
    if title in LETTERED.values():
        return 0
    return 1 if title in HEADINGS else 2


# Each encounter in full (the advocate's choice; the default is one summary table): the
# bundle the targets were set for.
IN_FULL = True


def photograph(rng: random.Random, n: int) -> bytes:
    """A 1600 x 1200 JPEG with shapes and noise, about the weight of a phone's photograph."""
    img = PILImage.effect_noise((1600, 1200), 40).convert("RGB")
    draw = ImageDraw.Draw(img)
    for _ in range(30):
        x, y = rng.randrange(1500), rng.randrange(1100)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.ellipse((x, y, x + rng.randrange(40, 300), y + rng.randrange(40, 300)), fill=colour)
    draw.text((40, 40), f"exhibit {n}", fill=(255, 255, 255))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85)
    return out.getvalue()


def build(folder: Path) -> tuple[Path, str, dict[str, tuple[str, str]], str]:
    """A vault with one case holding the bundle's content; its accounts by role."""
    path = folder / "vault"
    create_vault(path, ADMIN, PASSWORD)
    with sign_in(path, ADMIN, PASSWORD) as admin:
        data = DemoSeeder(admin).seed(1, seed=7)
        accounts = {a.role.value: (a.username, a.password) for a in data.accounts}
        staff = {m.username: m.display_name for m in UserService(admin).list()}
    clinician_name = staff[accounts[Role.CLINICIAN.value][0]]
    fake, rng = Faker(), random.Random(7)
    Faker.seed(7)
    now = datetime.now(UTC).replace(microsecond=0)
    incident_at = now - timedelta(days=ENCOUNTERS + 10)
    with sign_in(path, *accounts[Role.CASEWORKER.value]) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(name=fake.name_female())).reference
        incidents = [
            IncidentService(cw)
            .record(
                ref,
                IncidentDetails(
                    IncidentTime.exact(incident_at - timedelta(days=30 * n)),
                    GbvType.PHYSICAL_ASSAULT if n else GbvType.RAPE,
                    IncidentContext.INTIMATE_PARTNER,
                    place=fake.city(),
                    description=fake.paragraph(nb_sentences=12),
                ),
            )
            .incident_id
            for n in range(5)
        ]
        ledger = ConsentService(cw)
        for purpose in (Purpose.USE_IN_COURT, Purpose.PHOTOGRAPHY):
            ledger.record(ref, purpose, Decision.GIVEN, decided_at=now - timedelta(days=29))
    with sign_in(path, *accounts[Role.CLINICIAN.value]) as clinician:
        health = HealthService(clinician)
        for n in range(ENCOUNTERS):
            seen = incident_at + timedelta(hours=20 + 24 * n)
            health.record(
                ref,
                EncounterDetails(
                    seen_at=seen,
                    incident_id=incidents[n % len(incidents)],
                    history=fake.paragraph(nb_sentences=25),
                    examination=fake.paragraph(nb_sentences=10),
                    injuries=tuple(
                        Injury(
                            i + 1,
                            "Bruise",
                            "3 x 2 cm",
                            fake.sentence(),
                            BodySide.FRONT,
                            round(rng.uniform(0.2, 0.8), 3),
                            round(rng.uniform(0.1, 0.9), 3),
                        )
                        for i in range(3)
                    ),
                    treatments=(Treatment(TreatmentKind.TETANUS, seen + timedelta(minutes=30)),),
                ),
            )
        # The rape's forensic examination, at its first encounter's visit, with her opinion:
        # section D carries its medico-legal report (no specimen, no photograph of it). Its
        # words from a Faker of its own: the rest of the case stays as it was written before.
        words = Faker()
        words.seed_instance(23)
        ForensicService(clinician).open_exam(
            ref,
            ExamDetails(
                clinician_name,
                incident_at + timedelta(hours=20),
                incidents[0],
                notes=words.paragraph(nb_sentences=6),
                examined_by=accounts[Role.CLINICIAN.value][0],
                opinion=words.paragraph(nb_sentences=5),
            ),
        )
        files = AttachmentService(clinician)
        for n in range(1, PHOTOS + 1):
            files.add(
                ref,
                Section.HEALTH,
                photograph(rng, n),
                "image/jpeg",
                title=f"Injury photograph {n}",
                taken_at=now - timedelta(days=28) + timedelta(hours=n),
            )
    with sign_in(path, *accounts[Role.LEGAL_ADVOCATE.value]) as advocate:
        for n in range(HEARINGS):
            Hearings(advocate).record(
                ref,
                HearingDetails(
                    now - timedelta(days=HEARINGS + 1 - n),
                    "Central Magistrates' Court",
                    fake.sentence(nb_words=12),
                    fake.sentence(nb_words=16),
                ),
            )
        for n in range(10):
            issued = (incident_at + timedelta(days=ENCOUNTERS // 10 * n)).date()
            ProtectionOrders(advocate).record(
                ref,
                OrderDetails(
                    "Non-molestation",
                    issued,
                    issued + timedelta(days=365),
                    fake.paragraph(nb_sentences=4),
                ),
            )
    return path, ref, accounts, clinician_name


# -- the snapshot, from public services --


def bare_render(
    head: Letterhead,
    bundle: CourtBundle,
    total: int,
    index: list[tuple[int, str, int, str]],
    labels: dict[int, str],
) -> tuple[bytes, dict[str, int]]:
    """The same document drawn by the leanest plain ReportLab code: one layout pass, the page
    count and the index's page numbers given (as a program that knew them would have them),
    each photograph drawn once from its JPEG file (ReportLab names an image given by file
    name without decoding it), plain Paragraphs and Tables in the same page frame and with
    the same fonts, sizes and column widths. Returns the PDF and where each indexed entry
    landed, to compare with OneStop's."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Flowable,
        Frame,
        Image,
        KeepTogether,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )
    from reportlab.platypus.tableofcontents import TableOfContents

    from onestop.clock import printed, printing_zone
    from onestop.reports import fonts
    from onestop.reports.text import plain

    assert not head.without_consent, "the bench's case consents: no notice drawn here"
    fonts.register()
    width, height = A4
    margin, header, footer = 20 * mm, 14 * mm, 16 * mm
    bottom = margin + footer - 8 * mm
    grey, rule = HexColor("#555555"), HexColor("#999999")
    # A court's print (PD27A): 12-point body text at 1.5 line spacing, tables at 9.5 points.
    body = ParagraphStyle("body", fontName=fonts.BODY, fontSize=12, leading=18)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=grey)
    cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=13.5)
    lab = ParagraphStyle("label", parent=body, fontName=fonts.BOLD, fontSize=10)
    title = ParagraphStyle(
        "title", parent=body, fontName=fonts.BOLD, fontSize=18, leading=22, spaceAfter=6
    )
    h1 = ParagraphStyle(
        "h1",
        parent=body,
        fontName=fonts.BOLD,
        fontSize=14,
        leading=18,
        spaceBefore=10,
        spaceAfter=4,
        keepWithNext=1,
    )
    h2 = ParagraphStyle(
        "h2",
        parent=body,
        fontName=fonts.BOLD,
        fontSize=12.5,
        leading=17,
        spaceBefore=6,
        spaceAfter=2,
        keepWithNext=1,
    )
    toc = [
        ParagraphStyle("toc0", parent=body, fontName=fonts.BOLD, fontSize=12, leading=20),
        ParagraphStyle("toc1", parent=body, fontSize=11, leading=16, leftIndent=8 * mm),
        ParagraphStyle("toc2", parent=body, fontSize=10, leading=14, leftIndent=16 * mm),
    ]

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        # OneStop's marks around a name set into a sentence are for its layout: the bare
        # document prints the name alone, as OneStop does (reports.text.plain).
        return Paragraph(escape(plain(text)), style)

    def grid(
        header_row: list[str],
        rows: list[list[str]],
        widths: list[float],
        style: ParagraphStyle | None = None,
    ) -> Table:
        body_cell = style or cell
        t = Table(
            [[p(h, lab) for h in header_row], *[[p(c, body_cell) for c in row] for row in rows]],
            colWidths=widths,
            repeatRows=1,
        )
        t.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.75, rule),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, rule),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return t

    def day(at: Any) -> str:
        return printed(at) if at else "not recorded"  # the same words, so the same wraps

    class Landed(Flowable):  # type: ignore[misc]
        """Takes no room; notes the page an indexed entry starts on (for the check)."""

        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            landed[self.key] = self.canv.getPageNumber()

    landed: dict[str, int] = {}
    zone = printing_zone().key
    generated = f"Generated by {head.generated_by} on {printed(head.generated_at)} · {zone}"
    doc_title = f"Court bundle {head.case_reference}"

    def decorate(canvas: Any, doc: Any) -> None:
        top = height - margin + header - 6 * mm
        canvas.saveState()
        canvas.setFont(fonts.BODY, 8)
        canvas.drawString(margin, top, head.centre)
        canvas.setFont(fonts.BOLD, 8)
        canvas.drawRightString(width - margin, top - 7, "CONFIDENTIAL")
        canvas.setFont(fonts.BODY, 8)
        canvas.drawRightString(width - margin, top - 17, doc_title)
        canvas.setLineWidth(0.5)
        canvas.line(margin, top - 21, width - margin, top - 21)
        canvas.line(margin, footer - 3 * mm, width - margin, footer - 3 * mm)
        canvas.drawString(margin, footer - 5 * mm, generated)
        n = canvas.getPageNumber()
        canvas.drawRightString(width - margin, footer - 8 * mm, f"Page {n} of {total}")
        canvas.restoreState()

    class LabelledDoc(BaseDocTemplate):  # type: ignore[misc]
        def handle_pageEnd(self) -> None:  # the section page (A1 …), given, as OneStop draws it
            label = labels.get(self.page)
            if label:
                self.canv.setFont(fonts.BOLD, 12)
                self.canv.drawRightString(width - margin, footer, label)
            super().handle_pageEnd()

    story: list[Any] = [
        Spacer(1, 30 * mm),
        p("Court bundle", ParagraphStyle("cover", parent=title, fontSize=26, leading=32)),
        Spacer(1, 6 * mm),
        p(f"Case {head.case_reference}", h1),
        p(bundle.person, h1),
        *[p(", ".join(parts)) for parts in bundle.court_cases],
    ]
    if bundle.particulars:
        story += [
            Spacer(1, 4 * mm),
            grid(
                ["Particulars", ""],
                [[k, day(v) if isinstance(v, datetime) else v] for k, v in bundle.particulars],
                [50 * mm, 120 * mm],
            ),
        ]
    story += [
        Spacer(1, 10 * mm),
        p(f"Prepared by {bundle.prepared_by}, {head.centre}"),
        p(f"on {head.generated_at:%Y-%m-%d}"),
        PageBreak(),
        p("Index", title),
        p(INDEX_NOTE, small),
        Spacer(1, 3 * mm),
    ]

    # ReportLab's own table of contents with its dotted leaders, as OneStop prints it, given
    # its entries (one pass: no build to collect them) and each page's section label.
    class Index(TableOfContents):  # type: ignore[misc]
        """As OneStop's: no section's line last on a page, the next headed "continued"."""

        def split(self, aW: float, aH: float) -> list[Any]:
            levels = [level for level, *_ in self._lastEntries]
            parts = self._table.splitOn(self.canv, aW, aH)
            while len(parts) == 2:
                rows = len(parts[0]._cellvalues)
                if not (1 < rows <= len(levels) and levels[rows - 1] == 0):
                    break
                aH -= self._table._rowHeights[rows - 1]
                parts = self._table.splitOn(self.canv, aW, aH)
            if len(parts) != 2:
                return parts  # type: ignore[no-any-return]
            rest = Index(dotsMinLevel=self.dotsMinLevel, levelStyles=self.levelStyles)
            rest.formatter = self.formatter
            rest._lastEntries = self._lastEntries[len(parts[0]._cellvalues) :]
            return [parts[0], PageBreak(), p("Index (continued)", title), rest]

    toc_table = Index(dotsMinLevel=0, levelStyles=toc)
    toc_table.formatter = lambda page: {pg: label for _, _, pg, label in index}.get(page, str(page))
    toc_table._lastEntries = [(level, plain(text), page, None) for level, text, page, _ in index]
    story.append(toc_table)

    opened: set[str] = set()

    class KeptIfItFits(KeepTogether):  # type: ignore[misc]
        """As OneStop's: moved to the next page only when it fits on one."""

        def wrap(self, aW: float, aH: float) -> tuple[float, float]:
            size = super().wrap(aW, aH)
            self._H -= sum(0xFFFFFF - f._H for f in self._content if isinstance(f, KeepTogether))
            return size  # type: ignore[no-any-return]

        def split(self, aW: float, aH: float) -> list[Any]:
            if getattr(self, "_wrapInfo", None) != (aW, aH):
                self.wrap(aW, aH)
            frame = getattr(self, "_frame", None)
            if (
                frame is not None
                and (frame._height - frame._topPadding - frame._bottomPadding) < self._H
            ):
                return [self.NullActionFlowable(), *self._content]
            if aH >= self._H:  # it fits where it is (as OneStop's, d60a757)
                return [self.NullActionFlowable(), *self._content]
            return super().split(aW, aH)  # type: ignore[no-any-return]

    def section(heading: str, letter: str, style: ParagraphStyle = h1) -> None:
        story.append(PageBreak())
        if letter not in opened:  # the first part of a lettered section opens it
            opened.add(letter)
            story.extend([Landed(LETTERED[letter]), p(LETTERED[letter], title)])
        story.extend([Landed(heading), p(heading, style)])

    # The bench's case records no specimen or scanned statement, and
    # OneStop leaves an empty section out: so does this.
    assert not (bundle.specimens or bundle.statements), "not drawn here"
    assert bundle.encounters_in_full and not bundle.case_summary, "not drawn here"
    if bundle.chronology:
        # No summary typed: the part's own heading says it. A table longer than the page
        # starts under its headings, as OneStop lays it out (reports.document's
        # HeadingsWithStart): plain ReportLab does that when the heading is not kept with it.
        section("Chronology", "A", ParagraphStyle("h1-flow", parent=h1, keepWithNext=0))
        story += [
            grid(
                ["Date", "Event"],
                [
                    [
                        day(c.at)
                        if isinstance(c.at, datetime)
                        else (c.at.isoformat() if c.at else "not known"),
                        c.event,
                    ]
                    for c in bundle.chronology
                ],
                [45 * mm, 125 * mm],
                body,  # a preliminary document: 12 point on 1.5 lines, as OneStop prints it
            ),
        ]
    if bundle.orders:
        section("Protection orders", "B")
        story.append(
            grid(
                ["Order", "Issued", "Expires", "Status", "Conditions"],
                [
                    [
                        o.order_type,
                        o.issued_on.isoformat(),
                        o.expires_on.isoformat() if o.expires_on else "no expiry",
                        "in force" if o.in_force else "not in force",
                        o.conditions,
                    ]
                    for o in bundle.orders
                ],
                [34 * mm, 25 * mm, 25 * mm, 24 * mm, 62 * mm],
            )
        )
    if bundle.hearings:
        section("Hearings", "B")
        story.append(
            grid(
                ["Date", "Court", "Purpose", "Outcome"],
                [[day(h.held_at), h.court, h.purpose, h.outcome] for h in bundle.hearings],
                [42 * mm, 40 * mm, 42 * mm, 46 * mm],
            )
        )

    def encounter(n: int, e: Any, heading: str = "") -> list[Any]:
        """One medical encounter in full, as ``parts.encounters_part`` draws it (``heading``:
        the one examination a medico-legal report is on)."""
        seen = f"Seen on {day(e.seen_at)}; recorded by {e.recorded_by}."
        if e.recorded_at is not None:
            seen += f" Recorded at {day(e.recorded_at)}."
        if e.amended_by and e.amended_at is not None:
            seen += f" Amended by {e.amended_by} at {day(e.amended_at)}."
        out: list[Any] = [
            p(heading or f"Examination {n}", h1),
            p(seen),
            p("History as given", h2),
            p(e.history or "—"),
            p("Findings", h2),
            p(e.examination or "—"),
        ]
        if e.injuries:
            out += [
                p("Injuries", h2),
                grid(
                    ["No.", "Injury", "Size", "Description", "View", "Side"],
                    [
                        [
                            str(i.number),
                            i.kind,
                            i.size,
                            i.description,
                            i.side.value.capitalize(),
                            body_side(i),  # her left or right: content, not the layer
                        ]
                        for i in sorted(e.injuries, key=lambda i: i.number)
                    ],
                    [12 * mm, 30 * mm, 20 * mm, 76 * mm, 16 * mm, 16 * mm],
                ),
                Spacer(1, 3 * mm),
                KeepTogether(  # the map with its caption on one page, as OneStop keeps them
                    [
                        body_map(e.injuries),  # the same drawing: its shapes are content
                        p(
                            (
                                "Body map of this examination: the injuries recorded when she "
                                "was seen "
                                if heading
                                else f"Body map of examination {n}: the injuries recorded when "
                                "she was seen "
                            )
                            + f"on {day(e.seen_at)}.",
                            cell,
                        ),
                    ]
                ),
            ]
        if e.treatments:
            out += [
                p("Treatment", h2),
                grid(
                    ["Treatment", "Given", "From the incident", "Notes"],
                    [[str(t.label), day(t.given_at), str(t.timing), t.notes] for t in e.treatments],
                    [35 * mm, 32 * mm, 50 * mm, 53 * mm],
                ),
            ]
        if e.follow_ups:
            out += [
                p("Follow-up", h2),
                grid(
                    ["Due", "For"],
                    [[day(at), purpose] for at, purpose in e.follow_ups],
                    [35 * mm, 135 * mm],
                ),
            ]
        return out

    def pairs(rows: list[tuple[str, str]]) -> Table:
        t = Table(
            [[p(k, lab), [p(line) for line in v.split("\n")]] for k, v in rows],
            colWidths=[55 * mm, 115 * mm],
        )
        t.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, rule),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return t

    def forensic(
        x: Any, n: int, opinion_style: ParagraphStyle | None, heading: str = ""
    ) -> list[Any]:
        """A forensic examination with no specimens, its opinion under ``opinion_style``
        (``heading``: the one a medico-legal report is on)."""
        out: list[Any] = [
            p(heading or f"Forensic examination {n}", h1),
            p(f"By {x.examiner}, started {day(x.started_at)}."),
        ]
        if x.notes:
            out.append(p(x.notes))
        return out + (opinion(x.opinion, opinion_style) if opinion_style else [])

    def opinion(text: str, style: ParagraphStyle) -> list[Any]:
        return [
            p("The examiner's opinion", style),
            p(text),
            Spacer(1, 3 * mm),
            p(str(CAUTION), small),
        ]

    def medico_legal(heading: str, r: Any) -> list[Any]:
        """The medico-legal report, as ``reports.medicolegal.story`` draws it, for the bench's
        case: one examination with an opinion, no specimen, no photograph of the incident, no
        further examination."""
        assert r.opinion.strip() and not (r.photographs or r.further_exams), "not drawn here"
        assert not any(x.specimens for x in r.exams), "not drawn here"
        assert r.examiner.on_staff, "not drawn here"
        examiner = r.examiner
        # The incident's one examination: headed by when, as ``examination_heading`` does.
        seen = r.examination.seen_at if r.examination else r.examined_at
        forensic_at = r.exams[0].started_at if r.exams else r.examined_at
        recorders = ", ".join(r.recorded_by)
        out: list[Any] = [
            p(heading, title),
            pairs(
                [
                    ("Report number", r.number or "—"),
                    ("Version", str(r.version)),
                    ("The person examined", str(r.person)),
                    ("Incident", str(r.incident)),
                    ("Examined", day(r.examined_at)),
                    ("Time from incident to examination", str(r.elapsed) or "not known"),
                    ("Prepared", str(r.purpose)),
                    (
                        "Examiner",
                        "\n".join(
                            x
                            for x in (
                                examiner.name,
                                examiner.qualifications,
                                examiner.registration_number,
                            )
                            if x
                        ),
                    ),
                    (
                        "Centre",
                        "\n".join(
                            x for x in (head.centre, r.centre_address, r.centre_contact) if x
                        ),
                    ),
                ]
            ),
        ]
        if r.prepared_by:
            out.append(
                p(
                    f"Prepared by {r.prepared_by} from the examination by {examiner.name}, "
                    f"recorded by {recorders}."
                    if r.recorded_by
                    else f"Prepared by {r.prepared_by} from the examination recorded by "
                    f"{examiner.name}."
                )
            )
        out.append(p("Her consents", h1))
        if not r.consents:
            out.append(p("No consent is recorded in the ledger."))
        else:
            out += [
                p("Her decisions as they stood when she was examined; none taken after it."),
                grid(
                    ["Consent to", "Decision", "When", "Given by"],
                    [
                        [
                            str(c.purpose),
                            str(c.decision),
                            (day(c.decided_at) + (" *" if c.before_incident else ""))
                            if c.decided_at is not None
                            else "—",
                            str(c.given_by) or "—",
                        ]
                        for c in r.consents
                    ],
                    [55 * mm, 30 * mm, 35 * mm, 50 * mm],
                ),
            ]
            if any(c.before_incident for c in r.consents):
                out.append(
                    p(
                        "* Recorded before this incident happened: it may have been given for "
                        "an earlier examination. Confirm with her that it covers this one.",
                        small,
                    )
                )
        if r.examination is not None:
            out += encounter(1, r.examination, f"Examination on {day(seen)}")
        later = r.later_injuries
        if r.examination is None or not r.examination.injuries:
            out.append(
                p(
                    "No injuries were recorded at this examination."
                    if later or r.later_left_out or r.examination is None
                    else "No injuries were recorded at this examination or at the later "
                    "visits for this incident."
                )
            )
        if later:
            # Padded 3 pt a side, its columns cut as OneStop's (the time seen on one line).
            injuries = grid(
                ["No.", "Seen", "Injury", "Size", "Description", "View", "Side"],
                [
                    [
                        str(x.injury.number),
                        day(x.seen_at),
                        x.injury.kind,
                        x.injury.size,
                        x.injury.description,
                        x.injury.side.value.capitalize(),
                        body_side(x.injury),
                    ]
                    for x in later
                ],
                [10 * mm, 31 * mm, 19 * mm, 16 * mm, 65 * mm, 14 * mm, 15 * mm],
            )
            injuries.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 3),
                                          ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))  # fmt: skip
            out += [p("Injuries recorded at later visits", h2), injuries, Spacer(1, 3 * mm)]
            first, last = day(later[0].seen_at), day(later[-1].seen_at)
            if len(later) > 40:  # more markers than a map can show: said, kept whole
                out.append(
                    KeepTogether(
                        p(
                            f"No body map is drawn of the {len(later)} injuries recorded at "
                            f"later visits, from {first} to {last}: more than 40 markers "
                            "cannot be read on one map. Each is in the table above, with its "
                            "view and side."
                        )
                    )
                )
            else:
                out.append(
                    KeepTogether(
                        [
                            body_map([x.injury for x in later]),
                            p(
                                f"Body map of the injuries recorded at later visits, from "
                                f"{first} to {last} (not of the forensic examination).",
                                cell,
                            ),
                        ]
                    )
                )
        if r.later_left_out:
            count = len(r.later_left_out)
            visits = "1 later visit" if count == 1 else f"{count} later visits"
            listed = "That visit is" if count == 1 else "Those visits are"
            dates = ", ".join(day(at) for at in r.later_left_out)
            out += [
                Spacer(1, 3 * mm),
                p(
                    f"Injuries recorded at {visits} more than {r.later_window_days} days "
                    f"after the examination ({dates}) are not shown with this incident's "
                    "injuries: by then its injuries have usually healed, and what is seen may "
                    f"have another cause. {listed} listed under Later review visits."
                ),
            ]
        out += [
            p("Ano-genital examination", h2),
            p(
                "No ano-genital findings are recorded on a diagram for this examination; "
                "whether these regions were examined, and what was found, is only as the "
                "findings above say."
            ),
        ]
        for n, x in enumerate(r.exams, start=1):
            out += forensic(x, n, None, f"Forensic examination on {day(forensic_at)}")
        out += opinion(r.opinion, h1)
        if r.reviews:
            # Each visit's findings on one line, cut at a word to 160 characters with "…";
            # when any is cut, a sentence says how many, kept with the table's start.
            shown, cut = [], 0
            for v in r.reviews:
                flat = " ".join(v.findings.split())
                if len(flat) > 160:
                    start = flat[:159]
                    flat = (start.rsplit(" ", 1)[0] if " " in start else start).rstrip(
                        " ,;:."
                    ) + "…"
                    cut += 1
                shown.append(flat)
            reviews = grid(
                ["Seen", "Recorded by", "Findings", "Treatment"],
                [
                    [
                        day(v.seen_at),
                        v.recorded_by,
                        text or "—",
                        ", ".join(str(t) for t in v.treatments) or "—",
                    ]
                    for v, text in zip(r.reviews, shown, strict=True)
                ],
                [31 * mm, 28 * mm, 85 * mm, 26 * mm],
            )
            reviews.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 3),
                                         ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))  # fmt: skip
            # Longer than a page: it starts under its heading (and the sentence), as OneStop
            # lays it out (see the chronology's heading below): plain ReportLab does that
            # when neither is kept with the table.
            heading = ParagraphStyle("h1-reviews", parent=h1, keepWithNext=0)
            out.append(p("Later review visits", heading))
            if cut:
                out.append(
                    p(
                        f"{len(r.reviews)} later review visits for this incident, in a summary: "
                        f"the findings of {cut} of them are shortened here (marked …). The full "
                        "findings of each visit are in its encounter record in the case's "
                        "health records, dated as below."
                    )
                )
            out.append(reviews)
        if r.records:
            out += [
                p("Recorded and amended", h1),
                grid(
                    ["Record", "Recorded by", "Recorded at", "Amended by", "Amended at"],
                    [
                        [
                            str(x.record),
                            x.recorded_by,
                            day(x.recorded_at),
                            x.amended_by or "—",
                            day(x.amended_at) if x.amended_by else "—",
                        ]
                        for x in r.records
                    ],
                    [40 * mm, 32 * mm, 33 * mm, 32 * mm, 33 * mm],
                ),
            ]
        credentials = examiner.qualifications
        name = f"{examiner.name} ({credentials})" if credentials else examiner.name
        signature = (
            f"{escape('Signature:')} ______________________________ &nbsp;&nbsp; "
            f"{escape('Date:')} ____________"
        )
        return [
            *out,
            Spacer(1, 8 * mm),
            KeepTogether(
                [
                    p("Declaration and statement of truth", h1),
                    p(
                        f"I, {name}, examined the person named in this report and made the "
                        f"findings it records; they were recorded by {recorders}, at the times "
                        "shown under Recorded and amended."
                        if r.recorded_by
                        else f"I, {name}, examined the person named in this report, made the "
                        "findings it records and recorded them at the times shown."
                    ),
                    Spacer(1, 2 * mm),
                    p(
                        "I believe that the facts stated in this report are true. I understand "
                        "that my duty is to the court, and that proceedings for contempt of "
                        "court may be brought against anyone who makes, or causes to be made, a "
                        "false statement in a document verified by a statement of truth "
                        "without an honest belief in its truth."
                    ),
                    Spacer(1, 10 * mm),
                    Paragraph(signature, body),
                    Spacer(1, 3 * mm),
                    p(f"Name: {examiner.name}"),
                    p(f"Qualifications: {examiner.qualifications or '________________'}"),
                    p(f"Registration number: {examiner.registration_number or '________________'}"),
                ]
            ),
        ]

    # Section D: each examined incident's medico-legal report (a document of its own, each
    # after the first on a new page), then the reports left out, then the other encounters.
    included = [m for m in bundle.medico_legal if m.report is not None]
    drawn = {(m.incident, m.examination_seen_at) for m in included}
    numbers = list(bundle.encounter_incidents) or [None] * len(bundle.encounters)
    others = [
        e for e, n in zip(bundle.encounters, numbers, strict=True) if (n, e.seen_at) not in drawn
    ]
    if bundle.encounters or bundle.medico_legal:
        section("Medical report", "D")
    for k, m in enumerate(included):
        if k:
            story.append(PageBreak())
        entry = f"Medico-legal report for incident {m.incident}"
        landed_as = f"{entry} ({m.report.number}, version {m.report.version})"
        story += [Landed(landed_as), *medico_legal(entry, m.report)]
    rest: list[Any] = []
    for m in bundle.medico_legal:
        if m.report is None:
            why = {str(k): str(v) for k, v in LEFT_OUT_SAID.items()}[str(m.left_out)]
            entry = f"Medico-legal report for incident {m.incident}: {m.left_out}"
            rest.append(KeepTogether([Landed(entry), p(entry, h2), p(why)]))
    if others and included:
        rest.append(
            KeepTogether(
                [
                    Landed("Medical encounters"),
                    p("Medical encounters", h1),
                    *[
                        p(
                            f"The examination for incident {m.incident}, seen on "
                            f"{day(m.examination_seen_at)}, is drawn in full in its "
                            f"medico-legal report ({m.report.number}) and is not repeated here."
                        )
                        for m in included
                        if m.examination_seen_at is not None
                    ],
                ]
            )
        )
    for n, e in enumerate(others, start=1):
        rest += encounter(n, e)
    if rest and included:
        story.append(PageBreak())
    story += rest
    if bundle.exams:
        # An examination a report above draws in full is named in a line, not drawn again;
        # a part of only such lines follows the part before on its page (its heading kept
        # with its lines), as OneStop lays it out.
        others = []
        lines: list[Any] = []
        for x in bundle.exams:
            m = next((m for m in included for y in m.report.exams if y == x), None)
            if m is None:
                others.append(x)
                continue
            lines.append(
                p(
                    f"The forensic examination for incident {m.incident}, started "
                    f"{day(x.started_at)}, is in its medico-legal report ({m.report.number}) "
                    "in full, with its specimens, their chain of custody and the examiner's "
                    "opinion, and is not repeated here."
                )
            )
        if not others and "D" in opened:
            opening = [Spacer(1, 6 * mm), Landed("Forensic report"), p("Forensic report", h1)]
            story.append(KeepTogether(opening + lines))
        else:
            section("Forensic report", "D")
            story += lines
        if others and lines:
            story.append(Spacer(1, 2 * mm))
        for n, x in enumerate(others, start=1):
            story += forensic(x, n, h2)
    folder = Path(tempfile.mkdtemp(prefix="bench-photos-"))
    try:
        if bundle.photographs:
            section("Photographs (exhibits)", "E")
        for photo in bundle.photographs:
            with PILImage.open(io.BytesIO(photo.data)) as img:
                w, h = img.size  # the header only
            scale = min(120 * mm / w, 90 * mm / h)
            jpeg = folder / f"{photo.number}.jpg"
            jpeg.write_bytes(photo.data)
            image = Image(str(jpeg), width=w * scale, height=h * scale)
            image.hAlign = "LEFT"
            name = f"Exhibit P{photo.number}"
            missing = "Not recorded"
            story.append(
                KeepTogether(  # the index mark kept with its picture, as OneStop keeps it
                    [
                        Landed(f"{name}. {photo.title}"),
                        image,
                        p(f"{name}. {photo.title or 'Untitled'}", lab),
                        p(
                            f"Taken by: {photo.taken_by or missing} · When: "
                            f"{day(photo.taken_at) if photo.taken_at else missing} · "
                            f"Body site: {photo.body_site or missing} · Injury number: "
                            f"{missing if photo.injury_number is None else photo.injury_number}",
                            cell,
                        ),
                        p(f"SHA-256 of the original: {photo.sha256}", small),
                        Spacer(1, 4 * mm),
                    ]
                )
            )
        if bundle.incidents:
            section("Incident summary", "F")
        for n, i in enumerate(bundle.incidents, start=1):
            yes_no = {None: "not known", True: "yes", False: "no"}[i.reported_to_police]
            top = [
                p(f"Incident {n}", h1),
                grid(
                    ["When", "Type", "Context", "Reported to police"],
                    [[str(i.when), str(i.kind), str(i.context), yes_no]],
                    [50 * mm, 45 * mm, 40 * mm, 35 * mm],
                ),
            ]
            if i.place:
                top += [p("Place", h2), p(i.place)]
            block: list[Any] = [KeepTogether(top)]
            if i.description:
                block += [p("Account", h2), p(i.description)]
            story.append(KeptIfItFits(block))  # kept together as OneStop keeps it
        out = io.BytesIO()
        doc = LabelledDoc(
            out,
            pagesize=A4,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin + header,
            bottomMargin=bottom,
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
        doc.build(story)  # one pass
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return out.getvalue(), landed


# -- the measured processes --


def snapshot(path: Path, ref: str, account: tuple[str, str]) -> tuple[Letterhead, CourtBundle]:
    with sign_in(path, *account) as advocate:
        case = CaseService(advocate).get(ref)
        bundle, _ = bundle_content(advocate, ref, case, SECTIONS)  # the snapshot it renders
        # As the export completes it (court_bundle): section A's chronology, no summary typed.
        bundle = replace(bundle, encounters_in_full=IN_FULL, chronology=chronology(advocate, ref))
        options = ExportOptions(path.parent)
        head = ExportPipeline(advocate).letterhead(options, COURT_BUNDLE, ref, "")
    return head, bundle


def measure(
    kind: str, path: Path, ref: str, user: str, password: str, extra: str
) -> dict[str, Any]:
    account = (user, password)
    result: dict[str, Any] = {}
    if kind == "export":
        with sign_in(path, *account) as advocate:
            out = Path(tempfile.mkdtemp(dir=path.parent))
            start = time.perf_counter()
            done = ExportService(advocate).court_bundle(
                ref,
                ExportOptions(out, beyond_page_limit=True),  # past PD27A's 350: on purpose
                SECTIONS,
                encounters_in_full=IN_FULL,
            )
            seconds = time.perf_counter() - start
            size = done.size
        pages = len(PdfReader(done.path).pages)
        shutil.rmtree(out)
    else:
        layout = json.loads(Path(extra).read_text()) if kind == "bare" else {}
        head, bundle = snapshot(path, ref, account)
        if kind == "onestop":
            start = time.perf_counter()
            pdf, laid = render_bundle(head, bundle)
            seconds = time.perf_counter() - start
            pages = laid.total_pages
            # The index as OneStop laid it out, for the bare run to be given.
            result["index"] = [
                (level_of(t), t, page, laid.page_labels.get(page, str(page)))
                for t, page in laid.sections.items()
            ]
            result["labels"] = laid.page_labels
        else:
            index = [tuple(entry) for entry in layout["index"]]
            start = time.perf_counter()
            labels = {int(k): v for k, v in layout["labels"].items()}
            pdf, landed = bare_render(head, bundle, layout["pages"], index, labels)  # type: ignore[arg-type]
            seconds = time.perf_counter() - start
            pages = len(PdfReader(io.BytesIO(pdf)).pages)
            result["landed"] = landed
        size = len(pdf)
    result.update({"seconds": seconds, "peak_rss_mb": peak_rss_mb(), "pages": pages, "bytes": size})
    if kind != "export":  # kept, after the timing, for the text check (same_text)
        (path.parent / f"{kind}.pdf").write_bytes(pdf)
    return result


# Not compared: the time of day in "Generated …" at each page's foot (each process prints
# its own), and the index's dotted leaders (both draw them; how many dots fit after a title
# depends on how its width was measured, a dot or two apart).
UNCOMPARED = re.compile(r"\d{1,2}:\d{2}|\.+")


def words_by_page(pdf: Path) -> list[Counter[str]]:
    """Each page's words as pypdf reads them out, counted (the order a layout puts them in
    is not compared: the same words on the same page is), less the time of day each
    process printed and the dotted leaders (UNCOMPARED)."""
    return [
        Counter(w for w in page.extract_text().split() if not UNCOMPARED.fullmatch(w))
        for page in PdfReader(pdf).pages
    ]


def same_text(onestop: Path, bare: Path) -> list[tuple[int, str]]:
    """The pages whose words differ between the two documents, each with what differs (words
    only in OneStop's, then only in the bare one's): empty when both print the same words on
    the same pages."""
    out: list[tuple[int, str]] = []
    for n, (o, b) in enumerate(zip(words_by_page(onestop), words_by_page(bare), strict=True), 1):
        if o != b:
            out.append(
                (n, f"+{sorted((o - b).elements())[:40]} -{sorted((b - o).elements())[:40]}")
            )
    return out


def images_by_page(pdf: Path) -> list[int]:
    """How many images each page draws (the image XObjects of its resources, as ReportLab
    writes them: one for each picture on the page)."""
    out = []
    for page in PdfReader(pdf).pages:
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources is not None else None
        found = xobjects.get_object().values() if xobjects is not None else []
        out.append(sum(1 for x in found if x.get_object().get("/Subtype") == "/Image"))
    return out


def peak_rss_mb() -> float:
    """This process's peak resident memory since it started (VmHWM: unlike ru_maxrss, not
    inherited from the process that started it)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child(kind: str, path: Path, ref: str, account: tuple[str, str], extra: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    run = subprocess.run(
        [sys.executable, __file__, "--measure", kind, str(path), ref, account[0], extra],
        input=account[1] + "\n",  # the (synthetic) password on stdin, as the CLI takes it
        capture_output=True,
        text=True,
        env=env,
    )
    if run.returncode != 0:
        raise SystemExit(f"the {kind} run failed:\n{run.stderr}")
    result: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    pin_kdf()
    run = Run("bundle")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ONESTOP_HOME"] = str(Path(tmp) / "home")
        start = time.perf_counter()
        path, ref, accounts, clinician = build(Path(tmp))
        print(f"bundle content written in {time.perf_counter() - start:.1f} s")
        account = accounts[Role.LEGAL_ADVOCATE.value]
        layout_file = Path(tmp) / "layout.json"
        runs: dict[str, list[dict[str, Any]]] = {"export": [], "onestop": [], "bare": []}
        for _ in range(RUNS):
            for kind in runs:  # interleaved, so that the machine's state is shared fairly
                extra = clinician if kind == "onestop" else str(layout_file)
                done = child(kind, path, ref, account, extra)
                runs[kind].append(done)
                if kind == "onestop" and not layout_file.exists():
                    layout_file.write_text(
                        json.dumps(
                            {
                                "pages": done["pages"],
                                "index": done["index"],
                                "labels": done["labels"],
                                "clinician": clinician,
                            }
                        )
                    )
        vault_mb = sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6
        differ = same_text(path.parent / "onestop.pdf", path.parent / "bare.pdf")
        images = [images_by_page(path.parent / f"{k}.pdf") for k in ("onestop", "bare")]
    e, o, b = (
        {
            "median_s": statistics.median(s["seconds"] for s in samples),
            "first_s": samples[0]["seconds"],
            "peak_rss_mb": max(s["peak_rss_mb"] for s in samples),
            "pages": samples[0]["pages"],
            "bytes": samples[0]["bytes"],
        }
        for samples in runs.values()
    )
    # The same document: every indexed entry on the same page, and as many pages.
    onestop_index = {t: page for _, t, page, _label in runs["onestop"][0]["index"]}
    landed = runs["bare"][0]["landed"]
    moved = [(t, page, landed.get(t)) for t, page in onestop_index.items() if landed.get(t) != page]
    assert not moved, f"laid out otherwise (entry, OneStop's page, bare page): {moved[:5]}"
    assert e["pages"] == o["pages"] == b["pages"], (e["pages"], o["pages"], b["pages"])
    assert not differ, (
        f"printed otherwise (page, words only in OneStop's / the bare): {differ[:40]}"
    )
    # And every page draws as many pictures: each photograph drawn where OneStop draws it.
    assert images[0] == images[1] and sum(images[0]) >= PHOTOS, (
        f"images by page, OneStop's {images[0]}, the bare {images[1]}"
    )
    figures = [
        figure(
            f"court bundle export ({e['pages']} pages, {PHOTOS} photographs), median",
            e["median_s"],
            "s",
            target="<= 6 s",
            note=f"first {e['first_s']:.2f} s; {e['bytes'] / 1e6:.1f} MB",
        ),
        figure("  its peak RSS", e["peak_rss_mb"], "MB", target="<= 500 MB"),
        figure(
            "rendering alone (render_bundle), median",
            o["median_s"],
            "s",
            baseline=b["median_s"],
            baseline_is="plain ReportLab, one pass, page count and index pages given, "
            "images drawn once from their files; same pages, the same words and as many "
            "images on each page checked",
            target="ratio <= 1.5",
            note=f"peak RSS {o['peak_rss_mb']:.0f} MB, bare {b['peak_rss_mb']:.0f} MB",
        ),
    ]
    out = run.write(
        figures,
        kdf=PINNED_KDF,
        vault_mb=vault_mb,
        pages=e["pages"],
        photographs=PHOTOS,
        runs=RUNS,
        index_entries_compared=len(onestop_index),
    )
    print(f"bundle bench (load {os.getloadavg()[0]:.1f}); {out}")
    print(
        f"  court bundle export: {e['pages']} pages, {PHOTOS} photographs, "
        f"{e['bytes'] / 1e6:.1f} MB: {e['median_s']:.2f} s (target <= 6 s), "
        f"peak RSS {e['peak_rss_mb']:.0f} MB (target <= 500 MB)"
    )
    print(
        f"  rendering: OneStop {o['median_s']:.2f} s, bare ReportLab {b['median_s']:.2f} s, "
        f"both {o['pages']} pages, {len(onestop_index)} index entries on the same pages: "
        f"ratio {o['median_s'] / b['median_s']:.2f} (target <= 1.5)"
    )
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--measure":
        kind, path, ref, user, extra = sys.argv[2:7]
        password = sys.stdin.readline().rstrip("\n")
        print(json.dumps(measure(kind, Path(path), ref, user, password, extra)))
        sys.exit(0)
    sys.exit(main())
