"""Every text column of the vault, classified: sealed under a section key, coded, or not yet.

- ``ENCRYPTED``: survivor text sealed under its section's key (vault.sectionkeys); only the
  roles that may read the section (domain.roles, READ) hold that key, and for the audit
  section (break-glass reasons) only the roles that review break-glass, not the admin
  (services.sectionkeys.readers, services.glassreasons).
- ``CODED``: stays readable inside the database (and so to anyone holding the vault key): ids,
  references, user names, status and type codes, times, hashes. The services filter, sort,
  join and count on them, or they are the keys' own bookkeeping. Each group says why.
- ``NOT_YET``: survivor text still protected only by the vault key (SQLCipher), which the admin
  and the recovery key open too: the honest list of what a later change must move to
  ``ENCRYPTED``, table by table. Empty since migration 0047 sealed the break-glass reasons.

Times (``UtcDateTime``) are coded wherever they are: the services sort and filter on them.
tests/unit/test_insider_section_keys.py fails when a text column is in none of the lists.
"""

from __future__ import annotations

from collections.abc import Mapping

from onestop.domain.roles import Section

Column = tuple[str, str]  # (table, column)


IDENTITY_SEALED = (
    "name",
    "alias",
    "gender",
    "languages",
    "disability",
    "children_notes",
    "address",
    "safe_phone",
    "safe_code_word",
    "safe_notes",
    "closed_reason",
    "register_id",  # her id in the centre's earlier register: it may carry her name
)

# The health section's free text, table by table (an encounter's history keeps its injuries,
# treatments and follow-ups too: services.sealedcolumns.SNAPSHOT_EXTRAS), and why an encounter
# was entered in error.
HEALTH_SEALED: Mapping[str, tuple[str, ...]] = {
    "health_encounters": ("history", "examination", "error_reason"),
    "injuries": ("kind", "size", "description"),
    "treatments": ("notes",),
    "follow_ups": ("purpose",),
}

# The incidents' own text: where, how he is related to her, what happened, why it was entered in
# error.
INCIDENT_SEALED = ("place", "perpetrator_relationship", "description", "error_reason")

# The perpetrators' identity (part of the incidents section) and how each is related to her.
PERPETRATOR_SEALED: Mapping[str, tuple[str, ...]] = {
    "perpetrators": ("name", "description", "known_addresses", "weapons", "conditions"),
    "incident_perpetrators": ("relationship",),
}

# The forensic section's text: the examiner as written, her notes and opinion; who collected
# each specimen and its notes; each hand-over in the chain of custody: who handed it to whom,
# the organisation and why (none of them filtered on: the chain is read whole, per specimen).
# A specimen's seal number stays coded (CODED: it is matched for uniqueness and printed on the
# bag), and so do a hand-over's time and who recorded it.
FORENSIC_SEALED: Mapping[str, tuple[str, ...]] = {
    "forensic_exams": ("examiner", "notes", "opinion"),
    "specimens": ("collected_by", "notes"),
    "custody_events": ("handed_from", "handed_to", "organisation", "purpose"),
}

# The legal section's text: a matter's references, court, notes, judge and parties (her name
# as applicant, his as respondent); a hearing's court, purpose and outcome; an order's type and
# conditions.
LEGAL_SEALED: Mapping[str, tuple[str, ...]] = {
    "legal_matters": (
        "police_reference",
        "court",
        "court_case_number",
        "notes",
        "judge",
        "applicant",
        "respondent",
    ),
    "hearings": ("court", "purpose", "outcome"),
    "protection_orders": ("order_type", "conditions"),
}

# The shelter section's text: where she went when she left, what she needs while she waits for
# a place and why she left the waiting list. The room and bed of a stay stay coded (CODED).
SHELTER_SEALED: Mapping[str, tuple[str, ...]] = {
    "shelter_stays": ("exit_destination",),
    "shelter_waiting": ("needs", "outcome"),
}

# A referral's text: the service asked for, the notes (what the agency is told of her), the
# agency's feedback, its contact and its own reference for her. The agency's name stays coded.
REFERRAL_SEALED = ("service", "notes", "feedback", "answer_contact", "agency_reference")

# The risk section's text: an assessment's answers (JSON, question by question: what she said
# he did) and the reason for a professional judgement; every part of a safety plan. The score
# and the levels stay coded (CODED: the conference's criteria and the agenda read them).
RISK_SEALED: Mapping[str, tuple[str, ...]] = {
    "risk_assessments": ("answers", "judgement_reason"),
    "safety_plans": (
        "safe_places",
        "trusted_contacts",
        "code_word",
        "emergency_bag",
        "children",
        "technology",
        "routes",
        "notes",
    ),
}

# What a case conference says of her: the agency that referred her, each action agreed (which
# agency, who, what, why it was not done), the minutes' reasons, what the meeting said of her
# case, and who was at the meeting (the minutes' chair, present and apologies: the people who
# discussed her). The meeting's own columns (its day, status, the agencies attending) and a
# referral's criteria (codes) stay coded.
CONFERENCE_SEALED: Mapping[str, tuple[str, ...]] = {
    "conference_referrals": ("referring_agency",),
    "conference_actions": ("agency", "owner", "description", "reason"),
    "conference_action_reviews": ("reason",),
    "conference_attendance": ("chair", "present", "apologies"),
    "conference_discussions": ("discussion",),
}

# A consent decision's names: the agency it is for, as written at the time (where she may be
# referred), and the guardian who decided for a child. The purpose, the directory's agency id,
# the decision, who gave it and the times stay coded (CODED: the services decide on them).
CONSENT_SEALED = ("agency", "guardian_name")

# A sharing without her consent (migration 0059): who will tell her of it, and why telling her
# would put her or others at risk; the agencies it went to and the reason written for her case
# (0062). The document, the file's digest, the answer and the reason's code stay coded.
SHARING_SEALED = ("told_by", "not_told_reason", "agencies", "reason_note")

# A break-glass access's reason and the manager's review note: sealed for the review, to the
# reviewers' key (the audit section's, held by the managers alone) and to the author's own slot
# (services.glassreasons).
GLASS_SEALED = ("reason", "review_note")

ENCRYPTED: Mapping[Column, Section] = {
    **{("cases", name): Section.IDENTITY for name in IDENTITY_SEALED},
    **{(table, name): Section.HEALTH for table, names in HEALTH_SEALED.items() for name in names},
    **{("incidents", name): Section.INCIDENTS for name in INCIDENT_SEALED},
    ("tasks", "title"): Section.TASKS,
    **{("referrals", name): Section.REFERRALS for name in REFERRAL_SEALED},
    **{(table, name): Section.LEGAL for table, names in LEGAL_SEALED.items() for name in names},
    **{(table, name): Section.SHELTER for table, names in SHELTER_SEALED.items() for name in names},
    **{
        (table, name): Section.FORENSIC
        for table, names in FORENSIC_SEALED.items()
        for name in names
    },
    **{
        (table, name): Section.INCIDENTS
        for table, names in PERPETRATOR_SEALED.items()
        for name in names
    },
    ("counselling_sessions", "notes"): Section.COUNSELLING,
    ("counselling_sessions", "plan"): Section.COUNSELLING,
    **{(table, name): Section.RISK for table, names in RISK_SEALED.items() for name in names},
    **{
        (table, name): Section.CONFERENCES
        for table, names in CONFERENCE_SEALED.items()
        for name in names
    },
    **{("consent_entries", name): Section.CONSENT for name in CONSENT_SEALED},
    **{("sharings_without_consent", name): Section.CONSENT for name in SHARING_SEALED},
    **{("break_glass", name): Section.AUDIT for name in GLASS_SEALED},
    # The search index between sign-ins (db.caseindex): names, folded, sealed as one blob.
    ("case_index_snapshots", "entries"): Section.IDENTITY,
}

# Text that is sealed when its row belongs to an encrypted section, readable otherwise: a
# draft's fields and a record's earlier versions are sealed under the key of its section when
# that section is encrypted (counselling, identity, health); the same columns for other
# sections wait with NOT_YET below.
SEALED_PER_SECTION: Mapping[Column, str] = {
    ("drafts", "content"): "sealed for drafts of an encrypted section (drafts.section)",
    ("record_history", "snapshot"): "sealed fields stay sealed in the snapshot (key_version)",
    # An attachment has the permissions of the section it is filed in (attachments.section),
    # so its title and file name are sealed under that section's key, always: a section not
    # sealed yet lends the identity key (services.sealedcolumns.ROW_SECTION says why).
    **dict.fromkeys(
        [
            ("attachments", "title"),
            ("attachments", "original_name"),
            # A photograph's caption (migration 0057): the photographer, the body site shown.
            ("attachments", "taken_by"),
            ("attachments", "body_site"),
        ],
        "sealed under the key of the attachment's own section (attachments.section)",
    ),
}

_WHO = "user names of staff: who did what, shown beside every record"
_CODES = "a code from a fixed list (domain enums): filtered, counted, shown as a label"

CODED: Mapping[Column, str] = {
    **dict.fromkeys(
        [
            (t, c)
            for t in (
                "agencies",
                "cases",
                "conference_actions",
                "conference_attendance",
                "conference_discussions",
                "counselling_sessions",
                "forensic_exams",
                "health_encounters",
                "hearings",
                "incidents",
                "legal_matters",
                "perpetrators",
                "protection_orders",
                "referrals",
                "safety_plans",
                "shelter_stays",
                "tasks",
            )
            for c in ("created_by", "updated_by")
        ],
        _WHO,
    ),
    **dict.fromkeys(
        [
            ("specimens", "recorded_by"),
            ("specimens", "updated_by"),
            ("custody_events", "recorded_by"),
            ("consent_entries", "recorded_by"),
            ("risk_assessments", "assessed_by"),
            ("shelter_waiting", "added_by"),
            ("attachments", "added_by"),
            ("attachments", "updated_by"),
            ("conference_referrals", "referred_by"),
            ("conference_referrals", "updated_by"),
            ("conference_action_reviews", "reviewed_by"),
            ("conferences", "created_by"),
            ("conferences", "closed_by"),
            ("record_history", "changed_by"),
            ("settings", "updated_by"),
            ("staff", "created_by"),
            ("break_glass", "username"),
            ("break_glass", "reviewed_by"),
            ("drafts", "owner"),
            ("tasks", "assignee"),
            ("cases", "caseworker"),
            ("section_key_grants", "granted_by"),
            ("forensic_exams", "examined_by"),
            ("document_issues", "issued_by"),
            ("sharings_without_consent", "recorded_by"),
        ],
        _WHO,
    ),
    **dict.fromkeys(
        [
            ("agencies", "sector"),
            ("attachments", "section"),
            ("attachments", "media_type"),
            ("break_glass", "section"),
            ("cases", "sex"),
            ("cases", "status"),
            ("conference_action_reviews", "outcome"),
            ("conference_actions", "status"),
            ("perpetrators", "age_group"),  # a GBVIMS age group, counted by the statistics
            ("conferences", "status"),
            ("consent_entries", "purpose"),
            ("consent_entries", "decision"),
            ("consent_entries", "given_by"),
            ("sharings_without_consent", "told"),
            ("sharings_without_consent", "reason"),
            ("counselling_sessions", "session_type"),
            ("dose_summaries", "kind"),
            ("drafts", "kind"),
            ("drafts", "section"),
            ("incidents", "precision"),
            ("incidents", "gbv_type"),
            ("incidents", "context"),
            ("incidents", "perpetrator_group"),
            ("injuries", "side"),
            ("record_history", "record_type"),
            ("referrals", "urgency"),
            ("referrals", "status"),
            ("risk_assessments", "instrument_id"),
            ("risk_assessments", "instrument_version"),
            ("risk_assessments", "level"),
            ("risk_assessments", "final_level"),
            ("specimens", "specimen_type"),
            ("treatments", "kind"),
            ("section_key_grants", "section"),
        ],
        _CODES,
    ),
    ("cases", "reference"): "the case reference: the key every screen and the audit use",
    ("drafts", "case_reference"): "the case reference a draft belongs to",
    ("audit_log", "at"): "the audit trail's times (UTC text): sorted and filtered on",
    ("audit_log", "actor"): "the audit trail holds codes and references only, never content",
    ("audit_log", "role"): "the audit trail holds codes and references only, never content",
    ("audit_log", "action"): "the audit trail holds codes and references only, never content",
    ("audit_log", "section"): "the audit trail holds codes and references only, never content",
    ("audit_log", "record_ref"): "the audit trail holds codes and references only, never content",
    ("audit_log", "outcome"): "the audit trail holds codes and references only, never content",
    ("audit_log", "detail"): "the audit trail holds codes and references only, never content",
    ("audit_log", "prev_hash"): "the audit chain's hashes",
    ("audit_log", "hash"): "the audit chain's hashes",
    ("audit_anchor", "hash"): "the audit chain's anchor",
    ("audit_anchor", "mac"): "the audit chain's anchor",
    ("audit_log", "signer"): "the signing key's id: who signed an entry (a staff key, no content)",
    ("audit_log", "signature"): "an entry's Ed25519 signature over its hash",
    ("audit_anchor", "signer"): "the key id that signed the chain's head",
    ("audit_anchor", "signature"): "the head entry's signature, kept with the anchor",
    ("staff_signing_keys", "key_id"): "a staff signing key's id (a hash of its public key)",
    ("staff_signing_keys", "public_key"): "a staff member's public signing key",
    ("staff_signing_keys", "slot_id"): "the key slot a signing key belongs to (user:<name>)",
    ("staff_signing_keys", "username"): "a staff account name, never a survivor's",
    ("staff_signing_keys", "registered_by"): "the staff account that registered the key",
    ("staff_signing_keys", "registered_at"): "when a signing key was registered (UTC text)",
    ("blobs", "sha256"): "the hash naming an encrypted attachment file",
    ("attachments", "sha256"): "the hash naming an encrypted attachment file",
    ("attachments", "thumbnail_sha256"): "the hash naming an encrypted attachment file",
    ("attachments", "content_sha256"): "an attachment original's SHA-256 (evidence integrity)",
    ("staff", "username"): "staff accounts: the admin manages them (no survivor data)",
    ("staff", "display_name"): "staff accounts: the admin manages them (no survivor data)",
    ("staff", "role"): "staff accounts: the admin manages them (no survivor data)",
    ("statistics_releases", "period"): "the released statistics' ledger: periods and counts",
    ("statistics_releases", "cells"): "the released statistics' ledger: periods and counts",
    ("statistics_releases", "released_by"): _WHO,
    ("staff", "qualifications"): "staff accounts: the admin manages them (no survivor data)",
    ("staff", "registration_number"): "staff accounts: the admin manages them (no survivor data)",
    ("document_issues", "document"): "the document type issued (a code)",
    ("document_issues", "subject"): "which record a document was made from (type and id)",
    ("document_issues", "fingerprint"): "a hash of the record versions a document was made from",
    ("document_issues", "examiner"): "whom a report named as the examiner (JSON): a staff "
    "profile's name, qualifications and registration number as printed, and the examination's "
    "version; never the name typed of an examiner not on the staff (sealed on the examination)",
    ("sharings_without_consent", "document"): "the document type shared (the export's code)",
    ("sharings_without_consent", "sha256"): "the hash of the file shared, as in its audit entry",
    ("settings", "key"): "the centre's settings (no survivor data)",
    ("settings", "value"): "the centre's settings (no survivor data)",
    ("shelter_rooms", "name"): "the shelter's rooms and beds, set up by the admin",
    ("shelter_beds", "label"): "the shelter's rooms and beds, set up by the admin",
    ("agencies", "name"): "the referral directory: partner agencies, no survivor data",
    ("agencies", "services"): "the referral directory: partner agencies, no survivor data",
    ("agencies", "contacts"): "the referral directory: partner agencies, no survivor data",
    ("agencies", "hours"): "the referral directory: partner agencies, no survivor data",
    ("agencies", "languages"): "the referral directory: partner agencies, no survivor data",
    ("agencies", "notes"): "the referral directory: partner agencies, no survivor data",
    ("section_key_grants", "slot_id"): "the key slot a section key is sealed to",
    ("section_key_grants", "public_key"): "the slot's public key the grant was sealed to",
    ("section_key_grants", "sealed"): "a section key sealed to one slot (only it opens it)",
    ("section_key_grants", "signer"): "the key id of the signing key that signed a grant",
    ("section_key_grants", "signature"): "a grant's Ed25519 signature by its granting account",
    ("shelter_stays", "room"): "a stay's room and bed: the board's names (shelter_rooms, set "
    "up by the admin), which its coded bed_id names too; the agenda sorts on them",
    ("shelter_stays", "bed"): "a stay's room and bed: the board's names (shelter_rooms, set "
    "up by the admin), which its coded bed_id names too; the agenda sorts on them",
    ("referrals", "agency"): "the partner agency's name from the referral directory (kept as "
    "it was when sent): the statistics and the network's figures count per agency",
    ("specimens", "seal_number"): "the number on a specimen's seal: unique, matched on "
    "equality and printed on the bag and in the chain of custody, never her words",
    ("perpetrators", "name_key"): "a keyed hash of his folded name under the incidents key "
    "(vault.sectionkeys.blind_index): equal names match, no name is readable",
    ("conferences", "agencies"): "the meeting's own list of the partner agencies attending "
    "(the directory's names, no survivor's): the pack's consent check matches each one",
    ("conferences", "starts_at"): 'the meeting\'s starting time of day ("HH:MM"), printed '
    "in its minutes and pack like its date",
    ("conferences", "venue"): "where the meeting is held (a room or an address: the meeting's "
    "own, no survivor's words), printed in its minutes and pack",
    ("conference_referrals", "criteria"): "the conference criteria a referral meets (codes of "
    "domain.risk.Criterion, as JSON): the agenda shows them as labels",
}


def _not_yet(section: Section, table: str, *names: str) -> dict[Column, Section]:
    return {(table, name): section for name in names}


NOT_YET: Mapping[Column, Section] = {}

ENCRYPTED_SECTIONS: frozenset[Section] = frozenset(ENCRYPTED.values())
