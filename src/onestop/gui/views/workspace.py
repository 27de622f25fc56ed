"""A signed-in person's working area: home, the case list, and the files they opened, as tabs.

The workspace belongs to one session. When the screen locks it is hidden and its survivor data
cleared from every list; the same person finds it as they left it, with unsaved forms intact.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from onestop.clock import Clock, workstation_zone
from onestop.domain.roles import Action, Capability, Section, may
from onestop.errors import OneStopError
from onestop.gui import fmt
from onestop.gui.dialogs import Dialogs
from onestop.gui.kept import DIALOG, KeepsDraft
from onestop.gui.labels import label
from onestop.gui.live import LiveUpdates
from onestop.gui.views.break_glass import BreakGlassReview
from onestop.gui.views.case_file import CaseFileWidget
from onestop.gui.views.case_list import CaseListView
from onestop.gui.views.conferences import ConferencesView
from onestop.gui.views.export import ExportDialog
from onestop.gui.views.home import HomeView
from onestop.gui.views.intake import IntakeDialog
from onestop.gui.views.referral_network import NetworkView
from onestop.gui.views.referrals import ReferralDialog
from onestop.gui.views.register_import import ImportView
from onestop.gui.views.reminders import RemindersView
from onestop.gui.views.screens import screens_for
from onestop.gui.views.shelter_board import ShelterBoardView
from onestop.gui.widgets.screen import Screen, report_errors
from onestop.i18n import isolating
from onestop.services.drafts import DraftService, KeptDraft
from onestop.services.session import VaultSession
from onestop.services.settings import SettingsService


class Workspace(QWidget):
    lock_requested = Signal()
    hide_requested = Signal()
    sign_out_requested = Signal()
    settings_changed = Signal()

    def __init__(
        self, session: VaultSession, dialogs: Dialogs, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.session = session
        self._dialogs = dialogs
        self._clock = clock
        outer = QVBoxLayout(self)
        self._build_bar(outer)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("workTabs")
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        outer.addWidget(self.tabs, 1)
        self.home = HomeView(session, dialogs, clock, self)
        self.home.open_case.connect(self.open_case)
        self.home.settings_changed.connect(self.settings_changed)
        self.home.new_intake.connect(self.new_intake)
        self.tabs.addTab(self.home, self.tr("Home"))
        self.case_list: CaseListView | None = None
        if session.allowed(Section.IDENTITY, Action.READ):
            self.case_list = CaseListView(session, self)
            self.case_list.open_case.connect(self.open_case)
            self.case_list.new_intake.connect(self.new_intake)
            self.tabs.addTab(self.case_list, self.tr("Cases"))
        self.screens: list[Screen] = []
        titles = {
            RemindersView: self.tr("Reminders"),
            ConferencesView: self.tr("Conferences"),
            ShelterBoardView: self.tr("Shelter board"),
            NetworkView: self.tr("Referral network"),
            BreakGlassReview: self.tr("Break-glass review"),
            ImportView: self.tr("Import register"),
        }
        screen_types = [screen_type for _name, screen_type in screens_for(session)]
        if may(session.actor.role, Capability.REVIEW_BREAK_GLASS):
            screen_types.append(BreakGlassReview)
        for screen_type in screen_types:
            screen = screen_type(session, dialogs, clock, self)
            screen.open_case.connect(self.open_case)
            screen.cases_changed.connect(self.cases_changed_here)
            self.tabs.addTab(screen, titles[screen_type])
            self.screens.append(screen)
        self.tabs.currentChanged.connect(self._tab_shown)
        for i in range(self.tabs.count()):  # home, the list and the boards stay open
            self.tabs.tabBar().setTabButton(i, self.tabs.tabBar().ButtonPosition.RightSide, None)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.focus_search)
        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close.activated.connect(lambda: self.close_tab(self.tabs.currentIndex()))
        self.settings_changed.connect(self.show_zone)
        # On a centre's server: a colleague's change is shown here at once (gui/live.py).
        self._stale: set[QWidget] = set()
        self.live = LiveUpdates.for_session(session, self)
        if self.live is not None:
            self.live.changed.connect(self.colleague_changed)

    def _build_bar(self, outer: QVBoxLayout) -> None:
        """Who is signed in, the zone the times are in, and the hide, lock and sign-out
        buttons."""
        bar = QHBoxLayout()
        outer.addLayout(bar)
        who = QLabel(
            self.tr("{name} · {role}").format(
                **isolating(
                    name=self.session.actor.display_name,
                    role=label(self.session.actor.role) if self.session.actor.role else "",
                )
            ),
            self,
        )
        who.setObjectName("whoLabel")
        bar.addWidget(who)
        bar.addSpacing(24)  # apart from the name: a line of its own, read on its own
        self.zone_label = QLabel(self)
        self.zone_label.setObjectName("zoneLabel")
        self.zone_label.setAccessibleName(self.tr("Time zone"))
        self.zone_label.setWordWrap(True)
        bar.addWidget(self.zone_label, 1)
        for name, text, signal in (
            ("hideButton", self.tr("&Hide screen (F12)"), self.hide_requested),
            ("lockButton", self.tr("&Lock (Ctrl+L)"), self.lock_requested),
            ("signOutButton", self.tr("Sign &out"), self.sign_out_requested),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setAccessibleName(text.replace("&", "").split(" (")[0])
            button.clicked.connect(signal)
            bar.addWidget(button)

    def start(self) -> None:
        """Home and the case list are read now; a board when its tab is first brought forward
        (and each time after), not at sign-in behind the home screen."""
        self.show_zone()
        self.home.refresh()
        if self.case_list is not None:
            self.case_list.start()

    def show_zone(self) -> None:
        """The zone every time on screen is in, said once beside who is signed in (not in
        every cell); when the centre's documents print in another zone, that one too, so that
        a time read on screen and the same time on paper are never taken for two."""
        now = self._clock()
        here = workstation_zone()
        try:
            centre = SettingsService(self.session).time_zone()
        except OneStopError:  # the settings cannot be read: say what the screens use
            centre = here
        if centre == here:
            text = self.tr("Times are in {zone}").format(**isolating(zone=fmt.zone(here, now)))
        else:
            text = self.tr("Times on screen are in {zone}; documents print in {centre}").format(
                **isolating(zone=fmt.zone(here, now), centre=fmt.zone(centre, now))
            )
        self.zone_label.setText(text)

    def colleague_changed(
        self, _cases: frozenset[int], references: frozenset[str], everything: bool
    ) -> None:
        """Cases changed on the server (a colleague's work, or this person's own): the list
        and home are read again now if on screen, else when next brought forward; an open file
        of one of those cases is read again unless a form in it is being edited (her typing
        stays, and its save still checks the version it started from)."""
        if self.session.is_locked:
            return
        current = self.tabs.currentWidget()
        for page in (self.home, self.case_list):
            if page is None:
                continue
            if page is current:
                self._read_again(page)
            else:
                self._stale.add(page)
        for f in self.files():
            if everything or f.reference in references:
                if f.has_unsaved:
                    continue
                if f is current:
                    f.reload()
                else:
                    self._stale.add(f)

    def cases_changed_here(self, references: frozenset[str]) -> None:
        """A screen of this window changed these cases (an export from the Conferences screen
        recorded a sharing without her consent): their open files are read again as for a
        colleague's change, on a local vault too (issue 23)."""
        if references:
            self.colleague_changed(frozenset(), references, False)

    def _read_again(self, page: QWidget) -> None:
        self._stale.discard(page)
        if page is self.home:
            self.home.refresh()
        elif page is self.case_list and self.case_list is not None:
            self.case_list.read_again()
        elif isinstance(page, CaseFileWidget) and not page.has_unsaved:
            page.reload()

    def _tab_shown(self, index: int) -> None:
        """A board is read again each time it is brought forward (others may have changed it)."""
        page = self.tabs.widget(index)
        if page in self._stale and not self.session.is_locked:
            self._read_again(page)
        if isinstance(page, Screen) and not self.session.is_locked:
            page.refresh()

    def focus_search(self) -> None:
        if self.case_list is not None:
            self.tabs.setCurrentWidget(self.case_list)
            self.case_list.ui.searchEdit.setFocus()
            self.case_list.ui.searchEdit.selectAll()

    def new_intake(self) -> IntakeDialog:
        """Register a walk-in; her file (or the existing one that is hers) opens after."""
        dialog = IntakeDialog(self.session, self._dialogs, self._clock, self)
        dialog.open_case.connect(self._opened_at_intake)
        self._dialogs.track(dialog)
        return dialog

    def _opened_at_intake(self, reference: str) -> None:
        self.open_case(reference)
        if self.case_list is not None:
            self.case_list.apply_filter()  # the new file is in the list too

    # -- case files --

    def files(self) -> list[CaseFileWidget]:
        return [
            w
            for i in range(self.tabs.count())
            if isinstance(w := self.tabs.widget(i), CaseFileWidget)
        ]

    def open_case(self, reference: str) -> CaseFileWidget | None:
        for f in self.files():
            if f.reference == reference:
                self.tabs.setCurrentWidget(f)
                return f
        page = CaseFileWidget(self.session, reference, self._dialogs, self._clock, self)
        if not page.reload():
            page.deleteLater()
            return None
        self.tabs.addTab(page, reference)
        self.tabs.setCurrentWidget(page)
        return page

    def close_tab(self, index: int) -> None:
        page = self.tabs.widget(index)
        if not isinstance(page, CaseFileWidget):
            return

        def close() -> None:
            self._stale.discard(page)
            self.tabs.removeTab(self.tabs.indexOf(page))
            page.deleteLater()

        if page.has_unsaved:
            self._dialogs.confirm(
                self,
                self.tr("Close the file?"),
                self.tr("There is unsaved work in this file. Close it and lose that work?"),
                close,
                yes=self.tr("Close and discard"),
                no=self.tr("Keep it open"),
            )
        else:
            close()

    # -- unsaved work, locking --

    @property
    def has_unsaved(self) -> bool:
        return any(f.has_unsaved for f in self.files())

    @property
    def busy(self) -> bool:
        """A backup, restore, check, audit export, disable or password reset is running on the
        admin's screen."""
        admin = self.home.admin
        return admin is not None and (admin.backups.busy or admin.audit.busy or admin.accounts.busy)

    @property
    def revoking(self) -> bool:
        """A disable or a password reset is replacing the vault key: the session must not be
        locked (its key and engine dropped) under the worker until it is over."""
        admin = self.home.admin
        return admin is not None and admin.accounts.busy

    def stop_jobs(self) -> None:
        if self.live is not None:
            self.live.stop()
        if self.home.admin is not None:
            self.home.admin.accounts.wait()
            self.home.admin.backups.stop_and_wait()
            self.home.admin.audit.stop_and_wait()

    def drafts(self) -> list[dict[str, Any]]:
        return [d for f in self.files() for d in f.drafts()]

    def keep_drafts(self) -> list[int]:
        """Write every unsaved form to the vault as its author's private draft."""
        service = DraftService(self.session)
        return [
            service.keep(d["kind"], d["section"], d["reference"], d["fields"])
            for d in self.drafts()
        ]

    def offer_drafts(self) -> None:
        """At sign-in: reopen the person's own drafts in their files, then forget them.

        The admin does no case work, so she keeps no draft (and on a centre's server her
        login may not read the drafts table at all)."""
        if not may(self.session.actor.role, Capability.CASE_WORK):
            return
        with report_errors(lambda exc: self._dialogs.error(self, exc)) as outcome:
            kept: tuple[KeptDraft, ...] = DraftService(self.session).mine()
        if outcome.failed:
            return
        for draft in kept:
            if draft.kind.startswith(DIALOG):
                continue  # after the files, in front of them
            page = self.open_case(draft.case_reference)
            if page is not None and draft.kind == "encounter":
                health = page.tabs.findChild(QWidget, "healthTab")
                if health is not None:
                    page.tabs.setCurrentWidget(health)
                page.start_encounter(draft.fields)
            elif page is not None and draft.kind in ("risk_assessment", "safety_plan"):
                page.restore_risk_draft(draft.kind, draft.fields)
            elif page is not None and draft.kind.startswith("record:"):
                page.restore_record_draft(draft.kind, draft.fields)
            DraftService(self.session).discard(draft.draft_id)
        for draft in kept:
            if draft.kind.startswith(DIALOG):
                self.reopen_dialog(draft)
                DraftService(self.session).discard(draft.draft_id)
        if kept:
            self._dialogs.inform(
                self,
                self.tr("Unsaved work restored"),
                self.tr(
                    "The screen was locked while you had unsaved work. It is open again "
                    "where you left it: save it or discard it."
                ),
            )

    def reopen_dialog(self, draft: KeptDraft) -> KeepsDraft | None:
        """Open the dialog a draft was typed in again, as it was (gui/kept.py)."""
        dialog: KeepsDraft | None = None
        if draft.kind == IntakeDialog.KIND:
            dialog = self.new_intake()
        elif draft.kind == ReferralDialog.KIND:
            page = self.open_case(draft.case_reference)
            if page is not None and page.referrals_panel is not None:
                page.bring_forward(page.referrals_panel)
                dialog = page.referrals_panel.new()
        elif draft.kind == ExportDialog.KIND and draft.fields.get("document") == "conference":
            dialog = self._reopen_pack(draft.fields.get("meeting_id"))
        elif draft.kind == ExportDialog.KIND and draft.fields.get("document") == "statistics":
            self.tabs.setCurrentWidget(self.home)
            dialog = self.home.export_statistics()
        elif draft.kind == ExportDialog.KIND and draft.fields.get("document") == "referral":
            page = self.open_case(draft.case_reference)
            panel = page.referrals_panel if page is not None else None
            record_id = draft.fields.get("referral_id")
            if panel is not None and isinstance(record_id, int):
                page.bring_forward(panel)  # type: ignore[union-attr]
                if panel.select_referral(record_id):
                    dialog = panel.print_letter()
        elif draft.kind == ExportDialog.KIND:
            page = self.open_case(draft.case_reference)
            openers = (
                {
                    "medico-legal": page.export_medico_legal,
                    "bundle": page.export_bundle,
                    "safety-plan": page.export_safety_plan,
                }
                if page is not None
                else {}
            )
            opener = openers.get(str(draft.fields.get("document")))
            dialog = opener() if opener is not None else None
        if dialog is not None:
            dialog.restore(draft.fields)
        return dialog

    def _reopen_pack(self, meeting_id: Any) -> KeepsDraft | None:
        """The conference pack's export dialog, on the Conferences tab, for that meeting."""
        board = next((s for s in self.screens if isinstance(s, ConferencesView)), None)
        if board is None or not isinstance(meeting_id, int):
            return None
        self.tabs.setCurrentWidget(board)  # read again as it comes forward
        if not board.select_meeting(meeting_id):
            return None
        return board.export_pack()

    def reopen_dialogs(self, draft_ids: list[int]) -> None:
        """After unlocking: the dialogs closed at the lock open again, and their drafts go."""
        if not draft_ids:
            return
        with report_errors(lambda exc: self._dialogs.error(self, exc)) as outcome:
            kept = [d for d in DraftService(self.session).mine() if d.draft_id in draft_ids]
        if outcome.failed:
            return
        for draft in kept:
            self.reopen_dialog(draft)
            DraftService(self.session).discard(draft.draft_id)

    def clear_for_lock(self) -> None:
        """Empty the lists that show survivor data (the open files stay, hidden, for their
        author); they are read again after unlocking."""
        self.home.clear()
        if self.case_list is not None:
            self.case_list.clear()
        for screen in self.screens:
            screen.clear()

    def after_unlock(self) -> None:
        self.home.refresh()
        if self.case_list is not None:
            self.case_list.start()  # emptied at the lock: read with the filters shown
        for screen in self.screens:
            screen.refresh()

    def read_lists_again(self) -> None:
        """Home, the case list (its search and filters as they are) and every screen read
        again: the search index they were read from, made from its snapshot, was found
        planted and has been put right (gui.indexcheck)."""
        self.home.refresh()
        if self.case_list is not None:
            self.case_list.read_again()
        for screen in self.screens:
            screen.refresh()
