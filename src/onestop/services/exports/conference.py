"""The pack for a multi-agency meeting: its agenda and the actions still outstanding, checked
against each survivor's consent to share with every attending agency."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from onestop.db.base import utcnow
from onestop.domain.consent import Purpose, ToldHer
from onestop.domain.coordination import SharingReason
from onestop.domain.risk import Answer, Criterion
from onestop.domain.roles import Action, Section
from onestop.domain.statistics import AgeBand
from onestop.domain.validation import direction_marks_problem
from onestop.errors import NotFound, OneStopError, ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.reports.actions import PackAction
from onestop.reports.conference import DOCUMENT as CONFERENCE_PACK
from onestop.reports.conference import (
    ConferencePack,
    PackCase,
    PackPerson,
    render_conference_pack,
)
from onestop.services.cases import CaseService
from onestop.services.conferences import ConferenceService, Meeting
from onestop.services.consent import ConsentService
from onestop.services.exports.parts import staff_name
from onestop.services.exports.pipeline import (
    MIN_REASON,
    Exported,
    ExportOptions,
    ExportPipeline,
)
from onestop.services.labels import label
from onestop.services.perpetrators import PerpetratorService
from onestop.services.risk import RiskService
from onestop.services.session import VaultSession
from onestop.services.sharings import SharedWhere, centre_today, opened_day, told_problems

CASE_BY_CASE = QT_TRANSLATE_NOOP(
    "Documents",
    "Decided case by case on a manager's authority: the reason for each case shared without "
    "her consent is printed beside it.",
)


@dataclass(frozen=True)
class CaseSharing:
    """Why one case goes to the meeting without her consent: a reason from SafeLives' list
    and a note of what makes it so for her."""

    reason: SharingReason
    note: str
    # Has she been told of this sharing? Asked for each case of a pack (check_told_each).
    told: ToldHer | None = None


def check_sharing(
    lacking: Sequence[str], sharing: Mapping[str, CaseSharing]
) -> dict[str, CaseSharing]:
    """Each case shared without consent with its own reason and note, or refused naming the
    cases still without one."""
    missing = [
        ref for ref in lacking if ref not in sharing or len(sharing[ref].note.strip()) < MIN_REASON
    ]
    if missing:
        raise ValidationFailed.of(
            {
                "sharing": QT_TRANSLATE_NOOP(
                    "Messages",
                    "Decide case by case: for {cases}, choose why it is shared without her "
                    "consent and say what makes it so (at least %n character(s)). No file was "
                    "written.",
                    "",
                    MIN_REASON,
                ).format(cases=", ".join(missing))
            }
        )

    # Each typed on one line: no direction marks that make it display as something else.
    def typed(case: CaseSharing) -> tuple[str, ...]:
        told = case.told
        return (case.note,) if told is None else (case.note, told.by, told.why)

    marked = [
        ref for ref in lacking if any(direction_marks_problem(said) for said in typed(sharing[ref]))
    ]
    if marked:
        raise ValidationFailed.of(
            {
                # A numerus message: one case or several agree with their verb (issue 23).
                "sharing": QT_TRANSLATE_NOOP(
                    "Messages",
                    "What is typed for %n case(s) ({cases}) contains invisible direction "
                    "marks (they can make it display as something else). Type it again "
                    "without copying it from elsewhere. No file was written.",
                    "",
                    len(marked),
                ).format(cases=", ".join(marked))
            }
        )
    return {ref: sharing[ref] for ref in lacking}


def refuse_one_told_for_all(options: ExportOptions) -> None:
    """One answer to "Has she been told?" for every case is not the pack's nor the minutes':
    each case shared without her consent says its own (``check_told_each``)."""
    if options.told is not None:
        raise ValidationFailed.of(
            {
                "sharing": QT_TRANSLATE_NOOP(
                    "Messages",
                    "Whether she has been told is said for each case shared without her "
                    "consent, not once for all. No file was written.",
                )
            }
        )


def check_told_each(
    decided: Mapping[str, CaseSharing], today: date, opened: Mapping[str, date | None]
) -> dict[str, ToldHer]:
    """Whether she was told, for each case shared without her consent (by case reference),
    or refused naming the cases without an answer, then those whose answer is wrong (a day
    after ``today`` at the centre, or before the day her case was ``opened``)."""
    unanswered = [ref for ref, d in decided.items() if d.told is None]
    if unanswered:
        raise ValidationFailed.of(
            {
                "sharing": QT_TRANSLATE_NOOP(
                    "Messages",
                    "Say for each case shared without her consent whether she has been told "
                    "of it: {cases}. No file was written.",
                ).format(cases=", ".join(unanswered))
            }
        )
    for ref, d in decided.items():
        problems = told_problems(d.told, today, opened.get(ref))
        if problems:
            raise ValidationFailed.of(
                {
                    "sharing": QT_TRANSLATE_NOOP(
                        "Messages", "For {case}: {problem} No file was written."
                    ).format(case=ref, problem=next(iter(problems.values())))
                }
            )
    return {ref: d.told for ref, d in decided.items() if d.told is not None}


def conference_pack(
    pipeline: ExportPipeline,
    options: ExportOptions,
    meeting_id: int | None = None,
    sharing: Mapping[str, CaseSharing] | None = None,
) -> Exported:
    """The pack for a meeting (by default the next one): its agenda and the actions still
    outstanding, per case and per agency. Every case in it must have consented to sharing
    with each attending agency, or a manager authorises the pack with a written reason and
    gives, case by case, why that case is shared without her consent and whether she has been
    told of it (``sharing``: by case reference); the pack prints each case's reason and answer
    beside it, the audit entry only that a reason was given, and the sharings ledger keeps one
    row for each case with its own answer."""
    session = pipeline.session
    document = CONFERENCE_PACK
    pipeline.require("", Section.CONFERENCES, Section.IDENTITY, Section.CONSENT)
    pipeline.check_options(options)
    with session.batch():
        conferences = ConferenceService(session)
        meeting = meeting_for(conferences, meeting_id)
        if not meeting.agencies:
            raise ValidationFailed.of(
                {
                    "agencies": QT_TRANSLATE_NOOP(
                        "Messages",
                        "Name the agencies attending this meeting first: the pack "
                        "is checked against each survivor's consent to share with them.",
                    )
                }
            )
        agenda = conferences.agenda(meeting.id)
        if not agenda:
            raise ValidationFailed.of(
                {
                    "meeting": QT_TRANSLATE_NOOP(
                        "Messages",
                        "No case is on the agenda of this meeting: there is no pack.",
                    )
                    if conferences.sees_every_case
                    else QT_TRANSLATE_NOOP(
                        "Messages",
                        "No case of yours is on the agenda of this meeting: the manager, who "
                        "runs the meeting, prints its whole pack.",
                    )
                }
            )
        lacking = lacking_consent(session, [item.reference for item in agenda], meeting.agencies)
        names = [name for item in agenda for name in case_names(session, item.reference)]
        details = {
            item.reference: _case_details(session, item.reference, options.language)
            for item in agenda
        }
    reference = f"{meeting.held_on.isoformat()}"
    path = pipeline.path(options, document, reference, names)
    reason = ""
    case_by_case = False  # no reason written for all: each case's own is printed beside it
    decided: dict[str, CaseSharing] = {}
    told: dict[str, ToldHer] = {}
    if lacking:
        refuse_one_told_for_all(options)
        listed = "; ".join(f"{ref} (with {', '.join(a)})" for ref, a in lacking.items())
        if sharing:
            # Decided case by case: each reason is checked, and printed beside its case; the
            # manager's authority (still required) says so on the first page unless she wrote
            # more.
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
            # OneStop's own sentence, not a reason staff typed: a Phrase, which the pack prints
            # in its language (the override gives its reason back as plain text).
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
    pack = ConferencePack(
        held_on=meeting.held_on,
        starts_at=meeting.starts_at,
        venue=meeting.venue,
        agencies=meeting.agencies,
        prepared_by=session.actor.display_name,
        cases=[
            PackCase(
                reference=item.reference,
                name=item.display_name,
                criteria=[label(c) for c in item.criteria],
                repeat=Criterion.REPEAT in item.criteria,
                risk=(
                    QT_TRANSLATE_NOOP("Documents", "{level}, score {score}").format(
                        level=label(item.latest_level), score=item.latest_score
                    )
                    if item.latest_level is not None
                    else QT_TRANSLATE_NOOP("Documents", "no assessment recorded")
                ),
                without_consent=item.reference in lacking,
                sharing_reason=label(decided[item.reference].reason)
                if item.reference in decided
                else "",
                sharing_note=decided[item.reference].note.strip()
                if item.reference in decided
                else "",
                told=told.get(item.reference),
                referred_by=item.referral.referring_agency if item.referral else "",
                referred_on=(
                    item.referral.referred_on.isoformat()
                    if item.referral and item.referral.referred_on
                    else ""
                ),
                **details[item.reference],
                actions=[
                    PackAction(
                        a.agreed_on,
                        a.agency,
                        a.owner,
                        a.description,
                        a.due_on,
                        label(a.status),
                        a.reason,
                    )
                    for a in item.carried
                ],
            )
            for item in agenda
        ],
    )
    pdf = render_conference_pack(head, pack)
    return pipeline.write(
        pdf,
        path,
        options,
        Section.CONFERENCES,
        [item.reference for item in agenda],
        document,
        bool(reason),
        noted={ref: f" sharing_reason={d.reason.value} note_given" for ref, d in decided.items()},
        shared_without=list(lacking),
        told_each=told,
        where=shared_where(meeting, decided),
    )


def opened_days(session: VaultSession, references: Iterable[str]) -> dict[str, date | None]:
    """The day each case was opened at the centre (None: not known), the earliest day she
    can have been told of a sharing."""
    cases = CaseService(session)
    return {
        ref: opened_day(got.opened_at, got.opening_known)
        for ref in references
        for got in [cases.get(ref)]
    }


def shared_where(meeting: Meeting, decided: Mapping[str, CaseSharing]) -> dict[str, SharedWhere]:
    """Where each case decided went (the meeting's day and its agencies, as the document
    lists them) and why, for the sharings ledger."""
    return {
        ref: SharedWhere(meeting.held_on, tuple(meeting.agencies), d.reason.value, d.note)
        for ref, d in decided.items()
    }


def without_consent(pipeline: ExportPipeline, meeting_id: int) -> dict[str, list[str]]:
    """The agenda's cases without consent to share with every attending agency (by case
    reference, the agencies each lacks), before the pack is made."""
    session = pipeline.session
    pipeline.require("", Section.CONFERENCES, Section.CONSENT)
    with session.batch():
        conferences = ConferenceService(session)
        meeting = meeting_for(conferences, meeting_id)
        references = [item.reference for item in conferences.agenda(meeting.id)]
        return lacking_consent(session, references, meeting.agencies) if meeting.agencies else {}


def lacking_consent(
    session: VaultSession, references: Sequence[str], agencies: Sequence[str]
) -> dict[str, list[str]]:
    """For each case without consent to share with every agency, the agencies it lacks."""
    consent = ConsentService(session)
    lacking: dict[str, list[str]] = {}
    for reference in references:
        answers = consent.may_leave_to(reference, Purpose.SHARE_WITH_AGENCY, agencies)
        missing = [a for a, answer in answers.items() if not answer.allowed]
        if missing:
            lacking[reference] = missing
    return lacking


def meeting_for(conferences: ConferenceService, meeting_id: int | None) -> Meeting:
    if meeting_id is None:
        meeting = conferences.next_meeting()
        if meeting is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "No meeting is planned: plan the next one on the Conferences screen.",
                )
            )
        return meeting
    for meeting in conferences.meetings():
        if meeting.id == meeting_id:
            return meeting
    raise NotFound(
        QT_TRANSLATE_NOOP(
            "Messages",
            "That meeting is not on record: none was chosen, or it was removed. Choose a meeting "
            "on the Conferences screen first.",
        )
    )


def case_names(session: VaultSession, reference: str) -> tuple[str, str]:
    """Her name and alias, only to keep them out of the file name (read as for the pack)."""
    details = CaseService(session).get(reference).details
    return details.name, details.alias


def _case_details(session: VaultSession, reference: str, language: str) -> dict[str, Any]:
    """What the agencies need to act on a case besides the agenda: her legal name, when she
    was born, her children, the perpetrators and the checklist's yes answers, from the
    sections this member of staff may read."""
    case = CaseService(session).get(reference)
    d = case.details
    out: dict[str, Any] = {}
    if d.name and d.alias:
        out["legal_name"] = d.name
    if d.date_of_birth is not None:
        out["born"] = d.date_of_birth.isoformat()
    elif (age := case.age(utcnow().date())) is not None:
        out["born"] = QT_TRANSLATE_NOOP("Documents", "about %n year(s) old", "", age)
    if d.address:
        out["address"] = d.address
    # As recorded: the pack sets them out (their number, and each child in a run of its own).
    if d.children_count or d.children_notes:
        out["children_count"] = d.children_count
        out["children"] = d.children_notes
    if session.allowed(Section.INCIDENTS, Action.READ):
        seen: dict[int, PackPerson] = {}
        for link in PerpetratorService(session).of_case(reference):
            him = link.perpetrator
            seen.setdefault(
                him.perpetrator_id,
                PackPerson(
                    him.details.name,
                    link.relationship,
                    him.details.known_addresses,
                    him.details.date_of_birth.isoformat() if him.details.date_of_birth else "",
                    label(him.details.age_group)
                    if him.details.age_group is not AgeBand.UNKNOWN
                    else "",
                ),
            )
        out["perpetrators"] = list(seen.values())
    if session.allowed(Section.RISK, Action.READ):
        risk = RiskService(session)
        assessments = risk.assessments(reference)
        if assessments:
            latest = assessments[-1]
            try:
                questions = {
                    q.id: q.text_in(language)
                    for q in risk.instrument(latest.instrument_key).questions
                }
            except OneStopError:
                questions = {}
            out["checklist"] = [
                questions.get(q, q) for q, answer in latest.answers.items() if answer is Answer.YES
            ]
            # When and by whom: the chair weighs a checklist by its date and its author.
            out["checklist_at"] = latest.assessed_at
            out["checklist_by"] = staff_name(session, reference, latest.assessed_by)
    return out
