"""The audit trail with filters, newest first; it names case references only."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from onestop.domain.audit import AuditAction, Outcome
from onestop.domain.roles import Section
from onestop.gui import fmt
from onestop.gui.dialogs import Dialogs, explain
from onestop.gui.jobs import Cancelled, Job
from onestop.gui.labels import label
from onestop.gui.models.rows import RowsModel
from onestop.gui.views.admin._parts import button, day_start, table_view
from onestop.gui.widgets.dates import today
from onestop.services.audit import AuditFilter, AuditRecord, AuditService
from onestop.services.session import VaultSession

AUDIT_LIMIT = 2000  # the newest entries shown; the CSV holds every entry the filters match


class AuditPanel(QWidget):
    """The audit trail with filters, newest first; CSV export of everything the filters match."""

    def __init__(
        self, session: VaultSession, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditPanel")
        self._audit = AuditService(session)
        self._dialogs = dialogs
        self.records: Sequence[AuditRecord] = ()
        self.job: Job | None = None
        layout = QVBoxLayout(self)
        self._build_filters(layout)
        self._build_bar(layout)
        self._build_table(layout)
        for edit in (self.actor, self.record):
            edit.returnPressed.connect(self.refresh)

    def _build_filters(self, layout: QVBoxLayout) -> None:
        """The row of filters, each with a caption whose mnemonic moves to it."""
        filters = QHBoxLayout()
        layout.addLayout(filters)
        self.actor = QLineEdit(self)
        self.actor.setObjectName("auditActor")
        self.actor.setPlaceholderText(self.tr("user name"))
        self.actor.setAccessibleName(self.tr("Who"))
        self.action = QComboBox(self)
        self.action.setObjectName("auditAction")
        self.action.setAccessibleName(self.tr("What"))
        self.action.addItem(self.tr("every action"), "")
        for action in AuditAction:
            self.action.addItem(label(action), action.value)
        self.section = QComboBox(self)
        self.section.setObjectName("auditSection")
        self.section.setAccessibleName(self.tr("Section"))
        self.section.addItem(self.tr("every section"), "")
        for section in Section:
            self.section.addItem(label(section), section.value)
        self.record = QLineEdit(self)
        self.record.setObjectName("auditRecord")
        self.record.setPlaceholderText(self.tr("case reference"))
        self.record.setAccessibleName(self.tr("Case reference"))
        shown_until = today()
        self.since = QDateEdit(shown_until.addDays(-30), self)
        self.since.setObjectName("auditSince")
        self.since.setAccessibleName(self.tr("From"))
        self.since.setCalendarPopup(True)
        self.until = QDateEdit(shown_until, self)
        self.until.setObjectName("auditUntil")
        self.until.setAccessibleName(self.tr("To"))
        self.until.setCalendarPopup(True)
        for text, widget in (
            (self.tr("&Who"), self.actor),
            (self.tr("W&hat"), self.action),
            (self.tr("S&ection"), self.section),
            (self.tr("&Case"), self.record),
            (self.tr("&From"), self.since),
            (self.tr("&To"), self.until),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)

    def _build_bar(self, layout: QVBoxLayout) -> None:
        """Show, export and the count of entries shown."""
        bar = QHBoxLayout()
        layout.addLayout(bar)
        bar.addWidget(button(self, self.tr("&Show"), "auditShowButton", self.refresh))
        self.export_button = button(
            self, self.tr("E&xport as CSV…"), "auditExportButton", self.choose_csv
        )
        bar.addWidget(self.export_button)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("auditExportProgress")
        self.progress.setAccessibleName(self.tr("Audit trail export progress"))
        self.progress.hide()
        bar.addWidget(self.progress)
        self.cancel_button = button(
            self, self.tr("Cancel the export"), "auditExportCancel", self.cancel_export
        )
        self.cancel_button.hide()
        bar.addWidget(self.cancel_button)
        self.count = QLabel(self)
        self.count.setObjectName("auditCount")
        bar.addWidget(self.count)
        bar.addStretch(1)

    def _build_table(self, layout: QVBoxLayout) -> None:
        """The entries, one a row, with both the label and the code of action and section."""
        self.model = RowsModel(
            [
                self.tr("No."),
                self.tr("When"),
                self.tr("Who"),
                self.tr("Role"),
                self.tr("What"),
                self.tr("Action code"),
                self.tr("Section"),
                self.tr("Section code"),
                self.tr("Case"),
                self.tr("Outcome"),
                self.tr("Detail"),
            ],
            parent=self,
        )
        self.table = table_view(self, "auditTable", self.tr("Audit trail"), self.model)
        layout.addWidget(self.table, 1)

    def _filters(self) -> dict[str, Any]:
        return {
            "actor": self.actor.text().strip() or None,
            "action": self.action.currentData() or None,
            "section": self.section.currentData() or None,
            "record_ref": self.record.text().strip() or None,
            "since": day_start(self.since.date()),
            "until": day_start(self.until.date(), 1),
        }

    def refresh(self) -> None:
        try:
            self.records = self._audit.entries(
                **self._filters(), limit=AUDIT_LIMIT, newest_first=True
            )
        except Exception as exc:
            self.count.setText(explain(exc))
            return
        self.model.set_rows(
            [
                (
                    str(r.seq),
                    fmt.when(r.at),
                    r.actor,
                    r.role,
                    _labelled(AuditAction, r.action),
                    r.action,
                    _labelled(Section, r.section),
                    r.section,
                    r.record_ref,
                    _labelled(Outcome, r.outcome),
                    r.detail,
                )
                for r in self.records
            ]
        )
        self.count.setText(
            self.tr("%n entries (the newest {limit} shown)", "", len(self.records)).format(
                limit=AUDIT_LIMIT
            )
            if len(self.records) >= AUDIT_LIMIT
            else self.tr("%n entry(s)", "", len(self.records))
        )

    def choose_csv(self) -> QFileDialog:
        chooser = QFileDialog(self, self.tr("Export the audit trail"))
        chooser.setObjectName("auditCsvChooser")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter(self.tr("CSV files (*.csv)"))
        chooser.setDefaultSuffix("csv")
        chooser.selectFile("onestop-audit.csv")
        chooser.fileSelected.connect(lambda name: self.export_csv(Path(name)))
        self._dialogs.track(chooser)
        return chooser

    def export_csv(self, path: Path) -> Job:
        """Every entry the filters match, oldest first, written on a pool thread with a
        progress bar and Cancel (a million entries at a large centre take tens of seconds);
        the count written, or why not, is shown beside the buttons."""
        which = AuditFilter(**self._filters())
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.count.setText(self.tr("Writing the audit trail…"))
        job = Job(lambda progress: self._audit.export_csv(path, which, progress), self)
        job.progressed.connect(self._progressed)
        job.done.connect(lambda n: self._exported(n, path))
        job.failed.connect(self._export_failed)
        self.job = job
        return job.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _job_over(self) -> None:
        self.job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.export_button.setEnabled(True)

    def _exported(self, n: int, path: Path) -> None:
        self._job_over()
        self.count.setText(self.tr("%n entry(s) written to {path}.", "", n).format(path=path))

    def _export_failed(self, exc: BaseException) -> None:
        self._job_over()
        if isinstance(exc, Cancelled):
            self.count.setText(self.tr("Cancelled: no file was written."))
        elif isinstance(exc, OSError):
            self.count.setText(self.tr("The file could not be written there."))
        else:
            self.count.setText(explain(exc))

    def cancel_export(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.count.setText(self.tr("Cancelling…"))

    @property
    def busy(self) -> bool:
        return self.job is not None

    def stop_and_wait(self) -> None:
        """Before the session ends: cancel a running export and wait for it to stop (its
        half-written file is removed; nothing reads the vault after the session is closed)."""
        if self.job is not None:
            self.job.cancel()
            QThreadPool.globalInstance().waitForDone(120_000)
            QCoreApplication.sendPostedEvents()


def _labelled(kind: type[AuditAction] | type[Section] | type[Outcome], code: str) -> str:
    """A stored code by its label (the code itself when it is not one of ``kind``'s)."""
    try:
        return label(kind(code))
    except ValueError:
        return code
