"""Journey 3, the advocate's morning: her home screen lists next week's hearings; she opens the
case from there, records the survivor's consent to use her records in court (it was missing),
prints the court bundle through the export dialog (into the vault's exports folder, protected
with a password, as a document that leaves the centre is by default) and opens it. The PDF is
read back; "opens it" is the URL the application asks the desktop to open."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from onestop.domain.roles import Role
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.legal import HearingDetails, Hearings
from tests.gui.journey import (
    OpenedUrls,
    choose,
    click,
    click_tab,
    find_button,
    find_field,
    find_window,
    has_window,
    on_screen,
    open_row,
    shows_button,
    sign_in_by_keyboard,
    tick,
    type_into,
)

NOW = datetime.now(UTC).replace(microsecond=0)
PASSWORD = "tidal lantern 42"
DROP_DOWN = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


@pytest.fixture
def opened():
    """What the application asks the desktop to open (files), instead of a PDF viewer."""
    handler = OpenedUrls()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


@DROP_DOWN
def test_the_advocates_morning(qtbot, make_shell, vault, opened) -> None:
    started = time.monotonic()
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Kestrel")).reference
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        Hearings(advocate).record(
            ref, HearingDetails(NOW + timedelta(days=6), "Magistrates' Court 3", "Mention")
        )
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.LEGAL_ADVOCATE)
    hearings = find_field(shell, "Hearings in the next 14 days")
    listed = on_screen(hearings)
    assert ref in listed and "Kestrel" in listed and "Magistrates' Court 3: Mention" in listed
    open_row(hearings, ref)
    qtbot.waitUntil(lambda: find_field(shell, "caseReference").text() == ref, timeout=10_000)
    # The bundle is refused while her consent to use her records in court is missing.
    click_tab(shell, "Legal")
    click(find_button(shell, "Print the court bundle…"))
    dialog = find_window("Export: Court bundle")
    # A hearing but no legal matter yet: the dialog says what the cover lacks.
    said = " ".join(on_screen(dialog).split())
    assert "The cover will not show the court, the case number: " in said, said
    assert find_button(dialog, "Protect with a password (AES-256)").isChecked()
    type_into(dialog, "Document password", PASSWORD)
    type_into(dialog, "Document password again", PASSWORD)
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(lambda: "in the consent ledger first" in on_screen(dialog), timeout=20_000)
    assert "court" in on_screen(dialog) and not list((vault.path / "exports").iterdir())
    click(find_button(dialog, "Cancel"))
    qtbot.waitUntil(lambda: not has_window("Export: Court bundle"), timeout=5_000)
    # She records the survivor's decision in the consent ledger.
    click_tab(shell, "Consent")
    click(find_button(shell, "Add…"))
    choose(shell, "Purpose", "Use in court")
    assert find_field(shell, "Decision").currentText() == "Given"
    assert find_field(shell, "Agency").currentText() == "Not for an agency"
    click(find_button(shell, "Save"))
    qtbot.waitUntil(lambda: shows_button(shell, "Add…"), timeout=10_000)
    assert "Use in court" in on_screen(shell)
    # The court matter, with the judge and the parties for the bundle's cover.
    click_tab(shell, "Legal")
    click(find_field(shell, "Add: Matters"))
    type_into(shell, "Court", "Magistrates' Court 3")
    type_into(shell, "Case number", "MC-2026-77")
    type_into(shell, "Judge", "District Judge Example")
    type_into(shell, "Applicant", "The applicant")
    type_into(shell, "Respondent", "The respondent")
    click(find_button(shell, "Save"))
    qtbot.waitUntil(lambda: "MC-2026-77" in on_screen(shell), timeout=10_000)
    # The bundle, through the export dialog, into the vault's exports folder.
    click_tab(shell, "Legal")
    click(find_button(shell, "Print the court bundle…"))
    dialog = find_window("Export: Court bundle")
    assert "The cover will not show" not in on_screen(dialog)  # nothing lacking now
    target = Path(find_field(dialog, "Save as").text())
    assert target.parent == vault.path / "exports"  # not the home folder
    assert target.name == f"{ref}-court-bundle.pdf"
    assert find_button(dialog, "Open the document when it is written").isChecked()
    type_into(dialog, "Case summary", "Synthetic summary: she seeks a non-molestation order.")
    # Her medical visits go as a summary table unless the advocate asks for them in full.
    assert not find_button(dialog, "Medical encounters in full (else a summary table)").isChecked()
    type_into(dialog, "Document password", PASSWORD)
    type_into(dialog, "Document password again", PASSWORD)
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(lambda: shows_button(dialog, "Open the document"), timeout=30_000)
    assert f"Written to {target}" in on_screen(dialog)
    assert opened.urls == [QUrl.fromLocalFile(str(target))]  # opened as soon as written
    click(find_button(dialog, "Open the document"))  # and again, from the dialog
    assert opened.urls[-1] == QUrl.fromLocalFile(str(target)) and len(opened.urls) == 2
    reader = PdfReader(target)
    assert reader.is_encrypted and reader.decrypt(PASSWORD)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Court bundle" in text and ref in text
    assert "Magistrates' Court 3" in text
    assert "Judge District Judge Example" in text and "Next hearing" in text
    # Section A: her advocate's summary, then the chronology of the case.
    assert "Synthetic summary: she seeks a non-molestation order." in text
    assert "Chronology" in text and "Hearing, Magistrates' Court 3: Mention" in text
    click(find_button(dialog, "Close"))
    qtbot.waitUntil(lambda: not has_window("Export: Court bundle"), timeout=5_000)
    print(f"\njourney 3, the advocate's morning: {time.monotonic() - started:.1f} s")


@pytest.mark.qt_log_ignore(
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
    "This plugin does not support QPlatformServices::openDocument",  # what is tested here
    "Unable to detect a launcher",  # the same, in a real X window (make walk)
)
def test_a_document_that_cannot_be_opened_says_so(qtbot, make_shell, vault) -> None:
    """No program answers for the file (offscreen, with no handler): the dialog says so, and
    where the file is, instead of closing as if all were well."""
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Plover")).reference
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.LEGAL_ADVOCATE)
    click_tab(shell, "Cases")
    cases = find_field(shell, "Cases")
    qtbot.waitUntil(lambda: ref in on_screen(cases), timeout=10_000)
    open_row(cases, ref)
    qtbot.waitUntil(lambda: find_field(shell, "caseReference").text() == ref, timeout=10_000)
    click_tab(shell, "Legal")
    click(find_button(shell, "Print the court bundle…"))
    dialog = find_window("Export: Court bundle")
    tick(dialog, "Protect with a password (AES-256)")  # deliberately off
    assert "anyone who gets hold of the file can read it" in on_screen(dialog)
    # a manager may override; the advocate cannot: consent is missing, so record it first
    click(find_button(dialog, "Cancel"))
    click_tab(shell, "Consent")
    click(find_button(shell, "Add…"))
    choose(shell, "Purpose", "Use in court")
    click(find_button(shell, "Save"))
    qtbot.waitUntil(lambda: shows_button(shell, "Add…"), timeout=10_000)
    click_tab(shell, "Legal")
    click(find_button(shell, "Print the court bundle…"))
    dialog = find_window("Export: Court bundle")
    tick(dialog, "Protect with a password (AES-256)")
    assert not find_button(dialog, "Protect with a password (AES-256)").isChecked()
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(lambda: shows_button(dialog, "Open the document"), timeout=30_000)
    shown = on_screen(dialog)
    assert "could not open it" in shown and "Written to" in shown
    assert PdfReader(Path(find_field(dialog, "Save as").text())).pages


@DROP_DOWN
def test_the_bundle_dialog_says_what_the_cover_lacks_before_export(
    qtbot, make_shell, vault
) -> None:
    """No legal matter and no hearing recorded: the export dialog says, before anything is
    written, that the cover will show neither the court, the case number nor the hearing."""
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Plover")).reference
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.LEGAL_ADVOCATE)
    shell.workspace.open_case(ref)
    qtbot.waitUntil(lambda: find_field(shell, "caseReference").text() == ref, timeout=10_000)
    click_tab(shell, "Legal")
    click(find_button(shell, "Print the court bundle…"))
    dialog = find_window("Export: Court bundle")
    said = " ".join(on_screen(dialog).split())
    assert (
        "The cover will not show the court, the case number, the hearing date and time: "
        "the case has no legal matter or hearing that records it." in said
    ), said
    click(find_button(dialog, "Cancel"))
    qtbot.waitUntil(lambda: not has_window("Export: Court bundle"), timeout=5_000)
