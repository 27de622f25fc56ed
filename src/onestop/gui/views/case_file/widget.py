"""A survivor's file on screen: a header that always shows who and what needs attention, and one
tab per section the person may read (a section they may not read has no tab at all).

The tabs are the pages registered in onestop.gui.views.case_file.pages, one module each; this
widget builds them, keeps what is unsaved in them and opens the documents they print.

The file is read lazily (services.casefile): ``reload`` reads the sections of the tab in front
and of the header, in one audited transaction, and builds the tab in front; every other tab is
an empty :class:`LazyTab` until it is first shown, then reads what it shows if that was left
for later (``read_more``, audited when it happens) and is built as it would have been. The
list of attachments is read only for their own tab (``SectionPage.attachments``). A long file
(200 encounters, 240 hearings, 60 photographs) thus opens on the tab she works in without
reading or laying out the others.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from onestop.domain.roles import Action, Role, Section
from onestop.gui.dialogs import Dialogs
from onestop.gui.views.attachments import AttachmentsPanel
from onestop.gui.views.break_glass import BreakGlassDialog, section_title
from onestop.gui.views.case_file._parts import Clock, translated, utc_now
from onestop.gui.views.case_file.header import CaseFileHeader
from onestop.gui.views.case_file.pages import SectionPage, page_named, pages, ready, shown
from onestop.gui.views.case_file.rows import RecordRow
from onestop.gui.views.documents import BundleChoices, MedicoLegalChoices, SafetyPlanChoices
from onestop.gui.views.encounter import EncounterEditor
from onestop.gui.views.export import ExportDialog
from onestop.gui.views.records import RecordPage, RecordsPanel
from onestop.gui.views.referrals import ReferralsPanel
from onestop.gui.views.risk import RiskPanel
from onestop.gui.widgets.screen import report_errors
from onestop.services.breakglass import BreakGlassService
from onestop.services.casefile import HEADER_SECTIONS, CaseFileView, open_case_file, read_more
from onestop.services.exports import DOCUMENT_NAMES
from onestop.services.health import Encounter, HealthService
from onestop.services.session import VaultSession

TICK_MS = 30_000  # the countdowns move on twice a minute
# The tab a file opens on for a role whose work is one section (else the first tab).
OWN_SECTION = {Role.CLINICIAN: Section.HEALTH}


class LazyTab(QWidget):
    """A tab whose sections are read when it is first shown: the page is built inside it."""

    def __init__(self, page: SectionPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.filled = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)


class CaseFileWidget(QWidget):
    """The whole file; ``reload()`` reads it again (one audited transaction)."""

    def __init__(
        self,
        session: VaultSession,
        reference: str,
        dialogs: Dialogs,
        clock: Clock = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseFile")
        self._session = session
        self.reference = reference
        self._dialogs = dialogs
        self._clock = clock
        self.view: CaseFileView | None = None
        self.editor: EncounterEditor | None = None
        layout = QVBoxLayout(self)
        self.header = CaseFileHeader(self)
        layout.addWidget(self.header)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sectionTabs")
        self.tabs.setAccessibleName(self.tr("Sections of the file"))
        self.tabs.currentChanged.connect(self._shown)
        layout.addWidget(self.tabs, 1)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh_countdowns)
        self._tick.start()
        self.health_stack: QStackedWidget | None = None
        self._risk_panel: RiskPanel | None = None
        self._referrals_panel: ReferralsPanel | None = None
        self._record_panels: list[RecordsPanel | RecordPage] = []
        self._building = False
        self._attachments_panel: AttachmentsPanel | None = None
        self.glass_button = QPushButton(self.tr("&Break the glass…"), self)
        self.glass_button.setObjectName("breakGlassButton")
        self.glass_button.setAccessibleName(self.tr("Break the glass"))
        self.glass_button.setToolTip(
            self.tr("Open a section your role does not see, with a reason the manager reviews")
        )
        self.glass_button.clicked.connect(self.break_glass)
        self.glass_button.hide()
        self.header.top.addWidget(self.glass_button)

    @property
    def session(self) -> VaultSession:
        return self._session

    @property
    def dialogs(self) -> Dialogs:
        return self._dialogs

    @property
    def clock(self) -> Clock:
        return self._clock

    def tab_names(self) -> list[str]:
        return [w.objectName() for i in range(self.tabs.count()) if (w := self.tabs.widget(i))]

    def reload(self) -> bool:
        """Read the file again: the header's sections and the tab in front (or, opened now,
        the tab her work is in); the other tabs are read again when shown."""
        showing = self.tabs.currentWidget()
        current = showing.objectName() if showing is not None else ""
        sections = {p.object_name: p.section for p in pages() if p.section is not None}
        if not current:  # opened now: on the section her work is in
            role = self._session.actor.role
            own = OWN_SECTION.get(role) if role is not None else None
            current = next((n for n, s in sections.items() if s is own), "")
        front = page_named(current) or pages()[0]
        with report_errors(
            lambda exc: self._dialogs.error(self, exc, self.tr("Cannot open the file"))
        ) as outcome:
            view = open_case_file(
                self._session,
                self.reference,
                HEADER_SECTIONS | front.needs(),
                timeline=front.timeline,
                windows=True,
                attachments=front.attachments,
            )
        if outcome.failed:
            return False
        self.view = view
        now = self._clock()
        self.header.show_file(view, now)
        keep_editor = self.has_unsaved
        if not keep_editor:
            self._build_tabs(view, front)
        for i, name in enumerate(self.tab_names()):
            if name == current:
                self.tabs.setCurrentIndex(i)
            section = sections.get(name)
            if section is not None and section in view.glass:
                self.tabs.setTabText(
                    i, self.tr("{title} (break-glass)").format(title=section_title(section))
                )
        self._shown(self.tabs.currentIndex())  # a tab in front not read yet is read now
        self.glass_button.setVisible(bool(self.glass_sections()))
        return True

    def glass_sections(self) -> list[Section]:
        """The sections of this file she may still open by break-glass."""
        glass = BreakGlassService(self._session)
        opened = self.view.glass if self.view is not None else {}
        return [s for s in Section if glass.may_open(s) and s not in opened]

    def break_glass(self) -> BreakGlassDialog:
        dialog = BreakGlassDialog(self._session, self.reference, self.glass_sections(), self)
        dialog.accepted.connect(self.reload)
        self._dialogs.track(dialog)
        dialog.open()
        return dialog

    def refresh_countdowns(self) -> None:
        if self.view is None:
            return
        now = self._clock()  # the injected clock, also for the end of a break-glass access
        if any(until <= now for until in self.view.glass.values()) and not self.has_unsaved:
            self.reload()  # a break-glass access ended: its section leaves the screen
            return
        self.header.show_windows(self.view, now)

    # -- tabs --

    def _build_tabs(self, v: CaseFileView, front: SectionPage | None = None) -> None:
        """One tab per registered page the person may read, in the pages' order: ``front``
        built now (``v`` holds what it shows), the others LazyTabs built when first shown
        (every one built now when ``front`` is None and ``v`` holds the whole file)."""
        old = [self.tabs.widget(i) for i in range(self.tabs.count())]
        self._building = True  # the tabs come and go: none is being shown to her yet
        try:
            self.tabs.clear()  # removes the pages without deleting them
            for widget in old:
                if widget is not None:
                    widget.deleteLater()
            self.editor = None
            self.health_stack = None
            self._record_panels = []
            self._referrals_panel = None
            self._risk_panel = None
            self._attachments_panel = None
            for page in pages():
                if not shown(page, v):
                    continue
                title = translated(page.title)
                now = ready(page, v) and (front is None or page is front)
                widget = page.factory(self, v) if now else LazyTab(page, self)
                widget.setObjectName(page.object_name)
                widget.setAccessibleName(title)
                self.tabs.addTab(widget, title)
        finally:
            self._building = False

    def _shown(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, LazyTab) and not self._building:
            self._fill(tab)

    def _fill(self, tab: LazyTab) -> bool:
        """Read what ``tab`` shows (one audited transaction) and build its page in it."""
        if tab.filled or self.view is None:
            return tab.filled
        tab.filled = True  # once: what its factory asks of the file does not fill it again
        page = tab.page
        with report_errors(
            lambda exc: self._dialogs.error(self, exc, self.tr("Cannot open the file"))
        ) as outcome:
            self.view = read_more(
                self._session,
                self.view,
                page.needs(),
                timeline=page.timeline,
                attachments=page.attachments,
            )
        if outcome.failed:
            tab.filled = False  # not read: shown again, it tries again
            return False
        widget = page.factory(self, self.view)
        widget.setObjectName(page.object_name)  # found by its name as a built tab is
        widget.setAccessibleName(tab.accessibleName())
        layout = tab.layout()
        if layout is not None:
            layout.addWidget(widget)
        widget.show()  # added to a tab already on screen: shown now, not at the next event
        return True

    def show_section(self, name: str) -> QWidget | None:
        """The tab ``name`` (an object name), its sections read if they were not yet; None
        when the file has no such tab."""
        for i in range(self.tabs.count()):
            tab = self.tabs.widget(i)
            if tab is not None and tab.objectName() == name:
                if isinstance(tab, LazyTab):
                    self._fill(tab)
                return tab
        return None

    def _fill_all(self) -> None:
        for i in range(self.tabs.count()):
            tab = self.tabs.widget(i)
            if isinstance(tab, LazyTab):
                self._fill(tab)

    @property
    def risk_panel(self) -> RiskPanel | None:
        """The risk tab's panel (the tab read and built now if it was not yet)."""
        if self._risk_panel is None:
            self.show_section("riskTab")
        return self._risk_panel

    @risk_panel.setter
    def risk_panel(self, panel: RiskPanel | None) -> None:
        self._risk_panel = panel

    @property
    def attachments_panel(self) -> AttachmentsPanel | None:
        """The attachments tab's panel (the tab read and built now if it was not yet)."""
        if self._attachments_panel is None:
            self.show_section("attachmentsTab")
        return self._attachments_panel

    @attachments_panel.setter
    def attachments_panel(self, panel: AttachmentsPanel | None) -> None:
        self._attachments_panel = panel

    @property
    def referrals_panel(self) -> ReferralsPanel | None:
        """The referrals tab's panel (the tab read now if it was not yet)."""
        if self._referrals_panel is None:
            self.show_section("referralsTab")
        return self._referrals_panel

    @referrals_panel.setter
    def referrals_panel(self, panel: ReferralsPanel | None) -> None:
        self._referrals_panel = panel

    def keep_record_panel(self, panel: RecordsPanel | RecordPage) -> None:
        """Count ``panel``'s form among the file's unsaved work (a tab's factory calls it)."""
        self._record_panels.append(panel)

    @property
    def record_panels(self) -> list[RecordsPanel | RecordPage]:
        """The list-and-form panels of every tab (each tab read now if it was not yet)."""
        self._fill_all()
        return self._record_panels

    def start_encounter(
        self, draft: dict[str, Any] | None = None, encounter: Encounter | None = None
    ) -> EncounterEditor | None:
        """The encounter editor in the Health tab's place: a new encounter, the correction of
        ``encounter``, or a kept draft of either."""
        if self.health_stack is None:
            self.show_section("healthTab")
        if self.view is None or self.health_stack is None:
            return None
        if isinstance(draft, dict) and draft.get("encounter_id") is not None:
            encounter = next(
                (
                    replace(e, version=draft.get("version", e.version))
                    for e in self.view.health or ()
                    if e.encounter_id == draft["encounter_id"]
                ),
                None,
            )
        editor = EncounterEditor(
            HealthService(self._session),
            self.reference,
            self.view.incidents or (),
            self._clock,
            self,
            encounter,
        )
        if isinstance(draft, dict):
            editor.restore(draft)
        self.editor = editor
        scroll = QScrollArea(self.health_stack)
        scroll.setObjectName("encounterScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(editor)
        self.health_stack.addWidget(scroll)
        self.health_stack.setCurrentWidget(scroll)
        editor.saved.connect(self._encounter_saved)
        editor.cancelled.connect(self._encounter_cancelled)
        editor.history.setFocus()
        return editor

    def _encounter_saved(self, _encounter: object) -> None:
        self.editor = None
        self.reload()

    def _encounter_cancelled(self) -> None:
        editor = self.editor

        def drop() -> None:
            self.editor = None
            scroll = self.health_stack.currentWidget() if self.health_stack else None
            if self.health_stack is not None and isinstance(scroll, QScrollArea):
                self.health_stack.removeWidget(scroll)
                scroll.deleteLater()

        if editor is not None and editor.has_unsaved:
            self._dialogs.confirm(
                self,
                self.tr("Discard the encounter?"),
                self.tr("What you typed in this encounter has not been saved."),
                drop,
                yes=self.tr("Discard"),
                no=self.tr("Keep editing"),
            )
        else:
            drop()

    def records_panel(
        self,
        service: Any,
        records: Sequence[RecordRow[Any]],
        details_type: type[Any],
        labels: dict[str, str],
        title: str,
        **options: Any,
    ) -> RecordsPanel:
        """A list of one kind of record of this file with its form: a change reads the file
        again, and what is typed in its form counts among the file's unsaved work."""
        panel = RecordsPanel(
            service,
            self._session,
            self.reference,
            records,
            details_type,
            labels,
            title,
            self._dialogs,
            self._clock,
            self,
            **options,
        )
        panel.changed.connect(self.reload)
        self.keep_record_panel(panel)
        return panel

    # -- documents --

    def may_read(self, *sections: Section) -> bool:
        return all(self._session.allowed(section, Action.READ) for section in sections)

    def _export(self, document: str, extra: Any) -> ExportDialog:
        """The export dialog for a document of this case with ``extra`` choices in it."""
        dialog = ExportDialog(
            self._session,
            DOCUMENT_NAMES[document],
            self.reference,
            None,
            self,
            extra=extra,
            choose=extra.choose,
        )
        self._dialogs.track(dialog)
        return dialog

    def export_medico_legal(self) -> ExportDialog:
        incidents = self.view.incidents or () if self.view is not None else ()
        exams = self.view.forensic or () if self.view is not None else ()
        encounters = self.view.health or () if self.view is not None else ()
        choices = MedicoLegalChoices(
            self._session, self.reference, incidents, exams, encounters=encounters
        )
        dialog = self._export("medico-legal", choices)
        choices.tag_changed.connect(lambda tag: dialog.set_default_name(self.reference, tag))
        return dialog

    def export_bundle(self) -> ExportDialog:
        return self._export("bundle", BundleChoices(self._session, self.reference))

    def export_counselling_bundle(self) -> ExportDialog:
        """The counselling notes bundle: a bundle of its own, from the counselling tab."""
        choices = BundleChoices(self._session, self.reference, counselling_notes=True)
        return self._export("counselling-bundle", choices)

    def export_safety_plan(self) -> ExportDialog:
        dialog = self._export("safety-plan", SafetyPlanChoices(self._session, self.reference))
        dialog.open()
        return dialog

    # -- unsaved work --

    def risk_saved(self) -> None:
        self._risk_panel = None  # saved: nothing unsaved left in it
        self.reload()

    @property
    def has_unsaved(self) -> bool:
        return (
            (self.editor is not None and self.editor.has_unsaved)
            or (self._risk_panel is not None and self._risk_panel.has_unsaved)
            or any(p.has_unsaved for p in self._record_panels)
        )

    def drafts(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        if self.editor is not None and self.editor.has_unsaved:
            found.append(
                {
                    "kind": "encounter",
                    "section": Section.HEALTH,
                    "reference": self.reference,
                    "fields": self.editor.draft(),
                }
            )
        found.extend(
            {"kind": p.kind, "section": p.section, "reference": self.reference, "fields": p.draft()}
            for p in self._record_panels
            if p.has_unsaved
        )
        if self._risk_panel is not None:
            found.extend(
                {"kind": kind, "section": Section.RISK, "reference": self.reference, "fields": f}
                for kind, f in self._risk_panel.drafts()
            )
        return found

    def restore_record_draft(self, kind: str, fields: dict[str, Any]) -> bool:
        """Reopen a kept form of a section's record where it was; False if no tab takes it."""
        for panel in self.record_panels:
            if panel.kind == kind:
                self.bring_forward(panel)
                panel.restore(fields)
                return True
        return False

    def bring_forward(self, widget: QWidget) -> None:
        """Show the tab that holds ``widget``."""
        tab: QWidget | None = widget
        while tab is not None:
            if self.tabs.indexOf(tab) >= 0:
                self.tabs.setCurrentWidget(tab)
                return
            tab = tab.parentWidget()

    def restore_risk_draft(self, kind: str, fields: dict[str, Any]) -> None:
        panel = self.risk_panel
        if panel is not None:
            self.bring_forward(panel)
            panel.restore(kind, fields)
