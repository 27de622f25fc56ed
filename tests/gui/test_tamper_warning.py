"""A tamper finding is put in front of the admin and the managers at sign-in, and of no one
else, until an admin acknowledges it."""

from __future__ import annotations

from onestop.domain.roles import Role
from onestop.services.audit import AuditService
from onestop.services.maintenance import MaintenanceService
from tests.gui.conftest import sign_in


def _remove_the_anchor_copy(vault) -> None:
    """The copy of the head beside the database goes: the next sign-in records a finding."""
    (vault.path / "audit.anchor").unlink()
    with vault.sign_in(Role.CASEWORKER):
        pass


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
    with vault.sign_in(Role.CASEWORKER):
        pass  # writes the snapshot
    plant_snapshot(vault, reference, "Planted Name")
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    qtbot.waitUntil(lambda: shell.session is not None, timeout=20_000)
    session = shell.session
    assert session is not None
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
