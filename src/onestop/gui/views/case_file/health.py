"""The health tab: the encounters seen (injuries, treatments and their timing), a button to
record one (the editor takes the tab's place until saved or cancelled), and the medico-legal
report. An encounter entered in error (on the wrong survivor) stays listed, struck through and
labelled with its reason; "Mark as entered in error…" and its undo ask for the reason."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from onestop.domain.roles import Action, Section
from onestop.gui import fmt
from onestop.gui.labels import label
from onestop.gui.models.rows import RowsModel
from onestop.gui.phrases import phrase
from onestop.gui.views.case_file._parts import table
from onestop.gui.views.case_file.pages import SectionPage, register_page
from onestop.gui.views.entered_in_error import EnteredInErrorDialog
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.casefile import CaseFileView
from onestop.services.exports import MEDICO_LEGAL_NEEDS
from onestop.services.health import Encounter, HealthService
from onestop.services.users import staff_names

if TYPE_CHECKING:
    from onestop.gui.views.case_file.widget import CaseFileWidget

translate = QCoreApplication.translate


def health_page(file: CaseFileWidget, v: CaseFileView) -> QWidget:
    stack = QStackedWidget(file)
    file.health_stack = stack
    page = QWidget(stack)
    col = QVBoxLayout(page)
    rows = []
    names = staff_names(file.session) if v.health else {}
    for e in v.health or ():
        injuries = ", ".join(f"{i.number}. {i.kind}" for i in e.details.injuries)
        timings = "; ".join(phrase(t) for t in e.treatment_timings()) or ", ".join(
            label(t.kind) for t in e.details.treatments
        )
        in_error = (
            translate("CaseFileWidget", "Entered in error: {reason}").format(reason=e.error_reason)
            if e.entered_in_error
            else ""
        )
        # Who saved it, by the name colleagues know her by (as the identity tab names the
        # caseworker), not her user name; an account no longer known by its user name.
        by = names.get(e.updated_by, e.updated_by)
        rows.append((fmt.when(e.details.seen_at), by, injuries, timings, in_error))
    headers = [
        translate("CaseFileWidget", "Seen"),
        translate("CaseFileWidget", "By"),
        translate("CaseFileWidget", "Injuries"),
        translate("CaseFileWidget", "Treatments"),
        translate("CaseFileWidget", "Entered in error"),
    ]
    encounters = table(page, "encounterTable", headers, rows)
    model = encounters.model()
    if isinstance(model, RowsModel):
        model.strike([n for n, e in enumerate(v.health or ()) if e.entered_in_error])
    encounters.setAccessibleName(translate("CaseFileWidget", "Health encounters"))
    col.addWidget(encounters)
    buttons = QHBoxLayout()
    if file.session.allowed(Section.HEALTH, Action.WRITE):
        record = QPushButton(translate("CaseFileWidget", "&Record an encounter…"), page)
        record.setObjectName("recordEncounterButton")
        record.clicked.connect(file.start_encounter)
        buttons.addWidget(record)
        saved = v.health or ()
        buttons.addWidget(_correct_button(file, encounters, saved, page))
        if saved:
            _error_buttons(file, encounters, saved, buttons)
    if file.may_read(*MEDICO_LEGAL_NEEDS) and (v.health or v.forensic):
        report = QPushButton(translate("CaseFileWidget", "Print the &medico-legal report…"), page)
        report.setObjectName("medicoLegalButton")
        report.clicked.connect(file.export_medico_legal)
        buttons.addWidget(report)
    buttons.addStretch(1)
    col.addLayout(buttons)
    stack.addWidget(page)
    return stack


def _correct_button(
    file: CaseFileWidget, encounters: QTableView, saved: Sequence[Encounter], page: QWidget
) -> QPushButton:
    """Correct the chosen encounter (also on a double click); not one marked entered in
    error, which its mark must leave first (a correction would bring it back silently)."""
    correct = QPushButton(translate("CaseFileWidget", "&Correct the selected encounter…"), page)
    correct.setObjectName("correctEncounterButton")
    correct.setAccessibleName(translate("CaseFileWidget", "Correct the selected encounter"))
    correct.setEnabled(False)

    def selected() -> Encounter | None:
        picked = encounters.selectionModel().selectedRows()
        return saved[picked[0].row()] if picked else None

    def correct_selected() -> None:
        e = selected()
        if e is not None and not e.entered_in_error:  # clear the mark first
            file.start_encounter(encounter=e)

    def follow_selection() -> None:
        e = selected()
        correct.setEnabled(e is not None and not e.entered_in_error)
        correct.setToolTip(
            translate(
                "CaseFileWidget",
                "Marked as entered in error: clear the mark before correcting it.",
            )
            if e is not None and e.entered_in_error
            else ""
        )

    encounters.selectionModel().selectionChanged.connect(lambda *_: follow_selection())
    encounters.activated.connect(lambda _i: correct_selected())
    correct.clicked.connect(correct_selected)
    return correct


def _error_buttons(
    file: CaseFileWidget, encounters: QTableView, saved: Sequence[Encounter], bar: QHBoxLayout
) -> None:
    """Mark the chosen encounter as entered in error (recorded on the wrong survivor), or clear
    the mark: each asks why (the incidents tab's dialog)."""
    mark = QPushButton(translate("CaseFileWidget", "Mark as entered in error…"), file)
    mark.setObjectName("markEncounterEnteredInError")
    clear = QPushButton(translate("CaseFileWidget", "Not entered in error…"), file)
    clear.setObjectName("clearEncounterEnteredInError")
    clear.setToolTip(translate("CaseFileWidget", "Clear the mark: the encounter counts again"))

    def chosen() -> Encounter | None:
        picked = encounters.selectionModel().selectedRows()
        return saved[picked[0].row()] if picked else None

    def follow() -> None:
        e = chosen()
        mark.setEnabled(e is not None and not e.entered_in_error)
        clear.setEnabled(e is not None and e.entered_in_error)

    def ask(in_error: bool) -> None:
        e = chosen()
        if e is None:
            return
        service = HealthService(file.session)
        if in_error:
            dialog = EnteredInErrorDialog(
                translate("CaseFileWidget", "Entered in error"),
                translate(
                    "CaseFileWidget",
                    "The encounter stays in her file with its history, but no longer counts: "
                    "its doses do not meet the clinical windows, and it is left out of the "
                    "medico-legal report and the statistics. Say why.",
                ),
                translate("CaseFileWidget", "Mark as entered in error"),
                lambda reason: service.mark_entered_in_error(
                    file.reference, e.encounter_id, reason, e.version
                ),
                file,
            )
        else:
            dialog = EnteredInErrorDialog(
                translate("CaseFileWidget", "Not entered in error"),
                translate(
                    "CaseFileWidget", "The encounter counts again. Say why the mark was wrong."
                ),
                translate("CaseFileWidget", "Clear the mark"),
                lambda reason: service.clear_entered_in_error(
                    file.reference, e.encounter_id, reason, e.version
                ),
                file,
            )
        dialog.accepted.connect(file.reload)
        file.dialogs.track(dialog)

    mark.clicked.connect(lambda: ask(True))
    clear.clicked.connect(lambda: ask(False))
    encounters.selectionModel().selectionChanged.connect(lambda *_a: follow())
    follow()
    bar.addWidget(mark)
    bar.addWidget(clear)


register_page(
    SectionPage(
        Section.HEALTH,
        "healthTab",
        QT_TRANSLATE_NOOP("CaseFileWidget", "Health"),
        health_page,
        30,
        # the encounter editor links an incident; the report's button, any forensic exam
        reads=frozenset({Section.INCIDENTS, Section.FORENSIC}),
    )
)
