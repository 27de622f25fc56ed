"""What a walk of the forensic examination form and its medico-legal report found (issue 23),
as a nurse new to OneStop and as a colleague who would misuse it, each from the sign-in
window:

- An examination by a doctor whose account was disabled (she left the centre) opens for
  editing with "Not on the centre's staff" chosen and no name: the nurse who adds the
  doctor's opinion must pick another examiner (or type one) to save, and the report then
  names someone who did not examine her.
- The name of a member of staff typed as an examiner "not on the centre's staff" is taken:
  the report declares "I, <her name>, examined" and says she is not on the centre's staff, a
  contradiction a court cannot resolve, and no one on the staff chose to sign it.
- The admin changes the examiner's qualifications on her staff profile after the report was
  exported: the next report prints the new qualifications under the same number and
  version, so two different signed reports carry the same version.
- The incident examined twice, the second examination's report is refused where the dialog
  offers to save it: the first report took the same default name (no ML-1/ML-2 in it).
- The nurse makes herself the examiner of the doctor's examination after the doctor's report
  went out: version 2 declares "I, <nurse>, examined" over the doctor's opinion and says
  nothing of the examiner version 1 named.
- A caseworker corrects her date of birth after the report went out: the next report names
  her as born on another day under the same number and version."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyle,
    QTabBar,
    QTableView,
    QWidget,
)

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.forensic import Handover, SpecimenType
from onestop.domain.roles import Role
from onestop.gui import fmt
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.forensic import ExamDetails, ForensicService, SpecimenDetails
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.users import UserService
from tests.gui.journey import (
    choose,
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
    sign_in_after_a_colleague,
    sign_in_by_keyboard,
    sign_out_by_mouse,
    snap,
    type_into,
)
from tests.gui.test_journey_examiner import click_item

PASSWORD = "granite harbour 31"
EXAMINER = "Examiner (signs the report)"
NOT_ON_STAFF = "Name of an examiner not on the centre's staff"
DOCTOR = "Dr Test Physician"
DROP_DOWN = pytest.mark.qt_log_ignore(
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
    "This plugin does not support QPlatformServices::openDocument",
    "Unable to detect a launcher",  # the same, in a real X window (make walk)
)


def _case(vault) -> tuple[str, int, IncidentTime]:
    """A doctor on the staff (with her qualifications), and a survivor's case with a rape
    30 hours ago, her consent to share with the police recorded."""
    with vault.sign_in(Role.ADMIN) as admin:
        users = UserService(admin)
        users.create("u-doctor", Role.CLINICIAN, DOCTOR)
        users.update_profile("u-doctor", qualifications="MB BS", registration_number="REG-7001")
    occurred = IncidentTime.exact(datetime.now(UTC).replace(second=0) - timedelta(hours=30))
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Merlin")).reference
        incident = IncidentService(cw).record(
            ref, IncidentDetails(occurred, GbvType.RAPE, IncidentContext.OTHER)
        )
    with vault.sign_in(Role.CLINICIAN) as clinician:
        ConsentService(clinician).record(ref, Purpose.SHARE_WITH_POLICE, Decision.GIVEN)
    return ref, incident.incident_id, occurred


def _editing(qtbot, shell: QWidget) -> bool:
    text = on_screen(shell)
    return "New examination" in text or "Edit examination" in text


def _export(qtbot, shell: QWidget, out: Path) -> str:
    """The medico-legal report printed through the export dialog, read back."""
    click_tab(shell, "Health")
    click(find_button(shell, "Print the medico-legal report…"))
    dialog = find_window("Export: Medico-legal report")
    path = find_field(dialog, "Save as")
    path.clear()  # type: ignore[attr-defined]
    type_into(dialog, "Save as", str(out))
    type_into(dialog, "Document password", PASSWORD)
    type_into(dialog, "Document password again", PASSWORD)
    export = find_button(dialog, "Export")
    qtbot.waitUntil(export.isEnabled, timeout=10_000)
    click(export)
    qtbot.waitUntil(lambda: "Written to" in on_screen(dialog), timeout=30_000)
    click(find_button(dialog, "Close"))
    qtbot.waitUntil(lambda: not has_window("Export: Medico-legal report"), timeout=5_000)
    reader = PdfReader(out)
    assert reader.decrypt(PASSWORD)
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


@DROP_DOWN
def test_an_examination_by_a_doctor_who_left_keeps_her_as_its_examiner(
    qtbot, make_shell, vault, tmp_path
) -> None:
    """The doctor examined her; the nurse recorded it. The doctor has since left and her
    account is disabled. The nurse opens the examination to add the doctor's opinion, given
    on paper: the form shows the doctor as its examiner, and saving keeps her, so the report
    still names the doctor who examined her."""
    ref, incident, _occurred = _case(vault)
    with vault.sign_in(Role.CLINICIAN) as nurse:
        ForensicService(nurse).open_exam(
            ref,
            ExamDetails(
                "",
                datetime.now(UTC).replace(second=0) - timedelta(hours=20),
                incident,
                examined_by="u-doctor",
            ),
        )
    with vault.sign_in(Role.ADMIN) as admin:
        UserService(admin).disable("u-doctor")
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CLINICIAN)
    open_file_from_list(qtbot, shell, ref)
    click_tab(shell, "Forensic")
    listed = on_screen(find_field(shell, "Examinations"))
    click(find_field(shell, "Edit the examination"))
    chosen = find_field(shell, EXAMINER)
    assert isinstance(chosen, QComboBox)
    shown = (chosen.currentText(), find_field(shell, NOT_ON_STAFF).text())  # type: ignore[attr-defined]
    # The examination as it opens: by the doctor, not by no one (nor by whoever is first).
    assert any(DOCTOR in text for text in shown), f"the form shows the examiner as {shown}"
    assert DOCTOR in listed, f"the list of examinations names no examiner: {listed!r}"
    type_into(shell, "Opinion on the findings", "Consistent with the account given.")
    click(find_button(shell, "Save"))
    qtbot.waitUntil(lambda: not _editing(qtbot, shell), timeout=10_000)
    text = _export(qtbot, shell, tmp_path / "report.pdf")
    assert f"I, {DOCTOR} (MB BS), examined the person" in text


@DROP_DOWN
def test_a_staff_member_s_name_is_not_typed_as_an_examiner_not_on_the_staff(
    qtbot, make_shell, vault, tmp_path
) -> None:
    """The nurse examined her herself, and would borrow the doctor's authority: she leaves
    the doctor unchosen and types the doctor's name as an examiner not on the staff. The
    form refuses it in words (choose her from the staff, where the report is hers to sign);
    no report declares a member of staff "not on the centre's staff"."""
    ref, _incident, occurred = _case(vault)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CLINICIAN)
    open_file_from_list(qtbot, shell, ref)
    click_tab(shell, "Forensic")
    click(find_button(shell, "Add an examination…"))
    click_item(shell, EXAMINER, "Not on the centre's staff")
    type_into(shell, NOT_ON_STAFF, DOCTOR)
    choose(shell, "Incident", f"Rape · {fmt.occurred(occurred)}")
    type_into(shell, "Opinion on the findings", "Consistent with the account given.")
    click(find_button(shell, "Save"))
    qtbot.wait(500)
    if _editing(qtbot, shell):
        assert "staff" in on_screen(shell).split("New examination", 1)[1], on_screen(shell)
        return  # refused in words: nothing saved
    text = _export(qtbot, shell, tmp_path / "report.pdf")
    declaration = text.split("Declaration and statement of truth", 1)[1]
    assert f"{DOCTOR} is recorded on the examination as an examiner who is not on" not in (
        declaration
    ), "a member of staff is declared not on the centre's staff: " + declaration


@DROP_DOWN
def test_a_changed_examiner_profile_gives_the_report_a_new_version(
    qtbot, make_shell, vault, tmp_path
) -> None:
    """The report is exported (version 1). The admin then changes the examiner's
    qualifications and registration number on her staff profile. The next report prints the
    new ones: it is a different document, so it carries a new version."""
    ref, incident, _occurred = _case(vault)
    with vault.sign_in(Role.CLINICIAN) as nurse:
        ForensicService(nurse).open_exam(
            ref,
            ExamDetails(
                "",
                datetime.now(UTC).replace(second=0) - timedelta(hours=20),
                incident,
                examined_by="u-doctor",
                opinion="Consistent with the account given.",
            ),
        )
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CLINICIAN)
    open_file_from_list(qtbot, shell, ref)
    first = _export(qtbot, shell, tmp_path / "first.pdf")
    assert "Version 1" in first and "Registration number: REG-7001" in first
    sign_out_by_mouse(qtbot, shell)
    with vault.sign_in(Role.ADMIN) as admin:
        UserService(admin).update_profile(
            "u-doctor", qualifications="MB BS, FFLM", registration_number="REG-9999"
        )
    sign_in_after_a_colleague(qtbot, shell, Role.CLINICIAN)
    open_file_from_list(qtbot, shell, ref)
    second = _export(qtbot, shell, tmp_path / "second.pdf")
    assert "Registration number: REG-9999" in second  # the report prints the new profile …
    assert "Version 1" not in second, "a different report under the same number and version"


@DROP_DOWN
def test_each_examination_s_report_is_saved_under_a_name_of_its_own(
    qtbot, make_shell, vault
) -> None:
    """The incident was examined twice: by the doctor on the staff, then by a visiting
    forensic physician. The nurse prints the first examination's report, then the second's,
    each as the dialog offers it: the second is not refused because the first took its
    name, and the two files' names tell the police which report each is."""
    ref, incident, _occurred = _case(vault)
    at = datetime.now(UTC).replace(second=0) - timedelta(hours=20)
    with vault.sign_in(Role.CLINICIAN) as nurse:
        forensic = ForensicService(nurse)
        forensic.open_exam(
            ref, ExamDetails("", at, incident, examined_by="u-doctor", opinion="First.")
        )
        forensic.open_exam(
            ref,
            ExamDetails(
                "Dr Visiting Examiner", at + timedelta(hours=2), incident, opinion="Second."
            ),
        )
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CLINICIAN)
    open_file_from_list(qtbot, shell, ref)
    for examiner in (DOCTOR, "Dr Visiting Examiner"):
        click_tab(shell, "Health")
        click(find_button(shell, "Print the medico-legal report…"))
        dialog = find_window("Export: Medico-legal report")
        about = find_field(dialog, "The examination the report is on")
        assert isinstance(about, QComboBox)
        (item,) = [i for i in range(about.count()) if f"by {examiner} · " in about.itemText(i)]
        about.setCurrentIndex(item)  # items start with a date: type-ahead skips them
        type_into(dialog, "Document password", PASSWORD)
        type_into(dialog, "Document password again", PASSWORD)
        click(find_button(dialog, "Export"))
        qtbot.waitUntil(
            lambda: any(w in on_screen(dialog) for w in ("Written to", "already there")),  # noqa: B023
            timeout=30_000,
        )
        assert "Written to" in on_screen(dialog), on_screen(dialog)
        click(find_button(dialog, "Close"))
        qtbot.waitUntil(lambda: not has_window("Export: Medico-legal report"), timeout=5_000)
    written = sorted(p.name for p in (vault.path / "exports").iterdir())
    assert len(written) == 2, written


@DROP_DOWN
def test_a_report_whose_examiner_was_changed_says_who_it_named_before(
    qtbot, make_shell, vault, tmp_path
) -> None:
    """The doctor's report (version 1) went to the police. The nurse then opens the
    examination and makes herself its examiner, keeping the doctor's opinion. The next
    report is version 2, amended by the nurse, and declares "I, Test Clinician, examined": it
    must also say that version 1 named Dr Test Physician, or a court holding both cannot tell
    why the examiner differs, nor that the opinion was written under another name."""
    ref, incident, _occurred = _case(vault)
    with vault.sign_in(Role.CLINICIAN) as nurse:
        ForensicService(nurse).open_exam(
            ref,
            ExamDetails(
                "",
                datetime.now(UTC).replace(second=0) - timedelta(hours=20),
                incident,
                examined_by="u-doctor",
                opinion="Consistent with the account given.",
            ),
        )
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CLINICIAN)
    open_file_from_list(qtbot, shell, ref)
    first = _export(qtbot, shell, tmp_path / "first.pdf")
    assert "Version 1" in first and f"I, {DOCTOR} (MB BS), examined" in first
    click_tab(shell, "Forensic")
    click(find_field(shell, "Edit the examination"))
    click_item(shell, EXAMINER, "Test Clinician")
    click(find_button(shell, "Save"))
    qtbot.waitUntil(lambda: not _editing(qtbot, shell), timeout=10_000)
    second = _export(qtbot, shell, tmp_path / "second.pdf")
    assert "Version 2" in second  # a new version …
    assert "I, Test Clinician" in second and "Test Clinician" in second.split("Amended at")[1]
    # … which says the examiner it named before, under its version number.
    assert DOCTOR in second, "version 2 does not say version 1 named another examiner"
    assert (
        "This version replaces version 1 (issued " in second
        and f"), which named {DOCTOR} as the examiner." in second
    ), second.split("The person examined", 1)[0]


@DROP_DOWN
def test_a_report_whose_person_changed_carries_a_new_version(
    qtbot, make_shell, vault, tmp_path
) -> None:
    """The report (version 1) names her with her date of birth. A caseworker then corrects
    her date of birth. The next report names her as born on another day: a different
    document, so a new version, not a second "version 1" saying something else."""
    ref, incident, _occurred = _case(vault)
    with vault.sign_in(Role.CASEWORKER) as cw:
        cases = CaseService(cw)
        case = cases.get(ref)
        cases.update(ref, replace(case.details, date_of_birth=date(1990, 3, 4)), case.version)
    with vault.sign_in(Role.CLINICIAN) as nurse:
        ForensicService(nurse).open_exam(
            ref,
            ExamDetails(
                "",
                datetime.now(UTC).replace(second=0) - timedelta(hours=20),
                incident,
                examined_by="u-doctor",
                opinion="Consistent with the account given.",
            ),
        )
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CLINICIAN)
    open_file_from_list(qtbot, shell, ref)
    first = _export(qtbot, shell, tmp_path / "first.pdf")
    assert "Version 1" in first and "born 1990-03-04" in first
    sign_out_by_mouse(qtbot, shell)
    with vault.sign_in(Role.CASEWORKER) as cw:
        cases = CaseService(cw)
        case = cases.get(ref)
        cases.update(ref, replace(case.details, date_of_birth=date(1991, 3, 4)), case.version)
    sign_in_after_a_colleague(qtbot, shell, Role.CLINICIAN)
    open_file_from_list(qtbot, shell, ref)
    second = _export(qtbot, shell, tmp_path / "second.pdf")
    assert "born 1991-03-04" in second  # the report names her as she is recorded now …
    assert "Version 1" not in second, "a different report under the same number and version"


def _examined_with_a_hand_over(vault) -> str:
    """The rape examined by a visiting forensic physician, one swab taken and handed to the
    police: the Forensic tab then lists examinations, specimens and the chain of custody."""
    ref, incident, _occurred = _case(vault)
    at = datetime.now(UTC).replace(second=0) - timedelta(hours=20)
    with vault.sign_in(Role.CLINICIAN) as nurse:
        ConsentService(nurse).record(
            ref, Purpose.FORENSIC_COLLECTION, Decision.GIVEN, decided_at=at - timedelta(hours=1)
        )
        forensic = ForensicService(nurse)
        exam = forensic.open_exam(
            ref, ExamDetails("Dr Visiting Examiner", at, incident, opinion="Consistent.")
        )
        exam = forensic.add_specimen(
            ref,
            exam.exam_id,
            SpecimenDetails(SpecimenType.VAGINAL_SWAB, at, "Test Clinician", "SEAL-000001"),
        )
        forensic.hand_over(
            ref,
            exam.specimens[0].specimen_id,
            Handover(
                "Test Clinician", "Evidence officer", "Police", at + timedelta(hours=2), "Analysis"
            ),
        )
    return ref


def _mnemonic(text: str) -> str:
    """The letter after a single & (Alt+letter), lower case; "" when none."""
    plain = text.replace("&&", "")
    return plain[plain.index("&") + 1].lower() if "&" in plain else ""


@DROP_DOWN
def test_each_add_button_of_the_forensic_tab_says_what_it_adds(qtbot, make_shell, vault) -> None:
    """The Forensic tab lists examinations, specimens and hand-overs, each with a button to
    add one: a nurse (and a screen reader) tells them apart by what each says it adds, not
    by where it sits, and each has an Alt+letter of its own (a walk found two "Add…")."""
    ref = _examined_with_a_hand_over(vault)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CLINICIAN)
    open_file_from_list(qtbot, shell, ref)
    click_tab(shell, "Forensic")
    buttons = [w for w in shell.findChildren(QAbstractButton) if w.isVisible()]
    adds = [b for b in buttons if b.text().replace("&", "").startswith("Add")]
    texts = [b.text().replace("&", "") for b in adds]
    assert len(adds) == 3, texts
    assert len(set(texts)) == 3, f"Add buttons that say the same: {texts}"
    assert sorted(texts) == ["Add a hand-over…", "Add a specimen…", "Add an examination…"]
    # Each named as it reads (a screen reader's user says what she sees), each its own.
    names = [b.accessibleName() for b in adds]
    assert sorted(names) == ["Add a hand-over", "Add a specimen", "Add an examination"], names
    # Each with an Alt+letter no other control on the screen has.
    keys = [_mnemonic(b.text()) for b in buttons]
    keys += [_mnemonic(w.text()) for w in shell.findChildren(QLabel) if w.isVisible()]
    for bar in shell.findChildren(QTabBar):
        if bar.isVisible():
            keys += [_mnemonic(bar.tabText(i)) for i in range(bar.count())]
    for b in adds:
        key = _mnemonic(b.text())
        assert key, f"{b.text()!r} has no Alt+letter"
        assert keys.count(key) == 1, f"Alt+{key} of {b.text()!r} is another control's too"
    # The Edit buttons too (a walk found two "Edit…"): each says what it edits, by its own
    # Alt+letter; the custody chain's hand-overs are never edited, so it has none.
    edits = [b for b in buttons if b.text().replace("&", "").startswith("Edit")]
    texts = sorted(b.text().replace("&", "") for b in edits)
    assert texts == ["Edit the examination…", "Edit the specimen…"], texts
    assert sorted(b.accessibleName() for b in edits) == [
        "Edit the examination",
        "Edit the specimen",
    ]
    for b in edits:
        key = _mnemonic(b.text())
        assert key, f"{b.text()!r} has no Alt+letter"
        assert keys.count(key) == 1, f"Alt+{key} of {b.text()!r} is another control's too"
    click(find_button(shell, "Add a specimen…"))
    assert labels_saying(shell, "New specimen"), "the specimen button opened another form"


@DROP_DOWN
def test_the_forensic_tab_s_column_headers_are_whole_at_1024(
    qtbot, make_shell, vault, tmp_path
) -> None:
    """On a 1024×768 laptop each column of the Forensic tab's lists is headed in full: no
    header cut to "me of an examiner not on the centre's st" (a walk's finding)."""
    ref = _examined_with_a_hand_over(vault)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CLINICIAN)
    resize_window(shell, 1024, 768)
    open_file_from_list(qtbot, shell, ref)
    click_tab(shell, "Forensic")
    qtbot.wait(200)
    snap("the forensic tab at 1024x768")
    shell.grab().save(str(tmp_path / "forensic-1024x768.png"))
    tables = [t for t in shell.findChildren(QTableView) if t.isVisible()]
    assert {t.accessibleName() for t in tables} >= {"Examinations", "Specimens"}, [
        t.accessibleName() for t in tables
    ]
    cut = []
    for table in tables:
        header = table.horizontalHeader()
        assert isinstance(header, QHeaderView)
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        for i in range(header.count()):
            if header.isSectionHidden(i):
                continue
            text = str(table.model().headerData(i, header.orientation()))
            needed = header.fontMetrics().horizontalAdvance(text) + 2 * margin
            if header.sectionSize(i) < needed:
                cut.append(f"{table.accessibleName()}: {text!r}")
    assert not cut, f"column headers cut at 1024 wide: {cut}"
    # The one examiner column says who, and whether on the staff.
    listed = on_screen(find_field(shell, "Examinations"))
    assert "Dr Visiting Examiner (not on the centre's staff)" in listed, listed


@DROP_DOWN
def test_the_report_dialog_lists_examinations_as_examinations(qtbot, make_shell, vault) -> None:
    """The incident was examined twice. The nurse opens the medico-legal report's dialog: the
    list that chooses what the report is on is labelled, and named to a screen reader, for
    what it lists (examinations, not "Incident"), and each entry says the examination: when,
    by whom, and of which incident."""
    ref, incident, occurred = _case(vault)
    at = datetime.now(UTC).replace(second=0) - timedelta(hours=20)
    with vault.sign_in(Role.CLINICIAN) as nurse:
        forensic = ForensicService(nurse)
        forensic.open_exam(
            ref, ExamDetails("", at, incident, examined_by="u-doctor", opinion="First.")
        )
        forensic.open_exam(
            ref,
            ExamDetails(
                "Dr Visiting Examiner", at + timedelta(hours=2), incident, opinion="Second."
            ),
        )
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CLINICIAN)
    open_file_from_list(qtbot, shell, ref)
    click_tab(shell, "Health")
    click(find_button(shell, "Print the medico-legal report…"))
    dialog = find_window("Export: Medico-legal report")
    assert not labels_saying(dialog, "&?Incident"), "a list of examinations labelled Incident"
    (caption,) = labels_saying(dialog, "E&xamination")
    listed = find_field(dialog, "The examination the report is on")
    assert caption.buddy() is listed  # type: ignore[attr-defined]
    assert isinstance(listed, QComboBox)
    items = [listed.itemText(i) for i in range(listed.count())]
    of_rape = f"incident: Rape, {fmt.occurred(occurred)}"
    assert items == [
        "The latest examination",
        f"Examined {fmt.when(at)} by {DOCTOR} · {of_rape}",
        f"Examined {fmt.when(at + timedelta(hours=2))} by Dr Visiting Examiner · {of_rape}",
    ], items
    click(find_button(dialog, "Cancel"))
