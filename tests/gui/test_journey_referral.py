"""Journey 4, a referral that closes the loop: the caseworker refers her to legal aid and to a
shelter, each agency chosen from the directory (her consent names the same directory record, so
a spelling cannot break the check); the letter is printed; sending, the agency's answer and
completion are plain, labelled buttons; the shelter referral puts her on the shelter board's
waiting list, where the shelter officer admits her to a bed."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from onestop.domain.coordination import Sector
from onestop.domain.roles import Role
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.directory import AgencyDetails, DirectoryService
from onestop.services.shelter import ShelterBoardService
from tests.gui.journey import (
    OpenedUrls,
    choose,
    choose_listed,
    click,
    click_tab,
    find_button,
    find_field,
    find_window,
    has_window,
    on_screen,
    open_row,
    select_row,
    shows_button,
    sign_in_after_a_colleague,
    sign_in_by_keyboard,
    type_into,
)

PASSWORD = "harbour lamp 2291"
LEGAL_AID, SHELTER = "Legal Aid Clinic", "Safe Harbour Shelter"
DROP_DOWN = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


@pytest.fixture
def opened():
    handler = OpenedUrls()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


def _referrals(qtbot, shell):
    """The Referrals tab's list, once the file has been read (again)."""
    click_tab(shell, "Referrals")
    return find_field(shell, "Referrals and where they stand")


def _status(qtbot, shell, agency: str, status: str) -> None:
    def shown() -> bool:
        rows = [
            line
            for line in on_screen(find_field(shell, "Referrals and where they stand")).split("\n")
        ]
        at = rows.index(agency) if agency in rows else -1
        return at >= 0 and status in rows[at : at + 6]

    qtbot.waitUntil(shown, timeout=10_000)


def _refer(qtbot, shell, agency: str, service: str) -> None:
    click(find_button(shell, "New referral…"))
    dialog = find_window("New referral")
    choose_listed(dialog, "Agency", agency)  # from the directory, not typed
    type_into(dialog, "Service asked for", service)
    type_into(dialog, "Reason for referral", f"She asked for {service.lower()}.")
    click(find_button(dialog, "Refer"))
    qtbot.waitUntil(lambda: not has_window("New referral"), timeout=5_000)
    _status(qtbot, shell, agency, "Draft")


def _consent_to_share_with(qtbot, shell, agency: str) -> None:
    click_tab(shell, "Consent")
    click(find_button(shell, "Add…"))
    choose(shell, "Purpose", "Share with agency")
    choose(shell, "Agency", agency)
    click(find_button(shell, "Save"))
    qtbot.waitUntil(lambda: shows_button(shell, "Add…"), timeout=10_000)
    assert agency in on_screen(
        find_field(shell, "Consent decisions (a withdrawal is a new decision)")
    )


@DROP_DOWN
def test_a_referral_that_closes_the_loop(qtbot, make_shell, vault, opened) -> None:
    started = time.monotonic()
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Sparrow")).reference
        DirectoryService(cw).add(AgencyDetails(LEGAL_AID, Sector.JUSTICE))
        DirectoryService(cw).add(AgencyDetails(SHELTER, Sector.SHELTER_HOUSING))
    with vault.sign_in(Role.ADMIN) as admin:
        ShelterBoardService(admin).add_room("Room 1", ["A", "B"])
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    click_tab(shell, "Cases")
    cases = find_field(shell, "Cases")
    qtbot.waitUntil(lambda: ref in on_screen(cases), timeout=10_000)
    open_row(cases, ref)
    qtbot.waitUntil(lambda: find_field(shell, "caseReference").text() == ref, timeout=10_000)
    _referrals(qtbot, shell)
    _refer(qtbot, shell, LEGAL_AID, "Divorce advice")
    # Not sent without her consent to share with that agency.
    select_row(find_field(shell, "Referrals and where they stand"), LEGAL_AID)
    assert not find_button(shell, "Record the answer…").isEnabled()
    click(find_button(shell, "Mark as sent"))
    assert f"She has not consented to sharing her information with {LEGAL_AID}" in on_screen(shell)
    _status(qtbot, shell, LEGAL_AID, "Draft")
    _consent_to_share_with(qtbot, shell, LEGAL_AID)
    _consent_to_share_with(qtbot, shell, SHELTER)
    # The letter, printed through the export dialog (protected: it leaves the centre).
    select_row(_referrals(qtbot, shell), LEGAL_AID)
    click(find_button(shell, "Print the letter…"))
    dialog = find_window("Export: Referral letter")
    type_into(dialog, "Document password", PASSWORD)
    type_into(dialog, "Document password again", PASSWORD)
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(lambda: shows_button(dialog, "Open the document"), timeout=30_000)
    letter = Path(find_field(dialog, "Save as").text())
    assert letter.parent == vault.path / "exports"
    assert f"Written to {letter}" in on_screen(dialog)
    assert opened.urls == [QUrl.fromLocalFile(str(letter))]
    click(find_button(dialog, "Close"))
    reader = PdfReader(letter)
    assert reader.is_encrypted and reader.decrypt(PASSWORD)
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert LEGAL_AID in text and "Divorce advice" in text and "Sparrow" in text
    assert "Reply slip" in reader.pages[-1].extract_text()
    # Sent, answered, completed: a labelled button for each.
    select_row(find_field(shell, "Referrals and where they stand"), LEGAL_AID)
    click(find_button(shell, "Mark as sent"))
    _status(qtbot, shell, LEGAL_AID, "Sent")
    select_row(_referrals(qtbot, shell), LEGAL_AID)
    assert not find_button(shell, "Mark as sent").isEnabled()
    assert not find_button(shell, "Completed").isEnabled()
    click(find_button(shell, "Record the answer…"))
    answer = find_window("The agency's answer")
    # What the agency's reply slip says: accepted, when, who to contact there, its reference.
    choose(answer, "Answer", "Accepted")
    assert find_field(answer, "Answered on").isEnabled()
    type_into(answer, "Contact at the agency", "Duty solicitor, ext. 12")
    type_into(answer, "Their reference", "LAC-0042")
    type_into(answer, "What they said", "First appointment on Monday")
    click(find_button(answer, "Record"))
    _status(qtbot, shell, LEGAL_AID, "Accepted")
    shown = on_screen(find_field(shell, "Referrals and where they stand"))
    assert "Duty solicitor, ext. 12 · LAC-0042" in shown
    select_row(_referrals(qtbot, shell), LEGAL_AID)
    click(find_button(shell, "Completed"))
    _status(qtbot, shell, LEGAL_AID, "Completed")
    # The shelter: once sent, she waits for a bed on the shelter board.
    _refer(qtbot, shell, SHELTER, "A bed for her and her son")
    select_row(_referrals(qtbot, shell), SHELTER)
    click(find_button(shell, "Mark as sent"))
    _status(qtbot, shell, SHELTER, "Sent")
    click(find_button(shell, "Sign out"))
    qtbot.waitUntil(lambda: shell.workspace is None, timeout=10_000)
    sign_in_after_a_colleague(qtbot, shell, Role.SHELTER_OFFICER)
    click_tab(shell, "Shelter board")
    waiting = find_field(shell, "Waiting list")
    qtbot.waitUntil(lambda: ref in on_screen(waiting), timeout=10_000)
    assert "A bed for her and her son" in on_screen(waiting)
    select_row(waiting, ref)
    click(find_button(shell, "Admit the selected…"))
    admit = find_window("Admit to the shelter")
    assert find_field(admit, "Case reference").text() == ref
    assert find_field(admit, "Bed").currentText() == "Room 1 / A"
    click(find_button(admit, "Admit"))
    qtbot.waitUntil(lambda: ref in on_screen(find_field(shell, "Shelter board")), timeout=10_000)
    assert ref not in on_screen(find_field(shell, "Waiting list"))
    print(f"\njourney 4, a referral that closes the loop: {time.monotonic() - started:.1f} s")
