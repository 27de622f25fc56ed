"""The shelter tab: her stays, room and bed, children with her, planned and actual exit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from onestop.domain.roles import Section
from onestop.gui import fmt
from onestop.gui.views.case_file._parts import table, translated
from onestop.gui.views.case_file.pages import SectionPage, register_page
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.casefile import CaseFileView

if TYPE_CHECKING:
    from onestop.gui.views.case_file.widget import CaseFileWidget

COLUMNS = (
    QT_TRANSLATE_NOOP("CaseFileWidget", "Admitted"),
    QT_TRANSLATE_NOOP("CaseFileWidget", "Room"),
    QT_TRANSLATE_NOOP("CaseFileWidget", "Bed"),
    QT_TRANSLATE_NOOP("CaseFileWidget", "Children"),
    QT_TRANSLATE_NOOP("CaseFileWidget", "Planned exit"),
    QT_TRANSLATE_NOOP("CaseFileWidget", "Left"),
)


def shelter_page(file: CaseFileWidget, v: CaseFileView) -> QWidget:
    rows = [
        (
            fmt.when(r.details.admitted_at),
            r.details.room,
            r.details.bed,
            str(r.details.children_count),
            fmt.day(r.details.planned_exit),
            fmt.when(r.details.exited_at),
        )
        for r in v.shelter or ()
    ]
    return table(file, "shelterTable", [translated(c) for c in COLUMNS], rows)


register_page(
    SectionPage(
        Section.SHELTER,
        "shelterTab",
        QT_TRANSLATE_NOOP("CaseFileWidget", "Shelter"),
        shelter_page,
        70,
    )
)
