"""A reader who narrows bounds through sums, for the statistics tests: written apart from
``domain.releases``' integer program, so that each checks the other."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence

THRESHOLD = 5  # "<5": 1 to 4; "*": 0 or at least 5


def narrow(
    bounds: dict[Hashable, list[int]],
    sums: Sequence[tuple[Sequence[Hashable], Hashable]],
    starred: Iterable[Hashable] = (),
) -> None:
    """Narrow ``bounds`` (key -> [least, greatest]) in place through ``sums`` (parts, whole)
    until they stop moving; a ``starred`` count is 0 or at least 5."""
    starred = list(starred)
    for _ in range(200):
        before = {k: tuple(v) for k, v in bounds.items()}
        for parts, whole in sums:
            low = sum(bounds[p][0] for p in parts)
            high = sum(bounds[p][1] for p in parts)
            bounds[whole] = [max(bounds[whole][0], low), min(bounds[whole][1], high)]
            for p in parts:
                others_low, others_high = low - bounds[p][0], high - bounds[p][1]
                bounds[p] = [
                    max(bounds[p][0], bounds[whole][0] - others_high),
                    min(bounds[p][1], bounds[whole][1] - others_low),
                ]
        for key in starred:
            if bounds[key][0] > 0:
                bounds[key][0] = max(bounds[key][0], THRESHOLD)
            if bounds[key][1] < THRESHOLD:
                bounds[key][1] = 0
        if before == {k: tuple(v) for k, v in bounds.items()}:
            return
