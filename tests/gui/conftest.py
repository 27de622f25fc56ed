"""pytest-qt: the real application window on the offscreen platform, driven like a person."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QThreadPool
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from onestop.domain.consent import Decision, Purpose, ToldHer
from onestop.domain.coordination import SharingReason
from onestop.domain.roles import Role
from onestop.gui import warm
from onestop.gui.app import make_application
from onestop.gui.dialogs import Dialogs
from onestop.gui.shell import Shell
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.conferences import (
    Attendance,
    ConferenceService,
    Discussion,
    Meeting,
    PlannedAction,
)
from onestop.services.consent import ConsentService
from onestop.services.exports import ExportOptions, ExportService
from onestop.services.exports.conference import CaseSharing
from onestop.services.session import VaultSession
from tests.conftest import SampleVault, dated_at_each_test, password_for, username_for
from tests.gui.journey import OpenedUrls, find_field, type_into


@pytest.fixture(scope="session")
def qapp_cls() -> type[QApplication]:
    return QApplication


@pytest.fixture
def dialogs(qapp: QApplication) -> Iterator[Dialogs]:
    make_application()
    d = Dialogs()
    yield d
    left = [x.objectName() for x in d.open_dialogs]
    d.close_all()
    assert not left, f"a dialog was left open: {left}"


class Clock:
    """A clock the test moves on (the countdowns read it)."""

    def __init__(self, now: datetime | None = None) -> None:
        self.now = now or datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def make_shell(qtbot, dialogs: Dialogs, clock: Clock) -> Iterator[Callable[..., Shell]]:
    shells: list[Shell] = []

    def make(vault: Path, **kwargs: object) -> Shell:
        shell = Shell(vault, dialogs, clock=clock, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(shell)
        shell.show()
        shell.start()
        shells.append(shell)
        return shell

    yield make
    _jobs_finished()  # before the session they read goes
    for shell in shells:
        shell._end_session()


def _jobs_finished() -> None:
    """Every job still on the pool (gui.jobs: a key derivation, an export, an import's dry
    run) run to its end and its result delivered while its window is still there: a job that
    outlived its test emitted into a window already deleted, or read through a session
    already closed, in whatever test ran next."""
    QThreadPool.globalInstance().waitForDone(120_000)
    QApplication.processEvents()


@pytest.fixture(autouse=True)
def _no_job_outlives_its_test(qapp: QApplication) -> Iterator[None]:
    # The default locale as the test found it, put back after: switching the language to
    # English (gui.language.install) makes it en_US where the system's is C, and a later
    # test then read 12-hour times ("2:30 PM", not "14:30": a two-worker run's order).
    locale = QLocale()
    yield
    _jobs_finished()
    _warm_up_finished()
    QLocale.setDefault(locale)


def _warm_up_finished() -> None:
    """The screens' background import (gui.warm, started by a shell's start) ended before
    the next test builds its widgets: a test that only looked at the sign-in window left it
    importing the screens' modules while the next one built its own, two threads in PySide6
    at once. Suspected, not proven, in the two-worker runs' aborts (a segfault inside
    QWidget.__init__ was seen there, and once in one process)."""
    if warm._thread is not None:
        warm.wait()


def sign_in(qtbot, shell: Shell, role: Role) -> None:
    """Type the user name and password and press Enter, as a person does."""
    view = shell.sign_in
    view.ui.usernameEdit.clear()
    qtbot.keyClicks(view.ui.usernameEdit, username_for(role))
    qtbot.keyClicks(view.ui.passwordEdit, password_for(role))
    qtbot.keyClick(view.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.workspace is not None, timeout=20_000)


# -- the case conference journeys' common setting ----------------------------------------------
# The Conferences screen and a survivor's consent tab after a sharing without her consent
# (test_journey_consent_refresh, _sharing_followup, _sharing_told, _direction_marks, _marac,
# _minutes, _conference_walk, _consent_tab): the same cases referred to the same kind of
# meeting, the same words typed, and what the desktop is asked to open.

NOW = datetime.now(UTC).replace(microsecond=0)
_dated_module, _dated_test = dated_at_each_test(__name__)  # NOW, TODAY: as tests start
PASSWORD = "for the meeting only 2026"
NOTE = "He said he would kill her if she left; the police know him for violence."
WHY = "He reads her phone; a call about it would tell him she went to the police."
FEARS = "She fears for her life"
# Offscreen, a drop-down list cannot raise itself or grab the keyboard: said, and harmless.
DROP_DOWN = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


@pytest.fixture
def opened() -> Iterator[OpenedUrls]:
    """What the application asks the desktop to open (files), instead of a PDF viewer."""
    handler = OpenedUrls()
    QDesktopServices.setUrlHandler("file", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("file")


class ConferenceSetting:
    """Cases referred to a case conference, as the caseworker and the manager left them
    before the journey starts: her cases opened and referred (by the caseworker), the meeting
    planned with the police (by the manager); then, as a journey needs, heard, minuted or
    shared without her consent."""

    def __init__(self, vault: SampleVault, folder: Path) -> None:
        self._vault, self._folder = vault, folder
        self.vault_path = vault.path
        self.meeting: Meeting | None = None

    def refer(
        self,
        *cases: str | tuple[str, str],
        held_on: date | None = None,
        consent_to_police: bool = False,
        opened_at: datetime | None = None,
        before: Callable[[VaultSession, str], object] | None = None,
    ) -> list[str]:
        """Open and refer each case (an alias, or an alias and why it is referred; by
        default FEARS), then plan the meeting on ``held_on`` (by default in three days).
        ``before``: what the caseworker records in each case before she refers it."""
        refs = []
        with self._vault.sign_in(Role.CASEWORKER) as cw:
            for case in cases:
                alias, why = (case, FEARS) if isinstance(case, str) else case
                details = SurvivorDetails(alias=alias)
                ref = CaseService(cw).open_case(details, opened_at=opened_at).reference
                if before is not None:
                    before(cw, ref)
                ConferenceService(cw).refer(ref, why)
                if consent_to_police:
                    ConsentService(cw).record(
                        ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency="Police"
                    )
                refs.append(ref)
        with self._vault.sign_in(Role.MANAGER) as manager:
            day = held_on or NOW.date() + timedelta(days=3)
            self.meeting = ConferenceService(manager).schedule(day, ["Police"])
        return refs

    def hear(self, ref: str, *actions: PlannedAction) -> None:
        """The manager hears ``ref`` at the meeting, agreeing ``actions``."""
        assert self.meeting is not None, "refer a case first"
        with self._vault.sign_in(Role.MANAGER) as manager:
            ConferenceService(manager).hear(self.meeting.id, ref, list(actions))

    def minute(self, attendance: Attendance, discussions: dict[str, Discussion]) -> None:
        """The manager records who was there and what the meeting said of each case."""
        assert self.meeting is not None, "refer a case first"
        with self._vault.sign_in(Role.MANAGER) as manager:
            ConferenceService(manager).record_minutes(self.meeting.id, attendance, discussions)

    def share(
        self, ref: str, told: ToldHer, reason: SharingReason = SharingReason.HIGH_RISK
    ) -> None:
        """The manager prints the meeting's pack, sharing ``ref`` without her consent for
        ``reason`` (and NOTE), with ``told`` as the answer to "Has she been told?"."""
        out = self._folder / f"pack-{ref}"
        out.mkdir(exist_ok=True)
        with self._vault.sign_in(Role.MANAGER) as manager:
            ExportService(manager).conference_pack(
                ExportOptions(out), sharing={ref: CaseSharing(reason, NOTE, told)}
            )


@pytest.fixture
def conference(vault: SampleVault, tmp_path: Path) -> ConferenceSetting:
    """The case conference journeys' setting, in this test's vault."""
    return ConferenceSetting(vault, tmp_path)


def save_as(dialog: QWidget, out: Path) -> None:
    """In an export dialog: save to ``out``, under PASSWORD typed twice; then a moment, so
    that the next drop-down's typed letters start a new search."""
    find_field(dialog, "Save as").clear()  # type: ignore[attr-defined]
    type_into(dialog, "Save as", str(out))
    type_into(dialog, "Document password", PASSWORD)
    type_into(dialog, "Document password again", PASSWORD)
    QTest.qWait(QApplication.keyboardInputInterval() + 100)
