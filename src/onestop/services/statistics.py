"""Anonymised statistics for a period: gathered here from the whole vault, as counts only, for
the survivors whose consent to statistics is in force, then suppressed by
``domain.statistics``. Reading them needs the statistics section (caseworkers and managers),
not each section the counts come from: no record leaves this module, only numbers."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from onestop.db.base import utcnow
from onestop.db.cases import Case
from onestop.db.consent import ConsentRecord
from onestop.db.counselling import CounsellingSession
from onestop.db.directory import Agency
from onestop.db.forensic import ForensicExam
from onestop.db.health import HealthEncounter, TreatmentRow
from onestop.db.incidents import Incident
from onestop.db.legal import Hearing, LegalMatter
from onestop.db.referrals import Referral
from onestop.db.shelter import ShelterStay
from onestop.domain.audit import AuditAction
from onestop.domain.casefile import GbvType, IncidentContext, Sex
from onestop.domain.clinical import DEFAULT_RULES, Window, hours_after
from onestop.domain.consent import (
    ConsentEntry,
    Decision,
    GivenBy,
    Purpose,
    agency_key,
    current_decision,
)
from onestop.domain.coordination import Sector
from onestop.domain.health import TreatmentKind
from onestop.domain.roles import Action, Section
from onestop.domain.statistics import (
    IncidentFacts,
    PeriodFacts,
    ReferralFacts,
    Statistics,
    compile_statistics,
)
from onestop.domain.validation import age_on
from onestop.errors import ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.incidents import incident_time
from onestop.services.labels import label
from onestop.services.session import VaultSession

# The services counted, in the order printed.
MEDICAL = QT_TRANSLATE_NOOP("Documents", "Medical care")
FORENSIC = QT_TRANSLATE_NOOP("Documents", "Forensic examination")
COUNSELLING = QT_TRANSLATE_NOOP("Documents", "Counselling")
LEGAL = QT_TRANSLATE_NOOP("Documents", "Legal help")
SHELTER = QT_TRANSLATE_NOOP("Documents", "Shelter")
REFERRED = QT_TRANSLATE_NOOP("Documents", "Referral to another agency")
SERVICES = (MEDICAL, FORENSIC, COUNSELLING, LEGAL, SHELTER, REFERRED)


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    def check(self, today: date) -> None:
        if self.end < self.start:
            raise ValidationFailed.of(
                {"period": QT_TRANSLATE_NOOP("Messages", "The period ends before it starts.")}
            )
        if self.start > today:
            raise ValidationFailed.of(
                {"period": QT_TRANSLATE_NOOP("Messages", "The period has not started yet.")}
            )

    @classmethod
    def last_quarter(cls, today: date) -> Period:
        """The last whole calendar quarter before ``today``: the default to print."""
        first_of_this = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        end = first_of_this - timedelta(days=1)
        return cls(date(end.year, end.month - 2, 1), end)

    @property
    def slug(self) -> str:
        return f"{self.start.isoformat()}-to-{self.end.isoformat()}"

    @property
    def bounds(self) -> tuple[datetime, datetime]:
        """From the start's midnight (UTC) to the midnight after the end."""
        return (
            datetime.combine(self.start, time(), tzinfo=UTC),
            datetime.combine(self.end + timedelta(days=1), time(), tzinfo=UTC),
        )


class StatisticsService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def compile(self, period: Period) -> Statistics:
        session = self._session
        now = utcnow()
        period.check(now.date())
        with session.unit_of_work(Section.STATISTICS, Action.READ) as s:
            facts = _gather(s, period, now)
            session.audit(
                s,
                AuditAction.RECORD_READ,
                Section.STATISTICS,
                detail=f"statistics {period.slug}: {facts.included} survivors counted",
            )
        return compile_statistics(
            facts,
            types=[(t.value, label(t)) for t in GbvType],
            contexts=[(c.value, label(c)) for c in IncidentContext],
            sexes=[(x.value, label(x)) for x in Sex],
            sectors=[(x.value, label(x)) for x in Sector],
            rape=GbvType.RAPE.value,
        )


def _consenting(s: Session, now: datetime) -> set[int]:
    """The cases whose consent to anonymised statistics is in force now."""
    ledgers: dict[int, list[ConsentEntry]] = defaultdict(list)
    rows = s.execute(
        select(
            ConsentRecord.case_id,
            ConsentRecord.decision,
            ConsentRecord.decided_at,
            ConsentRecord.given_by,
            ConsentRecord.id,
        ).where(ConsentRecord.purpose == Purpose.STATISTICS.value)
    )
    for case_id, decision, decided_at, given_by, entry_id in rows:
        ledgers[case_id].append(
            ConsentEntry(
                Purpose.STATISTICS, Decision(decision), decided_at, GivenBy(given_by), "", entry_id
            )
        )
    out = set()
    for case_id, entries in ledgers.items():
        entry = current_decision(entries, Purpose.STATISTICS, now)
        if entry is not None and entry.decision is Decision.GIVEN:
            out.add(case_id)
    return out


def _cases_in(
    s: Session,
    column: InstrumentedAttribute[datetime],
    case_column: InstrumentedAttribute[int],
    start: datetime,
    end: datetime,
) -> set[int]:
    """The cases with a record dated in [start, end)."""
    return set(s.scalars(select(case_column).where(column >= start, column < end)))


def _gather(s: Session, period: Period, now: datetime) -> PeriodFacts:
    start, end = period.bounds
    consenting = _consenting(s, now)
    # Services received in the period (by any survivor; filtered by consent below).
    services: dict[str, set[int]] = {
        MEDICAL: _cases_in(s, HealthEncounter.seen_at, HealthEncounter.case_id, start, end),
        FORENSIC: _cases_in(s, ForensicExam.started_at, ForensicExam.case_id, start, end),
        COUNSELLING: _cases_in(
            s, CounsellingSession.held_at, CounsellingSession.case_id, start, end
        ),
        LEGAL: _cases_in(s, LegalMatter.created_at, LegalMatter.case_id, start, end)
        | _cases_in(s, Hearing.held_at, Hearing.case_id, start, end),
    }
    services[SHELTER] = set(
        s.scalars(
            select(ShelterStay.case_id).where(
                ShelterStay.admitted_at < end,
                or_(ShelterStay.exited_at.is_(None), ShelterStay.exited_at >= start),
            )
        )
    )
    directory = s.execute(select(Agency.id, Agency.name, Agency.sector)).all()
    by_id = {row.id: row.sector for row in directory}
    by_name = {agency_key(row.name): row.sector for row in directory}
    referral_rows = s.execute(
        select(Referral.case_id, Referral.agency, Referral.agency_id, Referral.status).where(
            Referral.sent_at >= start, Referral.sent_at < end
        )
    ).all()
    services[REFERRED] = {row.case_id for row in referral_rows}
    # Incidents reported (recorded) in the period, with who she was then.
    incident_rows = s.execute(
        select(Incident, Case.date_of_birth, Case.estimated_age, Case.sex)
        .join(Case, Case.id == Incident.case_id)
        .where(Incident.created_at >= start, Incident.created_at < end)
    ).all()
    doses = _first_pep_doses(s, start, end)
    incidents = []
    for row in incident_rows:
        incident: Incident = row.Incident
        if incident.case_id not in consenting:
            continue
        birth = row.date_of_birth
        age = age_on(birth, incident.created_at.date()) if birth is not None else row.estimated_age
        dose = doses.get((incident.case_id, incident.id)) or doses.get((incident.case_id, None))
        incidents.append(
            IncidentFacts(
                case=incident.case_id,
                gbv_type=incident.gbv_type,
                context=incident.context,
                age=age,
                sex=row.sex,
                pep_hours=hours_after(incident_time(incident), dose) if dose else None,
            )
        )
    active = {row.Incident.case_id for row in incident_rows}
    for cases in services.values():
        active |= cases
    return PeriodFacts(
        start=period.start,
        end=period.end,
        incidents=incidents,
        services={name: frozenset(services[name] & consenting) for name in SERVICES},
        referrals=[
            ReferralFacts(
                case=row.case_id,
                # By the directory entry it was sent to, else by the agency's name.
                sector=by_id.get(row.agency_id) or by_name.get(agency_key(row.agency), ""),
                completed=row.status == "completed",
            )
            for row in referral_rows
            if row.case_id in consenting
        ],
        included=len(active & consenting),
        not_included=len(active - consenting),
        pep_window_hours=DEFAULT_RULES[Window.PEP].hours,
    )


def _first_pep_doses(
    s: Session, start: datetime, end: datetime
) -> dict[tuple[int, int | None], datetime]:
    """The first PEP dose of the encounters of each case with an incident reported in
    [start, end), by the incident the encounter is about (None: not linked to an incident).
    The cases are a subquery, not a list of parameters: a long period may hold more cases
    than SQLite takes variables."""
    out: dict[tuple[int, int | None], datetime] = {}
    reported = select(Incident.case_id).where(
        Incident.created_at >= start, Incident.created_at < end
    )
    rows = s.execute(
        select(HealthEncounter.case_id, HealthEncounter.incident_id, TreatmentRow.given_at)
        .join(TreatmentRow, TreatmentRow.encounter_id == HealthEncounter.id)
        .where(
            TreatmentRow.kind == TreatmentKind.PEP_FIRST_DOSE.value,
            HealthEncounter.case_id.in_(reported),
        )
    )
    for case_id, incident_id, given_at in rows:
        key = (case_id, incident_id)
        if key not in out or given_at < out[key]:
            out[key] = given_at
    return out
