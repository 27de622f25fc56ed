"""Documents that leave the centre: assembled here, after the checks, rendered by ``reports/``.

Every export:

- is built from what the requesting member of staff may read (each read checked and audited
  as usual) and what the survivor consented to share for that purpose now; without consent it
  is refused with a message naming the missing consent, unless a manager authorises it with a
  written reason, and the document then says it was shared without consent;
- is rendered in memory and, if a password is given, encrypted with AES-256 (PDF 2.0
  security handler, revision 6) before anything is written;
- is written under a name that carries the case reference and the document type, never her
  name (a chosen file name holding her name or alias is refused), atomically: a refused or
  failed export leaves no file;
- leaves an audit entry with the document type and the SHA-256 of the file written.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.errors import PdfReadError
from sqlalchemy import select

from onestop.db.base import utcnow
from onestop.db.staff import StaffAccount
from onestop.domain.audit import AuditAction
from onestop.domain.consent import Purpose
from onestop.domain.roles import Action, Role, Section
from onestop.domain.search import fold
from onestop.errors import ConsentRequired, NotFound, PermissionDenied, ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.reports.bundle import DOCUMENT as COURT_BUNDLE
from onestop.reports.bundle import (
    BundleSection as BundleSection,  # re-exported for the GUI and the CLI
)
from onestop.reports.bundle import (
    CourtBundle,
    HearingLine,
    IncidentLine,
    Laid,
    OrderLine,
    SessionLine,
    Statement,
    render_bundle,
)
from onestop.reports.conference import DOCUMENT as CONFERENCE_PACK
from onestop.reports.conference import ConferencePack, PackAction, PackCase, render_conference_pack
from onestop.reports.document import BODY_BOX, Letterhead
from onestop.reports.language import DOCUMENT_LANGUAGES as DOCUMENT_LANGUAGES
from onestop.reports.medicolegal import DOCUMENT as MEDICO_LEGAL_REPORT
from onestop.reports.medicolegal import (
    EncounterPart,
    ExamPart,
    MedicoLegalReport,
    Photograph,
    SpecimenPart,
    TreatmentLine,
    render_medico_legal,
)
from onestop.reports.referral import DOCUMENT as REFERRAL_LETTER
from onestop.reports.referral import ReferralLetter, render_referral_letter
from onestop.reports.safety_plan import DOCUMENT as SAFETY_PLAN
from onestop.reports.safety_plan import SafetyPlanCopy, render_safety_plan
from onestop.reports.statistics import DOCUMENT as STATISTICS
from onestop.reports.statistics import render_statistics, statistics_csv
from onestop.services.attachments import DOCUMENT_TYPES, IMAGE_TYPES, AttachmentService
from onestop.services.cases import CaseFile, CaseService
from onestop.services.conferences import ConferenceService, Meeting
from onestop.services.consent import ConsentService
from onestop.services.counselling import CounsellingService
from onestop.services.forensic import ExamRecord, ForensicService
from onestop.services.health import Encounter, HealthService
from onestop.services.incidents import IncidentRecord, IncidentService
from onestop.services.labels import label
from onestop.services.legal import Hearings, LegalMatters, ProtectionOrders
from onestop.services.referrals import ReferralService, Urgency
from onestop.services.risk import SAFETY_PLAN_HEADINGS, SafetyPlanService
from onestop.services.session import VaultSession
from onestop.services.settings import SettingsService
from onestop.services.statistics import Period, StatisticsService

# The documents' names, as the GUI and the CLI offer them.
DOCUMENT_NAMES: dict[str, str] = {
    "referral": REFERRAL_LETTER,
    "medico-legal": MEDICO_LEGAL_REPORT,
    "bundle": COURT_BUNDLE,
    "conference": CONFERENCE_PACK,
    "safety-plan": SAFETY_PLAN,
    "statistics": STATISTICS,
}
MIN_PDF_PASSWORD = 10
MIN_REASON = 20
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class ExportOptions:
    out: Path  # a file, or a folder for the default file name
    password: str | None = None  # encrypt with AES-256 when given
    without_consent_reason: str = ""  # a manager's written reason to share without consent
    language: str = "en"  # of the document's fixed text: one of DOCUMENT_LANGUAGES
    # Told (step, STEPS) as the work goes: gathered, rendered, ready to write. It may raise
    # to cancel (the GUI's cancel button); nothing is written before the last step.
    progress: Callable[[int, int], None] | None = field(default=None, compare=False)

    def step(self, done: int) -> None:
        if self.progress is not None:
            self.progress(done, STEPS)


STEPS = 3


@dataclass(frozen=True)
class Exported:
    path: Path
    sha256: str
    size: int
    encrypted: bool


def file_name(document: str, reference: str) -> str:
    """E.g. ``OSC-2026-00042-referral-letter.pdf``: the case and the document, no name."""
    slug = _SLUG.sub("-", document.lower()).strip("-")
    return f"{reference}-{slug}.pdf" if reference else f"{slug}.pdf"


def encrypt(pdf: bytes, password: str) -> bytes:
    """The same document encrypted with AES-256 (V5/R6); a random owner password, so that
    knowing the document's password does not allow changing its permissions."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(
        user_password=password,
        owner_password=secrets.token_urlsafe(32),
        algorithm="AES-256",
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def attach(pdf: bytes, name: str, data: bytes) -> bytes:
    """The same document with ``data`` attached to it as the file ``name``."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_attachment(name, data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


class ExportService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session

    # -- shared steps --

    def _require(self, reference: str, *sections: Section) -> None:
        for section in sections:
            if not self._session.allowed(section, Action.READ):
                raise self._session.refuse(section, Action.READ, reference)

    def _target(self, options: ExportOptions, document: str, case: CaseFile) -> Path:
        details = case.details
        return self._path(options, document, case.reference, [details.name, details.alias])

    def _path(
        self, options: ExportOptions, document: str, reference: str, names: Sequence[str]
    ) -> Path:
        """Where to write: the chosen file, or the default name in the chosen folder; refused
        if it is not a new .pdf in an existing folder, or if its name holds one of ``names``."""
        out = options.out
        path = out / file_name(document, reference) if out.is_dir() else out
        if path.suffix.lower() != ".pdf":
            raise ValidationFailed.of(
                {"out": QT_TRANSLATE_NOOP("Messages", "Save the document as a .pdf file.")}
            )
        if not path.parent.is_dir():
            raise ValidationFailed.of(
                {"out": QT_TRANSLATE_NOOP("Messages", "That folder does not exist.")}
            )
        if path.exists():
            raise ValidationFailed.of(
                {
                    "out": QT_TRANSLATE_NOOP(
                        "Messages", "A file of that name is already there; choose another name."
                    )
                }
            )
        named = fold(path.stem)
        for part in names:
            words = [w for w in fold(part).split() if len(w) >= 3]
            if any(w in named for w in words):
                raise ValidationFailed.of(
                    {
                        "out": QT_TRANSLATE_NOOP(
                            "Messages",
                            "The file name contains her name. Files carry the case "
                            "reference and the document type only, e.g. {example}.",
                        ).format(example=file_name(document, reference))
                    }
                )
        return path

    def _check_options(self, options: ExportOptions) -> None:
        if options.language not in DOCUMENT_LANGUAGES:
            raise ValidationFailed.of(
                {
                    "language": QT_TRANSLATE_NOOP(
                        "Messages", "Documents are written in English, French or Spanish."
                    )
                }
            )
        if options.password is not None and len(options.password) < MIN_PDF_PASSWORD:
            raise ValidationFailed.of(
                {
                    "password": QT_TRANSLATE_NOOP(
                        "Messages",
                        "A document password has at least {MIN_PDF_PASSWORD} characters.",
                    ).format(MIN_PDF_PASSWORD=MIN_PDF_PASSWORD)
                }
            )

    def _consent_or_override(self, options: ExportOptions, missing: str, whose: str = "") -> str:
        """The manager's reason when consent is missing and may be overridden, else refuse."""
        reason = options.without_consent_reason.strip()
        if not reason:
            raise ConsentRequired(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{missing} Record {whose} in the consent ledger first, or ask a manager to "
                    "authorise sharing without consent, with a written reason. No file was "
                    "written.",
                ).format(
                    missing=missing, whose=whose or QT_TRANSLATE_NOOP("Messages", "her decision")
                )
            )
        if self._session.actor.role is not Role.MANAGER:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Only a manager may authorise sharing without the survivor's consent. No file "
                    "was written.",
                )
            )
        if len(reason) < MIN_REASON:
            raise ValidationFailed.of(
                {
                    "without_consent_reason": QT_TRANSLATE_NOOP(
                        "Messages",
                        "Explain why this must be shared without her consent (at least "
                        "{MIN_REASON} characters).",
                    ).format(MIN_REASON=MIN_REASON)
                }
            )
        return reason

    def _letterhead(
        self, options: ExportOptions, document: str, reference: str, without_consent: str
    ) -> Letterhead:
        return Letterhead(
            language=options.language,
            centre=SettingsService(self._session).centre_name(),
            document=document,
            case_reference=reference,
            generated_by=self._session.actor.display_name,
            generated_at=utcnow(),
            without_consent=without_consent,
        )

    def _write(
        self,
        pdf: bytes,
        path: Path,
        options: ExportOptions,
        section: Section,
        reference: str | Sequence[str],
        document: str,
        without_consent: bool,
        companion: tuple[Path, bytes] | None = None,
        attached: tuple[Path, bytes] | None = None,
    ) -> Exported:
        """Encrypt if asked, write atomically (with its ``companion`` file, if any), and leave
        one export entry per case in it (with the digest of the companion, or of a file
        ``attached`` inside the PDF)."""
        references = [reference] if isinstance(reference, str) else list(reference)
        options.step(2)
        data = encrypt(pdf, options.password) if options.password else pdf
        options.step(3)
        digest = hashlib.sha256(data).hexdigest()
        session = self._session
        files = [(path, data), *([companion] if companion is not None else [])]
        parts = [
            (p.with_name(f".onestop-export-{secrets.token_hex(8)}.part"), p, content)
            for p, content in files
        ]
        try:
            for part, _, content in parts:
                # Owner-only from the first byte (0600), whatever the umask: an export holds
                # survivor data and other users of the computer must not read it.
                fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "wb") as fh:
                    fh.write(content)
                    fh.flush()
                    os.fsync(fh.fileno())
            detail = (
                f"{_SLUG.sub('_', document.lower())}"
                f"{' without consent' if without_consent else ''}"
                f"{' encrypted' if options.password else ''} sha256={digest}"
            )
            for extra in (companion, attached):
                if extra is not None:
                    detail += f" {extra[0].suffix.lstrip('.')}_sha256="
                    detail += hashlib.sha256(extra[1]).hexdigest()
            with session.unit_of_work(
                section, Action.READ, record_ref=references[0] if references else ""
            ) as s:
                for ref in references or [""]:
                    session.audit(s, AuditAction.EXPORT, section, record_ref=ref, detail=detail)
                # Inside the transaction: no file without its entry.
                for part, target, _ in reversed(parts):
                    os.replace(part, target)
        finally:
            for part, _, _ in parts:
                with contextlib.suppress(FileNotFoundError):
                    part.unlink()
        return Exported(path, digest, len(data), options.password is not None)

    # -- the documents --

    def referral_letter(self, reference: str, referral_id: int, options: ExportOptions) -> Exported:
        """The letter to the agency of one referral: what she agreed to share with it."""
        session = self._session
        document = REFERRAL_LETTER
        self._require(reference, Section.IDENTITY, Section.REFERRALS, Section.CONSENT)
        self._check_options(options)
        with session.batch():
            case = CaseService(session).get(reference)
            found = [
                r for r in ReferralService(session).list(reference) if r.record_id == referral_id
            ]
            if not found:
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        "Messages", "There is no referral {referral_id} in {reference}."
                    ).format(referral_id=referral_id, reference=case.reference)
                )
            referral = found[0].details
            answer = ConsentService(session).may_leave(
                reference, Purpose.SHARE_WITH_AGENCY, agency=referral.agency
            )
        path = self._target(options, document, case)
        reason = ""
        if not answer.allowed:
            reason = self._consent_or_override(
                options,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "She has not consented to sharing her information with this agency. {why}",
                ).format(why=answer.reason),
            )
        options.step(1)
        head = self._letterhead(options, document, case.reference, reason)
        details = case.details
        consent = ""
        if answer.allowed and answer.entry is not None:
            consent = QT_TRANSLATE_NOOP(
                "Documents",
                "She consented to this information being shared with {agency}: {reason} "
                "Ledger entry {entry}.",
            ).format(agency=referral.agency, reason=answer.reason, entry=answer.entry.entry_id)
        role = session.actor.role
        letter = ReferralLetter(
            agency=referral.agency,
            service=referral.service,
            urgency=label(referral.urgency),
            routine=referral.urgency is Urgency.ROUTINE,
            reason=referral.notes,
            name=details.name,
            alias=details.alias,
            date_of_birth=details.date_of_birth,
            age=case.age(head.generated_at.date()),
            languages=details.languages,
            disability=details.disability,
            children_count=details.children_count,
            safe_phone=details.safe_phone,
            safe_message_allowed=details.safe_message_allowed,
            safe_code_word=details.safe_code_word,
            safe_notes=details.safe_notes,
            consent=consent,
            referring_worker=session.actor.display_name,
            referring_role=label(role) if role is not None else "",
            sent_on=head.generated_at,
        )
        pdf = render_referral_letter(head, letter)
        return self._write(
            pdf, path, options, Section.REFERRALS, case.reference, document, bool(reason)
        )

    def medico_legal(
        self,
        reference: str,
        options: ExportOptions,
        *,
        purpose: Purpose = Purpose.SHARE_WITH_POLICE,
        incident_id: int | None = None,
    ) -> Exported:
        """The examinations, injuries (with the body map), treatments timed from the incident,
        photographs, specimens and chain of custody, for the police or for court."""
        session = self._session
        document = MEDICO_LEGAL_REPORT
        if purpose not in MEDICO_LEGAL_PURPOSES:
            raise ValidationFailed.of(
                {
                    "purpose": QT_TRANSLATE_NOOP(
                        "Messages", "A medico-legal report goes to the police or to court."
                    )
                }
            )
        self._require(reference, *MEDICO_LEGAL_NEEDS)
        self._check_options(options)
        with session.batch():
            case = CaseService(session).get(reference)
            incidents = IncidentService(session).list(reference)
            encounters = HealthService(session).list(reference)
            exams = ForensicService(session).list(reference)
            answer = ConsentService(session).may_leave(reference, purpose)
            files = AttachmentService(session)
            pictures = [
                a
                for a in files.list(reference)
                if a.section in (Section.HEALTH, Section.FORENSIC) and a.media_type in IMAGE_TYPES
            ]
            photos = [
                Photograph(n, a.title, a.taken_at, a.sha256, files.open(reference, a.attachment_id))
                for n, a in enumerate(pictures, start=1)
            ]
        incident = _pick_incident(incidents, encounters, exams, incident_id, case.reference)
        if incident is not None:
            encounters = tuple(
                e for e in encounters if e.details.incident_id == incident.incident_id
            )
            exams = tuple(x for x in exams if x.details.incident_id == incident.incident_id)
        if not encounters and not exams:
            raise ValidationFailed.of(
                {
                    "incident_id": QT_TRANSLATE_NOOP(
                        "Messages", "There is no examination to report for this incident."
                    )
                }
            )
        path = self._target(options, document, case)
        reason = ""
        if not answer.allowed:
            reason = self._consent_or_override(
                options,
                QT_TRANSLATE_NOOP("Messages", "She has not consented to {purpose}. {why}").format(
                    purpose=PURPOSE_TEXT[purpose], why=answer.reason
                ),
            )
        options.step(1)
        head = self._letterhead(options, document, case.reference, reason)
        report = MedicoLegalReport(
            person=_person(case, head.generated_at.date()),
            incident=(
                QT_TRANSLATE_NOOP("Documents", "{type}, {when}.").format(
                    type=label(incident.details.gbv_type),
                    when=incident.details.occurred.describe(),
                )
                if incident is not None
                else QT_TRANSLATE_NOOP("Documents", "no incident is linked to these examinations.")
            ),
            purpose=QT_TRANSLATE_NOOP("Documents", "with consent to {purpose}").format(
                purpose=PURPOSE_TEXT[purpose]
            )
            if not reason
            else QT_TRANSLATE_NOOP("Documents", "without consent, on a manager's authority"),
            encounters=_encounter_parts(session, case.reference, encounters),
            exams=[_exam_part(x) for x in exams],
            photographs=photos,
            examiner=session.actor.display_name,
        )
        pdf = render_medico_legal(head, report)
        return self._write(
            pdf, path, options, Section.HEALTH, case.reference, document, bool(reason)
        )

    def court_bundle(
        self, reference: str, options: ExportOptions, sections: Sequence[BundleSection]
    ) -> Exported:
        """The bundle for court: the sections chosen, in that order, from what the advocate may
        read, with the survivor's consent to use in court (or a manager's written reason)."""
        session = self._session
        document = COURT_BUNDLE
        chosen = list(dict.fromkeys(sections))
        if not chosen:
            raise ValidationFailed.of(
                {
                    "sections": QT_TRANSLATE_NOOP(
                        "Messages", "Choose at least one section for the bundle."
                    )
                }
            )
        needs = {Section.IDENTITY, Section.CONSENT} | {
            s for section in chosen for s in BUNDLE_NEEDS[section]
        }
        self._require(reference, *sorted(needs, key=lambda s: s.value))
        self._check_options(options)
        with session.batch():
            case = CaseService(session).get(reference)
            answer = ConsentService(session).may_leave(reference, Purpose.USE_IN_COURT)
            bundle, statements = self._bundle_content(reference, case, chosen)
        path = self._target(options, document, case)
        reason = ""
        if not answer.allowed:
            reason = self._consent_or_override(
                options,
                QT_TRANSLATE_NOOP("Messages", "She has not consented to {purpose}. {why}").format(
                    purpose=PURPOSE_TEXT[Purpose.USE_IN_COURT], why=answer.reason
                ),
            )
        options.step(1)
        head = self._letterhead(options, document, case.reference, reason)
        pdf, laid = render_bundle(head, bundle)
        if statements:
            pdf = _lay_statements(pdf, laid, statements)
        return self._write(
            pdf, path, options, Section.IDENTITY, case.reference, document, bool(reason)
        )

    def _bundle_content(
        self, reference: str, case: CaseFile, chosen: list[BundleSection]
    ) -> tuple[CourtBundle, dict[int, bytes]]:
        session = self._session
        content: dict[str, Any] = {}
        statements: dict[int, bytes] = {}
        if BundleSection.INCIDENTS in chosen:
            content["incidents"] = [
                IncidentLine(
                    when=i.details.occurred.describe(),
                    kind=label(i.details.gbv_type),
                    context=label(i.details.context),
                    place=i.details.place,
                    reported_to_police=i.details.reported_to_police,
                    description=i.details.description,
                )
                for i in IncidentService(session).list(reference)
            ]
        if BundleSection.MEDICAL in chosen:
            content["encounters"] = _encounter_parts(
                session, reference, HealthService(session).list(reference)
            )
        if {BundleSection.FORENSIC, BundleSection.CUSTODY} & set(chosen):
            exams = [_exam_part(x) for x in ForensicService(session).list(reference)]
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
                Photograph(n, a.title, a.taken_at, a.sha256, images[a.attachment_id])
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
                HearingLine(
                    h.details.held_at, h.details.court, h.details.purpose, h.details.outcome
                )
                for h in Hearings(session).list(reference)
            ]
        if BundleSection.COUNSELLING in chosen:
            content["counselling"] = [
                SessionLine(c.details.held_at, label(c.details.session_type), c.details.notes)
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
            person=_person(case, utcnow().date()),
            court_cases=court_cases,
            prepared_by=session.actor.display_name,
            sections=chosen,
            **content,
        )
        return bundle, statements

    def conference_pack(self, options: ExportOptions, meeting_id: int | None = None) -> Exported:
        """The pack for a meeting (by default the next one): its agenda and the actions still
        outstanding, per case and per agency. Every case in it must have consented to sharing
        with each attending agency, or a manager authorises the pack with a written reason and
        the cases without consent are marked as such."""
        session = self._session
        document = CONFERENCE_PACK
        self._require("", Section.CONFERENCES, Section.IDENTITY, Section.CONSENT)
        self._check_options(options)
        with session.batch():
            conferences = ConferenceService(session)
            meeting = _meeting_for(conferences, meeting_id)
            if not meeting.agencies:
                raise ValidationFailed.of(
                    {
                        "agencies": QT_TRANSLATE_NOOP(
                            "Messages",
                            "Name the agencies attending this meeting first: the pack "
                            "is checked against each survivor's consent to share with them.",
                        )
                    }
                )
            agenda = conferences.agenda(meeting.id)
            if not agenda:
                raise ValidationFailed.of(
                    {
                        "meeting": QT_TRANSLATE_NOOP(
                            "Messages",
                            "No case is on the agenda of this meeting: there is no pack.",
                        )
                    }
                )
            consent = ConsentService(session)
            lacking: dict[str, list[str]] = {}
            for item in agenda:
                answers = consent.may_leave_to(
                    item.reference, Purpose.SHARE_WITH_AGENCY, meeting.agencies
                )
                missing = [a for a, answer in answers.items() if not answer.allowed]
                if missing:
                    lacking[item.reference] = missing
            names = [name for item in agenda for name in _case_names(session, item.reference)]
        reference = f"{meeting.held_on.isoformat()}"
        path = self._path(options, document, reference, names)
        reason = ""
        if lacking:
            listed = "; ".join(f"{ref} (with {', '.join(a)})" for ref, a in lacking.items())
            reason = self._consent_or_override(
                options,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Not every survivor consented to sharing with the agencies: {cases}.",
                ).format(cases=listed),
                whose=QT_TRANSLATE_NOOP("Messages", "each one's decision"),
            )
        options.step(1)
        head = self._letterhead(
            options,
            QT_TRANSLATE_NOOP("Documents", "{document} of {date}").format(
                document=document, date=meeting.held_on.isoformat()
            ),
            "",
            reason,
        )
        pack = ConferencePack(
            held_on=meeting.held_on,
            agencies=meeting.agencies,
            prepared_by=session.actor.display_name,
            cases=[
                PackCase(
                    reference=item.reference,
                    name=item.display_name,
                    criteria=[label(c) for c in item.criteria],
                    risk=(
                        QT_TRANSLATE_NOOP("Documents", "{level}, score {score}").format(
                            level=label(item.latest_level), score=item.latest_score
                        )
                        if item.latest_level is not None
                        else QT_TRANSLATE_NOOP("Documents", "no assessment recorded")
                    ),
                    without_consent=item.reference in lacking,
                    actions=[
                        PackAction(
                            a.agreed_on,
                            a.agency,
                            a.owner,
                            a.description,
                            a.due_on,
                            label(a.status),
                            a.reason,
                        )
                        for a in item.carried
                    ],
                )
                for item in agenda
            ],
        )
        pdf = render_conference_pack(head, pack)
        return self._write(
            pdf,
            path,
            options,
            Section.CONFERENCES,
            [item.reference for item in agenda],
            document,
            bool(reason),
        )

    def safety_plan(self, reference: str, options: ExportOptions) -> Exported:
        """Her own copy of her safety plan, to take with her: no consent is asked, since it
        goes to her, and it carries no name, since it may be found."""
        session = self._session
        document = SAFETY_PLAN
        self._require(reference, Section.IDENTITY, Section.RISK)
        self._check_options(options)
        with session.batch():
            case = CaseService(session).get(reference)
            plans = SafetyPlanService(session).list(reference)
            if not plans:
                raise ValidationFailed.of(
                    {
                        "plan": QT_TRANSLATE_NOOP(
                            "Messages",
                            "This case has no safety plan yet: write it on the Risk and safety "
                            "tab first.",
                        )
                    }
                )
            plan = plans[-1]
            agreed_with = _staff_name(session, reference, plan.updated_by)
        path = self._target(options, document, case)
        options.step(1)
        head = self._letterhead(options, document, case.reference, "")
        copy = SafetyPlanCopy(
            parts={name: str(getattr(plan.details, name)) for name in SAFETY_PLAN_HEADINGS},
            version=plan.version,
            agreed_at=plan.updated_at,
            agreed_with=agreed_with,
        )
        pdf = render_safety_plan(head, copy)
        return self._write(pdf, path, options, Section.RISK, case.reference, document, False)

    def statistics(self, period: Period, options: ExportOptions) -> Exported:
        """Anonymised counts for a period, suppressed, with charts, and the same figures as a
        CSV file next to the PDF. Only survivors whose consent to statistics is in force are
        counted; nothing in it names or identifies anyone, so no other consent is asked."""
        document = STATISTICS
        self._require("", Section.STATISTICS)
        self._check_options(options)
        path = self._path(options, document, period.slug, [])
        table = path.with_suffix(".csv")
        # A password asks that nothing be left readable: the CSV then goes inside the PDF, as
        # an attached file, and is encrypted with it; otherwise it is written beside the PDF.
        beside = not options.password
        if beside and table.exists():
            raise ValidationFailed.of(
                {
                    "out": QT_TRANSLATE_NOOP(
                        "Messages", "A file named {name} is already there; choose another name."
                    ).format(name=table.name)
                }
            )
        stats = StatisticsService(self._session).compile(period)
        options.step(1)
        head = self._letterhead(
            options,
            QT_TRANSLATE_NOOP("Documents", "{document}, {start} to {end}").format(
                document=document, start=period.start.isoformat(), end=period.end.isoformat()
            ),
            "",
            "",
        )
        pdf = render_statistics(head, stats)
        figures = (table, statistics_csv(stats))
        return self._write(
            pdf if beside else attach(pdf, table.name, figures[1]),
            path,
            options,
            Section.STATISTICS,
            "",
            document,
            False,
            companion=figures if beside else None,
            attached=None if beside else figures,
        )


def _meeting_for(conferences: ConferenceService, meeting_id: int | None) -> Meeting:
    if meeting_id is None:
        meeting = conferences.next_meeting()
        if meeting is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "No meeting is planned: plan the next one on the Conferences screen.",
                )
            )
        return meeting
    for meeting in conferences.meetings():
        if meeting.id == meeting_id:
            return meeting
    raise NotFound(
        QT_TRANSLATE_NOOP("Messages", "There is no meeting {meeting_id}.").format(
            meeting_id=meeting_id
        )
    )


def _case_names(session: VaultSession, reference: str) -> tuple[str, str]:
    """Her name and alias, only to keep them out of the file name (read as for the pack)."""
    details = CaseService(session).get(reference).details
    return details.name, details.alias


def _staff_name(session: VaultSession, reference: str, username: str) -> str:
    return _staff_names(session, reference, [username])[username]


def _staff_names(session: VaultSession, reference: str, usernames: Iterable[str]) -> dict[str, str]:
    """Colleagues as the others know them (the account's display name), else the username."""
    wanted = set(usernames)
    if not wanted:
        return {}
    with session.unit_of_work(Section.IDENTITY, Action.READ, record_ref=reference) as s:
        rows = s.execute(
            select(StaffAccount.username, StaffAccount.display_name).where(
                StaffAccount.username.in_(wanted)
            )
        ).all()
    found = {username: name for username, name in rows if name}
    return {username: found.get(username, username) for username in wanted}


def _encounter_parts(
    session: VaultSession, reference: str, encounters: Sequence[Encounter]
) -> list[EncounterPart]:
    names = _staff_names(session, reference, (e.updated_by for e in encounters))
    return [_encounter_part(e, names[e.updated_by]) for e in encounters]


MEDICO_LEGAL_PURPOSES = (Purpose.SHARE_WITH_POLICE, Purpose.USE_IN_COURT)
# What a medico-legal report is built from: who may print it reads all of these.
MEDICO_LEGAL_NEEDS = (
    Section.IDENTITY,
    Section.INCIDENTS,
    Section.HEALTH,
    Section.FORENSIC,
    Section.CONSENT,
)
PURPOSE_TEXT = {
    Purpose.SHARE_WITH_POLICE: QT_TRANSLATE_NOOP(
        "Messages", "sharing this information with the police"
    ),
    Purpose.USE_IN_COURT: QT_TRANSLATE_NOOP("Messages", "the use of this information in court"),
    Purpose.SHARE_WITH_AGENCY: QT_TRANSLATE_NOOP(
        "Messages", "sharing this information with the agency"
    ),
}


def _encounter_part(e: Encounter, recorded_by: str) -> EncounterPart:
    timings = e.treatment_timings() or tuple(
        QT_TRANSLATE_NOOP("Documents", "incident time not known") for _ in e.details.treatments
    )
    return EncounterPart(
        seen_at=e.details.seen_at,
        recorded_by=recorded_by,
        history=e.details.history,
        examination=e.details.examination,
        injuries=e.details.injuries,
        treatments=[
            TreatmentLine(label(t.kind), t.given_at, timing, t.notes)
            for t, timing in zip(e.details.treatments, timings, strict=True)
        ],
        follow_ups=[(f.due_at, f.purpose) for f in e.details.follow_ups],
    )


def _person(case: CaseFile, today: date) -> str:
    """Who she is, as a document names her (a Phrase, but for a name alone)."""
    details = case.details
    name = details.name or details.alias
    if details.name and details.alias:
        name = QT_TRANSLATE_NOOP("Documents", "{name} (known as {alias})").format(
            name=details.name, alias=details.alias
        )
    if details.date_of_birth is not None:
        return QT_TRANSLATE_NOOP("Documents", "{name}, born {date}").format(
            name=name, date=details.date_of_birth.isoformat()
        )
    age = case.age(today)
    if age is None:
        return name
    return QT_TRANSLATE_NOOP("Documents", "{name}, aged about {age}").format(name=name, age=age)


def _pick_incident(
    incidents: Sequence[IncidentRecord],
    encounters: Sequence[Encounter],
    exams: Sequence[ExamRecord],
    incident_id: int | None,
    reference: str,
) -> IncidentRecord | None:
    """The incident asked for; else the latest incident any examination is linked to."""
    by_id = {i.incident_id: i for i in incidents}
    if incident_id is not None:
        if incident_id not in by_id:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Messages", "There is no incident {incident_id} in {reference}."
                ).format(incident_id=incident_id, reference=reference)
            )
        return by_id[incident_id]
    linked = [e.details.incident_id for e in encounters] + [x.details.incident_id for x in exams]
    candidates = [by_id[i] for i in linked if i in by_id]
    if not candidates:
        return None
    return max(
        candidates, key=lambda i: i.details.occurred.earliest or datetime.min.replace(tzinfo=UTC)
    )


BUNDLE_NEEDS: dict[BundleSection, tuple[Section, ...]] = {
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


def _exam_part(x: ExamRecord) -> ExamPart:
    return ExamPart(
        examiner=x.details.examiner,
        started_at=x.details.started_at,
        notes=x.details.notes,
        specimens=[
            SpecimenPart(
                label(sp.details.specimen_type),
                sp.details.collected_at,
                sp.details.collected_by,
                sp.details.seal_number,
                sp.chain,
            )
            for sp in x.specimens
        ],
    )


def _lay_statements(pdf: bytes, laid: Laid, statements: dict[int, bytes]) -> bytes:
    """Each scanned statement page laid, scaled to fit, onto its numbered placeholder page."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
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
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
