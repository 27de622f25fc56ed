"""The incidents tab: what happened and when (as precisely as known), and a warning for a
perpetrator also named in another file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from onestop.domain.roles import Section
from onestop.gui.views.case_file._parts import labels, selectable_label, translated
from onestop.gui.views.case_file.pages import SectionPage, register_page
from onestop.gui.views.case_file.rows import IncidentRow
from onestop.gui.views.records import IncidentBook
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.casefile import CaseFileView
from onestop.services.incidents import IncidentForm

if TYPE_CHECKING:
    from onestop.gui.views.case_file.widget import CaseFileWidget

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
            )
            for i in v.incidents or ()
        ],
        IncidentForm,
        labels(FIELDS),
        translated(TITLE),
    )
    col.addWidget(incidents, 1)
    for linked in v.perpetrators or ():
        if linked.warning:
            col.addWidget(selectable_label(box, "perpetratorWarning", linked.warning))
    return box


register_page(SectionPage(Section.INCIDENTS, "incidentsTab", TITLE, incidents_page, 10))
