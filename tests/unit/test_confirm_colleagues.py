"""Who waits for a colleague's confirmation, what each holder may give, and the progress of
sealing an older vault's text at a holder's sign-in (services.colleagues, sectionkeys)."""

from __future__ import annotations

import gc
from itertools import pairwise

import pytest

from onestop.domain.audit import AuditAction
from onestop.domain.roles import Role, Section
from onestop.errors import ValidationFailed
from onestop.services import colleagues
from onestop.services.audit import AuditService
from onestop.services.auth import sign_in
from onestop.services.cases import CaseService
from onestop.services.users import UserService
from tests.conftest import username_for
from tests.oldertext import add_history, form_one_waiting, older_text_vault, raw, reference_of

pytestmark = [
    pytest.mark.both_backends,
    pytest.mark.local_only(
        reason="signs newcomers in to the local vault by its path and reads vault.db "
        "(the server's: tests/server/test_server_confirm_colleagues.py)"
    ),
]

NEWCOMER = "u-counsellor-two"
NEWCOMER_PASSWORD = "orchard pebble lantern slow 84"
CLEAR = (  # a case's identity as an older vault kept it: in clear, no key version
    "UPDATE cases SET name = '', alias = ?, gender = '', languages = '[]', disability = '', "
    "children_notes = '', safe_phone = '', safe_code_word = '', safe_notes = '', "
    "closed_reason = '', key_version = NULL WHERE reference = ?"
)


def add_counsellor(vault) -> None:
    """The admin creates her; she signs in with the one-time password and chooses her own."""
    with vault.sign_in(Role.ADMIN) as admin:
        otp = UserService(admin).create(NEWCOMER, Role.COUNSELLOR, "Counsellor Two")
    with sign_in(vault.path, NEWCOMER, otp.one_time_password) as newcomer:
        UserService(newcomer).change_own_password(otp.one_time_password, NEWCOMER_PASSWORD)


def test_a_new_counsellor_waits_and_sees_her_fingerprint(vault) -> None:
    with vault.sign_in(Role.ADMIN) as admin:
        otp = UserService(admin).create(NEWCOMER, Role.COUNSELLOR, "Counsellor Two")
    with vault.sign_in(Role.COUNSELLOR) as holder:
        # On her one-time password she is not listed: her key pair changes with her password.
        assert colleagues.waiting_for_me(holder) == ()
    with sign_in(vault.path, NEWCOMER, otp.one_time_password) as newcomer:
        UserService(newcomer).change_own_password(otp.one_time_password, NEWCOMER_PASSWORD)
    with sign_in(vault.path, NEWCOMER, NEWCOMER_PASSWORD) as newcomer:
        wait = colleagues.my_wait(newcomer)
    assert wait is not None
    assert Section.COUNSELLING in wait.sections and Section.IDENTITY in wait.sections
    assert len(wait.fingerprint.split()) == 8
    with vault.sign_in(Role.COUNSELLOR) as holder:
        (waiting,) = colleagues.waiting_for_me(holder)
    assert (waiting.username, waiting.display_name, waiting.role) == (
        NEWCOMER,
        "Counsellor Two",
        Role.COUNSELLOR,
    )
    assert waiting.sections == wait.sections


def test_a_wrong_or_empty_fingerprint_grants_nothing(vault) -> None:
    add_counsellor(vault)
    with vault.sign_in(Role.COUNSELLOR) as holder:
        with pytest.raises(ValidationFailed, match="does not match"):
            colleagues.confirm(holder, NEWCOMER, "0123 4567 89ab cdef 0123 4567 89ab cdef")
        with pytest.raises(ValidationFailed, match="Type the fingerprint"):
            colleagues.confirm(holder, NEWCOMER, "   ")
        assert [w.username for w in colleagues.waiting_for_me(holder)] == [NEWCOMER]
    with sign_in(vault.path, NEWCOMER, NEWCOMER_PASSWORD) as newcomer:
        assert colleagues.my_wait(newcomer) is not None
        assert newcomer.section_keys.held() == ()


def test_a_caseworker_gives_what_she_holds_but_never_counselling(vault) -> None:
    add_counsellor(vault)
    with sign_in(vault.path, NEWCOMER, NEWCOMER_PASSWORD) as newcomer:
        wait = colleagues.my_wait(newcomer)
    assert wait is not None
    with vault.sign_in(Role.CASEWORKER) as caseworker:
        (waiting,) = colleagues.waiting_for_me(caseworker)
        assert Section.COUNSELLING not in waiting.sections
        done = colleagues.confirm(caseworker, NEWCOMER, wait.fingerprint.upper())
        assert done.sections == waiting.sections
        assert colleagues.waiting_for_me(caseworker) == ()
    with sign_in(vault.path, NEWCOMER, NEWCOMER_PASSWORD) as newcomer:
        still = colleagues.my_wait(newcomer)
    assert still is not None and still.sections == (Section.COUNSELLING,)
    with vault.sign_in(Role.COUNSELLOR) as holder:
        (waiting,) = colleagues.waiting_for_me(holder)
        assert waiting.sections == (Section.COUNSELLING,)
        colleagues.confirm(holder, NEWCOMER, still.fingerprint)
    with sign_in(vault.path, NEWCOMER, NEWCOMER_PASSWORD) as newcomer:
        assert colleagues.my_wait(newcomer) is None
    with vault.sign_in(Role.MANAGER) as manager:
        granted = AuditService(manager).entries(action=AuditAction.SECTION_KEY_GRANTED.value)
    given = [(e.actor, e.section) for e in granted if e.record_ref == f"staff:{NEWCOMER}"]
    assert (username_for(Role.COUNSELLOR), Section.COUNSELLING.value) in given
    assert (username_for(Role.CASEWORKER), Section.COUNSELLING.value) not in given


def test_the_admin_is_asked_to_confirm_no_one(vault) -> None:
    add_counsellor(vault)
    with vault.sign_in(Role.ADMIN) as admin:
        assert colleagues.waiting_for_me(admin) == ()
        assert colleagues.my_wait(admin) is None


def test_sealing_an_older_vaults_text_reports_its_progress(tmp_path, monkeypatch) -> None:
    """A vault an earlier release wrote (tests/fixtures/vault-demo-0052) with rows in clear
    from before section keys (key_version NULL), as migration 0023 left them: the holder's
    sign-in seals them and says how far it is, step by step, up to every row."""
    older = older_text_vault(tmp_path, monkeypatch)
    with raw(older) as conn:  # as migration 0023 left them: in clear, their history too
        ids = [r[0] for r in conn.execute("SELECT id FROM cases ORDER BY id LIMIT 3").fetchall()]
        references = [reference_of(conn, case_id) for case_id in ids]
        for i, reference in enumerate(references):
            conn.execute(CLEAR, (f"Older {i}", reference))
        for case_id in ids:
            add_history(conn, "cases", "case", case_id, {"name": "", "alias": "Older"}, "x")
        (history,) = conn.execute(
            "SELECT count(*) FROM record_history WHERE record_type = 'case'"
        ).fetchone()
    with older.sign_in(Role.ADMIN):  # the upgrade: she holds no section key, seals nothing
        pass
    # Her sections' text that release sealed, bound to its cases by the same sign-in (0069).
    waiting = form_one_waiting(older, Role.CASEWORKER)
    told: list[tuple[int, int]] = []
    with older.sign_in(Role.CASEWORKER, progress=_tell(told)) as cw:
        assert [CaseService(cw).get(r).details.alias for r in references] == [
            f"Older {i}" for i in range(3)
        ]
    total = len(references) + history + waiting
    # Fewer than a step: told as it starts and at the end, then busy while the sign-in ends.
    assert told == [(0, total), (total, total), (0, 0)]
    told.clear()
    with older.sign_in(Role.CASEWORKER, progress=_tell(told)):
        pass
    assert told == []  # nothing waits: nothing is told


def test_progress_is_told_by_the_step(tmp_path, monkeypatch) -> None:
    from onestop.services import sectionkeys

    monkeypatch.setattr(sectionkeys, "PROGRESS_STEP", 2)
    older = older_text_vault(tmp_path, monkeypatch)  # a vault an earlier release wrote
    with raw(older) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM cases ORDER BY id LIMIT 5").fetchall()]
        references = [reference_of(conn, case_id) for case_id in ids]
        for reference in references:
            conn.execute(CLEAR, ("Older", reference))
        assert conn.execute(
            "SELECT count(*) FROM record_history WHERE record_type = 'case'"
        ).fetchone() == (0,)
    with older.sign_in(Role.ADMIN):  # the upgrade: she holds no section key, seals nothing
        pass
    # Her sections' text that release sealed is bound to its cases after the older rows
    # (0069), counted in the same progress.
    total = 5 + form_one_waiting(older, Role.CASEWORKER)
    told: list[tuple[int, int]] = []
    with older.sign_in(Role.CASEWORKER, progress=_tell(told)) as cw:
        assert {CaseService(cw).get(r).details.alias for r in references} == {"Older"}
    # The older rows by the step, then the rest by the step too: each batch of two rows
    # (fewer at a table's end) moves the bar past the next even count, and it is told.
    assert told[:3] == [(0, total), (2, total), (4, total)]
    assert told[-2:] == [(total, total), (0, 0)]
    done = [d for d, _ in told[:-1]]
    assert done == sorted(done) and all(b - a <= 3 for a, b in pairwise(done))
    # Frozen for the collector while sealing (a still bar otherwise), collected again after.
    assert gc.get_freeze_count() == 0


def _password(role: Role) -> str:
    from tests.conftest import password_for

    return password_for(role)


def _tell(told: list[tuple[int, int]]):
    return lambda done, total: told.append((done, total))
