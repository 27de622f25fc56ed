"""What several documents draw from the records alike: colleagues' names, the person as a
document names her, and a health encounter or a forensic examination as ``reports.parts``
shows it (the medico-legal report and the court bundle)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import select

from onestop.db.staff import StaffAccount
from onestop.domain.roles import Action, Section
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.reports.parts import EncounterPart, ExamPart, SpecimenPart, TreatmentLine
from onestop.reports.text import isolate
from onestop.services.cases import CaseFile
from onestop.services.forensic import ExamRecord
from onestop.services.health import Encounter
from onestop.services.labels import label
from onestop.services.session import VaultSession


def staff_name(session: VaultSession, reference: str, username: str) -> str:
    return staff_names(session, reference, [username])[username]


def staff_names(session: VaultSession, reference: str, usernames: Iterable[str]) -> dict[str, str]:
    """Colleagues as the others know them (the account's display name), else the username."""
    wanted = set(usernames)
    if not wanted:
        return {}
    with session.unit_of_work(Section.IDENTITY, Action.READ, record_ref=reference) as s:
        rows = s.execute(
            select(StaffAccount.username, StaffAccount.display_name).where(
                StaffAccount.username.in_(wanted)
            )
        ).all()
    found = {username: name for username, name in rows if name}
    return {username: found.get(username, username) for username in wanted}


def encounter_parts(
    session: VaultSession, reference: str, encounters: Sequence[Encounter]
) -> list[EncounterPart]:
    """Each encounter as documents show it: recorded by whoever first recorded it (not whoever
    last changed it), and amended by the last to change it, each with the time."""
    names = staff_names(
        session,
        reference,
        [e.created_by or e.updated_by for e in encounters] + [e.updated_by for e in encounters],
    )
    return [
        _encounter_part(
            e,
            names[e.created_by or e.updated_by],
            names[e.updated_by] if e.version > 1 else "",
        )
        for e in encounters
    ]


def _encounter_part(e: Encounter, recorded_by: str, amended_by: str = "") -> EncounterPart:
    timings = e.treatment_timings() or tuple(
        QT_TRANSLATE_NOOP("Documents", "incident time not known") for _ in e.details.treatments
    )
    return EncounterPart(
        seen_at=e.details.seen_at,
        recorded_by=recorded_by,
        history=e.details.history,
        examination=e.details.examination,
        injuries=e.details.injuries,
        treatments=[
            TreatmentLine(label(t.kind), t.given_at, timing, t.notes)
            for t, timing in zip(e.details.treatments, timings, strict=True)
        ],
        follow_ups=[(f.due_at, f.purpose) for f in e.details.follow_ups],
        recorded_at=e.created_at,
        amended_by=amended_by,
        amended_at=e.updated_at if amended_by else None,
    )


# Who she is on a document served on the respondent when the only name the centre records
# is her alias and staff did not choose to name it: the role the court knows her by.
NAME_WITHHELD = QT_TRANSLATE_NOOP(
    "Documents",
    "The applicant (no legal name recorded; the name she uses is withheld for her safety)",
)


def person(case: CaseFile, today: date, alias: bool = True) -> str:
    """Who she is, as a document names her (a Phrase, but for a name alone). Her alias is
    given only when ``alias``: a document served on the respondent leaves it out unless staff
    chose to name it (it may be the name she now lives under). With no legal name recorded the
    alias is the only name she has in the file: given when ``alias``, else she is named by her
    role (``NAME_WITHHELD``), so that the document and its audit entry ("alias_withheld") say
    the same (a bundle's cover printed the alias its entry said was withheld)."""
    details = case.details
    name: str = isolate(details.name or details.alias)
    if not details.name and details.alias and not alias:
        name = NAME_WITHHELD
    if details.name and details.alias and alias:
        name = QT_TRANSLATE_NOOP("Documents", "{name} (known as {alias})").format(
            name=isolate(details.name), alias=isolate(details.alias)
        )
    if details.date_of_birth is not None:
        return QT_TRANSLATE_NOOP("Documents", "{name}, born {date}").format(
            name=name, date=details.date_of_birth.isoformat()
        )
    age = case.age(today)
    if age is None:
        return name
    return QT_TRANSLATE_NOOP("Documents", "{name}, aged about {age}").format(name=name, age=age)


def exam_part(x: ExamRecord) -> ExamPart:
    return ExamPart(
        examiner=x.details.examiner,
        started_at=x.details.started_at,
        notes=x.details.notes,
        opinion=x.details.opinion,
        specimens=[
            SpecimenPart(
                label(sp.details.specimen_type),
                sp.details.collected_at,
                sp.details.collected_by,
                sp.details.seal_number,
                sp.chain,
            )
            for sp in x.specimens
        ],
    )
