"""A health encounter entered in error, from the sign-in window with only what is on screen.

A woman was registered with a rape 20 hours ago, and an encounter giving PEP and emergency
contraception was recorded in her file, but it was another survivor the nurse saw. The nurse
opens her file (it opens on Health): the countdowns say "given". She chooses the encounter and
marks it as entered in error: the dialog asks for the reason (Escape cancels, an empty reason is
refused under the field); the encounter stays listed, struck through and labelled with the
reason, and the PEP and emergency-contraception windows count down again. The timeline labels
it. She clears the mark (it was hers after all) and the windows say "given" again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from onestop.domain.health import Treatment, TreatmentKind
from onestop.domain.roles import Role
from onestop.services.health import EncounterDetails, HealthService
from onestop.services.incidents import IncidentService
from tests.gui.journey import (
    click,
    click_row,
    click_tab,
    find_button,
    find_field,
    find_window,
    has_window,
    on_screen,
    press,
    shows_button,
    sign_in_by_keyboard,
    snap,
    type_into,
)
from tests.gui.test_journey_nurse import _registered

REASON = "Recorded on the wrong survivor"


def _dosed(vault, clock, alias: str) -> str:
    """Her file with a rape 20 hours ago and an encounter an hour ago that gave PEP and
    emergency contraception."""
    reference = _registered(vault, clock, alias, 20)
    with vault.sign_in(Role.CASEWORKER) as cw:
        (incident,) = IncidentService(cw).list(reference)
    given = clock().replace(microsecond=0)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        HealthService(clinician).record(
            reference,
            EncounterDetails(
                seen_at=given,
                incident_id=incident.incident_id,
                history="As given.",
                examination="No injuries seen.",
                treatments=(
                    Treatment(TreatmentKind.PEP_FIRST_DOSE, given),
                    Treatment(TreatmentKind.EMERGENCY_CONTRACEPTION, given),
                ),
            ),
        )
    return reference


def _doses_given(text: str) -> bool:
    return "PEP: given" in text and "Emergency contraception: given" in text


def test_a_nurse_marks_an_encounter_entered_in_error(qtbot, make_shell, vault, clock) -> None:
    reference = _dosed(vault, clock, "Avocet")
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CLINICIAN)
    qtbot.waitUntil(lambda: shows_button(shell, f"{reference} · Avocet"), timeout=10_000)
    click(find_button(shell, f"{reference} · Avocet"))
    qtbot.waitUntil(lambda: shows_button(shell, "Record an encounter…"), timeout=10_000)
    assert _doses_given(on_screen(shell))
    click_row(shell, "Health encounters", "PEP first dose")

    # Escape cancels: nothing is marked.
    click(find_button(shell, "Mark as entered in error…"))
    dialog = find_window("Entered in error")
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not has_window("Entered in error"), timeout=5_000)
    assert "Entered in error:" not in on_screen(shell)

    # An empty reason is refused, under the field; then the reason is given.
    click(find_button(shell, "Mark as entered in error…"))
    dialog = find_window("Entered in error")
    click(find_button(dialog, "Mark as entered in error"))
    assert "Say why" in on_screen(dialog)
    # A reason with a hidden direction mark, or pasted at length, is refused under it too.
    # (pasted: the keyboard cannot type a direction mark)
    find_field(dialog, "Reason").setPlainText("Wrong \u202esurvivor")
    click(find_button(dialog, "Mark as entered in error"))
    assert "A reason cannot contain invisible characters" in on_screen(dialog)
    find_field(dialog, "Reason").setPlainText("w" * 501)
    click(find_button(dialog, "Mark as entered in error"))
    assert "A reason can be at most 500 characters." in on_screen(dialog)
    find_field(dialog, "Reason").clear()
    type_into(dialog, "Reason", REASON)
    click(find_button(dialog, "Mark as entered in error"))
    qtbot.waitUntil(lambda: not has_window("Entered in error"), timeout=5_000)
    qtbot.waitUntil(lambda: f"Entered in error: {REASON}" in on_screen(shell), timeout=10_000)
    # Still in her file (nothing deleted), struck through, every cell of its row; its doses
    # no longer meet the windows: they count down again.
    table = find_field(shell, "Health encounters")
    assert isinstance(table, QTableView)
    model = table.model()
    assert model.rowCount() == 1
    assert all(
        model.data(model.index(0, column), Qt.ItemDataRole.FontRole).strikeOut()
        for column in range(model.columnCount())
    )
    qtbot.waitUntil(
        lambda: (
            "PEP: given" not in on_screen(shell)
            and "Emergency contraception: given" not in on_screen(shell)
        ),
        timeout=5_000,
    )
    assert "PEP: " in on_screen(shell) and "Emergency contraception: " in on_screen(shell)
    snap("the encounter struck through, the windows open again")
    # A marked encounter is not corrected: the mark is cleared first.
    click_row(shell, "Health encounters", REASON)
    correct = find_button(shell, "Correct the selected encounter…")
    assert not correct.isEnabled() and "clear the mark" in correct.toolTip()

    # The timeline labels it.
    click_tab(shell, "Timeline")
    timeline = on_screen(shell)
    assert "Health encounter entered in error" in timeline
    assert "PEP first dose (encounter entered in error)" in timeline
    snap("the timeline labels it")

    # It was hers after all: the mark is cleared, with a reason, and the doses count again.
    click_tab(shell, "Health")
    qtbot.waitUntil(lambda: shows_button(shell, "Not entered in error…"), timeout=10_000)
    click_row(shell, "Health encounters", REASON)
    click(find_button(shell, "Not entered in error…"))
    dialog = find_window("Not entered in error")
    type_into(dialog, "Reason", "Checked: it was her encounter")
    click(find_button(dialog, "Clear the mark"))
    qtbot.waitUntil(lambda: not has_window("Not entered in error"), timeout=5_000)
    qtbot.waitUntil(lambda: _doses_given(on_screen(shell)), timeout=10_000)
    assert "Entered in error:" not in on_screen(shell)
