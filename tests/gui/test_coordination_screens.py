"""Coordinated work on screen, acted as the staff would: the checklist that sends a case to the
conference, an action not done that comes back at the next meeting, a shelter admission with
two children on the board, an overdue referral among the reminders."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from unittest.mock import ANY

from faker import Faker
from pypdf import PdfReader
from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
)

from onestop.domain.consent import Decision, Purpose, Told
from onestop.domain.coordination import ActionStatus, SharingReason
from onestop.domain.referrals import ReferralStatus
from onestop.domain.risk import Answer
from onestop.domain.roles import Role
from onestop.gui.inspect import visible_text
from onestop.gui.views.conferences import ConferencesView
from onestop.gui.views.documents import MinutesChoices
from onestop.gui.views.reminders import RemindersView
from onestop.gui.views.shelter_board import ShelterBoardView
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.conferences import ConferenceService
from onestop.services.consent import ConsentService
from onestop.services.referrals import ReferralDetails, ReferralService
from onestop.services.shelter import ShelterBoardService, ShelterService
from tests.gui.conftest import sign_in

fake = Faker()
Faker.seed(6)
NOW = datetime.now(UTC).replace(microsecond=0)


def _open_case(vault, opened_days_ago: int = 0) -> tuple[str, str]:
    alias = f"{fake.first_name()} {fake.last_name()}"
    with vault.sign_in(Role.CASEWORKER) as cw:
        case = CaseService(cw).open_case(
            SurvivorDetails(alias=alias), opened_at=NOW - timedelta(days=opened_days_ago)
        )
    return case.reference, alias


def _tab(shell, name: str):
    workspace = shell.workspace
    for i in range(workspace.tabs.count()):
        if workspace.tabs.widget(i).objectName() == name:
            workspace.tabs.setCurrentIndex(i)
            return workspace.tabs.widget(i)
    raise AssertionError(f"no {name} tab")


def _rows(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _select(table: QTableView, row: int) -> None:
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.selectionModel().select(table.model().index(row, 0), flags)


def test_a_caseworker_scores_15_and_the_case_is_on_the_next_agenda(
    qtbot, make_shell, vault
) -> None:
    ref, _alias = _open_case(vault)
    with vault.sign_in(Role.MANAGER) as manager:
        ConferenceService(manager).schedule(NOW.date() + timedelta(days=5), ["Police", "Housing"])
    shell = make_shell(vault.path)
    shell.resize(1366, 768)
    sign_in(qtbot, shell, Role.CASEWORKER)
    page = shell.workspace.open_case(ref)
    risk = page.findChild(object, "riskTab")
    page.tabs.setCurrentWidget(risk)
    qtbot.mouseClick(risk.findChild(object, "newAssessmentButton"), Qt.MouseButton.LeftButton)
    form = page.risk_panel.checklist
    assert form is not None
    combos = list(form.answers.values())
    for i, combo in enumerate(combos):
        combo.setFocus()
        wanted = Answer.YES if i < 15 else (Answer.NOT_KNOWN if i == 20 else Answer.NO)
        combo.setCurrentIndex(combo.findData(wanted))
        if i == 9:  # halfway: the running score shows as it is typed
            assert "10 of 24 (Medium)" in form.score.text()
    assert "15 of 24 (High); 0 still to answer" in form.score.text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(object, "highRisk") is not None)
    assert "HIGH RISK (score 15)" in page.findChild(object, "highRisk").text()
    assert page.findChild(object, "conferenceReferral") is not None
    status = page.risk_panel.findChild(object, "conferenceStatus")  # the new panel
    assert "High risk on the checklist" in status.text()

    conferences = _tab(shell, "conferences")
    assert isinstance(conferences, ConferencesView)
    agenda = _rows(conferences.agenda_table)
    assert [row[0] for row in agenda] == [ref]
    assert agenda[0][4] == "High risk on the checklist" and agenda[0][2] == "High (15)"


def test_an_action_not_done_at_one_meeting_reappears_at_the_next(
    qtbot, make_shell, vault, dialogs, tmp_path
) -> None:
    ref, _alias = _open_case(vault)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ConferenceService(cw).refer(ref, "She fears for her life")
    with vault.sign_in(Role.MANAGER) as manager:
        service = ConferenceService(manager)
        first = service.schedule(NOW.date() + timedelta(days=1), ["Police"])
        service.schedule(NOW.date() + timedelta(days=29), ["Police"])
    shell = make_shell(vault.path)
    shell.resize(1366, 768)
    sign_in(qtbot, shell, Role.MANAGER)
    view = _tab(shell, "conferences")
    assert view.current_meeting() == first.id
    _select(view.agenda_table, 0)
    hear = view.hear_selected()
    assert hear is not None
    agency, owner, what, due = hear.action_rows.rows[0]
    qtbot.keyClicks(agency, "Police")
    qtbot.keyClicks(owner, "Duty inspector")
    qtbot.keyClicks(what, "Drive-by patrols at night")
    due.setDate(QDate.currentDate().addDays(10))
    hear.done(QDialog.DialogCode.Accepted)
    assert view.message.text() == f"{ref} heard."
    _print_minutes(qtbot, view, dialogs, tmp_path / "minutes.pdf", ref)
    view.close_minutes()
    dialogs.open_dialogs[-1].defaultButton().click()  # "Close the minutes?"
    # The next meeting comes forward, with the action carried to it.
    qtbot.waitUntil(lambda: view.current_meeting() != first.id)
    carried = _rows(view.actions_table)
    assert [(r[0], r[4], r[6]) for r in carried] == [(ref, "Drive-by patrols at night", "Open")]
    _select(view.actions_table, 0)
    view.outcome.setCurrentIndex(view.outcome.findData(ActionStatus.NOT_DONE))
    qtbot.mouseClick(view.review_button, Qt.MouseButton.LeftButton)
    assert "Say why" in view.message.text()  # a reason is needed
    qtbot.keyClicks(view.reason, "No officers free")
    qtbot.mouseClick(view.review_button, Qt.MouseButton.LeftButton)
    assert _rows(view.actions_table)[0][6] == "Not done: No officers free"
    view.close_minutes()
    dialogs.open_dialogs[-1].defaultButton().click()
    view.plan_meeting()  # the third meeting, planned on screen
    plan = dialogs.open_dialogs[-1]
    plan.day.setDate(QDate.currentDate().addDays(57))
    assert plan.starts_at.text() == "10:00"  # a morning meeting unless changed
    plan.starts_at.setTime(QTime(13, 15))
    qtbot.keyClicks(plan.venue, "Council chamber")
    qtbot.keyClicks(plan.agencies, "Police")
    plan.done(QDialog.DialogCode.Accepted)
    assert view.meetings.count() == 3 and view.current_meeting() not in (first.id, None)
    third = ConferenceService(view._session).meetings()[-1]  # the screen's own session
    assert (third.starts_at.strftime("%H:%M"), third.venue) == ("13:15", "Council chamber")
    again = _rows(view.actions_table)
    assert [(r[0], r[4], r[6]) for r in again] == [
        (ref, "Drive-by patrols at night", "Not done: No officers free")
    ]


def _print_minutes(qtbot, view, dialogs, path, ref: str) -> None:
    """The first meeting's minutes, printed from its page with who was there and what was
    said of the case (kept with the meeting while its minutes are open)."""
    next_row = view.meetings.currentRow()
    view.meetings.setCurrentRow(0)
    assert view.minutes_button.isEnabled()
    qtbot.mouseClick(view.minutes_button, Qt.MouseButton.LeftButton)
    dialog = dialogs.open_dialogs[-1]
    choices = dialog.findChild(MinutesChoices)
    qtbot.keyClicks(choices.chair, "Inspector Hale")
    choices.present.setPlainText("R. Patel, Police\nM. Osei, One-stop centre")
    choices.apologies.setPlainText("L. Kim, Housing")
    choices.discussions[ref].setPlainText("Patrols agreed while the locks are changed.")
    dialog.open_after.setChecked(False)
    dialog.protect.setChecked(False)  # deliberately: the test reads the file back
    dialog.path.setText(str(path))
    # When and where it met: planned without them, given here.
    assert choices.starts_at.text() == "not recorded" and choices.venue.text() == ""
    choices.starts_at.setTime(QTime(14, 30))
    qtbot.keyClicks(choices.venue, "Room 2, Civic Centre")
    # She did not consent to sharing with the police: decided for her case, in its own words;
    # one reason for the whole meeting is not asked.
    sharing = choices.sharing
    assert sharing is not None and list(sharing.rows) == [ref]
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert f"Choose why each case is shared without her consent: {ref}." in dialog.message.text()
    assert not path.exists()
    reason, note = sharing.rows[ref]
    reason.setCurrentIndex(reason.findData(SharingReason.HIGH_RISK.value))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # no note: refused
    assert (
        "Say what makes it so for each case shared without her consent (at least 20 characters "
        f"each): {ref}." in dialog.message.text()
    )
    assert not path.exists()
    qtbot.keyClicks(note, "Threats to kill since she left; patrols are needed.")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    # Then whether she has been told of it, for her case (kept with the decision, printed
    # under her case for the police), as the pack asks it.
    assert f"whether she has been told of it: {ref}." in dialog.message.text()
    assert not path.exists()
    asked = sharing.told[ref]
    asked.choice.setCurrentIndex(asked.choice.findData(Told.WILL_BE_TOLD.value))
    boxes = dialog.findChildren(QLineEdit)
    (who,) = [e for e in boxes if e.accessibleName() == f"Who will tell her, or why not, for {ref}"]
    qtbot.keyClicks(who, "Her caseworker, tomorrow")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    assert dialog.result_file is not None, dialog.message.text()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)
    for expected in (
        "Minutes of the case conference",
        "Time 14:30 Venue Room 2, Civic Centre",
        "High risk of serious harm or homicide: Threats to kill since she left",
        "Chair Inspector Hale",
        "R. Patel, Police M. Osei, One-stop centre",
        "Apologies L. Kim, Housing",
        ref,
        "Discussion Patrols agreed while the locks are changed.",
        "New actions agreed",
        "Drive-by patrols at night",
        "Duty inspector",
    ):
        assert expected in text, expected
    view.meetings.setCurrentRow(next_row)


def test_a_shelter_officer_admits_a_survivor_with_two_children_to_a_bed(
    qtbot, make_shell, vault
) -> None:
    ref, alias = _open_case(vault)
    with vault.sign_in(Role.ADMIN) as admin:
        ShelterBoardService(admin).add_room("Room 1", ["A", "B"])
    shell = make_shell(vault.path)
    shell.resize(1366, 768)
    sign_in(qtbot, shell, Role.SHELTER_OFFICER)
    board = _tab(shell, "shelterBoard")
    assert isinstance(board, ShelterBoardView)
    assert [r[3] for r in _rows(board.board)] == ["free", "free"]
    _select(board.board, 1)  # bed B
    dialog = board.admit()
    assert dialog.bed.currentText() == "Room 1 / B"
    qtbot.keyClicks(dialog.reference, ref.lower())  # typed as it comes
    dialog.children_spin.setValue(2)
    dialog.done(QDialog.DialogCode.Accepted)
    assert board.message.text() == ""
    rows = _rows(board.board)
    assert rows[0][3] == "free"
    assert rows[1][:4] == ["Room 1", "B", ref, alias] and rows[1][6] == "2"
    assert "1 of 2 beds occupied now" in board.figures.text()
    # The lock empties the board.
    shell.lock()
    assert alias not in visible_text(shell) and board.board_model.rowCount() == 0


def test_a_referral_left_eight_days_without_an_answer_shows_as_overdue(
    qtbot, make_shell, vault
) -> None:
    ref, alias = _open_case(vault, opened_days_ago=12)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ConsentService(cw).record(
            ref,
            Purpose.SHARE_WITH_AGENCY,
            Decision.GIVEN,
            agency="Housing Trust",
            decided_at=NOW - timedelta(days=11),
        )
        referrals = ReferralService(cw)
        late = referrals.record(
            ref, ReferralDetails("Housing Trust", "A safe flat", notes="She asked.")
        )
        recent = referrals.record(
            ref, ReferralDetails("Housing Trust", "Deposit", notes="She asked.")
        )
        referrals.advance(ref, late.record_id, ReferralStatus.SENT, 1, at=NOW - timedelta(days=8))
        referrals.advance(ref, recent.record_id, ReferralStatus.SENT, 1, at=NOW - timedelta(6))
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    home = shell.workspace.home  # the same reminder on her home screen, first thing
    on_home = _rows(home.findChild(QTableView, "homeRemindersTable"))
    assert [r[2] for r in on_home if r[1] == "Referral overdue"] == [ref]
    reminders = _tab(shell, "reminders")
    assert isinstance(reminders, RemindersView)
    rows = _rows(reminders.table)
    overdue = [r for r in rows if r[1] == "Referral overdue"]
    assert len(overdue) == 1
    assert overdue[0][2:4] == [ref, alias] and "(overdue)" in overdue[0][0]
    assert overdue[0][4].startswith("Housing Trust: no answer since")
    reminders.table.activated.emit(reminders.model.index(rows.index(overdue[0]), 0))
    assert shell.workspace.tabs.currentWidget().objectName() == "caseFile"


def _accept(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_from_the_waiting_list_to_a_bed_to_another_bed_and_out(
    qtbot, make_shell, vault, dialogs
) -> None:
    ref, alias = _open_case(vault)
    other, _ = _open_case(vault)
    with vault.sign_in(Role.ADMIN) as admin:
        ShelterBoardService(admin).add_room("Room 2", ["A", "B"])
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.SHELTER_OFFICER)
    board = _tab(shell, "shelterBoard")
    for who, children in ((ref, 1), (other, 0)):
        dialog = board.add_waiting()
        qtbot.keyClicks(dialog.findChild(QLineEdit, "waitingReference"), who)
        dialog.findChild(QSpinBox, "waitingChildren").setValue(children)
        qtbot.keyClicks(dialog.findChild(QLineEdit, "waitingNeeds"), "A cot")
        _accept(qtbot, dialog)
    assert [r[1:4] for r in _rows(board.waiting)] == [[ref, alias, "1"], [other, ANY, "0"]]
    again = board.add_waiting()  # she is on the list already: said, not doubled
    qtbot.keyClicks(again.findChild(QLineEdit, "waitingReference"), ref)
    _accept(qtbot, again)
    assert "already on the waiting list" in board.message.text()
    # The second leaves the list (placed elsewhere); the first is admitted from it.
    _select(board.waiting, 1)
    removal = board.remove_waiting()
    _accept(qtbot, removal)
    assert "Say why" in board.message.text()
    removal = board.remove_waiting()
    qtbot.keyClicks(removal.findChild(QLineEdit, "removeWaitingOutcome"), "Placed elsewhere")
    _accept(qtbot, removal)
    assert [r[1] for r in _rows(board.waiting)] == [ref]
    _select(board.waiting, 0)
    admit = board.admit_waiting()
    assert admit.reference.text() == ref and admit.children_spin.value() == 1
    _accept(qtbot, admit)
    assert _rows(board.waiting) == [] and _rows(board.board)[0][:4] == ["Room 2", "A", ref, alias]
    # Moved to bed B, then discharged with where she went.
    _select(board.board, 0)
    move = board.move_selected()
    assert move.findChild(QComboBox, "moveBed").currentText() == "Room 2 / B"
    _accept(qtbot, move)
    rows = _rows(board.board)
    assert rows[0][3] == "free" and rows[1][2] == ref
    _select(board.board, 1)
    out = board.discharge_selected()
    _accept(qtbot, out)
    assert "Say where she went" in board.message.text() and _rows(board.board)[1][2] == ref
    out = board.discharge_selected()
    qtbot.keyClicks(out.findChild(QLineEdit, "dischargeDestination"), "Her sister's home")
    _accept(qtbot, out)
    assert [r[3] for r in _rows(board.board)] == ["free", "free"]
    assert not dialogs.open_dialogs
    shell._end_session()  # the window lets go of the vault
    with vault.sign_in(Role.CASEWORKER) as cw:
        [stay] = ShelterService(cw).list(ref)
    assert (stay.details.bed, stay.details.exit_destination) == ("B", "Her sister's home")


def test_the_admin_sets_up_rooms_and_beds_and_sees_no_one_in_them(
    qtbot, make_shell, vault, dialogs
) -> None:
    ref, alias = _open_case(vault)
    with vault.sign_in(Role.ADMIN) as admin:
        board = ShelterBoardService(admin)
        room = board.add_room("Room 1", ["A"])
    with vault.sign_in(Role.SHELTER_OFFICER) as officer:
        ShelterBoardService(officer).admit(ref, room.beds[0].id, admitted_at=NOW)
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.ADMIN)
    rooms = shell.workspace.home.rooms
    assert _rows(rooms.table) == [["Room 1", "A"]]
    add = rooms.add_room()
    qtbot.keyClicks(add.findChild(QLineEdit, "roomName"), "Room 10")
    _accept(qtbot, add)
    add = rooms.add_room()
    qtbot.keyClicks(add.findChild(QLineEdit, "roomName"), "Room 2")
    add.findChild(QLineEdit, "roomBeds").setText("A, B, cot")
    _accept(qtbot, add)
    assert [r[0] for r in _rows(rooms.table)] == ["Room 1", "Room 2", "Room 10"]
    _select(rooms.table, 0)
    more = rooms.add_beds()
    more.findChild(QLineEdit, "newBeds").setText("A, B")
    _accept(qtbot, more)
    assert "already has a bed A" in rooms.message.text()
    more = rooms.add_beds()
    more.findChild(QLineEdit, "newBeds").setText("B")
    _accept(qtbot, more)
    assert _rows(rooms.table)[0] == ["Room 1", "A, B"]
    retire = rooms.retire_bed()
    assert retire.findChild(QComboBox, "retireBed").currentText() == "Room 1 / A"
    _accept(qtbot, retire)  # she is in it
    assert "move her first" in rooms.message.text()
    retire = rooms.retire_bed()
    combo = retire.findChild(QComboBox, "retireBed")
    combo.setCurrentIndex(combo.findText("Room 2 / cot"))
    _accept(qtbot, retire)
    assert _rows(rooms.table)[1] == ["Room 2", "A, B"]
    assert alias not in visible_text(shell) and ref not in visible_text(shell)
    assert not dialogs.open_dialogs


def test_a_caseworker_refers_to_a_directory_agency_and_moves_the_referral_on(
    qtbot, make_shell, vault, dialogs, tmp_path
) -> None:

    from onestop.domain.coordination import Sector
    from onestop.services.directory import AgencyDetails, DirectoryService

    ref, _alias = _open_case(vault)
    with vault.sign_in(Role.CASEWORKER) as cw:
        DirectoryService(cw).add(AgencyDetails("Harbour Housing Trust", Sector.SHELTER_HOUSING))
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    page = shell.workspace.open_case(ref)
    panel = page.referrals_panel
    page.bring_forward(panel)
    dialog = panel.new()
    agency = dialog.findChild(QComboBox, "referralAgency")
    assert [agency.itemText(i) for i in range(agency.count())] == ["Harbour Housing Trust"]
    agency.setCurrentIndex(0)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "referralService"), "A safe flat")
    dialog.findChild(QPlainTextEdit, "referralNotes").setPlainText("She cannot go home.")
    _accept(qtbot, dialog)
    panel = page.referrals_panel  # the file was read again
    assert _rows(panel.table)[0][:4] == ["Harbour Housing Trust", "A safe flat", "Routine", "Draft"]
    _select(panel.table, 0)
    assert panel.sent_button.isEnabled() and not panel.answer_button.isEnabled()
    qtbot.mouseClick(panel.sent_button, Qt.MouseButton.LeftButton)
    assert "consent" in panel.message.text().lower()  # not sent without her consent
    assert _rows(page.referrals_panel.table)[0][3] == "Draft"
    letter = panel.print_letter()
    letter.open_after.setChecked(False)
    letter.protect.setChecked(False)
    letter.path.setText(str(tmp_path / "letter.pdf"))
    qtbot.mouseClick(letter.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not letter.running, timeout=20_000)
    assert "not consented" in letter.message.text() and not (tmp_path / "letter.pdf").exists()
    qtbot.keyClick(letter, Qt.Key.Key_Escape)
    assert not dialogs.open_dialogs
    shell._end_session()
    with vault.sign_in(Role.CASEWORKER) as cw:
        [made] = ReferralService(cw).list(ref)
        assert made.details.agency_id is not None
        ConsentService(cw).record(
            ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency="Harbour Housing Trust"
        )
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    page = shell.workspace.open_case(ref)
    page.bring_forward(page.referrals_panel)  # she clicks on its tab (read and laid out then)
    _select(page.referrals_panel.table, 0)
    qtbot.mouseClick(page.referrals_panel.sent_button, Qt.MouseButton.LeftButton)
    panel = page.referrals_panel
    assert _rows(panel.table)[0][3] == "Sent" and panel.message.text() == ""
    _select(panel.table, 0)
    enabled = [b.text() for b in panel.steps.values() if b.isEnabled()]
    assert enabled == ["Record the &answer…", "Cl&ose the referral…"]
    letter = panel.print_letter()
    letter.open_after.setChecked(False)
    letter.protect.setChecked(False)
    letter.path.setText(str(tmp_path / "letter.pdf"))
    qtbot.mouseClick(letter.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: letter.result_file is not None, timeout=20_000)
    assert str(tmp_path / "letter.pdf") in letter.where.text()  # it says where the file is
    qtbot.keyClick(letter, Qt.Key.Key_Escape)
    assert not dialogs.open_dialogs
    text = PdfReader(tmp_path / "letter.pdf").pages[0].extract_text()
    assert "Harbour Housing Trust" in text and "A safe flat" in text


def test_the_agencies_csv_is_written_owner_only(
    qtbot, make_shell, vault, tmp_path, monkeypatch
) -> None:
    """Like every export, the directory's CSV (shelters' contacts among it) is 0600, even
    over an existing file that others could read."""
    from PySide6.QtWidgets import QFileDialog

    from onestop.domain.coordination import Sector
    from onestop.services.directory import AgencyDetails, DirectoryService

    with vault.sign_in(Role.CASEWORKER) as cw:
        DirectoryService(cw).add(AgencyDetails("Harbour Housing Trust", Sector.SHELTER_HOUSING))
    target = tmp_path / "agencies.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    network = _tab(shell, "network")
    network.export_csv()
    assert "Harbour Housing Trust" in target.read_text(encoding="utf-8-sig")
    assert target.stat().st_mode & 0o777 == 0o600
