"""The centre's settings: read by every member of staff, changed by an admin, audited."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from onestop.clock import valid_zone, workstation_zone
from onestop.db.base import utcnow
from onestop.db.settings import Setting
from onestop.domain.audit import AuditAction
from onestop.domain.roles import Action, Section
from onestop.errors import ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.session import VaultSession

CENTRE_NAME = "centre_name"
# How a partner agency reaches the centre ("contact her through us"): printed on the letters.
CENTRE_ADDRESS = "centre_address"
CENTRE_PHONE = "centre_phone"
CENTRE_EMAIL = "centre_email"
IDLE_LOCK_MINUTES = "idle_lock_minutes"
REFERRAL_OVERDUE_DAYS = "referral_overdue_days"
SHELTER_MAX_STAY_DAYS = "shelter_max_stay_days"  # 0: no limit
TIME_ZONE = "time_zone"  # IANA name; not stored: the workstation's zone
DEFAULTS: dict[str, Any] = {
    CENTRE_NAME: "One-stop centre",
    CENTRE_ADDRESS: "",
    CENTRE_PHONE: "",
    CENTRE_EMAIL: "",
    IDLE_LOCK_MINUTES: 5,
    REFERRAL_OVERDUE_DAYS: 7,
    SHELTER_MAX_STAY_DAYS: 0,
}
IDLE_LOCK_RANGE = (1, 60)
OVERDUE_RANGE = (1, 90)
MAX_STAY_RANGE = (0, 3650)


def _centre_name_problem(name: str) -> str:
    if not name.strip():
        return QT_TRANSLATE_NOOP(
            "Messages", "Give the centre's name as it should print on documents."
        )
    if len(name) > 200 or any(ord(c) < 32 and c != "\t" for c in name):
        return QT_TRANSLATE_NOOP("Messages", "One line of at most 200 characters.")
    return ""


def _problem(key: str, value: Any) -> str:
    """What is wrong with ``value`` for the setting ``key`` ("" when nothing is), in the words
    shown under its field (the fields are named as the settings)."""
    if key == CENTRE_NAME:
        return _centre_name_problem(value)
    if key == TIME_ZONE:
        if valid_zone(value):
            return ""
        return QT_TRANSLATE_NOOP(
            "Messages", "Choose a time zone from the list, e.g. Africa/Nairobi."
        )
    low, high = {
        IDLE_LOCK_MINUTES: IDLE_LOCK_RANGE,
        REFERRAL_OVERDUE_DAYS: OVERDUE_RANGE,
        SHELTER_MAX_STAY_DAYS: MAX_STAY_RANGE,
    }[key]
    if low <= value <= high:
        return ""
    if key == IDLE_LOCK_MINUTES:
        return QT_TRANSLATE_NOOP("Messages", "Between {low} and %n minute(s).", "", high).format(
            low=low
        )
    if key == REFERRAL_OVERDUE_DAYS:
        return QT_TRANSLATE_NOOP("Messages", "Between {low} and %n day(s).", "", high).format(
            low=low
        )
    return QT_TRANSLATE_NOOP(
        "Messages", "Between {low} (no limit) and %n day(s).", "", high
    ).format(low=low)


@dataclass(frozen=True)
class CentreContact:
    address: str  # several lines
    phone: str
    email: str

    def line(self) -> str:
        """Telephone and e-mail on one line, as a letterhead prints them."""
        return " · ".join(x for x in (self.phone, self.email) if x)


class SettingsService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def _get(self, key: str) -> Any:
        # Not survivor data: any signed-in member of staff reads it, unaudited.
        with self._session.system_transaction() as s:
            row = s.get(Setting, key)
            return json.loads(row.value) if row is not None else DEFAULTS[key]

    def centre_name(self) -> str:
        return str(self._get(CENTRE_NAME))

    def centre_contact(self) -> CentreContact:
        """The centre's address, telephone and e-mail ("" where not set)."""
        address, phone, email = (
            str(self._get(key)) for key in (CENTRE_ADDRESS, CENTRE_PHONE, CENTRE_EMAIL)
        )
        return CentreContact(address, phone, email)

    def idle_lock_minutes(self) -> int:
        return int(self._get(IDLE_LOCK_MINUTES))

    def referral_overdue_days(self) -> int:
        """Days after which a sent referral without an answer is overdue."""
        return int(self._get(REFERRAL_OVERDUE_DAYS))

    def shelter_max_stay_days(self) -> int | None:
        """The longest stay before the board warns (None: no limit, the default)."""
        return int(self._get(SHELTER_MAX_STAY_DAYS)) or None

    def time_zone(self) -> str:
        """The IANA zone the centre's documents print their times in: the one an admin
        chose, else this workstation's (a stored zone this system no longer knows, too)."""
        with self._session.system_transaction() as s:
            return zone_name(s)

    def update(
        self,
        *,
        centre_name: str | None = None,
        idle_lock_minutes: int | None = None,
        referral_overdue_days: int | None = None,
        shelter_max_stay_days: int | None = None,
        time_zone: str | None = None,
        centre_contact: CentreContact | None = None,
    ) -> None:
        given = {
            CENTRE_NAME: centre_name,
            IDLE_LOCK_MINUTES: idle_lock_minutes,
            REFERRAL_OVERDUE_DAYS: referral_overdue_days,
            SHELTER_MAX_STAY_DAYS: shelter_max_stay_days,
            TIME_ZONE: time_zone,
        }
        changes: dict[str, Any] = {key: v for key, v in given.items() if v is not None}
        problems = {key: found for key, v in changes.items() if (found := _problem(key, v))}
        if centre_contact is not None:
            changes.update(_contact_changes(centre_contact, problems))
        if problems:
            raise ValidationFailed.of(problems)
        session = self._session
        with session.unit_of_work(Section.ADMINISTRATION, Action.WRITE) as s:
            for key, value in changes.items():
                row = s.get(Setting, key) or Setting(key=key)
                row.value = json.dumps(value, ensure_ascii=False)
                row.updated_at, row.updated_by = utcnow(), session.actor.username
                s.add(row)
            session.audit(
                s,
                AuditAction.SETTINGS_CHANGED,
                Section.ADMINISTRATION,
                detail=", ".join(sorted(changes)),
            )


def _contact_changes(contact: CentreContact, problems: dict[str, str]) -> dict[str, Any]:
    """The centre's contact as settings, each field checked: an address of a few lines, a
    telephone and an e-mail of one line."""
    if len(contact.address) > 500 or contact.address.count("\n") > 6:
        problems["centre_address"] = QT_TRANSLATE_NOOP(
            "Messages", "At most 7 lines and 500 characters."
        )
    for key, value in (("centre_phone", contact.phone), ("centre_email", contact.email)):
        if len(value) > 200 or any(ord(c) < 32 for c in value):
            problems[key] = QT_TRANSLATE_NOOP("Messages", "One line of at most 200 characters.")
    return {
        CENTRE_ADDRESS: contact.address.strip(),
        CENTRE_PHONE: contact.phone.strip(),
        CENTRE_EMAIL: contact.email.strip(),
    }


def zone_name(s: Session) -> str:
    """The centre's zone (SettingsService.time_zone), read in the caller's transaction."""
    row = s.get(Setting, TIME_ZONE)
    chosen = json.loads(row.value) if row is not None else ""
    return chosen if isinstance(chosen, str) and valid_zone(chosen) else workstation_zone()


def centre_zone(s: Session) -> ZoneInfo:
    """The centre's zone, in which a moment's day is the day said on screen and on paper."""
    return ZoneInfo(zone_name(s))
