"""A section's records in its tab, and the form to add or edit one, in the same place.

Counselling sessions, legal matters, hearings, protection orders and tasks are each a details
dataclass kept by a ``CaseRecords`` service. The form is built from the dataclass's fields (a
date and time, a day, a choice, a yes/no, a line or a note), each message from the service is
shown under its field, and an edit carries the version it started from so that a colleague's
change in between is caught, not overwritten.

The form lives in the tab, not in a window of its own: locking the screen hides it with its
text intact, and another person signing in keeps it as its author's private draft.
"""

from __future__ import annotations

import copy
import dataclasses
import types
import typing
from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from onestop.clock import Clock
from onestop.domain.roles import Action, Section
from onestop.errors import ValidationFailed
from onestop.gui import fmt
from onestop.gui.dialogs import Dialogs
from onestop.gui.labels import label
from onestop.gui.models.rows import RowsModel
from onestop.gui.widgets.controls import table_view
from onestop.gui.widgets.dates import MomentEdit, to_qdate, to_qdatetime
from onestop.gui.widgets.form import InlineForm
from onestop.gui.widgets.screen import report_errors
from onestop.services.consent import ConsentChoice, ConsentService
from onestop.services.forensic import ExamForm, ForensicService, HandoverForm, SpecimenForm
from onestop.services.incidents import IncidentForm, IncidentService
from onestop.services.session import VaultSession

LONG_TEXT = frozenset(
    {
        "notes",
        "plan",
        "outcome",
        "conditions",
        "description",
        "opinion",
        "address",
        "known_addresses",
    }
)


def _plain(hint: Any) -> tuple[Any, bool]:
    """The field's type without ``| None``, and whether None is allowed."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0], True
    return hint, False


def _with_version(record: Any, version: int) -> Any:
    """A copy of ``record`` (a dataclass or a namespace) at another version."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return dataclasses.replace(record, version=version)
    copied = copy.copy(record)
    copied.version = version
    return copied


def show_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return fmt.when(value)
    if isinstance(value, date):
        return fmt.day(value)
    if isinstance(value, bool):
        return fmt.yes_no(value)
    if isinstance(value, Enum):
        return label(value)
    return str(value)


# The widgets a field can be typed into.
_Input = QComboBox | MomentEdit | QCheckBox | QSpinBox | QPlainTextEdit | QLineEdit


# A choice longer than this many characters (an examination named by its examiner in full,
# with her post and unit) does not widen its form: the field is as wide as the form gives it,
# the item's text elided there and whole in its tooltip.
LONGEST_CHOICE = 60


def _combo(parent: QWidget, items: Sequence[tuple[str, Any]]) -> QComboBox:
    """A combo box offering ``items``: (the text shown, the value it stands for) pairs."""
    widget = QComboBox(parent)
    for text, value in items:
        widget.addItem(text, value)
        if len(text) > LONGEST_CHOICE:
            widget.setItemData(widget.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
    if any(len(text) > LONGEST_CHOICE for text, _value in items):
        widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        widget.setMinimumContentsLength(LONGEST_CHOICE)
    return widget


class _Field:
    """One field's widget, and the conversions between it, a value and a draft."""

    def __init__(
        self,
        name: str,
        hint: Any,
        parent: QWidget,
        clock: Clock,
        choices: Sequence[tuple[str, Any]] | None = None,
    ) -> None:
        self.name = name
        self.kind, self.optional = _plain(hint)
        self._clock = clock
        self.known: QCheckBox | None = None
        self.chosen = choices is not None  # one of the given (label, value) pairs
        kind = self.kind
        self.listed = typing.get_origin(kind) is tuple  # a list of words: "English, Swahili"
        widget = self._make_input(name, parent, choices)
        widget.setObjectName(f"field_{name}")
        self.input = widget
        self.widget: QWidget = widget
        if self.optional and kind in (date, datetime, int) and not self.chosen:
            self._add_known_box(name, parent)

    def _make_input(
        self, name: str, parent: QWidget, choices: Sequence[tuple[str, Any]] | None
    ) -> _Input:
        """The widget that fits the field's type (or its given choices)."""
        kind = self.kind
        widget: _Input
        if choices is not None:
            widget = _combo(parent, choices)
        elif self.optional and kind is bool:  # yes, no, or not known
            widget = _combo(
                parent,
                (
                    (QCoreApplication.translate("RecordForm", "not known"), None),
                    (QCoreApplication.translate("RecordForm", "yes"), True),
                    (QCoreApplication.translate("RecordForm", "no"), False),
                ),
            )
        elif kind is datetime:
            widget = MomentEdit(parent)  # "15:00", "3pm", "3:00 PM"
        elif kind is date:
            widget = MomentEdit(parent, with_time=False)
        elif kind is bool:
            widget = QCheckBox(parent)
        elif isinstance(kind, type) and issubclass(kind, Enum):
            widget = _combo(parent, [(show_value(member), member.value) for member in kind])
        elif kind is int:
            widget = QSpinBox(parent)
            widget.setRange(0, 1_000_000)
        elif name in LONG_TEXT:
            widget = QPlainTextEdit(parent)
            widget.setTabChangesFocus(True)
            widget.setMaximumHeight(120)
        else:
            widget = QLineEdit(parent)
        return widget

    def _add_known_box(self, name: str, parent: QWidget) -> None:
        """An optional date, time or number: the input beside a "known" tick that enables it."""
        widget = self.input
        box = QWidget(parent)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        widget.setParent(box)
        self.known = QCheckBox(QCoreApplication.translate("RecordForm", "known"), box)
        self.known.setObjectName(f"known_{name}")
        self.known.toggled.connect(self._known_toggled)
        row.addWidget(widget, 1)
        row.addWidget(self.known)
        box.setFocusProxy(self.known)  # the label's mnemonic goes to "known" first
        self.widget = box

    def _known_toggled(self, known: bool) -> None:
        """Ticked: the field opens empty, to be typed (never silently *now*)."""
        self.input.setEnabled(known)
        if known and isinstance(self.input, MomentEdit) and self.input.empty():
            self.input.setFocus()

    def set(self, value: Any) -> None:
        w = self.input
        if self.known is not None:
            self.known.setChecked(value is not None)
            self.input.setEnabled(value is not None)
        if self.chosen and isinstance(w, QComboBox):
            w.setCurrentIndex(max(w.findData(value), 0))
        elif self.optional and self.kind is bool and isinstance(w, QComboBox):
            w.setCurrentIndex({None: 0, True: 1, False: 2}[None if value is None else bool(value)])
        elif self.listed and isinstance(w, QLineEdit):
            w.setText(", ".join(value or ()))
        elif isinstance(w, MomentEdit):
            self._set_moment(w, value)
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value) if value is not None else self.name == "active")
        elif isinstance(w, QComboBox):
            index = w.findData(value.value if isinstance(value, Enum) else value)
            w.setCurrentIndex(max(index, 0))
        elif isinstance(w, QSpinBox):
            w.setValue(int(value or 0))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText("" if value is None else str(value))
        elif isinstance(w, QLineEdit):
            w.setText("" if value is None else str(value))

    def _set_moment(self, w: MomentEdit, value: Any) -> None:
        """The value; a new record's required moment starts at *now* (or today), but an
        optional one ("known") starts empty."""
        if value is None and self.known is None:
            value = self._clock() if w.with_time else self._clock().astimezone().date()
        if isinstance(value, datetime):
            w.setDateTime(to_qdatetime(value))
        elif isinstance(value, date):
            w.setDate(to_qdate(value))
        else:
            w.clear()

    def get(self) -> Any:
        w = self.input
        if self.known is not None and not self.known.isChecked():
            return None
        if isinstance(w, MomentEdit):
            try:
                return w.moment() if w.with_time else w.day_value()
            except ValueError as wrong:
                raise ValidationFailed.of({self.name: str(wrong)}) from None
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if (self.chosen or (self.optional and self.kind is bool)) and isinstance(w, QComboBox):
            return w.currentData()
        if self.listed and isinstance(w, QLineEdit):
            return tuple(part.strip() for part in w.text().split(",") if part.strip())
        if isinstance(w, QComboBox):
            return self.kind(w.currentData())
        if isinstance(w, QSpinBox):
            return w.value()
        text = w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()
        return (text.strip() or None) if self.optional else text

    def to_draft(self) -> Any:
        try:
            value = self.get()
        except ValidationFailed:  # half typed: kept as not known
            return None
        if isinstance(value, datetime | date):
            return value.isoformat()
        if isinstance(value, Enum):
            return value.value
        if isinstance(value, tuple):
            return list(value)
        return value

    def from_draft(self, value: Any) -> Any:
        if value is None:
            return None
        if self.kind is datetime:
            return datetime.fromisoformat(value)
        if self.kind is date:
            return date.fromisoformat(value)
        return value

    def changed_signal(self) -> Any:
        w = self.input
        if isinstance(w, MomentEdit):
            return w.dateTimeChanged
        if isinstance(w, QCheckBox):
            return w.toggled
        if isinstance(w, QComboBox):
            return w.currentIndexChanged
        if isinstance(w, QSpinBox):
            return w.valueChanged
        return w.textChanged


class RecordForm(QWidget):
    """The fields of one details dataclass, with Save and Cancel."""

    saved = Signal()
    cancelled = Signal()

    def __init__(
        self,
        details_type: type[Any],
        labels: Mapping[str, str],
        clock: Clock,
        parent: QWidget | None = None,
        choices: Mapping[str, Sequence[tuple[str, Any]]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordForm")
        self.details_type = details_type
        self.editing: Any | None = None  # a CaseRecord, a CaseFile: what has ``details``
        self.dirty = False
        hints = typing.get_type_hints(details_type)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("recordFormHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.form = InlineForm("recordFields", self)
        layout.addWidget(self.form)
        self.fields: dict[str, _Field] = {}
        for f in dataclasses.fields(details_type):
            if f.name not in labels:
                continue
            field = _Field(f.name, hints[f.name], self, clock, (choices or {}).get(f.name))
            self.form.add(f.name, labels[f.name], field.widget)
            field.input.setAccessibleName(labels[f.name].replace("&", ""))
            if field.known is not None:
                field.widget.setAccessibleName("")  # the row's box: its two controls are named
                field.known.setAccessibleName(
                    QCoreApplication.translate("RecordForm", "{field} is known").format(
                        field=labels[f.name].replace("&", "")
                    )
                )
            field.changed_signal().connect(self._changed)
            if field.widget is not field.input:  # a stale message goes when either changes
                field.changed_signal().connect(lambda *_, key=f.name: self.form.clear_error(key))
                if field.known is not None:
                    field.known.toggled.connect(lambda *_, key=f.name: self.form.clear_error(key))
            self.fields[f.name] = field
        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("recordSaveButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.saved)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("recordCancelButton")
        cancel.clicked.connect(self.cancelled)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        layout.addStretch(1)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancelled)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            save = QShortcut(QKeySequence(keys), self)
            save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            save.activated.connect(self.saved)

    def _changed(self, *_args: object) -> None:
        self.dirty = True

    def leave(self, dialogs: Dialogs, then: Callable[[], None]) -> None:
        """``then()`` now if nothing was typed, else once the person agrees to discard it."""

        def discard() -> None:
            self.dirty = False
            then()

        if not self.dirty:
            discard()
            return
        dialogs.confirm(
            self,
            self.tr("Discard the changes?"),
            self.tr("What you typed here has not been saved."),
            discard,
            yes=self.tr("Discard"),
            no=self.tr("Keep editing"),
        )

    def load(self, record: Any | None) -> None:
        """The fields of ``record`` (anything with ``details``), or a new record's defaults."""
        self.editing = record
        defaults = {
            f.name: f.default
            for f in dataclasses.fields(self.details_type)
            if f.default is not dataclasses.MISSING
        }
        for name, field in self.fields.items():
            field.set(getattr(record.details, name) if record is not None else defaults.get(name))
        self.form.clear_errors()
        self.dirty = False
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.input.setFocus()

    def details(self) -> Any:
        values = {name: field.get() for name, field in self.fields.items()}
        if self.editing is not None:  # fields the form does not show keep their values
            return dataclasses.replace(self.editing.details, **values)
        return self.details_type(**values)

    def draft(self) -> dict[str, Any]:
        return {
            "record_id": getattr(self.editing, "record_id", None),
            "version": self.editing.version if self.editing is not None else None,
            "values": {name: field.to_draft() for name, field in self.fields.items()},
        }

    def restore(self, draft: Mapping[str, Any]) -> None:
        for name, value in dict(draft.get("values", {})).items():
            field = self.fields.get(name)
            if field is not None:
                field.set(field.from_draft(value))
        self.dirty = True


class RecordKeeper(Protocol):
    """What keeps a kind of record: a ``CaseRecords`` service, or the consent ledger."""

    record_type: str
    section: Section

    def record(self, reference: str, details: Any) -> Any: ...

    def update(
        self, reference: str, record_id: int, details: Any, expected_version: int
    ) -> Any: ...


class ConsentLedger:
    """The consent ledger as a record keeper: decisions are added, never edited (a withdrawal
    is a new decision)."""

    record_type = "consent"
    section = Section.CONSENT

    def __init__(self, session: VaultSession) -> None:
        self._service = ConsentService(session)

    def record(self, reference: str, details: ConsentChoice) -> Any:
        return self._service.record_choice(reference, details)

    def update(self, reference: str, record_id: int, details: Any, expected_version: int) -> Any:
        raise ValidationFailed("A decision is never edited: record a new one.")


class IncidentBook:
    """Incidents as a record keeper: the form's plain fields made into the incident's time."""

    record_type = "incident"
    section = Section.INCIDENTS

    def __init__(self, session: VaultSession) -> None:
        self._service = IncidentService(session)

    def record(self, reference: str, details: IncidentForm) -> Any:
        return self._service.record(reference, details.details())

    def update(
        self, reference: str, record_id: int, details: IncidentForm, expected_version: int
    ) -> Any:
        return self._service.update(reference, record_id, details.details(), expected_version)


class ForensicExams:
    record_type = "forensic_exam"
    section = Section.FORENSIC

    def __init__(self, session: VaultSession) -> None:
        self._service = ForensicService(session)

    def record(self, reference: str, details: ExamForm) -> Any:
        return self._service.open_exam(reference, details.details())

    def update(
        self, reference: str, record_id: int, details: ExamForm, expected_version: int
    ) -> Any:
        return self._service.update_exam(reference, record_id, details.details(), expected_version)


class Specimens:
    record_type = "specimen"
    section = Section.FORENSIC

    def __init__(self, session: VaultSession) -> None:
        self._service = ForensicService(session)

    def record(self, reference: str, details: SpecimenForm) -> Any:
        return self._service.add_specimen(reference, details.exam_id, details.details())

    def update(
        self, reference: str, record_id: int, details: SpecimenForm, expected_version: int
    ) -> Any:
        return self._service.update_specimen(
            reference, record_id, details.details(), expected_version
        )


class CustodyChain:
    """Hand-overs: added, never edited (the chain is the record of what happened)."""

    record_type = "handover"
    section = Section.FORENSIC

    def __init__(self, session: VaultSession) -> None:
        self._service = ForensicService(session)

    def record(self, reference: str, details: HandoverForm) -> Any:
        return self._service.hand_over(reference, details.specimen_id, details.handover())

    def update(self, reference: str, record_id: int, details: Any, expected_version: int) -> Any:
        raise ValidationFailed("A hand-over is never edited: record the next one.")


def _columns(
    labels: Mapping[str, str],
    choices: Mapping[str, Sequence[tuple[str, Any]]],
    cells: Mapping[str, Callable[[Any], Any]],
    unlisted: Collection[str],
) -> list[tuple[str, Callable[[Any], Any]]]:
    """A records table's columns, one per field not ``unlisted``: its header, and how it
    shows a record (as ``cells`` says, else its choice's label, else its value)."""
    shown_as = {n: {v: lab for lab, v in c} for n, c in choices.items()}

    def value_of(n: str) -> Callable[[Any], Any]:
        if n in cells:
            return cells[n]
        if n in shown_as:
            return lambda r: shown_as[n].get(getattr(r.details, n), "")
        return lambda r: getattr(r.details, n)

    return [(title, value_of(n)) for n, title in labels.items() if n not in unlisted]


class RecordsPanel(QWidget):
    """A section's records: a table, Add and Edit, and the form in place of the table."""

    changed = Signal()

    def __init__(
        self,
        service: RecordKeeper,
        session: VaultSession,
        reference: str,
        records: Sequence[Any],  # each with record_id, version and details (a CaseRecord)
        details_type: type[Any],
        labels: Mapping[str, str],
        title: str,
        dialogs: Dialogs,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        new_heading: str,
        edit_heading: str = "",
        editable: bool = True,
        extra_columns: Sequence[tuple[str, Callable[[Any], Any]]] = (),
        choices: Mapping[str, Sequence[tuple[str, Any]]] | None = None,
        struck_out: Callable[[Any], bool] | None = None,
        add_text: str = "",
        edit_text: str = "",
        cells: Mapping[str, Callable[[Any], Any]] | None = None,
        unlisted: Collection[str] = (),
    ) -> None:
        """``title`` names the list ("Examinations"); ``new_heading`` and ``edit_heading`` head
        its form, one record named in the singular ("New examination", "Edit examination").
        ``struck_out``: which records are shown struck through (kept, not counted).
        ``add_text``: the Add button's text where a screen has more than one list, each
        button saying what it adds ("Add an e&xamination…"; its accessible name the same,
        without the mnemonic); by default "&Add…", named "Add: <title>". ``edit_text``: the
        same for its Edit button ("Edit the exa&mination…"; by default "&Edit…", named
        "Edit: <title>"). ``cells``: how a
        field's column shows a record, where its value alone does not say it; ``unlisted``:
        fields in the form only, not in the table."""
        super().__init__(parent)
        self.service = service
        self.kind = f"record:{service.record_type}"
        self.section = service.section
        self._reference, self._dialogs = reference, dialogs
        self.records = list(records)
        self.title, self.new_heading = title, new_heading
        self.edit_heading = edit_heading or new_heading
        self.writable = session.allowed(service.section, Action.WRITE, reference)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)
        page = QWidget(self.stack)
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        col.addLayout(bar)
        heading = QLabel(title, page)
        bar.addWidget(heading)
        bar.addStretch(1)
        self.add_button = QPushButton(add_text or self.tr("&Add…"), page)
        self.add_button.setObjectName(f"add_{service.record_type}")
        self.add_button.setAccessibleName(
            add_text.replace("&", "").rstrip("…")
            if add_text
            else self.tr("Add: {what}").format(what=title)
        )
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button = QPushButton(edit_text or self.tr("&Edit…"), page)
        self.edit_button.setObjectName(f"edit_{service.record_type}")
        self.edit_button.setAccessibleName(
            edit_text.replace("&", "").rstrip("…")
            if edit_text
            else self.tr("Edit: {what}").format(what=title)
        )
        self.edit_button.clicked.connect(self.edit_current)
        for b in (self.add_button, self.edit_button):
            b.setVisible(self.writable)
            bar.addWidget(b)
        self.editable = editable
        self.edit_button.setVisible(self.writable and editable)
        columns = _columns(labels, choices or {}, cells or {}, unlisted) + list(extra_columns)
        self.model = RowsModel(
            [header for header, _ in columns],
            [[show_value(value(r)) for _, value in columns] for r in self.records],
            [r.record_id for r in self.records],
            page,
        )
        if struck_out is not None:
            self.model.strike([n for n, r in enumerate(self.records) if struck_out(r)])
        self.table: QTableView = table_view(page, f"{service.record_type}Table", title, self.model)
        self.table.setMinimumHeight(120)
        if self.writable and editable:
            self.table.activated.connect(lambda _i: self.edit_current())
        col.addWidget(self.table, 1)
        self.stack.addWidget(page)
        self.form = RecordForm(
            details_type,
            {n: t.replace("&", "") for n, t in labels.items()},
            clock,
            self.stack,
            choices,
        )
        self.form.saved.connect(self.save)
        self.form.cancelled.connect(self.cancel)
        self.stack.addWidget(self.form)
        self.edit_button.setEnabled(bool(self.records))

    @property
    def has_unsaved(self) -> bool:
        return self.stack.currentWidget() is self.form and self.form.dirty

    def edit_current(self) -> RecordForm | None:
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.records):
            row = 0 if self.records else -1
        return self.edit(self.records[row] if row >= 0 else None)

    def edit(self, record: Any | None) -> RecordForm | None:
        if not self.writable or (record is not None and not self.editable):
            return None
        self.form.heading.setText(self.edit_heading if record is not None else self.new_heading)
        self.form.load(record)
        self.stack.setCurrentWidget(self.form)
        QTimer.singleShot(0, self._scroll_into_view)
        return self.form

    def _scroll_into_view(self) -> None:
        """In a tab that scrolls (legal: three lists), bring the form on screen."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea) and self.stack.currentWidget() is self.form:
            parent.ensureWidgetVisible(self.form.save_button, 0, 40)
            parent.ensureWidgetVisible(self.form.heading, 0, 10)

    def save(self) -> None:
        with report_errors(self.form.form.show_error) as outcome:
            details = self.form.details()
            editing = self.form.editing
            if editing is None:
                self.service.record(self._reference, details)
            else:
                self.service.update(self._reference, editing.record_id, details, editing.version)
        if outcome.failed:
            return
        self.form.dirty = False
        self.stack.setCurrentIndex(0)
        self.changed.emit()

    def cancel(self) -> None:
        self.form.leave(self._dialogs, lambda: self.stack.setCurrentIndex(0))

    def draft(self) -> dict[str, Any]:
        return self.form.draft()

    def restore(self, draft: Mapping[str, Any]) -> None:
        record_id = draft.get("record_id")
        editing = next((r for r in self.records if r.record_id == record_id), None)
        self.edit(editing)
        if editing is not None and draft.get("version") != editing.version:
            # the version the draft started from: a colleague's change since is caught on saving
            self.form.editing = _with_version(editing, int(draft.get("version") or 0))
        self.form.restore(draft)


class RecordPage(QStackedWidget):
    """One record shown read-only (``page``), with Edit: the form takes its place, is saved
    through ``save(details, editing)``, and reads like the section panels' (messages under the
    fields, Escape, kept as a draft)."""

    changed = Signal()

    def __init__(
        self,
        kind: str,
        section: Section,
        page: QWidget,
        record: Any,
        details_type: type[Any],
        labels: Mapping[str, str],
        save: Callable[[Any, Any], object],
        writable: bool,
        dialogs: Dialogs,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.section = section
        self.record = record
        self._save = save
        self._dialogs = dialogs
        self.writable = writable
        self.addWidget(page)
        holder = QWidget(page)  # the button at its own width, not stretched across the page
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit_button = QPushButton(self.tr("&Edit…"), holder)
        self.edit_button.setObjectName(f"edit_{kind.removeprefix('record:')}")
        self.edit_button.clicked.connect(self.edit)
        self.edit_button.setVisible(writable)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        layout = page.layout()
        if layout is not None:
            layout.addWidget(holder)
        self.form = RecordForm(details_type, labels, clock, self)
        self.form.saved.connect(self.save)
        self.form.cancelled.connect(self.cancel)
        self.addWidget(self.form)

    @property
    def has_unsaved(self) -> bool:
        return self.currentWidget() is self.form and self.form.dirty

    def edit(self) -> RecordForm | None:
        if not self.writable:
            return None
        self.form.heading.setText(self.tr("Edit"))
        self.form.load(self.record)
        self.setCurrentWidget(self.form)
        return self.form

    def save(self) -> None:
        with report_errors(self.form.form.show_error) as outcome:
            self._save(self.form.details(), self.form.editing)
        if outcome.failed:
            return
        self.form.dirty = False
        self.setCurrentIndex(0)
        self.changed.emit()

    def cancel(self) -> None:
        self.form.leave(self._dialogs, lambda: self.setCurrentIndex(0))

    def draft(self) -> dict[str, Any]:
        return self.form.draft()

    def restore(self, draft: Mapping[str, Any]) -> None:
        self.edit()
        if self.record is not None and draft.get("version") != self.record.version:
            self.form.editing = _with_version(self.record, int(draft.get("version") or 0))
        self.form.restore(draft)
