"""Section keys in use: opening a person's keys, the first key, confirming a colleague, sealing.

How a key reaches people (vault.sectionkeys has the cryptography):

- At sign-in (and unlock) the session opens the grants sealed to its own slot: its key ring.
- A section's first key is made at the first sign-in of someone whose role may read the section
  and who has chosen her own password (never while signed in with a one-time password, which
  the admin who issued it knows), when no one holds a key of that section yet. The admin never
  holds one: no role column of the matrix gives the admin READ on a survivor section.
- After that, a new colleague gets the key from a holder (``confirm_colleague``), like
  Bitwarden's "confirm member": the holder compares the fingerprint of the colleague's key slot
  with the one the colleague reads on her own screen, then seals the key to that slot. Until
  then the colleague's role permits the section but she cannot open its text: she waits.
- A new password (``regrant_self``) gives the slot a fresh key pair (whoever issued a one-time
  password may have copied the old private key), and the slot's keys are sealed to it anew. A
  password reset by the admin or the recovery key cannot do that (the keys are not open to
  them): the account's grants are dropped and a holder confirms it again.
- Text written before section keys existed (a migrated vault) is sealed at the first sign-in of
  a holder (``seal_older_text``): migrations run before anyone's keys are open.
- A revocation (a disable, a password reset: ``revoke_holder``) drops the account's grants and
  records which sections are due a new version; the admin and the recovery key make no key.
  The first holder whose session opens keys afterwards, or who writes in a session opened
  before (VaultSession checks the due list at each transaction), makes it (``renew_due``).

Fields: ``seal``/``open_sealed`` encrypt one column of one row with the row's table, column,
id and version as associated data (vault.sectionkeys.field_aad).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Connection,
    Engine,
    Select,
    and_,
    delete,
    func,
    insert,
    or_,
    select,
    tuple_,
)
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.attributes import flag_modified

from onestop.db.attachments import Attachment
from onestop.db.audit import AuditEntry
from onestop.db.base import Base, utcnow
from onestop.db.breakglass import BreakGlassAccess
from onestop.db.cases import Case
from onestop.db.conferences import ActionReview, ConferenceAction, ConferenceReferral
from onestop.db.consent import ConsentRecord
from onestop.db.counselling import CounsellingSession
from onestop.db.drafts import Draft
from onestop.db.forensic import CustodyEvent, ForensicExam, Specimen
from onestop.db.health import FollowUpRow, HealthEncounter, InjuryRow, TreatmentRow
from onestop.db.incidents import Incident
from onestop.db.legal import Hearing, LegalMatter, ProtectionOrder
from onestop.db.perpetrators import IncidentPerpetrator, Perpetrator
from onestop.db.records import RecordVersion
from onestop.db.referrals import Referral
from onestop.db.risk import RiskAssessment, SafetyPlan
from onestop.db.sectionkeys import SectionKeyGrant
from onestop.db.settings import Setting
from onestop.db.shelter import ShelterStay, WaitingEntry
from onestop.db.staff import StaffAccount
from onestop.db.tasks import Task
from onestop.db.textcolumns import (
    CONFERENCE_SEALED,
    CONSENT_SEALED,
    ENCRYPTED_SECTIONS,
    FORENSIC_SEALED,
    HEALTH_SEALED,
    IDENTITY_SEALED,
    INCIDENT_SEALED,
    LEGAL_SEALED,
    PERPETRATOR_SEALED,
    REFERRAL_SEALED,
    RISK_SEALED,
    SHELTER_SEALED,
)
from onestop.domain.audit import AuditAction
from onestop.domain.passwords import normalise
from onestop.domain.roles import Action, Role, Section, permits
from onestop.errors import NotFound, PermissionDenied, ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import (
    audit,
    caseindex,
    glasskeys,
    glassreasons,
    grantsigs,
    sealedcolumns,
    standing,
)
from onestop.vault import faults
from onestop.vault.keyslots import user_slot_id
from onestop.vault.sectionkeys import (
    BOUND_PREFIX,
    NO_CASE,
    PREFIX,
    CaseRef,
    KeyRing,
    SealedFieldError,
    SectionKey,
    decrypt_field,
    encrypt_bound,
    encrypt_field,
    field_aad,
    fingerprint,
    is_bound,
    is_sealed,
    new_key,
    open_field,
    open_grant,
    seal_grant,
    sealed_case,
)
from onestop.vault.subkeys import Purpose, subkey

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from onestop.services.session import VaultSession


@dataclass(frozen=True)
class SealedTable:
    """A table with sealed columns: its model, its record type in record_history ("" for rows
    kept in their owner's history), the columns, and the lists its history snapshots keep of
    the rows it owns (sealedcolumns.SNAPSHOT_EXTRAS). A table whose rows name their section
    (sealedcolumns.ROW_SECTION) lists the sections whose rows this key seals."""

    model: type[Any]
    record_type: str
    columns: tuple[str, ...]
    extras: tuple[str, ...] = ()
    filed_in: tuple[str, ...] = ()


# What each encrypted section seals, for sealing older text (db.textcolumns lists the columns).
SEALED_TABLES: dict[Section, tuple[SealedTable, ...]] = {
    Section.COUNSELLING: (
        SealedTable(CounsellingSession, "counselling_session", ("notes", "plan")),
    ),
    # Sealed by the ORM layer (services.sealedcolumns) whenever a row is written.
    Section.IDENTITY: (SealedTable(Case, "case", IDENTITY_SEALED),),
    Section.HEALTH: (
        SealedTable(
            HealthEncounter,
            "health_encounter",
            HEALTH_SEALED["health_encounters"],
            sealedcolumns.SNAPSHOT_EXTRAS[HealthEncounter],
        ),
        SealedTable(InjuryRow, "", HEALTH_SEALED["injuries"]),
        SealedTable(TreatmentRow, "", HEALTH_SEALED["treatments"]),
        SealedTable(FollowUpRow, "", HEALTH_SEALED["follow_ups"]),
    ),
    Section.INCIDENTS: (
        SealedTable(Incident, "incident", INCIDENT_SEALED),
        SealedTable(Perpetrator, "perpetrator", PERPETRATOR_SEALED["perpetrators"]),
        SealedTable(IncidentPerpetrator, "", PERPETRATOR_SEALED["incident_perpetrators"]),
    ),
    Section.TASKS: (SealedTable(Task, "task", ("title",)),),
    Section.FORENSIC: (
        SealedTable(ForensicExam, "forensic_exam", FORENSIC_SEALED["forensic_exams"]),
        SealedTable(Specimen, "specimen", FORENSIC_SEALED["specimens"]),
        SealedTable(CustodyEvent, "", FORENSIC_SEALED["custody_events"]),
    ),
    Section.LEGAL: (
        SealedTable(LegalMatter, "legal_matter", LEGAL_SEALED["legal_matters"]),
        SealedTable(Hearing, "hearing", LEGAL_SEALED["hearings"]),
        SealedTable(ProtectionOrder, "protection_order", LEGAL_SEALED["protection_orders"]),
    ),
    Section.SHELTER: (
        SealedTable(ShelterStay, "shelter_stay", SHELTER_SEALED["shelter_stays"]),
        SealedTable(WaitingEntry, "", SHELTER_SEALED["shelter_waiting"]),
    ),
    Section.REFERRALS: (SealedTable(Referral, "referral", REFERRAL_SEALED),),
    Section.RISK: (
        SealedTable(RiskAssessment, "", RISK_SEALED["risk_assessments"]),  # never edited
        SealedTable(SafetyPlan, "safety_plan", RISK_SEALED["safety_plans"]),
    ),
    Section.CONFERENCES: (
        SealedTable(
            ConferenceReferral, "conference_referral", CONFERENCE_SEALED["conference_referrals"]
        ),
        SealedTable(ConferenceAction, "conference_action", CONFERENCE_SEALED["conference_actions"]),
        SealedTable(ActionReview, "", CONFERENCE_SEALED["conference_action_reviews"]),
    ),
    # Append-only: the ledger's trigger lets this one update through (migration 0045).
    Section.CONSENT: (SealedTable(ConsentRecord, "", CONSENT_SEALED),),
}


def _attachments(section: Section) -> SealedTable:
    """The attachments ``section``'s key seals: those filed in it, and in the sections not
    sealed yet that lend it (sealedcolumns.key_section)."""
    filed_in = tuple(
        s.value for s in Section if s.is_survivor_record and sealedcolumns.key_section(s) == section
    )
    columns = sealedcolumns.sealed_names(Attachment)
    return SealedTable(Attachment, "attachment", columns, filed_in=filed_in)


# Attachments are sealed under the key of the section each is filed in (ROW_SECTION).
for _section in sorted(ENCRYPTED_SECTIONS):
    if not _section.is_survivor_record:
        continue  # the audit key seals break-glass reasons only (services.glassreasons)
    SEALED_TABLES[_section] = (*SEALED_TABLES.get(_section, ()), _attachments(_section))


class KeyNotHeld(PermissionDenied):
    """The role may read the section, but no colleague has confirmed this account yet."""


def waiting_message(section: Section) -> str:
    return QT_TRANSLATE_NOOP(
        "Messages",
        "Your account waits for a colleague who already reads {section} records to confirm "
        "it (onestop-cli admin confirm-user). Until then these records stay closed to you.",
    ).format(section=section.value)


def readers(section: Section) -> frozenset[Role]:
    """The roles that may read ``section``, and so the only ones its key is sealed to. The
    audit section's key seals break-glass reasons for their review (services.glassreasons):
    only the roles that review them hold it, not the admin, who reads the trail's codes."""
    return frozenset(r for r in Role if grantsigs.holds_key(r, section))


def is_encrypted(section: Section | str) -> bool:
    return section in ENCRYPTED_SECTIONS


# ----- the key ring ------------------------------------------------------------------------


def open_ring(
    s: Session, vault_id: str, slot_id: str, private: X25519PrivateKey, public: bytes
) -> KeyRing:
    """The section keys granted to ``slot_id`` that its private key opens, from the grants
    signed by the account that made them, whose role may sign them (services.grantsigs: a
    planted or altered grant is refused, and verify names it)."""
    ring = KeyRing()
    check = grantsigs.checker(s, vault_id)
    rows = s.scalars(
        select(SectionKeyGrant).where(
            SectionKeyGrant.slot_id == slot_id, SectionKeyGrant.public_key == public.hex()
        )
    )
    for row in rows:
        if check(row) is not None:
            continue
        key = open_grant(private, row.sealed, vault_id, row.section, row.version, slot_id)
        if key is not None:
            # A version the admin or the recovery key made (before 0053) opens older rows
            # only: no session seals new text under it (a holder makes a new one: renew_due).
            ring.add(key, writable=check.by_holder(row))
    return ring


def colleague_publics(session: VaultSession, s: Session) -> dict[str, bytes]:
    """Every account's slot public key by slot id, each checked under the vault key (a key
    swapped in keyslots.json, or on a centre's server, is refused: VaultDamaged). On a server
    the session's own slots hold her slot only; the others come through the backend."""
    mac_key = subkey(session.key, Purpose.SLOT_PUBLIC)
    publics = {}
    for slot_id, (public, mac) in session.backend.slot_publics(s.connection()).items():
        session.slots.check_public_key(mac_key, slot_id, public, mac)
        publics[slot_id] = public
    return publics


def _grant(
    session: VaultSession,
    s: Session,
    key: SectionKey,
    slot_id: str,
    public: bytes | None = None,
    signed_as: tuple[str, audit.SigningKey] | None = None,
) -> None:
    """Seal ``key`` to ``slot_id``, signed by the session's actor (or by ``signed_as``: a
    holder's name and signing key, for the demo seeder's first keys)."""
    if public is None:
        public = session.slots.slots[slot_id].public
    held = s.get(SectionKeyGrant, (key.section, key.version, slot_id))
    if held is not None and held.public_key == public.hex() and grantsigs.valid(session, s, [held]):
        # Already sealed to this very key pair, and signed: nothing to write (on a centre's
        # server a member of staff may add a grant, not rewrite one).
        return
    row = SectionKeyGrant(
        section=key.section,
        version=key.version,
        slot_id=slot_id,
        public_key=public.hex(),
        sealed=seal_grant(public, key, session.vault_id, slot_id),
        granted_by=session.actor.username,
        granted_at=utcnow(),
    )
    if signed_as is None:
        s.merge(grantsigs.sign(session, row))
    else:
        s.merge(grantsigs.sign_as(row, session.vault_id, *signed_as))


# told (done, total) as older text is sealed at sign-in (seal_older_text); (0, 0): busy, how
# far not known (an upgrade's migration, the sign-in's work after the sealing)
ProgressReport = Callable[[int, int], None]
PROGRESS_STEP = 500


def start(
    session: VaultSession,
    s: Session,
    private: X25519PrivateKey,
    progress: ProgressReport | None = None,
) -> None:
    """At sign-in or unlock: open this person's keys, make a section's first key if no one
    holds one yet, and seal any older text of the sections now held (``progress`` is told
    how far that is: seal_older_text)."""
    role = session.actor.role
    if role is None:
        return  # the recovery key holds no section key
    slot_id = user_slot_id(session.actor.username)
    if slot_id not in session.slots.slots:
        return
    public = session.slots.slots[slot_id].public
    # Into the session's own ring: the ORM sessions already opened take their keys from it.
    session.section_keys.clear()
    ring = open_ring(s, session.vault_id, slot_id, private, public)
    for key in ring.held():
        session.section_keys.add(key, writable=ring.writable(key))
    if not session.must_change_password:
        establish_first_keys(session, s)
        # Before anything is sealed in this session: the sections a revocation made due (and
        # those whose newest version she holds for reading only) get a new version from her.
        renew_due(session, s, due_versions(s, from_trail=True))
    glassreasons.publish(session, s)  # the review key's public half, for break-glass authors
    if seal_older_text(session, s, progress) and progress is not None:
        progress(0, 0)  # what follows (the commit of what was sealed) takes seconds too
    glasskeys.start(session, s, private)  # break-glass grants: services.glasskeys
    # Her search index is read when first needed (services.caseindex.of), or on a thread of
    # its own that the desktop starts once her home is shown (caseindex.load_in_background).
    caseindex.stop_loading(session)
    session.case_index = None


def establish_first_keys(session: VaultSession, s: Session) -> None:
    """The first key of each encrypted section this role reads, if no one holds one yet."""
    role = session.actor.role
    if role is None:
        return
    slot_id = user_slot_id(session.actor.username)
    for section in sorted(ENCRYPTED_SECTIONS):
        if role not in readers(section) or session.section_keys.holds(section):
            continue
        if s.scalar(select(SectionKeyGrant.slot_id).where(SectionKeyGrant.section == section)):
            continue  # a holder exists: she confirms this account
        key = new_key(section.value, 1)
        _grant(session, s, key, slot_id)
        session.section_keys.add(key)
        session.audit(s, AuditAction.SECTION_KEY_CREATED, section, detail="v1")


def lend_first_keys(session: VaultSession, s: Session, accounts: Mapping[str, str]) -> None:
    """For the demo and bench seeders only: make the first key of each encrypted section no one
    holds yet, grant it to the listed accounts (user name: the password the seed gave it)
    whose roles read it, and hold it in ``session`` while the seeder writes synthetic records
    (the caller clears the ring when done). Each grant is signed by the first listed account
    that reads the section, opened with its password, as her confirmation of her colleagues
    would be: the seeder's own account (the admin) signs no grant (grantsigs.may_sign). A
    section someone already holds is left alone: this never gives the caller an existing
    key."""
    roles = {
        a.username: Role(a.role)
        for a in s.scalars(select(StaffAccount).where(StaffAccount.username.in_(list(accounts))))
    }
    registered = grantsigs.registered(s)
    signers: dict[str, audit.SigningKey] = {}
    for username in roles:
        slot_id = user_slot_id(username)
        if slot_id not in session.slots.slots:
            continue
        opened = session.slots.open_slot(slot_id, normalise(accounts[username]))
        if opened is None or opened.signing is None:
            continue
        signer = audit.SigningKey.of(opened.signing)
        if signer.key_id in registered:
            signers[username] = signer
    for section in sorted(ENCRYPTED_SECTIONS):
        if s.scalar(select(SectionKeyGrant.slot_id).where(SectionKeyGrant.section == section)):
            continue
        holders = [u for u, role in roles.items() if role in readers(section) and u in signers]
        if not holders:
            continue
        key = new_key(section.value, 1)
        by = holders[0]
        for username in holders:
            _grant(session, s, key, user_slot_id(username), signed_as=(by, signers[by]))
        session.section_keys.add(key)
        session.audit(s, AuditAction.SECTION_KEY_CREATED, section, detail="v1 demo")


def borrow_demo_keys(session: VaultSession, username: str, password: str) -> bool:
    """For the demo seeder only: hold, in ``session``, the section keys of the demo account
    ``username``, opened with its password (which the demo's seed gives), while the seeder
    writes synthetic records (the caller clears the ring when done). False when the vault has
    no such account or the password does not open it: a real centre's vault."""
    slot_id = user_slot_id(username)
    if slot_id not in session.slots.slots:
        return False
    opened = session.slots.open_slot(slot_id, normalise(password))
    if opened is None:
        return False
    public = session.slots.slots[slot_id].public
    with session.system_transaction() as s:
        ring = open_ring(s, session.vault_id, slot_id, opened.private, public)
    for key in ring.held():
        session.section_keys.add(key)
    return True


def regrant_self(session: VaultSession, s: Session, slot_id: str) -> None:
    """After the slot's key pair was renewed: its keys sealed to the new public key only."""
    s.execute(delete(SectionKeyGrant).where(SectionKeyGrant.slot_id == slot_id))
    glass = glasskeys.PREFIX + slot_id  # her break-glass grants: a holder seals them anew
    s.execute(delete(SectionKeyGrant).where(SectionKeyGrant.slot_id == glass))
    for key in session.section_keys.held():
        _grant(session, s, key, slot_id)


def drop_grants(s: Session, username: str) -> None:
    """An account disabled or its password reset: its slot's grants no longer open anything."""
    s.execute(delete(SectionKeyGrant).where(SectionKeyGrant.slot_id == user_slot_id(username)))
    glass = glasskeys.glass_slot(username)  # and its break-glass grants
    s.execute(delete(SectionKeyGrant).where(SectionKeyGrant.slot_id == glass))


# ----- revocation: a holder leaves, her sections are due a new key version ---------------------

# The setting listing, by section, the newest version a revocation left behind: a session
# seals nothing under that version or an older one (JSON: {section: version}). The signed
# "section key due" entries say the same in the trail (a local vault reads both).
VERSIONS_DUE = "grants.versions_due"
_DUE_DETAIL = re.compile(r"after v(\d+)")


@dataclass(frozen=True)
class DueKey:
    """A section whose key must move past ``after`` because a holder left."""

    section: str
    after: int


def due_versions(s: Session, *, from_trail: bool = False) -> dict[str, int]:
    """The sections due a new version, and the newest version each may not be sealed under
    any more: the setting (one row, read at every unit of work of a holder) and, with
    ``from_trail`` (at sign-in and unlock, in a local vault), the signed "section key due"
    entries too, so that a setting emptied by someone with the vault key still counts."""
    found: dict[str, int] = {}
    row = s.get(Setting, VERSIONS_DUE)
    if row is not None and row.value:
        try:
            listed = json.loads(row.value)
        except ValueError:
            listed = {}
        if isinstance(listed, dict):
            for section, version in listed.items():
                if isinstance(version, int):
                    found[str(section)] = max(found.get(str(section), 0), version)
    if from_trail and grantsigs.trail_readable(s.connection()):
        for section, detail in s.execute(
            select(AuditEntry.section, AuditEntry.detail).where(
                AuditEntry.action == AuditAction.SECTION_KEY_DUE.value
            )
        ):
            match = _DUE_DETAIL.match(detail or "")
            if match:
                found[section] = max(found.get(section, 0), int(match.group(1)))
    return found


def _set_due(s: Session, due: dict[str, int], username: str) -> None:
    row = s.get(Setting, VERSIONS_DUE)
    value = json.dumps(due, sort_keys=True)
    if row is None:
        s.add(Setting(key=VERSIONS_DUE, value=value, updated_at=utcnow(), updated_by=username))
    else:
        row.value, row.updated_at, row.updated_by = value, utcnow(), username


def revoke_holder(session: VaultSession, s: Session, username: str) -> tuple[DueKey, ...]:
    """An account disabled or its password reset: its grants are dropped, and every section
    key its slot held is due a new version, recorded in a signed "section key due" entry per
    section and in ``VERSIONS_DUE``. No key is made here: the admin and the recovery key never
    know a section key. The first holder of each section whose session opens keys afterwards
    (sign-in, unlock), or who writes in a session opened before (``renew_due``, at the start
    of each of her units of work), makes the new version, seals it to the remaining holders
    and signs it.

    Her old password and an older copy of keyslots.json still open the versions she held (a
    backup carries her grants); nothing is sealed under those versions once the new one is
    made, and it is never sealed to her. A section she opened only by break-glass is due too.
    Between this moment and the holder's next session, nothing new is sealed in that section
    (a session writing in it makes the version first)."""
    slot_id = user_slot_id(username)
    # The sections she could open: by her own grants, and by her break-glass grants (a
    # section she reads only by break-glass moves too, or her old break-glass grant, kept in a
    # backup, would open what is written after).
    held = sorted(
        set(
            s.scalars(
                select(SectionKeyGrant.section).where(
                    SectionKeyGrant.slot_id.in_([slot_id, glasskeys.glass_slot(username)])
                )
            )
        )
    )
    newest = {
        section: int(
            s.scalar(
                select(func.max(SectionKeyGrant.version)).where(SectionKeyGrant.section == section)
            )
            or 0
        )
        for section in held
    }
    drop_grants(s, username)
    # The search index's snapshot is sealed under a version she held: dropped, so it never
    # outlives her grants (the next holder's sign-in writes it under the new version).
    caseindex.drop_snapshot(s)
    if not held:
        return ()
    due = due_versions(s)
    found = []
    for section in held:
        after = max(newest[section], due.get(section, 0))
        due[section] = after
        session.audit(
            s,
            AuditAction.SECTION_KEY_DUE,
            section,
            record_ref=f"staff:{username}",
            detail=f"after v{after}",
        )
        found.append(DueKey(section, after))
    _set_due(s, due, session.actor.username)
    return tuple(found)


def renew_due(
    session: VaultSession,
    s: Session,
    due: dict[str, int] | None = None,
    made: list[SectionKey] | None = None,
) -> list[SectionKey]:
    """As a holder: a new version of each section she holds whose newest version a
    revocation made due (``due``; by default read from ``VERSIONS_DUE``) or that she holds for
    reading only (made by the admin before 0053), sealed to every remaining holder, to the
    break-glass slots (services.glasskeys) and, for the reviewers' key, published
    (services.glassreasons); signed by her, audited, and added to her ring. Each key is
    appended to ``made`` as it is added, so a caller whose transaction rolls back forgets
    it."""
    made = [] if made is None else made
    role = session.actor.role
    ring = session.section_keys
    if role is None or session.must_change_password or not ring.held():
        return made
    due = due_versions(s) if due is None else due
    for section in _due_sections(role, ring, due):
        key = _new_version(session, s, section, due.get(section, 0))
        ring.add(key)
        made.append(key)
    return made


def renewal_due(session: VaultSession, s: Session) -> bool:
    """Whether ``renew_due`` would make a new version now (one row read, nothing written)."""
    role = session.actor.role
    ring = session.section_keys
    if role is None or session.must_change_password or not ring.held():
        return False
    return bool(_due_sections(role, ring, due_versions(s)))


def _due_sections(role: Role, ring: KeyRing, due: dict[str, int]) -> list[str]:
    """The sections of ``ring`` due a new version that ``role`` reads, in order."""
    found = []
    for section in sorted({k.section for k in ring.held()}):
        newest = ring.newest(section)
        assert newest is not None
        if ring.current(section) is not None and due.get(section, 0) < newest.version:
            continue
        try:
            if role not in readers(Section(section)):
                continue
        except ValueError:
            continue
        found.append(section)
    return found


def _new_version(session: VaultSession, s: Session, section: str, after: int) -> SectionKey:
    top = s.scalar(
        select(func.max(SectionKeyGrant.version)).where(SectionKeyGrant.section == section)
    )
    key = new_key(section, max(int(top or 0), after) + 1)
    # A key swapped in the slots gets nothing and does not stop the holder's work (verify
    # names it).
    publics = glasskeys.authentic_publics(session, s)
    readers_of = readers(Section(section))
    s.flush()
    established = standing.roles(s.connection(), session.vault_id)  # never what staff says alone
    active = {
        user_slot_id(username)
        for (username,) in s.execute(
            select(StaffAccount.username).where(
                StaffAccount.active.is_(True), StaffAccount.must_change_password.is_(False)
            )
        )
        if established.get(username) in readers_of
    }
    # Only signed grants make a holder (a planted one would get the new version), sealed to
    # the key pair the slot has now, of an active account whose role reads the section.
    holders = {
        g.slot_id
        for g in grantsigs.valid(
            session,
            s,
            s.scalars(select(SectionKeyGrant).where(SectionKeyGrant.section == section)),
        )
        if g.slot_id in active and g.slot_id in publics and publics[g.slot_id].hex() == g.public_key
    }
    holders.add(user_slot_id(session.actor.username))
    for slot in sorted(holders):
        public = publics.get(slot)
        _grant(session, s, key, slot, public)
    session.audit(
        s,
        AuditAction.SECTION_KEY_CREATED,
        section,
        detail=f"v{key.version} renew holders={len(holders)}",
    )
    s.flush()
    # The colleagues' break-glass grants follow the new version now.
    glasskeys.seal_to_colleagues(session, s, [key])
    if section == glassreasons.SECTION:  # reasons are sealed for the new version from now
        glassreasons.publish(session, s, (key,))
    return key


def carry_grants(live: Engine, staged: Connection) -> None:
    """A restore: the restored database takes the live vault's grants (services.maintenance).
    Section keys do not change with a backup; who holds them, and under which key pair, is
    what keyslots.json (kept, not restored) says now."""
    with live.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(SectionKeyGrant.__table__))]
    staged.execute(delete(SectionKeyGrant))
    if rows:
        staged.execute(insert(SectionKeyGrant), rows)
    # And what the live vault's revocations made due: the backup's list may be older.
    with live.connect() as conn:
        live_due = conn.execute(
            select(Setting.__table__).where(Setting.__table__.c.key == VERSIONS_DUE)
        ).first()
    if live_due is not None:
        staged.execute(delete(Setting).where(Setting.key == VERSIONS_DUE))
        staged.execute(insert(Setting), [dict(live_due._mapping)])


def waiting_sections(session: VaultSession) -> tuple[Section, ...]:
    """The encrypted sections this person's role reads but whose key she does not hold yet:
    what the home screen shows as waiting for a colleague's confirmation."""
    role = session.actor.role
    if role is None:
        return ()
    return tuple(
        sec
        for sec in sorted(ENCRYPTED_SECTIONS)
        if role in readers(sec) and not session.section_keys.holds(sec)
    )


def require_key(session: VaultSession, section: Section) -> SectionKey:
    key = session.section_keys.current(section)
    if key is None:
        raise KeyNotHeld(waiting_message(section))
    return key


# ----- confirming a colleague ------------------------------------------------------------------


@dataclass(frozen=True)
class Confirmed:
    username: str
    sections: tuple[Section, ...]
    fingerprint: str


def slot_fingerprint(session: VaultSession, username: str) -> str:
    slot_id = user_slot_id(username)
    if slot_id not in session.slots.slots:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", 'There is no account named "{username}".').format(
                username=username
            )
        )
    return fingerprint(session.slots.slots[slot_id].public)


def confirm_colleague(
    session: VaultSession, username: str, expected_fingerprint: str | None = None
) -> Confirmed:
    """Seal every section key this holder has, and the colleague's role may read, to the
    colleague's key slot. ``expected_fingerprint``, if given, is what the colleague read on her
    own screen: a slot whose key differs (swapped in keyslots.json) is refused."""
    role = session.actor.role
    held = [
        sec
        for sec in sorted(ENCRYPTED_SECTIONS)
        if role is not None and role in readers(sec) and session.section_keys.holds(sec)
    ]
    if not held:
        raise session.refuse(sorted(ENCRYPTED_SECTIONS)[0], Action.READ, f"staff:{username}")
    with session.system_transaction() as s:
        staff = s.scalars(select(StaffAccount).where(StaffAccount.username == username)).first()
        slot_id = user_slot_id(username)
        public = colleague_publics(session, s).get(slot_id)
        if staff is None or not staff.active or public is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Messages", 'There is no account named "{username}".').format(
                    username=username
                )
            )
        if staff.must_change_password:
            raise ValidationFailed(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{username} has not chosen their own password yet: confirm the account "
                    "after its first sign-in.",
                ).format(username=username)
            )
        print_ = fingerprint(public)
        if expected_fingerprint is not None and _squash(expected_fingerprint) != _squash(print_):
            raise ValidationFailed(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The fingerprint does not match the account's key: nothing was granted. "
                    "Check it with your colleague in person.",
                )
            )
        # Her role as an admin created it, signed: one changed in ``staff`` by someone with the
        # vault key (the red team's) gets no key (services.standing).
        colleague = standing.roles(s.connection(), session.vault_id).get(username)
        granted = tuple(sec for sec in held if colleague in readers(sec))
        if colleague is None:
            raise ValidationFailed(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{username}'s account is not as an admin created it: nothing was granted. "
                    "Ask the admin to run the checks (verify).",
                ).format(username=username)
            )
        if not granted:
            raise ValidationFailed(
                QT_TRANSLATE_NOOP(
                    "Messages", "{username}'s role does not read the records you hold keys for."
                ).format(username=username)
            )
        for sec in granted:
            for key in session.section_keys.held():
                if key.section == sec:
                    _grant(session, s, key, slot_id, public)
            session.audit(
                s,
                AuditAction.SECTION_KEY_GRANTED,
                sec,
                record_ref=f"staff:{username}",
                detail=print_.replace(" ", "")[:16],
            )
        s.flush()
        glasskeys.extend(session, s)  # and her break-glass grants, if her role has any
        return Confirmed(username, granted, print_)


def _squash(text: str) -> str:
    return "".join(text.split()).lower()


def unconfirmed_colleagues(session: VaultSession) -> tuple[str, ...]:
    """Active accounts whose role reads a section this holder holds, still waiting for it."""
    role = session.actor.role
    held = [sec for sec in sorted(ENCRYPTED_SECTIONS) if session.section_keys.holds(sec)]
    if role is None or not held:
        return ()
    with session.system_transaction() as s:
        waiting = []
        publics = colleague_publics(session, s)
        established = standing.roles(s.connection(), session.vault_id)
        for staff in s.scalars(select(StaffAccount).where(StaffAccount.active.is_(True))):
            slot_id = user_slot_id(staff.username)
            if slot_id not in publics or staff.username not in established:
                continue
            public = publics[slot_id].hex()
            for sec in held:
                if established[staff.username] not in readers(sec):
                    continue
                has = grantsigs.valid(
                    session,
                    s,
                    s.scalars(
                        select(SectionKeyGrant).where(
                            SectionKeyGrant.section == sec,
                            SectionKeyGrant.slot_id == slot_id,
                            SectionKeyGrant.public_key == public,
                        )
                    ),
                )
                if not has:
                    waiting.append(staff.username)
                    break
        return tuple(sorted(waiting))


# ----- sealed fields ---------------------------------------------------------------------------


def seal(
    key: SectionKey,
    table: str,
    column: str,
    row_id: int,
    version: int,
    text: str,
    case: CaseRef | None = None,
) -> str:
    """``text`` sealed for a row: in form 2, bound to ``case``, for a row of a survivor's case
    (sealedcolumns.case_of), else in form 1."""
    if case is not None:
        return encrypt_bound(key, text, table, column, row_id, version, case)
    return encrypt_field(key, text, field_aad(table, column, row_id, version))


def open_sealed(
    ring: KeyRing,
    table: str,
    column: str,
    row_id: int,
    version: int,
    token: str,
    section_of: str | None = None,
    case: CaseRef | None = None,
    older_ok: Callable[[], bool] | None = None,
) -> str:
    """The plaintext of a sealed field; KeyNotHeld when it does not open with ``ring`` (or is
    sealed under another section's key than ``section_of``, or does not name ``case``, the
    case its row is read under: form 1 there only while ``older_ok()``)."""
    try:
        return open_field(ring, token, table, column, row_id, version, case, section_of, older_ok)
    except SealedFieldError:
        raise KeyNotHeld(sealedcolumns.ALTERED) from None


def seal_row(session: VaultSession, row: Any, section: Section, columns: Iterable[str]) -> None:
    """Seal ``columns`` of a flushed row (it has its id) at its current version, in place:
    the row's attributes hold the plaintext on entry and the sealed text on return (in form 2,
    bound to the row's case: sealedcolumns.case_of)."""
    key = require_key(session, section)
    table = row.__table__.name
    case = sealedcolumns.case_of(object_session(row), row)
    for column in columns:
        text = getattr(row, column)
        setattr(row, column, seal(key, table, column, row.id, row.version, text, case))
    row.key_version = key.version


def open_row(session: VaultSession, row: Any, column: str) -> str:
    """A sealed column of a row as text (a row not yet sealed, from before, as it is; such a
    row in a section the trail records as bound was written by someone with the vault key:
    refused, as an altered one is)."""
    value: str = getattr(row, column)
    if row.key_version is None:
        if value and sealedcolumns.older_refused(
            object_session(row), sealedcolumns.row_section(row), [value]
        ):
            raise KeyNotHeld(sealedcolumns.ALTERED)
        return value
    s = object_session(row)
    section = sealedcolumns.row_section(row)
    return open_sealed(
        session.section_keys,
        row.__table__.name,
        column,
        row.id,
        row.version,
        value,
        section.value,
        sealedcolumns.case_of(s, row),
        sealedcolumns.older_form_ok(s, section),
    )


def open_snapshot(
    session: VaultSession,
    table: str,
    record_id: int,
    version: int,
    fields: dict[str, Any],
    case: CaseRef | None = None,
) -> dict[str, Any]:
    """A record_history snapshot with its sealed fields opened (its own version's AD), and
    without the bookkeeping ``key_version``: the fields as the record had them. ``case``: the
    case the record is read under (sealedcolumns.case_of of its row), which a snapshot sealed
    in form 2 must name; one sealed in form 1 (before migration 0069) opens only until its
    section is recorded as bound to its cases (the holder's sign-in sealed its history again
    in form 2)."""
    sealed_with = fields.pop("key_version", None)
    if sealed_with is None:
        # Older text; in a section recorded as bound, a forgery: refused, as an altered one.
        if sealedcolumns.snapshot_refused(session.known_bound, table, fields):
            raise KeyNotHeld(sealedcolumns.ALTERED)
        return fields
    opened = dict(fields)
    as_json = sealedcolumns.snapshot_extras(table)
    # A snapshot sealed with a key version holds its sealed fields sealed, under its section's
    # key: plain text there, or a field sealed under another section's key, was written by
    # someone with the vault key (a red team's), and is refused as altered.
    found = sealedcolumns.snapshot_columns(table, fields)
    if found is not None:
        section, names = found
        for name in names:
            value = fields.get(name)
            if value in (None, "", [], {}):
                continue
            if not is_sealed(value) or str(value).split(".", 2)[1] != section.value:
                raise KeyNotHeld(sealedcolumns.ALTERED)
    if found is not None and case is not None:
        older = [v for n in found[1] if is_sealed(v := fields.get(n)) and not is_bound(v)]
        if older and found[0].value in session.known_text_bound:
            raise KeyNotHeld(sealedcolumns.ALTERED)  # form 1 put there since: not opened
    for name, value in fields.items():
        if is_sealed(value):
            text = open_sealed(
                session.section_keys,
                table,
                name,
                record_id,
                version,
                value,
                case=case if is_bound(value) else None,
            )
            opened[name] = json.loads(text) if name in as_json else text
    return opened


def seal_draft(session: VaultSession, row: Draft, section: Section, content: str) -> str:
    key = require_key(session, section)
    return seal(key, "drafts", "content", row.id, 0, content)


def open_draft(session: VaultSession, row: Draft) -> str | None:
    """A draft's JSON content; None if it is sealed with a key this person does not hold."""
    if not is_sealed(row.content):
        # Older text; in a section recorded as bound, a forgery: not offered.
        if sealedcolumns.older_refused(object_session(row), row.section, [row.content]):
            return None
        return row.content
    try:
        return decrypt_field(
            session.section_keys, row.content, field_aad("drafts", "content", row.id, 0)
        )
    except SealedFieldError:
        return None


def seal_older_text(
    session: VaultSession, s: Session, progress: ProgressReport | None = None
) -> int:
    """Seal the text of held sections written before section keys (a migrated vault): the
    rows, their history and the section's drafts. Returns how many were sealed.

    At 100,000 survivors that is 1.4 million rows and minutes of work, so it streams: each
    table is read PROGRESS_STEP rows at a time in the order of its key (keyset pagination:
    the rows after the last one read, never an offset), each batch sealed, flushed and let
    go before the next is read, so what is held at once is one batch whatever the vault's
    size. All of it is done in the caller's transaction (the sign-in's), as before: a sign-in
    killed half way leaves nothing sealed and nothing half-sealed, and the next holder's
    sign-in finds every row still older and seals it.

    ``progress(done, total)``, if given, is told how far it is as it starts (the total is
    counted first, by the same filters), after each PROGRESS_STEP rows (each batch flushed,
    so the count follows the work) and once at the end; it is never told anything when
    nothing waits."""
    from onestop.services import attachmentblobs  # it imports this module

    # Older attachment files a killed sign-in (or move) unlisted but did not delete.
    attachmentblobs.finish_drops(session, s)
    # A section the trail records as bound has no older form left (its holder's sign-in
    # sealed it all, then recorded it): text with no key version found there, or an
    # attachment in an older form, was put there by someone with the vault key, and is
    # neither opened nor sealed, which would launder it (services.attachmentblobs,
    # services.sealedcolumns.older_refused). Only its rows with no text (written without
    # the key: sealedcolumns._before_insert) are still sealed.
    bound = session.bound_sections(s) if session.section_keys.held() else frozenset()
    work = _older_work(session, s, bound)
    review = session.section_keys.current(glassreasons.SECTION)
    reasons = _count(s, glassreasons.older_rows()) if review is not None else 0
    # Attachments whose content the vault layer alone holds (before migration 0063).
    # Asked only of the sections she holds (on a centre's server her login reads no other,
    # and updates only the rows of those she writes: a server upgraded from before migration
    # 0063 has its older attachments sealed by their writers).
    on_server = s.get_bind().dialect.name == "postgresql"
    role = session.actor.role
    held = {
        section: key
        for section in _keyed_record_sections()
        if (key := session.section_keys.current(section)) is not None
        and not (on_server and (role is None or not permits(role, section, Action.WRITE)))
    }
    contents = [
        (section, held[section], attachmentblobs.count_older(s, section))
        for section in (attachmentblobs.sections_with_older(s, held) if held else ())
        if section.value not in bound
    ]
    to_record = [section for section in sorted(held) if section.value not in bound]
    # Text sealed in form 1 in rows of survivors' cases (before migration 0069): sealed again
    # in form 2, bound to its case, then each section recorded as bound to its cases
    # (``_bind_text``). Not on a centre server, where no marker is kept (docs/SECURITY.md).
    text_bound = (
        session.text_bound_sections(s)
        if session.section_keys.held() and not on_server
        else frozenset()
    )
    rebind = [] if on_server else _rebind_work(session, s, text_bound)
    total = reasons + sum(count for *_, count in work) + sum(n for *_, n in contents)
    total += sum(count for *_, count in rebind)
    if not total:
        _record_bound(session, s, to_record)  # nothing older there: bound from now on
        session.note_bound(section.value for section in to_record)
        _record_text_bound(session, s, [section for section, *_ in rebind])
        return 0
    steps = _Steps(s, total, progress)
    steps.begin()
    if review is not None and reasons:
        sealed = _seal_older_reasons(session, s, review, steps)
        session.audit(s, AuditAction.SECTION_TEXT_SEALED, glassreasons.SECTION, detail=str(sealed))
    for section, key, tables, count in work:
        if not count:
            continue
        sealed = 0
        was_bound = section.value in bound
        for table in tables:
            sealed += _seal_older_rows(session, s, section, table, steps, was_bound)
        if not was_bound:
            for table in tables:
                sealed += _seal_older_history(s, key, table, steps)
            for drafts in _batched(_older_drafts(s, section)):
                for draft in drafts:
                    draft.content = seal(key, "drafts", "content", draft.id, 0, draft.content)
                sealed += steps.done_with(drafts)
        if sealed:
            session.audit(s, AuditAction.SECTION_TEXT_SEALED, section, detail=str(sealed))
    _bind_attachments(session, s, contents, to_record, steps)
    session.note_bound(section.value for section in to_record)
    _bind_text(session, s, rebind, steps)
    steps.finish()
    return steps.done


# ----- text bound to its case (form 2, migration 0069) -------------------------------------------


def _form_one_query(table: SealedTable) -> Select[Any] | None:
    """The rows of ``table`` (one of survivors' cases) holding text sealed in form 1, which
    does not name the case (vault.sectionkeys); None for a table whose rows belong to no case."""
    model = table.model
    if not sealedcolumns.is_case_table(model.__table__):
        return None
    prefix = PREFIX + "."
    older = [func.substr(getattr(model, c), 1, len(prefix)) == prefix for c in table.columns]
    query = select(model).where(model.key_version.is_not(None), or_(*older))
    if table.filed_in:
        filed = getattr(model, sealedcolumns.ROW_SECTION[model])
        query = query.where(filed.in_(table.filed_in))
    return query


def _rebind_work(
    session: VaultSession, s: Session, text_bound: frozenset[str]
) -> list[tuple[Section, tuple[SealedTable, ...], int]]:
    """Each section she holds the current key of and that the trail does not record as bound
    to its cases: its tables and how many rows hold text in form 1 (counted, not loaded)."""
    work = []
    for section, tables in SEALED_TABLES.items():
        if section.value in text_bound or session.section_keys.current(section) is None:
            continue
        queries = [q for t in tables if (q := _form_one_query(t)) is not None]
        queries += [q for t in tables if (q := _form_one_history(t)) is not None]
        work.append((section, tables, sum(_count(s, q) for q in queries)))
    return work


def _form_one_history(table: SealedTable) -> Select[Any] | None:
    """The history snapshots of ``table`` (one of survivors' cases) holding a value in form 1
    (a JSON string beginning ``osk1.``); None for a table whose rows belong to no case, or
    kept in its owner's history (SealedTable.extras)."""
    if not table.record_type or not sealedcolumns.is_case_table(table.model.__table__):
        return None
    query = select(RecordVersion).where(
        RecordVersion.record_type == table.record_type,
        RecordVersion.snapshot.contains(f'"{PREFIX}.'),
    )
    if table.filed_in:  # an attachment's: those filed, at that version, where this key seals
        filed = sealedcolumns.ROW_SECTION[table.model]
        query = query.where(
            or_(*(RecordVersion.snapshot.contains(f'"{filed}": "{x}"') for x in table.filed_in))
        )
    return query


def _rebind_snapshot(
    session: VaultSession, s: Session, table: SealedTable, old: RecordVersion
) -> bool:
    """One history snapshot's values in form 1 sealed again in form 2, bound to the case of
    the record it keeps (its row as it is now), under the same key version; False if one of
    them does not open with her keys, or the record is no longer there."""
    fields = json.loads(old.snapshot)
    name = table.model.__table__.name
    case = sealedcolumns.case_of_record(s, name, old.record_id)
    sealed_with = fields.get("key_version")
    if case is None or not isinstance(fields, dict) or sealed_with is None:
        return False
    key = session.section_keys.get(_snapshot_section(table, fields), int(sealed_with))
    if key is None:
        return False
    ring = KeyRing()
    ring.add(key)
    names = [*table.columns, *table.extras]
    try:
        for column in names:
            value = fields.get(column)
            if isinstance(value, str) and value.startswith(PREFIX + "."):
                aad = field_aad(name, column, old.record_id, old.version)
                text = decrypt_field(ring, value, aad, key.section)
                fields[column] = encrypt_bound(
                    key, text, name, column, old.record_id, old.version, case
                )
    except SealedFieldError:
        return False
    old.snapshot = json.dumps(fields, ensure_ascii=False)
    return True


def _snapshot_section(table: SealedTable, fields: dict[str, Any]) -> str:
    found = sealedcolumns.snapshot_columns(table.model.__table__.name, fields)
    return found[0].value if found is not None else ""


def _bind_text(
    session: VaultSession,
    s: Session,
    work: list[tuple[Section, tuple[SealedTable, ...], int]],
    steps: _Steps,
) -> None:
    """The rows of ``work`` holding text in form 1 sealed again in form 2 (at the same
    version of the row, under the current version of the key), in the sign-in's transaction,
    then each section recorded as bound to its cases: from then on form 1 does not open in a
    row of a case there (sealedcolumns.older_form_ok). A row whose text does not open with her
    keys (sealed with a version she was not given, or altered) is left as it is, and so no
    longer opens; it is counted in the trail."""
    if any(count for *_, count in work):
        sealedcolumns.prime_cases(s)  # every case's reference in one query, not one per case
    for section, tables, count in work:
        if not count:
            continue
        rebound = left = 0
        for table in tables:
            done, not_done = _rebind_table(session, s, section, table, steps)
            rebound, left = rebound + done, left + not_done
        if rebound:
            detail = f"{rebound} row(s) bound to their cases"
            session.audit(s, AuditAction.SECTION_TEXT_SEALED, section, detail=detail)
        if left:
            detail = f"{left} row(s) not bound to their cases: they did not open"
            session.audit(s, AuditAction.SECTION_TEXT_SEALED, section, detail=detail)
    _record_text_bound(session, s, [section for section, *_ in work])


def _rebind_table(
    session: VaultSession, s: Session, section: Section, table: SealedTable, steps: _Steps
) -> tuple[int, int]:
    """``table``'s rows and history snapshots in form 1 sealed again in form 2: how many
    were, and how many did not open."""
    rebound = left = 0
    query = _form_one_query(table)
    if query is None:
        return 0, 0
    for batch in _batches(s, query, _primary_key(table.model)):
        for row in batch:
            if _rebind_row(session, row, section, table):
                rebound += 1
            else:
                left += 1
        steps.done_with(batch)
    history = _form_one_history(table)
    if history is not None:
        for versions_ in _batches(s, history, _HISTORY_ORDER):
            for old in versions_:
                if _rebind_snapshot(session, s, table, old):
                    rebound += 1
                else:
                    left += 1
            steps.done_with(versions_)
    return rebound, left


def _rebind_row(session: VaultSession, row: Any, section: Section, table: SealedTable) -> bool:
    """One row's text sealed again in form 2, bound to its case; False if it did not open."""
    if type(row) in sealedcolumns.TRANSPARENT:
        if sealedcolumns.is_closed(row):
            return False
        flag_modified(row, "key_version")  # the ORM layer seals it again at the flush
        return True
    try:
        plain = {c: open_row(session, row, c) for c in table.columns if getattr(row, c)}
    except KeyNotHeld:
        return False
    for column, text in plain.items():
        setattr(row, column, text)
    seal_row(session, row, section, [c for c in table.columns if c in plain])
    return True


def _record_text_bound(session: VaultSession, s: Session, sections: Iterable[Section]) -> None:
    """Each of ``sections`` recorded in the signed trail as bound to its cases
    (services.attachmentblobs.text_bound_sections)."""
    from onestop.services import attachmentblobs  # it imports this module

    if s.get_bind().dialect.name == "postgresql":
        return
    recorded = sorted(sections)
    for section in recorded:
        detail = attachmentblobs.TEXT_BOUND
        session.audit(s, AuditAction.SECTION_TEXT_SEALED, section, detail=detail)
    session.note_text_bound(section.value for section in recorded)


def _bind_attachments(
    session: VaultSession,
    s: Session,
    contents: list[tuple[Section, SectionKey, int]],
    to_record: list[Section],
    steps: _Steps,
) -> None:
    """The attachments of ``contents`` (held sections) in an older form sealed or rebound to
    their rows (services.attachmentblobs.bind_older), each section of ``to_record`` recorded
    as bound, and the automatic pre-upgrade backups beside the vault that held a file let go
    deleted once this commits (said in the trail).

    A section is recorded even when some of its attachments could not be bound (sealed in
    form 1 with a version of the key she was not given, or naming no case): waiting for them
    would let anyone with the vault key keep the section open to forgeries for good by
    planting one such row (a fourth red team's finding). They stay as they are, no longer
    open, and ``verify`` names them."""
    from onestop.services import attachmentblobs  # it imports this module

    older_files: list[str] = []
    for section, key, _ in contents:
        done = attachmentblobs.bind_older(session, s, section, key, steps.attachments_done)
        if done.sealed:
            detail = f"{done.sealed} attachment(s)"
            session.audit(s, AuditAction.SECTION_TEXT_SEALED, section, detail=detail)
        if done.rebound:
            detail = f"{done.rebound} attachment(s) bound to their rows"
            session.audit(s, AuditAction.SECTION_TEXT_SEALED, section, detail=detail)
        if done.left:
            detail = f"{done.left} attachment(s) not bound: sealed with a key version not held"
            session.audit(s, AuditAction.SECTION_TEXT_SEALED, section, detail=detail)
        older_files += done.older_files
    _record_bound(session, s, to_record)
    if older_files and s.get_bind().dialect.name != "postgresql":
        archives = attachmentblobs.backups_holding(session, older_files)
        if archives:
            session.audit(
                s,
                AuditAction.BACKUP_REMOVED,
                detail=f"{len(archives)} pre-upgrade backup(s) held attachments now sealed",
            )
            attachmentblobs.remove_after_commit(s, archives)


def _record_bound(session: VaultSession, s: Session, sections: Iterable[Section]) -> None:
    """Each of ``sections`` recorded in the signed trail as holding no attachment in an older
    form (services.attachmentblobs.bound_sections)."""
    from onestop.services import attachmentblobs  # it imports this module

    if s.get_bind().dialect.name == "postgresql":
        return  # a staff login there reads no audit entry (attachmentblobs.bound_sections)
    for section in sections:
        session.audit(s, AuditAction.SECTION_TEXT_SEALED, section, detail=attachmentblobs.BOUND)


def _keyed_record_sections() -> tuple[Section, ...]:
    """The sections of a survivor's file that have a key of their own: an attachment filed in
    one has its content sealed under it (services.attachmentblobs)."""
    return tuple(s for s in sorted(ENCRYPTED_SECTIONS) if s.is_survivor_record)


def sections_not_sealed(s: Session) -> tuple[Section, ...]:
    """The sections still holding text written before section keys, or attachments whose
    content is not sealed under the section's key yet (a migrated vault whose holders of
    those sections have not signed in since): counted on coded columns, for anyone (the admin
    holds no section key), never opened."""
    waiting = [
        section
        for section, tables in SEALED_TABLES.items()
        if any(_count_older_rows(s, t) or _count_older_history(s, t) for t in tables)
        or next(_older_drafts(s, section, counting=True), None) is not None
    ]
    if _count(s, glassreasons.older_rows()) and glassreasons.SECTION not in waiting:
        waiting.append(glassreasons.SECTION)
    from onestop.services import attachmentblobs  # it imports this module

    # Attachments whose content the vault layer alone holds (before migration 0063).
    for section in attachmentblobs.sections_with_older(s, _keyed_record_sections()):
        if section not in waiting:
            waiting.append(section)
    return tuple(waiting)


def _older_work(
    session: VaultSession, s: Session, bound: frozenset[str] = frozenset()
) -> list[tuple[Section, SectionKey, tuple[SealedTable, ...], int]]:
    """Each held section with older text: its key, its tables and how many rows wait (counted,
    not loaded). In a section recorded as ``bound``, only its rows without text wait: older
    text, history or drafts there are forgeries, left as they are (``verify`` names them)."""
    work = []
    for section, tables in SEALED_TABLES.items():
        key = session.section_keys.current(section)
        if key is None:
            continue
        if section.value in bound:
            count = sum(_count(s, _older_rows_query(t, empty_only=True)) for t in tables)
        else:
            count = sum(_count_older_rows(s, t) + _count_older_history(s, t) for t in tables)
            count += sum(1 for _ in _older_drafts(s, section, counting=True))
        work.append((section, key, tables, count))
    return work


def _seal_older_reasons(
    session: VaultSession, s: Session, review: SectionKey, steps: _Steps
) -> int:
    public = (review.version, glassreasons.review_public(review))
    sealed = 0
    for batch in _batches(s, glassreasons.older_rows(), _primary_key(BreakGlassAccess)):
        for access in batch:
            reason, note = access.reason, access.review_note
            glassreasons.seal_row(session, s, access, public, reason, note)
        sealed += steps.done_with(batch)
    return sealed


class _Steps:
    """How far sealing older text is: each batch flushed, let go, counted, and reported each
    time the count passes a multiple of PROGRESS_STEP."""

    def __init__(self, s: Session, total: int, progress: ProgressReport | None) -> None:
        self._s, self.total, self._progress, self.done = s, total, progress, 0

    def begin(self) -> None:
        if self._progress is not None and self.total:
            self._progress(0, self.total)

    def done_with(self, batch: list[Any]) -> int:
        """A batch sealed: flushed (identity rows are sealed at the flush, by
        services.sealedcolumns), taken out of the session so nothing keeps it, counted."""
        self._s.flush()
        faults.checkpoint(faults.SEALING_BATCH)
        for row in batch:
            self._s.expunge(row)
        self.advance(len(batch))
        return len(batch)

    def advance(self, count: int, *, report: bool = False) -> None:
        """``count`` more sealed, counted; reported each PROGRESS_STEP, or now if ``report``
        (an attachments' batch: each one a file read and written, slower than a row)."""
        before, self.done = self.done, self.done + count
        passed = self.done // PROGRESS_STEP > before // PROGRESS_STEP
        if self._progress is not None and (passed or report):
            self._progress(min(self.done, self.total), self.total)

    def attachments_done(self, count: int) -> None:
        self.advance(count, report=True)

    def finish(self) -> None:
        self._s.flush()
        if self._progress is not None and self.total:
            self._progress(self.total, self.total)


def _batches(s: Session, query: Select[Any], keys: tuple[Any, ...]) -> Iterator[list[Any]]:
    """The rows ``query`` selects, PROGRESS_STEP at a time, in the order of ``keys`` (a unique
    key of the rows): each batch is the rows after the last one of the batch before, so a
    batch sealed (or left alone) never moves the next, and reading stays one batch deep."""
    last: tuple[Any, ...] | None = None
    while True:
        page = query
        if last is not None:
            after = tuple_(*keys) > tuple_(*last) if len(keys) > 1 else keys[0] > last[0]
            page = page.where(after)
        batch = list(s.scalars(page.order_by(*keys).limit(PROGRESS_STEP)))
        if not batch:
            return
        last = tuple(getattr(batch[-1], k.key) for k in keys)
        yield batch


def _draining(s: Session, query: Select[Any], keys: tuple[Any, ...]) -> Iterator[list[Any]]:
    """The rows ``query`` selects, PROGRESS_STEP at a time, for a caller that takes each batch
    out of the query's reach (seals it) before asking for the next: for a key of several
    columns, which the partial index of the unsealed rows (migration 0054) cannot give in
    order, so a keyset would sort what remains at every batch. A row seen twice means the
    batch before was not sealed: that stops it rather than loop."""
    seen: set[tuple[Any, ...]] = set()
    while True:
        batch = list(s.scalars(query.limit(PROGRESS_STEP)))
        if not batch:
            return
        ids = {tuple(getattr(row, k.key) for k in keys) for row in batch}
        if ids & seen:
            raise RuntimeError(f"{query.get_final_froms()[0]}: a batch was not sealed")
        seen = ids
        yield batch


def _batched(items: Iterator[Any]) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == PROGRESS_STEP:
            yield batch
            batch = []
    if batch:
        yield batch


def _count(s: Session, query: Select[Any]) -> int:
    return int(s.scalar(select(func.count()).select_from(query.subquery())) or 0)


def _older_rows_query(table: SealedTable, *, empty_only: bool = False) -> Select[Any]:
    """The rows of ``table`` with no key version; ``empty_only``: those whose sealed columns
    are all empty (sealedcolumns.has_text)."""
    query = select(table.model).where(table.model.key_version.is_(None))
    if empty_only:
        for name in table.columns:
            column = getattr(table.model, name)
            query = query.where(or_(column.is_(None), column == ""))
    if table.filed_in:
        filed = getattr(table.model, sealedcolumns.ROW_SECTION[table.model])
        query = query.where(filed.in_(table.filed_in))
    return query


def _count_older_rows(s: Session, table: SealedTable) -> int:
    return _count(s, _older_rows_query(table))


def _primary_key(model: type[Any]) -> tuple[Any, ...]:
    return tuple(getattr(model, c.key) for c in model.__table__.primary_key.columns)


def _seal_older_rows(
    session: VaultSession,
    s: Session,
    section: Section,
    table: SealedTable,
    steps: _Steps,
    empty_only: bool = False,
) -> int:
    sealed = 0
    keys = _primary_key(table.model)
    read = _batches if len(keys) == 1 else _draining
    for batch in read(s, _older_rows_query(table, empty_only=empty_only), keys):
        for row in batch:
            if table.model in sealedcolumns.TRANSPARENT:
                flag_modified(row, "key_version")  # the ORM layer seals it at the flush
            else:
                seal_row(session, row, section, table.columns)
        sealed += steps.done_with(batch)
    return sealed


def _older_history_query(table: SealedTable) -> Select[Any]:
    return select(RecordVersion).where(
        RecordVersion.record_type == table.record_type,
        or_(
            ~RecordVersion.snapshot.contains('"key_version"'),
            RecordVersion.snapshot.contains('"key_version": null'),
        ),
    )


# In the order of ix_record_history_record (record_type, record_id, version), then the id.
_HISTORY_ORDER = (RecordVersion.record_id, RecordVersion.version, RecordVersion.id)


def _older_history(
    s: Session, table: SealedTable
) -> Iterator[list[tuple[RecordVersion, dict[str, Any]]]]:
    """The history snapshots of ``table`` not sealed yet, each with its fields, by batch."""
    if not table.record_type:
        return  # kept in its owner's history (SealedTable.extras)
    filed = sealedcolumns.ROW_SECTION.get(table.model, "")
    for batch in _batches(s, _older_history_query(table), _HISTORY_ORDER):
        older = []
        for old in batch:
            fields = json.loads(old.snapshot)
            if table.filed_in and fields.get(filed) not in table.filed_in:
                s.expunge(old)  # sealed with another section's key, at its holder's sign-in
            elif fields.get("key_version") is None:
                older.append((old, fields))
            else:
                s.expunge(old)
        if older:
            yield older


def _count_older_history(s: Session, table: SealedTable) -> int:
    if not table.record_type:
        return 0
    if not table.filed_in:
        # The filter is exact: in a snapshot's JSON a quote inside a value is escaped, so
        # '"key_version"' is only ever the key itself.
        return _count(s, _older_history_query(table))
    return sum(len(batch) for batch in _older_history(s, table))


def _seal_older_history(s: Session, key: SectionKey, table: SealedTable, steps: _Steps) -> int:
    name = table.model.__table__.name
    bound = sealedcolumns.is_case_table(name)
    sealed = 0
    for batch in _older_history(s, table):
        for old, fields in batch:
            # In form 2, bound to the case its record is in (a record no longer there, whose
            # history is never read: to none), for a table of survivors' cases.
            case = sealedcolumns.case_of_record(s, name, old.record_id) if bound else None
            if bound and case is None:
                case = NO_CASE
            for column in table.columns:
                if isinstance(fields.get(column), str):
                    fields[column] = seal(
                        key, name, column, old.record_id, old.version, fields[column], case
                    )
            for extra in table.extras:
                if extra in fields:
                    as_json = json.dumps(fields[extra], ensure_ascii=False)
                    fields[extra] = seal(
                        key, name, extra, old.record_id, old.version, as_json, case
                    )
            fields["key_version"] = key.version
            old.snapshot = json.dumps(fields, ensure_ascii=False)
        sealed += steps.done_with([old for old, _ in batch])
    return sealed


def _older_drafts(s: Session, section: Section, *, counting: bool = False) -> Iterator[Draft]:
    """The section's drafts not sealed yet, read by batch (``counting``: let go at once)."""
    query = select(Draft).where(Draft.section == section.value)
    for batch in _batches(s, query, (Draft.id,)):
        for draft in batch:
            if is_sealed(draft.content):
                s.expunge(draft)
            else:
                if counting:
                    s.expunge(draft)
                yield draft


# ----- older text in a section recorded as bound (verify) ----------------------------------------

# Tables whose rows name no case: the column naming the row they belong to, and its table.
_PARENT: Mapping[str, tuple[str, str]] = {
    "injuries": ("encounter_id", "health_encounters"),
    "treatments": ("encounter_id", "health_encounters"),
    "follow_ups": ("encounter_id", "health_encounters"),
    "specimens": ("exam_id", "forensic_exams"),
    "custody_events": ("specimen_id", "specimens"),
    "incident_perpetrators": ("incident_id", "incidents"),
    "conference_action_reviews": ("action_id", "conference_actions"),
}


def _case_of(conn: Connection, table: str, row_id: int) -> str:
    """The reference of the case a row belongs to (codes only), or "(no case)"."""
    while table in _PARENT:
        column, parent = _PARENT[table]
        found = conn.exec_driver_sql(f"SELECT {column} FROM {table} WHERE id = ?", (row_id,))
        value = found.scalar()
        if value is None:
            return "(no case)"
        table, row_id = parent, int(value)
    if table == "cases":
        query = "SELECT reference FROM cases WHERE id = ?"
    elif table == "perpetrators":
        return "(no case)"
    else:
        query = f"SELECT c.reference FROM {table} t JOIN cases c ON c.id = t.case_id WHERE t.id = ?"
    reference = conn.exec_driver_sql(query, (row_id,)).scalar()
    return str(reference) if reference is not None else "(no case)"


Found = list[tuple[str, int, str, str]]  # (what, id, case reference, section)


def older_text_in_bound(conn: Connection, vault_id: str) -> Found:
    """What holds text with no key version in a section the trail records as bound, as (what,
    id, case reference, section): rows (by table), history snapshots ("history of" a table)
    and drafts. The sign-in that recorded the section sealed all of its older text first, and
    a row written without the key afterwards has no text (sealedcolumns._before_insert): so
    someone with the vault key wrote it. Read with coded columns only, never shown."""
    from onestop.services import attachmentblobs  # it imports this module

    bound = attachmentblobs.recorded_bound(conn, vault_id)
    found: Found = []
    for section, tables in SEALED_TABLES.items():
        if section.value not in bound:
            continue
        for table in tables:
            found += _forged_rows(conn, section, table)
            found += _forged_history(conn, section, table)
        found += _forged_drafts(conn, section)
    return found


def _forged_rows(conn: Connection, section: Section, table: SealedTable) -> Found:
    model_table = table.model.__table__
    name = model_table.name
    key = next(iter(model_table.primary_key.columns))
    filled = [and_(model_table.c[c].is_not(None), model_table.c[c] != "") for c in table.columns]
    query = select(key).where(model_table.c.key_version.is_(None), or_(*filled))
    if table.filed_in:
        column = sealedcolumns.ROW_SECTION[table.model]
        query = query.where(model_table.c[column].in_(table.filed_in))
    return [
        (name, int(row_id), _case_of(conn, name, int(row_id)), section.value)
        for (row_id,) in conn.execute(query.order_by(key))
    ]


def _forged_history(conn: Connection, section: Section, table: SealedTable) -> Found:
    if not table.record_type:
        return []
    name = table.model.__table__.name
    history = select(RecordVersion.id, RecordVersion.record_id, RecordVersion.snapshot).where(
        RecordVersion.record_type == table.record_type,
        or_(
            ~RecordVersion.snapshot.contains('"key_version"'),
            RecordVersion.snapshot.contains('"key_version": null'),
        ),
    )
    found: Found = []
    for version_id, record_id, snapshot in conn.execute(history.order_by(RecordVersion.id)):
        fields = json.loads(snapshot)
        if not isinstance(fields, dict) or fields.get("key_version") is not None:
            continue
        if table.filed_in and fields.get("section") not in table.filed_in:
            continue
        values = [fields.get(c) for c in (*table.columns, *table.extras)]
        if any(v for v in values if v not in ([], {})):
            case = _case_of(conn, name, int(record_id))
            found.append((f"history of {name}", int(version_id), case, section.value))
    return found


def _forged_drafts(conn: Connection, section: Section) -> Found:
    drafts = select(Draft.id, Draft.case_reference, Draft.content).where(
        Draft.section == section.value
    )
    return [
        ("drafts", int(draft_id), str(reference or "(no case)"), section.value)
        for draft_id, reference, content in conn.execute(drafts.order_by(Draft.id))
        if content and not is_sealed(content)
    ]


def text_not_bound(conn: Connection, vault_id: str) -> Found:
    """What holds sealed text not bound to the case its row is in, as (what, id, case
    reference, section), read with coded columns only (no key): a row whose text in form 2
    names another case in clear (moved from another survivor's file: not listed there, and
    it opens nowhere), and a row of a case holding text in form 1 in a section the trail
    records as bound to its cases (put back by someone with the vault key, or sealed before
    0069 with a key version no holder who signed in since was given): it does not open."""
    from onestop.services import attachmentblobs  # it imports this module

    bound = attachmentblobs.recorded_bound(conn, vault_id, attachmentblobs.TEXT_BOUND)
    found: Found = []
    for section, tables in SEALED_TABLES.items():
        for table in tables:
            model_table = table.model.__table__
            if not sealedcolumns.is_case_table(model_table):
                continue
            found += _text_elsewhere(conn, section, table)
            if section.value in bound:
                found += _older_form(conn, section, table)
    return found


def _older_form(conn: Connection, section: Section, table: SealedTable) -> Found:
    """The rows and history snapshots of ``table`` holding a value in form 1."""
    query = _form_one_query(table)
    assert query is not None
    model_table = table.model.__table__
    key = next(iter(model_table.primary_key.columns))
    name = model_table.name
    found: Found = [
        (f"{name} (older form)", int(i), _row_case(conn, name, int(i)), section.value)
        for (i,) in conn.execute(query.with_only_columns(key).order_by(key))
    ]
    history = _form_one_history(table)
    if history is not None:
        versions_ = history.with_only_columns(RecordVersion.id, RecordVersion.record_id)
        there = select(model_table.c.id)
        for version_id, record_id in conn.execute(versions_.order_by(RecordVersion.id)):
            if conn.execute(there.where(model_table.c.id == record_id)).first() is None:
                continue  # its record is gone: its history is read through it, never alone
            case = _case_of(conn, name, int(record_id))
            found.append((f"history of {name} (older form)", int(version_id), case, section.value))
    return found


def _row_case(conn: Connection, table: str, key: int) -> str:
    """``_case_of`` a row by the first column of its key (a link without an id of its own, an
    incident's perpetrator, by the row it belongs to)."""
    if "id" not in Base.metadata.tables[table].c:
        _, parent = sealedcolumns.CASE_PARENT[table]
        return _case_of(conn, parent, key)
    return _case_of(conn, table, key)


def _text_elsewhere(conn: Connection, section: Section, table: SealedTable) -> Found:
    """The rows of ``table`` with text in form 2 naming another case than the row's."""
    model_table = table.model.__table__
    name = model_table.name
    key = next(iter(model_table.primary_key.columns))
    prefix = BOUND_PREFIX + "."
    columns = [model_table.c[c] for c in table.columns]
    bound = [func.substr(c, 1, len(prefix)) == prefix for c in columns]
    query = select(key, *columns).where(or_(*bound))
    if table.filed_in:
        filed = model_table.c[sealedcolumns.ROW_SECTION[table.model]]
        query = query.where(filed.in_(table.filed_in))
    found: Found = []
    for row_id, *values in conn.execute(query.order_by(key)):
        named = {n for v in values if (n := sealed_case(v)) is not None}
        if not named:
            continue
        reference = _row_case(conn, name, int(row_id))
        here = conn.execute(select(Case.id).where(Case.reference == reference)).scalar() or 0
        if named != {here}:
            found.append(
                (f"{name} (sealed for another case)", int(row_id), reference, section.value)
            )
    return found
