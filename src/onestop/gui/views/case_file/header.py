"""The case file's header: who she is and what needs attention, always in sight."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from onestop.domain.health import window_alerts
from onestop.domain.risk import RiskLevel
from onestop.gui import fmt
from onestop.gui.labels import label
from onestop.gui.layouts import clear_layout
from onestop.gui.views.break_glass import section_title
from onestop.gui.views.case_file._parts import selectable_label
from onestop.gui.widgets.countdown import WindowBadge, shown
from onestop.gui.widgets.flow import flow_box
from onestop.i18n import isolated, isolating
from onestop.services.casefile import CaseFileView


class CaseFileHeader(QFrame):
    """Reference, name or alias, age, and the alerts: safe contact, in shelter, clinical windows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseHeader")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        layout.addLayout(top)
        self.reference = selectable_label(self, "caseReference")
        self.name = selectable_label(self, "caseName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.age = selectable_label(self, "caseAge")
        for w in (self.reference, self.name, self.age):
            top.addWidget(w)
        top.addStretch(1)
        self.top = top
        self.safe_contact = selectable_label(self, "safeContact")
        self.safe_contact.setWordWrap(True)
        self.safe_contact.setStyleSheet("color: #7a4a00; font-weight: 600;")
        layout.addWidget(self.safe_contact)
        self.alerts = QHBoxLayout()
        layout.addLayout(self.alerts)
        self.windows_box, self.windows = flow_box(self, "clinicalWindows")
        layout.addWidget(self.windows_box)
        self.badges: list[WindowBadge] = []
        self._expanded: set[int] = set()  # incidents whose closed windows are shown

    def show_file(self, view: CaseFileView, now: datetime) -> None:
        case = view.case
        d = case.details
        self.reference.setText(case.reference)
        self.name.setText(
            self.tr("Name sealed: waiting for a colleague to confirm you")
            if case.name_sealed
            else case.display_name
        )
        age = case.age(now.date())
        self.age.setText(
            self.tr("%n year(s)", "", age) if age is not None else self.tr("age not known")
        )
        contact = []
        if d.safe_phone:
            contact.append(self.tr("Safe phone: {p}").format(**isolating(p=d.safe_phone)))
        contact.append(
            self.tr("text messages are safe")
            if d.safe_message_allowed
            else self.tr("do not send text messages")
        )
        if d.safe_code_word:
            contact.append(self.tr("code word: {w}").format(**isolating(w=d.safe_code_word)))
        if d.safe_notes:
            contact.append(isolated(d.safe_notes))
        self.safe_contact.setText(" · ".join(contact))
        self._clear_alerts()
        if view.risk:
            latest = view.risk[-1]
            if latest.final_level is RiskLevel.HIGH:
                self._add_alert(
                    self.tr("HIGH RISK (score {n})").format(n=latest.score),
                    "highRisk",
                    "background: #fde7e9; color: #8c0014; font-weight: 700;",
                )
        if view.conference_referral:
            self._add_alert(self.tr("Referred to the case conference"), "conferenceReferral")
        if view.shelter and any(r.details.in_shelter for r in view.shelter):
            self._add_alert(self.tr("In shelter"), "inShelter")
        for section, until in view.glass.items():
            self._add_alert(
                self.tr("{section} open by break-glass until {time}").format(
                    section=section_title(section), time=fmt.when(until)
                ),
                f"glass_{section.value}",
                "background: #fff4ce; color: #6b4a00; font-weight: 600;",
            )
        self.show_windows(view, now)

    def show_windows(self, view: CaseFileView, now: datetime) -> None:
        """The clinical windows of each incident after it, named by their incident. An
        incident whose windows all closed or were met shows one quiet line instead, which
        opens to show them: an old rape does not alarm whoever opens her file."""
        clear_layout(self.windows)
        self.badges = []
        if view.incidents is None:
            return
        # Her encounters' doses, or only the doses when the Health tab was not read yet; a
        # dose recorded on an encounter entered in error was not given to her.
        given = view.given()
        for incident in view.incidents:
            if not incident.windows(now):
                continue
            alerts = [
                alert
                for alert in window_alerts(
                    incident.details.occurred, given.get(incident.incident_id, ()), now
                )
                if shown(alert)
            ]
            source = (
                f"{label(incident.details.gbv_type)} · {fmt.occurred(incident.details.occurred)}"
            )
            caption: QWidget
            if any(a.needs_action for a in alerts):
                caption = QLabel(self.tr("{incident}:").format(incident=source), self.windows_box)
                caption.setObjectName("windowsFrom")
                open_now = True
            else:
                toggle = QPushButton(
                    self.tr("{incident}: clinical windows closed").format(incident=source),
                    self.windows_box,
                )
                toggle.setObjectName("closedWindowsButton")
                toggle.setCheckable(True)
                toggle.setFlat(True)
                open_now = incident.incident_id in self._expanded
                toggle.setChecked(open_now)
                toggle.setToolTip(self.tr("Show or hide the windows that closed"))
                toggle.toggled.connect(
                    lambda on, i=incident.incident_id: self._expand(i, on, view, now)
                )
                caption = toggle
            self.windows.addWidget(caption)
            for alert in alerts:
                badge = WindowBadge(alert, self.windows_box, source)
                badge.setVisible(open_now)
                self.windows.addWidget(badge)
                self.badges.append(badge)
                # on the chips' line, level with them
                caption.setMinimumHeight(max(caption.minimumHeight(), badge.sizeHint().height()))
        self.windows_box.updateGeometry()

    def _expand(self, incident_id: int, on: bool, view: CaseFileView, now: datetime) -> None:
        if on:
            self._expanded.add(incident_id)
        else:
            self._expanded.discard(incident_id)
        self.show_windows(view, now)

    def _add_alert(self, text: str, name: str, style: str = "background: #e8f0fe;") -> None:
        label = selectable_label(self, name, text)
        label.setStyleSheet(f"{style} border-radius: 4px; padding: 2px 6px;")
        self.alerts.addWidget(label)

    def _clear_alerts(self) -> None:
        clear_layout(self.alerts)
        self.badges = []
