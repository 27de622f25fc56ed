"""Whether she was told of a sharing without her consent: asked with the manager's decision,
kept with it (its text sealed under the consent key), printed on the document's notice in words
the agency acts on, and "she has now been told" recorded later, audited."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from onestop.db.base import utcnow
from onestop.domain.audit import AuditAction
from onestop.domain.consent import Told, ToldHer
from onestop.domain.referrals import Urgency
from onestop.domain.roles import Role
from onestop.errors import PermissionDenied, ValidationFailed
from onestop.services.audit import AuditService
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.exports import ExportOptions, ExportService
from onestop.services.referrals import ReferralDetails, ReferralService
from onestop.services.sharings import SharingService

pytestmark = pytest.mark.both_backends

REASON = "Imminent risk to her life; the police asked in writing."
WHY_NOT = "He reads her messages and would learn of it."


@pytest.fixture
def referral(vault, hostile_text) -> tuple[str, int]:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = (
            CaseService(cw)
            .open_case(
                SurvivorDetails(alias=hostile_text["names"][4]),
                opened_at=utcnow() - timedelta(days=30),  # told yesterday: after it was opened
            )
            .reference
        )
        made = ReferralService(cw).record(
            ref, ReferralDetails("Legal Aid Clinic", "Advice", Urgency.URGENT, "She asked.")
        )
        return ref, made.record_id


def text_of(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


def share(vault, referral, out: Path, told: ToldHer | None) -> Path:
    ref, referral_id = referral
    with vault.sign_in(Role.MANAGER) as manager:
        done = ExportService(manager).referral_letter(
            ref, referral_id, ExportOptions(out, without_consent_reason=REASON, told=told)
        )
    return done.path


def test_the_decision_is_refused_without_saying_whether_she_was_told(
    vault, referral, tmp_path
) -> None:
    today = utcnow().date()
    out = tmp_path / "exports"
    out.mkdir()
    for told, field in (
        (None, "told"),
        (ToldHer(Told.TOLD), "told_on"),
        (ToldHer(Told.TOLD, on=today + timedelta(days=2)), "told_on"),
        (ToldHer(Told.WILL_BE_TOLD, by="  "), "told_by"),
        (ToldHer(Told.NOT_TOLD, why="risky"), "not_told_reason"),
    ):
        with pytest.raises(ValidationFailed) as refused:
            share(vault, referral, out, told)
        assert field in refused.value.fields
    assert list(out.iterdir()) == []
    with vault.sign_in(Role.MANAGER) as manager:
        assert SharingService(manager).list(referral[0]) == ()


def test_each_answer_is_printed_on_the_notice_and_kept(vault, referral, tmp_path) -> None:
    ref = referral[0]
    day = utcnow().date() - timedelta(days=1)
    answers = (
        (ToldHer(Told.TOLD, on=day), f"She has been told of this sharing (on {day.isoformat()})."),
        (
            ToldHer(Told.WILL_BE_TOLD, by="Amina, her caseworker"),
            "She has not been told of this sharing yet. Amina, her caseworker will tell her. "
            "Until then, do not contact her about it.",
        ),
        (
            ToldHer(Told.NOT_TOLD, why=WHY_NOT),
            "She has not been told of this sharing: telling her would increase the risk. Do "
            "not contact her about it, and take care that nothing of it reaches the "
            f"perpetrator. Why she is not told: {WHY_NOT}",
        ),
    )
    for n, (told, printed) in enumerate(answers):
        folder = tmp_path / str(n)
        folder.mkdir()
        text = text_of(share(vault, referral, folder, told))
        assert "Shared without the survivor's consent." in text
        assert printed in text, text
    with vault.sign_in(Role.MANAGER) as manager:
        kept = SharingService(manager).list(ref)
        entries = AuditService(manager).entries(action=AuditAction.EXPORT.value)
    assert [k.answer for k in kept] == [t for t, _ in answers]
    assert {k.document for k in kept} == {"referral_letter"}
    assert [e.detail.split(" told=")[1].split()[0] for e in entries] == [
        "told",
        "will_be_told",
        "not_told",
    ]
    assert all(WHY_NOT not in e.detail and "Amina" not in e.detail for e in entries)


def test_she_has_now_been_told_is_recorded_later_and_audited(vault, referral, tmp_path) -> None:
    ref = referral[0]
    share(vault, referral, tmp_path, ToldHer(Told.NOT_TOLD, why=WHY_NOT))
    with vault.sign_in(Role.SHELTER_OFFICER) as officer:  # reads consent, does not record it
        (sharing,) = SharingService(officer).list(ref)
        assert sharing.answer.why == WHY_NOT
        with pytest.raises(PermissionDenied):
            SharingService(officer).now_told(ref, sharing.id, utcnow().date())
    with vault.sign_in(Role.CASEWORKER) as cw:
        with pytest.raises(ValidationFailed):
            SharingService(cw).now_told(ref, sharing.id, utcnow().date() + timedelta(days=3))
        told = SharingService(cw).now_told(ref, sharing.id, date.today())
    assert told.answer == ToldHer(Told.TOLD, on=date.today())
    with vault.sign_in(Role.MANAGER) as manager:
        (now,) = SharingService(manager).list(ref)
        written = [
            e
            for e in AuditService(manager).entries(action=AuditAction.RECORD_WRITE.value)
            if e.detail == f"sharing={sharing.id} told"
        ]
    assert now.answer.told is Told.TOLD and now.id == sharing.id
    assert len(written) == 1 and written[0].record_ref == ref


def test_a_day_before_her_case_was_opened_or_after_today_is_refused(
    vault, referral, tmp_path
) -> None:
    """The day she was told: not before her case was opened (the earliest day OneStop knows
    she was in touch), not after today at the centre; refused in words, nothing written, by
    the export and by "she has now been told"."""
    ref = referral[0]
    with vault.sign_in(Role.MANAGER) as manager:
        opened = CaseService(manager).get(ref).opened_at.astimezone().date()
    out = tmp_path / "exports"
    out.mkdir()
    for day, words in (
        (opened - timedelta(days=1), "before her case was opened"),
        (date(2019, 1, 1), "before her case was opened"),
        (utcnow().date() + timedelta(days=2), "cannot be after today"),
    ):
        with pytest.raises(ValidationFailed, match=words) as refused:
            share(vault, referral, out, ToldHer(Told.TOLD, on=day))
        assert "told_on" in refused.value.fields or "sharing" in refused.value.fields
    assert list(out.iterdir()) == []
    share(vault, referral, tmp_path, ToldHer(Told.WILL_BE_TOLD, by="Her caseworker"))
    with vault.sign_in(Role.CASEWORKER) as cw:
        (sharing,) = SharingService(cw).list(ref)
        for day, words in (
            (None, "Say on which day"),
            (opened - timedelta(days=1), "before her case was opened"),
            (utcnow().date() + timedelta(days=2), "cannot be after today"),
        ):
            with pytest.raises(ValidationFailed, match=words):
                SharingService(cw).now_told(ref, sharing.id, day)
        assert len(SharingService(cw).list(ref)[0].history) == 1
        told = SharingService(cw).now_told(ref, sharing.id, opened)  # the day it was opened
    assert told.answer == ToldHer(Told.TOLD, on=opened)


def test_every_answer_is_kept_in_order_with_what_was_shared_and_why(
    vault, referral, tmp_path
) -> None:
    ref = referral[0]
    share(vault, referral, tmp_path, ToldHer(Told.WILL_BE_TOLD, by="Amina, her caseworker"))
    with vault.sign_in(Role.CASEWORKER) as cw:
        (sharing,) = SharingService(cw).list(ref)
        SharingService(cw).now_told(ref, sharing.id, date.today())
        (sharing,) = SharingService(cw).list(ref)
    assert [a.answer for a in sharing.history] == [
        ToldHer(Told.WILL_BE_TOLD, by="Amina, her caseworker"),
        ToldHer(Told.TOLD, on=date.today()),
    ]
    assert sharing.answer == sharing.history[-1].answer
    # A letter is not a conference's: it went to the referral's agency, for the manager's
    # reason.
    assert sharing.agencies == ("Legal Aid Clinic",) and sharing.reason_note == REASON
    assert sharing.reason == "" and sharing.meeting_on is None


def test_she_is_still_to_be_told_is_a_reminder_until_she_is(vault, referral, tmp_path) -> None:
    """ "Not yet: X will tell her" is a reminder, on the home and the Reminders tab, for the
    manager and her caseworker (not for a colleague who only reads her consent), until a
    later answer says she was told."""
    from onestop.services.reminders import Kind, ReminderService

    ref = referral[0]
    share(vault, referral, tmp_path, ToldHer(Told.WILL_BE_TOLD, by="Amina, her caseworker"))
    now = utcnow()

    def reminders(role: Role) -> list:
        with vault.sign_in(role) as someone:
            due = [r for r in ReminderService(someone).due(now) if r.kind is Kind.TELL_HER]
            home = ReminderService(someone).summary(now)
        assert home.counts.get(Kind.TELL_HER, 0) == len(due)
        assert [r for r in home.first if r.kind is Kind.TELL_HER] == due
        return due

    for role in (Role.MANAGER, Role.CASEWORKER):
        (reminder,) = reminders(role)
        assert reminder.reference == ref and "Amina, her caseworker will tell her" in (
            reminder.what
        )
    assert reminders(Role.CLINICIAN) == []
    with vault.sign_in(Role.CASEWORKER) as cw:
        (sharing,) = SharingService(cw).list(ref)
        SharingService(cw).now_told(ref, sharing.id, date.today())
    assert reminders(Role.MANAGER) == reminders(Role.CASEWORKER) == []


def test_an_answer_that_says_otherwise_than_the_earlier_one() -> None:
    from onestop.services.sharings import contradicts

    on = date(2026, 11, 3)
    told, later = ToldHer(Told.TOLD, on=on), ToldHer(Told.WILL_BE_TOLD, by="Amina")
    not_told = ToldHer(Told.NOT_TOLD, why=WHY_NOT)
    assert contradicts(told, not_told) and contradicts(told, later)
    assert contradicts(not_told, told) and contradicts(later, not_told)
    assert contradicts(told, ToldHer(Told.TOLD, on=on + timedelta(days=1)))
    assert not contradicts(later, told)  # what "not yet" expects
    assert not contradicts(told, ToldHer(Told.TOLD, on=on))
    assert not contradicts(not_told, ToldHer(Told.NOT_TOLD, why="Another reason, as risky."))


def test_today_is_the_centres() -> None:
    """A day at the centre may be UTC's tomorrow or yesterday: "after today" is the centre's."""
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from onestop.services.sharings import centre_today, told_problems

    late = datetime(2026, 12, 5, 23, 0, tzinfo=UTC)  # 6 December at UTC+14, 5th in UTC
    kiritimati, honolulu = ZoneInfo("Pacific/Kiritimati"), ZoneInfo("Pacific/Honolulu")
    sixth = ToldHer(Told.TOLD, on=date(2026, 12, 6))
    assert told_problems(sixth, centre_today(late, kiritimati)) == {}
    assert "told_on" in told_problems(sixth, centre_today(late, honolulu))
    early = datetime(2026, 12, 6, 1, 0, tzinfo=UTC)  # still the 5th at UTC-10
    assert "told_on" in told_problems(sixth, centre_today(early, honolulu))
