"""The sharings without her consent, append-only in a local vault, tested as the insider.

The attack: whoever holds the vault key (the admin, the recovery key) reads and writes
``vault.db`` with a bare ``sqlcipher3`` connection. On a server the staff's roles may only add
to ``sharings_without_consent`` (db.server.LEDGERS); in a local vault its triggers (migration
0060) refuse to change a row ("not told" rewritten as "told") or to remove one while its case
is there. A purge of the whole case still takes its sharings with it, as it takes the consent
ledger's entries.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from onestop.db.base import utcnow
from onestop.domain.consent import Told, ToldHer
from onestop.domain.referrals import Urgency
from onestop.domain.roles import Role
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.exports import ExportOptions, ExportService
from onestop.services.referrals import ReferralDetails, ReferralService
from onestop.services.retention import RetentionService
from onestop.services.sharings import SharingService
from tests.helpers import raw_connection

REASON = "Imminent risk to her life; the police asked in writing."
WHY_NOT = "He reads her messages and would learn of it."


def shared_without_consent(vault, tmp_path, hostile_text) -> str:
    """A case whose referral letter a manager shared without her consent, not told; later
    recorded as told: two rows, the second following the first."""
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = (
            CaseService(cw)
            .open_case(
                SurvivorDetails(alias=hostile_text["names"][2]),
                opened_at=utcnow() - timedelta(days=30),
            )
            .reference
        )
        made = ReferralService(cw).record(
            ref, ReferralDetails("Legal Aid Clinic", "Advice", Urgency.URGENT, "She asked.")
        )
    with vault.sign_in(Role.MANAGER) as manager:
        ExportService(manager).referral_letter(
            ref,
            made.record_id,
            ExportOptions(
                tmp_path,
                without_consent_reason=REASON,
                told=ToldHer(Told.NOT_TOLD, why=WHY_NOT),
            ),
        )
        (sharing,) = SharingService(manager).list(ref)
        SharingService(manager).now_told(ref, sharing.id, utcnow().date() - timedelta(days=1))
    return ref


def test_the_insider_can_neither_change_nor_remove_a_sharing(vault, tmp_path, hostile_text):
    ref = shared_without_consent(vault, tmp_path, hostile_text)
    with vault.sign_in(Role.ADMIN) as admin:
        key = bytes(admin.key)
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        before = conn.execute("SELECT * FROM sharings_without_consent ORDER BY id").fetchall()
        assert len(before) == 2
        # Why she is not told and the reason for sharing (survivor text) are sealed.
        assert WHY_NOT not in str(before) and REASON not in str(before)
        for statement in (
            "UPDATE sharings_without_consent SET told = 'told'",
            "UPDATE sharings_without_consent SET told_on = NULL WHERE follows IS NOT NULL",
            "UPDATE sharings_without_consent SET key_version = NULL",
            "UPDATE sharings_without_consent SET sha256 = ''",
            "DELETE FROM sharings_without_consent WHERE follows IS NOT NULL",
            "DELETE FROM sharings_without_consent",
        ):
            with pytest.raises(sqlcipher.IntegrityError, match="append-only"):
                conn.execute(statement)
        after = conn.execute("SELECT * FROM sharings_without_consent ORDER BY id").fetchall()
    finally:
        conn.close()
    assert after == before
    with vault.sign_in(Role.MANAGER) as manager:
        (sharing,) = SharingService(manager).list(ref)
    assert sharing.answer.told is Told.TOLD


def test_a_purge_of_the_case_takes_its_sharings_with_it(vault, tmp_path, hostile_text):
    ref = shared_without_consent(vault, tmp_path, hostile_text)
    with vault.sign_in(Role.CASEWORKER) as cw:
        CaseService(cw).close(ref, "Moved away", CaseService(cw).get(ref).version)
    with vault.sign_in(Role.MANAGER) as manager:
        RetentionService(manager, retention_years=0).purge(ref, ref)
        key = bytes(manager.key)
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        (left,) = conn.execute("SELECT count(*) FROM sharings_without_consent").fetchone()
        triggers = {
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                "AND tbl_name = 'sharings_without_consent'"
            )
        }
    finally:
        conn.close()
    assert left == 0
    assert triggers == {
        "sharings_without_consent_no_update",
        "sharings_without_consent_no_delete",
    }
