"""The perpetrators linked to her incidents, each shown and edited in place: his name, when
he was born (or only his age group), what he looks like, where he may be, his weapons and
conditions: what a MARAC referral form and the GBVIMS tables ask of him."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QVBoxLayout, QWidget

from onestop.domain.roles import Action, Section
from onestop.domain.statistics import AgeBand
from onestop.gui import fmt
from onestop.gui.labels import label
from onestop.gui.views.case_file._parts import labels, selectable_label, translated
from onestop.gui.views.records import RecordPage
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.perpetrators import (
    LinkedPerpetrator,
    PerpetratorDetails,
    PerpetratorRecord,
    PerpetratorService,
)

if TYPE_CHECKING:
    from onestop.gui.views.case_file.widget import CaseFileWidget

translate = QCoreApplication.translate

FIELDS = {
    "name": QT_TRANSLATE_NOOP("CaseFileWidget", "Name"),
    "date_of_birth": QT_TRANSLATE_NOOP("CaseFileWidget", "Date of birth"),
    "age_group": QT_TRANSLATE_NOOP("CaseFileWidget", "Age group (if no date of birth)"),
    "description": QT_TRANSLATE_NOOP("CaseFileWidget", "Description"),
    "known_addresses": QT_TRANSLATE_NOOP("CaseFileWidget", "Known addresses"),
    "weapons": QT_TRANSLATE_NOOP("CaseFileWidget", "Weapons"),
    "conditions": QT_TRANSLATE_NOOP("CaseFileWidget", "Bail or order conditions"),
}


def _shown(him: PerpetratorRecord, relationship: str, parent: QWidget) -> QWidget:
    box = QWidget(parent)
    form = QFormLayout(box)
    d = him.details
    rows = [
        (translated(FIELDS["name"]), d.name),
        (translate("CaseFileWidget", "Relationship"), relationship),
        (translated(FIELDS["date_of_birth"]), fmt.day(d.date_of_birth)),
        (
            translate("CaseFileWidget", "Age group"),
            label(d.age_group) if d.age_group is not AgeBand.UNKNOWN else "",
        ),
        (translated(FIELDS["description"]), d.description),
        (translated(FIELDS["known_addresses"]), d.known_addresses),
        (translated(FIELDS["weapons"]), d.weapons),
        (translated(FIELDS["conditions"]), d.conditions),
    ]
    for title, value in rows:
        shown = selectable_label(box, f"perpetrator_{title}", value)
        shown.setWordWrap(True)
        form.addRow(title, shown)
    return box


def perpetrators_box(file: CaseFileWidget, linked: tuple[LinkedPerpetrator, ...]) -> QGroupBox:
    """One page per perpetrator (once, however many of her incidents name him), with Edit
    for those who may write incidents."""
    session, reference = file.session, file.reference
    group = QGroupBox(translate("CaseFileWidget", "Perpetrators"), file)
    group.setObjectName("perpetratorsBox")
    col = QVBoxLayout(group)
    writable = session.allowed(Section.INCIDENTS, Action.WRITE, reference)
    seen: set[int] = set()
    for link in linked:
        him = link.perpetrator
        if him.perpetrator_id in seen:
            continue
        seen.add(him.perpetrator_id)
        page = RecordPage(
            f"record:perpetrator:{him.perpetrator_id}",
            Section.INCIDENTS,
            _shown(him, link.relationship, group),
            him,
            PerpetratorDetails,
            labels(FIELDS),
            lambda details, editing: PerpetratorService(session).update(
                reference, editing.perpetrator_id, details, editing.version
            ),
            writable,
            file.dialogs,
            file.clock,
            group,
        )
        page.edit_button.setText(
            translate("CaseFileWidget", "&Edit {name}…").format(
                name=him.details.name.replace("&", "&&")
            )
        )
        page.changed.connect(file.reload)
        file.keep_record_panel(page)
        col.addWidget(page)
    return group
