"""Incidents' text under the incidents key, tested as the insider with her own password.

The attack: the admin, whoever holds the recovery key, or a shelter officer (whose role does
not read incidents) opens her own key slot, takes the vault key, and reads ``vault.db`` with a
bare ``sqlcipher3`` connection. Where it happened, how he is related to her, what happened and
why an incident was entered in error used to be there in clear. These tests plant a canary in
each, through the services, and look for it everywhere she can read; and check that those who
read incidents still read them (history included), that the statistics still group the
relationship (from a coded column, never the sealed text), and that an older vault's incidents
are sealed at a holder's first sign-in.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

import pytest

from onestop.db.incidents import Incident
from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.roles import Action, Role, Section
from onestop.services.drafts import DraftService
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.vault.keyslots import VAULT_KEY
from tests.helpers import raw_connection
from tests.oldertext import add_draft, add_history, older_text_vault, raw, reference_of
from tests.unit.test_insider_section_keys import (
    ATTACKERS,
    attacker_slot,
    every_text_value,
    holding,
)

INSIDERS = ("admin", "recovery key", "shelter officer")


def canary() -> str:
    return f"canary-{secrets.token_hex(8)}"


def details(marker: str, relationship: str = "husband") -> IncidentDetails:
    return IncidentDetails(
        occurred=IncidentTime.exact(datetime.now(UTC) - timedelta(days=2)),
        gbv_type=GbvType.PHYSICAL_ASSAULT,
        context=IncidentContext.INTIMATE_PARTNER,
        place=f"place {marker}",
        perpetrator_relationship=f"{relationship} {marker}",
        description=f"what happened {marker}",
    )


def plant(vault, reference: str, marker: str) -> int:
    """As the caseworker: an incident with ``marker`` in every text field, edited once (a
    history version), marked entered in error with a reason naming it, and a draft."""
    with vault.sign_in(Role.CASEWORKER) as cw:
        incidents = IncidentService(cw)
        first = incidents.record(reference, details(marker))
        edited = incidents.update(reference, first.incident_id, details(marker), first.version)
        incidents.mark_entered_in_error(
            reference, first.incident_id, f"wrong file {marker}", edited.version
        )
        DraftService(cw).keep(
            "incident", Section.INCIDENTS, reference, {"description": f"draft {marker}"}
        )
        return first.incident_id


@pytest.mark.parametrize("who", INSIDERS)
def test_an_insider_without_the_incidents_key_finds_no_incident_text(vault, make_case, who) -> None:
    marker = canary()
    plant(vault, make_case(), marker)
    slot_id, secret = ATTACKERS[who](vault)
    _, opened = attacker_slot(vault, slot_id, secret)
    conn = raw_connection(vault.path / "vault.db", opened.keys[VAULT_KEY])
    try:
        values = every_text_value(conn)
        schema = [
            ("sqlite_master", "sql", r[0] or "")
            for r in conn.execute("SELECT sql FROM sqlite_master").fetchall()
        ]
        history = conn.execute(
            "SELECT count(*) FROM record_history WHERE record_type = 'incident'"
        ).fetchone()[0]
        group = conn.execute("SELECT perpetrator_group FROM incidents").fetchall()
    finally:
        conn.close()
    assert values and history == 2  # she did read the vault, the incident's history among it
    assert holding(values + schema, marker) == []
    assert ("partner",) in group  # what the statistics count stays coded


def test_those_who_read_incidents_read_them_and_the_statistics_group_them(vault, make_case) -> None:
    marker = canary()
    reference = make_case()
    incident_id = plant(vault, reference, marker)
    for role in (Role.CASEWORKER, Role.CLINICIAN, Role.COUNSELLOR, Role.MANAGER):
        with vault.sign_in(role) as reader:
            (read,) = IncidentService(reader).list(reference)
            assert read.details.place == f"place {marker}", role
            assert read.details.perpetrator_relationship == f"husband {marker}"
            assert read.details.description == f"what happened {marker}"
            assert read.error_reason == f"wrong file {marker}"
            history = IncidentService(reader).history(reference, incident_id)
            assert [v.fields["place"] for v in history] == [f"place {marker}"] * 2
    with vault.sign_in(Role.CASEWORKER) as cw:  # a new incident: its group is coded at once
        IncidentService(cw).record(reference, details(marker, "his brother"))
        with cw.unit_of_work(Section.INCIDENTS, Action.READ) as s:
            groups = sorted(r.perpetrator_group for r in s.query(Incident).all())
        assert "family" in groups and "partner" in groups


def test_older_incidents_are_sealed_at_the_next_sign_in_of_a_holder(tmp_path, monkeypatch) -> None:
    """A vault an earlier release wrote (tests/fixtures/vault-demo-0052) holding an incident (before
    migration 0032) from before its section was sealed: in clear, key_version NULL, the history
    snapshot and a draft in clear too; the first sign-in of a holder seals them. (In a vault whose
    holders have signed in since, the same rows are a forgery:
    tests/unit/test_redteam_older_text.py.)"""
    older = older_text_vault(tmp_path, monkeypatch)
    marker = canary()
    with raw(older) as conn:  # as an older vault had it: in clear
        incident_id, case_id = conn.execute(
            "SELECT id, case_id FROM incidents ORDER BY id LIMIT 1"
        ).fetchone()
        reference = reference_of(conn, case_id)
        conn.execute(
            "UPDATE incidents SET place = ?, perpetrator_relationship = '', description = '', "
            "error_reason = '', key_version = NULL WHERE id = ?",
            (f"old {marker}", incident_id),
        )
        fields = {"place": f"older {marker}", "description": ""}
        add_history(conn, "incidents", "incident", incident_id, fields, "x")
        caseworker = older.credentials(Role.CASEWORKER)[0]
        add_draft(
            conn, caseworker, "incidents", "incidents", case_id, {"description": f"draft {marker}"}
        )
        assert len(holding(every_text_value(conn), marker)) == 3
    with older.sign_in(Role.CASEWORKER) as cw:
        (read,) = [r for r in IncidentService(cw).list(reference) if r.incident_id == incident_id]
        assert read.details.place == f"old {marker}"
        history = IncidentService(cw).history(reference, incident_id)
        assert [v.fields["place"] for v in history] == [f"older {marker}"]
        (draft,) = [d for d in DraftService(cw).mine() if d.section == Section.INCIDENTS]
        assert draft.fields == {"description": f"draft {marker}"}
    with raw(older) as conn:
        assert holding(every_text_value(conn), marker) == []
