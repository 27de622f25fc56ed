"""Break-glass: a clinician or caseworker opens a section of one file that her role lacks.

docs/ARCHITECTURE.md, "Break-glass": never counselling notes; after a reason; time-limited
(``GLASS_PERIOD_MINUTES``); flagged in the audit trail (the opening is its own entry, and each
read it allows carries the flag with the role); queued for the manager's review, who marks
each access reviewed with a note. The queue is read from the signed audit trail (the review is
its own entry, signed by the manager; services.glassreview), not from the table's review
columns, which anyone holding the vault key writes. The reason is kept in the vault (it may
say something of the survivor), never in the audit trail, whose details are short codes, and
sealed for the review (services.glassreasons): the reviewers (the manager) and its author
open it, not the admin nor the recovery key.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from onestop.db.base import utcnow
from onestop.db.breakglass import BreakGlassAccess
from onestop.db.staff import StaffAccount
from onestop.domain.audit import AuditAction
from onestop.domain.roles import (
    GLASS_PERIOD_MINUTES,
    GLASS_REASON_MIN,
    Action,
    Role,
    Section,
    may_break_glass,
)
from onestop.errors import NotFound, ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import glasskeys, glassreasons, glassreview, sectionkeys
from onestop.services.records import find_case
from onestop.services.session import VaultSession
from onestop.services.validation import text_limits

PERIOD = timedelta(minutes=GLASS_PERIOD_MINUTES)
BREAK_GLASS_NOT_ON_SERVER = QT_TRANSLATE_NOOP(
    "Messages",
    "Break-glass is not available on the centre's server yet, so nothing was opened or "
    "recorded. Ask a colleague who works in that section.",
)

ROW_REMOVED = QT_TRANSLATE_NOOP(
    "Messages",
    "The vault's record of this access was removed or altered, with its reason; the audit "
    "trail still holds the access. Ask the admin to verify the vault.",
)
MARKED_WITHOUT_REVIEW = QT_TRANSLATE_NOOP(
    "Messages",
    "The vault marked this access reviewed, but no manager's review of it is in the audit "
    "trail. Ask the admin to verify the vault.",
)


@dataclass(frozen=True)
class GlassAccess:
    access_id: int
    username: str
    display_name: str
    reference: str
    section: Section
    reason: str
    opened_at: datetime
    expires_at: datetime
    reviewed_by: str | None
    reviewed_at: datetime | None
    review_note: str
    # What is wrong with its record in the vault (a message), "" when the table and the
    # audit trail agree.
    problem: str = ""


def _info(
    row: BreakGlassAccess, reference: str, display_name: str, reason: str, note: str
) -> GlassAccess:
    return GlassAccess(
        access_id=row.id,
        username=row.username,
        display_name=display_name,
        reference=reference,
        section=Section(row.section),
        reason=reason,
        opened_at=row.opened_at,
        expires_at=row.expires_at,
        reviewed_by=row.reviewed_by,
        reviewed_at=row.reviewed_at,
        review_note=note,
    )


def _no_reviewer() -> sectionkeys.KeyNotHeld:
    return sectionkeys.KeyNotHeld(
        QT_TRANSLATE_NOOP(
            "Messages",
            "No manager has signed in to receive break-glass reasons yet: your reason could "
            "not be kept for the review, so nothing was opened.",
        )
    )


def check_reason(reason: str) -> dict[str, str]:
    problems: dict[str, str] = {}
    if len(reason.strip()) < GLASS_REASON_MIN:
        problems["reason"] = QT_TRANSLATE_NOOP(
            "Messages",
            "Write why you need this section (at least %n character(s)): the "
            "manager reviews every break-glass access.",
            "",
            GLASS_REASON_MIN,
        )
    return problems


class BreakGlassService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def may_open(self, section: Section) -> bool:
        """What the matrix allows (domain.roles.may_break_glass: never counselling). A
        section sealed under a section key opens with its break-glass key
        (services.glasskeys), once the access is recorded."""
        role = self._session.actor.role
        return role is not None and may_break_glass(role, section)

    def open(self, reference: str, section: Section, reason: str) -> GlassAccess:
        """Record the access with its reason and open ``section`` of this file to the person
        for ``PERIOD`` (PermissionDenied, audited, for a role or section that cannot)."""
        session = self._session
        if not self.may_open(section):
            raise session.refuse(section, Action.READ, reference)
        problems = check_reason(reason)
        problems.update(text_limits(BreakGlassAccess, {"reason": reason}))
        if problems:
            raise ValidationFailed.of(problems)
        if session.engine.dialect.name == "postgresql":
            # Not on a centre's server yet: her login may not record the access there.
            raise ValidationFailed(BREAK_GLASS_NOT_ON_SERVER)
        now = utcnow()
        with session.system_transaction() as s:
            case = find_case(s, reference)
            if sectionkeys.is_encrypted(section) and not glasskeys.has_grant(session, s, section):
                # No holder has sealed her the section's break-glass key yet: recording an
                # access that could show nothing would only mislead the review.
                raise sectionkeys.KeyNotHeld(sectionkeys.waiting_message(section))
            review = glassreasons.current_public(session, s)
            if review is None:
                raise _no_reviewer()
            row = BreakGlassAccess(  # the INSERT carries no reason: it is sealed once flushed
                username=session.actor.username,
                case_id=case.id,
                section=section.value,
                reason="",
                opened_at=now,
                expires_at=now + PERIOD,
                review_note="",
            )
            s.add(row)
            s.flush()
            glassreasons.seal_row(session, s, row, review, reason, "")
            s.flush()
            session.audit(
                s,
                AuditAction.BREAK_GLASS,
                section,
                record_ref=case.reference,
                detail=f"access {row.id} for {GLASS_PERIOD_MINUTES} minutes",
            )
            found = _info(row, case.reference, session.actor.display_name, reason, "")
        # The access and its audit entry are committed: only now is the key opened.
        session.glass_opened(found.reference, section, found.expires_at)
        glasskeys.open_after_audit(session, section)
        return found

    def _require_manager(self) -> None:
        if self._session.actor.role is not Role.MANAGER:
            raise self._session.refuse(Section.AUDIT, Action.WRITE)

    def _standings(self, s: Session) -> list[glassreview.Standing]:
        return glassreview.standings(s.connection(), self._session.vault_id)

    def _accesses(self, s: Session, found: list[glassreview.Standing]) -> list[GlassAccess]:
        """The accesses as the trail tells them (who, which file and section, when, the review
        that counts), with the reason from the table's row when the row is this access's."""
        names = dict(s.execute(select(StaffAccount.username, StaffAccount.display_name)).all())
        out: list[GlassAccess] = []
        for st in found:
            row = s.get(BreakGlassAccess, st.access_id) if st.row is not None else None
            reason = glassreasons.read(self._session, row, "reason") if row else ""
            note = glassreasons.read(self._session, row, "review_note") if row else ""
            problem = ""
            if st.trail is not None:
                username, reference = st.trail.actor, st.trail.reference
                section_code, opened, expires = st.trail.section, st.trail.at, st.trail.expires_at
                if row is None:
                    problem = ROW_REMOVED
            elif row is not None:
                username, reference = row.username, st.row.reference if st.row else ""
                section_code, opened, expires = row.section, row.opened_at, row.expires_at
            else:  # pragma: no cover - a standing has its opening or its row
                continue
            if "cache-reviewed" in st.problems:
                problem = MARKED_WITHOUT_REVIEW
            try:
                section = Section(section_code)
            except ValueError:  # not written by OneStop: verify's chain check names it
                continue
            out.append(
                GlassAccess(
                    access_id=st.access_id,
                    username=username,
                    display_name=names.get(username, username),
                    reference=reference,
                    section=section,
                    reason=reason,
                    opened_at=opened,
                    expires_at=expires,
                    reviewed_by=st.review.actor if st.review else None,
                    reviewed_at=st.review.at if st.review else None,
                    review_note=note,
                    problem=problem,
                )
            )
        return out

    def to_review(self) -> tuple[GlassAccess, ...]:
        """The accesses no manager has reviewed yet, oldest first (the manager only).

        Read from the signed audit trail (services.glassreview), not from the table's review
        columns, which anyone with the vault key writes: an access is reviewed only when a
        manager's signed review entry names it. An access the table calls reviewed without
        one, or whose row is gone, is listed, with what is wrong."""
        self._require_manager()
        with self._session.unit_of_work(Section.AUDIT, Action.READ) as s:
            pending = [st for st in self._standings(s) if st.review is None]
            found = sorted(self._accesses(s, pending), key=lambda a: (a.opened_at, a.access_id))
            self._session.audit(
                s, AuditAction.AUDIT_READ, Section.AUDIT, detail=f"break-glass: {len(found)}"
            )
            return tuple(found)

    def count_to_review(self) -> int:
        """How many accesses wait for review (the manager's home), as ``to_review`` counts."""
        self._require_manager()
        with self._session.unit_of_work(Section.AUDIT, Action.READ) as s:
            return sum(1 for st in self._standings(s) if st.review is None)

    def review(self, access_id: int, note: str) -> GlassAccess:
        """Review an access, with the manager's note (what she found, what she did): a signed
        entry of hers naming the access, its file and section, is what makes it reviewed; the
        table's columns follow as a cache. An access whose row was removed is reviewed all the
        same (its entry), though the note cannot be kept with it."""
        self._require_manager()
        problems = text_limits(BreakGlassAccess, {"review_note": note})
        if not note.strip():
            problems["review_note"] = QT_TRANSLATE_NOOP(
                "Messages", "Write what you found: it stays with the access."
            )
        if problems:
            raise ValidationFailed.of(problems)
        session = self._session
        # Reviewed once: decided under the write lock (the review is written from what it reads).
        with session.unit_of_work(Section.AUDIT, Action.READ, writes=True) as s:
            candidates = [st for st in self._standings(s) if st.access_id == access_id]
            if not candidates:
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "That break-glass access is not on record: choose one from the list again.",
                    )
                )
            st = candidates[-1]
            if st.review is not None:
                raise ValidationFailed.of(
                    {
                        "review_note": QT_TRANSLATE_NOOP(
                            "Messages", "This access was already reviewed."
                        )
                    }
                )
            key = sectionkeys.require_key(session, glassreasons.SECTION)
            row = s.get(BreakGlassAccess, access_id) if st.row is not None else None
            if row is not None:
                reason = glassreasons.read(session, row, "reason")
                if row.key_version is not None and reason == glassreasons.SEALED_TEXT:
                    raise sectionkeys.KeyNotHeld(sectionkeys.waiting_message(glassreasons.SECTION))
                row.reviewed_by = session.actor.username
                row.reviewed_at = utcnow()
                public = (key.version, glassreasons.review_public(key))
                glassreasons.seal_row(session, s, row, public, reason, note)
                s.flush()
            if st.trail is not None:
                section_code, reference = st.trail.section, st.trail.reference
            else:
                section_code = st.row.section if st.row else ""
                reference = st.row.reference if st.row else ""
            entry = session.audit(
                s,
                AuditAction.BREAK_GLASS,
                section_code,
                record_ref=reference,
                detail=f"access {access_id} reviewed",
            )
            (found,) = self._accesses(s, [st])
            reviewed_at = datetime.fromisoformat(entry.at).astimezone(UTC)
            return replace(
                found,
                reviewed_by=session.actor.username,
                reviewed_at=reviewed_at,
                review_note=note if row is not None else "",
            )
