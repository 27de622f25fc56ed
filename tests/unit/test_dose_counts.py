"""Each case's dose counts (``dose_summaries``, read by the reminders) follow her doses and an
encounter's "entered in error" mark alike on both backends: the SQLite triggers of migrations
0018/0035/0052 in the local vault, their PostgreSQL twins on a server (db/server.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from onestop.db.health import DoseSummary
from onestop.domain.health import Treatment, TreatmentKind
from onestop.domain.roles import Role
from onestop.services.health import EncounterDetails, HealthService
from tests.unit.test_encounter_entered_in_error import REASON, _dosed

pytestmark = pytest.mark.both_backends


def _dose_counts(vault) -> set[tuple[str, int]]:
    """Each dose count the vault keeps (kind, doses): the SQLite triggers of migrations
    0018/0035/0052 in the local vault, their PostgreSQL twins on a server (db/server.py)."""
    with vault.sign_in(Role.CLINICIAN) as clinician, clinician.system_transaction() as s:
        return {
            (kind, doses) for kind, doses in s.execute(select(DoseSummary.kind, DoseSummary.doses))
        }


def test_the_dose_counts_follow_doses_and_marks_alike_on_both_backends(vault, make_case) -> None:
    ref = make_case(alias="Dosed")
    assert _dose_counts(vault) == set()
    _incident, recorded = _dosed(vault, ref)
    assert _dose_counts(vault) == {("pep_first_dose", 1)}  # emergency contraception: no count
    given = datetime.now(UTC) - timedelta(minutes=30)
    with vault.sign_in(Role.CLINICIAN) as clinician:
        health = HealthService(clinician)
        health.record(
            ref,
            EncounterDetails(
                seen_at=given,
                history="Came back.",
                examination="Second dose.",
                treatments=(
                    Treatment(TreatmentKind.PEP_FIRST_DOSE, given),
                    Treatment(TreatmentKind.HEPATITIS_B, given),
                ),
            ),
        )
    assert _dose_counts(vault) == {("pep_first_dose", 2), ("hepatitis_b", 1)}
    with vault.sign_in(Role.CLINICIAN) as clinician:
        marked = HealthService(clinician).mark_entered_in_error(
            ref, recorded.encounter_id, REASON, recorded.version
        )
    assert _dose_counts(vault) == {("pep_first_dose", 1), ("hepatitis_b", 1)}
    with vault.sign_in(Role.CLINICIAN) as clinician:
        HealthService(clinician).clear_entered_in_error(
            ref, recorded.encounter_id, "It was hers", marked.version
        )
    assert _dose_counts(vault) == {("pep_first_dose", 2), ("hepatitis_b", 1)}
