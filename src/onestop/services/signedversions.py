"""The least version a versioned row may have: the highest its signed edits record.

A row's ``version`` is a coded column: anyone with the vault key (any member of staff's
password unseals it) can put a row back to an earlier version, its version, key version and
sealed columns copied from its ``record_history`` snapshot, whose sealed text opens under that
version's associated data. The audit trail, every entry signed by its actor and chained, records
each edit: "``<kind> <id> v<N>``" (N the version the edit made) in the detail of a
``record_write`` entry under the case's reference, and a row's creation as
"``<kind> <id> recorded``" (or "added": version 1). A row below the highest version its entries
record was put back.

- ``below_signed`` (verify, coded columns only: no section key needed) names every such row;
- ``check_current`` (a case file's list of one kind) refuses the list when one of its rows is
  below, one query of the trail per list (once per case in a whole file's batch of reads);
  ``check_case`` the case's own row (her identity: "``v<N>``" entries under her reference).

Edits whose entries do not name the version they made (a referral's status, a shelter move, a
case's assignment, a conference's actions, attendance and discussions, the agency directory)
set no floor beyond the last entry that did. On a centre server a member of staff's login does
not read the trail: there the list is not checked, verify is (docs/SECURITY.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, literal, select
from sqlalchemy.orm import Session

from onestop.db.attachments import Attachment
from onestop.db.audit import AuditEntry
from onestop.db.cases import Case
from onestop.db.conferences import ConferenceReferral
from onestop.db.counselling import CounsellingSession
from onestop.db.forensic import ForensicExam, Specimen
from onestop.db.health import HealthEncounter
from onestop.db.incidents import Incident
from onestop.db.legal import Hearing, LegalMatter, ProtectionOrder
from onestop.db.perpetrators import Perpetrator
from onestop.db.referrals import Referral
from onestop.db.risk import SafetyPlan
from onestop.db.shelter import ShelterStay
from onestop.db.tasks import Task
from onestop.domain.audit import AuditAction, Outcome
from onestop.domain.roles import Section
from onestop.errors import PermissionDenied
from onestop.i18n import QT_TRANSLATE_NOOP

PUT_BACK = QT_TRANSLATE_NOOP(
    "Messages",
    "A record of this case is at an earlier version than the audit trail records for it: "
    "someone with the vault key put it back. The records are not shown; ask an admin to run "
    "verify, which names it.",
)


class RecordPutBack(PermissionDenied):
    """A row of the list asked for is below the version its signed edits record."""


@dataclass(frozen=True)
class Kind:
    """One versioned record kind: its ``record_history`` type, its table, the word its
    entries' details begin with, and whether its rows belong to one case (the entries are
    then keyed by the case's reference too: ids of a purged case's rows may be reused)."""

    record_type: str
    model: Any
    label: str
    case_bound: bool = True

    def rows(self) -> Select[int, int, str]:
        """(id, version, case reference or "") of every row of the kind."""
        model = self.model
        if model is Specimen:
            return (
                select(Specimen.id, Specimen.version, Case.reference)
                .join(ForensicExam, ForensicExam.id == Specimen.exam_id)
                .join(Case, Case.id == ForensicExam.case_id)
            )
        if not self.case_bound:
            return select(model.id, model.version, literal(""))
        return select(model.id, model.version, Case.reference).join(Case, Case.id == model.case_id)


KINDS: tuple[Kind, ...] = (
    Kind("counselling_session", CounsellingSession, "counselling_session"),
    Kind("legal_matter", LegalMatter, "legal_matter"),
    Kind("hearing", Hearing, "hearing"),
    Kind("protection_order", ProtectionOrder, "protection_order"),
    Kind("referral", Referral, "referral"),
    Kind("safety_plan", SafetyPlan, "safety_plan"),
    Kind("shelter_stay", ShelterStay, "shelter_stay"),
    Kind("task", Task, "task"),
    Kind("incident", Incident, "incident"),
    Kind("health_encounter", HealthEncounter, "encounter"),
    Kind("forensic_exam", ForensicExam, "exam"),
    Kind("specimen", Specimen, "specimen"),
    Kind("attachment", Attachment, "attachment"),
    Kind("conference_referral", ConferenceReferral, "conference referral"),
    Kind("perpetrator", Perpetrator, "perpetrator", case_bound=False),
)
BY_TYPE: Mapping[str, Kind] = {k.record_type: k for k in KINDS}

# A case's own edits: "v<N>" under its reference, in the identity section.
CASE = "case"
_CASE_EDIT = re.compile(r"v(\d+)")
_ANY_KIND = re.compile(
    "(" + "|".join(re.escape(k.label) for k in KINDS) + r") (\d+) (?:v(\d+)|recorded|added)(?: |$)"
)
_BY_LABEL: Mapping[str, Kind] = {k.label: k for k in KINDS}
_FLOORS = "onestop_signed_versions"  # in a read batch's cache: each case's floors, read once

Floors = dict[str, dict[tuple[str, int], int]]
"""For each kind's label (and ``CASE``), the highest version the trail records for each row,
by (case reference, or "" for a kind of no case; row id, 0 for the case's own row)."""


def _edits(reference: str | None = None) -> Select[str, str, str]:
    """The trail's record writes (of one case: ``reference``), in their order.

    One case's are found by the index of its reference: the action is compared as an
    expression (``action || ''``), which no index serves, since SQLite's planner, without
    statistics, took the action's index and walked every write of the vault for one case
    file (36 ms at 2,000 survivors against 0.3 ms, and growing with the vault)."""
    action = AuditEntry.action if reference is None else AuditEntry.action.concat("")
    query = select(AuditEntry.record_ref, AuditEntry.section, AuditEntry.detail).where(
        action == AuditAction.RECORD_WRITE.value,
        AuditEntry.outcome == Outcome.OK.value,
    )
    if reference is not None:
        query = query.where(AuditEntry.record_ref == reference)
    return query.order_by(AuditEntry.seq)


def _floors(found: Iterable[Any]) -> Floors:
    """The floors the entries ``found`` (record_ref, section, detail, in order) set, counted
    from a row's last creation entry (an id used again starts again)."""
    floors: Floors = {}
    for record_ref, section, detail in found:
        match = _ANY_KIND.match(detail or "")
        if match is None:
            edit = _CASE_EDIT.fullmatch(detail or "")
            if edit is not None and section == Section.IDENTITY.value:  # the case's own
                own = floors.setdefault(CASE, {})
                own[(record_ref, 0)] = max(own.get((record_ref, 0), 1), int(edit.group(1)))
            continue
        kind = _BY_LABEL[match.group(1)]
        rows = floors.setdefault(kind.label, {})
        key = (record_ref if kind.case_bound else "", int(match.group(2)))
        if match.group(3) is None:
            rows[key] = 1  # created: version 1, whatever an earlier row of the id had
        else:
            rows[key] = max(rows.get(key, 1), int(match.group(3)))
    return floors


def below_signed(conn: Connection) -> list[tuple[str, int, str, int, int]]:
    """Every versioned row below the highest version the trail records for it: (kind, id,
    case reference or "", its version, the recorded one). Coded columns only; the trail
    read once for every kind."""
    floors = _floors(conn.execute(_edits()))
    found: list[tuple[str, int, str, int, int]] = []
    for kind in KINDS:
        highest = floors.get(kind.label)
        if not highest:
            continue
        for row_id, version, reference in conn.execute(kind.rows()):
            floor = highest.get((reference, row_id), 0)
            if version < floor:
                found.append((kind.record_type, row_id, reference, version, floor))
    own = floors.get(CASE)
    if own:
        for row_id, version, reference in conn.execute(
            select(Case.id, Case.version, Case.reference)
        ):
            floor = own.get((reference, 0), 0)
            if version < floor:
                found.append((CASE, row_id, reference, version, floor))
    return found


def least_versions(s: Session, record_type: str, reference: str) -> dict[int, int]:
    """The highest version the trail records for each row of one kind in one case: one query
    per list, or per case file read in one batch (services.session.batch). Empty on a centre
    server, whose member-of-staff logins do not read the trail, and for a kind of no case."""
    from onestop.services.records import READ_BATCH

    kind = BY_TYPE.get(record_type)
    label = CASE if record_type == CASE else None if kind is None else kind.label
    if label is None or (kind is not None and not kind.case_bound):
        return {}
    if s.get_bind().dialect.name != "sqlite":
        return {}
    batch = s.info.get(READ_BATCH)
    if batch is None:
        floors = _floors(s.execute(_edits(reference)))
    else:
        cached: dict[str, Floors] = batch.setdefault(_FLOORS, {})
        if reference not in cached:
            cached[reference] = _floors(s.execute(_edits(reference)))
        floors = cached[reference]
    return {row_id: v for (_, row_id), v in floors.get(label, {}).items()}


def check_case(s: Session, row: Case) -> None:
    """RecordPutBack when the case's own row (her identity) is below the version the trail's
    "v<N>" entries under her reference record (keyed 0: one row per reference)."""
    if row.version < least_versions(s, CASE, row.reference).get(0, 0):
        raise RecordPutBack(PUT_BACK)


def check_current(s: Session, record_type: str, reference: str, rows: Iterable[Any]) -> None:
    """RecordPutBack when a row of ``rows`` (one kind, one case) is below the version the
    trail records for it."""
    rows = list(rows)
    if not rows:
        return
    least = least_versions(s, record_type, reference)
    if any(row.version < least.get(row.id, 0) for row in rows):
        raise RecordPutBack(PUT_BACK)
