"""What the MARAC referral form asks of a case on the agenda: who referred it and on what day
(``ReferralDialog``), and, when the pack or the minutes are printed, why each case without her
consent is shared all the same (``SharingChoices``, decided case by case)."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QSize, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from onestop.domain.consent import Told, ToldHer
from onestop.domain.coordination import SharingReason
from onestop.errors import OneStopError
from onestop.gui import fmt
from onestop.gui.labels import label
from onestop.gui.views.export import Run
from onestop.gui.views.sharings import told_answer
from onestop.gui.widgets.controls import message_label
from onestop.gui.widgets.dates import MomentEdit, to_date, to_qdate
from onestop.gui.widgets.screen import report_errors
from onestop.services.conferences import ConferenceService, ReferralDetails
from onestop.services.exports import ExportService
from onestop.services.exports.conference import CaseSharing
from onestop.services.exports.pipeline import MIN_REASON
from onestop.services.session import VaultSession
from onestop.services.sharings import (
    MAX_TOLD_BY,
    MIN_NOT_TOLD_REASON,
    SharingService,
    contradicts,
)


class MeetingTime(QTimeEdit):
    """A meeting's starting time, to the minute; at its minimum (00:00) it reads "not
    recorded" (no case conference meets at midnight), and ``starts_at()`` gives None."""

    def __init__(self, starts_at: time | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.setMinimumTime(QTime(0, 0))
        self.setSpecialValueText(self.tr("not recorded"))
        self.setTime(QTime(starts_at.hour, starts_at.minute) if starts_at else QTime(0, 0))

    def starts_at(self) -> time | None:
        chosen = self.time()
        if chosen == self.minimumTime():
            return None
        return time(chosen.hour(), chosen.minute())


class ReferralDialog(QDialog):
    """The referring agency and the referral's date of a case waiting for a meeting; saved
    with its history, and kept open with the reason when the service refuses it."""

    def __init__(
        self,
        parent: QWidget,
        session: VaultSession,
        reference: str,
        current: ReferralDetails,
        today: date,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("referralDialog")
        self.setWindowTitle(self.tr("Referral of {ref}").format(ref=reference))
        self._session, self._reference, self._current = session, reference, current
        form = QFormLayout(self)
        self.agency = QLineEdit(current.referring_agency, self)
        self.agency.setObjectName("referringAgency")
        self.agency.setMaxLength(200)
        self.agency.setAccessibleName(self.tr("Referring agency"))
        self.day = QDateEdit(to_qdate(current.referred_on or today), self)
        self.day.setObjectName("referredOn")
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(self.tr("Referral date"))
        for caption, widget in (
            (self.tr("Referring &agency"), self.agency),
            (self.tr("Referral &date"), self.day),
        ):
            caption_label = QLabel(caption, self)
            caption_label.setBuddy(widget)
            form.addRow(caption_label, widget)
        self.error = message_label(self, "referralError")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        with report_errors(self.error) as outcome:
            ConferenceService(self._session).update_referral(
                self._reference,
                ReferralDetails(self.agency.text(), to_date(self.day.date())),
                self._current.version,
            )
        if not outcome.failed:
            super().accept()


# How much of the cases' rows the box shows at first, and at least (pixels); more scroll,
# and a taller dialog shows more.
SHOWN_HEIGHT, LEAST_HEIGHT = 320, 200


class CaseRows(QScrollArea):
    """The cases' rows, scrolled: at first no taller than ``shown`` (SHOWN_HEIGHT), and as
    wide as the rows ask (each field as wide as its hint), so that they do not scroll
    sideways."""

    def __init__(self, parent: QWidget | None = None, shown: int = SHOWN_HEIGHT) -> None:
        super().__init__(parent)
        self._shown = shown
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        rows = self.widget()
        if rows is None:
            return hint
        wide = rows.sizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), wide), min(rows.sizeHint().height(), self._shown))

    def minimumSizeHint(self) -> QSize:
        least = super().minimumSizeHint()
        rows = self.widget()
        if rows is None:
            return least
        wide = rows.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(max(least.width(), wide), least.height())


def fit_hints(field: QLineEdit, hints: list[str]) -> None:
    """At least as wide as the longest of ``hints`` (the placeholders it shows), as
    translated: a hint cut off says nothing (issue 23)."""
    widest = max((field.fontMetrics().horizontalAdvance(h) for h in hints), default=0)
    field.setMinimumWidth(widest + 28)  # the frame, the text margins and the cursor


class Counter(QLabel):
    """How many characters are typed of the least a reason takes (or, with ``most``, of the
    most a field takes), as they are typed: the bound is known before anything is refused
    (issue 23)."""

    def __init__(self, field: QLineEdit, least: int, name: str, most: int | None = None) -> None:
        super().__init__(field.parentWidget())
        self._field, self._least, self._most = field, least, most
        self.setObjectName(name)
        field.textChanged.connect(self._count)
        self._count()

    def bound(self, least: int = 0, most: int | None = None) -> None:
        """Count against ``least`` or, when given, ``most`` (the field's answer changed)."""
        self._least, self._most = least, most
        self._count()

    def _count(self) -> None:
        typed = len(self._field.text().strip())
        if self._most is not None:
            self.setText(self.tr("{typed}/{most}").format(typed=typed, most=self._most))
            self.setAccessibleName(
                self.tr("%n character(s) typed, at most {most}", "", typed).format(most=self._most)
            )
            return
        self.setText(self.tr("{typed}/{least}").format(typed=typed, least=self._least))
        self.setAccessibleName(
            self.tr("%n character(s) typed, at least {least}", "", typed).format(least=self._least)
        )


class SharingChoices(QGroupBox):
    """For each case on the agenda without her consent to share with every attending agency:
    why it is shared all the same (a reason from the referral form's list) and a note of what
    makes it so for her. The pack's and the minutes' export dialogs both ask it: one reason
    for the whole meeting is never enough."""

    def __init__(
        self,
        session: VaultSession,
        meeting_id: int,
        lacking: dict[str, list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Shared without her consent: why, case by case"))
        self.setObjectName("sharingChoices")
        self._session, self._meeting_id = session, meeting_id
        column = QVBoxLayout(self)
        column.addWidget(
            QLabel(
                self.tr(
                    "These survivors did not consent to sharing with every agency at the "
                    "meeting. For each, choose why it is shared all the same, say what "
                    "makes it so, and whether she has been told of it; the document prints "
                    "it beside her case."
                ),
                self,
            )
        )
        column.itemAt(0).widget().setWordWrap(True)  # type: ignore[union-attr]
        least = QLabel(
            self.tr("What makes it so takes at least %n character(s);", "", MIN_REASON)
            + " "
            + self.tr(
                "why she is not told, at least %n: the count beside each field says how many "
                "are typed.",
                "",
                MIN_NOT_TOLD_REASON,
            ),
            self,
        )
        least.setObjectName("sharingLeast")
        least.setWordWrap(True)
        column.addWidget(least)
        # The cases scroll within the box: a meeting with many cases without consent still
        # leaves the dialog's buttons on a laptop's screen.
        cases = QWidget(self)
        grid = QGridLayout(cases)
        grid.setContentsMargins(0, 0, 0, 0)
        scroll = CaseRows(self)
        scroll.setObjectName("sharingCases")
        scroll.setWidget(cases)
        column.addWidget(scroll)
        self.rows: dict[str, tuple[QComboBox, QLineEdit]] = {}
        self.told: dict[str, CaseTold] = {}
        for n, (reference, agencies) in enumerate(sorted(lacking.items())):
            case_label = QLabel(
                self.tr("{ref} (not with {agencies})").format(
                    ref=reference, agencies=", ".join(agencies)
                ),
                self,
            )
            case_label.setWordWrap(True)
            reason = QComboBox(self)
            reason.setObjectName(f"sharingReason_{reference}")
            reason.setAccessibleName(self.tr("Why {ref} is shared").format(ref=reference))
            reason.addItem(self.tr("Choose why…"), None)
            for member in SharingReason:
                reason.addItem(label(member), member.value)
            note = QLineEdit(self)
            note.setObjectName(f"sharingNote_{reference}")
            note.setMaxLength(500)
            note.setAccessibleName(self.tr("What makes it so for {ref}").format(ref=reference))
            note.setPlaceholderText(self.tr("What makes it so for her"))
            fit_hints(note, [note.placeholderText()])
            grid.addWidget(case_label, 2 * n, 0, 2, 1)
            grid.addWidget(reason, 2 * n, 1)
            grid.addWidget(note, 2 * n, 2, 1, 2)
            grid.addWidget(Counter(note, MIN_REASON, f"sharingNoteCount_{reference}"), 2 * n, 4)
            self.rows[reference] = (reason, note)
            self.told[reference] = self._told_row(reference, grid, 2 * n + 1)
            self._count_why(self.told[reference], reference, grid, 2 * n + 1)
        grid.setColumnStretch(3, 1)
        scroll.setMinimumHeight(min(cases.sizeHint().height(), LEAST_HEIGHT))
        # A new answer that says otherwise than the case's earlier one: said, and exported
        # only once confirmed here (the ledger keeps both).
        self.confirm = QCheckBox(
            self.tr("Export all the same: these answers differ from the earlier ones"), self
        )
        self.confirm.setObjectName("confirmOtherAnswer")
        self.confirm.setVisible(False)
        column.addWidget(self.confirm)
        self._warned: dict[str, ToldHer] = {}

    def typed(self) -> bool:
        """Whether anything was typed or chosen for a case (lost if the dialog closes)."""
        return any(
            note.text().strip() or reason.currentIndex() > 0 for reason, note in self.rows.values()
        ) or any(t.said.text().strip() for t in self.told.values())

    def _count_why(self, told: CaseTold, reference: str, grid: QGridLayout, row: int) -> None:
        """The field beside "Has she been told?" as wide as its hints, and its count, as the
        other fields have theirs: when she is not told, of why (at least MIN_NOT_TOLD_REASON
        characters); when she will be, of who will tell her (at most MAX_TOLD_BY)."""
        said = told.said
        fit_hints(said, list(told.hints()))
        counter = Counter(said, MIN_NOT_TOLD_REASON, f"toldSaidCount_{reference}")
        grid.addWidget(counter, row, 4)

        def shown() -> None:
            chosen = told.choice.currentData()
            if chosen == Told.WILL_BE_TOLD.value:
                counter.bound(most=MAX_TOLD_BY)
            else:
                counter.bound(least=MIN_NOT_TOLD_REASON)
            counter.setVisible(chosen in (Told.NOT_TOLD.value, Told.WILL_BE_TOLD.value))

        told.choice.currentIndexChanged.connect(shown)
        shown()

    def _told_row(self, reference: str, grid: QGridLayout, row: int) -> CaseTold:
        """Has she been told of the sharing of her case: the row under its reason."""
        choice = QComboBox(self)
        choice.setObjectName(f"told_{reference}")
        choice.setAccessibleName(
            self.tr("Has she been told of the sharing of {ref}?").format(ref=reference)
        )
        choice.addItem(self.tr("Has she been told?…"), None)
        choice.addItem(self.tr("Yes, she was told on"), Told.TOLD.value)
        choice.addItem(self.tr("Not yet: she will be told by"), Told.WILL_BE_TOLD.value)
        choice.addItem(self.tr("No: it would put her or others at risk"), Told.NOT_TOLD.value)
        # Empty until she who answers types or picks the day: never today by default.
        day = MomentEdit(self, with_time=False)
        day.setObjectName(f"toldOn_{reference}")
        # As wide as its placeholder, no wider: the row's words take the rest.
        day.day.setMinimumWidth(day.day.fontMetrics().horizontalAdvance("YYYY-MM-DD") + 16)
        day.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        day.setAccessibleName(
            self.tr("The day she was told of the sharing of {ref}").format(ref=reference)
        )
        said = QLineEdit(self)
        said.setObjectName(f"toldSaid_{reference}")
        # Room for its placeholder: who will tell her, or why not, is read where it is typed.
        said.setMinimumWidth(
            said.fontMetrics().horizontalAdvance(self.tr("Who will tell her (a name or a role)"))
            + 24
        )
        said.setMaxLength(500)
        said.setAccessibleName(
            self.tr("Who will tell her, or why not, for {ref}").format(ref=reference)
        )
        grid.addWidget(choice, row, 1)
        grid.addWidget(day, row, 2)
        grid.addWidget(said, row, 3)
        return CaseTold(
            choice,
            day,
            said,
            {
                Told.WILL_BE_TOLD.value: self.tr("Who will tell her (a name or a role)"),
                Told.NOT_TOLD.value: self.tr("Why telling her would put her or others at risk"),
            },
        )

    def decided(self) -> dict[str, CaseSharing] | str:
        """Each case's reason and note, or what is still missing, in words: a case without a
        reason chosen, or without a note of what makes it so for her."""
        undecided = [ref for ref, (reason, _) in self.rows.items() if reason.currentData() is None]
        if undecided:
            self.rows[undecided[0]][0].setFocus()
            return self.tr("Choose why each case is shared without her consent: {cases}.").format(
                cases=", ".join(undecided)
            )
        unsaid = [
            ref for ref, (_, note) in self.rows.items() if len(note.text().strip()) < MIN_REASON
        ]
        if unsaid:
            self.rows[unsaid[0]][1].setFocus()
            return self.tr(
                "Say what makes it so for each case shared without her consent (at least %n "
                "character(s) each): {cases}.",
                "",
                MIN_REASON,
            ).format(cases=", ".join(unsaid))
        missing_day = [
            ref
            for ref, told in self.told.items()
            if told.choice.currentData() == Told.TOLD.value and told.day.empty()
        ]
        if missing_day:
            self.told[missing_day[0]].day.setFocus()
            return self.tr("Type or choose the day she was told: {cases}.").format(
                cases=", ".join(missing_day)
            )
        unreadable = [
            ref
            for ref, told in self.told.items()
            if told.choice.currentData() == Told.TOLD.value and not told.day.date().isValid()
        ]
        if unreadable:
            self.told[unreadable[0]].day.setFocus()
            return self.tr("The day she was told is not a date (e.g. 2026-12-02): {cases}.").format(
                cases=", ".join(unreadable)
            )
        differing = self.differing()
        if differing:
            return differing
        # Whether she was told, each case's own (the service refuses, naming the cases, an
        # answer missing or wrong).
        return {
            ref: CaseSharing(
                SharingReason(reason.currentData()), note.text(), self.told[ref].answer()
            )
            for ref, (reason, note) in self.rows.items()
        }

    def differing(self) -> str:
        """Where a case's new answer says otherwise than the answer in force for its latest
        sharing (services.sharings.contradicts): the cases and their earlier answers, in
        words, until the box is ticked for exactly these answers; "" when none differs."""
        answers = {ref: t.answer() for ref, t in self.told.items()}
        given = {ref: a for ref, a in answers.items() if a is not None}
        try:
            earlier = SharingService(self._session).answers_now(given)
        except OneStopError:
            return ""  # the export itself says why it cannot be read
        other = {
            ref: earlier[ref]
            for ref, answer in given.items()
            if ref in earlier and contradicts(earlier[ref].answer, answer)
        }
        if not other:
            self.confirm.setVisible(False)
            return ""
        if self.confirm.isChecked() and self._warned == {ref: given[ref] for ref in other}:
            return ""
        self._warned = {ref: given[ref] for ref in other}
        self.confirm.setChecked(False)
        self.confirm.setVisible(True)
        said = "; ".join(
            self.tr("{ref}, shared on {day}: “{answer}”").format(
                ref=ref,
                day=fmt.day(sharing.shared_at.date()),
                answer=told_answer(sharing.answer),
            )
            for ref, sharing in sorted(other.items())
        )
        return self.tr(
            "An earlier sharing said otherwise: {said}. Check the answers; to keep both, tick "
            '"Export all the same" and export again.'
        ).format(said=said)

    def focus_named(self, said: str) -> bool:
        """Put the keyboard on the answer of the first case ``said`` (a refusal) names."""
        for reference, told in self.told.items():
            if reference in said:
                chosen = told.choice.currentData() is not None
                (told.said if chosen and told.said.isEnabled() else told.choice).setFocus()
                return True
        return False

    def choose(self) -> Run | str:
        sharing = self.decided()
        if isinstance(sharing, str):
            return sharing
        session, meeting_id = self._session, self._meeting_id
        return lambda options: ExportService(session).conference_pack(options, meeting_id, sharing)


class CaseTold:
    """Has she been told of her case's sharing? One row under the case's reason: told on a
    day; not yet, and who will tell her; or not, because telling her would put her or others
    at risk, and why. Each case its own answer, printed beside it in the pack or the
    minutes."""

    def __init__(
        self,
        choice: QComboBox,
        day: MomentEdit,
        said: QLineEdit,
        placeholders: dict[str, str],
    ) -> None:
        self.choice, self.day, self.said = choice, day, said
        self._placeholders = placeholders
        choice.currentIndexChanged.connect(self._chosen)
        self._chosen()

    def hints(self) -> tuple[str, ...]:
        """The placeholders the answer's field may show."""
        return tuple(self._placeholders.values())

    def _chosen(self) -> None:
        chosen = self.choice.currentData()
        self.day.setEnabled(chosen == Told.TOLD.value)
        self.said.setEnabled(chosen in self._placeholders)
        self.said.setPlaceholderText(self._placeholders.get(chosen, ""))

    def answer(self) -> ToldHer | None:
        """The answer chosen (checked by the service), None when none is."""
        chosen = self.choice.currentData()
        if chosen == Told.TOLD.value:
            chosen_day = self.day.date()
            return ToldHer(Told.TOLD, on=to_date(chosen_day) if chosen_day.isValid() else None)
        if chosen == Told.WILL_BE_TOLD.value:
            return ToldHer(Told.WILL_BE_TOLD, by=self.said.text())
        if chosen == Told.NOT_TOLD.value:
            return ToldHer(Told.NOT_TOLD, why=self.said.text())
        return None
