"""The session's own life: locked and signed out say which, a lock or an unlock is done once,
only its owner's password unlocks it, and a batch keeps the refusals its rollback would lose."""

from __future__ import annotations

import pytest

from onestop.domain.audit import AuditAction, Outcome
from onestop.domain.roles import Role, Section
from onestop.errors import PermissionDenied, SignInFailed
from onestop.services.audit import AuditService
from onestop.services.auth import sign_in_with_recovery
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.counselling import CounsellingService
from tests.conftest import password_for, username_for

pytestmark = pytest.mark.both_backends


def entries_of(vault, username: str) -> list[tuple[str, str, str]]:
    with vault.sign_in(Role.MANAGER) as manager:
        return [
            (e.action, e.section, e.outcome) for e in AuditService(manager).entries(actor=username)
        ]


def test_a_locked_session_and_a_closed_one_say_which_they_are(vault) -> None:
    session = vault.sign_in(Role.CASEWORKER)
    session.lock()
    assert session.is_locked and not session.is_open
    with pytest.raises(PermissionDenied, match="The vault is locked"):
        CaseService(session).open_case(SurvivorDetails(alias="Locked out"))
    session.lock()  # the idle timer and the quick hide may both fire: one entry
    session.unlock(password_for(Role.CASEWORKER))
    session.unlock(password_for(Role.CASEWORKER))  # already open: nothing to do
    assert session.is_open and not session.is_locked
    session.close()
    assert not session.is_locked
    with pytest.raises(PermissionDenied, match="You are signed out"):
        CaseService(session).open_case(SurvivorDetails(alias="Signed out"))
    actions = [a for a, _, _ in entries_of(vault, username_for(Role.CASEWORKER))]
    assert actions.count(AuditAction.LOCK.value) == 1
    assert actions.count(AuditAction.UNLOCK.value) == 1


@pytest.mark.local_only(reason="the recovery key (a server has none)")
def test_only_the_owners_password_unlocks_and_never_a_recovery_session(vault) -> None:
    session = vault.sign_in(Role.CASEWORKER)
    session.lock()
    with pytest.raises(SignInFailed, match="not correct"):
        session.unlock(password_for(Role.CLINICIAN))
    assert session.is_locked
    session.unlock(password_for(Role.CASEWORKER))
    session.close()
    recovery = sign_in_with_recovery(vault.path, vault.recovery_key)
    try:
        assert recovery.actor.role is None
        recovery.lock()
        with pytest.raises(PermissionDenied, match="recovery-key session cannot be unlocked"):
            recovery.unlock(vault.recovery_key)
    finally:
        recovery.close()


def test_a_refusal_inside_a_batch_outlives_the_batchs_rollback(vault) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Batch")).reference
        with pytest.raises(RuntimeError, match="the rest of the file failed"), cw.batch():
            CaseService(cw).update(ref, SurvivorDetails(alias="Renamed in batch"), 1)
            # An inner batch is the same transaction.
            with cw.batch(), pytest.raises(PermissionDenied):
                CounsellingService(cw).list(ref)
            raise RuntimeError("the rest of the file failed")
        assert CaseService(cw).get(ref).details.alias == "Batch"  # the update rolled back
    denied = [
        e for e in entries_of(vault, username_for(Role.CASEWORKER)) if e[2] == Outcome.DENIED.value
    ]
    assert denied == [("record.read", Section.COUNSELLING.value, Outcome.DENIED.value)]
