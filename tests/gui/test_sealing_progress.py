"""The sign-in of a key holder that seals an older vault's text shows how far it is: a
progress bar, moved by the sealing itself (services.sectionkeys.seal_older_text), while the
window keeps answering (the work runs off the GUI thread)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressBar

from onestop.domain.roles import Role
from onestop.services import sectionkeys
from onestop.services.cases import CaseService, SurvivorDetails
from tests.gui.journey import on_screen, shows_button, sign_in_by_keyboard
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
    assert [v for v, _, _ in seen] == [3, 6, 9, 12]
    assert {(m, shown) for _, m, shown in seen} == {(CASES, True)}
    assert any("Sealing records written before this version" in s for s in said)
    assert not bar.isVisible() and shows_button(shell, "Sign out")
