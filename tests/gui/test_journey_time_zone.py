"""One time on screen and on paper: a workstation in Nairobi shows an incident's time in East
Africa Time, and the court bundle printed from it prints the same time, naming the zone (the
centre's setting, which defaults to the workstation's zone). Then an admin sets the centre's
zone to another one in the settings, and the next document prints in that zone."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.roles import Role
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.incidents import GbvType, IncidentContext, IncidentDetails, IncidentService
from tests.gui.journey import (
    OpenedUrls,
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
    sign_out_by_mouse,
    snap,
    tick,
)

# 11:30 UTC, two days ago: 14:30 in Nairobi (EAT, UTC+3), 15:30 in Dubai (UTC+4).
AT = (datetime.now(UTC) - timedelta(days=2)).replace(hour=11, minute=30, second=0, microsecond=0)


@pytest.fixture
def in_nairobi() -> Iterator[None]:
    """This workstation's zone is Africa/Nairobi for the test (restored after)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Africa/Nairobi"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.fixture
def opened():
    from PySide6.QtGui import QDesktopServices

    handler = OpenedUrls()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


def _print_bundle(qtbot, shell) -> str:
    """The court bundle through the export dialog, unprotected; its text, read back."""
    click_tab(shell, "Legal")
    click(find_button(shell, "Print the court bundle…"))
    dialog = find_window("Export: Court bundle")
    tick(dialog, "Protect with a password (AES-256)")
    target = Path(find_field(dialog, "Save as").text())
    if target.exists():
        target.unlink()
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(lambda: shows_button(dialog, "Open the document"), timeout=30_000)
    click(find_button(dialog, "Close"))
    qtbot.waitUntil(lambda: not has_window("Export: Court bundle"), timeout=5_000)
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)


def _has_tab(shell, text: str) -> bool:
    try:
        click_tab(shell, text)
    except AssertionError:
        return False
    return True


@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
def test_the_same_time_on_screen_and_on_paper(qtbot, make_shell, vault, in_nairobi, opened) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Heron")).reference
        IncidentService(cw).record(
            ref,
            IncidentDetails(
                IncidentTime.exact(AT), GbvType.PHYSICAL_ASSAULT, IncidentContext.OTHER
            ),
        )
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        ConsentService(advocate).record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.LEGAL_ADVOCATE)
    click_tab(shell, "Cases")
    cases = find_field(shell, "Cases")
    qtbot.waitUntil(lambda: ref in on_screen(cases), timeout=10_000)
    open_row(cases, ref)
    qtbot.waitUntil(lambda: find_field(shell, "caseReference").text() == ref, timeout=10_000)
    click_tab(shell, "Incidents")
    screen = on_screen(shell)
    assert "14:30" in screen and "11:30" not in screen  # the workstation's zone
    # The zone is said once, beside who is signed in, and it is the one the times are in.
    assert find_field(shell, "Time zone").text() == (
        "Times are in \u2068Africa/Nairobi (EAT, UTC+03:00)\u2069"
    )
    snap("the zone named beside who is signed in")
    text = _print_bundle(qtbot, shell)
    assert f"{AT:%Y-%m-%d} 14:30 EAT" in text and "11:30" not in text
    assert "EAT · Africa/Nairobi" in text  # the footer names the zone
    sign_out_by_mouse(qtbot, shell)
    # The admin chooses the centre's zone: a name that is not a zone is refused under the field.
    sign_in_by_keyboard(qtbot, shell, Role.ADMIN)
    qtbot.waitUntil(lambda: _has_tab(shell, "Settings"), timeout=10_000)
    zone = find_field(shell, "Time zone of documents")
    assert zone.currentText() == "Africa/Nairobi"  # the workstation's, until chosen
    zone.setCurrentText("Dubai")
    click(find_button(shell, "Save settings"))
    assert "Choose a time zone from the list" in on_screen(shell)
    snap("a time zone that is not one, refused")
    zone.setCurrentText("Asia/Dubai")
    click(find_button(shell, "Save settings"))
    qtbot.waitUntil(lambda: "Saved." in on_screen(shell), timeout=5_000)
    assert "Choose a time zone from the list" not in on_screen(shell)
    sign_out_by_mouse(qtbot, shell)
    # The screen still shows Nairobi's time; the documents print Dubai's, and say so.
    sign_in_by_keyboard(qtbot, shell, Role.LEGAL_ADVOCATE)
    click_tab(shell, "Cases")
    cases = find_field(shell, "Cases")
    qtbot.waitUntil(lambda: ref in on_screen(cases), timeout=10_000)
    open_row(cases, ref)
    qtbot.waitUntil(lambda: find_field(shell, "caseReference").text() == ref, timeout=10_000)
    click_tab(shell, "Incidents")
    assert "14:30" in on_screen(shell)
    # The screen and the paper differ now: both zones are named, so a nurse comparing the
    # bundle with the screen reads one moment, not two.
    assert find_field(shell, "Time zone").text() == (
        "Times on screen are in \u2068Africa/Nairobi (EAT, UTC+03:00)\u2069; "
        "documents print in \u2068Asia/Dubai (UTC+04:00)\u2069"
    )
    snap("screen and documents in two zones, both named")
    text = _print_bundle(qtbot, shell)
    assert f"{AT:%Y-%m-%d} 15:30 UTC+04" in text and "UTC+04 · Asia/Dubai" in text
