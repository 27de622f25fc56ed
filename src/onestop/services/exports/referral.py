"""The referral letter to an agency: what she agreed to share with it."""

from __future__ import annotations

from onestop.domain.consent import Purpose
from onestop.domain.referrals import Urgency
from onestop.domain.roles import Section
from onestop.errors import NotFound
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.reports.referral import DOCUMENT as REFERRAL_LETTER
from onestop.reports.referral import ReferralLetter, render_referral_letter
from onestop.services.cases import CaseService
from onestop.services.consent import ConsentService
from onestop.services.exports.pipeline import Exported, ExportOptions, ExportPipeline
from onestop.services.labels import label
from onestop.services.referrals import ReferralService


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
                    "Messages", "There is no referral {referral_id} in {reference}."
                ).format(referral_id=referral_id, reference=case.reference)
            )
        referral = found[0].details
        answer = ConsentService(session).may_leave(
            reference,
            Purpose.SHARE_WITH_AGENCY,
            agency=referral.agency,
            agency_id=referral.agency_id,
        )
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
        ).format(agency=referral.agency, reason=answer.reason, entry=answer.entry.entry_id)
    role = session.actor.role
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
    )
    pdf = render_referral_letter(head, letter)
    return pipeline.write(
        pdf, path, options, Section.REFERRALS, case.reference, document, bool(reason)
    )
