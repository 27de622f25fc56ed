"""A bulk seeder for the benches: 100,000 survivors in minutes, the rows the services write.

The demo seeder (onestop.demo.DemoSeeder) writes every record through its service, one ORM
flush and one audit append at a time: about 15 survivors a second on an idle machine, 3 on a
busy one, hours for 100,000. This one makes the same people from the same generator
(``demo._Maker``), builds each row with the services' own code (``new_row``, the services'
``_apply`` and ``_fields``, the constructors ``insert_consent`` and ``HealthService`` use), and
writes them with one executemany per table per batch of survivors:

- ids are given here (the vault is new and this is its only writer), so each sealed column is
  sealed before the INSERT, under its section's key with the associated data the ORM layer
  (services.sealedcolumns) and ``sectionkeys.seal_row`` use: table, column, row id, version.
  A core insert bypasses the ORM's sealing, so it is done explicitly, column by column, with
  the project's own functions (``sealedcolumns.seal_value``, ``sectionkeys.seal``);
- every record gets the audit entry its service writes (same action, section, reference and
  detail), chained and signed by the seeding admin as ``services.audit.append`` does, and the
  anchor row and the anchor file move at each batch's commit, as after any unit of work, so the
  seeded vault passes ``verify``;
- names come from Faker in seven locales (Latin, Arabic, Devanagari scripts) and, for about
  one survivor in fifty, from the hostile-text corpus (tests/fixtures/hostile_text.json);
- one file in a hundred is long: 5 incidents, 200 health encounters, 240 hearings over four
  matters before the courts, 60 photographs of phone size (2.5 to 4 MB JPEGs) linked to her
  incidents, with her consent to photography. The pictures are a pool of ``POOL`` distinct
  JPEGs made once and kept in the vault folder's sibling ``photos/``; each photograph is
  stored as AttachmentService.add stores it, sealed under the health key and bound to its own
  row (form 2), so no two rows share a file. Only the first ``PHOTO_FILES`` long files have
  their photographs (the ones the benches open among them): all 1,000 long files of 100,000
  survivors would need 190 GB of disk; ``sizes()`` reports the vault on disk and scale.py what
  a centre's would be.

Not written (the demo seeder writes them, no bench reads them): forensic examinations and
their custody chains, risk assessments and safety plans, case conferences and their referrals,
the shelter's rooms and agencies, perpetrators. ``check()`` reads a sample of cases back
through the services and compares them field by field with what was generated.
"""

from __future__ import annotations

import io
import json
import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from alembic.config import Config
from alembic.script import ScriptDirectory
from PIL import Image
from sqlalchemy import func, inspect, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from onestop.db.attachments import Attachment
from onestop.db.audit import AuditAnchor, AuditEntry
from onestop.db.base import utcnow
from onestop.db.cases import Case, ReferenceCounter
from onestop.db.consent import ConsentRecord
from onestop.db.health import FollowUpRow, HealthEncounter, InjuryRow, TreatmentRow
from onestop.db.incidents import Incident
from onestop.demo import (
    _AGENCIES,
    COURTS,
    SEED_NOTE,
    DemoAccount,
    _Maker,
    demo_accounts,
)
from onestop.domain.audit import AuditAction, AuditFields, Outcome, entry_hash, signed_message
from onestop.domain.casefile import SEXUAL_VIOLENCE, CaseStatus, case_reference
from onestop.domain.consent import Decision, GivenBy, Purpose
from onestop.domain.referrals import ReferralStatus
from onestop.domain.roles import Role, Section
from onestop.domain.validation import PersonFacts, check_person
from onestop.services import attachmentblobs, audit, incidents, sectionkeys
from onestop.services import cases as case_service
from onestop.services.attachments import make_thumbnail
from onestop.services.counselling import CounsellingService
from onestop.services.health import EncounterDetails
from onestop.services.incidents import IncidentDetails
from onestop.services.legal import (
    HearingDetails,
    Hearings,
    LegalMatters,
    MatterDetails,
    OrderDetails,
    ProtectionOrders,
)
from onestop.services.records import CaseRecords, new_row
from onestop.services.referrals import ReferralDetails, ReferralService
from onestop.services.sealedcolumns import (
    ROW_SECTION,
    TRANSPARENT,
    case_of,
    row_section,
    seal_value,
    sealed_columns,
    sealed_names,
)
from onestop.services.session import VaultSession
from onestop.services.shelter import ShelterService, StayDetails
from onestop.services.users import UserService
from onestop.vault.blobs import Row
from onestop.vault.sectionkeys import CaseRef

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests" / "fixtures" / "hostile_text.json"
BATCH = 1000  # survivors per transaction
LONG_EVERY = 100  # one file in a hundred is long
LONG_INCIDENTS, LONG_ENCOUNTERS, LONG_PHOTOS, LONG_HEARINGS = 5, 200, 60, 240
POOL = LONG_PHOTOS  # distinct photographs: a long file's 60 are all different
PHOTO_FILES = 20  # the first long files, which have their photographs (the benches open 10)
PHONE_SIZES = ((4032, 3024), (3264, 2448), (4000, 3000), (3024, 4032))


def photo_pool(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """``count`` distinct JPEGs the size of a phone's photographs (12 MP, 2.5 to 4 MB), made
    once (about a second each) and kept in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for n in range(count):
        path = folder / f"photo-{n:03d}.jpg"
        if not path.exists():
            rng = random.Random(seed * 1000 + n)
            w, h = PHONE_SIZES[n % len(PHONE_SIZES)]
            cells = (w // 48, h // 48)
            small = Image.frombytes("RGB", cells, rng.randbytes(cells[0] * cells[1] * 3))
            picture = Image.blend(
                small.resize((w, h), Image.Resampling.BICUBIC),
                Image.effect_noise((w, h), 40).convert("RGB"),
                0.25,
            )
            data = io.BytesIO()
            picture.save(data, "JPEG", quality=85)
            tmp = path.with_suffix(".part")
            tmp.write_bytes(data.getvalue())
            tmp.replace(path)
        out.append(path)
    return out


def hostile_names() -> list[str]:
    """The corpus's names that a person could type in the name field (check_person passes)."""
    names = json.loads(HOSTILE.read_text("utf-8"))["names"]
    today = date.today()
    return [
        n
        for n in names
        if isinstance(n, str) and not check_person(PersonFacts(n, "", None, 30, ""), today)
    ]


@dataclass
class Generated:
    """What was generated for one survivor, kept for ``check`` (a sample only)."""

    reference: str
    details: case_service.SurvivorDetails
    status: str
    incidents: list[IncidentDetails] = field(default_factory=list)
    encounters: list[EncounterDetails] = field(default_factory=list)
    hearings: list[HearingDetails] = field(default_factory=list)
    photos: list[str] = field(default_factory=list)  # the SHA-256 of each picture
    consents: list[tuple[str, str]] = field(default_factory=list)
    long: bool = False


@dataclass(frozen=True)
class Seeded:
    accounts: tuple[DemoAccount, ...]
    cases: tuple[str, ...]
    long_cases: tuple[str, ...]
    sample: dict[str, Generated]
    seconds: float
    rows: int
    audit_entries: int


@dataclass(frozen=True)
class _Shape:
    """What ``_Writer.add`` needs of a model, worked out once per model rather than per row
    (sealedcolumns.sealed_columns scans every sealed column of the vault on each call: a
    tenth of the seeder's time when it was called per row)."""

    columns: tuple[tuple[str, str], ...]  # (attribute, column) of every mapped column
    sealed: tuple[str, ...]  # its sealed columns, empty when the table has none
    section: Section | None  # whose key seals it; None: per row (ROW_SECTION) or not sealed
    versioned: bool  # row_version: its own version, else 0


_SHAPES: dict[type[Any], _Shape] = {}


def _shape(model: type[Any]) -> _Shape:
    found = _SHAPES.get(model)
    if found is None:
        columns = tuple((a.key, a.columns[0].name) for a in inspect(model).column_attrs)
        transparent = model in TRANSPARENT
        sealed = sealed_names(model) if transparent else ()
        section = sealed_columns(model)[0] if transparent and model not in ROW_SECTION else None
        found = _SHAPES[model] = _Shape(columns, sealed, section, hasattr(model, "version"))
    return found


def _row_values(row: Any, shape: _Shape) -> dict[str, Any]:
    """The column values set on a transient ORM row (the rest take their column defaults)."""
    state = row.__dict__
    return {column: state[key] for key, column in shape.columns if key in state}


# The vault keeps each case's count of PEP and hepatitis B doses (dose_summaries) with a
# trigger that rebuilds her row after each such treatment is inserted (migrations 0018, 0035,
# remade by 0052 to reach her doses through her encounters). Even so, a trigger run per dose
# of a batch costs a statement per dose; the seeder writes each batch's rows once instead,
# with the aggregate of the migration that made the trigger last (its ``doses_of``), and
# refuses to run if the trigger in the vault is not that migration's, word for word.
DOSE_TRIGGER = "tr_treatments_insert"
DOSE_KINDS = "t.kind IN ('pep_first_dose', 'hepatitis_b')"  # the trigger's WHEN (KIND_IS)


def _dose_triggers() -> Any:
    """The migration that made the dose triggers last: the newest with ``trigger_sql``."""
    config = Config()
    config.set_main_option("script_location", "onestop.db:migrations")
    for script in ScriptDirectory.from_config(config).walk_revisions():
        if hasattr(script.module, "trigger_sql"):
            return script.module
    raise RuntimeError("no migration makes the dose triggers")


@contextmanager
def _doses_kept_once(conn: Any, cases: list[dict[str, Any]]) -> Iterator[None]:
    """The batch's rows written with the dose trigger set aside (dropped inside the batch's
    transaction, made again after from its own SQL in sqlite_master, so the schema is as it
    was), and each new case's dose_summaries rows then written once by the trigger's own
    aggregate (``doses_of`` of the migration that made it), for the batch's cases. The rows
    are those the trigger leaves: it rebuilds a case's row from all her treatments of that
    kind after each insert, and every case of a batch is new, so after her last treatment
    its row is this aggregate (the rows' rowids differ, which nothing reads). Fails rather
    than differ if the trigger in the vault is not that migration's."""
    migration = _dose_triggers()
    sql = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (DOSE_TRIGGER,)
    ).scalar()
    if sql != migration.trigger_sql()[DOSE_TRIGGER]:
        raise RuntimeError(f"{DOSE_TRIGGER} is not the trigger the seeder writes doses as")
    conn.exec_driver_sql(f"DROP TRIGGER {DOSE_TRIGGER}")
    yield
    if cases:
        ids = [c["id"] for c in cases]
        conn.exec_driver_sql(
            "INSERT INTO dose_summaries (case_id, kind, first_given_at, doses) "
            + migration.doses_of("e.case_id BETWEEN :first AND :last", DOSE_KINDS),
            {"first": min(ids), "last": max(ids)},
        )
    conn.exec_driver_sql(sql)


class _Writer:
    """Rows and audit entries of one batch, written with one executemany per table."""

    def __init__(self, session: VaultSession, s: Session, next_ids: dict[str, int]) -> None:
        self.session = session
        self.s = s
        self.next_ids = next_ids
        self.rows: dict[Any, list[dict[str, Any]]] = {}
        self.order: list[Any] = []
        self.entries: list[tuple[Section, str, str]] = []
        self.count = 0
        self.keys: dict[Section, Any] = {}  # the current key of each section (none rotates)

    def add(self, row: Any) -> Any:
        """Give ``row`` its id, seal its sealed columns as the ORM layer would, queue it."""
        table = row.__table__
        if "id" in table.c and getattr(row, "id", None) is None:
            row.id = self.next_ids[table.name]
            self.next_ids[table.name] += 1
        shape = _shape(type(row))
        values = _row_values(row, shape)
        # The case it belongs to, which its sealed text names (form 2), as the ORM layer seals
        # it; found for every row, so that a child's case is found through its parent queued
        # in this batch, before either is written.
        case = case_of(self.s, row)
        if type(row) in TRANSPARENT:
            section = shape.section or row_section(row)
            key = self.keys.get(section)
            if key is None:
                key = self.keys[section] = self.session.section_keys.current(section)
            assert key is not None, f"the seeder holds no {section.value} key"
            version = int(row.version) if shape.versioned else 0  # row_version(row)
            for column in shape.sealed:
                text = values.get(column)
                if text is not None:
                    values[column] = seal_value(
                        key, table.name, column, row.id, version, text, case
                    )
            values["key_version"] = key.version
        if table not in self.rows:
            self.rows[table] = []
            self.order.append(table)
        self.rows[table].append(values)
        self.count += 1
        return row

    def add_record(self, service: CaseRecords[Any], case: Case, details: Any) -> Any:
        """A record as ``CaseRecords.insert`` makes it: its fields, its initial state, its
        sealed columns sealed at version 1 (``sectionkeys.seal_row``), audited."""
        values = service._fields(details)
        plain = {name: values.pop(name) for name in service.sealed}
        row = new_row(
            service.model,
            self.session.actor.username,
            case_id=case.id,
            **service.initial_state(),
            **values,
            **plain,
        )
        row.id = self.next_ids[service.model.__tablename__]
        self.next_ids[service.model.__tablename__] += 1
        if service.sealed:
            key = sectionkeys.require_key(self.session, service.section)
            # Form 2, bound to her case, as CaseRecords.insert seals it (sealedcolumns.case_of):
            # sealed in form 1, every holder's first sign-in re-sealed the section's records
            # (the counsellor's took 16 s at 100,000 survivors in a bench meant to measure a
            # sign-in of every day).
            bound = CaseRef(case.id, case.reference)
            for name, text in plain.items():
                setattr(
                    row,
                    name,
                    sectionkeys.seal(
                        key, row.__tablename__, name, row.id, row.version, text, bound
                    ),
                )
            row.key_version = key.version
        self.audit(service.section, case.reference, f"{service.record_type} {row.id} recorded")
        return row  # queued by the caller once its state is final

    def audit(self, section: Section, reference: str, detail: str) -> None:
        self.entries.append((section, reference, detail))

    def flush(self) -> int:
        """Every queued row (tables in the order first seen: parents before children), then
        the audit entries, chained from the anchor row and signed as ``audit.append`` does."""
        conn = self.s.connection()
        with _doses_kept_once(conn, self.rows.get(Case.__table__, [])):
            for table in self.order:
                by_keys: dict[tuple[str, ...], list[dict[str, Any]]] = {}
                for values in self.rows[table]:
                    by_keys.setdefault(tuple(sorted(values)), []).append(values)
                for group in by_keys.values():
                    conn.execute(table.insert(), group)
        session = self.session
        anchor = self.s.get(AuditAnchor, 1)
        assert anchor is not None
        seq, prev = anchor.seq, anchor.hash
        signer = session.signer
        role = session.actor.role_name
        entries = []
        for section, reference, detail in self.entries:
            fields = AuditFields(
                seq=seq + 1,
                at=audit._now(),
                actor=session.actor.username,
                role=role,
                action=AuditAction.RECORD_WRITE.value,
                section=section.value,
                record_ref=reference,
                outcome=Outcome.OK.value,
                detail=detail,
                signer=signer.key_id if signer is not None else "",
            )
            digest = entry_hash(prev, fields)
            signature = (
                signer.private.sign(signed_message(session.vault_id, digest)).hex()
                if signer is not None
                else ""
            )
            entries.append(
                {
                    **{k: getattr(fields, k) for k in AuditFields.__dataclass_fields__},
                    "prev_hash": prev,
                    "hash": digest,
                    "signature": signature,
                }
            )
            seq, prev = fields.seq, digest
        if entries:
            conn.execute(AuditEntry.__table__.insert(), entries)
            head = audit.Anchor(
                seq,
                prev,
                audit.anchor_mac(session.key, session.vault_id, seq, prev),
                entries[-1]["signer"],
                entries[-1]["signature"],
            )
            anchor.seq, anchor.hash, anchor.mac = head.seq, head.hash, head.mac
            anchor.signer, anchor.signature = head.signer, head.signature
            # The anchor file is written after the commit, as after any unit of work.
            self.s.info["audit_anchor"] = head
        return len(entries)


class BulkSeeder:
    """Seeds a new, empty vault signed in as its admin (as DemoSeeder does)."""

    def __init__(self, session: VaultSession, photos: list[Path]) -> None:
        self._session = session
        self._photos = photos
        self._photo_bytes: dict[int, tuple[bytes, bytes]] = {}  # pool index: picture, thumbnail
        self._photo_files = 0  # long files given their photographs so far
        self._staff: dict[Role, str] = {}
        self._made = Generated("", case_service.SurvivorDetails(name=""), "")

    def seed(
        self,
        survivors: int,
        *,
        seed: int,
        sample_every: int = 0,
        progress: Callable[[int, int], None] | None = None,
        today: date | None = None,
    ) -> Seeded:
        import time

        session = self._session
        start = time.perf_counter()
        with session.system_transaction() as s:
            if s.scalar(select(func.count()).select_from(Case)):
                raise RuntimeError("the bulk seeder writes only into a new, empty vault")
        accounts = demo_accounts(seed)
        users = UserService(session)
        for account in accounts:
            users.create(
                account.username,
                account.role,
                f"Demo {account.role.label.lower()}",
                password=account.password,
            )
        self._staff = {a.role: a.username for a in accounts}
        with session.system_transaction() as s:
            sectionkeys.lend_first_keys(session, s, {a.username: a.password for a in accounts})
        try:
            refs, longs, sample, rows, entries = self._seed(
                survivors,
                seed,
                sample_every or max(1, survivors // 50),
                progress,
                today or datetime.now(UTC).date(),
            )
        finally:
            session.section_keys.clear()
            session.case_index = None
        return Seeded(accounts, refs, longs, sample, time.perf_counter() - start, rows, entries)

    def _seed(
        self,
        survivors: int,
        seed: int,
        sample_every: int,
        progress: Callable[[int, int], None] | None,
        today: date,
    ) -> tuple[tuple[str, ...], tuple[str, ...], dict[str, Generated], int, int]:
        session = self._session
        maker = _Maker(seed, today)
        hostile = hostile_names()
        refs: list[str] = []
        longs: list[str] = []
        sample: dict[str, Generated] = {}
        rows = entries = 0
        counters: dict[int, int] = {}
        while len(refs) < survivors:
            count = min(BATCH, survivors - len(refs))
            with session.system_transaction() as s:
                next_ids = {
                    t: int(s.scalar(select(func.coalesce(func.max(m.id), 0))) or 0) + 1
                    for t, m in _ID_TABLES.items()
                }
                counters.update({c.year: c.last for c in s.scalars(select(ReferenceCounter)).all()})
                w = _Writer(session, s, next_ids)
                for _ in range(count):
                    n = len(refs)
                    long = n % LONG_EVERY == LONG_EVERY // 2
                    generated = self._survivor(w, maker, hostile, counters, long)
                    refs.append(generated.reference)
                    if long:
                        longs.append(generated.reference)
                    # About 50 ordinary files and 5 long ones are kept to be read back.
                    if (not long and n % sample_every == 0) or (
                        long
                        and len(longs) % max(1, survivors // (5 * LONG_EVERY))
                        == 1 % max(1, survivors // (5 * LONG_EVERY))
                    ):
                        sample[generated.reference] = generated
                for year, last in counters.items():
                    s.execute(
                        sqlite_insert(ReferenceCounter)
                        .values(year=year, last=last)
                        .on_conflict_do_update(index_elements=["year"], set_={"last": last})
                    )
                rows += w.count
                entries += w.flush()
            if progress is not None:
                progress(len(refs), survivors)
        return tuple(refs), tuple(longs), sample, rows, entries

    # -- one survivor ------------------------------------------------------------------------

    def _survivor(
        self,
        w: _Writer,
        maker: _Maker,
        hostile: list[str],
        counters: dict[int, int],
        long: bool,
    ) -> Generated:
        session, rng = self._session, maker.rng
        details, opened = maker.survivor()
        if rng.random() < 0.02 and hostile:
            details = replace(details, name=rng.choice(hostile))
        if long:  # a file long enough to have all this: opened one to two years ago
            opened = maker.now - timedelta(days=rng.randint(400, 700), hours=rng.randint(0, 12))
            if details.date_of_birth is not None:
                details = replace(details, date_of_birth=details.date_of_birth - timedelta(700))
        problems = check_person(
            PersonFacts(
                details.name,
                details.alias,
                details.date_of_birth,
                details.estimated_age,
                details.safe_phone,
            ),
            opened.date(),
        )
        assert not problems, problems
        counters[opened.year] = counters.get(opened.year, 0) + 1
        # insert_case: the row new_row makes, its fields as _apply sets them, audited.
        case = new_row(
            Case,
            session.actor.username,
            reference=case_reference(opened.year, counters[opened.year]),
            caseworker=self._staff[Role.CASEWORKER],
            status=CaseStatus.OPEN.value,
            closed_reason="",
            opened_at=opened,
        )
        case_service._apply(case, details)
        case.id = w.next_ids["cases"]
        w.next_ids["cases"] += 1
        if rng.random() < 0.15 and opened < maker.now - timedelta(days=60) and not long:
            case.status = CaseStatus.CLOSED.value
            case.closed_reason = "Goals of the support plan met"
            case.closed_at = opened + timedelta(days=rng.randint(20, 59))
        w.add(case)
        w.audit(Section.IDENTITY, case.reference, SEED_NOTE)
        made = self._made = Generated(case.reference, details, case.status, long=long)

        wanted = maker.incidents(opened)
        while long and len(wanted) < LONG_INCIDENTS:
            wanted += maker.incidents(opened)[1:] or maker.incidents(opened)
        if long:
            wanted = wanted[:LONG_INCIDENTS]
        incident_rows = []
        for details_ in wanted:
            row = new_row(Incident, session.actor.username, case_id=case.id)
            incidents._apply(row, details_)
            row.created_at = row.updated_at = opened  # told at intake, recorded then
            w.add(row)
            w.audit(Section.INCIDENTS, case.reference, f"incident {row.id} recorded")
            incident_rows.append(row)
            made.incidents.append(details_)
        consents = maker.consents(opened)
        if long and (Purpose.PHOTOGRAPHY, Decision.GIVEN) not in consents:
            consents.append((Purpose.PHOTOGRAPHY, Decision.GIVEN))
        for purpose, decision in consents:
            self._consent(w, case, purpose, decision, opened, Role.CASEWORKER)
        first = wanted[0]
        sexual = first.gbv_type in SEXUAL_VIOLENCE
        if long:
            self._long_file(w, maker, case, opened, incident_rows, made)
        elif sexual or rng.random() < 0.4:
            encounter = maker.encounter(opened, incident_rows[0].id, sexual)
            self._encounter(w, case, encounter)
            made.encounters.append(encounter)
        self._more_records(w, maker, case, opened)
        return made

    def _consent(
        self,
        w: _Writer,
        case: Case,
        purpose: Purpose,
        decision: Decision,
        decided_at: datetime,
        by: Role,
        agency: str = "",
    ) -> ConsentRecord:
        # insert_consent's row, then the staff member who took it down (DemoSeeder._consent).
        row = ConsentRecord(
            case_id=case.id,
            purpose=purpose.value,
            agency=agency,
            agency_id=None,
            decision=decision.value,
            given_by=GivenBy.SURVIVOR.value,
            guardian_name="",
            decided_at=decided_at,
            recorded_at=utcnow(),
            recorded_by=self._session.actor.username,
        )
        row.recorded_by, row.recorded_at = self._staff[by], decided_at
        w.add(row)
        w.audit(Section.CONSENT, case.reference, f"{purpose.value} {decision.value}")
        self._made.consents.append((purpose.value, decision.value))
        return row

    def _encounter(self, w: _Writer, case: Case, details: EncounterDetails) -> HealthEncounter:
        """HealthService.insert: the encounter (create_row) and its children (_write_children)."""
        row = new_row(
            HealthEncounter,
            self._session.actor.username,
            case_id=case.id,
            incident_id=details.incident_id,
            seen_at=details.seen_at,
            history=details.history,
            examination=details.examination,
        )
        w.add(row)
        w.audit(Section.HEALTH, case.reference, f"encounter {row.id} recorded")
        for i in details.injuries:
            w.add(
                InjuryRow(
                    encounter_id=row.id,
                    number=i.number,
                    kind=i.kind,
                    size=i.size,
                    description=i.description,
                    side=i.side.value,
                    x=i.x,
                    y=i.y,
                )
            )
        for t in details.treatments:
            w.add(
                TreatmentRow(
                    encounter_id=row.id, kind=t.kind.value, given_at=t.given_at, notes=t.notes
                )
            )
        for f in details.follow_ups:
            w.add(FollowUpRow(encounter_id=row.id, due_at=f.due_at, purpose=f.purpose, done=f.done))
        return row

    def _long_file(
        self,
        w: _Writer,
        maker: _Maker,
        case: Case,
        opened: datetime,
        incident_rows: list[Incident],
        made: Generated,
    ) -> None:
        """200 encounters over her months at the centre, 240 hearings in four matters, 60
        photographs of her injuries, each linked to one of her incidents."""
        rng, session = maker.rng, self._session
        span = maker.now - opened - timedelta(days=1)
        for k in range(LONG_ENCOUNTERS):
            base = opened + span * k / LONG_ENCOUNTERS
            incident = incident_rows[k % len(incident_rows)]
            sexual = k == 0 and made.incidents[0].gbv_type in SEXUAL_VIOLENCE
            encounter = maker.encounter(base, incident.id, sexual)
            self._encounter(w, case, encounter)
            made.encounters.append(encounter)
        per_matter = LONG_HEARINGS // 4
        hearings = Hearings(session)
        for m in range(4):
            court = COURTS[m % len(COURTS)]
            number = f"{opened.year}/{rng.randint(100, 9999):04d}"
            matter = MatterDetails(
                police_reference=f"CR/{opened.year}/{rng.randint(10000, 99999)}",
                court=court,
                court_case_number=number,
                notes="Hearings of this matter are listed under its number.",
            )
            w.add(w.add_record(LegalMatters(session), case, matter))
            for h in range(per_matter):
                # Spread from her first week to two months ahead: some still to come.
                day = opened + timedelta(days=6) + (span + timedelta(days=60)) * h / per_matter
                done = day < maker.now
                details = HearingDetails(
                    day.replace(hour=9, minute=30, second=0, microsecond=0),
                    court,
                    f"Hearing {h + 1} of matter {number}",
                    "Adjourned" if done else "",
                )
                w.add(w.add_record(hearings, case, details))
                made.hearings.append(details)
        if self._photo_files >= PHOTO_FILES:
            return
        self._photo_files += 1
        key = sectionkeys.require_key(session, Section.HEALTH)
        for k in range(LONG_PHOTOS):
            data, thumbnail = self._photo(k % len(self._photos))
            taken = opened + span * k / LONG_PHOTOS + timedelta(hours=1)
            # Its id first: the sealed content is bound to the row and its case.
            attachment_id = w.next_ids["attachments"]
            w.next_ids["attachments"] += 1
            sha, thumb, original, version = attachmentblobs.store_content(
                session, w.s, key, data, thumbnail, Row(attachment_id, case.id, case.reference)
            )
            row = new_row(
                Attachment,
                session.actor.username,
                id=attachment_id,
                case_id=case.id,
                content_bound=True,
                section=Section.HEALTH.value,
                sha256=sha,
                thumbnail_sha256=thumb,
                content_sha256=original,
                blob_key_version=version,
                media_type="image/jpeg",
                original_name=f"IMG_{taken:%Y%m%d_%H%M%S}.jpg",
                title=f"Injury photograph {k + 1}",
                size=len(data),
                taken_at=taken,
                incident_id=incident_rows[k % len(incident_rows)].id,
            )
            row.added_at, row.added_by = row.updated_at, row.updated_by
            w.add(row)
            w.audit(Section.HEALTH, case.reference, f"attachment {row.id} added")
            made.photos.append(original)

    def _photo(self, n: int) -> tuple[bytes, bytes]:
        """A pool picture and its thumbnail (made once per picture)."""
        if n not in self._photo_bytes:
            data = self._photos[n].read_bytes()
            self._photo_bytes[n] = (data, make_thumbnail(data))
        return self._photo_bytes[n]

    def _more_records(self, w: _Writer, maker: _Maker, case: Case, opened: datetime) -> None:
        """Counselling, referrals, shelter stays and court dates (DemoSeeder._more_records,
        without its forensic examinations), drawn from the generator in the same way."""
        session, rng = self._session, maker.rng
        for details in maker.counselling(opened):
            w.add(w.add_record(CounsellingService(session), case, details))
        for _ in range(rng.choice([0, 1, 1, 2])):
            agency, service, reason = rng.choice(_AGENCIES)
            details = ReferralDetails(agency, service, notes=reason)
            row = w.add_record(ReferralService(session), case, details)
            if rng.random() < 0.7:
                entry = self._consent(
                    w,
                    case,
                    Purpose.SHARE_WITH_AGENCY,
                    Decision.GIVEN,
                    opened,
                    Role.CASEWORKER,
                    agency,
                )
                row.status, row.sent_at = ReferralStatus.SENT.value, opened + timedelta(hours=2)
                row.consent_entry_id = entry.id
                if rng.random() < 0.6:
                    row.status = rng.choice(
                        [ReferralStatus.ACCEPTED.value, ReferralStatus.DECLINED.value]
                    )
                    row.responded_at = opened + timedelta(days=rng.randint(1, 12))
                    finished = row.responded_at + timedelta(days=21)
                    if row.status == ReferralStatus.ACCEPTED.value and finished < maker.now:
                        row.status, row.closed_at = ReferralStatus.COMPLETED.value, finished
                        row.feedback = "Service given; the agency closed its file."
            w.add(row)
        if rng.random() < 0.12:
            admitted = opened + timedelta(hours=6)
            left = admitted + timedelta(days=rng.randint(3, 60))
            stay = StayDetails(
                admitted,
                f"Room {rng.randint(1, 12)}",
                rng.choice("ABC"),
                rng.choice([0, 0, 1, 2]),
                (admitted + timedelta(days=28)).date(),
                left if left < maker.now else None,
                "With family" if left < maker.now else "",
            )
            w.add(w.add_record(ShelterService(session), case, stay))
        if rng.random() < 0.15:
            day = opened + timedelta(days=rng.randint(10, 90))
            court = rng.choice(COURTS)
            number = f"{opened.year}/{rng.randint(100, 9999):04d}"
            matter = MatterDetails(
                police_reference=f"CR/{opened.year}/{rng.randint(10000, 99999)}",
                court=court,
                court_case_number=number,
                notes="Hearings of this matter are listed under its number.",
            )
            w.add(w.add_record(LegalMatters(session), case, matter))
            hearing = HearingDetails(day, court, f"Protection order hearing ({number})")
            w.add(w.add_record(Hearings(session), case, hearing))
            self._made.hearings.append(hearing)
            issued = (opened + timedelta(days=rng.randint(1, 9))).date()
            if issued <= maker.now.date():
                order = OrderDetails(
                    "Non-molestation",
                    issued,
                    issued + timedelta(days=365),
                    "No contact",
                    issued + timedelta(days=365) >= maker.now.date(),
                )
                w.add(w.add_record(ProtectionOrders(session), case, order))


def _id_tables() -> dict[str, Any]:
    from onestop.db.counselling import CounsellingSession
    from onestop.db.legal import Hearing, LegalMatter, ProtectionOrder
    from onestop.db.referrals import Referral
    from onestop.db.shelter import ShelterStay

    models = (
        Case,
        Incident,
        ConsentRecord,
        HealthEncounter,
        InjuryRow,
        TreatmentRow,
        FollowUpRow,
        Attachment,
        CounsellingSession,
        Referral,
        ShelterStay,
        LegalMatter,
        Hearing,
        ProtectionOrder,
    )
    return {m.__tablename__: m for m in models}


_ID_TABLES = _id_tables()


# -- checking what was seeded ----------------------------------------------------------------


def check(session: VaultSession, sample: dict[str, Generated]) -> list[str]:
    """The sampled cases read back through the services (as a caseworker or a clinician who
    may read them): every generated field equal to what the service returns. The problems
    found, none when the seeding wrote what the services would have."""
    from onestop.services.attachments import AttachmentService
    from onestop.services.cases import CaseService
    from onestop.services.consent import ConsentService
    from onestop.services.health import HealthService
    from onestop.services.incidents import IncidentService

    problems: list[str] = []
    for ref, made in sample.items():
        got = CaseService(session).get(ref)
        if got.details != made.details:
            problems.append(f"{ref}: survivor details differ")
        if got.status.value != made.status:
            problems.append(f"{ref}: status {got.status.value} != {made.status}")
        if session.allowed(Section.INCIDENTS, _read()):
            found = sorted(
                (r.details for r in IncidentService(session).list(ref)), key=_incident_key
            )
            if found != sorted(made.incidents, key=_incident_key):
                problems.append(f"{ref}: incidents differ")
        if session.allowed(Section.HEALTH, _read()):
            encounters = HealthService(session).list(ref)
            got_enc = sorted(_plain_encounter(e.details) for e in encounters)
            want_enc = sorted(_plain_encounter(e) for e in made.encounters)
            if len(got_enc) != len(want_enc) or got_enc != want_enc:
                problems.append(f"{ref}: encounters differ")
            shas = sorted(a.sha256 for a in AttachmentService(session).list(ref))
            if shas != sorted(made.photos):
                problems.append(f"{ref}: photographs differ")
        if session.allowed(Section.LEGAL, _read()):
            hearings = sorted((h.details for h in Hearings(session).list(ref)), key=repr)
            if made.long and hearings != sorted(made.hearings, key=repr):
                problems.append(f"{ref}: hearings differ")
        if session.allowed(Section.CONSENT, _read()):
            ledger = sorted(
                (d.purpose.value, d.decision.value) for d in ConsentService(session).ledger(ref)
            )
            if ledger != sorted(made.consents):
                problems.append(f"{ref}: consent ledger differs")
    return problems


def _read() -> Any:
    from onestop.domain.roles import Action

    return Action.READ


def _incident_key(d: IncidentDetails) -> str:
    return repr(d)


def _plain_encounter(e: EncounterDetails) -> str:
    """An encounter without its incident id, its lists in one order (the service returns a
    treatment list by time given)."""
    return repr(
        replace(
            e,
            incident_id=None,
            injuries=tuple(sorted(e.injuries, key=repr)),
            treatments=tuple(sorted(e.treatments, key=repr)),
            follow_ups=tuple(sorted(e.follow_ups, key=repr)),
        )
    )


def iter_sizes(text: str) -> Iterator[int]:
    for part in text.split(","):
        part = part.strip().lower().replace("_", "")
        if part:
            yield int(float(part[:-1]) * 1000) if part.endswith("k") else int(part)


# -- a vault built once and reused ---------------------------------------------------------

ADMIN, PASSWORD = "bench-admin", "benchmark phrase for the vault 2026"
SEED = 4242


def vaults_folder(default: Path) -> Path:
    """Where seeded vaults are kept: BENCH_VAULTS (e.g. /tmp, out of the checkout), else
    ``default``."""
    import os

    chosen = os.environ.get("BENCH_VAULTS")
    return Path(chosen) if chosen else default


def build(n: int, folder: Path, *, pool: int = POOL, log: Callable[[str], None] = print) -> Any:
    """The vault of ``n`` survivors in ``folder`` (made, checked and verified once; reused
    while the size, seed and schema match): (path, meta)."""
    import os
    import time

    from onestop.db import migrate
    from onestop.services.auth import create_vault, sign_in

    os.environ["ONESTOP_KDF_SECONDS"] = "0"  # the pinned cost (common.pin_kdf)
    home = folder / f"bulk-{n}-{SEED}-{migrate.head_revision()}"
    meta_file = home / "meta.json"
    if meta_file.exists():
        return home / "vault", json.loads(meta_file.read_text())
    older = sorted(folder.glob(f"bulk-{n}-{SEED}-*/meta.json"))
    if older:  # seeded under an earlier schema: signing in migrates it, as a centre's
        older[-1].parent.rename(home)
        start = time.perf_counter()
        with sign_in(home / "vault", ADMIN, PASSWORD):
            pass
        meta = json.loads(meta_file.read_text())
        meta["migrated_in_s"] = time.perf_counter() - start
        for backup in (home / "vault" / "backups").glob("onestop-pre-migration-*"):
            backup.unlink()  # the bench's own vault; its copy only takes space
        meta_file.write_text(json.dumps(meta))
        return home / "vault", meta
    import shutil

    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    photos = photo_pool(folder / "photos", pool)
    path = home / "vault"
    create_vault(path, ADMIN, PASSWORD)
    with sign_in(path, ADMIN, PASSWORD) as admin:
        seeded = BulkSeeder(admin, photos).seed(
            n,
            seed=SEED,
            progress=lambda done, total: log(f"{time.strftime('%H:%M:%S')} seeded {done}/{total}"),
        )
    accounts = {a.role.value: [a.username, a.password] for a in seeded.accounts}
    problems = []
    for role in (Role.CASEWORKER, Role.CLINICIAN):
        user, password = accounts[role.value]
        with sign_in(path, user, password) as session:
            problems += [f"{role.value}: {p}" for p in check(session, seeded.sample)]
    start = time.perf_counter()
    from onestop.services.maintenance import MaintenanceService

    with sign_in(path, ADMIN, PASSWORD) as admin:
        report = MaintenanceService(admin).verify()
    verify_s = time.perf_counter() - start
    failed = [c.name for c in report.checks if not c.ok]
    meta = {
        "survivors": n,
        "seconds": seeded.seconds,
        "rate_per_s": n / seeded.seconds,
        "rows": seeded.rows,
        "audit_entries": seeded.audit_entries,
        "cases": list(seeded.cases[:: max(1, n // 2000)]),
        "long_cases": list(seeded.long_cases),
        "sampled_and_checked": len(seeded.sample),
        "verify_s": verify_s,
        "verify_checks": [c.name for c in report.checks],
        "accounts": accounts,
        "photo_mb_each": sum(p.stat().st_size for p in photos) / len(photos) / 1e6,
        **sizes(path),
    }
    if problems or failed:  # kept beside it, to see why; the vault is not used
        (home / "meta-failed.json").write_text(json.dumps({**meta, "problems": problems}))
        raise SystemExit(f"the seeded vault does not check: {problems[:10]} {failed}")
    meta_file.write_text(json.dumps(meta))
    return path, meta


def sizes(path: Path) -> dict[str, float]:
    """The vault on disk: its database and its blobs."""

    db = sum(p.stat().st_size for p in path.glob("vault.db*"))
    blobs = sum(p.stat().st_size for p in (path / "blobs").rglob("*") if p.is_file())
    return {"db_mb": db / 1e6, "blobs_mb": blobs / 1e6, "on_disk_mb": (db + blobs) / 1e6}


def main() -> int:
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("survivors", type=int)
    parser.add_argument("--folder", type=Path, default=None)
    args = parser.parse_args()
    folder = args.folder or vaults_folder(Path(tempfile.gettempdir()) / "onestop-bench")
    _path, meta = build(args.survivors, folder)
    shown = {k: v for k, v in meta.items() if k not in ("cases", "long_cases", "accounts")}
    print(json.dumps(shown, indent=1))
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main())
