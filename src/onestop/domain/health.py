"""Health encounters: injuries on a body outline, treatments with exact times, follow-ups."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from onestop.domain.clinical import (
    IncidentTime,
    Window,
    WindowState,
    WindowStatus,
    all_windows,
    hours_after,
)
from onestop.domain.validation import Problems, check_after_incident
from onestop.i18n import QT_TRANSLATE_NOOP, Phrase

CLOCK_SKEW = timedelta(minutes=5)


class BodySide(StrEnum):
    FRONT = "front"
    BACK = "back"


class TreatmentKind(StrEnum):
    PEP_FIRST_DOSE = "pep_first_dose"
    EMERGENCY_CONTRACEPTION = "emergency_contraception"
    STI_PROPHYLAXIS = "sti_prophylaxis"
    HEPATITIS_B = "hepatitis_b"
    TETANUS = "tetanus"
    PREGNANCY_TEST = "pregnancy_test"
    HIV_BASELINE_TEST = "hiv_baseline_test"  # before PEP: its result is kept in the notes

    @property
    def label(self) -> Phrase:
        """Its label (``services.labels`` gives the same one)."""
        return {
            TreatmentKind.PEP_FIRST_DOSE: QT_TRANSLATE_NOOP("Labels", "PEP first dose"),
            TreatmentKind.EMERGENCY_CONTRACEPTION: QT_TRANSLATE_NOOP(
                "Labels", "Emergency contraception"
            ),
            TreatmentKind.STI_PROPHYLAXIS: QT_TRANSLATE_NOOP("Labels", "STI prophylaxis"),
            TreatmentKind.HEPATITIS_B: QT_TRANSLATE_NOOP("Labels", "Hepatitis B"),
            TreatmentKind.TETANUS: QT_TRANSLATE_NOOP("Labels", "Tetanus"),
            TreatmentKind.PREGNANCY_TEST: QT_TRANSLATE_NOOP("Labels", "Pregnancy test"),
            TreatmentKind.HIV_BASELINE_TEST: QT_TRANSLATE_NOOP("Labels", "HIV baseline test"),
        }[self]


@dataclass(frozen=True)
class Injury:
    """One injury, numbered as its marker on the body map; x and y run 0..1 across the outline."""

    number: int
    kind: str
    size: str
    description: str
    side: BodySide
    x: float
    y: float


@dataclass(frozen=True)
class Treatment:
    kind: TreatmentKind
    given_at: datetime
    notes: str = ""  # dose, product, result of a test


@dataclass(frozen=True)
class FollowUp:
    due_at: datetime
    purpose: str
    done: bool = False


def check_encounter(
    seen_at: datetime,
    injuries: Sequence[Injury],
    treatments: Sequence[Treatment],
    follow_ups: Sequence[FollowUp],
    incident: IncidentTime | None,
    now: datetime,
) -> Problems:
    problems: Problems = {}
    if seen_at > now + CLOCK_SKEW:
        problems["seen_at"] = QT_TRANSLATE_NOOP(
            "Messages", "The examination cannot be in the future."
        )
    elif incident is not None:
        problems.update(check_after_incident("seen_at", seen_at, incident, "The examination"))
    numbers = [i.number for i in injuries]
    if any(n < 1 for n in numbers) or len(set(numbers)) != len(numbers):
        problems["injuries"] = QT_TRANSLATE_NOOP(
            "Messages", "Injury markers are numbered 1, 2, 3… with no number used twice."
        )
    elif any(not (0.0 <= i.x <= 1.0 and 0.0 <= i.y <= 1.0) for i in injuries):
        problems["injuries"] = QT_TRANSLATE_NOOP(
            "Messages", "An injury marker is outside the body outline."
        )
    elif any(not i.kind.strip() for i in injuries):
        problems["injuries"] = QT_TRANSLATE_NOOP(
            "Messages", "Say what kind of injury each marker is."
        )
    for t in treatments:
        if t.given_at > now + CLOCK_SKEW:
            problems["treatments"] = QT_TRANSLATE_NOOP(
                "Messages", "{label} cannot be given in the future."
            ).format(label=t.kind.label)
        elif incident is not None and check_after_incident("x", t.given_at, incident):
            problems["treatments"] = QT_TRANSLATE_NOOP(
                "Messages", "{label} is recorded before the incident."
            ).format(label=t.kind.label)
    if any(f.due_at < seen_at for f in follow_ups):
        problems["follow_ups"] = QT_TRANSLATE_NOOP(
            "Messages", "A follow-up cannot be due before the examination."
        )
    if any(not f.purpose.strip() for f in follow_ups):
        problems["follow_ups"] = QT_TRANSLATE_NOOP("Messages", "Say what each follow-up is for.")
    return problems


def treatment_timing(treatment: Treatment, incident: IncidentTime, name: str = "") -> str:
    """E.g. "PEP first dose 31 h after the incident" (a range if the time is approximate), a
    Phrase; ``name``: the treatment's label, if not its English one."""
    name = name or treatment.kind.label
    span = hours_after(incident, treatment.given_at)
    if span is None:
        return QT_TRANSLATE_NOOP("Documents", "{treatment}: incident time not known").format(
            treatment=name
        )
    low, high = (round(h) for h in span)
    if low == high:
        return QT_TRANSLATE_NOOP("Documents", "{treatment} {hours} h after the incident").format(
            treatment=name, hours=low
        )
    return QT_TRANSLATE_NOOP("Documents", "{treatment} {low}-{high} h after the incident").format(
        treatment=name, low=low, high=high
    )


# The treatment that meets each time-critical window.
TREATMENT_WINDOWS: dict[TreatmentKind, Window] = {
    TreatmentKind.PEP_FIRST_DOSE: Window.PEP,
    TreatmentKind.EMERGENCY_CONTRACEPTION: Window.EMERGENCY_CONTRACEPTION,
}


@dataclass(frozen=True)
class WindowAlert:
    """A clinical window of one incident as the file's header shows it."""

    status: WindowStatus
    given_at: datetime | None  # when its treatment was given, if it was

    @property
    def needs_action(self) -> bool:
        return self.given_at is None and self.status.state in (
            WindowState.OPEN,
            WindowState.CLOSING,
        )


def window_alerts(
    incident: IncidentTime, treatments: Sequence[Treatment], now: datetime
) -> tuple[WindowAlert, ...]:
    """PEP, emergency contraception and forensic windows for an incident, each with the time
    its treatment was first given (forensic windows are met by the examination, not here)."""
    first: dict[Window, datetime] = {}
    for t in sorted(treatments, key=lambda t: t.given_at):
        window = TREATMENT_WINDOWS.get(t.kind)
        if window is not None:
            first.setdefault(window, t.given_at)
    return tuple(
        WindowAlert(status, first.get(status.rule.window)) for status in all_windows(incident, now)
    )


# Follow-ups that the treatments themselves call for (the reminders list shows them).
PEP_COURSE = timedelta(days=28)  # a 28-day course (docs/DOMAIN.md, "Rules the software must know")
# Post-exposure hepatitis B vaccination, accelerated: doses at 0, 1 and 2 months, a booster at
# 12 months (UK Green Book, chapter 18; WHO post-exposure guidance uses the same timings).
HEPATITIS_B_SCHEDULE = (
    (timedelta(days=30), QT_TRANSLATE_NOOP("Messages", "Hepatitis B vaccine, dose 2 (1 month)")),
    (timedelta(days=61), QT_TRANSLATE_NOOP("Messages", "Hepatitis B vaccine, dose 3 (2 months)")),
    (
        timedelta(days=365),
        QT_TRANSLATE_NOOP("Messages", "Hepatitis B vaccine, booster (12 months)"),
    ),
)


def scheduled_follow_ups(treatments: Sequence[Treatment]) -> list[FollowUp]:
    """The end of the PEP course, and the next hepatitis B dose after those already given."""
    pep = [t.given_at for t in treatments if t.kind is TreatmentKind.PEP_FIRST_DOSE]
    hep_b = [t.given_at for t in treatments if t.kind is TreatmentKind.HEPATITIS_B]
    return follow_ups_after(min(pep, default=None), min(hep_b, default=None), len(hep_b))


def follow_up_offsets() -> tuple[tuple[TreatmentKind, int | None, timedelta], ...]:
    """Each follow-up :func:`follow_ups_after` can give, as (the treatment's kind, how many
    doses of it were given, or None for any number; its time after the first dose): a vault
    can select the cases with one due in a window without computing every schedule."""
    return (
        (TreatmentKind.PEP_FIRST_DOSE, None, PEP_COURSE),
        *(
            (TreatmentKind.HEPATITIS_B, n, after)
            for n, (after, _) in enumerate(HEPATITIS_B_SCHEDULE, start=1)
        ),
    )


def follow_ups_after(
    first_pep: datetime | None, first_hep_b: datetime | None, hep_b_doses: int
) -> list[FollowUp]:
    """:func:`scheduled_follow_ups` from what it depends on: the first PEP dose, and the first
    hepatitis B dose and how many were given (a vault can count these without reading each)."""
    found: list[FollowUp] = []
    if first_pep is not None:
        found.append(
            FollowUp(
                first_pep + PEP_COURSE,
                QT_TRANSLATE_NOOP(
                    "Messages", "PEP course complete: check adherence and side effects"
                ),
            )
        )
    if first_hep_b is not None and 0 < hep_b_doses <= len(HEPATITIS_B_SCHEDULE):
        after, what = HEPATITIS_B_SCHEDULE[hep_b_doses - 1]
        found.append(FollowUp(first_hep_b + after, what))
    return found
