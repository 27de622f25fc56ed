"""What a MARAC referral form asks, from the sign-in window with only what is on screen.

The caseworker records where she lives on the identity tab and the perpetrator's date of
birth on the incidents tab (his age group too is refused: one or the other). The manager
records who referred her case and when on the Conferences screen, then prints the pack: she
did not consent to sharing with the police, so the export asks why for her case, and refuses
until a reason is chosen; the pack says it beside her case.
"""

from __future__ import annotations

import io
from datetime import date, timedelta

from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.roles import Role
from onestop.gui import fmt
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.perpetrators import PerpetratorDetails, PerpetratorService
from tests.conftest import dated_at_each_test
from tests.gui.conftest import DROP_DOWN, NOTE, NOW, PASSWORD, ConferenceSetting, save_as
from tests.gui.journey import (
    choose,
    click,
    click_tab,
    find_button,
    find_field,
    find_window,
    has_window,
    on_screen,
    open_file_from_list,
    select_row,
    shows_button,
    sign_in_after_a_colleague,
    sign_in_by_keyboard,
    sign_out_by_mouse,
    snap,
    type_into,
)

_dated_module, _dated_test = dated_at_each_test(__name__)  # NOW, TODAY: as tests start


def _opened(path) -> PdfReader:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    reader.decrypt(PASSWORD)
    return reader


def _her_case(conference: ConferenceSetting) -> str:
    """Her case, with an incident and its perpetrator, referred to the meeting."""
    [ref] = conference.refer("Heron", before=_incident)
    return ref


def _incident(cw, ref: str) -> None:
    """Yesterday's assault by her husband, recorded before she is referred."""
    incident = IncidentService(cw).record(
        ref,
        IncidentDetails(
            IncidentTime.exact(NOW - timedelta(days=1)),
            GbvType.PHYSICAL_ASSAULT,
            IncidentContext.INTIMATE_PARTNER,
        ),
    )
    PerpetratorService(cw).add(
        ref, incident.incident_id, PerpetratorDetails("Bram Example"), "Husband"
    )


@DROP_DOWN
def test_the_marac_details_are_recorded_and_the_pack_asks_why_case_by_case(
    qtbot, make_shell, vault, tmp_path, opened, conference
) -> None:
    ref = _her_case(conference)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    open_file_from_list(qtbot, shell, ref)

    # Her address, on the identity tab.
    qtbot.waitUntil(lambda: shows_button(shell, "Edit…"), timeout=10_000)
    click(find_button(shell, "Edit…"))
    type_into(shell, "Address", "12 Harbour Road")
    click(find_button(shell, "Save"))
    qtbot.waitUntil(lambda: "12 Harbour Road" in on_screen(shell), timeout=10_000)
    assert not shows_button(shell, "Save")

    # His date of birth, on the incidents tab: with an age group as well, it is refused.
    click_tab(shell, "Incidents")
    qtbot.waitUntil(lambda: shows_button(shell, "Edit Bram Example…"), timeout=10_000)
    click(find_button(shell, "Edit Bram Example…"))
    click(find_field(shell, "Date of birth is known"))
    type_into(shell, "Date of birth", "1984-05-06")
    choose(shell, "Age group (if no date of birth)", "Aged 41 to 60")
    click(find_button(shell, "Save"))
    assert "not both" in on_screen(shell) and shows_button(shell, "Save")
    snap("his date of birth and his age group, refused together")
    qtbot.wait(QApplication.keyboardInputInterval() + 100)  # a new search in the list
    choose(shell, "Age group (if no date of birth)", "Unknown age")
    click(find_button(shell, "Save"))
    qtbot.waitUntil(lambda: not shows_button(shell, "Save"), timeout=10_000)
    born = fmt.day(date(1984, 5, 6))
    qtbot.waitUntil(lambda: born in on_screen(shell), timeout=10_000)
    sign_out_by_mouse(qtbot, shell)

    # The manager: who referred her, and when; then the pack.
    sign_in_after_a_colleague(qtbot, shell, Role.MANAGER)
    click_tab(shell, "Conferences")
    qtbot.waitUntil(lambda: shows_button(shell, "Referral…"), timeout=10_000)
    select_row(find_field(shell, "Agenda"), ref)
    click(find_button(shell, "Referral…"))
    title = f"Referral of {ref}"
    qtbot.waitUntil(lambda: has_window(title), timeout=5_000)
    dialog = find_window(title)
    type_into(dialog, "Referring agency", "Leeds Women's Aid")
    click(find_button(dialog, "Save"))
    qtbot.waitUntil(lambda: not has_window(title), timeout=5_000)

    click(find_button(shell, "Print the pack…"))
    title = "Export: Case-conference pack"
    qtbot.waitUntil(lambda: has_window(title), timeout=5_000)
    dialog = find_window(title)
    assert "These survivors did not consent" in on_screen(dialog)
    out = tmp_path / "pack.pdf"
    save_as(dialog, out)
    click(find_button(dialog, "Export"))
    assert f"Choose why each case is shared without her consent: {ref}." in on_screen(dialog)
    assert not out.exists()
    qtbot.wait(QApplication.keyboardInputInterval() + 100)
    choose(dialog, f"Why {ref} is shared", "Risk to children")
    type_into(dialog, f"What makes it so for {ref}", NOTE)
    snap("the reason for her case")
    click(find_button(dialog, "Export"))
    # With the decision, for her case: has she been told of it?
    qtbot.waitUntil(
        lambda: f"whether she has been told of it: {ref}." in on_screen(dialog),
        timeout=20_000,
    )
    assert not out.exists()
    choose(dialog, f"Has she been told of the sharing of {ref}?", "Not yet: she will be told by")
    type_into(
        dialog, f"Who will tell her, or why not, for {ref}", "Her IDVA, at Friday's appointment"
    )
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(lambda: bool(opened.urls), timeout=20_000)
    assert out.exists()
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in _opened(out).pages)
    assert f"Risk to children: {NOTE}" in text
    assert "Address 12 Harbour Road" in text and "Born 1984-05-06" in text
    assert "Referred by Leeds Women's Aid on" in text
    assert "Decided case by case on a manager's authority" in text
    assert "She has not been told of this sharing yet. Her IDVA, at Friday's appointment" in text
