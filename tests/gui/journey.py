"""What a person at the keyboard has: the windows on screen, the controls they see by their text
or the name a screen reader says, a mouse and a keyboard. Journey tests use only these; they
never reach into a view's attributes."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QTabBar, QWidget

from onestop.domain.roles import Role
from onestop.gui.inspect import visible_text
from onestop.i18n import FSI, PDI
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
    snap(title, found[-1])
    return found[-1]


def has_window(title: str) -> bool:
    return any(w.isVisible() and w.windowTitle() == title for w in QApplication.topLevelWidgets())


def find_button(window: QWidget, text: str) -> QAbstractButton:
    """The visible button whose text (without its & mnemonic) is ``text``."""
    button = _one(
        window,
        lambda w: isinstance(w, QAbstractButton) and _plain(w.text()) == text,
        f"buttons {text!r}",
    )
    assert isinstance(button, QAbstractButton)
    return button


def shows_button(window: QWidget, text: str) -> bool:
    return any(isinstance(w, QAbstractButton) and _plain(w.text()) == text for w in _shown(window))


def find_field(window: QWidget, accessible_name: str) -> QWidget:
    """The visible control a screen reader calls ``accessible_name``."""
    return _one(
        window,
        lambda w: w.accessibleName() == accessible_name,
        f"controls named {accessible_name!r}",
    )


def _one(window: QWidget, matches: Callable[[QWidget], bool], what: str) -> QWidget:
    """The one visible control that ``matches``, once the screen has finished appearing: a
    control added to a shown window is shown by a queued event, so a person (and this) looks
    again for a moment before deciding it is not there. What the screen does show is in the
    message if it never comes."""
    found: list[QWidget] = []

    def exactly_one() -> bool:
        found[:] = [w for w in _shown(window) if matches(w)]
        return len(found) == 1

    if not _wait_for(exactly_one):
        shown = on_screen(window)[:1500]
        raise AssertionError(f"{len(found)} {what} on screen; the screen shows:\n{shown}")
    return found[0]


def click(widget: QWidget) -> None:
    assert widget.isEnabled(), f"{widget.accessibleName() or widget.objectName()} is disabled"
    if isinstance(widget, QAbstractButton):
        snap(f"click {widget.text()}", widget)
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
    snap(f"signed in as {role.value}", shell)


# -- the walk: a screenshot per step (make walk) ---------------------------------------------
#
# With ONESTOP_WALK_DIR set (scripts/walk.sh sets it to docs/walk/ and runs the journeys in a
# real X window under Xvfb), every window found, every button clicked, every sign-in and each
# explicit ``snap(name)`` saves the window in front as <test>-<NN>-<step>.png; loaded as a
# plugin (``-p tests.gui.journey``) it also saves each test's last screen. Without the variable
# nothing is saved and nothing changes.

WALK_DIR = "ONESTOP_WALK_DIR"
_steps: dict[str, int] = {}


def _slug(text: str, limit: int = 48) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _plain(text).lower()).strip("-")[:limit].strip("-")


def _current_test() -> str:
    """The running test's function name without ``test_`` (pytest says it in the environment)."""
    nodeid = os.environ.get("PYTEST_CURRENT_TEST", "journey").split(" ")[0]
    name = nodeid.split("::")[-1].removeprefix("test_")
    return _slug(name.replace("_", "-"), 80) or "journey"


def _in_front() -> QWidget | None:
    front = QApplication.activeModalWidget() or QApplication.activeWindow()
    if front is not None:
        return front
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
    return shown[-1] if shown else None


def _picture(window: QWidget) -> QPixmap:
    """The window as it is on the screen (its pixels, with any list dropped down over it);
    painted by Qt instead where the platform cannot read the screen back."""
    screen = window.screen()
    if QGuiApplication.platformName() == "xcb" and screen is not None:
        QApplication.processEvents()
        area = window.frameGeometry()
        picture = screen.grabWindow(0, area.x(), area.y(), area.width(), area.height())
        if not picture.isNull():
            return picture
    return window.grab()


def snap(step: str, widget: QWidget | None = None) -> Path | None:
    """Save the window in front (or ``widget``'s window) as the next step of this test's walk,
    when ONESTOP_WALK_DIR is set; the file saved, else None."""
    folder = os.environ.get(WALK_DIR)
    if not folder:
        return None
    window = widget.window() if widget is not None else _in_front()
    if window is None or not window.isVisible():
        return None
    QTest.qWait(50)  # let the last click's repaint reach the screen
    test = _current_test()
    _steps[test] = _steps.get(test, 0) + 1
    path = Path(folder) / f"{test}-{_steps[test]:02d}-{_slug(step) or 'step'}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    _picture(window).save(str(path), "PNG", 0)  # lossless, most compressed
    return path


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """The screen each journey ends on (when loaded with ``-p tests.gui.journey``)."""
    try:
        return (yield)
    finally:
        if os.environ.get(WALK_DIR) and QApplication.instance() is not None:
            snap("end")


def resize_window(window: QWidget, width: int, height: int) -> None:
    """The window at this size, as on a laptop's screen; it must fit (no minimum larger)."""
    window.resize(width, height)
    QApplication.processEvents()
    assert (window.width(), window.height()) == (width, height), (
        f"the window will not fit {width}×{height}: {window.width()}×{window.height()}"
    )


def labels_saying(window: QWidget, pattern: str) -> list[QWidget]:
    """The visible labels whose whole text matches the regular expression ``pattern``."""
    import re

    from PySide6.QtWidgets import QLabel

    found = re.compile(pattern)
    return [w for w in _shown(window) if isinstance(w, QLabel) and found.fullmatch(w.text())]


def cut_off(widget: QWidget) -> bool:
    """Whether ``widget`` is drawn narrower than its text needs, or runs out of its window."""
    from PySide6.QtCore import QPoint, QRect

    top_left = widget.mapTo(widget.window(), QPoint(0, 0))
    inside = widget.window().rect().contains(QRect(top_left, widget.size()))
    return widget.width() + 1 < widget.sizeHint().width() or not inside


def reachable(widget: QWidget) -> bool:
    """Scroll to ``widget`` as a person does; then whether all of it is in sight."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
            QApplication.processEvents()
            port = parent.viewport()
            top_left = widget.mapTo(port, QPoint(0, 0))
            if not port.rect().contains(QRect(top_left, widget.size())):
                return False
        parent = parent.parentWidget()
    top_left = widget.mapTo(widget.window(), QPoint(0, 0))
    return widget.window().rect().contains(QRect(top_left, widget.size()))


def click_row(window: QWidget, table_name: str, text: str) -> None:
    """Click the row of the table (or list) called ``table_name`` with ``text`` in a cell."""
    from PySide6.QtWidgets import QAbstractItemView

    view = find_field(window, table_name)
    assert isinstance(view, QAbstractItemView), f"{table_name!r} is not a table"
    from PySide6.QtCore import QAbstractListModel

    model = view.model()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    for row in range(model.rowCount()):
        for column in range(columns):
            index = model.index(row, column)
            if text in str(model.data(index)):
                view.scrollTo(index)
                QTest.mouseClick(
                    view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
                )
                return
    raise AssertionError(f"no row {text!r} in {table_name!r}")


def type_in_cell(window: QWidget, table_name: str, row: int, column: int, text: str) -> None:
    """Click a cell of an editable table, F2 to edit it, type ``text``, press Enter."""
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

    view = find_field(window, table_name)
    assert isinstance(view, QAbstractItemView), f"{table_name!r} is not a table"
    centre = view.visualRect(view.model().index(row, column)).center()
    activate(view.window())
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    QTest.keyClick(view, Qt.Key.Key_F2)

    def editors() -> list[QLineEdit]:
        return [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]

    assert _wait_for(lambda: len(editors()) == 1), f"{len(editors())} cell editors open"
    editor = editors()[0]
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)


def click_at(widget: QWidget, x: float, y: float) -> None:
    """Click ``widget`` at a fraction of its width and height (0..1 each)."""
    from PySide6.QtCore import QPoint

    QTest.mouseClick(
        widget,
        Qt.MouseButton.LeftButton,
        pos=QPoint(int(widget.width() * x), int(widget.height() * y)),
    )


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


# Lists, drop-downs one may type into, and what the application asks the desktop to open.
from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPoint, QUrl, Slot  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView  # noqa: E402


def _unisolated(text: str) -> str:
    return text.replace(FSI, "").replace(PDI, "")


def _row_of(table: QAbstractItemView, text: str) -> QModelIndex:
    model = table.model()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    for row in range(model.rowCount()):
        for column in range(columns):
            index = model.index(row, column)
            # As a person reads it: without the invisible isolates around inserted values.
            if _unisolated(str(model.data(index) or "")) == text:
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
