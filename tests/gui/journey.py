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


# Lists, drop-downs one may type into, and what the application asks the desktop to open.
from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPoint, QUrl, Slot  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView  # noqa: E402


def _row_of(table: QAbstractItemView, text: str) -> QModelIndex:
    model = table.model()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    for row in range(model.rowCount()):
        for column in range(columns):
            index = model.index(row, column)
            if str(model.data(index) or "") == text:
                return index
    raise AssertionError(f"no row shows {text!r} in {table.accessibleName()!r}")


def select_row(table: QWidget, text: str) -> None:
    """Click the row of ``table`` that shows ``text`` in one of its cells."""
    assert isinstance(table, QAbstractItemView), f"{table.accessibleName()!r} is not a list"
    index = _row_of(table, text)
    table.scrollTo(index)
    QTest.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )


def open_row(table: QWidget, text: str) -> None:
    """Click the row that shows ``text`` and press Enter (what opens it)."""
    select_row(table, text)
    QTest.keyClick(table, Qt.Key.Key_Return)


def choose_listed(window: QWidget, accessible_name: str, text: str) -> None:
    """Open the list of a drop-down one may also type into (F4, as on any desktop) and pick
    the item ``text`` from it."""
    combo = find_field(window, accessible_name)
    assert isinstance(combo, QComboBox) and combo.isEditable(), accessible_name
    click(combo.lineEdit())
    QTest.keyClick(combo, Qt.Key.Key_F4)
    listed = combo.view()
    assert QTest.qWaitForWindowExposed(listed.window()), "the list did not drop down"
    QTest.keyClicks(listed, text)
    QTest.keyClick(listed, Qt.Key.Key_Return)
    assert combo.currentText() == text
    _wait_for(lambda: not listed.isVisible())
    activate(combo.window())


class OpenedUrls(QObject):
    """What the application asked the desktop to open: registered with
    ``QDesktopServices.setUrlHandler`` for a scheme, it is called instead of the desktop's
    viewer (offscreen there is none)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def tick(window: QWidget, text: str) -> None:
    """Click the box of the check box ``text`` (a wide check box is not clicked in its
    middle: only its box and words take the click)."""
    box = find_button(window, text)
    assert box.isCheckable() and box.isEnabled(), text
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def sign_in_after_a_colleague(qtbot, shell: QWidget, role: Role) -> None:
    """At the sign-in window a colleague signed out of (their user name is still in the field,
    the password field has the keyboard): click the user name, replace it, then as usual."""
    activate(shell)
    user = find_field(shell, "User name")
    click(user)
    QTest.keyClick(user, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(username_for(role))
    press(Qt.Key.Key_Tab)
    assert focused() is find_field(shell, "Password")
    type_text(password_for(role))
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shows_button(shell, "Sign out"), timeout=20_000)
