"""A break-glass access ends on the screen when the screen's clock says so.

The open file's countdown used to read the system clock for the end of a break-glass access
while everything else on the page read the clock the shell was given; the section then stayed
on screen (or left it) at a moment the rest of the page did not agree with.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

import onestop.services.session as session_module
from onestop.domain.roles import Role, Section
from tests.gui.conftest import sign_in
from tests.gui.test_working_screens import _open_case


def _break_glass_into_legal(qtbot, page) -> None:
    from PySide6.QtWidgets import QComboBox

    dialog = page.break_glass()
    combo = dialog.findChild(QComboBox, "glassSection")
    offered = [combo.itemData(i) for i in range(combo.count())]
    combo.setCurrentIndex(offered.index(Section.LEGAL.value))
    dialog.reason.setPlainText("Admitted unconscious; checking the protection order")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "legalTab" in page.tab_names()


def test_the_break_glass_section_leaves_when_the_injected_clock_passes_its_end(
    qtbot, make_shell, vault, monkeypatch, clock
) -> None:
    ref = _open_case(vault, "Noor Clockwise")
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CLINICIAN)
    page = shell.workspace.open_case(ref)
    _break_glass_into_legal(qtbot, page)
    later = datetime.now(UTC) + timedelta(minutes=31)
    # The vault's own clock has passed the end: were the page to look, the section is gone.
    monkeypatch.setattr(session_module, "utcnow", lambda: later)

    page.refresh_countdowns()  # the screen's clock has not reached the end yet
    assert "legalTab" in page.tab_names()

    clock.now = later  # only the injected clock moves on; the system clock does not
    page.refresh_countdowns()
    assert "legalTab" not in page.tab_names()
    shell.sign_out()
