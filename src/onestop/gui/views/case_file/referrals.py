"""The referrals tab (the panel itself lives in gui.views.referrals)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from onestop.domain.roles import Section
from onestop.gui.views.case_file.pages import SectionPage, register_page
from onestop.gui.views.referrals import ReferralsPanel
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.casefile import CaseFileView

if TYPE_CHECKING:
    from onestop.gui.views.case_file.widget import CaseFileWidget


def referrals_page(file: CaseFileWidget, v: CaseFileView) -> QWidget:
    panel = ReferralsPanel(file.session, v, file.dialogs, file)
    panel.changed.connect(file.reload)
    file.referrals_panel = panel
    return panel


register_page(
    SectionPage(
        Section.REFERRALS,
        "referralsTab",
        QT_TRANSLATE_NOOP("CaseFileWidget", "Referrals"),
        referrals_page,
        80,
    )
)
