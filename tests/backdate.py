"""Move what a test vault recorded today into an ended month, so that it can be released:
statistics are released only for a whole month, quarter or year that is over
(domain.periods). The records stay as they were; only the times they carry move, by the
same amount, so that everything keeps its order (an incident before its report, a PEP dose
after the incident)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from onestop.db.cases import Case
from onestop.db.health import HealthEncounter, TreatmentRow
from onestop.db.incidents import Incident
from onestop.db.referrals import Referral
from onestop.domain.periods import Period
from onestop.domain.roles import Action, Role, Section


def last_month(today: date | None = None) -> Period:
    return Period.last_month(today or datetime.now(UTC).date())


def backdate(vault, into: Period | None = None, day: int = 10) -> Period:
    """Shift today's records to ``day`` of ``into`` (by default last month); return it."""
    into = into or last_month()
    now = datetime.now(UTC)
    shift = now - datetime.combine(into.start + timedelta(days=day - 1), now.time(), tzinfo=UTC)
    moves = [
        (Case, ("opened_at",)),
        (Incident, ("created_at", "occurred_earliest", "occurred_latest")),
        (HealthEncounter, ("seen_at",)),
        (TreatmentRow, ("given_at",)),
        (Referral, ("sent_at",)),
    ]
    recent = now - timedelta(days=7)
    with (
        vault.sign_in(Role.CASEWORKER) as cw,
        cw.unit_of_work(Section.INCIDENTS, Action.WRITE) as s,
    ):
        for model, columns in moves:
            for row in s.scalars(select(model)):
                for column in columns:
                    value = getattr(row, column)
                    if value is not None and value > recent:
                        setattr(row, column, value - shift)
    return into
