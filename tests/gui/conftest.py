"""pytest-qt: the real application window on the offscreen platform, driven like a person."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from onestop.domain.roles import Role
from onestop.gui.app import make_application
from onestop.gui.dialogs import Dialogs
from onestop.gui.shell import Shell
from tests.conftest import password_for, username_for


@pytest.fixture(scope="session")
def qapp_cls() -> type[QApplication]:
    return QApplication


@pytest.fixture
def dialogs(qapp: QApplication) -> Iterator[Dialogs]:
    make_application()
    d = Dialogs()
    yield d
    left = [x.objectName() for x in d.open_dialogs]
    d.close_all()
    assert not left, f"a dialog was left open: {left}"


class Clock:
    """A clock the test moves on (the countdowns read it)."""

    def __init__(self, now: datetime | None = None) -> None:
        self.now = now or datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def make_shell(qtbot, dialogs: Dialogs, clock: Clock) -> Iterator[Callable[..., Shell]]:
    shells: list[Shell] = []

    def make(vault: Path, **kwargs: object) -> Shell:
        shell = Shell(vault, dialogs, clock=clock, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(shell)
        shell.show()
        shell.start()
        shells.append(shell)
        return shell

    yield make
    for shell in shells:
        shell._end_session()


def sign_in(qtbot, shell: Shell, role: Role) -> None:
    """Type the user name and password and press Enter, as a person does."""
    view = shell.sign_in
    view.ui.usernameEdit.clear()
    qtbot.keyClicks(view.ui.usernameEdit, username_for(role))
    qtbot.keyClicks(view.ui.passwordEdit, password_for(role))
    qtbot.keyClick(view.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.workspace is not None, timeout=20_000)
