"""Forensic examinations, specimens and their chain of custody.

The ``forensic`` section: clinicians write; legal advocates and managers read. A specimen is
refused unless the survivor's consent to forensic collection was in force when it was
collected. The chain of custody is append-only (triggers refuse edits), in order, continuous;
its names, organisations and purposes are sealed under the forensic key like the rest.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from onestop.db.base import utcnow
from onestop.db.cases import Case
from onestop.db.forensic import CustodyEvent, ForensicExam, Specimen
from onestop.db.incidents import Incident
from onestop.db.staff import StaffAccount
from onestop.domain.audit import AuditAction
from onestop.domain.consent import Decision, Purpose
from onestop.domain.forensic import Handover, SpecimenType, check_handover
from onestop.domain.roles import Action, Role, Section, permits
from onestop.domain.validation import check_after_incident, one_line_problem
from onestop.errors import ConsentRequired, NotFound, ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import sealedcolumns, sectionkeys, signedversions
from onestop.services.consent import consent_in_force
from onestop.services.incidents import incident_time
from onestop.services.records import (
    Version,
    bump_version,
    check_version,
    create_row,
    find_case,
    keep_rows,
    new_row,
    versions,
)
from onestop.services.session import VaultSession
from onestop.services.validation import text_limits

RECORD_TYPE = "forensic_exam"
SPECIMEN_RECORD = "specimen"
EXAM_FIELDS = ("examiner", "started_at", "incident_id", "notes", "examined_by", "opinion")
SPECIMEN_FIELDS = ("specimen_type", "collected_at", "collected_by", "seal_number", "notes")


def _opened(
    session: VaultSession, s: Session, row: Any, found: tuple[Version, ...]
) -> tuple[Version, ...]:
    """Earlier versions with their sealed text opened (services.sectionkeys.open_snapshot),
    as ``row``'s, of its case."""
    table, case = row.__table__.name, sealedcolumns.case_of(s, row)
    return tuple(
        Version(
            v.version,
            v.replaced_at,
            v.replaced_by,
            sectionkeys.open_snapshot(session, table, row.id, v.version, dict(v.fields), case),
        )
        for v in found
    )


@dataclass(frozen=True)
class ExamDetails:
    # The examiner's name. Of a member of staff chosen (``examined_by``) her name as her staff
    # profile gives it, filled in on saving; else the name typed for an examiner who is not
    # on the centre's staff (a visiting forensic physician; or, in an older record, whoever
    # was typed when no one was chosen).
    examiner: str
    started_at: datetime
    incident_id: int | None = None
    notes: str = ""
    # The member of staff who examined her (a staff account): the medico-legal report's
    # declaration names her, with the qualifications on her staff profile.
    examined_by: str | None = None
    # The examiner's opinion on the findings, printed in the medico-legal report.
    opinion: str = ""


@dataclass(frozen=True)
class ExamForm:
    """A forensic examination as its form gives it: one examiner, chosen from the centre's
    staff (``examined_by``), or, only when none is chosen, the name of an examiner who is not
    on its staff (``examiner``: a visiting forensic physician)."""

    examined_by: str | None
    examiner: str
    started_at: datetime
    incident_id: int | None = None
    notes: str = ""
    opinion: str = ""

    @classmethod
    def of(cls, details: ExamDetails) -> ExamForm:
        """The form of a saved examination: a chosen examiner's name is hers, not typed."""
        return cls(
            details.examined_by,
            "" if details.examined_by else details.examiner,
            details.started_at,
            details.incident_id,
            details.notes,
            details.opinion,
        )

    def details(self) -> ExamDetails:
        """Its details: a name typed before a member of staff was chosen is not kept."""
        return ExamDetails(
            "" if self.examined_by else self.examiner,
            self.started_at,
            self.incident_id,
            self.notes,
            self.examined_by,
            self.opinion,
        )


@dataclass(frozen=True)
class Examiner:
    """A member of staff who may be named as the examiner."""

    username: str
    display_name: str
    qualifications: str = ""
    registration_number: str = ""


@dataclass(frozen=True)
class SpecimenDetails:
    specimen_type: SpecimenType
    collected_at: datetime
    collected_by: str
    seal_number: str
    notes: str = ""


@dataclass(frozen=True)
class SpecimenForm:
    """A specimen as a form gives it: which examination it was taken at, then its details."""

    exam_id: int
    specimen_type: SpecimenType
    collected_at: datetime
    collected_by: str
    seal_number: str
    notes: str = ""

    def details(self) -> SpecimenDetails:
        return SpecimenDetails(
            self.specimen_type, self.collected_at, self.collected_by, self.seal_number, self.notes
        )


@dataclass(frozen=True)
class HandoverForm:
    """A hand-over of a specimen as a form gives it."""

    specimen_id: int
    handed_from: str
    handed_to: str
    organisation: str
    at: datetime
    purpose: str

    def handover(self) -> Handover:
        return Handover(self.handed_from, self.handed_to, self.organisation, self.at, self.purpose)


@dataclass(frozen=True)
class SpecimenRecord:
    specimen_id: int
    details: SpecimenDetails
    chain: tuple[Handover, ...]
    version: int = 1

    @property
    def holder(self) -> str:
        return self.chain[-1].handed_to if self.chain else self.details.collected_by


@dataclass(frozen=True)
class ExamRecord:
    exam_id: int
    case_reference: str
    details: ExamDetails
    specimens: tuple[SpecimenRecord, ...]
    version: int
    created_at: datetime | None = None
    created_by: str = ""
    updated_at: datetime | None = None
    updated_by: str = ""


def _handovers(rows: Iterable[CustodyEvent]) -> tuple[Handover, ...]:
    return tuple(
        Handover(r.handed_from, r.handed_to, r.organisation, r.at, r.purpose) for r in rows
    )


def _chain(s: Session, specimen_id: int) -> tuple[Handover, ...]:
    return _handovers(
        s.scalars(
            select(CustodyEvent)
            .where(CustodyEvent.specimen_id == specimen_id)
            .order_by(CustodyEvent.at, CustodyEvent.id)
        )
    )


def _specimen(
    s: Session, row: Specimen, chain: Sequence[CustodyEvent] | None = None
) -> SpecimenRecord:
    """``chain``: its hand-overs already read, in order (else read now)."""
    details = SpecimenDetails(
        SpecimenType(row.specimen_type),
        row.collected_at,
        row.collected_by,
        row.seal_number,
        row.notes,
    )
    handovers = _chain(s, row.id) if chain is None else _handovers(chain)
    return SpecimenRecord(row.id, details, handovers, row.version)


def case_specimens(s: Session, case: Case) -> list[Specimen]:
    """Every specimen of her exams, in one query, each exam's in the order it shows them."""
    return list(
        s.scalars(
            select(Specimen)
            .join(ForensicExam, ForensicExam.id == Specimen.exam_id)
            .where(ForensicExam.case_id == case.id)
            .order_by(Specimen.collected_at, Specimen.id)
        ).all()
    )


def case_custody(s: Session, case: Case) -> list[CustodyEvent]:
    """Every hand-over of her specimens, in one query, each chain in its order."""
    return list(
        s.scalars(
            select(CustodyEvent)
            .join(Specimen, Specimen.id == CustodyEvent.specimen_id)
            .join(ForensicExam, ForensicExam.id == Specimen.exam_id)
            .where(ForensicExam.case_id == case.id)
            .order_by(CustodyEvent.at, CustodyEvent.id)
        ).all()
    )


def _set_specimen(row: Specimen, details: SpecimenDetails) -> None:
    row.specimen_type = details.specimen_type.value
    row.collected_at = details.collected_at
    row.collected_by = details.collected_by
    row.seal_number = details.seal_number.strip()
    row.notes = details.notes


def _exam(
    s: Session,
    row: ForensicExam,
    reference: str,
    specimens: Sequence[Specimen] | None = None,
    chains: Mapping[int, Sequence[CustodyEvent]] | None = None,
) -> ExamRecord:
    """``specimens`` and their ``chains`` (by specimen id): already read (a whole file's
    exams read together, ``ForensicService.list``), else read now."""
    if specimens is None:
        specimens = s.scalars(
            select(Specimen)
            .where(Specimen.exam_id == row.id)
            .order_by(Specimen.collected_at, Specimen.id)
        ).all()
    return ExamRecord(
        exam_id=row.id,
        case_reference=reference,
        details=ExamDetails(
            row.examiner,
            row.started_at,
            row.incident_id,
            row.notes,
            row.examined_by,
            row.opinion,
        ),
        specimens=tuple(
            _specimen(s, sp, None if chains is None else chains.get(sp.id, ())) for sp in specimens
        ),
        version=row.version,
        created_at=row.created_at,
        created_by=row.created_by,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
    )


def _examiners(s: Session) -> tuple[Examiner, ...]:
    """Active staff whose role writes forensic examinations."""
    writers = [r.value for r in Role if permits(r, Section.FORENSIC, Action.WRITE)]
    rows = s.scalars(
        select(StaffAccount)
        .where(StaffAccount.active.is_(True), StaffAccount.role.in_(writers))
        .order_by(StaffAccount.display_name)
    )
    return tuple(
        Examiner(r.username, r.display_name, r.qualifications, r.registration_number) for r in rows
    )


def _on_staff(s: Session, typed: str) -> str | None:
    """The display name of the member of staff (active or not) ``typed`` names, by her display
    name or user name, letter case and spacing aside; None if none."""
    wanted = " ".join(typed.split()).casefold()
    if not wanted:
        return None
    for username, shown in s.execute(select(StaffAccount.username, StaffAccount.display_name)):
        if wanted in (" ".join(str(shown).split()).casefold(), str(username).casefold()):
            return str(shown)
    return None


def examiner_profiles(s: Session, usernames: set[str]) -> dict[str, Examiner]:
    """Staff as a report names them, active or not (an examiner who left still examined)."""
    if not usernames:
        return {}
    rows = s.scalars(select(StaffAccount).where(StaffAccount.username.in_(usernames)))
    return {
        r.username: Examiner(r.username, r.display_name, r.qualifications, r.registration_number)
        for r in rows
    }


class ForensicService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def examiners(self) -> tuple[Examiner, ...]:
        """Whom an examination may name as its examiner (staff names, no survivor data)."""
        with self._session.unit_of_work(Section.FORENSIC, Action.READ) as s:
            return _examiners(s)

    def examiner(self, username: str) -> Examiner | None:
        """A member of staff's name, qualifications and registration number."""
        with self._session.unit_of_work(Section.FORENSIC, Action.READ) as s:
            return examiner_profiles(s, {username}).get(username)

    def _check_exam(
        self, s: Session, case: Case, details: ExamDetails, kept: str | None = None
    ) -> ExamDetails:
        """``details`` as they are saved (a chosen examiner named as her staff profile names
        her), or ValidationFailed. ``kept``: the examiner the examination already names, who
        stays its examiner even once her account is disabled (she left; she still examined
        her: a walk found her examinations could not be saved without naming someone else)."""
        problems: dict[str, str] = {}
        chosen = None
        if details.examined_by is not None:
            chosen = next((e for e in _examiners(s) if e.username == details.examined_by), None)
            if chosen is None and kept is not None and details.examined_by == kept:
                chosen = examiner_profiles(s, {kept}).get(kept)
            if chosen is None:
                problems["examined_by"] = QT_TRANSLATE_NOOP(
                    "Messages", "Choose the examiner from the centre's clinical staff."
                )
            else:
                details = replace(details, examiner=chosen.display_name)
        problems.update(text_limits(ForensicExam, vars(details)))
        if details.examined_by is None and not details.examiner.strip():
            problems["examined_by"] = QT_TRANSLATE_NOOP(
                "Messages",
                "Name the examiner: choose the examiner from the centre's staff, or type the "
                "name of an examiner who is not on its staff.",
            )
        elif chosen is None and (problem := one_line_problem(details.examiner)):
            # The name the declaration prints: "Dr \u202eevil" would show as another name.
            problems["examiner"] = problem
        elif chosen is None and (on_staff := _on_staff(s, details.examiner)) is not None:
            # Typed as "not on the centre's staff", a colleague's name would be declared
            # with the centre's note that she is not on its staff, and without her choosing
            # to sign (a walk's finding).
            problems["examiner"] = QT_TRANSLATE_NOOP(
                "Messages",
                "{name} is on the centre's staff: choose {name} from the staff as the examiner "
                "instead of typing the name.",
            ).format(name=on_staff)
        if details.started_at > utcnow():
            problems["started_at"] = QT_TRANSLATE_NOOP(
                "Messages", "The examination cannot be in the future."
            )
        if details.incident_id is not None:
            incident = s.get(Incident, details.incident_id)
            if incident is None or incident.case_id != case.id:
                problems["incident_id"] = QT_TRANSLATE_NOOP(
                    "Messages", "Choose an incident of this case."
                )
            else:
                problems.update(
                    check_after_incident(
                        "started_at",
                        details.started_at,
                        incident_time(incident),
                        "The examination",
                    )
                )
        if problems:
            raise ValidationFailed.of(problems)
        return details

    def open_exam(self, reference: str, details: ExamDetails) -> ExamRecord:
        session = self._session
        with session.unit_of_work(Section.FORENSIC, Action.WRITE, record_ref=reference) as s:
            case = find_case(s, reference)
            details = self._check_exam(s, case, details)
            row = create_row(
                session,
                s,
                ForensicExam,
                Section.FORENSIC,
                "exam {id} opened",
                record_ref=case.reference,
                case_id=case.id,
                incident_id=details.incident_id,
                examiner=details.examiner,
                started_at=details.started_at,
                notes=details.notes,
                examined_by=details.examined_by,
                opinion=details.opinion,
            )
            return _exam(s, row, case.reference)

    def update_exam(
        self, reference: str, exam_id: int, details: ExamDetails, expected_version: int
    ) -> ExamRecord:
        session = self._session
        with session.unit_of_work(Section.FORENSIC, Action.WRITE, record_ref=reference) as s:
            case, row = self._find(s, reference, exam_id)
            check_version(row, expected_version, "examination")
            details = self._check_exam(s, case, details, kept=row.examined_by)
            bump_version(
                s,
                RECORD_TYPE,
                row,
                EXAM_FIELDS,
                session.actor.username,
            )
            row.examiner, row.started_at = details.examiner, details.started_at
            row.incident_id, row.notes = details.incident_id, details.notes
            row.examined_by, row.opinion = details.examined_by, details.opinion
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.FORENSIC,
                record_ref=case.reference,
                detail=f"exam {row.id} v{row.version}",
            )
            return _exam(s, row, case.reference)

    def _find(self, s: Session, reference: str, exam_id: int) -> tuple[Case, ForensicExam]:
        case = find_case(s, reference)
        row = s.get(ForensicExam, exam_id)
        if row is None or row.case_id != case.id:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The forensic examination you chose is not in case {reference}: choose one of "
                    "its examinations first.",
                ).format(reference=case.reference)
            )
        return case, row

    def _check_specimen(
        self,
        s: Session,
        case: Case,
        exam: ForensicExam,
        details: SpecimenDetails,
        existing: Specimen | None = None,
    ) -> None:
        problems = text_limits(Specimen, vars(details))
        seal = details.seal_number.strip()
        taken = select(func.count()).where(Specimen.seal_number == seal)
        if existing is not None:
            taken = taken.where(Specimen.id != existing.id)
        if not seal:
            problems["seal_number"] = QT_TRANSLATE_NOOP(
                "Messages", "Every specimen needs its seal number."
            )
        elif s.scalar(taken):
            problems["seal_number"] = QT_TRANSLATE_NOOP(
                "Messages", "This seal number is already recorded."
            )
        if not details.collected_by.strip():
            problems["collected_by"] = QT_TRANSLATE_NOOP(
                "Messages", "Name who collected the specimen."
            )
        if details.collected_at > utcnow():
            problems["collected_at"] = QT_TRANSLATE_NOOP(
                "Messages", "A specimen cannot be collected in the future."
            )
        elif details.collected_at < exam.started_at:
            problems["collected_at"] = QT_TRANSLATE_NOOP(
                "Messages", "A specimen cannot be collected before the examination."
            )
        if existing is not None and not problems:
            # A correction must leave the recorded chain of custody whole.
            chain = _chain(s, existing.id)
            now = utcnow()
            for i, handover in enumerate(chain):
                broken = check_handover(
                    details.collected_by, details.collected_at, chain[:i], handover, now
                )
                if broken:
                    field = "collected_at" if "at" in broken else "collected_by"
                    problems[field] = QT_TRANSLATE_NOOP(
                        "Messages",
                        "This change would break the recorded chain of custody at hand-over "
                        "{n}: {reason}",
                    ).format(n=i + 1, reason=next(iter(broken.values())))
                    break
        if problems:
            raise ValidationFailed.of(problems)
        entry = consent_in_force(s, case.id, Purpose.FORENSIC_COLLECTION, details.collected_at)
        if entry is None or entry.decision is not Decision.GIVEN:
            raise ConsentRequired(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "No consent to forensic evidence collection was in force when this specimen "
                    "was collected. Record her decision in the consent ledger first; nothing "
                    "was saved.",
                )
            )

    def add_specimen(self, reference: str, exam_id: int, details: SpecimenDetails) -> ExamRecord:
        """Record a collected specimen; refused without consent to forensic collection."""
        session = self._session
        with session.unit_of_work(Section.FORENSIC, Action.WRITE, record_ref=reference) as s:
            case, exam = self._find(s, reference, exam_id)
            self._check_specimen(s, case, exam, details)
            row = new_row(Specimen, session.actor.username, exam_id=exam.id)
            row.recorded_at, row.recorded_by = row.updated_at, row.updated_by
            _set_specimen(row, details)
            s.add(row)
            s.flush()
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.FORENSIC,
                record_ref=case.reference,
                detail=f"exam {exam.id} specimen {row.id} {details.specimen_type.value}",
            )
            return _exam(s, exam, case.reference)

    def update_specimen(
        self, reference: str, specimen_id: int, details: SpecimenDetails, expected_version: int
    ) -> SpecimenRecord:
        """Correct a specimen's details; the version replaced is kept, the chain is untouched
        (and must stay continuous with the corrected collector and time)."""
        session = self._session
        with session.unit_of_work(Section.FORENSIC, Action.WRITE, record_ref=reference) as s:
            case, exam, row = self._find_specimen(s, reference, specimen_id)
            check_version(row, expected_version, "specimen")
            self._check_specimen(s, case, exam, details, existing=row)
            bump_version(s, SPECIMEN_RECORD, row, SPECIMEN_FIELDS, session.actor.username)
            _set_specimen(row, details)
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.FORENSIC,
                record_ref=case.reference,
                detail=f"specimen {row.id} v{row.version}",
            )
            s.flush()
            return _specimen(s, row)

    def specimen_history(self, reference: str, specimen_id: int) -> tuple[Version, ...]:
        with self._session.unit_of_work(Section.FORENSIC, Action.READ, record_ref=reference) as s:
            case, _exam_row, row = self._find_specimen(s, reference, specimen_id)
            sectionkeys.require_key(self._session, Section.FORENSIC)
            earlier = versions(s, SPECIMEN_RECORD, row.id)
            found = _opened(self._session, s, row, earlier)
            self._session.audit(
                s,
                AuditAction.RECORD_READ,
                Section.FORENSIC,
                record_ref=case.reference,
                detail=f"specimen {row.id} history",
            )
            return found

    def _find_specimen(
        self, s: Session, reference: str, specimen_id: int
    ) -> tuple[Case, ForensicExam, Specimen]:
        case = find_case(s, reference)
        specimen = s.get(Specimen, specimen_id)
        exam = s.get(ForensicExam, specimen.exam_id) if specimen is not None else None
        if specimen is None or exam is None or exam.case_id != case.id:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The specimen you chose is not in case {reference}: choose one of its "
                    "specimens first.",
                ).format(reference=case.reference)
            )
        return case, exam, specimen

    def hand_over(self, reference: str, specimen_id: int, handover: Handover) -> SpecimenRecord:
        """Append a hand-over to a specimen's chain of custody."""
        session = self._session
        with session.unit_of_work(Section.FORENSIC, Action.WRITE, record_ref=reference) as s:
            case, _exam_row, specimen = self._find_specimen(s, reference, specimen_id)
            sectionkeys.require_key(session, Section.FORENSIC)  # the chain is sealed under it
            chain = _chain(s, specimen.id)
            problems = text_limits(CustodyEvent, vars(handover))
            problems.update(
                check_handover(
                    specimen.collected_by, specimen.collected_at, chain, handover, utcnow()
                )
            )
            if problems:
                raise ValidationFailed.of(problems)
            s.add(
                CustodyEvent(
                    specimen_id=specimen.id,
                    handed_from=handover.handed_from,
                    handed_to=handover.handed_to,
                    organisation=handover.organisation,
                    at=handover.at,
                    purpose=handover.purpose,
                    recorded_at=utcnow(),
                    recorded_by=session.actor.username,
                )
            )
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                Section.FORENSIC,
                record_ref=case.reference,
                detail=f"specimen {specimen.id} hand-over {len(chain) + 1}",
            )
            s.flush()
            return _specimen(s, specimen)

    def list(self, reference: str) -> tuple[ExamRecord, ...]:
        with self._session.unit_of_work(Section.FORENSIC, Action.READ, record_ref=reference) as s:
            case = find_case(s, reference)
            sectionkeys.require_key(self._session, Section.FORENSIC)
            rows = s.scalars(
                select(ForensicExam)
                .where(ForensicExam.case_id == case.id)
                .order_by(ForensicExam.started_at, ForensicExam.id)
            ).all()
            # Her specimens and their hand-overs in one query each, not per exam and per
            # specimen: a file's round trips do not grow with her exams.
            specimens = case_specimens(s, case) if rows else []
            custody = case_custody(s, case) if specimens else []
            signedversions.check_current(s, RECORD_TYPE, case.reference, rows)
            signedversions.check_current(s, SPECIMEN_RECORD, case.reference, specimens)
            keep_rows(s, ForensicExam, case, rows)
            keep_rows(s, Specimen, case, specimens)
            keep_rows(s, CustodyEvent, case, custody)
            self._session.audit(
                s, AuditAction.RECORD_READ, Section.FORENSIC, record_ref=case.reference
            )
            by_exam: dict[int, list[Specimen]] = {}
            for sp in specimens:
                by_exam.setdefault(sp.exam_id, []).append(sp)
            chains: dict[int, list[CustodyEvent]] = {}
            for ev in custody:
                chains.setdefault(ev.specimen_id, []).append(ev)
            return tuple(_exam(s, r, case.reference, by_exam.get(r.id, []), chains) for r in rows)

    def history(self, reference: str, exam_id: int) -> tuple[Version, ...]:
        with self._session.unit_of_work(Section.FORENSIC, Action.READ, record_ref=reference) as s:
            case, row = self._find(s, reference, exam_id)
            sectionkeys.require_key(self._session, Section.FORENSIC)
            earlier = versions(s, RECORD_TYPE, row.id)
            found = _opened(self._session, s, row, earlier)
            self._session.audit(
                s,
                AuditAction.RECORD_READ,
                Section.FORENSIC,
                record_ref=case.reference,
                detail=f"exam {row.id} history",
            )
            return found
