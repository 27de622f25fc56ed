"""The tasks tab: what is to be done for her, by whom and by when."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from onestop.domain.roles import Section
from onestop.gui.views.case_file._parts import labels, translated
from onestop.gui.views.case_file.pages import SectionPage, register_page
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.casefile import CaseFileView
from onestop.services.tasks import TaskDetails, TaskService

if TYPE_CHECKING:
    from onestop.gui.views.case_file.widget import CaseFileWidget

translate = QCoreApplication.translate

TITLE = QT_TRANSLATE_NOOP("CaseFileWidget", "Tasks")  # the tab's and the list's

FIELDS = {
    "due_at": QT_TRANSLATE_NOOP("CaseFileWidget", "Due"),
    "title": QT_TRANSLATE_NOOP("CaseFileWidget", "Task"),
    "assignee": QT_TRANSLATE_NOOP("CaseFileWidget", "Assigned to"),
    "done": QT_TRANSLATE_NOOP("CaseFileWidget", "Done"),
}


def tasks_page(file: CaseFileWidget, v: CaseFileView) -> QWidget:
    return file.records_panel(
        TaskService(file.session),
        v.tasks or (),
        TaskDetails,
        labels(FIELDS),
        translated(TITLE),
        new_heading=translate("CaseFileWidget", "New task"),
        edit_heading=translate("CaseFileWidget", "Edit task"),
    )


register_page(SectionPage(Section.TASKS, "tasksTab", TITLE, tasks_page, 90))
