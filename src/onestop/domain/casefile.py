"""The vocabulary of a survivor's file: case status, sex, incident types and contexts."""

from __future__ import annotations

import re
from enum import StrEnum

REFERENCE_PREFIX = "OSC"

# How long a closed case is kept before it may be purged (docs/DOMAIN.md, "Retention"): seven
# years after closure is a common floor for adult health records. A centre sets its own.
RETENTION_YEARS = 7
REFERENCE_PATTERN = re.compile(r"^OSC-(\d{4})-(\d{5,})$")


def case_reference(year: int, number: int) -> str:
    """A case reference such as OSC-2026-00042: the year the case opened and its number."""
    return f"{REFERENCE_PREFIX}-{year:04d}-{number:05d}"


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    REOPENED = "reopened"

    @property
    def is_open(self) -> bool:
        return self is not CaseStatus.CLOSED


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    INTERSEX = "intersex"
    NOT_STATED = "not_stated"


class GbvType(StrEnum):
    """The six GBVIMS core incident types."""

    RAPE = "rape"
    SEXUAL_ASSAULT = "sexual_assault"
    PHYSICAL_ASSAULT = "physical_assault"
    FORCED_MARRIAGE = "forced_marriage"
    DENIAL_OF_RESOURCES = "denial_of_resources"  # resources, opportunities or services
    PSYCHOLOGICAL_ABUSE = "psychological_abuse"  # psychological or emotional abuse

    @property
    def label(self) -> str:
        return {
            GbvType.DENIAL_OF_RESOURCES: "Denial of resources, opportunities or services",
            GbvType.PSYCHOLOGICAL_ABUSE: "Psychological or emotional abuse",
        }.get(self, self.value.replace("_", " ").capitalize())


SEXUAL_VIOLENCE = frozenset({GbvType.RAPE, GbvType.SEXUAL_ASSAULT})


class IncidentContext(StrEnum):
    INTIMATE_PARTNER = "intimate_partner"
    FAMILY = "family"
    OTHER = "other"
