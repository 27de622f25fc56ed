"""The Import tab: a centre's earlier register brought in, the way services.register_import
does it: read the file (its format shown), choose a field for each column (or load a saved
mapping; the GBVIMS Incident Recorder's is chosen by itself), check every row (the dry run's
refusals per line and field), decide each possible duplicate, then import all of it or none,
with a progress bar and Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from onestop.clock import Clock
from onestop.domain import gbvims
from onestop.domain.gbvims import RegisterField
from onestop.domain.roles import Capability, may
from onestop.gui.dialogs import Dialogs, explain
from onestop.gui.jobs import Cancelled, Job, Progress
from onestop.gui.labels import label
from onestop.gui.phrases import phrase
from onestop.gui.widgets.controls import message_label, show_message
from onestop.gui.widgets.screen import Screen, report_errors
from onestop.services.register_import import (
    ColumnMapping,
    DryRun,
    Imported,
    ImportService,
    RegisterFile,
)
from onestop.services.session import VaultSession

NEW_CASE = "new"


def _table(parent: QWidget, name: str, accessible: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    return table


class ImportView(Screen):
    def __init__(
        self, session: VaultSession, dialogs: Dialogs, clock: Clock, parent: QWidget | None
    ) -> None:
        super().__init__(session, dialogs, clock, parent)
        self.setObjectName("registerImport")
        self.file: RegisterFile | None = None
        self.plan: DryRun | None = None
        self.job: Job | None = None
        self.result: Imported | None = None
        layout = QVBoxLayout(self)
        self.intro = intro = QLabel(
            self.tr(
                "Bring in the centre's earlier register (CSV or Excel): choose a field for each "
                "column, check every row, decide on possible duplicates, then import it all "
                "at once. Nothing is written until you import."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self._file_row(layout)
        # The tables share what height the screen has (a person drags the handles); Import and
        # its result line stay at the bottom, always in view, at 1280 x 768 as on a big screen.
        self.panes = QSplitter(Qt.Orientation.Vertical, self)
        self.panes.setObjectName("importPanes")
        self.panes.setChildrenCollapsible(False)
        self._checking()
        layout.addWidget(self.panes, 1)
        self._importing(layout)
        self.may_import = may(session.actor.role, Capability.IMPORT_REGISTER)
        if not self.may_import:
            # The manager checks a register and reads its report; the import itself writes
            # survivors' identities, which a caseworker does (domain.roles).
            for widget in (self.intro, self.import_button, self.progress, self.cancel_button):
                widget.setVisible(False)  # the intro speaks of importing: hers says who does
            self.only_check = QLabel(
                self.tr(
                    "You can check a register and read its report here. A caseworker imports "
                    "it: ask a caseworker to import the file once it is checked."
                ),
                self,
            )
            self.only_check.setObjectName("importOnlyCheck")
            self.only_check.setAccessibleName(self.tr("Who imports"))
            self.only_check.setWordWrap(True)
            layout.insertWidget(1, self.only_check)
        self._enable()

    def _file_row(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Register file"))
        self.path.setPlaceholderText(self.tr("The register's file (.csv or .xlsx)"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        read = QPushButton(self.tr("&Read file"), self)
        read.clicked.connect(self.read_file)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        row.addWidget(read)
        layout.addLayout(row)
        self.format = QLabel(self)
        self.format.setAccessibleName(self.tr("File format"))
        layout.addWidget(self.format)

    def _checking(self) -> None:
        top = QWidget(self.panes)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        self.mapping = _table(
            top,
            "importMapping",
            self.tr("Columns and fields"),
            [self.tr("Column in the file"), self.tr("OneStop field")],
        )
        column.addWidget(self.mapping, 1)
        buttons = QHBoxLayout()
        self.load_button = QPushButton(self.tr("&Load mapping…"), self)
        self.load_button.clicked.connect(self.load_mapping)
        self.save_button = QPushButton(self.tr("Sa&ve mapping…"), self)
        self.save_button.clicked.connect(self.save_mapping)
        self.check_button = QPushButton(self.tr("&Check every row (dry run)"), self)
        self.check_button.clicked.connect(self.dry_run)
        for button in (self.load_button, self.save_button, self.check_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.summary = QLabel(top)
        self.summary.setAccessibleName(self.tr("Dry run"))
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        self.panes.addWidget(top)
        self.problems = _table(
            self.panes,
            "importProblems",
            self.tr("Rows that would be refused"),
            [self.tr("Line"), self.tr("Field"), self.tr("Why")],
        )
        self.panes.addWidget(self.problems)
        self.duplicates = _table(
            self.panes,
            "importDuplicates",
            self.tr("Possible duplicates"),
            [self.tr("Line"), self.tr("Register id"), self.tr("May be"), self.tr("Decision")],
        )
        self.panes.addWidget(self.duplicates)
        for pane, stretch in ((top, 2), (self.problems, 1), (self.duplicates, 1)):
            pane.setMinimumHeight(pane.fontMetrics().height() * 5)
            self.panes.setStretchFactor(self.panes.indexOf(pane), stretch)

    def _importing(self, layout: QVBoxLayout) -> None:
        bottom = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.clicked.connect(self.start_import)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        self.cancel_button.clicked.connect(self.cancel)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        layout.addLayout(bottom)
        self.message = message_label(self, "importMessage")
        self.message.setAccessibleName(self.tr("Import result"))
        # One line kept for it even when empty, so Import does not move when it speaks.
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing())
        layout.addWidget(self.message)

    def _say(self, text: str, *, error: bool = False) -> None:
        """The result line: news in the normal style, what went wrong in the error style."""
        show_message(self.message, text, error=error)
        self.message.setVisible(True)

    def _error(self, exc: BaseException) -> None:
        self._say(explain(exc), error=True)

    # -- the screen's life --

    def refresh(self) -> None:
        self._enable()

    def clear(self) -> None:
        """Signing out or locking: nothing read from the register stays on screen."""
        if self.job is not None and self.job.running:
            self.job.cancel()
        self.file = self.plan = self.result = None
        self.path.clear()
        self.format.clear()
        self.summary.clear()
        self._say("")
        for table in (self.mapping, self.problems, self.duplicates):
            table.setRowCount(0)
        self._enable()

    def _enable(self) -> None:
        running = self.job is not None and self.job.running
        self.load_button.setEnabled(self.file is not None and not running)
        self.save_button.setEnabled(self.file is not None and not running)
        self.check_button.setEnabled(self.file is not None and not running)
        self.import_button.setEnabled(
            self.may_import
            and self.plan is not None
            and self.plan.ready
            and not running
            and self.result is None
        )
        self.cancel_button.setEnabled(running)

    # -- the file and its mapping --

    def browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Register to import"), "", self.tr("Registers (*.csv *.xlsx)")
        )
        if chosen:
            self.path.setText(chosen)
            self.read_file()

    def read_file(self) -> None:
        self.plan = self.result = None
        self.problems.setRowCount(0)
        self.duplicates.setRowCount(0)
        self.summary.clear()
        with report_errors(self._error) as outcome:
            path = Path(self.path.text().strip())
            if not path.is_file():
                raise FileNotFoundError
            self.file = RegisterFile.open(path)
        if outcome.failed:
            if not Path(self.path.text().strip()).is_file():
                self._say(self.tr("There is no such file."), error=True)
            self.file = None
            self._enable()
            return
        self._say("")
        file = self.file
        if file.kind == "csv":
            self.format.setText(
                self.tr("CSV file, encoding {encoding}, delimiter {delimiter}").format(
                    encoding=file.encoding,
                    delimiter={"\t": self.tr("tab")}.get(file.delimiter, file.delimiter),
                )
            )
        else:
            self.format.setText(self.tr("Excel workbook, sheet “{sheet}”").format(sheet=file.sheet))
        built_in = gbvims.Column.SURVIVOR_CODE.value in file.headers
        self._show_mapping(ColumnMapping.incident_recorder() if built_in else None)
        self._enable()

    def _show_mapping(self, mapping: ColumnMapping | None) -> None:
        assert self.file is not None
        headers = self.file.headers
        self.mapping.setRowCount(len(headers))
        guesses = {label(f).casefold(): f for f in RegisterField}
        for i, header in enumerate(headers):
            self.mapping.setItem(i, 0, QTableWidgetItem(header))
            combo = QComboBox(self.mapping)
            combo.setAccessibleName(self.tr("Field for {column}").format(column=header))
            for f in RegisterField:
                combo.addItem(label(f), f.value)
            if mapping is not None:
                chosen = mapping.columns.get(header, RegisterField.IGNORE)
            else:
                chosen = guesses.get(header.strip().casefold(), RegisterField.IGNORE)
            combo.setCurrentIndex(combo.findData(chosen.value))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping.setCellWidget(i, 1, combo)

    def _mapping_changed(self) -> None:
        self.plan = None
        self._enable()

    def chosen_mapping(self) -> ColumnMapping:
        columns = {}
        for i in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(i, 1)
            assert isinstance(combo, QComboBox)
            item = self.mapping.item(i, 0)
            assert item is not None
            columns[item.text()] = RegisterField(combo.currentData())
        return ColumnMapping(columns)

    def load_mapping(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load a mapping"), "", self.tr("Mappings (*.json)")
        )
        if chosen:
            self.apply_mapping_file(Path(chosen))

    def apply_mapping_file(self, path: Path) -> None:
        with report_errors(self._error) as outcome:
            mapping = ColumnMapping.from_json(path.read_text(encoding="utf-8"))
        if not outcome.failed:
            self._show_mapping(mapping)
            self._mapping_changed()

    def save_mapping(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the mapping"), "mapping.json", self.tr("Mappings (*.json)")
        )
        if chosen:
            self.write_mapping_file(Path(chosen))

    def write_mapping_file(self, path: Path) -> None:
        with report_errors(self._error):
            path.write_text(self.chosen_mapping().to_json(), encoding="utf-8")
            self._say(self.tr("Mapping saved."))

    # -- the dry run --

    def dry_run(self) -> None:
        """Check the file as it is on disk now (a person corrects it, then checks again), with
        the mapping she chose and the decisions she made for rows whose matches are the same.
        On a pool thread, with the progress bar and Cancel, as the import runs."""
        assert self.file is not None
        self._check(self.chosen_mapping(), self._decided_matches(), self.file.headers)

    def _check(
        self,
        mapping: ColumnMapping,
        kept: dict[int, tuple[str, tuple[str, ...]]],
        headers: tuple[str, ...],
    ) -> None:
        assert self.file is not None
        path, session = self.file.path, self._session

        def work(progress: Progress) -> tuple[RegisterFile, DryRun | None]:
            file = RegisterFile.open(path)
            if file.headers != headers:
                return file, None  # its columns changed: the mapping is shown anew first
            return file, ImportService(session).dry_run(file, mapping, progress)

        self.progress.setRange(0, 0)  # busy until the rows are counted (a CSV's)
        self._say(self.tr("Checking every row…"))
        self.cancel_button.setText(self.tr("Cancel check"))
        job = Job(work, self)
        job.progressed.connect(self._check_progressed)
        job.done.connect(lambda result: self._checked(result, mapping, kept))
        job.failed.connect(self._check_failed)
        self.job = job.start()
        self._enable()

    def _check_progressed(self, done: int, total: int) -> None:
        """Rows checked of the rows in the file when their number is known, else busy."""
        self.progress.setRange(0, total)  # (0, 0) is busy
        self.progress.setValue(done)

    def _check_failed(self, exc: BaseException) -> None:
        self.plan = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.cancel_button.setText(self.tr("Cancel import"))
        if self.file is None:  # signed out or locked meanwhile: nothing to show
            self._say("")
        elif isinstance(exc, Cancelled):
            self._say(self.tr("Check cancelled: run it again before importing."))
        else:
            self._error(exc)
        self._enable()

    def _checked(
        self,
        result: tuple[RegisterFile, DryRun | None],
        mapping: ColumnMapping,
        kept: dict[int, tuple[str, tuple[str, ...]]],
    ) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.cancel_button.setText(self.tr("Cancel import"))
        if self.file is None:  # signed out or locked meanwhile: nothing to show
            self._enable()
            return
        file, plan = result
        self.file = file
        if plan is None:
            self._show_mapping(mapping)
            self._check(self.chosen_mapping(), kept, file.headers)
            return
        self.plan = plan
        self._say("")
        plan = self.plan
        self.summary.setText(
            " ".join(
                (
                    self.tr("%n row(s) checked:", "", plan.rows),
                    self.tr("%n would be refused,", "", plan.refused_rows),
                    self.tr("%n may be case(s) already in the vault.", "", len(plan.duplicates)),
                )
            )
        )
        self.problems.setRowCount(len(plan.problems))
        for i, problem in enumerate(plan.problems):
            cells = (
                str(problem.line),
                label(RegisterField(problem.field))
                if problem.field in {f.value for f in RegisterField}
                else problem.field,
                phrase(problem.message),
            )
            for column, text in enumerate(cells):
                self.problems.setItem(i, column, QTableWidgetItem(text))
        self.duplicates.setRowCount(0)  # the last run's decisions go (hidden), not linger
        self.duplicates.setRowCount(len(plan.duplicates))
        for i, duplicate in enumerate(plan.duplicates):
            matches = ", ".join(f"{m.reference} · {m.display_name}" for m in duplicate.matches)
            for column, text in enumerate((str(duplicate.line), duplicate.shown_as, matches)):
                self.duplicates.setItem(i, column, QTableWidgetItem(text))
            combo = QComboBox(self.duplicates)
            combo.setAccessibleName(self.tr("Decision for line {line}").format(line=duplicate.line))
            combo.addItem(self.tr("Decide…"), None)
            combo.addItem(self.tr("New case"), NEW_CASE)
            for match in duplicate.matches:
                combo.addItem(
                    self.tr("Add to {reference}").format(reference=match.reference),
                    match.reference,
                )
            references = tuple(m.reference for m in duplicate.matches)
            if kept.get(duplicate.line, (None, ()))[1] == references:
                combo.setCurrentIndex(combo.findData(kept[duplicate.line][0]))
            self.duplicates.setCellWidget(i, 3, combo)
        self._enable()

    def _decided_matches(self) -> dict[int, tuple[str, tuple[str, ...]]]:
        """Line -> (the decision made, the cases it was made among), from the last dry run."""
        if self.plan is None:
            return {}
        among = {d.line: tuple(m.reference for m in d.matches) for d in self.plan.duplicates}
        decided: dict[int, tuple[str, tuple[str, ...]]] = {}
        for i in range(self.duplicates.rowCount()):
            combo = self.duplicates.cellWidget(i, 3)
            line = self.duplicates.item(i, 0)
            if isinstance(combo, QComboBox) and line is not None:
                choice = combo.currentData()
                if choice is not None and int(line.text()) in among:
                    decided[int(line.text())] = (str(choice), among[int(line.text())])
        return decided

    def decisions(self) -> dict[int, str | None]:
        decided: dict[int, str | None] = {}
        for i in range(self.duplicates.rowCount()):
            combo = self.duplicates.cellWidget(i, 3)
            assert isinstance(combo, QComboBox)
            choice = combo.currentData()
            line = self.duplicates.item(i, 0)
            if choice is not None and line is not None:
                decided[int(line.text())] = None if choice == NEW_CASE else str(choice)
        return decided

    # -- the import --

    def start_import(self) -> None:
        plan = self.plan
        assert plan is not None
        decisions = self.decisions()
        session = self._session

        def work(progress: Progress) -> Imported:
            return ImportService(session).run(plan, decisions, progress)

        self.progress.setRange(0, max(plan.rows, 1))
        self.progress.setValue(0)
        self._say(self.tr("Importing…"))
        job = Job(work, self)
        job.progressed.connect(lambda done, total: self.progress.setValue(done))
        job.done.connect(self._imported)
        job.failed.connect(self._failed)
        self.job = job.start()
        self._enable()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _imported(self, done: Imported) -> None:
        self.result = done
        self.progress.setValue(self.progress.maximum())
        self._say(
            " ".join(
                (
                    self.tr("Imported: %n new case(s),", "", done.cases),
                    self.tr("%n incident(s),", "", done.incidents),
                    self.tr("%n row(s) added to existing cases.", "", done.merged),
                    self.tr("Find a case by its register id in the Cases tab."),
                )
            )
        )
        self._enable()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self._say(self.tr("Import cancelled: nothing was written."))
        else:
            self._say(explain(exc), error=True)
        self.progress.setValue(0)
        self._enable()
