"""The sign-in of a key holder that seals an older vault's text shows how far it is: a
progress bar, moved by the sealing itself (services.sectionkeys.seal_older_text), while the
window keeps answering (the work runs off the GUI thread)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressBar

from onestop.domain.roles import Role
from onestop.services import sectionkeys
from onestop.services.cases import CaseService, SurvivorDetails
from tests.gui.journey import (
    activate,
    find_field,
    on_screen,
    press,
    shows_button,
    sign_in_by_keyboard,
    type_text,
)
from tests.helpers import raw_connection

CASES = 12
CLEAR = (  # a case's identity as an older vault kept it: in clear, no key version
    "UPDATE cases SET name = '', alias = 'Older', gender = '', languages = '[]', "
    "disability = '', children_notes = '', safe_phone = '', safe_code_word = '', "
    "safe_notes = '', closed_reason = '', key_version = NULL"
)


def test_sealing_older_records_at_sign_in_shows_a_progress_bar(
    qtbot, make_shell, vault, monkeypatch
) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        for i in range(CASES):
            CaseService(cw).open_case(SurvivorDetails(alias=f"Older {i}"))
        key = bytes(cw.key)
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        conn.execute(CLEAR)
        conn.execute("DELETE FROM record_history WHERE record_type = 'case'")
    finally:
        conn.close()
    monkeypatch.setattr(sectionkeys, "PROGRESS_STEP", 3)  # a step every 3 rows, not 500
    shell = make_shell(vault.path)
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
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    ticks.stop()
    assert [v for v, _, _ in seen] == [0, 3, 6, 9, 12]  # shown at once, then by the step
    assert {(m, shown) for _, m, shown in seen} == {(CASES, True)}
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
