"""What a case conference says of her, under the conferences key, tested as the insider with
her own password.

The attack: the admin or whoever holds the recovery key (the only ones whose role does not read
conferences in domain/roles.py) opens her own key slot, takes the vault key and reads
``vault.db`` with a bare ``sqlcipher3`` connection. The actions a conference agreed for her
(which agency, who, what), why one was not done, the minutes' reasons and the agency that
referred her used to be there in clear. These tests plant a canary in each through the
services and look for it everywhere she can read, history included; they check that every role
that reads conferences still reads it all (the minutes too), that the meeting's own coded
columns stay readable, and that older text is sealed at a holder's next sign-in.
"""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime, timedelta

import pytest

from onestop.domain.coordination import ActionStatus
from onestop.domain.risk import Answer
from onestop.domain.roles import Role, Section
from onestop.services import sectionkeys
from onestop.services.conferences import (
    Attendance,
    ConferenceService,
    Discussion,
    PlannedAction,
    ReferralDetails,
)
from onestop.services.risk import RiskService
from onestop.vault.keyslots import VAULT_KEY
from tests.helpers import raw_connection
from tests.oldertext import WHEN, add_history, older_text_vault, raw
from tests.unit.test_insider_section_keys import (
    ATTACKERS,
    attacker_slot,
    every_text_value,
    holding,
)

CONFERENCE_ATTACKERS = {"admin": ATTACKERS["admin"], "recovery key": ATTACKERS["recovery key"]}
TODAY = datetime.now(UTC).date()


def canary() -> str:
    return f"canary-{secrets.token_hex(8)}"


def plant(vault, reference: str, marker: str) -> tuple[int, int]:
    """A checklist refers the case; the manager records who referred it (edited once), a first
    meeting agrees an action holding ``marker`` everywhere, and the second reviews it as not
    done, with ``marker`` in the reason. The two meetings' ids."""
    with vault.sign_in(Role.CASEWORKER) as cw:
        risk = RiskService(cw)
        instrument = risk.default_instrument()
        ids = instrument.question_ids()
        risk.assess(reference, instrument, {q: Answer.YES for q in ids})
    with vault.sign_in(Role.MANAGER) as manager:
        conferences = ConferenceService(manager)
        waiting = conferences.referral(reference)
        assert waiting is not None
        done = conferences.update_referral(
            reference, ReferralDetails(f"first {marker}", TODAY), waiting.version
        )
        conferences.update_referral(
            reference, ReferralDetails(f"referrer {marker}", TODAY), done.version
        )
        assert conferences.referral(reference).referring_agency == f"referrer {marker}"
        assert conferences.referral_history(reference)[-1].fields["referring_agency"] == (
            f"first {marker}"
        )
        first = conferences.schedule(TODAY + timedelta(days=1), ["Police", "Housing"])
        second = conferences.schedule(TODAY + timedelta(days=29), ["Police"])
        (action,) = conferences.hear(
            first.id,
            reference,
            [PlannedAction(f"agency {marker}", f"owner {marker}", f"what {marker}", first.held_on)],
        )
        # The minutes: who was there and what was said of her case, each edited once.
        kept = conferences.record_minutes(
            first.id,
            Attendance(f"first chair {marker}", (f"present {marker}",), ()),
            {reference: Discussion(f"first said {marker}")},
        )
        conferences.record_minutes(
            first.id,
            Attendance(
                f"chair {marker}",
                (f"present {marker}",),
                (f"apologies {marker}",),
                kept.attendance.version,
            ),
            {reference: Discussion(f"said {marker}", kept.discussions[reference].version)},
        )
        conferences.close(first.id)
        conferences.review(second.id, action.id, ActionStatus.NOT_DONE, f"review {marker}")
        return first.id, second.id


@pytest.mark.parametrize("who", sorted(CONFERENCE_ATTACKERS))
def test_an_insider_without_the_conferences_key_finds_no_conference_text(
    vault, make_case, who
) -> None:
    marker = canary()
    plant(vault, make_case(), marker)
    slot_id, secret = CONFERENCE_ATTACKERS[who](vault)
    _, opened = attacker_slot(vault, slot_id, secret)
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        values = every_text_value(conn)
        history = dict(
            conn.execute(
                "SELECT record_type, count(*) FROM record_history "
                "WHERE record_type LIKE 'conference_%' GROUP BY record_type"
            ).fetchall()
        )
        agencies = [json.loads(r[0]) for r in conn.execute("SELECT agencies FROM conferences")]
    finally:
        conn.close()
    assert values and history == {
        "conference_referral": 2,
        "conference_action": 1,
        "conference_attendance": 1,
        "conference_discussion": 1,
    }
    assert holding(values, marker) == []
    # The meeting's own columns stay coded: the agencies attending, no survivor's words.
    assert ["Police", "Housing"] in agencies


def test_every_role_that_reads_conferences_reads_it_all(vault, make_case) -> None:
    marker = canary()
    reference = make_case()
    first, second = plant(vault, reference, marker)
    readers = sectionkeys.readers(Section.CONFERENCES)
    assert Role.ADMIN not in readers and len(readers) == 6
    for role in sorted(readers):
        with vault.sign_in(role) as reader:
            conferences = ConferenceService(reader)
            kept = conferences.minutes(first)
            assert kept.attendance.chair == f"chair {marker}", role
            assert kept.attendance.apologies == (f"apologies {marker}",), role
            (action,) = conferences.case_actions(reference)
            assert action.reason == f"review {marker}", role
            if role not in (Role.MANAGER, Role.CASEWORKER):
                # Not her case (issue 23): the minutes leave it out; her file shows it.
                assert (kept.agreed, kept.discussions, kept.heard) == ((), {}, ()), role
                assert conferences.minutes(second).reviewed == (), role
                continue
            (agreed,) = kept.agreed
            assert (agreed.agency, agreed.owner, agreed.description) == (
                f"agency {marker}",
                f"owner {marker}",
                f"what {marker}",
            ), role
            assert kept.discussions[reference].text == f"said {marker}", role
            (line,) = conferences.minutes(second).reviewed
            assert line.reason == f"review {marker}", role


def test_older_conference_text_is_sealed_at_the_next_sign_in_of_a_holder(
    tmp_path, monkeypatch
) -> None:
    """A vault an earlier release wrote (tests/fixtures/vault-demo-0052, with its two
    meetings) holding an action agreed at the first, its review and a case's referral from
    before the conferences section was sealed, in clear, the action's history too: the
    first sign-in of a holder seals them. (In a vault whose holders have signed in since, the
    same rows are a forgery: tests/unit/test_redteam_older_text.py.)"""
    older = older_text_vault(tmp_path, monkeypatch)
    marker = canary()
    with raw(older) as conn:  # as an older release stored them: in clear
        case_id = conn.execute("SELECT id FROM cases ORDER BY id LIMIT 1").fetchone()[0]
        first, second = (
            r[0] for r in conn.execute("SELECT id FROM conferences ORDER BY held_on").fetchall()
        )
        action_id = conn.execute(
            "INSERT INTO conference_actions (case_id, conference_id, agency, owner, description, "
            "due_on, status, reason, created_at, created_by, updated_at, updated_by, version) "
            "VALUES (?, ?, 'Police', 'PC', ?, '2026-11-25', 'not_done', '', ?, 'x', ?, 'x', 1)",
            (case_id, first, f"old {marker}", WHEN, WHEN),
        ).lastrowid
        conn.execute(
            "INSERT INTO conference_action_reviews (action_id, conference_id, outcome, reason, "
            "reviewed_at, reviewed_by) VALUES (?, ?, 'not_done', ?, ?, 'x')",
            (action_id, second, f"old review {marker}", WHEN),
        )
        conn.execute(
            "INSERT INTO conference_referrals (case_id, criteria, referred_at, referred_by, "
            "heard_at, referring_agency, version, updated_at, updated_by) "
            "VALUES (?, '[]', ?, 'x', ?, ?, 1, ?, 'x')",
            (case_id, WHEN, first, f"old referrer {marker}", WHEN),
        )
        fields = {"description": f"older {marker}", "status": "open"}
        add_history(conn, "conference_actions", "conference_action", action_id, fields, "x")
        assert len(holding(every_text_value(conn), marker)) == 4
    # She reads conferences and every case of them (issue 23): her sign-in seals.
    with older.sign_in(Role.MANAGER) as holder:
        conferences = ConferenceService(holder)
        (agreed,) = conferences.minutes(first).agreed
        assert agreed.description == f"old {marker}"
        (line,) = conferences.minutes(second).reviewed
        assert line.reason == f"old review {marker}"
    with raw(older) as conn:
        assert holding(every_text_value(conn), marker) == []
        for table in ("conference_actions", "conference_action_reviews", "conference_referrals"):
            assert conn.execute(
                f"SELECT count(*) FROM {table} WHERE key_version IS NULL"
            ).fetchone() == (0,), table
