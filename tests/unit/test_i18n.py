"""Sentences written outside the screens stay English strings and carry what a translation needs."""

from __future__ import annotations

import copy

import pytest

from onestop.domain.validation import MONTHS, parse_date
from onestop.errors import ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP, Phrase, message_of


def test_a_phrase_is_its_english_sentence_and_remembers_its_template() -> None:
    phrase = QT_TRANSLATE_NOOP("Messages", "Between {low} and {high} days.").format(low=1, high=9)
    assert phrase == "Between 1 and 9 days."
    assert isinstance(phrase, str) and isinstance(phrase, Phrase)
    assert (phrase.context, phrase.template) == ("Messages", "Between {low} and {high} days.")
    assert phrase.params == {"low": 1, "high": 9}
    assert copy.deepcopy(phrase).params == {"low": 1, "high": 9}
    with pytest.raises(TypeError):
        phrase.format(1, 9)


def test_typed_text_in_a_value_is_never_read_as_a_template() -> None:
    typed = "{0} {__class__} {high}"
    phrase = QT_TRANSLATE_NOOP("Messages", "{room} already has a bed {beds}.").format(
        room=typed, beds="A"
    )
    assert phrase == "{0} {__class__} {high} already has a bed A."


def test_a_services_message_keeps_its_phrase_through_the_error() -> None:
    with pytest.raises(ValueError) as raised:
        parse_date("31/02/2025")
    message = message_of(raised.value)
    assert message == "There is no 31 February 2025."
    assert isinstance(message, Phrase) and message.params["month"] is MONTHS[1]
    failed = ValidationFailed.of({"a": message, "b": QT_TRANSLATE_NOOP("Messages", "Say why.")})
    joined = message_of(failed)
    assert joined == "There is no 31 February 2025. Say why."
    assert isinstance(joined, Phrase) and joined.context == ""  # the join is not translated
