"""Journeys through the application as a person makes them: from the sign-in window, with only
what is on screen (buttons by their text, fields by the name a screen reader says), the mouse
and the keyboard.

Journey 1, intake of a walk-in: she is registered with an alias only; the same woman typed
differently is found, not registered twice; the whole intake by keyboard alone; a rape 20 hours
ago opens her file with the PEP, emergency-contraception and forensic windows counting down.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from onestop.domain.roles import Role
from onestop.gui import fmt
from onestop.services.cases import SurvivorDetails
from onestop.services.intake import Intake, IntakeService
from tests.gui.journey import (
    alt,
    choose,
    click,
    click_tab,
    find_button,
    find_field,
    find_window,
    focused,
    has_window,
    on_screen,
    press,
    shows_button,
    sign_in_by_keyboard,
    type_into,
    type_text,
)
from tests.gui.test_accessibility import _clipped, _unnamed

REFERENCE = re.compile(r"OSC-\d{4}-\d{5}")
# A drop-down list is a popup: the offscreen platform cannot raise it or give it the keyboard
# grab a desktop gives it (what the person sees and does is the same).
DROP_DOWN = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def _cases_listed(qtbot, shell) -> str:
    """What the Cases tab says it holds, once its list is read again."""
    click_tab(shell, "Cases")
    count = find_field(shell, "Number of cases shown")
    qtbot.waitUntil(lambda: bool(count.text()), timeout=10_000)
    return on_screen(find_field(shell, "Cases"))


def _file_tab_opened(qtbot, shell, name: str) -> str:
    """Wait for her file to be on screen; the reference shown in its header."""
    qtbot.waitUntil(lambda: not has_window("New intake"), timeout=10_000)
    header = find_field(shell, "caseReference")
    assert find_field(shell, "caseName").text() == name
    assert REFERENCE.fullmatch(header.text())
    return header.text()


def test_a_walk_in_is_registered_with_an_alias_only(qtbot, make_shell, vault) -> None:
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    click_tab(shell, "Cases")
    click(find_button(shell, "New intake…"))
    dialog = find_window("New intake")
    type_into(dialog, "Alias", "Wren")
    click(find_button(dialog, "Check for existing files…"))
    assert "No existing file has her name, alias, date of birth or phone." in on_screen(dialog)
    click(find_button(dialog, "Register her"))
    reference = _file_tab_opened(qtbot, shell, "Wren")
    assert "Wren" in on_screen(shell)
    listed = _cases_listed(qtbot, shell)
    assert reference in listed and "Wren" in listed
    assert find_field(shell, "Number of cases shown").text() == "1 case"


def test_the_same_woman_typed_differently_is_found_and_not_registered_twice(
    qtbot, make_shell, vault
) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:  # her first visit, months ago
        service = IntakeService(cw)
        first = SurvivorDetails(name="Zélda Ñúñez-Orvåll", date_of_birth=date(1991, 3, 14))
        check = service.possible_matches(first.name, date_of_birth=first.date_of_birth)
        existing = service.register(Intake(first), check.confirm_new()).reference
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    qtbot.waitUntil(lambda: shows_button(shell, "New intake…"), timeout=5_000)
    click(find_button(shell, "New intake…"))  # from her home screen this time
    dialog = find_window("New intake")
    type_into(dialog, "Name", "zelda NUNEZ orvall")
    click(find_button(dialog, "Check for existing files…"))
    matches = on_screen(dialog)
    assert existing in matches and "Zélda Ñúñez-Orvåll" in matches and "name" in matches
    click(find_button(dialog, "Open the selected file"))
    assert _file_tab_opened(qtbot, shell, "Zélda Ñúñez-Orvåll") == existing
    assert existing in _cases_listed(qtbot, shell)
    assert find_field(shell, "Number of cases shown").text() == "1 case"  # nothing new


def test_the_whole_intake_by_keyboard_alone(qtbot, make_shell, vault, dialogs) -> None:
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    qtbot.waitUntil(lambda: shows_button(shell, "New intake…"), timeout=5_000)
    alt("n")  # New intake… on her home screen
    dialog = find_window("New intake")
    assert focused() is find_field(dialog, "Name")
    type_text("Ilse Marrow")
    press(Qt.Key.Key_Tab)
    assert focused() is find_field(dialog, "Alias")
    type_text("Finch")
    press(Qt.Key.Key_Tab)
    assert focused() is find_field(dialog, "Date of birth")
    type_text("14/02/1988")
    press(Qt.Key.Key_Tab)
    assert focused() is find_field(dialog, "Safe phone")
    type_text("+1 202 555 0143")
    press(Qt.Key.Key_Tab)
    assert focused() is find_field(dialog, "Text messages to this phone are safe")
    alt("c")
    assert focused() is find_field(dialog, "Code word")
    type_text("lantern")
    # Escape asks before throwing away what was typed; "Keep typing" keeps it all.
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: has_window("Discard this intake?"), timeout=5_000)
    find_window("Discard this intake?")
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not has_window("Discard this intake?"), timeout=5_000)
    dialog = find_window("New intake")
    assert find_field(dialog, "Code word").text() == "lantern"
    alt("d")  # Medical examination: given
    assert focused() is find_field(dialog, "Medical examination")
    press(Qt.Key.Key_Down)
    assert find_field(dialog, "Medical examination").currentText() == "Given"
    alt("e")  # Check for existing files…
    assert "No existing file has her name" in on_screen(dialog)
    assert focused() is find_button(dialog, "Register her")
    press(Qt.Key.Key_Return)
    reference = _file_tab_opened(qtbot, shell, "Finch")
    text = on_screen(shell)
    assert "Safe phone: +1 202 555 0143" in text and "code word: lantern" in text
    assert reference in _cases_listed(qtbot, shell)


@DROP_DOWN
def test_a_rape_20_hours_ago_opens_her_file_with_the_windows_counting_down(
    qtbot, make_shell, vault, clock
) -> None:
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    click_tab(shell, "Cases")
    click(find_button(shell, "New intake…"))
    dialog = find_window("New intake")
    type_into(dialog, "Alias", "Heron")
    assert not find_field(dialog, "From (or at)").isEnabled()  # no incident yet
    choose(dialog, "Type", "Rape")
    assert find_field(dialog, "Type").currentText() == "Rape"
    assert find_field(dialog, "Time known").currentText() == "Exact"
    # As her clock on the wall says it, to the minute.
    when = (clock() - timedelta(hours=20)).astimezone().replace(second=0, microsecond=0)
    field = find_field(dialog, "From (or at)")
    alt("f")  # its label's mnemonic
    assert focused() is field
    field.clear()
    type_text(when.strftime("%Y-%m-%d"))
    # The time as people write it: "3:00 PM"; one that is not a time is refused under it.
    at = find_field(dialog, "From (or at): time")
    at.clear()
    type_into(dialog, "From (or at): time", "half past tea")
    click(find_button(dialog, "Check for existing files…"))
    assert "Type the time as 15:00 or 3:00 PM." in on_screen(dialog)
    assert shows_button(dialog, "Check for existing files…")
    at.clear()
    assert "Type the time as" not in on_screen(dialog)  # the stale message went
    type_into(dialog, "From (or at): time", f"{when:%I:%M %p}".lstrip("0"))  # "3:00 PM"
    choose(dialog, "Forensic collection", "Given")
    click(find_button(dialog, "Check for existing files…"))
    assert f"Rape · {fmt.when(when)}" in on_screen(dialog), on_screen(dialog)
    click(find_button(dialog, "Register her"))
    _file_tab_opened(qtbot, shell, "Heron")
    chips = on_screen(shell)
    assert re.search(r"PEP: 5[12] h left", chips), chips
    assert re.search(r"Emergency contraception: (99|100) h left", chips), chips
    forensic = re.findall(r"Forensic: \w+: [^\n]* left", chips)
    assert forensic, chips
    click_tab(shell, "Incidents")  # her incident, saved at the time typed
    assert fmt.when(when) in on_screen(shell), on_screen(shell)


def _mnemonics(window) -> list[str]:
    """The Alt+letter keys of the labels and buttons on screen."""
    found = []
    for w in window.findChildren(QWidget):
        text = w.text() if isinstance(w, QAbstractButton | QLabel) and w.isVisible() else ""
        if "&" in text.replace("&&", ""):
            found.append(text.replace("&&", "")[text.replace("&&", "").index("&") + 1].lower())
    return found


@DROP_DOWN
def test_every_intake_control_is_named_and_reached_by_its_own_key(qtbot, make_shell, vault) -> None:
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    qtbot.waitUntil(lambda: shows_button(shell, "New intake…"), timeout=5_000)
    click(find_button(shell, "New intake…"))
    dialog = find_window("New intake")
    choose(dialog, "Type", "Physical assault")  # the incident's fields are enabled
    choose(dialog, "Time known", "Approximate")
    assert _unnamed(dialog) == [] and _clipped(dialog) == []
    keys = _mnemonics(dialog)
    assert len(keys) >= 18 and len(keys) == len(set(keys)), keys
    for name in ("Name", "Alias", "Date of birth", "Safe phone", "Code word", "Caseworker"):
        buddies = [
            label
            for label in dialog.findChildren(QLabel)
            if label.buddy() is find_field(dialog, name)
        ]
        assert len(buddies) == 1 and "&" in buddies[0].text(), name
    type_into(dialog, "Alias", "Kestrel")
    click(find_button(dialog, "Check for existing files…"))
    keys = _mnemonics(dialog)
    assert len(keys) == len(set(keys)), keys
    assert _unnamed(dialog) == [] and _clipped(dialog) == []
    click(find_button(dialog, "Back"))
    assert focused() is find_field(dialog, "Name")
    assert find_field(dialog, "Alias").text() == "Kestrel"  # nothing typed was lost
    # Cancel with something typed asks; "Discard" closes without creating anything.
    click(find_button(dialog, "Cancel"))
    qtbot.waitUntil(lambda: has_window("Discard this intake?"), timeout=5_000)
    click(find_button(find_window("Discard this intake?"), "Discard"))
    qtbot.waitUntil(lambda: not has_window("New intake"), timeout=5_000)
    _cases_listed(qtbot, shell)
    assert find_field(shell, "Number of cases shown").text() == "0 cases"
