"""Attachments' titles and file names under their section's key, tested as the insider.

The attack: a member of staff whose role does not read a section (or the admin, or whoever
holds the recovery key) opens her own key slot, takes the vault key, and reads ``vault.db``
with a bare ``sqlcipher3`` connection. An attachment's content was already an encrypted blob,
but its title and original file name ("Esi's statement to the police.pdf") were in clear in
``attachments`` and in its history. An attachment has the permissions of the section it is
filed in, so these tests file one in several sections with a canary in its title and file
name, edit each once (so its history holds a version), and check: whoever may not read a
section finds none of its canaries anywhere she can read; whoever may read it reads it all;
a moved attachment is sealed anew under its new section's key; an older vault's titles are
sealed at a holder's next sign-in.
"""

from __future__ import annotations

import json
import secrets

import pytest

from onestop.db.textcolumns import ENCRYPTED_SECTIONS
from onestop.domain.audit import AuditAction
from onestop.domain.roles import GLASS_FLAG, Action, Role, Section, may_break_glass, permits
from onestop.services import sealedcolumns, sectionkeys
from onestop.services.attachments import AttachmentService
from onestop.services.audit import AuditService
from onestop.services.breakglass import BreakGlassService
from onestop.vault.keyslots import VAULT_KEY, user_slot_id
from tests.conftest import password_for, username_for
from tests.helpers import raw_connection
from tests.olderattachments import older_vault
from tests.oldertext import add_history, raw
from tests.unit.test_insider_section_keys import ATTACKERS, attacker_slot, every_text_value, holding

# Each section an attachment is filed in, and who files it there (she writes that section).
FILED_BY = {
    Section.COUNSELLING: Role.COUNSELLOR,
    Section.FORENSIC: Role.CLINICIAN,
    Section.IDENTITY: Role.CASEWORKER,
    # Not sealed on its own yet: its attachments take the identity key (ROW_SECTION).
    Section.CONSENT: Role.CASEWORKER,
}


def _staff(role: Role):
    return lambda vault: (user_slot_id(username_for(role)), password_for(role))


INSIDERS = {
    **ATTACKERS,
    "counsellor": _staff(Role.COUNSELLOR),
    "caseworker": _staff(Role.CASEWORKER),
}
INSIDER_ROLES: dict[str, Role | None] = {
    "admin": Role.ADMIN,
    "recovery key": None,
    "legal advocate": Role.LEGAL_ADVOCATE,
    "shelter officer": Role.SHELTER_OFFICER,
    "counsellor": Role.COUNSELLOR,
    "caseworker": Role.CASEWORKER,
}


def canary() -> str:
    return f"canary-{secrets.token_hex(8)}"


def scan() -> bytes:
    """A PDF's first bytes: the content is an encrypted blob, not what these tests look for."""
    return b"%PDF-1.7 a scanned page " + secrets.token_bytes(8)


def plant(vault, reference: str, section: Section, marker: str) -> int:
    """As a writer of ``section``: an attachment with ``marker`` in its title and file name,
    its title corrected once (its history then holds the first title)."""
    with vault.sign_in(FILED_BY[section]) as writer:
        files = AttachmentService(writer)
        info = files.add(
            reference,
            section,
            scan(),
            "application/pdf",
            title=f"title {marker}",
            original_name=f"C:\\Users\\me\\file {marker}.pdf",
        )
        files.describe(
            reference,
            info.attachment_id,
            section=section,
            title=f"edited {marker}",
            taken_at=None,
            expected_version=info.version,
        )
        return info.attachment_id


def readable(role: Role | None, section: Section) -> bool:
    """Whether ``role`` may read ``section`` (or holds its key by break-glass: her slot has
    its grant, docs/SECURITY.md says what she can do with it)."""
    return role is not None and (
        permits(role, section, Action.READ) or may_break_glass(role, section)
    )


@pytest.mark.parametrize("who", sorted(INSIDERS))
def test_an_insider_finds_no_title_nor_file_name_of_a_section_she_does_not_read(
    vault, make_case, who
) -> None:
    reference = make_case()
    markers = {section: canary() for section in FILED_BY}
    for section, marker in markers.items():
        plant(vault, reference, section, marker)
    slot_id, secret = INSIDERS[who](vault)
    _, opened = attacker_slot(vault, slot_id, secret)
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        values = every_text_value(conn)
        schema = [
            ("sqlite_master", "sql", r[0] or "")
            for r in conn.execute("SELECT sql FROM sqlite_master").fetchall()
        ]
        history = conn.execute(
            "SELECT count(*) FROM record_history WHERE record_type = 'attachment'"
        ).fetchone()[0]
    finally:
        conn.close()
    assert values and history == len(FILED_BY)  # she read the vault, the history among it
    hidden = [s for s in FILED_BY if not readable(INSIDER_ROLES[who], s)]
    assert hidden, "every insider here lacks at least one of these sections"
    for section in hidden:
        assert holding(values + schema, markers[section]) == [], section


def test_those_who_read_a_section_read_its_attachments(vault, make_case) -> None:
    reference = make_case()
    markers = {section: canary() for section in FILED_BY}
    ids = {section: plant(vault, reference, section, m) for section, m in markers.items()}
    for role in (Role.COUNSELLOR, Role.LEGAL_ADVOCATE, Role.MANAGER, Role.SHELTER_OFFICER):
        with vault.sign_in(role) as reader:
            files = AttachmentService(reader)
            listed = {a.section: a for a in files.list(reference)}
            for section, marker in markers.items():
                if not permits(role, section, Action.READ):
                    assert section not in listed
                    continue
                found = listed[section]
                assert found.title == f"edited {marker}", (role, section)
                assert found.original_name == f"file {marker}.pdf"  # no folders kept
                (before,) = files.history(reference, ids[section])
                assert before.fields["title"] == f"title {marker}"


def test_a_section_not_sealed_yet_lends_a_key_held_by_exactly_its_readers() -> None:
    """An attachment filed in a section that has no key of its own yet takes the identity key:
    only sound while the roles that read the one are the roles that read the other."""
    for section in Section:
        if not section.is_survivor_record or section in ENCRYPTED_SECTIONS:
            continue
        assert sealedcolumns.key_section(section) is Section.IDENTITY
        assert sectionkeys.readers(section) == sectionkeys.readers(Section.IDENTITY), section
        assert not any(may_break_glass(role, section) for role in Role), section
    for section in ENCRYPTED_SECTIONS:
        assert sealedcolumns.key_section(section) is section


def test_a_moved_attachment_is_sealed_under_its_new_sections_key(vault, make_case) -> None:
    """Filed under health by mistake, moved to forensic: its title is sealed anew, under the
    forensic key, which a caseworker (who reads health) does not hold; its history keeps the
    title it had under health, under the health key."""
    reference = make_case()
    marker = canary()
    with vault.sign_in(Role.CLINICIAN) as clinician:
        files = AttachmentService(clinician)
        info = files.add(reference, Section.HEALTH, scan(), "application/pdf", title=marker)
        files.describe(
            reference,
            info.attachment_id,
            section=Section.FORENSIC,
            title=f"moved {marker}",
            taken_at=None,
            expected_version=info.version,
        )
        key = bytes(clinician.key)
        (before,) = files.history(reference, info.attachment_id)
        assert before.fields["title"] == marker
    conn = raw_connection(vault.path / "vault.db", key)
    try:
        ((title, version),) = conn.execute(
            "SELECT title, key_version FROM attachments WHERE id = ?", (info.attachment_id,)
        ).fetchall()
        ((snapshot,),) = conn.execute(
            "SELECT snapshot FROM record_history WHERE record_type = 'attachment' "
            "AND record_id = ?",
            (info.attachment_id,),
        ).fetchall()
    finally:
        conn.close()
    assert title.startswith(f"osk2.forensic.{version}.")  # bound to its case (0069)
    assert json.loads(snapshot)["title"].startswith("osk2.health.")
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:  # reads forensic and health
        (found,) = AttachmentService(advocate).list(reference)
        assert found.title == f"moved {marker}"


def test_older_titles_are_sealed_at_the_next_sign_in_of_a_holder(tmp_path, monkeypatch) -> None:
    """A vault an earlier release wrote (tests/fixtures/vault-demo-0052, tests/olderattachments)
    holding attachments whose titles and file names are in clear, key_version NULL (as before
    migration 0041), their history in clear too; the next sign-in of someone who holds each
    section's key seals them. (In a vault whose holders have signed in since, the same rows
    are a forgery: tests/unit/test_redteam_older_text.py.)"""
    older = older_vault(tmp_path, monkeypatch, [(s, scan(), None) for s in FILED_BY])
    ids = dict(zip(FILED_BY, older.ids, strict=True))
    reference = older.reference
    marker = canary()
    with raw(older) as conn:  # as an older vault had it: in clear
        for section, attachment_id in ids.items():
            conn.execute(
                "UPDATE attachments SET title = ?, original_name = ?, key_version = NULL "
                "WHERE id = ?",
                (f"old {section} {marker}", f"old {marker}.pdf", attachment_id),
            )
            snapshot = {"section": section.value, "title": f"older {marker}", "taken_at": None}
            add_history(conn, "attachments", "attachment", attachment_id, snapshot, "x")
    # The manager reads forensic and identity (so consent's), not counselling: hers are
    # sealed at her sign-in, the counselling one waits for a counsellor.
    with older.sign_in(Role.MANAGER):
        pass
    with raw(older) as conn:
        left = holding(every_text_value(conn), marker)
    # Only the counselling attachment's: its title, its file name and its history.
    assert sorted(left) == [
        ("attachments", "original_name"),
        ("attachments", "title"),
        ("record_history", "snapshot"),
    ]
    with older.sign_in(Role.COUNSELLOR) as counsellor:
        listed = {a.section: a.title for a in AttachmentService(counsellor).list(reference)}
        assert listed[Section.COUNSELLING] == f"old counselling {marker}"
        (before,) = AttachmentService(counsellor).history(reference, ids[Section.COUNSELLING])
        assert before.fields["title"] == f"older {marker}"
    with older.sign_in(Role.MANAGER) as manager:
        listed = {a.section: a.title for a in AttachmentService(manager).list(reference)}
        assert listed[Section.FORENSIC] == f"old forensic {marker}"
        assert listed[Section.CONSENT] == f"old consent {marker}"
    with raw(older) as conn:
        assert holding(every_text_value(conn), marker) == []


def test_a_title_read_by_break_glass_opens_with_that_sections_key(vault, make_case) -> None:
    """A clinician who broke glass into a file's legal section sees its scans' titles: each
    opened in a read of that section of its own, audited as break-glass; before, not at all."""
    reference = make_case()
    marker = canary()
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        AttachmentService(advocate).add(
            reference, Section.LEGAL, scan(), "application/pdf", title=f"order {marker}"
        )
    with vault.sign_in(Role.CLINICIAN) as clinician:
        files = AttachmentService(clinician)
        assert files.list(reference) == ()
        BreakGlassService(clinician).open(
            reference, Section.LEGAL, "Unconscious on arrival; need the order's conditions"
        )
        (found,) = files.list(reference)
        assert found.title == f"order {marker}" and found.section is Section.LEGAL
    with vault.sign_in(Role.MANAGER) as manager:
        reads = AuditService(manager).entries(action=AuditAction.RECORD_READ.value)
        assert any(
            e.section == Section.LEGAL.value
            and GLASS_FLAG in e.role
            and e.detail == "attachments listed"
            for e in reads
        )
