"""Her own copy of her safety plan: no consent asked, no name on it."""

from __future__ import annotations

from dataclasses import replace

from onestop.domain.roles import Section
from onestop.errors import ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.reports.safety_plan import DOCUMENT as SAFETY_PLAN
from onestop.reports.safety_plan import SafetyPlanCopy, render_safety_plan
from onestop.services.cases import CaseService
from onestop.services.exports.parts import staff_name
from onestop.services.exports.pipeline import Exported, ExportOptions, ExportPipeline
from onestop.services.risk import SAFETY_PLAN_HEADINGS, SafetyPlanService


def safety_plan(
    pipeline: ExportPipeline,
    reference: str,
    options: ExportOptions,
    with_centre: bool = False,
    with_code_word: bool = False,
    with_full_headings: bool = False,
) -> Exported:
    """Her own copy of her safety plan, to take with her: no consent is asked, since it
    goes to her, and it carries no name, since it may be found. Nothing on it reveals the
    centre either, unless she chose to have the centre's name on it (``with_centre``), and its
    default file name is neutral (``pipeline.NEUTRAL_FILE_NAMES``). Her code word is left off
    unless she wants it printed (``with_code_word``): whoever finds the plan would learn the
    word she uses to say she is in danger. Its parts have plain headings ("Things to keep
    ready", not "Emergency bag") unless she wants the full ones (``with_full_headings``), or
    the copy names the centre and says "Safety plan" anyway (``with_centre``). The audit entry
    says which she chose."""
    session = pipeline.session
    document = SAFETY_PLAN
    pipeline.require(reference, Section.IDENTITY, Section.RISK)
    pipeline.check_options(options)
    with session.batch():
        case = CaseService(session).get(reference)
        plans = SafetyPlanService(session).list(reference)
        if not plans:
            raise ValidationFailed.of(
                {
                    "plan": QT_TRANSLATE_NOOP(
                        "Messages",
                        "This case has no safety plan yet: write it on the Risk and safety "
                        "tab first.",
                    )
                }
            )
        plan = plans[-1]
        agreed_with = staff_name(session, reference, plan.updated_by)
    path = pipeline.target(options, document, case)
    options.step(1)
    head = replace(
        pipeline.letterhead(options, document, case.reference, ""), discreet=not with_centre
    )
    copy = SafetyPlanCopy(
        parts={name: str(getattr(plan.details, name)) for name in SAFETY_PLAN_HEADINGS},
        version=plan.version,
        agreed_at=plan.updated_at,
        agreed_with=agreed_with,
        left_out=frozenset() if with_code_word else frozenset({"code_word"}),
        full_headings=with_full_headings or with_centre,
    )
    pdf = render_safety_plan(head, copy)
    chosen = f" code_word={'printed' if with_code_word else 'left_out'}"
    chosen += f" centre={'named' if with_centre else 'not_named'}"
    chosen += f" headings={'full' if copy.full_headings else 'plain'}"
    return pipeline.write(
        pdf,
        path,
        options,
        Section.RISK,
        case.reference,
        document,
        False,
        noted={case.reference: chosen},
    )
