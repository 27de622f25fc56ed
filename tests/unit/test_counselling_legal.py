"""Counselling sessions (counsellors only) and legal matters, hearings, protection orders."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from onestop.domain.counselling import SessionType
from onestop.domain.roles import Action, Role, Section, permits
from onestop.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from onestop.services.audit import AuditService
from onestop.services.counselling import CounsellingService, SessionDetails
from onestop.services.legal import (
    HearingDetails,
    Hearings,
    LegalMatters,
    MatterDetails,
    OrderDetails,
    ProtectionOrders,
)

pytestmark = pytest.mark.both_backends

NOW = datetime.now(UTC).replace(microsecond=0)
TODAY = NOW.date()


@pytest.fixture
def ref(make_case) -> str:
    return make_case(alias="Grace")


def session_notes() -> SessionDetails:
    return SessionDetails(
        NOW - timedelta(days=1), SessionType.INDIVIDUAL, "Sleep is better.", "Weekly"
    )


def test_counselling_notes_round_trip_with_history(vault, ref, hostile_text) -> None:
    with vault.sign_in(Role.COUNSELLOR) as counsellor:
        notes = CounsellingService(counsellor)
        made = notes.record(ref, session_notes())
        for note in hostile_text["notes"]:
            current = notes.list(ref)[0]
            notes.update(ref, made.record_id, replace(current.details, notes=note), current.version)
            assert notes.list(ref)[0].details.notes == note
        with pytest.raises(Conflict):
            notes.update(ref, made.record_id, session_notes(), 1)
        history = notes.history(ref, made.record_id)
        assert history[0].fields["notes"] == "Sleep is better."
        assert history[0].fields["session_type"] == "individual"
        with pytest.raises(ValidationFailed, match="not happened"):
            notes.record(ref, replace(session_notes(), held_at=NOW + timedelta(days=1)))
        with pytest.raises(NotFound):
            notes.update(ref, 424242, session_notes(), 1)


@pytest.mark.parametrize("role", list(Role))
def test_only_counsellors_read_or_write_counselling_notes(vault, ref, role: Role) -> None:
    with vault.sign_in(role) as session:
        notes = CounsellingService(session)
        if role is Role.COUNSELLOR:
            notes.record(ref, session_notes())
            assert notes.list(ref)
        else:
            with pytest.raises(PermissionDenied):
                notes.list(ref)
            with pytest.raises(PermissionDenied):
                notes.record(ref, session_notes())


def test_legal_records_and_their_rules(vault, ref) -> None:
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        matters, hearings, orders = (
            LegalMatters(advocate),
            Hearings(advocate),
            ProtectionOrders(advocate),
        )
        with pytest.raises(ValidationFailed, match="police reference"):
            matters.record(ref, MatterDetails())
        matters.record(ref, MatterDetails("CR/2026/1187", "Magistrates' Court", "MC-55"))
        hearings.record(ref, HearingDetails(NOW + timedelta(days=9), "Family Court", "Directions"))
        with pytest.raises(ValidationFailed, match="no outcome"):
            hearings.record(
                ref, HearingDetails(NOW + timedelta(days=3), "Court", "Trial", "Adjourned")
            )
        expired = OrderDetails(
            "Non-molestation", TODAY - timedelta(days=400), TODAY - timedelta(days=35), active=True
        )
        with pytest.raises(ValidationFailed, match="expired; it cannot be entered as active"):
            orders.record(ref, expired)
        with pytest.raises(ValidationFailed, match="before it was issued"):
            orders.record(ref, replace(expired, expires_on=expired.issued_on - timedelta(days=1)))
        kept = orders.record(ref, replace(expired, active=False))
        current = orders.record(
            ref, OrderDetails("Occupation", TODAY - timedelta(days=10), TODAY + timedelta(days=20))
        )
        assert not kept.details.in_force(TODAY) and current.details.in_force(TODAY)
        assert [o.details.order_type for o in orders.list(ref)] == ["Non-molestation", "Occupation"]
        who = advocate.actor.username
    with vault.sign_in(Role.MANAGER) as manager:
        details = {e.detail for e in AuditService(manager).entries(actor=who)}
    assert "protection_order" in details and any(d.startswith("hearing ") for d in details)


@pytest.mark.parametrize("role", list(Role))
def test_legal_follows_the_matrix(vault, ref, role: Role) -> None:
    with vault.sign_in(role) as session:
        matters = LegalMatters(session)
        for action, call in (
            (Action.WRITE, lambda: matters.record(ref, MatterDetails(police_reference="CR/1"))),
            (Action.READ, lambda: matters.list(ref)),
        ):
            if permits(role, Section.LEGAL, action):
                call()
            else:
                with pytest.raises(PermissionDenied):
                    call()


def test_dates_are_dates(vault, ref) -> None:
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        made = ProtectionOrders(advocate).record(
            ref, OrderDetails("Restraining", date(2026, 1, 5), None)
        )
    assert made.details.issued_on == date(2026, 1, 5) and made.details.expires_on is None
