"""The referral letter to an agency: what she agreed to share with it."""

from __future__ import annotations

from datetime import datetime

from onestop.clock import printing_zone
from onestop.domain.consent import Purpose
from onestop.domain.coordination import Sector
from onestop.domain.referrals import Urgency
from onestop.domain.roles import Action, Section
from onestop.errors import NotFound, ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.reports.referral import DOCUMENT as REFERRAL_LETTER
from onestop.reports.referral import Background, ReferralLetter, render_referral_letter
from onestop.reports.text import isolate
from onestop.services.cases import CaseService
from onestop.services.consent import ConsentService
from onestop.services.directory import DirectoryService
from onestop.services.exports.pipeline import Exported, ExportOptions, ExportPipeline
from onestop.services.incidents import IncidentRecord, IncidentService, standing
from onestop.services.labels import label
from onestop.services.perpetrators import PerpetratorService
from onestop.services.referrals import ReferralService
from onestop.services.risk import RiskService
from onestop.services.session import VaultSession
from onestop.services.settings import SettingsService
from onestop.services.sharings import SharedWhere


def referral_letter(
    pipeline: ExportPipeline, reference: str, referral_id: int, options: ExportOptions
) -> Exported:
    """The letter to the agency of one referral: what she agreed to share with it."""
    session = pipeline.session
    document = REFERRAL_LETTER
    pipeline.require(reference, Section.IDENTITY, Section.REFERRALS, Section.CONSENT)
    pipeline.check_options(options)
    with session.batch():
        case = CaseService(session).get(reference)
        found = [r for r in ReferralService(session).list(reference) if r.record_id == referral_id]
        if not found:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "No referral of case {reference} was chosen, or it was removed. Choose a "
                    "referral first.",
                ).format(reference=case.reference)
            )
        referral = found[0].details
        # The referral's own dates: made and sent, as recorded.
        state = ReferralService(session).state(reference, referral_id)
        made = state.made_at or found[0].updated_at
        sent_at = state.sent_at
        if not referral.notes.strip():
            raise ValidationFailed.of(
                {
                    "notes": QT_TRANSLATE_NOOP(
                        "Messages",
                        "The letter needs the reason for the referral: write it in the "
                        "referral first. No file was written.",
                    )
                }
            )
        answer = ConsentService(session).may_leave(
            reference,
            Purpose.SHARE_WITH_AGENCY,
            agency=referral.agency,
            agency_id=referral.agency_id,
        )
        background = _background(session, reference, shared=answer.allowed, made=made)
        about_children = _about_children(session, referral.agency_id, referral.service)
    path = pipeline.target(options, document, case)
    reason = ""
    if not answer.allowed:
        reason = pipeline.consent_or_override(
            options,
            QT_TRANSLATE_NOOP(
                "Messages",
                "She has not consented to sharing her information with this agency. {why}",
            ).format(why=answer.reason),
        )
    options.step(1)
    head = pipeline.letterhead(options, document, case.reference, reason)
    details = case.details
    consent = ""
    if answer.allowed and answer.entry is not None:
        consent = QT_TRANSLATE_NOOP(
            "Documents",
            "She consented to this information being shared with {agency}: {reason} "
            "Ledger entry {entry}.",
        ).format(agency=isolate(referral.agency), reason=answer.reason, entry=answer.entry.entry_id)
    role = session.actor.role
    contact = SettingsService(session).centre_contact()
    # What she agreed to share, as the background: her children as recorded, which the letter
    # sets out (their number, and each child listed in a run of its own).
    children = details.children_notes if about_children and answer.allowed else None
    letter = ReferralLetter(
        agency=referral.agency,
        service=referral.service,
        urgency=label(referral.urgency),
        routine=referral.urgency is Urgency.ROUTINE,
        reason=referral.notes,
        name=details.name,
        alias=details.alias,
        date_of_birth=details.date_of_birth,
        age=case.age(head.generated_at.date()),
        languages=details.languages,
        disability=details.disability,
        children_count=details.children_count,
        safe_phone=details.safe_phone,
        safe_message_allowed=details.safe_message_allowed,
        safe_code_word=details.safe_code_word,
        safe_notes=details.safe_notes,
        consent=consent,
        referring_worker=session.actor.display_name,
        referring_role=label(role) if role is not None else "",
        sent_on=head.generated_at,
        centre_address=contact.address,
        centre_phone=contact.phone,
        centre_email=contact.email,
        our_reference=f"{case.reference} / {referral_id}",
        background=background,
        children=children,
        referred_at=made,
        referral_sent_at=sent_at,
    )
    pdf = render_referral_letter(head, letter)
    return pipeline.write(
        pdf,
        path,
        options,
        Section.REFERRALS,
        case.reference,
        document,
        bool(reason),
        noted={case.reference: f" referral={referral_id}"},  # for the referral's history
        # Where it went and why, kept with the sharing when it is without her consent.
        where={
            case.reference: SharedWhere(
                agencies=(referral.agency,), note=options.without_consent_reason
            )
        },
    )


def _background(session: VaultSession, reference: str, shared: bool, made: datetime) -> Background:
    """The type and date of the incident the referral concerns, whether the perpetrator is
    known to her, and the risk level, from the sections the worker may read. A referral names
    no incident of its own, so it concerns the latest incident before it was ``made`` (by when
    it happened, else when it was recorded): one that happened after the referral is not its
    background. Shared without her consent (a manager's override, for her safety), only the
    risk level goes: the override is about the danger, not what happened to her."""
    risk = None
    if session.allowed(Section.RISK, Action.READ):
        assessments = RiskService(session).assessments(reference)
        # None assessed is said, so that the agency can tell it from a level left out.
        risk = (
            label(assessments[-1].final_level)
            if assessments
            else QT_TRANSLATE_NOOP("Documents", "Not assessed")
        )
    if not shared:
        return Background(risk_level=risk, withheld=True)
    if not session.allowed(Section.INCIDENTS, Action.READ):
        return Background(risk_level=risk)
    incidents = standing(IncidentService(session).list(reference))

    def when(incident: IncidentRecord) -> datetime:
        return incident.details.occurred.earliest or incident.updated_at

    before = [i for i in incidents if when(i) <= made]
    if not before:
        return Background(risk_level=risk)
    # The latest that happened before it (an undated one only when none is dated).
    dated = [i for i in before if i.details.occurred.earliest is not None]
    latest = max(dated or before, key=when)
    linked = {p.incident_id for p in PerpetratorService(session).of_case(reference)}
    # Known when a relationship or a perpetrator is recorded; nothing recorded is not "no".
    known = bool(latest.details.perpetrator_relationship.strip()) or latest.incident_id in linked
    occurred = latest.details.occurred.earliest
    ranged = latest.details.occurred.latest not in (None, occurred)
    return Background(
        incident_type=label(latest.details.gbv_type),
        # The day in the centre's zone, as every other document prints it (not UTC's: a
        # night-time incident fell on the day before in the letter, an outside reader found).
        incident_date=occurred.astimezone(printing_zone()).date() if occurred else None,
        incident_period=latest.details.occurred.describe() if ranged else "",
        risk_level=risk,
        perpetrator_known=True if known else None,
    )


# Words of a service asked of an agency typed by hand that say it houses her (or concerns her
# children), in the four languages staff type in.
_HOUSING_WORDS = (
    "shelter", "refuge", "safe house", "housing", "child",
    "hébergement", "foyer", "enfant",
    "refugio", "albergue", "casa de acogida", "niño", "niña", "hij",
    "مأوى", "إيواء", "ملجأ", "سكن", "أطفال", "طفل",
)  # fmt: skip


def _about_children(session: VaultSession, agency_id: int | None, service: str = "") -> bool:
    """Does the referral concern her children: to a child-protection agency, or to a
    shelter, which must know whom it houses (the directory's child services or shelter and
    housing). An agency typed by hand, not in the directory, has no sector: it is taken as a
    shelter when the service asked of it says so ("Emergency shelter for her and her
    children"), since a refuge sent "Children: 2" cannot allocate a room."""
    if agency_id is None:
        asked = service.casefold()
        return any(word in asked for word in _HOUSING_WORDS)
    if not session.allowed(Section.DIRECTORY, Action.READ):
        return False
    directory = DirectoryService(session)
    return any(
        a.id == agency_id
        for sector in (Sector.CHILD_SERVICES, Sector.SHELTER_HOUSING)
        for a in directory.agencies(sector=sector)
    )
