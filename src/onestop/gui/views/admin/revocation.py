"""The progress of disabling an account or resetting its password, step by step.

Both revoke the account (services.users): its keys move to new versions, then the vault key is
replaced, which re-encrypts the whole database (about 12 s at 100,000 survivors). The work runs
on a pool thread (gui.jobs); this dialog is window-modal, so the admin can neither start a
second action nor touch the vault while it runs, and it cannot be cancelled halfway: a
rotation is finished or undone whole (at the next sign-in if the program dies meanwhile).

On a workstation of a centre's server there is no vault key to replace: one step, one
transaction, changes the account, moves its keys and stops or renews its database login
(services.users ``SERVER_REVOCATION_STEPS``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from onestop.services.users import REVOCATION_STEPS, SERVER_REVOCATION_STEPS


class RevocationProgress(QDialog):
    """Each step named, the finished ones ticked and the current one in bold; no cancel."""

    def __init__(self, title: str, parent: QWidget | None = None, *, server: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("revocationProgress")
        self.setWindowTitle(title)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This takes a few seconds on a large vault. It cannot be stopped halfway; "
                "the window stays usable while it runs."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.server = server
        if server:
            intro.setText(self.tr("This takes a moment. It cannot be stopped halfway."))
            self.names = [
                self.tr(
                    "Disabling the account, moving its keys to new versions and stopping its "
                    "database login"
                )
            ]
            assert len(self.names) == SERVER_REVOCATION_STEPS
        else:
            self.names = [
                self.tr("Disabling the account and moving its keys to new versions"),
                self.tr("Preparing a new vault key"),
                self.tr("Re-encrypting the vault with the new key"),
                self.tr("Moving the attachments and recording the change"),
            ]
            assert len(self.names) == REVOCATION_STEPS
        self.step_labels: list[QLabel] = []
        for i, _name in enumerate(self.names):
            step = QLabel(self)
            step.setObjectName(f"revocationStep{i + 1}")
            layout.addWidget(step)
            self.step_labels.append(step)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("revocationBar")
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setRange(0, len(self.names))
        layout.addWidget(self.bar)
        self.steps_done = 0
        self.finished_work = False
        self.show_step(0)

    def rename_first(self, text: str) -> None:
        """A password reset's first step says what it does."""
        self.names[0] = text
        self.show_step(self.steps_done)

    def show_step(self, done: int) -> None:
        """``done`` steps are finished; the next one is under way."""
        self.steps_done = done
        self.bar.setValue(done)
        for i, (label, name) in enumerate(zip(self.step_labels, self.names, strict=True)):
            font = label.font()
            font.setBold(i == done)
            label.setFont(font)
            if i < done:
                label.setText(self.tr("✓ {step}").format(step=name))
            elif i == done:
                label.setText(self.tr("{step}…").format(step=name))
            else:
                label.setText(name)
            label.setAccessibleName(label.text())

    def finish(self) -> None:
        """The work is over (done or failed): the dialog may close now."""
        self.finished_work = True
        self.accept()

    def reject(self) -> None:  # Escape: the work cannot be stopped halfway
        if self.finished_work:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.finished_work:
            super().closeEvent(event)
        else:
            event.ignore()
