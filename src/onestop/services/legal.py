"""The legal side of a case: police and court matters, hearings, protection orders.

The ``legal`` section: legal advocates write; caseworkers and managers read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from onestop.db.base import utcnow
from onestop.db.cases import Case
from onestop.db.legal import Hearing, LegalMatter, ProtectionOrder
from onestop.domain.roles import Section
from onestop.domain.validation import Problems
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.records import CaseRecords


@dataclass(frozen=True)
class MatterDetails:
    police_reference: str = ""
    court: str = ""
    court_case_number: str = ""
    notes: str = ""
    # The court bundle's cover: the judge and the parties.
    judge: str = ""
    applicant: str = ""
    respondent: str = ""


@dataclass(frozen=True)
class HearingDetails:
    held_at: datetime
    court: str
    purpose: str
    outcome: str = ""


@dataclass(frozen=True)
class OrderDetails:
    order_type: str
    issued_on: date
    expires_on: date | None
    conditions: str = ""
    active: bool = True

    def in_force(self, today: date) -> bool:
        return self.active and (self.expires_on is None or self.expires_on >= today)


class LegalMatters(CaseRecords[MatterDetails]):
    model = LegalMatter
    section = Section.LEGAL
    record_type = "legal_matter"
    label = "legal matter"

    def validate(self, s: Session, case: Case, details: MatterDetails) -> Problems:
        if not any(
            v.strip() for v in (details.police_reference, details.court, details.court_case_number)
        ):
            return {"police_reference": "Give a police reference, a court or a case number."}
        return {}

    def to_details(self, row: Any) -> MatterDetails:
        return MatterDetails(
            row.police_reference,
            row.court,
            row.court_case_number,
            row.notes,
            row.judge,
            row.applicant,
            row.respondent,
        )


class Hearings(CaseRecords[HearingDetails]):
    model = Hearing
    section = Section.LEGAL
    record_type = "hearing"
    label = "hearing"
    order_by = ("held_at", "id")

    def validate(self, s: Session, case: Case, details: HearingDetails) -> Problems:
        problems: Problems = {}
        if not details.court.strip():
            problems["court"] = QT_TRANSLATE_NOOP("Messages", "Name the court.")
        if not details.purpose.strip():
            problems["purpose"] = QT_TRANSLATE_NOOP("Messages", "Say what the hearing is for.")
        if details.outcome.strip() and details.held_at > utcnow():
            problems["outcome"] = QT_TRANSLATE_NOOP(
                "Messages", "A hearing that has not happened yet has no outcome."
            )
        return problems

    def to_details(self, row: Any) -> HearingDetails:
        return HearingDetails(row.held_at, row.court, row.purpose, row.outcome)


class ProtectionOrders(CaseRecords[OrderDetails]):
    model = ProtectionOrder
    section = Section.LEGAL
    record_type = "protection_order"
    label = "protection order"
    order_by = ("issued_on", "id")

    def validate(self, s: Session, case: Case, details: OrderDetails) -> Problems:
        problems: Problems = {}
        today = utcnow().date()
        if not details.order_type.strip():
            problems["order_type"] = QT_TRANSLATE_NOOP("Messages", "Say what kind of order it is.")
        if details.issued_on > today:
            problems["issued_on"] = QT_TRANSLATE_NOOP(
                "Messages", "An order cannot be issued in the future."
            )
        if details.expires_on is not None and details.expires_on < details.issued_on:
            problems["expires_on"] = QT_TRANSLATE_NOOP(
                "Messages", "An order cannot expire before it was issued."
            )
        elif details.active and details.expires_on is not None and details.expires_on < today:
            problems["active"] = QT_TRANSLATE_NOOP(
                "Messages", "This order has expired; it cannot be entered as active."
            )
        return problems

    def to_details(self, row: Any) -> OrderDetails:
        return OrderDetails(
            row.order_type, row.issued_on, row.expires_on, row.conditions, row.active
        )
