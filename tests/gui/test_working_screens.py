"""The working screens, as the staff use them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, Qt

from onestop.domain.audit import AuditAction
from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.health import BodySide, TreatmentKind
from onestop.domain.roles import Role
from onestop.services import search as search_service
from onestop.services.audit import AuditService
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.health import HealthService
from onestop.services.incidents import IncidentDetails, IncidentService
from tests.conftest import username_for
from tests.gui.conftest import sign_in


def _open_case(vault, name: str, incident_hours_ago: float | None = None) -> str:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(name=name)).reference
        if incident_hours_ago is not None:
            IncidentService(cw).record(
                ref,
                IncidentDetails(
                    occurred=IncidentTime.exact(
                        datetime.now(UTC) - timedelta(hours=incident_hours_ago)
                    ),
                    gbv_type=GbvType.RAPE,
                    context=IncidentContext.INTIMATE_PARTNER,
                ),
            )
    return ref


def pep_badge(page):
    """The PEP countdown now in the file's header."""
    (badge,) = [b for b in page.header.badges if b.objectName() == "window_pep"]
    return badge


def _click_on_body(qtbot, body_map, side, x: float, y: float) -> None:
    point = body_map.to_widget(side, x, y)
    qtbot.mouseClick(
        body_map, Qt.MouseButton.LeftButton, pos=QPoint(int(point.x()), int(point.y()))
    )


def test_a_nurse_records_two_injuries_and_a_pep_dose_and_the_countdown_changes(
    qtbot, make_shell, vault, clock
) -> None:
    ref = _open_case(vault, "Ilse Marrow-Tenby", incident_hours_ago=30)
    shell = make_shell(vault.path)
    shell.resize(1366, 768)
    sign_in(qtbot, shell, Role.CLINICIAN)
    page = shell.workspace.open_case(ref)
    pep = pep_badge(page)
    assert pep.state == "open" and "left" in pep.text()  # 42 h left: green

    clock.now = datetime.now(UTC) + timedelta(hours=35)  # 65 h after the incident
    page.refresh_countdowns()
    pep = pep_badge(page)
    assert pep.state == "closing"  # under 12 h: amber
    clock.now = datetime.now(UTC)
    page.refresh_countdowns()

    health = page.findChild(object, "healthTab")
    page.tabs.setCurrentWidget(health)
    qtbot.mouseClick(page.findChild(object, "recordEncounterButton"), Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor is not None and editor.isVisible()
    qtbot.keyClicks(editor.history, "Synthetic history for the test.")
    _click_on_body(qtbot, editor.body_map, BodySide.FRONT, 0.5, 0.30)  # chest
    _click_on_body(qtbot, editor.body_map, BodySide.BACK, 0.5, 0.45)  # back
    _click_on_body(qtbot, editor.body_map, BodySide.FRONT, 0.02, 0.02)  # outside: no marker
    assert [m.number for m in editor.body_map.markers] == [1, 2]
    assert editor.injuries.rowCount() == 2
    editor.set_injury(1, "bruise", "3 cm", "oval")
    editor.set_injury(2, "abrasion", "2 cm")
    editor.treatment_kind.setCurrentIndex(
        editor.treatment_kind.findData(TreatmentKind.PEP_FIRST_DOSE)
    )
    qtbot.keyClicks(editor.treatment_notes, "TDF/FTC + DTG, first dose")
    qtbot.mouseClick(editor.findChild(object, "addTreatmentButton"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.message.isVisible(), editor.message.text()

    pep = pep_badge(page)
    assert pep.state == "given" and pep.text() == "PEP: given"
    (encounter,) = HealthService(shell.session).list(ref)
    assert [(i.number, i.kind, i.side) for i in encounter.details.injuries] == [
        (1, "bruise", BodySide.FRONT),
        (2, "abrasion", BodySide.BACK),
    ]
    assert encounter.details.treatments[0].kind is TreatmentKind.PEP_FIRST_DOSE
    assert "PEP first dose 30 h after the incident" in encounter.treatment_timings()


def test_counselling_notes_have_no_tab_for_the_legal_advocate(qtbot, make_shell, vault) -> None:
    ref = _open_case(vault, "Odile Farrance")
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.LEGAL_ADVOCATE)
    tabs = shell.workspace.open_case(ref).tab_names()
    assert "counsellingTab" not in tabs and "legalTab" in tabs
    shell.sign_out()
    sign_in(qtbot, shell, Role.COUNSELLOR)
    tabs = shell.workspace.open_case(ref).tab_names()
    assert "counsellingTab" in tabs and "forensicTab" not in tabs


def test_the_case_list_filters_as_you_type(qtbot, make_shell, vault) -> None:
    refs = [_open_case(vault, name) for name in ("Wren Alcott", "Wren Bissell", "Tamsin Hale")]
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    view = shell.workspace.case_list
    shell.workspace.tabs.setCurrentWidget(view)
    assert view.model.rowCount() == 3
    qtbot.keyClicks(view.ui.searchEdit, "wren")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    qtbot.keyClicks(view.ui.searchEdit, " bis")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.reference_at(0) == refs[1]
    assert view.ui.countLabel.text() == "1 case"
    qtbot.keyClick(view.ui.searchEdit, Qt.Key.Key_Return)
    assert shell.workspace.files()[-1].reference == refs[1]


def test_a_search_session_is_written_when_she_stops_searching(
    qtbot, make_shell, vault, monkeypatch
) -> None:
    """The list as it opens, "wren" and " bis" typed: one search session, its first search
    audited when made, the rest in one entry once no search has come for SESSION_IDLE seconds
    (here 0.3), not left waiting for her sign-out (a process killed before then would lose
    it)."""
    for name in ("Wren Alcott", "Wren Bissell", "Tamsin Hale"):
        _open_case(vault, name)
    monkeypatch.setattr(search_service, "SESSION_IDLE", 0.3)
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    session = shell.session
    assert session is not None
    view = shell.workspace.case_list
    shell.workspace.tabs.setCurrentWidget(view)
    qtbot.keyClicks(view.ui.searchEdit, "wren")
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    qtbot.keyClicks(view.ui.searchEdit, " bis")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert session.search_run is not None and session.search_run.more >= 2
    qtbot.waitUntil(lambda: session.search_run is None, timeout=5_000)  # written
    shell.sign_out()
    with vault.sign_in(Role.MANAGER) as manager:
        entries = AuditService(manager).entries(actor=username_for(Role.CASEWORKER))
    details = [e.detail for e in entries if e.detail.startswith("search")]
    assert details[0] == "search: 3 results", details  # the list as it opened
    assert len(details) == 2 and details[1].startswith("search session: "), details
    assert details[1].endswith("at most 2 at once"), details  # "wren": two of three
    (ended,) = [e for e in entries if e.detail.startswith("search session")]
    out = [e for e in entries if e.action == AuditAction.SIGN_OUT.value][-1]  # the desktop's
    assert ended.seq < out.seq


def test_a_list_that_cannot_be_read_says_so_rather_than_0_cases(qtbot, make_shell, vault) -> None:
    """A case row damaged outside OneStop (the red team's A4: its opening date no longer a
    date) makes the list's read fail: the count says what went wrong, not "0 cases", which a
    caseworker would take for an empty centre."""
    from tests.helpers import raw_connection, vault_key

    reference = _open_case(vault, "Wren Alcott")
    with vault.sign_in(Role.ADMIN) as admin:
        key = vault_key(admin)
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        conn.execute("UPDATE cases SET opened_at = 'garbage' WHERE reference = ?", (reference,))
    finally:
        conn.close()
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    view = shell.workspace.case_list
    shell.workspace.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: bool(view.ui.countLabel.text()), timeout=10_000)
    assert view.model.rowCount() == 0
    assert "case" not in view.ui.countLabel.text()
    assert "went wrong" in view.ui.countLabel.text()


def test_a_nurse_breaks_the_glass_and_the_manager_reviews_it(
    qtbot, make_shell, vault, monkeypatch, clock
) -> None:
    from PySide6.QtWidgets import QComboBox, QLabel, QTableView

    from onestop.domain.roles import Section
    from onestop.gui.views.break_glass import BreakGlassReview

    ref = _open_case(vault, "Ines Broglass")
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CLINICIAN)
    page = shell.workspace.open_case(ref)
    assert "legalTab" not in page.tab_names() and page.glass_button.isVisibleTo(page)
    dialog = page.break_glass()
    combo = dialog.findChild(QComboBox, "glassSection")
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert Section.LEGAL.value in offered and Section.COUNSELLING.value not in offered
    combo.setCurrentIndex(offered.index(Section.LEGAL.value))
    dialog.reason.setPlainText("need it")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "at least 15 characters" in dialog.message.text()
    dialog.reason.setPlainText("Admitted unconscious; checking the protection order")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    index = page.tab_names().index("legalTab")
    assert "(break-glass)" in page.tabs.tabText(index)
    assert page.header.findChild(QLabel, "glass_legal") is not None
    # When the access ends, the section leaves the open file at the next tick (the file
    # reads the end of the access on its own clock).
    import onestop.services.session as session_module

    before = clock.now
    later = datetime.now(UTC) + timedelta(minutes=31)
    monkeypatch.setattr(session_module, "utcnow", lambda: later)
    clock.now = later
    page.refresh_countdowns()
    alerts = page.header.alerts
    shown_alerts = [alerts.itemAt(i).widget().objectName() for i in range(alerts.count())]
    assert "legalTab" not in page.tab_names() and "glass_legal" not in shown_alerts
    monkeypatch.undo()
    clock.now = before
    shell.sign_out()

    sign_in(qtbot, shell, Role.MANAGER)
    assert shell.workspace.home.findChild(QLabel, "glassToReview").text() == "1"
    review = shell.workspace.findChild(BreakGlassReview)
    shell.workspace.tabs.setCurrentWidget(review)
    table = review.findChild(QTableView, "glassTable")
    model = table.model()
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert ref in row and "Test Clinician" in row
    qtbot.mouseClick(review.review_button, Qt.MouseButton.LeftButton)
    assert "what you found" in review.message.text() and model.rowCount() == 1
    review.note.setPlainText("Justified: emergency admission.")
    qtbot.mouseClick(review.review_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 0


def test_the_managers_home_charts_its_trends_readably(qtbot, make_shell, vault) -> None:
    from onestop.gui.widgets.chart import BarChart

    _open_case(vault, "Ama Charted", incident_hours_ago=30)
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.MANAGER)
    home = shell.workspace.home
    charts = {c.objectName(): c for c in home.findChildren(BarChart)}
    assert set(charts) == {"openedByMonthChart", "incidentsByTypeChart"}
    months = charts["openedByMonthChart"]
    assert len(months.bars) == 12 and months.bars[-1][1] == 1
    assert "Rape: 1" in charts["incidentsByTypeChart"].accessibleDescription()
    picture = months.grab().toImage()  # drawn: this month's bar, in the highlight colour
    highlight = months.palette().color(months.palette().ColorRole.Highlight)
    x_last = int(picture.width() * 23 / 24)  # the middle of the last month's slot
    x_first = int(picture.width() / 24)  # no case opened a year ago: no bar there
    column = [picture.pixelColor(x_last, y) for y in range(picture.height())]
    assert highlight in column
    assert highlight not in [picture.pixelColor(x_first, y) for y in range(picture.height())]
