"""Getting in and out: the setup wizard, sign-in and its failures, idle lock, quick hide,
switch user with a private draft."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QWizard

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.roles import Role
from onestop.gui.inspect import visible_text
from onestop.services.auth import sign_in as service_sign_in
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.drafts import DraftService
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.settings import SettingsService
from onestop.services.users import UserService
from tests.conftest import password_for
from tests.gui.conftest import sign_in

NAME = "Quilla Vostrikova-Ansel"  # synthetic


def _case_with_recent_rape(vault, hours_ago: float = 30) -> str:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = (
            CaseService(cw)
            .open_case(SurvivorDetails(name=NAME, safe_phone="+1 555 0100"))
            .reference
        )
        IncidentService(cw).record(
            ref,
            IncidentDetails(
                occurred=IncidentTime.exact(datetime.now(UTC) - timedelta(hours=hours_ago)),
                gbv_type=GbvType.RAPE,
                context=IncidentContext.INTIMATE_PARTNER,
            ),
        )
    return ref


def test_first_run_sets_up_a_vault_through_the_wizard(qtbot, make_shell, tmp_path) -> None:
    target = tmp_path / "new-vault"
    shell = make_shell(target)
    wizard = shell.wizard
    assert wizard is not None and wizard.isVisible()
    qtbot.keyClicks(wizard.centre_page.centre, "Riverside One-Stop Centre")
    wizard.next()
    page = wizard.admin_page
    qtbot.keyClicks(page.username, "first-admin")
    qtbot.keyClicks(page.display_name, "First Admin")
    qtbot.keyClicks(page.password, "harbour lantern quietly 42 moss")
    qtbot.keyClicks(page.repeat, "harbour lantern quietly 42 mass")
    wizard.next()
    assert "not the same" in page.message.text()
    page.repeat.clear()
    qtbot.keyClicks(page.repeat, "harbour lantern quietly 42 moss")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=20_000)
    key = wizard.recovery_page.key_label.text()
    groups = key.split("-")
    assert len(groups) == 6
    first, second = wizard.recovery_page.checks
    qtbot.keyClicks(first, "WRONG")
    qtbot.keyClicks(second, groups[wizard.recovery_page.asked[1]].lower())
    wizard.next()
    assert "does not match" in wizard.recovery_page.message.text()
    first.clear()
    qtbot.keyClicks(first, groups[wizard.recovery_page.asked[0]])
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: shell.workspace is not None)
    assert shell.session is not None and shell.session.actor.role is Role.ADMIN
    assert SettingsService(shell.session).centre_name() == "Riverside One-Stop Centre"
    assert "staffTable" in [w.objectName() for w in shell.workspace.findChildren(object)]


def test_sign_in_failures_are_explained_and_the_back_off_is_shown(qtbot, make_shell, vault) -> None:
    shell = make_shell(vault.path)
    view = shell.sign_in
    qtbot.keyClick(view.ui.passwordEdit, Qt.Key.Key_Return)
    assert view.ui.messageLabel.text() == "Type your user name and your password."
    qtbot.keyClicks(view.ui.usernameEdit, "u-clinician")
    qtbot.keyClicks(view.ui.passwordEdit, "A")  # upper case without Shift: Caps Lock
    assert view.ui.capsLockLabel.isVisible()
    qtbot.keyClicks(view.ui.passwordEdit, "b")
    assert not view.ui.capsLockLabel.isVisible()
    for attempt in range(3):
        view.ui.passwordEdit.clear()
        qtbot.keyClicks(view.ui.passwordEdit, f"not the password {attempt}")
        qtbot.keyClick(view.ui.passwordEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not view.busy, timeout=20_000)
        assert view.ui.messageLabel.text() == "The user name or the password is not correct."
    view.ui.passwordEdit.clear()
    qtbot.keyClicks(view.ui.passwordEdit, "still not it")
    qtbot.keyClick(view.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "try again in" in view.ui.messageLabel.text(), timeout=20_000)
    assert not view.ui.signInButton.isEnabled()
    assert shell.workspace is None


def test_a_one_time_password_must_be_changed_first(qtbot, make_shell, vault, dialogs) -> None:
    with vault.sign_in(Role.ADMIN) as admin:
        otp = UserService(admin).reset_password("u-counsellor").one_time_password
    shell = make_shell(vault.path)
    qtbot.keyClicks(shell.sign_in.ui.usernameEdit, "u-counsellor")
    qtbot.keyClicks(shell.sign_in.ui.passwordEdit, otp)
    qtbot.keyClick(shell.sign_in.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialogs.open_dialogs), timeout=20_000)
    dialog = dialogs.open_dialogs[0]
    assert dialog.objectName() == "changePasswordDialog"
    assert shell.workspace is None  # nothing behind it until the password is changed
    qtbot.keyClicks(dialog.ui.currentEdit, otp)
    qtbot.keyClicks(dialog.ui.newEdit, "marble orchard sings 37 twice")
    qtbot.keyClicks(dialog.ui.repeatEdit, "marble orchard sings 37 twice")
    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: shell.workspace is not None, timeout=20_000)
    shell._end_session()
    service_sign_in(vault.path, "u-counsellor", "marble orchard sings 37 twice").close()


def test_idle_lock_leaves_no_survivor_text_on_screen(qtbot, make_shell, vault) -> None:
    ref = _case_with_recent_rape(vault)
    shell = make_shell(vault.path, idle_msecs=400)
    sign_in(qtbot, shell, Role.CASEWORKER)
    page = shell.workspace.open_case(ref)
    assert page is not None
    assert any(NAME in t for t in visible_text(shell))
    qtbot.waitUntil(lambda: shell.session.is_locked, timeout=5_000)
    assert shell.pages.currentWidget() is shell.lock_view
    on_screen = " ".join(visible_text())
    assert NAME not in on_screen and ref not in on_screen and "555 0100" not in on_screen
    assert "Test Caseworker" in on_screen  # who locked it, so they know to unlock
    qtbot.keyClicks(shell.lock_view.ui.passwordEdit, password_for(Role.CASEWORKER))
    qtbot.keyClick(shell.lock_view.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.pages.currentWidget() is shell.workspace, timeout=20_000)
    assert shell.workspace.files()[0].reference == ref  # the open file is still there


def test_quick_hide_covers_the_window_at_once_then_the_lock(qtbot, make_shell, vault) -> None:
    ref = _case_with_recent_rape(vault)
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    shell.workspace.open_case(ref)
    qtbot.keyClick(shell, Qt.Key.Key_F12)
    assert shell.pages.currentWidget() is shell.cover
    assert shell.session.is_locked
    on_screen = " ".join(visible_text())
    assert NAME not in on_screen and "OneStop" not in on_screen and "Locked" not in on_screen
    qtbot.mouseClick(shell.cover, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert shell.pages.currentWidget() is shell.lock_view


def test_switching_user_keeps_the_first_persons_draft_private(qtbot, make_shell, vault) -> None:
    ref = _case_with_recent_rape(vault)
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CLINICIAN)
    page = shell.workspace.open_case(ref)
    editor = page.start_encounter()
    qtbot.keyClicks(editor.history, "Draft history, synthetic 7731")
    shell.lock()
    qtbot.mouseClick(shell.lock_view.ui.switchUserButton, Qt.MouseButton.LeftButton)
    assert shell.pages.currentWidget() is shell.sign_in
    sign_in(qtbot, shell, Role.LEGAL_ADVOCATE)
    assert "synthetic 7731" not in " ".join(visible_text())
    assert DraftService(shell.session).mine() == ()
    assert not any(f.has_unsaved for f in shell.workspace.files())
    shell.sign_out()
    sign_in(qtbot, shell, Role.CLINICIAN)
    page = shell.workspace.files()[0]
    assert page.reference == ref and page.editor is not None
    assert page.editor.history.toPlainText() == "Draft history, synthetic 7731"
    assert DraftService(shell.session).mine() == ()  # restored once, then forgotten
    boxes = [d for d in shell.dialogs.open_dialogs if d.objectName() == "informBox"]
    assert boxes
    boxes[0].accept()
    assert isinstance(shell.sign_in.ui.passwordEdit, QLineEdit)


@pytest.mark.slow
def test_the_sign_in_window_needs_none_of_the_vault_libraries() -> None:
    """Start-up: the sign-in window is built before SQLAlchemy, SQLCipher, ReportLab and the
    other screens are imported (they load in the background while she types, ``gui.warm``)."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from onestop.gui.shell import Shell\n"
        "from pathlib import Path\n"
        "Shell(Path('no-vault-here'))\n"
        "heavy = ('sqlalchemy', 'sqlcipher3', 'reportlab', 'pypdf', 'alembic', "
        "'onestop.gui.views.workspace')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]", done.stdout
