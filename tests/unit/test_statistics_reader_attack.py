"""A reader holding only what the demo centre's manager released, working out what "<5" hides.

Found by releasing the demo centre's periods in every order and solving what was printed (an
integer program over every sum and bound the reader knows). Each test here is one thing that
did not hold before it was fixed. The demo centre is the one the
documents walk found (DemoSeeder, 300 survivors, on 5 December 2026)."""

from __future__ import annotations

import csv
import io
import itertools
from datetime import UTC, datetime
from pathlib import Path

import pytest

from onestop.demo import DemoSeeder
from onestop.domain.periods import Period
from onestop.domain.roles import Role
from onestop.reports.statistics import statistics_csv
from onestop.services.auth import create_vault, sign_in
from onestop.services.statistics import StatisticsService
from tests.conftest import ADMIN, ADMIN_PASSWORD

DEMO_DAY = datetime(2026, 12, 5, 21, 0, tzinfo=UTC)
BY_TYPE = "Incidents reported, by GBVIMS core type"
PEP = "Post-exposure prophylaxis"
REFERRALS = "Referrals made in the period, by the agency's sector"


@pytest.fixture(scope="module")
def demo_centre(tmp_path_factory) -> tuple[Path, str, str]:
    centre = tmp_path_factory.mktemp("attack") / "centre"
    create_vault(centre, ADMIN, ADMIN_PASSWORD)
    with sign_in(centre, ADMIN, ADMIN_PASSWORD) as admin:
        demo = DemoSeeder(admin).seed(300, today=DEMO_DAY.date(), now=DEMO_DAY)
    manager = next(a for a in demo.accounts if a.role is Role.MANAGER)
    return centre, manager.username, manager.password


def _printed(stats) -> dict[tuple[str, str, str], str]:
    """The released CSV, as a partner reads it: (table, row, column) -> the printed text."""
    text = statistics_csv(stats).decode("utf-8-sig")
    return {
        (r["table"], r["row"], r["column"]): r["value"] for r in csv.DictReader(io.StringIO(text))
    }


def _possible(text: str, most: int) -> range | list[int]:
    """What a printed count may be, as docs/DOMAIN.md tells the reader."""
    if text == "<5":
        return range(1, 5)
    if text == "*":
        return [0, *range(5, most + 1)]
    return [int(text)]


def test_a_months_rape_survivors_do_not_pin_its_small_incident_counts(demo_centre) -> None:
    """August 2026, the first release of the centre. Its incidents by type print Rape "*",
    Physical assault 10, four types "<5", total 20; its PEP table counts 6 rape survivors.
    Each of those six had a rape reported in the month, so the reader knows Rape is at least
    6; with the total, Rape is 6 and each "<5" is exactly 1, unless the release check also
    knows what one table bounds in another (rape survivors <= rapes)."""
    centre, user, password = demo_centre
    with sign_in(centre, user, password) as manager:
        stats = StatisticsService(manager).compile(Period.parse("2026-08"))
    printed = _printed(stats)
    # What it hid further, it says why, and names no release: there was none before it.
    assert any("further counts are marked *: with the other counts" in n for n in stats.notes)
    assert not any("were released before" in note for note in stats.notes), stats.notes
    rows = [
        (row, text)
        for (table, row, column), text in printed.items()
        if table == BY_TYPE and row != "Total"
    ]
    total = int(printed[(BY_TYPE, "Total", "Incidents")])
    survivors = printed[(PEP, "Total", "Rape survivors")]
    fewest_rapes = 1 if survivors == "<5" else 0 if survivors == "*" else int(survivors)
    can_be: dict[str, set[int]] = {row: set() for row, _ in rows}
    for values in itertools.product(*(_possible(text, total) for _, text in rows)):
        by_row = dict(zip((row for row, _ in rows), values, strict=True))
        if sum(values) == total and by_row["Rape"] >= fewest_rapes:
            for row, value in by_row.items():
                can_be[row].add(value)
    pinned = {
        row: sorted(can_be[row]) for row, text in rows if text == "<5" and len(can_be[row]) == 1
    }
    assert not pinned, f"the reader works out {pinned} from one release"
