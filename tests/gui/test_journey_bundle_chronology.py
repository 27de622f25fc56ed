"""The advocate corrects section A's chronology before printing the court bundle: the export
dialog shows the chronology generated from the case's dated records; she rewrites an event,
adds an event the records do not hold, and removes one she does not rely on. The bundle is
long (a scanned statement of 352 pages): the dialog says how many pages before writing
anything, and she exports it anyway. The PDF is read back."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from reportlab.pdfgen.canvas import Canvas

from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.referrals import ReferralStatus
from onestop.domain.roles import Role, Section
from onestop.services.attachments import AttachmentService
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.incidents import GbvType, IncidentContext, IncidentDetails, IncidentService
from onestop.services.legal import HearingDetails, Hearings
from onestop.services.referrals import ReferralDetails, ReferralService
from tests.gui.journey import (
    OpenedUrls,
    click,
    click_row,
    click_tab,
    find_button,
    find_field,
    find_window,
    on_screen,
    open_row,
    shows_button,
    sign_in_by_keyboard,
    tick,
    type_in_cell,
)

NOW = datetime.now(UTC).replace(microsecond=0)
LONG = 352  # pages of the scanned statement: the bundle passes PD27A's 350


def scanned(pages: int) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    for n in range(1, pages + 1):
        canvas.drawString(72, 700, f"STATEMENT PAGE {n}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


@pytest.fixture
def opened():
    handler = OpenedUrls()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


@pytest.mark.qt_log_ignore(
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
    # Enter in a cell's editor commits it, and the editor, closing, commits again (as in
    # test_journey_nurse): the value kept is the one typed.
    "QAbstractItemView::commitData called with an editor that does not belong to this view",
)
def test_the_advocate_corrects_the_chronology_and_is_told_the_bundle_is_long(
    qtbot, make_shell, vault, opened
) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Heron")).reference
        IncidentService(cw).record(
            ref,
            IncidentDetails(
                IncidentTime.exact(NOW - timedelta(days=40)),
                GbvType.PHYSICAL_ASSAULT,
                IncidentContext.INTIMATE_PARTNER,
            ),
        )
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        Hearings(advocate).record(
            ref, HearingDetails(NOW - timedelta(days=3), "County Court 2", "First hearing")
        )
        AttachmentService(advocate).add(
            ref, Section.LEGAL, scanned(LONG), "application/pdf", title="Her statement"
        )
        ConsentService(advocate).record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
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
    # The chronology generated from the records: the incident, then the hearing.
    table = find_field(dialog, "Chronology")
    listed = on_screen(table)
    assert "Incident: Physical assault" in listed
    assert "Hearing, County Court 2: First hearing" in listed
    # She rewrites the hearing's event, adds an event of her own, removes the incident.
    model = table.model()
    hearing = next(
        r for r in range(model.rowCount()) if "Hearing" in str(model.data(model.index(r, 1)))
    )
    type_in_cell(dialog, "Chronology", hearing, 1, "First hearing, adjourned for reports")
    click(find_button(dialog, "Add a row"))
    added = model.rowCount() - 1
    type_in_cell(dialog, "Chronology", added, 0, "Spring 2025")
    type_in_cell(dialog, "Chronology", added, 1, "She left the shared home")
    click_row(dialog, "Chronology", "Incident: Physical assault")
    click(find_button(dialog, "Remove the row"))
    assert "Incident: Physical assault" not in on_screen(table)
    tick(dialog, "Protect with a password (AES-256)")  # off, for this test
    # Past 350 pages: told how many, nothing written; then she exports it anyway.
    target = Path(find_field(dialog, "Save as").text())
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(lambda: shows_button(dialog, "Export anyway"), timeout=120_000)
    told = " ".join(on_screen(dialog).split())
    pages = int(re.search(r"The bundle has (\d+) pages", told).group(1))
    assert pages > 350 and "Practice Direction 27A" in told and "Nothing was written" in told
    assert not target.exists()
    click(find_button(dialog, "Export anyway"))
    qtbot.waitUntil(lambda: shows_button(dialog, "Open the document"), timeout=120_000)
    reader = PdfReader(target)
    assert len(reader.pages) == pages
    section_a = " ".join(reader.pages[2].extract_text().split())
    assert "Section A: Preliminary documents" in section_a and "Chronology" in section_a
    assert "First hearing, adjourned for reports" in section_a
    assert "Spring 2025 She left the shared home" in section_a
    assert "Incident: Physical assault" not in section_a
    assert "County Court 2" not in section_a.split("Chronology", 1)[1]  # rewritten as typed
    click(find_button(dialog, "Close"))


@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
def test_the_bundle_names_her_refuge_only_when_the_advocate_ticks_it(
    qtbot, make_shell, vault
) -> None:
    """The bundle is served on the respondent: the dialog's chronology withholds the agency
    she was referred to (it could be her refuge) until the advocate ticks the box, unticked
    by default."""
    agency = "Amani House"
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Plover")).reference
        ConsentService(cw).record(ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency=agency)
        referrals = ReferralService(cw)
        made = referrals.record(ref, ReferralDetails(agency, "A room", notes="She needs a room."))
        referrals.advance(ref, made.record_id, ReferralStatus.SENT, made.version)
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
    box = find_button(
        dialog,
        "Name her refuge and where the incidents happened (the respondent is usually served "
        "this bundle)",
    )
    assert not box.isChecked()
    table = find_field(dialog, "Chronology")
    assert agency not in on_screen(table)
    assert "Referred to an agency (name withheld for her safety): A room" in on_screen(table)
    tick(dialog, box.text().replace("&", ""))
    qtbot.waitUntil(lambda: f"Referred to {agency}: A room" in on_screen(table), timeout=10_000)
    tick(dialog, box.text().replace("&", ""))
    qtbot.waitUntil(lambda: agency not in on_screen(table), timeout=10_000)
    click(find_button(dialog, "Cancel"))
