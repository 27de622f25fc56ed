"""The safety plan, printed for the survivor to take with her.

Her copy never carries her name, and says so: a plan found by the person she fears must tell
him as little as possible. Unless she chooses otherwise it is *discreet*: no centre, no "Safety
plan", no case reference, no CONFIDENTIAL and no member of staff, in the pages or the metadata
(``Letterhead.discreet``); it is headed "Notes", its parts have plain headings
(``PLAIN_HEADINGS``) unless she wants the full ones, and its file is named "notes.pdf". Her code
word is left off unless she wants it printed (whoever finds the plan would learn it). It is
printed from the version she agreed with her caseworker, and says which version and when.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from onestop.clock import printing_zone
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.reports.document import Letterhead, render
from onestop.reports.language import listed, tr, translate, writing_in
from onestop.reports.parts import typed
from onestop.reports.styles import styles
from onestop.reports.text import Text, isolate

DOCUMENT = QT_TRANSLATE_NOOP("Labels", "Safety plan")
DISCREET_TITLE = QT_TRANSLATE_NOOP("Documents", "Notes")
# Her copy speaks to her; the parts in the plan's order, by the record's field names.
HEADINGS = {
    "safe_places": QT_TRANSLATE_NOOP("Documents", "Safe places to go"),
    "trusted_contacts": QT_TRANSLATE_NOOP("Documents", "People you trust, and how to reach them"),
    "code_word": QT_TRANSLATE_NOOP("Documents", "Code word"),
    "emergency_bag": QT_TRANSLATE_NOOP(
        "Documents", "Emergency bag: documents, money, keys, medicines"
    ),
    "children": QT_TRANSLATE_NOOP("Documents", "Your children"),
    "technology": QT_TRANSLATE_NOOP("Documents", "Phone and online safety"),
    "routes": QT_TRANSLATE_NOOP("Documents", "Routes and how to get out"),
    "notes": QT_TRANSLATE_NOOP("Documents", "Other notes"),
}
# Her copy's headings by default: a plan found by the person she fears must not say what it
# is, and the full headings above do ("Emergency bag", "Routes and how to get out", "Phone and
# online safety"). These read as anyone's notebook to a stranger: a list of things to keep
# together, an address book, travel notes, a note about a phone. None says safety, escape,
# abuse, emergency, violence, danger, refuge or shelter, in any language the plan is printed
# in (tests/unit/test_safety_plan_headings.py). She knows what each part is: she wrote it
# with her caseworker. The full headings are printed when she asks for them.
PLAIN_HEADINGS = {
    "safe_places": QT_TRANSLATE_NOOP("Documents", "Places to go"),
    "trusted_contacts": QT_TRANSLATE_NOOP("Documents", "People and numbers"),
    "code_word": QT_TRANSLATE_NOOP("Documents", "A word to remember"),
    "emergency_bag": QT_TRANSLATE_NOOP("Documents", "Things to keep ready"),
    "children": QT_TRANSLATE_NOOP("Documents", "Children"),
    "technology": QT_TRANSLATE_NOOP("Documents", "Phone and computer"),
    "routes": QT_TRANSLATE_NOOP("Documents", "Getting around"),
    "notes": QT_TRANSLATE_NOOP("Documents", "Other notes"),
}
OPTIONAL = {"notes"}


@dataclass(frozen=True)
class SafetyPlanCopy:
    parts: Mapping[str, str]  # what was written, by the field names of HEADINGS
    version: int
    agreed_at: datetime  # when this version was recorded
    agreed_with: str  # the member of staff, as colleagues know them
    # Parts she chose to leave off her copy (her code word, by default): neither printed nor
    # listed as still to plan, so that the page does not say she has one.
    left_out: frozenset[str] = frozenset()
    # The headings that say what each part is (HEADINGS), when she asked for them; else the
    # plain ones (PLAIN_HEADINGS).
    full_headings: bool = False


def story(plan: SafetyPlanCopy, discreet: bool = False) -> list[Flowable]:
    st = styles()
    day = plan.agreed_at.astimezone(printing_zone()).strftime("%Y-%m-%d")
    version = (
        translate("Documents", "Version {version}, {date}.").format(version=plan.version, date=day)
        if discreet
        else translate("Documents", "Version {version}, agreed on {date} with {who}.").format(
            version=plan.version, date=day, who=isolate(plan.agreed_with)
        )
    )
    out: list[Flowable] = [
        Text(tr(DISCREET_TITLE) if discreet else tr(DOCUMENT), st["title"]),
        Text(version, st["small"]),
        Spacer(1, 2 * mm),
        Text(_keeping(discreet), st["body"]),
        Spacer(1, 3 * mm),
    ]
    headings = HEADINGS if plan.full_headings else PLAIN_HEADINGS
    for field, heading in headings.items():
        text = plan.parts.get(field, "") if field not in plan.left_out else ""
        if text.strip():
            out.append(KeepTogether([Text(tr(heading), st["h1"]), Text(typed(text), st["body"])]))
    empty = [
        h
        for field, h in headings.items()
        if field not in OPTIONAL | plan.left_out and not plan.parts.get(field, "").strip()
    ]
    if empty:
        out += [
            Spacer(1, 4 * mm),
            Text(
                # Her own copy does not say that someone plans it with her.
                (
                    translate("Documents", "Still to fill in: {headings}.")
                    if discreet
                    else translate("Documents", "Still to plan together: {headings}.")
                ).format(headings=listed((tr(h).lower() for h in empty), semicolons=True)),
                st["small"],
            ),
        ]
    return out


def _keeping(discreet: bool) -> str:
    """A word on keeping it, calm and plain. Her own copy, which names neither the centre nor
    what it is, says nothing a finder would learn from: not that it is hidden on purpose, not
    that keeping it may be unsafe, not that someone prints it for her (it said all three). The
    copy that names the centre says them gently: it gives itself away already."""
    if discreet:
        return translate(
            "Documents", "Keep these notes somewhere you can reach when you need them."
        )
    return translate(
        "Documents",
        "Keep this somewhere only you can reach. It does not carry your name. If keeping it "
        "ever feels unsafe, you can get rid of it: we can print it again whenever you ask.",
    )


def render_safety_plan(head: Letterhead, plan: SafetyPlanCopy) -> bytes:
    with writing_in(head.language):
        return render(head, story(plan, head.discreet))
