"""The medico-legal report: examination, injuries on the body map, treatments timed from the
incident, photographs with their SHA-256, specimens and their chain of custody, signature."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.reports.document import Letterhead, render
from onestop.reports.language import tr, translate, writing_in
from onestop.reports.parts import (
    EncounterPart,
    ExamPart,
    Photograph,
    encounters_part,
    exams_part,
    photographs_part,
)
from onestop.reports.styles import styles
from onestop.reports.text import Text, markup, para

DOCUMENT = QT_TRANSLATE_NOOP("Labels", "Medico-legal report")


@dataclass(frozen=True)
class MedicoLegalReport:
    person: str  # "<name>, born 1990-04-02" — the person examined (a Phrase)
    incident: str  # "Rape, 2026-11-20 between 21:00 and 23:00 UTC (approximate)" (a Phrase)
    purpose: str  # "for the police", "for use in court" (a Phrase)
    encounters: Sequence[EncounterPart]
    exams: Sequence[ExamPart]
    photographs: Sequence[Photograph]
    examiner: str  # the signatory


def signature_part(examiner: str) -> list[Flowable]:
    st = styles()
    return [
        Spacer(1, 10 * mm),
        KeepTogether(
            [
                Text(translate("Documents", "Examiner"), st["h2"]),
                Text(
                    translate(
                        "Documents",
                        "I, {examiner}, examined the person named in this report and "
                        "recorded these findings at the times shown.",
                    ).format(examiner=examiner),
                    st["body"],
                ),
                Spacer(1, 12 * mm),
                para(
                    markup(translate("Documents", "Signature:"))
                    + " ______________________________ &nbsp;&nbsp; "
                    + markup(translate("Documents", "Registration number:"))
                    + " ________________ &nbsp;&nbsp; "
                    + markup(translate("Documents", "Date:"))
                    + " ____________",
                    st["body"],
                ),
            ]
        ),
    ]


def story(report: MedicoLegalReport) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [
        Text(tr(DOCUMENT), st["title"]),
        Text(
            translate("Documents", "The person examined: {person}").format(
                person=tr(report.person)
            ),
            st["body"],
        ),
        Text(
            translate("Documents", "Prepared {purpose}. Incident: {incident}").format(
                purpose=tr(report.purpose), incident=tr(report.incident)
            ),
            st["body"],
        ),
    ]
    out += encounters_part(report.encounters)
    out += exams_part(report.exams)
    if report.photographs:
        out.append(Text(translate("Documents", "Photographs"), st["h1"]))
        out += photographs_part(report.photographs)
    return out + signature_part(report.examiner)


def render_medico_legal(head: Letterhead, report: MedicoLegalReport) -> bytes:
    with writing_in(head.language):
        return render(head, story(report))
