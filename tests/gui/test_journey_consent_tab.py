"""A survivor's consent tab after a sharing without her consent, as a new caseworker walks it
(issue 23), from the sign-in window with only what is on screen.

Her reminder says on which day her file was shared in the same words of date as every other
date on screen (the locale's, not 2026-12-05); on the consent tab the sharing's details get
the room (the ledger above takes what its rows need) and, on a screen of 1024×768, the
sharings do not scroll sideways: a long cell is cut short and whole in its tooltip. "She has
now been told…" is offered while she is not told, and no longer once she is; her timeline
then writes its days as the screen does.
"""

from __future__ import annotations

import os
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QTableView

from onestop.clock import workstation_zone
from onestop.domain.consent import Decision, Purpose, Told, ToldHer
from onestop.domain.roles import Role
from onestop.gui import fmt
from onestop.services.consent import ConsentService
from tests.conftest import dated_at_each_test
from tests.gui.conftest import DROP_DOWN, NOTE, NOW
from tests.gui.journey import (
    click,
    click_tab,
    find_button,
    find_field,
    find_window,
    has_window,
    on_screen,
    open_file_from_list,
    reachable,
    resize_window,
    select_row,
    shows_button,
    sign_in_by_keyboard,
    snap,
    type_into,
)

_dated_module, _dated_test = dated_at_each_test(__name__)  # NOW, TODAY: as tests start

WHO = "Amina, her caseworker, at Friday's visit with the children's school nurse present"
PACK = "Case-conference pack"


def _grab(widget, name: str) -> None:
    where = os.environ.get("ONESTOP_GRAB_DIR")
    if where:
        widget.grab().save(os.path.join(where, name))


def _centre_day(moment) -> date:
    return moment.astimezone(ZoneInfo(workstation_zone())).date()


def _shared_and_to_be_told(vault, conference) -> str:
    """Her case, with a few consent decisions, shared in the meeting's pack without her
    consent to the police: "not yet: WHO will tell her"."""
    [ref] = conference.refer(("Plover", "He followed her to work twice"))
    with vault.sign_in(Role.CASEWORKER) as cw:
        consent = ConsentService(cw)
        for purpose in (Purpose.MEDICAL_EXAMINATION, Purpose.PHOTOGRAPHY, Purpose.USE_IN_COURT):
            consent.record(ref, purpose, Decision.GIVEN)
    conference.share(ref, ToldHer(Told.WILL_BE_TOLD, by=WHO))
    return ref


@DROP_DOWN
def test_the_consent_tab_gives_the_sharing_its_room_and_offers_told_while_untold(
    qtbot, make_shell, vault, conference
) -> None:
    ref = _shared_and_to_be_told(vault, conference)
    shared_on = fmt.day(_centre_day(NOW))
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    # Her reminder: the day as the screen writes every date.
    click_tab(shell, "Reminders")
    said = f"Tell her that her file was shared without her consent on {shared_on}"
    qtbot.waitUntil(lambda: said in on_screen(shell), timeout=10_000)
    if shared_on != _centre_day(NOW).isoformat():
        assert _centre_day(NOW).isoformat() not in on_screen(shell)
    snap("her reminder, the day as the screen writes it", shell)

    resize_window(shell, 1280, 800)
    open_file_from_list(qtbot, shell, ref)
    click_tab(shell, "Consent")
    qtbot.waitUntil(lambda: "Shared without her consent" in on_screen(shell), timeout=10_000)
    table = find_field(shell, "Shared without her consent")
    assert isinstance(table, QTableView)
    select_row(table, PACK)
    details = find_field(shell, "The sharing, and every answer")
    area = details.parentWidget().parentWidget()
    assert isinstance(area, QScrollArea)
    qtbot.wait(50)
    _grab(shell, "consent-tab-1280x800.png")
    snap("the consent tab at 1280×800", shell)
    # The details whole, without scrolling: the room is where the text is.
    assert area.verticalScrollBar().maximum() == 0, (area.viewport().height(), details.height())
    lines = area.viewport().height() // details.fontMetrics().lineSpacing()
    assert lines >= 8, lines
    # The ledger above keeps its rows in sight (three decisions), no more than it needs.
    ledger = find_field(shell, "Consent decisions (a withdrawal is a new decision)")
    assert isinstance(ledger, QTableView)
    assert ledger.verticalScrollBar().maximum() == 0

    # On a laptop's screen: no sideways scrolling; what is cut short is whole in its tooltip.
    resize_window(shell, 1024, 768)
    qtbot.wait(50)
    _grab(shell, "consent-tab-1024x768.png")
    snap("the consent tab at 1024×768", shell)
    assert table.horizontalScrollBar().maximum() == 0, table.horizontalScrollBar().maximum()
    assert table.viewport().width() >= table.horizontalHeader().length()
    model = table.model()
    for column in range(model.columnCount()):
        index = model.index(0, column)
        assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
    assert f"Not yet: {WHO} will tell her" in on_screen(shell)
    # A decision being added has the tab for its form (nothing drawn over it), and gives it
    # back to the sharing after.
    click(find_button(shell, "Add…"))
    qtbot.waitUntil(lambda: shows_button(shell, "Save"), timeout=5_000)
    qtbot.wait(50)
    _grab(shell, "consent-tab-adding-1024x768.png")
    assert reachable(find_button(shell, "Save")) and reachable(find_button(shell, "Cancel"))
    form = find_button(shell, "Save").parentWidget()
    assert form.height() >= form.sizeHint().height(), (form.height(), form.sizeHint())
    assert "Shared without her consent" not in on_screen(shell)
    click(find_button(shell, "Cancel"))
    qtbot.waitUntil(lambda: not shows_button(shell, "Save"), timeout=5_000)
    qtbot.waitUntil(lambda: "Shared without her consent" in on_screen(shell), timeout=5_000)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() == 0, timeout=2_000)

    # Offered while she is not told; once she is, no longer.
    assert shows_button(shell, "She has now been told…")
    click(find_button(shell, "She has now been told…"))
    qtbot.waitUntil(lambda: has_window("She has now been told"), timeout=5_000)
    told = find_window("She has now been told")
    type_into(told, "The day she was told", NOW.date().isoformat())
    click(find_button(told, "Record"))
    qtbot.waitUntil(lambda: not has_window("She has now been told"), timeout=5_000)
    today = fmt.day(NOW.date())
    qtbot.waitUntil(lambda: f"Yes, told on {today}" in on_screen(shell), timeout=10_000)
    assert not shows_button(shell, "She has now been told…")
    snap("told: nothing left to record", shell)

    # Her timeline writes its days as the screen does.
    click_tab(shell, "Timeline")
    meeting = fmt.day(NOW.date() + timedelta(days=3))
    qtbot.waitUntil(
        lambda: (
            f"Shared without her consent: {PACK} (case conference of {meeting})" in on_screen(shell)
        ),
        timeout=10_000,
    )
    assert f"Told on {today} that the {PACK} of {shared_on} was shared" in on_screen(shell)
    snap("her timeline, its days as the screen writes them", shell)
    assert NOTE not in on_screen(shell)  # the reason stays on the consent tab
