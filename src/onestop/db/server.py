"""OneStop's schema on a centre's PostgreSQL server, and what the server enforces by itself.

The local vault trusts the services to check the role matrix; a centre server must not, since a
modified client talks to it directly. So, besides the tables (the SQLAlchemy models at the
current head: a PostgreSQL baseline equal to the SQLite head, without the FTS5 search table,
whose search moves into the workstation's memory), this module creates:

- one group role per OneStop role (``onestop_caseworker``, …), with ``GRANT``s derived from
  domain/roles.py's matrix through ``TABLE_SECTIONS`` (every table's section, written once
  here): READ gives SELECT, WRITE gives SELECT, INSERT, UPDATE and DELETE. Tables whose rows
  each name their section (``ROW_SECTION_TABLES``) get row-level policies instead, and a
  draft's also name its author (``OWN_ROWS``: her own login's rows only). The admin's
  group manages accounts and gets no SELECT on any survivor table;
- the audit trail append-only for everyone but the superuser: no UPDATE, DELETE or TRUNCATE is
  granted, and a trigger raises if one is attempted even by the tables' owner;
- ``key_slots`` (one wrapped key slot per staff account) and
  ``onestop_sign_in_attempt(name)``, a ``SECURITY DEFINER`` function, the only thing the
  pre-sign-in role ``onestop_signin`` may call: it counts the attempt in ``sign_in_counters``
  and returns that one user's wrapped slot, or, while the account backs off, only the seconds
  left; ``onestop_sign_in_succeeded()`` undoes the count for her own login once signed in,
  and ``onestop_put_own_slot(slot)`` writes her own slot back after a password change;
- ``onestop_add_staff_login``: the admin's way to create a staff member's own database role in
  her OneStop role's group (the admin's group holds no CREATEROLE itself);
  ``onestop_stop_staff_login``/``onestop_renew_staff_login``: the admin's way to stop a
  colleague's login (``NOLOGIN``, her connections ended) when her account is disabled, and to
  give it a new SCRAM verifier and let it sign in again when it is re-enabled or its password
  is reset (services/users.py);
- ``onestop_sign_in_failed(name)``: the pre-sign-in role reports a failed sign-in, only for an
  attempt ``onestop_sign_in_attempt`` counted and nobody reported yet, into
  ``sign_in_reports`` (capped); ``onestop_take_sign_in_reports()``: the next member of staff
  to sign in takes them into the audit trail as unverified reports (services/serverauth.py);
- ``onestop_audit_head``/``onestop_audit_hash``: the chain's head and one entry's hash, so every
  member of staff checks the head at sign-in without being granted the trail;
- ``onestop_slot_publics``: every account's slot public key (and its MAC under the vault key),
  so a member of staff confirms a colleague's section keys without reading ``key_slots``;
- break-glass grants released after the audit entry: a member of staff's own break-glass
  grants (``section_key_grants`` rows of slot ``glass:user:<name>``) are hidden from her login
  by the table's row-level policy; ``onestop_glass_grants(section)`` returns them only while an
  access of hers to that section is open *and* its audit entry is in the trail, and
  ``onestop_glass_grant_waiting(section, public)`` says only whether one waits for her key
  pair (``GLASS_FUNCTIONS``);
- the ledgers an export appends to (``LEDGERS``), and column-level SELECT for the statistics'
  readers on the coded columns of sections they do not read (``statistics_column_grants``);
- ``blob_content``: attachments' sealed bytes (services/backend.py ``TableBlobStore``);
- functions for what a staff login's grants rightly do not reach, each checking what it is
  asked: a manager's purge (``purge_functions``), a referral that puts her on a shelter's
  waiting list (``WAITING_FUNCTION``), a referral's letters in the trail
  (``letters_function``), a counsellor's risk assessment referring the case to the case
  conference (``install_conference_referral``), an attachment's section before its
  permission is checked; and the
  dose counts' triggers (``install_dose_triggers``, the twins of the vault's SQLite ones);
- live updates: a trigger on ``cases`` and each table of a case's records (``NOTIFY_TABLES``)
  that notifies ``CHANNEL`` with ``table:id:version`` and nothing else (never content), so
  every workstation keeps its search index and open screens current (services/liveupdates.py);
- ``write_lock``: the transaction-level advisory lock every transaction that may write takes
  first (the twin of SQLite's ``BEGIN IMMEDIATE``), so the single audit chain and the counters
  stay in order across workstations; a unit of work that only reads takes it when it first
  writes (its audit entry, or any other statement that writes), and holds it to commit
  (db/writelock.py).

The tables belong to ``onestop_owner`` (no login); staff roles are never members of it.
Everything but the tables is made by ``INSTALLERS``, the one list ``create_schema`` and the
upgrade of an existing centre's database (db/serverupgrade.py) both run.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Final

from sqlalchemy import (
    Column,
    Connection,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    text,
)

from onestop.db import models, textcolumns
from onestop.domain.audit import AuditAction
from onestop.domain.coordination import Sector
from onestop.domain.risk import Criterion, RiskLevel
from onestop.domain.roles import Access, Role, Section, access
from onestop.vault import keyslots

URL_SCHEME: Final = "postgresql+psycopg"  # SQLAlchemy's dialect and driver (psycopg 3)

OWNER: Final = "onestop_owner"
SIGNIN: Final = "onestop_signin"  # before sign-in: may only call onestop_sign_in_attempt
LOGIN_PREFIX: Final = "staff_"  # a staff member's own database role: staff_<username>

# The tables only a server has (the local vault keeps its key slots in keyslots.json).
SERVER_METADATA = MetaData()
KEY_SLOTS = Table(
    "key_slots",
    SERVER_METADATA,
    Column("username", String(32), primary_key=True),
    Column("slot", Text, nullable=False),  # the wrapped slot, as in keyslots.json (JSON)
)
# Attachments' content (the local vault's blobs/ files): the same sealed bytes, under the same
# HMAC name, so nothing here says which picture it is (services/backend.py TableBlobStore).
# Failed-sign-in counters (keyslots.json's per slot, and its one for unknown names under ''):
# no role is granted anything on it; only the two sign-in functions touch it.
SIGN_IN_COUNTERS = Table(
    "sign_in_counters",
    SERVER_METADATA,
    Column("username", String(32), primary_key=True),
    Column("failures", Integer, nullable=False, server_default="0"),
    Column("last_failure", Float, nullable=False, server_default="0"),
    # Attempts counted and neither undone by a right password nor reported as failed yet: a
    # failed sign-in may be reported once per counted attempt, no more (onestop_sign_in_failed).
    Column("unreported", Integer, nullable=False, server_default="0"),
)
# Failed sign-ins waiting for the next member of staff's sign-in, which writes them into the
# audit trail as unverified reports (keyslots.json's pending_events on a local vault): only
# failed sign-ins, at most MAX_SIGN_IN_REPORTS. Only the two report functions touch it.
MAX_SIGN_IN_REPORTS: Final = keyslots.MAX_PENDING_EVENTS
SIGN_IN_REPORTS = Table(
    "sign_in_reports",
    SERVER_METADATA,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(32), nullable=False),  # a staff name, or "(unknown)"
    Column("reason", String(32), nullable=False),  # wrong_password, disabled, unknown_user
    Column("at", Text, nullable=False),  # the server's clock, ISO 8601 with its offset
)
BLOB_CONTENT = Table(
    "blob_content",
    SERVER_METADATA,
    Column("name", String(64), primary_key=True),
    Column("content", LargeBinary, nullable=False),
)

# The local vault's search table (FTS5, migration 0004) is not a model and has no equivalent
# here: the search runs in the workstation's memory.

# Every table's section: what domain/roles.py grants on the section, the server grants on the
# table. tests/server/test_server_schema.py fails when a table is in neither mapping.
TABLE_SECTIONS: Final[Mapping[str, Section]] = {
    "cases": Section.IDENTITY,
    "case_index_snapshots": Section.IDENTITY,  # the search index, sealed (db.caseindex)
    "reference_counters": Section.IDENTITY,  # a new case's reference is drawn with the case
    "incidents": Section.INCIDENTS,
    "perpetrators": Section.INCIDENTS,
    "incident_perpetrators": Section.INCIDENTS,
    "consent_entries": Section.CONSENT,
    "health_encounters": Section.HEALTH,
    "injuries": Section.HEALTH,
    "treatments": Section.HEALTH,
    "follow_ups": Section.HEALTH,
    "dose_summaries": Section.HEALTH,
    "forensic_exams": Section.FORENSIC,
    "specimens": Section.FORENSIC,
    "custody_events": Section.FORENSIC,
    "counselling_sessions": Section.COUNSELLING,
    "legal_matters": Section.LEGAL,
    "hearings": Section.LEGAL,
    "protection_orders": Section.LEGAL,
    "shelter_stays": Section.SHELTER,
    "shelter_waiting": Section.SHELTER,
    "shelter_rooms": Section.SHELTER,
    "shelter_beds": Section.SHELTER,
    "referrals": Section.REFERRALS,
    "tasks": Section.TASKS,
    "risk_assessments": Section.RISK,
    "safety_plans": Section.RISK,
    "conferences": Section.CONFERENCES,
    "conference_referrals": Section.CONFERENCES,
    "conference_actions": Section.CONFERENCES,
    "conference_action_reviews": Section.CONFERENCES,
    "conference_attendance": Section.CONFERENCES,  # the minutes' attendance (0048)
    "conference_discussions": Section.CONFERENCES,  # each case's discussion (0048)
    "agencies": Section.DIRECTORY,
    "staff": Section.ADMINISTRATION,
    "settings": Section.ADMINISTRATION,
    "key_slots": Section.ADMINISTRATION,
    "section_key_grants": Section.ADMINISTRATION,
    "staff_signing_keys": Section.ADMINISTRATION,
    # Ledgers an export appends to (LEDGERS below): a medico-legal report's number and
    # version; the released statistics.
    "document_issues": Section.FORENSIC,
    "statistics_releases": Section.STATISTICS,
    # Whether she was told of each sharing without her consent (0059): appended by the export
    # and by "she has now been told".
    "sharings_without_consent": Section.CONSENT,
    "audit_log": Section.AUDIT,
    "audit_anchor": Section.AUDIT,
    "break_glass": Section.AUDIT,
    # Rows of every section, sealed per section (db/textcolumns.py SEALED_PER_SECTION) or
    # encrypted content addressed by hash: every staff role writes them when it edits a
    # record of its own sections. A row-level policy keyed by record_type is planned.
    "record_history": Section.STATISTICS,
    "blobs": Section.STATISTICS,
    "blob_content": Section.STATISTICS,
}

# Tables whose every row names its section in a column: row-level security, a policy per group.
ROW_SECTION_TABLES: Final[Mapping[str, str]] = {
    "attachments": "section",
    "drafts": "section",
}

# Rows of a ROW_SECTION_TABLES table that read access to their section writes: the column that
# says their kind, and the kind (an export dialog's draft, services/drafts.py EXPORT_DIALOG).
READ_ACCESS_KINDS: Final[Mapping[str, tuple[str, str]]] = {"drafts": ("kind", "dialog:export")}

# Rows of a ROW_SECTION_TABLES table kept for their author alone (a draft is a workstation's
# encrypted unsent work): the column naming her, which her login must match in every policy.
OWN_ROWS: Final[Mapping[str, str]] = {"drafts": "owner"}

# What every staff group needs beyond its sections, and why; nothing here holds survivor text.
EVERY_STAFF_ROLE: Final[Mapping[str, tuple[str, ...]]] = {
    "audit_log": ("INSERT",),  # every action is audited; reading the trail is AUDIT's
    "audit_anchor": ("SELECT", "INSERT", "UPDATE"),  # the chain's head moves with each entry
    "staff": ("SELECT",),  # who did what: names beside every record
    "settings": ("SELECT",),  # the centre's settings (name, retention, …)
    "staff_signing_keys": ("SELECT",),  # checking a colleague's signed entries
    "section_key_grants": ("SELECT", "INSERT"),  # her own keys; confirming a new colleague
    "record_history": ("SELECT", "INSERT"),  # an edit keeps the row as it was (sealed)
    "blobs": ("SELECT", "INSERT"),  # encrypted attachment content, by hash
    "blob_content": ("SELECT", "INSERT"),  # the sealed bytes, by an HMAC of the hash
}
STAFF_ROLES_ONLY: Final = frozenset(Role) - {Role.ADMIN}

# The admin's own needs beyond ADMINISTRATION: the audit trail is appended by her too; the
# break-glass log she never sees (the manager reviews it).
ADMIN_EXTRA: Final[Mapping[str, tuple[str, ...]]] = {
    "audit_log": ("INSERT",),
    "audit_anchor": ("SELECT", "INSERT", "UPDATE"),
    "shelter_rooms": ("SELECT", "INSERT", "UPDATE"),  # the admin manages the shelter's rooms
    "shelter_beds": ("SELECT", "INSERT", "UPDATE"),
}

# Tables of a survivor section that describe the building, not a survivor (no case column).
FACILITY_TABLES: Final = frozenset({"shelter_rooms", "shelter_beds"})

# Tables no role is granted anything on: only SECURITY DEFINER functions touch them.
FUNCTIONS_ONLY: Final = frozenset({"sign_in_counters", "sign_in_reports"})

APPEND_ONLY: Final = frozenset({"audit_log"})  # never UPDATE, DELETE or TRUNCATE, by anyone

# Ledgers an export appends one row to: whoever may read the section may export from it, so
# READ on the section gives SELECT and INSERT here, and no role updates or deletes a row.
LEDGERS: Final = frozenset({"document_issues", "statistics_releases", "sharings_without_consent"})

# Live updates (LISTEN/NOTIFY): the channel, and the tables whose changes are announced on it.
# A payload is ``table:id:version`` only: the row's table, its id and its version (coded
# columns, the leakage budget); never a name or any other content. Every login may LISTEN (a
# PostgreSQL channel has no privileges), so a payload must never say more than that.
CHANNEL: Final = "onestop_changes"
NOT_ANNOUNCED: Final = frozenset(
    {
        "drafts",  # private to their author
        "break_glass",  # the manager reviews it; no colleague needs to hear of it
        "document_issues",  # a ledger: appended by an export, shown on no open screen
    }
)


def notify_tables() -> tuple[str, ...]:
    """``cases`` and every table of a case's records (an ``id`` and a ``case_id``)."""
    tables = models.Base.metadata.tables
    records = sorted(
        name
        for name, table in tables.items()
        if "id" in table.c and "case_id" in table.c and name not in NOT_ANNOUNCED
    )
    return ("cases", *records)


# The row's version when the table has one (to_jsonb reads it without naming the column, so
# one function serves every table); 0 otherwise. The payload is built from coded columns only.
_NOTIFY_FUNCTION = """
CREATE OR REPLACE FUNCTION onestop_notify_change() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  r record;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  PERFORM pg_notify('%(channel)s', TG_TABLE_NAME || ':' || (to_jsonb(r) ->> 'id') || ':'
                    || coalesce(to_jsonb(r) ->> 'version', '0'));
  RETURN NULL;
END $$;
"""


def install_live_updates(conn: Connection) -> None:
    """The notifying trigger on every table of ``notify_tables`` (idempotent; one of
    ``INSTALLERS``)."""
    _run(conn, f"SET LOCAL ROLE {OWNER}")
    _run(conn, _NOTIFY_FUNCTION % {"channel": CHANNEL})
    for table in notify_tables():
        _run(conn, f"DROP TRIGGER IF EXISTS {table}_notify ON {table}")
        _run(
            conn,
            f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION onestop_notify_change()",
        )
    _run(conn, "RESET ROLE")


# Each case's count of PEP and hepatitis B doses (``dose_summaries``, read by the reminders):
# the local vault keeps it with the SQLite triggers of migrations 0018, 0035 and 0052; these
# are their PostgreSQL twins, with the same results (doses of encounters not entered in
# error, rebuilt after every change to a dose, to an encounter's case or to its mark). The
# functions run as the tables' owner: whoever may change a dose or an encounter changes the
# count derived from it (a purge's cascade too), and no role needs a grant on the summary for
# it. ``DOSE_KINDS`` is the migrations' list.
DOSE_KINDS: Final = ("pep_first_dose", "hepatitis_b")
_DOSE_FUNCTIONS = """
CREATE OR REPLACE FUNCTION onestop_dose_summary(p_case integer, p_kind text) RETURNS void
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  DELETE FROM public.dose_summaries WHERE case_id = p_case AND kind = p_kind;
  INSERT INTO public.dose_summaries (case_id, kind, first_given_at, doses)
    SELECT e.case_id, t.kind, min(t.given_at), count(*)
    FROM public.health_encounters e JOIN public.treatments t ON t.encounter_id = e.id
    WHERE e.case_id = p_case AND t.kind = p_kind AND NOT e.entered_in_error
    GROUP BY e.case_id, t.kind;
$$;
REVOKE ALL ON FUNCTION onestop_dose_summary(integer, text) FROM PUBLIC;

CREATE OR REPLACE FUNCTION onestop_treatment_doses() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.kind IN (%(kinds)s) THEN
    PERFORM public.onestop_dose_summary(
      (SELECT case_id FROM public.health_encounters WHERE id = OLD.encounter_id), OLD.kind);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.kind IN (%(kinds)s) THEN
    PERFORM public.onestop_dose_summary(
      (SELECT case_id FROM public.health_encounters WHERE id = NEW.encounter_id), NEW.kind);
  END IF;
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION onestop_treatment_doses() FROM PUBLIC;

CREATE OR REPLACE FUNCTION onestop_encounter_doses() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_kind text;
BEGIN
  FOREACH v_kind IN ARRAY ARRAY[%(kinds)s]::text[] LOOP
    PERFORM public.onestop_dose_summary(OLD.case_id, v_kind);
    IF TG_OP = 'UPDATE' THEN
      PERFORM public.onestop_dose_summary(NEW.case_id, v_kind);
    END IF;
  END LOOP;
  RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION onestop_encounter_doses() FROM PUBLIC;

DROP TRIGGER IF EXISTS treatments_doses ON treatments;
CREATE TRIGGER treatments_doses
  AFTER INSERT OR DELETE OR UPDATE OF kind, given_at, encounter_id ON treatments
  FOR EACH ROW EXECUTE FUNCTION onestop_treatment_doses();
DROP TRIGGER IF EXISTS health_encounters_doses ON health_encounters;
CREATE TRIGGER health_encounters_doses
  AFTER DELETE OR UPDATE OF case_id, entered_in_error ON health_encounters
  FOR EACH ROW EXECUTE FUNCTION onestop_encounter_doses();
"""


def install_dose_triggers(conn: Connection) -> None:
    """The dose counts' triggers (idempotent; one of ``INSTALLERS``: ``db.serverupgrade``
    runs ``rebuild_dose_summaries`` after it on a database that had none)."""
    _as_owner(conn, _DOSE_FUNCTIONS % {"kinds": ", ".join(f"'{k}'" for k in DOSE_KINDS)})


def rebuild_dose_summaries(conn: Connection) -> None:
    """Every case's dose counts made again from its doses (after the triggers are installed
    on a database that had none, or rows were copied in without them)."""
    _run(conn, "DELETE FROM dose_summaries")
    for kind in DOSE_KINDS:
        conn.execute(
            text(
                "SELECT onestop_dose_summary(c.id, :kind) FROM cases c "
                "WHERE EXISTS (SELECT 1 FROM health_encounters e WHERE e.case_id = c.id)"
            ),
            {"kind": kind},
        )


# A referral sent to a shelter puts her on its waiting list (services/referrals.py), though the
# referrer (a caseworker, a clinician …) writes referrals, not the shelter section: her login
# has no INSERT on ``shelter_waiting``. This function, running as the tables' owner, adds
# that one entry and nothing else: only for a referral already marked sent to an agency of the
# shelter sector, only when the case has no open entry (it returns false then), in the
# referrer's name (her login), with ``needs`` as the workstation sealed it under the shelter
# key for the id it drew from the table's sequence (or empty, for the shelter officer to write).
WAITING_FUNCTION = """
CREATE OR REPLACE FUNCTION onestop_wait_for_a_bed(
  p_id integer, p_referral integer, p_needs text, p_key_version integer, p_added_at text)
  RETURNS boolean
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_case integer;
BEGIN
  SELECT r.case_id INTO v_case FROM public.referrals r JOIN public.agencies a ON a.id = r.agency_id
  WHERE r.id = p_referral AND r.status = 'sent' AND a.sector = '%(sector)s';
  IF v_case IS NULL THEN
    RAISE EXCEPTION 'not a referral sent to a shelter' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF EXISTS (SELECT 1 FROM public.shelter_waiting w
             WHERE w.case_id = v_case AND w.removed_at IS NULL) THEN
    RETURN false;
  END IF;
  INSERT INTO public.shelter_waiting
    (id, case_id, children_count, needs, added_at, added_by, removed_at, outcome, key_version)
  VALUES (p_id, v_case, 0, p_needs, p_added_at, substr(session_user, %(start)s), NULL, '',
          p_key_version);
  RETURN true;
END $$;
REVOKE ALL ON FUNCTION onestop_wait_for_a_bed(integer, integer, text, integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION onestop_wait_for_a_bed(integer, integer, text, integer, text)
  TO %(groups)s;
"""

# Purging a case once its retention period is over (services/retention.py) is the manager's, but
# her login only reads the sections (and no staff login deletes ``record_history``, ``blobs``,
# ``blob_content`` or another role's rows). So a purge on a server is this function, running
# as the tables' owner and granted to the manager's group only: it deletes exactly what the
# local vault's purge deletes (the case and, by its foreign keys, every record; the versions
# kept of them; the perpetrators linked to no other file; the blobs no attachment uses any
# more), and only for a closed case whose purge is in the audit trail already (the tombstone,
# written by her in this same transaction first). It returns the orphaned blobs' hashes; their
# sealed bytes' rows (named by an HMAC only the workstation computes) go through
# ``onestop_drop_purged_blobs`` in the same transaction, which only that purge's author may
# call, only while it is open. The retention period is the workstation's to check (a
# setting of the centre); the server checks the case is closed.
PURGED_HISTORY: Final[Mapping[str, str]] = {
    "incident": "incidents",
    "health_encounter": "health_encounters",
    "forensic_exam": "forensic_exams",
    "counselling_session": "counselling_sessions",
    "legal_matter": "legal_matters",
    "hearing": "hearings",
    "protection_order": "protection_orders",
    "referral": "referrals",
    "shelter_stay": "shelter_stays",
    "task": "tasks",
}
_PURGE_FUNCTIONS = """
CREATE OR REPLACE FUNCTION onestop_purge_audited(p_reference text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1 FROM public.audit_log a
    WHERE a.action = '%(action)s' AND a.record_ref = p_reference
      AND a.actor = substr(session_user, %(start)s) AND a.xmin = pg_current_xact_id()::xid
  )
$$;
REVOKE ALL ON FUNCTION onestop_purge_audited(text) FROM PUBLIC;

CREATE OR REPLACE FUNCTION onestop_purge_case(p_reference text) RETURNS text[]
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_case integer;
  v_status text;
  v_closed text;
  v_incidents integer[];
  v_lonely integer[];
  v_blobs text[];
  v_orphans text[];
BEGIN
  SELECT id, status, closed_at INTO v_case, v_status, v_closed
  FROM public.cases WHERE reference = p_reference FOR UPDATE;
  IF v_case IS NULL THEN
    RAISE EXCEPTION 'no such case' USING ERRCODE = 'no_data_found';
  END IF;
  IF v_status <> '%(closed)s' OR v_closed IS NULL THEN
    RAISE EXCEPTION 'only a closed case is purged' USING ERRCODE = 'check_violation';
  END IF;
  IF NOT public.onestop_purge_audited(p_reference) THEN
    RAISE EXCEPTION 'the purge is not in the audit trail' USING ERRCODE = 'insufficient_privilege';
  END IF;
  v_incidents := ARRAY(SELECT id FROM public.incidents WHERE case_id = v_case);
%(history)s
  DELETE FROM public.record_history WHERE record_type = 'case' AND record_id = v_case;
  v_lonely := ARRAY(
    SELECT DISTINCT l.perpetrator_id FROM public.incident_perpetrators l
    WHERE l.incident_id = ANY (v_incidents)
      AND NOT EXISTS (SELECT 1 FROM public.incident_perpetrators o
                      WHERE o.perpetrator_id = l.perpetrator_id
                        AND NOT (o.incident_id = ANY (v_incidents))));
  v_blobs := ARRAY(
    SELECT sha256 FROM public.attachments WHERE case_id = v_case
    UNION SELECT thumbnail_sha256 FROM public.attachments
          WHERE case_id = v_case AND thumbnail_sha256 IS NOT NULL);
  DELETE FROM public.cases WHERE id = v_case;  -- its foreign keys take every record with it
  v_orphans := ARRAY(
    SELECT b FROM unnest(v_blobs) AS b
    WHERE NOT EXISTS (SELECT 1 FROM public.attachments a
                      WHERE a.sha256 = b OR a.thumbnail_sha256 = b)
    ORDER BY b);
  DELETE FROM public.blobs WHERE sha256 = ANY (v_orphans);
  DELETE FROM public.record_history
  WHERE record_type = 'perpetrator' AND record_id = ANY (v_lonely);
  DELETE FROM public.perpetrators WHERE id = ANY (v_lonely);
  RETURN v_orphans;
END $$;
REVOKE ALL ON FUNCTION onestop_purge_case(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION onestop_purge_case(text) TO %(groups)s;

CREATE OR REPLACE FUNCTION onestop_drop_purged_blobs(p_reference text, p_names text[])
  RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM public.cases WHERE reference = p_reference)
     OR NOT public.onestop_purge_audited(p_reference) THEN
    RAISE EXCEPTION 'no purge of that case in this transaction'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  DELETE FROM public.blob_content WHERE name = ANY (p_names);
END $$;
REVOKE ALL ON FUNCTION onestop_drop_purged_blobs(text, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION onestop_drop_purged_blobs(text, text[]) TO %(groups)s;
"""


def purge_functions() -> str:
    """The purge's functions (``_PURGE_FUNCTIONS``), for the manager's group."""
    history = "".join(
        f"  DELETE FROM public.record_history WHERE record_type = '{kind}' AND record_id IN "
        f"(SELECT id FROM public.{table} WHERE case_id = v_case);\n"
        for kind, table in PURGED_HISTORY.items()
    )
    purgers = [r for r in STAFF_ROLES_ONLY if r is Role.MANAGER]
    return _PURGE_FUNCTIONS % {
        "action": AuditAction.RECORD_PURGED.value,
        "closed": "closed",
        "start": len(LOGIN_PREFIX) + 1,
        "history": history,
        "groups": ", ".join(group_role(r) for r in purgers),
    }


# A referral's history shows when each of its letters was printed (services/referrals.py
# history_of): the letter's export entry in the audit trail, which only the audit section's
# roles read. This function gives a reader of the referrals exactly those entries of one case
# (a letter's export, by anyone; its number, time, author and detail) and nothing else of the
# trail. ``LETTER_DETAIL`` is how the export's entry begins (services/referrals.py's).
LETTER_DETAIL: Final = "referral_letter"
_LETTERS_FUNCTION = """
CREATE OR REPLACE FUNCTION onestop_referral_letters(p_reference text)
  RETURNS TABLE (seq integer, at text, actor text, detail text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT a.seq, a.at::text, a.actor::text, a.detail::text FROM public.audit_log a
  WHERE a.action = '%(action)s' AND a.section = '%(section)s' AND a.record_ref = p_reference
    AND a.detail LIKE '%(prefix)s%%'
  ORDER BY a.seq
$$;
REVOKE ALL ON FUNCTION onestop_referral_letters(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION onestop_referral_letters(text) TO %(groups)s;
"""


def letters_function() -> str:
    """``onestop_referral_letters``, for the groups that read the referrals section."""
    readers = [r for r in Role if access(r, Section.REFERRALS) >= Access.READ]
    return _LETTERS_FUNCTION % {
        "action": AuditAction.EXPORT.value,
        "section": Section.REFERRALS.value,
        "prefix": LETTER_DETAIL,
        "groups": ", ".join(group_role(r) for r in readers),
    }


# A risk assessment that meets a conference criterion refers the case to the case conference in
# the same unit of work (services/conferences.py refer_if_due). A counsellor writes risk
# assessments but only reads the conferences section, so her login has no INSERT or UPDATE on
# ``conference_referrals``. This function, running as the tables' owner and granted only to
# the groups that write RISK without writing CONFERENCES, does that one write and nothing
# else: only for a case she assessed in this same transaction (a ``risk_assessments`` row of
# that case by her login, inserted by this transaction), only with the domain's criteria
# (``high_risk`` only when that assessment's level is high, ``professional_judgement`` only
# when its judgement raised it to high; escalation and repeat come from the incidents' times,
# which the workstation reads), dated by that assessment, in her name. A referral waiting for
# a meeting gains the criteria it lacks (nothing else of it changes); otherwise a new one is
# made as the workstation would (no referring agency, the sealed empty text's key version),
# on the day the workstation gives: the assessment's day in the centre's zone, which the
# server does not know (a setting that may fall back to the workstation's zone). It checks
# that day is one the assessment's moment has in some zone (UTC-12 to UTC+14), so she cannot
# date a referral a week back. It never touches a heard referral, the referring agency or
# the day, and returns the referral's id.
_CONFERENCE_REFERRAL_FUNCTION = """
CREATE OR REPLACE FUNCTION onestop_refer_to_conference(
  p_case integer, p_criteria text[], p_key_version integer, p_day date)
  RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_user text := substr(session_user, %(start)s);
  v_at text;
  v_moment timestamp;
  v_level text;
  v_final text;
  v_id integer;
  v_known jsonb;
  v_added text[];
BEGIN
  IF p_criteria IS NULL OR cardinality(p_criteria) = 0
     OR NOT p_criteria <@ ARRAY[%(criteria)s]::text[] THEN
    RAISE EXCEPTION 'not conference criteria' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  SELECT r.assessed_at, r.level, r.final_level INTO v_at, v_level, v_final
  FROM public.risk_assessments r
  WHERE r.case_id = p_case AND r.assessed_by = v_user AND r.xmin = pg_current_xact_id()::xid
  ORDER BY r.id DESC LIMIT 1;
  IF v_at IS NULL THEN
    RAISE EXCEPTION 'no risk assessment of that case by her in this transaction'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF ('%(high_risk)s' = ANY (p_criteria) AND v_level <> '%(high)s')
     OR ('%(judgement)s' = ANY (p_criteria)
         AND NOT (v_final = '%(high)s' AND v_level <> '%(high)s')) THEN
    RAISE EXCEPTION 'the assessment does not meet those criteria'
      USING ERRCODE = 'check_violation';
  END IF;
  v_moment := substr(v_at, 1, 19)::timestamp;  -- UTC, as every stored time
  IF p_day IS NULL OR p_day < (v_moment - interval '12 hours')::date
     OR p_day > (v_moment + interval '14 hours')::date THEN
    RAISE EXCEPTION 'not a day of the assessment' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF p_key_version IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM public.section_key_grants g
    WHERE g.section = '%(section)s' AND g.version = p_key_version) THEN
    RAISE EXCEPTION 'no such key version' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  SELECT c.id, c.criteria::jsonb INTO v_id, v_known FROM public.conference_referrals c
  WHERE c.case_id = p_case AND c.heard_at IS NULL ORDER BY c.id LIMIT 1 FOR UPDATE;
  IF v_id IS NOT NULL THEN
    v_added := ARRAY(SELECT x FROM unnest(p_criteria) WITH ORDINALITY AS u(x, n)
                     WHERE NOT v_known ? x ORDER BY n);
    IF cardinality(v_added) > 0 THEN
      UPDATE public.conference_referrals
        SET criteria = (v_known || to_jsonb(v_added))::text WHERE id = v_id;
    END IF;
    RETURN v_id;
  END IF;
  INSERT INTO public.conference_referrals
    (case_id, criteria, referred_at, referred_by, referring_agency, referred_on, heard_at,
     key_version, version, updated_at, updated_by)
  VALUES (p_case, to_jsonb(p_criteria)::text, v_at, v_user, '', p_day,
          NULL, p_key_version, 1, v_at, v_user)
  RETURNING id INTO v_id;
  RETURN v_id;
END $$;
REVOKE ALL ON FUNCTION onestop_refer_to_conference(integer, text[], integer, date) FROM PUBLIC;
"""


def conference_referrers() -> list[Role]:
    """The roles that write risk assessments but not the conferences section: whose
    assessment's referral goes through ``onestop_refer_to_conference``."""
    return [
        r
        for r in STAFF_ROLES_ONLY
        if access(r, Section.RISK) >= Access.WRITE and access(r, Section.CONFERENCES) < Access.WRITE
    ]


def install_conference_referral(conn: Connection) -> None:
    """``onestop_refer_to_conference``, for ``conference_referrers`` (idempotent; one of
    ``INSTALLERS``)."""
    _run(conn, f"SET LOCAL ROLE {OWNER}")
    _run(
        conn,
        _CONFERENCE_REFERRAL_FUNCTION
        % {
            "start": len(LOGIN_PREFIX) + 1,
            "criteria": ", ".join(f"'{c.value}'" for c in Criterion),
            "high_risk": Criterion.HIGH_RISK.value,
            "judgement": Criterion.JUDGEMENT.value,
            "high": RiskLevel.HIGH.value,
            "section": Section.CONFERENCES.value,
        },
    )
    for role in sorted(conference_referrers()):
        _run(
            conn,
            "GRANT EXECUTE ON FUNCTION onestop_refer_to_conference(integer, text[], integer, date) "
            f"TO {group_role(role)}",
        )
    _run(conn, "RESET ROLE")


# An attachment's section, asked before its permission is checked (services/attachments.py):
# the row policy hides an attachment of a section she does not read, so without this a refusal
# (audited, in the local vault) would be "no such attachment" on a server. A coded column of
# one attachment of one case, for any account (the admin is then refused, as in the vault);
# nothing of its content.
_ATTACHMENT_SECTION_FUNCTION = """
CREATE OR REPLACE FUNCTION onestop_attachment_section(p_reference text, p_id integer)
  RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT a.section::text FROM public.attachments a JOIN public.cases c ON c.id = a.case_id
  WHERE c.reference = p_reference AND a.id = p_id
$$;
REVOKE ALL ON FUNCTION onestop_attachment_section(text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION onestop_attachment_section(text, integer) TO %(groups)s;
"""

# The advisory lock every write unit of work takes first (an arbitrary constant: "OneStop").
WRITE_LOCK_KEY: Final = 0x4F6E6553746F70


def group_role(role: Role) -> str:
    """The database group role of a OneStop role: ``onestop_caseworker``, …"""
    return f"onestop_{role.value}"


def login_role(username: str) -> str:
    """A staff member's own database role."""
    return f"{LOGIN_PREFIX}{username}"


def all_tables() -> frozenset[str]:
    """Every table the server schema holds."""
    return frozenset(models.Base.metadata.tables) | frozenset(SERVER_METADATA.tables)


def unmapped_tables() -> frozenset[str]:
    """Tables with no section: none may exist (the test fails on any)."""
    return all_tables() - set(TABLE_SECTIONS) - set(ROW_SECTION_TABLES) - FUNCTIONS_ONLY


def survivor_tables() -> frozenset[str]:
    """Tables that hold a survivor's own record."""
    whole = {
        t for t, s in TABLE_SECTIONS.items() if s.is_survivor_record and t not in FACILITY_TABLES
    }
    return frozenset(whole | set(ROW_SECTION_TABLES))


def sealed_columns() -> list[tuple[str, str]]:
    """The columns that hold ciphertext (db/textcolumns.py): text of any length here."""
    columns = set(textcolumns.ENCRYPTED) | set(textcolumns.SEALED_PER_SECTION)
    return sorted(
        (table, column)
        for table, column in columns
        if not isinstance(models.Base.metadata.tables[table].c[column].type, Text)
    )


def _privileges(level: Access, table: str) -> tuple[str, ...]:
    if level is Access.NONE:
        return ()
    if table in LEDGERS:
        return ("SELECT", "INSERT")
    if level is Access.READ or table in APPEND_ONLY:
        return ("SELECT",) if level is Access.READ else ("SELECT", "INSERT")
    return ("SELECT", "INSERT", "UPDATE", "DELETE")


def table_grants() -> dict[tuple[Role, str], frozenset[str]]:
    """The privileges each group role holds on each whole-section table."""
    grants: dict[tuple[Role, str], set[str]] = {}
    for table, section in TABLE_SECTIONS.items():
        for role in Role:
            privileges = set(_privileges(access(role, section), table))
            if role in STAFF_ROLES_ONLY:
                privileges |= set(EVERY_STAFF_ROLE.get(table, ()))
            else:
                privileges |= set(ADMIN_EXTRA.get(table, ()))
            if privileges:
                grants[(role, table)] = privileges
    for table in ROW_SECTION_TABLES:
        for role in STAFF_ROLES_ONLY:
            grants[(role, table)] = {"SELECT", "INSERT", "UPDATE", "DELETE"}
    return {key: frozenset(value) for key, value in grants.items()}


def text_content(table: str) -> frozenset[str]:
    """A table's survivor text (db/textcolumns.py: sealed, sealed per section, or not yet)."""
    listed = (
        set(textcolumns.ENCRYPTED) | set(textcolumns.SEALED_PER_SECTION) | set(textcolumns.NOT_YET)
    )
    return frozenset(column for t, column in listed if t == table)


def statistics_column_grants() -> dict[tuple[Role, str], tuple[str, ...]]:
    """What the statistics' readers may count in a section they do not read: its coded
    columns (ids, codes, times, numbers; never text content), column by column.

    The statistics count services received in every section (counselling sessions, forensic
    examinations …) for the roles that read STATISTICS; the server grants them exactly the
    leakage budget of db/textcolumns.py there, and no column of text."""
    grants: dict[tuple[Role, str], tuple[str, ...]] = {}
    for role in Role:
        if access(role, Section.STATISTICS) < Access.READ:
            continue
        for table in sorted(survivor_tables() - set(ROW_SECTION_TABLES)):
            if access(role, TABLE_SECTIONS[table]) >= Access.READ:
                continue
            hidden = text_content(table)
            columns = tuple(
                c.name for c in models.Base.metadata.tables[table].columns if c.name not in hidden
            )
            grants[(role, table)] = columns
    return grants


def _sections(role: Role, level: Access) -> list[str]:
    return [s.value for s in Section if access(role, s) >= level]


def _row_policies(tables: Iterable[str] = ROW_SECTION_TABLES) -> Iterator[str]:
    """The row-level policies of ``ROW_SECTION_TABLES`` (or of ``tables`` among them); each
    policy dropped first if it exists, so a centre's database made before one changed gets
    it by running them again (``install_draft_policies``)."""
    for table in tables:
        column = ROW_SECTION_TABLES[table]
        yield f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"
        yield f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY"
        # The tables' owner reads every row: only inside the SECURITY DEFINER functions it
        # defines (an attachment's section, a purge's blobs); no staff login becomes it.
        yield f"DROP POLICY IF EXISTS {table}_owner_read ON {table}"
        yield f"CREATE POLICY {table}_owner_read ON {table} FOR SELECT TO {OWNER} USING (true)"
        # A row of a table kept for its author alone (a draft): her own login's rows only,
        # by session_user (a SET ROLE to her group does not change it).
        own = (
            f"'{LOGIN_PREFIX}' || {OWN_ROWS[table]} = session_user AND "
            if table in OWN_ROWS
            else ""
        )
        for role in STAFF_ROLES_ONLY:
            group = group_role(role)
            readable = _sql_array(_sections(role, Access.READ))
            writes = f"{column} = ANY ({_sql_array(_sections(role, Access.WRITE))})"
            if table in READ_ACCESS_KINDS:
                # An export dialog's draft holds the dialog's choices only, and exporting needs
                # only read access (services/drafts.py): kept and discarded with read access.
                kind, value = READ_ACCESS_KINDS[table]
                writes = f"({writes} OR ({kind} = '{value}' AND {column} = ANY ({readable})))"
            writes = f"{own}{writes}"
            yield f"DROP POLICY IF EXISTS {table}_read_{role.value} ON {table}"
            yield (
                f"CREATE POLICY {table}_read_{role.value} ON {table} FOR SELECT TO {group} "
                f"USING ({own}{column} = ANY ({readable}))"
            )
            for command in ("INSERT", "UPDATE", "DELETE"):
                clause = "WITH CHECK" if command == "INSERT" else "USING"
                check = f" WITH CHECK ({writes})" if command == "UPDATE" else ""
                name = f"{table}_{command.lower()}_{role.value}"
                yield f"DROP POLICY IF EXISTS {name} ON {table}"
                yield (
                    f"CREATE POLICY {name} ON {table} "
                    f"FOR {command} TO {group} {clause} ({writes}){check}"
                )


def install_draft_policies(conn: Connection) -> None:
    """The drafts' row policies: her own drafts only, of the sections she may keep them in
    (idempotent; ``install_policies``, one of ``INSTALLERS``, makes the same policies)."""
    _run(conn, f"SET LOCAL ROLE {OWNER}")
    for statement in _row_policies(OWN_ROWS):
        _run(conn, statement)
    _run(conn, "RESET ROLE")


# A member of staff changes her own password (services/users.py change_own_password): the
# columns of her staff row that change, on her own row only (her login is staff_<username>),
# and her own slot's section-key grants, deleted and sealed again to her new key pair
# (sectionkeys.regrant_self). Whoever writes ADMINISTRATION (the admin) keeps every row;
# everyone reads and inserts as the grants already say.
OWN_ROW_COLUMNS: Final = ("must_change_password", "password_changed_at", "updated_at")


# Her own break-glass grants (slot glass:user:<name>) are read through onestop_glass_grants
# only, after the access's audit entry: the read policy hides them from her own login, by
# session_user (a SET ROLE to her group does not change it), except inside the functions the
# tables' owner defines (current_user is then the owner, whom no staff login can become). A
# colleague's break-glass grants stay visible (a holder sees what is sealed already; they are
# sealed to the colleague's key pair, so they open nothing for her).
OWN_GLASS_GRANT: Final = (
    f"slot_id = 'glass:user:' || substr(session_user, {len(LOGIN_PREFIX) + 1}) "
    f"AND current_user <> '{OWNER}'"
)


def _own_row_policies() -> Iterator[str]:
    own_staff = f"'{LOGIN_PREFIX}' || username = session_user"
    own_grant = f"'{LOGIN_PREFIX}' || substr(slot_id, 6) = session_user AND slot_id LIKE 'user:%'"
    for table in ("staff", "section_key_grants"):
        yield f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"
        yield f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY"
    yield "DROP POLICY IF EXISTS staff_read ON staff"
    yield "CREATE POLICY staff_read ON staff FOR SELECT USING (true)"
    yield "DROP POLICY IF EXISTS section_key_grants_read ON section_key_grants"
    yield (
        "CREATE POLICY section_key_grants_read ON section_key_grants FOR SELECT "
        f"USING (NOT ({OWN_GLASS_GRANT}))"
    )
    yield "DROP POLICY IF EXISTS section_key_grants_add ON section_key_grants"
    yield "CREATE POLICY section_key_grants_add ON section_key_grants FOR INSERT WITH CHECK (true)"
    for role in Role:
        group = group_role(role)
        if access(role, Section.ADMINISTRATION) >= Access.WRITE:
            for table in ("staff", "section_key_grants"):
                yield f"DROP POLICY IF EXISTS {table}_all_{role.value} ON {table}"
                yield (
                    f"CREATE POLICY {table}_all_{role.value} ON {table} FOR ALL TO {group} "
                    "USING (true) WITH CHECK (true)"
                )
            # A revocation drops the search index snapshot (services.caseindex.drop_snapshot):
            # DELETE without a WHERE needs no SELECT, so she still reads none of it.
            yield f"GRANT DELETE ON case_index_snapshots TO {group}"
            continue
        yield f"GRANT UPDATE ({', '.join(OWN_ROW_COLUMNS)}) ON staff TO {group}"
        yield f"DROP POLICY IF EXISTS staff_own_{role.value} ON staff"
        yield (
            f"CREATE POLICY staff_own_{role.value} ON staff FOR UPDATE TO {group} "
            f"USING ({own_staff}) WITH CHECK ({own_staff})"
        )
        yield f"GRANT DELETE ON section_key_grants TO {group}"
        yield f"DROP POLICY IF EXISTS section_key_grants_own_{role.value} ON section_key_grants"
        yield (
            f"CREATE POLICY section_key_grants_own_{role.value} ON section_key_grants "
            f"FOR DELETE TO {group} USING ({own_grant})"
        )


def _sql_array(values: list[str]) -> str:
    quoted = ", ".join("'" + v.replace("'", "''") + "'" for v in values)
    return f"ARRAY[{quoted}]::text[]"


_ROLES_SQL = """
DO $$
DECLARE name text;
BEGIN
  FOREACH name IN ARRAY %(names)s LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
      EXECUTE format('CREATE ROLE %%I NOLOGIN', name);
    END IF;
  END LOOP;
END $$
"""

_AUDIT_TRIGGER = """
CREATE OR REPLACE FUNCTION onestop_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log;
DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION onestop_audit_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION onestop_audit_append_only();
"""

# Before sign-in, the only door: the attempt is counted (on the server's clock) before the slot
# is handed out, as the local vault counts it in keyslots.json before the password is tried;
# while the account backs off nothing is handed out. A name with no slot is counted under ''
# (the typed name is never kept: it may be a password typed in the wrong box). The back-off is
# vault/keyslots.py's: FREE_ATTEMPTS free, then BASE * 2**(n - FREE), at most MAX seconds.
_KEY_SLOT_FUNCTION = """
CREATE OR REPLACE FUNCTION onestop_sign_in_attempt(p_username text)
  RETURNS TABLE (slot text, wait_seconds double precision)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_slot text;
  v_key text;
  v_failures integer;
  v_last double precision;
  v_now double precision := extract(epoch FROM clock_timestamp());
  v_wait double precision := 0;
BEGIN
  SELECT k.slot INTO v_slot FROM public.key_slots k WHERE k.username = p_username;
  v_key := CASE WHEN v_slot IS NULL THEN '' ELSE p_username END;
  INSERT INTO public.sign_in_counters (username) VALUES (v_key) ON CONFLICT DO NOTHING;
  SELECT c.failures, c.last_failure INTO v_failures, v_last
    FROM public.sign_in_counters c WHERE c.username = v_key FOR UPDATE;
  IF v_failures >= %(free)s THEN
    v_wait := least(%(base)s * power(2, least(v_failures - %(free)s, 32)), %(max)s);
    v_wait := least(greatest(0, v_last + v_wait - v_now), %(max)s);
  END IF;
  IF v_wait > 0 THEN
    RETURN QUERY SELECT NULL::text, v_wait;
    RETURN;
  END IF;
  UPDATE public.sign_in_counters
    SET failures = least(failures + 1, %(most)s), last_failure = v_now,
        unreported = least(unreported + 1, %(most)s)
    WHERE username = v_key;
  RETURN QUERY SELECT v_slot, 0::double precision;
END $$;
REVOKE ALL ON FUNCTION onestop_sign_in_attempt(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION onestop_sign_in_attempt(text) TO onestop_signin;

-- A right password undoes the attempt counted for it: her own login's counter only.
CREATE OR REPLACE FUNCTION onestop_sign_in_succeeded() RETURNS void
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  UPDATE public.sign_in_counters
    SET failures = 0, last_failure = 0, unreported = greatest(unreported - 1, 0)
  WHERE username <> '' AND '%(prefix)s' || username = session_user
$$;
REVOKE ALL ON FUNCTION onestop_sign_in_succeeded() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION onestop_sign_in_succeeded() TO %(groups)s;

-- Her own slot written back (a password change re-wraps it): her login's row only.
CREATE OR REPLACE FUNCTION onestop_put_own_slot(p_slot text) RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_rows integer;
BEGIN
  UPDATE public.key_slots SET slot = p_slot WHERE '%(prefix)s' || username = session_user;
  GET DIAGNOSTICS v_rows = ROW_COUNT;
  RETURN v_rows;
END $$;
REVOKE ALL ON FUNCTION onestop_put_own_slot(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION onestop_put_own_slot(text) TO %(groups)s;
"""

# A failed sign-in, reported by the workstation that tried the password (the server cannot know
# a password was wrong: it never sees one). Before sign-in anyone may call it, so it writes
# nothing of the caller's choosing: one report per attempt counted and not yet undone or
# reported (so the back-off limits them as it limits attempts), the name only if it is a staff
# account's (a disabled one is reported as such; any other typed name is "(unknown)", never
# kept: it may be a password typed in the wrong box), the reason chosen here, the time from the
# server's clock, and at most MAX_SIGN_IN_REPORTS waiting (the oldest dropped). Returns whether
# it recorded one.
_SIGN_IN_REPORT_FUNCTIONS = """
CREATE OR REPLACE FUNCTION onestop_sign_in_failed(p_username text) RETURNS boolean
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_key text := '';
  v_name text := '(unknown)';
  v_reason text := 'unknown_user';
  v_rows integer;
BEGIN
  IF EXISTS (SELECT 1 FROM public.key_slots k WHERE k.username = p_username) THEN
    v_key := p_username; v_name := p_username; v_reason := 'wrong_password';
  ELSIF EXISTS (SELECT 1 FROM public.staff s WHERE s.username = p_username AND NOT s.active) THEN
    v_name := p_username; v_reason := 'disabled';
  END IF;
  UPDATE public.sign_in_counters SET unreported = unreported - 1
    WHERE username = v_key AND unreported > 0;
  GET DIAGNOSTICS v_rows = ROW_COUNT;
  IF v_rows = 0 THEN
    RETURN false;
  END IF;
  INSERT INTO public.sign_in_reports (username, reason, at)
    VALUES (v_name, v_reason, to_char(clock_timestamp() AT TIME ZONE 'UTC',
                                      'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"'));
  DELETE FROM public.sign_in_reports WHERE id <= (
    SELECT id FROM public.sign_in_reports ORDER BY id DESC OFFSET %(cap)s LIMIT 1);
  RETURN true;
END $$;
REVOKE ALL ON FUNCTION onestop_sign_in_failed(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION onestop_sign_in_failed(text) TO onestop_signin;

-- The next member of staff to sign in takes the waiting reports (in her sign-in's transaction,
-- so they are back if it fails) and writes them into the trail, marked unverified.
CREATE OR REPLACE FUNCTION onestop_take_sign_in_reports()
  RETURNS TABLE (username text, reason text, at text)
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  WITH taken AS (DELETE FROM public.sign_in_reports RETURNING id, username, reason, at)
  SELECT username::text, reason::text, at FROM taken ORDER BY id
$$;
REVOKE ALL ON FUNCTION onestop_take_sign_in_reports() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION onestop_take_sign_in_reports() TO %(groups)s;
"""

# Every member of staff checks the chain's head at sign-in (services/audit.py head_problems):
# the last entry's hash and signature, and the hash at one sequence number, nothing else of
# the trail, which only the audit section's roles read.
_AUDIT_HEAD_FUNCTIONS = """
CREATE OR REPLACE FUNCTION onestop_audit_head()
  RETURNS TABLE (seq integer, hash text, signer text, signature text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT seq, hash::text, signer::text, signature::text FROM public.audit_log
  ORDER BY seq DESC LIMIT 1
$$;
CREATE OR REPLACE FUNCTION onestop_audit_hash(p_seq integer) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT hash::text FROM public.audit_log WHERE seq = p_seq
$$;
-- Confirming a colleague (services/sectionkeys.py): every account's slot public key and its
-- MAC under the vault key (so a key swapped here is refused by the workstation), never the
-- wrapped private key or anything sealed to it.
CREATE OR REPLACE FUNCTION onestop_slot_publics()
  RETURNS TABLE (username text, public text, public_mac text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT k.username::text, (k.slot::jsonb -> 'slots' -> 0 ->> 'public'),
         (k.slot::jsonb -> 'slots' -> 0 ->> 'public_mac')
  FROM public.key_slots k
$$;
REVOKE ALL ON FUNCTION onestop_slot_publics() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION onestop_slot_publics() TO %(groups)s;
REVOKE ALL ON FUNCTION onestop_audit_head() FROM PUBLIC;
REVOKE ALL ON FUNCTION onestop_audit_hash(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION onestop_audit_head() TO %(groups)s;
GRANT EXECUTE ON FUNCTION onestop_audit_hash(integer) TO %(groups)s;
"""

# Break-glass on a server (services/glasskeys.py): the key for that one read is released only
# after the access and its audit entry are in the database. A modified client cannot take her
# break-glass grant first: her login does not see it (OWN_GLASS_GRANT), and this function,
# running as the tables' owner, returns it only while an access of hers to that section is
# open (not expired) and the trail holds that access's entry (record.break_glass, by her, for
# that section, "access <id> …"), written in the same transaction as the access.
GLASS_FUNCTIONS = """
CREATE OR REPLACE FUNCTION onestop_glass_grants(p_section text)
  RETURNS TABLE (section text, version integer, slot_id text, public_key text, sealed text,
                 granted_by text, granted_at text, signer text, signature text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT g.section::text, g.version, g.slot_id::text, g.public_key::text, g.sealed::text,
         g.granted_by::text, g.granted_at::text, g.signer::text, g.signature::text
  FROM public.section_key_grants g
  WHERE g.section = p_section
    AND g.slot_id = 'glass:user:' || substr(session_user, %(start)s)
    AND EXISTS (
      SELECT 1 FROM public.break_glass b
      WHERE b.username = substr(session_user, %(start)s) AND b.section = p_section
        AND b.expires_at > to_char(clock_timestamp() AT TIME ZONE 'UTC',
                                   'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
        AND EXISTS (
          SELECT 1 FROM public.audit_log a
          WHERE a.action = '%(action)s' AND a.actor = b.username AND a.section = p_section
            AND a.detail LIKE 'access ' || b.id || ' %%'
        )
    )
$$;
CREATE OR REPLACE FUNCTION onestop_glass_grant_waiting(p_section text, p_public text)
  RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT EXISTS (
    SELECT 1 FROM public.section_key_grants g
    WHERE g.section = p_section AND g.public_key = p_public
      AND g.slot_id = 'glass:user:' || substr(session_user, %(start)s)
  )
$$;
REVOKE ALL ON FUNCTION onestop_glass_grants(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION onestop_glass_grant_waiting(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION onestop_glass_grants(text) TO %(groups)s;
GRANT EXECUTE ON FUNCTION onestop_glass_grant_waiting(text, text) TO %(groups)s;
"""

# The admin creates a colleague's login in her role's group, and nothing else: the function
# checks the group's name, quotes the login's name, and takes a SCRAM verifier (never a
# password in clear: the client derives and hashes it). Its owner holds CREATEROLE.
_ADD_LOGIN_FUNCTION = """
CREATE OR REPLACE FUNCTION onestop_add_staff_login(p_username text, p_role text, p_verifier text)
  RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF p_role NOT IN (%(roles)s) THEN
    RAISE EXCEPTION 'unknown OneStop role' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF p_username !~ '^[a-z0-9][a-z0-9._-]{0,31}$' THEN
    RAISE EXCEPTION 'invalid user name' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF p_verifier !~ '^SCRAM-SHA-256\\$' THEN
    RAISE EXCEPTION 'a SCRAM-SHA-256 verifier is required'
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  EXECUTE format('CREATE ROLE %%I LOGIN PASSWORD %%L IN ROLE %%I',
                 '%(prefix)s' || p_username, p_verifier, 'onestop_' || p_role);
END $$;
REVOKE ALL ON FUNCTION onestop_add_staff_login(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION onestop_add_staff_login(text, text, text) TO onestop_admin;
"""


# The admin stops a colleague's login when her account is disabled, and gives it a new verifier
# (and LOGIN) when it is re-enabled or its password reset: only a ``staff_`` login that is a
# member of a OneStop group, never her own, never another role of the cluster. Stopping also
# ends the login's open connections, so a workstation signed in as her reads nothing more.
_STAFF_LOGIN_FUNCTIONS = """
CREATE OR REPLACE FUNCTION onestop_staff_login_checked(p_username text) RETURNS text
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_login text := '%(prefix)s' || p_username;
BEGIN
  IF p_username !~ '^[a-z0-9][a-z0-9._-]{0,31}$' THEN
    RAISE EXCEPTION 'invalid user name' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF v_login = session_user THEN
    RAISE EXCEPTION 'not one''s own login' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM pg_auth_members m
      JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid
    WHERE r.rolname = v_login AND NOT r.rolsuper AND g.rolname IN (%(groups_quoted)s)
  ) THEN
    RAISE EXCEPTION 'no such staff login' USING ERRCODE = 'undefined_object';
  END IF;
  RETURN v_login;
END $$;
REVOKE ALL ON FUNCTION onestop_staff_login_checked(text) FROM PUBLIC;

CREATE OR REPLACE FUNCTION onestop_stop_staff_login(p_username text) RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_login text := public.onestop_staff_login_checked(p_username);
BEGIN
  EXECUTE format('ALTER ROLE %%I NOLOGIN PASSWORD NULL', v_login);
  PERFORM pg_terminate_backend(a.pid) FROM pg_stat_activity a WHERE a.usename = v_login;
END $$;
REVOKE ALL ON FUNCTION onestop_stop_staff_login(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION onestop_stop_staff_login(text) TO onestop_admin;

CREATE OR REPLACE FUNCTION onestop_renew_staff_login(p_username text, p_verifier text)
  RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_login text := public.onestop_staff_login_checked(p_username);
BEGIN
  IF p_verifier !~ '^SCRAM-SHA-256\\$' THEN
    RAISE EXCEPTION 'a SCRAM-SHA-256 verifier is required'
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  EXECUTE format('ALTER ROLE %%I LOGIN PASSWORD %%L', v_login, p_verifier);
  PERFORM pg_terminate_backend(a.pid) FROM pg_stat_activity a WHERE a.usename = v_login;
END $$;
REVOKE ALL ON FUNCTION onestop_renew_staff_login(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION onestop_renew_staff_login(text, text) TO onestop_admin;
"""


def install_account_functions(conn: Connection) -> None:
    """The sign-in functions, those of disabling, re-enabling and resetting an account and of
    reporting failed sign-ins (idempotent; one of ``INSTALLERS``)."""
    groups = ", ".join(group_role(r) for r in Role)
    _run(conn, f"GRANT pg_signal_backend TO {OWNER}")  # ends a stopped login's connections
    _run(conn, f"SET LOCAL ROLE {OWNER}")
    _run(
        conn,
        _KEY_SLOT_FUNCTION  # the sign-in functions count what is unreported too
        % {
            "free": keyslots.FREE_ATTEMPTS,
            "base": keyslots.BACKOFF_BASE_SECONDS,
            "max": keyslots.BACKOFF_MAX_SECONDS,
            "most": keyslots.MAX_FAILURES,
            "prefix": LOGIN_PREFIX,
            "groups": groups,
        },
    )
    _run(conn, _SIGN_IN_REPORT_FUNCTIONS % {"cap": MAX_SIGN_IN_REPORTS, "groups": groups})
    _run(
        conn,
        _STAFF_LOGIN_FUNCTIONS
        % {
            "prefix": LOGIN_PREFIX,
            "groups_quoted": ", ".join(f"'{group_role(r)}'" for r in Role),
        },
    )
    _run(conn, "RESET ROLE")


def _run(conn: Connection, statement: str) -> None:
    """Execute DDL as written: no parameters, so a ``%`` (PL/pgSQL's format) is not one."""
    conn.exec_driver_sql(statement.replace("%", "%%"))


def create_roles(conn: Connection) -> None:
    """The owner, the pre-sign-in role and one group role per OneStop role (cluster-wide, once).

    Runs as a superuser. Roles are shared by every database of the cluster, so this is
    idempotent; the schema itself is made per database by ``create_schema``.
    """
    names = [OWNER, SIGNIN, *(group_role(r) for r in Role)]
    _run(conn, _ROLES_SQL % {"names": _sql_array(names)})
    _run(conn, f"ALTER ROLE {OWNER} NOLOGIN CREATEROLE")


def prepare_database(conn: Connection) -> None:
    """The cluster's roles and the database's and schema's privileges (idempotent): what
    ``create_schema`` and ``db.serverupgrade`` do first, before any table."""
    create_roles(conn)
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    onestop_roles = ", ".join([SIGNIN, *(group_role(r) for r in Role)])
    _run(conn, f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC, {onestop_roles}')
    _run(conn, f'GRANT CONNECT ON DATABASE "{database}" TO {SIGNIN}')
    _run(conn, f"REVOKE ALL ON SCHEMA public FROM PUBLIC, {onestop_roles}")
    _run(conn, f"GRANT ALL ON SCHEMA public TO {OWNER}")
    _run(conn, f"GRANT USAGE ON SCHEMA public TO {SIGNIN}")
    for role in Role:
        _run(conn, f'GRANT CONNECT ON DATABASE "{database}" TO {group_role(role)}')
        _run(conn, f"GRANT USAGE ON SCHEMA public TO {group_role(role)}")


def create_schema(conn: Connection) -> None:
    """Every table, trigger, function, grant and policy, in the connected (empty) database.

    Runs as a superuser, inside the caller's transaction; the objects belong to the owner role.
    The tables are the models' (``create_all``); everything else is ``INSTALLERS``', the very
    list an existing centre's database is upgraded with (``db.serverupgrade``).
    """
    prepare_database(conn)
    _run(conn, f"SET LOCAL ROLE {OWNER}")
    models.Base.metadata.create_all(conn)
    SERVER_METADATA.create_all(conn)
    for table, column in sealed_columns():
        # A sealed value is longer than the plaintext its column was sized for; SQLite ignores
        # a VARCHAR's length, PostgreSQL enforces it.
        _run(conn, f"ALTER TABLE {table} ALTER COLUMN {column} TYPE text")
    _run(conn, "RESET ROLE")
    _stamp_head(conn)
    install_objects(conn)


def install_audit_trigger(conn: Connection) -> None:
    """The audit trail append-only: its trigger, and no UPDATE, DELETE or TRUNCATE for the
    tables' owner either."""
    _run(conn, f"SET LOCAL ROLE {OWNER}")
    _run(conn, _AUDIT_TRIGGER)
    for table in sorted(APPEND_ONLY):
        _run(conn, f"REVOKE UPDATE, DELETE, TRUNCATE ON {table} FROM {OWNER}")
    _run(conn, "RESET ROLE")


def install_waiting_function(conn: Connection) -> None:
    """``onestop_wait_for_a_bed``, for the groups that write referrals."""
    writers = [r for r in Role if access(r, Section.REFERRALS) >= Access.WRITE]
    values = {
        "sector": Sector.SHELTER_HOUSING.value,
        "start": len(LOGIN_PREFIX) + 1,
        "groups": ", ".join(group_role(r) for r in writers),
    }
    _as_owner(conn, WAITING_FUNCTION % values)


def install_purge_functions(conn: Connection) -> None:
    """``onestop_purge_case`` and ``onestop_drop_purged_blobs``, for the manager's group."""
    _as_owner(conn, purge_functions())


def install_letters_function(conn: Connection) -> None:
    """``onestop_referral_letters``, for the readers of referrals."""
    _as_owner(conn, letters_function())


def install_attachment_section(conn: Connection) -> None:
    """``onestop_attachment_section``, for every group."""
    groups = ", ".join(group_role(r) for r in Role)
    _as_owner(conn, _ATTACHMENT_SECTION_FUNCTION % {"groups": groups})


def install_audit_head_functions(conn: Connection) -> None:
    """The chain's head, one entry's hash and the slots' public keys, for every group."""
    groups = ", ".join(group_role(r) for r in Role)
    _as_owner(conn, _AUDIT_HEAD_FUNCTIONS % {"groups": groups})


def install_glass_functions(conn: Connection) -> None:
    """The break-glass grants released after their audit entry (``GLASS_FUNCTIONS``)."""
    values = {
        "start": len(LOGIN_PREFIX) + 1,
        "action": AuditAction.BREAK_GLASS.value,
        "groups": ", ".join(group_role(r) for r in STAFF_ROLES_ONLY),
    }
    _as_owner(conn, GLASS_FUNCTIONS % values)


def install_add_login_function(conn: Connection) -> None:
    """``onestop_add_staff_login``, for the admin's group."""
    roles = ", ".join(f"'{r.value}'" for r in Role)
    _as_owner(conn, _ADD_LOGIN_FUNCTION % {"roles": roles, "prefix": LOGIN_PREFIX})


def install_grants(conn: Connection) -> None:
    """Every group's privileges on the tables, columns and sequences, and on the schema's
    version (``alembic_version``)."""
    groups = ", ".join(group_role(r) for r in Role)
    _run(conn, f"SET LOCAL ROLE {OWNER}")
    for (role, table), privileges in sorted(table_grants().items()):
        listed = ", ".join(sorted(privileges))
        _run(conn, f"GRANT {listed} ON {table} TO {group_role(role)}")
    for (role, table), columns in sorted(statistics_column_grants().items()):
        _run(conn, f"GRANT SELECT ({', '.join(columns)}) ON {table} TO {group_role(role)}")
    # Sequences behind integer primary keys: whoever may INSERT into the table draws from them.
    _run(conn, f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {groups}")
    _run(conn, f"GRANT SELECT ON alembic_version TO {groups}")
    _run(conn, "RESET ROLE")


def install_policies(conn: Connection) -> None:
    """The row-level policies (``_row_policies``, ``_own_row_policies``), each dropped first
    if it exists, and the column grants that go with her own rows."""
    _run(conn, f"SET LOCAL ROLE {OWNER}")
    for statement in (*_row_policies(), *_own_row_policies()):
        _run(conn, statement)
    _run(conn, "RESET ROLE")


def _as_owner(conn: Connection, statement: str) -> None:
    _run(conn, f"SET LOCAL ROLE {OWNER}")
    _run(conn, statement)
    _run(conn, "RESET ROLE")


# Every function, trigger, grant and policy of the schema, in the order they are installed: on
# a new database by ``create_schema``, on an existing centre's by ``db.serverupgrade`` after
# it has dropped the ones there (``clear_objects``). One list, so nothing is installed by one
# and forgotten by the other; each is idempotent. tests/server/test_server_upgrade.py compares
# the catalogue of a database upgraded from an earlier release with a new one's.
INSTALLERS: Final[tuple[Callable[[Connection], None], ...]] = (
    install_audit_trigger,
    install_live_updates,
    install_dose_triggers,
    install_waiting_function,
    install_purge_functions,
    install_letters_function,
    install_attachment_section,
    install_audit_head_functions,
    install_glass_functions,
    install_add_login_function,
    install_grants,
    install_policies,
    install_account_functions,
    install_conference_referral,
)


def install_objects(conn: Connection) -> None:
    """Run every one of ``INSTALLERS``, as a superuser, in the caller's transaction."""
    for install in INSTALLERS:
        install(conn)


def _stamp_head(conn: Connection) -> None:
    """Record the Alembic head this schema equals, as the local vault's migrations do."""
    from onestop.db.migrate import head_revision

    _run(conn, "CREATE TABLE alembic_version (version_num varchar(32) NOT NULL PRIMARY KEY)")
    conn.execute(text("INSERT INTO alembic_version VALUES (:v)"), {"v": head_revision()})
    _run(conn, f"ALTER TABLE alembic_version OWNER TO {OWNER}")


def scram_verifier(password: str, *, iterations: int = 4096) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for ``password`` (RFC 5802, RFC 7677).

    The client hands the server this, never the password: ``onestop_add_staff_login`` accepts
    only a verifier, so not even the server's statement log sees a staff password.
    """
    salt = secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    client_key = hmac.digest(salted, b"Client Key", "sha256")
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.digest(salted, b"Server Key", "sha256")
    b64 = base64.b64encode
    return (
        f"SCRAM-SHA-256${iterations}:{b64(salt).decode()}"
        f"${b64(stored_key).decode()}:{b64(server_key).decode()}"
    )


def write_lock(conn: Connection) -> None:
    """Take the write lock until the end of the current transaction (commit or rollback).

    Every transaction that may write takes it as it begins (services/backend.py), so writes
    from all workstations happen one at a time, in the order they took the lock: the audit
    chain's next link, a case's reference, a bed and the custody order are each decided by
    exactly one writer. A unit of work that only reads takes it later, once, when it first
    writes (db/writelock.py, ``take_deferred_write_lock``): before its audit entry reads the
    chain's head, and before any statement that writes or locks rows; it holds it to commit.
    """
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})


def take_deferred_write_lock(conn: Connection) -> None:
    """``write_lock`` for a transaction that began without it (db/writelock.py), on the
    driver's connection: it may be called from the cursor hook, just before a statement that
    writes, where another statement through ``conn`` would re-enter the hook."""
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
    finally:
        cursor.close()


# The functions of this module that only read (STABLE: PostgreSQL refuses a write in them).
# A statement calling any other onestop_ function may write.
READING_FUNCTIONS: Final = frozenset(
    {
        "onestop_attachment_section",
        "onestop_audit_hash",
        "onestop_audit_head",
        "onestop_glass_grant_waiting",
        "onestop_glass_grants",
        "onestop_purge_audited",
        "onestop_referral_letters",
        "onestop_slot_publics",
        "onestop_staff_login_checked",
    }
)
_SELECT = re.compile(r"\s*SELECT\b", re.IGNORECASE)
_LOCKS_ROWS = re.compile(
    r"\bFOR\s+(?:UPDATE|NO\s+KEY\s+UPDATE|SHARE|KEY\s+SHARE)\b"
    r"|\b(?:nextval|setval|pg_advisory\w*|pg_notify)\s*\(",
    re.IGNORECASE,
)
_FUNCTION = re.compile(r"\b(onestop_\w+)\s*\(", re.IGNORECASE)


def plain_read(statement: str) -> bool:
    """Whether ``statement`` only reads and takes no row lock: a SELECT, without FOR UPDATE or
    FOR SHARE, calling none of the functions that write (a sequence, a lock, a notification,
    an onestop_ function not in READING_FUNCTIONS). Anything else, a deferred transaction runs
    only under the write lock (db/writelock.py)."""
    if not _SELECT.match(statement) or _LOCKS_ROWS.search(statement):
        return False
    return all(f.lower() in READING_FUNCTIONS for f in _FUNCTION.findall(statement))
