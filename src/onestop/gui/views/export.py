"""The export dialog every document shares: where to save it, a password (AES-256) if it
travels, a manager's reason when she has not consented, progress with cancel, and opening the
result. What the document contains is the service's business; the dialog only collects the
options, runs the export off the GUI thread, and shows the answer in words.

A document about her leaves the centre: it is protected with a password unless the person
unticks that, deliberately. Files go by default to the vault's own exports folder, never the
home folder, and the file chooser remembers no folder (Qt's own dialog would write the last
one visited to the workstation's settings). Once written, the dialog stays to say where the file
is, and opens it; if it cannot be opened, it says so."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import shiboken6
from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from onestop.domain.roles import Capability, Section, may
from onestop.errors import ConsentRequired, TooLong, ValidationFailed
from onestop.gui.dialogs import explain
from onestop.gui.jobs import Cancelled, Job, Progress
from onestop.gui.kept import DialogDraft
from onestop.gui.labels import document_title
from onestop.gui.language import current_language
from onestop.gui.views.told import ToldChoices
from onestop.gui.widgets.controls import mark_as_error, message_label
from onestop.services.drafts import EXPORT_DIALOG
from onestop.services.exports import (
    DOCUMENT_LANGUAGES,
    DOCUMENT_NAMES,
    MIN_PDF_PASSWORD,
    Exported,
    ExportOptions,
    file_name,
)
from onestop.services.session import VaultSession

Run = Callable[[ExportOptions], Exported]
# Called on the GUI thread when Export is pressed: the export with the choices made in the
# dialog's extra widget, or a message saying what is missing.
Choose = Callable[[], Run | str]


# The documents of a file whose export dialog the workspace reopens after a lock (by the
# case file's own button), and the section each draft is kept under.
REOPENED: dict[str, Section] = {
    "medico-legal": Section.HEALTH,
    "bundle": Section.LEGAL,
    "safety-plan": Section.RISK,
    "referral": Section.REFERRALS,  # with the referral's id (``reopen_with``)
    "conference": Section.CONFERENCES,  # with the meeting's id
    "statistics": Section.STATISTICS,  # from home, with the period chosen (``ChoicesKept``)
}


@runtime_checkable
class ChoicesKept(Protocol):
    """An ``extra`` widget whose choices (no survivor data) go into the dialog's draft."""

    def kept_choices(self) -> dict[str, Any]: ...

    def restore_choices(self, fields: dict[str, Any]) -> None: ...


def exports_folder(session: VaultSession) -> Path:
    """The vault's exports folder, made private to this account on first use."""
    folder = session.folder.exports
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        folder.chmod(0o700)
    return folder


def forget_visited_folders() -> None:
    """Remove the folders Qt's own file dialog keeps in the workstation's settings (the last
    one visited and its history): where her documents went is nobody else's business."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    for key in ("lastVisited", "history"):
        settings.remove(key)
    settings.endGroup()
    settings.sync()


class ExportDialog(QDialog):
    """``run(options)`` is called on a worker thread with the options chosen here; with an
    ``extra`` widget of choices, ``choose()`` gives the run that uses them."""

    written = Signal(object)  # Exported

    def __init__(
        self,
        session: VaultSession,
        document: str,
        reference: str,
        run: Run | None,
        parent: QWidget,
        *,
        extra: QWidget | None = None,
        choose: Choose | None = None,
        folder: Path | None = None,
        about: str | None = None,
        about_her: bool = True,
    ) -> None:
        """``about``: the dialog's opening words, when the default (a document about her)
        does not fit; ``about_her=False``: a document about no one (no consent to override)."""
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export: {document}").format(document=document_title(document)))
        if run is None and choose is None:
            raise ValueError("an export needs run or choose")
        self._run = run
        self._choose = choose
        self._document = document
        self._reference = reference
        self._job: Job | None = None
        self._close_when_done = False
        # Told that the document is longer than its recipient accepts, the person may go on.
        self._beyond_page_limit = False
        self.result_file: Exported | None = None
        # What the opener needs to open this dialog again after a lock (a referral's id, a
        # meeting's), kept with the draft.
        self.reopen_with: dict[str, Any] = {}
        self._initial_choices: dict[str, Any] = (
            extra.kept_choices() if isinstance(extra, ChoicesKept) else {}
        )
        layout = QVBoxLayout(self)
        self._build_intro(
            layout, about, extra, neutral=reference not in file_name(document, reference)
        )
        form = QFormLayout()
        layout.addLayout(form)
        self._build_save_as(form, folder or exports_folder(session), document, reference, extra)
        self._build_language(form)
        self._build_protection(form, about_her)
        self._build_override(layout, session, about_her)
        self._build_progress(layout)
        self._build_buttons(layout)
        hint = self.sizeHint()  # at least 560 wide; wider when the document's choices need it
        # Never larger than the screen it opens on (a laptop's 1024×768): Export and Cancel in
        # reach; what does not fit scrolls inside the choices.
        screen = parent.screen() if parent is not None else None
        room = screen.availableGeometry() if screen is not None else None
        width, height = max(560, hint.width()), hint.height()
        if room is not None:
            width, height = min(width, room.width()), min(height, room.height())
        self.resize(width, height)
        # Escape with answers typed for the cases warns first; a second Escape discards them.
        self._discard_warned = False

    def _build_intro(
        self, layout: QVBoxLayout, about: str | None, extra: QWidget | None, *, neutral: bool
    ) -> None:
        """The opening words, then the document's own choices when it has any. ``neutral``:
        her own copy, whose file is named for nothing (not the case, nor the document)."""
        said = (
            self.tr(
                "The document is built from what you may read and what she consented to share. "
                "Its file name says nothing of her, the case or the centre, in case someone "
                "else finds it."
            )
            if neutral
            else self.tr(
                "The document is built from what you may read and what she consented to share. "
                "Its name carries the case reference and the document type, never her name."
            )
        )
        intro = QLabel(about or said, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if extra is not None:
            layout.addWidget(extra)

    def _build_save_as(
        self,
        form: QFormLayout,
        folder: Path,
        document: str,
        reference: str,
        extra: QWidget | None,
    ) -> None:
        """Where the file goes: named after the case reference and the document, never her."""
        where = QHBoxLayout()
        self.path = QLineEdit(str(folder / file_name(document, reference)))
        self._default_path = self.path.text()
        self.path.setObjectName("exportPath")
        self.path.setAccessibleName(self.tr("Save as"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setObjectName("browseButton")
        browse.clicked.connect(self._browse)
        self._browse_button = browse
        self._extra = extra
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        label = QLabel(self.tr("&Save as"), self)
        label.setBuddy(self.path)
        form.addRow(label, where)

    def _build_language(self, form: QFormLayout) -> None:
        # The language of the document's headings and labels (what staff wrote stays as it
        # was written): the screen's own, when documents are written in it.
        self.language = QComboBox(self)
        self.language.setObjectName("documentLanguage")
        self.language.setAccessibleName(self.tr("Document language"))
        for code, name in DOCUMENT_LANGUAGES.items():
            self.language.addItem(name, code)
        shown = self.language.findData(current_language())
        self.language.setCurrentIndex(max(shown, 0))
        language_label = QLabel(self.tr("Document &language"), self)
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)

    def _build_protection(self, form: QFormLayout, about_her: bool) -> None:
        """The password, on by default for a document about her, and the warning without."""
        self.protect = QCheckBox(self.tr("&Protect with a password (AES-256)"), self)
        self.protect.setObjectName("protectCheck")
        form.addRow(self.protect)
        # A document about her leaves the centre: protected unless unticked on purpose.
        self.protect.setChecked(about_her)
        self.unprotected = message_label(self, "unprotectedWarning")
        self.unprotected.setText(
            self.tr("Without a password, anyone who gets hold of the file can read it.")
        )
        form.addRow(self.unprotected)
        self.password = QLineEdit(self)
        self.password.setObjectName("documentPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Document password"))
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("documentPasswordRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Document password again"))
        form.addRow(self.tr("Pass&word"), self.password)
        form.addRow(self.tr("&Again"), self.repeat)
        for w in (self.password, self.repeat):
            w.setEnabled(about_her)
            self.protect.toggled.connect(w.setEnabled)
        self._about_her = about_her
        self.unprotected.setVisible(False)
        self.protect.toggled.connect(self._protection_changed)

    def _build_override(self, layout: QVBoxLayout, session: VaultSession, about_her: bool) -> None:
        """A manager's reason to share without her consent, shown only to those who may."""
        self.override = QGroupBox(self.tr("Share without her consent (a manager's decision)"), self)
        self.override.setObjectName("overrideBox")
        self.override.setCheckable(True)
        self.override.setChecked(False)
        box = QVBoxLayout(self.override)
        self.reason = QPlainTextEdit(self.override)
        self.reason.setObjectName("overrideReason")
        self.reason.setAccessibleName(self.tr("Why it must be shared without her consent"))
        self.reason.setPlaceholderText(
            self.tr("Why it must be shared without her consent (the document will say so).")
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(70)
        box.addWidget(self.reason)
        # With the decision: has she been told of it (the document says so to the agency)?
        self.told = ToldChoices(self.override)
        self._told_per_case = False
        box.addWidget(self.told)
        self.override.setVisible(
            about_her and may(session.actor.role, Capability.SHARE_WITHOUT_CONSENT)
        )
        layout.addWidget(self.override)

    def _build_progress(self, layout: QVBoxLayout) -> None:
        """Open when written, the progress, what went wrong, and where the file was written."""
        self.open_after = QCheckBox(self.tr("&Open the document when it is written"), self)
        self.open_after.setObjectName("openAfterCheck")
        self.open_after.setChecked(True)
        layout.addWidget(self.open_after)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.message = QLabel(self)
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        mark_as_error(self.message)
        layout.addWidget(self.message)
        self.where = QLabel(self)  # once written: where the file is
        self.where.setObjectName("exportWritten")
        self.where.setAccessibleName(self.tr("Where the document was written"))
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setVisible(False)
        layout.addWidget(self.where)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        """Export, then (once written) open the document or its folder; Cancel."""
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.open_button = self.buttons.addButton(
            self.tr("&Open the document"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setObjectName("openDocumentButton")
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self.open_document)
        self.folder_button = self.buttons.addButton(
            self.tr("Show the &folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.folder_button.setObjectName("showFolderButton")
        self.folder_button.setVisible(False)
        self.folder_button.clicked.connect(self.open_folder)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("exportCancelButton")
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.cancel)
        layout.addWidget(self.buttons)

    def set_default_name(self, reference: str, tag: str = "") -> None:
        """Name the file after ``reference`` (e.g. a period) and ``tag`` (which of several
        documents of its kind), unless it was chosen by hand."""
        if self.path.text() != self._default_path:
            return
        self.path.setText(
            str(Path(self._default_path).with_name(file_name(self._document, reference, tag)))
        )
        self._default_path = self.path.text()

    @property
    def running(self) -> bool:
        return self._job is not None

    def _protection_changed(self, protected: bool) -> None:
        self.unprotected.setVisible(self._about_her and not protected)

    def _browse(self) -> None:
        chooser = QFileDialog(self, self.tr("Save the document as"), self.path.text())
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter(self.tr("PDF (*.pdf)"))
        chooser.selectFile(self.path.text())
        chosen = chooser.selectedFiles() if chooser.exec() else []
        shiboken6.delete(chooser)  # it writes the folders it visited as it is destroyed...
        forget_visited_folders()  # ...and they are taken out again at once
        if chosen:
            self.path.setText(chosen[0])

    def options(self) -> ExportOptions | None:
        """The options chosen, or None after saying in the dialog what is missing."""
        text = self.path.text().strip()
        if not text:
            self.message.setText(self.tr("Say where to save the document."))
            return None
        password = None
        if self.protect.isChecked():
            password = self.password.text()
            if len(password) < MIN_PDF_PASSWORD:
                self.message.setText(
                    self.tr("A document password has at least %n characters.", "", MIN_PDF_PASSWORD)
                )
                self.password.setFocus()
                return None
            if password != self.repeat.text():
                self.message.setText(self.tr("The two passwords are not the same."))
                self.repeat.setFocus()
                return None
        reason = self.reason.toPlainText() if self.override.isChecked() else ""
        language = str(self.language.currentData())
        return ExportOptions(
            Path(text).expanduser(),
            password,
            reason,
            language,
            beyond_page_limit=self._beyond_page_limit,
            # Not when asked for each case instead (a draft may have kept an answer here).
            told=self.told.answer()
            if self.override.isChecked() and not self._told_per_case
            else None,
        )

    def ask_told_per_case(self) -> None:
        """Whether she was told is asked for each case in the ``extra`` widget (the pack),
        beside its reason: the one question of the decision's box is not asked, and the box
        itself is not offered (each case's reason is the decision; a second, general one
        beside them only confused it)."""
        self._told_per_case = True
        self.told.setVisible(False)
        self.override.setChecked(False)
        self.override.setVisible(False)

    def start(self) -> None:
        if self._job is not None:
            return
        options = self.options()
        if options is None:
            return
        run = self._run
        if self._choose is not None:
            chosen = self._choose()
            if isinstance(chosen, str):
                self.message.setText(chosen)
                return
            run = chosen
        assert run is not None
        self.message.clear()
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.export_button.setEnabled(False)

        def work(progress: Progress) -> Exported:
            return run(replace(options, progress=progress))

        self._job = Job(work, self)
        self._job.progressed.connect(self._progressed)
        self._job.done.connect(self._done)
        self._job.failed.connect(self._failed)
        self._job.start()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.message.setText(self.tr("Cancelling…"))
            return
        if self.result_file is not None:  # written: Close
            self.accept()
            return
        if self._warned_of_loss():
            return
        self.reject()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finish(self) -> None:
        self._job = None
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)

    def _done(self, exported: Exported) -> None:
        self._finish()
        if self._close_when_done:  # closed while it was writing: say nothing more
            self._close_when_done = False
            self.result_file = exported
            self.written.emit(exported)
            self.accept()
            return
        self.result_file = exported
        self.written.emit(exported)
        self.message.clear()
        self.where.setText(self.tr("Written to {path}").format(path=str(exported.path)))
        for w in (self.where, self.open_button, self.folder_button):
            w.setVisible(True)
        for choice in self._choices():  # what was chosen is done: it no longer changes anything
            choice.setEnabled(False)
        self.export_button.setVisible(False)
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        if self.open_after.isChecked():
            self.open_document()

    def _choices(self) -> list[QWidget]:
        chosen: list[QWidget] = [
            self.path,
            self._browse_button,
            self.language,
            self.protect,
            self.password,
            self.repeat,
            self.override,
            self.open_after,
        ]
        return chosen + ([self._extra] if self._extra is not None else [])

    def _open(self, path: Path, failure: str) -> bool:
        """Ask the desktop to show ``path``; say so in the dialog when it cannot."""
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return True
        self.message.setText(failure)
        return False

    def open_document(self) -> bool:
        if self.result_file is None:
            return False
        return self._open(
            self.result_file.path,
            self.tr(
                "The document was written, but this computer could not open it: no program to "
                "show PDF files answered. Open it from its folder."
            ),
        )

    def open_folder(self) -> bool:
        if self.result_file is None:
            return False
        return self._open(
            self.result_file.path.parent,
            self.tr("This computer could not show the folder. Its path is above."),
        )

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if self._close_when_done:
            super().reject()
            return
        if isinstance(exc, Cancelled):
            self.message.setText(self.tr("Cancelled: no file was written."))
            return
        self.message.setText(explain(exc))
        if isinstance(exc, TooLong):  # told how long it is: Export again writes it anyway
            self._beyond_page_limit = True
            self.export_button.setText(self.tr("&Export anyway"))
            return
        if isinstance(exc, ConsentRequired) and self.override.isVisible():
            self.override.setChecked(True)
            self.reason.setFocus()
        told = {"told", "told_on", "told_by", "not_told_reason"}
        if isinstance(exc, ValidationFailed) and told & set(exc.fields):
            # Has she been told: asked with the decision, in its box (a pack decided case by
            # case too).
            self.override.setChecked(True)
            self.told.setFocus()
        focus_named = getattr(self._extra, "focus_named", None)
        if isinstance(exc, ValidationFailed) and "sharing" in exc.fields and focus_named:
            focus_named(self.message.text())  # the case the refusal names, asked per case
        # Writing took Export out of reach, and the keyboard went on to Cancel: never leave
        # it there, where Enter would close the dialog and lose every answer.
        self.export_button.setDefault(True)
        if self.focusWidget() in (None, self.cancel_button):
            self.export_button.setFocus()

    # -- kept when the screen is hidden or locked (gui/kept.py) --

    KIND = EXPORT_DIALOG  # DIALOG + "export": kept with read access (services/drafts.py)

    def keep_draft(self) -> DialogDraft | None:
        """The choices typed (never the document password: it is typed again), for a document
        of a file that the workspace can reopen; None for the others or when nothing was
        typed."""
        key = next((k for k, name in DOCUMENT_NAMES.items() if name == self._document), "")
        choices: dict[str, Any] = (
            self._extra.kept_choices() if isinstance(self._extra, ChoicesKept) else {}
        )
        typed = (
            self.path.text() != self._default_path
            or bool(self.reason.toPlainText())
            or self.told.typed()
            or choices != self._initial_choices
        )
        if key not in REOPENED or not typed:
            return None
        fields: dict[str, Any] = {
            "document": key,
            "path": self.path.text(),
            "language": self.language.currentData(),
            "protect": self.protect.isChecked(),
            "override": self.override.isChecked(),
            "reason": self.reason.toPlainText(),
            "told": self.told.kept(),
            "open_after": self.open_after.isChecked(),
            "choices": choices,
            **self.reopen_with,
        }
        # The pack's "reference" is its meeting's day, the statistics' their period: file name
        # parts, not files.
        reference = "" if key in ("conference", "statistics") else self._reference
        return DialogDraft(self.KIND, REOPENED[key], reference, fields)

    def restore(self, fields: dict[str, Any]) -> None:
        choices = fields.get("choices")
        if isinstance(self._extra, ChoicesKept) and isinstance(choices, dict):
            self._extra.restore_choices(choices)  # first: it may rename the default file
        self.path.setText(str(fields.get("path", self.path.text())))
        self.language.setCurrentIndex(max(self.language.findData(fields.get("language")), 0))
        self.protect.setChecked(bool(fields.get("protect")))
        self.override.setChecked(bool(fields.get("override")) and self.override.isVisibleTo(self))
        self.reason.setPlainText(str(fields.get("reason", "")))
        told = fields.get("told")
        if isinstance(told, dict):
            self.told.restore(told)
        self.open_after.setChecked(bool(fields.get("open_after", True)))

    def reject(self) -> None:
        if self._job is not None:  # never leave a worker writing behind a closed dialog:
            self._close_when_done = True  # cancel it, and close once it has stopped
            self.cancel()
            return
        if self.result_file is not None:  # Escape once written: the document is there
            self.accept()
            return
        super().reject()

    def _warned_of_loss(self) -> bool:
        """Escape or Cancel with answers typed for the cases: say what closing would lose,
        once; True when said (the dialog stays). A lock or a quick hide closes it at once."""
        typed = getattr(self._extra, "typed", None)
        if self._discard_warned or self.result_file is not None or self._job is not None:
            return False
        if not (callable(typed) and typed()):
            return False
        self._discard_warned = True
        self.message.setText(
            self.tr(
                "What you typed for each case is lost if this closes: press Escape or "
                "Cancel again to close without exporting."
            )
        )
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._warned_of_loss():
            event.accept()
            return
        super().keyPressEvent(event)
