"""Disabling, re-enabling and resetting an account on the centre's server, tried as the
disabled colleague would: her own password, her old wrapped key slot and her old grants kept
from before (a copy of the rows, as a ``pg_dump`` taken earlier holds them), psql's library
(psycopg), and a superuser's read of the rows written after.

On a server there is no vault key to rotate: her slot leaves the server and her own database
login is stopped (``NOLOGIN``), so her old password, which derives her old login password,
does not even connect; every section key she held moves to a new version sealed to the
remaining holders and to the break-glass grants of the colleagues who may break glass into it,
so a row written after the disable is under a version she never held. Re-enabling and a reset
give her a one-time password that signs in again, and her keys wait for a colleague, as on a
local vault.

Logins are the cluster's, shared by every test's database: each test disables or resets a
colleague it creates itself, never the shared accounts of the centre template.
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from faker import Faker
from psycopg import errors
from psycopg.conninfo import conninfo_to_dict
from PySide6.QtWidgets import QApplication, QMessageBox

from onestop import paths
from onestop.db import server
from onestop.domain.audit import AuditAction
from onestop.domain.roles import Role, Section
from onestop.errors import SignInFailed
from onestop.gui.app import chosen_server
from onestop.gui.shell import Shell
from onestop.services import backend, colleagues, glasskeys, serverauth
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.search import CaseSearch
from onestop.services.session import VaultSession
from onestop.services.users import LOGIN_RENEWED, LOGIN_STOPPED, UserService
from onestop.vault.keyslots import KeySlotFile, user_slot_id
from onestop.vault.sectionkeys import (
    NONCE_BYTES,
    KeyRing,
    SectionKey,
    open_grant,
    sealed_version,
)
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.gui.conftest import clock, dialogs, make_shell, qapp_cls  # noqa: F401 - fixtures
from tests.gui.journey import (
    activate,
    click,
    click_row,
    find_button,
    on_screen,
    sign_in_by_keyboard,
)
from tests.helpers import open_stored, stored_aad, stored_body
from tests.server.conftest import SIGNIN_USER, CentreOnServer, StaffLogin, workstation_url

CHOSEN = "copper meadow lantern 3381"


def _sign_in(centre: CentreOnServer, username: str, password: str) -> VaultSession:
    address = centre.address
    url = address.url(SIGNIN_USER, centre.centre.signin_password)
    return serverauth.sign_in_server(address, url, centre.workstation, username, password)


def _new_colleague(centre: CentreOnServer, role: Role, confirmer: Role) -> str:
    """A new account made by the admin on the server, its own password chosen, and confirmed
    by ``confirmer`` (a holder of the keys its role reads): its user name."""
    name = f"r{secrets.token_hex(5)}"  # logins are the cluster's: a name no test shares
    with centre.sign_in(Role.ADMIN) as admin:
        once = UserService(admin).create(name, role).one_time_password
    with _sign_in(centre, name, once) as her:
        UserService(her).change_own_password(once, CHOSEN)
        wait = colleagues.my_wait(her)  # her new key pair's fingerprint
    assert wait is not None
    with centre.sign_in(confirmer) as holder:
        colleagues.confirm(holder, name, wait.fingerprint)
    return name


def _kept_from_before(
    centre: CentreOnServer, name: str, tmp_path: Path
) -> tuple[str, dict[str, list[SectionKey]]]:
    """What she keeps from before the disable: her login's password (derived from her wrapped
    slot, read as the pre-sign-in login hands it out) and every section key her grants open
    (her grant rows, as an earlier dump holds them)."""
    with centre.superuser() as su:
        (raw,) = su.execute("SELECT slot FROM key_slots WHERE username = %s", (name,)).fetchone()
        grants = su.execute(
            "SELECT section, version, slot_id, sealed FROM section_key_grants "
            "WHERE slot_id IN (%s, %s)",
            (user_slot_id(name), glasskeys.glass_slot(name)),
        ).fetchall()
    slots = KeySlotFile.parse(str(raw).encode(), tmp_path / "kept.json", "damaged")
    opened = slots.open_slot(user_slot_id(name), CHOSEN)
    assert opened is not None
    login = backend.login_password(opened.private, slots.vault_id, name)
    keys: dict[str, list[SectionKey]] = {}
    for section, version, slot_id, sealed in grants:
        key = open_grant(opened.private, sealed, slots.vault_id, section, version, slot_id)
        assert key is not None
        keys.setdefault(section, []).append(key)
    return login, keys


def _connect(centre: CentreOnServer, name: str, password: str) -> psycopg.Connection[Any]:
    info = centre.centre.cluster.tls_conninfo(server.login_role(name), password, centre.dbname)
    return psycopg.connect(info, autocommit=True)


def _sealed_name(centre: CentreOnServer, reference: str) -> tuple[int, int, str]:
    """A case's id, version and sealed name as the server's superuser reads them (in form 2,
    bound to the case: ``_opens`` and ``open_stored`` read the reference from ``_REFS``)."""
    with centre.superuser() as su:
        row = su.execute(
            "SELECT id, version, name FROM cases WHERE reference = %s", (reference,)
        ).fetchone()
    assert row is not None
    _REFS[int(row[0])] = reference
    return int(row[0]), int(row[1]), str(row[2])


_REFS: dict[int, str] = {}  # case id -> reference, of the names read (``_sealed_name``)


def _opens(keys: list[SectionKey], row_id: int, version: int, token: str) -> bool:
    """Whether any of ``keys`` opens the sealed name, whatever version the token names."""
    body = base64.b64decode(stored_body(token), validate=True)
    aad = stored_aad(token, "cases", "name", row_id, version, _REFS)
    for key in keys:
        try:
            AESGCM(key.key).decrypt(body[:NONCE_BYTES], body[NONCE_BYTES:], aad)
        except InvalidTag:
            continue
        return True
    return False


def _open_case(centre: CentreOnServer) -> tuple[str, str]:
    """A new case opened by the caseworker: its reference and the survivor's name."""
    name = Faker().name()
    with centre.sign_in(Role.CASEWORKER) as cw:
        return CaseService(cw).open_case(SurvivorDetails(name=name)).reference, name


def _finds(session: VaultSession, name: str) -> list[str]:
    return [c.reference for c in CaseSearch(session).find(name.split()[-1]).cases]


def _audit(centre: CentreOnServer, action: AuditAction, name: str) -> list[tuple[str, str]]:
    with centre.superuser() as su:
        rows = su.execute(
            "SELECT outcome, detail FROM audit_log WHERE action = %s AND record_ref = %s",
            (action.value, f"staff:{name}"),
        ).fetchall()
    return [(str(o), str(d)) for o, d in rows]


def _login_name(conninfo: str) -> str:
    user = str(conninfo_to_dict(conninfo)["user"])
    assert user.startswith(server.LOGIN_PREFIX)
    return user.removeprefix(server.LOGIN_PREFIX)


def test_only_the_admin_stops_or_renews_a_staff_login_and_never_her_own(
    staff_login: StaffLogin,
) -> None:
    admin, colleague, other = (
        staff_login(r) for r in (Role.ADMIN, Role.CLINICIAN, Role.CASEWORKER)
    )
    with psycopg.connect(other, autocommit=True) as conn:  # a caseworker may do neither
        for statement in (
            "SELECT onestop_stop_staff_login(%s)",
            "SELECT onestop_renew_staff_login(%s, 'SCRAM-SHA-256$x')",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement, (_login_name(colleague),))
    with psycopg.connect(admin, autocommit=True) as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT onestop_stop_staff_login(%s)", (_login_name(admin),))
        for name in ("nobody-here", "../owner", "Upper"):  # no staff login of that name
            with pytest.raises((errors.UndefinedObject, errors.InvalidParameterValue)):
                conn.execute("SELECT onestop_stop_staff_login(%s)", (name,))
        with pytest.raises(errors.InvalidParameterValue):  # a verifier, never a password
            conn.execute(
                "SELECT onestop_renew_staff_login(%s, %s)", (_login_name(colleague), "plain")
            )
        with psycopg.connect(colleague, autocommit=True) as hers:
            conn.execute("SELECT onestop_stop_staff_login(%s)", (_login_name(colleague),))
            with pytest.raises(psycopg.OperationalError):  # her open connection was ended
                hers.execute("SELECT 1")
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(colleague)


def test_a_colleague_confirmed_on_the_server_gets_her_break_glass_grants(
    centre_on_server: CentreOnServer,
) -> None:
    centre = centre_on_server
    name = _new_colleague(centre, Role.CASEWORKER, Role.CLINICIAN)
    with centre.superuser() as su:
        rows = su.execute(
            "SELECT section, granted_by FROM section_key_grants WHERE slot_id = %s",
            (glasskeys.glass_slot(name),),
        ).fetchall()
        held = {
            str(r[0])
            for r in su.execute(
                "SELECT section FROM section_key_grants WHERE slot_id = %s",
                (user_slot_id("u-clinician"),),
            )
        }
    expected = {s.value for s in glasskeys.glass_sections(Role.CASEWORKER)} & held
    assert expected, "the clinician holds a section a caseworker may break glass into"
    assert {str(r[0]) for r in rows} == expected
    assert {str(r[1]) for r in rows} == {"u-clinician"}


def test_a_disabled_colleague_neither_connects_nor_opens_what_is_written_after(
    centre_on_server: CentreOnServer, tmp_path: Path
) -> None:
    centre = centre_on_server
    name = _new_colleague(centre, Role.CLINICIAN, Role.CLINICIAN)
    before, _ = _open_case(centre)
    login, kept = _kept_from_before(centre, name, tmp_path)
    identity = kept[Section.IDENTITY.value]
    # Before: her login connects, and her keys open a name written before (the test can fail).
    with _connect(centre, name, login) as conn:
        assert conn.execute("SELECT session_user").fetchone() == (server.login_role(name),)
    row_id, version, token = _sealed_name(centre, before)
    ring = KeyRing()
    for key in identity:
        ring.add(key)
    assert open_stored(ring, token, "cases", "name", row_id, version, _REFS)

    heard: list[int] = []
    with centre.sign_in(Role.ADMIN) as admin:
        users = UserService(admin)
        assert users.on_server and users.revocation_steps == 1
        users.disable(name, heard.append)
    assert heard == [1]
    assert _audit(centre, AuditAction.USER_DISABLED, name) == [("ok", LOGIN_STOPPED)]

    # Her old password derives her old login password: the server refuses it.
    with pytest.raises(psycopg.OperationalError):
        _connect(centre, name, login)
    with centre.superuser() as su:
        assert su.execute(
            "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (server.login_role(name),)
        ).fetchone() == (False,)
        assert su.execute("SELECT 1 FROM key_slots WHERE username = %s", (name,)).fetchone() is None
    with pytest.raises(SignInFailed):
        _sign_in(centre, name, CHOSEN)

    # A name written after the disable, read by the server's superuser: under a version she
    # never held, and none of her old keys opens it.
    after, _ = _open_case(centre)
    row_id, version, token = _sealed_name(centre, after)
    section, sealed_under = sealed_version(token)
    assert section == Section.IDENTITY.value
    assert sealed_under > max(k.version for k in identity)
    assert not _opens(identity, row_id, version, token)
    with pytest.raises(Exception, match="not held"):
        open_stored(ring, token, "cases", "name", row_id, version, _REFS)

    # The remaining holders got the new version from the first of them to sign in (the admin
    # made none), and so did the break-glass grants of those who may break glass into a
    # section she held (the caseworker, into the clinician's).
    with centre.sign_in(Role.MANAGER):
        pass
    with centre.superuser() as su:
        moved = dict(
            su.execute(
                "SELECT section, max(version) FROM section_key_grants GROUP BY section"
            ).fetchall()
        )
        glass = {
            (str(s), int(v))
            for s, v in su.execute(
                "SELECT section, version FROM section_key_grants WHERE slot_id = %s",
                (glasskeys.glass_slot("u-caseworker"),),
            )
        }
    into = [s for s in glasskeys.glass_sections(Role.CASEWORKER) if s.value in kept]
    assert into, "the clinician holds a section the caseworker may break glass into"
    for sec in into:
        assert moved[sec.value] > max(k.version for k in kept[sec.value])
        assert (sec.value, moved[sec.value]) in glass


def test_a_session_open_across_a_disable_seals_nothing_under_the_version_left_behind(
    centre_on_server: CentreOnServer, tmp_path: Path
) -> None:
    """On a centre's server the caseworker's workstation stays signed in while the admin, at
    another, disables a clinician. The caseworker's next write in that same session makes the
    identity key's new version first (the due list, read at each unit of work), and seals
    under it: nothing the disabled clinician kept opens it."""
    centre = centre_on_server
    name = _new_colleague(centre, Role.CLINICIAN, Role.CLINICIAN)
    _, kept = _kept_from_before(centre, name, tmp_path)
    identity = kept[Section.IDENTITY.value]
    with centre.sign_in(Role.CASEWORKER) as worker:  # open across the disable
        held = worker.section_keys.current(Section.IDENTITY.value)
        assert held is not None and held.version == max(k.version for k in identity)
        address = centre.address
        url = address.url(SIGNIN_USER, centre.centre.signin_password)
        with serverauth.sign_in_server(  # the admin's own workstation
            address, url, tmp_path / "admin-workstation", ADMIN, ADMIN_PASSWORD
        ) as admin:
            UserService(admin).disable(name)
        reference = CaseService(worker).open_case(SurvivorDetails(name=Faker().name())).reference
        now = worker.section_keys.current(Section.IDENTITY.value)
        assert now is not None and now.version > held.version
    row_id, version, token = _sealed_name(centre, reference)
    section, sealed_under = sealed_version(token)
    assert section == Section.IDENTITY.value and sealed_under == now.version
    assert not _opens(identity, row_id, version, token)
    with centre.superuser() as su:
        made = su.execute(
            "SELECT actor FROM audit_log WHERE action = %s AND section = %s AND detail LIKE %s",
            (AuditAction.SECTION_KEY_CREATED.value, Section.IDENTITY.value, "% renew %"),
        ).fetchall()
    assert made == [("u-caseworker",)]


def test_a_reset_colleague_signs_in_with_the_one_time_password_only(
    centre_on_server: CentreOnServer, tmp_path: Path
) -> None:
    centre = centre_on_server
    name = _new_colleague(centre, Role.CASEWORKER, Role.CLINICIAN)
    login, _ = _kept_from_before(centre, name, tmp_path)
    with centre.sign_in(Role.ADMIN) as admin:
        once = UserService(admin).reset_password(name).one_time_password
    assert _audit(centre, AuditAction.PASSWORD_RESET, name) == [("ok", LOGIN_RENEWED)]
    with pytest.raises(psycopg.OperationalError):
        _connect(centre, name, login)  # her old password's login password is refused
    with pytest.raises(SignInFailed):
        _sign_in(centre, name, CHOSEN)
    with _sign_in(centre, name, once) as her:
        assert her.must_change_password
        UserService(her).change_own_password(once, "harbour quiet ember 5120")
        wait = colleagues.my_wait(her)
        assert wait is not None and Section.IDENTITY in wait.sections  # a colleague confirms


def test_a_re_enabled_colleague_signs_in_again_and_is_confirmed_as_a_new_one(
    centre_on_server: CentreOnServer,
) -> None:
    centre = centre_on_server
    name = _new_colleague(centre, Role.CASEWORKER, Role.CLINICIAN)
    # Disabled, then re-enabled: a one-time password signs in again; the old one does not.
    with centre.sign_in(Role.ADMIN) as admin:
        UserService(admin).disable(name)
    with pytest.raises(SignInFailed):
        _sign_in(centre, name, CHOSEN)
    with centre.sign_in(Role.ADMIN) as admin:
        again = UserService(admin).enable(name).one_time_password
        listed = {m.username: m for m in UserService(admin).list()}
    assert listed[name].active and listed[name].must_change_password
    assert _audit(centre, AuditAction.USER_ENABLED, name) == [("ok", LOGIN_RENEWED)]
    with pytest.raises(SignInFailed):
        _sign_in(centre, name, CHOSEN)
    with _sign_in(centre, name, again) as her:
        UserService(her).change_own_password(again, "harbour quiet ember 5120")
        wait = colleagues.my_wait(her)
    assert wait is not None
    reference, survivor = _open_case(centre)
    with centre.sign_in(Role.CLINICIAN) as holder:
        colleagues.confirm(holder, name, wait.fingerprint)
    with _sign_in(centre, name, "harbour quiet ember 5120") as her:
        still = colleagues.my_wait(her)  # (legal and shelter wait for their own holders)
        assert still is None or Section.IDENTITY not in still.sections
        assert reference in _finds(her, survivor)


# ----- the admin's Accounts screen at a workstation of the server ------------------------------


@pytest.fixture
def workstation(
    make_shell: Callable[..., Shell],  # noqa: F811 - the fixture imported above
) -> Iterator[Callable[[str], Shell]]:
    """The window as ``onestop --server URL`` opens it."""

    def start(url: str) -> Shell:
        chosen = chosen_server(url, None)
        assert chosen is not None
        return make_shell(chosen.folder_in(paths.data_dir()), server=chosen)

    yield start


def test_the_admin_disables_a_colleague_from_a_workstation(
    qtbot: Any,
    centre_on_server: CentreOnServer,
    pgpass: Path,
    workstation: Callable[[str], Shell],
) -> None:
    centre = centre_on_server
    colleague = f"r{secrets.token_hex(5)}"
    with centre.sign_in(Role.ADMIN) as admin:
        UserService(admin).create(colleague, Role.CASEWORKER)
    shell = workstation(workstation_url(centre))
    sign_in_by_keyboard(qtbot, shell, Role.ADMIN)
    click_row(shell, "Staff accounts", colleague)
    click(find_button(shell, "Disable…"))
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    assert "database login on the server is stopped" in " ".join(on_screen(box).split())
    click(find_button(box, "Disable"))
    qtbot.waitUntil(lambda: "Their database login was stopped" in on_screen(shell), timeout=60_000)
    assert "vault key" not in on_screen(shell)
    with centre.superuser() as su:
        assert su.execute(
            "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (server.login_role(colleague),)
        ).fetchone() == (False,)
        row = su.execute("SELECT active FROM staff WHERE username = %s", (colleague,)).fetchone()
    assert row == (False,)
    activate(shell)
    assert find_button(shell, "Re-enable").isEnabled()  # her row, now disabled
