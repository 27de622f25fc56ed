"""The minutes of a case conference, recorded and printed from the sign-in window with only
what is on screen.

The manager opens "Print the minutes…" for today's meeting, types who chaired, who was
present, the apologies and what the meeting said of the case heard, and exports: the PDF
prints what was typed, and it is kept with the meeting. She closes the minutes; printed
again, the dialog shows what was kept, read-only, and the PDF prints the same.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPlainTextEdit

from onestop.domain.consent import Decision, Purpose
from onestop.domain.roles import Role
from onestop.gui import fmt
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.conferences import ConferenceService, PlannedAction
from onestop.services.consent import ConsentService
from tests.gui.journey import (
    OpenedUrls,
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

NOW = datetime.now(UTC).replace(microsecond=0)
PASSWORD = "for the meeting only 2026"
VENUE = "Room 4, Town Hall"
CHAIR = "Inspector Hale, Police"
PRESENT = ["R. Patel, Police", "M. Osei, One-stop centre"]
APOLOGIES = "L. Kim, City Housing"
SAID = "Risk reviewed; she is staying with her sister and wants no contact at home."


@pytest.fixture
def opened():
    """What the application asks the desktop to open (files), instead of a PDF viewer."""
    handler = OpenedUrls()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


def _meeting_with_a_case(vault) -> str:
    """A case referred, today's meeting planned and the case heard with one action; she
    consented to sharing with the agency attending."""
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Heron")).reference
        ConferenceService(cw).refer(ref, "She fears for her life")
        ConsentService(cw).record(ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency="Police")
    with vault.sign_in(Role.MANAGER) as manager:
        conferences = ConferenceService(manager)
        meeting = conferences.schedule(NOW.date(), ["Police"])
        conferences.hear(
            meeting.id,
            ref,
            [PlannedAction("Police", "PC Lowe", "Flag the address", NOW.date() + timedelta(7))],
        )
    return ref


def _print(qtbot, shell, opened, out) -> str:
    """Export the minutes dialog that is open to ``out``; the text of the PDF."""
    dialog = find_window("Export: Conference minutes")
    path = find_field(dialog, "Save as")
    path.clear()  # type: ignore[attr-defined]
    type_into(dialog, "Save as", str(out))
    type_into(dialog, "Document password", PASSWORD)
    type_into(dialog, "Document password again", PASSWORD)
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
    qtbot, make_shell, vault, tmp_path, opened
) -> None:
    ref = _meeting_with_a_case(vault)
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
