"""The minutes of a case conference: who was there, and case by case what the meeting said of
it, what became of the actions carried in and the new actions agreed, all as stored with the
meeting (``ConferenceService.minutes``, ``record_minutes``), checked like the pack against each
survivor's consent to share with the agencies."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from onestop.db.base import utcnow
from onestop.domain.consent import ToldHer
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
from onestop.services.conferences import ActionInfo, ConferenceService, Minutes
from onestop.services.exports.conference import (
    CASE_BY_CASE,
    CaseSharing,
    case_names,
    check_sharing,
    check_told_each,
    lacking_consent,
    meeting_for,
    opened_days,
    refuse_one_told_for_all,
    shared_where,
)
from onestop.services.exports.pipeline import Exported, ExportOptions, ExportPipeline
from onestop.services.labels import label
from onestop.services.sharings import centre_today


def conference_minutes(
    pipeline: ExportPipeline,
    options: ExportOptions,
    meeting_id: int,
    sharing: Mapping[str, CaseSharing] | None = None,
) -> Exported:
    """The minutes of meeting ``meeting_id``, as stored. A case minuted without her consent
    to share with every attending agency needs a manager's authority; given ``sharing`` (by
    case reference), it is decided case by case as for the pack: each such case needs its own
    reason and note and its own answer to "Has she been told?" (``check_told_each``), printed
    under the case; the audit entry of each case says which reason was given and her answer,
    and the sharings ledger keeps one row for each case with its own answer. One reason for
    the whole meeting is not enough: each case lacking her consent is refused, by reference,
    until it has its own (``check_sharing``)."""
    session = pipeline.session
    document = MINUTES
    pipeline.require("", Section.CONFERENCES, Section.IDENTITY, Section.CONSENT)
    pipeline.check_options(options)
    with session.batch():
        conferences = ConferenceService(session)
        meeting = meeting_for(conferences, meeting_id)
        minutes = conferences.minutes(meeting.id)
        references = _references(minutes)
        lacking = lacking_consent(session, references, meeting.agencies)
        names = [name for ref in references for name in case_names(session, ref)]
    path = pipeline.path(options, document, meeting.held_on.isoformat(), names)
    reason = ""
    decided: dict[str, CaseSharing] = {}
    told: dict[str, ToldHer] = {}
    if lacking:
        refuse_one_told_for_all(options)
        listed = "; ".join(f"{ref} (with {', '.join(a)})" for ref, a in lacking.items())
        case_by_case = False
        if sharing:
            decided = check_sharing(list(lacking), sharing)
            case_by_case = not options.without_consent_reason.strip()
            if case_by_case:
                options = replace(options, without_consent_reason=CASE_BY_CASE)
        reason = pipeline.consent_or_override(
            options,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Not every survivor consented to sharing with the agencies: {cases}.",
            ).format(cases=listed),
            whose=QT_TRANSLATE_NOOP("Messages", "each one's decision"),
            told_each=True,
        )
        decided = check_sharing(list(lacking), sharing or {})
        told = check_told_each(decided, centre_today(utcnow()), opened_days(session, decided))
        if case_by_case:
            reason = CASE_BY_CASE
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
            without_consent=ref in lacking,
            sharing_reason=label(decided[ref].reason) if ref in decided else "",
            sharing_note=decided[ref].note.strip() if ref in decided else "",
            told=told.get(ref),
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
            starts_at=meeting.starts_at,
            venue=meeting.venue,
        ),
    )
    return pipeline.write(
        pdf,
        path,
        options,
        Section.CONFERENCES,
        references,
        document,
        bool(reason),
        noted={ref: f" sharing_reason={d.reason.value} note_given" for ref, d in decided.items()},
        shared_without=list(lacking),
        told_each=told,
        where=shared_where(meeting, decided),
    )


def _references(minutes: Minutes) -> list[str]:
    """The cases the minutes speak of: heard at the meeting, or with an action reviewed."""
    return sorted(set(minutes.heard) | {line.action.case_reference for line in minutes.reviewed})


def without_consent(pipeline: ExportPipeline, meeting_id: int) -> dict[str, list[str]]:
    """The cases the minutes of ``meeting_id`` speak of without her consent to share with
    every attending agency (by reference, the agencies each lacks): the dialog asks a reason
    for each before the minutes are made."""
    session = pipeline.session
    pipeline.require("", Section.CONFERENCES, Section.CONSENT)
    with session.batch():
        conferences = ConferenceService(session)
        meeting = meeting_for(conferences, meeting_id)
        references = _references(conferences.minutes(meeting.id))
        return lacking_consent(session, references, meeting.agencies)


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
