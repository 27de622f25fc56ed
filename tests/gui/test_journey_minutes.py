"""The minutes of a case conference, recorded and printed from the sign-in window with only
what is on screen.

The manager opens "Print the minutes…" for today's meeting, types who chaired, who was
present, the apologies and what the meeting said of the case heard, and exports: the PDF
prints what was typed, and it is kept with the meeting. She closes the minutes; printed
again, the dialog shows what was kept, read-only, and the PDF prints the same.

Two cases minuted without consent to share with the police: as for the pack, each takes its
reason and its own answer to "Has she been told?", and the export is refused, naming the case,
until each is answered; the minutes print each answer under its case.
"""

from __future__ import annotations

import io
from datetime import datetime, timedelta

from pypdf import PdfReader
from PySide6.QtWidgets import QPlainTextEdit

from onestop.domain.roles import Role
from onestop.gui import fmt
from onestop.services.conferences import PlannedAction
from tests.conftest import dated_at_each_test
from tests.gui.conftest import DROP_DOWN, NOTE, NOW, PASSWORD, WHY, ConferenceSetting, save_as
from tests.gui.journey import (
    choose,
    click,
    click_tab,
    find_button,
    find_field,
    find_window,
    has_window,
    on_screen,
    select_row,
    shows_button,
    sign_in_by_keyboard,
    snap,
    type_any_text,
    type_into,
)

_dated_module, _dated_test = dated_at_each_test(__name__)  # NOW, TODAY: as tests start

VENUE = "Room 4, Town Hall"
CHAIR = "Inspector Hale, Police"
PRESENT = ["R. Patel, Police", "M. Osei, One-stop centre"]
APOLOGIES = "L. Kim, City Housing"
SAID = "Risk reviewed; she is staying with her sister and wants no contact at home."


def _meeting_with_a_case(conference: ConferenceSetting) -> str:
    """A case referred, today's meeting planned and the case heard with one action; she
    consented to sharing with the agency attending."""
    [ref] = conference.refer("Heron", held_on=NOW.date(), consent_to_police=True)
    due = NOW.date() + timedelta(7)
    conference.hear(ref, PlannedAction("Police", "PC Lowe", "Flag the address", due))
    return ref


def _print(qtbot, shell, opened, out) -> str:
    """Export the minutes dialog that is open to ``out``; the text of the PDF."""
    dialog = find_window("Export: Conference minutes")
    save_as(dialog, out)
    before = len(opened.urls)
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(lambda: len(opened.urls) > before, timeout=30_000)
    assert out.exists(), on_screen(dialog)
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    reader.decrypt(PASSWORD)
    click(find_button(dialog, "Close"))
    qtbot.waitUntil(lambda: not has_window("Export: Conference minutes"), timeout=5_000)
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


def test_the_minutes_are_recorded_kept_and_printed(
    qtbot, make_shell, vault, tmp_path, opened, conference
) -> None:
    ref = _meeting_with_a_case(conference)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.MANAGER)
    click_tab(shell, "Conferences")
    qtbot.waitUntil(lambda: shows_button(shell, "Print the minutes…"), timeout=10_000)

    # Recorded while the minutes are open, and printed as a draft.
    click(find_button(shell, "Print the minutes…"))
    qtbot.waitUntil(lambda: has_window("Export: Conference minutes"), timeout=5_000)
    dialog = find_window("Export: Conference minutes")
    type_into(dialog, "Venue", VENUE)
    type_into(dialog, "Chair", CHAIR)
    type_any_text(dialog, "Present, one a line", "\n".join(PRESENT))
    type_into(dialog, "Apologies, one a line", APOLOGIES)
    type_into(dialog, f"Discussion of case {ref}", SAID)
    snap("the minutes typed")
    text = _print(qtbot, shell, opened, tmp_path / "draft.pdf")
    for expected in (
        "Draft: the minutes are not closed yet.",
        f"Venue {VENUE} Chair {CHAIR}",
        " ".join(PRESENT),
        f"Apologies {APOLOGIES}",
        f"1. {ref}",
        f"Discussion {SAID}",
        "Flag the address",
    ):
        assert expected in text, expected

    # Closed: what was typed is kept with the meeting, shown read-only, printed the same.
    click(find_button(shell, "Close the minutes"))
    qtbot.waitUntil(lambda: has_window("Close the minutes?"), timeout=5_000)
    click(find_button(find_window("Close the minutes?"), "Close the minutes"))
    qtbot.waitUntil(lambda: "minutes closed" in on_screen(shell), timeout=10_000)
    # The list says where it met, as the minutes recorded it.
    select_row(
        find_field(shell, "Meetings"),
        f"{fmt.day(NOW.date())}, time not recorded · minutes closed\n{VENUE}",
    )
    click(find_button(shell, "Print the minutes…"))
    qtbot.waitUntil(lambda: has_window("Export: Conference minutes"), timeout=5_000)
    dialog = find_window("Export: Conference minutes")
    assert "The minutes are closed: they are printed as kept." in on_screen(dialog)
    chair = find_field(dialog, "Chair")
    said = find_field(dialog, f"Discussion of case {ref}")
    assert chair.text() == CHAIR and chair.isReadOnly()  # type: ignore[attr-defined]
    venue = find_field(dialog, "Venue")
    assert venue.text() == VENUE and venue.isReadOnly()  # type: ignore[attr-defined]
    assert isinstance(said, QPlainTextEdit) and said.isReadOnly()
    assert said.toPlainText() == SAID
    snap("the minutes as kept")
    text = _print(qtbot, shell, opened, tmp_path / "closed.pdf")
    assert "Draft" not in text
    for expected in (
        f"Venue {VENUE}",
        f"Chair {CHAIR}",
        f"Apologies {APOLOGIES}",
        f"Discussion {SAID}",
    ):
        assert expected in text, expected


def _two_cases_without_consent(conference: ConferenceSetting) -> tuple[str, str]:
    """Two cases referred and heard at today's meeting, neither consenting to the police."""
    first, second = conference.refer("Plover", "Heron", held_on=NOW.date())
    for ref in (first, second):
        due = NOW.date() + timedelta(7)
        conference.hear(ref, PlannedAction("Police", "PC Lowe", "Visit", due))
    return first, second


@DROP_DOWN
def test_the_minutes_say_for_each_case_whether_she_was_told(
    qtbot, make_shell, vault, tmp_path, opened, conference
) -> None:
    told_ref, ref = _two_cases_without_consent(conference)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.MANAGER)
    click_tab(shell, "Conferences")
    qtbot.waitUntil(lambda: shows_button(shell, "Print the minutes…"), timeout=10_000)
    click(find_button(shell, "Print the minutes…"))
    qtbot.waitUntil(lambda: has_window("Export: Conference minutes"), timeout=5_000)
    dialog = find_window("Export: Conference minutes")
    # The decision's one question is not asked: each case answers it beside its reason.
    assert not find_field(dialog, f"Has she been told of the sharing of {ref}?").isHidden()
    assert dialog.told.isHidden()  # type: ignore[attr-defined]
    out = tmp_path / "minutes.pdf"
    save_as(dialog, out)
    choose(dialog, f"Why {told_ref} is shared", "High risk of serious harm or homicide")
    type_into(dialog, f"What makes it so for {told_ref}", NOTE)
    choose(dialog, f"Why {ref} is shared", "Risk to children")
    type_into(dialog, f"What makes it so for {ref}", NOTE)

    # Not written until it says, for each case, whether the survivor was told, and on which
    # day (empty until typed: never today by default).
    choose(dialog, f"Has she been told of the sharing of {told_ref}?", "Yes, she was told on")
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(
        lambda: f"Type or choose the day she was told: {told_ref}." in on_screen(dialog),
        timeout=5_000,
    )
    assert not out.exists()
    type_into(
        dialog,
        f"The day she was told of the sharing of {told_ref}",
        datetime.now().date().isoformat(),
    )
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(
        lambda: f"whether she has been told of it: {ref}." in on_screen(dialog),
        timeout=20_000,
    )
    assert not out.exists()
    choose(
        dialog,
        f"Has she been told of the sharing of {ref}?",
        "No: it would put her or others at risk",
    )
    type_any_text(dialog, f"Who will tell her, or why not, for {ref}", WHY)
    snap("the minutes: one told, one not, and why")
    before = len(opened.urls)
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(lambda: len(opened.urls) > before, timeout=30_000)
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    reader.decrypt(PASSWORD)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    # Each case's answer under it: the text from its heading to the next.
    one, two = text.split(f"1. {told_ref}")[1].split(f"2. {ref}")
    today = datetime.now().date().isoformat()
    assert f"She has been told of this sharing (on {today})." in one
    assert WHY not in one and "She has not been told" not in one
    assert (
        "She has not been told of this sharing: telling her would increase the risk. Do not "
        "contact her about it, and take care that nothing of it reaches the perpetrator."
    ) in two
    assert f"Why she is not told: {WHY}" in two and "She has been told" not in two
    click(find_button(dialog, "Close"))
    qtbot.waitUntil(lambda: not has_window("Export: Conference minutes"), timeout=5_000)
