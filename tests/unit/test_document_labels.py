"""No value from a list prints in English in a document written in another language: every
label the documents print from ``services.labels`` passes through the document's language.

The English labels looked for are read from the label tables themselves, not listed here, so a
list that gains a value is looked for too."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from onestop.domain.roles import Role
from onestop.i18n import Phrase
from onestop.reports.language import tr, writing_in
from onestop.services import labels

from .test_coordination_documents import AGENCIES, build_carried
from .test_document_language import _documents
from .test_exports import AGENCY, referral, squash  # noqa: F401

pytestmark = pytest.mark.both_backends

# What the fixtures typed (printed as typed, in every language): a label found inside one of
# these is not looked for, it may be the typed word ("Police", an agency; "No" in "No contact").
TYPED = (
    AGENCY,
    *AGENCIES,
    "Divorce advice",
    "She asked for it.",
    "Assaulted by <two> men & threatened.",
    "Bruising as marked.",
    "Bruise",
    "Abrasion",
    "Left forearm, purple",
    "Right knee",
    "Upper back",
    "Dr Okafor",
    "PC Mensah",
    "City Police",
    "To the lab",
    "Central Court",
    "Mention",
    "Non-molestation",
    "No contact",
    "Her sister's flat",
    "Sgt <b>Mills</b>",
    "Drive-by patrols",
    "Housing officer",
    "Change the locks",
    "No officers free",
)


def english_labels() -> Iterator[Phrase]:
    """Every label of every list, as the tables hold them."""
    for table in labels._tables():
        yield from table.values()
    yield from labels._windows().values()
    yield from labels._plan_headings().values()
    yield from labels._age_labels().values()


def _pattern(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w'-])")


def printed_in_english(text: str, code: str) -> set[str]:
    """The labels whose English is in ``text``, a document written in ``code`` (a label the
    language writes as in English, "Police" in French, is not looked for). In a document
    written right to left a line of Latin words may be read back in the other order: both
    orders are looked for."""
    found = set()
    for phrase in english_labels():
        with writing_in(code):
            if tr(phrase) == str(phrase):
                continue
        words = str(phrase).split()
        if any(_pattern(words).search(typed) for typed in TYPED):
            continue
        orders = [words, words[::-1]] if code == "ar" else [words]
        if any(_pattern(order).search(text) for order in orders):
            found.add(str(phrase))
    return found


@pytest.mark.slow
@pytest.mark.timeout(600)  # six documents in three languages
def test_no_label_prints_in_english_in_a_french_or_arabic_document(vault, referral, tmp_path):  # noqa: F811
    carried = build_carried(vault)
    texts = _documents(vault, tmp_path, referral, carried[2], languages=("en", "fr", "ar"))
    staff = [f"Test {labels.label(role)}" for role in Role]  # the colleagues' names
    printed_labels = 0
    for name, by_language in texts.items():
        for code in ("en", "fr", "ar"):
            text = by_language[code]
            for colleague in staff:
                for order in (colleague, " ".join(colleague.split()[::-1])):
                    text = text.replace(order, "")
            if code == "en":
                printed_labels += len(printed_in_english(text, "fr"))
            else:
                assert printed_in_english(text, code) == set(), (name, code)
    # The English documents do print labels: the test looks for what is there.
    assert printed_labels >= 15
