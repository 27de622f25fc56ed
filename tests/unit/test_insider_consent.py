"""The names in a consent decision, under the consent key, tested as the insider with her own
password.

The attack: the admin or whoever holds the recovery key (the only ones whose role does not read
consent in domain/roles.py) opens her own key slot, takes the vault key and reads ``vault.db``
with a bare ``sqlcipher3`` connection. The agency a decision is for (where she may be referred)
and the guardian who decided for a child used to be there in clear. The ledger is
append-only, so its rows are written sealed by their INSERT and an older row is sealed by the
one update its trigger lets through. These tests plant a canary through the services, look for
it everywhere she can read, check that the readers still decide on it, and that the coded
columns the statistics count stay readable.
"""

from __future__ import annotations

import secrets

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from onestop.db.base import UTC_FORMAT, utcnow
from onestop.domain.consent import Decision, GivenBy, Purpose
from onestop.domain.roles import Action, Role, Section
from onestop.services import sectionkeys
from onestop.services.auth import sign_in
from onestop.services.consent import ConsentService, insert_consent
from onestop.services.records import find_case
from onestop.services.users import UserService
from onestop.vault.keyslots import VAULT_KEY
from tests.helpers import raw_connection
from tests.oldertext import older_text_vault, raw, reference_of
from tests.unit.test_insider_section_keys import (
    ATTACKERS,
    attacker_slot,
    every_text_value,
    holding,
)

COLLEAGUE = "u-caseworker-new"
COLLEAGUE_PASSWORD = "harbour lantern quietly 58 fern"
CONSENT_ATTACKERS = {"admin": ATTACKERS["admin"], "recovery key": ATTACKERS["recovery key"]}


def canary() -> str:
    return f"canary-{secrets.token_hex(8)}"


def plant(vault, reference: str, marker: str) -> None:
    """As the caseworker: her guardian consents to sharing with an agency holding ``marker``,
    and she consents to the statistics (no names)."""
    with vault.sign_in(Role.CASEWORKER) as cw:
        consent = ConsentService(cw)
        consent.record(
            reference,
            Purpose.SHARE_WITH_AGENCY,
            Decision.GIVEN,
            agency=f"Agency {marker}",
            given_by=GivenBy.GUARDIAN,
            guardian_name=f"Guardian {marker}",
        )
        consent.record(reference, Purpose.STATISTICS, Decision.GIVEN)


@pytest.mark.parametrize("who", sorted(CONSENT_ATTACKERS))
def test_an_insider_without_the_consent_key_finds_no_names_in_the_ledger(
    vault, make_case, who
) -> None:
    marker = canary()
    plant(vault, make_case(), marker)
    slot_id, secret = CONSENT_ATTACKERS[who](vault)
    _, opened = attacker_slot(vault, slot_id, secret)
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        values = every_text_value(conn)
        coded = conn.execute(
            "SELECT purpose, decision, given_by FROM consent_entries ORDER BY id"
        ).fetchall()
    finally:
        conn.close()
    assert values and holding(values, marker) == []
    # What the statistics count and the services decide on stays coded.
    assert coded[-2:] == [
        ("share_with_agency", "given", "guardian"),
        ("statistics", "given", "survivor"),
    ]


def test_every_role_that_reads_consent_decides_on_it(vault, make_case) -> None:
    marker = canary()
    reference = make_case()
    plant(vault, reference, marker)
    readers = sectionkeys.readers(Section.CONSENT)
    assert Role.ADMIN not in readers and len(readers) == 6
    for role in sorted(readers):
        with vault.sign_in(role) as reader:
            consent = ConsentService(reader)
            shared = [e for e in consent.ledger(reference) if e.agency]
            assert [(e.agency, e.guardian_name) for e in shared] == [
                (f"Agency {marker}", f"Guardian {marker}")
            ], role
            assert consent.may_leave(
                reference, Purpose.SHARE_WITH_AGENCY, f"agency {marker}"
            ).allowed
            assert not consent.may_leave(reference, Purpose.SHARE_WITH_AGENCY, "Police").allowed


def test_an_older_entry_is_sealed_at_a_holders_sign_in_and_nothing_else_changes(
    tmp_path, monkeypatch
) -> None:
    """A vault an earlier release wrote (tests/fixtures/vault-demo-0052) holding an entry as a
    vault from before migration 0045 held it: names in clear, no key. The first sign-in of a
    holder seals it, and the trigger lets nothing else change. (In a vault whose holders have
    signed in since, the same entry is a forgery: tests/unit/test_redteam_older_text.py.)"""
    older = older_text_vault(tmp_path, monkeypatch)
    marker = canary()
    with raw(older) as conn:
        # An entry as a vault from before migration 0045 holds it: names in clear, no key.
        case_id = conn.execute("SELECT case_id FROM consent_entries ORDER BY id").fetchone()[0]
        reference = reference_of(conn, case_id)
        now = utcnow().strftime(UTC_FORMAT)
        conn.execute(
            "INSERT INTO consent_entries (case_id, purpose, agency, decision, given_by, "
            "guardian_name, decided_at, recorded_at, recorded_by) "
            "VALUES (?, 'share_with_agency', ?, 'given', 'guardian', ?, ?, ?, 'someone')",
            (case_id, f"Old agency {marker}", f"Old guardian {marker}", now, now),
        )
        conn.commit()
        # The trigger refuses every other update, of an older entry or a sealed one.
        for where in ("key_version IS NULL", "key_version IS NOT NULL"):
            with pytest.raises(sqlcipher.IntegrityError, match="append-only"):
                conn.execute(f"UPDATE consent_entries SET decision = 'refused' WHERE {where}")
            with pytest.raises(sqlcipher.IntegrityError, match="append-only"):
                conn.execute(f"UPDATE consent_entries SET agency = 'x' WHERE {where}")
        with pytest.raises(sqlcipher.IntegrityError, match="append-only"):
            conn.execute(
                "UPDATE consent_entries SET key_version = 1, decision = 'refused' "
                "WHERE key_version IS NULL"
            )
    with older.sign_in(Role.SHELTER_OFFICER) as holder:  # she reads consent: her sign-in seals
        names = [(e.agency, e.guardian_name) for e in ConsentService(holder).ledger(reference)]
        assert (f"Old agency {marker}", f"Old guardian {marker}") in names
    with raw(older) as conn:
        assert holding(every_text_value(conn), marker) == []
        assert conn.execute(
            "SELECT count(*) FROM consent_entries WHERE key_version IS NULL"
        ).fetchone() == (0,)


def test_a_colleague_not_confirmed_yet_cannot_decide_on_a_named_agency(vault, make_case) -> None:
    """Without the consent key an entry's agency does not open: she cannot tell whether consent
    to that agency was withdrawn, so the ledger is refused, never read without it."""
    reference = make_case()
    plant(vault, reference, canary())
    with vault.sign_in(Role.ADMIN) as admin:
        otp = UserService(admin).create(COLLEAGUE, Role.CASEWORKER).one_time_password
    with sign_in(vault.path, COLLEAGUE, otp) as colleague:
        UserService(colleague).change_own_password(otp, COLLEAGUE_PASSWORD)
    with sign_in(vault.path, COLLEAGUE, COLLEAGUE_PASSWORD) as colleague:
        assert Section.CONSENT in sectionkeys.waiting_sections(colleague)
        consent = ConsentService(colleague)
        with pytest.raises(sectionkeys.KeyNotHeld, match="confirm"):
            consent.may_leave(reference, Purpose.SHARE_WITH_AGENCY, "Police")
        with pytest.raises(sectionkeys.KeyNotHeld, match="confirm"):
            consent.ledger(reference)


def test_entries_written_in_one_flush_each_get_their_own_id(vault, make_case) -> None:
    """Ids are chosen before the INSERT: two entries flushed together do not share one."""
    reference = make_case()
    marker = canary()
    with vault.sign_in(Role.CASEWORKER) as cw:
        with cw.unit_of_work(Section.CONSENT, Action.WRITE, record_ref=reference) as s:
            case = find_case(s, reference)
            with s.no_autoflush:
                for name in ("first", "second"):
                    insert_consent(
                        s,
                        cw,
                        case,
                        Purpose.SHARE_WITH_AGENCY,
                        Decision.GIVEN,
                        GivenBy.SURVIVOR,
                        f"{name} {marker}",
                        "",
                        utcnow(),
                    )
        ledger = ConsentService(cw).ledger(reference)
    assert [e.agency for e in ledger] == [f"first {marker}", f"second {marker}"]
    assert len({e.entry_id for e in ledger}) == 2
