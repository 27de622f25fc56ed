"""The legal tab: the matters, the hearings and the protection orders, and the court bundle."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from onestop.domain.roles import Section
from onestop.gui.views.case_file._parts import labels, scrolling
from onestop.gui.views.case_file.pages import SectionPage, register_page
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.casefile import CaseFileView
from onestop.services.legal import (
    HearingDetails,
    Hearings,
    LegalMatters,
    MatterDetails,
    OrderDetails,
    ProtectionOrders,
)

if TYPE_CHECKING:
    from onestop.gui.views.case_file.widget import CaseFileWidget

translate = QCoreApplication.translate

MATTER_FIELDS = {
    "police_reference": QT_TRANSLATE_NOOP("CaseFileWidget", "Police reference"),
    "court": QT_TRANSLATE_NOOP("CaseFileWidget", "Court"),
    "court_case_number": QT_TRANSLATE_NOOP("CaseFileWidget", "Case number"),
    "judge": QT_TRANSLATE_NOOP("CaseFileWidget", "Judge"),
    "applicant": QT_TRANSLATE_NOOP("CaseFileWidget", "Applicant"),
    "respondent": QT_TRANSLATE_NOOP("CaseFileWidget", "Respondent"),
    "notes": QT_TRANSLATE_NOOP("CaseFileWidget", "Notes"),
}
HEARING_FIELDS = {
    "held_at": QT_TRANSLATE_NOOP("CaseFileWidget", "When"),
    "court": QT_TRANSLATE_NOOP("CaseFileWidget", "Court"),
    "purpose": QT_TRANSLATE_NOOP("CaseFileWidget", "Purpose"),
    "outcome": QT_TRANSLATE_NOOP("CaseFileWidget", "Outcome"),
}
ORDER_FIELDS = {
    "order_type": QT_TRANSLATE_NOOP("CaseFileWidget", "Type"),
    "issued_on": QT_TRANSLATE_NOOP("CaseFileWidget", "Issued"),
    "expires_on": QT_TRANSLATE_NOOP("CaseFileWidget", "Expires"),
    "conditions": QT_TRANSLATE_NOOP("CaseFileWidget", "Conditions"),
    "active": QT_TRANSLATE_NOOP("CaseFileWidget", "In force"),
}


def _lists(file: CaseFileWidget, v: CaseFileView) -> QWidget:
    box = QWidget(file)
    col = QVBoxLayout(box)
    if file.may_read(Section.IDENTITY, Section.CONSENT, Section.LEGAL):
        bundle = QPushButton(translate("CaseFileWidget", "Print the court &bundle…"), box)
        bundle.setObjectName("courtBundleButton")
        bundle.clicked.connect(file.export_bundle)
        col.addWidget(bundle, 0, Qt.AlignmentFlag.AlignLeft)
    col.addWidget(
        file.records_panel(
            LegalMatters(file.session),
            v.legal_matters or (),
            MatterDetails,
            labels(MATTER_FIELDS),
            translate("CaseFileWidget", "Matters"),
            new_heading=translate("CaseFileWidget", "New legal matter"),
            edit_heading=translate("CaseFileWidget", "Edit legal matter"),
        )
    )
    col.addWidget(
        file.records_panel(
            Hearings(file.session),
            v.hearings or (),
            HearingDetails,
            labels(HEARING_FIELDS),
            translate("CaseFileWidget", "Hearings"),
            new_heading=translate("CaseFileWidget", "New hearing"),
            edit_heading=translate("CaseFileWidget", "Edit hearing"),
        )
    )
    col.addWidget(
        file.records_panel(
            ProtectionOrders(file.session),
            v.protection_orders or (),
            OrderDetails,
            labels(ORDER_FIELDS),
            translate("CaseFileWidget", "Protection orders"),
            new_heading=translate("CaseFileWidget", "New protection order"),
            edit_heading=translate("CaseFileWidget", "Edit protection order"),
        )
    )
    return box


def legal_page(file: CaseFileWidget, v: CaseFileView) -> QWidget:
    return scrolling(file, _lists(file, v))  # three lists and a form: it scrolls on a laptop


register_page(
    SectionPage(
        Section.LEGAL, "legalTab", QT_TRANSLATE_NOOP("CaseFileWidget", "Legal"), legal_page, 60
    )
)
