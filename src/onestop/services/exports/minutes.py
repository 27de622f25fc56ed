"""The minutes of a case conference: who was there, and case by case what the meeting said of
it, what became of the actions carried in and the new actions agreed, all as stored with the
meeting (``ConferenceService.minutes``, ``record_minutes``), checked like the pack against each
survivor's consent to share with the agencies."""

from __future__ import annotations

from onestop.domain.roles import Section
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.reports.actions import PackAction
from onestop.reports.minutes import DOCUMENT as MINUTES
from onestop.reports.minutes import (
    Attendance,
    ConferenceMinutes,
    MinutesCase,
    render_conference_minutes,
)
from onestop.services.conferences import ActionInfo, ConferenceService
from onestop.services.exports.conference import case_names, lacking_consent, meeting_for
from onestop.services.exports.pipeline import Exported, ExportOptions, ExportPipeline
from onestop.services.labels import label


def conference_minutes(
    pipeline: ExportPipeline, options: ExportOptions, meeting_id: int
) -> Exported:
    """The minutes of meeting ``meeting_id``, as stored."""
    session = pipeline.session
    document = MINUTES
    pipeline.require("", Section.CONFERENCES, Section.IDENTITY, Section.CONSENT)
    pipeline.check_options(options)
    with session.batch():
        conferences = ConferenceService(session)
        meeting = meeting_for(conferences, meeting_id)
        minutes = conferences.minutes(meeting.id)
        references = sorted(
            set(minutes.heard) | {line.action.case_reference for line in minutes.reviewed}
        )
        lacking = lacking_consent(session, references, meeting.agencies)
        names = [name for ref in references for name in case_names(session, ref)]
    path = pipeline.path(options, document, meeting.held_on.isoformat(), names)
    reason = ""
    if lacking:
        listed = "; ".join(f"{ref} (with {', '.join(a)})" for ref, a in lacking.items())
        reason = pipeline.consent_or_override(
            options,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Not every survivor consented to sharing with the agencies: {cases}.",
            ).format(cases=listed),
            whose=QT_TRANSLATE_NOOP("Messages", "each one's decision"),
        )
    options.step(1)
    head = pipeline.letterhead(
        options,
        QT_TRANSLATE_NOOP("Documents", "{document} of {date}").format(
            document=document, date=meeting.held_on.isoformat()
        ),
        "",
        reason,
    )
    cases = [
        MinutesCase(
            reference=ref,
            reviewed=[
                _line(line.action, label(line.outcome), line.reason)
                for line in minutes.reviewed
                if line.action.case_reference == ref
            ],
            agreed=[
                _line(a, label(a.status), a.reason)
                for a in minutes.agreed
                if a.case_reference == ref
            ],
            discussion=minutes.discussions[ref].text if ref in minutes.discussions else "",
        )
        for ref in references
    ]
    pdf = render_conference_minutes(
        head,
        ConferenceMinutes(
            held_on=meeting.held_on,
            agencies=meeting.agencies,
            attendance=Attendance(
                minutes.attendance.chair,
                minutes.attendance.present,
                minutes.attendance.apologies,
            ),
            cases=cases,
            closed=meeting.is_held,
            prepared_by=session.actor.display_name,
        ),
    )
    return pipeline.write(
        pdf, path, options, Section.CONFERENCES, references, document, bool(reason)
    )


def _line(action: ActionInfo, status: str, reason: str) -> PackAction:
    return PackAction(
        action.agreed_on,
        action.agency,
        action.owner,
        action.description,
        action.due_on,
        status,
        reason,
    )
