"""A referral's history, read-only: when it was made, each letter printed, sent, the agency's
answer with what its reply slip said (who to contact there, its reference), completed or
closed; each step with who recorded it and when. Opened from the referrals tab ("History…");
``ReferralService.history_of`` checks the permission and audits the read."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from onestop.gui import fmt
from onestop.gui.labels import label
from onestop.gui.models.rows import RowsModel
from onestop.gui.widgets.controls import table_view
from onestop.services.referrals import CREATED, LETTER, ReferralEvent


class ReferralHistoryDialog(QDialog):
    """The steps of one referral, oldest first, as a table nobody can edit."""

    def __init__(
        self, agency: str, events: tuple[ReferralEvent, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referralHistoryDialog")
        self.setWindowTitle(self.tr("Referral history"))
        layout = QVBoxLayout(self)
        about = QLabel(self.tr("Referral to {agency}").format(agency=agency), self)
        about.setObjectName("referralHistoryAgency")
        about.setWordWrap(True)
        layout.addWidget(about)
        self.model = RowsModel(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("Recorded by"),
                self.tr("Recorded at"),
                self.tr("Contact at the agency"),
                self.tr("Their reference"),
                self.tr("What was said"),
            ]
        )
        self.table = table_view(
            self, "referralHistoryTable", self.tr("Steps of the referral"), self.model
        )
        self.model.set_rows([self._row(e) for e in events])
        layout.addWidget(self.table, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(900, 420)

    def _row(self, event: ReferralEvent) -> tuple[str, ...]:
        if event.kind == CREATED:
            what = self.tr("Made (draft)")
        elif event.kind == LETTER:
            what = self.tr("Letter printed")
        else:
            what = label(event.status) if event.status is not None else ""
        recorded = event.recorded_at or event.at
        return (
            fmt.when(event.at),
            what,
            event.by or self.tr("not recorded"),
            fmt.when(recorded) if event.by or event.recorded_at else "",
            event.contact,
            event.agency_reference,
            event.said,
        )
