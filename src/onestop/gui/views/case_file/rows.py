"""The rows the case file hands to a records panel: a record's id, its version and the details
its form edits, and for some kinds a column more. Typed and frozen (a panel copies a row at
another version with ``dataclasses.replace``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from onestop.domain.clinical import IncidentTime
from onestop.services.consent import ConsentChoice
from onestop.services.forensic import ExamForm, HandoverForm, SpecimenForm
from onestop.services.incidents import IncidentForm

D = TypeVar("D")
D_co = TypeVar("D_co", covariant=True)


class RecordRow(Protocol[D_co]):
    """What a records panel reads of a row (a CaseRecord is one too)."""

    @property
    def record_id(self) -> int: ...

    @property
    def version(self) -> int: ...

    @property
    def details(self) -> D_co: ...


@dataclass(frozen=True)
class Row(Generic[D]):
    record_id: int
    version: int
    details: D


@dataclass(frozen=True)
class IncidentRow(Row[IncidentForm]):
    occurred: IncidentTime
    entered_in_error: bool = False
    error_reason: str = ""


@dataclass(frozen=True)
class ConsentRow(Row[ConsentChoice]):
    recorded_by: str  # a column of its own: the ledger's form does not hold it


@dataclass(frozen=True)
class SpecimenRow(Row[SpecimenForm]):
    holder: str  # who holds the specimen now, from its chain of custody


ExamRow = Row[ExamForm]
HandoverRow = Row[HandoverForm]
