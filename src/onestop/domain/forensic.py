"""Forensic specimens and their chain of custody.

The chain is append-only and in order: each hand-over comes after the previous one (and after
collection), and starts from whoever held the specimen last — the examiner who collected it,
for the first. A break in that continuity is what a defence lawyer looks for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from onestop.domain.clinical import Window
from onestop.domain.search import fold
from onestop.domain.validation import Problems
from onestop.i18n import QT_TRANSLATE_NOOP

CLOCK_SKEW = timedelta(minutes=5)


class SpecimenType(StrEnum):
    ORAL_SWAB = "oral_swab"
    VAGINAL_SWAB = "vaginal_swab"
    ANAL_SWAB = "anal_swab"
    SKIN_SWAB = "skin_swab"
    FINGERNAIL = "fingernail"
    BLOOD = "blood"
    URINE = "urine"
    CLOTHING = "clothing"
    OTHER = "other"

    @property
    def window(self) -> Window | None:
        """The sampling window that applies to this specimen, if any."""
        return {
            SpecimenType.ORAL_SWAB: Window.FORENSIC_ORAL,
            SpecimenType.VAGINAL_SWAB: Window.FORENSIC_VAGINAL,
            SpecimenType.ANAL_SWAB: Window.FORENSIC_ANAL,
        }.get(self)


@dataclass(frozen=True)
class Handover:
    handed_from: str
    handed_to: str
    organisation: str
    at: datetime
    purpose: str


def check_handover(
    collected_by: str,
    collected_at: datetime,
    chain: Sequence[Handover],
    new: Handover,
    now: datetime,
) -> Problems:
    problems: Problems = {}
    for field in ("handed_from", "handed_to", "organisation", "purpose"):
        if not getattr(new, field).strip():
            problems[field] = QT_TRANSLATE_NOOP("Messages", "This cannot be left empty.")
    if new.at > now + CLOCK_SKEW:
        problems["at"] = QT_TRANSLATE_NOOP("Messages", "A hand-over cannot be in the future.")
    elif new.at < collected_at:
        problems["at"] = QT_TRANSLATE_NOOP(
            "Messages", "A hand-over cannot come before the specimen was collected."
        )
    elif chain and new.at < chain[-1].at:
        problems["at"] = QT_TRANSLATE_NOOP(
            "Messages",
            "Hand-overs are recorded in order: this one is earlier than the last one recorded.",
        )
    holder = chain[-1].handed_to if chain else collected_by
    if new.handed_from.strip() and fold(new.handed_from) != fold(holder):
        problems["handed_from"] = QT_TRANSLATE_NOOP(
            "Messages", "The specimen was last with {holder}; the hand-over must start from them."
        ).format(holder=holder)
    if fold(new.handed_from) == fold(new.handed_to) and new.handed_to.strip():
        problems["handed_to"] = QT_TRANSLATE_NOOP("Messages", "A hand-over goes to someone else.")
    return problems
