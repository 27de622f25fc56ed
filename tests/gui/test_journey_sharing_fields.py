"""The per-case rows of a sharing without consent, from the sign-in window with only what is
on screen (issue 23): in the pack's and the minutes' export dialogs, on a screen of 1280×800
and of 1024×768, each case's note and its "who will tell her / why not" field are wide
enough for the hint they show, and the least a reason takes is said before anything is
refused, with a count of what is typed.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from onestop.domain.roles import Role
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.conferences import ConferenceService, PlannedAction
from tests.conftest import dated_at_each_test
from tests.gui.journey import (
    choose,
    click,
    click_tab,
    find_button,
    find_field,
    find_window,
    has_window,
    labels_saying,
    on_screen,
    press,
    resize_window,
    shows_button,
    sign_in_by_keyboard,
    type_into,
)

DROP_DOWN = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
NOW = datetime.now(UTC).replace(microsecond=0)
_dated_module, _dated_test = dated_at_each_test(__name__)  # NOW, TODAY: as tests start
SIZES = [(1280, 800), (1024, 768)]
LEAST = r".*at least 20 characters.*"


def _their_cases(vault) -> list[str]:
    """Three cases referred to today's meeting, none consenting to sharing with the police;
    the first heard (in the minutes), the other two waiting (in the pack)."""
    with vault.sign_in(Role.CASEWORKER) as cw:
        refs = []
        for alias in ("Plover", "Heron", "Wren"):
            ref = CaseService(cw).open_case(SurvivorDetails(alias=alias)).reference
            ConferenceService(cw).refer(ref, "He followed her to work twice")
            refs.append(ref)
    with vault.sign_in(Role.MANAGER) as manager:
        conferences = ConferenceService(manager)
        meeting = conferences.schedule(NOW.date(), ["Police"])
        conferences.hear(
            meeting.id,
            refs[0],
            [PlannedAction("Police", "PC Lowe", "Flag the address", NOW.date() + timedelta(7))],
        )
    return refs


def _fits_its_hint(field: QLineEdit) -> bool:
    """Whether the whole of the field's placeholder is drawn, inside the field's margins."""
    hint = field.placeholderText()
    needed = field.fontMetrics().horizontalAdvance(hint) + 2 * 6  # the frame and text margins
    return bool(hint) and field.width() >= needed


def _grab(dialog, name: str) -> None:
    where = os.environ.get("ONESTOP_GRAB_DIR")
    if where:
        dialog.grab().save(os.path.join(where, f"{name}.png"))


def _check_rows(qtbot, dialog, refs: list[str], size: tuple[int, int], what: str) -> None:
    resize_window(dialog, size[0], size[1] - 40)  # the screen, less the window's title
    qtbot.wait(50)
    # Said before anything is typed or refused, and counted as it is typed.
    assert labels_saying(dialog, LEAST), on_screen(dialog)[:800]
    for ref, answer in zip(
        refs,
        ("Not yet: she will be told by", "No: it would put her or others at risk"),
        strict=False,
    ):
        note = find_field(dialog, f"What makes it so for {ref}")
        assert isinstance(note, QLineEdit)
        assert _fits_its_hint(note), (size, note.width(), note.placeholderText())
        choose(dialog, f"Has she been told of the sharing of {ref}?", answer)
        said = find_field(dialog, f"Who will tell her, or why not, for {ref}")
        assert isinstance(said, QLineEdit)
        qtbot.wait(20)
        assert _fits_its_hint(said), (size, said.width(), said.placeholderText())
    _grab(dialog, f"{what}-{size[0]}x{size[1]}")
    ref = refs[0]
    type_into(dialog, f"What makes it so for {ref}", "He has a gun")
    counter = [w for w in labels_saying(dialog, r".*12.*20.*") if isinstance(w, QLabel)]
    assert counter, on_screen(dialog)[:1200]


@DROP_DOWN
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_pack_s_rows_are_wide_enough_and_say_the_least(qtbot, make_shell, vault, size) -> None:
    refs = _their_cases(vault)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.MANAGER)
    resize_window(shell, *size)
    click_tab(shell, "Conferences")
    qtbot.waitUntil(lambda: shows_button(shell, "Print the pack…"), timeout=10_000)
    click(find_button(shell, "Print the pack…"))
    title = "Export: Case-conference pack"
    qtbot.waitUntil(lambda: has_window(title), timeout=5_000)
    _check_rows(qtbot, find_window(title), refs[1:], size, "pack")


@DROP_DOWN
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_minutes_rows_are_wide_enough_and_say_the_least(qtbot, make_shell, vault, size) -> None:
    refs = _their_cases(vault)[:1]  # the minutes: the case heard
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.MANAGER)
    resize_window(shell, *size)
    click_tab(shell, "Conferences")
    qtbot.waitUntil(lambda: shows_button(shell, "Print the minutes…"), timeout=10_000)
    click(find_button(shell, "Print the minutes…"))
    title = "Export: Conference minutes"
    qtbot.waitUntil(lambda: has_window(title), timeout=5_000)
    _check_rows(qtbot, find_window(title), refs, size, "minutes")


@DROP_DOWN
def test_escape_warns_before_the_answers_typed_are_lost(qtbot, make_shell, vault) -> None:
    """Escape in the pack's dialog with answers typed for a case closes nothing at once: it
    says what would be lost; a second Escape closes without exporting. The dialog opens no
    larger than its screen."""
    refs = _their_cases(vault)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.MANAGER)
    click_tab(shell, "Conferences")
    qtbot.waitUntil(lambda: shows_button(shell, "Print the pack…"), timeout=10_000)
    click(find_button(shell, "Print the pack…"))
    title = "Export: Case-conference pack"
    qtbot.waitUntil(lambda: has_window(title), timeout=5_000)
    dialog = find_window(title)
    room = dialog.screen().availableGeometry()
    assert dialog.height() <= max(room.height(), dialog.minimumSizeHint().height())
    type_into(dialog, f"What makes it so for {refs[1]}", "He has a gun and was seen nearby")
    note = find_field(dialog, f"What makes it so for {refs[1]}")
    note.setFocus()
    press(Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert dialog.isVisible()
    assert labels_saying(dialog, r".*press Escape or Cancel again.*"), on_screen(dialog)[:800]
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2_000)
