"""The body map as drawn (issue 23): a marker lies inside the part of the drawn outline its
table row names (view, and her right, left or the midline), whatever the region and view; a
marker laid apart from its point always has a leader line to it; and on a crowded map (35 and
60 injuries) every leader line is seen from its marker to its own point, no marker covering
another's point or line, and no marker sits off the outline without a line.

The expected areas are read from the drawing itself: the outline polygon and head drawn for
each view, and the "Right" and "Left" words printed at its feet."""

from __future__ import annotations

import math
import random
from itertools import combinations

import pytest
from reportlab.graphics.shapes import Circle, Drawing, Ellipse, Line, Polygon, String

from onestop.domain.bodymap import OUTLINE, on_body
from onestop.domain.health import BodySide, Injury
from onestop.reports.parts import (
    DOT_RADIUS,
    MARKER_GAP,
    MARKER_RADIUS,
    MIDLINE,
    MapMarker,
    body_map,
    body_map_layout,
    body_side,
    map_height,
)

VIEWS = (BodySide.FRONT, BodySide.BACK)


def drawn_parts(drawing: Drawing, side: BodySide) -> tuple[list[tuple[float, float]], Ellipse]:
    """The outline polygon and head drawn for a view (front first, as the map draws them)."""
    polygons = [s for s in drawing.contents if isinstance(s, Polygon)]
    heads = [s for s in drawing.contents if isinstance(s, Ellipse)]
    k = VIEWS.index(side)
    pts = polygons[k].points
    return list(zip(pts[0::2], pts[1::2], strict=True)), heads[k]


def inside_drawn(x: float, y: float, polygon: list[tuple[float, float]], head: Ellipse) -> bool:
    """Inside the drawn silhouette (even-odd, as a Polygon fills) or the drawn head."""
    if ((x - head.cx) / head.rx) ** 2 + ((y - head.cy) / head.ry) ** 2 <= 1.0:
        return True
    inside = False
    for (ax, ay), (bx, by) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
            inside = not inside
    return inside


def side_words(drawing: Drawing, polygon: list[tuple[float, float]]) -> dict[str, float]:
    """Where "Right" and "Left" are printed at this outline's feet (x of each word)."""
    xs = [x for x, _ in polygon]
    middle, half = (min(xs) + max(xs)) / 2, (max(xs) - min(xs)) / 2
    words = [
        s
        for s in drawing.contents
        if isinstance(s, String) and s.text in ("Right", "Left") and abs(s.x - middle) < 2 * half
    ]
    assert len(words) == 2
    return {s.text: s.x for s in words}


def markers(drawing: Drawing) -> list[tuple[int, float, float]]:
    """Each numbered marker drawn: its number and centre."""
    circles = [c for c in drawing.contents if isinstance(c, Circle) and c.r == MARKER_RADIUS]
    numbers = [s for s in drawing.contents if isinstance(s, String) and s.text.isdigit()]
    assert len(circles) == len(numbers)
    return [(int(t.text), c.cx, c.cy) for c, t in zip(circles, numbers, strict=True)]


def leaders(drawing: Drawing) -> list[tuple[float, float, float, float]]:
    return [(ln.x1, ln.y1, ln.x2, ln.y2) for ln in drawing.contents if isinstance(ln, Line)]


def grid_on_body(step: float = 0.02) -> list[tuple[float, float]]:
    n = int(1 / step)
    return [(0.0073 + i * step, 0.0041 + j * step) for i in range(n) for j in range(n)]


@pytest.mark.parametrize("side", VIEWS, ids=lambda s: s.value)
@pytest.mark.parametrize("region", ["Right", "Midline", "Left"])
def test_a_marker_lies_in_the_drawn_part_of_the_outline_its_row_names(side, region) -> None:
    """Every point of the outline the domain allows, taken on a grid, whose row says this view
    and this region: drawn alone, its marker's point (where it sits, or where its leader line
    ends) is inside the drawn outline, on the side of the drawn word "Right" or "Left" its row
    names, or on the drawn midline."""
    spots = [
        (x, y)
        for x, y in grid_on_body()
        if on_body(x, y) and body_side(Injury(1, "Bruise", "", "", side, x, y)) == region
    ]
    assert len(spots) >= 20, "the domain allows this region on this view"
    for x, y in spots:
        drawing = body_map([Injury(7, "Bruise", "1 cm", "", side, x, y)])
        polygon, head = drawn_parts(drawing, side)
        ((number, cx, cy),) = markers(drawing)
        lines = leaders(drawing)
        assert number == 7 and len(lines) <= 1
        if lines:  # laid apart (at the map's very top or foot): tied to its point
            ((mx, my, lx, ly),) = lines
            assert (lx, ly) == (cx, cy)
        else:
            mx, my = cx, cy
        assert inside_drawn(mx, my, polygon, head), (side, region, x, y)
        xs = [px for px, _ in polygon]
        middle = (min(xs) + max(xs)) / 2
        # The outline's coordinates span 0..1 of its box; the silhouette spans part of it.
        span = max(ox for ox, _ in OUTLINE) - min(ox for ox, _ in OUTLINE)
        box_width = (max(xs) - min(xs)) / span
        words = side_words(drawing, polygon)
        if region == "Midline":
            assert abs(mx - middle) < MIDLINE * box_width, (x, y)
        else:  # on the half whose foot carries the word her row says
            assert (mx < middle) == (words[region] < middle), (side, region, x, y)


@pytest.mark.parametrize("side", VIEWS, ids=lambda s: s.value)
def test_a_point_off_the_outline_gets_its_marker_beside_it_with_a_line(side) -> None:
    """A point between the legs ("Midline") or beside the head is on no part of her body: its
    marker is laid apart with a leader line to a dot at that point, not drawn there as if it
    named a part of the outline."""
    off = [(0.5, 0.8), (0.3, 0.05), (0.25, 0.5)]
    assert not any(on_body(x, y) for x, y in off)
    injuries = [Injury(n, "Bruise", "1 cm", "", side, x, y) for n, (x, y) in enumerate(off, 1)]
    drawing = body_map(injuries)
    lines = leaders(drawing)
    for m in body_map_layout(injuries):
        assert m.moved
        assert (*m.point, *m.at) in lines
    dots = [c for c in drawing.contents if isinstance(c, Circle) and c.r == DOT_RADIUS]
    assert len(dots) == len(off)


def crowd(n: int, seed: int, sides: tuple[BodySide, ...] = VIEWS) -> list[Injury]:
    """n injuries on the outline, with some sites marked several times over."""
    rng = random.Random(seed)
    out: list[Injury] = []
    while len(out) < n:
        x, y = rng.random(), rng.random()
        if not on_body(x, y):
            continue
        side = rng.choice(sides)
        for _ in range(rng.choice((1, 1, 1, 2, 3))):  # one site, several injuries
            if len(out) < n:
                out.append(Injury(len(out) + 1, "Bruise", "1 cm", "", side, x, y))
    return out


def segment_distance(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]):
    dx, dy = b[0] - a[0], b[1] - a[1]
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def check_layout(injuries: list[Injury]) -> tuple[Drawing, list[MapMarker]]:
    drawing = body_map(injuries)
    layout = body_map_layout(injuries, map_height(injuries))
    assert sorted(m.number for m in layout) == sorted(i.number for i in injuries)
    # The layout is what is drawn: each marker's circle and number where the layout says.
    assert sorted(markers(drawing)) == sorted((m.number, *m.at) for m in layout)
    lines = leaders(drawing)
    r = MARKER_RADIUS
    for m in layout:
        x, y = m.at
        assert r <= x <= drawing.width - r and r <= y <= drawing.height - r  # on the drawing
        if m.moved:  # its line, from its own point to its marker
            assert (*m.point, *m.at) in lines, m
        else:  # on its point, and that point on the drawn outline
            polygon, head = drawn_parts(drawing, m.side)
            assert inside_drawn(x, y, polygon, head), m
    assert len(lines) == sum(m.moved for m in layout)
    for a, b in combinations(layout, 2):  # no two markers' boxes meet
        gap = max(abs(a.at[0] - b.at[0]), abs(a.at[1] - b.at[1]))
        assert gap >= 2 * r + MARKER_GAP, (a, b)
    for m in layout:
        for other in layout:
            if other is m:
                continue
            # Its point is under no other marker's label (the marker's square box).
            under = max(abs(m.point[0] - other.at[0]), abs(m.point[1] - other.at[1]))
            assert under >= r + DOT_RADIUS, (m, other)
            if m.moved:  # and its line runs under no other marker
                assert segment_distance(other.at, m.point, m.at) >= r, (m, other)
    return drawing, layout


@pytest.mark.parametrize("n", [35, 60])
@pytest.mark.parametrize("seed", range(4))
def test_a_crowded_map_keeps_every_leader_line_visible(n, seed) -> None:
    _, layout = check_layout(crowd(n, seed))
    assert sum(m.moved for m in layout) > 0  # crowded: some are laid apart


@pytest.mark.parametrize("n", [35, 60])
def test_a_crowded_map_on_one_view_alone_keeps_every_line_visible(n) -> None:
    """Every injury on the front: the map grows taller to give their markers room."""
    drawing, _ = check_layout(crowd(n, 99, sides=(BodySide.FRONT,)))
    assert drawing.width <= 170 * 2.8346  # within the page's text width (170 mm)
