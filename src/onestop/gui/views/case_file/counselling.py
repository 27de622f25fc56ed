"""The counselling tab: the sessions' notes and plans, read by the counsellors only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from onestop.domain.roles import Section
from onestop.gui.views.case_file._parts import labels
from onestop.gui.views.case_file.pages import SectionPage, register_page
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.casefile import CaseFileView
from onestop.services.counselling import CounsellingService, SessionDetails

if TYPE_CHECKING:
    from onestop.gui.views.case_file.widget import CaseFileWidget

translate = QCoreApplication.translate

FIELDS = {
    "held_at": QT_TRANSLATE_NOOP("CaseFileWidget", "Held"),
    "session_type": QT_TRANSLATE_NOOP("CaseFileWidget", "Type"),
    "notes": QT_TRANSLATE_NOOP("CaseFileWidget", "Notes"),
    "plan": QT_TRANSLATE_NOOP("CaseFileWidget", "Plan"),
}


def counselling_page(file: CaseFileWidget, v: CaseFileView) -> QWidget:
    return file.records_panel(
        CounsellingService(file.session),
        v.counselling or (),
        SessionDetails,
        labels(FIELDS),
        translate("CaseFileWidget", "Counselling sessions"),
    )


register_page(
    SectionPage(
        Section.COUNSELLING,
        "counsellingTab",
        QT_TRANSLATE_NOOP("CaseFileWidget", "Counselling notes"),
        counselling_page,
        50,
    )
)
