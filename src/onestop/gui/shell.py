"""The one window: sign-in, the signed-in person's workspace, the lock screen and the cover.

It owns the transitions between them: sign in (and the forced password change), idle lock
and the operating system's screen lock, quick hide, unlock, switch user and sign out.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from onestop import logs
from onestop.clock import Clock, utc_now
from onestop.gui import warm
from onestop.gui.dialogs import Dialogs
from onestop.gui.idle import IdleWatcher
from onestop.gui.kept import DialogDraft, KeepsDraft, belongs_to, drafting_dialogs
from onestop.gui.views.cover import CoverView
from onestop.gui.views.lock import LockView
from onestop.gui.views.sign_in import SignInView
from onestop.services.vaults import vault_exists

if TYPE_CHECKING:
    from onestop.gui.indexcheck import IndexCheck
    from onestop.gui.views.setup_wizard import SetupWizard
    from onestop.gui.views.workspace import Workspace
    from onestop.services.session import VaultSession
    from onestop.services.workstation import WorkstationServer

MINUTE_MS = 60_000
HIDE_KEY = "F12"
TITLE = "OneStop"


class PressureKeys(QObject):
    """F12 (quick hide) and Ctrl+L (lock) from anywhere in ``shell``'s windows.

    Installed on the application, not as shortcuts: a shortcut of the main window is dead
    while a modal dialog is in front of it, and that is when a visitor walks in."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self._shell = shell

    def _action(self, event: QKeyEvent) -> str:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() == Qt.Key.Key_F12 and mods == Qt.KeyboardModifier.NoModifier:
            return "hide"
        if event.key() == Qt.Key.Key_L and mods == Qt.KeyboardModifier.ControlModifier:
            return "lock"
        return ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QWidget):
            return False
        action = self._action(event)
        if not action or not belongs_to(watched, self._shell):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # no shortcut of a dialog takes it: it comes as a key press
            return True
        if action == "hide":
            self._shell.quick_hide()
        else:
            self._shell.lock()
        return True


class Shell(QMainWindow):
    def __init__(
        self,
        vault: Path,
        dialogs: Dialogs | None = None,
        *,
        clock: Clock = utc_now,
        idle_msecs: int | None = None,
        server: WorkstationServer | None = None,
    ) -> None:
        """``vault`` is the local vault's folder, or with ``server`` this workstation's own
        folder for that server (services/workstation.py)."""
        super().__init__()
        self.setObjectName("shell")
        self.setWindowTitle(TITLE)
        self.vault = vault
        self.server = server
        self.dialogs = dialogs or Dialogs(self)
        self.clock = clock
        self._idle_override = idle_msecs
        self.session: VaultSession | None = None
        self.workspace: Workspace | None = None
        self._kept_drafts: list[int] = []
        self._kept_dialogs: list[int] = []
        self.wizard: SetupWizard | None = None
        self.index_check: IndexCheck | None = None

        self.pages = QStackedWidget(self)
        self.setCentralWidget(self.pages)
        self.sign_in = SignInView(vault, self.pages, server=server)
        self.lock_view = LockView(self.pages)
        self.cover = CoverView(self.pages)
        for page in (self.sign_in, self.lock_view, self.cover):
            self.pages.addWidget(page)
        self.sign_in.signed_in.connect(self._signed_in)
        self.lock_view.unlocked.connect(self._unlocked)
        self.lock_view.switch_user.connect(self._switch_user)
        self.cover.leave.connect(self._show_lock)

        self.idle = IdleWatcher(5 * MINUTE_MS, self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
            if isinstance(app, QGuiApplication):
                app.applicationStateChanged.connect(self._application_state)
        self.keys = PressureKeys(self)
        if app is not None:
            app.installEventFilter(self.keys)
        self.resize(1280, 800)
        self.setMinimumSize(900, 600)

    # -- starting --

    def start(self) -> None:
        """First run opens the setup wizard; otherwise (and always on a server, whose
        centre is made by its IT) the sign-in screen."""
        if self.server is not None or vault_exists(self.vault):
            self._show_sign_in()
            warm.start()  # the screens after the sign-in, while she types
        else:
            warm.wait()
            from onestop.gui.views.setup_wizard import SetupWizard

            self.wizard = SetupWizard(self.vault, self)
            self.wizard.ready.connect(self._signed_in)
            self.wizard.rejected.connect(self._wizard_cancelled)
            self.pages.setCurrentWidget(self.sign_in)
            self.wizard.open()

    def _wizard_cancelled(self) -> None:
        if vault_exists(self.vault):
            self._show_sign_in()
        else:
            self.close()

    def _show_sign_in(self, username: str = "") -> None:
        self._neutral_title(False)
        self.pages.setCurrentWidget(self.sign_in)
        self.sign_in.reset(username)

    # -- signing in and out --

    def _signed_in(self, session: VaultSession) -> None:
        warm.wait()
        from onestop.gui.views.change_password import ChangePasswordDialog
        from onestop.services.users import UserService

        self.session = session
        self.wizard = None
        if session.must_change_password:
            dialog = ChangePasswordDialog(UserService(session), forced=True, parent=self)
            dialog.setObjectName("changePasswordDialog")
            dialog.accepted.connect(lambda: self._enter(session))
            dialog.rejected.connect(lambda: self._sign_out_now())
            self.dialogs.track(dialog)
            return
        self._enter(session)

    def _enter(self, session: VaultSession) -> None:
        from onestop.gui.views.workspace import Workspace
        from onestop.services.settings import SettingsService

        settings = SettingsService(session)
        self.sign_in.set_centre(settings.centre_name())
        self._apply_idle(settings.idle_lock_minutes())
        workspace = Workspace(session, self.dialogs, self.clock, self.pages)
        workspace.lock_requested.connect(self.lock)
        workspace.hide_requested.connect(self.quick_hide)
        workspace.sign_out_requested.connect(self.sign_out)
        workspace.settings_changed.connect(
            lambda: self._apply_idle(SettingsService(session).idle_lock_minutes())
        )
        self.workspace = workspace
        self.pages.addWidget(workspace)
        self.pages.setCurrentWidget(workspace)
        # Before her lists are read: a search while it runs does not check it again.
        self._check_index_snapshot(session)
        workspace.start()
        workspace.offer_drafts()
        self._warn_of_tampering(session)
        workspace.home.confirm_colleagues()  # colleagues waiting for keys she holds, if any
        self.idle.start()

    def _check_index_snapshot(self, session: VaultSession) -> None:
        """Her search index is read on a thread of its own while her home is shown
        (services.caseindex.Loading: at 100,000 survivors it takes most of a second from the
        snapshot, seconds without), then, when it came from its sealed snapshot, checked
        against the cases' own rows on another (gui.indexcheck); a planted snapshot is then
        replaced and reported as tampering. The window waits for neither.

        Loading from here (her lists show their rows' names meanwhile), its thread started
        once her home is built, not beside it: the two took turns with the interpreter's lock
        and the index's reading paused the cycle collector, which then walked every object in
        the middle of her home's reading (at 100,000 survivors, 600 ms to her home after the
        key derivation, about 300 without; issue 24)."""
        from onestop.gui.indexcheck import IndexCheck
        from onestop.services import caseindex

        self._stop_index_check()
        caseindex.load_in_background(session, start=False)
        QTimer.singleShot(0, self, lambda: caseindex.begin_loading(session))
        index = session.case_index
        if index is None and session.index_loading is None:
            return  # no identity key yet: nothing to read
        if index is not None and not index.from_snapshot:
            return
        self.index_check = IndexCheck(session, index, self, self._index_put_right)

    def _index_put_right(self) -> None:
        """The snapshot was planted: her home and lists showed names from it; read again."""
        if self.workspace is not None:
            self.workspace.read_lists_again()

    def _stop_index_check(self) -> None:
        """A check still running is cancelled, and its thread waited for (a lock, a
        sign-out: the session's keys and connections are about to go)."""
        check, self.index_check = self.index_check, None
        if check is not None:
            check.stop()
            check.deleteLater()

    def _warn_of_tampering(self, session: VaultSession) -> None:
        """The admin and the managers are told, at every sign-in, of any tamper finding in the
        audit trail that no admin has acknowledged yet (onestop-cli admin acknowledge)."""
        from onestop.domain.roles import Role
        from onestop.services.audit import AuditService

        if session.actor.role not in (Role.ADMIN, Role.MANAGER):
            return
        findings = AuditService(session).tamper_findings()
        if not findings:
            return
        lines = "\n\n".join(
            f"{f.found_by} {f.at[:16]} UTC (entry {f.seq}): {f.description}" for f in findings
        )
        box = self.dialogs.inform(
            self,
            self.tr("The audit trail was tampered with"),
            self.tr(
                "Someone changed the audit trail outside OneStop. Until the administrator "
                "acknowledges it, this warning is shown at every sign-in of the administrator "
                "and the managers."
            )
            + "\n\n"
            + lines,
        )
        box.setObjectName("tamperWarning")
        box.setIcon(box.Icon.Warning)

    def _apply_idle(self, minutes: int) -> None:
        self.idle.set_interval(self._idle_override or minutes * MINUTE_MS)

    def sign_out(self) -> None:
        if self.workspace is not None and self.workspace.busy:
            self.dialogs.inform(
                self,
                self.tr("Work still running"),
                self.tr(
                    "A backup, restore, check or export is still running. Wait for it to "
                    "finish, or press its Cancel button, then sign out."
                ),
            )
            return
        if self.workspace is not None and self.workspace.has_unsaved:
            self.dialogs.confirm(
                self,
                self.tr("Sign out?"),
                self.tr("You have unsaved work. Sign out and lose it?"),
                self._sign_out_now,
                yes=self.tr("Sign out and discard"),
                no=self.tr("Stay signed in"),
            )
        else:
            self._sign_out_now()

    def _sign_out_now(self) -> None:
        # A shared workstation: the next person types their own name (none is left filled in).
        self._end_session()
        self._show_sign_in()

    def _end_session(self) -> None:
        self.idle.stop()
        self._stop_index_check()
        self.dialogs.close_all()
        if self.workspace is not None:
            self.workspace.stop_jobs()  # never a worker still writing after the session ends
            self.pages.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        if self.session is not None:
            try:
                self.session.close()
            finally:
                self.session = None
        self._kept_drafts = []
        self._kept_dialogs = []

    # -- locking --

    def lock(self) -> None:
        """Cover everything with the lock screen; unsaved work is kept as a private draft."""
        session = self.session
        if session is None or session.is_locked or self.workspace is None:
            return
        if self.workspace.revoking:  # the vault key is being replaced: lock once it is done
            QTimer.singleShot(500, self.lock)
            return
        self.idle.stop()
        self._put_away(session)
        try:
            self._kept_drafts = self.workspace.keep_drafts()
        except Exception as exc:  # never let a failed draft stop the lock; say why in the log
            logs.setup()
            logs.log.error(
                "draft not kept at lock: %s", logs.describe_crash(exc, exc.__traceback__)
            )
            self._kept_drafts = []
        self.workspace.clear_for_lock()
        if self.pages.currentWidget() is not self.cover:
            self._show_lock()
        self._stop_index_check()
        session.lock()

    def _put_away(self, session: VaultSession) -> None:
        """Every other window off the screen; what was typed in a dialog kept first."""
        self._kept_dialogs += self._keep_dialogs(session)
        self.dialogs.close_all()
        for window in QApplication.topLevelWidgets():
            if window is not self and window.isVisible() and window.isWindow():
                window.hide()

    def _keep_dialogs(self, session: VaultSession) -> list[int]:
        """Each open dialog's typing, kept as its author's private draft (gui/kept.py); the
        dialogs are closed after without submitting anything."""
        from onestop.services.drafts import DraftService

        kept: list[int] = []
        for dialog in drafting_dialogs(self):
            try:
                assert isinstance(dialog, KeepsDraft)
                draft: DialogDraft | None = dialog.keep_draft()
                if draft is not None:
                    kept.append(
                        DraftService(session).keep(
                            draft.kind, draft.section, draft.reference, draft.fields
                        )
                    )
            except Exception as exc:  # never let a failed draft stop the lock; say why in the log
                logs.setup()
                logs.log.error(
                    "dialog draft not kept at lock: %s",
                    logs.describe_crash(exc, exc.__traceback__),
                )
        return kept

    def _show_lock(self) -> None:
        self._neutral_title(False)
        if self.session is None:
            self._show_sign_in()
            return
        self.pages.setCurrentWidget(self.lock_view)
        self.lock_view.show_for(self.session)
        # The dialog that had the keyboard is gone: the lock's password field takes it, so
        # that the password typed next cannot land anywhere else.
        self.activateWindow()

    def quick_hide(self) -> None:
        """A survivor or a visitor walked in: a neutral screen at once, then the lock."""
        if self.session is None or self.workspace is None:
            return
        if not self.session.is_locked:
            self._put_away(self.session)
        self._neutral_title(True)
        self.pages.setCurrentWidget(self.cover)
        self.activateWindow()
        self.cover.setFocus()
        QCoreApplication.processEvents()
        self.lock()

    def _neutral_title(self, neutral: bool) -> None:
        """The cover's window says nothing about the centre, in its title bar either (the
        platform adds the application's display name to every title)."""
        title = self.tr("Untitled") if neutral else TITLE
        QGuiApplication.setApplicationDisplayName(title)
        self.setWindowTitle(title)

    def _unlocked(self) -> None:
        if self.workspace is None or self.session is None:
            return
        self.pages.setCurrentWidget(self.workspace)
        # The unlock read the index from the snapshot again: checked again, before her lists
        # are read again (a search while it runs does not check it itself).
        self._check_index_snapshot(self.session)
        for draft_id in self._kept_drafts:  # the work is still on screen: no draft needed
            from onestop.services.drafts import DraftService

            DraftService(self.session).discard(draft_id)
        self._kept_drafts = []
        self.workspace.after_unlock()
        kept, self._kept_dialogs = self._kept_dialogs, []
        self.workspace.reopen_dialogs(kept)  # closed at the lock: open again as they were
        self.idle.start()

    def _switch_user(self) -> None:
        """Someone else signs in: the first person's work stays as their private draft."""
        self._end_session()
        self._show_sign_in()

    def _application_state(self, state: Qt.ApplicationState) -> None:
        # Where the platform reports it (a session lock or suspend), lock at once.
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock()

    # -- the window --

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workspace is not None and (self.workspace.has_unsaved or self.workspace.busy):
            event.ignore()
            self.sign_out()
            return
        self._end_session()
        event.accept()
