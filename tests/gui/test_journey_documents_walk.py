"""The documents walk (session 15): each document exported from the sign-in window through the
menus and dialogs, as its recipient (a family court, a MARAC, a statistics office, the
survivor) and as a careless or malicious colleague would; the PDF, its CSV or the data value
set read back.

- A careless colleague saves the court bundle into a folder she named after the survivor: the
  file name is checked for her name, the folder it goes into is not, and the folder's name is
  on the disk for anyone who lists it.
- The statistics office imports the DHIS2 data value set: its completion date is the date in
  UTC, while the PDF beside it, and the centre, are a day further on (or behind).
- The court reads the bundle's medical summary: a treatment's words are cut in the middle
  ("Emergency c / ontraception") by a column too narrow for them.
- The caseworker printing the survivor's copy of her safety plan is told that the file's name
  carries the case reference: it is named for nothing, as it should be, and the dialog says
  otherwise.
- The statistics office holding a quarter and its three months (the quarter released first,
  then each month, each said to hide what would let it be subtracted) works out counts
  printed as <5 exactly, by adding up rows, totals and months.
- A centre in Nairobi: a survivor who came at 00:30 on the first of the month is counted in
  the month before, whose last evening it still was in UTC.
- The MARAC reads the date her case was referred to the meeting in UTC: a day off from the
  centre's date printed in the same pack's footer.
- (Found reading the code after the walk.) The GBVIMS Incident Recorder cuts its months at
  UTC midnight too: her incident entered at 00:30 on the first, in Nairobi, is not a row of
  that month's workbook.
"""

from __future__ import annotations

import csv
import json
import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from faker import Faker
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from onestop.db.incidents import Incident
from onestop.demo import DemoSeeder
from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.health import Treatment, TreatmentKind
from onestop.domain.roles import Action, Role, Section
from onestop.paths import resources
from onestop.services.auth import create_vault, sign_in
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.health import EncounterDetails, HealthService
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.risk import SafetyPlanDetails, SafetyPlanService
from tests.backdate import last_month
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.gui.conftest import DROP_DOWN, PASSWORD, save_as
from tests.gui.journey import (
    activate,
    choose,
    click,
    click_tab,
    find_button,
    find_field,
    find_window,
    on_screen,
    open_file_from_list,
    press,
    shows_button,
    sign_in_by_keyboard,
    snap,
    tick,
    type_into,
)
from tests.narrowing import narrow

fake = Faker()
Faker.seed(2315)


def _text(path: Path, password: str | None = PASSWORD) -> str:
    reader = PdfReader(path)
    if reader.is_encrypted:
        assert password is not None and reader.decrypt(password)
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _front_dialog(prefix: str = "Export:"):
    title = next(
        w.windowTitle()
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w.windowTitle().startswith(prefix)
    )
    return find_window(title)


def _case_for_court(vault, name: str) -> str:
    """Her file, opened by the caseworker, with her consent to use her records in court."""
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(name=name)).reference
        ConsentService(cw).record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
    return ref


@DROP_DOWN
def test_the_bundle_is_not_saved_into_a_folder_named_after_her(
    qtbot, make_shell, vault, tmp_path
) -> None:
    name = fake.name()
    ref = _case_for_court(vault, name)
    folder = tmp_path / name  # a careless colleague's folder "for her papers"
    folder.mkdir()
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.LEGAL_ADVOCATE)
    open_file_from_list(qtbot, shell, ref)
    click_tab(shell, "Legal")
    click(find_button(shell, "Print the court bundle…"))
    dialog = find_window("Export: Court bundle")
    tick(dialog, "Open the document when it is written")  # not opened on a shared screen
    save_as(dialog, folder / "bundle.pdf")
    click(find_button(dialog, "Export"))
    refused = "named after her"
    qtbot.waitUntil(
        lambda: shows_button(dialog, "Close") or refused in on_screen(dialog), timeout=30_000
    )
    said = " ".join(on_screen(dialog).split())
    # Her name is on the disk in the folder's name as surely as in the file's.
    written = list(folder.iterdir())
    click(find_button(dialog, "Close" if written else "Cancel"))
    assert not written, "the bundle was written into a folder named after her"
    assert "A folder on the way to the file is named after her" in said, said[-400:]


@contextmanager
def _workstation_zone(zone: str) -> Iterator[None]:
    """This workstation's (and so the centre's) zone is ``zone`` while inside."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


def _came_at_half_past_midnight(vault) -> datetime:
    """A survivor who came at 00:30 on the first of last month in Nairobi (still the month
    before in UTC), her incident the day before, consenting to statistics: when she came."""
    came = datetime.combine(last_month().start, datetime.min.time(), ZoneInfo("Africa/Nairobi"))
    came = (came + timedelta(minutes=30)).astimezone(UTC)
    with vault.sign_in(Role.CASEWORKER) as cw:
        details = SurvivorDetails(name=fake.name(), estimated_age=30)
        ref = CaseService(cw).open_case(details, opened_at=came).reference
        IncidentService(cw).record(
            ref,
            IncidentDetails(
                IncidentTime.exact(came - timedelta(days=1)),
                GbvType.RAPE,
                IncidentContext.INTIMATE_PARTNER,
            ),
        )
        ConsentService(cw).record(ref, Purpose.STATISTICS, Decision.GIVEN)
    return came


@pytest.fixture
def a_day_apart_from_utc() -> Iterator[str]:
    """The workstation's (and so the centre's) zone, chosen so that its date today is not
    the date in UTC: Kiritimati (UTC+14) from 11:00 UTC on, Pago Pago (UTC-11) before."""
    zone = "Pacific/Kiritimati" if datetime.now(UTC).hour >= 11 else "Pacific/Pago_Pago"
    with _workstation_zone(zone):
        yield zone


@DROP_DOWN
def test_the_dhis2_value_set_is_completed_on_the_centres_date(
    qtbot, make_shell, vault, tmp_path, a_day_apart_from_utc
) -> None:
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.MANAGER)
    qtbot.waitUntil(lambda: shows_button(shell, "Print anonymised statistics…"), timeout=5_000)
    click(find_button(shell, "Print anonymised statistics…"))
    dialog = _front_dialog()
    click(find_button(dialog, "Also write a DHIS2 data value set (JSON and CSV)"))
    mapping = find_field(dialog, "DHIS2 mapping file")
    mapping.clear()  # type: ignore[attr-defined]
    type_into(dialog, "DHIS2 mapping file", str(resources() / "dhis2" / "sample-mapping.json"))
    pdf = tmp_path / "statistics.pdf"
    find_field(dialog, "Save as").clear()  # type: ignore[attr-defined]
    type_into(dialog, "Save as", str(pdf))
    tick(dialog, "Open the document when it is written")
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(lambda: shows_button(dialog, "Close"), timeout=60_000)
    click(find_button(dialog, "Close"))
    centre_today = datetime.now(ZoneInfo(a_day_apart_from_utc)).date().isoformat()
    assert centre_today != datetime.now(UTC).date().isoformat()
    text = _text(pdf, None)
    assert f"on {centre_today}" in text  # the PDF's footer: the centre's date
    value_set = json.loads((tmp_path / "statistics-dhis2.json").read_text())
    # The ministry reads the date the centre completed its return: the same date.
    assert value_set["completeDate"] == centre_today, value_set["completeDate"]


@DROP_DOWN
def test_the_bundles_medical_summary_keeps_each_word_whole(
    qtbot, make_shell, vault, tmp_path
) -> None:
    ref = _case_for_court(vault, fake.name())
    given = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        HealthService(clinician).record(
            ref,
            EncounterDetails(
                seen_at=given,
                history="As given.",
                examination="No visible injuries.",
                treatments=(
                    Treatment(TreatmentKind.PREGNANCY_TEST, given),
                    Treatment(TreatmentKind.PEP_FIRST_DOSE, given),
                    Treatment(TreatmentKind.EMERGENCY_CONTRACEPTION, given),
                ),
            ),
        )
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.LEGAL_ADVOCATE)
    open_file_from_list(qtbot, shell, ref)
    click_tab(shell, "Legal")
    click(find_button(shell, "Print the court bundle…"))
    dialog = find_window("Export: Court bundle")
    tick(dialog, "Open the document when it is written")
    out = tmp_path / "bundle.pdf"
    save_as(dialog, out)
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(lambda: shows_button(dialog, "Close"), timeout=30_000)
    click(find_button(dialog, "Close"))
    text = _text(out)
    assert "Medical report" in text and "summarised" in text
    # The court reads "Emergency contraception", not "Emergency c" and "ontraception".
    assert "Emergency contraception" in text, text[text.find("Medical report") :][:600]


@DROP_DOWN
def test_her_copy_of_the_plan_is_not_said_to_carry_the_case_reference(
    qtbot, make_shell, vault
) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(name=fake.name())).reference
        SafetyPlanService(cw).record(ref, SafetyPlanDetails(safe_places="Her sister's flat"))
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    open_file_from_list(qtbot, shell, ref)
    click_tab(shell, "Risk and safety")
    click(find_button(shell, "Print her copy…"))
    dialog = _front_dialog()
    target = Path(find_field(dialog, "Save as").text())  # type: ignore[attr-defined]
    assert ref not in target.name  # named for nothing, as it should be ...
    said = " ".join(on_screen(dialog).split())
    click(find_button(dialog, "Cancel"))
    # ... and the dialog does not tell her the opposite.
    assert "Its name carries the case reference" not in said, said[:300]


# -- the statistics office that subtracts ------------------------------------------------------

DEMO_DAY = datetime(2026, 12, 5, 21, 0, tzinfo=UTC)  # the demo as the walk saw it
ADDITIVE = ("Incidents reported, by GBVIMS core type", "Incidents reported, by context")


def _released(path: Path) -> dict[tuple[str, str], str]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return {
            (r["table"], r["row"]): r["value"] for r in csv.DictReader(f) if r["table"] in ADDITIVE
        }


def _worked_out(months: list[dict[tuple[str, str], str] | None], quarter: dict) -> list[str]:
    """What a reader holding a quarter and its three months (None: a month not released)
    works out exactly, of the counts printed as <5: each incident is of one type and one
    context, so each table's rows add up to its total and each month's row adds up to the
    quarter's. Bounds narrowed until they stop moving."""
    tables = [*(m or dict.fromkeys(quarter, "?") for m in months), quarter]
    bounds: dict[tuple[int, str, str], list[int]] = {}
    for i, released in enumerate(tables):
        for (table, row), value in released.items():
            low, high = {"<5": (1, 4), "*": (0, 10_000), "?": (0, 10_000)}.get(value, (0, 0))
            if value not in ("<5", "*", "?"):
                low = high = int(value)
            bounds[(i, table, row)] = [low, high]
    sums: list[tuple[list[tuple[int, str, str]], tuple[int, str, str]]] = []
    for table in ADDITIVE:
        rows = [row for (t, row) in quarter if t == table and row != "Total"]
        for i in range(len(tables)):
            sums.append(([(i, table, row) for row in rows], (i, table, "Total")))
        for row in [*rows, "Total"]:
            sums.append(([(i, table, row) for i in range(len(months))], (len(months), table, row)))
    narrow(bounds, sums)
    return [
        f"{'month ' + str(i + 1) if i < len(months) else 'the quarter'}: {table}, {row} = {lo}"
        for (i, table, row), (lo, hi) in bounds.items()
        if tables[i][(table, row)] == "<5" and lo == hi
    ]


def _export_statistics(qtbot, shell, span: str, period: str, out: Path) -> Path:
    dialog = _start_statistics(qtbot, shell, span, period, out)
    qtbot.waitUntil(lambda: shows_button(dialog, "Close"), timeout=60_000)
    click(find_button(dialog, "Close"))
    return out / f"{period}.csv"


def _start_statistics(qtbot, shell, span: str, period: str, out: Path) -> QWidget:
    """The statistics dialog, filled in for ``period`` and its Export clicked."""
    click(find_button(shell, "Print anonymised statistics…"))
    dialog = _front_dialog()
    choose(dialog, "Month, quarter or year", span)
    choose(dialog, "Which period", period)
    find_field(dialog, "Save as").clear()  # type: ignore[attr-defined]
    type_into(dialog, "Save as", str(out / f"{period}.pdf"))
    if find_button(dialog, "Protect with a password (AES-256)").isChecked():
        tick(dialog, "Protect with a password (AES-256)")  # the CSV beside it, to read
    tick(dialog, "Open the document when it is written")
    click(find_button(dialog, "Export"))
    return dialog


@pytest.mark.slow
@DROP_DOWN
def test_a_quarter_and_its_months_do_not_give_away_a_small_count(
    qtbot, make_shell, vault, tmp_path
) -> None:
    centre = tmp_path / "centre"  # the demo centre, as the walk found it
    create_vault(centre, ADMIN, ADMIN_PASSWORD)
    with sign_in(centre, ADMIN, ADMIN_PASSWORD) as admin:
        demo = DemoSeeder(admin).seed(300, today=DEMO_DAY.date(), now=DEMO_DAY)
    manager = next(a for a in demo.accounts if a.role is Role.MANAGER)
    shell = make_shell(centre)
    activate(shell)
    type_into(shell, "User name", manager.username)
    type_into(shell, "Password", manager.password)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shows_button(shell, "Sign out"), timeout=20_000)
    qtbot.waitUntil(lambda: shows_button(shell, "Print anonymised statistics…"), timeout=5_000)
    # The quarter first, then each of its months: each export says it hides what would let
    # it be subtracted from one released before; a month whose own "<5" marks would pin a
    # count with the quarter's figures, whatever else it hid, is refused in words.
    quarter = _released(_export_statistics(qtbot, shell, "A quarter", "2026-Q2", tmp_path))
    months: list[dict[tuple[str, str], str] | None] = []
    for month in ("2026-04", "2026-05", "2026-06"):
        dialog = _start_statistics(qtbot, shell, "A month", month, tmp_path)
        refusal = f"Statistics for {month} cannot be released"
        qtbot.waitUntil(
            lambda d=dialog, r=refusal: shows_button(d, "Close") or r in on_screen(d),
            timeout=60_000,
        )
        if shows_button(dialog, "Close"):
            click(find_button(dialog, "Close"))
            months.append(_released(tmp_path / f"{month}.csv"))
            continue
        snap(f"the statistics for {month} refused", dialog)
        assert "with the statistics released before for 2026-Q2" in on_screen(dialog)
        assert not (tmp_path / f"{month}.pdf").exists()
        assert not (tmp_path / f"{month}.csv").exists()
        press(Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda d=dialog: not d.isVisible(), timeout=5_000)
        months.append(None)
    assert any(months), "every month of the quarter refused"
    assert not _worked_out(months, quarter)


@pytest.fixture
def in_nairobi() -> Iterator[None]:
    """This workstation's (and so the centre's) zone is Africa/Nairobi (UTC+3) for the test."""
    with _workstation_zone("Africa/Nairobi"):
        yield


@DROP_DOWN
def test_last_months_statistics_count_her_in_the_centres_month(
    qtbot, make_shell, vault, tmp_path, in_nairobi
) -> None:
    """She came to the centre at half past midnight on the first of last month, Nairobi
    time (still the last evening of the month before in UTC): last month's return counts her."""
    first = last_month().start
    _came_at_half_past_midnight(vault)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.MANAGER)
    assert "Times are in Africa/Nairobi" in on_screen(shell)
    qtbot.waitUntil(lambda: shows_button(shell, "Print anonymised statistics…"), timeout=5_000)
    click(find_button(shell, "Print anonymised statistics…"))
    dialog = _front_dialog()
    assert find_field(dialog, "Which period").currentText() == first.strftime("%Y-%m")  # type: ignore[attr-defined]
    pdf = tmp_path / "last-month.pdf"
    find_field(dialog, "Save as").clear()  # type: ignore[attr-defined]
    type_into(dialog, "Save as", str(pdf))
    if find_button(dialog, "Protect with a password (AES-256)").isChecked():
        tick(dialog, "Protect with a password (AES-256)")
    tick(dialog, "Open the document when it is written")
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(lambda: shows_button(dialog, "Close"), timeout=60_000)
    click(find_button(dialog, "Close"))
    with (tmp_path / "last-month.csv").open(encoding="utf-8-sig", newline="") as f:
        counted = {(r["table"], r["row"]): r["value"] for r in csv.DictReader(f)}
    # One survivor, one incident, in the centre's month: counted (as "<5"), not nothing.
    assert counted[("Survivors", "Counted")] != "0", counted[("Survivors", "Counted")]
    by_month = counted[("Incidents reported, by month", first.strftime("%Y-%m"))]
    assert by_month != "0", by_month


@DROP_DOWN
def test_the_pack_dates_her_referral_on_the_centres_day(
    qtbot, make_shell, vault, tmp_path, conference, a_day_apart_from_utc
) -> None:
    """Referred to the meeting today: the pack the MARAC reads says today, the centre's
    date (as its footer does), not the date in UTC."""
    [ref] = conference.refer(fake.first_name(), consent_to_police=True)
    centre_today = datetime.now(ZoneInfo(a_day_apart_from_utc)).date().isoformat()
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.MANAGER)
    click_tab(shell, "Conferences")
    qtbot.waitUntil(lambda: ref in on_screen(shell), timeout=10_000)
    click(find_button(shell, "Print the pack…"))
    dialog = _front_dialog()
    tick(dialog, "Open the document when it is written")
    save_as(dialog, tmp_path / "pack.pdf")
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(lambda: shows_button(dialog, "Close"), timeout=30_000)
    click(find_button(dialog, "Close"))
    text = _text(tmp_path / "pack.pdf")
    assert f"on {centre_today} " in text  # the footer: generated on the centre's day
    referred = re.search(r"Referred by .*? on (\d{4}-\d\d-\d\d)", text)
    assert referred is not None, text
    assert referred.group(1) == centre_today, text[referred.start() :][:120]


@DROP_DOWN
def test_the_incident_recorder_counts_her_in_the_centres_month(
    qtbot, make_shell, vault, tmp_path, in_nairobi
) -> None:
    """The same in the GBVIMS Incident Recorder (found reading the code after the walk): her
    incident, entered at 00:30 on the first of last month in Nairobi, is a row of last month's
    workbook, not of the month before's."""
    came = _came_at_half_past_midnight(vault)
    with (  # entered then, as a worker did that night (tests/backdate.py moves times so)
        vault.sign_in(Role.CASEWORKER) as cw,
        cw.unit_of_work(Section.INCIDENTS, Action.WRITE) as s,
    ):
        for incident in s.scalars(select(Incident)):
            incident.created_at = came
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.MANAGER)
    qtbot.waitUntil(lambda: shows_button(shell, "Print anonymised statistics…"), timeout=5_000)
    click(find_button(shell, "Print anonymised statistics…"))
    statistics = _front_dialog()
    click(find_button(statistics, "GBVIMS Incident Recorder (.xlsx)…"))
    recorder = find_window("GBVIMS Incident Recorder")
    find_field(recorder, "Save in").clear()  # type: ignore[attr-defined]
    type_into(recorder, "Save in", str(tmp_path))
    tick(recorder, "Protect with a password (AES-256 ZIP archive)")
    click(find_button(recorder, "Export"))
    qtbot.waitUntil(lambda: "Written" in on_screen(recorder), timeout=30_000)
    said = " ".join(on_screen(recorder).split())
    click(find_button(recorder, "Close"))
    click(find_button(statistics, "Cancel"))
    assert ": 1 incident." in said, said[-200:]


@pytest.fixture
def west_of_utc() -> Iterator[str]:
    """This workstation's (and so the centre's) zone is Pacific/Pago_Pago (UTC-11, no summer
    time) for the test."""
    with _workstation_zone("Pacific/Pago_Pago"):
        yield "Pacific/Pago_Pago"


@DROP_DOWN
def test_the_statistics_dialog_offers_the_month_ended_at_the_centre(
    qtbot, make_shell, vault, clock, west_of_utc
) -> None:
    """Three in the morning UTC on the first of the month is four in the afternoon of the
    month's last day at the centre (UTC-11): that month has not ended there, so the dialog
    offers the month before it (the export refuses a month that has not ended at the centre;
    offering it by the date in UTC led the manager into that refusal)."""
    today = datetime.now(UTC)
    clock.now = datetime(today.year, today.month, 1, 3, 0, tzinfo=UTC)
    at_centre = clock.now.astimezone(ZoneInfo(west_of_utc)).date()
    ended = last_month(at_centre)
    assert ended.end < at_centre.replace(day=1)
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.MANAGER)
    qtbot.waitUntil(lambda: shows_button(shell, "Print anonymised statistics…"), timeout=5_000)
    click(find_button(shell, "Print anonymised statistics…"))
    dialog = _front_dialog()
    offered = find_field(dialog, "Which period").currentText()  # type: ignore[attr-defined]
    assert offered == ended.start.strftime("%Y-%m"), offered
    click(find_button(dialog, "Cancel"))
