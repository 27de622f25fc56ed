"""The court bundle: the sections chosen, in that order, with the scanned statements laid onto
their numbered pages."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.constants import PageLabelStyle
from pypdf.errors import PdfReadError
from sqlalchemy import select

from onestop.clock import printing_zone
from onestop.db.base import utcnow
from onestop.db.directory import Agency
from onestop.domain.consent import Purpose
from onestop.domain.coordination import Sector
from onestop.domain.counselling import SessionType
from onestop.domain.roles import Action, Section
from onestop.errors import ConsentRequired, TooLong, ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.reports.bundle import COUNSELLING_DOCUMENT as COUNSELLING_BUNDLE
from onestop.reports.bundle import DOCUMENT as COURT_BUNDLE
from onestop.reports.bundle import (
    DRAFT_LEFT_OUT,
    NO_CONSENT_LEFT_OUT,
    PAGE_LIMIT,
    BundleSection,
    ChronologyLine,
    CourtBundle,
    HearingLine,
    IncidentLine,
    Laid,
    MedicoLegalEntry,
    OrderLine,
    SessionLine,
    Statement,
    in_bundle_order,
    render_bundle,
)
from onestop.reports.document import BODY_BOX
from onestop.reports.parts import Photograph
from onestop.services.attachments import DOCUMENT_TYPES, IMAGE_TYPES, AttachmentService
from onestop.services.cases import CaseFile, CaseService
from onestop.services.consent import ConsentService
from onestop.services.counselling import CounsellingService
from onestop.services.exports.issues import Issue, record_issue
from onestop.services.exports.medicolegal import build_report, examination_seen_at, read_records
from onestop.services.exports.parts import encounter_parts, exam_part, person
from onestop.services.exports.pipeline import PURPOSE_TEXT, Exported, ExportOptions, ExportPipeline
from onestop.services.forensic import ForensicService
from onestop.services.health import HealthService
from onestop.services.health import standing as health_standing
from onestop.services.incidents import IncidentService, standing
from onestop.services.labels import label
from onestop.services.legal import Hearings, LegalMatters, ProtectionOrders
from onestop.services.referrals import ReferralService
from onestop.services.session import VaultSession

BUNDLE_NEEDS: dict[BundleSection, tuple[Section, ...]] = {
    BundleSection.CHRONOLOGY: (Section.INCIDENTS, Section.LEGAL),
    BundleSection.INCIDENTS: (Section.INCIDENTS,),
    BundleSection.MEDICAL: (Section.HEALTH, Section.INCIDENTS),
    BundleSection.FORENSIC: (Section.FORENSIC,),
    BundleSection.CUSTODY: (Section.FORENSIC,),
    BundleSection.PHOTOGRAPHS: (Section.HEALTH, Section.FORENSIC),
    BundleSection.ORDERS: (Section.LEGAL,),
    BundleSection.HEARINGS: (Section.LEGAL,),
    BundleSection.STATEMENTS: (Section.LEGAL,),
    BundleSection.COUNSELLING: (Section.COUNSELLING,),
}
PHOTO_SECTIONS = (Section.HEALTH, Section.FORENSIC)


@dataclass(frozen=True)
class CourtDetails:
    """The court's particulars for the cover of the counselling notes bundle, as the
    counsellor has them from the court's request or the advocate: she cannot read the legal
    matter (its section is not hers), and the court must be able to match the bundle to its
    case."""

    court: str = ""
    case_number: str = ""
    hearing: str = ""  # as the court listed it: "2026-12-10 10:00, court 3"
    judge: str = ""
    parties: str = ""  # "Applicant v Respondent"

    def particulars(self) -> list[tuple[str, str | datetime]]:
        return [
            (name, value.strip())
            for name, value in (
                (QT_TRANSLATE_NOOP("Documents", "Court"), self.court),
                (QT_TRANSLATE_NOOP("Documents", "Case number"), self.case_number),
                (QT_TRANSLATE_NOOP("Documents", "Hearing"), self.hearing),
                (QT_TRANSLATE_NOOP("Documents", "Judge"), self.judge),
                (QT_TRANSLATE_NOOP("Documents", "Parties"), self.parties),
            )
            if value.strip()
        ]


def court_bundle(
    pipeline: ExportPipeline,
    reference: str,
    options: ExportOptions,
    sections: Sequence[BundleSection],
    counselling_relevance: str = "",
    case_summary: str = "",
    encounters_in_full: bool = False,
    edited_chronology: Sequence[ChronologyLine] | None = None,
    name_places: bool = False,
    court_details: CourtDetails | None = None,
    name_alias: bool = False,
) -> Exported:
    """The bundle for court: the parts chosen, under PD27A's lettered sections, from what the
    advocate may read, with the survivor's consent to use in court (or a manager's written
    reason). Counselling notes need more: her own consent to disclose them to a court, and a
    written note of why they are relevant (printed at the head of their section); no
    manager's override stands in for either, and only the sessions held before that consent
    go. The chronology is generated from the dated records unless the advocate edited it
    (``edited_chronology``). Past PD27A's 350 pages nothing is written (``TooLong``) unless
    ``options.beyond_page_limit``.

    A bundle is served on the respondent: unless staff chose ``name_places`` it names no
    refuge or agency she was referred to that could be one, and no place where an incident
    happened (they could lead him to her), and gives no alias beside her legal name unless
    staff chose ``name_alias`` (it may be the name she now lives under); both choices are
    written in the export's audit entry.

    Counselling notes are a bundle of their own (the counselling notes bundle, paginated
    CN1 …), never a section of the court bundle: chosen with other parts they are refused in
    words. Its cover gives the court's particulars (``court_details``, as the counsellor
    typed them: she cannot read the legal matter), the court and the case number at least."""
    session = pipeline.session
    document = COURT_BUNDLE
    chosen = in_bundle_order(sections)
    if not chosen:
        raise ValidationFailed.of(
            {
                "sections": QT_TRANSLATE_NOOP(
                    "Messages", "Choose at least one section for the bundle."
                )
            }
        )
    if BundleSection.COUNSELLING in chosen and len(chosen) > 1:
        raise ValidationFailed.of(
            {
                "sections": QT_TRANSLATE_NOOP(
                    "Messages",
                    "Counselling notes are a bundle of their own, paginated on its own: export "
                    "them alone, and the other parts as the court bundle.",
                )
            }
        )
    needs = {Section.IDENTITY, Section.CONSENT} | {
        s for section in chosen for s in BUNDLE_NEEDS[section]
    }
    pipeline.require(reference, *sorted(needs, key=lambda s: s.value))
    pipeline.check_options(options)
    counselling_consent = None
    typed: list[tuple[str, str | datetime]] = []
    if BundleSection.COUNSELLING in chosen:
        document = COUNSELLING_BUNDLE
        counselling_consent = _counselling_allowed(session, reference, counselling_relevance)
        typed = _court_named(session, court_details)
    issues: list[Issue] = []
    with session.batch():
        case = CaseService(session).get(reference)
        answer = ConsentService(session).may_leave(reference, Purpose.USE_IN_COURT)
        bundle, statements = bundle_content(
            session, reference, case, chosen, name_places, name_alias, issues
        )
    bundle = replace(bundle, encounters_in_full=encounters_in_full)
    if typed:
        bundle = replace(bundle, particulars=typed)
    if BundleSection.CHRONOLOGY in chosen:
        if edited_chronology is None:
            with session.batch():
                lines = chronology(session, reference, name_places)
        else:
            lines = [line for line in edited_chronology if _written(line)]
        bundle = replace(bundle, case_summary=case_summary, chronology=lines)
    if counselling_consent is not None:
        # Her consent covers the notes that existed when she gave it, not later ones.
        covered = [s for s in bundle.counselling if s.held_at <= counselling_consent]
        bundle = replace(
            bundle,
            counselling=covered,
            counselling_withheld=len(bundle.counselling) - len(covered),
            counselling_relevance=counselling_relevance.strip(),
            counselling_consent_at=counselling_consent,
        )
    path = pipeline.target(options, document, case)
    reason = ""
    if not answer.allowed:
        reason = pipeline.consent_or_override(
            options,
            QT_TRANSLATE_NOOP("Messages", "She has not consented to {purpose}. {why}").format(
                purpose=PURPOSE_TEXT[Purpose.USE_IN_COURT], why=answer.reason
            ),
        )
    options.step(1)
    head = pipeline.letterhead(options, document, case.reference, reason)
    pdf, laid = render_bundle(head, bundle)
    if laid.total_pages > PAGE_LIMIT and not options.beyond_page_limit:
        raise TooLong(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The bundle has %n page(s): more than the 350 a court accepts under Practice "
                "Direction 27A unless it directs otherwise. Leave out parts, or print the "
                "medical encounters as a summary table, or export it anyway. Nothing was "
                "written.",
                "",
                laid.total_pages,
            ),
            laid.total_pages,
        )
    pdf = _finish(pdf, laid, statements)
    alias = " alias_named" if name_alias else " alias_withheld"
    places = " places_named" if name_places else " places_withheld"
    done = pipeline.write(
        pdf,
        path,
        options,
        Section.IDENTITY,
        case.reference,
        document,
        bool(reason),
        noted={case.reference: alias + places},
    )
    for issue in issues:  # the reports now issued, in the bundle: the next export compares
        record_issue(session, case.reference, issue)
    return done


# Where a place is left out of a bundle served on the respondent (a Phrase).
PLACE_WITHHELD = QT_TRANSLATE_NOOP("Documents", "Not stated here, for her safety.")


def _written(line: ChronologyLine) -> bool:
    """A row of the edited chronology that says something (blank rows are dropped)."""
    return bool(line.event.strip()) or bool(isinstance(line.at, str) and line.at.strip())


RELEVANCE_MIN = 20  # characters: a reason, not a word


def _counselling_allowed(session: VaultSession, reference: str, relevance: str) -> datetime:
    """When she consented to disclose counselling notes to a court; refused, in words,
    without that consent or without a note of relevance."""
    answer = ConsentService(session).may_leave(reference, Purpose.COUNSELLING_TO_COURT)
    if not answer.allowed or answer.entry is None:
        raise ConsentRequired(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Counselling notes go to court only with her own consent to disclose them to "
                "a court; her consent to use her records in court does not cover them. {why} "
                "Nothing was written.",
            ).format(why=answer.reason)
        )
    if len(relevance.strip()) < RELEVANCE_MIN:
        raise ValidationFailed.of(
            {
                "counselling_relevance": QT_TRANSLATE_NOOP(
                    "Messages",
                    "Write why the counselling notes are relevant to these proceedings (at "
                    "least %n character(s)): it is printed at the head of their section.",
                    "",
                    RELEVANCE_MIN,
                )
            }
        )
    return answer.entry.decided_at


def _court_named(
    session: VaultSession, details: CourtDetails | None
) -> list[tuple[str, str | datetime]]:
    """The counselling notes bundle's particulars as typed; none when the exporter may read
    the legal matter and typed nothing (the cover takes them from it). Refused in words
    without the court and the case number."""
    typed = details.particulars() if details is not None else []
    if not typed and session.allowed(Section.LEGAL, Action.READ):
        return []
    if details is None or not details.court.strip() or not details.case_number.strip():
        raise ValidationFailed.of(
            {
                "court_details": QT_TRANSLATE_NOOP(
                    "Messages",
                    "Write the court and the case number for the cover: the counselling notes "
                    "are a bundle of their own, and the court must be able to match it to its "
                    "case. Nothing was written.",
                )
            }
        )
    return typed


def bundle_content(
    session: VaultSession,
    reference: str,
    case: CaseFile,
    chosen: list[BundleSection],
    name_places: bool = False,
    name_alias: bool = False,
    issues: list[Issue] | None = None,
) -> tuple[CourtBundle, dict[int, bytes]]:
    """What the bundle shows of the ``chosen`` sections, read as ``session``'s member of staff
    may, and the scanned statements by number (laid onto their pages after rendering); where
    the incidents happened only when ``name_places``, her alias beside her legal name only
    when ``name_alias``. The medico-legal reports it includes are added to ``issues``, to be
    recorded once the bundle is written."""
    content: dict[str, Any] = {}
    statements: dict[int, bytes] = {}
    if BundleSection.INCIDENTS in chosen:
        content["incidents"] = [
            IncidentLine(
                when=i.details.occurred.describe(),
                kind=label(i.details.gbv_type),
                context=label(i.details.context),
                place=i.details.place if name_places or not i.details.place else PLACE_WITHHELD,
                reported_to_police=i.details.reported_to_police,
                description=i.details.description,
            )
            for i in standing(IncidentService(session).list(reference))
        ]
    if BundleSection.MEDICAL in chosen:
        seen = health_standing(HealthService(session).list(reference))
        numbered = {
            i.incident_id: n
            for n, i in enumerate(standing(IncidentService(session).list(reference)), start=1)
        }
        content["encounters"] = encounter_parts(session, reference, seen)
        content["encounter_incidents"] = [
            numbered.get(e.details.incident_id) if e.details.incident_id is not None else None
            for e in seen
        ]
        if session.allowed(Section.FORENSIC, Action.READ):
            content["medico_legal"] = medico_legal_entries(session, case, name_alias, issues)
    if {BundleSection.FORENSIC, BundleSection.CUSTODY} & set(chosen):
        exams = [exam_part(x) for x in ForensicService(session).list(reference)]
        content["exams"] = exams
        content["specimens"] = [sp for x in exams for sp in x.specimens]
    files = AttachmentService(session)
    if BundleSection.PHOTOGRAPHS in chosen:
        readable = [
            a
            for a in files.list(reference)
            if a.media_type in IMAGE_TYPES and a.section in PHOTO_SECTIONS
        ]
        images = files.open_many(reference, [a.attachment_id for a in readable])
        content["photographs"] = [
            Photograph(
                n,
                a.title,
                a.taken_at,
                a.sha256,
                images[a.attachment_id],
                a.taken_by,
                a.body_site,
                a.injury_number,
                a.attachment_id,
            )
            for n, a in enumerate(readable, start=1)
        ]
    if BundleSection.STATEMENTS in chosen:
        scans = [
            a
            for a in files.list(reference)
            if a.section is Section.LEGAL and a.media_type in DOCUMENT_TYPES
        ]
        found: list[Statement] = []
        for n, a in enumerate(scans, start=1):
            data = files.open(reference, a.attachment_id)
            try:
                pages = len(PdfReader(io.BytesIO(data)).pages)
            except PdfReadError:
                raise ValidationFailed.of(
                    {
                        "sections": QT_TRANSLATE_NOOP(
                            "Messages", "Statement {n} is not a PDF OneStop can read."
                        ).format(n=n)
                    }
                ) from None
            statements[n] = data
            found.append(Statement(n, a.title, a.sha256, pages))
        content["statements"] = found
    if {BundleSection.ORDERS, BundleSection.HEARINGS} & set(chosen):
        today = utcnow().date()
        content["orders"] = [
            OrderLine(
                o.details.order_type,
                o.details.issued_on,
                o.details.expires_on,
                o.details.in_force(today),
                o.details.conditions,
            )
            for o in ProtectionOrders(session).list(reference)
        ]
        content["hearings"] = [
            HearingLine(h.details.held_at, h.details.court, h.details.purpose, h.details.outcome)
            for h in Hearings(session).list(reference)
        ]
    if BundleSection.COUNSELLING in chosen:
        content["counselling"] = [
            SessionLine(
                c.details.held_at,
                label(c.details.session_type),
                c.details.notes,
                others_present=c.details.session_type in (SessionType.GROUP, SessionType.FAMILY),
            )
            for c in CounsellingService(session).list(reference)
        ]
    court_cases = (
        [
            [
                part
                for part in (
                    m.details.court,
                    QT_TRANSLATE_NOOP("Documents", "case {number}").format(
                        number=m.details.court_case_number
                    )
                    if m.details.court_case_number
                    else "",
                    QT_TRANSLATE_NOOP("Documents", "police reference {number}").format(
                        number=m.details.police_reference
                    )
                    if m.details.police_reference
                    else "",
                )
                if part
            ]
            for m in LegalMatters(session).list(reference)
        ]
        if session.allowed(Section.LEGAL, Action.READ)
        else []
    )
    bundle = CourtBundle(
        particulars=_particulars(session, reference)
        if session.allowed(Section.LEGAL, Action.READ)
        else (),
        person=person(case, utcnow().date(), alias=name_alias),
        court_cases=court_cases,
        prepared_by=session.actor.display_name,
        sections=chosen,
        **content,
    )
    return bundle, statements


def medico_legal_entries(
    session: VaultSession,
    case: CaseFile,
    name_alias: bool = False,
    issues: list[Issue] | None = None,
) -> list[MedicoLegalEntry]:
    """Section D's medico-legal reports: one for each forensic examination (an incident
    examined twice has two, each signed by its own examiner), numbered as section F numbers
    the incidents, drawn as the standalone report is
    (``medicolegal.build_report``: the same number and version it would carry now). A
    report goes in only under her consent to the use of her records in court, the consent
    the standalone report for a court goes under, and only with the examiner's opinion
    recorded: a draft is not ready to sign and is not put before a court. Either way the
    index says so (reports.bundle.LEFT_OUT_SAID). ``issues`` gains those included."""
    reference = case.reference
    with session.batch():
        records = read_records(session, reference)
        consented = ConsentService(session).may_leave(reference, Purpose.USE_IN_COURT).allowed
    examined = {x.details.incident_id for x in records.exams}
    issued: list[Issue] = []
    out: list[MedicoLegalEntry] = []
    for n, incident in enumerate(records.incidents, start=1):
        if incident.incident_id not in examined:
            continue
        exams = sorted(
            (x for x in records.exams if x.details.incident_id == incident.incident_id),
            key=lambda x: x.details.started_at,
        )
        for k, exam in enumerate(exams, start=1):
            of = len(exams)
            if not exam.details.opinion.strip():
                out.append(
                    MedicoLegalEntry(n, left_out=DRAFT_LEFT_OUT, examination=k, examinations=of)
                )
                continue
            if not consented:
                left = NO_CONSENT_LEFT_OUT
                out.append(MedicoLegalEntry(n, left_out=left, examination=k, examinations=of))
                continue
            report, issue = build_report(
                session,
                case,
                records,
                incident,
                purpose=PURPOSE_TEXT[Purpose.USE_IN_COURT],
                today=utcnow().date(),
                alias=name_alias,
                issued=issued,
                exam_id=exam.exam_id,
            )
            issued.append(issue)
            seen_at = examination_seen_at(records, incident, exam.exam_id)
            out.append(
                MedicoLegalEntry(
                    n, report, examination_seen_at=seen_at, examination=k, examinations=of
                )
            )
    if issues is not None:
        issues.extend(issued)
    return out


def medico_legal_drafts(session: VaultSession, reference: str) -> list[int]:
    """The incidents (numbered as the bundle numbers them) with a medico-legal report that is a
    draft, an examination without its opinion recorded: the bundle leaves it out, and the
    export dialog says so before export. [] when the reader cannot read the forensic
    examinations."""
    if not all(session.allowed(s, Action.READ) for s in (Section.INCIDENTS, Section.FORENSIC)):
        return []
    with session.batch():
        incidents = standing(IncidentService(session).list(reference))
        exams = ForensicService(session).list(reference)
    out: list[int] = []
    for n, incident in enumerate(incidents, start=1):
        mine = [x for x in exams if x.details.incident_id == incident.incident_id]
        if any(not x.details.opinion.strip() for x in mine):
            out.append(n)
    return out


def chronology(
    session: VaultSession, reference: str, name_places: bool = False
) -> list[ChronologyLine]:
    """The case's dated events, in order: incidents, protection orders, hearings and (where
    the reader may read them) referrals. A referral names its agency only when
    ``name_places`` or when the directory files the agency in a sector other than shelter
    and housing: a refuge, or an agency typed by hand that could be one, is withheld."""
    lines: list[ChronologyLine] = []
    for i in standing(IncidentService(session).list(reference)):
        occurred = i.details.occurred
        kind = QT_TRANSLATE_NOOP("Documents", "Incident: {type}").format(
            type=label(i.details.gbv_type)
        )
        if occurred.earliest is None or occurred.latest in (None, occurred.earliest):
            lines.append(ChronologyLine(occurred.earliest, kind))
            continue
        # A range stays a range: the day it began, and the range as recorded in the event
        # (never one moment printed as if it were known).
        lines.append(
            ChronologyLine(
                occurred.earliest.astimezone(printing_zone()).date(),
                QT_TRANSLATE_NOOP("Documents", "{event} ({when})").format(
                    event=kind, when=occurred.describe()
                ),
            )
        )
    for o in ProtectionOrders(session).list(reference):
        lines.append(
            ChronologyLine(
                o.details.issued_on,
                QT_TRANSLATE_NOOP("Documents", "Order issued: {order}").format(
                    order=o.details.order_type
                ),
            )
        )
    now = utcnow()
    for h in Hearings(session).list(reference):
        # A hearing still to come is marked so: a chronology is otherwise of past events.
        event = (
            QT_TRANSLATE_NOOP("Documents", "Hearing, {court}: {purpose} (scheduled)")
            if h.details.held_at > now
            else QT_TRANSLATE_NOOP("Documents", "Hearing, {court}: {purpose}")
        )
        lines.append(
            ChronologyLine(
                h.details.held_at,
                event.format(court=h.details.court, purpose=h.details.purpose),
            )
        )
    if session.allowed(Section.REFERRALS, Action.READ):
        referrals = ReferralService(session)
        listed = referrals.list(reference)
        sectors = _sectors(session, reference, [r.details.agency_id for r in listed])
        for r in listed:
            sent = referrals.state(reference, r.record_id).sent_at
            if sent is None:
                continue
            sector = sectors.get(r.details.agency_id) if r.details.agency_id else None
            if name_places or (sector is not None and sector is not Sector.SHELTER_HOUSING):
                agency = r.details.agency
            elif sector is Sector.SHELTER_HOUSING:
                agency = QT_TRANSLATE_NOOP("Documents", "a refuge (name withheld for her safety)")
            else:
                agency = QT_TRANSLATE_NOOP("Documents", "an agency (name withheld for her safety)")
            lines.append(
                ChronologyLine(
                    sent,
                    QT_TRANSLATE_NOOP("Documents", "Referred to {agency}: {service}").format(
                        agency=agency, service=r.details.service
                    ),
                )
            )

    def key(line: ChronologyLine) -> tuple[int, str]:
        if line.at is None or isinstance(line.at, str):  # generated lines: never text
            return (0, "")
        return (1, line.at.isoformat()[:16])

    return sorted(lines, key=key)


def _sectors(
    session: VaultSession, reference: str, agency_ids: Sequence[int | None]
) -> dict[int, Sector]:
    """The directory's sector of each agency referred to (no names: only whether it is a
    refuge)."""
    wanted = {i for i in agency_ids if i is not None}
    if not wanted:
        return {}
    with session.unit_of_work(Section.REFERRALS, Action.READ, record_ref=reference) as s:
        rows = s.execute(select(Agency.id, Agency.sector).where(Agency.id.in_(wanted))).all()
    return {agency_id: Sector(sector) for agency_id, sector in rows}


def _particulars(session: VaultSession, reference: str) -> list[tuple[str, str | datetime]]:
    """The cover's particulars from the legal matters and hearings: the court, case number,
    judge and parties, and the next hearing (else the last one)."""
    out: list[tuple[str, str | datetime]] = []
    for m in LegalMatters(session).list(reference):
        d = m.details
        for name, value in (
            (QT_TRANSLATE_NOOP("Documents", "Court"), d.court),
            (QT_TRANSLATE_NOOP("Documents", "Case number"), d.court_case_number),
            (QT_TRANSLATE_NOOP("Documents", "Judge"), d.judge),
            (QT_TRANSLATE_NOOP("Documents", "Applicant"), d.applicant),
            (QT_TRANSLATE_NOOP("Documents", "Respondent"), d.respondent),
        ):
            if value.strip():
                out.append((name, value))
    hearings = sorted(h.details.held_at for h in Hearings(session).list(reference))
    if hearings:
        now = utcnow()
        upcoming = [at for at in hearings if at >= now]
        if upcoming:
            out.append((QT_TRANSLATE_NOOP("Documents", "Next hearing"), upcoming[0]))
        else:
            out.append((QT_TRANSLATE_NOOP("Documents", "Last hearing"), hearings[-1]))
    return out


# What the cover lacks when the case has no legal matter (or hearing) that records it.
COVER_COURT = QT_TRANSLATE_NOOP("Messages", "the court")
COVER_NUMBER = QT_TRANSLATE_NOOP("Messages", "the case number")
COVER_HEARING = QT_TRANSLATE_NOOP("Messages", "the hearing date and time")


def cover_gaps(session: VaultSession, reference: str) -> list[str]:
    """What the bundle's cover will not show, as phrases ("the court", "the case number",
    "the hearing date and time"), so that the export dialog says so before a bundle goes
    to court with a blank cover; [] when the legal matter and a hearing record them all."""
    named = {name for name, _ in _particulars(session, reference)}
    gaps: list[str] = []
    if "Court" not in named:
        gaps.append(COVER_COURT)
    if "Case number" not in named:
        gaps.append(COVER_NUMBER)
    if not named & {"Next hearing", "Last hearing"}:
        gaps.append(COVER_HEARING)
    return gaps


def _finish(pdf: bytes, laid: Laid, statements: dict[int, bytes]) -> bytes:
    """The scanned statements laid onto their pages, and the pages labelled as numbered (the
    cover and index i, ii …; then A1 …, B1 …), so that a reader's page box, its "go to
    page" and the bookmarks speak the index's numbers."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    _lay_statements(writer, laid, statements)
    _label_pages(writer, laid)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _label_pages(writer: PdfWriter, laid: Laid) -> None:
    numbered = sorted(laid.page_labels)
    first = numbered[0] if numbered else len(writer.pages) + 1
    if first > 1:
        writer.set_page_label(0, first - 2, style=PageLabelStyle.LOWERCASE_ROMAN)
    runs: list[tuple[str, int, int]] = []  # letter, first and last page (0-based)
    for page in numbered:
        letter = laid.page_labels[page].rstrip("0123456789")
        if runs and runs[-1][0] == letter and runs[-1][2] == page - 2:
            runs[-1] = (letter, runs[-1][1], page - 1)
        else:
            runs.append((letter, page - 1, page - 1))
    for letter, start, end in runs:
        writer.set_page_label(start, end, style=PageLabelStyle.DECIMAL, prefix=letter)


def _lay_statements(writer: PdfWriter, laid: Laid, statements: dict[int, bytes]) -> None:
    """Each scanned statement page laid, scaled to fit, onto its numbered placeholder page."""
    left, bottom, width, height = BODY_BOX
    for number, data in statements.items():
        scanned = PdfReader(io.BytesIO(data))
        for i, source in enumerate(scanned.pages):
            target = writer.pages[laid.statement_pages[(number, i)] - 1]
            w, h = float(source.mediabox.width), float(source.mediabox.height)
            scale = min(width / w, height / h)
            x = left + (width - w * scale) / 2 - float(source.mediabox.left) * scale
            y = bottom + (height - h * scale) / 2 - float(source.mediabox.bottom) * scale
            target.merge_transformed_page(source, Transformation().scale(scale).translate(x, y))
