"""The hostile-text corpus through every free-text field of every record of the case file.

Each text is stored and read back exactly as typed. A short field (a name, a room, a seal
number) takes the text's first line up to its length; beyond the length the save is refused
with a message per field and nothing is saved; so is a note beyond 100,000 characters.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from itertools import count

import pytest

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, GivenBy, Purpose
from onestop.domain.counselling import SessionType
from onestop.domain.forensic import Handover, SpecimenType
from onestop.domain.health import BodySide, FollowUp, Injury, Treatment, TreatmentKind
from onestop.domain.referrals import ReferralStatus, Urgency
from onestop.domain.roles import Role, Section
from onestop.domain.validation import one_line_problem
from onestop.errors import ValidationFailed
from onestop.services.attachments import AttachmentService
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.counselling import CounsellingService, SessionDetails
from onestop.services.forensic import ExamDetails, ForensicService, SpecimenDetails
from onestop.services.health import EncounterDetails, HealthService
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.legal import (
    HearingDetails,
    Hearings,
    LegalMatters,
    MatterDetails,
    OrderDetails,
    ProtectionOrders,
)
from onestop.services.perpetrators import PerpetratorDetails, PerpetratorService
from onestop.services.referrals import ReferralDetails, ReferralService
from onestop.services.session import VaultSession
from onestop.services.shelter import ShelterService, StayDetails
from onestop.services.tasks import TaskDetails, TaskService
from tests.helpers import raw_connection

pytestmark = pytest.mark.both_backends

NOW = datetime.now(UTC).replace(microsecond=0)
SHORT = 50  # the shortest text column (a room, a bed)
SHORT_ONLY = {"consent", "task", "attachment"}  # records with no free-text note
LONG_ONLY = {"counselling"}  # records with nothing but free text
seals = count(1)

Pairs = list[tuple[str, str]]  # (read back, as typed)
Writer = Callable[[VaultSession, str, str, str], Pairs]


def _incident(session: VaultSession, ref: str) -> int:
    """The case's first incident (recorded the first time)."""
    service = IncidentService(session)
    if found := service.list(ref):
        return found[0].incident_id
    details = IncidentDetails(
        IncidentTime.exact(NOW - timedelta(days=2)), GbvType.RAPE, IncidentContext.OTHER
    )
    return service.record(ref, details).incident_id


def identity(session: VaultSession, ref: str, short: str, long: str) -> Pairs:
    cases = CaseService(session)
    details = SurvivorDetails(
        name=short,
        alias=short,
        gender=short,
        languages=(short,),
        disability=long,
        children_notes=long,
        safe_code_word=short,
        safe_notes=long,
    )
    opened = cases.open_case(details)
    closed = cases.close(opened.reference, long, opened.version)
    back = cases.get(opened.reference)
    assert back.details == details
    return [(closed.closed_reason, long), (back.details.safe_notes, long)]


def incident(session: VaultSession, ref: str, short: str, long: str) -> Pairs:
    details = IncidentDetails(
        IncidentTime.exact(NOW - timedelta(days=1)),
        GbvType.PHYSICAL_ASSAULT,
        IncidentContext.INTIMATE_PARTNER,
        place=long,
        perpetrator_relationship=short,
        description=long,
    )
    made = IncidentService(session).record(ref, details)
    (back,) = [i for i in IncidentService(session).list(ref) if i.incident_id == made.incident_id]
    assert back.details == details
    return [(back.details.place, long), (back.details.description, long)]


def perpetrator(session: VaultSession, ref: str, short: str, long: str) -> Pairs:
    details = PerpetratorDetails(short, long, long, long, long)
    service = PerpetratorService(session)
    made = service.add(ref, _incident(session, ref), details, relationship=short)
    (linked,) = [
        p for p in service.of_case(ref) if p.perpetrator.perpetrator_id == made.perpetrator_id
    ]
    assert linked.perpetrator.details == details
    return [(linked.relationship, short), (linked.perpetrator.details.conditions, long)]


def consent(session: VaultSession, ref: str, short: str, long: str) -> Pairs:
    ledger = ConsentService(session)
    entry = ledger.record(
        ref,
        Purpose.SHARE_WITH_AGENCY,
        Decision.GIVEN,
        given_by=GivenBy.GUARDIAN,
        agency=short,
        guardian_name=short,
    )
    (back,) = [e for e in ledger.ledger(ref) if e.entry_id == entry.entry_id]
    assert ledger.may_leave(ref, Purpose.SHARE_WITH_AGENCY, agency=short).allowed
    return [(back.agency, short), (back.guardian_name, short)]


def health(session: VaultSession, ref: str, short: str, long: str) -> Pairs:
    details = EncounterDetails(
        seen_at=NOW - timedelta(hours=3),
        history=long,
        examination=long,
        injuries=(Injury(1, short, short, long, BodySide.BACK, 0.25, 0.5),),
        treatments=(Treatment(TreatmentKind.TETANUS, NOW - timedelta(hours=2), long),),
        follow_ups=(FollowUp(NOW + timedelta(days=7), long),),
    )
    made = HealthService(session).record(ref, details)
    (back,) = [e for e in HealthService(session).list(ref) if e.encounter_id == made.encounter_id]
    assert back.details == details
    return [(back.details.injuries[0].description, long), (back.details.injuries[0].kind, short)]


def forensic(session: VaultSession, ref: str, short: str, long: str) -> Pairs:
    ledger = ConsentService(session)
    if not ledger.may_leave(ref, Purpose.FORENSIC_COLLECTION).allowed:
        ledger.record(
            ref, Purpose.FORENSIC_COLLECTION, Decision.GIVEN, decided_at=NOW - timedelta(hours=5)
        )
    service = ForensicService(session)
    exam = service.open_exam(ref, ExamDetails(short, NOW - timedelta(hours=4), notes=long))
    seal = f"S-{next(seals)}"
    specimen = SpecimenDetails(SpecimenType.SKIN_SWAB, NOW - timedelta(hours=3), short, seal, long)
    (made,) = service.add_specimen(ref, exam.exam_id, specimen).specimens
    handover = Handover(short, "Lab " + short, short, NOW - timedelta(hours=2), long)
    after = service.hand_over(ref, made.specimen_id, handover)
    (back,) = [e for e in service.list(ref) if e.exam_id == exam.exam_id]
    assert back.details.notes == long and back.specimens[0].details == specimen
    assert after.chain == (handover,)
    return [(back.details.examiner, short), (after.chain[0].purpose, long)]


def counselling(session: VaultSession, ref: str, short: str, long: str) -> Pairs:
    details = SessionDetails(NOW - timedelta(hours=1), SessionType.INDIVIDUAL, long, long)
    made = CounsellingService(session).record(ref, details)
    return [
        (made.details.notes, long),
        (CounsellingService(session).list(ref)[-1].details.plan, long),
    ]


def legal(session: VaultSession, ref: str, short: str, long: str) -> Pairs:
    matter = LegalMatters(session).record(ref, MatterDetails(short, short, short, long))
    hearing = Hearings(session).record(
        ref, HearingDetails(NOW - timedelta(days=1), short, long, long)
    )
    order = ProtectionOrders(session).record(
        ref, OrderDetails(short, date.today(), date.today() + timedelta(days=90), long)
    )
    pairs = [
        (LegalMatters(session).list(ref)[-1].details.court_case_number, short),
        (matter.details.notes, long),
        (Hearings(session).list(ref)[-1].details.outcome, long),
        (hearing.details.court, short),
        (ProtectionOrders(session).list(ref)[-1].details.conditions, long),
        (order.details.order_type, short),
    ]
    return pairs


def referral(session: VaultSession, ref: str, short: str, long: str) -> Pairs:
    service = ReferralService(session)
    made = service.record(ref, ReferralDetails(short, short, Urgency.URGENT, long))
    service.advance(ref, made.record_id, ReferralStatus.CLOSED, made.version, feedback=long)
    back = service.list(ref)[-1]
    return [
        (back.details.agency, short),
        (back.details.notes, long),
        (service.state(ref, made.record_id).feedback, long),
    ]


def shelter(session: VaultSession, ref: str, short: str, long: str) -> Pairs:
    details = StayDetails(
        NOW - timedelta(days=3),
        short,
        short,
        exited_at=NOW - timedelta(days=1),
        exit_destination=long,
    )
    ShelterService(session).record(ref, details)
    back = ShelterService(session).list(ref)[-1]
    assert back.details == details
    return [(back.details.room, short), (back.details.exit_destination, long)]


def task(session: VaultSession, ref: str, short: str, long: str) -> Pairs:
    TaskService(session).record(ref, TaskDetails(short, NOW + timedelta(days=1)))
    return [(TaskService(session).list(ref)[-1].details.title, short)]


def attachment(session: VaultSession, ref: str, short: str, long: str) -> Pairs:
    files = AttachmentService(session)
    made = files.add(
        ref, Section.HEALTH, b"%PDF-1.4", "application/pdf", title=short, original_name=short
    )
    (back,) = [a for a in files.list(ref) if a.attachment_id == made.attachment_id]
    # The name is kept without folders (tests/unit/test_attachment_content.py).
    return [(back.title, short), (back.original_name, short.replace("\\", "/").split("/")[-1])]


WRITERS: dict[str, tuple[Role, Writer]] = {
    "identity": (Role.CASEWORKER, identity),
    "incident": (Role.CASEWORKER, incident),
    "perpetrator": (Role.CASEWORKER, perpetrator),
    "consent": (Role.CASEWORKER, consent),
    "health": (Role.CLINICIAN, health),
    "forensic": (Role.CLINICIAN, forensic),
    "counselling": (Role.COUNSELLOR, counselling),
    "legal": (Role.LEGAL_ADVOCATE, legal),
    "referral": (Role.CASEWORKER, referral),
    "shelter": (Role.SHELTER_OFFICER, shelter),
    "task": (Role.CASEWORKER, task),
    "attachment": (Role.CLINICIAN, attachment),
}


@pytest.fixture
def ref(make_case) -> str:
    return make_case(alias="Hostile corpus")


def row_counts(vault, session: VaultSession) -> dict[str, int]:
    """Rows in every table of the vault but the audit trail's (a refusal may be audited)."""
    if vault.server is not None:  # counted by the server's superuser: a login reads less
        with vault.server.superuser() as pg:
            tables = [
                name
                for (name,) in pg.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                )
                if not name.startswith("audit")
            ]
            return {t: pg.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    conn = raw_connection(vault.path / "vault.db", session.key)
    try:
        tables = [
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not name.startswith(("audit", "sqlite_"))
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


@pytest.mark.parametrize("kind", WRITERS)
def test_every_hostile_text_is_stored_and_read_back_exactly(vault, ref, kind, hostile_text) -> None:
    role, write = WRITERS[kind]
    texts = hostile_text["names"] + hostile_text["notes"]
    with vault.sign_in(role) as session:
        for text in texts:
            # A name-like field is one line (a rule with its own message, tested elsewhere).
            short = text.splitlines()[0][:SHORT]
            if kind in ("identity", "forensic") and one_line_problem(short) is not None:
                # A direction mark in a name is refused (tests/unit/test_insider_text.py): a
                # survivor's, and the examiner's the medico-legal declaration prints.
                with pytest.raises(ValidationFailed):
                    write(session, ref, short, text)
                continue
            for got, typed in write(session, ref, short, text):
                assert got == typed


@pytest.mark.parametrize(
    ("kind", "short", "long"),
    [(kind, "x" * 201, "fine") for kind in WRITERS if kind not in LONG_ONLY]
    + [(kind, "fine", "y" * 100_001) for kind in WRITERS if kind not in SHORT_ONLY],
)
def test_too_long_is_refused_field_by_field_and_nothing_is_saved(
    vault, ref, kind: str, short: str, long: str
) -> None:
    role, write = WRITERS[kind]
    with vault.sign_in(role) as session:
        write(session, ref, "first", "first")  # what the record needs is in place
        before = row_counts(vault, session)
        with pytest.raises(ValidationFailed) as refused:
            write(session, ref, short, long)
        assert row_counts(vault, session) == before
    messages = list(refused.value.fields.values())
    limit = "at most 100,000" if len(long) > 100_000 else "at most"
    assert messages and all(limit in m.lower() and "characters" in m for m in messages), messages


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["identity", "incident"])  # a short and a long field each
def test_the_big_list_of_naughty_strings_round_trips(vault, ref, kind, naughty_strings) -> None:
    """Every string of the BLNS in a short and a long field: stored exactly, or (a short field
    given a line break, a control character or only blanks) refused by that rule."""
    role, write = WRITERS[kind]
    with vault.sign_in(role) as session:
        for text in naughty_strings:
            short = text[:SHORT]
            # Each incident on a case of its own: the writer reads the case's incidents back,
            # and on one case holding every string before it that read grew with each (O(n²):
            # 40 s of the suite on each backend), not what this test is about.
            case = ref
            if kind == "incident":
                case = CaseService(session).open_case(SurvivorDetails(alias="Corpus")).reference
            try:
                pairs = write(session, case, short, text)
            except ValidationFailed as refused:
                # Only a field's own rule refuses: required (blank) or one line, no controls.
                controls = one_line_problem(short) is not None
                assert controls or not short.strip(), (text, refused.fields)
                continue
            for got, typed in pairs:
                assert got == typed
