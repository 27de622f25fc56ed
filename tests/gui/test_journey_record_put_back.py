"""A counselling note put back to its earlier version (the insider of
tests/unit/test_redteam_standing_second.py, finding 8: the vault key, sqlcipher3, the row's
version, key version and sealed text copied from its history): the counsellor who corrected it
opens the survivor's file from the case list and is told in words that a record was put back,
never shown the text she corrected as current."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QMessageBox

from onestop.db.base import utcnow
from onestop.domain.counselling import SessionType
from onestop.domain.roles import Role
from onestop.services.counselling import CounsellingService, SessionDetails
from tests.conftest import open_case_in
from tests.gui.journey import click_tab, on_screen, open_file_from_list, sign_in_by_keyboard, snap
from tests.unit.test_signed_versions import _put_back


def test_the_counsellor_is_told_a_note_was_put_back(qtbot, make_shell, dialogs, vault) -> None:
    reference = open_case_in(vault)
    at = utcnow() - timedelta(days=1)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        notes = CounsellingService(counsellor)
        note = notes.record(reference, SessionDetails(at, SessionType.INDIVIDUAL, "before", ""))
        notes.update(
            reference,
            note.record_id,
            SessionDetails(at, SessionType.INDIVIDUAL, "corrected", ""),
            note.version,
        )
    _put_back(vault, "counselling_sessions", "counselling_session", note.record_id)

    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.COUNSELLOR)
    open_file_from_list(qtbot, shell, reference)
    click_tab(shell, "Counselling notes")

    def boxes() -> list[QMessageBox]:
        return [d for d in dialogs.open_dialogs if d.objectName() == "errorBox"]

    qtbot.waitUntil(lambda: bool(boxes()), timeout=10_000)
    (box,) = boxes()
    said = box.text()
    assert "someone with the vault key put it back" in said, said
    assert "before" not in said
    snap("the counsellor told a note was put back", box)
    box.done(QMessageBox.StandardButton.Ok)
    assert "before" not in on_screen(shell)
