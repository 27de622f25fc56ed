"""What a person at the keyboard has: the windows on screen, the controls they see by their text
or the name a screen reader says, a mouse and a keyboard. Journey tests use only these; they
never reach into a view's attributes."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QTabBar, QWidget

from onestop.domain.roles import Role
from onestop.gui.inspect import visible_text
from tests.conftest import password_for, username_for


def _plain(text: str) -> str:
    return text.replace("&", "")


def _shown(root: QWidget) -> list[QWidget]:
    return [w for w in [root, *root.findChildren(QWidget)] if w.isVisible()]


def _wait_for(condition: Callable[[], bool], ms: int = 2000) -> bool:
    deadline = time.monotonic() + ms / 1000
    while not condition():
        if time.monotonic() > deadline:
            return False
        QTest.qWait(10)
    return True


def activate(window: QWidget) -> None:
    """Give ``window`` the keyboard, as the window manager does when it opens (the offscreen
    platform has none)."""
    window.activateWindow()
    assert _wait_for(lambda: QApplication.activeWindow() is window), (
        f"{window.windowTitle()!r} is not active"
    )


def find_window(title: str) -> QWidget:
    """The window on screen with this title, active."""
    found = [
        w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle() == title
    ]
    assert found, f"no window {title!r} on screen"
    activate(found[-1])
    return found[-1]


def has_window(title: str) -> bool:
    return any(w.isVisible() and w.windowTitle() == title for w in QApplication.topLevelWidgets())


def find_button(window: QWidget, text: str) -> QAbstractButton:
    """The visible button whose text (without its & mnemonic) is ``text``."""
    found = [
        w for w in _shown(window) if isinstance(w, QAbstractButton) and _plain(w.text()) == text
    ]
    assert len(found) == 1, f"{len(found)} buttons {text!r} on screen"
    return found[0]


def shows_button(window: QWidget, text: str) -> bool:
    return any(isinstance(w, QAbstractButton) and _plain(w.text()) == text for w in _shown(window))


def find_field(window: QWidget, accessible_name: str) -> QWidget:
    """The visible control a screen reader calls ``accessible_name``."""
    found = [w for w in _shown(window) if w.accessibleName() == accessible_name]
    assert len(found) == 1, f"{len(found)} controls named {accessible_name!r} on screen"
    return found[0]


def click(widget: QWidget) -> None:
    assert widget.isEnabled(), f"{widget.accessibleName() or widget.objectName()} is disabled"
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_tab(window: QWidget, text: str) -> None:
    for bar in (w for w in _shown(window) if isinstance(w, QTabBar)):
        for i in range(bar.count()):
            if _plain(bar.tabText(i)) == text:
                QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(i).center())
                return
    raise AssertionError(f"no tab {text!r} on screen")


def choose(window: QWidget, accessible_name: str, text: str) -> None:
    """Open the drop-down list called ``accessible_name`` and click the item ``text``."""
    combo = find_field(window, accessible_name)
    assert isinstance(combo, QComboBox), f"{accessible_name!r} is not a drop-down list"
    click(combo)
    listed = combo.view()
    assert QTest.qWaitForWindowExposed(listed.window()), "the list did not drop down"
    QTest.keyClicks(listed, text)  # typing an item's first letters goes to it
    QTest.keyClick(listed, Qt.Key.Key_Return)
    assert combo.currentText() == text
    _wait_for(lambda: not listed.isVisible())
    activate(combo.window())  # the list closed: its window has the keyboard again


def type_into(window: QWidget, accessible_name: str, text: str) -> None:
    field = find_field(window, accessible_name)
    click(field)
    QTest.keyClicks(field, text)


def focused() -> QWidget:
    """Where a key pressed now goes: the focused control of the window in front (a modal
    dialog in front of its window; the offscreen platform does not always move the
    application's focus with it)."""
    front = QApplication.activeModalWidget() or QApplication.activeWindow()
    assert front is not None, "no window is in front"
    return front.focusWidget() or front


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the keyboard focus is now."""
    QTest.keyClick(focused(), key, modifier)


def alt(letter: str) -> None:
    """The mnemonic Alt+letter, pressed where the focus is."""
    press(Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
    QTest.qWait(250)  # a button pressed by its mnemonic clicks after a short animation


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def on_screen(window: QWidget | None = None) -> str:
    return "\n".join(visible_text(window))


def sign_in_by_keyboard(qtbot, shell: QWidget, role: Role) -> None:
    """Type the user name, Tab, the password, Enter: as a person does at the sign-in window."""
    activate(shell)
    user = find_field(shell, "User name")
    assert focused() is user  # the sign-in window starts there
    type_text(username_for(role))
    press(Qt.Key.Key_Tab)
    assert focused() is find_field(shell, "Password")
    type_text(password_for(role))
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shows_button(shell, "Sign out"), timeout=20_000)


# -- a shared workstation under pressure (tests/gui/test_journey_pressure.py) --


def nothing_of_onestop_on_screen(shell: QWidget) -> None:
    """After F12: one window left, the neutral cover, and no title that says OneStop."""
    from PySide6.QtGui import QGuiApplication

    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert shown == [shell], [w.windowTitle() for w in shown]
    assert all("OneStop" not in w.windowTitle() for w in shown)
    assert "OneStop" not in QGuiApplication.applicationDisplayName()
    assert on_screen(shell) == "Press any key to continue"


def unlock_by_keyboard(qtbot, shell: QWidget, role: Role) -> None:
    """From the cover or the lock screen: any key, then the password typed where the focus
    is (the lock screen's own field, never a form behind it), then Enter."""
    activate(shell)
    if shows_button(shell, "Unlock") is False:
        press(Qt.Key.Key_Space)  # the cover leads on to the lock screen
    qtbot.waitUntil(lambda: shows_button(shell, "Unlock"), timeout=5_000)
    assert focused() is find_field(shell, "Password")
    type_text(password_for(role))
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shows_button(shell, "Sign out"), timeout=20_000)


def open_file_from_list(qtbot, shell: QWidget, reference: str) -> None:
    """Click her row in the Cases tab and press Enter; wait for her file to be on screen."""
    click_tab(shell, "Cases")
    count = find_field(shell, "Number of cases shown")
    qtbot.waitUntil(lambda: bool(count.text()), timeout=10_000)
    table = find_field(shell, "Cases")
    model = table.model()  # type: ignore[attr-defined]
    for row in range(model.rowCount()):
        cells = [model.index(row, c).data() for c in range(model.columnCount())]
        if reference in cells:
            rect = table.visualRect(model.index(row, 0))  # type: ignore[attr-defined]
            viewport = table.viewport()  # type: ignore[attr-defined]
            QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
            QTest.keyClick(table, Qt.Key.Key_Return)
            qtbot.waitUntil(
                lambda: any(
                    w.accessibleName() == "caseReference" and w.text() == reference  # type: ignore[attr-defined]
                    for w in _shown(shell)
                ),
                timeout=10_000,
            )
            return
    raise AssertionError(f"{reference} is not in the list")


def sign_out_by_mouse(qtbot, shell: QWidget) -> None:
    click(find_button(shell, "Sign out"))
    qtbot.waitUntil(lambda: shows_button(shell, "Sign in"), timeout=10_000)


def type_any_text(window: QWidget, accessible_name: str, text: str) -> None:
    """Click the field and type ``text`` as a keyboard of its script does: each character a
    key press carrying it (QTest's own typing knows only ASCII); a line break is Return."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    field = find_field(window, accessible_name)
    click(field)
    for ch in text:
        if ch == "\n":
            QTest.keyClick(focused(), Qt.Key.Key_Return)
        elif ch.isascii() and ch.isprintable():
            QTest.keyClicks(focused(), ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(focused(), event)
