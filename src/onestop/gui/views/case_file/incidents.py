"""The incidents tab: what happened and when (as precisely as known), and a warning for a
perpetrator also named in another file. An incident entered in error stays listed, labelled
with its reason; "Mark as entered in error…" and its undo ask for the reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from onestop.domain.roles import Section
from onestop.gui.views.add_perpetrator import AddPerpetratorDialog
from onestop.gui.views.case_file._parts import labels, scrolling, selectable_label, translated
from onestop.gui.views.case_file.pages import SectionPage, register_page
from onestop.gui.views.case_file.perpetrators import perpetrators_box
from onestop.gui.views.case_file.rows import IncidentRow
from onestop.gui.views.entered_in_error import EnteredInErrorDialog
from onestop.gui.views.records import IncidentBook, RecordsPanel
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.casefile import CaseFileView
from onestop.services.incidents import IncidentForm, IncidentService

if TYPE_CHECKING:
    from onestop.gui.views.case_file.widget import CaseFileWidget

translate = QCoreApplication.translate

TITLE = QT_TRANSLATE_NOOP("CaseFileWidget", "Incidents")  # the tab's and the list's

FIELDS = {
    "occurred": QT_TRANSLATE_NOOP("CaseFileWidget", "Time known"),
    "earliest": QT_TRANSLATE_NOOP("CaseFileWidget", "From (or at)"),
    "latest": QT_TRANSLATE_NOOP("CaseFileWidget", "To"),
    "gbv_type": QT_TRANSLATE_NOOP("CaseFileWidget", "Type"),
    "context": QT_TRANSLATE_NOOP("CaseFileWidget", "Context"),
    "place": QT_TRANSLATE_NOOP("CaseFileWidget", "Place"),
    "perpetrator_relationship": QT_TRANSLATE_NOOP("CaseFileWidget", "Perpetrator"),
    "perpetrator_count": QT_TRANSLATE_NOOP("CaseFileWidget", "Perpetrators"),
    "reported_to_police": QT_TRANSLATE_NOOP("CaseFileWidget", "Police"),
    "description": QT_TRANSLATE_NOOP("CaseFileWidget", "Description"),
}


def incidents_page(file: CaseFileWidget, v: CaseFileView) -> QWidget:
    box = QWidget(file)
    col = QVBoxLayout(box)
    incidents = file.records_panel(
        IncidentBook(file.session),
        [
            IncidentRow(
                record_id=i.incident_id,
                version=i.version,
                details=IncidentForm.of(i.details),
                occurred=i.details.occurred,
                entered_in_error=i.entered_in_error,
                error_reason=i.error_reason,
            )
            for i in v.incidents or ()
        ],
        IncidentForm,
        labels(FIELDS),
        translated(TITLE),
        new_heading=translate("CaseFileWidget", "New incident"),
        edit_heading=translate("CaseFileWidget", "Edit incident"),
        extra_columns=[(translate("CaseFileWidget", "Entered in error"), _in_error)],
        struck_out=lambda row: row.entered_in_error,
    )
    top = QWidget(box)  # the incidents, their buttons and the warnings
    top_col = QVBoxLayout(top)
    top_col.setContentsMargins(0, 0, 0, 0)
    top_col.addWidget(incidents, 1)
    if incidents.writable and incidents.records:
        top_col.addLayout(_error_buttons(file, incidents))
    for linked in v.perpetrators or ():
        if linked.warning:
            top_col.addWidget(selectable_label(top, "perpetratorWarning", linked.warning))
    if not v.perpetrators:
        col.addWidget(top, 1)
        return box
    # The perpetrators below the incidents, and the tab scrolls: each part keeps its height
    # (his form its fields') however long the list of incidents.
    col.addWidget(top, 1)
    col.addWidget(perpetrators_box(file, v.perpetrators))
    return scrolling(file, box)


def _in_error(row: IncidentRow) -> str:
    if not row.entered_in_error:
        return ""
    return translate("CaseFileWidget", "Entered in error: {reason}").format(reason=row.error_reason)


def _error_buttons(file: CaseFileWidget, panel: RecordsPanel) -> QHBoxLayout:
    """Mark the chosen incident as entered in error, or clear the mark: each asks why; and
    name its perpetrator (gui/views/add_perpetrator.py)."""
    bar = QHBoxLayout()
    mark = QPushButton(translate("CaseFileWidget", "Mark as entered in error…"), file)
    mark.setObjectName("markEnteredInError")
    clear = QPushButton(translate("CaseFileWidget", "Not entered in error…"), file)
    clear.setObjectName("clearEnteredInError")
    clear.setToolTip(translate("CaseFileWidget", "Clear the mark: the incident counts again"))

    def chosen() -> IncidentRow | None:
        row = panel.table.currentIndex().row()
        return panel.records[row] if 0 <= row < len(panel.records) else None

    perpetrator = QPushButton(translate("CaseFileWidget", "Add a &perpetrator…"), file)
    perpetrator.setObjectName("addPerpetratorButton")
    perpetrator.setToolTip(
        translate("CaseFileWidget", "Name who did it: linked if he is on record, else added")
    )

    def follow() -> None:
        row = chosen()
        mark.setEnabled(row is not None and not row.entered_in_error)
        clear.setEnabled(row is not None and row.entered_in_error)
        perpetrator.setEnabled(row is not None and not row.entered_in_error)

    def name_perpetrator() -> None:
        row = chosen()
        if row is None:
            return
        dialog = AddPerpetratorDialog(file.session, file.reference, row.record_id, file)
        dialog.accepted.connect(file.reload)
        file.dialogs.track(dialog)

    def ask(in_error: bool) -> None:
        row = chosen()
        if row is None:
            return
        service = IncidentService(file.session)
        if in_error:
            dialog = EnteredInErrorDialog(
                translate("CaseFileWidget", "Entered in error"),
                translate(
                    "CaseFileWidget",
                    "The incident stays in her file with its history, but no longer counts: "
                    "no clinical windows, statistics or documents. Say why.",
                ),
                translate("CaseFileWidget", "Mark as entered in error"),
                lambda reason: service.mark_entered_in_error(
                    file.reference, row.record_id, reason, row.version
                ),
                file,
            )
        else:
            dialog = EnteredInErrorDialog(
                translate("CaseFileWidget", "Not entered in error"),
                translate(
                    "CaseFileWidget",
                    "The incident counts again. Say why the mark was wrong.",
                ),
                translate("CaseFileWidget", "Clear the mark"),
                lambda reason: service.clear_entered_in_error(
                    file.reference, row.record_id, reason, row.version
                ),
                file,
            )
        dialog.accepted.connect(file.reload)
        file.dialogs.track(dialog)

    mark.clicked.connect(lambda: ask(True))
    clear.clicked.connect(lambda: ask(False))
    perpetrator.clicked.connect(name_perpetrator)
    panel.table.selectionModel().currentChanged.connect(lambda *_a: follow())
    follow()
    bar.addWidget(mark)
    bar.addWidget(clear)
    bar.addWidget(perpetrator)
    bar.addStretch(1)
    return bar


register_page(SectionPage(Section.INCIDENTS, "incidentsTab", TITLE, incidents_page, 10))
