"""One way a screen says why something was not done (gui.widgets.screen.report_errors)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from onestop import logs
from onestop.errors import Conflict
from onestop.gui.widgets.controls import message_label
from onestop.gui.widgets.screen import report_errors


@pytest.fixture
def message(qtbot) -> Iterator[QLabel]:
    parent = QWidget()
    qtbot.addWidget(parent)
    yield message_label(parent, "testMessage")
    del parent  # kept alive (with its label) until the test is done


def test_a_service_refusal_is_shown_in_its_own_words_and_the_caller_stops(message) -> None:
    reached_the_end = False
    with report_errors(message) as outcome:
        raise Conflict("Someone else changed this record; open it again.")
        reached_the_end = True
    assert outcome.failed and not reached_the_end
    assert message.text() == "Someone else changed this record; open it again."
    assert message.property("role") == "error"


def test_an_internal_error_is_logged_and_shown_without_its_text(
    message, tmp_path, monkeypatch, hostile_text
) -> None:
    monkeypatch.setenv("ONESTOP_HOME", str(tmp_path))
    for secret in hostile_text["names"][:5]:
        with report_errors(message) as outcome:
            raise KeyError(secret)
        assert outcome.failed
        assert message.text() and secret not in message.text()
    assert str(logs.log_path()) in message.text()


def test_a_function_is_given_the_exception_and_success_leaves_no_message(message) -> None:
    seen: list[BaseException] = []
    with report_errors(seen.append) as outcome:
        raise Conflict("changed")
    assert outcome.failed and isinstance(seen[0], Conflict)
    with report_errors(message) as outcome:
        pass
    assert not outcome.failed and message.text() == ""


def test_keyboard_interrupts_and_exits_are_not_caught(message) -> None:
    with pytest.raises(KeyboardInterrupt), report_errors(message):
        raise KeyboardInterrupt
    assert message.text() == ""
