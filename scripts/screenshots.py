"""Render the main screens offscreen from the demo vault into docs/screenshots/ (make screenshots).

Sign-in, lock, each role's home, the case list, a full case file and the body map, at
1366×768 (the smallest screen the centres use). Run after `onestop demo` has made the vault.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ONESTOP_HOME", tempfile.mkdtemp(prefix="onestop-shots-"))

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from onestop.cli import DEMO_ADMIN, DEMO_PASSWORD, DEMO_SEED
from onestop.demo import demo_accounts
from onestop.domain.health import BodySide
from onestop.domain.roles import Role
from onestop.gui.app import make_application

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "screenshots"
SIZE = (1366, 768)


def wait(condition, seconds: float = 30) -> None:
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the window")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def synthetic_attachments(session, reference: str) -> None:
    """Two made-up attachments for the pictures: a drawn 'photograph' and a scanned letter."""
    import io
    from datetime import UTC, datetime, timedelta

    from PIL import Image, ImageDraw
    from reportlab.pdfgen import canvas

    from onestop.domain.consent import Decision, Purpose
    from onestop.domain.roles import Section
    from onestop.services.attachments import AttachmentService
    from onestop.services.consent import ConsentService

    now = datetime.now(UTC)
    ConsentService(session).record(
        reference, Purpose.PHOTOGRAPHY, Decision.GIVEN, decided_at=now - timedelta(hours=2)
    )
    files = AttachmentService(session)
    for n, colour in enumerate(("#c98b6b", "#b7785c")):
        img = Image.new("RGB", (1200, 900), colour)
        draw = ImageDraw.Draw(img)
        draw.ellipse((420, 300, 760, 560), fill="#6d3b5a")
        draw.rectangle((300, 700, 900, 740), fill="white", outline="black")
        for tick in range(0, 600, 50):
            draw.line((300 + tick, 700, 300 + tick, 720), fill="black", width=3)
        draw.text((40, 40), "SYNTHETIC EXAMPLE - not a real photograph", fill="white")
        out = io.BytesIO()
        img.save(out, format="JPEG")
        files.add(
            reference,
            Section.HEALTH,
            out.getvalue(),
            "image/jpeg",
            title=("Bruise, left forearm, with scale" if n == 0 else "Bruise, close-up"),
            original_name=f"IMG_{1040 + n}.jpg",
            taken_at=now - timedelta(hours=1),
        )
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for page in (1, 2):
        pdf.setFont("Helvetica", 14)
        pdf.drawString(72, 760, f"Synthetic discharge letter - page {page} of 2")
        pdf.setFont("Helvetica", 11)
        pdf.drawString(72, 730, "A made-up document for the screenshots; no real person.")
        pdf.showPage()
    pdf.save()
    files.add(
        reference,
        Section.HEALTH,
        out.getvalue(),
        "application/pdf",
        title="Discharge letter (scan)",
        original_name="scan-0001.pdf",
    )


def languages_shots(app, shell, account) -> None:
    """The sign-in window, the home screen and a case file in each shipped language (Arabic
    right to left), as the caseworker sees them."""
    from onestop.gui.language import install
    from onestop.gui.shell import Shell

    for code in ("fr", "es", "ar"):
        installed = install(app, code)
        other = Shell(shell.vault)
        other.resize(*SIZE)
        other.show()
        other.start()

        def shot(name: str, window: QWidget = other) -> None:
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(OUT / f"{name}.png"))
            print(f"docs/screenshots/{name}.png")

        shot(f"sign-in-{code}")
        other.sign_in.ui.usernameEdit.setText(account.username)
        other.sign_in.ui.passwordEdit.setText(account.password)
        other.sign_in.ui.signInButton.click()
        wait(lambda window=other: window.workspace is not None)
        shot(f"home-{code}")
        ws = other.workspace
        assert ws is not None and ws.case_list is not None
        ws.tabs.setCurrentWidget(ws.case_list)
        shot(f"case-list-{code}")
        page = ws.open_case(ws.case_list.model.reference_at(0))
        assert page is not None
        page.tabs.setCurrentWidget(page.tabs.findChild(QWidget, "timelineTab"))
        shot(f"case-file-{code}")
        (identity,) = [p for p in page.record_panels if p.kind == "record:identity"]
        page.tabs.setCurrentWidget(identity)
        identity.edit()
        shot(f"case-file-identity-edit-{code}")
        identity.cancel()
        if code == "fr" and page.risk_panel is not None:  # the checklist asked in French
            page.tabs.setCurrentWidget(page.risk_panel)
            form = page.risk_panel.start_checklist()
            if form is not None:
                shot(f"case-file-risk-{code}")
                form.cancelled.emit()
        if code == "es":  # a document written in the screen's language by default
            dialog = page.export_safety_plan()
            shot(f"export-dialog-{code}", dialog)
            dialog.reject()
        other._sign_out_now()
        other._end_session()
        other.close()
        other.deleteLater()
        for translator in installed:
            app.removeTranslator(translator)
    install(app, "en")


def main(vault: Path) -> int:
    app = make_application()
    from onestop.gui.shell import Shell

    OUT.mkdir(parents=True, exist_ok=True)
    accounts = {a.role: a for a in demo_accounts(DEMO_SEED)}
    shell = Shell(vault)
    shell.resize(*SIZE)
    shell.show()
    shell.start()

    def shot(name: str) -> None:
        for _ in range(5):
            app.processEvents()
        shell.grab().save(str(OUT / f"{name}.png"))
        print(f"docs/screenshots/{name}.png")

    def sign_in(username: str, password: str) -> None:
        shell.sign_in.ui.usernameEdit.setText(username)
        shell.sign_in.ui.passwordEdit.setText(password)
        shell.sign_in.ui.signInButton.click()
        wait(lambda: shell.workspace is not None)

    def show_tab(name: str) -> QWidget:
        ws = shell.workspace
        assert ws is not None
        for i in range(ws.tabs.count()):
            if ws.tabs.widget(i).objectName() == name:
                ws.tabs.setCurrentIndex(i)
                return ws.tabs.widget(i)
        raise LookupError(name)

    def dialog_shot(dialog: QDialog, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(OUT / f"{name}.png"))
        print(f"docs/screenshots/{name}.png")
        dialog.reject()

    shot("sign-in")
    roles = [r for r in Role if r is not Role.ADMIN]
    for role in roles:
        sign_in(accounts[role].username, accounts[role].password)
        shot(f"home-{role.value.replace('_', '-')}")
        if role is Role.CASEWORKER:
            ws = shell.workspace
            assert ws is not None and ws.case_list is not None
            ws.tabs.setCurrentWidget(ws.case_list)
            shot("case-list")
            page = ws.open_case(ws.case_list.model.reference_at(0))
            assert page is not None
            page.tabs.setCurrentWidget(page.tabs.findChild(QWidget, "timelineTab"))
            shot("case-file")
            (identity,) = [p for p in page.record_panels if p.kind == "record:identity"]
            page.tabs.setCurrentWidget(identity)
            identity.edit()
            shot("case-file-identity-edit")
            identity.cancel()
            show_tab("reminders")
            shot("reminders")
            conferences = show_tab("conferences")
            shot("conferences")
            agenda = conferences.agenda_model
            if agenda.rowCount():
                risky = ws.open_case(str(agenda.key(0)))
                assert risky is not None
                risky.tabs.setCurrentWidget(risky.tabs.findChild(QWidget, "riskTab"))
                shot("case-file-risk")
            shell.lock()
            shot("lock")
            shell.lock_view.ui.passwordEdit.setText(accounts[role].password)
            shell.lock_view.ui.unlockButton.click()
            wait(lambda: shell.pages.currentWidget() is shell.workspace)
        if role is Role.CLINICIAN:
            ws = shell.workspace
            assert ws is not None and ws.case_list is not None
            home = ws.home.agenda
            ref = (
                home.get("clinical_windows")[0].reference
                if home
                else ws.case_list.model.reference_at(0)
            )
            page = ws.open_case(ref)
            assert page is not None
            page.tabs.setCurrentWidget(page.tabs.findChild(QWidget, "healthTab"))
            editor = page.start_encounter()
            assert editor is not None
            for side, x, y, kind in (
                (BodySide.FRONT, 0.5, 0.28, "bruise"),
                (BodySide.FRONT, 0.45, 0.42, "abrasion"),
                (BodySide.BACK, 0.55, 0.35, "bruise"),
            ):
                marker = editor.body_map.place(side, x, y)
                assert marker is not None
                editor.set_injury(marker.number, kind, "2 cm", "synthetic example")
            shot("case-file-health")
            other = ws.open_case(ws.case_list.model.reference_at(1))
            assert other is not None
            glass = other.break_glass()
            glass.reason.setPlainText("Admitted unconscious; the protection order's conditions")
            glass.section.setCurrentIndex(glass.section.findData("legal"))
            glass.grab().save(str(OUT / "break-glass.png"))
            print("docs/screenshots/break-glass.png")
            glass.submit()
            other.tabs.setCurrentWidget(other.tabs.findChild(QWidget, "legalTab"))
            shot("case-file-break-glass")
            files = ws.open_case(ws.case_list.model.reference_at(2))
            assert files is not None and files.attachments_panel is not None
            if not files.attachments_panel.attachments:
                synthetic_attachments(ws.session, files.reference)
                files.reload()
            panel = files.attachments_panel
            assert panel is not None
            files.tabs.setCurrentWidget(panel)
            shot("case-file-attachments")
            viewer = panel.open_current()
            if viewer is not None:
                viewer.resize(900, 640)
                dialog_shot(viewer, "attachment-viewer")
        if role is Role.SHELTER_OFFICER:
            show_tab("shelterBoard")
            shot("shelter-board")
        if role is Role.MANAGER:
            show_tab("breakGlassReview")
            shot("break-glass-review")
            show_tab("network")
            shot("referral-network")
            conferences = show_tab("conferences")
            dialog = conferences.export_pack()
            if dialog is not None:
                dialog.override.setChecked(True)
                dialog_shot(dialog, "export-dialog")
            ws = shell.workspace
            assert ws is not None
            ws.tabs.setCurrentWidget(ws.home)
            dialog_shot(ws.home.export_statistics(), "export-statistics")
        if role is Role.LEGAL_ADVOCATE:
            ws = shell.workspace
            assert ws is not None and ws.case_list is not None
            page = ws.open_case(ws.case_list.model.reference_at(0))
            assert page is not None
            page.tabs.setCurrentWidget(page.tabs.findChild(QWidget, "legalTab"))
            shot("case-file-legal")
            (orders,) = [p for p in page.record_panels if p.kind == "record:protection_order"]
            form = orders.edit(None)
            assert form is not None
            form.fields["order_type"].input.setText("Interim protection order")
            form.fields["conditions"].input.setPlainText("No contact; stay 200 m away")
            wait(lambda: True)
            shot("case-file-record-form")
            form.dirty = False
            orders.cancel()
            dialog_shot(page.export_bundle(), "export-bundle")
        shell._sign_out_now()
    languages_shots(app, shell, accounts[Role.CASEWORKER])
    sign_in(DEMO_ADMIN, DEMO_PASSWORD)
    shot("home-admin")
    ws = shell.workspace
    assert ws is not None and ws.home.admin is not None
    admin = ws.home.admin
    admin.tabs.setCurrentWidget(admin.backups)
    admin.backups.verify()
    wait(lambda: not admin.backups.busy, 120)
    shot("admin-backups")
    admin.tabs.setCurrentWidget(admin.audit)
    shot("admin-audit")
    shell._sign_out_now()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / ".demo" / "vault"))
