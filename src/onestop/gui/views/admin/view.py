"""The admin's screen: one tab per panel (accounts, settings, backups and checks, the audit
trail). None of them shows survivor data; the audit trail names case references only."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from onestop.gui.dialogs import Dialogs
from onestop.gui.views.admin.accounts import AccountsPanel
from onestop.gui.views.admin.audit import AuditPanel
from onestop.gui.views.admin.backups import BackupsPanel
from onestop.gui.views.admin.settings import SettingsPanel
from onestop.services.session import VaultSession


class AdminView(QWidget):
    settings_changed = Signal()

    def __init__(
        self, session: VaultSession, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("adminView")
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("adminTabs")
        layout.addWidget(self.tabs)
        self.accounts = AccountsPanel(session, dialogs, self)
        self.settings = SettingsPanel(session, self)
        self.settings.changed.connect(self.settings_changed)
        self.backups = BackupsPanel(session, dialogs, self)
        self.backups.restored.connect(self.accounts.refresh)
        self.audit = AuditPanel(session, dialogs, self)
        self.tabs.addTab(self.accounts, self.tr("Staff &accounts"))
        self.tabs.addTab(self.settings, self.tr("&Settings"))
        self.tabs.addTab(self.backups, self.tr("&Backups and checks"))
        self.tabs.addTab(self.audit, self.tr("A&udit trail"))
        self.tabs.currentChanged.connect(self._shown)

    def clear(self) -> None:
        """At the lock: the audit trail's rows go (they name case references)."""
        self.audit.records = ()
        self.audit.model.set_rows([])
        self.audit.count.clear()

    def _shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.audit and not self.audit.records:
            self.audit.refresh()
