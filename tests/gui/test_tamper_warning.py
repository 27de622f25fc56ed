"""A tamper finding is put in front of the admin and the managers at sign-in, and of no one
else, until an admin acknowledges it."""

from __future__ import annotations

from onestop.domain.roles import Role
from onestop.services import caseindex
from onestop.services.audit import AuditService
from onestop.services.maintenance import MaintenanceService
from tests.gui.conftest import sign_in


def _remove_the_anchor_copy(vault) -> None:
    """The copy of the head beside the database goes: the next sign-in records a finding."""
    (vault.path / "audit.anchor").unlink()
    with vault.sign_in(Role.CASEWORKER):
        pass


def _index_checked(shell) -> bool:
    check = shell.index_check
    return check is not None and check.finished


def _listed(shell) -> list[str]:
    """Every cell of the Cases tab's list, as shown."""
    from tests.gui.journey import click_tab, find_field

    click_tab(shell, "Cases")
    model = find_field(shell, "Cases").model()  # type: ignore[attr-defined]
    return [
        str(model.index(row, column).data())
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]


def _warnings(dialogs) -> list:
    return [d for d in dialogs.open_dialogs if d.objectName() == "tamperWarning"]


def test_the_manager_is_warned_until_the_admin_acknowledges(qtbot, make_shell, vault, dialogs):
    _remove_the_anchor_copy(vault)
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.MANAGER)
    qtbot.waitUntil(lambda: bool(_warnings(dialogs)), timeout=20_000)
    (box,) = _warnings(dialogs)
    assert "copy of the audit anchor beside the database is missing" in box.text()
    box.accept()
    shell._end_session()

    with vault.sign_in() as admin:
        (finding,) = AuditService(admin).tamper_findings()
        MaintenanceService(admin).acknowledge(finding.seq, "the anchor file was restored")
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.MANAGER)
    qtbot.waitUntil(lambda: shell.workspace is not None, timeout=20_000)
    assert not _warnings(dialogs)
    shell._end_session()


def test_a_caseworker_is_not_shown_the_warning(qtbot, make_shell, vault, dialogs) -> None:
    _remove_the_anchor_copy(vault)
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    assert shell.workspace is not None
    assert not _warnings(dialogs)
    shell._end_session()


def test_a_planted_index_snapshot_is_undone_and_the_manager_warned(
    qtbot, make_shell, vault, dialogs, make_case
) -> None:
    """The caseworker's sign-in in the desktop checks the index read from the snapshot
    (services.caseindex.check_snapshot): the planted name goes from her list, and the manager
    is warned at her next sign-in."""
    from onestop.services.search import CaseSearch
    from tests.unit.test_insider_index_snapshot import plant_snapshot

    reference = make_case(alias="Truthful")
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.finish_loading(cw)  # writes the snapshot (there was none)
    plant_snapshot(vault, reference, "Planted Name")
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    qtbot.waitUntil(lambda: shell.session is not None, timeout=20_000)
    session = shell.session
    assert session is not None
    # Checked on a thread of its own (gui.indexcheck): the window does not wait for it.
    qtbot.waitUntil(lambda: _index_checked(shell), timeout=20_000)
    # Her case list was read from the planted index before the check ended: read again, it
    # shows the case's own name, without her asking (the red team's G1).
    qtbot.waitUntil(lambda: "Truthful" in _listed(shell), timeout=10_000)
    assert not any("Planted" in text for text in _listed(shell))
    assert CaseSearch(session).find("planted").cases == ()
    assert [c.display_name for c in CaseSearch(session).find(reference).cases] == ["Truthful"]
    assert not _warnings(dialogs)  # a caseworker is not shown it
    shell._end_session()

    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.MANAGER)
    qtbot.waitUntil(lambda: bool(_warnings(dialogs)), timeout=20_000)
    (box,) = _warnings(dialogs)
    assert "search index's sealed snapshot" in box.text()
    box.accept()
    shell._end_session()


def test_a_snapshot_planted_while_she_is_locked_is_checked_at_her_unlock(
    qtbot, make_shell, vault, dialogs, make_case
) -> None:
    """The snapshot is true at her sign-in; she locks (Ctrl+L) and the insider plants one
    while the screen is locked; her unlock reads the index from the planted snapshot, checks
    it again on its own thread, and the planted name goes."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from onestop.services.search import CaseSearch
    from tests.gui.journey import unlock_by_keyboard
    from tests.unit.test_insider_index_snapshot import plant_snapshot

    reference = make_case(alias="Truthful")
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.finish_loading(cw)  # writes the snapshot (there was none)
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    qtbot.waitUntil(lambda: _index_checked(shell), timeout=20_000)
    first = shell.index_check
    assert first is not None and first.wrong == 0
    QTest.keyClick(shell, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shell.session is not None and shell.session.is_locked, timeout=5_000)
    assert shell.index_check is None
    plant_snapshot(vault, reference, "Planted Name")
    unlock_by_keyboard(qtbot, shell, Role.CASEWORKER)
    qtbot.waitUntil(lambda: _index_checked(shell), timeout=20_000)
    check = shell.index_check
    assert check is not None and check is not first and check.wrong == 1
    session = shell.session
    assert session is not None
    assert CaseSearch(session).find("planted").cases == ()
    assert [c.display_name for c in CaseSearch(session).find(reference).cases] == ["Truthful"]
    shell._end_session()


def test_a_check_stopped_by_a_lock_puts_nothing_and_reports_nothing(qtbot, vault, make_case):
    """A lock or a sign-out stops the check and waits for its thread; whatever it had found
    is not put into an index whose keys are going."""
    from PySide6.QtCore import QObject

    from onestop.gui.indexcheck import IndexCheck
    from tests.unit.test_insider_index_snapshot import as_the_desktop_reads_it, plant_snapshot

    reference = make_case(alias="Truthful")
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.finish_loading(cw)  # writes the snapshot (there was none)
    plant_snapshot(vault, reference, "Planted Name")
    owner = QObject()
    with vault.sign_in(Role.CASEWORKER) as cw:
        index = as_the_desktop_reads_it(cw)
        assert index.from_snapshot
        check = IndexCheck(cw, index, owner)
        assert index.checking
        check.stop()
        assert check.finished and check.wrong == 0
        assert index.from_snapshot and not index.checking
    with vault.sign_in(Role.MANAGER) as manager:
        assert AuditService(manager).tamper_findings() == ()


def test_a_check_after_an_import_checked_reports_once(qtbot, vault, make_case) -> None:
    """An import checks the snapshot itself while the desktop's check runs: the desktop's
    check then puts nothing and writes no second tamper entry (the red team's A5)."""
    from PySide6.QtCore import QObject

    from onestop.gui.indexcheck import IndexCheck
    from tests.unit.test_insider_index_snapshot import as_the_desktop_reads_it, plant_snapshot

    reference = make_case(alias="Truthful")
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.finish_loading(cw)  # writes the snapshot (there was none)
    plant_snapshot(vault, reference, "Planted Name")
    owner = QObject()
    with vault.sign_in(Role.CASEWORKER) as cw:
        index = as_the_desktop_reads_it(cw)
        check = IndexCheck(cw, index, owner)
        assert caseindex.check_snapshot(cw) == 1  # as an import does (caseindex.of, checked)
        check.wait()
        assert check.finished and check.wrong == 0
    with vault.sign_in(Role.MANAGER) as manager:
        (finding,) = AuditService(manager).tamper_findings()
        assert finding.codes == (caseindex.SNAPSHOT_PLANTED,)
