"""The identity tab: who she is and how to reach her safely, shown and edited in place."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QWidget

from onestop.domain.roles import Action, Section
from onestop.gui import fmt
from onestop.gui.labels import label
from onestop.gui.views.case_file._parts import labels, selectable_label, translated
from onestop.gui.views.case_file.pages import SectionPage, register_page
from onestop.gui.views.records import RecordPage
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.casefile import CaseFileView
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.users import staff_names

if TYPE_CHECKING:
    from onestop.gui.views.case_file.widget import CaseFileWidget

translate = QCoreApplication.translate

# The fields of the form, each with its label (the page shows the same labels).
FIELDS = {
    "name": QT_TRANSLATE_NOOP("CaseFileWidget", "Name"),
    "alias": QT_TRANSLATE_NOOP("CaseFileWidget", "Alias"),
    "date_of_birth": QT_TRANSLATE_NOOP("CaseFileWidget", "Date of birth"),
    "estimated_age": QT_TRANSLATE_NOOP("CaseFileWidget", "Estimated age"),
    "sex": QT_TRANSLATE_NOOP("CaseFileWidget", "Sex"),
    "gender": QT_TRANSLATE_NOOP("CaseFileWidget", "Gender"),
    "languages": QT_TRANSLATE_NOOP("CaseFileWidget", "Languages (separated by commas)"),
    "disability": QT_TRANSLATE_NOOP("CaseFileWidget", "Disability"),
    "children_count": QT_TRANSLATE_NOOP("CaseFileWidget", "Children"),
    "children_notes": QT_TRANSLATE_NOOP("CaseFileWidget", "About the children"),
    "address": QT_TRANSLATE_NOOP("CaseFileWidget", "Address"),
    "safe_phone": QT_TRANSLATE_NOOP("CaseFileWidget", "Safe phone"),
    "safe_message_allowed": QT_TRANSLATE_NOOP("CaseFileWidget", "Messages allowed"),
    "safe_code_word": QT_TRANSLATE_NOOP("CaseFileWidget", "Code word"),
    "safe_notes": QT_TRANSLATE_NOOP("CaseFileWidget", "Safe contact notes"),
}


def _shown(v: CaseFileView, parent: QWidget, names: Mapping[str, str]) -> QWidget:
    """The identity as read: the form's fields, then who holds the file (by the name
    colleagues know her by, from ``names``) and since when."""
    box = QWidget(parent)
    form = QFormLayout(box)
    d = v.case.details
    rows: list[tuple[str, str]] = [
        (translated(FIELDS["name"]), d.name),
        (translated(FIELDS["alias"]), d.alias),
        (translated(FIELDS["date_of_birth"]), fmt.day(d.date_of_birth)),
        (
            translated(FIELDS["estimated_age"]),
            "" if d.estimated_age is None else str(d.estimated_age),
        ),
        (translated(FIELDS["sex"]), label(d.sex)),
        (translated(FIELDS["gender"]), d.gender),
        (translate("CaseFileWidget", "Languages"), ", ".join(d.languages)),
        (translated(FIELDS["disability"]), d.disability),
        (
            translated(FIELDS["children_count"]),
            "" if d.children_count is None else str(d.children_count),
        ),
        (translated(FIELDS["children_notes"]), d.children_notes),
        (translated(FIELDS["address"]), d.address),
        (translate("CaseFileWidget", "Caseworker"), _caseworker(v.case.caseworker, names)),
        (translate("CaseFileWidget", "Status"), label(v.case.status)),
        (
            translate("CaseFileWidget", "Opened"),
            fmt.when(v.case.opened_at)
            if v.case.opening_known
            else translate("CaseFileWidget", "Not known (not in the register)"),
        ),
    ]
    if v.case.imported_at is not None:
        rows += [
            (
                translate("CaseFileWidget", "Imported from a register"),
                fmt.when(v.case.imported_at),
            ),
            (translate("CaseFileWidget", "Register id"), v.case.register_id),
        ]
    for title, value in rows:
        shown = selectable_label(box, f"identity_{title}", value)
        shown.setWordWrap(True)
        form.addRow(title, shown)
    return box


def _caseworker(username: str | None, names: Mapping[str, str]) -> str:
    if not username:
        return translate("CaseFileWidget", "No caseworker yet")
    return names.get(username, username)


def identity_page(file: CaseFileWidget, v: CaseFileView) -> QWidget:
    session, reference = file.session, file.reference
    page = RecordPage(
        "record:identity",
        Section.IDENTITY,
        _shown(v, file, staff_names(session)),
        v.case,
        SurvivorDetails,
        labels(FIELDS),
        lambda details, editing: CaseService(session).update(reference, details, editing.version),
        session.allowed(Section.IDENTITY, Action.WRITE, reference),
        file.dialogs,
        file.clock,
        file,
    )
    page.changed.connect(file.reload)
    file.keep_record_panel(page)
    return page


register_page(
    SectionPage(
        None, "identityTab", QT_TRANSLATE_NOOP("CaseFileWidget", "Identity"), identity_page, 0
    )
)
