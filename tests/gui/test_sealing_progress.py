"""The sign-in of a key holder that seals an older vault's text shows how far it is: a
progress bar, moved by the sealing itself (services.sectionkeys.seal_older_text), while the
window keeps answering (the work runs off the GUI thread)."""

from __future__ import annotations

import json
import shutil
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressBar

from onestop.domain.roles import Role
from onestop.services import sectionkeys
from tests.gui.journey import (
    activate,
    find_field,
    on_screen,
    press,
    shows_button,
    type_text,
)
from tests.oldertext import form_one_waiting, older_cases, older_text_vault, raw

CASES = 12


def test_sealing_older_records_at_sign_in_shows_a_progress_bar(
    qtbot, make_shell, tmp_path, monkeypatch
) -> None:
    """A vault an earlier release wrote (tests/fixtures/vault-demo-0052) holding cases in clear
    from before section keys, upgraded by the admin (she holds no key: nothing is sealed); the
    caseworker's sign-in seals them. (In a vault whose holders have signed in since, the same
    rows are a forgery: tests/unit/test_redteam_older_text.py.)"""
    older = older_text_vault(tmp_path, monkeypatch)
    older_cases(older, CASES)
    with raw(older) as conn:
        conn.execute("DELETE FROM record_history WHERE record_type = 'case'")
    with older.sign_in(Role.ADMIN):  # the upgrade
        pass
    # The older rows, then her sections' text that release sealed, bound to its cases by
    # the same sign-in (0069), counted in the same progress.
    total = CASES + form_one_waiting(older, Role.CASEWORKER)
    monkeypatch.setattr(sectionkeys, "PROGRESS_STEP", 3)  # a step every 3 rows, not 500
    shell = make_shell(older.path)
    (bar,) = [
        w for w in shell.findChildren(QProgressBar) if w.accessibleName() == "Sealing older records"
    ]
    assert not bar.isVisible()
    seen: list[tuple[int, int, bool]] = []
    bar.valueChanged.connect(lambda v: seen.append((v, bar.maximum(), bar.isVisible())))
    said: list[str] = []
    ticks = QTimer()  # the window keeps answering while the vault is opened
    ticks.setInterval(5)
    ticks.timeout.connect(lambda: said.append(on_screen(shell)))
    ticks.start()
    username, password = older.credentials(Role.CASEWORKER)
    activate(shell)
    find_field(shell, "User name").setFocus()
    type_text(username)
    press(Qt.Key.Key_Tab)
    type_text(password)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shows_button(shell, "Sign out"), timeout=60_000)
    ticks.stop()
    values = [v for v, _, _ in seen]
    # Shown at once, then by the step: the older rows' (exactly), then the binding's: each
    # report the one that passed the next multiple of the step (a batch of at most a step's
    # rows passes one at most), to the end.
    assert values[:5] == [0, 3, 6, 9, 12] and values[-1] == total, (values, total)
    assert values == sorted(values), values
    assert all(b // 3 - a // 3 == 1 for a, b in pairwise(values[:-1])), values
    assert {(m, shown) for _, m, shown in seen} == {(total, True)}
    assert any("Sealing records written before this version" in s for s in said)
    assert not bar.isVisible() and shows_button(shell, "Sign out")


def test_the_sign_in_that_upgrades_a_vault_shows_a_busy_bar(
    qtbot, make_shell, tmp_path, monkeypatch
) -> None:
    """A vault an earlier release wrote (tests/fixtures/vault-demo-0052): the sign-in that
    backs it up and migrates it says so, with a busy bar, from before the migration starts
    until she is signed in, not a still window."""
    monkeypatch.setenv("ONESTOP_HOME", str(tmp_path / "home"))
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "vault-demo-0052"
    path = tmp_path / "vault"
    shutil.copytree(fixture, path, ignore=shutil.ignore_patterns("accounts.json"))
    (path / "blobs").mkdir(exist_ok=True)
    accounts = json.loads((fixture / "accounts.json").read_text())["accounts"]
    (username, password) = next(
        (a["username"], a["password"]) for a in accounts if a["role"] == "caseworker"
    )
    shell = make_shell(path)
    (bar,) = [
        w for w in shell.findChildren(QProgressBar) if w.accessibleName() == "Sealing older records"
    ]
    seen: list[tuple[int, bool, bool]] = []  # the bar's maximum (0: busy), shown, said why
    ticks = QTimer()  # the window keeps answering while the vault is upgraded
    ticks.setInterval(5)
    ticks.timeout.connect(
        lambda: seen.append(
            (
                bar.maximum(),
                bar.isVisible(),
                "Upgrading the vault to this version" in on_screen(shell),
            )
        )
    )
    ticks.start()
    activate(shell)
    find_field(shell, "User name").setFocus()
    type_text(username)
    press(Qt.Key.Key_Tab)
    type_text(password)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shows_button(shell, "Sign out"), timeout=60_000)
    ticks.stop()
    assert (0, True, True) in seen  # busy, and saying why
    assert not bar.isVisible()
