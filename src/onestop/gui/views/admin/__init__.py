"""The admin's screens, one module per panel: staff accounts (accounts.py), the centre's
settings (settings.py), backups and checks (backups.py), the audit trail (audit.py), the shelter's
rooms and beds (rooms.py), and the screen that holds them as tabs (view.py)."""

from onestop.gui.views.admin.accounts import (
    AccountsPanel,
    NewAccountDialog,
    OneTimePasswordDialog,
    ProfileDialog,
)
from onestop.gui.views.admin.audit import AUDIT_LIMIT, AuditPanel
from onestop.gui.views.admin.backups import BackupsPanel, RestoreDialog
from onestop.gui.views.admin.rooms import RoomsEditor
from onestop.gui.views.admin.settings import SettingsPanel
from onestop.gui.views.admin.view import AdminView

__all__ = [
    "AUDIT_LIMIT",
    "AccountsPanel",
    "AdminView",
    "AuditPanel",
    "BackupsPanel",
    "NewAccountDialog",
    "OneTimePasswordDialog",
    "ProfileDialog",
    "RestoreDialog",
    "RoomsEditor",
    "SettingsPanel",
]
