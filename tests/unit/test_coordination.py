"""Coordinated response as services: a high score sends the case to the next conference, an
action not done comes back at the next meeting, the shelter board, the referral loop, the
agency directory; permissions and audit as everywhere."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.coordination import ActionStatus, Sector
from onestop.domain.referrals import ReferralStatus
from onestop.domain.risk import Answer, Criterion, RiskLevel
from onestop.domain.roles import Role
from onestop.errors import NotFound, PermissionDenied, ValidationFailed
from onestop.services.audit import AuditService
from onestop.services.conferences import ConferenceService, PlannedAction
from onestop.services.consent import ConsentService
from onestop.services.directory import AgencyDetails, DirectoryService, ReferralNetworkService
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.referrals import ReferralDetails, ReferralService
from onestop.services.risk import RiskService, SafetyPlanDetails, SafetyPlanService
from onestop.services.settings import SettingsService
from onestop.services.shelter import ShelterBoardService
from tests.conftest import dated_at_each_test, open_case_in

pytestmark = pytest.mark.both_backends

NOW = datetime.now(UTC).replace(microsecond=0)
TODAY = NOW.date()
_dated_module, _dated_test = dated_at_each_test(__name__)  # NOW, TODAY: as tests start


def open_case(vault, alias: str = "Hope", opened_at: datetime | None = None) -> str:
    return open_case_in(vault, alias=alias, opened_at=opened_at)


def assess(session, ref: str, yes: int, **kw):
    risk = RiskService(session)
    instrument = risk.default_instrument()
    ids = instrument.question_ids()
    answers = {q: Answer.YES if i < yes else Answer.NO for i, q in enumerate(ids)}
    return risk.assess(ref, instrument, answers, **kw)


def incident(days_ago: int, now: datetime | None = None) -> IncidentDetails:
    return IncidentDetails(
        occurred=IncidentTime.exact((now or NOW) - timedelta(days=days_ago)),
        gbv_type=GbvType.PHYSICAL_ASSAULT,
        context=IncidentContext.INTIMATE_PARTNER,
        place="At home",
        perpetrator_relationship="Husband",
        perpetrator_count=1,
        reported_to_police=False,
    )


def test_a_checklist_scoring_15_puts_the_case_on_the_next_agenda(vault) -> None:
    ref, calm = open_case(vault), open_case(vault, "Calm")
    with vault.sign_in(Role.MANAGER) as manager:
        meeting = ConferenceService(manager).schedule(TODAY + timedelta(days=3), ["Police"])
    with vault.sign_in(Role.CASEWORKER) as cw:
        done = assess(cw, ref, 15)
        assert (done.score, done.final_level) == (15, RiskLevel.HIGH)
        assert done.referred_for == (Criterion.HIGH_RISK,)
        assert assess(cw, calm, 13).referred_for == ()
    with vault.sign_in(Role.MANAGER) as manager:
        conferences = ConferenceService(manager)
        assert conferences.next_meeting() == meeting
        agenda = conferences.agenda(meeting.id)
        assert [item.reference for item in agenda] == [ref]
        assert agenda[0].criteria == (Criterion.HIGH_RISK,)
        assert (agenda[0].latest_score, agenda[0].latest_level) == (15, RiskLevel.HIGH)
        trail = AuditService(manager).entries(action="record.read")
        assert any(e.record_ref == ref and "agenda" in e.detail for e in trail)


@pytest.mark.parametrize("role", [Role.CASEWORKER, Role.COUNSELLOR])
def test_a_referral_is_dated_the_assessments_day_at_the_centre(vault, role) -> None:
    """An assessment at 00:30 in Nairobi (21:30 UTC the day before) refers her on Nairobi's
    day, the day the MARAC referral form then gives; a counsellor's referral (through the
    server's function on a centre server: her login does not write conferences) too."""
    with vault.sign_in(Role.ADMIN) as admin:
        SettingsService(admin).update(time_zone="Africa/Nairobi")
    now = datetime.now(UTC)
    ref = open_case(vault, opened_at=now - timedelta(days=3))
    at = (now - timedelta(days=2)).replace(hour=21, minute=30, second=0, microsecond=0)
    with vault.sign_in(role) as staff:
        assert assess(staff, ref, 15, now=at).referred_for == (Criterion.HIGH_RISK,)
    with vault.sign_in(Role.MANAGER) as manager:
        referral = ConferenceService(manager).referral(ref)
    assert referral is not None and referral.referred_on == (at + timedelta(days=1)).date()


def test_professional_judgement_refers_with_its_reason(vault) -> None:
    ref = open_case(vault)
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        with pytest.raises(ValidationFailed, match="Say why"):
            assess(counsellor, ref, 6, judgement=RiskLevel.HIGH)
        done = assess(counsellor, ref, 6, judgement=RiskLevel.HIGH, judgement_reason="Gun bought")
        assert done.level is RiskLevel.STANDARD and done.final_level is RiskLevel.HIGH
        assert done.referred_for == (Criterion.JUDGEMENT,)
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        with pytest.raises(PermissionDenied):
            assess(advocate, ref, 20)
        [kept] = RiskService(advocate).assessments(ref)
        assert kept.judgement_reason == "Gun bought" and kept.raised_by_judgement


def test_a_third_incident_in_twelve_months_refers_for_escalation(vault) -> None:
    ref = open_case(vault)
    with vault.sign_in(Role.CASEWORKER) as cw:
        incidents = IncidentService(cw)
        incidents.record(ref, incident(200))
        incidents.record(ref, incident(40))
        assert ConferenceService(cw).pending_referral(ref) == ()
        incidents.record(ref, incident(1))
        assert ConferenceService(cw).pending_referral(ref) == (Criterion.ESCALATION,)


def test_a_new_incident_after_a_hearing_refers_again_as_a_repeat(vault) -> None:
    ref = open_case(vault)
    with vault.sign_in(Role.MANAGER) as manager:
        meeting = ConferenceService(manager).schedule(TODAY + timedelta(days=1), [])
    with vault.sign_in(Role.CASEWORKER) as cw:
        assess(cw, ref, 16)
        conferences = ConferenceService(cw)
        conferences.hear(meeting.id, ref, [])
        assert conferences.pending_referral(ref) == ()
        IncidentService(cw).record(ref, incident(0, datetime.now(UTC)))  # after the referral
        assert conferences.pending_referral(ref) == (Criterion.REPEAT,)


def action(what: str, days: int = 7) -> PlannedAction:
    return PlannedAction("Police", "Inspector on duty", what, TODAY + timedelta(days=days))


def test_an_action_not_done_at_one_meeting_reappears_at_the_next(vault) -> None:
    ref = open_case(vault)
    with vault.sign_in(Role.CASEWORKER) as cw:
        assess(cw, ref, 18)
    with vault.sign_in(Role.MANAGER) as manager:
        conferences = ConferenceService(manager)
        first = conferences.schedule(TODAY + timedelta(days=1), ["Police", "Housing"])
        second = conferences.schedule(TODAY + timedelta(days=29), ["Police"])
        assert conferences.agenda(second.id) == ()  # made once the first is held
        with pytest.raises(ValidationFailed, match="before the meeting"):
            conferences.hear(first.id, ref, [action("Too early", days=0)])
        patrol, alarm = conferences.hear(
            first.id, ref, [action("Drive-by patrols"), action("Fit a door alarm")]
        )
        with pytest.raises(ValidationFailed, match="meeting before this one"):
            conferences.hear(second.id, ref, [])
        first_minutes = conferences.close(first.id)
        assert first_minutes.heard == (ref,) and len(first_minutes.agreed) == 2

        [item] = conferences.agenda(second.id)
        assert item.criteria == () and {a.id for a in item.carried} == {patrol.id, alarm.id}
        with pytest.raises(ValidationFailed, match="2 action"):
            conferences.close(second.id)
        with pytest.raises(ValidationFailed, match="Say why"):
            conferences.review(second.id, patrol.id, ActionStatus.NOT_DONE)
        conferences.review(second.id, patrol.id, ActionStatus.NOT_DONE, "No officers free")
        conferences.review(second.id, alarm.id, ActionStatus.DONE)
        minutes = conferences.close(second.id)
        assert {(ln.action.id, ln.outcome) for ln in minutes.reviewed} == {
            (patrol.id, ActionStatus.NOT_DONE),
            (alarm.id, ActionStatus.DONE),
        }

        third = conferences.schedule(TODAY + timedelta(days=57), ["Police"])
        [again] = conferences.agenda(third.id)
        assert [a.id for a in again.carried] == [patrol.id]
        assert again.carried[0].reason == "No officers free"
        assert [a.id for a in conferences.actions_due(TODAY + timedelta(days=30))] == [patrol.id]


def test_conference_permissions(vault) -> None:
    with vault.sign_in(Role.CLINICIAN) as clinician:
        with pytest.raises(PermissionDenied):
            ConferenceService(clinician).schedule(TODAY + timedelta(days=1), [])
        assert ConferenceService(clinician).meetings() == ()
    with vault.sign_in(Role.ADMIN) as admin, pytest.raises(PermissionDenied):
        ConferenceService(admin).meetings()


def test_the_safety_plan_keeps_every_version(vault, hostile_text) -> None:
    ref = open_case(vault)
    with vault.sign_in(Role.CASEWORKER) as cw:
        plans = SafetyPlanService(cw)
        with pytest.raises(ValidationFailed, match="at least one part"):
            plans.record(ref, SafetyPlanDetails())
        name = hostile_text["names"][0]
        first = plans.record(ref, SafetyPlanDetails(safe_places="Sister's flat", code_word=name))
        with pytest.raises(ValidationFailed, match="edit it"):
            plans.record(ref, SafetyPlanDetails(routes="Back door"))
        plans.update(ref, first.record_id, SafetyPlanDetails(safe_places="Refuge"), 1)
        [now] = plans.list(ref)
        assert now.details.safe_places == "Refuge" and now.version == 2
        [was] = plans.history(ref, first.record_id)
        assert was.fields["code_word"] == name


# -- the referral network --


def test_a_referral_left_eight_days_without_an_answer_is_overdue(vault) -> None:
    ref = open_case(vault, opened_at=NOW - timedelta(days=10))
    with vault.sign_in(Role.CASEWORKER) as cw:
        legal = DirectoryService(cw).add(AgencyDetails("Legal Aid Clinic", Sector.JUSTICE))
        ConsentService(cw).record(
            ref,
            Purpose.SHARE_WITH_AGENCY,
            Decision.GIVEN,
            agency="Legal Aid Clinic",
            decided_at=NOW - timedelta(days=9),
        )
        referrals = ReferralService(cw)
        with pytest.raises(ValidationFailed, match="directory calls this agency"):
            referrals.record(
                ref, ReferralDetails("Legal Aid", "Advice", notes="She asked.", agency_id=legal.id)
            )
        old = referrals.record(
            ref,
            ReferralDetails("Legal Aid Clinic", "Divorce", notes="She asked.", agency_id=legal.id),
        )
        recent = referrals.record(
            ref, ReferralDetails("Legal Aid Clinic", "Custody", notes="She asked.")
        )
        with pytest.raises(ValidationFailed, match="before it has happened"):
            referrals.advance(ref, old.record_id, ReferralStatus.SENT, 1, at=NOW + timedelta(1))
        referrals.advance(ref, old.record_id, ReferralStatus.SENT, 1, at=NOW - timedelta(days=8))
        referrals.advance(ref, recent.record_id, ReferralStatus.SENT, 1, at=NOW - timedelta(6))
    with vault.sign_in(Role.MANAGER) as manager:
        days = SettingsService(manager).referral_overdue_days()
        assert days == 7
        network = ReferralNetworkService(manager)
        [late] = network.overdue(NOW, days)
        assert (late.reference, late.referral_id, late.days_waiting) == (ref, old.record_id, 8)
        [clinic] = network.figures(NOW, days)
        assert (clinic.agency, clinic.sent, clinic.overdue) == ("Legal Aid Clinic", 2, 1)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ReferralService(cw).advance(ref, old.record_id, ReferralStatus.ACCEPTED, 2)
    with vault.sign_in(Role.MANAGER) as manager:
        assert ReferralNetworkService(manager).overdue(NOW, 7) == ()
        [clinic] = ReferralNetworkService(manager).figures(NOW, 7)
        assert clinic.accepted == 1 and clinic.median_days_to_response == 8.0


def test_the_directory_round_trips_through_csv(vault, hostile_text) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        directory = DirectoryService(cw)
        for i, text in enumerate(hostile_text["names"][:12]):
            directory.add(
                AgencyDetails(f"Agency {i} {text}"[:200].replace("\n", " "), Sector.HEALTH,
                              notes=text, contacts="=HYPERLINK(\"http://x\")")
            )  # fmt: skip
        with pytest.raises(ValidationFailed, match="already listed"):
            directory.add(AgencyDetails("agency 0 " + hostile_text["names"][0], Sector.POLICE))
        exported = directory.export_csv()
        assert "'=HYPERLINK" in exported  # a spreadsheet shows it, never runs it
        before = directory.agencies()
    with vault.sign_in(Role.MANAGER) as manager:
        result = DirectoryService(manager).import_csv(exported)
        assert (result.added, result.updated) == (0, 12)
        assert [a.details for a in DirectoryService(manager).agencies()] == [
            b.details for b in before
        ]
        with pytest.raises(ValidationFailed, match="Line 3: Unknown sector 'Space'"):
            DirectoryService(manager).import_csv(
                "name,sector\nShelter A,Shelter and housing\nB,Space\n"
            )
        assert len(DirectoryService(manager).agencies()) == 12  # nothing half-imported
        added = DirectoryService(manager).import_csv("name,sector\nShelter A,shelter_housing\n")
        assert added.added == 1
    with vault.sign_in(Role.CLINICIAN) as clinician:
        assert len(DirectoryService(clinician).agencies()) == 13
        with pytest.raises(PermissionDenied):
            DirectoryService(clinician).add(AgencyDetails("Clinic", Sector.HEALTH))


# -- the shelter board --


def test_a_shelter_officer_admits_a_survivor_with_two_children_to_a_bed(vault) -> None:
    ref, other = open_case(vault), open_case(vault, "Other")
    with vault.sign_in(Role.ADMIN) as admin:
        board = ShelterBoardService(admin)
        with pytest.raises(ValidationFailed, match="at least one bed"):
            board.add_room("Room 1", [])
        room = board.add_room("Room 1", ["A", "B"])
        spare = board.add_room("Room 2", ["A"])
        with pytest.raises(PermissionDenied):
            board.board(TODAY)  # the admin configures beds, never sees who is in them
    bed_a, bed_b = room.beds
    with vault.sign_in(Role.SHELTER_OFFICER) as officer:
        board = ShelterBoardService(officer)
        board.add_waiting(ref, 2, "Ground floor")
        assert [w.reference for w in board.waiting()] == [ref]
        stay = board.admit(
            ref,
            bed_a.id,
            admitted_at=NOW - timedelta(hours=1),
            children_count=2,
            planned_exit=TODAY + timedelta(days=14),
        )
        assert board.waiting() == ()  # admitted: off the waiting list
        with pytest.raises(ValidationFailed, match="taken"):
            board.admit(other, bed_a.id, admitted_at=NOW)
        with pytest.raises(ValidationFailed, match="already staying"):
            board.admit(ref, bed_b.id, admitted_at=NOW)
        shown = {r.name: r for r in board.board(TODAY)}
        occupant = shown["Room 1"].beds[0].occupant
        assert occupant is not None
        assert (occupant.reference, occupant.children_count) == (ref, 2)
        assert shown["Room 1"].beds[1].occupant is None
        moved = board.move(ref, stay.record_id, spare.beds[0].id, stay.version)
        assert (moved.details.room, moved.details.bed) == ("Room 2", "A")
        assert board.board(TODAY)[0].beds[0].occupant is None
        left = board.discharge(
            ref, stay.record_id, moved.version, exited_at=NOW, destination="Her sister's"
        )
        assert left.details.exited_at == NOW
        assert all(b.occupant is None for r in board.board(TODAY) for b in r.beds)
        [month] = board.occupancy([TODAY], TODAY)
        assert (month.beds, month.admissions, month.discharges) == (3, 1, 1)


def test_the_maximum_stay_warns_on_the_board(vault) -> None:
    ref = open_case(vault)
    with vault.sign_in(Role.ADMIN) as admin:
        bed = ShelterBoardService(admin).add_room("Room 1", ["A"]).beds[0]
        SettingsService(admin).update(shelter_max_stay_days=5)
    with vault.sign_in(Role.SHELTER_OFFICER) as officer:
        board = ShelterBoardService(officer)
        board.admit(ref, bed.id, admitted_at=NOW - timedelta(days=6))
        max_days = SettingsService(officer).shelter_max_stay_days()
        occupant = board.board(TODAY, max_days)[0].beds[0].occupant
        assert occupant is not None and occupant.over_max_stay
        assert not board.board(TODAY, None)[0].beds[0].occupant.over_max_stay


def test_unknown_meetings_and_beds_are_said_in_words(vault) -> None:
    """What is not there is said in words, without the internal id asked for (issue 23)."""
    ref = open_case(vault)
    with (
        vault.sign_in(Role.MANAGER) as manager,
        pytest.raises(NotFound, match="That meeting is not on record") as meeting,
    ):
        ConferenceService(manager).agenda(999)
    with (
        vault.sign_in(Role.SHELTER_OFFICER) as officer,
        pytest.raises(NotFound, match="That bed is not on record") as bed,
    ):
        ShelterBoardService(officer).admit(ref, 42, admitted_at=NOW)
    assert "999" not in str(meeting.value) and "42" not in str(bed.value)


# -- reminders --


def test_one_reminders_list_for_each_person(vault) -> None:
    from onestop.domain.health import Treatment, TreatmentKind
    from onestop.services.health import EncounterDetails, HealthService
    from onestop.services.legal import HearingDetails, Hearings
    from onestop.services.reminders import Kind, ReminderService

    ref = open_case(vault, opened_at=NOW - timedelta(days=40))
    with vault.sign_in(Role.CASEWORKER) as cw:
        hurt = IncidentService(cw).record(ref, incident(26)).incident_id
        ConsentService(cw).record(
            ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency="Housing",
            decided_at=NOW - timedelta(days=20),
        )  # fmt: skip
        referrals = ReferralService(cw)
        made = referrals.record(ref, ReferralDetails("Housing", "A flat", notes="She asked."))
        referrals.advance(ref, made.record_id, ReferralStatus.SENT, 1, at=NOW - timedelta(days=8))
        assess(cw, ref, 20)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        first_dose = NOW - timedelta(days=25)
        HealthService(clinician).record(
            ref,
            EncounterDetails(
                seen_at=first_dose,
                incident_id=hurt,
                history="Seen after the assault.",
                examination="See injuries.",
                treatments=(Treatment(TreatmentKind.PEP_FIRST_DOSE, first_dose),),
            ),
        )
        [follow_up] = ReminderService(clinician).due(NOW)
        assert follow_up.kind is Kind.FOLLOW_UP and follow_up.reference == ref
        assert follow_up.due == first_dose + timedelta(days=28)
    with vault.sign_in(Role.MANAGER) as manager:
        conferences = ConferenceService(manager)
        meeting = conferences.schedule(TODAY + timedelta(days=1), ["Housing"])
        conferences.hear(meeting.id, ref, [action("Priority housing bid", days=3)])
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        Hearings(advocate).record(
            ref, HearingDetails(NOW + timedelta(days=10), "Family Court", "Protection order")
        )
    with vault.sign_in(Role.CASEWORKER) as cw:
        kinds = {r.kind for r in ReminderService(cw).due(NOW)}
        assert kinds == {
            Kind.FOLLOW_UP,
            Kind.REFERRAL_OVERDUE,
            Kind.CONFERENCE_ACTION,
            Kind.HEARING,
        }
    with vault.sign_in(Role.SHELTER_OFFICER) as officer:
        assert ReminderService(officer).due(NOW) == ()  # none of her cases' business
    with vault.sign_in(Role.ADMIN) as admin:
        assert ReminderService(admin).due(NOW) == ()


def test_the_board_lists_rooms_in_natural_order(vault) -> None:
    with vault.sign_in(Role.ADMIN) as admin:
        board = ShelterBoardService(admin)
        for name in ("Room 10", "Room 2", "Annex"):
            board.add_room(name, ["B 10", "B 2"])
        layout = board.layout()
    assert [r.name for r in layout] == ["Annex", "Room 2", "Room 10"]
    assert [b.label for b in layout[0].beds] == ["B 2", "B 10"]


def test_only_the_admin_adds_beds_and_each_label_once(vault) -> None:
    with vault.sign_in(Role.ADMIN) as admin:
        board = ShelterBoardService(admin)
        room = board.add_room("Room 3", ["A"])
        with pytest.raises(ValidationFailed, match="its own label"):
            board.add_beds(room.id, ["B", "B"])
        with pytest.raises(NotFound):
            board.add_beds(999, ["B"])
        assert [b.label for b in board.add_beds(room.id, ["C", "B"]).beds] == ["A", "B", "C"]
    with vault.sign_in(Role.SHELTER_OFFICER) as officer, pytest.raises(PermissionDenied):
        ShelterBoardService(officer).add_beds(room.id, ["D"])
    with vault.sign_in(Role.MANAGER) as manager:
        trail = AuditService(manager).entries(action="settings.changed")
    assert any(e.detail == f"shelter room {room.id}: 2 beds added" for e in trail)


def test_follow_ups_from_doses_are_those_the_schedule_gives_in_the_window(vault) -> None:
    """The vault picks the cases with a follow-up due from 30 days ago to 7 days ahead; the same
    follow-ups as the domain's schedule over every treatment."""
    from onestop.domain.health import Treatment, TreatmentKind, scheduled_follow_ups
    from onestop.services.health import EncounterDetails, HealthService
    from onestop.services.reminders import LATE, SOON, Kind, ReminderService

    pep, hep_b = TreatmentKind.PEP_FIRST_DOSE, TreatmentKind.HEPATITIS_B
    scenarios = [  # (kind, days ago of each dose)
        (pep, [22]), (pep, [20]), (pep, [50, 49]), (pep, [57]), (pep, [59]),
        (hep_b, [25]), (hep_b, [70]), (hep_b, [60, 30]), (hep_b, [70, 40]),
        (hep_b, [360, 330, 300]), (hep_b, [400, 370, 340]), (hep_b, [50, 20, 5, 1]),
    ]  # fmt: skip
    expected: set[tuple[str, datetime]] = set()
    for n, (kind, days) in enumerate(scenarios):
        ref = open_case(vault, alias=f"Follow {n}", opened_at=NOW - timedelta(days=420))
        given = tuple(Treatment(kind, NOW - timedelta(days=d)) for d in days)
        with vault.sign_in(Role.CLINICIAN) as clinician:
            for dose in given:
                HealthService(clinician).record(
                    ref, EncounterDetails(seen_at=dose.given_at, treatments=(dose,))
                )
        expected |= {
            (ref, f.due_at)
            for f in scheduled_follow_ups(given)
            if NOW - LATE <= f.due_at <= NOW + SOON
        }
    with vault.sign_in(Role.CLINICIAN) as clinician:
        found = {
            (r.reference, r.due)
            for r in ReminderService(clinician).due(NOW)
            if r.kind is Kind.FOLLOW_UP
        }
    assert len(expected) == 7  # 3 PEP, 4 hepatitis B: the others fall either side of it
    assert found == expected
