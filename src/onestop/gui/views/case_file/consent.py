"""The consent tab: the ledger of her decisions, each kept (a withdrawal is a new decision).

Consent to share with an agency names the agency's record in the directory of partner agencies,
chosen from a list: the referral loop checks it by that record, so a spelling cannot break it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from onestop.domain.roles import Section
from onestop.errors import OneStopError
from onestop.gui.views.case_file._parts import labels
from onestop.gui.views.case_file.pages import SectionPage, register_page
from onestop.gui.views.case_file.rows import ConsentRow
from onestop.gui.views.records import ConsentLedger, RecordsPanel
from onestop.gui.views.sharings import SharingsPanel
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.casefile import CaseFileView
from onestop.services.consent import ConsentChoice
from onestop.services.directory import DirectoryService

if TYPE_CHECKING:
    from onestop.gui.views.case_file.widget import CaseFileWidget

translate = QCoreApplication.translate

FIELDS = {
    "purpose": QT_TRANSLATE_NOOP("CaseFileWidget", "Purpose"),
    "decision": QT_TRANSLATE_NOOP("CaseFileWidget", "Decision"),
    "given_by": QT_TRANSLATE_NOOP("CaseFileWidget", "Given by"),
    "agency_id": QT_TRANSLATE_NOOP("CaseFileWidget", "Agency"),
    "guardian_name": QT_TRANSLATE_NOOP("CaseFileWidget", "Guardian"),
    "decided_at": QT_TRANSLATE_NOOP("CaseFileWidget", "Decided"),
}


def _agencies(file: CaseFileWidget, v: CaseFileView) -> list[tuple[str, int | None]]:
    """The agencies a decision may name: the directory's active ones (and, to show them in the
    ledger, those its entries named)."""
    choices: list[tuple[str, int | None]] = [
        (translate("CaseFileWidget", "Not for an agency"), None)
    ]
    try:
        listed = DirectoryService(file.session).agencies(active_only=True)
    except OneStopError:
        listed = ()  # a role without the directory: the ledger still shows its entries
    choices += [(entry.details.name, entry.id) for entry in listed]
    known = {value for _text, value in choices}
    for c in v.consent or ():
        if c.agency_id is not None and c.agency_id not in known:
            choices.append((c.agency, c.agency_id))
            known.add(c.agency_id)
    return choices


def consent_page(file: CaseFileWidget, v: CaseFileView) -> QWidget:
    decisions = [
        ConsentRow(
            record_id=c.entry_id,
            version=1,
            recorded_by=c.recorded_by,
            details=ConsentChoice(
                c.purpose,
                c.decision,
                c.given_by,
                c.agency,
                c.guardian_name,
                c.decided_at,
                c.agency_id,
            ),
        )
        for c in v.consent or ()
    ]
    # an entry older than the directory link names its agency only as it was typed
    typed = [
        (
            translate("CaseFileWidget", "Agency as typed"),
            lambda r: "" if r.details.agency_id is not None else r.details.agency,
        )
    ]
    if not any(c.agency and c.agency_id is None for c in v.consent or ()):
        typed = []
    ledger = file.records_panel(
        ConsentLedger(file.session),
        decisions,
        ConsentChoice,
        labels(FIELDS),
        translate("CaseFileWidget", "Consent decisions (a withdrawal is a new decision)"),
        new_heading=translate("CaseFileWidget", "New consent decision"),
        editable=False,
        extra_columns=[
            (translate("CaseFileWidget", "Recorded by"), lambda r: r.recorded_by),
            *typed,
        ],
        choices={"agency_id": _agencies(file, v)},
    )
    # Below the ledger: what was shared without her consent, and whether she was told.
    page = QWidget(file)
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(ledger)
    # The rest of the room (hidden when nothing was shared without her consent): where each
    # sharing went, why, and every answer.
    sharings = SharingsPanel(file.session, file.reference, file.dialogs, page)
    # At least three sharings in sight, on a screen of 1280×800 too (issue 23).
    table = sharings.table
    table.setMinimumHeight(
        table.horizontalHeader().sizeHint().height()
        + SHARINGS_SHOWN * table.verticalHeader().defaultSectionSize()
        + table.horizontalScrollBar().sizeHint().height()
        + 2 * table.frameWidth()
    )
    column.addWidget(sharings, 1)
    _fit_ledger(column, ledger, sharings)
    return page


SHARINGS_SHOWN = 3  # rows of the sharings without her consent, at least
LEDGER_SHOWN = 6  # rows of the ledger in sight, at most, above the sharings (more scroll)
ANY_HEIGHT = 16_777_215  # Qt's QWIDGETSIZE_MAX: no maximum


def _fit_ledger(column: QVBoxLayout, ledger: RecordsPanel, sharings: SharingsPanel) -> None:
    """The ledger as tall as its rows (LEDGER_SHOWN at most), the rest of the tab to the
    sharings and their details, the text a person reads there (issue 23: at 1280×800 the
    details showed three lines under a half-empty ledger). While a decision is being added
    its form has the tab."""
    table = ledger.table
    rows = max(1, min(ledger.model.rowCount(), LEDGER_SHOWN))
    needed = (
        table.horizontalHeader().sizeHint().height()
        + rows * table.verticalHeader().defaultSectionSize()
        + table.horizontalScrollBar().sizeHint().height()
        + 2 * table.frameWidth()
    )
    listing = ledger.table.parentWidget()  # the ledger's list (the stack's other page: its form)
    assert listing is not None

    def fit() -> None:
        adding = ledger.stack.currentWidget() is not listing
        # While a decision is added its form has the tab (on a laptop's screen the two do
        # not fit one above the other); the sharings are back once it is saved or not.
        sharings.setVisible(sharings.shared() and not adding)
        if sharings.shared() and not adding:
            table.setMaximumHeight(max(needed, table.minimumHeight()))
            ledger.setMaximumHeight(listing.sizeHint().height())
            column.setStretchFactor(ledger, 0)
        else:  # nothing shared, or a decision being added: the ledger has the room
            table.setMaximumHeight(ANY_HEIGHT)
            ledger.setMaximumHeight(ANY_HEIGHT)
            column.setStretchFactor(ledger, 1)

    ledger.stack.currentChanged.connect(lambda _index: fit())
    sharings.changed.connect(fit)
    fit()


register_page(
    SectionPage(
        Section.CONSENT,
        "consentTab",
        QT_TRANSLATE_NOOP("CaseFileWidget", "Consent"),
        consent_page,
        20,
    )
)
