"""The safety plan, printed for the survivor to take with her.

Her copy carries the case reference but not her name, and says so: a plan found by the person
she fears must tell him as little as possible. It is printed from the version she agreed with
her caseworker, and says which version and when.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from onestop.reports.document import Letterhead, render
from onestop.reports.styles import styles
from onestop.reports.text import Text, markup, para

DOCUMENT = "Safety plan"
# Her copy speaks to her; the parts in the plan's order, by the record's field names.
HEADINGS = {
    "safe_places": "Safe places to go",
    "trusted_contacts": "People you trust, and how to reach them",
    "code_word": "Code word",
    "emergency_bag": "Emergency bag: documents, money, keys, medicines",
    "children": "Your children",
    "technology": "Phone and online safety",
    "routes": "Routes and how to get out",
    "notes": "Other notes",
}
OPTIONAL = {"notes"}


@dataclass(frozen=True)
class SafetyPlanCopy:
    parts: Mapping[str, str]  # what was written, by the field names of HEADINGS
    version: int
    agreed_at: datetime  # when this version was recorded
    agreed_with: str  # the member of staff, as colleagues know them


def story(plan: SafetyPlanCopy) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [
        para(DOCUMENT, st["title"]),
        para(
            f"Version {plan.version}, agreed on {plan.agreed_at.strftime('%Y-%m-%d')} with "
            f"{markup(plan.agreed_with)}.",
            st["small"],
        ),
        Spacer(1, 2 * mm),
        para(
            "Keep this somewhere only you can reach. It has no name on it on purpose. If it is "
            "no longer safe to keep, destroy it: we can print it again.",
            st["body"],
        ),
        Spacer(1, 3 * mm),
    ]
    for field, heading in HEADINGS.items():
        text = plan.parts.get(field, "")
        if text.strip():
            out.append(KeepTogether([para(markup(heading), st["h1"]), Text(text, st["body"])]))
    empty = [
        h
        for field, h in HEADINGS.items()
        if field not in OPTIONAL and not plan.parts.get(field, "").strip()
    ]
    if empty:
        out += [
            Spacer(1, 4 * mm),
            para(
                "Still to plan together: " + "; ".join(markup(h.lower()) for h in empty) + ".",
                st["small"],
            ),
        ]
    return out


def render_safety_plan(head: Letterhead, plan: SafetyPlanCopy) -> bytes:
    return render(head, story(plan))
