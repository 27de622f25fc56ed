"""Tasks' titles under the tasks key, tested as the insider with her own password.

The attack: the admin or whoever holds the recovery key opens her own key slot, takes the vault
key, and reads ``vault.db`` with a bare ``sqlcipher3`` connection. A task's title ("Call her
sister about the children") used to be there in clear. These tests plant a canary title through
the service and look for it everywhere she can read; check that those who read tasks still read
it (history, reminders included); and that an older vault's titles are sealed at a holder's
first sign-in.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

import pytest

from onestop.db.base import utcnow
from onestop.domain.roles import Role
from onestop.services.reminders import ReminderService
from onestop.services.tasks import TaskDetails, TaskService
from onestop.vault.keyslots import VAULT_KEY
from tests.conftest import username_for
from tests.helpers import raw_connection
from tests.oldertext import WHEN, add_history, older_text_vault, raw, reference_of
from tests.unit.test_insider_section_keys import (
    ATTACKERS,
    attacker_slot,
    every_text_value,
    holding,
)


def canary() -> str:
    return f"canary-{secrets.token_hex(8)}"


def plant(vault, reference: str, marker: str) -> int:
    """As the caseworker: a task titled with ``marker``, due tomorrow, edited once."""
    due = utcnow().replace(microsecond=0) + timedelta(hours=20)
    me = username_for(Role.CASEWORKER)
    with vault.sign_in(Role.CASEWORKER) as cw:
        tasks = TaskService(cw)
        first = tasks.record(reference, TaskDetails(f"call {marker}", due, me))
        tasks.update(reference, first.record_id, TaskDetails(f"ring {marker}", due, me), 1)
        return first.record_id


@pytest.mark.parametrize("who", ["admin", "recovery key"])
def test_an_insider_without_the_tasks_key_finds_no_task_title(vault, make_case, who) -> None:
    marker = canary()
    plant(vault, make_case(), marker)
    slot_id, secret = ATTACKERS[who](vault)
    _, opened = attacker_slot(vault, slot_id, secret)
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        values = every_text_value(conn)
        history = conn.execute(
            "SELECT count(*) FROM record_history WHERE record_type = 'task'"
        ).fetchone()[0]
    finally:
        conn.close()
    assert values and history == 1
    assert holding(values, marker) == []


def test_those_who_read_tasks_read_the_title_and_their_reminders(vault, make_case) -> None:
    marker = canary()
    reference = make_case()
    task_id = plant(vault, reference, marker)
    for role in (Role.CASEWORKER, Role.SHELTER_OFFICER, Role.MANAGER):
        with vault.sign_in(role) as reader:
            (task,) = TaskService(reader).list(reference)
            assert task.details.title == f"ring {marker}", role
            (before,) = TaskService(reader).history(reference, task_id)
            assert before.fields["title"] == f"call {marker}"
    with vault.sign_in(Role.CASEWORKER) as cw:
        due = ReminderService(cw).due(utcnow())
        assert f"ring {marker}" in [r.what for r in due if r.reference == reference]


def test_older_titles_are_sealed_at_the_next_sign_in_of_a_holder(tmp_path, monkeypatch) -> None:
    """A vault an earlier release wrote (tests/fixtures/vault-demo-0052) holding a task and
    its history from before its section was sealed, in clear: the first sign-in of a holder
    seals them. (In a vault whose holders have signed in since, the same rows are a forgery:
    tests/unit/test_redteam_older_text.py.)"""
    older = older_text_vault(tmp_path, monkeypatch)
    marker = canary()
    with raw(older) as conn:  # as an older vault had it: in clear
        case_id = conn.execute("SELECT id FROM cases ORDER BY id LIMIT 1").fetchone()[0]
        reference = reference_of(conn, case_id)
        task_id = conn.execute(
            "INSERT INTO tasks (case_id, title, due_at, done, created_at, created_by, "
            "updated_at, updated_by, version) VALUES (?, ?, ?, 0, ?, 'x', ?, 'x', 1)",
            (case_id, f"old {marker}", WHEN, WHEN, WHEN),
        ).lastrowid
        add_history(
            conn, "tasks", "task", task_id, {"title": f"older {marker}", "done": False}, "x"
        )
        assert len(holding(every_text_value(conn), marker)) == 2
    with older.sign_in(Role.CASEWORKER) as cw:
        (task,) = TaskService(cw).list(reference)
        assert task.details.title == f"old {marker}"
        (before,) = TaskService(cw).history(reference, task_id)
        assert before.fields["title"] == f"older {marker}"
    with raw(older) as conn:
        assert holding(every_text_value(conn), marker) == []
