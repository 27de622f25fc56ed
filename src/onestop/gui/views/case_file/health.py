"""The health tab: the encounters seen (injuries, treatments and their timing), a button to
record one (the editor takes the tab's place until saved or cancelled), and the medico-legal
report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from onestop.domain.roles import Action, Section
from onestop.gui import fmt
from onestop.gui.labels import label
from onestop.gui.phrases import phrase
from onestop.gui.views.case_file._parts import table
from onestop.gui.views.case_file.pages import SectionPage, register_page
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.casefile import CaseFileView
from onestop.services.exports import MEDICO_LEGAL_NEEDS

if TYPE_CHECKING:
    from onestop.gui.views.case_file.widget import CaseFileWidget

translate = QCoreApplication.translate


def health_page(file: CaseFileWidget, v: CaseFileView) -> QWidget:
    stack = QStackedWidget(file)
    file.health_stack = stack
    page = QWidget(stack)
    col = QVBoxLayout(page)
    rows = []
    for e in v.health or ():
        injuries = ", ".join(f"{i.number}. {i.kind}" for i in e.details.injuries)
        timings = "; ".join(phrase(t) for t in e.treatment_timings()) or ", ".join(
            label(t.kind) for t in e.details.treatments
        )
        rows.append((fmt.when(e.details.seen_at), e.updated_by, injuries, timings))
    headers = [
        translate("CaseFileWidget", "Seen"),
        translate("CaseFileWidget", "By"),
        translate("CaseFileWidget", "Injuries"),
        translate("CaseFileWidget", "Treatments"),
    ]
    encounters = table(page, "encounterTable", headers, rows)
    encounters.setAccessibleName(translate("CaseFileWidget", "Health encounters"))
    col.addWidget(encounters)
    buttons = QHBoxLayout()
    if file.session.allowed(Section.HEALTH, Action.WRITE):
        record = QPushButton(translate("CaseFileWidget", "&Record an encounter…"), page)
        record.setObjectName("recordEncounterButton")
        record.clicked.connect(file.start_encounter)
        buttons.addWidget(record)
        correct = QPushButton(translate("CaseFileWidget", "&Correct the selected encounter…"), page)
        correct.setObjectName("correctEncounterButton")
        correct.setAccessibleName(translate("CaseFileWidget", "Correct the selected encounter"))
        correct.setEnabled(False)
        saved = v.health or ()

        def correct_selected() -> None:
            picked = encounters.selectionModel().selectedRows()
            if picked:
                file.start_encounter(encounter=saved[picked[0].row()])

        encounters.selectionModel().selectionChanged.connect(
            lambda *_: correct.setEnabled(encounters.selectionModel().hasSelection())
        )
        encounters.activated.connect(lambda _i: correct_selected())
        correct.clicked.connect(correct_selected)
        buttons.addWidget(correct)
    if file.may_read(*MEDICO_LEGAL_NEEDS) and (v.health or v.forensic):
        report = QPushButton(translate("CaseFileWidget", "Print the &medico-legal report…"), page)
        report.setObjectName("medicoLegalButton")
        report.clicked.connect(file.export_medico_legal)
        buttons.addWidget(report)
    buttons.addStretch(1)
    col.addLayout(buttons)
    stack.addWidget(page)
    return stack


register_page(
    SectionPage(
        Section.HEALTH, "healthTab", QT_TRANSLATE_NOOP("CaseFileWidget", "Health"), health_page, 30
    )
)
