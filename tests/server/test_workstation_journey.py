"""``onestop --server URL``: the desktop application as a workstation of the centre's server.

From the sign-in window, the caseworker of a vault moved onto the server signs in, finds a
case by part of the survivor's name and opens it, exactly as on a local vault; the
workstation keeps the chain's head it saw in its own folder. A server that cannot be reached,
a certificate from another CA, the workstation's login refused and a wrong password are each
told in one line of words on the sign-in window.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from faker import Faker
from PySide6.QtCore import Qt

from onestop import paths
from onestop.domain.roles import Role
from onestop.gui.app import chosen_server
from onestop.gui.shell import Shell
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.workstation import WorkstationServer
from tests.conftest import password_for, username_for
from tests.gui.conftest import clock, dialogs, make_shell, qapp_cls  # noqa: F401 - fixtures
from tests.gui.journey import (
    activate,
    click_tab,
    find_field,
    on_screen,
    open_file_from_list,
    press,
    shows_button,
    sign_in_by_keyboard,
    type_into,
)
from tests.server.conftest import SIGNIN_USER, CentreOnServer, postgres
from tests.server.conftest import workstation_url as _server_url


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


def _attempt(qtbot: Any, shell: Shell, role: Role, password: str) -> str:
    """One attempt at the sign-in window; the one line it then shows."""
    activate(shell)
    type_into(shell, "User name", username_for(role))
    type_into(shell, "Password", password)
    find_field(shell, "Password").setFocus()
    press(Qt.Key.Key_Return)
    message = shell.sign_in.ui.messageLabel
    qtbot.waitUntil(lambda: message.isVisible() and "Opening" not in message.text(), timeout=20_000)
    return str(message.text())


def test_a_caseworker_finds_and_opens_a_case_on_the_server(
    qtbot: Any,
    centre_on_server: CentreOnServer,
    pgpass: Path,
    workstation: Callable[[str], Shell],
) -> None:
    fake = Faker()
    first, last = fake.first_name(), fake.last_name()
    with centre_on_server.sign_in(Role.CASEWORKER) as colleague:  # another workstation
        details = SurvivorDetails(name=f"{first} {last}")
        reference = CaseService(colleague).open_case(details).reference

    shell = workstation(_server_url(centre_on_server))
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    # Her home lists the new case among her open cases, once (each table's rows were read
    # twice from the screen: once more through its header, a view of the same model).
    mine = find_field(shell, "My open cases")
    assert on_screen(mine).count(reference) == 1
    assert on_screen(mine).count(f"{first} {last}") == 1
    click_tab(shell, "Cases")
    type_into(shell, "Find a case", last[1:-1].lower())  # part of her name, typed anyhow
    cases = find_field(shell, "Cases")
    qtbot.waitUntil(lambda: reference in on_screen(cases), timeout=10_000)
    assert on_screen(cases).count(reference) == 1
    open_file_from_list(qtbot, shell, reference)
    assert find_field(shell, "caseName").text() == f"{first} {last}"

    # This workstation keeps the head it saw, in its own folder; nothing of her there.
    folder = shell.vault
    assert (folder / "audit.anchor").is_file()
    kept = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    assert first.encode() not in kept and last.encode() not in kept
    settings = (paths.config_dir() / "settings.ini").read_text()
    assert "sslrootcert" in settings and last not in settings


def test_failures_are_told_in_words_on_the_sign_in_window(
    qtbot: Any,
    centre_on_server: CentreOnServer,
    pgpass: Path,
    workstation: Callable[[str], Shell],
    tmp_path: Path,
) -> None:
    shell = workstation(_server_url(centre_on_server))
    said = _attempt(qtbot, shell, Role.CASEWORKER, password_for(Role.CASEWORKER) + "x")
    assert said == "The user name or the password is not correct."
    assert not shows_button(shell, "Sign out")

    with socket.socket() as s:  # a port where nothing listens
        s.bind(("localhost", 0))
        closed = s.getsockname()[1]
    shell = workstation(_server_url(centre_on_server, port=closed))
    said = _attempt(qtbot, shell, Role.CASEWORKER, password_for(Role.CASEWORKER))
    assert said.startswith("The centre's server cannot be reached."), said
    assert "\n" not in said and "Traceback" not in said

    other_ca, _, _ = postgres.make_certificates(tmp_path / "other-tls")
    shell = workstation(_server_url(centre_on_server, ca_file=other_ca))
    said = _attempt(qtbot, shell, Role.CASEWORKER, password_for(Role.CASEWORKER))
    assert said.startswith("The server's certificate does not match"), said

    pgpass.write_text(f"localhost:*:*:{SIGNIN_USER}:not-its-password\n")
    shell = workstation(_server_url(centre_on_server))
    said = _attempt(qtbot, shell, Role.CASEWORKER, password_for(Role.CASEWORKER))
    assert said.startswith("The server refused this workstation's own login"), said


def test_the_address_is_checked_and_the_choice_kept(
    centre_on_server: CentreOnServer, tmp_path: Path
) -> None:
    from onestop.errors import ValidationFailed
    from onestop.gui import preferences

    url = _server_url(centre_on_server)
    server = chosen_server(url, None)
    assert server == WorkstationServer.parse(url)
    assert chosen_server(None, None) == server  # the next plain start
    assert chosen_server(None, tmp_path / "vault") is None  # --vault names a local vault
    assert preferences.kept_server() == ""
    for bad in (
        url.replace(f"{SIGNIN_USER}@", f"{SIGNIN_USER}:secret@"),
        url.split("?")[0],
        url + "&sslmode=require",
        "https://example.org/x",
        url.replace("sslrootcert=", "sslrootcert=/nowhere"),
    ):
        with pytest.raises(ValidationFailed):
            WorkstationServer.parse(bad)


def test_a_server_put_back_to_an_older_dump_is_refused_at_the_sign_in_window(
    qtbot: Any,
    centre_on_server: CentreOnServer,
    pgpass: Path,
    workstation: Callable[[str], Shell],
) -> None:
    """The workstation saw a later head than the server now holds (its database swapped for
    an older copy, as a restore of an old dump would leave it): the window says so in words
    and signs no one in."""
    import psycopg

    from onestop.services import workstation as signing

    url = _server_url(centre_on_server)
    info = centre_on_server.centre.cluster.superuser_conninfo()
    name = centre_on_server.dbname
    with psycopg.connect(info, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}_older TEMPLATE {name}")
    try:
        server = WorkstationServer.parse(url)
        folder = server.folder_in(paths.data_dir())  # the desktop's own folder
        with signing.sign_in(
            server, folder, username_for(Role.CASEWORKER), password_for(Role.CASEWORKER)
        ) as cw:  # this workstation sees the head move on
            CaseService(cw).open_case(SurvivorDetails(alias="Plover"))
        with psycopg.connect(info, autocommit=True) as conn:
            conn.execute(f"ALTER DATABASE {name} RENAME TO {name}_true")
            conn.execute(f"ALTER DATABASE {name}_older RENAME TO {name}")
        shell = workstation(url)
        said = _attempt(qtbot, shell, Role.CASEWORKER, password_for(Role.CASEWORKER))
        assert said.startswith("The centre's server holds an older audit trail"), said
        assert "\n" not in said and not shows_button(shell, "Sign out")
    finally:
        with psycopg.connect(info, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name}_true WITH (FORCE)")
            conn.execute(f"DROP DATABASE IF EXISTS {name}_older WITH (FORCE)")


def test_a_server_of_another_release_is_refused_at_the_sign_in_window(
    qtbot: Any,
    centre_on_server: CentreOnServer,
    pgpass: Path,
    workstation: Callable[[str], Shell],
) -> None:
    """The server's schema is a later release's (upgraded before this workstation was): the
    window says what to install, in one line, and signs no one in."""
    with centre_on_server.superuser() as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_a_later_release'")
    shell = workstation(_server_url(centre_on_server))
    said = _attempt(qtbot, shell, Role.CASEWORKER, password_for(Role.CASEWORKER))
    assert said.startswith("The centre's server has been upgraded to a newer version"), said
    assert "Install that version" in said
    assert "\n" not in said and "Traceback" not in said and not shows_button(shell, "Sign out")
