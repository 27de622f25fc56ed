"""The medico-legal report, for the police or for court, of the examinations of one incident."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from onestop.domain.consent import Purpose
from onestop.domain.roles import Section
from onestop.errors import NotFound, ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.reports.medicolegal import DOCUMENT as MEDICO_LEGAL_REPORT
from onestop.reports.medicolegal import MedicoLegalReport, render_medico_legal
from onestop.reports.parts import Photograph
from onestop.services.attachments import IMAGE_TYPES, AttachmentService
from onestop.services.cases import CaseService
from onestop.services.consent import ConsentService
from onestop.services.exports.parts import encounter_parts, exam_part, person
from onestop.services.exports.pipeline import PURPOSE_TEXT, Exported, ExportOptions, ExportPipeline
from onestop.services.forensic import ExamRecord, ForensicService
from onestop.services.health import Encounter, HealthService
from onestop.services.incidents import IncidentRecord, IncidentService
from onestop.services.labels import label

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
) -> Exported:
    """The examinations, injuries (with the body map), treatments timed from the incident,
    photographs, specimens and chain of custody, for the police or for court."""
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
        incidents = IncidentService(session).list(reference)
        encounters = HealthService(session).list(reference)
        exams = ForensicService(session).list(reference)
        answer = ConsentService(session).may_leave(reference, purpose)
        files = AttachmentService(session)
        pictures = [
            a
            for a in files.list(reference)
            if a.section in (Section.HEALTH, Section.FORENSIC) and a.media_type in IMAGE_TYPES
        ]
        photos = [
            Photograph(n, a.title, a.taken_at, a.sha256, files.open(reference, a.attachment_id))
            for n, a in enumerate(pictures, start=1)
        ]
    incident = _pick_incident(incidents, encounters, exams, incident_id, case.reference)
    if incident is not None:
        encounters = tuple(e for e in encounters if e.details.incident_id == incident.incident_id)
        exams = tuple(x for x in exams if x.details.incident_id == incident.incident_id)
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
    report = MedicoLegalReport(
        person=person(case, head.generated_at.date()),
        incident=(
            QT_TRANSLATE_NOOP("Documents", "{type}, {when}.").format(
                type=label(incident.details.gbv_type),
                when=incident.details.occurred.describe(),
            )
            if incident is not None
            else QT_TRANSLATE_NOOP("Documents", "no incident is linked to these examinations.")
        ),
        purpose=QT_TRANSLATE_NOOP("Documents", "with consent to {purpose}").format(
            purpose=PURPOSE_TEXT[purpose]
        )
        if not reason
        else QT_TRANSLATE_NOOP("Documents", "without consent, on a manager's authority"),
        encounters=encounter_parts(session, case.reference, encounters),
        exams=[exam_part(x) for x in exams],
        photographs=photos,
        examiner=session.actor.display_name,
    )
    pdf = render_medico_legal(head, report)
    return pipeline.write(
        pdf, path, options, Section.HEALTH, case.reference, document, bool(reason)
    )


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
                    "Messages", "There is no incident {incident_id} in {reference}."
                ).format(incident_id=incident_id, reference=reference)
            )
        return by_id[incident_id]
    linked = [e.details.incident_id for e in encounters] + [x.details.incident_id for x in exams]
    candidates = [by_id[i] for i in linked if i in by_id]
    if not candidates:
        return None
    return max(
        candidates, key=lambda i: i.details.occurred.earliest or datetime.min.replace(tzinfo=UTC)
    )
