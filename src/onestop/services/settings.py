"""The centre's settings: read by every member of staff, changed by an admin, audited."""

from __future__ import annotations

import json
from typing import Any

from onestop.db.base import utcnow
from onestop.db.settings import Setting
from onestop.domain.audit import AuditAction
from onestop.domain.roles import Action, Section
from onestop.errors import ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.session import VaultSession

CENTRE_NAME = "centre_name"
IDLE_LOCK_MINUTES = "idle_lock_minutes"
REFERRAL_OVERDUE_DAYS = "referral_overdue_days"
SHELTER_MAX_STAY_DAYS = "shelter_max_stay_days"  # 0: no limit
CENTRE_ADDRESS = "centre_address"  # printed on documents that leave the centre
CENTRE_CONTACT = "centre_contact"  # telephone and email, one line
DEFAULTS: dict[str, Any] = {
    CENTRE_NAME: "One-stop centre",
    CENTRE_ADDRESS: "",
    CENTRE_CONTACT: "",
    IDLE_LOCK_MINUTES: 5,
    REFERRAL_OVERDUE_DAYS: 7,
    SHELTER_MAX_STAY_DAYS: 0,
}
IDLE_LOCK_RANGE = (1, 60)
OVERDUE_RANGE = (1, 90)
MAX_STAY_RANGE = (0, 3650)


def _centre(
    name: str | None,
    address: str | None,
    contact: str | None,
    problems: dict[str, str],
    changes: dict[str, Any],
) -> None:
    """The centre's name (one line), address (lines) and contact (one line), as documents
    print them, checked, into ``changes``."""
    if name is not None:
        if not name.strip():
            problems["centre_name"] = QT_TRANSLATE_NOOP(
                "Messages", "Give the centre's name as it should print on documents."
            )
        elif len(name) > 200 or any(ord(c) < 32 and c != "\t" for c in name):
            problems["centre_name"] = QT_TRANSLATE_NOOP(
                "Messages", "One line of at most 200 characters."
            )
        changes[CENTRE_NAME] = name
    if address is not None:
        if len(address) > 500 or any(ord(c) < 32 and c not in "\t\n" for c in address):
            problems["centre_address"] = QT_TRANSLATE_NOOP("Messages", "At most 500 characters.")
        changes[CENTRE_ADDRESS] = address.strip()
    if contact is not None:
        if len(contact) > 200 or any(ord(c) < 32 for c in contact):
            problems["centre_contact"] = QT_TRANSLATE_NOOP(
                "Messages", "One line of at most 200 characters."
            )
        changes[CENTRE_CONTACT] = contact.strip()


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

    def centre_address(self) -> str:
        """The centre's postal address (may span lines), as documents print it."""
        return str(self._get(CENTRE_ADDRESS))

    def centre_contact(self) -> str:
        """The centre's telephone and email, one line, as documents print it."""
        return str(self._get(CENTRE_CONTACT))

    def idle_lock_minutes(self) -> int:
        return int(self._get(IDLE_LOCK_MINUTES))

    def referral_overdue_days(self) -> int:
        """Days after which a sent referral without an answer is overdue."""
        return int(self._get(REFERRAL_OVERDUE_DAYS))

    def shelter_max_stay_days(self) -> int | None:
        """The longest stay before the board warns (None: no limit, the default)."""
        return int(self._get(SHELTER_MAX_STAY_DAYS)) or None

    def update(
        self,
        *,
        centre_name: str | None = None,
        idle_lock_minutes: int | None = None,
        referral_overdue_days: int | None = None,
        shelter_max_stay_days: int | None = None,
        centre_address: str | None = None,
        centre_contact: str | None = None,
    ) -> None:
        problems: dict[str, str] = {}
        changes: dict[str, Any] = {}
        _centre(centre_name, centre_address, centre_contact, problems, changes)
        if idle_lock_minutes is not None:
            low, high = IDLE_LOCK_RANGE
            if not low <= idle_lock_minutes <= high:
                problems["idle_lock_minutes"] = QT_TRANSLATE_NOOP(
                    "Messages", "Between {low} and {high} minutes."
                ).format(low=low, high=high)
            changes[IDLE_LOCK_MINUTES] = idle_lock_minutes
        if referral_overdue_days is not None:
            low, high = OVERDUE_RANGE
            if not low <= referral_overdue_days <= high:
                problems["referral_overdue_days"] = QT_TRANSLATE_NOOP(
                    "Messages", "Between {low} and {high} days."
                ).format(low=low, high=high)
            changes[REFERRAL_OVERDUE_DAYS] = referral_overdue_days
        if shelter_max_stay_days is not None:
            low, high = MAX_STAY_RANGE
            if not low <= shelter_max_stay_days <= high:
                problems["shelter_max_stay_days"] = QT_TRANSLATE_NOOP(
                    "Messages", "Between {low} (no limit) and {high} days."
                ).format(low=low, high=high)
            changes[SHELTER_MAX_STAY_DAYS] = shelter_max_stay_days
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
