"""A health encounter entered in error (a nurse recorded it on the wrong survivor): marked so
with a reason (history kept, the reason sealed, the audit without it), undone by a correction;
its doses no longer meet the clinical windows and the medico-legal report leaves it out."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

import pytest

from onestop.domain.health import Treatment, TreatmentKind
from onestop.domain.roles import Role
from onestop.errors import Conflict, PermissionDenied, ValidationFailed
from onestop.services.agenda import AgendaService
from onestop.services.audit import AuditService
from onestop.services.health import EncounterDetails, HealthService, standing
from onestop.services.incidents import IncidentService
from onestop.services.statistics import StatisticsService
from onestop.vault.keyslots import VAULT_KEY
from tests.helpers import raw_connection
from tests.unit.test_incident_entered_in_error import rape_hours_ago
from tests.unit.test_insider_section_keys import ATTACKERS, attacker_slot, every_text_value, holding
from tests.unit.test_medicolegal_report import case, export, out  # noqa: F401
from tests.unit.test_statistics import counted, counted_vault, period_to_today  # noqa: F401

pytestmark = pytest.mark.both_backends

REASON = "Recorded on the wrong survivor: she is in another file"


def _dosed(vault, ref: str, hours_ago: float = 20) -> tuple[int, object]:
    """A rape ``hours_ago`` hours ago and an encounter since that gave PEP and emergency
    contraception."""
    now = datetime.now(UTC)
    with vault.sign_in(Role.CASEWORKER) as cw:
        incident = IncidentService(cw).record(ref, rape_hours_ago(hours_ago)).incident_id
    with vault.sign_in(Role.CLINICIAN) as clinician:
        given = now - timedelta(hours=1)
        encounter = HealthService(clinician).record(
            ref,
            EncounterDetails(
                seen_at=given,
                incident_id=incident,
                history="As given.",
                examination="No injuries seen.",
                treatments=(
                    Treatment(TreatmentKind.PEP_FIRST_DOSE, given),
                    Treatment(TreatmentKind.EMERGENCY_CONTRACEPTION, given),
                ),
            ),
        )
    return incident, encounter


def test_marked_in_error_with_history_audit_and_undo(vault, make_case) -> None:
    ref = make_case(alias="Mira")
    _incident, recorded = _dosed(vault, ref)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        health = HealthService(clinician)
        with pytest.raises(ValidationFailed, match="Say why") as refused:
            health.mark_entered_in_error(ref, recorded.encounter_id, "  ", recorded.version)
        assert "error_reason" in refused.value.fields
        marked = health.mark_entered_in_error(ref, recorded.encounter_id, REASON, recorded.version)
        assert marked.entered_in_error and marked.error_reason == REASON
        assert marked.version == recorded.version + 1
        assert marked.details.treatments == recorded.details.treatments  # nothing deleted
        (listed,) = health.list(ref)  # still in her file, marked
        assert listed.entered_in_error and listed.error_reason == REASON
        assert standing([listed]) == ()
        (before,) = health.history(ref, recorded.encounter_id)
        assert before.version == recorded.version
        assert before.fields["entered_in_error"] is False
        assert before.fields["examination"] == "No injuries seen."
        assert len(before.fields["treatments"]) == 2
        with pytest.raises(Conflict):  # from the version before the mark: stale
            health.clear_entered_in_error(ref, recorded.encounter_id, "Right", recorded.version)
        with pytest.raises(ValidationFailed, match="already marked"):
            health.mark_entered_in_error(ref, recorded.encounter_id, REASON, marked.version)
        cleared = health.clear_entered_in_error(
            ref, recorded.encounter_id, "Checked with the nurse: it is hers", marked.version
        )
        assert not cleared.entered_in_error and standing([cleared]) == (cleared,)
        with pytest.raises(ValidationFailed, match="not marked"):
            health.clear_entered_in_error(ref, recorded.encounter_id, "Again", cleared.version)
        history = health.history(ref, recorded.encounter_id)
        assert [v.fields["entered_in_error"] for v in history] == [False, True]
        assert history[1].fields["error_reason"] == REASON
    with vault.sign_in(Role.MANAGER) as manager:
        trail = AuditService(manager).entries(record_ref=ref)
    details = [e.detail for e in trail]
    eid = recorded.encounter_id
    assert f"encounter {eid} v2 marked entered in error" in details
    assert f"encounter {eid} v3 entered-in-error mark cleared" in details
    assert not any("wrong survivor" in d or "Checked with" in d for d in details)


@pytest.mark.parametrize(
    ("reason", "said"),
    [
        ("Wrong \u202esurvivor", "invisible characters"),
        ("Wrong \u2066survivor\u2069", "invisible characters"),
        ("Wrong\u200bsurvivor", "invisible characters"),
        ("Wrong \x07survivor", "control characters"),
        ("w" * 10_000, "at most 500"),
    ],
)
def test_a_hostile_or_endless_reason_is_refused(vault, make_case, reason, said) -> None:
    ref = make_case(alias="Mira")
    _incident, recorded = _dosed(vault, ref)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        health = HealthService(clinician)
        with pytest.raises(ValidationFailed, match=said) as refused:
            health.mark_entered_in_error(ref, recorded.encounter_id, reason, recorded.version)
        assert "error_reason" in refused.value.fields
        (listed,) = health.list(ref)
        assert not listed.entered_in_error and listed.version == recorded.version
        ok = "Wrong survivor:\nshe is in another file, "  # over two lines, 500 in all
        ok += "w" * (500 - len(ok))
        assert health.mark_entered_in_error(ref, recorded.encounter_id, ok, recorded.version)


def test_a_marked_encounter_is_not_corrected(vault, make_case) -> None:
    # Correcting a marked encounter saved a new version with its doses in it, as if the mark
    # were not there: clear the mark first.
    ref = make_case(alias="Mira")
    _incident, recorded = _dosed(vault, ref)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        health = HealthService(clinician)
        marked = health.mark_entered_in_error(ref, recorded.encounter_id, REASON, recorded.version)
        with pytest.raises(ValidationFailed, match="clear the mark"):
            health.update(ref, recorded.encounter_id, recorded.details, marked.version)
        (listed,) = health.list(ref)
        assert listed.version == marked.version and listed.entered_in_error


@pytest.mark.local_only(reason="reads vault.db with SQLCipher")
def test_the_reason_is_sealed_under_the_health_key(vault, make_case) -> None:
    """The reason is health text: an admin who opens the vault's file with her own slot finds
    it nowhere (the row, nor the history that keeps it after the mark is cleared)."""
    ref = make_case(alias="Noor")
    _incident, recorded = _dosed(vault, ref)
    marker = f"canary-{secrets.token_hex(8)}"
    with vault.sign_in(Role.CLINICIAN) as clinician:
        health = HealthService(clinician)
        marked = health.mark_entered_in_error(
            ref, recorded.encounter_id, f"{REASON} {marker}", recorded.version
        )
        health.clear_entered_in_error(ref, recorded.encounter_id, f"Hers {marker}", marked.version)
    slot_id, secret = ATTACKERS["admin"](vault)
    _, opened = attacker_slot(vault, slot_id, secret)
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        values = every_text_value(conn)
    finally:
        conn.close()
    assert values and holding(values, marker) == []


def test_only_a_writer_of_health_may_mark_one(vault, make_case) -> None:
    ref = make_case(alias="Ines")
    _incident, recorded = _dosed(vault, ref)
    for role in (Role.CASEWORKER, Role.LEGAL_ADVOCATE):
        with vault.sign_in(role) as reader, pytest.raises(PermissionDenied):
            HealthService(reader).mark_entered_in_error(
                ref, recorded.encounter_id, REASON, recorded.version
            )
    with vault.sign_in(Role.CLINICIAN) as clinician:
        (listed,) = HealthService(clinician).list(ref)
        assert not listed.entered_in_error and listed.version == recorded.version


def test_the_windows_reopen_when_the_dose_was_entered_in_error(vault, make_case) -> None:
    ref = make_case(alias="Lale")
    _incident, recorded = _dosed(vault, ref)
    now = datetime.now(UTC)

    def open_windows() -> set[str]:
        with vault.sign_in(Role.CLINICIAN) as clinician:
            (item,) = AgendaService(clinician).today(now).get("clinical_windows")
        return {
            a.status.rule.window.value
            for a in item.alerts
            if a.needs_action and not a.status.rule.window.value.startswith("forensic")
        }

    assert open_windows() == set()  # PEP and emergency contraception given
    with vault.sign_in(Role.CLINICIAN) as clinician:
        marked = HealthService(clinician).mark_entered_in_error(
            ref, recorded.encounter_id, REASON, recorded.version
        )
    assert {"pep", "emergency_contraception"} <= open_windows()
    with vault.sign_in(Role.CLINICIAN) as clinician:
        HealthService(clinician).clear_entered_in_error(
            ref, recorded.encounter_id, "It was hers", marked.version
        )
    assert open_windows() == set()


def test_the_medico_legal_report_leaves_it_out(vault, out, case) -> None:  # noqa: F811
    ref, rape, _exam, _mine, _other = case
    _reader, pages = export(vault, Role.CLINICIAN, ref, out, rape)
    assert "Healing well." in " ".join(pages)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        health = HealthService(clinician)
        (review,) = [e for e in health.list(ref) if e.details.examination == "Healing well."]
        health.mark_entered_in_error(ref, review.encounter_id, REASON, review.version)
    _reader, pages = export(vault, Role.CLINICIAN, ref, out, rape)
    text = " ".join(pages)
    assert "Healing well." not in text
    assert REASON not in text


@pytest.mark.local_only(reason="reads vault.db with SQLCipher")
def test_the_vaults_dose_count_leaves_it_out(vault, make_case) -> None:
    """The reminders' count of her PEP doses (kept by the vault's triggers) drops the dose of
    an encounter marked in error, and takes it back when the mark is cleared."""
    ref = make_case(alias="Sade")
    _incident, recorded = _dosed(vault, ref)

    def pep_doses() -> list[int]:
        conn = raw_connection(vault.path / "vault.db", key)
        try:
            return [
                n
                for (n,) in conn.execute(
                    "SELECT doses FROM dose_summaries WHERE kind = 'pep_first_dose'"
                )
            ]
        finally:
            conn.close()

    with vault.sign_in(Role.CLINICIAN) as clinician:
        key = clinician.key
        health = HealthService(clinician)
        assert pep_doses() == [1]
        marked = health.mark_entered_in_error(ref, recorded.encounter_id, REASON, recorded.version)
        assert pep_doses() == []
        health.clear_entered_in_error(ref, recorded.encounter_id, "It was hers", marked.version)
        assert pep_doses() == [1]


def test_the_statistics_leave_it_out(counted) -> None:  # noqa: F811
    """One of the six rape survivors who started PEP within 72 h: her encounter was entered in
    error, so she received no medical care at the centre and started no PEP there."""
    vault, refs = counted
    ref = refs["early"][0]
    with vault.sign_in(Role.CLINICIAN) as clinician:
        health = HealthService(clinician)
        (encounter,) = health.list(ref)
        health.mark_entered_in_error(ref, encounter.encounter_id, REASON, encounter.version)
    with vault.sign_in(Role.MANAGER) as manager:
        stats = StatisticsService(manager).compile(period_to_today())
    services = {t.key: t for t in stats.tables}["services"]
    assert services.shown("Medical care").value == 10  # the true count (11 before)
    assert stats.pep.numerator == 5 and stats.pep.denominator == 11
