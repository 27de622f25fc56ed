"""Confirming a colleague on the centre's server: the "Confirm colleagues" dialog at sign-in.

The clinician waits for the identity key (her grant is gone, as after a password reset); the
caseworker signs in at a workstation, is asked, types the fingerprint the clinician reads from
her own screen, and the grant is written on the server; the clinician then reads names. Her
slot's public key comes from the server (``onestop_slot_publics``), checked under the vault
key: a key swapped on the server is refused, and a wrong fingerprint grants nothing.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from faker import Faker

from onestop import paths
from onestop.domain.roles import Role, Section
from onestop.errors import ValidationFailed, VaultDamaged
from onestop.gui.app import chosen_server
from onestop.gui.shell import Shell
from onestop.services import colleagues
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.search import CaseSearch
from tests.conftest import username_for
from tests.gui.conftest import clock, dialogs, make_shell, qapp_cls  # noqa: F401 - fixtures
from tests.gui.journey import (
    click,
    find_button,
    find_field,
    find_window,
    has_window,
    on_screen,
    sign_in_by_keyboard,
    type_into,
)
from tests.server.conftest import CentreOnServer
from tests.server.conftest import workstation_url as _server_url

CLINICIAN = username_for(Role.CLINICIAN)


@pytest.fixture
def clinician_waits(centre_on_server: CentreOnServer) -> str:
    """The clinician's identity grant removed (as a reset would); her fingerprint."""
    with centre_on_server.superuser() as su:
        su.execute(
            "DELETE FROM section_key_grants WHERE slot_id = %s AND section = %s",
            (f"user:{CLINICIAN}", Section.IDENTITY.value),
        )
    with centre_on_server.sign_in(Role.CLINICIAN) as clinician:
        wait = colleagues.my_wait(clinician)
    assert wait is not None and Section.IDENTITY in wait.sections
    return wait.fingerprint


@pytest.fixture
def workstation(
    make_shell: Callable[..., Shell],  # noqa: F811 - the fixture imported above
) -> Iterator[Callable[[str], Shell]]:
    def start(url: str) -> Shell:
        server = chosen_server(url, None)
        assert server is not None
        return make_shell(server.folder_in(paths.data_dir()), server=server)

    yield start


def test_a_caseworker_confirms_the_clinician_at_a_workstation(
    qtbot: Any,
    centre_on_server: CentreOnServer,
    clinician_waits: str,
    pgpass: Path,
    workstation: Callable[[str], Shell],
) -> None:
    name = Faker().name()
    with centre_on_server.sign_in(Role.CASEWORKER) as cw:
        reference = CaseService(cw).open_case(SurvivorDetails(name=name)).reference

    shell = workstation(_server_url(centre_on_server))
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    qtbot.waitUntil(lambda: has_window("Confirm colleagues"), timeout=20_000)
    asked = find_window("Confirm colleagues")
    shown = on_screen(asked)
    assert CLINICIAN in shown and "Identity" in shown
    type_into(asked, "Fingerprint read to you", clinician_waits)
    click(find_button(asked, "Confirm"))
    message = find_field(asked, "Confirmation message")
    qtbot.waitUntil(lambda: "is confirmed" in message.text(), timeout=10_000)  # type: ignore[attr-defined]
    click(find_button(asked, "Close"))
    qtbot.waitUntil(lambda: not has_window("Confirm colleagues"), timeout=5_000)

    with centre_on_server.superuser() as su:
        granted = su.execute(
            "SELECT granted_by FROM section_key_grants WHERE slot_id = %s AND section = %s",
            (f"user:{CLINICIAN}", Section.IDENTITY.value),
        ).fetchall()
    assert granted and {g[0] for g in granted} == {username_for(Role.CASEWORKER)}
    with centre_on_server.sign_in(Role.CLINICIAN) as clinician:
        assert colleagues.my_wait(clinician) is None
        found = CaseSearch(clinician).find(name.split()[-1]).cases
        assert [(c.reference, c.display_name) for c in found] == [(reference, name)]


def test_a_wrong_fingerprint_or_a_key_swapped_on_the_server_grants_nothing(
    centre_on_server: CentreOnServer, clinician_waits: str
) -> None:
    wrong = clinician_waits[:-4] + ("0000" if not clinician_waits.endswith("0000") else "1111")
    with centre_on_server.sign_in(Role.CASEWORKER) as cw:
        waiting = colleagues.waiting_for_me(cw)
        assert [w.username for w in waiting] == [CLINICIAN]
        with pytest.raises(ValidationFailed, match="does not match"):
            colleagues.confirm(cw, CLINICIAN, wrong)

    # Someone with the server's superuser puts their own public key in her slot.
    other = X25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    with centre_on_server.superuser() as su:
        row = su.execute("SELECT slot FROM key_slots WHERE username = %s", (CLINICIAN,))
        (raw,) = row.fetchone() or ("",)
        slot = json.loads(raw)
        slot["slots"][0]["public"] = base64.b64encode(other).decode()
        su.execute(
            "UPDATE key_slots SET slot = %s WHERE username = %s", (json.dumps(slot), CLINICIAN)
        )
    with centre_on_server.sign_in(Role.CASEWORKER) as cw, pytest.raises(VaultDamaged):
        colleagues.confirm(cw, CLINICIAN, clinician_waits)
    with centre_on_server.superuser() as su:
        rows = su.execute(
            "SELECT count(*) FROM section_key_grants WHERE slot_id = %s AND section = %s",
            (f"user:{CLINICIAN}", Section.IDENTITY.value),
        ).fetchone()
    assert rows == (0,)
