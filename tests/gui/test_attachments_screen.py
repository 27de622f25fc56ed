"""The attachments tab, as a nurse uses it: drop a photograph, choose a PDF scan, view both."""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from reportlab.pdfgen import canvas

from onestop.domain.audit import AuditAction
from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.roles import Role, Section
from onestop.gui import fmt
from onestop.gui.views.attachments import AttachDialog, AttachmentsPanel, AttachmentViewer
from onestop.services.audit import AuditService
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.incidents import IncidentDetails, IncidentService
from tests.gui.conftest import sign_in
from tests.gui.journey import find_field


def _photo() -> bytes:
    """A teal photograph with a corner of noise of its own: its bytes are this test's alone,
    so that another test writing a plain teal JPEG at the same time (make test runs on two
    workers) is never taken for this one left on disk."""
    image = Image.new("RGB", (640, 480), "teal")
    image.paste(Image.frombytes("RGB", (32, 32), os.urandom(32 * 32 * 3)), (0, 0))
    out = io.BytesIO()
    image.save(out, format="JPEG")
    return out.getvalue()


def _scan(pages: int) -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for n in range(pages):
        pdf.drawString(72, 720, f"Scanned page {n + 1}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def _drop(panel: AttachmentsPanel, path: Path) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPointF(panel.rect().center()),
        actions,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(panel.rect().center()),
        actions,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )
    QApplication.sendEvent(panel, drop)
    return drop


def _files_under(folder: str) -> set[str]:
    found = set()
    for root, _dirs, names in os.walk(folder):
        found.update(os.path.join(root, n) for n in names)
    return found


def _contents_contain(paths: set[str], needle: bytes) -> list[str]:
    hits = []
    for p in paths:
        try:
            if needle in Path(p).read_bytes():
                hits.append(p)
        except OSError:
            continue
    return hits


def test_a_nurse_drops_a_photograph_chooses_a_scan_and_views_both(
    qtbot, make_shell, vault, dialogs, tmp_path
) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Maren Testdrop")).reference
        incident = (
            IncidentService(cw)
            .record(
                ref,
                IncidentDetails(
                    IncidentTime.exact(datetime.now(UTC) - timedelta(hours=5)),
                    GbvType.PHYSICAL_ASSAULT,
                    IncidentContext.OTHER,
                ),
            )
            .incident_id
        )
    with vault.sign_in(Role.CLINICIAN) as nurse:
        ConsentService(nurse).record(
            ref,
            Purpose.PHOTOGRAPHY,
            Decision.GIVEN,
            decided_at=datetime.now(UTC) - timedelta(hours=1),
        )
    outside = tmp_path / "outside"
    outside.mkdir()
    photo, scan = _photo(), _scan(3)
    (outside / "arm.jpg").write_bytes(photo)
    (outside / "letter.pdf").write_bytes(scan)
    (outside / "notes.txt").write_text("not a picture")

    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CLINICIAN)
    page = shell.workspace.open_case(ref)
    page.bring_forward(page.attachments_panel)
    panel = page.attachments_panel
    assert panel.list.count() == 0 and not panel.open_button.isEnabled()

    # A file that is not a picture or a PDF is refused where it was dropped, in words.
    _drop(panel, outside / "notes.txt")
    (dialog,) = [d for d in dialogs.open_dialogs if isinstance(d, AttachDialog)]
    assert "photograph" in dialog.form.error_text("file")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Choose a file first" in dialog.form.error_text("file")
    dialog.reject()

    # The photograph, dropped onto the tab.
    _drop(panel, outside / "arm.jpg")
    (dialog,) = [d for d in dialogs.open_dialogs if isinstance(d, AttachDialog)]
    assert dialog.media_type == "image/jpeg"
    offered = {dialog.section.itemData(i) for i in range(dialog.section.count())}
    assert Section.HEALTH.value in offered and Section.LEGAL.value not in offered
    dialog.section.setCurrentIndex(dialog.section.findData(Section.HEALTH.value))
    qtbot.keyClicks(dialog.title, "Bruise, left forearm")
    # The photograph documents the incident: the report on that incident will take it.
    dialog.incident.setCurrentIndex(dialog.incident.findData(incident))
    # Taken half an hour ago (after her consent), the time typed as she says it ("3:00 PM");
    # a wrong one is refused under the field, in words.
    taken = (datetime.now(UTC) - timedelta(minutes=30)).astimezone()
    day, at = find_field(dialog, "Taken at"), find_field(dialog, "Taken at: time")
    day.clear()
    qtbot.keyClicks(day, f"{taken:%Y-%m-%d}")
    at.clear()
    qtbot.keyClicks(at, "noonish")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.form.error_text("taken_at") == "Type the time as 15:00 or 3:00 PM."
    at.clear()
    assert dialog.form.error_text("taken_at") == ""  # the stale message went
    qtbot.keyClicks(at, f"{taken:%I:%M %p}".lstrip("0"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), (dialog.form.message.text(), dialog.form.errors)
    panel = page.attachments_panel  # the file was read again
    page.bring_forward(panel)
    assert panel.list.count() == 1
    shown = panel.list.item(0).icon().pixmap(64, 64).toImage().pixelColor(32, 32)
    assert shown.red() < 40 and shown.green() > 100 and shown.blue() > 100  # the teal photo
    assert panel.detail_labels["sha256"].text() == hashlib.sha256(photo).hexdigest()
    assert panel.detail_labels["title"].text() == "Bruise, left forearm"
    assert panel.attachments[0].incident_id == incident
    # Shown as the workstation's locale writes the moment typed.
    assert panel.detail_labels["taken"].text() == fmt.when(taken.replace(second=0))
    assert panel.attachments[0].taken_at == taken.replace(second=0, microsecond=0)

    # The scan, through the file chooser.
    dialog = panel.attach(None)
    chooser = next(d for d in dialogs.open_dialogs if isinstance(d, QFileDialog))
    chooser.fileSelected.emit(str(outside / "letter.pdf"))
    chooser.reject()
    assert dialog.media_type == "application/pdf"
    dialog.section.setCurrentIndex(dialog.section.findData(Section.HEALTH.value))
    qtbot.keyClicks(dialog.title, "Discharge letter")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    panel = page.attachments_panel
    page.bring_forward(panel)
    assert panel.list.count() == 2

    # Viewing: from memory, checked against the SHA-256, nothing decrypted left on disk.
    before = _files_under(tempfile.gettempdir()) | _files_under(str(vault.path))
    panel.list.setCurrentRow(0)
    viewer = panel.open_current()
    assert isinstance(viewer, AttachmentViewer)
    assert not viewer.picture.pixmap().isNull()
    assert (
        hashlib.sha256(photo).hexdigest()
        in viewer.findChild(type(viewer.page_label), "viewerChecksum").text()
    )
    viewer.zoom_by(1.25)
    assert viewer.zoom > 0
    viewer.reject()
    panel.list.setCurrentRow(1)
    viewer = panel.open_current()
    assert viewer.page_label.text() == "Page 1 of 3" and not viewer.previous.isEnabled()
    qtbot.mouseClick(viewer.next, Qt.MouseButton.LeftButton)
    assert viewer.page_label.text() == "Page 2 of 3"
    viewer.reject()
    after = _files_under(tempfile.gettempdir()) | _files_under(str(vault.path))
    assert not _contents_contain(after - before, photo[:2048])
    assert not _contents_contain(after - before, scan[:512])
    assert not _contents_contain(_files_under(str(vault.path)), b"Scanned page")

    shell._end_session()  # the window lets go of the vault
    with vault.sign_in(Role.MANAGER) as manager:
        actions = [(e.action, e.detail) for e in AuditService(manager).entries()]
    assert (AuditAction.RECORD_READ.value, "attachment 1 opened") in actions
    assert any(
        a == AuditAction.RECORD_READ.value and d.endswith("thumbnails shown") for a, d in actions
    )
