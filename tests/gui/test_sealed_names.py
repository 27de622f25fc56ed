"""A new colleague, not yet confirmed, sees the case list with names sealed, not an error."""

from __future__ import annotations

from PySide6.QtCore import Qt

from onestop.domain.roles import Role
from onestop.gui.models.case_list import NAME
from onestop.services import sectionkeys
from onestop.services.auth import sign_in as service_sign_in
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.users import UserService
from tests.gui.journey import click_tab, find_field, open_file_from_list

NEWCOMER = "u-caseworker-new"
NEWCOMER_PASSWORD = "meadow lantern quiet river 73"
WAITING = "name sealed: waiting for a colleague to confirm you"


def _sign_in_as(qtbot, shell, username: str, password: str) -> None:
    view = shell.sign_in
    view.ui.usernameEdit.clear()
    qtbot.keyClicks(view.ui.usernameEdit, username)
    qtbot.keyClicks(view.ui.passwordEdit, password)
    qtbot.keyClick(view.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.workspace is not None, timeout=20_000)


def test_names_wait_for_a_colleague_in_the_case_list_and_the_file(qtbot, make_shell, vault) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        reference = CaseService(cw).open_case(SurvivorDetails(name="Ottilie Brannagh")).reference
    with vault.sign_in(Role.ADMIN) as admin:
        otp = UserService(admin).create(NEWCOMER, Role.CASEWORKER).one_time_password
    with service_sign_in(vault.path, NEWCOMER, otp) as newcomer:
        UserService(newcomer).change_own_password(otp, NEWCOMER_PASSWORD)
    shell = make_shell(vault.path)
    _sign_in_as(qtbot, shell, NEWCOMER, NEWCOMER_PASSWORD)
    click_tab(shell, "Cases")
    table = find_field(shell, "Cases")
    model = table.model()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    assert model.index(0, NAME).data() == WAITING
    open_file_from_list(qtbot, shell, reference)
    header = shell.workspace.files()[-1].header
    assert header.name.text() == "Name sealed: waiting for a colleague to confirm you"
    assert "Ottilie" not in header.name.text()
    shell.sign_out()
    with service_sign_in(vault.path, NEWCOMER, NEWCOMER_PASSWORD) as newcomer:
        fingerprint = sectionkeys.slot_fingerprint(newcomer, NEWCOMER)
    with vault.sign_in(Role.CASEWORKER) as holder:
        sectionkeys.confirm_colleague(holder, NEWCOMER, fingerprint)
    _sign_in_as(qtbot, shell, NEWCOMER, NEWCOMER_PASSWORD)
    click_tab(shell, "Cases")
    model = find_field(shell, "Cases").model()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.index(0, NAME).data() == "Ottilie Brannagh", timeout=10_000)
