"""What every screen of the workspace shares: the ``Screen`` base class, the small
``FormDialog``, and one way to do something and say why it was not done.

Errors reach the person at the keyboard only through :func:`report_errors`: a
``OneStopError`` is shown as the service's own sentence, in the reader's language; anything
else is logged without data and shown as an internal error (``gui.dialogs.explain``). Never a
trace, never survivor data, never nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from onestop.clock import Clock
from onestop.gui.dialogs import Dialogs, explain
from onestop.services.session import VaultSession

D = TypeVar("D", bound=QDialog)


@dataclass
class Outcome:
    """Whether the statements under :func:`report_errors` ran to their end."""

    failed: bool = False


@contextmanager
def report_errors(where: QLabel | Callable[[BaseException], object]) -> Iterator[Outcome]:
    """Run the block; if it raises, say why ``where`` and set ``failed`` on the outcome.

    ``where`` is a message label (it is given the explanation) or a function given the
    exception (a form's ``show_error``, ``Dialogs.error``). The caller stops when the outcome
    failed::

        with report_errors(self.message) as outcome:
            rows = service.rows()
        if outcome.failed:
            return
    """
    outcome = Outcome()
    try:
        yield outcome
    except Exception as exc:
        outcome.failed = True
        if isinstance(where, QLabel):
            where.setText(explain(exc))
        else:
            where(exc)


class Screen(QWidget):
    """A workspace tab that shows survivor data: ``refresh`` reads it, ``clear`` forgets it."""

    open_case = Signal(str)
    # The references of cases this screen changed (a sharing recorded by an export): an open
    # file of one of them is read again, as a colleague's change is (workspace.py).
    cases_changed = Signal(frozenset)

    def __init__(
        self, session: VaultSession, dialogs: Dialogs, clock: Clock, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._dialogs = dialogs
        self._clock = clock

    message: QLabel

    def refresh(self) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def ask(self, dialog: D, act: Callable[[], object]) -> D:
        return ask(self._dialogs, dialog, act, self.message, self.refresh)


def ask(
    dialogs: Dialogs,
    dialog: D,
    act: Callable[[], object],
    message: QLabel,
    refresh: Callable[[], None],
) -> D:
    """Open ``dialog``; when it is accepted, ``act()`` and ``refresh()``, or say in ``message``
    why it was not done."""
    dialogs.track(dialog)

    def done(result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            return
        with report_errors(message) as outcome:
            act()
        if outcome.failed:
            return
        message.clear()
        refresh()

    dialog.finished.connect(done)
    dialog.open()
    return dialog


class FormDialog(QDialog):
    """A small form: labelled fields, then OK (named for what it does) and Cancel."""

    def __init__(self, parent: QWidget, name: str, title: str, ok: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def add(self, label: str, field: QWidget, name: str) -> QWidget:
        field.setObjectName(name)
        field.setAccessibleName(label.replace("&", ""))
        self.form.addRow(label, field)
        return field

    def finish(self) -> None:
        self.form.addRow(self.buttons)
