"""On a centre's server, a holder's sign-in seals the rows written before section keys the
same way as on a local vault: by batches read after the last one (keyset pagination), counted
first (services.sectionkeys.seal_older_text, tests/unit/test_sealing_streams.py)."""

from __future__ import annotations

from onestop.domain.roles import Role
from onestop.services import sectionkeys
from onestop.services.cases import CaseService, SurvivorDetails
from tests.server.conftest import CentreOnServer

CASES = 7


def test_a_holders_sign_in_seals_older_rows_by_batch(
    centre_on_server: CentreOnServer, monkeypatch
) -> None:
    monkeypatch.setattr(sectionkeys, "PROGRESS_STEP", 2)  # four batches of cases
    with centre_on_server.sign_in(Role.CASEWORKER) as cw:
        cases = CaseService(cw)
        references = [
            cases.open_case(SurvivorDetails(alias=f"Seal {i}")).reference for i in range(CASES)
        ]
    with centre_on_server.superuser() as conn:
        # As an older vault moved onto the server kept them: in clear. (Not their history: a
        # staff login may not update record_history on the server, so a holder's sign-in
        # there cannot seal older history, before this change as after.)
        conn.execute(
            "UPDATE cases SET name = 'Older ' || id, alias = 'Alias ' || id, "
            "safe_notes = 'Safe ' || id, languages = '[]', gender = '', disability = '', "
            "children_notes = '', safe_phone = '', safe_code_word = '', closed_reason = '', "
            "key_version = NULL"
        )
    with centre_on_server.sign_in(Role.CASEWORKER) as cw:
        opened = [CaseService(cw).get(r).details.alias for r in references]
    assert all(alias.startswith("Alias ") for alias in opened)
    with centre_on_server.superuser() as conn:
        assert conn.execute("SELECT count(*) FROM cases WHERE key_version IS NULL").fetchone() == (
            0,
        )
        assert conn.execute("SELECT count(*) FROM cases WHERE name LIKE 'Older %'").fetchone() == (
            0,
        )
