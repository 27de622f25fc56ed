"""The body outline injuries are placed on, in the coordinates an injury records.

x runs 0..1 from the left edge of the outline's box to the right, y runs 0..1 from the top of
the head to the soles; the box is ``ASPECT`` times as wide as it is high. The desktop
application's body-map widget and the medico-legal report draw this same outline, so a marker
sits on the same spot on screen and on paper. The front view is seen from the front (her right
on the left of the picture); the back view from behind.
"""

from __future__ import annotations

ASPECT = 0.5

# (x, y) points of the right half of the silhouette, top to bottom, outside then inside.
_RIGHT_HALF: tuple[tuple[float, float], ...] = (
    (0.54, 0.125),  # neck
    (0.545, 0.165),
    (0.70, 0.195),  # shoulder
    (0.76, 0.24),
    (0.79, 0.33),  # outer arm
    (0.83, 0.47),
    (0.87, 0.56),  # hand
    (0.86, 0.60),
    (0.82, 0.60),
    (0.78, 0.50),
    (0.73, 0.37),  # inner arm
    (0.69, 0.30),
    (0.68, 0.40),  # waist
    (0.71, 0.50),  # hip
    (0.69, 0.62),
    (0.65, 0.78),  # outer leg
    (0.64, 0.94),
    (0.68, 0.99),  # foot
    (0.56, 0.99),
    (0.555, 0.78),  # inner leg
    (0.52, 0.58),
    (0.50, 0.56),  # crotch
)

OUTLINE: tuple[tuple[float, float], ...] = _RIGHT_HALF + tuple(
    (round(1 - x, 3), y) for x, y in reversed(_RIGHT_HALF[:-1])
)
HEAD = (0.5, 0.065, 0.075, 0.06)  # centre x, centre y, radius x, radius y


def on_body(x: float, y: float) -> bool:
    """Is (x, y) on the outline: inside its silhouette (even-odd rule, as it is drawn) or its
    head. A point off it (between an arm and the waist, between the legs, beside the head) is
    on no part of her body, so a marker drawn there names none."""
    cx, cy, rx, ry = HEAD
    if ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1.0:
        return True
    inside = False
    n = len(OUTLINE)
    for k in range(n):
        (ax, ay), (bx, by) = OUTLINE[k], OUTLINE[(k + 1) % n]
        if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
            inside = not inside
    return inside
