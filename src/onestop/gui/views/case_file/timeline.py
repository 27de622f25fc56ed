"""The timeline tab, in every file: what was recorded, when, in which section."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from onestop.gui import fmt
from onestop.gui.phrases import phrase
from onestop.gui.views.break_glass import section_title
from onestop.gui.views.case_file._parts import table, translated
from onestop.gui.views.case_file.pages import SectionPage, register_page
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.casefile import CaseFileView

if TYPE_CHECKING:
    from onestop.gui.views.case_file.widget import CaseFileWidget

COLUMNS = (
    QT_TRANSLATE_NOOP("CaseFileWidget", "When"),
    QT_TRANSLATE_NOOP("CaseFileWidget", "Section"),
    QT_TRANSLATE_NOOP("CaseFileWidget", "What"),
)


def timeline_page(file: CaseFileWidget, v: CaseFileView) -> QWidget:
    rows = [(fmt.when(e.at), section_title(e.section), phrase(e.summary)) for e in v.timeline]
    return table(file, "timelineTable", [translated(c) for c in COLUMNS], rows)


register_page(
    SectionPage(
        None,
        "timelineTab",
        QT_TRANSLATE_NOOP("CaseFileWidget", "Timeline"),
        timeline_page,
        120,
        timeline=True,
    )
)
