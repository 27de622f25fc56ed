"""The attachments tab: photographs and PDF scans of this file, as thumbnails.

Files come in by the file dialog or by dragging them onto the tab; each is checked (a picture
or a PDF, at most 50 MB, recognised by its content, not its name) and goes straight into the
encrypted vault. The SHA-256 recorded when it was added is shown, and the viewer checks the
file against it each time it opens one. The viewer shows the decrypted file from memory: no
plaintext copy is ever written to disk, and locking the screen closes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from onestop.clock import Clock
from onestop.domain.roles import Action, Section
from onestop.errors import ValidationFailed
from onestop.gui import fmt
from onestop.gui.dialogs import Dialogs
from onestop.gui.views.break_glass import section_title
from onestop.gui.widgets.dates import MomentEdit, to_qdatetime
from onestop.gui.widgets.form import InlineForm
from onestop.gui.widgets.screen import report_errors
from onestop.i18n import isolating
from onestop.services.attachments import (
    CAPTION_MAX,
    MAX_BYTES,
    AttachmentInfo,
    AttachmentService,
    Caption,
)
from onestop.services.preview import Picture, Preview, sniff_media_type
from onestop.services.session import VaultSession

THUMB_PX = 128


def _qimage(picture: Picture) -> QImage:
    image = QImage(
        picture.rgb, picture.width, picture.height, picture.width * 3, QImage.Format.Format_RGB888
    )
    return image.copy()  # owns its pixels (the bytes object may go)


def read_candidate(path: Path) -> tuple[bytes, str]:
    """The file's bytes and media type, or ValidationFailed saying why it cannot be attached."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ValidationFailed.of({"file": "Files of up to 50 MB can be attached."})
        data = path.read_bytes()
    except OSError:
        raise ValidationFailed.of({"file": "This file cannot be read."}) from None
    if not data:
        raise ValidationFailed.of({"file": "The file is empty."})
    media_type = sniff_media_type(data)
    if media_type is None:
        raise ValidationFailed.of(
            {"file": "Attach a photograph (JPEG, PNG, WebP, TIFF, BMP) or a PDF scan."}
        )
    return data, media_type


class AttachDialog(QDialog):
    """One file to attach: which section it belongs to, a title, and when it was taken."""

    def __init__(
        self,
        service: AttachmentService,
        reference: str,
        sections: Sequence[Section],
        path: Path | None,
        clock: Clock,
        dialogs: Dialogs,
        parent: QWidget | None = None,
        *,
        incidents: Sequence[tuple[str, int]] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attachDialog")
        self._dialogs = dialogs
        self.setWindowTitle(self.tr("Attach a file"))
        self._service = service
        self._reference = reference
        self.data: bytes | None = None
        self.media_type = ""
        self.path: Path | None = None
        self.added: AttachmentInfo | None = None
        layout = QVBoxLayout(self)
        self.form = InlineForm("attachForm", self)
        layout.addWidget(self.form)
        self._build_file_chooser()
        self._build_section(sections)
        self._build_title()
        self._build_incident(incidents)
        self._build_taken(clock)
        self._build_caption()
        self._build_note(layout)
        self._build_buttons(layout)
        if path is not None:
            self.use(path)

    def _build_file_chooser(self) -> None:
        """The chosen file's name and the button that opens the file chooser."""
        chooser = QWidget(self)
        row = QHBoxLayout(chooser)
        row.setContentsMargins(0, 0, 0, 0)
        self.file_label = QLabel(self.tr("No file chosen"), chooser)
        self.file_label.setObjectName("attachFileLabel")
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("C&hoose…"), chooser)
        choose.setObjectName("chooseFileButton")
        choose.clicked.connect(self.choose)
        row.addWidget(self.file_label, 1)
        row.addWidget(choose)
        self.form.add("file", self.tr("File"), chooser)
        chooser.setAccessibleName(self.tr("File"))

    def _build_section(self, sections: Sequence[Section]) -> None:
        """The section of the file the attachment belongs to."""
        self.section = QComboBox(self)
        self.section.setObjectName("attachSection")
        for section in sections:
            self.section.addItem(section_title(section), section.value)
        self.form.add("section", self.tr("&Section"), self.section)

    def _build_incident(self, incidents: Sequence[tuple[str, int]]) -> None:
        """The incident a photograph documents: the medico-legal report on that incident
        takes it, and no other."""
        self.incident = QComboBox(self)
        self.incident.setObjectName("attachIncident")
        self.incident.addItem(self.tr("Not linked to an incident"), None)
        for text, incident_id in incidents:
            self.incident.addItem(text, incident_id)
        self.form.add("incident_id", self.tr("&Incident"), self.incident)
        self.incident.setAccessibleName(self.tr("Incident it documents"))

    def _build_title(self) -> None:
        self.title = QLineEdit(self)
        self.title.setObjectName("attachTitle")
        self.title.setMaxLength(200)
        self.title.setPlaceholderText(self.tr("e.g. bruise, left forearm"))
        self.form.add("title", self.tr("&Title"), self.title)

    def _build_taken(self, clock: Clock) -> None:
        """When it was taken, or that the date and time are not known."""
        self.taken_known = QCheckBox(self.tr("&Date and time known"), self)
        self.taken_known.setObjectName("takenKnown")
        self.taken_known.setChecked(True)
        self.taken = MomentEdit(self)  # "15:00", "3pm", "3:00 PM"
        self.taken.setObjectName("attachTaken")
        self.taken.setDateTime(to_qdatetime(clock()))
        self.taken_known.toggled.connect(self.taken.setEnabled)
        self.taken_known.toggled.connect(lambda *_: self.form.clear_error("taken_at"))
        self.taken.dateTimeChanged.connect(lambda *_: self.form.clear_error("taken_at"))
        when = QWidget(self)
        line = QHBoxLayout(when)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.taken, 1)
        line.addWidget(self.taken_known)
        when.setFocusProxy(self.taken)  # the label's mnemonic goes to the date
        self.form.add("taken_at", self.tr("Taken &at"), when)
        when.setAccessibleName("")  # its parts are named, the date "Taken at" (MomentEdit)
        self.taken.setAccessibleName(self.tr("Taken at"))

    def _build_caption(self) -> None:
        """What a photograph's caption gives a court beyond its title and time: who took it,
        the body site, and the number of the injury it documents in the injuries table."""
        self.taken_by = QLineEdit(self)
        self.taken_by.setObjectName("attachTakenBy")
        self.taken_by.setMaxLength(CAPTION_MAX)
        self.form.add("taken_by", self.tr("Taken &by"), self.taken_by)
        self.body_site = QLineEdit(self)
        self.body_site.setObjectName("attachBodySite")
        self.body_site.setMaxLength(CAPTION_MAX)
        self.body_site.setPlaceholderText(self.tr("e.g. left forearm, outer side"))
        self.form.add("body_site", self.tr("Bod&y site"), self.body_site)
        self.injury = QSpinBox(self)
        self.injury.setObjectName("attachInjuryNumber")
        self.injury.setRange(0, 999)
        self.injury.setSpecialValueText(self.tr("Not recorded"))
        self.form.add("injury_number", self.tr("In&jury number"), self.injury)
        self.injury.setAccessibleName(self.tr("Injury number in the injuries table"))

    def _caption(self) -> Caption:
        number = self.injury.value()
        return Caption(self.taken_by.text(), self.body_site.text(), number or None)

    def _build_note(self, layout: QVBoxLayout) -> None:
        note = QLabel(
            self.tr(
                "The file is encrypted into the vault. A photograph of her needs her consent to "
                "photography. The original file stays where it is: delete it there if it should "
                "not stay on this computer."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Attach"))
        self.save_button.setObjectName("attachSaveButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose(self) -> QFileDialog:
        """The system's file chooser, opened window-modal (no nested event loop)."""
        chooser = QFileDialog(
            self,
            self.tr("Attach a file"),
            "",
            self.tr(
                "Photographs and PDF scans (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.pdf)"
            ),
        )
        chooser.setObjectName("attachFileChooser")
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.fileSelected.connect(lambda name: self.use(Path(name)))
        self._dialogs.track(chooser)
        return chooser

    def use(self, path: Path) -> bool:
        self.form.clear_errors()
        try:
            self.data, self.media_type = read_candidate(path)
        except ValidationFailed as exc:
            self.data, self.media_type, self.path = None, "", None
            self.file_label.setText(path.name)
            self.form.show_error(exc)
            return False
        self.path = path
        self.file_label.setText(
            self.tr("{name} · {size} byte(s)", "", len(self.data)).format(
                name=path.name, size=f"{len(self.data):,}"
            )
        )
        return True

    def save(self) -> None:
        if self.data is None or self.path is None:
            self.form.show_error(ValidationFailed.of({"file": self.tr("Choose a file first.")}))
            return
        section = Section(self.section.currentData())
        with report_errors(self.form.show_error) as outcome:
            taken = self._taken_at()
            self.added = self._service.add(
                self._reference,
                section,
                self.data,
                self.media_type,
                title=self.title.text().strip(),
                original_name=self.path.name,
                taken_at=taken,
                incident_id=self.incident.currentData(),
                caption=self._caption(),
            )
        if outcome.failed:
            return
        self.data = None
        self.accept()

    def _taken_at(self) -> datetime | None:
        """When it was taken (None: not known), or ValidationFailed in words under the field."""
        if not self.taken_known.isChecked():
            return None
        try:
            return self.taken.moment()
        except ValueError as wrong:
            raise ValidationFailed.of({"taken_at": str(wrong)}) from None


class AttachmentViewer(QDialog):
    """One attachment on screen, from memory: zoom, pages, and its SHA-256 checked."""

    def __init__(self, info: AttachmentInfo, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentViewer")
        self.setWindowTitle(info.title or self.tr("Attachment"))
        self.info = info
        self.preview = Preview(data, info.media_type)  # ValidationFailed if it cannot be shown
        self.index = 0
        self.zoom = 0.0  # 0: fit to the window
        self._image = QImage()
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        layout.addLayout(bar)
        self.previous = QPushButton(self.tr("&Previous page"), self)
        self.previous.setObjectName("previousPage")
        self.previous.clicked.connect(lambda: self.show_page(self.index - 1))
        self.next = QPushButton(self.tr("&Next page"), self)
        self.next.setObjectName("nextPage")
        self.next.clicked.connect(lambda: self.show_page(self.index + 1))
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        for w in (self.previous, self.next, self.page_label):
            bar.addWidget(w)
        for b in (self.previous, self.next):
            b.setAutoDefault(False)
        bar.addStretch(1)
        for text, name, factor in (
            (self.tr("Zoom &out"), "zoomOut", 0.8),
            (self.tr("&Fit"), "zoomFit", 0.0),
            (self.tr("Zoom &in"), "zoomIn", 1.25),
        ):
            b = QPushButton(text, self)
            b.setObjectName(name)
            b.setAutoDefault(False)
            b.clicked.connect(lambda _c=False, f=factor: self.zoom_by(f))
            bar.addWidget(b)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("viewerScroll")
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture = QLabel(self.scroller)
        self.picture.setObjectName("viewerPicture")
        self.picture.setAccessibleName(info.title or info.original_name)
        self.scroller.setWidget(self.picture)
        layout.addWidget(self.scroller, 1)
        checked = QLabel(
            self.tr(
                "SHA-256 {hash}: the file matches the fingerprint recorded when it was added."
            ).format(hash=info.sha256),
            self,
        )
        checked.setObjectName("viewerChecksum")
        checked.setWordWrap(True)
        checked.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(checked)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_by(1.25)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_by(0.8)),
            (QKeySequence("Ctrl+0"), lambda: self.zoom_by(0.0)),
            (QKeySequence(Qt.Key.Key_PageDown), lambda: self.show_page(self.index + 1)),
            (QKeySequence(Qt.Key.Key_PageUp), lambda: self.show_page(self.index - 1)),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self.finished.connect(lambda _r: self.release())
        self.resize(900, 700)
        self.show_page(0)
        self.scroller.setFocus()  # arrows scroll, PgUp/PgDn turn pages, Esc closes

    def show_page(self, index: int) -> None:
        if not 0 <= index < self.preview.page_count:
            return
        self.index = index
        self._image = _qimage(self.preview.page(index))
        self.page_label.setText(
            self.tr("Page {n} of {total}").format(n=index + 1, total=self.preview.page_count)
        )
        self.previous.setEnabled(index > 0)
        self.next.setEnabled(index + 1 < self.preview.page_count)
        self._paint()

    def zoom_by(self, factor: float) -> None:
        if factor == 0.0:
            self.zoom = 0.0
        else:
            current = self.zoom or self._fit_scale()
            self.zoom = max(0.05, min(8.0, current * factor))
        self._paint()

    def _fit_scale(self) -> float:
        if self._image.isNull():
            return 1.0
        area = self.scroller.viewport().size()
        return max(
            0.05,
            min(area.width() / self._image.width(), area.height() / self._image.height(), 1.0),
        )

    def _paint(self) -> None:
        if self._image.isNull():
            return
        scale = self.zoom or self._fit_scale()
        size = QSize(
            max(1, round(self._image.width() * scale)), max(1, round(self._image.height() * scale))
        )
        pixmap = QPixmap.fromImage(self._image).scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.picture.setPixmap(pixmap)
        self.picture.resize(pixmap.size())

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.zoom == 0.0:
            self._paint()

    def release(self) -> None:
        """Forget the decrypted pixels as soon as the viewer closes."""
        self.picture.clear()
        self._image = QImage()
        self.preview.close()


class AttachmentsPanel(QWidget):
    """The thumbnails of this file's attachments, their details, and adding one."""

    changed = Signal()
    # (label, id) of the file's incidents: what a photograph added here may document.
    incidents: Sequence[tuple[str, int]] = ()

    def __init__(
        self,
        session: VaultSession,
        reference: str,
        attachments: Sequence[AttachmentInfo],
        dialogs: Dialogs,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._service = AttachmentService(session)
        self._reference = reference
        self._dialogs = dialogs
        self._clock = clock
        self.attachments = list(attachments)
        self.thumbnails_loaded = False
        self.writable = [
            s
            for s in Section
            if s.is_survivor_record and session.allowed(s, Action.WRITE, reference)
        ]
        self.setAcceptDrops(bool(self.writable))
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        outer.addLayout(top)
        hint = QLabel(
            self.tr("Drop photographs or PDF scans here, or")
            if self.writable
            else self.tr("Your role reads these attachments but does not add any."),
            self,
        )
        top.addWidget(hint)
        self.add_button = QPushButton(self.tr("A&dd a file…"), self)
        self.add_button.setObjectName("addAttachmentButton")
        self.add_button.clicked.connect(lambda: self.attach(None))
        self.add_button.setVisible(bool(self.writable))
        top.addWidget(self.add_button)
        top.addStretch(1)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("openAttachmentButton")
        self.open_button.clicked.connect(self.open_current)
        top.addWidget(self.open_button)
        body = QHBoxLayout()
        outer.addLayout(body, 1)
        self.list = QListWidget(self)
        self.list.setObjectName("attachmentList")
        self.list.setAccessibleName(self.tr("Attachments"))
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB_PX, THUMB_PX))
        self.list.setGridSize(QSize(THUMB_PX + 48, THUMB_PX + 48))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda _i: self.open_current())
        self.list.currentRowChanged.connect(self._show_details)
        body.addWidget(self.list, 2)
        details = QWidget(self)
        self.details = QFormLayout(details)
        self.detail_labels: dict[str, QLabel] = {}
        for key, title in (
            ("title", self.tr("Title")),
            ("section", self.tr("Section")),
            ("taken", self.tr("Taken")),
            ("added", self.tr("Added")),
            ("file", self.tr("Original file")),
            ("size", self.tr("Size")),
            ("sha256", "SHA-256"),
        ):
            label = QLabel(details)
            label.setObjectName(f"attachment_{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details.addRow(title, label)
            self.detail_labels[key] = label
        body.addWidget(details, 1)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        document = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for info in self.attachments:
            item = QListWidgetItem(document, info.title or info.original_name or "—")
            item.setData(Qt.ItemDataRole.UserRole, info.attachment_id)
            item.setToolTip(f"{section_title(info.section)} · {fmt.when(info.taken_at)}")
            self.list.addItem(item)
        self.open_button.setEnabled(bool(self.attachments))
        if self.attachments:
            self.list.setCurrentRow(0)
        else:
            self._show_details(-1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.thumbnails_loaded:
            self.load_thumbnails()

    def load_thumbnails(self) -> None:
        """The thumbnails, read together when the tab is first shown (one audit entry per
        section, not one per picture)."""
        self.thumbnails_loaded = True
        ids = [a.attachment_id for a in self.attachments if a.has_thumbnail]
        if not ids:
            return
        with report_errors(
            lambda exc: self._dialogs.error(self, exc, self.tr("Cannot show the thumbnails"))
        ) as outcome:
            pictures = self._service.open_many(self._reference, ids, thumbnails=True)
        if outcome.failed:
            return
        for row in range(self.list.count()):
            item = self.list.item(row)
            png = pictures.get(item.data(Qt.ItemDataRole.UserRole))
            pixmap = QPixmap()
            if png is not None and pixmap.loadFromData(png):
                item.setIcon(QIcon(pixmap))

    def current(self) -> AttachmentInfo | None:
        row = self.list.currentRow()
        return self.attachments[row] if 0 <= row < len(self.attachments) else None

    def _show_details(self, row: int) -> None:
        info = self.attachments[row] if 0 <= row < len(self.attachments) else None
        values = (
            {
                "title": info.title,
                "section": section_title(info.section),
                "taken": fmt.when(info.taken_at) or self.tr("not known"),
                "added": self.tr("{when} by {who}").format(
                    **isolating(when=fmt.when(info.added_at), who=info.added_by)
                ),
                "file": info.original_name,
                "size": self.tr("{n} byte(s)", "", info.size).format(n=f"{info.size:,}"),
                "sha256": info.sha256,
            }
            if info is not None
            else {}
        )
        for key, label in self.detail_labels.items():
            label.setText(values.get(key, ""))

    def open_current(self) -> AttachmentViewer | None:
        info = self.current()
        if info is None:
            return None
        with report_errors(
            lambda exc: self._dialogs.error(self, exc, self.tr("Cannot open the attachment"))
        ) as outcome:
            viewer = AttachmentViewer(
                info, self._service.open(self._reference, info.attachment_id), self
            )
        if outcome.failed:
            return None
        self._dialogs.track(viewer)
        return viewer

    # -- adding --

    def attach(self, path: Path | None) -> AttachDialog | None:
        if not self.writable:
            return None
        dialog = AttachDialog(
            self._service,
            self._reference,
            self.writable,
            path,
            self._clock,
            self._dialogs,
            self,
            incidents=self.incidents,
        )
        dialog.accepted.connect(self.changed)
        self._dialogs.track(dialog)
        if path is None:
            dialog.choose()
        return dialog

    @staticmethod
    def _local_files(urls: Sequence[QUrl]) -> list[Path]:
        return [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.writable and self._local_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._local_files(event.mimeData().urls())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.drop_files(files)

    def drop_files(self, files: Sequence[Path]) -> None:
        """Each dropped file in turn, through the attach dialog (the next when one closes)."""
        queue = list(files)
        if not queue:
            return
        dialog = self.attach(queue.pop(0))
        if dialog is not None and queue:
            dialog.finished.connect(lambda _r: self.drop_files(queue))
