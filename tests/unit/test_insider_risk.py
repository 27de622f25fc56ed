"""Risk assessments and safety plans under the risk key, tested as the insider with her own
password.

The attack: the admin or whoever holds the recovery key (the only ones whose role does not read
risk in domain/roles.py) opens her own key slot, takes the vault key and reads ``vault.db``
with a bare ``sqlcipher3`` connection. A checklist's answers (what she said he did), the reason
for a professional judgement and every part of her safety plan (where she would go, whom she
trusts, her code word, her escape routes) used to be there in clear. These tests plant a canary
in each through the services and look for it everywhere she can read, history and drafts
included; they check that every role that reads risk still reads it all, and that older text
is sealed at a holder's next sign-in.
"""

from __future__ import annotations

import json
import secrets

import pytest

from onestop.domain.risk import Answer, RiskLevel
from onestop.domain.roles import Role, Section
from onestop.services import sectionkeys
from onestop.services.drafts import DraftService
from onestop.services.risk import (
    SAFETY_PLAN_HEADINGS,
    RiskService,
    SafetyPlanDetails,
    SafetyPlanService,
)
from onestop.vault.keyslots import VAULT_KEY
from onestop.vault.sectionkeys import is_sealed
from tests.helpers import raw_connection
from tests.oldertext import WHEN, add_history, older_text_vault, raw, reference_of
from tests.unit.test_insider_section_keys import (
    ATTACKERS,
    attacker_slot,
    every_text_value,
    holding,
)

RISK_ATTACKERS = {"admin": ATTACKERS["admin"], "recovery key": ATTACKERS["recovery key"]}


def canary() -> str:
    return f"canary-{secrets.token_hex(8)}"


def plan_of(marker: str, prefix: str = "") -> SafetyPlanDetails:
    return SafetyPlanDetails(**{name: f"{prefix}{name} {marker}" for name in SAFETY_PLAN_HEADINGS})


def plant(vault, reference: str, marker: str) -> int:
    """As the caseworker: an assessment raised by judgement with ``marker`` in its reason, a
    safety plan with ``marker`` in every part, edited once (its history keeps the first), and a
    draft of it."""
    with vault.sign_in(Role.CASEWORKER) as cw:
        risk = RiskService(cw)
        instrument = risk.default_instrument()
        answers = {
            q: Answer.YES if i < 3 else Answer.NO for i, q in enumerate(instrument.question_ids())
        }
        risk.assess(
            reference,
            instrument,
            answers,
            judgement=RiskLevel.HIGH,
            judgement_reason=f"reason {marker}",
        )
        plans = SafetyPlanService(cw)
        first = plans.record(reference, plan_of(marker, "first "))
        plans.update(reference, first.record_id, plan_of(marker), first.version)
        DraftService(cw).keep("safety_plan", Section.RISK, reference, {"notes": f"draft {marker}"})
        return first.record_id


@pytest.mark.parametrize("who", sorted(RISK_ATTACKERS))
def test_an_insider_without_the_risk_key_finds_no_risk_text(vault, make_case, who) -> None:
    marker = canary()
    plant(vault, make_case(), marker)
    slot_id, secret = RISK_ATTACKERS[who](vault)
    _, opened = attacker_slot(vault, slot_id, secret)
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        values = every_text_value(conn)
        history = conn.execute(
            "SELECT count(*) FROM record_history WHERE record_type = 'safety_plan'"
        ).fetchone()[0]
        answers = [r[0] for r in conn.execute("SELECT answers FROM risk_assessments")]
    finally:
        conn.close()
    assert values and history == 1
    assert holding(values, marker) == []
    # The answers, question by question, are sealed whole: no question id, no "yes".
    assert answers and all(is_sealed(a) for a in answers)


def test_every_role_that_reads_risk_reads_it_all(vault, make_case) -> None:
    marker = canary()
    reference = make_case()
    plan_id = plant(vault, reference, marker)
    readers = sectionkeys.readers(Section.RISK)
    assert Role.ADMIN not in readers and len(readers) == 6
    for role in sorted(readers):
        with vault.sign_in(role) as reader:
            (assessment,) = RiskService(reader).assessments(reference)
            assert assessment.judgement_reason == f"reason {marker}", role
            assert sum(a is Answer.YES for a in assessment.answers.values()) == 3
            plans = SafetyPlanService(reader)
            (plan,) = plans.list(reference)
            assert plan.details == plan_of(marker), role
            (earlier,) = plans.history(reference, plan_id)
            assert earlier.fields["code_word"] == f"first code_word {marker}"


def test_older_risk_text_is_sealed_at_the_next_sign_in_of_a_holder(tmp_path, monkeypatch) -> None:
    """A vault an earlier release wrote (tests/fixtures/vault-demo-0052) holding an assessment
    and a safety plan from before the risk section was sealed: in clear, key_version NULL,
    the plan's history in clear too; the first sign-in of a holder seals them. (In a vault
    whose holders have signed in since, the same rows are a forgery:
    tests/unit/test_redteam_older_text.py.)"""
    older = older_text_vault(tmp_path, monkeypatch)
    marker = canary()
    with raw(older) as conn:  # as an older release stored them: in clear
        case_id = conn.execute("SELECT id FROM cases ORDER BY id LIMIT 1").fetchone()[0]
        reference = reference_of(conn, case_id)
        conn.execute(
            "INSERT INTO risk_assessments (case_id, instrument_id, instrument_version, answers, "
            "score, level, final_level, judgement_reason, assessed_at, assessed_by) "
            "VALUES (?, 'onestop-ipv-risk', '1.0', ?, 1, 'standard', 'high', ?, ?, 'x')",
            (case_id, json.dumps({"q1": "yes"}), f"old {marker}", WHEN),
        )
        plan_id = conn.execute(
            "INSERT INTO safety_plans (case_id, safe_places, trusted_contacts, code_word, "
            "emergency_bag, children, technology, routes, notes, created_at, created_by, "
            "updated_at, updated_by, version) "
            "VALUES (?, '', '', 'Bluebird', '', '', '', '', ?, ?, 'x', ?, 'x', 1)",
            (case_id, f"old {marker}", WHEN, WHEN),
        ).lastrowid
        fields = {"notes": f"older {marker}", "code_word": ""}
        add_history(conn, "safety_plans", "safety_plan", plan_id, fields, "x")
        assert len(holding(every_text_value(conn), marker)) == 3
    with older.sign_in(Role.SHELTER_OFFICER) as holder:  # she reads risk: her sign-in seals it
        (assessment,) = RiskService(holder).assessments(reference)
        assert assessment.judgement_reason == f"old {marker}"
        assert assessment.answers == {"q1": Answer.YES}
        (plan,) = SafetyPlanService(holder).list(reference)
        assert (plan.details.notes, plan.details.code_word) == (f"old {marker}", "Bluebird")
        (earlier,) = SafetyPlanService(holder).history(reference, plan.record_id)
        assert earlier.fields["notes"] == f"older {marker}"
    with raw(older) as conn:
        assert holding(every_text_value(conn), marker) == []
        assert conn.execute(
            "SELECT count(*) FROM risk_assessments WHERE key_version IS NULL"
        ).fetchone() == (0,)
