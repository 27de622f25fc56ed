"""The admin disables a colleague's account: from the sign-in window, with what is on screen.

Disabling revokes the account: its keys move to new versions and the vault key is replaced,
seconds of work on a large vault. The admin sees a dialog naming each step while it runs, the
window keeps answering (its event loop turns: a timer keeps ticking), nothing else can be
started meanwhile, and the result is said at the end. Read back through the services: the
account is disabled, the vault key changed, and verify is clean.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from onestop.domain.roles import Role
from onestop.services.maintenance import MaintenanceService
from onestop.services.users import UserService
from tests.conftest import username_for
from tests.gui.journey import (
    activate,
    click,
    click_row,
    find_button,
    on_screen,
    sign_in_by_keyboard,
    sign_out_by_mouse,
)

STEPS = (
    "Disabling the account and moving its keys to new versions",
    "Preparing a new vault key",
    "Re-encrypting the vault with the new key",
    "Moving the attachments and recording the change",
)


def _progress_window(title: str) -> QWidget | None:
    shown = [
        w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle() == title
    ]
    return shown[-1] if shown else None


def test_the_admin_disables_an_account_and_sees_each_step(
    qtbot, make_shell, vault, make_case
) -> None:
    for _ in range(3):  # a few files, so the vault has something to re-encrypt
        make_case()
    colleague = username_for(Role.CASEWORKER)
    with vault.sign_in(Role.ADMIN) as admin:
        key_before = bytes(admin.key)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.ADMIN)

    click_row(shell, "Staff accounts", colleague)
    click(find_button(shell, "Disable…"))
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    assert colleague in box.windowTitle()

    # While the work runs: the window's event loop turns (a timer ticks), the dialog names
    # the steps, and no other account action is open to her.
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    seen_steps: set[str] = set()
    disabled_meanwhile: list[bool] = []
    title = f"Disabling {colleague}"

    def look() -> bool:
        window = _progress_window(title)
        if window is not None:
            text = on_screen(window)
            seen_steps.update(step for step in STEPS if step in text)
            disabled_meanwhile.append(
                not find_button(shell, "New account…").isEnabled()
                and not find_button(shell, "Re-enable").isEnabled()
            )
        return "disabled. The vault key was replaced" in on_screen(shell)

    click(find_button(box, "Disable"))
    started = time.monotonic()
    assert _progress_window(title) is not None  # shown at once, before the work is done
    qtbot.waitUntil(look, timeout=120_000)
    took = time.monotonic() - started
    timer.stop()
    print(f"disable from the admin's screen: {took:.2f} s, {len(ticks)} ticks of 20 ms")

    assert seen_steps, "the progress dialog named no step"
    assert disabled_meanwhile and all(disabled_meanwhile)
    assert len(ticks) >= 2  # the window answered while the vault key was replaced
    assert _progress_window(title) is None
    activate(shell)
    assert f"{colleague} disabled." in on_screen(shell)
    assert find_button(shell, "Re-enable").isEnabled()  # her row, now disabled
    sign_out_by_mouse(qtbot, shell)

    with vault.sign_in(Role.ADMIN) as admin:
        member = next(m for m in UserService(admin).list() if m.username == colleague)
        assert not member.active
        assert bytes(admin.key) != key_before
        assert MaintenanceService(admin).verify().ok


def test_the_admin_is_told_which_key_slots_were_left_out_of_the_new_key(
    qtbot, make_shell, vault
) -> None:
    """Someone altered keyslots.json: the clinician's slot lost its binding (services.
    slotbinding). The disable goes through, the new vault key is not sealed to that slot, and
    the admin reads on her screen whose slot was left out and what to do."""
    import json

    from onestop.vault.keyslots import user_slot_id

    clinician = username_for(Role.CLINICIAN)
    path = vault.path / "keyslots.json"
    data = json.loads(path.read_text())
    for slot in data["slots"]:
        if slot["id"] == user_slot_id(clinician):
            del slot["binding"]
    path.write_text(json.dumps(data))
    colleague = username_for(Role.CASEWORKER)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.ADMIN)

    click_row(shell, "Staff accounts", colleague)
    click(find_button(shell, "Disable…"))
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    click(find_button(box, "Disable"))
    qtbot.waitUntil(lambda: f"{colleague} disabled." in on_screen(shell), timeout=120_000)
    activate(shell)
    text = on_screen(shell)
    assert f"the key slots of {clinician} were left out of the new vault key" in text
    assert "Reset the password of each account named" in text
    sign_out_by_mouse(qtbot, shell)
