"""Live updates in the window: a colleague's change appears on another workstation's screens.

A caseworker has the Cases tab open on her workstation (``onestop --server URL``); cases
a colleague registers on another workstation appear in her list by themselves (the p95 time
to on screen of ten is measured and printed), and are found by part of the name; her open
file shows a colleague's edit, unless she is editing it herself: then her typing stays and
her save is refused by the version check, in words.
"""

from __future__ import annotations

import dataclasses
import statistics
import time
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
from tests.gui.conftest import clock, dialogs, make_shell, qapp_cls  # noqa: F401 - fixtures
from tests.gui.journey import (
    click_tab,
    find_field,
    on_screen,
    open_file_from_list,
    sign_in_by_keyboard,
    type_into,
)
from tests.server.conftest import CentreOnServer
from tests.server.conftest import workstation_url as _server_url

VISIBLE_P95_SECONDS = 1.0


@pytest.fixture
def workstation(
    make_shell: Callable[..., Shell],  # noqa: F811 - the fixture imported above
) -> Iterator[Callable[[str], Shell]]:
    def start(url: str) -> Shell:
        server = chosen_server(url, None)
        assert server is not None
        return make_shell(server.folder_in(paths.data_dir()), server=server)

    yield start


def _signed_in(qtbot: Any, centre: CentreOnServer, start: Callable[[str], Shell]) -> Shell:
    shell = start(_server_url(centre))
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    assert shell.workspace is not None and shell.workspace.live is not None
    assert shell.workspace.live.listener.connected.wait(20)
    return shell


def test_a_colleagues_new_cases_appear_in_the_open_case_list(
    qtbot: Any,
    centre_on_server: CentreOnServer,
    pgpass: Path,
    workstation: Callable[[str], Shell],
    tmp_path: Path,
) -> None:
    shell = _signed_in(qtbot, centre_on_server, workstation)
    click_tab(shell, "Cases")
    cases = find_field(shell, "Cases")
    fake = Faker()
    times, names = [], []
    other = dataclasses.replace(centre_on_server, workstation=tmp_path / "reception")
    with other.sign_in(Role.CASEWORKER) as colleague:
        for _ in range(10):
            name = f"{fake.first_name()} {fake.last_name()}{fake.lexify('????').lower()}"
            start = time.monotonic()
            reference = CaseService(colleague).open_case(SurvivorDetails(name=name)).reference
            qtbot.waitUntil(lambda ref=reference: ref in on_screen(cases), timeout=10_000)
            times.append(time.monotonic() - start)
            names.append((name, reference))
            assert name in on_screen(cases)
    p95 = statistics.quantiles(times, n=20)[-1]
    print(
        f"\ntime to visible (window), 10 cases: p50 {statistics.median(times) * 1000:.0f} ms, "
        f"p95 {p95 * 1000:.0f} ms, max {max(times) * 1000:.0f} ms"
    )
    assert p95 <= VISIBLE_P95_SECONDS

    name, reference = names[3]
    type_into(shell, "Find a case", name.split()[-1][1:-1].lower())
    assert shell.workspace is not None and shell.workspace.case_list is not None
    listed = shell.workspace.case_list.model
    qtbot.waitUntil(lambda: listed.rowCount() == 1, timeout=10_000)
    assert listed.reference_at(0) == reference


def test_an_open_file_shows_a_colleagues_edit_but_never_over_her_typing(
    qtbot: Any,
    centre_on_server: CentreOnServer,
    pgpass: Path,
    workstation: Callable[[str], Shell],
    tmp_path: Path,
) -> None:
    fake = Faker()
    other = dataclasses.replace(centre_on_server, workstation=tmp_path / "reception")
    with other.sign_in(Role.CASEWORKER) as colleague:
        service = CaseService(colleague)
        reference = service.open_case(SurvivorDetails(name=fake.name())).reference
        shell = _signed_in(qtbot, centre_on_server, workstation)
        click_tab(shell, "Cases")
        open_file_from_list(qtbot, shell, reference)

        case = service.get(reference)
        alias = fake.first_name()
        service.update(reference, dataclasses.replace(case.details, alias=alias), case.version)
        qtbot.waitUntil(lambda: find_field(shell, "caseName").text() == alias, timeout=10_000)

        assert shell.workspace is not None
        (page,) = shell.workspace.files()
        (identity,) = [p for p in page.record_panels if p.kind == "record:identity"]
        page.bring_forward(identity)
        qtbot.mouseClick(identity.edit_button, Qt.MouseButton.LeftButton)
        typed = fake.first_name() + "-typed"
        identity.form.fields["alias"].input.setText(typed)
        assert page.has_unsaved

        case = service.get(reference)
        theirs = fake.first_name() + "-theirs"
        service.update(reference, dataclasses.replace(case.details, alias=theirs), case.version)
        arrived = time.monotonic() + 3
        qtbot.waitUntil(lambda: time.monotonic() > arrived, timeout=5_000)
        assert identity.form.fields["alias"].input.text() == typed  # her typing stays
        qtbot.mouseClick(identity.form.save_button, Qt.MouseButton.LeftButton)
        assert service.get(reference).details.alias == theirs  # the version check refused
        assert identity.currentWidget() is identity.form
        assert identity.form.fields["alias"].input.text() == typed
