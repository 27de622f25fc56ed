"""The court bundle is served on the respondent: her alias may be the name she now lives
under, so the cover gives only her legal name unless the advocate ticks the box that names
the alias. The export dialog offers the box unticked; the bundle is read back with pypdf (the
audit entry of the choice: tests/unit/test_bundle_places.py). Registered under her alias
alone, she is named by her role unless the box is ticked, as the export's audit entry says."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from faker import Faker
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices

from onestop.domain.audit import AuditAction
from onestop.domain.consent import Decision, Purpose
from onestop.domain.roles import Role
from onestop.services.audit import AuditService
from onestop.services.cases import CaseService, SurvivorDetails
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
    open_row,
    shows_button,
    sign_in_by_keyboard,
    sign_out_by_mouse,
    tick,
)


@pytest.fixture
def opened():
    handler = OpenedUrls()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


BOX = (
    "Give her alias (it may be the name she now lives under): beside her legal name, or as "
    "her name when none is recorded"
)


def export_cover(qtbot, shell, name_alias: bool) -> tuple[str, Path]:
    """Export the bundle from the Legal tab's dialog; its cover's text, squashed."""
    click(find_button(shell, "Print the court bundle…"))
    dialog = find_window("Export: Court bundle")
    box = find_button(dialog, BOX)
    assert not box.isChecked()  # withheld unless she chooses
    if name_alias:
        tick(dialog, BOX)
        assert box.isChecked()
    tick(dialog, "Protect with a password (AES-256)")  # off, for this test
    save_as = find_field(dialog, "Save as")
    target = Path(save_as.text())
    if name_alias:  # beside the first export, not over it
        target = target.with_name("second-" + target.name)
        save_as.setText(str(target))
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(lambda: shows_button(dialog, "Open the document"), timeout=120_000)
    click(find_button(dialog, "Close"))
    qtbot.waitUntil(lambda: not has_window("Export: Court bundle"), timeout=5_000)
    cover = " ".join(PdfReader(target).pages[0].extract_text().split())
    return cover, target


@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
def test_the_bundle_cover_gives_her_alias_only_when_the_advocate_ticks_it(
    qtbot, make_shell, vault, opened
) -> None:
    fake = Faker()
    name, alias = fake.name(), fake.first_name() + " " + fake.last_name()
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(name=name, alias=alias)).reference
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        ConsentService(advocate).record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.LEGAL_ADVOCATE)
    click_tab(shell, "Cases")
    cases = find_field(shell, "Cases")
    qtbot.waitUntil(lambda: ref in on_screen(cases), timeout=10_000)
    open_row(cases, ref)
    qtbot.waitUntil(lambda: find_field(shell, "caseReference").text() == ref, timeout=10_000)
    click_tab(shell, "Legal")
    withheld, _ = export_cover(qtbot, shell, name_alias=False)
    assert name in withheld and alias not in withheld and "known as" not in withheld
    named, _ = export_cover(qtbot, shell, name_alias=True)
    assert f"{name} (known as {alias})" in named


def export_note(vault, path: Path) -> str:
    """The audit entry of the export written to ``path``: what it says of her alias."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with vault.sign_in(Role.MANAGER) as manager:
        (entry,) = [
            e
            for e in AuditService(manager).entries(action=AuditAction.EXPORT.value)
            if digest in e.detail
        ]
    return entry.detail


@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
def test_an_alias_that_is_her_only_name_is_printed_only_when_the_advocate_ticks_it(
    qtbot, make_shell, vault, opened
) -> None:
    fake = Faker()
    alias = fake.first_name() + " " + fake.last_name()
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias=alias)).reference
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        ConsentService(advocate).record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.LEGAL_ADVOCATE)
    click_tab(shell, "Cases")
    cases = find_field(shell, "Cases")
    qtbot.waitUntil(lambda: ref in on_screen(cases), timeout=10_000)
    open_row(cases, ref)
    qtbot.waitUntil(lambda: find_field(shell, "caseReference").text() == ref, timeout=10_000)
    click_tab(shell, "Legal")
    withheld, first = export_cover(qtbot, shell, name_alias=False)
    assert alias not in withheld
    assert "The applicant (no legal name recorded; the name she uses is withheld" in withheld
    named, second = export_cover(qtbot, shell, name_alias=True)
    assert alias in named and "The applicant" not in named
    sign_out_by_mouse(qtbot, shell)  # the vault is one window's at a time
    assert export_note(vault, first).endswith("alias_withheld places_withheld")
    assert export_note(vault, second).endswith("alias_named places_withheld")
