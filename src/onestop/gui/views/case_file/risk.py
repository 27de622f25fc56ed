"""The risk and safety tab (the panel itself lives in gui.views.risk)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from onestop.domain.roles import Section
from onestop.gui.views.case_file.pages import SectionPage, register_page
from onestop.gui.views.risk import RiskPanel
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.casefile import CaseFileView

if TYPE_CHECKING:
    from onestop.gui.views.case_file.widget import CaseFileWidget


def risk_page(file: CaseFileWidget, v: CaseFileView) -> QWidget:
    panel = RiskPanel(file.session, v, file)
    panel.changed.connect(file.risk_saved)
    panel.print_plan.connect(file.export_safety_plan)
    file.risk_panel = panel
    return panel


register_page(
    SectionPage(
        Section.RISK,
        "riskTab",
        QT_TRANSLATE_NOOP("CaseFileWidget", "Risk and safety"),
        risk_page,
        100,
        reads=frozenset({Section.CONFERENCES}),  # the referral to the case conference
    )
)
