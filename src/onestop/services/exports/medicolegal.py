"""The medico-legal report, for the police or for court, of the examinations of one incident."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from onestop.domain.clinical import hours_after
from onestop.domain.consent import Purpose
from onestop.domain.roles import Section
from onestop.errors import NotFound, ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.reports.medicolegal import DOCUMENT as MEDICO_LEGAL_REPORT
from onestop.reports.medicolegal import (
    ConsentLine,
    Examiner,
    FurtherExamLine,
    LaterInjury,
    MedicoLegalReport,
    RecordLine,
    Replaces,
    ReviewLine,
    render_medico_legal,
)
from onestop.reports.parts import Photograph
from onestop.services.attachments import IMAGE_TYPES, AttachmentInfo, AttachmentService
from onestop.services.cases import CaseFile, CaseService
from onestop.services.consent import ConsentDecision, ConsentService
from onestop.services.exports.issues import Issue, fingerprint, next_issue, record_issue
from onestop.services.exports.parts import (
    encounter_parts,
    exam_part,
    person,
    staff_names,
)
from onestop.services.exports.pipeline import PURPOSE_TEXT, Exported, ExportOptions, ExportPipeline
from onestop.services.forensic import ExamRecord, ForensicService
from onestop.services.health import Encounter, HealthService
from onestop.services.health import standing as health_standing
from onestop.services.incidents import IncidentRecord, IncidentService, standing
from onestop.services.labels import label
from onestop.services.session import VaultSession
from onestop.services.settings import SettingsService

MEDICO_LEGAL_PURPOSES = (Purpose.SHARE_WITH_POLICE, Purpose.USE_IN_COURT)
# What a medico-legal report is built from: who may print it reads all of these.
MEDICO_LEGAL_NEEDS = (
    Section.IDENTITY,
    Section.INCIDENTS,
    Section.HEALTH,
    Section.FORENSIC,
    Section.CONSENT,
)


def medico_legal(
    pipeline: ExportPipeline,
    reference: str,
    options: ExportOptions,
    *,
    purpose: Purpose = Purpose.SHARE_WITH_POLICE,
    incident_id: int | None = None,
    exam_id: int | None = None,
) -> Exported:
    """The report on one incident and its examination: the examination in full (injuries on
    the body map, treatments timed from the incident), the forensic examination with its
    specimens and chain of custody, later review visits summarised, the incident's
    photographs, her consents, the examiner's opinion and declaration; for the police or
    for court. ``exam_id`` the forensic examination reported (by default the incident's
    first): each examination of an incident has a report of its own, signed by its
    examiner."""
    session = pipeline.session
    document = MEDICO_LEGAL_REPORT
    if purpose not in MEDICO_LEGAL_PURPOSES:
        raise ValidationFailed.of(
            {
                "purpose": QT_TRANSLATE_NOOP(
                    "Messages", "A medico-legal report goes to the police or to court."
                )
            }
        )
    pipeline.require(reference, *MEDICO_LEGAL_NEEDS)
    pipeline.check_options(options)
    with session.batch():
        case = CaseService(session).get(reference)
        records = read_records(session, reference)
        answer = ConsentService(session).may_leave(reference, purpose)
    incident, encounters, exams = _of_incident(
        records.incidents, records.encounters, records.exams, incident_id, case.reference, exam_id
    )
    if not encounters and not exams:
        raise ValidationFailed.of(
            {
                "incident_id": QT_TRANSLATE_NOOP(
                    "Messages", "There is no examination to report for this incident."
                )
            }
        )
    path = pipeline.target(options, document, case)
    reason = ""
    if not answer.allowed:
        reason = pipeline.consent_or_override(
            options,
            QT_TRANSLATE_NOOP("Messages", "She has not consented to {purpose}. {why}").format(
                purpose=PURPOSE_TEXT[purpose], why=answer.reason
            ),
        )
    options.step(1)
    head = pipeline.letterhead(options, document, case.reference, reason)
    report, issue = build_report(
        session,
        case,
        records,
        incident,
        purpose=PURPOSE_TEXT[purpose] if not reason else "",
        today=head.generated_at.date(),
        exam_id=exam_id,
    )
    pdf = render_medico_legal(head, report)
    done = pipeline.write(
        pdf, path, options, Section.HEALTH, case.reference, document, bool(reason)
    )
    record_issue(session, case.reference, issue)
    return done


@dataclass(frozen=True)
class Records:
    """What medico-legal reports are made from, read once for a case."""

    incidents: Sequence[IncidentRecord]  # standing
    encounters: Sequence[Encounter]  # standing
    exams: Sequence[ExamRecord]
    ledger: Sequence[ConsentDecision]
    attached: Sequence[AttachmentInfo]


def read_records(session: VaultSession, reference: str) -> Records:
    """The case's incidents, encounters, forensic examinations, consent ledger and attached
    files, as ``session``'s member of staff may read them (call within a batch)."""
    return Records(
        standing(IncidentService(session).list(reference)),
        health_standing(HealthService(session).list(reference)),
        ForensicService(session).list(reference),
        ConsentService(session).ledger(reference),
        AttachmentService(session).list(reference),
    )


def build_report(
    session: VaultSession,
    case: CaseFile,
    records: Records,
    incident: IncidentRecord | None,
    *,
    purpose: str,
    today: date,
    alias: bool = True,
    issued: Sequence[Issue] = (),
    exam_id: int | None = None,
) -> tuple[MedicoLegalReport, Issue]:
    """The medico-legal report on ``incident`` (one with an examination) and the number and
    version it carries if issued now (``issued``: those issued alongside it, not yet
    recorded): what the standalone export draws, and what the court bundle's section D
    includes. ``purpose`` the consent it goes under (a Phrase, PURPOSE_TEXT's), "" when on a
    manager's authority; her alias beside her name only when ``alias``. ``exam_id`` the
    incident's forensic examination reported (by default its first); the others are listed
    as reported on their own."""
    reference = case.reference
    _incident, encounters, exams = _of_incident(
        records.incidents,
        records.encounters,
        records.exams,
        incident.incident_id if incident is not None else None,
        reference,
        exam_id,
    )
    linked = incident.incident_id if incident is not None else None
    exam = _reported(exams, exam_id)
    first = exam is None or exam is exams[0]
    # A later examination's report takes only its own visit: the first visit is the first
    # examination's, and is reported under the first examiner's declaration.
    examination = _examination_of(encounters, exam, any_visit=first)
    examined_at = _examined_at(exam, examination)
    reviews = tuple(
        e
        for e in encounters
        if (examination is None or e.encounter_id != examination.encounter_id)
        # A later examination's review visits are those after it: the earlier ones are the
        # earlier examination's.
        and (first or examined_at is None or e.details.seen_at >= examined_at)
    )
    # Only the photographs that document this incident.
    pictures = [
        a
        for a in records.attached
        if linked is not None
        and a.incident_id == linked
        and a.section in (Section.HEALTH, Section.FORENSIC)
        and a.media_type in IMAGE_TYPES
    ]
    with session.batch():
        images = AttachmentService(session).open_many(
            reference, [a.attachment_id for a in pictures]
        )
    photos = [
        Photograph(
            n,
            a.title,
            a.taken_at,
            a.sha256,
            images[a.attachment_id],
            a.taken_by,
            a.body_site,
            a.injury_number,
            a.attachment_id,
        )
        for n, a in enumerate(pictures, start=1)
    ]
    examiner, examiner_username = _examiner(session, exam)
    settings = SettingsService(session)
    examined = person(case, today, alias=alias)
    centre = settings.centre_contact()
    subject = (
        f"exam {exam.exam_id}"
        if exam is not None
        else f"encounter {examination.encounter_id if examination is not None else 0}"
    )
    issue = next_issue(
        session,
        reference,
        "medico_legal",
        subject,
        fingerprint(
            [
                ("incident", linked, incident.version if incident is not None else 0),
                *(("exam", x.exam_id, x.version) for x in exams),
                *(
                    ("specimen", sp.specimen_id, sp.version, len(sp.chain))
                    for x in ([exam] if exam is not None else [])
                    for sp in x.specimens
                ),
                *(("encounter", e.encounter_id, e.version) for e in encounters),
                *(("photo", a.attachment_id, a.version) for a in pictures),
                *(("consent", c.entry_id) for c in records.ledger if c.purpose in EXAM_CONSENTS),
                # What the report prints of who examined whom, and where: a change to the
                # examiner's profile, her details or the centre's is a new version (a walk
                # found the same number and version on two different reports).
                (
                    "examiner",
                    *(
                        (
                            examiner.name,
                            examiner.qualifications,
                            examiner.registration_number,
                            examiner.on_staff,
                        )
                        if examiner is not None
                        else ()
                    ),
                ),
                ("person", str(examined)),
                ("centre", centre.address, centre.line()),
            ]
        ),
        issued,
        examiner_record(exam, examiner),
    )
    replaces = (
        Replaces(
            issue.replaces.version,
            issue.replaces.issued_at,
            _examiner_then(session, reference, exam, issue.replaces.examiner),
        )
        if issue.replaces is not None
        else None
    )
    later, left_out = _later_injuries(examination, reviews, examined_at)
    report = MedicoLegalReport(
        person=examined,
        incident=(
            QT_TRANSLATE_NOOP("Documents", "{type}, {when}.").format(
                type=label(incident.details.gbv_type),
                when=incident.details.occurred.describe(),
            )
            if incident is not None
            else QT_TRANSLATE_NOOP("Documents", "no incident is linked to these examinations.")
        ),
        purpose=QT_TRANSLATE_NOOP("Documents", "with consent to {purpose}").format(purpose=purpose)
        if purpose
        else QT_TRANSLATE_NOOP("Documents", "without consent, on a manager's authority"),
        examination=(
            encounter_parts(session, reference, [examination])[0]
            if examination is not None
            else None
        ),
        # By the examiner the declaration names (an older record's typed name may differ).
        exams=[replace(exam_part(exam), examiner=examiner.name)]
        if exam is not None and examiner is not None
        else [],
        photographs=photos,
        examiner=examiner,
        number=issue.number,
        version=issue.version,
        prepared_by=(
            session.actor.display_name if examiner_username != session.actor.username else ""
        ),
        examined_at=examined_at,
        elapsed=_elapsed(incident, examined_at),
        opinion=exam.details.opinion if exam is not None else "",
        consents=_consents(records.ledger, examined_at, incident),
        reviews=_reviews(session, reference, reviews),
        later_injuries=later,
        later_left_out=left_out,
        later_window_days=LATER_INJURY_WINDOW.days,
        replaces=replaces,
        records=_records(session, reference, exam, examination),
        further_exams=_further_exams(session, [x for x in exams if x is not exam]),
        first_exam=first,
        exam_number=exams.index(exam) + 1 if exam is not None else 1,
        recorded_by=_recorded_by(session, reference, exam, examination, examiner_username),
        centre_address=centre.address,
        centre_contact=centre.line(),
    )
    return report, issue


def examination_seen_at(
    records: Records, incident: IncidentRecord, exam_id: int | None = None
) -> datetime | None:
    """When the encounter that is the report's examination was seen (None: no encounter):
    the report on the forensic examination ``exam_id``, by default the incident's first (a
    later one's report takes only a visit of its own, as ``build_report`` does)."""
    _incident, encounters, exams = _of_incident(
        records.incidents, records.encounters, records.exams, incident.incident_id, "", exam_id
    )
    exam = _reported(exams, exam_id)
    first = exam is None or exam is exams[0]
    examination = _examination_of(encounters, exam, any_visit=first)
    return examination.details.seen_at if examination is not None else None


# The consents a medico-legal report shows, from the ledger, with their times.
EXAM_CONSENTS = (Purpose.MEDICAL_EXAMINATION, Purpose.FORENSIC_COLLECTION, Purpose.PHOTOGRAPHY)


def _consents(
    ledger: Sequence[ConsentDecision],
    examined_at: datetime | None,
    incident: IncidentRecord | None,
) -> list[ConsentLine]:
    """Her decision on each of the examination's purposes as it stood when she was examined:
    the ledger is not kept per incident, so the latest decision taken by then (never one
    taken after it), flagged when it was taken before this incident happened (it may have
    been given for an earlier examination); a purpose she had not decided on says so."""
    began = incident.details.occurred.earliest if incident is not None else None
    out: list[ConsentLine] = []
    for purpose in EXAM_CONSENTS:
        taken = [
            c
            for c in ledger
            if c.purpose is purpose and (examined_at is None or c.decided_at <= examined_at)
        ]
        if not taken:
            out.append(ConsentLine(label(purpose), NOT_RECORDED, None, ""))
            continue
        c = max(taken, key=lambda c: (c.decided_at, c.entry_id))
        out.append(
            ConsentLine(
                label(c.purpose),
                label(c.decision),
                c.decided_at,
                c.guardian_name or label(c.given_by),
                before_incident=began is not None and c.decided_at < began,
            )
        )
    return out


NOT_RECORDED = QT_TRANSLATE_NOOP("Documents", "Not recorded by then")


# How long after the examination a later visit's injuries are still this incident's on the
# report's later-visits body map. WHO's Guidelines for medico-legal care for victims of
# sexual violence (2003, ch. 7 "Follow-up care"; taken up by WHO/UNODC's "Strengthening the
# medico-legal response to sexual violence", 2015) schedule the follow-up review at 2 weeks,
# when injuries are checked for healing and documented again, then at 3 and 6 months for
# pregnancy, HIV and STI testing and psychological follow-up, not for the incident's
# injuries. Most bruises, abrasions and minor lacerations of an assault have healed or faded
# within those two weeks; what a visit months later records is something else (a scar, or a
# new injury from another assault) and drawn on this incident's map it would read as its
# injury. So: the 2-week review, with a week's slack for an appointment kept late. The
# visits after it stay in the review-visits table, and the report says their injuries are
# left off the map.
LATER_INJURY_WINDOW = timedelta(days=21)


def _later_injuries(
    examination: Encounter | None, reviews: Sequence[Encounter], examined_at: datetime | None
) -> tuple[list[LaterInjury], list[datetime]]:
    """The injuries recorded at this incident's later visits within LATER_INJURY_WINDOW of the
    examination (on or after it), numbered on from the examination's own so that one body map
    shows them all; and when each later visit was that recorded injuries outside the window
    (left off the map: they stay in the review-visits table)."""
    numbers = [i.number for i in examination.details.injuries] if examination else []
    n = max(numbers, default=0)
    out: list[LaterInjury] = []
    left_out: list[datetime] = []
    for e in sorted(reviews, key=lambda e: e.details.seen_at):
        if examined_at is not None and e.details.seen_at < examined_at:
            continue
        if not e.details.injuries:
            continue
        if examined_at is not None and e.details.seen_at > examined_at + LATER_INJURY_WINDOW:
            left_out.append(e.details.seen_at)
            continue
        for injury in sorted(e.details.injuries, key=lambda i: i.number):
            n += 1
            out.append(LaterInjury(e.details.seen_at, injury.number, replace(injury, number=n)))
    return out, left_out


def _examination_of(
    encounters: Sequence[Encounter], exam: ExamRecord | None, *, any_visit: bool = True
) -> Encounter | None:
    """The encounter that is the examination: the first one on or after the forensic
    examination began (the same visit), else (``any_visit``) the first one; the others are
    reviews."""
    if not encounters:
        return None
    if exam is not None:
        same_visit = [
            e for e in encounters if abs(e.details.seen_at - exam.details.started_at) <= SAME_VISIT
        ]
        if same_visit:
            return same_visit[0]
    return encounters[0] if any_visit else None


SAME_VISIT = timedelta(hours=12)


def _examined_at(exam: ExamRecord | None, examination: Encounter | None) -> datetime | None:
    times = [
        t
        for t in (
            exam.details.started_at if exam is not None else None,
            examination.details.seen_at if examination is not None else None,
        )
        if t is not None
    ]
    return min(times) if times else None


def _elapsed(incident: IncidentRecord | None, at: datetime | None) -> str:
    """ "9 h after the incident" (a range when its time is approximate), a Phrase."""
    if incident is None or at is None:
        return ""
    span = hours_after(incident.details.occurred, at)
    if span is None:
        return ""
    low, high = (round(h) for h in span)
    if low == high:
        return QT_TRANSLATE_NOOP("Documents", "{hours} h after the incident").format(hours=low)
    return QT_TRANSLATE_NOOP("Documents", "{low}-{high} h after the incident").format(
        low=low, high=high
    )


def _recorded_by(
    session: VaultSession,
    reference: str,
    exam: ExamRecord | None,
    examination: Encounter | None,
    examiner: str,
) -> tuple[str, ...]:
    """Who recorded and amended the examination and the forensic examination, in that order,
    when anyone but the examiner (``examiner``, her username; "" for one not on the staff,
    who records nothing in OneStop) did; none when she did it all herself."""
    who: list[str] = []
    for record in (examination, exam):
        if record is None:
            continue
        amended = record.updated_by if record.version > 1 else ""
        for u in (record.created_by or record.updated_by, amended):
            if u and u not in who:
                who.append(u)
    if not who or set(who) == {examiner}:
        return ()
    names = staff_names(session, reference, who)
    return tuple(names[u] for u in who)


def _examiner(
    session: VaultSession,
    exam: ExamRecord | None,
) -> tuple[Examiner | None, str]:
    """Who examined her, as recorded on the forensic examination: the member of staff chosen
    on it (with her qualifications), else the examiner named on it (not on the centre's
    staff: no qualifications the centre vouches for). None when the incident has no forensic
    examination: no one is its examiner, and whoever recorded a visit (its own record says
    who) did not declare a forensic examination. Never whoever exports the report."""
    if exam is None:
        return None, ""
    if exam.details.examined_by:
        found = ForensicService(session).examiner(exam.details.examined_by)
        if found is not None:
            return (
                Examiner(found.display_name, found.qualifications, found.registration_number),
                found.username,
            )
    return Examiner(exam.details.examiner, on_staff=False), ""


def examiner_record(exam: ExamRecord | None, examiner: Examiner | None) -> str:
    """Whom a report names as the examiner, kept with its issue (db.issues, migration 0068),
    as JSON: the version of the examination it was made from, and of a member of staff her
    profile as printed; of an examiner not on the staff nothing more (the name typed is
    sealed on the examination: ``_examiner_then`` reads it from its history). "" when it
    names no examiner."""
    if exam is None or examiner is None:
        return ""
    printed: dict[str, object] = {"exam_version": exam.version, "on_staff": examiner.on_staff}
    if examiner.on_staff:
        printed |= {
            "name": examiner.name,
            "qualifications": examiner.qualifications,
            "registration_number": examiner.registration_number,
        }
    return json.dumps(printed, sort_keys=True)


def _examiner_then(
    session: VaultSession, reference: str, exam: ExamRecord | None, recorded: str
) -> Examiner | None:
    """Whom an earlier issue named as the examiner, from ``recorded`` (``examiner_record``);
    None when it is not known (issued before it was kept, or no longer readable)."""
    if exam is None or not recorded:
        return None
    try:
        printed = json.loads(recorded)
    except ValueError:
        return None
    if not isinstance(printed, dict):
        return None
    if printed.get("on_staff"):
        return Examiner(
            str(printed.get("name", "")),
            str(printed.get("qualifications", "")),
            str(printed.get("registration_number", "")),
        )
    version = printed.get("exam_version")
    if version == exam.version:
        name = exam.details.examiner
    else:
        earlier = [
            v.fields
            for v in ForensicService(session).history(reference, exam.exam_id)
            if v.version == version
        ]
        name = str(earlier[0].get("examiner") or "") if earlier else ""
    return Examiner(name, on_staff=False) if name else None


def _further_exams(session: VaultSession, exams: Sequence[ExamRecord]) -> list[FurtherExamLine]:
    """The incident's later forensic examinations, each when and by whom (as recorded on
    it: the member of staff chosen, else the examiner named)."""
    forensic = ForensicService(session)
    out: list[FurtherExamLine] = []
    for x in exams:
        found = forensic.examiner(x.details.examined_by) if x.details.examined_by else None
        name = found.display_name if found is not None else x.details.examiner
        out.append(FurtherExamLine(x.details.started_at, name or "—"))
    return out


def _reviews(
    session: VaultSession, reference: str, reviews: Sequence[Encounter]
) -> list[ReviewLine]:
    names = staff_names(session, reference, (e.created_by or e.updated_by for e in reviews))
    return [
        ReviewLine(
            e.details.seen_at,
            names[e.created_by or e.updated_by],
            e.details.examination,
            tuple(label(t.kind) for t in e.details.treatments),
        )
        for e in reviews
    ]


def _records(
    session: VaultSession,
    reference: str,
    exam: ExamRecord | None,
    examination: Encounter | None,
) -> list[RecordLine]:
    """Who recorded the examination and the forensic examination, and who amended them last,
    each with the time."""
    who = [
        u
        for u in (
            exam.created_by if exam else "",
            exam.updated_by if exam else "",
            examination.created_by if examination else "",
            examination.updated_by if examination else "",
        )
        if u
    ]
    names = staff_names(session, reference, who)
    out: list[RecordLine] = []
    if examination is not None:
        recorder = examination.created_by or examination.updated_by
        out.append(
            RecordLine(
                QT_TRANSLATE_NOOP("Documents", "Examination"),
                names[recorder],
                examination.created_at,
                names[examination.updated_by] if examination.version > 1 else "",
                examination.updated_at if examination.version > 1 else None,
            )
        )
    if exam is not None:
        recorder = exam.created_by or exam.updated_by
        out.append(
            RecordLine(
                QT_TRANSLATE_NOOP("Documents", "Forensic examination"),
                names[recorder] if recorder else "—",
                exam.created_at,
                names[exam.updated_by] if exam.version > 1 and exam.updated_by else "",
                exam.updated_at if exam.version > 1 else None,
            )
        )
    return out


def opinion_missing(
    pipeline: ExportPipeline,
    reference: str,
    incident_id: int | None = None,
    exam_id: int | None = None,
) -> bool:
    """Whether the report on ``incident_id`` (by default the latest examined) or on its
    forensic examination ``exam_id`` (by default its first), as
    ``medico_legal`` would build it, goes without the examiner's opinion on the findings: it
    then says it is not ready to sign (reports.medicolegal.not_ready_to_sign), and the export
    dialog warns before it is exported. False when there is nothing to report (the export
    says so in its own words), and when the incident has no forensic examination (the
    report then says it has no declaration to sign)."""
    session = pipeline.session
    pipeline.require(reference, Section.INCIDENTS, Section.HEALTH, Section.FORENSIC)
    with session.batch():
        incidents = standing(IncidentService(session).list(reference))
        encounters = health_standing(HealthService(session).list(reference))
        exams = ForensicService(session).list(reference)
    _incident, encounters, exams = _of_incident(
        incidents, encounters, exams, incident_id, reference, exam_id
    )
    if not encounters and not exams:
        return False
    exam = _reported(exams, exam_id)
    # No forensic examination: no opinion is awaited, and the report says it has nothing to
    # sign (reports.medicolegal.no_exam_to_sign), not that it waits for one.
    return exam is not None and not exam.details.opinion.strip()


def _of_incident(
    incidents: Sequence[IncidentRecord],
    encounters: Sequence[Encounter],
    exams: Sequence[ExamRecord],
    incident_id: int | None,
    reference: str,
    exam_id: int | None = None,
) -> tuple[IncidentRecord | None, tuple[Encounter, ...], tuple[ExamRecord, ...]]:
    """The incident the report is on (``_pick_incident``; the incident of the forensic
    examination ``exam_id`` when one is asked for) with its encounters and forensic
    examinations, each in time order: the one reported is ``exam_id``, by default the
    first (``_reported``)."""
    if exam_id is not None:
        asked = next((x for x in exams if x.exam_id == exam_id), None)
        if asked is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The examination you chose is not in case {reference}: choose one of its "
                    "examinations first.",
                ).format(reference=reference)
            )
        linked = asked.details.incident_id
        if incident_id is not None and incident_id != linked:
            raise ValidationFailed.of(
                {
                    "exam_id": QT_TRANSLATE_NOOP(
                        "Messages", "The examination you chose is not of the incident you chose."
                    )
                }
            )
        incident = next((i for i in incidents if i.incident_id == linked), None)
    else:
        incident = _pick_incident(incidents, encounters, exams, incident_id, reference)
        linked = incident.incident_id if incident is not None else None
    return (
        incident,
        tuple(
            sorted(
                (e for e in encounters if e.details.incident_id == linked),
                key=lambda e: e.details.seen_at,
            )
        ),
        tuple(
            sorted(
                (x for x in exams if x.details.incident_id == linked),
                key=lambda x: x.details.started_at,
            )
        ),
    )


def _reported(exams: Sequence[ExamRecord], exam_id: int | None) -> ExamRecord | None:
    """The forensic examination a report is on: ``exam_id``, else the first of ``exams``."""
    if exam_id is not None:
        return next((x for x in exams if x.exam_id == exam_id), None)
    return exams[0] if exams else None


def _pick_incident(
    incidents: Sequence[IncidentRecord],
    encounters: Sequence[Encounter],
    exams: Sequence[ExamRecord],
    incident_id: int | None,
    reference: str,
) -> IncidentRecord | None:
    """The incident asked for; else the latest incident any examination is linked to."""
    by_id = {i.incident_id: i for i in incidents}
    if incident_id is not None:
        if incident_id not in by_id:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The incident you chose is not in case {reference}: choose one of its "
                    "incidents first.",
                ).format(reference=reference)
            )
        return by_id[incident_id]
    linked = [e.details.incident_id for e in encounters] + [x.details.incident_id for x in exams]
    candidates = [by_id[i] for i in linked if i in by_id]
    if not candidates:
        return None
    return max(
        candidates, key=lambda i: i.details.occurred.earliest or datetime.min.replace(tzinfo=UTC)
    )
