"""The admin's and the manager's homes on a workstation of the centre's server.

From the sign-in window of ``onestop --server URL``, the admin opens every panel of her home
(accounts, settings, backups and checks, the audit trail, the shelter's rooms) and the manager
hers (the centre's counts, the statistics export, the break-glass review; break-glass itself is
refused on a server in words, a known gap). Nothing may fail
inside (no internal-error box), and nothing may be offered that cannot work on a server: the
Backups panel says in words how the server is backed up (the command on the server machine,
docs/SERVER.md section 5), offers no local backup or restore and lists no local file; the
server's own verification runs from it. The accounts panel's disable, enable and reset are
another journey's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from onestop import paths
from onestop.domain.roles import Role, Section
from onestop.errors import ValidationFailed
from onestop.gui.app import chosen_server
from onestop.gui.dialogs import Dialogs, explain
from onestop.gui.shell import Shell
from onestop.services.breakglass import BreakGlassService
from onestop.services.cases import CaseService, SurvivorDetails
from tests.conftest import username_for
from tests.gui.conftest import clock, dialogs, make_shell, qapp_cls  # noqa: F401 - fixtures
from tests.gui.journey import (
    click,
    click_tab,
    find_button,
    find_field,
    on_screen,
    shows_button,
    sign_in_by_keyboard,
)
from tests.server.conftest import CentreOnServer
from tests.server.conftest import workstation_url as _server_url

INTERNAL = "Something went wrong inside OneStop"


@pytest.fixture
def workstation(
    make_shell: Callable[..., Shell],  # noqa: F811 - the fixture imported above
) -> Iterator[Callable[[str], Shell]]:
    """The window as ``onestop --server URL`` opens it (the address parsed and kept)."""

    def start(url: str) -> Shell:
        server = chosen_server(url, None)
        assert server is not None
        return make_shell(server.folder_in(paths.data_dir()), server=server)

    yield start


def _no_failure(shell: Shell, shown: Dialogs) -> None:
    """No internal-error box, and no such sentence anywhere on the window."""
    boxes = [d for d in shown.open_dialogs if isinstance(d, QMessageBox) and d.isVisible()]
    assert not boxes, [b.text() for b in boxes]
    assert INTERNAL not in on_screen(shell)


def test_the_admin_opens_every_panel_of_her_home_on_a_server(
    qtbot: Any,
    centre_on_server: CentreOnServer,
    pgpass: Path,
    workstation: Callable[[str], Shell],
    dialogs: Dialogs,  # noqa: F811 - the fixture imported above
) -> None:
    shell = workstation(_server_url(centre_on_server))
    sign_in_by_keyboard(qtbot, shell, Role.ADMIN)
    qtbot.wait(500)  # the sign-in's own work (drafts, notices) settles
    _no_failure(shell, dialogs)

    click_tab(shell, "Staff accounts")
    assert username_for(Role.CASEWORKER) in on_screen(shell)
    _no_failure(shell, dialogs)

    click_tab(shell, "Settings")
    click(find_button(shell, "Save settings"))
    _no_failure(shell, dialogs)

    click_tab(shell, "Backups and checks")
    said = on_screen(shell)
    assert "onestop-cli admin backup --server" in on_screen(
        find_field(shell, "Backup command on the server")
    )
    assert "Section 5 of docs/SERVER.md" in said and "no copy of the centre's records" in said
    for impossible in ("Back up now", "Back up to…", "Restore from a backup…"):
        assert not shows_button(shell, impossible), impossible
    assert "Earlier backups in the vault's folder" not in said
    assert "Last backup of the server: none recorded yet." in said
    click(find_button(shell, "Verify the server"))
    backups = shell.workspace.home.admin.backups
    qtbot.waitUntil(lambda: not backups.busy, timeout=60_000)
    checks = on_screen(find_field(shell, "Checks"))
    assert "sound" in checks and "PROBLEM" not in checks, checks
    assert "Every check passed." in on_screen(shell)
    _no_failure(shell, dialogs)

    click_tab(shell, "Audit trail")
    trail = find_field(shell, "Audit trail")
    qtbot.waitUntil(lambda: "sign" in on_screen(trail).lower(), timeout=20_000)
    _no_failure(shell, dialogs)

    click_tab(shell, "Shelter rooms and beds")
    assert shows_button(shell, "Add a room…")
    _no_failure(shell, dialogs)


def test_the_manager_opens_her_home_on_a_server(
    qtbot: Any,
    centre_on_server: CentreOnServer,
    pgpass: Path,
    workstation: Callable[[str], Shell],
    dialogs: Dialogs,  # noqa: F811 - the fixture imported above
) -> None:
    with centre_on_server.sign_in(Role.CASEWORKER) as colleague:  # another workstation
        reference = CaseService(colleague).open_case(SurvivorDetails(alias="Plover")).reference
        # Break-glass is not on the server yet (a known gap): refused in words, not a crash.
        with pytest.raises(ValidationFailed) as refused:
            BreakGlassService(colleague).open(
                reference, Section.FORENSIC, "Unconscious on arrival; the examination is needed"
            )
        assert explain(refused.value).startswith("Break-glass is not available on the centre")
    shell = workstation(_server_url(centre_on_server))
    sign_in_by_keyboard(qtbot, shell, Role.MANAGER)
    qtbot.wait(500)
    _no_failure(shell, dialogs)
    said = on_screen(shell)
    assert "Open cases" in said and "Break-glass accesses to review" in said

    click(find_button(shell, "Print anonymised statistics…"))
    (export,) = [d for d in dialogs.open_dialogs if isinstance(d, QDialog) and d.isVisible()]
    assert "no name" in on_screen(export)
    export.reject()
    _no_failure(shell, dialogs)

    click_tab(shell, "Break-glass review")
    assert "No break-glass access is waiting for review." in on_screen(shell)
    assert reference not in on_screen(find_field(shell, "Break-glass accesses"))
    _no_failure(shell, dialogs)
