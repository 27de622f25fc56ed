"""Anonymised statistics for a period: gathered here from the whole vault, as counts only, for
the survivors whose consent to statistics is in force, then suppressed by
``domain.statistics``. Reading them needs the statistics section (caseworkers and managers),
not each section the counts come from: no record leaves this module, only numbers."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, case, func, or_, select, type_coerce
from sqlalchemy.orm import InstrumentedAttribute, Session

from onestop.db.base import UtcDateTime, utcnow
from onestop.db.cases import Case, opening_known
from onestop.db.consent import ConsentRecord
from onestop.db.counselling import CounsellingSession
from onestop.db.directory import Agency
from onestop.db.forensic import ForensicExam
from onestop.db.health import HealthEncounter, TreatmentRow
from onestop.db.incidents import Incident
from onestop.db.legal import Hearing, LegalMatter
from onestop.db.perpetrators import IncidentPerpetrator
from onestop.db.referrals import Referral
from onestop.db.releases import StatisticsRelease
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
from onestop.domain.periods import Period
from onestop.domain.releases import Cell, RefusedRelease, Release, protect
from onestop.domain.roles import Action, Section
from onestop.domain.statistics import (
    IncidentFacts,
    PeriodFacts,
    ReferralFacts,
    Statistics,
    SurvivorFacts,
    alias,
    cells,
    compile_statistics,
    hide,
    ordered,
    perpetrator_age_band,
)
from onestop.domain.validation import age_on
from onestop.errors import ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.incidents import incident_time
from onestop.services.labels import label
from onestop.services.perpetrators import primary_perpetrators
from onestop.services.sealedcolumns import coded_only
from onestop.services.session import VaultSession
from onestop.services.settings import centre_zone

# The services counted, in the order printed.
MEDICAL = QT_TRANSLATE_NOOP("Documents", "Medical care")
FORENSIC = QT_TRANSLATE_NOOP("Documents", "Forensic examination")
COUNSELLING = QT_TRANSLATE_NOOP("Documents", "Counselling")
LEGAL = QT_TRANSLATE_NOOP("Documents", "Legal help")
SHELTER = QT_TRANSLATE_NOOP("Documents", "Shelter")
REFERRED = QT_TRANSLATE_NOOP("Documents", "Referral to another agency")
SERVICES = (MEDICAL, FORENSIC, COUNSELLING, LEGAL, SHELTER, REFERRED)

__all__ = ["Period", "StatisticsService"]


# Rows read at a time where the statistics walk the whole vault (every case, every consent).
STREAM_BATCH = 2000


def _bounds(period: Period, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """From the start's midnight to the midnight after the end, at the centre (``zone``):
    its month is the month a survivor who came at half past midnight on the first came in."""
    return (
        datetime.combine(period.start, time(), tzinfo=zone).astimezone(UTC),
        datetime.combine(period.end + timedelta(days=1), time(), tzinfo=zone).astimezone(UTC),
    )


class StatisticsService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def compile(self, period: Period) -> Statistics:
        """The statistics of a whole, ended month, quarter or year, as released: suppressed
        within each table, then further against every earlier release in the ledger (so that
        none can be subtracted from another), and recorded in the ledger. Refused when the
        same period was released before with other figures."""
        session = self._session
        now = utcnow()
        # Suppressed against the ledger it then adds to: under the write lock from its start.
        with session.unit_of_work(Section.STATISTICS, Action.READ, writes=True) as s:
            period.check(now.astimezone(centre_zone(s)).date())  # ended at the centre
            facts = _gather(s, period, now)
            stats = compile_statistics(
                facts,
                types=[(t.value, label(t)) for t in GbvType],
                contexts=[(c.value, label(c)) for c in IncidentContext],
                sexes=[(x.value, label(x)) for x in Sex],
                sectors=[(x.value, label(x)) for x in Sector],
                rape=GbvType.RAPE.value,
            )
            stats, further = _released(s, period, stats, now, session.actor.username)
            session.audit(
                s,
                AuditAction.RECORD_READ,
                Section.STATISTICS,
                detail=f"statistics released {period.name}: {facts.included} survivors counted, "
                f"{further} counts hidden further against earlier releases",
            )
        return stats

    def released(self) -> list[tuple[str, str]]:
        """The ledger: (period, release date at the centre), oldest first."""
        with self._session.unit_of_work(Section.STATISTICS, Action.READ) as s:
            zone = centre_zone(s)
            rows = s.execute(
                select(StatisticsRelease.period, StatisticsRelease.released_at).order_by(
                    StatisticsRelease.id
                )
            ).all()
        return [(p, at.astimezone(zone).date().isoformat()) for p, at in rows]


def _ledger(s: Session) -> list[Release]:
    out = []
    zone = centre_zone(s)  # a release's date, said in refusals, is the centre's day
    for row in s.scalars(select(StatisticsRelease).order_by(StatisticsRelease.id)):
        out.append(
            Release(
                Period(row.period_start, row.period_end),
                {(t, r, c): Cell(v, bool(h)) for t, r, c, v, h in json.loads(row.cells)},
                row.released_at.astimezone(zone).date().isoformat(),
            )
        )
    return out


def _released(
    s: Session, period: Period, stats: Statistics, now: datetime, by: str
) -> tuple[Statistics, int]:
    """``stats`` protected against the ledger's earlier releases, and added to the ledger;
    with how many counts that hid further."""
    new = Release(period, {k: Cell(v.value, v.hidden) for k, v in cells(stats).items()})
    try:
        done = protect(new, _ledger(s), alias, ordered)
    except RefusedRelease as refused:
        if not refused.released_at and not refused.because_of:
            raise ValidationFailed.of(
                {
                    "period": QT_TRANSLATE_NOOP(
                        "Messages",
                        "Statistics for {period} cannot be released: a count in them is 1 to 4, "
                        "and the other counts printed with it would let a reader work out "
                        "exactly what it is, whatever else is hidden. Nothing was released.",
                    ).format(period=period.name)
                }
            ) from None
        if not refused.released_at:
            raise ValidationFailed.of(
                {
                    "period": QT_TRANSLATE_NOOP(
                        "Messages",
                        "Statistics for {period} cannot be released: a count in them is 1 to 4, "
                        "and with the statistics released before for {periods}, printing it as "
                        "<5 would let a reader work out exactly what it is, whatever else is "
                        "hidden. Nothing was released; the statistics released before stand.",
                    ).format(
                        period=period.name,
                        periods=", ".join(p.name for p in refused.because_of),
                    )
                }
            ) from None
        raise ValidationFailed.of(
            {
                "period": QT_TRANSLATE_NOOP(
                    "Messages",
                    "Statistics for {period} were released on {date}, and the figures have "
                    "changed since (a record added or changed, or a consent withdrawn). "
                    "Releasing them again would let the two releases be subtracted to reveal "
                    "the change, so the first release stands: give the partner that one.",
                ).format(period=period.name, date=refused.released_at or "?")
            }
        ) from None
    before = {k for k, c in new.cells.items() if c.hidden}
    extra = {k for k, c in done.release.cells.items() if c.hidden} - before
    note = ""
    if extra and done.because_of:
        note = QT_TRANSLATE_NOOP(
            "Documents",
            "{count} further counts are marked {secondary} because statistics for {periods} "
            "were released before: with those, these counts would let a hidden count be "
            "worked out by subtraction.",
        ).format(
            count=len(extra),
            secondary="*",
            periods=", ".join(p.name for p in done.because_of),
        )
    elif extra:  # what the counts printed with them bound (rape survivors and rapes)
        note = QT_TRANSLATE_NOOP(
            "Documents",
            "{count} further counts are marked {secondary}: with the other counts printed, "
            "these would let a hidden count be worked out.",
        ).format(count=len(extra), secondary="*")
    s.add(
        StatisticsRelease(
            period=period.name,
            period_start=period.start,
            period_end=period.end,
            cells=json.dumps(
                [[*k, c.value, int(c.hidden)] for k, c in sorted(done.release.cells.items())]
            ),
            released_at=now,
            released_by=by,
        )
    )
    return hide(stats, extra, note), len(extra)


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
        ).where(ConsentRecord.purpose == Purpose.STATISTICS.value),
        execution_options={"yield_per": STREAM_BATCH},
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
    *where: ColumnElement[bool],
) -> set[int]:
    """The cases with a record dated in [start, end) (and meeting ``where``)."""
    return set(s.scalars(select(case_column).where(column >= start, column < end, *where)))


def reported_at() -> ColumnElement[datetime]:
    """When an incident was reported to the centre, the date the GBVIMS tables count it by
    (the GBVIMS Incident Recorder's "date of interview", the date of report, as opposed to
    the date of incident; its monthly statistics are by date of report), not the day a
    worker entered it, which may be days later. An incident is not recorded with a date of
    report of its own, so it is taken as: the day she came to the centre (her case's
    opening), or the day it happened when that is later (a further incident while she was
    seen), and never after the day it was entered. Needs ``Case`` joined. The times are
    sortable UTC text on both backends (db.base.UtcDateTime), so the comparisons are too."""
    occurred = func.coalesce(Incident.occurred_latest, Incident.occurred_earliest)
    came = case((occurred > Case.opened_at, occurred), else_=Case.opened_at)
    told = case((came < Incident.created_at, came), else_=Incident.created_at)
    return type_coerce(told, UtcDateTime)


def _reported_between(start: datetime, end: datetime) -> Select[int]:
    """The ids of the incidents reported in [start, end), those entered in error left out."""
    told = reported_at()
    return (
        select(Incident.id)
        .join(Case, Case.id == Incident.case_id)
        .where(told >= start, told < end, Incident.entered_in_error.is_(False))
    )


def _gather(s: Session, period: Period, now: datetime) -> PeriodFacts:
    zone = centre_zone(s)
    start, end = _bounds(period, zone)
    consenting = _consenting(s, now)
    # Services received in the period (by any survivor; filtered by consent below).
    services: dict[str, set[int]] = {
        # An encounter entered in error (the wrong survivor) is no service she received.
        MEDICAL: _cases_in(
            s,
            HealthEncounter.seen_at,
            HealthEncounter.case_id,
            start,
            end,
            HealthEncounter.entered_in_error.is_(False),
        ),
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
    # Incidents reported in the period (by their date of report, ``reported_at``, not the
    # day they were entered), with who she was then.
    doses = _first_pep_doses(s, start, end)
    linked = dict(
        s.execute(
            select(IncidentPerpetrator.incident_id, func.count())
            .where(IncidentPerpetrator.incident_id.in_(_reported_between(start, end)))
            .group_by(IncidentPerpetrator.incident_id)
        ).all()
    )
    primary = primary_perpetrators(s, _reported_between(start, end))
    # Streamed in batches: a year at a large centre is tens of thousands of incidents, and
    # only the counted facts of each are kept, never the records.
    told = reported_at()
    incident_rows = s.execute(
        select(Incident, Case.date_of_birth, Case.estimated_age, Case.sex, told.label("told"))
        .options(*coded_only(Incident))
        .join(Case, Case.id == Incident.case_id)
        .where(told >= start, told < end, Incident.entered_in_error.is_(False)),
        execution_options={"yield_per": STREAM_BATCH},
    )
    incidents = []
    active: set[int] = set()
    for row in incident_rows:
        incident: Incident = row.Incident
        active.add(incident.case_id)
        if incident.case_id not in consenting:
            continue
        birth = row.date_of_birth
        reported: datetime = row.told.astimezone(zone)  # the day and month at the centre
        age = age_on(birth, reported.date()) if birth is not None else row.estimated_age
        dose = doses.get((incident.case_id, incident.id)) or doses.get((incident.case_id, None))
        occurred = incident_time(incident)
        latest = occurred.latest or occurred.earliest
        incidents.append(
            IncidentFacts(
                case=incident.case_id,
                gbv_type=incident.gbv_type,
                context=incident.context,
                age=age,
                sex=row.sex,
                pep_hours=hours_after(occurred, dose) if dose else None,
                month=reported.strftime("%Y-%m"),
                delay_days=(reported - latest).total_seconds() / 86400
                if latest is not None
                else None,
                relationship=incident.perpetrator_group,
                perpetrators=incident.perpetrator_count or linked.get(incident.id),
                perpetrator_age=perpetrator_age_band(
                    *primary.get(incident.id, (None, "")),
                    (occurred.earliest or reported).astimezone(zone).date(),
                ),
            )
        )
    for cases in services.values():
        active |= cases
    counted = active & consenting
    # Every case's opening and disability, filtered here: the counted cases may be more
    # than SQLite takes as parameters.
    survivors = [
        SurvivorFacts(
            case=row.id,
            new=row.known and start <= row.opened_at < end,
            disability=bool(row.disability.strip()),
        )
        for row in s.execute(
            select(Case.id, Case.opened_at, Case.disability, opening_known().label("known")),
            execution_options={"yield_per": STREAM_BATCH},
        )
        if row.id in counted
    ]
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
        included=len(counted),
        not_included=len(active - consenting),
        pep_window_hours=DEFAULT_RULES[Window.PEP].hours,
        survivors=survivors,
        months=[m.name for m in period.months()],
    )


def _first_pep_doses(
    s: Session, start: datetime, end: datetime
) -> dict[tuple[int, int | None], datetime]:
    """The first PEP dose of the encounters of each case with an incident reported in
    [start, end), by the incident the encounter is about (None: not linked to an incident).
    The cases are a subquery, not a list of parameters: a long period may hold more cases
    than SQLite takes variables."""
    out: dict[tuple[int, int | None], datetime] = {}
    reported = select(Incident.case_id).where(Incident.id.in_(_reported_between(start, end)))
    rows = s.execute(
        select(HealthEncounter.case_id, HealthEncounter.incident_id, TreatmentRow.given_at)
        .join(TreatmentRow, TreatmentRow.encounter_id == HealthEncounter.id)
        .where(
            TreatmentRow.kind == TreatmentKind.PEP_FIRST_DOSE.value,
            HealthEncounter.case_id.in_(reported),
            HealthEncounter.entered_in_error.is_(False),
        )
    )
    for case_id, incident_id, given_at in rows:
        key = (case_id, incident_id)
        if key not in out or given_at < out[key]:
            out[key] = given_at
    return out
