"""The GBVIMS Incident Recorder: its "Incident Data" columns, in order, and the one table that
maps OneStop's vocabulary to the Incident Recorder's codes (both ways).

What this is based on: Primero's Incident Recorder export, primeroIMS/primero (commit
4b95bf947480e7cdd1fca197b1c7ef7188a9bd8e, 2026-08-19):

- ``app/models/exporters/incident_recorder_exporter.rb`` (``IRBuilder#props``): the sheets
  "Incident Data" and "Menu Data", the order of the columns, "M"/"F" for the sex, "Age 0 - 11"
  … "61 & Older" for age groups, "More than 3" perpetrators, every string cell written as a
  string (``write_string``: no formula is ever evaluated);
- ``config/locales/incident_recorder/en.yml`` (``exports.incident_recorder_xls.headers``): the
  column headers as the workbook prints them;
- ``db/configuration/lookups/lookups.rb``: the GBVIMS option lists: the six core types
  (``lookup-cp-violence-type``), ``lookup-perpetrator-relationship`` and
  ``lookup-service-referred`` (what each service column holds).

The export fills only what OneStop records as codes; the columns it does not record (ethnicity,
displacement, location…) stay empty, and the ones that would identify her (date of birth) stay
empty on purpose: no name, date of birth, contact or free text ever leaves in this workbook.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from onestop.domain.casefile import GbvType, IncidentContext, Sex
from onestop.domain.statistics import AgeBand

INCIDENT_SHEET = "Incident Data"
MENU_SHEET = "Menu Data"


class Column(StrEnum):
    """The "Incident Data" sheet's columns, in the Incident Recorder's order (value: header)."""

    INCIDENT_ID = "INCIDENT ID"
    SURVIVOR_CODE = "SURVIVOR CODE"
    CASE_MANAGER_CODE = "CASE MANAGER CODE"
    DATE_OF_INTERVIEW = "DATE OF INTERVIEW"
    DATE_OF_INCIDENT = "DATE OF INCIDENT"
    DATE_OF_BIRTH = "DATE OF BIRTH"  # kept empty: it would identify her
    SEX = "SEX"
    ETHNICITY = "ETHNICITY"
    COUNTRY_OF_ORIGIN = "COUNTRY OF ORIGIN"
    MARITAL_STATUS = "CIVIL / MARITAL STATUS"
    DISPLACEMENT_STATUS = "DISPLACEMENT STATUS AT REPORT"
    DISABILITY = "PERSON WITH DISABILITY?"
    UNACCOMPANIED = "UNACCOMPANIED OR SEPARATED CHILD?"
    STAGE_OF_DISPLACEMENT = "STAGE OF DISPLACEMENT AT INCIDENT"
    TIME_OF_DAY = "INCIDENT TIME OF DAY"
    LOCATION = "INCIDENT LOCATION"
    COUNTY = "INCIDENT COUNTY"
    DISTRICT = "INCIDENT DISTRICT"
    CAMP_TOWN = "INCIDENT CAMP / TOWN"
    GBV_TYPE = "GBV TYPE"
    HARMFUL_PRACTICE = "HARMFUL TRADITIONAL PRACTICE"
    GOODS_EXCHANGED = "MONEY, GOODS, BENEFITS AND / OR SERVICES EXCHANGED ?"
    ABDUCTION = "TYPE OF ABDUCTION"
    PREVIOUSLY_REPORTED = "PREVIOUSLY REPORTED THIS INCIDENT?"
    PREVIOUS_INCIDENTS = "PREVIOUS GBV INCIDENTS?"
    PERPETRATOR_COUNT = "No. ALLEGED PRIMARY PERPETRATOR(S)"
    PERPETRATOR_SEX = "ALLEGED PERPETRATOR SEX"
    PERPETRATOR_FORMER = "PREVIOUS INCIDENT WITH THIS PERPETRATOR"
    PERPETRATOR_AGE = "ALLEGED PERPETRATOR AGE GROUP"
    RELATIONSHIP = "ALLEGED PERPETRATOR - SURVIVOR RELATIONSHIP"
    OCCUPATION = "ALLEGED PERPETRATOR OCCUPATION"
    REFERRED_FROM = "REFERRED TO YOU FROM?"
    SAFEHOUSE = "SAFE HOUSE / SHELTER"
    MEDICAL = "HEALTH / MEDICAL SERVICES"
    PSYCHOSOCIAL = "PSYCHOSOCIAL SERVICES"
    WANTS_LEGAL_ACTION = "WANTS LEGAL ACTION?"
    LEGAL = "LEGAL ASSISTANCE SERVICES"
    POLICE = "POLICE / OTHER SECURITY ACTOR"
    LIVELIHOODS = "LIVELIHOODS PROGRAM"
    PROTECTION = "CHILD PROTECTION SERVICES / EDUCATION SERVICES"
    CONSENT = "CONSENT GIVEN"
    AGENCY_CODE = "REPORTING AGENCY CODE"


COLUMNS: tuple[Column, ...] = tuple(Column)


class RegisterField(StrEnum):
    """What a column of an imported register may be mapped to (IGNORE: not imported)."""

    IGNORE = ""
    REGISTER_ID = "register_id"
    NAME = "name"
    ALIAS = "alias"
    DATE_OF_BIRTH = "date_of_birth"
    ESTIMATED_AGE = "estimated_age"
    SEX = "sex"
    SAFE_PHONE = "safe_phone"
    OPENED_ON = "opened_on"  # the date of the first interview: when her file was opened
    INCIDENT_DATE = "incident_date"
    GBV_TYPE = "gbv_type"
    CONTEXT = "context"
    PERPETRATOR_COUNT = "perpetrator_count"


# What each service column holds (lookup-service-referred).
REFERRED = "Referred"
PROVIDED = "Service provided by your agency"
SERVICE_VALUES = (
    REFERRED,
    PROVIDED,
    "Services already received from another agency",
    "Service not applicable",
    "Referral declined by survivor",
    "Service unavailable",
)
YES, NO = "Yes", "No"
MORE_THAN_THREE = "More than 3"
SERVICE_COLUMNS = (
    Column.SAFEHOUSE,
    Column.MEDICAL,
    Column.PSYCHOSOCIAL,
    Column.LEGAL,
    Column.POLICE,
    Column.LIVELIHOODS,
    Column.PROTECTION,
)


@dataclass(frozen=True)
class CodeTable:
    """One of OneStop's vocabularies and the Incident Recorder's code for each value. Codes
    read back case- and space-insensitively; ``also`` are further codes read as a value (the
    Incident Recorder's finer options that OneStop records as one); ``lookup_ids`` are
    codes read back but never offered (Primero's internal ids, not the Recorder's labels)."""

    column: Column
    codes: Mapping[str, str]  # OneStop's value -> the Incident Recorder's code
    also: Mapping[str, str] = field(default_factory=dict)
    lookup_ids: Mapping[str, str] = field(default_factory=dict)

    def code(self, value: str) -> str:
        return self.codes.get(value, "")

    def value(self, code: str) -> str | None:
        """OneStop's value for ``code`` ("" for an empty cell); None when it is not one."""
        return self._by_key.get(_key(code))

    @cached_property
    def _by_key(self) -> dict[str, str]:
        """Each code's folded key to its value (the first value of a shared code wins)."""
        found: dict[str, str] = {}
        pairs = [*((c, v) for v, c in self.codes.items()), *self.also.items()]
        for known, value in [*pairs, *self.lookup_ids.items()]:
            found.setdefault(_key(known), value)
        return found

    @property
    def menu(self) -> tuple[str, ...]:
        """The option list printed in "Menu Data": the Incident Recorder's own labels only."""
        listed = [c for c in self.codes.values() if c]
        return tuple(dict.fromkeys([*listed, *self.also]))


def _key(code: str) -> str:
    return " ".join(code.casefold().replace("_", " ").split())


# The one declared table: OneStop's vocabulary <-> the Incident Recorder's codes.
GBV_TYPES = CodeTable(
    Column.GBV_TYPE,
    {
        GbvType.RAPE: "Rape",
        GbvType.SEXUAL_ASSAULT: "Sexual Assault",
        GbvType.PHYSICAL_ASSAULT: "Physical Assault",
        GbvType.FORCED_MARRIAGE: "Forced Marriage",
        GbvType.DENIAL_OF_RESOURCES: "Denial of Resources, Opportunities or Services",
        GbvType.PSYCHOLOGICAL_ABUSE: "Psychological / Emotional Abuse",
    },
    # Primero's lookup ids, as its export writes them when no translation is configured.
    lookup_ids={
        "denial_of_resources_opportunities_or_services": GbvType.DENIAL_OF_RESOURCES,
        "psychological_emotional_abuse": GbvType.PSYCHOLOGICAL_ABUSE,
    },
)
CONTEXTS = CodeTable(
    Column.RELATIONSHIP,
    {
        IncidentContext.INTIMATE_PARTNER: "Intimate Partner / Former Partner",
        IncidentContext.FAMILY: "Family other than spouse or caregiver",
        IncidentContext.OTHER: "Other",
    },
    {
        code: IncidentContext.FAMILY if code == "Primary Caregiver" else IncidentContext.OTHER
        for code in (
            "Primary Caregiver",
            "Supervisor / Employer",
            "Schoolmate",
            "Teacher / School Official",
            "Service Provider",
            "Cotenant / Housemate",
            "Family Friend/Neighbor",
            "Other refugee / IDP / Returnee",
            "Other resident community member",
            "No relation",
            "Unknown",
        )
    },
)
SEXES = CodeTable(
    Column.SEX,
    {Sex.FEMALE: "F", Sex.MALE: "M", Sex.INTERSEX: "", Sex.NOT_STATED: ""},
    lookup_ids={"female": Sex.FEMALE, "male": Sex.MALE},  # Primero's ids
)
AGE_GROUPS = CodeTable(
    Column.PERPETRATOR_AGE,
    {
        AgeBand.CHILD: "Age 0 - 11",
        AgeBand.ADOLESCENT: "Age 12 - 17",
        AgeBand.YOUNG_ADULT: "Age 18 - 25",
        AgeBand.ADULT: "Age 26 - 40",
        AgeBand.MIDDLE: "Age 41 - 60",
        AgeBand.OLDER: "61 & Older",
        AgeBand.UNKNOWN: "Unknown",
    },
)
TABLES: tuple[CodeTable, ...] = (GBV_TYPES, CONTEXTS, SEXES, AGE_GROUPS)


def perpetrator_count_code(count: int | None) -> str | int:
    """The number of primary perpetrators as the Incident Recorder writes it."""
    if count is None:
        return ""
    return MORE_THAN_THREE if count > 3 else count


def perpetrator_count_value(code: str) -> int | None:
    """The count for a cell of that column: a number, "More than 3" (read as 4) or empty;
    ValueError for anything else."""
    text = code.strip()
    if not text:
        return None
    if _key(text) == _key(MORE_THAN_THREE):
        return 4
    return int(float(text)) if text.replace(".", "", 1).isdigit() else int(text)


# Where a referral's sector goes among the service columns (REFERRED), and which of OneStop's
# own services counts as provided by the centre (PROVIDED).
SECTOR_COLUMNS: Mapping[str, Column] = {
    "health": Column.MEDICAL,
    "police": Column.POLICE,
    "justice_legal_aid": Column.LEGAL,
    "shelter_housing": Column.SAFEHOUSE,
    "psychosocial": Column.PSYCHOSOCIAL,
    "socio_economic": Column.LIVELIHOODS,
    "child_services": Column.PROTECTION,
}
