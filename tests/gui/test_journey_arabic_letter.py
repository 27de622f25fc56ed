"""A referral letter written in Arabic: the caseworker chooses Arabic in the export dialog, as
she would French or Spanish, and the letter is laid out right to left (its title set on the
right, the page number on the left)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest

from onestop.domain.consent import Decision, Purpose
from onestop.domain.referrals import Urgency
from onestop.domain.roles import Role
from onestop.reports.document import MARGIN, PAGE_WIDTH
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.referrals import ReferralDetails, ReferralService
from tests.gui.journey import (
    OpenedUrls,
    click,
    click_tab,
    find_button,
    find_field,
    find_window,
    on_screen,
    open_row,
    select_row,
    shows_button,
    sign_in_by_keyboard,
    type_into,
)

PASSWORD = "cedar window 4417"
AGENCY = "Harbour Legal Aid"
DROP_DOWN = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


@pytest.fixture
def opened():
    handler = OpenedUrls()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


def choose_by_arrows(window, accessible_name: str, text: str) -> None:
    """Open the drop-down list and go down to ``text`` with the arrow keys (Arabic cannot be
    typed on the offscreen platform's keyboard), then press Return."""
    combo = find_field(window, accessible_name)
    click(combo)
    listed = combo.view()
    assert QTest.qWaitForWindowExposed(listed.window()), "the list did not drop down"
    for _ in range(combo.count()):
        if listed.currentIndex().data() == text:
            break
        QTest.keyClick(listed, Qt.Key.Key_Down)
    QTest.keyClick(listed, Qt.Key.Key_Return)
    assert combo.currentText() == text


def lines(path: Path) -> list[tuple[float, float, float]]:
    """(x, y, size) where each line of the first page starts."""
    found: list[tuple[float, float, float]] = []

    def visit(text, cm, tm, _font, size) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            found.append((x, tm[4] * cm[1] + tm[5] * cm[3] + cm[5], size))

    reader = PdfReader(path)
    assert reader.decrypt(PASSWORD)
    reader.pages[0].extract_text(visitor_text=visit)
    return found


@DROP_DOWN
def test_a_letter_in_arabic_is_laid_out_right_to_left(qtbot, make_shell, vault, opened) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Sparrow")).reference
        details = ReferralDetails(AGENCY, "Advice", Urgency.ROUTINE, "طلبت استشارة قانونية.")
        ReferralService(cw).record(ref, details)
        ConsentService(cw).record(ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency=AGENCY)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    click_tab(shell, "Cases")
    cases = find_field(shell, "Cases")
    qtbot.waitUntil(lambda: ref in on_screen(cases), timeout=10_000)
    open_row(cases, ref)
    qtbot.waitUntil(lambda: find_field(shell, "caseReference").text() == ref, timeout=10_000)
    click_tab(shell, "Referrals")
    select_row(find_field(shell, "Referrals and where they stand"), AGENCY)
    click(find_button(shell, "Print the letter…"))
    dialog = find_window("Export: Referral letter")
    choose_by_arrows(dialog, "Document language", "العربية")
    type_into(dialog, "Document password", PASSWORD)
    type_into(dialog, "Document password again", PASSWORD)
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(lambda: shows_button(dialog, "Open the document"), timeout=30_000)
    letter = Path(find_field(dialog, "Save as").text())
    assert opened.urls == [QUrl.fromLocalFile(str(letter))]
    click(find_button(dialog, "Close"))
    seen = lines(letter)
    (title_x,) = {x for x, _, size in seen if size == 16}
    assert title_x > PAGE_WIDTH / 2  # the title on the right
    footer = [x for x, y, _ in seen if y < MARGIN]
    assert min(footer) < MARGIN + 1 < PAGE_WIDTH / 2 < max(footer)  # page number on the left
