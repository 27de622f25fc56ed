"""The minutes kept with the meeting (ConferenceService.record_minutes): who was there (chair,
present, apologies) and what it said of each case, stored while the minutes are open, each
edit checked against the version it was read at, its earlier text kept, audited; and the
minutes PDF prints what is stored, read back with pypdf. (Sealing under the conferences key:
tests/unit/test_insider_conferences.py.)"""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from onestop.db.conferences import CaseDiscussion, ConferenceAttendance
from onestop.domain.audit import AuditAction
from onestop.domain.roles import Action, Role, Section
from onestop.errors import Conflict, PermissionDenied, ValidationFailed
from onestop.services import sealedcolumns, sectionkeys
from onestop.services.audit import AuditService
from onestop.services.conferences import (
    ATTENDANCE_RECORD,
    DISCUSSION_RECORD,
    Attendance,
    ConferenceService,
    Discussion,
    PlannedAction,
)
from onestop.services.exports import ExportOptions, ExportService
from onestop.services.records import versions
from tests.conftest import dated_at_each_test
from tests.unit.test_coordination import TODAY
from tests.unit.test_coordination_documents import AGENCIES, consent_to
from tests.unit.test_exports import squash, text_of

_dated_module, _dated_test = dated_at_each_test(__name__)  # NOW, TODAY: as tests start

# A mixed-script name among those present (the hostile corpus's kind of name).
PRESENT = ("P. One, Police", "فاطمة الزهراء, City Housing")


def meeting_with(vault, reference: str) -> int:
    with vault.sign_in(Role.MANAGER) as manager:
        conferences = ConferenceService(manager)
        meeting = conferences.schedule(TODAY + timedelta(days=1), AGENCIES)
        conferences.hear(
            meeting.id,
            reference,
            [PlannedAction("Police", "PC Lowe", "Marker on the address", TODAY + timedelta(9))],
        )
        return meeting.id


def test_the_minutes_are_kept_and_each_edit_checked_against_its_version(vault, make_case) -> None:
    ref = make_case()
    meeting = meeting_with(vault, ref)
    with vault.sign_in(Role.CASEWORKER) as cw:
        conferences = ConferenceService(cw)
        empty = conferences.minutes(meeting)
        assert empty.attendance == Attendance() and empty.discussions == {}
        kept = conferences.record_minutes(
            meeting,
            Attendance("A. Chair, Centre", PRESENT, ("C. Three, Children's services",)),
            {ref: Discussion("Risk reviewed; she stays at her sister's.")},
        )
        assert kept.attendance.chair == "A. Chair, Centre" and kept.attendance.version == 1
        assert kept.attendance.present == PRESENT
        assert kept.discussions[ref] == Discussion("Risk reviewed; she stays at her sister's.", 1)
        edited = conferences.record_minutes(
            meeting,
            Attendance("B. Chair, Centre", PRESENT, (), 1),
            {ref: Discussion("Risk reviewed again.", 1)},
        )
        assert edited.attendance.version == 2 and edited.discussions[ref].version == 2
        # Someone who read version 1 saves after that edit: refused, nothing kept.
        with pytest.raises(Conflict):
            conferences.record_minutes(meeting, Attendance("Stale", PRESENT, (), 1))
        with pytest.raises(Conflict):
            conferences.record_minutes(
                meeting, Attendance("B. Chair, Centre", PRESENT, (), 2), {ref: Discussion("x", 1)}
            )
        now = conferences.minutes(meeting)
        assert now.attendance.chair == "B. Chair, Centre" and now.attendance.apologies == ()
        assert now.discussions[ref].text == "Risk reviewed again."
        # The text each edit replaced is kept in the history, sealed like the row.
        with cw.unit_of_work(Section.CONFERENCES, Action.READ) as s:
            said_id, said_case = s.execute(
                select(CaseDiscussion.id, CaseDiscussion.case_id).where(
                    CaseDiscussion.conference_id == meeting
                )
            ).one()
            case = sealedcolumns.case_ref(s, said_case)  # a discussion is of a case (0069)
            who_id = s.scalars(
                select(ConferenceAttendance.id).where(ConferenceAttendance.conference_id == meeting)
            ).one()
            (old,) = versions(s, DISCUSSION_RECORD, said_id)
            (old_who,) = versions(s, ATTENDANCE_RECORD, who_id)
        assert "Risk reviewed" not in str(old.fields) and "A. Chair" not in str(old_who.fields)
        opened = sectionkeys.open_snapshot(
            cw, "conference_discussions", said_id, old.version, dict(old.fields), case
        )
        assert opened["discussion"] == "Risk reviewed; she stays at her sister's."
        opened = sectionkeys.open_snapshot(
            cw, "conference_attendance", who_id, old_who.version, dict(old_who.fields)
        )
        assert opened["chair"] == "A. Chair, Centre"
    with vault.sign_in(Role.MANAGER) as manager:
        entries = AuditService(manager).entries(action=AuditAction.RECORD_WRITE.value)
    details = [e.detail for e in entries]
    assert f"meeting {meeting} attendance v1" in details
    assert f"meeting {meeting} attendance v2" in details
    assert f"meeting {meeting} discussion v2" in details


def test_closed_minutes_and_overlong_lines_are_refused(vault, make_case) -> None:
    ref = make_case()
    meeting = meeting_with(vault, ref)
    with vault.sign_in(Role.CASEWORKER) as cw:
        conferences = ConferenceService(cw)
        with pytest.raises(ValidationFailed, match="One person a line"):
            conferences.record_minutes(meeting, Attendance("x" * 201))
        with pytest.raises(ValidationFailed, match="One person a line"):
            conferences.record_minutes(meeting, Attendance("Chair", ("two\nlines",)))
        assert conferences.minutes(meeting).attendance == Attendance()
    with vault.sign_in(Role.MANAGER) as manager:  # the chair closes them (issue 23)
        ConferenceService(manager).close(meeting)
    with vault.sign_in(Role.CASEWORKER) as cw:
        conferences = ConferenceService(cw)
        with pytest.raises(ValidationFailed, match="minutes are closed"):
            conferences.record_minutes(meeting, Attendance("Late chair"))
        assert conferences.minutes(meeting).attendance == Attendance()


def test_a_role_that_only_reads_conferences_cannot_write_the_minutes(vault, make_case) -> None:
    ref = make_case()
    meeting = meeting_with(vault, ref)
    with vault.sign_in(Role.CLINICIAN) as clinician, pytest.raises(PermissionDenied):
        ConferenceService(clinician).record_minutes(meeting, Attendance("Chair"))


def test_the_minutes_pdf_prints_what_is_stored(vault, make_case, tmp_path) -> None:
    ref = make_case()
    meeting = meeting_with(vault, ref)
    consent_to(vault, ref, AGENCIES)
    said = "Agencies agreed the bail conditions are the main protection; review them."
    with vault.sign_in(Role.CASEWORKER) as cw:
        ConferenceService(cw).record_minutes(
            meeting,
            Attendance("A. Chair, Centre", PRESENT, ("C. Three, Children's services",)),
            {ref: Discussion(said)},
        )
        done = ExportService(cw).conference_minutes(ExportOptions(tmp_path), meeting)
    text = squash(text_of(done.path))
    for expected in (
        "Chair A. Chair, Centre",
        "P. One, Police",
        "City Housing",
        "Apologies C. Three, Children's services",
        f"1. {ref}",
        f"Discussion {said}",
        "New actions agreed",
        "Marker on the address",
    ):
        assert expected in text, expected
    # The discussion comes before the case's actions, and the Arabic name is printed.
    assert text.index(said) < text.index("Marker on the address")
    raw = "".join(page.extract_text() for page in PdfReader(done.path).pages)
    assert "فاطمة" in raw or "ﻓﺎﻃﻤﺔ" in raw


VENUE = "Room 2, Civic Centre <Annexe> & Hall"


def test_the_minutes_give_the_meetings_time_and_venue(vault, make_case, tmp_path) -> None:
    """SafeLives' minutes checklist asks the date, time and venue: planned with the meeting,
    corrected while its minutes are open, printed at the head of the minutes; a meeting
    without them says "not recorded" rather than leaving them out."""
    ref = make_case()
    consent_to(vault, ref, AGENCIES)
    with vault.sign_in(Role.MANAGER) as manager:
        conferences = ConferenceService(manager)
        planned = conferences.schedule(TODAY + timedelta(days=2), AGENCIES, time(14, 30), VENUE)
        assert (planned.starts_at, planned.venue) == (time(14, 30), VENUE)
        bare = conferences.schedule(TODAY + timedelta(days=3), AGENCIES)
        assert (bare.starts_at, bare.venue) == (None, "")
        conferences.hear(planned.id, ref, [])
        done = ExportService(manager).conference_minutes(ExportOptions(tmp_path), planned.id)
        text = squash(text_of(done.path))
        assert f"Time 14:30 Venue {VENUE} Chair" in text
        # Corrected while the minutes are open: the next export prints the correction.
        moved = conferences.set_time_and_venue(planned.id, time(9, 5), "  Room 5  ")
        assert (moved.starts_at, moved.venue) == (time(9, 5), "Room 5")
        again = ExportService(manager).conference_minutes(
            ExportOptions(tmp_path / "again.pdf"), planned.id
        )
        assert "Time 09:05 Venue Room 5 Chair" in squash(text_of(again.path))
        conferences.close(planned.id)
        other = ExportService(manager).conference_minutes(
            ExportOptions(tmp_path / "bare.pdf"), bare.id
        )
        assert "Time not recorded Venue not recorded" in squash(text_of(other.path))
        written = AuditService(manager).entries(action=AuditAction.RECORD_WRITE.value)
        entries = [e.detail for e in written]
    assert f"meeting {planned.id} time and venue" in entries


def test_a_venue_on_two_lines_or_too_long_and_closed_meetings_are_refused(vault) -> None:
    with vault.sign_in(Role.MANAGER) as manager:
        conferences = ConferenceService(manager)
        with pytest.raises(ValidationFailed, match="line breaks"):
            conferences.schedule(TODAY + timedelta(days=2), AGENCIES, time(10), "Room\n2")
        with pytest.raises(ValidationFailed, match="venue is at most 200"):
            conferences.schedule(TODAY + timedelta(days=2), AGENCIES, time(10), "x" * 201)
        assert conferences.meetings() == ()
        meeting = conferences.schedule(TODAY + timedelta(days=2), AGENCIES, None, "x" * 200)
        with pytest.raises(ValidationFailed, match="line breaks"):
            conferences.set_time_and_venue(meeting.id, time(10), "Room\r2")
        conferences.close(meeting.id)
        with pytest.raises(ValidationFailed, match="minutes are closed"):
            conferences.set_time_and_venue(meeting.id, time(10), "Room 2")
        assert conferences.meetings()[0].venue == "x" * 200
    with vault.sign_in(Role.CLINICIAN) as clinician, pytest.raises(PermissionDenied):
        ConferenceService(clinician).set_time_and_venue(meeting.id, time(10), "Room 2")


def test_a_case_without_carried_actions_keeps_its_none_apart_from_the_next_label() -> None:
    """'None.' (no action carried in) sat right against the 'New actions agreed' label
    under it: the label now starts at least a line and 2 mm lower."""
    import io
    from datetime import UTC, date, datetime

    from onestop.reports.document import Letterhead
    from onestop.reports.minutes import (
        Attendance as Present,
    )
    from onestop.reports.minutes import (
        ConferenceMinutes,
        MinutesCase,
        render_conference_minutes,
    )

    head = Letterhead("Centre", "Conference minutes", "", "Staff", datetime.now(UTC))
    pdf = render_conference_minutes(
        head,
        ConferenceMinutes(
            held_on=date(2026, 12, 3),
            agencies=["Police"],
            attendance=Present("Chair"),
            cases=[MinutesCase("OSC-2026-00001", [], [], "Said.")],
            closed=True,
            prepared_by="Staff",
        ),
    )
    at: dict[str, float] = {}

    def visit(text, cm, tm, _font, _size) -> None:
        for wanted in ("None.", "New actions agreed"):
            if wanted in text and wanted not in at:
                at[wanted] = tm[5] * cm[3] + tm[4] * cm[1] + cm[5]

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    gap = at["None."] - at["New actions agreed"]
    assert gap >= 10 + 2 * 72 / 25.4, gap  # the label's line, and 2 mm
