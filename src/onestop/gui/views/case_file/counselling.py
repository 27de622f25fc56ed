"""The counselling tab: the sessions' notes and plans, read by the counsellors only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

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
    box = QWidget(file)
    col = QVBoxLayout(box)
    col.setContentsMargins(0, 0, 0, 0)
    if file.may_read(Section.IDENTITY, Section.CONSENT, Section.COUNSELLING):
        # Her notes go to a court only as a bundle of their own, under her own consent.
        bundle = QPushButton(
            translate("CaseFileWidget", "Print the counselling notes &bundle for court…"), box
        )
        bundle.setObjectName("counsellingBundleButton")
        bundle.clicked.connect(file.export_counselling_bundle)
        col.addWidget(bundle, 0, Qt.AlignmentFlag.AlignLeft)
    col.addWidget(
        file.records_panel(
            CounsellingService(file.session),
            v.counselling or (),
            SessionDetails,
            labels(FIELDS),
            translate("CaseFileWidget", "Counselling sessions"),
            new_heading=translate("CaseFileWidget", "New counselling session"),
            edit_heading=translate("CaseFileWidget", "Edit counselling session"),
        )
    )
    return box


register_page(
    SectionPage(
        Section.COUNSELLING,
        "counsellingTab",
        QT_TRANSLATE_NOOP("CaseFileWidget", "Counselling notes"),
        counselling_page,
        50,
    )
)
