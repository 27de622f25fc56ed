"""Referrals (status flow, consent before sending), shelter stays, tasks."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from onestop.domain.consent import Decision, Purpose
from onestop.domain.coordination import Sector
from onestop.domain.referrals import ReferralStatus, Urgency
from onestop.domain.roles import Action, Role, Section, permits
from onestop.errors import ConsentRequired, PermissionDenied, ValidationFailed
from onestop.services.consent import ConsentService
from onestop.services.directory import AgencyDetails, DirectoryService
from onestop.services.referrals import ReferralDetails, ReferralService
from onestop.services.shelter import ShelterBoardService, ShelterService, StayDetails
from onestop.services.tasks import TaskDetails, TaskService
from tests.conftest import username_for
from tests.helpers import raw_connection

pytestmark = pytest.mark.both_backends

# A bug the server variant found: a referral sent to a shelter puts her on the waiting list
# (services/referrals.py _wait_for_a_bed), and on a server the referrer's login may not read
# or write shelter_waiting (db/server.py grants SHELTER's tables by the matrix alone).

NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def ref(make_case) -> str:
    return make_case(alias="Hope")


def test_a_referral_goes_draft_sent_accepted_completed_with_consent(vault, ref) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        referrals = ReferralService(cw)
        made = referrals.record(
            ref, ReferralDetails("Legal Aid Clinic", "Divorce advice", Urgency.URGENT, "She asked.")
        )
        assert referrals.state(ref, made.record_id).status is ReferralStatus.DRAFT
        with pytest.raises(ConsentRequired, match="Legal Aid Clinic"):
            referrals.advance(ref, made.record_id, ReferralStatus.SENT, 1)
        entry = ConsentService(cw).record(
            ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency="legal aid clinic"
        )
        sent = referrals.advance(ref, made.record_id, ReferralStatus.SENT, 1)
        assert sent.status is ReferralStatus.SENT and sent.consent_entry_id == entry.entry_id
        with pytest.raises(ValidationFailed, match="can now become: Accepted, Closed, Declined"):
            referrals.advance(ref, made.record_id, ReferralStatus.COMPLETED, 2)
        referrals.advance(ref, made.record_id, ReferralStatus.ACCEPTED, 2)
        done = referrals.advance(
            ref,
            made.record_id,
            ReferralStatus.COMPLETED,
            3,
            feedback="Advice given; follow-up in March",
        )
        assert done.closed_at is not None and done.feedback.startswith("Advice given")
        with pytest.raises(ValidationFailed, match="cannot change any more"):
            referrals.advance(ref, made.record_id, ReferralStatus.CLOSED, 4)
        history = referrals.history(ref, made.record_id)
        assert [v.fields["status"] for v in history] == ["draft", "sent", "accepted"]


def test_shelter_stays(vault, ref) -> None:
    with vault.sign_in(Role.SHELTER_OFFICER) as officer:
        shelter = ShelterService(officer)
        stay = StayDetails(
            NOW - timedelta(days=3), "Room 4", "B", 2, (NOW + timedelta(days=25)).date()
        )
        made = shelter.record(ref, stay)
        assert made.details.in_shelter
        with pytest.raises(ValidationFailed) as error:
            shelter.update(ref, made.record_id, replace(stay, exited_at=NOW - timedelta(days=5)), 1)
        assert set(error.value.fields) == {"exited_at", "exit_destination"}
        left = shelter.update(
            ref,
            made.record_id,
            replace(stay, exited_at=NOW - timedelta(hours=1), exit_destination="Sister's home"),
            1,
        )
        assert not left.details.in_shelter


def test_tasks(vault, ref) -> None:
    with vault.sign_in(Role.CLINICIAN) as clinician:
        tasks = TaskService(clinician)
        made = tasks.record(
            ref,
            TaskDetails("Day-14 HIV test", NOW + timedelta(days=14), username_for(Role.CLINICIAN)),
        )
        with pytest.raises(ValidationFailed, match="not an active member of staff"):
            tasks.record(ref, TaskDetails("x", NOW, "nobody"))
        done = tasks.update(ref, made.record_id, replace(made.details, done=True), 1)
        assert done.details.done


@pytest.mark.parametrize("role", list(Role))
def test_the_matrix_for_referrals_shelter_and_tasks(vault, ref, role: Role) -> None:
    with vault.sign_in(role) as session:
        calls = {
            Section.REFERRALS: (
                lambda: ReferralService(session).list(ref),
                lambda: ReferralService(session).record(ref, ReferralDetails("A", "B", notes="C")),
            ),
            Section.SHELTER: (
                lambda: ShelterService(session).list(ref),
                lambda: ShelterService(session).record(
                    ref, StayDetails(NOW - timedelta(days=1), "R1", "A")
                ),
            ),
            Section.TASKS: (
                lambda: TaskService(session).list(ref),
                lambda: TaskService(session).record(ref, TaskDetails("Call back", NOW)),
            ),
        }
        for section, (read, write) in calls.items():
            for action, call in ((Action.READ, read), (Action.WRITE, write)):
                if permits(role, section, action):
                    call()
                else:
                    with pytest.raises(PermissionDenied):
                        call()


def test_consent_names_the_directory_record_so_a_name_cannot_break_the_check(vault, ref) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        directory = DirectoryService(cw)
        first = directory.add(AgencyDetails("Harbour Housing", Sector.SHELTER_HOUSING))
        referrals, consent = ReferralService(cw), ConsentService(cw)
        made = referrals.record(
            ref,
            ReferralDetails(
                "Harbour Housing", "A safe flat", notes="She asked.", agency_id=first.id
            ),
        )
        entry = consent.record(ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency_id=first.id)
        assert (entry.agency, entry.agency_id) == ("Harbour Housing", first.id)
        # The directory renames it, and a new agency takes the old name: the decision follows
        # the record, not the spelling.
        directory.update(
            first.id, AgencyDetails("Harbour Housing Trust", Sector.SHELTER_HOUSING), 1
        )
        other = directory.add(AgencyDetails("Harbour Housing", Sector.SHELTER_HOUSING))
        elsewhere = referrals.record(
            ref,
            ReferralDetails("Harbour Housing", "A room", notes="She asked.", agency_id=other.id),
        )
        with pytest.raises(ConsentRequired):
            referrals.advance(ref, elsewhere.record_id, ReferralStatus.SENT, 1)
        sent = referrals.advance(ref, made.record_id, ReferralStatus.SENT, 1)
        assert sent.consent_entry_id == entry.entry_id
        assert consent.may_leave(
            ref, Purpose.SHARE_WITH_AGENCY, "Harbour Housing", agency_id=first.id
        ).allowed
        assert not consent.may_leave(
            ref, Purpose.SHARE_WITH_AGENCY, "Harbour Housing", agency_id=other.id
        ).allowed
        with pytest.raises(ValidationFailed, match="only for sharing with an agency"):
            consent.record(ref, Purpose.USE_IN_COURT, Decision.GIVEN, agency_id=first.id)
        directory.update(
            other.id, AgencyDetails("Harbour Housing", Sector.SHELTER_HOUSING, active=False), 1
        )
        with pytest.raises(ValidationFailed, match="not in the directory"):
            consent.record(ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency_id=other.id)


def test_a_referral_sent_to_a_shelter_puts_her_on_the_waiting_list_once(vault, ref) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        directory = DirectoryService(cw)
        shelter = directory.add(AgencyDetails("Safe Harbour Shelter", Sector.SHELTER_HOUSING))
        legal = directory.add(AgencyDetails("Legal Aid Clinic", Sector.JUSTICE))
        referrals, consent = ReferralService(cw), ConsentService(cw)
        for agency in (shelter, legal):
            consent.record(ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency_id=agency.id)
        to_legal = referrals.record(
            ref,
            ReferralDetails(
                "Legal Aid Clinic", "Divorce advice", notes="She asked.", agency_id=legal.id
            ),
        )
        referrals.advance(ref, to_legal.record_id, ReferralStatus.SENT, 1)
        made = [
            referrals.record(
                ref,
                ReferralDetails(
                    "Safe Harbour Shelter", "A bed", notes="She asked.", agency_id=shelter.id
                ),
            )
            for _ in range(2)
        ]
    with vault.sign_in(Role.SHELTER_OFFICER) as officer:
        assert ShelterBoardService(officer).waiting() == ()  # nothing sent to a shelter yet
    with vault.sign_in(Role.CASEWORKER) as cw:
        for referral in made:
            ReferralService(cw).advance(ref, referral.record_id, ReferralStatus.SENT, 1)
    with vault.sign_in(Role.SHELTER_OFFICER) as officer:
        (waiting,) = ShelterBoardService(officer).waiting()
        assert waiting.reference == ref and "A bed" in waiting.needs


@pytest.mark.local_only(reason="reads vault.db with SQLCipher")
def test_a_referrer_without_the_shelter_key_still_puts_her_on_the_waiting_list(vault, ref) -> None:
    """The waiting list's text is sealed under the shelter key, which a counsellor does not
    hold: her referral to a shelter still puts the survivor on the list, without words, and
    the shelter officer's next sign-in seals the row."""
    with vault.sign_in(Role.CASEWORKER) as cw:
        shelter = DirectoryService(cw).add(
            AgencyDetails("Safe Harbour Shelter", Sector.SHELTER_HOUSING)
        )
        ConsentService(cw).record(
            ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency_id=shelter.id
        )
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        assert not counsellor.section_keys.holds(Section.SHELTER)
        referrals = ReferralService(counsellor)
        made = referrals.record(
            ref,
            ReferralDetails(
                "Safe Harbour Shelter", "A bed", notes="She asked.", agency_id=shelter.id
            ),
        )
        referrals.advance(ref, made.record_id, ReferralStatus.SENT, 1)
    with vault.sign_in(Role.SHELTER_OFFICER) as officer:
        (waiting,) = ShelterBoardService(officer).waiting()
        assert (waiting.reference, waiting.needs) == (ref, "")
        key = bytes(officer.key)
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        ((sealed_with,),) = conn.execute("SELECT key_version FROM shelter_waiting").fetchall()
    finally:
        conn.close()
    assert sealed_with is not None
