"""The file's risk and safety tab: earlier assessments and their trend, a new checklist with a
running score, professional judgement with its reason, the safety plan, the case-conference
referral and the actions agreed for the case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from onestop.domain.risk import Answer, Instrument, RiskLevel, trend_words
from onestop.domain.roles import Action, Section
from onestop.gui import fmt
from onestop.gui.labels import label, plan_heading
from onestop.gui.language import current_language
from onestop.gui.models.rows import RowsModel
from onestop.gui.widgets.controls import message_label, table_view
from onestop.gui.widgets.screen import report_errors
from onestop.i18n import isolating
from onestop.services.casefile import CaseFileView
from onestop.services.risk import (
    SAFETY_PLAN_HEADINGS,
    RiskService,
    SafetyPlanDetails,
    SafetyPlanService,
)
from onestop.services.session import VaultSession

LEVEL_COLOURS = {
    RiskLevel.HIGH: "#b00020",
    RiskLevel.MEDIUM: "#8a5a00",
    RiskLevel.STANDARD: "#2e7d32",
}


class ChecklistForm(QGroupBox):
    """One new assessment: an answer per question, the score as it is typed, judgement."""

    saved = Signal()
    cancelled = Signal()

    def __init__(
        self, session: VaultSession, reference: str, instrument: Instrument, parent: QWidget
    ) -> None:
        language = current_language()
        super().__init__(instrument.title_in(language), parent)
        self.setObjectName("checklistForm")
        self._session = session
        self._reference = reference
        self.instrument = instrument
        self.answers: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        self._build_questions(layout, language)
        self._build_judgement(layout)
        self.error = message_label(self, "checklistError")
        layout.addWidget(self.error)
        self._build_buttons(layout)
        self._update_score()

    def _build_questions(self, layout: QVBoxLayout, language: str) -> None:
        """One answer per question of the instrument, each captioned with its number and
        worded as it is read to her ("Are you…?"); the record's wording ("Is she…?") is the
        caption's tooltip."""
        form = QFormLayout()
        layout.addLayout(form)
        for number, question in enumerate(self.instrument.questions, 1):
            combo = QComboBox(self)
            combo.setObjectName(f"answer_{question.id}")
            asked = question.asked_in(language)
            combo.setAccessibleName(asked)
            combo.addItem(self.tr("— choose —"), None)
            for answer in Answer:
                combo.addItem(label(answer), answer)
            combo.currentIndexChanged.connect(self._update_score)
            caption = QLabel(f"{number}. {asked}", self)
            caption.setObjectName(f"question_{question.id}")
            caption.setToolTip(question.text_in(language))
            caption.setWordWrap(True)
            caption.setBuddy(combo)
            form.addRow(caption, combo)
            self.answers[question.id] = combo

    def _build_judgement(self, layout: QVBoxLayout) -> None:
        """The running score, and the judgement that may raise the level, with its reason."""
        self.score = QLabel(self)
        self.score.setObjectName("runningScore")
        layout.addWidget(self.score)
        judgement_row = QFormLayout()
        layout.addLayout(judgement_row)
        self.judgement = QComboBox(self)
        self.judgement.setObjectName("judgementCombo")
        self.judgement.setAccessibleName(self.tr("Professional judgement"))
        self.judgement.addItem(self.tr("Agree with the score"), None)
        for level in (RiskLevel.MEDIUM, RiskLevel.HIGH):
            self.judgement.addItem(self.tr("Raise to {level}").format(level=label(level)), level)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("judgementReason")
        self.reason.setAccessibleName(self.tr("Why your judgement raises the level"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(70)
        judgement_row.addRow(self.tr("Professional &judgement"), self.judgement)
        judgement_row.addRow(self.tr("&Reason"), self.reason)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelChecklistButton")
        self.cancel_button.clicked.connect(self.cancelled)
        self.save_button = QPushButton(self.tr("&Save assessment"), self)
        self.save_button.setObjectName("saveChecklistButton")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

    def chosen(self) -> dict[str, Answer]:
        # (Qt hands a str enum back as its plain value.)
        return {
            qid: Answer(combo.currentData())
            for qid, combo in self.answers.items()
            if combo.currentData() is not None
        }

    def judgement_level(self) -> RiskLevel | None:
        value = self.judgement.currentData()
        return RiskLevel(value) if value else None

    @property
    def has_unsaved(self) -> bool:
        return bool(self.chosen()) or bool(self.reason.toPlainText().strip())

    def _update_score(self) -> None:
        chosen = self.chosen()
        yes = sum(1 for a in chosen.values() if a is Answer.YES)
        level = self.instrument.level_for(yes)
        self.score.setText(
            self.tr("Score so far: {yes} of {n} ({level}); ").format(
                yes=yes, n=len(self.instrument.questions), level=label(level)
            )
            + self.tr("%n still to answer", "", len(self.answers) - len(chosen))
        )
        self.score.setStyleSheet(f"color: {LEVEL_COLOURS[level]}; font-weight: 600;")

    def save(self) -> None:
        with report_errors(self.error) as outcome:
            RiskService(self._session).assess(
                self._reference,
                self.instrument,
                self.chosen(),
                judgement=self.judgement_level(),
                judgement_reason=self.reason.toPlainText(),
            )
        if outcome.failed:
            return
        self.saved.emit()


class SafetyPlanForm(QGroupBox):
    saved = Signal()
    print_requested = Signal()  # her copy of the saved plan

    def __init__(self, session: VaultSession, view: CaseFileView, parent: QWidget) -> None:
        super().__init__(self.tr("Safety plan"), parent)
        self.setObjectName("safetyPlanForm")
        self._session = session
        self._reference = view.case.reference
        self._current = view.safety_plan[-1] if view.safety_plan else None
        writable = session.allowed(Section.RISK, Action.WRITE)
        form = QFormLayout(self)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        details = self._current.details if self._current else SafetyPlanDetails()
        for name in SAFETY_PLAN_HEADINGS:
            value = getattr(details, name)
            edit: QLineEdit | QPlainTextEdit
            if name == "code_word":
                edit = QLineEdit(value, self)
                edit.setMaxLength(100)
                edit.setReadOnly(not writable)
            else:
                edit = QPlainTextEdit(value, self)
                edit.setTabChangesFocus(True)
                edit.setMaximumHeight(60)
                edit.setReadOnly(not writable)
            edit.setObjectName(f"plan_{name}")
            edit.setAccessibleName(plan_heading(name))
            form.addRow(plan_heading(name), edit)
            self.fields[name] = edit
        if self._current is not None:
            form.addRow(
                QLabel(
                    self.tr("Version {v}, saved {when} by {who}").format(
                        v=self._current.version,
                        **isolating(
                            when=fmt.when(self._current.updated_at),
                            who=self._current.updated_by,
                        ),
                    ),
                    self,
                )
            )
        self.error = message_label(self, "safetyPlanError")
        form.addRow(self.error)
        buttons = QHBoxLayout()
        if writable:
            self.save_button = QPushButton(self.tr("Save the safety &plan"), self)
            self.save_button.setObjectName("saveSafetyPlanButton")
            self.save_button.clicked.connect(self.save)
            buttons.addWidget(self.save_button)
        if self._current is not None:
            self.print_button = QPushButton(self.tr("Print &her copy…"), self)
            self.print_button.setObjectName("printSafetyPlanButton")
            self.print_button.setToolTip(
                self.tr("The saved plan, without her name, to take with her")
            )
            self.print_button.clicked.connect(self._print)
            buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        form.addRow(buttons)

    def _print(self) -> None:
        if self.has_unsaved:
            self.error.setText(self.tr("Save the changes first: her copy is the saved plan."))
            return
        self.error.clear()
        self.print_requested.emit()

    def details(self) -> SafetyPlanDetails:
        values = {
            name: edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
            for name, edit in self.fields.items()
        }
        return SafetyPlanDetails(**values)

    @property
    def has_unsaved(self) -> bool:
        before = self._current.details if self._current else SafetyPlanDetails()
        return self.details() != before

    def save(self) -> None:
        plans = SafetyPlanService(self._session)
        with report_errors(self.error) as outcome:
            if self._current is None:
                plans.record(self._reference, self.details())
            else:
                plans.update(
                    self._reference, self._current.record_id, self.details(), self._current.version
                )
        if outcome.failed:
            return
        self.saved.emit()


class RiskPanel(QScrollArea):
    """The risk and safety tab of a file."""

    changed = Signal()
    print_plan = Signal()

    def __init__(self, session: VaultSession, view: CaseFileView, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._session = session
        self._view = view
        self.checklist: ChecklistForm | None = None
        body = QWidget(self)
        self.column = QVBoxLayout(body)
        self.setWidget(body)
        self._build_summary(body, view)
        self._build_conference_status(body, view)
        self._build_assessment_table(body, view)
        self._build_new_button(body, session)
        self.checklist_slot = QVBoxLayout()
        self.column.addLayout(self.checklist_slot)
        self.plan = SafetyPlanForm(session, view, body)
        self.plan.saved.connect(self.changed)
        self.plan.print_requested.connect(self.print_plan)
        self.column.addWidget(self.plan)
        self._build_conference_actions(body, view)
        self.error = message_label(body, "riskError")
        self.column.addWidget(self.error)
        self.column.addStretch(1)

    def _build_summary(self, body: QWidget, view: CaseFileView) -> None:
        """The latest level and score in its colour, and the trend across assessments."""
        assessments = view.risk or ()
        latest = assessments[-1] if assessments else None
        summary = QLabel(body)
        summary.setObjectName("riskSummary")
        summary.setWordWrap(True)
        if latest is None:
            summary.setText(self.tr("No risk assessment yet."))
        else:
            summary.setText(
                self.tr("Latest: {level} risk, score {score} ({when}). {trend}").format(
                    level=label(latest.final_level),
                    score=latest.score,
                    **isolating(when=fmt.when(latest.assessed_at)),
                    trend=trend_words([a.trend_point() for a in assessments]),
                )
            )
            summary.setStyleSheet(f"color: {LEVEL_COLOURS[latest.final_level]}; font-weight: 600;")
        self.column.addWidget(summary)

    def _build_conference_status(self, body: QWidget, view: CaseFileView) -> None:
        """Whether the file waits for a case conference, and why (shown once it was asked)."""
        if view.conference_referral is None:
            return
        status = QLabel(body)
        status.setObjectName("conferenceStatus")
        status.setWordWrap(True)
        status.setText(
            self.tr("Waiting for the case conference: {why}.").format(
                why="; ".join(label(c) for c in view.conference_referral)
            )
            if view.conference_referral
            else self.tr("Not waiting for a case conference.")
        )
        self.column.addWidget(status)

    def _build_assessment_table(self, body: QWidget, view: CaseFileView) -> None:
        """Every assessment, newest first."""
        assessments = view.risk or ()
        if not assessments:
            return
        table = table_view(
            body,
            "assessmentTable",
            self.tr("Risk assessments"),
            RowsModel(
                [
                    self.tr("When"),
                    self.tr("Checklist"),
                    self.tr("Score"),
                    self.tr("Level"),
                    self.tr("Judgement"),
                    self.tr("By"),
                ],
                [
                    (
                        fmt.when(a.assessed_at),
                        a.instrument_key,
                        str(a.score),
                        label(a.final_level),
                        a.judgement_reason,
                        a.assessed_by,
                    )
                    for a in reversed(assessments)
                ],
                parent=body,
            ),
        )
        table.setMaximumHeight(160)
        self.column.addWidget(table)

    def _build_new_button(self, body: QWidget, session: VaultSession) -> None:
        """Starting a new assessment, for those who may write the risk section."""
        if not session.allowed(Section.RISK, Action.WRITE):
            return
        self.new_button = QPushButton(self.tr("&New risk assessment"), body)
        self.new_button.setObjectName("newAssessmentButton")
        self.new_button.clicked.connect(self.start_checklist)
        self.column.addWidget(self.new_button)

    def _build_conference_actions(self, body: QWidget, view: CaseFileView) -> None:
        """The actions the case conference agreed for this file."""
        if not view.conference_actions:
            return
        box = QGroupBox(self.tr("Case-conference actions"), body)
        inner = QVBoxLayout(box)
        table = table_view(
            box,
            "caseActionTable",
            self.tr("Case-conference actions"),
            RowsModel(
                [
                    self.tr("Agreed"),
                    self.tr("Agency"),
                    self.tr("Owner"),
                    self.tr("Action"),
                    self.tr("Due"),
                    self.tr("Status"),
                ],
                [
                    (
                        fmt.day(a.agreed_on),
                        a.agency,
                        a.owner,
                        a.description,
                        fmt.day(a.due_on),
                        label(a.status) + (f": {a.reason}" if a.reason else ""),
                    )
                    for a in view.conference_actions
                ],
                parent=box,
            ),
        )
        inner.addWidget(table)
        self.column.addWidget(box)

    def start_checklist(self) -> ChecklistForm | None:
        if self.checklist is not None:
            return self.checklist
        with report_errors(self.error) as outcome:
            instrument = RiskService(self._session).default_instrument()
        if outcome.failed:
            return None
        self.checklist = ChecklistForm(self._session, self._view.case.reference, instrument, self)
        self.checklist.saved.connect(self.changed)
        self.checklist.cancelled.connect(self._drop_checklist)
        self.checklist_slot.addWidget(self.checklist)
        self.new_button.setEnabled(False)
        first = next(iter(self.checklist.answers.values()))
        first.setFocus()
        return self.checklist

    def _drop_checklist(self) -> None:
        if self.checklist is not None:
            self.checklist.deleteLater()
            self.checklist = None
            self.new_button.setEnabled(True)

    @property
    def has_unsaved(self) -> bool:
        return (self.checklist is not None and self.checklist.has_unsaved) or (
            self.plan.has_unsaved
        )

    def drafts(self) -> list[tuple[str, dict[str, Any]]]:
        """The unsaved forms, as plain values to keep as the author's private draft."""
        found: list[tuple[str, dict[str, Any]]] = []
        if self.checklist is not None and self.checklist.has_unsaved:
            judgement = self.checklist.judgement_level()
            found.append(
                (
                    "risk_assessment",
                    {
                        "instrument": self.checklist.instrument.key,
                        "answers": {k: v.value for k, v in self.checklist.chosen().items()},
                        "judgement": judgement.value if judgement else None,
                        "reason": self.checklist.reason.toPlainText(),
                    },
                )
            )
        if self.plan.has_unsaved:
            found.append(("safety_plan", dict(self.plan.details().__dict__)))
        return found

    def restore(self, kind: str, fields: dict[str, Any]) -> None:
        if kind == "safety_plan":
            for name, edit in self.plan.fields.items():
                value = str(fields.get(name, ""))
                if isinstance(edit, QLineEdit):
                    edit.setText(value)
                else:
                    edit.setPlainText(value)
            return
        form = self.start_checklist()
        if form is None or fields.get("instrument") != form.instrument.key:
            return
        for qid, value in dict(fields.get("answers", {})).items():
            combo = form.answers.get(qid)
            if combo is not None:
                combo.setCurrentIndex(max(0, combo.findData(Answer(value))))
        if fields.get("judgement"):
            form.judgement.setCurrentIndex(
                max(0, form.judgement.findData(RiskLevel(fields["judgement"])))
            )
        form.reason.setPlainText(str(fields.get("reason", "")))
