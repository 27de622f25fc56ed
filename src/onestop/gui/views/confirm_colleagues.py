"""Confirming a colleague who waits for her section keys, and the notices that lead to it.

Bitwarden's "confirm member" is the model. A new account holds no section key until a
colleague who holds the keys its role needs confirms it: the waiting colleague reads her
fingerprint aloud from her own home screen (``WaitingNotice``), the holder types it here
(``ConfirmColleaguesDialog``, offered at her sign-in and from her home screen), and OneStop
seals to the colleague's slot exactly the keys her role reads and the holder holds
(services.colleagues; counselling only from a counsellor). A fingerprint that does not match
grants nothing and says so; "Not now" leaves her waiting until the next sign-in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from onestop.domain.roles import Section
from onestop.gui.dialogs import Dialogs, explain
from onestop.gui.labels import label
from onestop.gui.widgets.controls import show_message
from onestop.gui.widgets.screen import report_errors
from onestop.i18n import isolating
from onestop.services import colleagues
from onestop.services.colleagues import WaitingColleague
from onestop.services.session import VaultSession


def sections_text(sections: tuple[Section, ...]) -> str:
    return ", ".join(label(s) for s in sections)


def _fingerprint_font(widget: QWidget) -> QFont:
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(widget.font().pointSizeF() * 1.3)
    return font


class ConfirmColleaguesDialog(QDialog):
    """The colleagues who wait for keys this person holds: she picks one, types the
    fingerprint the colleague reads aloud, and confirms."""

    confirmed = Signal(str)  # the user name confirmed

    def __init__(
        self,
        session: VaultSession,
        waiting: tuple[WaitingColleague, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmColleaguesDialog")
        self.setWindowTitle(self.tr("Confirm colleagues"))
        self._session = session
        self._waiting = waiting
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These colleagues wait for keys you hold before they can read survivors' "
                "records. Confirm someone only in person: ask them to read aloud the "
                "fingerprint on their home screen, and type it below."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        list_label = QLabel(self.tr("&Waiting colleagues"), self)
        layout.addWidget(list_label)
        self.list = QListWidget(self)
        self.list.setObjectName("waitingColleagues")
        self.list.setAccessibleName(self.tr("Waiting colleagues"))
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 8)  # a few at a time
        list_label.setBuddy(self.list)
        layout.addWidget(self.list)
        self.gives = QLabel(self)
        self.gives.setObjectName("keysToGive")
        self.gives.setWordWrap(True)
        layout.addWidget(self.gives)
        print_label = QLabel(self.tr("&Fingerprint read to you"), self)
        layout.addWidget(print_label)
        self.fingerprint = QLineEdit(self)
        self.fingerprint.setObjectName("colleagueFingerprint")
        self.fingerprint.setAccessibleName(self.tr("Fingerprint read to you"))
        self.fingerprint.setPlaceholderText(self.tr("eight groups of four letters and digits"))
        self.fingerprint.setMaxLength(80)
        self.fingerprint.setFont(_fingerprint_font(self.fingerprint))
        self.fingerprint.returnPressed.connect(self.submit)
        print_label.setBuddy(self.fingerprint)
        layout.addWidget(self.fingerprint)
        self.message = QLabel(self)
        self.message.setObjectName("confirmMessage")
        self.message.setAccessibleName(self.tr("Confirmation message"))
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self._buttons(layout)
        self.list.currentRowChanged.connect(self._chosen)
        self._fill()
        self.fingerprint.setFocus()
        self.resize(560, 420)

    def _buttons(self, layout: QVBoxLayout) -> None:
        """Confirm and Not now; neither is the default, so Enter in the fingerprint field
        confirms only through its own returnPressed."""
        buttons = QDialogButtonBox(self)
        self.confirm_button = QPushButton(self.tr("&Confirm"), self)
        self.confirm_button.setObjectName("confirmColleagueButton")
        self.confirm_button.setAccessibleName(self.tr("Confirm"))
        self.later_button = QPushButton(self.tr("&Not now"), self)
        self.later_button.setObjectName("notNowButton")
        self.later_button.setAccessibleName(self.tr("Not now"))
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm_button.clicked.connect(self.submit)
        self.later_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.confirm_button.setAutoDefault(False)
        self.later_button.setAutoDefault(False)

    def _fill(self) -> None:
        self.list.clear()
        for colleague in self._waiting:
            item = QListWidgetItem(
                self.tr("{name} ({user}), {role}").format(
                    **isolating(
                        name=colleague.display_name,
                        user=colleague.username,
                        role=label(colleague.role),
                    )
                )
            )
            self.list.addItem(item)
        if self._waiting:
            self.list.setCurrentRow(0)
        else:
            self._chosen(-1)

    def selected(self) -> WaitingColleague | None:
        row = self.list.currentRow()
        return self._waiting[row] if 0 <= row < len(self._waiting) else None

    def _chosen(self, _row: int) -> None:
        colleague = self.selected()
        self.confirm_button.setEnabled(colleague is not None)
        self.fingerprint.setEnabled(colleague is not None)
        self.fingerprint.clear()
        if colleague is None:
            self.gives.setText(self.tr("No one is waiting for keys you hold."))
            return
        self.gives.setText(
            self.tr("Confirming {name} gives them the keys to: {sections}.").format(
                **isolating(name=colleague.display_name, sections=sections_text(colleague.sections))
            )
        )

    def _say(self, text: str, *, error: bool) -> None:
        show_message(self.message, text, error=error)

    def submit(self) -> None:
        colleague = self.selected()
        if colleague is None:
            return
        with report_errors(lambda exc: self._say(explain(exc), error=True)) as outcome:
            done = colleagues.confirm(self._session, colleague.username, self.fingerprint.text())
        if outcome.failed:
            self.fingerprint.selectAll()
            self.fingerprint.setFocus()
            return
        self._waiting = tuple(w for w in self._waiting if w.username != colleague.username)
        self._fill()
        self._say(
            self.tr("{name} is confirmed and can read {sections} from their next sign-in.").format(
                **isolating(name=colleague.display_name, sections=sections_text(done.sections))
            ),
            error=False,
        )
        if not self._waiting:
            self.later_button.setText(self.tr("C&lose"))
            self.later_button.setAccessibleName(self.tr("Close"))
            self.later_button.setFocus()
        else:
            self.fingerprint.setFocus()
        self.confirmed.emit(colleague.username)


def ask_to_confirm(
    session: VaultSession, dialogs: Dialogs, parent: QWidget
) -> ConfirmColleaguesDialog | None:
    """The confirmation dialog, when someone waits for keys this person holds; else None."""
    waiting: tuple[WaitingColleague, ...] = ()
    with report_errors(lambda exc: dialogs.error(parent, exc)):
        waiting = colleagues.waiting_for_me(session)
    if not waiting:
        return None
    dialog = ConfirmColleaguesDialog(session, waiting, parent)
    dialogs.track(dialog)
    return dialog


class WaitingNotice(QFrame):
    """On the home screen of an account still waiting: that it waits, for which sections,
    and the fingerprint she reads aloud to the colleague who confirms her (staff are called
    "they" on screen)."""

    def __init__(self, wait: colleagues.MyWait, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waitingNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Your account is waiting for a colleague to confirm it"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        text = QLabel(
            self.tr(
                "Until a colleague who already reads them confirms you, these records stay "
                "closed to you: {sections}. Ask them in person; when they sign in, OneStop "
                "asks them to type your fingerprint. Read it aloud to them:"
            ).format(**isolating(sections=sections_text(wait.sections))),
            self,
        )
        text.setObjectName("waitingSections")
        text.setAccessibleName(self.tr("Waiting sections"))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.fingerprint = QLabel(wait.fingerprint, self)
        self.fingerprint.setObjectName("myFingerprint")
        self.fingerprint.setAccessibleName(self.tr("Your fingerprint"))
        self.fingerprint.setFont(_fingerprint_font(self.fingerprint))
        self.fingerprint.setTextInteractionFlags(
            self.fingerprint.textInteractionFlags().TextSelectableByKeyboard
            | self.fingerprint.textInteractionFlags().TextSelectableByMouse
        )
        layout.addWidget(self.fingerprint)
        after = QLabel(
            self.tr("Once you are confirmed, sign out and in again to open the records."),
            self,
        )
        after.setWordWrap(True)
        layout.addWidget(after)


class ConfirmNotice(QFrame):
    """On a holder's home screen while colleagues wait for her: who, and the way to confirm
    them (the same dialog as at sign-in, after "Not now")."""

    confirm = Signal()

    def __init__(
        self, waiting: tuple[WaitingColleague, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        names = ", ".join(w.display_name for w in waiting)
        text = QLabel(
            self.tr("Colleagues are waiting for you to confirm them: {names}.").format(
                **isolating(names=names)
            ),
            self,
        )
        text.setObjectName("colleaguesWaiting")
        text.setAccessibleName(self.tr("Colleagues waiting"))
        text.setWordWrap(True)
        layout.addWidget(text)
        start = QPushButton(self.tr("Con&firm colleagues…"), self)
        start.setObjectName("confirmColleaguesButton")
        start.setAccessibleName(self.tr("Confirm colleagues"))
        start.clicked.connect(self.confirm)
        layout.addWidget(start, 0, Qt.AlignmentFlag.AlignLeft)


def home_notices(session: VaultSession, parent: QWidget) -> list[QWidget]:
    """What the home screen shows first: the waiting notice of an account not confirmed yet,
    and a holder's colleagues waiting for her (its ``confirm`` signal left to connect)."""
    notices: list[QWidget] = []
    wait = colleagues.my_wait(session)
    if wait is not None:
        notices.append(WaitingNotice(wait, parent))
    waiting = colleagues.waiting_for_me(session)
    if waiting:
        notices.append(ConfirmNotice(waiting, parent))
    return notices
