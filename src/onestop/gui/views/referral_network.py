"""The Referral network tab: the directory of partner agencies and, for the manager,
how well each one answers."""

from __future__ import annotations

import os

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from onestop.clock import Clock
from onestop.domain.coordination import Sector
from onestop.domain.roles import Action, Capability, Section, may
from onestop.gui import fmt
from onestop.gui.dialogs import Dialogs
from onestop.gui.labels import label
from onestop.gui.models.rows import RowsModel
from onestop.gui.widgets.controls import heading, message_label, table_view
from onestop.gui.widgets.screen import Screen, report_errors
from onestop.services.directory import AgencyDetails, DirectoryService, ReferralNetworkService
from onestop.services.session import VaultSession
from onestop.services.settings import SettingsService


class AgencyDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("agencyDialog")
        self.setWindowTitle(self.tr("Add a partner agency"))
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("agencyName")
        self.name.setMaxLength(200)
        self.sector = QComboBox(self)
        self.sector.setObjectName("agencySector")
        for sector in Sector:
            self.sector.addItem(label(sector), sector)
        self.services = QLineEdit(self)
        self.services.setObjectName("agencyServices")
        self.contacts = QLineEdit(self)
        self.contacts.setObjectName("agencyContacts")
        self.hours = QLineEdit(self)
        self.hours.setObjectName("agencyHours")
        self.languages = QLineEdit(self)
        self.languages.setObjectName("agencyLanguages")
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Sector"), self.sector)
        form.addRow(self.tr("Ser&vices"), self.services)
        form.addRow(self.tr("&Contacts"), self.contacts)
        form.addRow(self.tr("&Hours"), self.hours)
        form.addRow(self.tr("&Languages"), self.languages)
        self.error = message_label(self, "agencyError")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def details(self) -> AgencyDetails:
        return AgencyDetails(
            self.name.text(),
            Sector(self.sector.currentData()),
            self.services.text(),
            self.contacts.text(),
            self.hours.text(),
            self.languages.text(),
        )


class NetworkView(Screen):
    """The directory of partner agencies; for the manager, how well each one answers."""

    def __init__(
        self, session: VaultSession, dialogs: Dialogs, clock: Clock, parent: QWidget | None
    ) -> None:
        super().__init__(session, dialogs, clock, parent)
        self.setObjectName("network")
        self.writable = session.allowed(Section.DIRECTORY, Action.WRITE)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Partner agencies"), self))
        self.model = RowsModel(
            [
                self.tr("Name"),
                self.tr("Sector"),
                self.tr("Services"),
                self.tr("Contacts"),
                self.tr("Hours"),
                self.tr("Languages"),
                self.tr("Active"),
            ]
        )
        layout.addWidget(
            table_view(self, "agencyTable", self.tr("Partner agencies"), self.model), 2
        )
        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        for name, text, slot in (
            ("addAgencyButton", self.tr("&Add an agency…"), self.add_agency),
            ("importAgenciesButton", self.tr("&Import CSV…"), self.import_csv),
            ("exportAgenciesButton", self.tr("&Export CSV…"), self.export_csv),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            button.setVisible(self.writable or name == "exportAgenciesButton")
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.figures_box = QWidget(self)
        inner = QVBoxLayout(self.figures_box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(heading(self.tr("How well does our referral network work?"), self))
        self.figures_model = RowsModel(
            [
                self.tr("Agency"),
                self.tr("Sent"),
                self.tr("Accepted"),
                #: A column of referral counts: referrals the agency declined.
                self.tr("Declined", "referrals declined"),
                self.tr("Completed"),
                self.tr("Overdue"),
                self.tr("Median days to answer"),
            ]
        )
        inner.addWidget(
            table_view(self, "networkFiguresTable", self.tr("Referral figures"), self.figures_model)
        )
        self.figures_box.setVisible(may(session.actor.role, Capability.TEAM_FIGURES))
        layout.addWidget(self.figures_box, 1)
        self.message = message_label(self, "networkMessage")
        layout.addWidget(self.message)

    def refresh(self) -> None:
        with report_errors(self.message) as outcome:
            agencies = DirectoryService(self._session).agencies()
            figures = []
            if self.figures_box.isVisibleTo(self):
                days = SettingsService(self._session).referral_overdue_days()
                figures = ReferralNetworkService(self._session).figures(self._clock(), days)
        if outcome.failed:
            return
        self.model.set_rows(
            [
                (
                    a.details.name,
                    label(a.details.sector),
                    a.details.services,
                    a.details.contacts,
                    a.details.hours,
                    a.details.languages,
                    fmt.yes_no(a.details.active),
                )
                for a in agencies
            ],
            [a.id for a in agencies],
        )
        self.figures_model.set_rows(
            [
                (
                    f.agency,
                    str(f.sent),
                    str(f.accepted),
                    str(f.declined),
                    str(f.completed),
                    str(f.overdue),
                    "" if f.median_days_to_response is None else f"{f.median_days_to_response:g}",
                )
                for f in figures
            ]
        )

    def clear(self) -> None:
        self.model.set_rows([])
        self.figures_model.set_rows([])

    def add_agency(self) -> AgencyDialog:
        dialog = AgencyDialog(self)
        self._dialogs.track(dialog)

        def done(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            with report_errors(self.message) as outcome:
                DirectoryService(self._session).add(dialog.details())
            if outcome.failed:
                return
            self.message.clear()
            self.refresh()

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def import_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import agencies"), "", self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        with report_errors(self.message) as outcome:
            try:
                with open(path, encoding="utf-8-sig", newline="") as f:
                    text = f.read()
                result = DirectoryService(self._session).import_csv(text)
            except (OSError, UnicodeDecodeError):
                self.message.setText(self.tr("That file cannot be read as UTF-8 CSV."))
                return
        if outcome.failed:
            return
        self.message.setText(
            self.tr("%n added, ", "", result.added) + self.tr("%n updated.", "", result.updated)
        )
        self.refresh()

    def export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export agencies"), "agencies.csv", self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        with report_errors(self.message) as outcome:
            try:
                text = DirectoryService(self._session).export_csv()
                # Owner-only (0600) like every export: it lists shelters' contacts.
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                os.fchmod(fd, 0o600)
                with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as f:
                    f.write(text)
            except OSError:
                self.message.setText(self.tr("The file could not be written there."))
                return
        if outcome.failed:
            return
        self.message.setText(self.tr("Saved."))
