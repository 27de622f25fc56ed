"""The consent ledger: what the survivor agreed to, for which purpose, and when.

The ledger is append-only: a withdrawal is a new entry, never an edit. The current decision for
a purpose (and, for sharing with an agency, that agency) is the latest entry made at or before
the moment asked about; no entry means no consent. An agency is the directory's record when both
the question and the entry name one (its id: a spelling difference cannot matter), else its name.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class Purpose(StrEnum):
    MEDICAL_EXAMINATION = "medical_examination"
    FORENSIC_COLLECTION = "forensic_collection"
    PHOTOGRAPHY = "photography"
    SHARE_WITH_POLICE = "share_with_police"
    SHARE_WITH_AGENCY = "share_with_agency"  # with a named agency
    USE_IN_COURT = "use_in_court"
    # Her counselling notes disclosed to a court: never under the general "use in court".
    COUNSELLING_TO_COURT = "counselling_to_court"
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
    agency_id: int | None = None  # the directory's record of the agency, when chosen from it


def agency_key(agency: str) -> str:
    """Agencies are matched by name regardless of case, accents or spacing."""
    folded = unicodedata.normalize("NFKD", agency).casefold()
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).split())


def same_agency(entry: ConsentEntry, agency: str, agency_id: int | None) -> bool:
    """Is ``entry`` about this agency? The directory's record decides when both name one; a
    name typed by hand (an agency not in the directory, an entry older than the link) is
    matched by :func:`agency_key`."""
    if agency_id is not None and entry.agency_id is not None:
        return entry.agency_id == agency_id
    return agency_key(entry.agency) == agency_key(agency)


def current_decision(
    entries: Iterable[ConsentEntry],
    purpose: Purpose,
    at: datetime,
    agency: str = "",
    agency_id: int | None = None,
) -> ConsentEntry | None:
    """The entry in force for ``purpose`` (and the agency) at ``at``, or None."""
    if purpose is Purpose.SHARE_WITH_AGENCY and not agency.strip() and agency_id is None:
        raise ValueError("sharing with an agency needs the agency")
    relevant = [
        e
        for e in entries
        if e.purpose is purpose
        and e.decided_at <= at
        and (purpose is not Purpose.SHARE_WITH_AGENCY or same_agency(e, agency, agency_id))
    ]
    if not relevant:
        return None
    return max(relevant, key=lambda e: (e.decided_at, e.seq))


def may_use(
    entries: Iterable[ConsentEntry],
    purpose: Purpose,
    at: datetime,
    agency: str = "",
    agency_id: int | None = None,
) -> bool:
    """May the survivor's information be used for ``purpose`` now? Only with consent in force."""
    entry = current_decision(entries, purpose, at, agency, agency_id)
    return entry is not None and entry.decision is Decision.GIVEN


class Told(StrEnum):
    """Whether she was told of a sharing without her consent (SafeLives' MARAC guidance and
    the Inter-agency GBV Case Management Guidelines: record whether she was told, and if not,
    why not; the receiving agency must know, so that it does not reveal the sharing to her or
    to the perpetrator by accident)."""

    TOLD = "told"  # on a day
    WILL_BE_TOLD = "will_be_told"  # not yet: someone named will tell her
    NOT_TOLD = "not_told"  # telling her would put her or others at risk: a reason


@dataclass(frozen=True)
class ToldHer:
    """The answer to "Has she been told?" that goes with a manager's decision to share
    without her consent."""

    told: Told
    on: date | None = None  # TOLD: the day she was told
    by: str = ""  # WILL_BE_TOLD: who will tell her
    why: str = ""  # NOT_TOLD: why telling her would put her or others at risk
