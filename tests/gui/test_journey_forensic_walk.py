"""What a walk of the medico-legal report found (issue 23), as the clinician at the keyboard:

- A later forensic examination of the same incident is listed at the foot of the first one's
  report as "reported on its own", but the export dialog offers one report per incident, the
  first examination's: the second examiner cannot print the report she must sign.
- The examiner's name (the name the report's declaration prints: "I, …, examined") takes a
  direction override pasted into it; the forensic screen then shows it reordered ("Dr evil"
  as "Dr live") while the report prints "Dr evil". Names refuse these marks (issue 22)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QWidget

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.forensic import Handover, SpecimenType
from onestop.domain.roles import Role
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.forensic import ExamDetails, ForensicService, SpecimenDetails
from onestop.services.incidents import IncidentDetails, IncidentService
from tests.gui.journey import (
    click,
    click_tab,
    find_button,
    find_field,
    find_window,
    has_window,
    labels_saying,
    on_screen,
    open_file_from_list,
    resize_window,
    sign_in_by_keyboard,
    snap,
    type_into,
)

PASSWORD = "granite harbour 31"
NOT_ON_STAFF = "Name of an examiner not on the centre's staff"
# An examiner named in full, with her post and unit (within the field's 200 characters).
LONG_NAME = (
    "Dr Test Clinician-Examplename, Consultant Forensic Physician and Sexual Offence "
    "Examiner, Sexual Assault Referral Centre, Example General Hospital"
)
OVERRIDES = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
DROP_DOWN = pytest.mark.qt_log_ignore(
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
    "This plugin does not support QPlatformServices::openDocument",
    "Unable to detect a launcher",  # the same, in a real X window (make walk)
)


def _case_with_an_incident(vault) -> tuple[str, int, datetime]:
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    occurred = now - timedelta(days=6)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Sandpiper")).reference
        incident = IncidentService(cw).record(
            ref, IncidentDetails(IncidentTime.exact(occurred), GbvType.RAPE, IncidentContext.OTHER)
        )
    with vault.sign_in(Role.CLINICIAN) as clinician:
        ConsentService(clinician).record(ref, Purpose.SHARE_WITH_POLICE, Decision.GIVEN)
    return ref, incident.incident_id, now


@DROP_DOWN
def test_the_second_examiner_can_print_the_report_she_signs(
    qtbot, make_shell, vault, tmp_path
) -> None:
    ref, incident, now = _case_with_an_incident(vault)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        forensic = ForensicService(clinician)
        for name, days in (("First Examiner", 5), ("Second Examiner", 2)):
            forensic.open_exam(
                ref,
                ExamDetails(
                    name,
                    now - timedelta(days=days),
                    incident,
                    opinion=f"Opinion of {name}.",
                ),
            )
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CLINICIAN)
    open_file_from_list(qtbot, shell, ref)
    # Every report the dialog offers: each choice of what the report is about, exported
    # from the dialog opened afresh (a dialog is done once it has written its document).
    signed: list[str] = []
    choices = _choices(shell)
    assert choices, "the dialog offers no choice of what the report is about"
    for name, i in choices:
        dialog = _open_dialog(shell)
        combo = find_field(dialog, name)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(i)
        out = tmp_path / f"report-{len(signed)}.pdf"
        path = find_field(dialog, "Save as")
        path.clear()  # type: ignore[attr-defined]
        type_into(dialog, "Save as", str(out))
        type_into(dialog, "Document password", PASSWORD)
        type_into(dialog, "Document password again", PASSWORD)
        export = find_button(dialog, "Export")
        qtbot.waitUntil(export.isEnabled, timeout=10_000)
        click(export)
        qtbot.waitUntil(lambda: "Written to" in on_screen(dialog), timeout=30_000)  # noqa: B023
        reader = PdfReader(out)
        assert reader.decrypt(PASSWORD)
        signed.append(" ".join(" ".join(p.extract_text().split()) for p in reader.pages))
        click(find_button(dialog, "Close"))
        qtbot.waitUntil(lambda: not has_window("Export: Medico-legal report"), timeout=5_000)
    # The first examiner's report says the second examination is reported on its own …
    assert any("I, First Examiner, examined" in t and "reported on its own" in t for t in signed), (
        signed
    )
    # … and the second examiner can print it, signed in her name with her opinion.
    assert any(
        "I, Second Examiner, examined" in t and "Opinion of Second Examiner." in t for t in signed
    ), "no report the dialog offers is the second examination's"


def _open_dialog(shell: QWidget) -> QWidget:
    click_tab(shell, "Health")
    click(find_button(shell, "Print the medico-legal report…"))
    return find_window("Export: Medico-legal report")


def _choices(shell: QWidget) -> list[tuple[str, int]]:
    """Each choice (drop-down list and item) of what the report is about."""
    dialog = _open_dialog(shell)
    about = [
        (w.accessibleName(), i)
        for w in dialog.findChildren(QComboBox)
        if w.isVisible()
        and any(word in w.accessibleName().lower() for word in ("incident", "examination"))
        for i in range(w.count())
    ]
    click(find_button(dialog, "Cancel"))
    return about


def paste(field: QWidget, text: str) -> None:
    """Copied from elsewhere and pasted with Ctrl+V, as a person brings such text in."""
    QApplication.clipboard().setText(text)
    click(field)
    QTest.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


@DROP_DOWN
def test_the_examiner_s_name_shows_as_the_report_prints_it(qtbot, make_shell, vault) -> None:
    ref, _incident, _now = _case_with_an_incident(vault)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CLINICIAN)
    open_file_from_list(qtbot, shell, ref)
    click_tab(shell, "Forensic")
    click(find_button(shell, "Add an examination…"))
    # An examiner not on the staff, named by what is typed (a staff member's name is hers).
    paste(find_field(shell, NOT_ON_STAFF), "Dr \u202eevil\u202c Example")
    click(find_button(shell, "Save"))
    refused = "invisible direction marks" in on_screen(shell)
    qtbot.waitUntil(
        lambda: refused or "Example" in on_screen(find_field(shell, "Examinations")),
        timeout=10_000,
    )
    if refused:
        return  # refused in words, as a name is: nothing saved to show reordered
    table = find_field(shell, "Examinations")
    assert isinstance(table, QAbstractItemView)
    model = table.model()
    shown = [
        str(model.index(r, c).data())
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if "Example" in str(model.index(r, c).data())
    ]
    # Saved: then shown as the report prints it ("Dr evil Example"), not reordered.
    assert shown and all(not OVERRIDES & set(cell) for cell in shown), shown
    assert not has_window("Export: Medico-legal report")


@DROP_DOWN
def test_the_exam_form_fits_a_1024_screen(qtbot, make_shell, vault) -> None:
    """On a 1024×768 laptop the clinician adds a forensic examination to a file that already
    has one (its examiner named in full), with its sealed specimens: the form's labels and
    its Save button are in sight beside the field she types in, not scrolled off to the
    left."""
    ref, incident, now = _case_with_an_incident(vault)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        ConsentService(clinician).record(
            ref, Purpose.FORENSIC_COLLECTION, Decision.GIVEN, decided_at=now - timedelta(days=6)
        )
        forensic = ForensicService(clinician)
        exam = forensic.open_exam(ref, ExamDetails(LONG_NAME, now - timedelta(days=5), incident))
        for n, kind in enumerate((SpecimenType.VAGINAL_SWAB, SpecimenType.BLOOD), 1):
            exam = forensic.add_specimen(
                ref,
                exam.exam_id,
                SpecimenDetails(kind, now - timedelta(days=5), "Test Clinician", f"SEAL-{n:06d}"),
            )
        for specimen in exam.specimens:  # into the locked refrigerator, then to the police
            for days, (held, to, where, why) in enumerate(
                (
                    ("Test Clinician", "Evidence refrigerator (locked)", "The centre", "Stored"),
                    ("Evidence refrigerator (locked)", "Evidence officer", "Police", "Analysis"),
                )
            ):
                forensic.hand_over(
                    ref,
                    specimen.specimen_id,
                    Handover(held, to, where, now - timedelta(days=4 - days), why),
                )
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CLINICIAN)
    resize_window(shell, 1024, 768)
    open_file_from_list(qtbot, shell, ref)
    click_tab(shell, "Forensic")
    click(find_button(shell, "Add an examination…"))
    field = find_field(shell, "Examiner (signs the report)")
    qtbot.waitUntil(field.hasFocus, timeout=5_000)
    QApplication.processEvents()
    snap("the exam form at 1024x768")
    shown = labels_saying(shell, f"New examination|Examiner \\(signs the report\\)|{NOT_ON_STAFF}")
    assert len(shown) == 3, [w.text() for w in shown]
    for label in [*shown, *labels_saying(shell, "Opinion on the findings")]:
        assert in_sight(label), f"the label {label.text()!r} is scrolled out of sight"
    assert in_sight(find_button(shell, "Save")), "Save is scrolled out of sight"


def in_sight(widget: QWidget) -> bool:
    """Whether all of ``widget`` is inside every scrolled area it is in, as they stand."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            port = parent.viewport()
            top_left = widget.mapTo(port, QPoint(0, 0))
            if not port.rect().contains(QRect(top_left, widget.size())):
                return False
        parent = parent.parentWidget()
    return True
