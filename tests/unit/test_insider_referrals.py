"""Referrals' text under the referrals key, tested as the insider with her own password.

The attack: the admin or whoever holds the recovery key opens her own key slot, takes the vault
key and reads ``vault.db`` with a bare ``sqlcipher3`` connection. What a referral tells the
agency of her, the service asked for, the agency's feedback, its contact and its own
reference for her used to be there in clear. These tests plant a canary in each through the
services and look for it everywhere she can read, history included; they check that the roles
that read referrals still read it all, and that older text is sealed at a holder's sign-in.
"""

from __future__ import annotations

import secrets

import pytest

from onestop.domain.consent import Decision, Purpose
from onestop.domain.referrals import ReferralStatus, Urgency
from onestop.domain.roles import Role
from onestop.services.consent import ConsentService
from onestop.services.referrals import ReferralDetails, ReferralService
from onestop.vault.keyslots import VAULT_KEY
from tests.helpers import raw_connection
from tests.oldertext import add_history, older_text_vault, raw, reference_of
from tests.unit.test_insider_section_keys import (
    ATTACKERS,
    attacker_slot,
    every_text_value,
    holding,
)

REFERRAL_ATTACKERS = {"admin": ATTACKERS["admin"], "recovery key": ATTACKERS["recovery key"]}


def canary() -> str:
    return f"canary-{secrets.token_hex(8)}"


def plant(vault, reference: str, marker: str) -> int:
    """As the caseworker: a referral with ``marker`` in its service and notes, sent, answered
    with the agency's contact and reference, and completed with feedback holding it."""
    with vault.sign_in(Role.CASEWORKER) as cw:
        referrals = ReferralService(cw)
        made = referrals.record(
            reference,
            ReferralDetails("Legal Aid Clinic", f"service {marker}", Urgency.URGENT, marker),
        )
        ConsentService(cw).record(
            reference, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency="legal aid clinic"
        )
        referrals.advance(reference, made.record_id, ReferralStatus.SENT, 1)
        referrals.advance(
            reference,
            made.record_id,
            ReferralStatus.ACCEPTED,
            2,
            answer_contact=f"contact {marker}",
            agency_reference=f"ref {marker}"[:100],
        )
        referrals.advance(
            reference, made.record_id, ReferralStatus.COMPLETED, 3, feedback=f"fed {marker}"
        )
        return made.record_id


@pytest.mark.parametrize("who", sorted(REFERRAL_ATTACKERS))
def test_an_insider_without_the_referrals_key_finds_no_referral_text(vault, make_case, who) -> None:
    marker = canary()
    plant(vault, make_case(), marker)
    slot_id, secret = REFERRAL_ATTACKERS[who](vault)
    _, opened = attacker_slot(vault, slot_id, secret)
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        values = every_text_value(conn)
        history = conn.execute(
            "SELECT count(*) FROM record_history WHERE record_type = 'referral'"
        ).fetchone()[0]
    finally:
        conn.close()
    assert values and history == 3
    assert holding(values, marker) == []


def test_those_who_read_referrals_read_it_all(vault, make_case) -> None:
    marker = canary()
    reference = make_case()
    referral_id = plant(vault, reference, marker)
    for role in (Role.CASEWORKER, Role.COUNSELLOR, Role.SHELTER_OFFICER, Role.MANAGER):
        with vault.sign_in(role) as reader:
            referrals = ReferralService(reader)
            (read,) = referrals.list(reference)
            assert (read.details.service, read.details.notes) == (f"service {marker}", marker)
            state = referrals.state(reference, referral_id)
            assert state.feedback == f"fed {marker}", role
            earlier = referrals.history(reference, referral_id)
            assert earlier[-1].fields["answer_contact"] == f"contact {marker}"
            assert earlier[-1].fields["agency_reference"] == f"ref {marker}"


def test_older_referral_text_is_sealed_at_the_next_sign_in_of_a_holder(
    tmp_path, monkeypatch
) -> None:
    """A vault an earlier release wrote (tests/fixtures/vault-demo-0052) holding a referral's text
    from before its section was sealed: in clear, key_version NULL, its history in clear too; the
    first sign-in of a holder seals them. (In a vault whose holders have signed in since, the same
    rows are a forgery: tests/unit/test_redteam_older_text.py.)"""
    older = older_text_vault(tmp_path, monkeypatch)
    marker = canary()
    with raw(older) as conn:
        referral_id, case_id = conn.execute(
            "SELECT id, case_id FROM referrals ORDER BY id LIMIT 1"
        ).fetchone()
        reference = reference_of(conn, case_id)
        conn.execute(
            "UPDATE referrals SET notes = ?, service = 'S', feedback = '', answer_contact = '', "
            "agency_reference = '', key_version = NULL WHERE id = ?",
            (f"old {marker}", referral_id),
        )
        fields = {"status": "draft", "feedback": f"older {marker}"}
        add_history(conn, "referrals", "referral", referral_id, fields, "x")
        assert len(holding(every_text_value(conn), marker)) == 2
    with older.sign_in(Role.MANAGER) as manager:
        read = {r.record_id: r for r in ReferralService(manager).list(reference)}
        assert read[referral_id].details.notes == f"old {marker}"
    with raw(older) as conn:
        assert holding(every_text_value(conn), marker) == []
