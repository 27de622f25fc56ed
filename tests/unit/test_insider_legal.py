"""Legal text under the legal key, tested as the insider with her own password.

The attack: the admin, whoever holds the recovery key, or a colleague whose role does not read
legal matters (a counsellor, a shelter officer) opens her own key slot, takes the vault key and
reads ``vault.db`` with a bare ``sqlcipher3`` connection: every table, the history of records,
drafts, the audit trail's details and ``sqlite_master``. A matter's parties and notes, a
hearing's purpose, an order's conditions used to be there in clear. These tests plant a canary
in every sealed field through the services and look for it everywhere she can read; they check
that those who read legal records still read them all, that a clinician reads them by
break-glass only after the access is audited, and that an older vault's legal text is sealed
at a holder's next sign-in.
"""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime, timedelta

import pytest

from onestop.domain.roles import Role, Section
from onestop.errors import PermissionDenied
from onestop.services.breakglass import BreakGlassService
from onestop.services.drafts import DraftService
from onestop.services.legal import (
    HearingDetails,
    Hearings,
    LegalMatters,
    MatterDetails,
    OrderDetails,
    ProtectionOrders,
)
from onestop.services.reminders import ReminderService
from onestop.vault.keyslots import VAULT_KEY
from tests.helpers import raw_connection
from tests.oldertext import add_draft, add_history, older_text_vault, raw, reference_of
from tests.unit.test_insider_forensic import FORENSIC_ATTACKERS
from tests.unit.test_insider_section_keys import attacker_slot, every_text_value, holding

NOW = datetime.now(UTC).replace(microsecond=0)
# Those whose roles do not read legal records: the same as forensic's.
LEGAL_ATTACKERS = FORENSIC_ATTACKERS
REASON = "Unconscious on arrival; need the protection order's conditions"


def canary() -> str:
    return f"canary-{secrets.token_hex(8)}"


def matter(marker: str, note: str = "") -> MatterDetails:
    return MatterDetails(
        f"police {marker}",
        f"court {marker}",
        f"number {marker}",
        f"notes {marker} {note}",
        f"judge {marker}",
        f"applicant {marker}",
        f"respondent {marker}",
    )


def plant(vault, reference: str, marker: str) -> tuple[int, int, int]:
    """As the legal advocate: a matter, a hearing and an order with ``marker`` in every sealed
    field, each edited once (their history holds a version), and a legal draft holding it."""
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        matters, hearings, orders = (
            LegalMatters(advocate),
            Hearings(advocate),
            ProtectionOrders(advocate),
        )
        m = matters.record(reference, matter(marker))
        matters.update(reference, m.record_id, matter(marker, "edited"), m.version)
        at = NOW + timedelta(days=3)
        h = hearings.record(reference, HearingDetails(at, f"court {marker}", f"for {marker}"))
        hearings.update(
            reference, h.record_id, HearingDetails(at, f"court {marker}", f"now {marker}"), 1
        )
        issued, expires = date.today() - timedelta(days=2), date.today() + timedelta(days=5)
        o = orders.record(
            reference, OrderDetails(f"order {marker}"[:100], issued, expires, f"keep {marker}")
        )
        orders.update(
            reference,
            o.record_id,
            OrderDetails(f"order {marker}"[:100], issued, expires, f"stay away {marker}"),
            1,
        )
        DraftService(advocate).keep(
            "legal_matter", Section.LEGAL, reference, {"notes": f"draft {marker}"}
        )
        return m.record_id, h.record_id, o.record_id


@pytest.mark.parametrize("who", sorted(LEGAL_ATTACKERS))
def test_an_insider_without_the_legal_key_finds_no_legal_text(vault, make_case, who) -> None:
    marker = canary()
    plant(vault, make_case(), marker)
    slot_id, secret = LEGAL_ATTACKERS[who](vault)
    _, opened = attacker_slot(vault, slot_id, secret)
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        values = every_text_value(conn)
        schema = [
            ("sqlite_master", "sql", r[0] or "")
            for r in conn.execute("SELECT sql FROM sqlite_master").fetchall()
        ]
        history = conn.execute(
            "SELECT count(*) FROM record_history "
            "WHERE record_type IN ('legal_matter', 'hearing', 'protection_order')"
        ).fetchone()[0]
        grants = conn.execute(
            "SELECT count(*) FROM section_key_grants WHERE section = 'legal' AND slot_id IN (?, ?)",
            (slot_id, "glass:" + slot_id),
        ).fetchone()[0]
    finally:
        conn.close()
    assert values and history == 3
    assert holding(values + schema, marker) == []
    assert grants == 0


def test_those_who_read_legal_read_it_all(vault, make_case) -> None:
    marker = canary()
    reference = make_case()
    matter_id, hearing_id, order_id = plant(vault, reference, marker)
    for role in (Role.LEGAL_ADVOCATE, Role.CASEWORKER, Role.MANAGER):
        with vault.sign_in(role) as reader:
            (m,) = LegalMatters(reader).list(reference)
            assert m.details == matter(marker, "edited"), role
            (h,) = Hearings(reader).list(reference)
            assert (h.details.court, h.details.purpose) == (f"court {marker}", f"now {marker}")
            (o,) = ProtectionOrders(reader).list(reference)
            assert o.details.conditions == f"stay away {marker}"
            (before,) = LegalMatters(reader).history(reference, matter_id)
            assert before.fields["applicant"] == f"applicant {marker}"
            assert before.fields["notes"] == f"notes {marker} "
            (earlier,) = Hearings(reader).history(reference, hearing_id)
            assert earlier.fields["purpose"] == f"for {marker}"
            (older,) = ProtectionOrders(reader).history(reference, order_id)
            assert older.fields["conditions"] == f"keep {marker}"
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        due = ReminderService(advocate).due(NOW)
        shown = [r.what for r in due if r.reference == reference]
        assert f"court {marker}: now {marker}" in shown and f"order {marker}" in shown
        (draft,) = [d for d in DraftService(advocate).mine() if d.section == Section.LEGAL]
        assert draft.fields == {"notes": f"draft {marker}"}


def test_a_clinician_reads_legal_by_break_glass_after_the_entry(vault, make_case) -> None:
    marker = canary()
    reference = make_case()
    plant(vault, reference, marker)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        with pytest.raises(PermissionDenied):
            ProtectionOrders(clinician).list(reference)
        assert not clinician.holds_glass_key(Section.LEGAL, reference)
        BreakGlassService(clinician).open(reference, Section.LEGAL, REASON)
        assert clinician.holds_glass_key(Section.LEGAL, reference)
        assert not clinician.holds_glass_key(Section.FORENSIC, reference)
        (o,) = ProtectionOrders(clinician).list(reference)
        assert o.details.conditions == f"stay away {marker}"
        assert not clinician.section_keys.holds(Section.LEGAL)


def test_older_legal_text_is_sealed_at_the_next_sign_in_of_a_holder(tmp_path, monkeypatch) -> None:
    """A vault an earlier release wrote (tests/fixtures/vault-demo-0052) holding a legal matter and
    a hearing from before its section was sealed: in clear, key_version NULL, the history and a
    draft in clear too; the first sign-in of a holder seals them. (In a vault whose holders have
    signed in since, the same rows are a forgery: tests/unit/test_redteam_older_text.py.)"""
    older = older_text_vault(tmp_path, monkeypatch)
    marker = canary()
    with raw(older) as conn:  # as an older vault had it: in clear
        matter_id, case_id = conn.execute(
            "SELECT id, case_id FROM legal_matters ORDER BY id LIMIT 1"
        ).fetchone()
        reference = reference_of(conn, case_id)
        (hearing_id,) = conn.execute(
            "SELECT id FROM hearings WHERE case_id = ? ORDER BY id LIMIT 1", (case_id,)
        ).fetchone()
        conn.execute(
            "UPDATE legal_matters SET notes = ?, applicant = 'A', respondent = 'R', judge = '', "
            "police_reference = 'P', court = 'C', court_case_number = 'N', key_version = NULL "
            "WHERE id = ?",
            (f"old {marker}", matter_id),
        )
        conn.execute(
            "UPDATE hearings SET purpose = ?, court = 'C', outcome = '', key_version = NULL "
            "WHERE id = ?",
            (f"old hearing {marker}", hearing_id),
        )
        snapshot = dict.fromkeys(
            ("police_reference", "court", "court_case_number", "judge", "applicant"), "x"
        ) | {"notes": f"older {marker}", "respondent": "R"}
        add_history(conn, "legal_matters", "legal_matter", matter_id, snapshot, "x")
        advocate = older.credentials(Role.LEGAL_ADVOCATE)[0]
        add_draft(conn, advocate, "legal", "legal", case_id, {"notes": f"draft {marker}"})
        assert len(holding(every_text_value(conn), marker)) == 4
    with older.sign_in(Role.MANAGER) as manager:
        (m,) = [m for m in LegalMatters(manager).list(reference) if m.record_id == matter_id]
        assert m.details.notes == f"old {marker}"
        (h,) = [h for h in Hearings(manager).list(reference) if h.record_id == hearing_id]
        assert h.details.purpose == f"old hearing {marker}"
        (before,) = LegalMatters(manager).history(reference, matter_id)
        assert before.fields["notes"] == f"older {marker}"
    with older.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        (draft,) = [d for d in DraftService(advocate).mine() if d.section == Section.LEGAL]
        assert draft.fields == {"notes": f"draft {marker}"}
    with raw(older) as conn:
        assert holding(every_text_value(conn), marker) == []
