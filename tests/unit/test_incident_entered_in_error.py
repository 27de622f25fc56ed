"""An incident entered in error: marked so with a reason (history kept, audit without the
reason), undone by a correction, and left out of windows, statistics and documents."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.roles import Role
from onestop.errors import Conflict, PermissionDenied, ValidationFailed
from onestop.services.agenda import AgendaService
from onestop.services.audit import AuditService
from onestop.services.exports.bundle import chronology
from onestop.services.incidents import IncidentDetails, IncidentService, standing
from onestop.services.statistics import StatisticsService
from tests.unit.test_statistics import counted, counted_vault, period_to_today  # noqa: F401

pytestmark = pytest.mark.both_backends

REASON = "Recorded in the wrong file: belongs to another survivor"


def rape_hours_ago(hours: float) -> IncidentDetails:
    return IncidentDetails(
        IncidentTime.exact(datetime.now(UTC) - timedelta(hours=hours)),
        GbvType.RAPE,
        IncidentContext.INTIMATE_PARTNER,
    )


def test_marked_in_error_with_history_audit_and_undo(vault, make_case) -> None:
    ref = make_case(alias="Mira")
    with vault.sign_in(Role.CASEWORKER) as cw:
        incidents = IncidentService(cw)
        recorded = incidents.record(ref, rape_hours_ago(20))
        assert recorded.windows(datetime.now(UTC))
        with pytest.raises(ValidationFailed, match="Say why") as refused:
            incidents.mark_entered_in_error(ref, recorded.incident_id, "   ", recorded.version)
        assert "error_reason" in refused.value.fields
        marked = incidents.mark_entered_in_error(
            ref, recorded.incident_id, REASON, recorded.version
        )
        assert marked.entered_in_error and marked.error_reason == REASON
        assert marked.version == recorded.version + 1
        assert marked.windows(datetime.now(UTC)) == ()
        (listed,) = incidents.list(ref)  # still in the file, marked
        assert listed.entered_in_error and standing([listed]) == ()
        (before,) = incidents.history(ref, recorded.incident_id)
        assert before.version == recorded.version
        assert before.fields["entered_in_error"] is False
        assert before.fields["gbv_type"] == GbvType.RAPE.value
        # A second edit from the version before the mark is refused as stale.
        with pytest.raises(Conflict):
            incidents.clear_entered_in_error(
                ref, recorded.incident_id, "It was right", recorded.version
            )
        with pytest.raises(ValidationFailed, match="already marked"):
            incidents.mark_entered_in_error(ref, recorded.incident_id, REASON, marked.version)
        cleared = incidents.clear_entered_in_error(
            ref, recorded.incident_id, "Checked with her: it is her incident", marked.version
        )
        assert not cleared.entered_in_error and cleared.windows(datetime.now(UTC))
        earlier = incidents.history(ref, cleared.incident_id)
        assert [v.fields["entered_in_error"] for v in earlier] == [False, True]
    with vault.sign_in(Role.MANAGER) as manager:
        trail = AuditService(manager).entries(record_ref=ref)
    details = [e.detail for e in trail]
    assert f"incident {recorded.incident_id} v2 marked entered in error" in details
    assert f"incident {recorded.incident_id} v3 entered-in-error mark cleared" in details
    assert not any("wrong file" in d or "Checked with her" in d for d in details)


def test_only_a_writer_of_incidents_may_mark_one(vault, make_case) -> None:
    ref = make_case(alias="Ines")
    with vault.sign_in(Role.CASEWORKER) as cw:
        recorded = IncidentService(cw).record(ref, rape_hours_ago(20))
    with vault.sign_in(Role.CLINICIAN) as clinician, pytest.raises(PermissionDenied):
        IncidentService(clinician).mark_entered_in_error(
            ref, recorded.incident_id, REASON, recorded.version
        )


def test_in_error_leaves_the_clinical_home_and_the_chronology(vault, make_case) -> None:
    ref = make_case(alias="Lale")
    now = datetime.now(UTC)
    with vault.sign_in(Role.CASEWORKER) as cw:
        wrong = IncidentService(cw).record(ref, rape_hours_ago(20))
        kept = IncidentService(cw).record(ref, rape_hours_ago(30))
    with vault.sign_in(Role.CLINICIAN) as clinician:
        listed = AgendaService(clinician).today(now).get("clinical_windows")
        assert [i.reference for i in listed] == [ref, ref]
    with vault.sign_in(Role.CASEWORKER) as cw:
        IncidentService(cw).mark_entered_in_error(ref, wrong.incident_id, REASON, wrong.version)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        (item,) = AgendaService(clinician).today(now).get("clinical_windows")
        assert item.reference == ref
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        (line,) = [ln for ln in chronology(advocate, ref) if str(ln.event).startswith("Incident")]
        assert line.at == kept.details.occurred.earliest


def test_in_error_is_not_counted_in_statistics(counted) -> None:  # noqa: F811
    vault, refs = counted
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = refs["physical"][0]
        (incident,) = IncidentService(cw).list(ref)
        IncidentService(cw).mark_entered_in_error(
            ref, incident.incident_id, REASON, incident.version
        )
    with vault.sign_in(Role.MANAGER) as manager:
        stats = StatisticsService(manager).compile(period_to_today())
    by_type = {t.key: t for t in stats.tables}["by_type"]
    # The true counts (the printed cells may be hidden by the suppression rules).
    assert by_type.shown("Physical assault").value == 6
    assert by_type.shown("Rape").value == 11
    assert stats.included.value == 18  # 19 consented; hers no longer counts
