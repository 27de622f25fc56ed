"""The consent ledger: what the survivor agreed to, for which purpose, and when.

The ledger is append-only: a withdrawal is a new entry, never an edit. The current decision for
a purpose (and, for sharing with an agency, that agency) is the latest entry made at or before
the moment asked about; no entry means no consent.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Purpose(StrEnum):
    MEDICAL_EXAMINATION = "medical_examination"
    FORENSIC_COLLECTION = "forensic_collection"
    PHOTOGRAPHY = "photography"
    SHARE_WITH_POLICE = "share_with_police"
    SHARE_WITH_AGENCY = "share_with_agency"  # with a named agency
    USE_IN_COURT = "use_in_court"
    STATISTICS = "statistics"  # inclusion in anonymised statistics

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class Decision(StrEnum):
    GIVEN = "given"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class GivenBy(StrEnum):
    SURVIVOR = "survivor"
    GUARDIAN = "guardian"


@dataclass(frozen=True)
class ConsentEntry:
    purpose: Purpose
    decision: Decision
    decided_at: datetime
    given_by: GivenBy
    agency: str = ""  # for SHARE_WITH_AGENCY only
    seq: int = 0  # order of recording, breaks ties between entries at the same moment


def agency_key(agency: str) -> str:
    """Agencies are matched by name regardless of case, accents or spacing."""
    folded = unicodedata.normalize("NFKD", agency).casefold()
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).split())


def current_decision(
    entries: Iterable[ConsentEntry], purpose: Purpose, at: datetime, agency: str = ""
) -> ConsentEntry | None:
    """The entry in force for ``purpose`` (and ``agency``) at ``at``, or None."""
    if purpose is Purpose.SHARE_WITH_AGENCY and not agency.strip():
        raise ValueError("sharing with an agency needs the agency's name")
    key = agency_key(agency) if purpose is Purpose.SHARE_WITH_AGENCY else ""
    relevant = [
        e
        for e in entries
        if e.purpose is purpose
        and e.decided_at <= at
        and (purpose is not Purpose.SHARE_WITH_AGENCY or agency_key(e.agency) == key)
    ]
    if not relevant:
        return None
    return max(relevant, key=lambda e: (e.decided_at, e.seq))


def may_use(
    entries: Iterable[ConsentEntry], purpose: Purpose, at: datetime, agency: str = ""
) -> bool:
    """May the survivor's information be used for ``purpose`` now? Only with consent in force."""
    entry = current_decision(entries, purpose, at, agency)
    return entry is not None and entry.decision is Decision.GIVEN
