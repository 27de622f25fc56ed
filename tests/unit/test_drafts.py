"""Private drafts: kept only with write access, read by their author alone, audited, and
purged with the case."""

from __future__ import annotations

import pytest

from onestop.domain.roles import Role, Section
from onestop.errors import NotFound, PermissionDenied
from onestop.services.audit import AuditService
from onestop.services.drafts import EXPORT_DIALOG, DraftService

pytestmark = pytest.mark.both_backends


@pytest.fixture
def ref(make_case) -> str:
    return make_case(name="Maren Quist-Obey")


def test_a_draft_is_its_authors_alone_and_every_step_is_audited(vault, ref) -> None:
    fields = {"history": "synthetic draft 4410"}
    with vault.sign_in(Role.CLINICIAN) as clinician:
        draft_id = DraftService(clinician).keep("encounter", Section.HEALTH, ref.lower(), fields)
    with vault.sign_in(Role.MANAGER) as manager:
        assert DraftService(manager).mine() == ()
        DraftService(manager).discard(draft_id)  # not hers: nothing happens
    with vault.sign_in(Role.CLINICIAN) as clinician:
        (kept,) = DraftService(clinician).mine()
        assert (kept.case_reference, kept.section, kept.fields) == (ref, Section.HEALTH, fields)
        DraftService(clinician).discard(draft_id)
        assert DraftService(clinician).mine() == ()
    with vault.sign_in(Role.MANAGER) as manager:
        details = [e.detail for e in AuditService(manager).entries() if "draft" in e.detail]
    assert details == [f"draft {draft_id} kept", f"draft {draft_id}", f"draft {draft_id} discarded"]
    assert not any("4410" in e for e in details)


def test_a_draft_needs_write_access_to_its_section_and_a_real_case(vault, ref) -> None:
    with vault.sign_in(Role.COUNSELLOR) as counsellor, pytest.raises(PermissionDenied):
        DraftService(counsellor).keep("encounter", Section.HEALTH, ref, {})
    with vault.sign_in(Role.CLINICIAN) as clinician, pytest.raises(NotFound):
        DraftService(clinician).keep("encounter", Section.HEALTH, "OSC-1999-99999", {})


# Purging the case deletes its drafts: tests/unit/test_retention.py keeps one in the purged file.


def test_an_export_dialogs_draft_needs_only_read_access_and_stays_its_authors(vault) -> None:
    """The manager reads statistics and writes none: her statistics dialog's choices (no
    record in them) are kept all the same; any other draft of the section still needs write,
    and nobody else, whatever they may read, opens hers."""
    choices = {"document": "statistics", "path": "stats-typed.pdf", "choices": {"span": "month"}}
    with vault.sign_in(Role.MANAGER) as manager:
        draft_id = DraftService(manager).keep(EXPORT_DIALOG, Section.STATISTICS, "", choices)
        with pytest.raises(PermissionDenied):
            DraftService(manager).keep("record:release", Section.STATISTICS, "", {})
    for colleague in (Role.ADMIN, Role.CASEWORKER, Role.CLINICIAN):
        with vault.sign_in(colleague) as other:
            assert DraftService(other).mine() == ()
            DraftService(other).discard(draft_id)  # not theirs: nothing happens
    with vault.sign_in(Role.CLINICIAN) as clinician, pytest.raises(PermissionDenied):
        DraftService(clinician).keep(EXPORT_DIALOG, Section.STATISTICS, "", choices)
    with vault.sign_in(Role.MANAGER) as manager:
        (kept,) = DraftService(manager).mine()
        assert (kept.draft_id, kept.kind, kept.fields) == (draft_id, EXPORT_DIALOG, choices)
