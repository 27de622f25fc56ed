"""The consent tab: the ledger of her decisions, each kept (a withdrawal is a new decision)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from onestop.domain.roles import Section
from onestop.gui.views.case_file._parts import labels
from onestop.gui.views.case_file.pages import SectionPage, register_page
from onestop.gui.views.case_file.rows import ConsentRow
from onestop.gui.views.records import ConsentLedger
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.casefile import CaseFileView
from onestop.services.consent import ConsentChoice

if TYPE_CHECKING:
    from onestop.gui.views.case_file.widget import CaseFileWidget

translate = QCoreApplication.translate

FIELDS = {
    "purpose": QT_TRANSLATE_NOOP("CaseFileWidget", "Purpose"),
    "decision": QT_TRANSLATE_NOOP("CaseFileWidget", "Decision"),
    "given_by": QT_TRANSLATE_NOOP("CaseFileWidget", "Given by"),
    "agency": QT_TRANSLATE_NOOP("CaseFileWidget", "Agency"),
    "guardian_name": QT_TRANSLATE_NOOP("CaseFileWidget", "Guardian"),
    "decided_at": QT_TRANSLATE_NOOP("CaseFileWidget", "Decided"),
}


def consent_page(file: CaseFileWidget, v: CaseFileView) -> QWidget:
    decisions = [
        ConsentRow(
            record_id=c.entry_id,
            version=1,
            recorded_by=c.recorded_by,
            details=ConsentChoice(
                c.purpose, c.decision, c.given_by, c.agency, c.guardian_name, c.decided_at
            ),
        )
        for c in v.consent or ()
    ]
    return file.records_panel(
        ConsentLedger(file.session),
        decisions,
        ConsentChoice,
        labels(FIELDS),
        translate("CaseFileWidget", "Consent decisions (a withdrawal is a new decision)"),
        editable=False,
        extra_columns=[
            (translate("CaseFileWidget", "Recorded by"), lambda r: r.recorded_by),
        ],
    )


register_page(
    SectionPage(
        Section.CONSENT,
        "consentTab",
        QT_TRANSLATE_NOOP("CaseFileWidget", "Consent"),
        consent_page,
        20,
    )
)
