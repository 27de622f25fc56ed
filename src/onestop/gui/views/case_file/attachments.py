"""The attachments tab, in every file (the panel itself lives in gui.views.attachments)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from onestop.domain.roles import Section
from onestop.gui import fmt
from onestop.gui.labels import label
from onestop.gui.views.attachments import AttachmentsPanel
from onestop.gui.views.case_file.pages import SectionPage, register_page
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.casefile import CaseFileView

if TYPE_CHECKING:
    from onestop.gui.views.case_file.widget import CaseFileWidget


def attachments_page(file: CaseFileWidget, v: CaseFileView) -> QWidget:
    panel = AttachmentsPanel(
        file.session, file.reference, v.attachments, file.dialogs, file.clock, file
    )
    # A photograph names the incident it documents (the medico-legal report on that incident
    # takes it, and no other).
    panel.incidents = [
        (f"{label(i.details.gbv_type)} · {fmt.occurred(i.details.occurred)}", i.incident_id)
        for i in v.incidents or ()
    ]
    panel.changed.connect(file.reload)
    file.attachments_panel = panel
    return panel


register_page(
    SectionPage(
        None,
        "attachmentsTab",
        QT_TRANSLATE_NOOP("CaseFileWidget", "Attachments"),
        attachments_page,
        110,
        reads=frozenset({Section.INCIDENTS}),  # a photograph names the incident
        attachments=True,
    )
)
