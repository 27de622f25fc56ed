"""Direction overrides typed at a conference (issue 23): "\u202edeen on" shows as "no need".
Typed on one line (a name, an action, a reason, a note of why she is shared or not told)
they are refused, as a name's are (issue 22); in the discussion, text of several lines, they
are kept as typed and shown and printed without them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from onestop.domain.consent import Told, ToldHer
from onestop.domain.coordination import ActionStatus, SharingReason
from onestop.domain.roles import Role
from onestop.domain.validation import (
    BIDI_CONTROLS,
    direction_marks_problem,
    without_direction_controls,
)
from onestop.errors import ValidationFailed
from onestop.services.conferences import (
    Attendance,
    ConferenceService,
    Discussion,
    PlannedAction,
)
from onestop.services.exports import ExportOptions, ExportService
from onestop.services.exports.conference import CaseSharing
from tests.conftest import dated_at_each_test
from tests.unit.test_coordination import TODAY
from tests.unit.test_exports import squash, text_of
from tests.unit.test_minutes_record import meeting_with

_dated_module, _dated_test = dated_at_each_test(__name__)  # NOW, TODAY: as tests start

RLO, PDF, RLI, PDI = "\u202e", "\u202c", "\u2067", "\u2069"
SHOWN = "no need to tell her"
TYPED = f"{RLO}{SHOWN[::-1]}{PDF}"  # shows as "no need…" and says the opposite
NOTE = "He threatened to take the children across the border this week."


def later(days: int) -> object:
    return TODAY + timedelta(days=days)


def test_the_rules_themselves() -> None:
    assert direction_marks_problem("Risk reviewed, بيت آمن") is None
    for mark in BIDI_CONTROLS:
        assert direction_marks_problem(f"ab{mark}cd") is not None, hex(ord(mark))
    assert without_direction_controls(f"a {TYPED} b\n{RLI}x{PDI}") == f"a {SHOWN[::-1]} b\nx"
    assert without_direction_controls("\u200fبيت\u200e") == "\u200fبيت\u200e"  # marks stay


def test_one_line_at_a_meeting_is_refused_with_direction_marks(vault, make_case) -> None:
    ref = make_case(alias="Wren")
    meeting = meeting_with(vault, ref)
    with vault.sign_in(Role.MANAGER) as manager:
        conferences = ConferenceService(manager)
        for planned, said in (
            (PlannedAction("Police", "PC Lowe", TYPED, later(9)), "invisible direction marks"),
            (PlannedAction("Police", f"PC {RLO}ewoL", "Patrol", later(9)), "A name cannot"),
            (PlannedAction(f"{RLI}Police{PDI}", "PC", "Patrol", later(9)), "A name cannot"),
        ):
            with pytest.raises(ValidationFailed, match=said):
                conferences.hear(meeting, ref, [planned])
        with pytest.raises(ValidationFailed, match="A name cannot"):
            conferences.record_minutes(meeting, Attendance(f"{RLO}riahC"))
        with pytest.raises(ValidationFailed, match="A name cannot"):
            conferences.record_minutes(meeting, Attendance("Chair", (f"P. One{RLO}",)))
        [action] = conferences.case_actions(ref)
        with pytest.raises(ValidationFailed, match="invisible direction marks"):
            conferences.update_action(action.id, ActionStatus.NOT_DONE, action.version, TYPED)
        assert conferences.case_actions(ref) == (action,)  # nothing written
        # The discussion is several lines of free text: kept as typed.
        kept = conferences.record_minutes(meeting, Attendance(), {ref: Discussion(TYPED)})
        assert kept.discussions[ref].text == TYPED


def test_a_note_of_why_she_is_shared_or_not_told_is_refused(vault, make_case, tmp_path) -> None:
    ref = make_case(alias="Wren")
    with vault.sign_in(Role.MANAGER) as manager:
        ConferenceService(manager).schedule(later(1), ["Police"])
    with vault.sign_in(Role.CASEWORKER) as cw:
        ConferenceService(cw).refer(ref, "She fears for her life")
    out = tmp_path / "out"
    out.mkdir()
    told_by = ToldHer(Told.WILL_BE_TOLD, by=f"Her caseworker{RLO}")
    not_told = ToldHer(Told.NOT_TOLD, why=f"{TYPED}: he reads her phone every day")
    with vault.sign_in(Role.MANAGER) as manager:
        for sharing in (
            CaseSharing(SharingReason.HIGH_RISK, f"{NOTE} {TYPED}", told_by),
            CaseSharing(SharingReason.HIGH_RISK, NOTE, told_by),
            CaseSharing(SharingReason.HIGH_RISK, NOTE, not_told),
        ):
            # One case: the singular of a numerus message (issue 23).
            with pytest.raises(
                ValidationFailed, match=rf"typed for 1 case \({ref}\) contains invisible"
            ):
                ExportService(manager).conference_pack(ExportOptions(out), sharing={ref: sharing})
        assert list(out.iterdir()) == []


def test_the_discussion_prints_as_typed_without_them(vault, make_case, tmp_path) -> None:
    from tests.unit.test_coordination_documents import AGENCIES, consent_to

    ref = make_case(alias="Wren")
    meeting = meeting_with(vault, ref)
    consent_to(vault, ref, AGENCIES)
    with vault.sign_in(Role.MANAGER) as manager:
        ConferenceService(manager).record_minutes(
            meeting, Attendance("Chair"), {ref: Discussion(f"Agreed: {TYPED}.")}
        )
        done = ExportService(manager).conference_minutes(ExportOptions(Path(tmp_path)), meeting)
    text = squash(text_of(done.path))
    assert f"Agreed: {SHOWN[::-1]}." in text and SHOWN not in text
