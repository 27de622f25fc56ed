"""A referral's history: made, its letter printed, sent, answered with the reply slip's fields,
completed; each step with who recorded it and when, read through the service (permission
checked, the read audited)."""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise

import pytest

from onestop.db.base import utcnow
from onestop.domain.audit import AuditAction
from onestop.domain.consent import Decision, Purpose
from onestop.domain.referrals import ReferralStatus
from onestop.domain.roles import Role
from onestop.errors import NotFound, PermissionDenied
from onestop.services.audit import AuditService
from onestop.services.consent import ConsentService
from onestop.services.exports import ExportOptions, ExportService
from onestop.services.referrals import CREATED, LETTER, STATUS, ReferralDetails, ReferralService

pytestmark = pytest.mark.both_backends


def test_every_step_of_a_referral_with_who_and_when(vault, make_case, tmp_path) -> None:
    ref = make_case(alias="Kestrel", opened_at=utcnow() - timedelta(days=1))
    other = make_case(alias="Wren")
    agency = "Legal Aid Clinic"
    sent_at = utcnow() - timedelta(hours=5)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ConsentService(cw).record(
            ref,
            Purpose.SHARE_WITH_AGENCY,
            Decision.GIVEN,
            agency=agency,
            decided_at=sent_at - timedelta(hours=1),
        )
        service = ReferralService(cw)
        made = service.record(ref, ReferralDetails(agency, "Legal advice", notes="Needs advice."))
        second = service.record(ref, ReferralDetails(agency, "Court support", notes="Hearing."))
        ExportService(cw).referral_letter(ref, made.record_id, ExportOptions(tmp_path))
        service.advance(ref, made.record_id, ReferralStatus.SENT, made.version, at=sent_at)
        service.advance(
            ref,
            made.record_id,
            ReferralStatus.ACCEPTED,
            made.version + 1,
            "First appointment on Monday",
            answer_contact="Duty solicitor, ext. 12",
            agency_reference="LAC-0042",
        )
        service.advance(ref, made.record_id, ReferralStatus.COMPLETED, made.version + 2)
        steps = service.history_of(ref, made.record_id)
        untouched = service.history_of(ref, second.record_id)
    assert [(s.kind, s.status) for s in steps] == [
        (CREATED, None),
        (STATUS, ReferralStatus.SENT),  # sent by e-mail this morning, recorded later
        (LETTER, None),
        (STATUS, ReferralStatus.ACCEPTED),
        (STATUS, ReferralStatus.COMPLETED),
    ]
    assert {s.by for s in steps} == {"Test Caseworker"}  # her name, not her user name
    sent = steps[1]
    assert sent.at == sent_at and sent.recorded_at is not None and sent.recorded_at > sent_at
    answer = steps[3]
    assert (answer.contact, answer.agency_reference, answer.said) == (
        "Duty solicitor, ext. 12",
        "LAC-0042",
        "First appointment on Monday",
    )
    assert all(a.at <= b.at for a, b in pairwise(steps[1:]))
    # The other referral of the same case: its letter was never printed.
    assert [s.kind for s in untouched] == [CREATED]
    with vault.sign_in(Role.MANAGER) as manager:  # the manager reads referrals too
        assert len(ReferralService(manager).history_of(ref, made.record_id)) == 5
        with pytest.raises(NotFound, match="No referral of case"):
            ReferralService(manager).history_of(other, made.record_id)
    with vault.sign_in(Role.ADMIN) as admin:
        with pytest.raises(PermissionDenied):
            ReferralService(admin).history_of(ref, made.record_id)
        reads = [
            e
            for e in AuditService(admin).entries(record_ref=ref)
            if e.action == AuditAction.RECORD_READ.value
            and e.detail == f"referral {made.record_id} history"
        ]
    assert len(reads) == 2  # the caseworker's and the manager's
