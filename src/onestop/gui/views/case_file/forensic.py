"""The forensic tab: examinations, their specimens (each with its seal and who holds it now)
and the chain of custody, each added in place; a hand-over is never edited."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHeaderView, QVBoxLayout, QWidget

from onestop.domain.roles import Section
from onestop.gui import fmt
from onestop.gui.labels import label
from onestop.gui.views.case_file._parts import labels, scrolling
from onestop.gui.views.case_file.pages import SectionPage, register_page
from onestop.gui.views.case_file.rows import ExamRow, HandoverRow, SpecimenRow
from onestop.gui.views.records import CustodyChain, ForensicExams, RecordsPanel, Specimens
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.casefile import CaseFileView
from onestop.services.forensic import ExamForm, ForensicService, HandoverForm, SpecimenForm

if TYPE_CHECKING:
    from onestop.gui.views.case_file.widget import CaseFileWidget

translate = QCoreApplication.translate

# One examiner: chosen from the centre's staff, or, only when she is not on its staff (a
# visiting forensic physician), named in the field below the choice; the report's
# declaration says which.
EXAM_FIELDS = {
    "started_at": QT_TRANSLATE_NOOP("CaseFileWidget", "Started"),
    "examined_by": QT_TRANSLATE_NOOP("CaseFileWidget", "Examiner (signs the report)"),
    "examiner": QT_TRANSLATE_NOOP(
        "CaseFileWidget", "Name of an examiner not on the centre's staff"
    ),
    "incident_id": QT_TRANSLATE_NOOP("CaseFileWidget", "Incident"),
    "notes": QT_TRANSLATE_NOOP("CaseFileWidget", "Notes"),
    "opinion": QT_TRANSLATE_NOOP("CaseFileWidget", "Opinion on the findings"),
}
SPECIMEN_FIELDS = {
    "exam_id": QT_TRANSLATE_NOOP("CaseFileWidget", "Examination"),
    "specimen_type": QT_TRANSLATE_NOOP("CaseFileWidget", "Specimen"),
    "seal_number": QT_TRANSLATE_NOOP("CaseFileWidget", "Seal"),
    "collected_at": QT_TRANSLATE_NOOP("CaseFileWidget", "Collected"),
    "collected_by": QT_TRANSLATE_NOOP("CaseFileWidget", "Collected by"),
    "notes": QT_TRANSLATE_NOOP("CaseFileWidget", "Notes"),
}
HANDOVER_FIELDS = {
    "specimen_id": QT_TRANSLATE_NOOP("CaseFileWidget", "Specimen"),
    "at": QT_TRANSLATE_NOOP("CaseFileWidget", "When"),
    "handed_from": QT_TRANSLATE_NOOP("CaseFileWidget", "From"),
    "handed_to": QT_TRANSLATE_NOOP("CaseFileWidget", "To"),
    "organisation": QT_TRANSLATE_NOOP("CaseFileWidget", "Organisation"),
    "purpose": QT_TRANSLATE_NOOP("CaseFileWidget", "Purpose"),
}


# The widest a column of the forensic tables grows, in average characters: an examiner named
# in full with her post and unit (up to 200 characters) wraps within it, the row taller, so
# the tables fit a 1024-wide window beside each other's columns and nothing scrolls sideways.
WIDEST_COLUMN = 36


def _panel(file: CaseFileWidget, *args: Any, **options: Any) -> RecordsPanel:
    """``file.records_panel`` whose table has no column wider than WIDEST_COLUMN, long text
    wrapped in it."""
    panel = file.records_panel(*args, **options)
    table = panel.table
    table.horizontalHeader().setMaximumSectionSize(
        table.fontMetrics().averageCharWidth() * WIDEST_COLUMN
    )
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return panel


def _examiners(
    file: CaseFileWidget, named: Sequence[str | None] = ()
) -> list[tuple[str, str | None]]:
    """The clinical staff an examination may name as its examiner (who signs the report),
    after the choice of one who is not on the centre's staff (named in the next field); and
    the examiners ``named`` on this case's examinations whose accounts were disabled since
    (she left; she still examined her, and stays the examiner of those examinations)."""
    forensic = ForensicService(file.session)
    staff = forensic.examiners()
    active = {e.username for e in staff}
    left = []
    for username in dict.fromkeys(n for n in named if n and n not in active):
        found = forensic.examiner(username)
        if found is not None:
            left.append(
                (
                    translate("CaseFileWidget", "{name} (no longer on the staff)").format(
                        name=found.display_name
                    ),
                    username,
                )
            )
    return [
        (translate("CaseFileWidget", "Not on the centre's staff"), None),
        *((e.display_name, e.username) for e in staff),
        *left,
    ]


def _one_examiner(panel: RecordsPanel) -> None:
    """The name of an examiner not on the staff is typed only when no one on the staff is
    chosen: with a member of staff chosen, the field is greyed out (and not saved)."""
    fields = panel.form.fields
    if "examined_by" not in fields or "examiner" not in fields:
        return
    chosen, name = fields["examined_by"].input, fields["examiner"].input
    assert isinstance(chosen, QComboBox)

    def follow(*_args: object) -> None:
        name.setEnabled(chosen.currentData() is None)

    chosen.currentIndexChanged.connect(follow)
    follow()


def _lists(file: CaseFileWidget, v: CaseFileView) -> QWidget:
    box = QWidget(file)
    col = QVBoxLayout(box)
    exams = v.forensic or ()
    linked = [(translate("CaseFileWidget", "Not linked to an incident"), None)] + [
        (
            f"{label(i.details.gbv_type)} · {fmt.occurred(i.details.occurred)}",
            i.incident_id,
        )
        for i in v.incidents or ()
    ]
    examiners = _examiners(file, [e.details.examined_by for e in exams])
    chosen_as = dict((username, name) for name, username in examiners if username is not None)

    def examiner(row: ExamRow) -> str:
        """The examiner as the report names them, in one column: the member of staff chosen,
        else the name typed, said to be not on the centre's staff (two columns, one for each,
        cut their headers short at 1024 wide)."""
        if row.details.examined_by is not None:
            return chosen_as.get(row.details.examined_by, row.details.examiner)
        return translate("CaseFileWidget", "{name} (not on the centre's staff)").format(
            name=row.details.examiner
        )

    examinations = _panel(
        file,
        ForensicExams(file.session),
        [
            ExamRow(record_id=e.exam_id, version=e.version, details=ExamForm.of(e.details))
            for e in exams
        ],
        ExamForm,
        labels(EXAM_FIELDS),
        translate("CaseFileWidget", "Examinations"),
        new_heading=translate("CaseFileWidget", "New examination"),
        edit_heading=translate("CaseFileWidget", "Edit examination"),
        choices={"incident_id": linked, "examined_by": examiners},
        add_text=translate("CaseFileWidget", "Add an e&xamination…"),
        edit_text=translate("CaseFileWidget", "Edit the exa&mination…"),
        cells={"examined_by": examiner},
        unlisted={"examiner"},
    )
    _one_examiner(examinations)
    col.addWidget(examinations)
    if not exams:
        return box
    which_exam = [
        (f"{fmt.when(e.details.started_at)} · {e.details.examiner}", e.exam_id) for e in exams
    ]
    specimens = [(e, sp) for e in exams for sp in e.specimens]
    col.addWidget(
        _panel(
            file,
            Specimens(file.session),
            [
                SpecimenRow(
                    record_id=sp.specimen_id,
                    version=sp.version,
                    holder=sp.holder,
                    details=SpecimenForm(
                        e.exam_id,
                        sp.details.specimen_type,
                        sp.details.collected_at,
                        sp.details.collected_by,
                        sp.details.seal_number,
                        sp.details.notes,
                    ),
                )
                for e, sp in specimens
            ],
            SpecimenForm,
            labels(SPECIMEN_FIELDS),
            translate("CaseFileWidget", "Specimens"),
            new_heading=translate("CaseFileWidget", "New specimen"),
            add_text=translate("CaseFileWidget", "Add a s&pecimen…"),
            edit_text=translate("CaseFileWidget", "Edit the spe&cimen…"),
            edit_heading=translate("CaseFileWidget", "Edit specimen"),
            choices={"exam_id": which_exam},
            extra_columns=[(translate("CaseFileWidget", "Held by"), lambda r: r.holder)],
        )
    )
    if not specimens:
        return box
    which_specimen = [
        (
            f"{sp.details.seal_number} · {label(sp.details.specimen_type)}",
            sp.specimen_id,
        )
        for _e, sp in specimens
    ]
    col.addWidget(
        _panel(
            file,
            CustodyChain(file.session),
            [
                HandoverRow(
                    record_id=n,
                    version=1,
                    details=HandoverForm(
                        sp.specimen_id,
                        h.handed_from,
                        h.handed_to,
                        h.organisation,
                        h.at,
                        h.purpose,
                    ),
                )
                for n, (_e, sp, h) in enumerate((e, sp, h) for e, sp in specimens for h in sp.chain)
            ],
            HandoverForm,
            labels(HANDOVER_FIELDS),
            translate("CaseFileWidget", "Chain of custody (hand-overs are never edited)"),
            new_heading=translate("CaseFileWidget", "New hand-over"),
            add_text=translate("CaseFileWidget", "Add a hand-o&ver…"),
            choices={"specimen_id": which_specimen},
            editable=False,
        )
    )
    return box


def forensic_page(file: CaseFileWidget, v: CaseFileView) -> QWidget:
    return scrolling(file, _lists(file, v))


register_page(
    SectionPage(
        Section.FORENSIC,
        "forensicTab",
        QT_TRANSLATE_NOOP("CaseFileWidget", "Forensic"),
        forensic_page,
        40,
        reads=frozenset({Section.INCIDENTS}),  # an exam names the incident it documents
    )
)
