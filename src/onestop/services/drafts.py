"""Drafts: a person's unsaved form kept in the vault, readable by that person only.

When the screen locks and someone else signs in, the first person's unsaved work must neither
be lost nor be shown to the next person: it is written here (encrypted with the vault, like
every record) and offered back to its author alone at their next sign-in. Keeping and reading
a draft needs write access to the section it belongs to, and both are audited.

One exception: an export dialog's draft (``EXPORT_DIALOG``) holds only the choices made in the
dialog (the file name, language, protection, the period of the statistics), never a record,
and exporting the document needs only read access. So it is kept and read back with read
access to the document's section (the manager, who reads statistics but writes none, gets her
statistics dialog back after a lock). It stays its author's alone, like every draft.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from onestop.db.base import utcnow
from onestop.db.drafts import Draft
from onestop.domain.audit import AuditAction
from onestop.domain.roles import Action, Capability, Section, may
from onestop.services import sectionkeys
from onestop.services.records import find_case
from onestop.services.session import VaultSession

# The kind of an export dialog's draft (gui/views/export.py, ExportDialog.KIND).
EXPORT_DIALOG = "dialog:export"


def needed(kind: str) -> Action:
    """What keeping or reading a draft of ``kind`` needs on its section."""
    return Action.READ if kind == EXPORT_DIALOG else Action.WRITE


@dataclass(frozen=True)
class KeptDraft:
    draft_id: int
    kind: str
    section: Section
    case_reference: str
    fields: dict[str, Any]


class DraftService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def keep(self, kind: str, section: Section, case_reference: str, fields: dict[str, Any]) -> int:
        """Keep ``fields`` for their author; ``case_reference`` is empty for a form that
        belongs to no file yet (an intake not yet registered)."""
        session = self._session
        with session.unit_of_work(section, needed(kind), record_ref=case_reference) as s:
            case = find_case(s, case_reference) if case_reference else None
            content = json.dumps(fields, ensure_ascii=False)
            sealed = sectionkeys.is_encrypted(section)
            if sealed:
                sectionkeys.require_key(session, section)
            row = Draft(
                owner=session.actor.username,
                kind=kind,
                section=section.value,
                case_id=case.id if case is not None else None,
                case_reference=case.reference if case is not None else "",
                # A draft of an encrypted section is sealed under its key once it has an id.
                content="" if sealed else content,
                saved_at=utcnow(),
            )
            s.add(row)
            s.flush()
            if sealed:
                row.content = sectionkeys.seal_draft(session, row, section, content)
            session.audit(
                s,
                AuditAction.RECORD_WRITE,
                section,
                record_ref=case_reference,
                detail=f"draft {row.id} kept",
            )
            return row.id

    def mine(self) -> tuple[KeptDraft, ...]:
        """The signed-in person's own drafts (nobody else's, whatever their role). The admin
        does no case work and keeps none (on a centre's server her login may not read the
        drafts table at all)."""
        session = self._session
        if not may(session.actor.role, Capability.CASE_WORK):
            return ()
        with session.system_transaction() as s:
            rows = s.scalars(
                select(Draft).where(Draft.owner == session.actor.username).order_by(Draft.id)
            ).all()
            kept = []
            for row in rows:
                section = Section(row.section)
                if not session.allowed(section, needed(row.kind)):
                    continue  # her role changed since: not hers to finish any more
                content = sectionkeys.open_draft(session, row)
                if content is None:
                    continue  # sealed with a key she no longer holds (a password reset)
                session.audit(
                    s,
                    AuditAction.RECORD_READ,
                    section,
                    record_ref=row.case_reference,
                    detail=f"draft {row.id}",
                )
                kept.append(
                    KeptDraft(row.id, row.kind, section, row.case_reference, json.loads(content))
                )
            return tuple(kept)

    def discard(self, draft_id: int) -> None:
        """Forget one of her own drafts (a colleague's, or one the admin names, is left)."""
        session = self._session
        if not may(session.actor.role, Capability.CASE_WORK):
            return
        with session.system_transaction() as s:
            done = s.execute(
                delete(Draft).where(Draft.id == draft_id, Draft.owner == session.actor.username)
            )
            if getattr(done, "rowcount", 0):
                session.audit(s, AuditAction.RECORD_WRITE, detail=f"draft {draft_id} discarded")
