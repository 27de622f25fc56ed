"""What every document that leaves the centre has: the page frame, header and footer, "page N
of M", metadata without survivor names, and the notice when it was shared without consent.

A document is rendered to bytes in memory; nothing here touches the disk. ``services/exports/``
decides what goes in (permissions, consent), encrypts if asked, and writes the file.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Spacer

from onestop.clock import printed, printing_zone
from onestop.domain.consent import Told, ToldHer
from onestop.reports import fonts
from onestop.reports.language import right_to_left, tr, translate, writing_in
from onestop.reports.styles import MUTED, RULE, styles
from onestop.reports.text import Text, isolate, markup, para

# Images (photographs, JPEG) go into the PDF as they are, not ASCII85-encoded: a quarter
# smaller, and no encoding pass over tens of megabytes (bench/bundle.py measures it).
rl_config.useA85 = 0

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
HEADER = 14 * mm
FOOTER = 16 * mm
WARNING = HexColor("#a00000")
BODY_BOTTOM = MARGIN + FOOTER - 8 * mm
# The area between the header and the footer: (left, bottom, width, height) in points.
BODY_BOX = (
    MARGIN,
    BODY_BOTTOM,
    PAGE_WIDTH - 2 * MARGIN,
    PAGE_HEIGHT - MARGIN - HEADER - BODY_BOTTOM,
)


@dataclass(frozen=True)
class Letterhead:
    """What the header and footer of every page say. Never the survivor's name."""

    centre: str
    document: str  # "Referral letter", a Phrase written in the document's language
    case_reference: str  # "" for a document about no one case (statistics)
    generated_by: str  # the member of staff, as colleagues know them
    generated_at: datetime  # UTC
    without_consent: str = ""  # a manager's written reason, when shared without consent
    told: ToldHer | None = None  # with it: has she been told of the sharing
    language: str = "en"  # the language of its fixed text (reports.language)
    # Her own copy, which someone she fears may find: no centre, no document type, no case
    # reference, no CONFIDENTIAL, no staff name, in the pages or the metadata.
    discreet: bool = False

    @property
    def title(self) -> str:
        """The document and the case, in the language being written ("" when discreet)."""
        if self.discreet:
            return ""
        return f"{tr(self.document)} {self.case_reference}".strip()


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Keeps each page until the end so that every footer can say "page N of M"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._page_number_footer(number, total)
            super().showPage()
        super().save()

    def _page_number_footer(self, number: int, total: int) -> None:
        if right_to_left():
            page_number_mirrored(self, page_of(number, total))
            return
        self.setFont(fonts.BODY, 8)
        self.setFillColor(MUTED)
        self.drawRightString(PAGE_WIDTH - MARGIN, FOOTER - 8 * mm, page_of(number, total))


def page_of(number: int, total: int) -> str:
    return translate("Documents", "Page {number} of {total}").format(number=number, total=total)


# A document's header and footer paragraphs, by their text, width, style and direction: the
# same on every page, so laid out once for the document (``template``), not for each page.
_Laid = dict[tuple[str, float, ParagraphStyle, bool], Text]


def _draw_text(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    width: float,
    style: str,
    laid: _Laid | None = None,
) -> None:
    _draw_text_styled(canvas, text, x, y, width, styles()[style], laid)


def _header_style(name: str, **changes: Any) -> ParagraphStyle:
    return ParagraphStyle(f"header-{name}", parent=styles()["small"], **changes)


def page_number_mirrored(canvas: Canvas, text: str) -> None:
    """ "Page N of M" on the left of a right-to-left page's footer (the page's end)."""
    canvas.saveState()
    width = (PAGE_WIDTH - 2 * MARGIN) * 0.4
    _draw_text_styled(
        canvas, text, MARGIN, FOOTER - 5 * mm, width, _header_style("end", alignment=TA_RIGHT)
    )
    canvas.restoreState()


def _draw_text_styled(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    width: float,
    style: ParagraphStyle,
    laid: _Laid | None = None,
) -> None:
    key = (text, width, style, right_to_left())
    flow = laid.get(key) if laid is not None else None
    if flow is None:
        flow = Text(text, style)
        if laid is not None:
            laid[key] = flow
    _, height = flow.wrap(width, 40 * mm)  # once: a Text keeps its lines for a width
    flow.drawOn(canvas, x, y - height)


def _one_line(text: str, style: ParagraphStyle, width: float) -> ParagraphStyle:
    """``style``, or a smaller size of it (down to 5 points), in which ``text`` is laid out
    on one line ``width`` wide."""
    size = style.fontSize
    while size > 5:
        _, height = Text(text, style).wrap(width, 40 * mm)
        if height <= style.leading + 0.5:
            break
        size -= 0.5
        style = ParagraphStyle(style.name, parent=style, fontSize=size, leading=size * 1.25)
    return style


def _decorate_mirrored(head: Letterhead, canvas: Canvas, doc: Any) -> None:
    """The header and footer of a page written right to left, mirrored: the centre and who
    generated it on the right (where the page starts), CONFIDENTIAL, the document and the
    page number on the left. The styles say "right" for the page's end: Text mirrors them."""
    width = PAGE_WIDTH - 2 * MARGIN
    top = PAGE_HEIGHT - MARGIN + HEADER - 6 * mm
    start = _header_style("start")
    end = _header_style("end", alignment=TA_RIGHT)
    _draw_text_styled(canvas, head.centre, MARGIN + width * 0.4, top, width * 0.6, start)
    warning = _header_style("warning", alignment=TA_RIGHT, fontName=fonts.BOLD, textColor=WARNING)
    _draw_text_styled(
        canvas, translate("Documents", "CONFIDENTIAL"), MARGIN, top + 2, width * 0.5, warning
    )
    # The document and the case on one line above the rule: across the line when nothing
    # else is on it, beside the banner in half of it, in a smaller size if it must be
    # (wrapped, its case reference fell onto the rule).
    room = width * 0.5 if head.without_consent else width
    _draw_text_styled(canvas, head.title, MARGIN, top - 8, room, _one_line(head.title, end, room))
    if head.without_consent:
        banner = _header_style("banner", fontName=fonts.BOLD, textColor=WARNING)
        text = translate("Documents", "SHARED WITHOUT THE SURVIVOR'S CONSENT")
        _draw_text_styled(canvas, text, MARGIN + width * 0.5, top - 8, width * 0.5, banner)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, top - 21, PAGE_WIDTH - MARGIN, top - 21)
    canvas.line(MARGIN, FOOTER - 3 * mm, PAGE_WIDTH - MARGIN, FOOTER - 3 * mm)
    when = f"{printed(head.generated_at)} · {printing_zone().key}"
    generated = translate("Documents", "Generated by {who} on {when}").format(
        who=isolate(head.generated_by), when=isolate(when)
    )
    _draw_text_styled(canvas, generated, MARGIN + width * 0.3, FOOTER - 5 * mm, width * 0.7, start)
    total = getattr(doc, "page_total", None)
    if total is not None:  # known from an earlier layout pass (the court bundle's)
        _draw_text_styled(
            canvas,
            page_of(canvas.getPageNumber(), total),
            MARGIN,
            FOOTER - 5 * mm,
            width * 0.3,
            end,
        )


def _decorate(head: Letterhead, canvas: Canvas, _doc: Any, laid: _Laid | None = None) -> None:
    if head.discreet:
        return  # "page N of M" alone, added at the end
    if getattr(canvas, "_sketch", False):
        return  # a layout pass that is never kept (the court bundle's first): nothing to draw
    if right_to_left():
        canvas.saveState()
        _decorate_mirrored(head, canvas, _doc)
        canvas.restoreState()
        return
    canvas.saveState()
    width = PAGE_WIDTH - 2 * MARGIN
    top = PAGE_HEIGHT - MARGIN + HEADER - 6 * mm
    # Header: the centre, the case, the document, and CONFIDENTIAL on every page.
    _draw_text(canvas, head.centre, MARGIN, top, width * 0.6, "small", laid)
    canvas.setFont(fonts.BOLD, 8)
    canvas.setFillColor(WARNING)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, top - 7, translate("Documents", "CONFIDENTIAL"))
    canvas.setFillColor(MUTED)
    canvas.setFont(fonts.BODY, 8)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, top - 17, head.title)
    if head.without_consent:
        canvas.setFillColor(WARNING)
        canvas.setFont(fonts.BOLD, 8)
        canvas.drawString(
            MARGIN, top - 17, translate("Documents", "SHARED WITHOUT THE SURVIVOR'S CONSENT")
        )
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, top - 21, PAGE_WIDTH - MARGIN, top - 21)
    # Footer: who generated it and when (page N of M is added at the end).
    canvas.line(MARGIN, FOOTER - 3 * mm, PAGE_WIDTH - MARGIN, FOOTER - 3 * mm)
    when = f"{printed(head.generated_at)} · {printing_zone().key}"  # the zone, named in full
    _draw_text(
        canvas,
        translate("Documents", "Generated by {who} on {when}").format(
            who=isolate(head.generated_by), when=when
        ),
        MARGIN,
        FOOTER - 5 * mm,
        width * 0.8,
        "small",
        laid,
    )
    total = getattr(_doc, "page_total", None)
    if total is not None:  # known from an earlier layout pass (the court bundle's)
        canvas.setFont(fonts.BODY, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN, FOOTER - 8 * mm, page_of(canvas.getPageNumber(), total)
        )
    canvas.restoreState()


def consent_notice(head: Letterhead) -> list[Flowable]:
    """The paragraph that opens a document shared without the survivor's consent."""
    if not head.without_consent:
        return []
    style = styles()["body"]
    return [
        para(
            '<font color="#a00000"><b>'
            + markup(translate("Documents", "Shared without the survivor's consent."))
            + "</b></font> "
            + markup(
                translate("Documents", "A manager of {centre} authorised it, giving this reason:")
            ).format(centre=markup(head.centre)),
            style,
        ),
        # A manager's words as written; OneStop's own sentence (a Phrase, the conference
        # pack's "decided case by case") in the document's language.
        Text(tr(head.without_consent), style),
        # Who decided and when: only a manager may export without consent, so the decision
        # is hers at the export (an outside reader: "the record can't show who decided").
        Text(
            translate("Documents", "Authorised by {who} on {when}.").format(
                who=isolate(head.generated_by), when=printed(head.generated_at)
            ),
            style,
        ),
        *told_her(head.told, style),
        Spacer(1, 4 * mm),
    ]


def told_her(told: ToldHer | None, style: ParagraphStyle) -> list[Flowable]:
    """Whether she knows of the sharing, in words the receiving agency acts on: so that it
    does not reveal the sharing to her, or to the perpetrator, by accident."""
    if told is None:
        return []
    if told.told is Told.TOLD:
        day = told.on.isoformat() if told.on else ""
        return [
            Text(
                translate("Documents", "She has been told of this sharing (on {date}).").format(
                    date=day
                ),
                style,
            )
        ]
    warning = '<font color="#a00000"><b>{}</b></font>'
    if told.told is Told.WILL_BE_TOLD:
        return [
            para(
                warning.format(
                    markup(translate("Documents", "She has not been told of this sharing yet."))
                ),
                style,
            ),
            Text(
                translate(
                    "Documents", "{who} will tell her. Until then, do not contact her about it."
                ).format(who=isolate(told.by)),
                style,
            ),
        ]
    return [
        para(
            warning.format(
                markup(
                    translate(
                        "Documents",
                        "She has not been told of this sharing: telling her would increase the "
                        "risk. Do not contact her about it, and take care that nothing of it "
                        "reaches the perpetrator.",
                    )
                )
            ),
            style,
        ),
        Text(
            translate("Documents", "Why she is not told: {why}").format(why=isolate(told.why)),
            style,
        ),
    ]


class HeadingsWithStart(KeepTogether):  # type: ignore[misc]
    """Headings kept with what follows them (ReportLab's ``keepWithNext``). What follows moves
    with them to the next page when it fits there; when it is longer than a page anyway (a
    long table), it starts here under its headings as long as some of it fits. Otherwise the
    headings went to the next page with it, leaving the section's title alone on its page
    and the index entry (marked where the part starts) a page before its heading."""

    def split(self, aW: float, aH: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        frame = getattr(self, "_frame", None)
        if frame is None or frame._height >= self._H or len(self._content) < 2:
            return list(super().split(aW, aH))
        heads, last = self._content[:-1], self._content[-1]
        used = sum(f.wrap(aW, aH)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in heads)
        parts = last.split(aW, aH - used) if aH - used > 0 else []
        if len(parts) < 2:
            return list(super().split(aW, aH))
        return [*heads, *parts]


def template(head: Letterhead, out: io.BytesIO, cls: type[Any] = BaseDocTemplate) -> Any:
    """The page template every document shares, as an instance of ``cls`` (a
    BaseDocTemplate, or a subclass that follows its flowables, like the court bundle's)."""
    fonts.register()
    doc = cls(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER,
        bottomMargin=BODY_BOTTOM,
        title=head.title,
        author="" if head.discreet else head.centre,
        subject="" if head.discreet else translate("Documents", "Confidential"),
        creator="" if head.discreet else "OneStop",
        keywords="",
        lang=head.language,
    )
    doc.keepTogetherClass = HeadingsWithStart
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", showBoundary=0
    )
    laid: _Laid = {}  # this document's own: its pages are drawn one after another
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPage=lambda c, d: _decorate(head, c, d, laid))]
    )
    return doc


def render(head: Letterhead, story: Sequence[Flowable]) -> bytes:
    """The document as PDF bytes. Metadata: the document type and case reference, never a
    name."""
    out = io.BytesIO()
    with writing_in(head.language):
        doc = template(head, out)
        doc.build([*consent_notice(head), *story], canvasmaker=NumberedCanvas)
    return out.getvalue()
