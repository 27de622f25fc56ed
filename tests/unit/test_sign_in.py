"""Signing in and out, the back-off, one-time passwords, and what the audit trail keeps of it."""

from __future__ import annotations

import unicodedata

import pytest

from onestop.domain.audit import AuditAction
from onestop.domain.roles import Role
from onestop.errors import (
    BackOff,
    PermissionDenied,
    SignInFailed,
    ValidationFailed,
    VaultInUse,
    VaultNotFound,
)
from onestop.services.audit import AuditService
from onestop.services.auth import WRONG_CREDENTIALS, create_vault, sign_in, sign_in_with_recovery
from onestop.services.users import UserService
from onestop.vault.keyslots import KeySlotFile, backoff_seconds
from tests.conftest import ADMIN, ADMIN_PASSWORD, password_for, username_for

pytestmark = [
    pytest.mark.both_backends,
    pytest.mark.local_only(
        reason="signing in to the local vault: keyslots.json, its back-off and the recovery "
        "key (the server's: tests/server/)"
    ),
]


class FakeClock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def actions(session, actor: str | None = None) -> list[str]:
    return [e.action for e in AuditService(session).entries(actor=actor)]


def test_every_role_signs_in_and_out_and_both_are_audited(vault) -> None:
    for role in Role:
        with vault.sign_in(role) as session:
            assert session.actor.role is role
            assert not session.must_change_password
    with vault.sign_in(Role.MANAGER) as manager:
        trail = AuditService(manager).entries(actor=username_for(Role.COUNSELLOR))
    assert [e.action for e in trail][-2:] == ["session.sign_in", "session.sign_out"]


def test_wrong_password_and_unknown_user_get_the_same_message(vault) -> None:
    with pytest.raises(SignInFailed) as wrong:
        sign_in(vault.path, ADMIN, ADMIN_PASSWORD + "x")
    with pytest.raises(SignInFailed) as unknown:
        sign_in(vault.path, "nobody.here", ADMIN_PASSWORD)
    assert str(wrong.value) == str(unknown.value) == WRONG_CREDENTIALS


def test_failed_attempts_reach_the_audit_trail_at_the_next_sign_in(vault) -> None:
    with pytest.raises(SignInFailed):
        sign_in(vault.path, ADMIN, "not the password at all")
    with pytest.raises(SignInFailed):
        sign_in(vault.path, "my secret typed in the wrong box", "x")
    with vault.sign_in() as admin:
        entries = AuditService(admin).entries(action=AuditAction.SIGN_IN_FAILED.value)
    # Reported from keyslots.json, which anyone with the folder can write: unverified.
    assert [(e.actor, e.outcome) for e in entries] == [
        (ADMIN, "unverified"),
        ("(unknown)", "unverified"),
    ]
    assert entries[0].detail.startswith("wrong_password at ")
    # What was typed as a user name is never kept: it may be a password.
    assert all("secret" not in e.detail and "secret" not in e.actor for e in entries)
    assert KeySlotFile.load(vault.path / "keyslots.json").pending_events == []


def test_back_off_doubles_and_survives_a_restart(vault) -> None:
    clock = FakeClock()
    for _ in range(3):
        with pytest.raises(SignInFailed):
            sign_in(vault.path, ADMIN, "wrong wrong wrong", clock=clock)
    # The fourth attempt, even with the right password, must wait.
    with pytest.raises(BackOff) as waiting:
        sign_in(vault.path, ADMIN, ADMIN_PASSWORD, clock=clock)
    assert waiting.value.seconds_left == pytest.approx(backoff_seconds(3))
    assert "Wait 5 seconds" in str(waiting.value)
    # A restart is a fresh read of keyslots.json: the counters are there.
    slots = KeySlotFile.load(vault.path / "keyslots.json")
    assert slots.slots[f"user:{ADMIN}"].failures == 3
    clock.now += backoff_seconds(3) + 0.1
    with pytest.raises(SignInFailed):
        sign_in(vault.path, ADMIN, "wrong again", clock=clock)
    with pytest.raises(BackOff) as longer:
        sign_in(vault.path, ADMIN, ADMIN_PASSWORD, clock=clock)
    assert longer.value.seconds_left == pytest.approx(backoff_seconds(4)) == 10
    clock.now += 10.1
    with sign_in(vault.path, ADMIN, ADMIN_PASSWORD, clock=clock):
        pass
    assert KeySlotFile.load(vault.path / "keyslots.json").slots[f"user:{ADMIN}"].failures == 0


def test_back_off_is_capped() -> None:
    assert backoff_seconds(0) == backoff_seconds(2) == 0
    assert backoff_seconds(100) == 900


def test_unknown_user_names_back_off_too(vault) -> None:
    clock = FakeClock()
    for i in range(3):
        with pytest.raises(SignInFailed):
            sign_in(vault.path, f"ghost{i}", "whatever", clock=clock)
    with pytest.raises(BackOff):
        sign_in(vault.path, "ghost9", "whatever", clock=clock)


def test_a_disabled_account_is_told_so_and_its_password_opens_nothing(vault, admin) -> None:
    caseworker = username_for(Role.CASEWORKER)
    UserService(admin).disable(caseworker)
    admin.close()
    with pytest.raises(SignInFailed, match="disabled"):
        sign_in(vault.path, caseworker, password_for(Role.CASEWORKER))
    slots = KeySlotFile.load(vault.path / "keyslots.json")
    assert f"user:{caseworker}" not in slots.slots


def test_one_time_password_must_be_changed_before_anything_else(vault, admin) -> None:
    issued = UserService(admin).create("zara.okafor", Role.LEGAL_ADVOCATE, "Zara Okafor")
    admin.close()
    with sign_in(vault.path, "zara.okafor", issued.one_time_password) as session:
        assert session.must_change_password
        with pytest.raises(PermissionDenied, match="one-time password"):
            AuditService(session).entries()
        with pytest.raises(ValidationFailed, match="user name"):
            UserService(session).change_own_password(
                issued.one_time_password, "zara.okafor likes long walks 12"
            )
        UserService(session).change_own_password(
            issued.one_time_password, "violet canyon parade at dawn 47"
        )
        assert not session.must_change_password
    with pytest.raises(SignInFailed):
        sign_in(vault.path, "zara.okafor", issued.one_time_password)
    with sign_in(vault.path, "zara.okafor", "violet canyon parade at dawn 47") as session:
        assert not session.must_change_password


def test_changing_a_password_needs_the_current_one(vault) -> None:
    with vault.sign_in(Role.CLINICIAN) as session, pytest.raises(ValidationFailed, match="current"):
        UserService(session).change_own_password("not it", "entirely fresh phrase here 99")


def test_an_nfd_typed_password_opens_an_nfc_slot(vault, admin) -> None:
    issued = UserService(admin).create("chloe", Role.COUNSELLOR)
    admin.close()
    new = "Chloé déjà vu café crème 2031"
    with sign_in(vault.path, "chloe", issued.one_time_password) as session:
        UserService(session).change_own_password(issued.one_time_password, new)
    with sign_in(vault.path, "chloe", unicodedata.normalize("NFD", new)):
        pass


def test_passwords_are_not_truncated(vault, admin) -> None:
    issued = UserService(admin).create("long.pass", Role.COUNSELLOR)
    admin.close()
    long_pw = "river stone " * 8 + "ending-A"  # differs from the next only after char 90
    with sign_in(vault.path, "long.pass", issued.one_time_password) as session:
        UserService(session).change_own_password(issued.one_time_password, long_pw)
    with pytest.raises(SignInFailed):
        sign_in(vault.path, "long.pass", long_pw[:-1] + "B")
    with sign_in(vault.path, "long.pass", long_pw):
        pass


def test_a_second_opening_of_the_same_vault_is_refused_clearly(vault, admin) -> None:
    with pytest.raises(VaultInUse, match="already open"):
        vault.sign_in(Role.CLINICIAN)
    admin.close()
    with vault.sign_in(Role.CLINICIAN):
        pass


def test_signing_in_where_there_is_no_vault(tmp_path) -> None:
    with pytest.raises(VaultNotFound, match="no OneStop vault"):
        sign_in(tmp_path / "nothing-here", ADMIN, ADMIN_PASSWORD)


def test_creating_a_vault_validates_and_leaves_nothing_half_made(tmp_path) -> None:
    target = tmp_path / "new"
    with pytest.raises(ValidationFailed, match="too short"):
        create_vault(target, "boss", "short")
    assert not target.exists() or not any(target.iterdir())
    with pytest.raises(ValidationFailed, match="2 to 32"):
        create_vault(target, "x", "a perfectly good passphrase 42")
    new = create_vault(target, "boss", "a perfectly good passphrase 42")
    assert len(new.recovery_key.split("-")) == 6
    assert (target / "keyslots.json").exists()


def test_recovery_key_resets_a_password_and_nothing_else(vault) -> None:
    with sign_in_with_recovery(vault.path, vault.recovery_key.lower().replace("-", " ")) as rec:
        assert rec.actor.role is None
        issued = UserService(rec).reset_password(ADMIN)
        with pytest.raises(PermissionDenied):
            UserService(rec).list()
        with pytest.raises(PermissionDenied):
            AuditService(rec).entries()
    with pytest.raises(SignInFailed):
        sign_in(vault.path, ADMIN, ADMIN_PASSWORD)
    with sign_in(vault.path, ADMIN, issued.one_time_password) as session:
        assert session.must_change_password
        UserService(session).change_own_password(
            issued.one_time_password, "a brand new admin phrase 77"
        )
        trail = actions(session)
    assert AuditAction.PASSWORD_RESET.value in trail


def test_a_wrong_recovery_key_is_refused(vault) -> None:
    with pytest.raises(SignInFailed, match="recovery key is not correct"):
        sign_in_with_recovery(vault.path, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF")
    with pytest.raises(ValidationFailed, match="six groups"):
        sign_in_with_recovery(vault.path, "too short")


def test_lock_forgets_the_key_and_only_the_password_unlocks(vault) -> None:
    session = vault.sign_in(Role.CLINICIAN)
    engine = session.engine
    session.lock()
    assert session.is_locked and engine.pool.checkedin() == 0
    with pytest.raises(PermissionDenied, match="locked"):
        AuditService(session).entries()
    with pytest.raises(VaultInUse):  # the vault stays held while locked
        vault.sign_in(Role.ADMIN)
    with pytest.raises(SignInFailed, match="not correct"):
        session.unlock("someone else's guess")
    session.unlock(password_for(Role.CLINICIAN))
    assert not session.is_locked
    session.lock()
    session.close()  # signing out from the lock screen releases the vault
    with vault.sign_in(Role.MANAGER) as manager:
        entries = AuditService(manager).entries(actor=username_for(Role.CLINICIAN))
    trail = [e.action for e in entries]
    assert trail[-5:] == [
        "session.sign_in",
        "session.lock",
        "session.unlock",
        "session.lock",
        "session.sign_out",  # queued while locked, written at the manager's sign-in
    ]
    assert entries[-1].detail.startswith("while locked at ")
