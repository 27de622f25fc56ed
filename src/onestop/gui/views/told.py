""" "Has she been told?": asked with a manager's decision to share without her consent.

Told on a day; not yet, and who will tell her; or not told, because telling her would put her
or others at risk, and why. The document prints the answer for the agency that receives it
(services.sharings says why it is asked).
"""

from __future__ import annotations

from contextlib import suppress
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from onestop.domain.consent import Told, ToldHer
from onestop.gui.widgets.dates import to_date, to_qdate, today
from onestop.services.sharings import MAX_TOLD_BY


class ToldChoices(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("toldChoices")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        question = QLabel(self.tr("Has she been told of this sharing?"), self)
        grid.addWidget(question, 0, 0, 1, 2)
        self.group = QButtonGroup(self)
        self.told = QRadioButton(self.tr("&Yes, she was told on"), self)
        self.told.setObjectName("toldYes")
        self.told_on = QDateEdit(today(), self)
        self.told_on.setObjectName("toldOn")
        self.told_on.setAccessibleName(self.tr("The day she was told"))
        self.told_on.setCalendarPopup(True)
        self.told_on.setMaximumDate(today())
        self.later = QRadioButton(self.tr("No&t yet: she will be told by"), self)
        self.later.setObjectName("toldLater")
        self.told_by = QLineEdit(self)
        self.told_by.setObjectName("toldBy")
        self.told_by.setMaxLength(MAX_TOLD_BY)
        self.told_by.setAccessibleName(self.tr("Who will tell her"))
        self.told_by.setPlaceholderText(self.tr("Who will tell her (a name or a role)"))
        self.not_told = QRadioButton(
            self.tr("&No: telling her would put her or others at risk, because"), self
        )
        self.not_told.setObjectName("toldNot")
        self.why = QPlainTextEdit(self)
        self.why.setObjectName("notToldReason")
        self.why.setAccessibleName(self.tr("Why telling her would put her or others at risk"))
        self.why.setTabChangesFocus(True)
        self.why.setMaximumHeight(50)
        for row, (button, field) in enumerate(
            ((self.told, self.told_on), (self.later, self.told_by), (self.not_told, self.why)),
            start=1,
        ):
            self.group.addButton(button)
            grid.addWidget(button, row, 0)
            grid.addWidget(field, row, 1)
            field.setEnabled(False)
            button.toggled.connect(field.setEnabled)
        grid.setColumnStretch(1, 1)

    def answer(self) -> ToldHer | None:
        """The answer chosen (checked by the service), None when none is."""
        if self.told.isChecked():
            return ToldHer(Told.TOLD, on=to_date(self.told_on.date()))
        if self.later.isChecked():
            return ToldHer(Told.WILL_BE_TOLD, by=self.told_by.text())
        if self.not_told.isChecked():
            return ToldHer(Told.NOT_TOLD, why=self.why.toPlainText())
        return None

    def kept(self) -> dict[str, Any]:
        answer = self.answer()
        return {
            "told": answer.told.value if answer else "",
            "told_on": to_date(self.told_on.date()).isoformat(),
            "told_by": self.told_by.text(),
            "why": self.why.toPlainText(),
        }

    def restore(self, fields: dict[str, Any]) -> None:
        chosen = {
            Told.TOLD.value: self.told,
            Told.WILL_BE_TOLD.value: self.later,
            Told.NOT_TOLD.value: self.not_told,
        }.get(str(fields.get("told", "")))
        if chosen is not None:
            chosen.setChecked(True)
        with suppress(ValueError):
            self.told_on.setDate(to_qdate(date.fromisoformat(str(fields.get("told_on", "")))))
        self.told_by.setText(str(fields.get("told_by", "")))
        self.why.setPlainText(str(fields.get("why", "")))

    def typed(self) -> bool:
        return bool(self.answer() or self.told_by.text() or self.why.toPlainText())
