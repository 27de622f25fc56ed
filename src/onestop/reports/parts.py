"""Parts that several documents draw: the tables, the body map, the encounters, examinations,
chain of custody and photographs, shown alike in the medico-legal report and the court bundle.

Documents import their shared parts from here, never from one another (``tests/unit/
test_layers.py`` checks it): each document module is one document.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PIL import Image as PILImage
from reportlab.graphics.shapes import Circle, Drawing, Ellipse, Line, Polygon, String
from reportlab.lib.colors import HexColor, white
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from onestop.clock import printed
from onestop.domain.bodymap import ASPECT, HEAD, OUTLINE, on_body
from onestop.domain.forensic import Handover
from onestop.domain.health import BodySide, Injury
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.reports import fonts, mirror
from onestop.reports.language import right_to_left, tr, translate
from onestop.reports.styles import RULE, styles
from onestop.reports.text import Text, drawn_label, isolate

# Between two children of a list as typed ("Amina, 7; Yusuf, 4"): a semicolon, Latin or Arabic.
_BETWEEN = re.compile(r"(\s*[;\u061b]\s*)")


def children_lines(notes: str) -> list[str]:
    """Her children as recorded (one line each of the notes' lines), each child of a list in
    a run of its own (isolate). Set into a right-to-left line as they were, neighbouring Latin
    names made one left-to-right run ("Amina, 7; Yusuf, 4") whose first child stood left of
    the second, and a list of Latin names alone made the line run left to right: a reader of
    Arabic, starting at the right, read the last child first. In a document written right to
    left the list is joined with Arabic semicolons, so that the line runs right to left
    whatever the names' script: the first child at the right. The referral letter and the
    conference pack set them out so."""
    rtl = right_to_left()
    lines = []
    for line in notes.split("\n"):
        if not line.strip():
            continue
        parts = _BETWEEN.split(line.strip())
        lines.append(
            "".join(
                (part.replace(";", "\u061b") if rtl else part) if k % 2 else isolate(part)
                for k, part in enumerate(parts)
                if k % 2 or part
            )
        )
    return lines


MARKER = HexColor("#b00020")
OUTLINE_FILL = HexColor("#f4f1ee")


@dataclass(frozen=True)
class TreatmentLine:
    label: str  # a Phrase
    given_at: datetime
    timing: str  # "31 h after the incident" (a Phrase)
    notes: str


@dataclass(frozen=True)
class EncounterPart:
    seen_at: datetime
    recorded_by: str
    history: str
    examination: str
    injuries: Sequence[Injury]
    treatments: Sequence[TreatmentLine]
    follow_ups: Sequence[tuple[datetime, str]]
    recorded_at: datetime | None = None  # when ``recorded_by`` first recorded it
    amended_by: str = ""  # who last changed it, if anyone did after it was recorded
    amended_at: datetime | None = None


@dataclass(frozen=True)
class SpecimenPart:
    label: str  # a Phrase
    collected_at: datetime
    collected_by: str
    seal_number: str
    chain: Sequence[Handover]


@dataclass(frozen=True)
class ExamPart:
    examiner: str
    started_at: datetime
    notes: str
    specimens: Sequence[SpecimenPart]
    opinion: str = ""  # the examiner's opinion on the findings


# Printed under every examiner's opinion, in the medico-legal report and the court bundle
# alike (WHO/UNODC medico-legal guidance): a court must not read "no injury" as "no assault".
CAUTION = QT_TRANSLATE_NOOP(
    "Documents",
    "The absence of injury does not exclude sexual or physical assault: many assaults leave "
    "no injury, and injuries heal.",
)


@dataclass(frozen=True)
class Photograph:
    number: int
    title: str
    taken_at: datetime | None
    sha256: str
    data: bytes  # the verified original, decrypted in memory
    # Its caption as recorded ("" / None: not recorded, and printed so): who took it, the
    # part of the body it shows, the number of the injury it documents (the injuries table's).
    taken_by: str = ""
    body_site: str = ""
    injury_number: int | None = None
    # The file it was read from (services.attachments), so that the court bundle knows a
    # medico-legal report's photograph for the exhibit it is: two files may hold the same
    # picture, and so the same digest.
    attachment_id: int | None = None


def when(at: datetime | None) -> str:
    if at is None:
        return translate("Documents", "not recorded")
    return printed(at)  # in the centre's zone, named: "2026-12-02 14:30 EAT"


def side_name(side: BodySide) -> str:
    """ "Front" or "Back", as the body map and the injuries' table say it."""
    if side is BodySide.FRONT:
        return translate("Documents", "Front")
    return translate("Documents", "Back")


MIDLINE = 0.03  # an injury this close to the outline's middle is on the midline


def body_side(injury: Injury) -> str:
    """Her left or right (or the midline), from where the marker is on the outline: on the
    front view her right is on the viewer's left; on the back view, her left is."""
    if abs(injury.x - 0.5) < MIDLINE:
        return translate("Documents", "Midline")
    viewer_left = injury.x < 0.5
    if viewer_left == (injury.side is BodySide.FRONT):
        return translate("Documents", "Right")
    return translate("Documents", "Left")


def sha256_line(digest: str) -> str:
    return translate("Documents", "SHA-256 of the original: {digest}").format(digest=digest)


def typed(value: str) -> str:
    """What staff typed, a table cell or a paragraph of its own (a note, a reason, findings):
    each of its lines laid out in its own direction, its first strong letter's (a first-strong
    isolate, UAX #9 P2–P3), as typed, not the document's. In a document written right to
    left an English outcome or counselling note quoting her in Arabic ("Said لا then left.")
    was set right to left, its words and full stop out of order; in one written left to
    right, an Arabic line under an English one took the English one's direction. It keeps
    the document's alignment, as every cell and paragraph of the document does. (A value of
    one line in a document written left to right already takes its first letter's.)"""
    if not value.strip() or not (right_to_left() or "\n" in value.strip()):
        return value
    return isolate(value)


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    cell: str = "cell",
) -> Table:
    """A table with a header row; its cells in the style ``cell`` (the body's for a table a
    court reads as running text, such as the chronology)."""
    st = styles()
    data: list[list[Flowable]] = [[Text(h, st["label"]) for h in header]]
    data += [[Text(value, st[cell]) for value in row] for row in rows]
    table = mirror.table(data, colWidths=list(widths), repeatRows=1)
    mirror.style(
        table,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.75, RULE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ],
    )
    return table


MARKER_RADIUS = 2.6 * mm
# Between two markers' edges, so that neither number runs into the other's circle.
MARKER_GAP = 0.5 * mm
# The dot at an injury's point that a moved marker's leader line ends at, and the clearance
# kept around it and around every leader line: no marker is drawn over another's point or
# over a leader line, so each line can be followed from its marker to its own point.
DOT_RADIUS = 0.6 * mm
CLEARANCE = 0.4 * mm

Point = tuple[float, float]
Line2 = tuple[Point, Point]


def _to_segment(p: Point, a: Point, b: Point) -> float:
    """The distance from p to the segment a-b."""
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def _steps(low: float, high: float, step: float) -> list[float]:
    return [low + k * step for k in range(int((high - low) / step) + 1)]


def marker_positions(
    wanted: Sequence[Point],
    box: tuple[float, float, float, float],
    radius: float = MARKER_RADIUS,
    may_stay: Sequence[bool] | None = None,
) -> list[Point]:
    """Where each numbered marker is drawn, in the order given: on the point it was put when
    it may stay there, else at the nearest free place on rings around it, and then a leader
    line joins it to a dot at its point. Several injuries at one site, or close together,
    would otherwise be drawn on top of each other and no number could be read; one at a foot
    or a hand at the map's edge would be cut off.

    What the result keeps, whatever the number of injuries: every marker is inside ``box``
    (x0, y0, x1, y1: where a centre may go, clear of the map's edges and labels); no two
    markers' square boxes, with MARKER_GAP between them, overlap; no marker's box covers
    another injury's point; no marker covers a leader line, and no leader line runs under a
    marker, so every moved marker's line is seen from its marker to its own point. A marker
    stays on its point only when ``may_stay`` allows it (a point on the outline; all by
    default) and no other injury's point is under it: two injuries at one spot are both moved,
    each with its line, rather than one hiding the other's point."""
    layout = _Layout(wanted, box, radius, may_stay)
    # In the order given; a marker that found no place is placed first on the next try (the
    # others then find room around it), a few times at most.
    order = list(range(len(wanted)))
    for _attempt in range(8):
        failed = layout.run(order)
        if not failed:
            break
        order = failed + [i for i in order if i not in failed]
    else:
        for i in failed:  # the box is full: never reached with a body's injuries (60 fit)
            layout.squeeze(i)
    return [layout.at[i] for i in range(len(wanted))]


class _Layout:
    """One try at ``marker_positions``: the markers placed so far and their leader lines."""

    def __init__(
        self,
        wanted: Sequence[Point],
        box: tuple[float, float, float, float],
        radius: float,
        may_stay: Sequence[bool] | None,
    ) -> None:
        self.wanted = list(wanted)
        self.box = box
        self.step = 2 * radius + MARKER_GAP
        self.clear_point = radius + DOT_RADIUS + CLEARANCE  # from a marker's centre, square
        self.clear_line = radius + CLEARANCE  # from a marker's centre to a line
        self.stay = list(may_stay) if may_stay is not None else [True] * len(wanted)
        self.at: dict[int, Point] = {}
        self.lines: list[Line2] = []

    def run(self, order: Sequence[int]) -> list[int]:
        """Place the markers in ``order``; those that found no place."""
        self.at, self.lines = {}, []
        failed: list[int] = []
        for i in order:
            spot = self.place(i)
            if spot is None:
                failed.append(i)
                continue
            self.at[i] = spot
            if spot != self.wanted[i]:
                self.lines.append((self.wanted[i], spot))
        return failed

    def inside(self, spot: Point) -> bool:
        x0, y0, x1, y1 = self.box
        return x0 <= spot[0] <= x1 and y0 <= spot[1] <= y1

    def apart(self, spot: Point) -> bool:
        # Square boxes apart, not only circles: a number's box never reaches another marker.
        x, y = spot
        return all(max(abs(x - px), abs(y - py)) >= self.step for px, py in self.at.values())

    def fits(self, i: int, spot: Point) -> bool:
        x, y = spot
        if not (self.inside(spot) and self.apart(spot)):
            return False
        if any(
            j != i and max(abs(x - qx), abs(y - qy)) < self.clear_point
            for j, (qx, qy) in enumerate(self.wanted)
        ):
            return False  # over another injury's point
        if any(_to_segment(spot, a, b) < self.clear_line for a, b in self.lines):
            return False  # over a leader line
        if spot == self.wanted[i]:
            return True
        # Moved: its own point stays clear of it, and its line passes under no marker.
        return math.dist(spot, self.wanted[i]) >= self.clear_point and all(
            _to_segment(m, self.wanted[i], spot) >= self.clear_line for m in self.at.values()
        )

    def place(self, i: int) -> Point | None:
        point = self.wanted[i]
        if self.stay[i] and self.fits(i, point):
            return point
        distance = self.step
        while distance < 40 * self.step:  # the nearest free place, ring by ring
            count = max(8, int(2 * math.pi * distance / (self.step / 2)))
            for k in range(count):
                angle = math.pi / 2 + 2 * math.pi * k / count  # from above, anticlockwise
                spot = (
                    point[0] + distance * math.cos(angle),
                    point[1] + distance * math.sin(angle),
                )
                if self.fits(i, spot):
                    return spot
            distance += self.step / 2
        return None

    def squeeze(self, i: int) -> None:
        """Anywhere in the box clear of the other markers, or on its point."""
        x0, y0, x1, y1 = self.box
        self.at[i] = next(
            (
                spot
                for spot in (
                    (x, y) for x in _steps(x0, x1, self.step) for y in _steps(y0, y1, self.step)
                )
                if self.apart(spot)
            ),
            self.wanted[i],
        )


MAP_GAP = 16 * mm  # between the front and the back outlines
MAP_MARGIN = 10 * mm  # beside each outline's outer edge, for markers laid apart


@dataclass(frozen=True)
class MapMarker:
    """One injury's marker as the body map draws it, in the drawing's points (y upwards):
    ``point`` where the injury was put, ``at`` the marker's centre; a leader line joins them
    when they differ."""

    number: int
    side: BodySide
    point: Point
    at: Point

    @property
    def moved(self) -> bool:
        return self.at != self.point


def map_size(height: float = 85 * mm) -> tuple[float, float]:
    """The body map's width and height."""
    return 2 * height * ASPECT + MAP_GAP + 2 * MAP_MARGIN, height + 6 * mm


def map_point(side: BodySide, x: float, y: float, height: float = 85 * mm) -> Point:
    """Where outline coordinates (x, y; domain/bodymap.py) fall on the map, in its points."""
    width = height * ASPECT
    left = MAP_MARGIN if side is BodySide.FRONT else MAP_MARGIN + width + MAP_GAP
    return left + x * width, height - y * height  # y grows downwards on the outline


def body_map_layout(injuries: Sequence[Injury], height: float = 85 * mm) -> list[MapMarker]:
    """Where the body map puts each injury's marker, in the order of their numbers on each
    side (``marker_positions`` says what the places keep). A point off the outline never
    holds its marker: the marker is drawn beside it with a line to it, so no marker sits off
    the body as if it named a part of it."""
    width = height * ASPECT
    r = MARKER_RADIUS
    out: list[MapMarker] = []
    for side in (BodySide.FRONT, BodySide.BACK):
        left = map_point(side, 0.0, 0.0, height)[0]
        column = (
            (left - MAP_MARGIN, left + width + MAP_GAP / 2)
            if side is BodySide.FRONT
            else (left - MAP_GAP / 2, left + width + MAP_MARGIN)
        )
        shown = sorted((i for i in injuries if i.side is side), key=lambda i: i.number)
        wanted = [map_point(side, i.x, i.y, height) for i in shown]
        # A moved marker stays over its own column (the margin beside it and half the gap),
        # above the Right/Left labels at the foot and below the Front/Back title.
        box = (column[0] + r, 5 * mm + r, column[1] - r, height - r)
        at = marker_positions(wanted, box, may_stay=[on_body(i.x, i.y) for i in shown])
        out += [MapMarker(i.number, side, p, a) for i, p, a in zip(shown, wanted, at, strict=True)]
    return out


def map_height(injuries: Sequence[Injury]) -> float:
    """The body map's height: 85 mm, and taller (up to 125 mm: with its margins, the page's
    text width) when more than 35 injuries are marked on one side, so that their markers and
    every leader line still find room beside one another."""
    busiest = max((sum(1 for i in injuries if i.side is s) for s in BodySide), default=0)
    return float(min(125 * mm, 85 * mm + max(0, busiest - 35) * 2 * mm))


class _Map(Drawing):  # type: ignore[misc]
    """A body map as a flowable: drawn on the pages kept, not in a layout pass that only
    measures (the court bundle's first, whose pages are never kept)."""

    def draw(self, *args: Any, **kwargs: Any) -> None:
        if getattr(getattr(self, "canv", None), "_sketch", False):
            return
        super().draw(*args, **kwargs)


def body_map(injuries: Sequence[Injury], height: float | None = None) -> Drawing:
    """Front and back outlines side by side, each injury a numbered marker where it was put;
    markers that would overlap, or whose point is off the outline, are moved apart
    (``body_map_layout``), each with a leader line to a dot at the point where the injury is.
    Its height is ``map_height``'s unless given."""
    height = map_height(injuries) if height is None else height
    width = height * ASPECT
    drawing = _Map(*map_size(height))
    for side in (BodySide.FRONT, BodySide.BACK):
        left = map_point(side, 0.0, 0.0, height)[0]
        points = [c for x, y in OUTLINE for c in map_point(side, x, y, height)]
        drawing.add(Polygon(points, fillColor=OUTLINE_FILL, strokeColor=RULE, strokeWidth=0.8))
        cx, cy = map_point(side, HEAD[0], HEAD[1], height)
        drawing.add(
            Ellipse(
                cx,
                cy,
                HEAD[2] * width,
                HEAD[3] * height,
                fillColor=OUTLINE_FILL,
                strokeColor=RULE,
                strokeWidth=0.8,
            )
        )
        drawing.add(
            drawn_label(
                left + width / 2, height + 2 * mm, side_name(side), 8, bold=True, anchor="middle"
            )
        )
        # Her right and left, at the outline's sides (seen from the front, her right is on
        # the viewer's left).
        near, far = (
            (translate("Documents", "Right"), translate("Documents", "Left"))
            if side is BodySide.FRONT
            else (translate("Documents", "Left"), translate("Documents", "Right"))
        )
        for x, text, anchor in ((left, near, "start"), (left + width, far, "end")):
            drawing.add(drawn_label(x, 2 * mm, text, 7, anchor=anchor))
    layout = body_map_layout(injuries, height)
    for m in layout:  # the lines first, under every marker (none runs under one)
        if m.moved:  # a leader from the injury's point to its marker
            drawing.add(Line(*m.point, *m.at, strokeColor=MARKER, strokeWidth=0.5))
            drawing.add(Circle(*m.point, DOT_RADIUS, fillColor=MARKER, strokeColor=MARKER))
    for m in layout:
        mx, my = m.at
        drawing.add(Circle(mx, my, MARKER_RADIUS, fillColor=MARKER, strokeColor=white))
        drawing.add(
            String(
                mx,
                my - 1.1 * mm,
                str(m.number),
                fontName=fonts.BOLD,
                fontSize=7,
                fillColor=white,
                textAnchor="middle",
            )
        )
    return drawing


def figure(drawing: Drawing, caption: str) -> Flowable:
    """A figure (a body map) with its caption under it, kept on one page: split at a page's
    foot, the caption began the next page and read as the caption of what followed."""
    return KeepTogether([drawing, Text(caption, styles()["cell"])])


class _Original(ImageReader):  # type: ignore[misc]
    """A photograph as it was taken. ReportLab decodes an image only to name it inside the
    PDF, then copies a JPEG in as it is: named here by its SHA-256 instead, a JPEG is never
    decoded (sixty photographs would otherwise take hundreds of megabytes)."""

    def __init__(self, data: bytes, sha256: str) -> None:
        super().__init__(io.BytesIO(data))
        self._name = sha256.encode("ascii")
        self._dataA = None  # no alpha channel in a JPEG (set by getRGBData for others)

    def getRGBData(self) -> bytes:
        if self.jpeg_fh() is not None:
            return self._name
        return super().getRGBData()  # type: ignore[no-any-return]


class _Picture(Flowable):  # type: ignore[misc]
    def __init__(self, data: bytes, sha256: str, width: float, height: float) -> None:
        super().__init__()
        self._data, self._sha256 = data, sha256
        self.width, self.height = width, height
        # On the side where the page starts, like its caption: the right of a page written
        # right to left (the documents are built inside ``writing_in``).
        self.hAlign = "RIGHT" if right_to_left() else "LEFT"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        if getattr(self.canv, "_sketch", False):  # a layout pass that is never kept
            return
        picture = _Original(self._data, self._sha256)  # per drawing: it holds a file handle
        self.canv.drawImage(picture, 0, 0, self.width, self.height)


def _photo(
    photo: Photograph, max_w: float, max_h: float, name: str, mark: Flowable | None = None
) -> list[Flowable]:
    st = styles()
    with PILImage.open(io.BytesIO(photo.data)) as img:
        w, h = img.size  # read from the header: nothing is decoded
    scale = min(max_w / w, max_h / h)
    image = _Picture(photo.data, photo.sha256, w * scale, h * scale)
    caption = translate("Documents", "{name}. {title}").format(
        name=name, title=isolate(photo.title) if photo.title else translate("Documents", "Untitled")
    )
    missing = translate("Documents", "Not recorded")
    # What a court and a prosecutor read a photograph's caption for: who took it, when, the
    # body site, and the injury it documents; each said to be missing when it is.
    particulars = translate(
        "Documents", "Taken by: {who} · When: {when} · Body site: {site} · Injury number: {n}"
    ).format(
        who=isolate(photo.taken_by) if photo.taken_by else missing,
        when=when(photo.taken_at) if photo.taken_at is not None else missing,
        site=isolate(photo.body_site) if photo.body_site else missing,
        n=photo.injury_number if photo.injury_number is not None else missing,
    )
    # An index mark is kept with its picture: a picture that moves on to the next page takes
    # its index entry and bookmark with it.
    return [
        KeepTogether(
            [
                *([mark] if mark is not None else []),
                image,
                Text(caption, st["label"]),
                Text(particulars, st["cell"]),
                Text(sha256_line(photo.sha256), st["small"]),
                Spacer(1, 4 * mm),
            ]
        )
    ]


def encounters_part(encounters: Sequence[EncounterPart], heading: str = "") -> list[Flowable]:
    """Each encounter in full, headed "Examination 1", "Examination 2" …; or, for the one
    examination a medico-legal report is on, under its own ``heading`` ("Examination 2 of 2
    of this incident, …": numbered 1 there, a later examination read as the incident's
    first), its body map then "of this examination"."""
    st = styles()
    out: list[Flowable] = []
    for n, enc in enumerate(encounters, start=1):
        out += [
            Text(heading or translate("Documents", "Examination {n}").format(n=n), st["h1"]),
            Text(
                translate("Documents", "Seen on {when}; recorded by {who}.").format(
                    when=when(enc.seen_at), who=enc.recorded_by
                )
                + _record_times(enc),
                st["body"],
            ),
            Text(translate("Documents", "History as given"), st["h2"]),
            Text(typed(enc.history) or "—", st["body"]),
            Text(translate("Documents", "Findings"), st["h2"]),
            Text(typed(enc.examination) or "—", st["body"]),
        ]
        if enc.injuries:
            out += [
                Text(translate("Documents", "Injuries"), st["h2"]),
                table(
                    [
                        translate("Documents", "No."),
                        translate("Documents", "Injury"),
                        translate("Documents", "Size"),
                        translate("Documents", "Description"),
                        translate("Documents", "View"),
                        translate("Documents", "Side"),
                    ],
                    [
                        [
                            str(i.number),
                            typed(i.kind),
                            typed(i.size),
                            typed(i.description),
                            side_name(i.side),
                            body_side(i),
                        ]
                        for i in sorted(enc.injuries, key=lambda i: i.number)
                    ],
                    [12 * mm, 30 * mm, 20 * mm, 76 * mm, 16 * mm, 16 * mm],
                ),
                Spacer(1, 3 * mm),
                # Said under the map, which may fall on the next page, away from its table.
                figure(
                    body_map(enc.injuries),
                    (
                        translate(
                            "Documents",
                            "Body map of this examination: the injuries recorded when she was "
                            "seen on {when}.",
                        )
                        if heading
                        else translate(
                            "Documents",
                            "Body map of examination {n}: the injuries recorded when she was "
                            "seen on {when}.",
                        )
                    ).format(n=n, when=when(enc.seen_at)),
                ),
            ]
        if enc.treatments:
            out += [
                Text(translate("Documents", "Treatment"), st["h2"]),
                table(
                    [
                        translate("Documents", "Treatment"),
                        translate("Documents", "Given"),
                        translate("Documents", "From the incident"),
                        translate("Documents", "Notes"),
                    ],
                    [
                        [tr(t.label), when(t.given_at), tr(t.timing), typed(t.notes)]
                        for t in enc.treatments
                    ],
                    [35 * mm, 32 * mm, 50 * mm, 53 * mm],
                ),
            ]
        if enc.follow_ups:
            out += [
                Text(translate("Documents", "Follow-up"), st["h2"]),
                table(
                    [translate("Documents", "Due"), translate("Documents", "For")],
                    [[when(at), typed(purpose)] for at, purpose in enc.follow_ups],
                    [35 * mm, 135 * mm],
                ),
            ]
    return out


def _record_times(enc: EncounterPart) -> str:
    """ " Recorded at …; amended by … at …", when the document knows them."""
    out = ""
    if enc.recorded_at is not None:
        out += " " + translate("Documents", "Recorded at {when}.").format(
            when=when(enc.recorded_at)
        )
    if enc.amended_by and enc.amended_at is not None:
        out += " " + translate("Documents", "Amended by {who} at {when}.").format(
            who=enc.amended_by, when=when(enc.amended_at)
        )
    return out


def opinion_part(opinion: str, heading: str = "h1") -> list[Flowable]:
    """The examiner's opinion (or that none is recorded) under a heading in style
    ``heading``, and after a recorded one the caution that the absence of injury does not
    exclude assault, in the small print of the centre's own notes: set as her body text, it
    read as part of her opinion (an outside reader's finding), and under "No opinion is
    recorded" as one."""
    st = styles()
    if not opinion.strip():
        return [
            Text(translate("Documents", "The examiner's opinion"), st[heading]),
            Text(translate("Documents", "No opinion is recorded."), st["body"]),
        ]
    return [
        Text(translate("Documents", "The examiner's opinion"), st[heading]),
        Text(typed(opinion), st["body"]),
        Spacer(1, 3 * mm),
        Text(tr(CAUTION), st["small"]),
    ]


def exams_part(
    exams: Sequence[ExamPart],
    *,
    with_chain: bool = True,
    with_opinion: bool = False,
    heading: str = "",
) -> list[Flowable]:
    """Each forensic examination: who and when, notes, specimens, their chain of custody
    (``with_chain``) and the examiner's opinion with its caution (``with_opinion``: the court
    bundle's; the medico-legal report prints its examination's opinion after the ano-genital
    diagram). Headed "Forensic examination 1" …, or, for the one a medico-legal report is
    on, ``heading``."""
    st = styles()
    out: list[Flowable] = []
    for n, exam in enumerate(exams, start=1):
        title = heading or translate("Documents", "Forensic examination {n}").format(n=n)
        out += [
            Text(title, st["h1"]),
            Text(
                translate("Documents", "By {who}, started {when}.").format(
                    who=exam.examiner, when=when(exam.started_at)
                ),
                st["body"],
            ),
        ]
        if exam.notes:
            out.append(Text(typed(exam.notes), st["body"]))
        if exam.specimens:
            out += [
                Text(translate("Documents", "Specimens"), st["h2"]),
                table(
                    [
                        translate("Documents", "Specimen"),
                        translate("Documents", "Collected"),
                        translate("Documents", "By"),
                        translate("Documents", "Seal number"),
                    ],
                    [
                        [tr(sp.label), when(sp.collected_at), sp.collected_by, sp.seal_number]
                        for sp in exam.specimens
                    ],
                    [40 * mm, 35 * mm, 50 * mm, 45 * mm],
                ),
            ]
        if with_chain:
            out += chain_part(exam.specimens)
        if with_opinion:
            out += opinion_part(exam.opinion, "h2")
    return out


def chain_part(specimens: Sequence[SpecimenPart]) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = []
    for sp in specimens:
        out += [
            Text(
                translate("Documents", "Chain of custody — seal {seal}").format(
                    seal=sp.seal_number
                ),
                st["h2"],
            ),
            table(
                [
                    translate("Documents", "When"),
                    translate("Documents", "From"),
                    translate("Documents", "To"),
                    translate("Documents", "Organisation"),
                    translate("Documents", "Purpose"),
                ],
                [
                    [
                        when(sp.collected_at),
                        "—",
                        sp.collected_by,
                        "",
                        translate("Documents", "Collected"),
                    ],
                    *[
                        [when(h.at), h.handed_from, h.handed_to, h.organisation, h.purpose]
                        for h in sp.chain
                    ],
                ],
                [30 * mm, 32 * mm, 32 * mm, 36 * mm, 40 * mm],
            ),
        ]
    return out


def photographs_part(
    photos: Sequence[Photograph], exhibits: bool = False, mark: type[Flowable] | None = None
) -> list[Flowable]:
    """Each photograph with its caption and SHA-256, named "Photograph 3", or "Exhibit P3"
    when they are ``exhibits``; ``mark``, if given, is called with the name to add an index
    entry before it."""
    out: list[Flowable] = []
    for photo in photos:
        if exhibits:
            name = translate("Documents", "Exhibit P{n}").format(n=photo.number)
        else:
            name = translate("Documents", "Photograph {n}").format(n=photo.number)
        marker = None
        if mark is not None:
            marker = mark("section", photo.number, f"{name}. {photo.title}", 1)
        out += _photo(photo, 120 * mm, 90 * mm, name, marker)
    return out
