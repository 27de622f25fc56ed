"""The break-glass review queue, tested as the colleague who broke glass (services.glassreview).

The attack (red-team finding F5): the caseworker breaks glass into a file's forensic section,
then opens her own key slot with her own password, takes the vault key and, with `sqlcipher3`,
marks her access reviewed in the `break_glass` table (or deletes its row, or appends a review
entry to the trail signed with her own key, having made herself a manager in `staff`). The
manager's queue used to be read from those columns, so the access vanished from it and
`verify` passed. Now the queue comes from the signed trail: each time the manager still sees
the access waiting, and `verify` names what was done.
"""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from onestop.db.base import utcnow
from onestop.domain.audit import UTC_FORMAT, AuditFields, entry_hash, signed_message
from onestop.domain.roles import Role, Section
from onestop.services.audit import Anchor, anchor_mac, write_anchor_file
from onestop.services.breakglass import (
    MARKED_WITHOUT_REVIEW,
    ROW_REMOVED,
    BreakGlassService,
)
from onestop.services.maintenance import GLASS_REVIEW, MaintenanceService
from onestop.vault.keyslots import VAULT_KEY, key_id, user_slot_id
from tests.conftest import password_for, username_for
from tests.helpers import raw_connection
from tests.unit.test_insider_forensic import canary, plant
from tests.unit.test_insider_section_keys import attacker_slot

CASEWORKER = username_for(Role.CASEWORKER)
MANAGER = username_for(Role.MANAGER)
REASON = "The police asked about the examination kit this morning"


def break_glass(vault, reference: str) -> int:
    plant(vault, reference, canary())  # the clinician's exam; her sign-in seals the grants
    with vault.sign_in(Role.CASEWORKER) as caseworker:
        return BreakGlassService(caseworker).open(reference, Section.FORENSIC, REASON).access_id


def her_own_slot(vault):
    """The caseworker's slot, opened with her own password, as she would."""
    _, opened = attacker_slot(vault, user_slot_id(CASEWORKER), password_for(Role.CASEWORKER))
    return opened


def mark_reviewed(conn, access_id: int) -> None:
    conn.execute(
        "UPDATE break_glass SET reviewed_by = ?, reviewed_at = ? WHERE id = ?",
        (MANAGER, utcnow().strftime(UTC_FORMAT), access_id),
    )


def delete_row(conn, access_id: int) -> None:
    conn.execute("DELETE FROM break_glass WHERE id = ?", (access_id,))


def append_her_review(vault, conn, opened, access_id: int, reference: str, vault_id: str) -> None:
    """She makes herself a manager in `staff`, marks the row reviewed, and appends a review
    entry claiming the manager's role, chained and signed with her own key, moving both
    anchors as the application would (the trail's own checks then find nothing wrong)."""
    conn.execute("UPDATE staff SET role = 'manager' WHERE username = ?", (CASEWORKER,))
    mark_reviewed(conn, access_id)
    seq, prev = conn.execute("SELECT seq, hash FROM audit_anchor WHERE id = 1").fetchone()
    signing = opened.signing
    public = signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    fields = AuditFields(
        seq + 1,
        utcnow().strftime(UTC_FORMAT),
        CASEWORKER,
        Role.MANAGER.value,
        "record.break_glass",
        Section.FORENSIC.value,
        reference,
        "ok",
        f"access {access_id} reviewed",
        key_id(public),
    )
    digest = entry_hash(prev, fields)
    signature = signing.sign(signed_message(vault_id, digest)).hex()
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, role, action, section, record_ref, outcome, "
        "detail, prev_hash, hash, signer, signature) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            fields.seq,
            fields.at,
            fields.actor,
            fields.role,
            fields.action,
            fields.section,
            fields.record_ref,
            fields.outcome,
            fields.detail,
            prev,
            digest,
            fields.signer,
            signature,
        ),
    )
    mac = anchor_mac(opened.keys[VAULT_KEY], vault_id, fields.seq, digest)
    conn.execute(
        "UPDATE audit_anchor SET seq = ?, hash = ?, mac = ?, signer = ?, signature = ? "
        "WHERE id = 1",
        (fields.seq, digest, mac, fields.signer, signature),
    )
    write_anchor_file(
        vault.path / "audit.anchor",
        vault_id,
        Anchor(fields.seq, digest, mac, fields.signer, signature),
    )


def verify(vault):
    with vault.sign_in(Role.ADMIN) as admin:
        report = MaintenanceService(admin).verify()
    (check,) = [c for c in report.checks if c.name == GLASS_REVIEW]
    return report, check


def test_an_honest_review_clears_the_queue_and_verify_agrees(vault, make_case) -> None:
    reference = make_case()
    access_id = break_glass(vault, reference)
    with vault.sign_in(Role.MANAGER) as manager:
        glass = BreakGlassService(manager)
        (waiting,) = glass.to_review()
        assert waiting.access_id == access_id and waiting.problem == ""
        assert waiting.username == CASEWORKER and waiting.reference == reference
        done = glass.review(access_id, "Checked with the police liaison: justified")
        assert done.reviewed_by == MANAGER and done.reviewed_at is not None
        assert glass.to_review() == () and glass.count_to_review() == 0
    report, check = verify(vault)
    assert check.ok and report.ok, check.message


@pytest.mark.parametrize("attack", ["reviewed columns", "row deleted", "her own review entry"])
def test_she_cannot_take_her_access_out_of_the_managers_queue(vault, make_case, attack) -> None:
    reference = make_case()
    access_id = break_glass(vault, reference)
    with vault.sign_in(Role.ADMIN) as admin:
        vault_id = admin.vault_id
    opened = her_own_slot(vault)
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        if attack == "reviewed columns":
            mark_reviewed(conn, access_id)
        elif attack == "row deleted":
            delete_row(conn, access_id)
        else:
            append_her_review(vault, conn, opened, access_id, reference, vault_id)
        assert conn.execute(
            "SELECT count(*) FROM break_glass WHERE reviewed_at IS NULL"
        ).fetchone() == (0,)
    finally:
        conn.close()

    with vault.sign_in(Role.MANAGER) as manager:
        glass = BreakGlassService(manager)
        (waiting,) = glass.to_review()
        assert glass.count_to_review() == 1
    assert waiting.access_id == access_id and waiting.reviewed_by is None
    assert (waiting.username, waiting.reference, waiting.section) == (
        CASEWORKER,
        reference,
        Section.FORENSIC,
    )
    if attack == "row deleted":
        assert waiting.problem == ROW_REMOVED and waiting.reason == ""
    else:
        assert waiting.problem == MARKED_WITHOUT_REVIEW and waiting.reason == REASON

    report, check = verify(vault)
    assert not check.ok and not report.ok
    assert f"access {access_id} ({CASEWORKER}, {reference})" in check.message
    expected = {
        "reviewed columns": "holds no review of it by a manager",
        "row deleted": "its record was removed",
        "her own review entry": "written by the person who opened it",
    }[attack]
    assert expected in check.message
    if attack == "her own review entry":
        # The trail itself is intact: only the comparison with the queue finds her out.
        (trail,) = [c for c in report.checks if c.name == "audit trail"]
        assert trail.ok, trail.message


def test_the_manager_still_reviews_an_access_whose_row_was_deleted(vault, make_case) -> None:
    reference = make_case()
    access_id = break_glass(vault, reference)
    opened = her_own_slot(vault)
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        delete_row(conn, access_id)
    finally:
        conn.close()
    with vault.sign_in(Role.MANAGER) as manager:
        glass = BreakGlassService(manager)
        done = glass.review(access_id, "Her record of it was deleted: raised with HR")
        assert done.reviewed_by == MANAGER and glass.to_review() == ()
    _, check = verify(vault)
    assert not check.ok and "its record was removed" in check.message
