"""Keyboard and screen-reader use, and the two screens the centres have: a 1366×768 laptop and
a 4K monitor at 200 % (the fonts twice as large).

Every control a person can reach with Tab has a name a screen reader says (its own, its text,
or the label it is the buddy of); the main screens show every button whole at both sizes.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

from onestop.domain.roles import Role
from onestop.services.cases import CaseService, SurvivorDetails
from tests.gui.conftest import sign_in

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
)


def _reachable(root: QWidget) -> Iterator[QWidget]:
    """The controls a person reaches with the keyboard on what is shown now."""
    for w in root.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or isinstance(w, QHeaderView):
            continue
        parent = w.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox | QTabBar):
            continue  # a part of its parent control (spin box text, combo editor, tab close)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() != w.focusPolicy().NoFocus:
            yield w


def _spoken_name(w: QWidget, labels: list[QLabel]) -> str:
    if w.accessibleName().strip():
        return w.accessibleName()
    if isinstance(w, QAbstractButton) and w.text().replace("&", "").strip():
        return w.text()
    for label in labels:
        if label.buddy() is w and label.text().strip():
            return label.text()
    return ""


def _unnamed(root: QWidget) -> list[str]:
    labels = root.findChildren(QLabel)
    return [
        f"{type(w).__name__} {w.objectName() or '(no object name)'}"
        for w in _reachable(root)
        if not _spoken_name(w, labels)
    ]


def _clipped(root: QWidget) -> list[str]:
    """Buttons drawn narrower than their text needs."""
    return [
        f"{b.objectName() or b.text()}: {b.width()} < {b.sizeHint().width()}"
        for b in root.findChildren(QPushButton)
        if b.isVisible() and b.width() + 2 < b.sizeHint().width()
    ]


def _screens(shell) -> Iterator[str]:
    """Bring each main screen forward in turn (each work tab; in a case file each section, on
    the admin's home each of her screens)."""
    ws = shell.workspace
    for i in range(ws.tabs.count()):
        ws.tabs.setCurrentIndex(i)
        page = ws.tabs.widget(i)
        yield ws.tabs.tabText(i)
        sections = getattr(page, "tabs", None) or getattr(
            getattr(page, "admin", None), "tabs", None
        )
        if sections is not None and sections is not ws.tabs:
            for j in range(sections.count()):
                sections.setCurrentIndex(j)
                yield f"{ws.tabs.tabText(i)} / {sections.tabText(j)}"


@pytest.mark.parametrize(
    "role",
    [Role.CLINICIAN, Role.CASEWORKER, Role.LEGAL_ADVOCATE, Role.MANAGER, Role.ADMIN],
)
def test_every_control_has_a_name_a_screen_reader_says(qtbot, make_shell, vault, role) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Noor Testaccess")).reference
    shell = make_shell(vault.path)
    assert not _unnamed(shell), "sign-in"
    probe = QLineEdit(shell.sign_in)  # the check sees a control without a name
    probe.show()
    assert _unnamed(shell) == ["QLineEdit (no object name)"]
    probe.deleteLater()
    sign_in(qtbot, shell, role)
    if shell.workspace.case_list is not None:
        shell.workspace.open_case(ref)
    problems: dict[str, list[str]] = {}
    reached = 0
    for screen in _screens(shell):
        QApplication.processEvents()
        reached += len(list(_reachable(shell)))
        if found := _unnamed(shell):
            problems[screen] = found
    assert problems == {}
    assert reached > 25  # the screens were really looked at


@pytest.mark.parametrize(("size", "scale"), [((1366, 768), 1.0), ((3840, 2160), 2.0)])
def test_the_main_screens_fit_a_laptop_and_a_4k_screen(qtbot, make_shell, vault, size, scale):
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * scale)
    app.setFont(font)
    try:
        with vault.sign_in(Role.CASEWORKER) as cw:
            ref = CaseService(cw).open_case(SurvivorDetails(alias="Noor Testsize")).reference
        shell = make_shell(vault.path)
        shell.resize(*size)
        assert not _clipped(shell), "sign-in"
        probe = QPushButton("A button far too narrow for its text", shell.sign_in)
        probe.setFixedWidth(40)
        probe.show()
        assert len(_clipped(shell)) == 1  # the check sees a cut button
        probe.deleteLater()
        QApplication.processEvents()
        problems: dict[str, list[str]] = {}
        for role in (Role.CLINICIAN, Role.MANAGER, Role.ADMIN):
            sign_in(qtbot, shell, role)
            if shell.workspace.case_list is not None:
                shell.workspace.open_case(ref)
            for screen in _screens(shell):
                QApplication.processEvents()
                if found := _clipped(shell):
                    problems[f"{role.value}: {screen}"] = found
            shell.sign_out()
        assert problems == {}
    finally:
        app.setFont(before)
