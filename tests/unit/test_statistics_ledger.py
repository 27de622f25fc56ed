"""The release ledger in the vault: months then their quarter released through the service,
the ledger read back, and the subtraction a reader would do (quarter minus two months) tried
on it; a period released again with other figures is refused in words."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from onestop.db.releases import StatisticsRelease
from onestop.domain.casefile import GbvType
from onestop.domain.consent import Decision, Purpose
from onestop.domain.periods import Period
from onestop.domain.releases import Cell, Release, exposed
from onestop.domain.roles import Action, Role, Section
from onestop.domain.statistics import SMALL, alias
from onestop.errors import ValidationFailed
from onestop.services.consent import ConsentService
from onestop.services.settings import SettingsService
from onestop.services.statistics import StatisticsService
from tests.backdate import backdate
from tests.unit.test_statistics import open_cases

pytestmark = pytest.mark.both_backends

RAPE = ("by_type", "rape", "incidents")


def ledger(vault) -> list[Release]:
    with vault.sign_in(Role.MANAGER) as m, m.unit_of_work(Section.STATISTICS, Action.READ) as s:
        rows = s.scalars(select(StatisticsRelease).order_by(StatisticsRelease.id)).all()
        return [
            Release(
                Period(r.period_start, r.period_end),
                {(t, w, c): Cell(v, bool(h)) for t, w, c, v, h in json.loads(r.cells)},
            )
            for r in rows
        ]


def test_a_quarter_after_its_months_cannot_be_subtracted(vault) -> None:
    quarter = Period.last_quarter(datetime.now(UTC).date())
    first, second, third = quarter.children()
    open_cases(vault, 3, GbvType.RAPE)  # a small count: "<5" in the first month
    open_cases(vault, 6, GbvType.PHYSICAL_ASSAULT)
    open_cases(vault, 5, GbvType.SEXUAL_ASSAULT)
    backdate(vault, first)
    for month in (second, third):
        open_cases(vault, 6, GbvType.RAPE)
        open_cases(vault, 7, GbvType.PHYSICAL_ASSAULT)
        backdate(vault, month)
    with vault.sign_in(Role.MANAGER) as manager:
        service = StatisticsService(manager)
        months = [service.compile(m) for m in (first, second, third)]
        whole = service.compile(quarter)
    assert months[0].tables[0].shown("Rape").text == SMALL
    assert [m.tables[0].shown("Rape").text for m in months[1:]] == ["6", "6"]
    # Without the ledger the quarter would print 15 rapes, and 15 − 6 − 6 = 3.
    assert whole.tables[0].shown("Rape").hidden
    assert any("were released before" in note for note in whole.notes)
    released = ledger(vault)
    assert [r.period for r in released] == [first, second, third, quarter]
    published = {
        r.period: {k: c.value for k, c in r.cells.items() if not c.hidden} for r in released
    }
    assert RAPE not in published[quarter]
    assert exposed(released, alias) == {}


def test_a_period_released_again_with_other_figures_is_refused(vault) -> None:
    refs = open_cases(vault, 6, GbvType.RAPE)
    month = backdate(vault)
    with vault.sign_in(Role.MANAGER) as manager:
        first = StatisticsService(manager).compile(month)
        again = StatisticsService(manager).compile(month)  # the same figures: the same release
    assert [t.cells() for t in again.tables] == [t.cells() for t in first.tables]
    with vault.sign_in(Role.CASEWORKER) as cw:
        ConsentService(cw).record(refs[0], Purpose.STATISTICS, Decision.WITHDRAWN)
    with (
        vault.sign_in(Role.MANAGER) as manager,
        pytest.raises(ValidationFailed, match=r"released on .* figures have changed since"),
    ):
        StatisticsService(manager).compile(month)
    assert len(ledger(vault)) == 2


def test_the_ledger_dates_a_release_on_the_centres_day(vault) -> None:
    """The centre's zone chosen so that its date today is not the date in UTC (UTC+14 from
    11:00 UTC on, UTC-11 before): the ledger, and a refusal naming a release, say the
    centre's day, as the documents do, not UTC's."""
    now = datetime.now(UTC)
    zone = "Pacific/Kiritimati" if now.hour >= 11 else "Pacific/Pago_Pago"
    month = Period.last_month(now.date())
    with vault.sign_in(Role.ADMIN) as admin:
        SettingsService(admin).update(time_zone=zone)
    with vault.sign_in(Role.MANAGER) as manager:
        service = StatisticsService(manager)
        service.compile(month)
        [(period, day)] = service.released()
    centre_day = datetime.now(ZoneInfo(zone)).date()
    assert centre_day != datetime.now(UTC).date()
    assert (period, day) == (month.name, centre_day.isoformat())
