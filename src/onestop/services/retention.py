"""Purging a closed case once its retention period is over.

Everything of the case goes: its records, the versions kept of them, its search entry, and the
perpetrators linked to no other file. The audit trail keeps a tombstone (the reference, who,
when), never the content; its earlier entries stay, as they never held content either.
Only a manager may purge, only a case closed for the retention period, and only after typing
its reference again.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from onestop.db.attachments import Attachment, StoredBlob
from onestop.db.base import utcnow
from onestop.db.cases import Case
from onestop.db.counselling import CounsellingSession
from onestop.db.forensic import ForensicExam
from onestop.db.health import HealthEncounter
from onestop.db.incidents import Incident
from onestop.db.legal import Hearing, LegalMatter, ProtectionOrder
from onestop.db.perpetrators import IncidentPerpetrator, Perpetrator
from onestop.db.records import RecordVersion
from onestop.db.referrals import Referral
from onestop.db.shelter import ShelterStay
from onestop.db.tasks import Task
from onestop.domain.audit import AuditAction
from onestop.domain.casefile import RETENTION_YEARS, CaseStatus
from onestop.domain.roles import Action, Role, Section
from onestop.errors import PermissionDenied, ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import caseindex
from onestop.services.records import find_case
from onestop.services.session import VaultSession

# Versioned records of a case, by the record_type their history is kept under.
_VERSIONED: dict[str, Any] = {
    "incident": Incident,
    "health_encounter": HealthEncounter,
    "forensic_exam": ForensicExam,
    "counselling_session": CounsellingSession,
    "legal_matter": LegalMatter,
    "hearing": Hearing,
    "protection_order": ProtectionOrder,
    "referral": Referral,
    "shelter_stay": ShelterStay,
    "task": Task,
}


def _drop_history(s: Session, record_type: str, ids: list[int]) -> None:
    if ids:
        s.execute(
            delete(RecordVersion).where(
                RecordVersion.record_type == record_type, RecordVersion.record_id.in_(ids)
            )
        )


class RetentionService:
    def __init__(self, session: VaultSession, retention_years: int = RETENTION_YEARS) -> None:
        self._session = session
        self._retention = timedelta(days=365 * retention_years + retention_years // 4)

    def purge(self, reference: str, confirm: str) -> None:
        session = self._session
        if session.actor.role is not Role.MANAGER:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Messages", "Only a manager may purge a case.")
            )
        if confirm.strip().upper() != reference.strip().upper():
            raise ValidationFailed.of(
                {
                    "confirm": QT_TRANSLATE_NOOP(
                        "Messages", "Type the case reference again to confirm the purge."
                    )
                }
            )
        # It deletes what it reads: under the write lock from its start.
        with session.unit_of_work(
            Section.IDENTITY, Action.READ, record_ref=reference, writes=True
        ) as s:
            case = find_case(s, reference)
            if CaseStatus(case.status) is not CaseStatus.CLOSED or case.closed_at is None:
                raise ValidationFailed(
                    QT_TRANSLATE_NOOP("Messages", "Only a closed case can be purged.")
                )
            if utcnow() - case.closed_at < self._retention:
                raise ValidationFailed(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "This case is still within its retention period; it cannot be purged yet.",
                    )
                )
            if s.get_bind().dialect.name == "postgresql":
                self._purge_on_server(s, case)
                return
            incident_ids = list(s.scalars(select(Incident.id).where(Incident.case_id == case.id)))
            for record_type, model in _VERSIONED.items():
                ids = list(s.scalars(select(model.id).where(model.case_id == case.id)))
                _drop_history(s, record_type, ids)
            _drop_history(s, "case", [case.id])
            # Perpetrators linked to this file only go with it.
            linked = set(
                s.scalars(
                    select(IncidentPerpetrator.perpetrator_id).where(
                        IncidentPerpetrator.incident_id.in_(incident_ids)
                    )
                )
            )
            lonely = [
                p
                for p in linked
                if not s.scalar(
                    select(func.count())
                    .select_from(IncidentPerpetrator)
                    .where(
                        IncidentPerpetrator.perpetrator_id == p,
                        IncidentPerpetrator.incident_id.not_in(incident_ids),
                    )
                )
            ]
            caseindex.removed(self._session, case.id)
            blobs = {
                digest
                for pair in s.execute(
                    select(Attachment.sha256, Attachment.thumbnail_sha256).where(
                        Attachment.case_id == case.id
                    )
                )
                for digest in pair
                if digest is not None
            }
            s.execute(delete(Case).where(Case.id == case.id))  # cascades to every record
            still_used = set(s.scalars(select(Attachment.sha256))) | set(
                s.scalars(select(Attachment.thumbnail_sha256))
            )
            orphans = sorted(blobs - still_used)
            if orphans:
                s.execute(delete(StoredBlob).where(StoredBlob.sha256.in_(orphans)))
            if lonely:
                _drop_history(s, "perpetrator", lonely)
                s.execute(delete(Perpetrator).where(Perpetrator.id.in_(lonely)))
            session.audit(
                s,
                AuditAction.RECORD_PURGED,
                Section.IDENTITY,
                record_ref=case.reference,
                detail="retention period over",
            )
        # The encrypted files go once the database no longer knows them (after the commit).
        for digest in orphans:
            session.blobs.delete(digest)

    def _purge_on_server(self, s: Session, case: Case) -> None:
        """On a centre server the manager's login reads the sections and deletes none of them:
        the tombstone first, then ``onestop_purge_case`` (db/server.py), which deletes what the
        purge above deletes, as the tables' owner, only for a closed case whose tombstone is
        in the trail; then the orphaned attachments' sealed bytes, in the same transaction."""
        session, reference = self._session, case.reference
        caseindex.removed(session, case.id)
        session.audit(
            s,
            AuditAction.RECORD_PURGED,
            Section.IDENTITY,
            record_ref=reference,
            detail="retention period over",
        )
        s.flush()
        orphans = s.execute(
            text("SELECT onestop_purge_case(:reference)"), {"reference": reference}
        ).scalar_one()
        s.expunge(case)  # gone from the database; nothing of it is written back
        if orphans:
            s.execute(
                text("SELECT onestop_drop_purged_blobs(:reference, :names)"),
                {
                    "reference": reference,
                    "names": [session.blobs.name_for(digest) for digest in orphans],
                },
            )
