"""Intake of a walk-in: who she is, how to reach her safely, the first incident, her consent
decisions and her caseworker on one form; then the files that may already be hers, so that the
same woman is not registered twice; then her new file (or the existing one) opens.

Only a name or an alias is required. Escape, Cancel or closing the window asks before what was
typed is thrown away. The registration itself is one unit of work (services/intake.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import Precision
from onestop.domain.consent import Decision, Purpose
from onestop.domain.roles import Role, Section
from onestop.domain.validation import PersonFacts, check_person, parse_date
from onestop.errors import OneStopError, ValidationFailed
from onestop.gui import fmt
from onestop.gui.dialogs import Dialogs, explain
from onestop.gui.kept import DIALOG, DialogDraft
from onestop.gui.labels import label
from onestop.gui.models.rows import RowsModel
from onestop.gui.phrases import phrase
from onestop.gui.widgets.controls import button, message_label, table_view
from onestop.gui.widgets.dates import MomentEdit, to_qdatetime
from onestop.gui.widgets.form import InlineForm
from onestop.gui.widgets.screen import report_errors
from onestop.services.cases import SurvivorDetails
from onestop.services.consent import ConsentChoice
from onestop.services.incidents import IncidentForm
from onestop.services.intake import Intake, IntakeService, MatchCheck, MatchReason
from onestop.services.session import VaultSession
from onestop.services.users import staff_names

Clock = Callable[[], datetime]
# The decisions asked at intake (sharing with a named agency is asked when a referral is made).
INTAKE_PURPOSES = (
    Purpose.MEDICAL_EXAMINATION,
    Purpose.FORENSIC_COLLECTION,
    Purpose.PHOTOGRAPHY,
    Purpose.SHARE_WITH_POLICE,
    Purpose.USE_IN_COURT,
    Purpose.STATISTICS,
)


class IntakeDialog(QDialog):
    open_case = Signal(str)  # her new file, or the existing file that is hers

    def __init__(
        self, session: VaultSession, dialogs: Dialogs, clock: Clock, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakeDialog")
        self.setWindowTitle(self.tr("New intake"))
        self._session = session
        self._dialogs = dialogs
        self._clock = clock
        self._service = IntakeService(session)
        self.check: MatchCheck | None = None
        self.dirty = False
        outer = QVBoxLayout(self)
        self.pages = QStackedWidget(self)
        outer.addWidget(self.pages, 1)
        self.pages.addWidget(self._details_page())
        self.pages.addWidget(self._matches_page())
        self.message = message_label(self, "intakeMessage")
        outer.addWidget(self.message)
        self._incident_changed()
        self.name.setFocus()

    # -- the first step: what she tells --

    def _details_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("intakeDetailsPage")
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "A name or the alias she chose is enough; everything else can be added later. "
                "Before her file is opened, OneStop looks for her among the existing files."
            ),
            page,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        columns = QHBoxLayout()
        layout.addLayout(columns, 1)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.forms: list[InlineForm] = []
        self._her_group(page, left)
        self._safe_contact_group(page, left)
        self._caseworker_group(page, left)
        left.addStretch(1)
        self._incident_group(page, right)
        self._consent_group(page, right)
        right.addStretch(1)
        self._details_buttons(page, layout)
        self._watch_typing()
        return page

    def _her_group(self, page: QWidget, left: QVBoxLayout) -> None:
        her = self._group(page, self.tr("Her"), "intakeHer", left)
        self.name = self._line(her, "name", self.tr("&Name"), 200)
        self.alias = self._line(her, "alias", self.tr("&Alias"), 200)
        self.birth = self._line(her, "date_of_birth", self.tr("Date of &birth"), 10)
        self.birth.setPlaceholderText(self.tr("YYYY-MM-DD, if she knows it"))

    def _safe_contact_group(self, page: QWidget, left: QVBoxLayout) -> None:
        """How she may be reached safely."""
        safe = self._group(page, self.tr("Safe contact"), "intakeSafeContact", left)
        self.phone = self._line(safe, "safe_phone", self.tr("Safe &phone"), 40)
        self.messages = QCheckBox(self.tr("Text &messages to this phone are safe"), safe)
        safe.add("safe_message_allowed", "", self.messages)
        self.messages.setAccessibleName(self.tr("Text messages to this phone are safe"))
        self.code_word = self._line(safe, "safe_code_word", self.tr("&Code word"), 100)
        self.safe_notes = QPlainTextEdit(safe)
        self.safe_notes.setTabChangesFocus(True)
        self.safe_notes.setMinimumHeight(48)
        self.safe_notes.setMaximumHeight(60)
        safe.add("safe_notes", self.tr("Safe contact n&otes"), self.safe_notes)

    def _caseworker_group(self, page: QWidget, left: QVBoxLayout) -> None:
        worker = self._group(page, self.tr("Her caseworker"), "intakeCaseworker", left)
        self.caseworker = QComboBox(worker)
        worker.add("caseworker", self.tr("Case&worker"), self.caseworker)
        self._fill_caseworkers()

    def _incident_group(self, page: QWidget, right: QVBoxLayout) -> None:
        """The first incident: its type, when it happened (as precisely as known), context."""
        incident = self._group(page, self.tr("First incident"), "intakeIncident", right)
        self.gbv_type = QComboBox(incident)
        self.gbv_type.addItem(self.tr("Not recorded now"), None)
        for kind in GbvType:
            self.gbv_type.addItem(label(kind), kind.value)
        incident.add("gbv_type", self.tr("&Type"), self.gbv_type)
        self.precision = QComboBox(incident)
        for precision in Precision:
            self.precision.addItem(label(precision), precision.value)
        incident.add("occurred", self.tr("T&ime known"), self.precision)
        now = to_qdatetime(self._clock())
        self.earliest = MomentEdit(incident)  # "15:00", "3pm", "3:00 PM"
        self.latest = MomentEdit(incident)
        for edit in (self.earliest, self.latest):
            edit.setDateTime(now)
        incident.add("earliest", self.tr("&From (or at)"), self.earliest)
        incident.add("latest", self.tr("&Until"), self.latest)
        self.context = QComboBox(incident)
        for context in IncidentContext:
            self.context.addItem(label(context), context.value)
        incident.add("context", self.tr("Conte&xt"), self.context)
        self.gbv_type.currentIndexChanged.connect(self._incident_changed)
        self.precision.currentIndexChanged.connect(self._incident_changed)

    def _consent_group(self, page: QWidget, right: QVBoxLayout) -> None:
        """Her decision for each purpose asked at intake (or that it was not asked yet)."""
        consent = self._group(page, self.tr("Consent decisions"), "intakeConsent", right)
        self.consent: dict[Purpose, QComboBox] = {}
        titles = {
            Purpose.MEDICAL_EXAMINATION: self.tr("Me&dical examination"),
            Purpose.FORENSIC_COLLECTION: self.tr("Fo&rensic collection"),
            Purpose.PHOTOGRAPHY: self.tr("P&hotography"),
            Purpose.SHARE_WITH_POLICE: self.tr("Share with po&lice"),
            Purpose.USE_IN_COURT: self.tr("U&se in court"),
            Purpose.STATISTICS: self.tr("Anon&ymised statistics"),
        }
        for purpose in INTAKE_PURPOSES:
            combo = QComboBox(consent)
            combo.addItem(self.tr("Not asked yet"), None)
            for decision in (Decision.GIVEN, Decision.REFUSED):
                combo.addItem(label(decision), decision.value)
            consent.add(f"consent_{purpose.value}", titles[purpose], combo)
            combo.currentIndexChanged.connect(self._typed)
            self.consent[purpose] = combo

    def _details_buttons(self, page: QWidget, layout: QVBoxLayout) -> None:
        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        buttons.addStretch(1)
        self.check_button = button(
            page, self.tr("Check for &existing files…"), "checkMatchesButton", self.look
        )
        self.check_button.setDefault(True)
        self.check_button.setAutoDefault(True)
        self.cancel_button = button(page, self.tr("Cancel"), "cancelIntakeButton", self.leave)
        self.cancel_button.setAutoDefault(False)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.cancel_button)

    def _watch_typing(self) -> None:
        """Anything typed or chosen marks the intake as unsaved (leaving then asks)."""
        for line in (self.name, self.alias, self.birth, self.phone, self.code_word):
            line.textChanged.connect(self._typed)
        self.safe_notes.textChanged.connect(self._typed)
        self.messages.toggled.connect(self._typed)
        for combo in (self.gbv_type, self.precision, self.context):
            combo.currentIndexChanged.connect(self._typed)
        for edit in (self.earliest, self.latest):
            edit.dateTimeChanged.connect(self._typed)

    def _group(self, page: QWidget, title: str, name: str, column: QVBoxLayout) -> InlineForm:
        box = QGroupBox(title, page)
        box.setObjectName(f"{name}Group")
        inner = QVBoxLayout(box)
        form = InlineForm(name, box)
        inner.addWidget(form)
        column.addWidget(box)
        self.forms.append(form)
        return form

    def _line(self, form: InlineForm, key: str, text: str, length: int) -> QLineEdit:
        edit = QLineEdit(form)
        edit.setMaxLength(length)
        form.add(key, text, edit)
        return edit

    def _fill_caseworkers(self) -> None:
        actor = self._session.actor
        try:
            listed = self._service.caseworkers()
        except OneStopError:
            listed = ()
        for worker in listed:
            self.caseworker.addItem(worker.display_name, worker.username)
        self.caseworker.addItem(self.tr("No caseworker yet"), "")
        if actor.role is Role.CASEWORKER:
            self.caseworker.setCurrentIndex(max(self.caseworker.findData(actor.username), 0))
        else:
            self.caseworker.setCurrentIndex(self.caseworker.count() - 1)

    def _incident_changed(self, *_args: object) -> None:
        """The time fields take the focus only when they are needed."""
        recorded = self.gbv_type.currentData() is not None
        precision = Precision(self.precision.currentData())
        for w in (self.precision, self.context):
            w.setEnabled(recorded)
        self.earliest.setEnabled(recorded and precision is not Precision.UNKNOWN)
        self.latest.setEnabled(recorded and precision is Precision.APPROXIMATE)

    def _typed(self, *_args: object) -> None:
        self.dirty = True

    # -- what was typed, as the service takes it --

    def _moment(self, edit: MomentEdit, key: str) -> datetime:
        """The moment typed, or ValidationFailed that says under the field what is wrong."""
        try:
            return edit.moment()
        except ValueError as wrong:
            raise ValidationFailed.of({key: str(wrong)}) from None

    def _birth(self) -> date | None:
        text = self.birth.text().strip()
        if not text:
            return None
        try:
            return parse_date(text)
        except ValueError as exc:
            raise ValidationFailed.of({"date_of_birth": str(exc.args[0])}) from None

    def intake(self) -> Intake:
        """Her details as typed; ValidationFailed for a date of birth that is not a date."""
        survivor = SurvivorDetails(
            name=self.name.text().strip(),
            alias=self.alias.text().strip(),
            date_of_birth=self._birth(),
            safe_phone=self.phone.text().strip(),
            safe_message_allowed=self.messages.isChecked(),
            safe_code_word=self.code_word.text().strip(),
            safe_notes=self.safe_notes.toPlainText().strip(),
        )
        incident = None
        if (kind := self.gbv_type.currentData()) is not None:
            precision = Precision(self.precision.currentData())
            incident = IncidentForm(
                precision,
                GbvType(kind),
                IncidentContext(self.context.currentData()),
                earliest=self._moment(self.earliest, "earliest")
                if precision is not Precision.UNKNOWN
                else None,
                latest=self._moment(self.latest, "latest")
                if precision is Precision.APPROXIMATE
                else None,
            )
        consent = tuple(
            ConsentChoice(purpose, Decision(combo.currentData()))
            for purpose, combo in self.consent.items()
            if combo.currentData() is not None
        )
        return Intake(survivor, incident, consent, self.caseworker.currentData() or None)

    def show_error(self, exc: BaseException) -> None:
        """Each message under its field (the first field at fault takes the focus); the rest
        on the line under the form."""
        for form in self.forms:
            form.clear_errors()
        self.message.clear()
        fields = exc.fields if isinstance(exc, ValidationFailed) else {}
        rest: list[str] = []
        first: QWidget | None = None
        for key, text in fields.items():
            holder = next((f for f in self.forms if key in f.errors), None)
            if holder is None:
                rest.append(phrase(text))
                continue
            form = holder
            form.errors[key].setText(phrase(text))
            form.errors[key].show()
            first = first or form.fields[key]
        if not fields:
            rest.append(explain(exc))
        self.message.setText(" ".join(rest))
        if first is not None:
            self.pages.setCurrentIndex(0)
            first.setFocus()

    # -- the second step: the files that may be hers --

    def _matches_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("intakeMatchesPage")
        layout = QVBoxLayout(page)
        self.matches_intro = QLabel(page)
        self.matches_intro.setObjectName("matchesIntro")
        self.matches_intro.setWordWrap(True)
        layout.addWidget(self.matches_intro)
        summary = QGroupBox(self.tr("What will be registered"), page)
        summary.setObjectName("intakeSummary")
        self.summary = QFormLayout(summary)
        layout.addWidget(summary)
        self.matches_model = RowsModel(
            [
                self.tr("Reference"),
                self.tr("Name or alias"),
                self.tr("Age"),
                self.tr("Status"),
                self.tr("Caseworker"),
                self.tr("Opened"),
                self.tr("Same"),
            ]
        )
        self.matches = table_view(
            page, "matchesTable", self.tr("Possible matches"), self.matches_model
        )
        self.matches.activated.connect(lambda *_: self.open_existing())
        self.matches_heading = QLabel(self.tr("Possible &matches"), page)
        self.matches_heading.setBuddy(self.matches)
        layout.addWidget(self.matches_heading)
        layout.addWidget(self.matches, 1)
        self.nothing_found = QWidget(page)  # keeps the sentence at the top when alone
        layout.addWidget(self.nothing_found, 1)
        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        self.back_button = button(page, self.tr("&Back"), "intakeBackButton", self.back)
        self.open_button = button(
            page, self.tr("&Open the selected file"), "openMatchButton", self.open_existing
        )
        self.register_button = button(
            page, self.tr("&Register her"), "registerButton", self.register
        )
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.register_button)
        return page

    def _summarise(self, intake: Intake) -> None:
        """What she told, as it will be registered, so the check page can be read through
        before her file is opened (and "Back" corrects it)."""
        while self.summary.rowCount():
            self.summary.removeRow(0)
        d, none = intake.survivor, self.tr("not given")
        incident = self.tr("Not recorded now")
        if intake.incident is not None:
            i = intake.incident
            when = fmt.when(i.earliest) if i.earliest is not None else self.tr("time not known")
            if i.latest is not None:
                when = self.tr("between {start} and {end}").format(
                    start=when, end=fmt.when(i.latest)
                )
            incident = f"{label(i.gbv_type)} · {when}"
        decisions = ", ".join(
            f"{label(c.purpose)}: {label(c.decision)}" for c in intake.consent
        ) or self.tr("none asked yet")
        rows = [
            (self.tr("Name"), d.name or none),
            (self.tr("Alias"), d.alias or none),
            (self.tr("Date of birth"), fmt.day(d.date_of_birth) or none),
            (self.tr("Safe phone"), d.safe_phone or none),
            (
                self.tr("Text messages"),
                self.tr("allowed") if d.safe_message_allowed else self.tr("do not send"),
            ),
            (self.tr("First incident"), incident),
            (self.tr("Consent decisions"), decisions),
            (self.tr("Caseworker"), self.caseworker.currentText()),
        ]
        for title, value in rows:
            shown = QLabel(value, self.summary.parentWidget())
            shown.setWordWrap(True)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            self.summary.addRow(title, shown)

    def _reasons(self, reasons: tuple[str, ...]) -> str:
        words = {
            MatchReason.NAME: self.tr("name"),
            MatchReason.ALIAS: self.tr("alias"),
            MatchReason.DATE_OF_BIRTH: self.tr("date of birth"),
            MatchReason.PHONE: self.tr("phone"),
        }
        return ", ".join(words[r] for r in reasons)

    def look(self) -> None:
        """Look for her among the existing files and show what was found."""
        with report_errors(self.show_error) as outcome:
            intake = self.intake()
            d = intake.survivor
            facts = PersonFacts(d.name, d.alias, d.date_of_birth, None, d.safe_phone)
            if problems := check_person(facts, self._clock().astimezone().date()):
                raise ValidationFailed.of(problems)
            self.check = self._service.possible_matches(
                d.name, d.alias, d.date_of_birth, d.safe_phone
            )
        if outcome.failed:
            return
        for form in self.forms:
            form.clear_errors()
        self.message.clear()
        self._summarise(intake)
        names = staff_names(self._session)
        found = self.check.matches
        self.matches_model.set_rows(
            [
                (
                    m.reference,
                    m.display_name,
                    str(m.age) if m.age is not None else "",
                    label(m.status),
                    names.get(m.caseworker, m.caseworker) if m.caseworker else "",
                    fmt.day(m.opened_at.date()),
                    self._reasons(m.reasons),
                )
                for m in found
            ],
            [m.reference for m in found],
        )
        if found:
            self.matches_intro.setText(
                self.tr(
                    "These files share something with what she told you. If one of them is "
                    "hers, open it instead of registering her again."
                )
            )
            self.matches.selectRow(0)
        else:
            self.matches_intro.setText(
                self.tr("No existing file has her name, alias, date of birth or phone.")
            )
        self.matches.setVisible(bool(found))
        self.matches_heading.setVisible(bool(found))
        self.nothing_found.setVisible(not found)
        self.open_button.setVisible(bool(found))
        self.register_button.setText(
            self.tr("&Register her as new: none of these") if found else self.tr("&Register her")
        )
        self.pages.setCurrentIndex(1)
        for b in (self.open_button, self.register_button):
            b.setAutoDefault(False)
            b.setDefault(False)
        default = self.open_button if found else self.register_button
        default.setDefault(True)
        (self.matches if found else self.register_button).setFocus()

    def back(self) -> None:
        self.pages.setCurrentIndex(0)
        self.check_button.setDefault(True)
        self.name.setFocus()

    def open_existing(self) -> None:
        rows = self.matches.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Choose her file in the list first."))
            return
        reference = str(self.matches_model.key(rows[0].row()))
        self.dirty = False
        self.accept()
        self.open_case.emit(reference)

    def register(self) -> None:
        if self.check is None:
            return
        with report_errors(self.show_error) as outcome:
            opened = self._service.register(self.intake(), self.check.confirm_new())
        if outcome.failed:
            return
        self.dirty = False
        self.accept()
        self.open_case.emit(opened.reference)

    # -- kept when the screen is hidden or locked (gui/kept.py) --

    KIND = DIALOG + "intake"

    def keep_draft(self) -> DialogDraft | None:
        """What was typed about her, as her author's private draft (she has no file yet)."""
        if not self.dirty:
            return None
        lines = {
            "name": self.name,
            "alias": self.alias,
            "date_of_birth": self.birth,
            "safe_phone": self.phone,
            "safe_code_word": self.code_word,
        }
        fields: dict[str, Any] = {key: edit.text() for key, edit in lines.items()}
        fields["safe_notes"] = self.safe_notes.toPlainText()
        fields["safe_message_allowed"] = self.messages.isChecked()
        for key, combo in self._combos().items():
            fields[key] = combo.currentData()
        for key, when in (("earliest", self.earliest), ("latest", self.latest)):
            fields[key] = [when.day.text(), when.time.text()]  # as typed, even half typed
        return DialogDraft(self.KIND, Section.IDENTITY, "", fields)

    def _combos(self) -> dict[str, QComboBox]:
        combos = {
            "caseworker": self.caseworker,
            "gbv_type": self.gbv_type,
            "precision": self.precision,
            "context": self.context,
        }
        combos.update({f"consent_{p.value}": combo for p, combo in self.consent.items()})
        return combos

    def restore(self, fields: dict[str, Any]) -> None:
        """The intake as it was when the screen locked."""
        lines = {
            "name": self.name,
            "alias": self.alias,
            "date_of_birth": self.birth,
            "safe_phone": self.phone,
            "safe_code_word": self.code_word,
        }
        for key, edit in lines.items():
            edit.setText(str(fields.get(key, "")))
        self.safe_notes.setPlainText(str(fields.get("safe_notes", "")))
        self.messages.setChecked(bool(fields.get("safe_message_allowed")))
        for key, combo in self._combos().items():
            if key in fields:
                combo.setCurrentIndex(max(combo.findData(fields[key]), 0))
        for key, when in (("earliest", self.earliest), ("latest", self.latest)):
            kept = fields.get(key)
            if isinstance(kept, int):  # a draft kept before times were typed
                when.setDateTime(to_qdatetime(datetime.fromtimestamp(kept, UTC)))
            elif isinstance(kept, list) and len(kept) == 2:
                when.day.setText(str(kept[0]))
                when.time.setText(str(kept[1]))
        self.dirty = True
        self.pages.setCurrentIndex(0)
        self.name.setFocus()

    # -- leaving without registering --

    def leave(self) -> None:
        """Cancel, Escape or the window's close: ask first if anything was typed."""
        if not self.dirty:
            self.reject()
            return
        self._dialogs.confirm(
            self,
            self.tr("Discard this intake?"),
            self.tr("What you typed about her has not been saved."),
            self.reject,
            yes=self.tr("Discard"),
            no=self.tr("Keep typing"),
            safe_default=True,
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.leave()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty and self.isVisible():
            event.ignore()
            self.leave()
            return
        super().closeEvent(event)
