"""The rules of coordinated work besides risk: conference actions, the referral loop, the
shelter's beds. Internal figures: nothing here is suppressed (statistics that leave the centre
are another matter, in the documents)."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

REFERRAL_OVERDUE_DAYS = 7


class SharingReason(StrEnum):
    """Why a case goes to a multi-agency risk conference without the survivor's consent
    (SafeLives' MARAC referral form asks it), decided for each case."""

    # Values unlike any other list's: labels are looked up by value (services.labels).
    HIGH_RISK = "serious_harm"  # a high risk of serious harm or homicide
    RISK_TO_CHILDREN = "risk_to_children"
    RISK_TO_OTHERS = "risk_to_others"  # to other adults, or to staff
    SERIOUS_CRIME = "serious_crime"  # to prevent or detect a serious crime
    NOT_CONTACTABLE = "not_contactable"  # she could not be asked safely in time


class Sector(StrEnum):
    HEALTH = "health"
    POLICE = "police"
    JUSTICE = "justice_legal_aid"
    SHELTER_HOUSING = "shelter_housing"
    PSYCHOSOCIAL = "psychosocial"
    SOCIO_ECONOMIC = "socio_economic"
    CHILD_SERVICES = "child_services"
    COMMUNITY_FAITH = "community_faith"

    @property
    def label(self) -> str:
        return {
            Sector.HEALTH: "Health",
            Sector.POLICE: "Police",
            Sector.JUSTICE: "Justice and legal aid",
            Sector.SHELTER_HOUSING: "Shelter and housing",
            Sector.PSYCHOSOCIAL: "Psychosocial",
            Sector.SOCIO_ECONOMIC: "Socio-economic support",
            Sector.CHILD_SERVICES: "Child services",
            Sector.COMMUNITY_FAITH: "Community and faith groups",
        }[self]

    @classmethod
    def parse(cls, text: str) -> Sector:
        key = text.strip().lower()
        for sector in cls:
            if key in (sector.value, sector.label.lower()):
                return sector
        names = "; ".join(s.label for s in cls)
        raise ValueError(f"Unknown sector {text.strip()!r}; choose one of: {names}.")


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    NOT_DONE = "not_done"
    NO_LONGER_POSSIBLE = "no_longer_possible"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @property
    def needs_reason(self) -> bool:
        return self in (ActionStatus.NOT_DONE, ActionStatus.NO_LONGER_POSSIBLE)

    @property
    def carried(self) -> bool:
        """Still to be done: carried to the next meeting (not done is reviewed again)."""
        return self in (ActionStatus.OPEN, ActionStatus.NOT_DONE)


def referral_overdue(
    status: str,
    sent_at: datetime | None,
    responded_at: datetime | None,
    now: datetime,
    days: int = REFERRAL_OVERDUE_DAYS,
) -> bool:
    """A sent referral with no answer more than ``days`` after it was sent."""
    return (
        status == "sent"
        and sent_at is not None
        and responded_at is None
        and now - sent_at > timedelta(days=days)
    )


@dataclass(frozen=True)
class AgencyFigures:
    agency: str
    sent: int
    accepted: int
    declined: int
    completed: int
    overdue: int
    median_days_to_response: float | None


@dataclass(frozen=True)
class ReferralFacts:
    agency: str
    status: str
    sent_at: datetime | None
    responded_at: datetime | None


def network_figures(
    referrals: Iterable[ReferralFacts], now: datetime, days: int = REFERRAL_OVERDUE_DAYS
) -> list[AgencyFigures]:
    """Per agency: referrals sent, accepted, declined, completed, overdue, and the median days
    from sending to an answer. Drafts are not counted (never sent)."""
    by_agency: dict[str, list[ReferralFacts]] = {}
    for r in referrals:
        if r.sent_at is not None:
            by_agency.setdefault(r.agency, []).append(r)
    figures = []
    for agency, rows in sorted(by_agency.items(), key=lambda kv: kv[0].casefold()):
        waits = [
            (r.responded_at - r.sent_at).total_seconds() / 86400
            for r in rows
            if r.responded_at is not None and r.sent_at is not None
        ]
        accepted = sum(1 for r in rows if r.status in ("accepted", "completed"))
        figures.append(
            AgencyFigures(
                agency=agency,
                sent=len(rows),
                accepted=accepted,
                declined=sum(1 for r in rows if r.status == "declined"),
                completed=sum(1 for r in rows if r.status == "completed"),
                overdue=sum(
                    1
                    for r in rows
                    if referral_overdue(r.status, r.sent_at, r.responded_at, now, days)
                ),
                median_days_to_response=round(statistics.median(waits), 1) if waits else None,
            )
        )
    return figures


# -- the shelter --


def stay_days(admitted: date, until: date) -> int:
    """Nights stayed from ``admitted`` to ``until`` (a same-day stay counts as one)."""
    return max(1, (until - admitted).days)


def over_max_stay(admitted: date, today: date, max_days: int | None) -> bool:
    return max_days is not None and (today - admitted).days > max_days


def near_max_stay(admitted: date, today: date, max_days: int | None, warn_days: int = 1) -> bool:
    """Within ``warn_days`` of the maximum stay, not yet over it."""
    if max_days is None:
        return False
    spent = (today - admitted).days
    return max_days - warn_days <= spent <= max_days


@dataclass(frozen=True)
class MonthOccupancy:
    month: date  # the first of the month
    beds: int
    bed_nights: int
    occupied_nights: int
    admissions: int
    discharges: int

    @property
    def rate(self) -> float:
        return self.occupied_nights / self.bed_nights if self.bed_nights else 0.0


@dataclass(frozen=True)
class StayFacts:
    admitted: date
    exited: date | None


def month_occupancy(
    month: date, beds: int, stays: Sequence[StayFacts], today: date
) -> MonthOccupancy:
    """Occupied bed-nights in ``month`` (a night counts for the date it starts on), admissions
    and discharges in it, against the beds configured now."""
    first = month.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    nights_in_month = (following - first).days
    occupied = 0
    for stay in stays:
        end = stay.exited or max(today, stay.admitted + timedelta(days=1))
        start, stop = max(stay.admitted, first), min(end, following)
        occupied += max(0, (stop - start).days)
    return MonthOccupancy(
        month=first,
        beds=beds,
        bed_nights=beds * nights_in_month,
        occupied_nights=occupied,
        admissions=sum(1 for s in stays if first <= s.admitted < following),
        discharges=sum(1 for s in stays if s.exited is not None and first <= s.exited < following),
    )
