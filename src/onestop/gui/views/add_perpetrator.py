"""Naming the perpetrator of an incident: a man already on record is linked, not recorded twice.

She types his name and how she is related to him. "Look on record" lists the perpetrators
already recorded under that name in any file (services.perpetrators.matching compares a keyed
hash of the folded name, so accents and case do not matter; the look-up is audited); the
caseworker links the one who is him, or adds him as new. His other details (date of birth,
addresses, weapons, conditions) are edited afterwards on his page in the Incidents tab.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from onestop.domain.statistics import AgeBand
from onestop.gui import fmt
from onestop.gui.dialogs import explain
from onestop.gui.labels import label
from onestop.gui.widgets.controls import show_message
from onestop.gui.widgets.form import InlineForm
from onestop.gui.widgets.screen import report_errors
from onestop.services.perpetrators import PerpetratorDetails, PerpetratorRecord, PerpetratorService
from onestop.services.session import VaultSession


class AddPerpetratorDialog(QDialog):
    """The perpetrator of one incident of her file: linked if on record, else added."""

    def __init__(
        self,
        session: VaultSession,
        reference: str,
        incident_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addPerpetratorDialog")
        self.setWindowTitle(self.tr("Perpetrator of this incident"))
        self._service = PerpetratorService(session)
        self._reference = reference
        self._incident_id = incident_id
        self.matches: tuple[PerpetratorRecord, ...] = ()
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Type his name (or what she calls him) and look for him on record: if he is "
                "already in a file, link him rather than recording him twice."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = InlineForm("perpetratorForm", self)
        layout.addWidget(self.form)
        self.name = QLineEdit(self)
        self.name.setObjectName("perpetratorName")
        self.name.setMaxLength(200)
        self.form.add("name", self.tr("&Name"), self.name)
        self.relationship = QLineEdit(self)
        self.relationship.setObjectName("perpetratorRelationship")
        self.relationship.setMaxLength(200)
        self.relationship.setPlaceholderText(self.tr("e.g. husband, former partner, uncle"))
        self.form.add("relationship", self.tr("&Relationship to her"), self.relationship)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("perpetratorDescription")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(self.description.fontMetrics().height() * 5)
        self.form.add("description", self.tr("&Description (if new)"), self.description)
        self._matches_part(layout)
        self.message = QLabel(self)
        self.message.setObjectName("perpetratorMessage")
        self.message.setAccessibleName(self.tr("Perpetrator message"))
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self._buttons(layout)
        self.name.textChanged.connect(self._name_changed)
        self._name_changed()
        self.name.setFocus()
        self.resize(560, 520)

    def _matches_part(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.look = QPushButton(self.tr("&Look on record"), self)
        self.look.setObjectName("lookOnRecord")
        self.look.setAccessibleName(self.tr("Look on record"))
        self.look.setAutoDefault(False)
        self.look.clicked.connect(self.look_on_record)
        row.addWidget(self.look)
        row.addStretch(1)
        layout.addLayout(row)
        found_label = QLabel(self.tr("&On record under this name"), self)
        layout.addWidget(found_label)
        self.found = QListWidget(self)
        self.found.setObjectName("perpetratorsOnRecord")
        self.found.setAccessibleName(self.tr("On record under this name"))
        self.found.setMaximumHeight(self.found.fontMetrics().height() * 7)
        found_label.setBuddy(self.found)
        self.found.currentRowChanged.connect(lambda _r: self._enable())
        layout.addWidget(self.found)

    def _buttons(self, layout: QVBoxLayout) -> None:
        buttons = QDialogButtonBox(self)
        self.link_button = QPushButton(self.tr("Lin&k the one chosen"), self)
        self.link_button.setObjectName("linkPerpetrator")
        self.link_button.setAccessibleName(self.tr("Link the one chosen"))
        self.add_button = QPushButton(self.tr("&Add as new"), self)
        self.add_button.setObjectName("addPerpetrator")
        self.add_button.setAccessibleName(self.tr("Add as new"))
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("cancelPerpetrator")
        for b in (self.link_button, self.add_button, cancel):
            b.setAutoDefault(False)
        buttons.addButton(self.link_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.link_button.clicked.connect(self.link)
        self.add_button.clicked.connect(self.add)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _name_changed(self) -> None:
        """Another name: the men found under the last one are no longer the answer."""
        self.matches = ()
        self.found.clear()
        self._enable()

    def _enable(self) -> None:
        named = bool(self.name.text().strip())
        self.look.setEnabled(named)
        self.link_button.setEnabled(self.found.currentRow() >= 0 and bool(self.matches))

    def _say(self, text: str, *, error: bool) -> None:
        show_message(self.message, text, error=error)

    @staticmethod
    def _line(him: PerpetratorRecord) -> str:
        d = him.details
        if d.date_of_birth is not None:
            born = fmt.day(d.date_of_birth)
        elif d.age_group is not AgeBand.UNKNOWN:
            born = label(d.age_group)
        else:
            born = ""
        parts = [d.name, born, d.description.splitlines()[0][:80] if d.description else ""]
        return " · ".join(p for p in parts if p)

    def look_on_record(self) -> None:
        with report_errors(lambda exc: self._say(explain(exc), error=True)) as outcome:
            self.matches = self._service.matching(self.name.text())
        if outcome.failed:
            return
        self.found.clear()
        for him in self.matches:
            self.found.addItem(self._line(him))
        if self.matches:
            self.found.setCurrentRow(0)
            self._say(
                self.tr("On record: choose him and link him, or add him as new if none is him."),
                error=False,
            )
            self.found.setFocus()
        else:
            self._say(self.tr("No one is on record under this name: add him as new."), error=False)
            self.add_button.setFocus()
        self._enable()

    def link(self) -> None:
        row = self.found.currentRow()
        if not 0 <= row < len(self.matches):
            return
        self._say("", error=False)
        with report_errors(self.form.show_error) as outcome:
            self._service.link(
                self._reference,
                self._incident_id,
                self.matches[row].perpetrator_id,
                self.relationship.text().strip(),
            )
        if not outcome.failed:
            self.accept()

    def add(self) -> None:
        self._say("", error=False)
        details = PerpetratorDetails(
            self.name.text().strip(), description=self.description.toPlainText().strip()
        )
        with report_errors(self.form.show_error) as outcome:
            self._service.add(
                self._reference, self._incident_id, details, self.relationship.text().strip()
            )
        if not outcome.failed:
            self.accept()
