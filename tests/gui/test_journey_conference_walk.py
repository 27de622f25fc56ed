"""The Conferences screen and the pack's export dialog as new staff walk them (issue 23), from
the sign-in window with only what is on screen.

Closing the minutes is the chair's act: the manager is offered it; a caseworker whose case is
on the agenda, and a legal advocate who sees no case, are not (the service refuses them all
the same). At 1024×768 each of what the meeting does is whole, the reason for an action's
outcome a labelled field, not a bare "…". In the pack's dialog, "who will tell her" has its
count beside it as the other fields have, the calendar's button beside a day says what it
does and for which case, and direction marks typed for two cases are refused in a sentence
that counts them.
"""

from __future__ import annotations

import os
import re

from PySide6.QtWidgets import QLabel, QLineEdit, QToolButton

from onestop.domain.roles import Role
from tests.gui.conftest import DROP_DOWN, NOTE, save_as
from tests.gui.journey import (
    choose,
    click,
    click_tab,
    cut_off,
    find_button,
    find_field,
    find_window,
    has_window,
    labels_saying,
    on_screen,
    resize_window,
    shows_button,
    sign_in_after_a_colleague,
    sign_in_by_keyboard,
    sign_out_by_mouse,
    snap,
    type_any_text,
    type_into,
)

PACK = "Export: Case-conference pack"
RLO, PDF = "\u202e", "\u202c"


def _grab(widget, name: str) -> None:
    where = os.environ.get("ONESTOP_GRAB_DIR")
    if where:
        widget.grab().save(os.path.join(where, name))


def _conferences(qtbot, shell, size: tuple[int, int] = (1280, 800)) -> None:
    resize_window(shell, *size)
    click_tab(shell, "Conferences")
    qtbot.waitUntil(lambda: "Meeting of" in on_screen(shell), timeout=10_000)


def _each_fits(shell) -> None:
    """At 1024×768 each of what the meeting does is whole: no button cut short, and the
    field of why an action was not done labelled and wide enough for its hint (not a bare
    "…" beside the outcome's list)."""
    for text in (
        "Hear the selected case…",
        "Referral…",
        "Record outcome",
        "Print the pack…",
        "Print the minutes…",
    ):
        assert not cut_off(find_button(shell, text)), text
    why = find_field(shell, "Why")
    assert isinstance(why, QLineEdit)
    hint = why.fontMetrics().horizontalAdvance(why.placeholderText())
    assert why.width() > hint, (why.width(), hint)
    assert not cut_off(why)
    for said in ("Ou&tcome:", "&Why:"):
        [label] = labels_saying(shell, re.escape(said))
        assert label.buddy() is not None and not cut_off(label), said


def test_closing_the_minutes_is_offered_to_the_chair_only(qtbot, make_shell, conference) -> None:
    [ref] = conference.refer("Heron")
    shell = make_shell(conference.vault_path)
    # Her caseworker sees her case on the agenda, and may hear it; closing is not hers.
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    _conferences(qtbot, shell)
    assert ref in on_screen(shell)
    assert shows_button(shell, "Hear the selected case…")
    assert not shows_button(shell, "Close the minutes")
    _grab(shell, "conferences-caseworker-1280x800.png")
    sign_out_by_mouse(qtbot, shell)
    # A legal advocate writes the conferences section but sees no case: not offered either.
    sign_in_after_a_colleague(qtbot, shell, Role.LEGAL_ADVOCATE)
    _conferences(qtbot, shell, (1024, 768))
    assert ref not in on_screen(shell)
    assert shows_button(shell, "Hear the selected case…")
    assert not shows_button(shell, "Close the minutes")
    _grab(shell, "conferences-legal-advocate-1024x768.png")
    _each_fits(shell)
    snap("a legal advocate: no closing of the minutes", shell)
    sign_out_by_mouse(qtbot, shell)
    # The manager, who chairs it, closes them.
    sign_in_after_a_colleague(qtbot, shell, Role.MANAGER)
    _conferences(qtbot, shell, (1024, 768))
    _grab(shell, "conferences-manager-1024x768.png")
    _each_fits(shell)
    click(find_button(shell, "Close the minutes"))
    qtbot.waitUntil(lambda: has_window("Close the minutes?"), timeout=5_000)
    click(find_button(find_window("Close the minutes?"), "Close the minutes"))
    qtbot.waitUntil(lambda: "minutes closed" in on_screen(shell), timeout=10_000)


@DROP_DOWN
def test_the_pack_counts_who_will_tell_her_and_names_each_calendar(
    qtbot, make_shell, conference, tmp_path
) -> None:
    first, second = conference.refer("Plover", "Heron")
    shell = make_shell(conference.vault_path)
    sign_in_by_keyboard(qtbot, shell, Role.MANAGER)
    _conferences(qtbot, shell)
    click(find_button(shell, "Print the pack…"))
    qtbot.waitUntil(lambda: has_window(PACK), timeout=5_000)
    dialog = find_window(PACK)
    out = tmp_path / "pack.pdf"
    save_as(dialog, out)
    # The calendar's button beside the day says what it does, and for which case.
    day = f"The day she was told of the sharing of {first}"
    calendar = find_field(dialog, f"{day}: choose the day from a calendar")
    assert isinstance(calendar, QToolButton)
    assert calendar.toolTip() == f"{day}: choose the day from a calendar"

    # "Who will tell her" has its count, as the dialog's words promise of each field.
    assert "the count beside each field says how many are typed" in on_screen(dialog)
    choose(dialog, f"Has she been told of the sharing of {first}?", "Not yet: she will be told by")
    type_into(dialog, f"Who will tell her, or why not, for {first}", "Her IDVA")
    counted = find_field(dialog, "8 characters typed, at most 200")
    assert isinstance(counted, QLabel) and counted.text() == "8/200"
    snap("who will tell her, counted", dialog)
    _grab(dialog, "pack-dialog-counted.png")

    # Direction marks typed for both cases: refused in a sentence that counts them.
    qtbot.wait(500)
    for ref, reason in ((first, "Risk to children"), (second, "Risk to children")):
        choose(dialog, f"Why {ref} is shared", reason)
        type_any_text(dialog, f"What makes it so for {ref}", f"{RLO}{NOTE}{PDF}")
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(
        lambda: (
            f"What is typed for 2 cases ({first}, {second}) contains invisible direction "
            "marks" in on_screen(dialog)
        ),
        timeout=20_000,
    )
    assert not out.exists()
    snap("two cases with direction marks, counted", dialog)
    click(find_button(dialog, "Cancel"))  # warned that what was typed would be lost
    click(find_button(dialog, "Cancel"))
    qtbot.waitUntil(lambda: not has_window(PACK), timeout=5_000)
