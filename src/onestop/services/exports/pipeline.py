"""The pipeline every export goes through, whatever the document: the options and the file
name rules, the permission to read each section, consent or a manager's written override, the
letterhead, then encryption, the atomic write and the audit entry (see the package docstring).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from onestop.db.base import utcnow
from onestop.domain.audit import AuditAction
from onestop.domain.consent import Purpose, ToldHer
from onestop.domain.roles import Action, Role, Section
from onestop.domain.search import fold
from onestop.errors import ConsentRequired, PermissionDenied, ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.reports.document import Letterhead
from onestop.reports.language import DOCUMENT_LANGUAGES as DOCUMENT_LANGUAGES
from onestop.reports.safety_plan import DOCUMENT as SAFETY_PLAN
from onestop.services.cases import CaseFile
from onestop.services.session import VaultSession
from onestop.services.settings import SettingsService
from onestop.services.sharings import SharedWhere, centre_today, check_told, record_sharings

MIN_PDF_PASSWORD = 10
MIN_REASON = 20
STEPS = 3
_SLUG = re.compile(r"[^a-z0-9]+")
_NAME_PIECES = re.compile(r"[\W_]+")  # what splits a name into the pieces a file name may hold


def _folder_named_for(folder: Path, words: Sequence[str]) -> bool:
    """Whether a folder on the way to the file is named after her: one in whose name the
    pieces of her name stand together, in any order, whatever else is there ("Jane Doe",
    "doe_jane 2026", "Case notes for Jane Doe"), or her name run together ("JaneDoe"). A
    folder that holds one piece of a longer name ("/home/jane", a colleague's), or its pieces
    apart among other words ("test_export_a_case_file0" for "Test case"), is not taken for
    hers; a name of one piece only when it is the folder's whole name ("Hope")."""
    if not words:  # no piece long enough to tell ("Li Bo"): nothing to look for
        return False
    run_together = "".join(words)
    wanted = set(words)
    for component in folder.parts:
        folded = fold(component)
        pieces = [p for p in _NAME_PIECES.split(folded) if p]
        if len(words) == 1:
            if set(pieces) == wanted:
                return True
            continue
        if run_together in _NAME_PIECES.sub("", folded):
            return True
        span = len(words)
        if any(set(pieces[i : i + span]) == wanted for i in range(len(pieces) - span + 1)):
            return True
    return False


@dataclass(frozen=True)
class ExportOptions:
    out: Path  # a file, or a folder for the default file name
    password: str | None = None  # encrypt with AES-256 when given
    without_consent_reason: str = ""  # a manager's written reason to share without consent
    language: str = "en"  # of the document's fixed text: one of DOCUMENT_LANGUAGES
    # Written even when longer than its recipient accepts (told, the person chose to go on).
    beyond_page_limit: bool = False
    # With a reason to share without consent: has she been told of it (required with it)?
    told: ToldHer | None = None
    # Told (step, STEPS) as the work goes: gathered, rendered, ready to write. It may raise
    # to cancel (the GUI's cancel button); nothing is written before the last step.
    progress: Callable[[int, int], None] | None = field(default=None, compare=False)

    def step(self, done: int) -> None:
        if self.progress is not None:
            self.progress(done, STEPS)


@dataclass(frozen=True)
class Exported:
    path: Path
    sha256: str
    size: int
    encrypted: bool


# Documents she takes home: a file name that says nothing of the centre, the document or
# the case if someone else finds the file (her safety plan, whatever is printed on it).
NEUTRAL_FILE_NAMES: dict[str, str] = {SAFETY_PLAN: "notes.pdf"}


def file_name(document: str, reference: str, tag: str = "") -> str:
    """E.g. ``OSC-2026-00042-referral-letter.pdf``: the case and the document, no name; her
    own copies a neutral name (``NEUTRAL_FILE_NAMES``). ``tag`` tells apart documents of the
    same kind for one case (an examination's report: ``examined-2026-12-02-1349``)."""
    if document in NEUTRAL_FILE_NAMES:
        return NEUTRAL_FILE_NAMES[document]
    slug = _SLUG.sub("-", f"{document} {tag}".lower()).strip("-")
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


class ExportPipeline:
    """The steps every export shares, in the order a document's assembler takes them:
    ``require`` the sections it reads, ``check_options``, gather the records, find the
    ``target`` (or ``path``) it will be written to, ``consent_or_override``, then the
    ``letterhead``, render, and ``write``."""

    def __init__(self, session: VaultSession) -> None:
        self.session = session

    def require(self, reference: str, *sections: Section) -> None:
        for section in sections:
            if not self.session.allowed(section, Action.READ):
                raise self.session.refuse(section, Action.READ, reference)

    def target(self, options: ExportOptions, document: str, case: CaseFile) -> Path:
        details = case.details
        return self.path(options, document, case.reference, [details.name, details.alias])

    def path(
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
            # Each piece of a hyphenated or dotted name too ("Mensah-Quaye", "Anne.Marie").
            words = [w for w in _NAME_PIECES.split(fold(part)) if len(w) >= 3]
            if _folder_named_for(path.parent, words):
                raise ValidationFailed.of(
                    {
                        "out": QT_TRANSLATE_NOOP(
                            "Messages",
                            "A folder on the way to the file is named after her: anyone who "
                            "lists the disk reads her name. Choose a folder named for no one.",
                        )
                    }
                )
            if not out.is_dir() and any(w in named for w in words):  # ours holds no name
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

    def check_options(self, options: ExportOptions) -> None:
        if options.language not in DOCUMENT_LANGUAGES:
            raise ValidationFailed.of(
                {
                    "language": QT_TRANSLATE_NOOP(
                        "Messages", "Documents are written in English, French, Spanish or Arabic."
                    )
                }
            )
        if options.password is not None and len(options.password) < MIN_PDF_PASSWORD:
            raise ValidationFailed.of(
                {
                    "password": QT_TRANSLATE_NOOP(
                        "Messages",
                        "A document password has at least %n character(s).",
                        "",
                        MIN_PDF_PASSWORD,
                    )
                }
            )

    def consent_or_override(
        self, options: ExportOptions, missing: str, whose: str = "", told_each: bool = False
    ) -> str:
        """The manager's reason when consent is missing and may be overridden, else refuse.
        ``told_each``: whether she was told is answered for each case (the pack), not once in
        ``options``; the caller checks each answer."""
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
        if self.session.actor.role is not Role.MANAGER:
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
                        "%n character(s)).",
                        "",
                        MIN_REASON,
                    )
                }
            )
        if not told_each:
            check_told(options.told, centre_today(utcnow()))
        return reason

    def letterhead(
        self, options: ExportOptions, document: str, reference: str, without_consent: str
    ) -> Letterhead:
        return Letterhead(
            language=options.language,
            centre=SettingsService(self.session).centre_name(),
            document=document,
            case_reference=reference,
            generated_by=self.session.actor.display_name,
            generated_at=utcnow(),
            without_consent=without_consent,
            told=options.told if without_consent else None,
        )

    def write(
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
        noted: Mapping[str, str] | None = None,
        shared_without: Sequence[str] | None = None,
        told_each: Mapping[str, ToldHer] | None = None,
        where: Mapping[str, SharedWhere] | None = None,
    ) -> Exported:
        """Encrypt if asked, write atomically (with its ``companion`` file, if any), and leave
        one export entry per case in it (with the digest of the companion, or of a file
        ``attached`` inside the PDF, and what ``noted`` adds for that case: codes, never
        what staff typed). Shared ``without_consent``, the cases shared so (``shared_without``,
        by default every case) are kept with whether she was told (services.sharings), in the
        same transaction: the one answer of ``options``, or each case's own (``told_each``, by
        case reference: the pack, decided case by case), and where each went and why
        (``where``, by case reference; by default, for every case, the manager's reason)."""
        references = [reference] if isinstance(reference, str) else list(reference)
        unconsented = list(references if shared_without is None else shared_without)
        unconsented = unconsented if without_consent else []
        told: dict[str, ToldHer] = {}
        for ref in unconsented:
            answer = told_each.get(ref) if told_each is not None else options.told
            if answer is not None:
                told[ref] = answer
        options.step(2)
        data = encrypt(pdf, options.password) if options.password else pdf
        options.step(3)
        digest = hashlib.sha256(data).hexdigest()
        session = self.session
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
                    said = f" told={told[ref].told.value}" if ref in told else ""
                    session.audit(
                        s,
                        AuditAction.EXPORT,
                        section,
                        record_ref=ref,
                        detail=detail + said + (noted or {}).get(ref, ""),
                    )
                if told:
                    code = _SLUG.sub("_", document.lower())
                    went = where or {
                        ref: SharedWhere(note=options.without_consent_reason) for ref in told
                    }
                    record_sharings(s, session, told, code, digest, went)
                # Inside the transaction: no file without its entry.
                for part, target, _ in reversed(parts):
                    os.replace(part, target)
        finally:
            for part, _, _ in parts:
                with contextlib.suppress(FileNotFoundError):
                    part.unlink()
        return Exported(path, digest, len(data), options.password is not None)


# The purposes a document may be shared for, as a refusal or the document names them.
PURPOSE_TEXT = {
    Purpose.SHARE_WITH_POLICE: QT_TRANSLATE_NOOP(
        "Messages", "sharing this information with the police"
    ),
    Purpose.USE_IN_COURT: QT_TRANSLATE_NOOP("Messages", "the use of this information in court"),
    Purpose.SHARE_WITH_AGENCY: QT_TRANSLATE_NOOP(
        "Messages", "sharing this information with the agency"
    ),
}
