"""Her home's reminders, as she sees them at sign-in: the soonest eight, the same as the first
eight rows of her Reminders tab, and how many more the tab lists."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from faker import Faker
from PySide6.QtWidgets import QLabel, QTableView

from onestop.domain.roles import Role
from onestop.gui.views.reminders import RemindersView
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.tasks import TaskDetails, TaskService
from tests.gui.conftest import sign_in

fake = Faker()
Faker.seed(24)
NOW = datetime.now(UTC).replace(microsecond=0)


def _rows(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_her_home_shows_the_first_eight_reminders_and_how_many_more(
    qtbot, make_shell, vault
) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        cases = CaseService(cw)
        refs = [
            cases.open_case(
                SurvivorDetails(alias=fake.name()), opened_at=NOW - timedelta(days=5)
            ).reference
            for _ in range(3)
        ]
        tasks = TaskService(cw)
        for i in range(11):  # the latest first, so that the list is not in the order written
            due = NOW + timedelta(days=3, hours=-5 * i)
            tasks.record(refs[i % 3], TaskDetails(fake.sentence(nb_words=4), due))
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    home = shell.workspace.home
    on_home = _rows(home.findChild(QTableView, "homeRemindersTable"))
    more = home.findChild(QLabel, "moreReminders")
    assert more is not None and more.text() == "3 more on the Reminders tab."
    tab = next(s for s in shell.workspace.screens if s.objectName() == "reminders")
    assert isinstance(tab, RemindersView)
    shell.workspace.tabs.setCurrentWidget(tab)
    listed = _rows(tab.table)
    assert len(listed) == 11 and len(on_home) == 8
    assert on_home == listed[:8]
    assert [r[1] for r in on_home] == ["Task due"] * 8
